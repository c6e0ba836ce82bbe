"""What a sentence does: ask for information, set a condition, scope the request, or nothing.

Patterns are anchored or bounded so that each sentence costs linear time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Role = Literal["ask", "weak", "instruction", "courtesy", "other"]

_LEAD = r"^(?:(?:and|but|also|so|or|finally|further(?:more)?|lastly|secondly|thirdly),?\s+)?"
_ASK_START = re.compile(
    _LEAD + r"(?:please|kindly|can|could|would|will|may|might|shall|should|is|are|was|were|do|"
    r"does|did|has|have|had|what|which|who|whom|whose|when|where|why|how|provide|supply|send|"
    r"give|list|state|confirm|advise|tell|disclose|explain|detail|identify|specify|outline|"
    r"describe|share|indicate|forward|release|publish|let me know|whether|i would like|i'd like|"
    r"i would also like|i'd also like|i wish|i want|i need|i request|i also request|i'm requesting|"
    r"i am requesting|i am asking|i'm asking|i am seeking|i seek|i ask|i also ask|we would like|"
    r"i would be grateful if you|i'd be grateful if you|i would appreciate|i'd appreciate|"
    r"i was wondering|i wondered|i am wondering|i'm wondering|i would be interested|"
    r"i'd be interested|i am interested to know|my request is|the request is|"
    r"(?:to|in|on|for|from|by|at|of|under|with) (?:what|which|whom)|how many|how much)\b",
    re.I,
)
_NOUN_ASK_START = re.compile(
    r"^(?:copies of|a copy of|copy of|details of|the details of|a list of|list of|the number of|"
    r"number of|the total|total|the amount|amount of|the names? of|the cost|the date|the dates|"
    r"the protocol|the policy|the procedure|the guidance|any (?:correspondence|communications?|"
    r"emails?|documents?|records?|information|minutes|reports?|policies|guidance|data)|"
    r"all (?:correspondence|communications?|emails?|documents?|records?|information|minutes|"
    r"reports?|policies|guidance|data|material))\b",
    re.I,
)
_NOT_ASK = re.compile(
    r"^please (?:note|be aware|find|see|bear in mind|accept|excuse|forgive|treat|consider)\b", re.I
)
_COURTESY = re.compile(
    _LEAD + r"(?:thank|thanks|many thanks|i look forward|looking forward|i hope|i trust|"
    r"apologies|sorry|best wishes|kind regards|i am happy to (?:clarify|discuss)|"
    r"please (?:acknowledge|confirm receipt|do not hesitate|don't hesitate|feel free|contact me|"
    r"let me know if (?:you|there|anything))|"
    r"i would be grateful if you (?:could|would) (?:acknowledge|confirm receipt)|"
    r"(?:could|can|would) you (?:please )?(?:acknowledge|confirm receipt)|"
    r"if you (?:have|need|require) any (?:questions|queries|clarification|further)|"
    r"should you (?:have|need|require)|if (?:anything|something|any of this) is (?:unclear|not clear)|"
    r"if you need (?:me to|to) clarify|if you require clarification)",
    re.I,
)
_INSTRUCTION = re.compile(
    r"\blimit (?:the )?scope\b|\bscope of (?:this|my|the) request\b|"
    r"^(?:for|in) the purposes? of (?:this|my) request|"
    r"\bquestions?\s*\d+\s*(?:-|–|to|and)\s*\d+\s*(?:relates?|refers?|appl(?:y|ies)|covers?|concerns?)|"
    r"\b(?:all|these|the following|the above|each of the|my) questions (?:relates?|refers?|appl(?:y|ies)|cover|concern)|"
    r"\bprioriti[sz]|"
    r"^(?:if|should|where|in the event|in case)\b.{0,160}\b(?:cost limit|appropriate limit|"
    r"time limit|exceed(?:s|ed)?\b|too (?:much|large|costly|expensive|many|broad|wide)|"
    r"18 hours|£450|£600|section 12)|"
    r"\b(?:excel|csv|spreadsheet|electronic|machine[- ]readable|digital|pdf) (?:format|form|file|copy|copies)\b|"
    r"\bin (?:an? )?(?:excel|csv|spreadsheet|electronic|machine[- ]readable|digital) (?:format|form)?|"
    r"^(?:i would prefer|i'd prefer|i am happy to receive|i'm happy to receive|i don't mind|i do not mind)|"
    r"\b(?:receive|respond|reply|send (?:it|the information|your response))\b.{0,40}\bby (?:e-?mail|post)\b|"
    r"^(?:please )?(?:send|provide|e-?mail|forward|supply)\b.{0,40}\b(?:to|at) (?:this|my|the above|"
    r"the following) (?:e-?mail )?address\b|\belectronic(?:ally)?\b.{0,30}\b(?:format|form|copy|copies)\b|"
    r"\bredact\w*\b.{0,60}\bpersonal\b|\bpersonal (?:data|information|details)\b.{0,60}\b(?:redact|remov|exclud|omit)|"
    r"^(?:please )?(?:exclude|do not include|don't include)\b|"
    r"\bif you (?:do not|don't) hold\b|\bsection 16\b|\badvice and assistance\b|"
    r"^(?:if|where|should) (?:it|this|that|you|the council|the force) (?:is|are|be|would be|were)?\s*"
    r"(?:not (?:possible|practicable|feasible|able)|impossible|unable)\b|"
    r"\bi am not (?:asking|requesting) for (?:any )?personal|"
    r"^the (?:time ?frame|time period|period covered)\b|"
    r"\bthis request (?:covers|relates to|concerns|applies to)\b|"
    r"\b(?:questions?|request) relates? to (?:the (?:period|financial years?|calendar years?)|\d{4})",
    re.I,
)
_GENERIC_INTRO = re.compile(
    r"^(?:under .{0,100}?,\s*)?(?:i|we)\s*(?:am\s+|'m\s+|are\s+)?(?:writ(?:e|ing)|would like|'d like|"
    r"wish|want|"
    r"make|making|submit|submitting)\s+(?:to\s+)?(?:make|submit|request|ask|enquire|inquire|establish|"
    r"obtain|find out|know|learn|this|a)\b",
    re.I,
)
_GENERIC_OBJECT = re.compile(
    r"\b(?:information|details|facts|records|data)\s+(?:and\s+\w+\s+)?(?:under|regarding|about|on|"
    r"relating|concerning|in regard|in relation|with regard|in respect|pertaining|held)\b|"
    r"\bthe following\b|\b(?:freedom of information|foi|foisa|eir) request\b|"
    r"\b(?:enquire|inquire|ask) about\b|\bunder the (?:freedom of information|environmental information)",
    re.I,
)
_GENERIC_PLEASE = re.compile(
    r"^(?:please|could you|can you|would you)[^.?]{0,40}\b(?:provide|send|give)\s+(?:me\s+)?"
    r"(?:with\s+)?(?:(?:the following|some|any)?\s*information\s+(?:about|on|regarding|relating to|"
    r"concerning|in relation to)\b|the following(?: information)?\W*$)",
    re.I,
)
_YES_NO = re.compile(
    r"^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|may|might|shall)\b"
    r"(?!\s+you\s+(?:please\s+)?(?:provide|send|give|list|supply|share|disclose|explain|describe|"
    r"detail|outline|state|tell me (?:what|how|when|which|who|why|where)))",
    re.I,
)
_WHETHER = re.compile(
    r"\b(?:whether|confirm (?:if|that)|tell (?:me|us) if|advise (?:me |us )?if|state if|"
    r"let (?:me|us) know if|know if|ask if|indicate if)\b",
    re.I,
)
_EXISTENTIAL = re.compile(
    r"^(?:is|are|was|were|have|has|had|did|do|does)\s+(?:there\s+)?any\b", re.I
)
_ANAPHORA = re.compile(r"\b(?:their|they|them|these|those|its)\b", re.I)
_WH = re.compile(r"^(?:what|which|who|whom|whose|when|where|why|how)\b", re.I)
_REFERS_BACK = re.compile(r"^(?:is|was|will|would) (?:it|this|that)\b", re.I)
_FOLLOW_ON = re.compile(r"^(?:and\s+)?(?:what|how) about\b", re.I)
_FORMAT = re.compile(
    r"^(?:please\s+|could you\s+(?:please\s+)?|can you\s+(?:please\s+)?|if possible,?\s*|"
    r"where possible,?\s*|ideally,?\s*)?(?:provide|give|share|state|include|supply|list|break|"
    r"present|show|specify|split)\b.{0,80}?(?:broken down|break(?:ing)? (?:it |this |these |them |"
    r"the \w+ )?down|breakdown|split by|by (?:year|month|financial year|calendar year|quarter)|"
    r"per (?:year|annum|month|quarter)|for each (?:year|month|financial year|quarter)|"
    r"month and year|date and time|(?:a|the) (?:month|year|date)\b|\bdetails\W*$|\bthe figures?\b)",
    re.I,
)
_ELABORATION = re.compile(
    r"^(?:for example|for instance|e\.?g\.?|i\.?e\.?|(?:this|these|that|it) (?:includes|should include|"
    r"would include|means|covers|should cover)|including|to include|specifically|namely|"
    r"in particular|please include|please also include|please ensure)\b",
    re.I,
)

_CONDITION = re.compile(
    r"^(?:(?:and|but|or)\s+)?(?:if|in the event that|in the case that|should it be the case that|"
    r"(?=(?:where|should) (?:this|that|it) (?:is|be) (?:the case|so)\b))\s*"
    r"(?P<cond>[^?]{1,160}?)"
    r"(?:\s*[,:;–—]\s*|\s+then\s+|\s+(?=(?:please|kindly|could you|can you|would you|will you|"
    r"what|how|when|which|who|why)\b)|\s*$)",
    re.I,
)
_NOT_A_CONDITION = re.compile(
    r"^(?:(?:it|this|that) is not possible|possible|at all possible|available|practicable|feasible|convenient|easier|necessary|needed|"
    r"required|appropriate|relevant|helpful|it is (?:possible|easier|helpful|quicker)|it helps|"
    r"you can|you could|you are able|you are unable|you cannot|you can't|you need|you require|"
    r"you have any|you (?:do not|don't) (?:hold|understand|know)|there (?:is|are) any (?:questions|"
    r"queries|problems|issues|difficulty)|prioriti|this (?:request|information)|complying|compliance|"
    r"the cost|it would exceed|my request|the request|any (?:of (?:the|this) )?information (?:is|would be)|"
    r"asked|any part)",
    re.I,
)
_CONDITION_LINE_REST = re.compile(
    r"^(?:please\s+)?(?:answer|complete|respond to|confirm|provide|state|tell me|advise|give|list|"
    r"specify|detail)?(?:\s+(?:the following|the questions? below|below|questions? [\d\s,\-–and]+|"
    r"(?:the )?following (?:questions?|details|information)))?\s*[:.]?$",
    re.I,
)
_DISREGARD = re.compile(
    r"^if\s+(?:no|not|the answer is no|not applicable)\b[^,]{0,60},?\s*(?:please\s+)?"
    r"(?:disregard|ignore|skip)\b",
    re.I,
)
_REFERENCE = re.compile(
    r"\b(?:question|q|no\.?|number|point|part|item|to)\s*\.?\s*(\d{1,3}|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)\b",
    re.I,
)
_NUMBER_WORDS = {
    w: i + 1 for i, w in enumerate("one two three four five six seven eight nine ten".split())
}


@dataclass(frozen=True, slots=True)
class Condition:
    """A condition at the start of a sentence: the phrase, the rest, and any question it names."""

    phrase: str
    rest: str
    refers_to: int | None


def _strip_lead(text: str) -> str:
    return re.sub(_LEAD, "", text, count=1).strip()


# "Under the Freedom of Information Act 2000, please provide …", "For each of the last five years,
# how many …": a short opening phrase before the ask.
_OPENING_PHRASE = re.compile(
    r"^(?:under|in|for|since|as|pursuant|with|between|from|during|over|regarding|further|following|"
    r"at|on|by|within|across|after|before|according|relating|concerning)\b[^,?]{1,120},\s+"
    r"(?=(?:please|kindly|could you|can you|would you|i would like|i'd like|i request|what|how|"
    r"when|why|is|are|was|were|has|have|did|does|do)\b)",
    re.I,
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def role(sentence: str) -> Role:
    """What a sentence (or clause) does, ignoring any condition in front of it."""
    text = sentence.translate(_APOSTROPHES).strip().strip("“”\"'").strip()
    if not text:
        return "other"
    if _COURTESY.match(text):
        return "courtesy"
    if _INSTRUCTION.search(text[:400]):
        return "instruction"
    if _NOT_ASK.match(text):
        return "other"
    if _GENERIC_PLEASE.match(text) or (
        _GENERIC_INTRO.match(text) and _GENERIC_OBJECT.search(text[:400])
    ):
        return "weak"
    if text.rstrip("\"'”’)]. ").endswith("?"):
        return "ask"
    if _ASK_START.match(text) or _NOUN_ASK_START.match(_strip_lead(text)):
        return "ask"
    opening = _OPENING_PHRASE.match(text)
    if opening is not None and _ASK_START.match(text[opening.end() :]):
        return "ask"
    return "other"


def condition(sentence: str) -> Condition | None:
    """The answer-dependent condition that opens a sentence ("If so, …", "If yes:")."""
    m = _CONDITION.match(sentence.strip())
    if m is None:
        return None
    cond = m.group("cond").strip(" ,.;:")
    if not cond or _NOT_A_CONDITION.match(cond):
        return None
    ref = _REFERENCE.search(cond)
    refers_to = None
    if ref is not None:
        value = ref.group(1).lower()
        refers_to = int(value) if value.isdigit() else _NUMBER_WORDS.get(value)
    opener = "" if cond.lower().startswith(("where ", "should ")) else "if "
    phrase = (opener + " ".join(cond.split())).lower()[:80]
    return Condition(phrase, sentence.strip()[m.end() :].strip(), refers_to)


def condition_line(paragraph: str) -> Condition | None:
    """A line that only sets a condition for the items below it ("If yes:", "If no, disregard…")."""
    text = paragraph.strip()
    if _DISREGARD.match(text):
        # The questions it names are the ones to skip, not the one whose answer decides.
        return Condition("if yes", "", None)
    found = condition(text)
    if found is None:
        return None
    if not found.rest or _CONDITION_LINE_REST.match(found.rest):
        return found
    if text.endswith(":") and len(found.rest.split()) <= 12:
        return found
    return None


def is_yes_no(text: str) -> bool:
    """A question answered yes or no: the kind a follow-up "If so" depends on."""
    body = _strip_lead(text)
    found = condition(body)
    if found is not None:
        body = found.rest
    return bool(_YES_NO.match(body) or _WHETHER.search(body[:300]))


def is_existential(text: str) -> bool:
    """ "Were any other suspects interviewed?": a later "What were their names?" depends on it."""
    return bool(_EXISTENTIAL.match(_strip_lead(text)))


def refers_back_to_subject(text: str) -> bool:
    """A question about "their"/"they"/"those" of an earlier existential question."""
    return bool(_WH.match(_strip_lead(text)) and _ANAPHORA.search(text))


def is_wh_question(text: str) -> bool:
    return bool(_WH.match(_strip_lead(text)))


def restates_previous(text: str) -> bool:
    """ "Is it part of…?" after "What is the scheme…?" asks for the same thing again."""
    return bool(_REFERS_BACK.match(_strip_lead(text)))


def is_follow_on(text: str) -> bool:
    """ "What about a search over the last year?" extends the question before it."""
    return bool(_FOLLOW_ON.match(text.strip()))


def is_format_detail(text: str) -> bool:
    """ "Please provide a month and year": how to answer the previous ask, not a new one."""
    body = text.strip()
    return bool(_FORMAT.match(body) or _ELABORATION.match(body))


def is_fragment(text: str) -> bool:
    """ "Six months?" "A week?": a variation on the previous question, not a question itself."""
    words = text.split()
    return len(words) <= 3 and not _ASK_START.match(text) and text.rstrip().endswith("?")
