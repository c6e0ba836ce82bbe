"""The reasoning a refusal notice must give for each exemption, exception or NCND provision.

FOIA s17(1): state the fact, specify the exemption, say why it applies; s17(3): the public
interest reasons for a qualified exemption (s17(3)(a) for NCND, (b) for withholding). EIR reg
14(3): the exception and the public interest factors. FOISA s16(1)-(2) and s18.
Every sentence names the provision or question concerned, so two refusals in one letter never
repeat each other word for word.
"""

from __future__ import annotations

from foidesk.text.letters.case import Claim, PublicInterest, Regime
from foidesk.text.letters.document import Block, Bullets, Heading, Paragraph
from foidesk.text.letters.provisions import Cited, cite_all
from foidesk.text.letters.wording import capitalise, join_words, spoken, spoken_in, terms


def title_in_text(title: str) -> str:
    """'Law enforcement' -> 'law enforcement'; 'FOIA ...' and proper nouns keep their capital."""
    if len(title) > 1 and title[1].islower() and not title.startswith(("Her ", "His ")):
        return title[0].lower() + title[1:]
    return title


def named(cited: list[Cited], regime: Regime) -> str:
    """'section 31(3) of FOIA (law enforcement)'; several: 'section 31(1)(a) (law enforcement)
    and section 40(2) (personal information) of FOIA'."""
    instrument = "the EIR" if regime is Regime.EIR else terms(regime).short
    if len(cited) == 1:
        return f"{spoken(cited[0].code)} of {instrument} ({title_in_text(cited[0].title)})"
    parts = [f"{spoken(c.code)} ({title_in_text(c.title)})" for c in cited]
    return f"{join_words(parts)} of {instrument}"


def harm_wording(regime: Regime, *, ncnd: bool) -> str:
    """The statutory harm test, in the regime's own words."""
    act = "confirming or denying whether we hold the information" if ncnd else "disclosure"
    if regime is Regime.EIR:
        return f"applies only where {act} would adversely affect the interests it protects"
    if regime is Regime.FOISA:
        return (
            f"applies only where {act} would, or would be likely to, prejudice substantially "
            "the interests it protects"
        )
    return f"applies only where {act} would, or would be likely to, prejudice the interests it protects"


def public_interest_blocks(
    pit: PublicInterest, *, regime: Regime, label: str, ncnd: bool, in_part: bool = False
) -> list[Block]:
    """FOIA s2 and s17(3); EIR reg 12(1)(b) and 12(2); FOISA s2(1)(b) and s16(2)."""
    blocks: list[Block] = [Heading(f"The public interest test for {label}", 4)]
    if regime is Regime.EIR:
        blocks.append(
            Paragraph(
                f"{capitalise(label)}, like every exception under the EIR, is subject to the "
                f"public interest test (regulation 12(1)(b)), and we must apply a presumption in "
                f"favour of disclosure (regulation 12(2)). We have therefore weighed the public "
                f"interest for {label}."
            )
        )
    elif regime is Regime.FOISA and ncnd:
        blocks.append(
            Paragraph(
                f"Under {label} we may decline to reveal whether the information exists or is "
                f"held only if revealing it would be contrary to the public interest. We have "
                f"therefore weighed the public interest for {label}."
            )
        )
    elif regime is Regime.FOISA:
        blocks.append(
            Paragraph(
                f"{capitalise(label)} is not an absolute exemption, so we have considered whether "
                f"the public interest in disclosing the information is outweighed by that in "
                f"maintaining the exemption (section 2(1)(b) of FOISA)."
            )
        )
    else:
        basis = "sections 2(1)(b) and 17(3)(a)" if ncnd else "sections 2(2)(b) and 17(3)(b)"
        # FOIA s2(3): some provisions (s40(2), s36) are absolute only in part; as relied on
        # here they are subject to the test, but calling them "qualified" would be wrong.
        kind = (
            ", as we rely on it here, is subject to the public interest test"
            if in_part
            else " is a qualified exemption"
        )
        blocks.append(
            Paragraph(
                f"{capitalise(label)}{kind}, so we have weighed the public interest as {basis} "
                f"of FOIA require."
            )
        )
    favour = "confirming or denying whether we hold the information" if ncnd else "disclosure"
    keeping = (
        "neither confirming nor denying"
        if ncnd
        else f"maintaining the {terms(regime).exemption}"
    )
    blocks += [
        Paragraph(f"Factors in favour of {favour} ({label}):"),
        Bullets(tuple(pit.for_disclosure)),
        Paragraph(f"Factors in favour of {keeping} ({label}):"),
        Bullets(tuple(pit.against_disclosure)),
        Paragraph(f"The balance for {label}: {pit.balance}"),
    ]
    if ncnd:
        conclusion = (
            f"For {label}, we have concluded that in all the circumstances the public interest in "
            f"maintaining the exclusion of the duty to confirm or deny outweighs the public "
            f"interest in disclosing whether we hold the information."
        )
        if regime is Regime.FOISA:
            conclusion = (
                f"For {label}, we have concluded that revealing whether the information exists "
                f"or is held would be contrary to the public interest."
            )
    else:
        conclusion = (
            f"For {label}, we have concluded that in all the circumstances the public interest in "
            f"maintaining the {terms(regime).exemption} outweighs the public interest in "
            f"disclosing the information."
        )
        if regime is Regime.FOISA:
            conclusion = (
                f"For {label}, we have concluded that the public interest in disclosing the "
                f"information is outweighed by that in maintaining the exemption."
            )
    blocks.append(Paragraph(conclusion))
    return blocks


def withholding_blocks(claim: Claim, *, regime: Regime, question: str) -> list[Block]:
    """A withheld-information claim (FOIA s17(1)(b)-(c), s17(3)(b); EIR reg 14(3))."""
    cited = cite_all(regime, claim.provisions)
    label = join_words([spoken(c.code) for c in cited])
    word = terms(regime).exemption
    plural = f"{word}s" if len(cited) > 1 else word
    blocks: list[Block] = [
        Paragraph(
            f"For {question}, we rely on the {plural} in {named(cited, regime)}."
        ),
        Heading(f"Why {label} applies to {question}", 4),
        Paragraph(claim.reason),
    ]
    if claim.harm is not None:
        prejudice = [c for c in cited if c.test == "prejudice"]
        heading = f"The harm disclosure would cause ({label})"
        lead = ""
        if prejudice:
            lead = f"{capitalise(spoken(prejudice[0].code))} {harm_wording(regime, ncnd=False)}. "
        blocks += [Heading(heading, 4), Paragraph(lead + claim.harm)]
    if claim.public_interest is not None:
        blocks += public_interest_blocks(
            claim.public_interest,
            regime=regime,
            label=label,
            ncnd=False,
            in_part=not any(c.status == "qualified" for c in cited),
        )
    else:
        absolute = [spoken(c.code) for c in cited if c.status == "absolute"]
        if absolute and regime is not Regime.EIR:
            verb = "are absolute exemptions" if len(absolute) > 1 else "is an absolute exemption"
            blocks.append(Paragraph(f"{capitalise(join_words(absolute))} {verb}."))
    return blocks


def ncnd_blocks(claim: Claim, *, regime: Regime, question: str) -> list[Block]:
    """Neither confirm nor deny: FOIA s17(1) naming the NCND subsection (e.g. s31(3)) and
    s17(3)(a); EIR reg 12(6); FOISA s18(1)."""
    cited = cite_all(regime, claim.provisions)
    engaged = cite_all(regime, claim.engaged)
    label = join_words([spoken(c.code) for c in cited])
    blocks: list[Block] = []
    if regime is Regime.FOISA:
        blocks.append(
            Paragraph(
                f"In terms of {spoken_in(cited[0].code, regime)}, we neither confirm nor deny "
                f"whether we hold information within the scope of {question}. If the information "
                f"existed and were held, it would be exempt under {named(engaged, regime)}, and we "
                f"consider that revealing whether it exists or is held would be contrary to the "
                f"public interest."
            )
        )
    elif regime is Regime.EIR:
        blocks.append(
            Paragraph(
                f"We neither confirm nor deny whether we hold information within the scope of "
                f"{question}. We rely on {named(cited, regime)}: confirming or denying would "
                f"involve disclosing information that would adversely affect the interests in "
                f"{join_words([spoken(c.code) for c in engaged]) or 'regulation 12(5)(a)'}."
            )
        )
    else:
        because = ""
        if engaged:
            because = (
                f" Confirming or denying would engage the interests protected by "
                f"{join_words([spoken(c.code) for c in engaged])}."
            )
        blocks.append(
            Paragraph(
                f"We neither confirm nor deny whether we hold information within the scope of "
                f"{question}. The duty to confirm or deny in section 1(1)(a) of FOIA does not "
                f"apply, because we rely on {named(cited, regime)}.{because}"
            )
        )
    blocks += [Heading(f"Why {label} applies to {question}", 4), Paragraph(claim.reason)]
    if claim.harm is not None:
        prejudice = [c for c in [*cited, *engaged] if c.test == "prejudice"]
        lead = ""
        if prejudice:
            # FOISA s18(1) asks whether the information, if it existed, would be exempt: the
            # harm test is the exemption's own, about disclosure.
            wording = harm_wording(regime, ncnd=regime is not Regime.FOISA)
            lead = f"{capitalise(spoken(prejudice[0].code))} {wording}. "
        blocks += [Heading(f"The harm in confirming or denying ({label})", 4),
                   Paragraph(lead + claim.harm)]
    absolute = [spoken(c.code) for c in cited if c.status == "absolute"]
    if claim.public_interest is None and absolute and regime is Regime.FOIA:
        verb = "are absolute exemptions" if len(absolute) > 1 else "is an absolute exemption"
        blocks.append(Paragraph(f"{capitalise(join_words(absolute))} {verb}."))
    if claim.public_interest is not None:
        blocks += public_interest_blocks(
            claim.public_interest,
            regime=regime,
            label=label,
            ncnd=True,
            in_part=not any(c.status == "qualified" for c in [*cited, *engaged]),
        )
    blocks.append(
        Paragraph(
            f"Our reliance on {label} for {question} should not be taken as an indication "
            f"that the information you asked for is, or is not, held."
        )
    )
    return blocks
