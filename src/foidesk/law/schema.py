"""The typed schema of the regime data files (`foidesk/law/data/*.yaml`).

Each file is validated on load, so a typo in the law data (an unknown status, a missing NCND
field, a provision cited in the wrong form) stops the program at once instead of producing a wrong
deadline or a wrong refusal letter later.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Nation = Literal["ENG", "WLS", "SCT", "NIR"]
Status = Literal["absolute", "qualified", "absolute_in_part"]
Test = Literal["class", "prejudice", "other"]
Verification = Literal["verified", "secondary", "partial", "decided"]

# Canonical short forms: "s31", "s22A", "s40(5B)(a)", "reg12(4)(a)", "reg13(5A)".
CANONICAL = re.compile(r"^(s|reg)\d+[A-Z]?(\([0-9A-Za-z]+\))*$")


def _canonical(value: str) -> str:
    if not CANONICAL.match(value):
        raise ValueError(f"{value!r} is not a canonical citation such as 's31(3)' or 'reg12(6)'")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PartData(_Strict):
    """A subsection of an entry whose status, test or NCND differs from the whole."""

    subsection: str
    status: Status | None = None
    test: Test | None = None
    ncnd: bool | None = None
    condition: str | None = None
    note: str | None = None

    _check = field_validator("subsection")(_canonical)


class ProvisionData(_Strict):
    """One exemption or exception as written in the data file."""

    code: str
    title: str
    status: Status
    test: Test
    test_detail: str
    ncnd: str | None
    ncnd_provisions: list[str] = Field(default_factory=list)
    legacy_ncnd: list[str] = Field(default_factory=list)
    ncnd_note: str | None = None
    aliases: list[str] = Field(default_factory=list)
    absolute_condition: str | None = None
    parts: list[PartData] = Field(default_factory=list)
    emissions_override: bool = False
    notes: str | None = None
    verification: Verification = "verified"
    explanation: str

    @field_validator("code")
    @classmethod
    def _code_is_canonical(cls, value: str) -> str:
        return _canonical(value)

    @field_validator("ncnd_provisions", "legacy_ncnd", "aliases")
    @classmethod
    def _all_canonical(cls, values: list[str]) -> list[str]:
        return [_canonical(v) for v in values]

    @field_validator("explanation")
    @classmethod
    def _two_lines_for_officers(cls, value: str) -> str:
        sentences = [s for s in re.split(r"(?<=\.)\s+", value.strip()) if s]
        if len(sentences) != 2 or not value.strip().endswith(".") or len(value) > 260:
            raise ValueError("an officer explanation is two short sentences (at most 260 characters)")
        return value.strip()

    @model_validator(mode="after")
    def _status_matches_parts(self) -> ProvisionData:
        if self.ncnd is not None:
            _canonical(self.ncnd)
        if self.status == "absolute_in_part" and not self.absolute_condition:
            raise ValueError(f"{self.code}: absolute_in_part needs an absolute_condition")
        if self.status != "absolute_in_part" and self.absolute_condition:
            raise ValueError(f"{self.code}: absolute_condition given for a {self.status} entry")
        if self.ncnd_provisions and self.ncnd not in self.ncnd_provisions:
            raise ValueError(f"{self.code}: ncnd must be one of ncnd_provisions")
        return self


class WorkingDayData(_Strict):
    provision: str
    text: str
    nations: list[Nation]
    always_excluded: list[Literal["christmas_day", "good_friday"]]
    verification: Verification


class ResponseData(_Strict):
    working_days: int = Field(gt=0)
    provision: str
    rule: str
    receipt_provision: str
    verification: Verification


class ClarificationData(_Strict):
    provision: str
    clock_provision: str
    rule: str
    verification: Verification


class FeesData(_Strict):
    notice_provision: str
    pause_provision: str
    rule: str
    payment_window_months: int | None = None
    payment_window_working_days: int | None = None
    payment_window_provision: str
    verification: Verification

    @model_validator(mode="after")
    def _one_window(self) -> FeesData:
        if (self.payment_window_months is None) == (self.payment_window_working_days is None):
            raise ValueError("a fees rule states its payment window in months or in working days")
        return self


class ExtensionData(_Strict):
    kind: Literal["public_interest", "complexity_volume", "none"]
    provision: str
    rule: str
    max_additional_working_days: int | None = Field(ge=0)
    guidance_additional_working_days: int | None
    guidance: str | None
    notice_provision: str | None
    notice_working_days: int | None
    verification: Verification


class ReviewData(_Strict):
    statutory: bool
    provision: str
    working_days: int = Field(gt=0)
    latest_working_days: int = Field(gt=0)
    request_window_working_days: int = Field(gt=0)
    rule: str
    verification: Verification

    @model_validator(mode="after")
    def _latest_not_before_target(self) -> ReviewData:
        if self.latest_working_days < self.working_days:
            raise ValueError("the latest review day cannot come before the target day")
        return self


class OtherNcndData(_Strict):
    provision: str
    note: str

    _check = field_validator("provision")(_canonical)


class RegimeData(_Strict):
    """A whole regime file: FOIA, EIR or FOISA."""

    regime: Literal["foia", "eir", "foisa"]
    name: str
    short_name: str
    citation: str
    url: str
    applies_to: str
    working_day: WorkingDayData
    response: ResponseData
    clarification: ClarificationData
    fees: FeesData
    extension: ExtensionData
    review: ReviewData
    other_ncnd: list[OtherNcndData]
    exemptions: list[ProvisionData]

    @model_validator(mode="after")
    def _codes_unique(self) -> RegimeData:
        codes = [p.code for p in self.exemptions]
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise ValueError(f"duplicate exemption codes: {', '.join(duplicates)}")
        prefix = "reg" if self.regime == "eir" else "s"
        wrong = [c for c in codes if not re.match(rf"^{prefix}\d", c)]
        if wrong:
            raise ValueError(f"codes in the wrong form for {self.regime}: {', '.join(wrong)}")
        return self
