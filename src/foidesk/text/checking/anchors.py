"""Anchors: the places where a letter takes up one of the request's questions.

A letter quotes a question (fuzzy: typos and dropped words still match, and questions worded alike
go to their best match), labels its answer ("Q6e", "1)", "Question 2", "5(b)(ii)"), names it by
ordinal ("In response to your third question") or mentions it in a sentence ("In response to
questions 2-5", "I am exempting Q1, Q2 and Q6a").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from foidesk.text.checking.request import Question
from foidesk.text.checking.text import Span, sentence_at, words

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:(?:Q(?:uestion)?|Part)[ \t]*(?P<q>\d{1,2})(?P<qs>[a-z]{0,1}(?:\([a-z]\))?)"
    r"(?P<more>(?:[ \t]*(?:&|and|,|-|–|to)[ \t]*(?:Q(?:uestion)?[ \t]*)?\d{1,2}[a-z]?)*)"
    r"(?=[ \t.):\-–]|$)"
    r"|\(?(?P<n>\d{1,2})(?P<ns>[a-z]?)[.)][ \t]"
    r"|\(?(?P<sub>[a-z]|[ivx]{1,4})[.)][ \t])",
    re.IGNORECASE | re.MULTILINE,
)
_ORDINAL_LINE = re.compile(
    r"^[ \t]*(?:in (?:response|reply|answer|relation) to|regarding|with regard to|turning to)"
    r"[ \t]+(?:your[ \t]+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|final|last)[ \t]+(?:question|point|part|request)",
    re.IGNORECASE | re.MULTILINE,
)
_MENTION = re.compile(
    r"(?:in (?:response|reply|answer|relation|regard|respect) to|regarding|with regard to|"
    r"exempting(?: a response to)?|withholding(?: a response to)?|answers? (?:to|for))\s+"
    r"(?:your\s+)?"
    r"(?:(?:questions?|parts?|points?|Q)\s*)(?P<list>(?:\d{1,2}[a-z]?|one|two|three|four|five|six|"
    r"seven|eight|nine|ten)(?:\s*(?:,|&|and|-|–|to)\s*(?:Q\s*)?(?:\d{1,2}[a-z]?|one|two|three|"
    r"four|five|six|seven|eight|nine|ten))*)",
    re.IGNORECASE,
)
_Q_LIST = re.compile(r"\bQ(\d{1,2}[a-z]?)\b(?:\s*(?:,|&|and)\s*(?:Q(\d{1,2}[a-z]?)\b))+", re.I)


@dataclass
class Anchor:
    question_ids: list[str]
    start: int
    end: int
    kind: str  # "quote", "label" or "ordinal"


def label_key(label: str | None) -> str | None:
    """'Q1.' -> '1', '(a)' -> 'a', 'Question 6e' -> '6e', 'ii.' -> 'ii'."""
    if label is None:
        return None
    key = re.sub(r"^(?:question|q|part)\s*", "", label.strip().lower())
    key = re.sub(r"[\s().:\-–]", "", key)
    return key or None


def question_keys(questions: list[Question]) -> dict[str, list[str]]:
    """Every way the letter may label each question: its own label, parent+own ('6a'), or its
    position among the top-level questions when the request did not number them."""
    by_id = {q.id: q for q in questions}
    keys: dict[str, list[str]] = {}
    top = [q for q in questions if q.parent is None and q.kind != "instruction"]
    numbered = any((label_key(q.label) or "").isdigit() for q in top)
    for position, q in enumerate(top, start=1):
        own = label_key(q.label)
        keys.setdefault(own if (own and numbered) else str(position), []).append(q.id)
    for q in questions:
        if q.parent is None or q.parent not in by_id:
            continue
        own = label_key(q.label)
        if own is None:
            continue
        chain = [own]
        parent: Question | None = by_id[q.parent]
        while parent is not None:
            parent_key = label_key(parent.label)
            if parent.parent is None and not numbered:
                parent_key = str(top.index(parent) + 1) if parent in top else parent_key
            if parent_key is None:
                break
            chain.insert(0, parent_key)
            parent = by_id.get(parent.parent) if parent.parent else None
        keys.setdefault("".join(chain), []).append(q.id)
        if own.isdigit() and own not in keys:
            # "2. If answering yes to question one ..." is still question 2 to the letter.
            keys[own] = [q.id]
    return keys


def quote_anchors(letter: str, questions: list[Question]) -> list[Anchor]:
    """Questions the letter quotes.

    A quotation starts like the question and matches most of its words in order; where questions
    are worded alike ("If answering yes to question one please specify ..."), each quotation goes
    to the question it matches best.
    """
    letter_words = words(letter)
    tokens = [w.text for w in letter_words]
    positions: dict[str, list[int]] = {}
    for index, token in enumerate(tokens):
        positions.setdefault(token, []).append(index)
    by_id = {q.id: q for q in questions}
    found: list[tuple[float, int, str, int, int]] = []
    for q in questions:
        q_tokens = [w.text for w in words(q.text)][:60]
        if len(q_tokens) < 3:
            continue
        head = q_tokens[:12]
        candidates: set[int] = set()
        for offset, token in enumerate(head[:3]):
            for p in positions.get(token, []):
                if p - offset >= 0:
                    candidates.add(p - offset)
        need = len(head) if len(head) < 5 else max(4, -(-len(head) * 4 // 5))
        for start in sorted(candidates):
            window = tokens[start : start + len(head) + 2]
            if not window or window[0] not in head[:2]:
                continue
            matcher = SequenceMatcher(None, head, window, autojunk=False)
            if sum(block.size for block in matcher.get_matching_blocks()) < need:
                continue
            # Align the whole question to score it and to find where the quotation ends.
            full = tokens[start : start + len(q_tokens) + 6]
            blocks = [
                b
                for b in SequenceMatcher(None, q_tokens, full, autojunk=False).get_matching_blocks()
                if b.size
            ]
            hits = sum(b.size for b in blocks)
            last_block = max(blocks, key=lambda b: b.b + b.size)
            last = start + last_block.b + last_block.size - 1
            found.append((hits / len(q_tokens), hits, q.id, start, last))
    accepted: list[tuple[str, int, int]] = []
    best: dict[str, float] = {}
    anchors: list[Anchor] = []
    for ratio, _, qid, start, last in sorted(found, key=lambda f: (-f[0], -f[1], f[3])):
        if qid in best and ratio < best[qid] - 0.1:
            continue
        clash = any(
            a <= last
            and start <= b
            and (other == qid or not _related(by_id, qid, other))
            for other, a, b in accepted
        )
        if clash:
            continue
        best.setdefault(qid, ratio)
        accepted.append((qid, start, last))
        anchors.append(
            Anchor([qid], letter_words[start].start, _quote_end(letter, letter_words[last].end,
                                                               by_id[qid].text), "quote")
        )
    anchors.sort(key=lambda a: a.start)
    return anchors


def _quote_end(letter: str, end: int, question: str) -> int:
    """Where a quotation ends: after its closing punctuation, or at the end of the line when the
    rest of the line is plainly the rest of the question. An answer on the same line ("1. How many
    cameras? 42", a table row "... | 42") stays out of the quotation."""
    while end < len(letter) and letter[end] in "?!.”’\"')]":
        end += 1
    line_end = letter.find("\n", end)
    line_end = len(letter) if line_end == -1 else line_end
    rest = letter[end:line_end].strip()
    if rest.endswith("?") and "|" not in rest and "\t" not in rest and len(rest) < len(question) / 2:
        return line_end
    return end


def _related(by_id: dict[str, Question], one: str, other: str) -> bool:
    """One question is an ancestor of the other (a part quoted inside its parent's quotation)."""

    def ancestors(qid: str) -> set[str]:
        seen: set[str] = set()
        parent = by_id[qid].parent if qid in by_id else None
        while parent is not None and parent in by_id and parent not in seen:
            seen.add(parent)
            parent = by_id[parent].parent
        return seen

    return one in ancestors(other) or other in ancestors(one)


def label_anchors(letter: str, questions: list[Question]) -> list[Anchor]:
    keys = question_keys(questions)
    children: dict[str, dict[str, list[str]]] = {}
    for q in questions:
        if q.parent is not None and label_key(q.label):
            children.setdefault(q.parent, {}).setdefault(label_key(q.label) or "", []).append(q.id)
    top_ids = [q.id for q in questions if q.parent is None and q.kind != "instruction"]
    anchors: list[Anchor] = []
    current_top: str | None = None
    for match in _LABEL_LINE.finditer(letter):
        ids: list[str] = []
        if match.group("q") or match.group("n"):
            number = match.group("q") or match.group("n")
            suffix = re.sub(r"[()]", "", (match.group("qs") or match.group("ns") or "").lower())
            ids = list(keys.get(number + suffix, []))
            for extra in re.findall(r"\d{1,2}[a-z]?", match.group("more") or ""):
                ids.extend(keys.get(extra.lower(), []))
            more = match.group("more") or ""
            span = re.match(r"\s*(?:-|–|to)\s*(?:Q(?:uestion)?\s*)?(\d{1,2})", more, re.I)
            if span and not suffix:
                for n in range(int(number) + 1, int(span.group(1))):
                    ids.extend(keys.get(str(n), []))
            if keys.get(number):
                current_top = keys[number][0]
        elif match.group("sub") and current_top is not None:
            sub = match.group("sub").lower()
            ids = list(children.get(current_top, {}).get(sub, []))
            if not ids:
                for child_ids in children.get(current_top, {}).values():
                    for child in child_ids:
                        ids.extend(children.get(child, {}).get(sub, []))
        if ids:
            anchors.append(Anchor(ids, match.start(), match.end(), "label"))
    for match in _ORDINAL_LINE.finditer(letter):
        word = match.group("ord").lower()
        position = len(top_ids) if word in ("final", "last") else _ORDINALS[word]
        if 1 <= position <= len(top_ids):
            line_end = letter.find("\n", match.end())
            end = len(letter) if line_end == -1 else line_end
            anchors.append(Anchor([top_ids[position - 1]], match.start(), end, "ordinal"))
    return anchors


def mentions(letter: str, questions: list[Question]) -> list[tuple[list[str], Span]]:
    """Sentences that answer questions by number ("In response to questions 2-5 ...")."""
    keys = question_keys(questions)
    found: list[tuple[list[str], Span]] = []

    def ids_for(listing: str) -> list[str]:
        ids: list[str] = []
        parts = re.findall(r"\d{1,2}[a-z]?|[a-z]+", listing.lower())
        numbers: list[str] = []
        for part in parts:
            if part in _ORDINALS:
                numbers.append(str(_ORDINALS[part]))
            elif part[0].isdigit():
                numbers.append(part)
        ranged = re.search(r"(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})", listing)
        if ranged:
            numbers.extend(str(n) for n in range(int(ranged.group(1)), int(ranged.group(2)) + 1))
        for number in numbers:
            for qid in keys.get(number, []):
                if qid not in ids:
                    ids.append(qid)
        return ids

    for regex in (_MENTION, _Q_LIST):
        for match in regex.finditer(letter):
            listing = match.group("list") if regex is _MENTION else match.group(0)
            ids = ids_for(listing)
            if ids:
                sentence = sentence_at(letter, match.start())
                found.append((ids, sentence))
    return found


def quoted_spans(letter: str, questions: list[Question]) -> list[tuple[int, int]]:
    """Where the letter quotes the request's questions (quoting them is not duplication)."""
    return [(a.start, a.end) for a in quote_anchors(letter, questions)]


def letter_labels(letter: str) -> list[tuple[str, int, int]]:
    """The answer labels the letter uses ("Q6e", "Question 4", "2."), lower-cased, with offsets."""
    found: list[tuple[str, int, int]] = []
    for match in _LABEL_LINE.finditer(letter):
        number = match.group("q") or match.group("n")
        if number is None:
            continue
        suffix = re.sub(r"[()]", "", (match.group("qs") or match.group("ns") or "").lower())
        found.append((number + suffix, match.start(), match.end()))
    return found
