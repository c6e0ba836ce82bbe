"""The regime data files are validated on load: a mistake in the law data fails loudly."""

from importlib import resources

import pytest
import yaml
from pydantic import ValidationError

from foidesk.law.regimes import REGIMES, UnknownRegimeError, normalise_regime, regime_data
from foidesk.law.schema import RegimeData


def raw(regime):
    text = resources.files("foidesk.law").joinpath("data", f"{regime}.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@pytest.mark.parametrize(
    ("regime", "working_day", "nations", "limit", "review", "review_latest"),
    [
        ("foia", "s10(6)", ["ENG", "WLS", "SCT", "NIR"], 20, 20, 40),
        ("eir", "reg 2(1)", ["ENG", "WLS", "SCT", "NIR"], 20, 40, 40),
        ("foisa", "s73", ["SCT"], 20, 20, 20),
    ],
)
def test_each_regime_states_its_clock(regime, working_day, nations, limit, review, review_latest):
    """FOIA s10(1),(6) and s45 Code; EIR reg 2(1), 5(2), 11(4); FOISA s10(1), s21(1), s73."""
    data = regime_data(regime)
    assert data.working_day.provision == working_day
    assert data.working_day.nations == nations
    assert data.response.working_days == limit
    assert (data.review.working_days, data.review.latest_working_days) == (review, review_latest)


def test_extensions_per_regime():
    """FOIA s10(3) no statutory cap; EIR reg 7(1) to 40; FOISA none."""
    assert regime_data("foia").extension.max_additional_working_days is None
    assert regime_data("eir").extension.max_additional_working_days == 20
    assert regime_data("foisa").extension.kind == "none"


def test_good_friday_is_named_by_foia_but_not_by_foisa():
    """FOIA s10(6) names Good Friday; FOISA s73 reaches it only as a Scottish bank holiday."""
    assert "good_friday" in regime_data("foia").working_day.always_excluded
    assert "good_friday" not in regime_data("foisa").working_day.always_excluded


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["exemptions"][0].update(status="sometimes"), "status"),
        (lambda d: d["exemptions"][0].pop("explanation"), "explanation"),
        (lambda d: d["exemptions"][1].update(ncnd="section 22 (2)"), "canonical"),
        (lambda d: d["exemptions"][0].update(colour="red"), "colour"),
        (lambda d: d["exemptions"].append(dict(d["exemptions"][0])), "duplicate"),
        (lambda d: d["exemptions"][15].pop("absolute_condition"), "absolute_condition"),
        (lambda d: d["response"].update(working_days=0), "working_days"),
        (lambda d: d["exemptions"][0].update(explanation="Too long. " * 40), "two short"),
        (lambda d: d["exemptions"][0].update(explanation="Only one sentence here."), "two short"),
        (lambda d: d["working_day"].update(nations=["ENG", "XYZ"]), "nations"),
    ],
)
def test_a_broken_data_file_is_refused(change, message):
    data = raw("foia")
    change(data)
    with pytest.raises(ValidationError, match=message):
        RegimeData.model_validate(data)


def test_the_shipped_files_validate():
    for regime in REGIMES:
        assert RegimeData.model_validate(raw(regime)).regime == regime


def test_regime_names_are_normalised_and_unknown_ones_refused():
    assert normalise_regime(" FOIA ") == "foia"
    with pytest.raises(UnknownRegimeError, match="unknown regime 'gdpr'"):
        normalise_regime("gdpr")
