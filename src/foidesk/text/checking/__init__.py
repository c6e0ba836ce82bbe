"""Check a response letter against the law: its answer to each question and its faults.

    >>> result = check_response(letter_text, request_text=request_text, regime="foia")
    >>> [f.code for f in result.findings]

Each rule is a function of the letter that cites its section (rules_*.py); `check.RULES` lists
them in reading order.
"""

from foidesk.text.checking.check import CheckError, check_response, split_paired
from foidesk.text.checking.model import OUTCOMES, Answer, CheckResult, Finding

__all__ = [
    "OUTCOMES",
    "Answer",
    "CheckError",
    "CheckResult",
    "Finding",
    "check_response",
    "split_paired",
]
