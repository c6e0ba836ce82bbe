"""Letters through the text core: build the core's LetterCase from a case, compose it, render
HTML/text (PDF and DOCX on download), and keep the checker's findings beside it."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from django.utils import timezone

from foidesk.accounts.models import User
from foidesk.authorities.models import Authority, AuthorityKind
from foidesk.text.letters import case as lc

from .clock import clock_facts, normal_due
from .models import Answer, Case, Letter, LetterKind, Outcome, Question


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r", "").split("\n\n") if p.strip()] or []


def _public_interest(answer: Answer) -> lc.PublicInterest | None:
    if not (answer.pit_for.strip() and answer.pit_against.strip() and answer.pit_balance.strip()):
        return None
    return lc.PublicInterest(
        for_disclosure=_paragraphs(answer.pit_for),
        against_disclosure=_paragraphs(answer.pit_against),
        balance=answer.pit_balance,
    )


def own_label(question: Question) -> str | None:
    """The part of the label the question owns: the splitter's marker, or for a label the officer
    typed, '5(b)(i)' -> 'i' under its parent (the text core rebuilds the full label)."""
    if question.label_from_split:
        return question.parse_label or None
    label = question.label.strip()
    if not label:
        return None
    if question.parent_parse_id and label.endswith(")") and "(" in label:
        return label[label.rindex("(") + 1:-1] or None
    return label


def letter_question(question: Question, attachments: list[str]) -> lc.Question:
    """One question with its answer, in the text core's terms."""
    answer: Answer | None = getattr(question, "answer", None)
    common: dict[str, Any] = {
        "id": question.parse_id,
        "label": own_label(question),
        "text": question.text,
        "parent": question.parent_parse_id or None,
        "condition": question.condition or None,
    }
    if answer is None:
        return lc.Question(outcome=lc.Outcome.NOT_APPLICABLE, **common)
    outcome = lc.Outcome(answer.outcome)
    fields: dict[str, Any] = {"answer": answer.disclosed_text or None}
    if outcome in (lc.Outcome.DISCLOSED, lc.Outcome.PARTIALLY_DISCLOSED):
        fields["attachments"] = attachments
    if outcome in (lc.Outcome.EXEMPT, lc.Outcome.PARTIALLY_DISCLOSED) and answer.provisions:
        fields["exemptions"] = [lc.Claim(
            provisions=list(answer.provisions), reason=answer.reason or answer.harm or "-",
            harm=answer.harm or None, public_interest=_public_interest(answer),
        )]
    if outcome is lc.Outcome.NCND:
        fields["ncnd"] = lc.Claim(
            provisions=[answer.ncnd_provision], engaged=list(answer.provisions),
            reason=answer.reason or answer.harm or "-", harm=answer.harm or None,
            public_interest=_public_interest(answer),
        )
    if outcome is lc.Outcome.COST_LIMIT and answer.cost_hours is not None:
        fields["cost"] = lc.CostEstimate(
            hours=float(answer.cost_hours), records=answer.cost_records,
            basis=answer.cost_basis or "An estimate of the staff time needed.",
            advice=answer.advice or "You may wish to narrow your request.",
        )
    elif answer.advice.strip():
        fields["advice"] = lc.Advice(text=answer.advice,
                                     who_may_hold=answer.who_may_hold or None)
    if outcome is lc.Outcome.REASONABLY_ACCESSIBLE:
        fields["where"] = answer.where or None
    return lc.Question(outcome=outcome, **common, **fields)


def cost_limit(authority: Authority) -> Literal[450, 600]:
    """FOIA appropriate limit (Fees Regulations 2004 reg 3): £600 for central government
    (Schedule 1 Part I), £450 for everyone else; FOISA always £600 (SSI 2004/467 reg 5)."""
    return 600 if authority.kind == AuthorityKind.CENTRAL or authority.regime == "foisa" else 450


def letter_case_for(
    *, case: Case, kind: LetterKind, actor: User | None, blocks: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> lc.LetterCase:
    """The text core's LetterCase for this case and letter kind."""
    authority = case.authority
    facts = clock_facts(case)
    letter_day = max(today or timezone.localdate(), case.received)
    attachments = [a.original_name for a in case.attachments.filter(superseded=False)]
    questions = [letter_question(q, attachments) for q in
                 case.questions.select_related("answer").order_by("order", "id")]
    if kind not in (LetterKind.RESPONSE, LetterKind.INTERNAL_REVIEW):
        questions = [q.model_copy(update={"outcome": lc.Outcome.NOT_APPLICABLE, "answer": None,
                                          "exemptions": [], "ncnd": None, "cost": None,
                                          "advice": None, "where": None, "attachments": []})
                     for q in questions]
    return lc.LetterCase(
        kind=lc.LetterKind(kind.value),
        regime=lc.Regime(case.regime),
        authority=lc.Authority(
            name=authority.name, address=_lines(authority.foi_address),
            email=authority.foi_email or None, phone=authority.foi_phone or None,
            website=authority.website or None, colour=authority.colour, review=None,
            cost_limit=cost_limit(authority),
        ),
        requester=lc.Requester(
            name=case.requester_name or "Requester",
            address=_lines(case.requester_address), email=case.requester_email or None,
        ),
        reference=case.reference,
        subject=None,
        dates=lc.Dates(
            received=case.received, letter=letter_day, due=normal_due(case),
            clarification_received=facts.clarification_received,
        ),
        signatory=signatory_for(actor, authority),
        request_text=case.request_text,
        questions=questions,
        **(blocks or {}),
    )


def signatory_for(actor: User | None, authority: Authority) -> lc.Signatory | None:
    """FOIA s1(1): the authority answers; only its own staff sign for it. A letter sent on a
    requester's action (the portal acknowledgement) is signed by the FOI team (None)."""
    if actor is None or not actor.is_authenticated:
        return None
    from foidesk.cases.selectors import membership_for

    if membership_for(actor, authority) is None:
        return None
    return lc.Signatory(name=(actor.full_name or actor.email), role="Information Officer")


def compose_letter(
    *, case: Case, kind: LetterKind, actor: User | None, blocks: dict[str, Any] | None = None,
) -> Letter:
    """Compose, render and keep a letter; the checker's findings are stored with it."""
    from foidesk.text.letters.compose import compose
    from foidesk.text.letters.render_html import render_html
    from foidesk.text.letters.render_text import render_text

    letter_case = letter_case_for(case=case, kind=kind, actor=actor, blocks=blocks)
    document = compose(letter_case)
    text = render_text(document)
    findings: list[dict[str, Any]] = []
    if kind in (LetterKind.RESPONSE, LetterKind.REFUSAL, LetterKind.INTERNAL_REVIEW):
        findings = check_findings(case=case, text=text, sent=letter_case.dates.letter)
    return Letter.objects.create(
        case=case, kind=kind, subject=f"{document.title} — {case.reference}",
        html=render_html(document), text=text, check_findings=findings, created_by=actor,
        source=letter_case.model_dump(mode="json"),
    )


def draft_response_text(*, case: Case) -> str:
    """The response letter as drafted so far, as plain text (not stored)."""
    from foidesk.text.letters.compose import compose
    from foidesk.text.letters.render_text import render_text

    kind = LetterKind.INTERNAL_REVIEW if case.stage == "review" else LetterKind.RESPONSE
    blocks: dict[str, Any] | None = None
    if kind is LetterKind.INTERNAL_REVIEW:
        blocks = {"review": {"requested": case.received, "reviewer": "Reviewer",
                             "result": "upheld", "grounds": case.request_text,
                             "findings": "Draft."}}
    return render_text(compose(letter_case_for(case=case, kind=LetterKind.RESPONSE
                                               if blocks is None else kind,
                                               actor=None, blocks=blocks)))


def check_findings(*, case: Case, text: str, sent: dt.date | None = None) -> list[dict[str, Any]]:
    """Run the response checker on a draft letter; findings as plain dicts."""
    from foidesk.text.checking import check_response

    result = check_response(text, request_text=case.request_text, regime=case.regime,
                            received=case.received, sent=sent)
    findings = [f.to_dict() if hasattr(f, "to_dict") else dict(vars(f))
                for f in result.findings]
    return [lateness_as_warning(f) for f in findings]


def lateness_as_warning(finding: dict[str, Any]) -> dict[str, Any]:
    """FOIA s10(1) / EIR reg 5(2) / FOISA s10(1): lateness is a fact the letter owns (the composer
    adds an apology), not a defect the officer can fix, so it warns instead of blocking."""
    if finding.get("code") != "late_response":
        return finding
    message = str(finding.get("message", "")).replace("was sent on", "goes out on")
    return {**finding, "severity": "warning",
            "message": message + " The letter apologises for the delay."}


def render_document(letter: Letter, fmt: str) -> bytes:
    """PDF or DOCX of a stored letter, recomposed from exactly what it was composed from."""
    from foidesk.text.letters.compose import compose

    document = compose(lc.LetterCase.model_validate(letter.source))
    if fmt == "pdf":
        from foidesk.text.letters.render_pdf import render_pdf

        return render_pdf(document)
    from foidesk.text.letters.render_docx import render_docx

    return render_docx(document)


__all__ = ["Outcome", "compose_letter", "letter_case_for", "render_document"]
