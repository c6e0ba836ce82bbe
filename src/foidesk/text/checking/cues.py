"""The words officers use for each kind of answer and each part of a refusal notice.

Kept in one place so that the outcome of an answer and the rules that check it read the same
letter the same way.
"""

from __future__ import annotations

import re

NCND = re.compile(
    r"neither\s+confirm(?:s|ed)?\s+n?or\s+den(?:y|ies|ied)|\bNCND\b|will\s+not\s+confirm\s+or\s+deny|"
    r"cannot\s+confirm\s+or\s+deny|duty\s+to\s+confirm\s+or\s+deny\s+does\s+not\s+apply|"
    r"\bnot\s+confirmed\s+or\s+denied",
    re.IGNORECASE,
)
COST = re.compile(
    r"appropriate\s+(?:cost\s+)?limit|cost\s+limit|exceed\w*\s+the\s+(?:cost|appropriate|£\s?\d)|"
    r"excessive\s+cost|cost\s+of\s+(?:compliance|complying)|\b18\s+hours\b|\b24\s+hours\s+of\b|"
    r"section\s+12\b|\bs\.?\s?12\b",
    re.IGNORECASE,
)
VEXATIOUS = re.compile(
    r"vexatious|section\s+14\b|\bs\.?\s?14\b|repeated\s+request|manifestly\s+unreasonable",
    re.IGNORECASE,
)
CLARIFY = re.compile(
    r"\bclarif(?:y|ication)\b|could\s+you\s+(?:please\s+)?(?:confirm|specify|explain)\s+(?:what|which)|"
    r"further\s+information\s+(?:is\s+required|in\s+order\s+to\s+identify)|section\s+1\s*\(3\)",
    re.IGNORECASE,
)
NOT_APPLICABLE = re.compile(
    r"\bnot\s+applicable\b|no\s+longer\s+applicable|\bn/a\b|does\s+not\s+apply\s+to\s+(?:us|this\s+(?:force|council|authority))",
    re.IGNORECASE,
)
ACCESSIBLE = re.compile(
    r"reasonably\s+accessible|(?:is|are)\s+(?:already\s+|publicly\s+|freely\s+)*available\s+"
    r"(?:online|on\s+(?:our|the)|at|from|via|to\s+the\s+public)|(?:is|are|was|were)\s+published\s+"
    r"(?:on|at|online|in)|can\s+be\s+(?:found|accessed|viewed|seen)\s+(?:online|at|on|via|here)|"
    r"previous\s+(?:request|response)",
    re.IGNORECASE,
)
NOT_HELD = re.compile(
    r"(?:does|do|did)\s+not\s+(?:hold|have|record|collate|keep|retain)|(?:not|n't)\s+held|"
    r"(?:don't|doesn't|didn't)\s+(?:hold|have|record|collate|keep|retain)|"
    r"no\s+(?:recorded\s+|relevant\s+|such\s+)?(?:information|records?|data)\s+(?:is\s+|are\s+|was\s+|were\s+)?"
    r"(?:held|exists?|recorded|found|located)|holds?\s+no\s+(?:recorded\s+|relevant\s+)?(?:information|records?|data)|"
    r"(?:is|are)\s+not\s+(?:recorded|collated|captured|kept)|not\s+(?:hold|have)\s+(?:this|that|the|any)|"
    r"held\s+(?:solely\s+|only\s+)?on\s+behalf\s+of|does\s+not\s+belong\s+to|"
    r"(?:please\s+)?(?:re)?direct\s+your\s+(?:request|enquiry|query)(?:\s+for\s+information)?\s+to",
    re.IGNORECASE,
)
_NOT_HELD_BOILERPLATE = re.compile(
    r"is\s+or\s+is\s+not|(?:is|are)\s+or\s+(?:are|is)\s+not|whether\s+or\s+not|does\s+or\s+does\s+not|"
    r"neither\s+confirm|should\s+not\s+be\s+taken|inference|if\s+(?:the\s+)?information\s+is\s+not\s+held",
    re.IGNORECASE,
)


def not_held(text: str) -> re.Match[str] | None:
    """The first statement that information is not held, leaving out NCND boilerplate ("this
    should not be taken as an indication that information is or is not held")."""
    for match in NOT_HELD.finditer(text):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        stops = [i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i != -1]
        end = min(stops) if stops else len(text)
        if not _NOT_HELD_BOILERPLATE.search(text[start:end]):
            return match
    return None


WITHHELD = re.compile(
    r"\bexempt(?:ion|ions|ed)?\b|withh[eo]ld|will\s+not\s+be\s+disclosed|not\s+(?:be\s+)?disclos|"
    r"\brefus(?:e|al|ing)\b|\bredact|not\s+(?:able|obliged|required)\s+to\s+(?:provide|disclose|release|supply)|"
    r"unable\s+to\s+(?:provide|disclose|release|supply)",
    re.IGNORECASE,
)
DISCLOSED = re.compile(
    r"\battached\b|as\s+follows|please\s+(?:find|see)|below|disclos(?:e|ed|ing)\s+(?:some|part|the)|"
    r"able\s+to\s+(?:disclose|provide|confirm)|I\s+can\s+confirm\s+that|\b\d+\b|\bthere\s+(?:is|are|were|was)\b",
    re.IGNORECASE,
)
PARTIAL = re.compile(
    r"\bsome\s+(?:of\s+the\s+)?(?:information|data)|\bpartial(?:ly)?\b|\bin\s+part\b|remaining|redact|"
    r"the\s+rest\s+of|other\s+information\s+(?:is|has\s+been)\s+withheld|any\s+(?:other|further|more)\s+\w+",
    re.IGNORECASE,
)
PUBLIC_INTEREST = re.compile(
    r"public\s+interest|factors?\s+(?:favouring|for|against|in\s+favour)|balanc(?:e|ing)\s+test",
    re.IGNORECASE,
)
STRONG_PIT = re.compile(
    r"public\s+interest\s+test|factors?\s+(?:favouring|for|against|in\s+favour)|balanc(?:e|ing)|outweigh",
    re.IGNORECASE,
)
PIT_NOT_NEEDED = re.compile(
    r"no\s+(?:requirement|need)\s+to|not\s+(?:required|necessary|subject|need)|does\s+not\s+(?:require|need|have)|"
    r"\babsolute\b|there\s+is\s+no\s+public\s+interest\s+test|without\s+(?:a|the)\s+public\s+interest",
    re.IGNORECASE,
)
HARM = re.compile(
    r"prejudic|\bharm|would\s+(?:be\s+likely\s+to|undermine|compromise|assist|enable|reveal|"
    r"jeopardi[sz]e|damage|hinder|impede|affect|allow|endanger|put)|could\s+(?:be\s+used|assist|enable|"
    r"reveal|undermine|compromise|allow|hinder|provide|lead|put|jeopardi[sz]e|damage|affect|identify)|"
    r"adverse(?:ly)?\s+affect|endanger|damag(?:e|ing)|\brisk\b|vulnerab|criminals?\b|offenders?\b|"
    r"competitors?\b|commercial\s+(?:advantage|disadvantage|position)|detriment",
    re.IGNORECASE,
)
REVIEW = re.compile(
    r"internal\s+review|review\s+(?:of\s+)?(?:the|this|our|its|my|your)\s+(?:decision|response|handling|request)|"
    r"request\s+(?:a|an)\s+review|complain(?:t|ts)?\s+(?:procedure|process|policy)|"
    r"(?:dissatisfied|unhappy|not\s+satisfied|not\s+happy)\s+with|make\s+representations|"
    r"reconsider|appeal\s+(?:procedure|process|against)|right\s+(?:to|of)\s+(?:review|appeal|complain)|"
    r"\b(?:ask|request|apply|require)\w*\b[^.\n]{0,60}\breview\b|\breview\b[^.\n]{0,60}\b(?:decision|response|"
    r"handling)\b|"
    r"ask\s+(?:us\s+)?(?:for|to)\s+(?:a\s+)?review|requirement\s+for\s+review|regulation\s+11|"
    r"(?:wish|want|like)\s+to\s+(?:complain|appeal)|\bappeals?\s+(?:procedure|process|rights?)|"
    r"right\s+of\s+appeal|complaints?\s+(?:to\s+us|about\s+(?:the|this|our|how))",
    re.IGNORECASE,
)
COMMISSIONER = re.compile(
    r"information\s+commissioner|\bICO\b|section\s+50\b|\bs\.?\s?50\b|ico\.org\.uk|regulation\s+18",
    re.IGNORECASE,
)
SCOTTISH_COMMISSIONER = re.compile(
    r"scottish\s+information\s+commissioner|section\s+47\b|\bs\.?\s?47\b|itspublicknowledge|"
    r"foi\.scot|Commissioner's\s+Office.{0,40}St\s+Andrews|\bOSIC\b|\bSIC\b",
    re.IGNORECASE,
)
FOISA_REVIEW = re.compile(
    r"review|section\s+20\b|\bs\.?\s?20\b|requirement\s+for\s+review",
    re.IGNORECASE,
)
ADVICE = re.compile(
    r"(?:may|might|could)\s+(?:wish\s+to\s+|want\s+to\s+|be\s+able\s+to\s+)?(?:contact|approach|"
    r"direct|write|redirect|submit|make|try|ask|find|be\s+held|hold|help|assist)(?!\s+(?:us|me|our)\b)|"
    r"(?:contact|approach)\s+(?:the|your|them|their)(?!\s+(?:FOI|freedom|information\s+(?:governance|rights|"
    r"management|team|officer|unit)|disclosure|data\s+protection|team))|direct\s+your\s+(?:request|enquiry)|"
    r"(?:is|are|may\s+be|might\s+be|would\s+be)\s+held\s+by|(?:responsib|the\s+relevant\s+(?:body|authority|organisation))|"
    r"contact\s+details|redirect|transferr?ed|advice\s+and\s+assistance|section\s+16\b|\bs\.?\s?16\b|"
    r"regulation\s+9\b|section\s+15\b|(?:website|web\s+site|link|www\.|https?://)|more\s+likely\s+to\s+hold|"
    r"who\s+(?:may|might|would)\s+hold|(?:may|might)\s+hold|other\s+(?:organisations?|bodies|authorities)",
    re.IGNORECASE,
)
NARROWING = re.compile(
    r"(?:you|your\s+request)\s+(?:could|may|might|can|would)\s+(?:wish\s+to\s+|like\s+to\s+)?(?:be\s+)?"
    r"(?:narrow|refin|reduc|limit|restrict|focus|resubmit|submit|consider|specify|confine)|"
    r"if\s+you\s+(?:were\s+to\s+|could\s+|can\s+|wish\s+to\s+)?(?:narrow|refine|reduce|limit|restrict|focus|"
    r"specify|confine|select|choose)|advice\s+and\s+assistance|section\s+16\b|\bs\.?\s?16\b|"
    r"regulation\s+9\b|section\s+15\b|(?:we|I)\s+(?:could|would|may|might|can)\s+(?:be\s+able\s+to\s+)?"
    r"(?:answer|provide|comply|respond|search|locate|supply)[^.]{0,100}\b(?:within|if)\b|"
    r"suggest\s+(?:that\s+)?(?:you|narrowing|limiting|reducing|refining)|"
    r"(?:a\s+)?(?:narrower|smaller|shorter|more\s+specific|refined|reduced)\s+(?:request|time|period|scope|date|"
    r"range|search)|(?:refin|narrow|reduc|limit|restrict|focus)\w*\s+(?:the\s+scope\s+of\s+)?your\s+(?:request|search|scope|"
    r"time\s*(?:frame|period)|date\s+range|period)|(?:would\s+like|wish|want)\s+to\s+(?:narrow|refine|reduce|"
    r"resubmit|limit|restrict|submit\s+a\s+(?:new|revised|narrower|refined))",
    re.IGNORECASE,
)
NO_NARROWING = re.compile(
    r"difficult\s+to\s+see\s+how|(?:unable|not\s+able|not\s+possible|impossible)\s+to\s+"
    r"(?:suggest|advise|offer|narrow|refine|reduce|identify\s+(?:a|any)\s+way)|"
    r"no\s+(?:way|means)\s+(?:of|to)\s+(?:narrow|refin|reduc)|cannot\s+(?:suggest|advise|offer)",
    re.IGNORECASE,
)
ESTIMATE = re.compile(
    r"\b\d[\d,.]*\s*(?:hours?|hrs?|minutes?|mins?|working\s+days?|days?\s+of\s+work|seconds?)\b|"
    r"\b(?:one|two|three|four|five|six|ten|fifteen|twenty|thirty|sixty)\s+(?:hours?|minutes?)\b|"
    r"£\s?\d[\d,]*(?:\.\d\d)?\b",
    re.IGNORECASE,
)
LIMIT_FIGURE = re.compile(
    r"\b(?:18|24)\s*(?:hours?|hrs?)\b|£\s?(?:450|600)\b|£\s?25\b|£\s?15\b",
    re.IGNORECASE,
)
NO_ESTIMATE = re.compile(
    r"(?:cannot|can\s*not|unable\s+to|not\s+possible\s+to|impossible\s+to)\s+(?:accurately\s+|precisely\s+|exactly\s+)?"
    r"(?:quantify|estimate|calculate|say\s+(?:exactly\s+)?how\s+long)",
    re.IGNORECASE,
)
CROSS_REFERENCE = re.compile(
    r"^\W*(?:please\s+)?(?:see|refer\s+to|as\s+per)\s+(?:the\s+|my\s+|our\s+)?(?:answer|response|reply)\s+"
    r"(?:to|for|at)\s+(?:question\s+|Q\s*)?(?P<key>\d{1,2}[a-z]?)\b|^\W*(?P<above>as\s+above|see\s+above)\b",
    re.IGNORECASE,
)
ATTACHED_REASONS = re.compile(
    r"attach\w*[^.]{0,120}(?:public\s+interest|\bPIT\b|explanat|reasons|harm)|"
    r"(?:public\s+interest|\bPIT\b|explanat\w+\s+notes?|reasons|harm)[^.]{0,120}attach",
    re.IGNORECASE,
)
EXCEPTION_WORDS = re.compile(r"\bexemptions?\b|\bexempt\b", re.IGNORECASE)
