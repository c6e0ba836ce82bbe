"""Short good letters with features that must not be mistaken for faults: absolute s40(2), general
mentions of s1 and s16, yes/no answers, s40(5B) NCND, reasoned cost refusals under FOIA, the EIR
and FOISA, a complete police NCND, s21 with its link, an EIR reg 7 extension. All fictitious."""

from datetime import date

import pytest

from foidesk.text.checking import check_response

CLOSE = "\nIf you are dissatisfied with the handling of your request, you have the right to ask for an internal review within 40 working days. If you are not content with the outcome, you have the right to apply to the Information Commissioner.\n\nYours sincerely\n"
EIRCLOSE = "\nIf you are unhappy you may make representations under regulation 11 within 40 working days, and then complain to the Information Commissioner.\n\nYours sincerely\n"
SCOT = "\nIf you are dissatisfied you may require a review within 40 working days. You may then apply to the Scottish Information Commissioner.\n\nYours sincerely\n"
CASES = {
"s40_absolute": ("Dear Ms Example,\nPlease find the report attached. We have redacted the names of junior officers under section 40(2) of the Act. Section 40(2) is an absolute exemption where disclosure would breach the data protection principles, so no public interest test is needed; junior officers would not expect their names to be published." + CLOSE, "foia", set()),
"general_sections": ("Dear Ms Example,\nSection 1 of the Act gives you the right to be told whether we hold information and to have it communicated to you. We hold the information and it is set out below.\n1. 14 vehicles.\n2. £12,400.\nWe are happy to give further advice and assistance under section 16 if you need it." + CLOSE, "foia", set()),
"yes_no": ("Dear Ms Example,\n1. Does the council use glyphosate? Yes.\n2. Does it use it in playgrounds? No.\n3. Does it plan to stop? No decision has been made." + EIRCLOSE.replace("regulation 11","regulation 11 of the EIR"), "eir", set()),
"ncnd_5b": ("Dear Ms Example,\nThe force can neither confirm nor deny whether it holds information about the named individual, under section 40(5B)(a)(i) of the Freedom of Information Act 2000, because confirming or denying would itself disclose personal data about that person, in breach of the data protection principles." + CLOSE, "foia", set()),
"s12_good": ("Dear Ms Example,\nWe estimate that answering your request would exceed the appropriate limit under section 12 of the Freedom of Information Act 2000. There are about 3,000 case files, and checking each would take around 10 minutes, which is 500 hours of work against a limit of 18 hours.\nIf you were to limit your request to a single month, we could probably answer it within the limit." + CLOSE, "foia", set()),
"eir_cost_good": ("Dear Ms Example,\nWe have handled your request under the Environmental Information Regulations 2004. We consider it manifestly unreasonable under regulation 12(4)(b) because of the cost: there are 4,000 planning files and reviewing each would take 15 minutes, about 1,000 hours. We have considered the public interest; the value of the information does not justify the burden, so the balance favours maintaining the exception.\nIf you were to narrow your request to one ward, we could probably help." + EIRCLOSE, "eir", set()),
"foisa_cost_good": ("Dear Ms Example,\nUnder section 12 of the Freedom of Information (Scotland) Act 2002 we are not obliged to comply, as the cost would exceed £600. There are 2,500 records and each would take 6 minutes to check, about 250 hours.\nIf you were to restrict your request to the last year, we could probably answer it." + SCOT, "foisa", set()),
"police_ncnd_full": ("""Dear Mr Example,
The force can neither confirm nor deny that it holds the information you requested, by virtue of section 24(2) and section 31(3) of the Freedom of Information Act 2000.
Harm: confirming or denying whether the force uses this technology would reveal its capabilities and allow criminals to avoid detection.
Public interest: in favour of confirming or denying is transparency; against is the need to protect law enforcement and national security. The balance favours neither confirming nor denying.
This should not be taken as conclusive evidence that any information that would meet your request exists or does not exist.""" + CLOSE, "foia", set()),
"council_published": ("Dear Ms Example,\nThe information you asked for is published on our website at https://www.council.example.org/spending and is therefore exempt under section 21 of the Freedom of Information Act 2000, as it is reasonably accessible to you." + CLOSE, "foia", set()),
"late_extended_eir": ("Dear Ms Example,\nUnder regulation 7 of the EIR we extended the time to respond to 40 working days because of the volume of information. The monitoring data is attached." + EIRCLOSE, "eir", set()),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_short_good_letter_checks_clean(name: str) -> None:
    text, regime, expected = CASES[name]
    assert check_response(text, regime=regime).codes() == expected


def test_eir_regulation_7_extension_allows_forty_working_days() -> None:
    """EIR reg 7(1): received Mon 2 June 2025, 40 working days run to 29 July 2025."""
    text, regime, _ = CASES["late_extended_eir"]
    kwargs = {"regime": regime, "received": date(2025, 6, 2), "sent": date(2025, 7, 25)}
    assert "late_response" not in check_response(text, **kwargs).codes()
    unextended = text.replace("Under regulation 7 of the EIR we extended the time to respond to "
                              "40 working days because of the volume of information. ", "")
    assert "late_response" in check_response(unextended, **kwargs).codes()
