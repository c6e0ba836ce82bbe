"""Casework models: a case, its questions and answers, its timeline, contributors,
attachments and letters."""

from .attachments import Attachment, ScanStatus
from .case import Case, Channel, RequestBatch, Stage
from .events import CaseEvent, EventKind
from .letters import Letter, LetterKind
from .questions import Answer, ContributorRequest, Outcome, Question

__all__ = [
    "Answer", "Attachment", "Case", "CaseEvent", "Channel", "ContributorRequest", "EventKind",
    "Letter", "LetterKind", "Outcome", "Question", "RequestBatch", "ScanStatus", "Stage",
]
