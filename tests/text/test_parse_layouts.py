"""How real requests are laid out, on invented requests to invented authorities.

Each case gives the request and the expected tree as an outline: indentation is nesting, a leading
`?` marks an item with a condition, `#` a heading, `~` a breakdown, `!` an instruction; the rest is
the start of the item's text.
"""

import pytest

from foidesk.text.questions import QuestionItem, parse_request


def outline(items: list[QuestionItem]) -> list[str]:
    depth: dict[str, int] = {}
    marks = {"heading": "#", "breakdown": "~", "instruction": "!", "question": ""}
    lines = []
    for item in items:
        level = depth[item.parent] + 1 if item.parent in depth else 0
        depth[item.id] = level
        flag = "?" if item.condition else ""
        lines.append("  " * level + marks[item.kind] + flag + item.text)
    return lines


def assert_outline(text: str, expected: list[str]) -> None:
    got = outline(parse_request(text))
    assert [g[: len(e)] for g, e in zip(got, expected, strict=False)] == expected, got
    assert len(got) == len(expected), got


CASES = {
    "email with headers, preamble, '1)' numbering, an inline 'If so' and an instruction": (
        """From: Priya Castellane <priya.castellane@example.org>
Sent: 03 March 2025 10:14
Subject: Freedom of Information request - school transport

Dear Sir or Madam,

Under the Freedom of Information Act 2000, I would like to request the following information:

1) How many children were eligible for free home to school transport in 2023/24?
2) What was the total cost of home to school transport in 2023/24?
3) Has the council reviewed its transport policy since January 2022? If so, please provide a copy of the review.

I would prefer to receive the information in Excel format if possible.

Many thanks,

Priya Castellane
""",
        [
            "How many children",
            "What was the total cost",
            "Has the council reviewed",
            "  ?If so, please provide a copy",
            "!I would prefer",
        ],
    ),
    "'Q1.' numbering with 'Q2a.' sub-items and a WhatDoTheyKnow footer": (
        """Dear Northmoor Police,

I am writing to make a request under the Freedom of Information Act.

Q1. How many officers were on sick leave for stress on 1 April 2024?
Q2. How many officers left the force in 2023?
Q2a. How many of these were under 30?
Q3. Does the force have a wellbeing strategy?
Q4. If the answer to Q3 is yes, when was it last updated?

Yours faithfully,

Marcus Oduya

-------------------------------------------------------------------

Please use this email address for all replies to this request:
request-99123-abcd1234@whatdotheyknow.com

Is foi@northmoor.police.example.org the wrong address for Freedom of Information requests to Northmoor Police? If so, please contact us using this form:
https://www.whatdotheyknow.com/change_request/new?body=northmoor_police

If you find this service useful as an FOI officer, please ask your web manager to link to us from your organisation's FOI page.
""",
        [
            "How many officers were on sick leave",
            "How many officers left",
            "  How many of these were under 30",
            "Does the force have a wellbeing strategy",
            "  ?If the answer to Q3 is yes",
        ],
    ),
    "several questions in one prose paragraph, with an 'If so' on the yes/no one": (
        """Dear Eastwick District Council,

Please could you tell me how many Fixed Penalty Notices for littering the council issued in 2023? How many of those notices were paid? Were any notices issued by a private contractor? If so, which company?

Kind regards,
Tomasz Whitlow
""",
        [
            "Please could you tell me how many",
            "How many of those notices were paid",
            "Were any notices issued",
            "  ?If so, which company",
        ],
    ),
    "headings that ask nothing, with numbering that restarts under each": (
        """Part A – Staffing
1. How many planning officers did the council employ on 31 March 2024?
2. How many vacancies were there on that date?

Part B – Agency staff
1. How much did the council spend on agency planning staff in 2023/24?
2. Which agencies were used?
""",
        [
            "#Part A",
            "  How many planning officers",
            "  How many vacancies",
            "#Part B",
            "  How much did the council spend",
            "  Which agencies",
        ],
    ),
    "a scope instruction and 'If no, please disregard' governing the items below it": (
        """Questions 1-3 relate to the financial year 2023/24.

1. How many patients waited more than 12 hours in A&E?
2. Do you hold data on corridor care?
If no, please disregard questions 3 and 4.
3. How many patients were treated in corridors?
4. What was the longest time a patient spent in a corridor?
""",
        [
            "!Questions 1-3 relate",
            "How many patients waited",
            "Do you hold data on corridor care",
            "  ?How many patients were treated",
            "  ?What was the longest time",
        ],
    ),
    "the requester quoting their own earlier request": (
        """Dear Riverside Borough Council,

Thank you for your response of 12 May. However, you have not answered part of my original request.

My original request was:

"1. How many HMO licences were issued in 2023?
2. How many HMO licence applications were refused?"

You answered question 1 but not question 2. Please provide the number of HMO licence applications refused in 2023.

Yours sincerely,
Alina Brackenbury
""",
        ["Please provide the number of HMO licence applications refused"],
    ),
    "bullets after a lead-in, and a format detail after the list": (
        """Please provide:

• the number of speed cameras operated by the partnership
• the number of fines issued by each camera in 2023
• the revenue from those fines
""",
        ["the number of speed cameras", "the number of fines", "the revenue"],
    ),
    "periods under a numbered item are breakdowns": (
        """1. The number of penalty charge notices issued for parking offences in:
a) 2021/22
b) 2022/23
2. The total income from those notices in each year.
""",
        ["The number of penalty charge", "  ~2021/22", "  ~2022/23", "The total income"],
    ),
    "a numbered heading with lettered questions under it": (
        """1. Body worn video
a) How many body worn cameras does the force own?
b) How many incidents were recorded on body worn cameras in 2023?
2. Drones
a) How many drones does the force own?
""",
        [
            "#Body worn video",
            "  How many body worn cameras",
            "  How many incidents",
            "#Drones",
            "  How many drones",
        ],
    ),
    "'(2) If yes:' with '(a)' items, after preamble and an argument": (
        """I am writing to request information about the council's use of artificial intelligence.

The council's digital strategy says that it will "explore the use of AI to improve services". I am concerned that this may lead to automated decisions.

(1) Does the council currently use any artificial intelligence tools?
(2) If yes:
   (a) What are the names of these tools?
   (b) Which services use them?
(3) Please provide copies of any policies governing the use of AI by council staff.
""",
        [
            "Does the council currently use",
            "  #?If yes",
            "    What are the names",
            "    Which services",
            "Please provide copies of any policies",
        ],
    ),
    "numbering that is all '1.'": (
        """1. How many fly-tipping incidents were reported in 2023?
1. How many of those led to a prosecution?
1. How much did clearing fly-tipping cost the council in 2023?
""",
        ["How many fly-tipping", "How many of those", "How much did clearing"],
    ),
    "a disclosure-log page with 'Question 1:' labels, cut at the response": (
        """Request:
Question 1: How many electric vehicle charging points does the council operate?
Question 2: How many of them were out of service for more than a week in 2024?

Response:
Question 1: The council operates 212 charging points.
""",
        ["How many electric vehicle", "How many of them were out of service"],
    ),
    "'1.1' sub-numbering under '1.'": (
        """Please send me the following:
1. Your policy on the use of body-worn video.
1.1 The date it was last reviewed.
1.2 The name of the officer responsible for it.
2. The number of complaints about body-worn video in 2023.
""",
        [
            "Your policy",
            "  The date it was last reviewed",
            "  The name of the officer",
            "The number of complaints",
        ],
    ),
    "'*' bullets with '-' sub-bullets and a follow-up inside a bullet": (
        """Dear Sir/Madam

I'd like to request information regarding the council's contracts with Acme Waste Services Ltd.

* How much has the council paid Acme Waste Services Ltd in each financial year since 2019/20?
* When does the current contract end?
  - Is there an option to extend it?
  - If so, for how long?
* Have there been any contract penalties applied? If yes, please give the amounts and dates.

Regards

Jo Penhaligon
""",
        [
            "How much has the council paid",
            "When does the current contract end",
            "  Is there an option to extend it",
            "    ?If so, for how long",
            "Have there been any contract penalties",
            "  ?If yes, please give the amounts",
        ],
    ),
    "a hard-wrapped email where one sentence asks two things": (
        """Hello,

I would like to know how many times the council's CCTV control room
has shared footage with the police in each of the last three
years, and whether there is a written agreement covering this
sharing. If there is, please send me a copy.

Thanks,
Rosa Quennell
""",
        ["I would like to know how many times", "and whether there is", "  ?If there is"],
    ),
    "'Q1' without punctuation": (
        """Q1 How many social workers does the council employ?
Q2 What is the average caseload per social worker?
""",
        ["How many social workers", "What is the average caseload"],
    ),
    "a single prose request naming two documents": (
        """Dear Wealdshire County Council,

Please provide the tender specification and the winning bid for the highways maintenance contract awarded in 2024.

Yours faithfully,

Orla Fenwick
""",
        ["Please provide the tender specification", "Please provide the winning bid"],
    ),
    "a format detail stays with its question": (
        """1. When did the force start using drones? Please provide a month and year.
2. How much has the force spent on drones? Please break this down by financial year.
""",
        ["When did the force start using drones? Please provide a month and year", "How much has"],
    ),
    "a prioritisation note is an instruction, not a conditional question": (
        """1. How many tasers does the force hold?
2. How many times were tasers discharged in 2023?
If prioritisation is required, please prioritise question 2.
""",
        ["How many tasers", "How many times were tasers", "!If prioritisation"],
    ),
    "a conditional lead-in line governs the lettered items below it": (
        """Please can you tell me if the trust has used agency nurses during 2023?

If agency nurses have been used please confirm
a) the number of shifts filled
b) the total cost
""",
        ["Please can you tell me if the trust", "  ?the number of shifts", "  ?the total cost"],
    ),
    "an ask after an opening phrase, and a lead-in ending in a full stop": (
        """Dear Ravensbourne Council,

Under the Freedom of Information Act 2000, please provide the number of parking permits issued in 2023.

Please provide me with the following information.
1. How many parking wardens does the council employ?
2. How many parking fines were cancelled on appeal in 2023?
""",
        [
            "Under the Freedom of Information Act 2000, please provide",
            "How many parking wardens",
            "How many parking fines",
        ],
    ),
    "fields of a breakdown under a numbered item": (
        """1. The number of arrests made at Ashgrove Park in 2023, broken down by:
- age
- gender
- ethnicity
2. I was wondering whether the park has CCTV coverage.
""",
        ["The number of arrests", "  ~age", "  ~gender", "  ~ethnicity", "I was wondering whether"],
    ),
    "'Request 1:' labels": (
        """Request 1: How many bus shelters does the authority maintain?
Request 2: How many were damaged by vandalism in 2024?
""",
        ["How many bus shelters", "How many were damaged"],
    ),
    "a police disclosure page restating the request inside the response": (
        """FREEDOM OF INFORMATION REQUEST REFERENCE NO: 512-2024
I write in connection with your request for information which was received on 9th October 2024 as follows:
Please can I have the number of on duty police officers covering the Ashby ward on 23rd September 2024. If this would be too much information to provide within the time limit, please start with the night shift.
Please find the Loamshire Police response set out below.
Response: Is this information held? Yes.
""",
        ["Please can I have the number", "!If this would be too much"],
    ),
    "a numbered list written inline in one sentence": (
        """Please provide the following for 2019 to 2023: (1) the number of school exclusions; (2) the number of those pupils with special educational needs; and (3) the cost of alternative provision.
""",
        [
            "the number of school exclusions",
            "the number of those pupils",
            "the cost of alternative",
        ],
    ),
    "'1a.' sub-numbering and '[1]' numbering": (
        """[1] How many library branches were open on 1 January 2024?
[2] How many branches closed in 2023?
2a. Which branches were they?
2b. How many staff were made redundant?
""",
        [
            "How many library branches",
            "How many branches closed",
            "  Which branches",
            "  How many staff",
        ],
    ),
    "labels alone on their line and a tab after the number, as web pages and tables paste": (
        "1.\nHow many bins were collected in 2024?\n\n2.\n\nHow many collections were missed?\n"
        "3\tWhich contractor collects them?\n",
        ["How many bins", "How many collections", "Which contractor"],
    ),
    "a condition naming its question as 'yes to 1'": (
        """1. Does the council own any electric refuse lorries?
2. Does the council plan to buy more?
3. If you answered yes to 1, how many does it own?
""",
        # In document order; the follow-up is nonetheless a child of question 1.
        ["Does the council own", "Does the council plan", "  ?If you answered yes to 1"],
    ),
    "a disclosure log with the answers interleaved under each question": (
        """Request
1. How many electric vehicle charging points does the council operate?
Response: The council operates 212 charging points.
2. How many were out of service for more than a week in 2024?
Response: 17.
""",
        ["How many electric vehicle", "How many were out of service"],
    ),
    "where to send the answer is an instruction": (
        """Please tell me how many Blue Badges were issued in 2024.
Please send the information to my email address.
""",
        ["Please tell me how many Blue Badges", "!Please send the information"],
    ),
    "the same bullet indented further is a level deeper": (
        """My questions are:

- How many outpatient appointments were cancelled by the trust in 2023?
    - How many of those were cancelled less than 48 hours before the appointment?
- Does the trust use a private provider for outpatient appointments?
    - If so, which provider, and how much was it paid in 2023?
""",
        [
            "How many outpatient appointments",
            "  How many of those were cancelled",
            "Does the trust use a private provider",
            "  ?If so, which provider",
        ],
    ),
    "', and, if so,' inside one sentence": (
        """Please can you tell me whether the council has any contracts with Nimbus Analytics Ltd and, if so, provide copies of those contracts.
""",
        [
            "Please can you tell me whether the council has any contracts with Nimbus Analytics Ltd",
            "  ?if so, provide copies",
        ],
    ),
    "a web form that flattened the numbered list onto one line": (
        "Please answer the following: 1. How many allotment plots does the council own? "
        "2. How long is the waiting list? 3. What is the annual rent for a full plot?\n",
        ["How many allotment plots", "How long is the waiting list", "What is the annual rent"],
    ),
    "'Where this is the case' is a condition like 'If so'": (
        "1. Has the council paid compensation to any tenants for damp? "
        "Where this is the case, please provide the amounts.\n",
        ["Has the council paid compensation", "  ?Where this is the case"],
    ),
    "a list numbered in roman numerals from the start": (
        "i. How many libraries does the council run?\nii. How many closed in 2023?\n"
        "iii. How many volunteers work in them?\n",
        ["How many libraries", "How many closed", "How many volunteers"],
    ),
    "a fallback for information that cannot be given is an instruction, not a follow-up": (
        """Specifically, I would like to know:

1. How many households were placed in bed and breakfast accommodation on 31 March 2024?
2. How many of those households included children?

If it is not possible to provide the information for 31 March 2024, please provide it for the nearest date for which it is held.

Best wishes,

Imogen Tarrant
""",
        ["How many households", "How many of those households", "!If it is not possible"],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_request_splits_as_the_annotation_rules_say(name: str) -> None:
    text, expected = CASES[name]
    assert_outline(text, expected)


def test_a_request_with_no_recognisable_ask_is_taken_line_by_line() -> None:
    assert_outline(
        "NEW REQUEST:\nThe number of drone deployments at football matches in 2023.\n"
        "The protocol followed when illegal drone use is reported at events.\n",
        ["The number of drone deployments", "The protocol followed"],
    )


def test_courtesy_and_sign_offs_alone_give_no_questions() -> None:
    assert (
        parse_request("Dear FOI team,\n\nThank you for your help.\n\nKind regards,\nBea Hollins\n")
        == []
    )


def test_legal_references_are_not_mistaken_for_an_inline_list() -> None:
    """FOIA s31(1)(a) and (b) in a sentence is a citation, not items (a) and (b)."""
    assert_outline(
        "Please explain why you relied on section 31(1)(a) and (b) when refusing my request.\n",
        ["Please explain why you relied on section 31(1)(a) and (b)"],
    )
