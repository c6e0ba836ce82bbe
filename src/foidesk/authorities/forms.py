"""Authority administration forms."""

from __future__ import annotations

from django import forms

from .models import CalendarAction, Role


class MemberForm(forms.Form):
    email = forms.EmailField(label="Email address",
                             error_messages={"required": "Enter the person's email address"},
                             widget=forms.EmailInput(attrs={"class": "govuk-input"}))
    full_name = forms.CharField(label="Full name", required=False,
                                widget=forms.TextInput(attrs={"class": "govuk-input"}))
    role = forms.ChoiceField(label="Role", choices=Role.choices)


class RetentionForm(forms.Form):
    retention_days = forms.IntegerField(
        label="Keep requester details for (days after closing)", min_value=30, max_value=3650,
        widget=forms.NumberInput(attrs={"class": "govuk-input govuk-input--width-5"}))


class CalendarOverrideForm(forms.Form):
    day = forms.DateField(label="Date (YYYY-MM-DD)",
                          widget=forms.DateInput(attrs={"type": "date", "class": "govuk-input govuk-input--width-10"}))
    action = forms.ChoiceField(label="Change", choices=CalendarAction.choices,
                               widget=forms.RadioSelect)
    reason = forms.CharField(label="Source or reason", max_length=200,
                             widget=forms.TextInput(attrs={"class": "govuk-input"}))


class DetailsForm(forms.Form):
    colour = forms.CharField(label="Brand colour (#rrggbb)", max_length=7,
                             widget=forms.TextInput(attrs={"class": "govuk-input govuk-input--width-5"}))
    logo = forms.FileField(label="Logo (SVG or PNG)", required=False,
                           widget=forms.ClearableFileInput(attrs={"class": "govuk-file-upload"}))
    foi_email = forms.EmailField(label="FOI contact email", required=False,
                                 widget=forms.EmailInput(attrs={"class": "govuk-input"}))
    foi_phone = forms.CharField(label="FOI contact phone", required=False,
                                widget=forms.TextInput(attrs={"class": "govuk-input govuk-input--width-20"}))
    foi_address = forms.CharField(label="FOI postal address", required=False,
                                  widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 4}))
    website = forms.URLField(label="Website", required=False, assume_scheme="https",
                             widget=forms.URLInput(attrs={"class": "govuk-input"}))
