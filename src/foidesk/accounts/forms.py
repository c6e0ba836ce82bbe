"""Sign-in forms. Error messages follow the GOV.UK Design System's wording."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import authenticate
from django.http import HttpRequest


class PasswordSignInForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
        widget=forms.EmailInput(attrs={"class": "govuk-input", "autocomplete": "email",
                                       "spellcheck": "false"}),
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        error_messages={"required": "Enter your password"},
        widget=forms.PasswordInput(attrs={"class": "govuk-input", "autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.request = request
        self.user: Any = None

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("email") and data.get("password"):
            self.user = authenticate(self.request, email=data["email"], password=data["password"])
            if self.user is None:
                raise forms.ValidationError("Enter a correct email address and password")
        return data


class MagicLinkForm(forms.Form):
    email = forms.EmailField(
        label="Email address",
        help_text="We will email you a link to sign in. It works once, for 30 minutes.",
        error_messages={
            "required": "Enter your email address",
            "invalid": "Enter an email address in the correct format, like name@example.org",
        },
        widget=forms.EmailInput(attrs={"class": "govuk-input", "autocomplete": "email",
                                       "spellcheck": "false"}),
    )
