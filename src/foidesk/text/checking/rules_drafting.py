"""Drafting faults that make a letter hard to rely on: text pasted twice, and answers numbered
differently from the questions they answer."""

from __future__ import annotations

import re

from foidesk.text.checking.anchors import (
    label_key,
    letter_labels,
    question_keys,
    quote_anchors,
    quoted_spans,
)
from foidesk.text.checking.letter import Letter
from foidesk.text.checking.model import Finding
from foidesk.text.checking.text import quote, sentence_at, words

# A glitch repeats a dozen words within a sentence or two; a pasted paragraph repeats thirty.
_NEAR_WORDS = 12
_NEAR_GAP = 40
_FAR_WORDS = 30
MAX_DUPLICATE_CHARS = 400_000
# A question label as a letter writes it: "question 5(b)(ii)", "Q3a", "questions 2 and 4".
_LABELS = re.compile(
    r"\b(?:questions?|q|parts?|items?)\s*\d{1,3}[a-z]?(?:\s*\([a-z0-9]{1,4}\))*"
    r"(?:\s*(?:,|and|&)\s*\d{1,3}[a-z]?(?:\s*\([a-z0-9]{1,4}\))*)*",
    re.IGNORECASE,
)
_ADVICE_LAW = {
    "foia": "FOIA s16 (s45 Code: a clear response)",
    "eir": "EIR reg 9 (reg 16 Code: a clear response)",
    "foisa": "FOISA s15 (s60 Code: a clear response)",
}


def _region_of(letter: Letter, position: int) -> str | None:
    """The question whose answer contains `position` (None for preamble and closing)."""
    for qid, item in letter.located.items():
        for region in item.regions:
            if region.start <= position < region.end and not item.shared:
                return qid
    return None


def duplicated_text(letter: Letter) -> list[Finding]:
    """FOIA s17 and s16 (a notice must be clear): the same passage twice, pasted by mistake.

    Quoting the request is not duplication, and neither is the same wording given as the answer to
    two different questions; a passage repeated within one answer, or once in the preamble and
    again in an answer, is.
    """
    text = letter.text[:MAX_DUPLICATE_CHARS]
    masked = quoted_spans(text, letter.questions) if letter.questions else []
    tokens = words(text)
    keys: list[str] = []
    for index, token in enumerate(tokens):
        quoted = any(start <= token.start < end for start, end in masked)
        keys.append(f"\x00{index}" if quoted else token.text)
    first_seen: dict[tuple[str, ...], int] = {}
    n = _NEAR_WORDS
    index = 0
    while index + n <= len(keys):
        shingle = tuple(keys[index : index + n])
        earlier = first_seen.get(shingle)
        if earlier is None or index - earlier < n:
            first_seen.setdefault(shingle, index)
            index += 1
            continue
        length = n
        while index + length < len(keys) and keys[earlier + length] == keys[index + length]:
            if earlier + length >= index:
                break
            length += 1
        gap = index - (earlier + length)
        first_pos = tokens[earlier].start
        second_pos = tokens[index].start
        near = gap <= _NEAR_GAP
        first_region = _region_of(letter, first_pos)
        pasted = (
            length >= _FAR_WORDS
            and letter.structured
            and (first_region is None or first_region == _region_of(letter, second_pos))
        )
        first_end = tokens[earlier + length - 1].end
        second_end = tokens[index + length - 1].end
        if (
            (near or pasted)
            and not _applied_twice(letter, first_pos, first_end, second_pos, second_end)
            and not _templated(text, first_pos, second_pos)
        ):
            end = tokens[index + length - 1].end
            return [
                Finding(
                    "duplicated_text",
                    "warning",
                    f"A passage of {length} words appears twice in the letter.",
                    _ADVICE_LAW[letter.regime],
                    quote(text, second_pos, end),
                )
            ]
        index += length
    return []


def _templated(text: str, a: int, b: int) -> bool:
    """The same sentence given per question with only the label changed ("... within the scope of
    question 5(a)" and "... of question 5(b)") is a template applied twice, not a paste error;
    a verbatim repeat is."""
    first = sentence_at(text, a).text
    second = sentence_at(text, b).text
    if first == second:
        return False
    return _LABELS.sub("#", first).split() == _LABELS.sub("#", second).split()


def _applied_twice(letter: Letter, a: int, a_end: int, b: int, b_end: int) -> bool:
    """The same reasoning given for two different provisions ("Regulation 12(5)(a), like every
    exception, is subject to ..." and the same for 12(4)(b)) is not a paste error."""
    near_a = {c.canonical for c in letter.cited_in(a - 300, a_end)}
    near_b = {c.canonical for c in letter.cited_in(b - 300, b_end)}
    return bool(near_a) and bool(near_b) and near_a != near_b


def wrong_numbering(letter: Letter) -> list[Finding]:
    """FOIA s17 and s16: answers must be identifiable against the request; numbering that does not
    match the requester's own leaves them unable to tell which answer is which."""
    if not letter.request_given or not letter.questions:
        return []
    keys = question_keys(letter.questions)
    ids_keys: dict[str, set[str]] = {}
    for key, ids in keys.items():
        for qid in ids:
            ids_keys.setdefault(qid, set()).add(key)
    quotes = _quote_starts(letter)
    unknown: list[tuple[str, int]] = []
    for key, start, end in letter_labels(letter.text):
        quoted = next((qid for s, qid in quotes if end <= s <= end + 6), None)
        if quoted is not None:
            own = ids_keys.get(quoted, set())
            label = label_key(next((q.label for q in letter.questions if q.id == quoted), None))
            if own and key not in own and key != label:
                unknown.append((key, start))
            continue
        prefixed = letter.text[start:end].lstrip()[:1].lower() in ("q", "p")
        if prefixed and key not in keys:
            unknown.append((key, start))
    if not unknown:
        return []
    shown = ", ".join(dict.fromkeys(k.upper() if k[0].isalpha() else k for k, _ in unknown))
    first = unknown[0][1]
    line_end = letter.text.find("\n", first)
    return [
        Finding(
            "wrong_numbering",
            "warning",
            f"The letter numbers answers ({shown}) in a way the request does not.",
            _ADVICE_LAW[letter.regime],
            quote(letter.text, first, line_end if line_end != -1 else len(letter.text)),
        )
    ]


def _quote_starts(letter: Letter) -> list[tuple[int, str]]:
    return [(a.start, a.question_ids[0]) for a in quote_anchors(letter.text, letter.questions)]
