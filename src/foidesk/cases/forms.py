"""Casework forms: they validate input only; the views call one service with the cleaned data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Size
from django import forms

from foidesk.accounts.models import User
from foidesk.authorities.models import Authority, Regime, regime_refusal
from foidesk.law.catalogue import provisions as catalogue

from .models import Channel, Outcome, Question
from .states import CaseState


class GdsForm(forms.Form):
    """A form rendered by crispy-forms-gds without its own <form> tag or button."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True
        self.helper.label_size = Size.SMALL


def date_field(label: str, help_text: str = "", required: bool = True) -> forms.DateField:
    return forms.DateField(
        label=label, help_text=help_text or "For example, 27 3 2026 — enter as YYYY-MM-DD",
        required=required, widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": f"Enter the {label.lower()}",
                        "invalid": f"Enter the {label.lower()} as a real date"},
    )


class InboxFilterForm(forms.Form):
    state = forms.ChoiceField(label="Status", required=False,
                              choices=[("", "Any open status"), *CaseState.choices])
    regime = forms.ChoiceField(label="Regime", required=False,
                               choices=[("", "Any regime"), *Regime.choices])
    owner = forms.ChoiceField(label="Owner", required=False,
                              choices=[("", "Anyone"), ("mine", "Me"), ("none", "Unassigned")])
    due = forms.ChoiceField(label="Due", required=False,
                            choices=[("", "Any time"), ("week", "This week"),
                                     ("overdue", "Overdue")])
    q = forms.CharField(label="Reference or title", required=False)
    sort = forms.ChoiceField(label="Sort by", required=False, choices=[
        ("due", "Due date (soonest first)"), ("-due", "Due date (latest first)"),
        ("-received", "Received (newest first)"), ("received", "Received (oldest first)"),
        ("reference", "Reference"),
    ])


class LogRequestForm(GdsForm):
    authority = forms.ModelChoiceField(queryset=Authority.objects.none(), label="Authority",
                                       empty_label=None)
    channel = forms.ChoiceField(
        label="How did it arrive?",
        choices=[c for c in Channel.choices if c[0] != Channel.PORTAL],
        widget=forms.RadioSelect, error_messages={"required": "Select how the request arrived"},
    )
    received = date_field("Date of receipt", "The day it arrived, even a weekend (FOIA s10(6)). "
                          "Enter as YYYY-MM-DD.", required=False)
    requester_name = forms.CharField(label="Requester's name", required=False)
    requester_email = forms.EmailField(label="Requester's email", required=False)
    requester_address = forms.CharField(label="Requester's postal address", required=False,
                                        widget=forms.Textarea(attrs={"rows": 3}))
    text = forms.CharField(label="Request text", required=False,
                           help_text="Paste the request, or upload the .eml file instead.",
                           widget=forms.Textarea(attrs={"rows": 8}))
    eml = forms.FileField(label="Email file (.eml)", required=False)
    regime = forms.ChoiceField(label="Regime", required=False,
                               choices=[("", "The authority's default"), *Regime.choices])

    def __init__(self, *args: Any, authorities: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["authority"].queryset = authorities  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("eml") and not (data.get("text") or "").strip():
            self.add_error("text", "Paste the request text or upload the .eml file")
        if not data.get("eml") and not data.get("received"):
            self.add_error("received", "Enter the date of receipt")
        authority, regime = data.get("authority"), data.get("regime")
        if authority is not None and regime:
            refusal = regime_refusal(authority=authority, regime=regime)
            if refusal:
                self.add_error("regime", refusal)
        return data


class AssignForm(GdsForm):
    owner = forms.ModelChoiceField(queryset=User.objects.none(), label="Officer", empty_label=None)

    def __init__(self, *args: Any, officers: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = officers  # type: ignore[attr-defined]


class QuestionForm(GdsForm):
    label = forms.CharField(label="Label", max_length=40, required=False)
    text = forms.CharField(label="Question", widget=forms.Textarea(attrs={"rows": 3}),
                           error_messages={"required": "Enter the question"})


class ContributorForm(GdsForm):
    contributor = forms.ModelChoiceField(queryset=User.objects.none(), label="Who should answer?",
                                         empty_label=None)
    questions = forms.ModelMultipleChoiceField(
        queryset=Question.objects.none(), label="Questions for them",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Select at least one question"},
    )
    due = date_field("Reply by", "Enter as YYYY-MM-DD.", required=False)
    message = forms.CharField(label="Message", required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args: Any, members: Any, questions: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["contributor"].queryset = members  # type: ignore[attr-defined]
        self.fields["questions"].queryset = questions  # type: ignore[attr-defined]
        self.fields["questions"].label_from_instance = (  # type: ignore[attr-defined]
            lambda q: f"{q.label}. {q.text[:120]}")


class ClarificationForm(GdsForm):
    needed = forms.CharField(label="What do you need to know?",
                             help_text="One item per line (FOIA s1(3)).",
                             widget=forms.Textarea(attrs={"rows": 4}),
                             error_messages={"required": "Say what further information you need"})
    help_text = forms.CharField(label="Suggestions to help them reply", required=False,
                                widget=forms.Textarea(attrs={"rows": 3}))


class ClarificationReceivedForm(GdsForm):
    text = forms.CharField(label="The clarification", widget=forms.Textarea(attrs={"rows": 4}),
                           error_messages={"required": "Enter the clarification received"})
    received_on = date_field("Date received", "It becomes the date of receipt (s10(6)(b)). "
                             "Enter as YYYY-MM-DD.")


class FeeNoticeForm(GdsForm):
    description = forms.CharField(label="Charge", initial="Photocopying and postage")
    amount = forms.DecimalField(label="Amount (£)", min_value=Decimal("0.01"), decimal_places=2)
    how_to_pay = forms.CharField(label="How to pay", widget=forms.Textarea(attrs={"rows": 3}))


class FeePaidForm(GdsForm):
    paid_on = date_field("Date paid")


class ExtendForm(GdsForm):
    working_days = forms.IntegerField(label="Extra working days", min_value=1, max_value=60,
                                      initial=20)
    provisions = forms.CharField(label="Qualified exemptions being considered", required=False,
                                 help_text="FOIA only, e.g. s31(1)(a), s43(2) (s17(2)).")
    reason = forms.CharField(label="Reason", widget=forms.Textarea(attrs={"rows": 3}))
    harm = forms.CharField(label="Harm (for prejudice-based exemptions)", required=False,
                           widget=forms.Textarea(attrs={"rows": 3}))


def provision_choices(regime: str) -> list[tuple[str, str]]:
    return [(p.code, f"{p.citation} — {p.title} ({p.status.replace('_', ' ')}, {p.test})")
            for p in catalogue(regime)]


class AnswerForm(GdsForm):
    outcome = forms.ChoiceField(label="Outcome", choices=Outcome.choices, widget=forms.RadioSelect,
                                error_messages={"required": "Select the outcome"})
    disclosed_text = forms.CharField(label="Information disclosed", required=False,
                                     widget=forms.Textarea(attrs={"rows": 6}))
    provisions = forms.CharField(
        label="Provisions relied on (or, for NCND, the exemptions whose interests are engaged)",
        required=False, help_text="Cite subsections, comma separated, e.g. s31(1)(a), s31(1)(b). For others' "
        "personal data name the condition: s40(2), s40(3A)(a) (first condition, absolute) or "
        "s40(2), s40(3B) / s40(4A) (qualified).")
    ncnd_provision = forms.CharField(
        label="Provision removing the duty to confirm or deny", required=False,
        help_text="For NCND only, e.g. s31(3) — not the withholding provision.")
    reason = forms.CharField(label="Why the provision applies (s17(1)(c))", required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))
    harm = forms.CharField(label="Harm (prejudice-based exemptions)", required=False,
                           widget=forms.Textarea(attrs={"rows": 4}))
    pit_for = forms.CharField(label="Public interest in disclosure", required=False,
                              help_text="Separate factors with a blank line.",
                              widget=forms.Textarea(attrs={"rows": 4}))
    pit_against = forms.CharField(label="Public interest in maintaining the exemption",
                                  required=False, widget=forms.Textarea(attrs={"rows": 4}))
    pit_balance = forms.CharField(label="Balance of the public interest", required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    cost_hours = forms.DecimalField(label="Estimated hours (s12)", required=False, min_value=0,
                                    decimal_places=1)
    cost_records = forms.IntegerField(label="Records to search", required=False, min_value=0)
    cost_basis = forms.CharField(label="How the estimate was made", required=False,
                                 widget=forms.Textarea(attrs={"rows": 2}))
    advice = forms.CharField(label="Advice and assistance (s16)", required=False,
                             widget=forms.Textarea(attrs={"rows": 3}))
    who_may_hold = forms.CharField(label="Another body that may hold it", required=False)
    where = forms.CharField(label="Where it is reasonably accessible (s21)", required=False)

    def provisions_list(self) -> list[str]:
        raw = self.cleaned_data.get("provisions") or ""
        return [p.strip() for p in raw.replace(";", ",").split(",") if p.strip()]


def answer_initial(question: Question) -> dict[str, Any]:
    answer = getattr(question, "answer", None)
    if answer is None:
        return {}
    return {
        "outcome": answer.outcome, "disclosed_text": answer.disclosed_text,
        "provisions": ", ".join(answer.provisions), "ncnd_provision": answer.ncnd_provision,
        "reason": answer.reason, "harm": answer.harm, "pit_for": answer.pit_for,
        "pit_against": answer.pit_against, "pit_balance": answer.pit_balance,
        "cost_hours": answer.cost_hours, "cost_records": answer.cost_records,
        "cost_basis": answer.cost_basis, "advice": answer.advice,
        "who_may_hold": answer.who_may_hold, "where": answer.where,
    }


class ReasonForm(GdsForm):
    reason = forms.CharField(label="Reason", widget=forms.Textarea(attrs={"rows": 3}),
                             error_messages={"required": "Enter the reason"})


class SendForm(GdsForm):
    publish = forms.ChoiceField(
        label="Publish to the disclosure log?", widget=forms.RadioSelect, initial="yes",
        choices=[("yes", "Yes, publish the response (without the requester's details)"),
                 ("no", "No, record why not")],
    )
    not_published_reason = forms.CharField(label="Why not publish?", required=False,
                                           widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("publish") == "no" and not (data.get("not_published_reason") or "").strip():
            self.add_error("not_published_reason", "Enter why the response is not published")
        return data


class CloseForm(GdsForm):
    how = forms.ChoiceField(label="How does this case end?", widget=forms.RadioSelect, choices=[
        ("closed", "Closed (response sent, or clarification/fee never came)"),
        ("withdrawn", "Withdrawn by the requester"),
        ("invalid", "Invalid under FOIA s8 (the letter says what is missing)"),
        ("redirected", "Redirected to another authority"),
    ])
    missing = forms.MultipleChoiceField(
        label="What the request lacks (s8)", required=False, widget=forms.CheckboxSelectMultiple,
        choices=[("name", "The requester's real name"), ("address", "An address for correspondence"),
                 ("description", "A description of the information"),
                 ("writing", "It was not in writing")])
    to_authority = forms.CharField(label="Redirected to", required=False)
    note = forms.CharField(label="Note", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ReviewOpenForm(GdsForm):
    grounds = forms.CharField(label="Grounds for review", widget=forms.Textarea(attrs={"rows": 4}))
    received_on = date_field("Date the review request arrived")


class ReviewDecideForm(GdsForm):
    result = forms.ChoiceField(label="Result", widget=forms.RadioSelect, choices=[
        ("upheld", "Original response upheld"), ("partly_upheld", "Partly upheld"),
        ("overturned", "Overturned")])
    findings = forms.CharField(label="What the review found",
                               widget=forms.Textarea(attrs={"rows": 5}))


class CommissionerForm(GdsForm):
    event = forms.ChoiceField(label="Record", widget=forms.RadioSelect, choices=[
        ("complaint", "A complaint to the Commissioner"), ("decision", "A decision notice")])
    on = date_field("Date")
    reference = forms.CharField(label="Commissioner's reference", required=False)
    result = forms.ChoiceField(label="Decision (for a decision notice)", required=False, choices=[
        ("", "—"), ("upheld", "Complaint upheld"), ("partly_upheld", "Partly upheld"),
        ("not_upheld", "Not upheld")])
    summary = forms.CharField(label="Summary", required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))


class UploadForm(GdsForm):
    file = forms.FileField(label="File to release", error_messages={"required": "Choose a file"})


class RedactForm(GdsForm):
    terms = forms.CharField(label="Words or phrases to redact", help_text="One per line.",
                            widget=forms.Textarea(attrs={"rows": 3}))


class ContributionAnswerForm(GdsForm):
    def __init__(self, *args: Any, questions: list[Question], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for q in questions:
            self.fields[f"q{q.pk}"] = forms.CharField(
                label=f"{q.label}. {q.text}", required=False,
                widget=forms.Textarea(attrs={"rows": 4}))

    def answers(self) -> dict[int, str]:
        return {int(k[1:]): v for k, v in self.cleaned_data.items() if k.startswith("q")}
