"""CASE.json: the structured facts a letter is composed from (validated with pydantic v2).

One model covers every letter kind; the block a kind needs (``cost`` for a s12 refusal,
``extension`` for a public-interest extension, ...) is checked by `LetterCase.require_blocks`.
Legal checks that need the exemption catalogue (is this provision absolute? is it an NCND
provision?) live in `foidesk.text.letters.validation`, so this module stays plain data.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

# Characters Word's XML and PDF text cannot carry (C0 controls other than tab and newline).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """Paragraph text: newlines kept (they separate paragraphs), control characters dropped."""
    return CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()


def clean_line(value: str) -> str:
    """One line: any line break becomes a space."""
    return " ".join(CONTROL.sub("", value).split())


def not_blank(value: str) -> str:
    if not value:
        raise ValueError("must not be blank")
    return value


Text = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100_000),
    AfterValidator(clean_text),
    AfterValidator(not_blank),
]
RequestText = Annotated[str, StringConstraints(max_length=1_000_000), AfterValidator(clean_text)]
Line = Annotated[
    str,
    StringConstraints(min_length=1, max_length=300),
    AfterValidator(clean_line),
    AfterValidator(not_blank),
]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class Regime(StrEnum):
    FOIA = "foia"
    EIR = "eir"
    FOISA = "foisa"


class LetterKind(StrEnum):
    """Every letter the three regimes require an authority to send."""

    RESPONSE = "response"  # FOIA s1/s17, EIR reg 5/14, FOISA s1/s16/s17
    ACKNOWLEDGEMENT = "acknowledgement"
    CLARIFICATION = "clarification"  # FOIA s1(3), EIR reg 9(2), FOISA s1(3)
    FEES_NOTICE = "fees_notice"  # FOIA s9, EIR reg 8, FOISA s9
    PIT_EXTENSION = "pit_extension"  # FOIA s17(2) with s10(3)
    EIR_EXTENSION = "eir_extension"  # EIR reg 7(1) and 7(3)
    INTERNAL_REVIEW = "internal_review"  # FOIA s45 Code, EIR reg 11(4), FOISA s21
    INVALID_REQUEST = "invalid_request"  # FOIA s8, FOISA s8
    REFUSAL = "refusal"  # FOIA s17(5): s12 or s14 for the whole request


class Outcome(StrEnum):
    DISCLOSED = "disclosed"
    PARTIALLY_DISCLOSED = "partially_disclosed"
    NOT_HELD = "not_held"
    EXEMPT = "exempt"
    NCND = "ncnd"
    COST_LIMIT = "cost_limit"
    VEXATIOUS = "vexatious"
    REASONABLY_ACCESSIBLE = "reasonably_accessible"
    CLARIFICATION = "clarification"
    NOT_APPLICABLE = "not_applicable"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


class Contact(Strict):
    """Where the requester writes (the FOI team, or the reviewer)."""

    name: Line | None = Field(default=None, description="Team or officer, e.g. 'Information Governance Team'")
    address: list[Line] = Field(default_factory=list, description="Postal address, one line each")
    email: Line | None = None
    phone: Line | None = None


class Authority(Strict):
    name: Line = Field(description="The public authority's full name")
    address: list[Line] = Field(default_factory=list, description="Postal address lines")
    email: Line | None = Field(default=None, description="FOI contact email")
    phone: Line | None = Field(default=None, description="FOI contact telephone")
    website: Line | None = None
    review: Contact | None = Field(
        default=None, description="Who conducts internal reviews, if not the FOI contact"
    )
    colour: Colour | None = Field(default=None, description="Branding colour for headings, '#RRGGBB'")
    cost_limit: Literal[450, 600] | None = Field(
        default=None,
        description=(
            "FOIA appropriate limit in pounds: 600 for FOIA Schedule 1 Part I bodies, 450 for "
            "others (Fees Regulations 2004 reg 3); FOISA is always 600 (SSI 2004/467 reg 5)"
        ),
    )


class Requester(Strict):
    name: Line
    address: list[Line] = Field(default_factory=list)
    email: Line | None = None

    @model_validator(mode="after")
    def has_an_address(self) -> Requester:
        """FOIA s8(1)(b): a request gives an address for correspondence (email will do)."""
        if not self.address and not self.email:
            raise ValueError("requester needs an address or an email for correspondence")
        return self


class Signatory(Strict):
    name: Line
    role: Line | None = None


class Dates(Strict):
    received: dt.date = Field(description="Date of receipt (FOIA s10(6)) of the request")
    letter: dt.date = Field(description="Date of this letter (the date it is sent)")
    due: dt.date | None = Field(
        default=None, description="Statutory due date; computed from `received` when omitted"
    )
    clarification_received: dt.date | None = Field(
        default=None, description="When the clarification arrived: the new date of receipt (s10(6)(b))"
    )

    @model_validator(mode="after")
    def letter_not_before_receipt(self) -> Dates:
        if self.letter < self.received:
            raise ValueError("dates.letter is before dates.received")
        if self.due is not None and self.due <= self.received:
            raise ValueError("dates.due must be after dates.received")
        if self.clarification_received is not None and self.clarification_received < self.received:
            raise ValueError("dates.clarification_received is before dates.received")
        return self


class PublicInterest(Strict):
    """FOIA s2(1)(b)/(2)(b) and s17(3); EIR reg 12(1)(b); FOISA s2(1)(b) and s16(2)."""

    for_disclosure: list[Text] = Field(
        min_length=1, max_length=50, description="Factors favouring disclosure"
    )
    against_disclosure: list[Text] = Field(
        min_length=1, max_length=50, description="Factors favouring maintaining the exemption"
    )
    balance: Text = Field(description="Why the balance falls where it does")


PROVISION_PATTERN = r"^(s|reg ?|section |regulation )?\d+[A-Z]?( ?\(\w+\))*$"
ProvisionCode = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern=PROVISION_PATTERN, max_length=40)
]


class Claim(Strict):
    """One reliance on exemptions/exceptions (or on NCND provisions) with its reasoning."""

    provisions: list[ProvisionCode] = Field(
        min_length=1,
        max_length=20,
        description="Provision codes as in the law catalogue, e.g. 's31(1)(a)', 'reg 12(5)(b)'",
    )
    reason: Text = Field(description="Why the provision applies (FOIA s17(1)(c))")
    harm: Text | None = Field(
        default=None, description="The prejudice or adverse effect; required for prejudice-based ones"
    )
    public_interest: PublicInterest | None = Field(
        default=None, description="Required for qualified provisions; not allowed for absolute ones"
    )
    engaged: list[ProvisionCode] = Field(
        default_factory=list,
        description="For NCND: the exemption whose interests confirming would harm, e.g. 's31(1)(a)'",
    )


class CostEstimate(Strict):
    """FOIA s12 with the Fees Regulations 2004 reg 4; FOISA s12 with SSI 2004/467."""

    hours: float = Field(gt=0, le=100_000, description="Estimated staff hours")
    records: int | None = Field(default=None, ge=0, description="How many records would need searching")
    basis: Text = Field(description="How the estimate was made (activities, sampling)")
    advice: Text = Field(description="How the request could be narrowed to fall within the limit")


class Advice(Strict):
    """FOIA s16 / EIR reg 9 / FOISA s15: advice and assistance, e.g. who may hold it."""

    text: Text
    who_may_hold: Line | None = Field(default=None, description="Another body that may hold it")
    contact: Line | None = None


class Question(Strict):
    id: Line
    label: Line | None = Field(default=None, description="The requester's numbering, e.g. '5(b)(i)'")
    text: Text
    parent: Line | None = None
    condition: Line | None = Field(default=None, description="E.g. 'if yes'")
    outcome: Outcome | None = Field(
        default=None, description="Required in 'response' and 'internal_review' letters"
    )
    answer: Text | None = Field(default=None, description="Disclosed text, or a note on the answer")
    attachments: list[Line] = Field(default_factory=list, description="Files released")
    exemptions: list[Claim] = Field(default_factory=list)
    ncnd: Claim | None = None
    cost: CostEstimate | None = None
    advice: Advice | None = None
    where: Text | None = Field(
        default=None, description="Where reasonably accessible information is (FOIA s21, FOISA s25)"
    )


class Clarification(Strict):
    """FOIA s1(3), EIR reg 9(2), FOISA s1(3): what further information is needed."""

    needed: list[Text] = Field(min_length=1, max_length=50)
    help: Text | None = Field(default=None, description="Suggestions that help the requester reply")


class FeeItem(Strict):
    description: Line
    amount: float = Field(ge=0, le=1_000_000)


class Fees(Strict):
    """FOIA s9 with Fees Regulations reg 6; EIR reg 8; FOISA s9."""

    items: list[FeeItem] = Field(min_length=1, max_length=100)
    how_to_pay: Text


class Extension(Strict):
    """FOIA s17(2) public-interest extension, or EIR reg 7 complexity-and-volume extension."""

    new_date: dt.date = Field(description="Estimated date of the decision / extended deadline")
    reason: Text = Field(description="Why the extension is needed (and, FOIA, why the exemptions apply)")
    harm: Text | None = Field(default=None, description="FOIA: the prejudice, for prejudice-based exemptions")
    provisions: list[ProvisionCode] = Field(
        default_factory=list, description="FOIA: the qualified exemptions being considered"
    )


class MissingPart(StrEnum):
    WRITING = "writing"
    NAME = "name"
    ADDRESS = "address"
    DESCRIPTION = "description"


class Invalid(Strict):
    """FOIA s8(1) / FOISA s8(1): what a valid request must contain."""

    missing: list[MissingPart] = Field(min_length=1)
    detail: Text | None = None


class RefusalBasis(StrEnum):
    COST = "cost"  # FOIA s12(1), FOISA s12(1)
    VEXATIOUS = "vexatious"  # FOIA s14(1), FOISA s14(1)
    REPEATED = "repeated"  # FOIA s14(2), FOISA s14(2)
    MANIFESTLY_UNREASONABLE = "manifestly_unreasonable"  # EIR reg 12(4)(b)


class Refusal(Strict):
    basis: RefusalBasis
    reason: Text
    previous_reference: Line | None = Field(default=None, description="For a repeated request")
    cost: CostEstimate | None = Field(default=None, description="For a refusal on cost")
    public_interest: PublicInterest | None = Field(default=None, description="EIR reg 12(1)(b) only")


class ReviewResult(StrEnum):
    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    OVERTURNED = "overturned"


class Review(Strict):
    requested: dt.date
    reviewer: Line
    result: ReviewResult
    grounds: Text = Field(description="The requester's grounds for review")
    findings: Text = Field(description="What the reviewer found")
    original_date: dt.date | None = Field(default=None, description="Date of the original response")


def available_kinds(regime: Regime) -> list[LetterKind]:
    """The letters a regime has: a public-interest extension only under FOIA (s10(3)); a
    complexity extension only under the EIR (reg 7); no invalid-request letter under the EIR,
    which set no form for a request."""
    excluded = {
        Regime.FOIA: {LetterKind.EIR_EXTENSION},
        Regime.EIR: {LetterKind.PIT_EXTENSION, LetterKind.INVALID_REQUEST},
        Regime.FOISA: {LetterKind.PIT_EXTENSION, LetterKind.EIR_EXTENSION},
    }[regime]
    return [kind for kind in LetterKind if kind not in excluded]


KIND_BLOCKS: dict[LetterKind, str] = {
    LetterKind.CLARIFICATION: "clarification",
    LetterKind.FEES_NOTICE: "fees",
    LetterKind.PIT_EXTENSION: "extension",
    LetterKind.EIR_EXTENSION: "extension",
    LetterKind.INVALID_REQUEST: "invalid",
    LetterKind.REFUSAL: "refusal",
    LetterKind.INTERNAL_REVIEW: "review",
}


class LetterCase(Strict):
    """Everything one letter needs. `kind` chooses the letter; see the README for the schema."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        frozen=True,
        json_schema_extra={"$id": "https://foidesk.example.org/schema/letter-case.json"},
    )

    kind: LetterKind
    regime: Regime
    authority: Authority
    requester: Requester
    reference: Line
    subject: Line | None = Field(default=None, description="Short title of the request")
    dates: Dates
    signatory: Signatory | None = None
    request_text: RequestText | None = Field(default=None, description="The request as received (quoted)")
    questions: list[Question] = Field(default_factory=list, max_length=500)
    clarification: Clarification | None = None
    fees: Fees | None = None
    extension: Extension | None = None
    invalid: Invalid | None = None
    refusal: Refusal | None = None
    review: Review | None = None

    @model_validator(mode="after")
    def require_blocks(self) -> LetterCase:
        block = KIND_BLOCKS.get(self.kind)
        if block is not None and getattr(self, block) is None:
            raise ValueError(f"a '{self.kind.value}' letter needs the '{block}' block")
        if self.kind in (LetterKind.RESPONSE, LetterKind.INTERNAL_REVIEW):
            if not self.questions:
                raise ValueError(f"a '{self.kind.value}' letter needs at least one question")
            for question in self.questions:
                if question.outcome is None:
                    raise ValueError(
                        f"question {question.id}: a '{self.kind.value}' letter needs its outcome"
                    )
        ids = [q.id for q in self.questions]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"question ids must be unique: {', '.join(duplicates)}")
        seen: set[str] = set()
        for question in self.questions:
            if question.parent is not None and question.parent not in seen:
                where = "not found" if question.parent not in ids else "must come before it"
                raise ValueError(f"question {question.id}: parent {question.parent!r} {where}")
            seen.add(question.id)
        return self


def label_of(question: Question) -> str:
    """The requester's numbering if any, else the question's position-free id."""
    return question.label or question.id

