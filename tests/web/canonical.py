"""The canonical case's answers (the OPCC Cleveland facial recognition funding request), as an
officer would record them. Shared by the service, page and email tests."""

from __future__ import annotations

from foidesk.cases.models import Outcome
from foidesk.cases.services.answers import AnswerDraft

HARM = (
    "Release under FOIA is a disclosure to the world. To confirm or deny whether information is "
    "held about the use of facial recognition technology could reveal changes in operational "
    "capability within the Cleveland Police force area."
)
PIT_FOR = (
    "Release would give insight into the Police Service and help the public understand how it "
    "responds to operational needs.\n\nIt would show transparency in the delivery of law "
    "enforcement."
)
PIT_AGAINST = (
    "Information about facial recognition technology could give the criminal fraternity "
    "intelligence to hinder law enforcement.\n\nOffenders could build a mosaic of capability "
    "and vulnerability within the force boundaries."
)
BALANCE = (
    "There is a public interest in transparency, but a very strong public interest in "
    "safeguarding the integrity of law enforcement. The balance favours neither confirming nor "
    "denying."
)

REASON = (
    "Confirming or denying that the information is held would be likely to prejudice the "
    "prevention or detection of crime, the apprehension or prosecution of offenders and the "
    "administration of justice."
)

NCND = AnswerDraft(
    outcome=Outcome.NCND, provisions=["s31(1)(a)", "s31(1)(b)", "s31(1)(c)"],
    ncnd_provision="s31(3)", reason=REASON, harm=HARM, pit_for=PIT_FOR, pit_against=PIT_AGAINST,
    pit_balance=BALANCE,
)

ANSWERS: dict[str, AnswerDraft] = {
    "q1": AnswerDraft(outcome=Outcome.DISCLOSED, disclosed_text=(
        "The Police Science, Technology, Analysis and Research (STAR) Board sought applications "
        "from UK police forces for innovative projects. Forces submitted a bid against the Home "
        "Office prospectus, which has five priorities.")),
    "q2": AnswerDraft(outcome=Outcome.DISCLOSED, disclosed_text=(
        "The funding is part of the Police STAR Board run by the Home Office.")),
    "q2.1": AnswerDraft(outcome=Outcome.DISCLOSED, disclosed_text=(
        "Priority A: combatting violence against women and girls. Priority B: serious violence. "
        "Priority C: drug offences. Priority D: frontline policing through science and "
        "technology. Priority E: prevention of crime.")),
    "q3": AnswerDraft(outcome=Outcome.NOT_HELD, advice=(
        "The Home Office may hold this information; you may wish to ask it.")),
    "q4": AnswerDraft(outcome=Outcome.DISCLOSED, disclosed_text=(
        "A total of up to £4.8m from the 2021/22 Police Settlement Fund was available.")),
}


def answer_for(parse_id: str) -> AnswerDraft:
    """Q5 and everything under it: neither confirm nor deny under s31(3)."""
    return ANSWERS.get(parse_id, NCND)
