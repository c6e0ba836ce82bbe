"""The three regimes, loaded from the data files that ship inside the package."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from foidesk.law.schema import RegimeData

REGIMES: tuple[str, ...] = ("foia", "eir", "foisa")


class UnknownRegimeError(KeyError):
    """Raised for a regime other than foia, eir or foisa."""

    def __str__(self) -> str:
        return f"unknown regime {self.args[0]!r}: choose one of {', '.join(REGIMES)}"


def normalise_regime(regime: str) -> str:
    """Accept 'FOIA', ' eir ' and the like; refuse anything else."""
    key = regime.strip().lower()
    if key not in REGIMES:
        raise UnknownRegimeError(regime)
    return key


@cache
def regime_data(regime: str) -> RegimeData:
    """The validated data for one regime (read once per process)."""
    key = normalise_regime(regime)
    text = resources.files("foidesk.law").joinpath("data", f"{key}.yaml").read_text("utf-8")
    data = RegimeData.model_validate(yaml.safe_load(text))
    if data.regime != key:
        raise ValueError(f"data/{key}.yaml declares regime {data.regime!r}")
    return data
