"""Portal forms. The messages follow the GOV.UK Design System and say which part of FOIA s8 a
request would miss."""

from __future__ import annotations

from typing import Any

from django import forms

from foidesk.authorities.models import Authority

TEXT_INPUT = {"class": "govuk-input"}
TEXTAREA = {"class": "govuk-textarea", "rows": 10}


class RequestForm(forms.Form):
    """FOIA s8(1) / FOISA s8(1): a valid request states the applicant's name and an address for
    correspondence and describes the information requested."""

    authorities = forms.ModelMultipleChoiceField(
        queryset=Authority.objects.order_by("name"),
        label="Who do you want to ask?",
        help_text="Choose one authority, or several to send the same request to each of them.",
        error_messages={"required": "Choose at least one authority to send your request to"},
        widget=forms.CheckboxSelectMultiple(attrs={"class": "govuk-checkboxes__input"}),
    )
    name = forms.CharField(
        label="Your full name", max_length=200,
        help_text="The law needs a real name: a request under a pseudonym is not valid (FOIA s8(1)(b)).",
        error_messages={"required": "Enter your name – a request must say who is asking (FOIA s8(1)(b))"},
        widget=forms.TextInput(attrs={**TEXT_INPUT, "autocomplete": "name", "spellcheck": "false"}),
    )
    email = forms.EmailField(
        label="Email address",
        help_text="Where the authority will send its reply (an address for correspondence, FOIA s8(1)(b)).",
        error_messages={
            "required": "Enter an email address – a request must give an address for the reply (FOIA s8(1)(b))",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
        widget=forms.EmailInput(attrs={**TEXT_INPUT, "autocomplete": "email", "spellcheck": "false"}),
    )
    address = forms.CharField(
        label="Postal address (optional)", required=False,
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3,
                                     "autocomplete": "street-address"}),
    )
    text = forms.CharField(
        label="What information do you want?",
        help_text="Describe the information, not a question to be answered. Dates and places help.",
        error_messages={"required": "Describe the information you want – a request must describe it (FOIA s8(1)(c))"},
        widget=forms.Textarea(attrs=TEXTAREA),
    )

    def __init__(self, *args: Any, authorities: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if authorities is not None:
            field = self.fields["authorities"]
            assert isinstance(field, forms.ModelMultipleChoiceField)
            field.queryset = authorities

    def clean_text(self) -> str:
        text: str = self.cleaned_data["text"].strip()
        if len(text) < 10:
            raise forms.ValidationError(
                "Describe the information you want in a sentence or more (FOIA s8(1)(c))"
            )
        return text


class ClarificationForm(forms.Form):
    text = forms.CharField(
        label="Your clarification",
        error_messages={"required": "Enter your clarification"},
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 6}),
    )


class ReviewForm(forms.Form):
    grounds = forms.CharField(
        label="Why should the response be reviewed?",
        help_text="Say what you disagree with: an exemption, information you think is held, the time taken.",
        error_messages={"required": "Say why you want the response reviewed"},
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 6}),
    )


class WithdrawForm(forms.Form):
    note = forms.CharField(
        label="Why are you withdrawing it? (optional)", required=False,
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3}),
    )
