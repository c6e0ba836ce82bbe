"""Where in the letter each question is answered.

Each question gets the stretch of text between its anchor (see `anchors`) and the next one. A
parent and its parts quoted together share the answer that follows; a block listing the request
before labelled answers is not an answer; questions the letter answers by number get the sentence
that names them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from foidesk.text.checking.anchors import Anchor, label_anchors, mentions, quote_anchors
from foidesk.text.checking.request import Question
from foidesk.text.checking.text import Span


@dataclass
class Located:
    """The text that answers one question, and how it was found."""

    question_id: str
    regions: list[Span] = field(default_factory=list)
    shared: bool = False  # answered together with the questions quoted just before it
    mentioned: list[Span] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(substantive(r.text) for r in [*self.regions, *self.mentioned])

    @property
    def answered(self) -> bool:
        return any(substantive(r.text).split() for r in [*self.regions, *self.mentioned])


_CONNECTIVE = re.compile(
    r"^\s*(?:\(?(?:if\s+(?:yes|so|no|not)\b[^.?()]{0,60})\)?:?|\(?[a-z]{1,4}[.)]|[-–•*]|and|or|"
    r"\((?:with|and|including|parts?)\b[^\n]{0,120}\)|"
    r"(?:question|q)\s*\d{1,3}[a-z]?(?:\s*\([a-z0-9]{1,4}\))*\s*[:.]?"
    r"(?:\s*\(?if\s+(?:yes|so|no|not)\)?:?)?)\s*$",
    re.IGNORECASE,
)


def substantive(text: str) -> str:
    """The text less the lines that only carry a request's structure ("If yes:", "b.")."""
    return "\n".join(line for line in text.splitlines() if not _CONNECTIVE.match(line)).strip()


def locate(letter: str, questions: list[Question]) -> dict[str, Located]:
    """For each question that asks something, the text of the letter that answers it."""
    asking = [q for q in questions if q.kind != "instruction"]
    quotes = quote_anchors(letter, asking)
    anchors = _without_summary_rows(
        letter, quotes + _trusted_labels(letter, label_anchors(letter, asking), quotes)
    )
    anchors.sort(key=lambda a: (a.start, -a.end))
    # A label line that sits inside a quoted question ("5. Has the PCC ...") is the same anchor.
    merged: list[Anchor] = []
    for anchor in anchors:
        if merged and anchor.start < merged[-1].end:
            last = merged[-1]
            if set(anchor.question_ids) - set(last.question_ids) and anchor.start >= last.start:
                # Nested inside another question's quote: a child quoted with its parent.
                if anchor.kind == "quote" and anchor.start > last.start:
                    merged.append(anchor)
                    continue
            last.end = max(last.end, anchor.end)
            for qid in anchor.question_ids:
                if qid not in last.question_ids:
                    last.question_ids.append(qid)
            continue
        merged.append(anchor)
    merged.sort(key=lambda a: a.start)
    located = {q.id: Located(q.id) for q in asking}
    bounds = [a.start for a in merged] + [len(letter)]
    order: list[tuple[list[str], Span, str]] = []
    for index, anchor in enumerate(merged):
        stop = bounds[index + 1]
        start = min(anchor.end, stop)
        while start < stop and letter[start] in " \t\r\n:.-–?!|”’\")]":
            start += 1
        order.append((anchor.question_ids, Span(start, stop, letter[start:stop].strip()), anchor.kind))
    order = _drop_listings(order)
    for ids, region, _ in order:
        for qid in ids:
            located[qid].regions.append(region)
    mentioned = mentions(letter, asking)
    by_id = {q.id: q for q in questions}
    # Questions quoted one after another with nothing between them share the answer that follows,
    # unless that answer says which questions it answers ("In response to questions 2-5").
    waiting: list[str] = []
    for index, (ids, region, _) in enumerate(order):
        if _empty(region):
            waiting.extend(i for i in ids if i not in waiting)
            continue
        named = {
            qid
            for mentioned_ids, sentence in mentioned
            if region.start <= sentence.start < region.start + 120
            for qid in mentioned_ids
        }
        families = {_top(by_id, i) for i in ids}
        # The letter quotes every question first and then answers once, to its end.
        answers_all = index == len(order) - 1 and all(_empty(r) for _, r, _ in order[:index])
        for qid in waiting:
            if located[qid].answered or qid in ids or (named and qid not in named):
                continue
            if not named and not answers_all and _top(by_id, qid) not in families:
                # Top-level questions quoted one after another are not answered by the next one's
                # answer (a parent and its parts are), unless the letter quotes them all and then
                # answers once to its end.
                continue
            located[qid].regions.append(region)
            located[qid].shared = True
        waiting = []
    for ids, sentence in mentioned:
        for qid in ids:
            if qid in located and not any(
                r.start <= sentence.start < r.end for r in located[qid].regions
            ):
                located[qid].mentioned.append(sentence)
    return located


# A summary table's row gives only the kind of answer ("Question 3 | Information not held").
_SUMMARY_ROW = re.compile(
    r"\|\s*(?:information\s+(?:provided|disclosed|released|not\s+held|withheld)|not\s+held|"
    r"(?:partly|partially)\s+(?:provided|disclosed|withheld)|withheld|exempt|refused|"
    r"not\s+confirmed\s+or\s+denied|neither\s+confirmed\s+nor\s+denied|published\s+elsewhere|"
    r"already\s+(?:published|available))\s*$",
    re.IGNORECASE,
)


def _without_summary_rows(letter: str, anchors: list[Anchor]) -> list[Anchor]:
    """A summary table row is not the answer where the letter answers the question in full
    elsewhere; the full answer is what the rules must read."""

    def summary(anchor: Anchor) -> bool:
        line_start = letter.rfind("\n", 0, anchor.start) + 1
        line_end = letter.find("\n", anchor.start)
        line = letter[line_start : len(letter) if line_end == -1 else line_end]
        return bool(_SUMMARY_ROW.search(line))

    full = {qid for a in anchors if not summary(a) for qid in a.question_ids}
    return [a for a in anchors if not summary(a) or not set(a.question_ids) <= full]


def _quoted_after(letter: str, label: Anchor, quotes: list[Anchor]) -> Anchor | None:
    """The quotation that directly follows a label line ("Question 3" then the question)."""
    for quote in quotes:
        if quote.start >= label.end and not letter[label.end : quote.start].strip(" \t\r\n:.-–"):
            return quote
    return None


def _trusted_labels(letter: str, labels: list[Anchor], quotes: list[Anchor]) -> list[Anchor]:
    """Labels, unless the letter numbers its answers differently from the request.

    Where a label line is followed by the quotation of another question ("Question 3" over the
    request's question 2), the letter's numbers are not the request's: the quoted text says which
    question each answer is for, and a label with no quotation of its own question under it
    points nowhere reliable.
    """
    followed = {id(label): _quoted_after(letter, label, quotes) for label in labels}
    shifted = any(
        quote is not None and not set(quote.question_ids) & set(label.question_ids)
        for label in labels
        if (quote := followed[id(label)]) is not None
    )
    if not shifted:
        return labels
    return [
        label
        for label in labels
        if (quote := followed[id(label)]) is not None
        and set(quote.question_ids) & set(label.question_ids)
    ]


def _empty(region: Span) -> bool:
    return not substantive(region.text).split()


def _drop_listings(
    order: list[tuple[list[str], Span, str]],
) -> list[tuple[list[str], Span, str]]:
    """A block quoting the request ("You asked: 1) ... 2) ... 3) ...") followed later by labelled
    answers is a listing: the text after its last quotation is preamble, not an answer."""
    result = list(order)
    index = 0
    while index < len(result):
        end = index
        while end < len(result) and _empty(result[end][1]):
            end += 1
        run_ids = {qid for ids, _, _ in result[index : end + 1] for qid in ids}
        if end < len(result) and len(run_ids) >= 2:
            answered_later = any(
                set(ids) & run_ids and not _empty(region)
                for ids, region, _ in result[end + 1 :]
            )
            if answered_later:
                ids, region, kind = result[end]
                result[end] = (ids, Span(region.start, region.start, ""), kind)
        index = end + 1
    return result


def _top(by_id: dict[str, Question], qid: str) -> str:
    seen: set[str] = set()
    while by_id[qid].parent is not None and by_id[qid].parent in by_id and qid not in seen:
        seen.add(qid)
        qid = by_id[qid].parent or qid
    return qid


