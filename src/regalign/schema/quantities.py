"""Typed parameters of a provision: thresholds, deadlines, periods, fine amounts.

A quantity is a number with a unit and a comparator ("at least 10^25 FLOP", "within 15 days").
Which units fit which kind is fixed here, so that validation and comparison agree. Penalty
ceilings live in a provision's ``sanctions``; :func:`sanction_quantities` derives them as
quantities, so that a fine is written once.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Protocol

from pydantic import Field, StrictFloat, StrictInt

from regalign.schema.base import Date, StrictModel, Text, Url
from regalign.schema.vocab import Comparator, Evidence, QuantityKind

CURRENCY = "currency"  # stands for any ISO 4217 code in UNITS
DURATION_UNITS = ("hours", "days", "working-days", "months", "years")
# Days per unit when durations are compared. A working day is 7/5 of a calendar day: five working
# days make a week. This ignores public holidays, which differ by country and year.
DAYS_PER_UNIT = {
    "hours": 1 / 24,
    "days": 1.0,
    "working-days": 7 / 5,
    "months": 30.4375,
    "years": 365.25,
}
MEASURE_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$"
UNITS: dict[QuantityKind, tuple[str, ...]] = {
    QuantityKind.COMPUTE_THRESHOLD: ("FLOP",),
    QuantityKind.FINE_CEILING: (CURRENCY,),
    QuantityKind.FINE_AMOUNT: (CURRENCY,),
    QuantityKind.TURNOVER_SHARE: ("percent",),
    QuantityKind.DEADLINE: DURATION_UNITS,
    QuantityKind.USER_THRESHOLD: ("users",),
    QuantityKind.REVENUE_THRESHOLD: (CURRENCY,),
    QuantityKind.RETENTION_PERIOD: DURATION_UNITS,
    QuantityKind.REVIEW_PERIOD: DURATION_UNITS,
    QuantityKind.TRANSITION_PERIOD: DURATION_UNITS,
    QuantityKind.VALIDITY_PERIOD: DURATION_UNITS,
}
# Kinds that only the 'sanctions' field may carry.
DERIVED_KINDS = (QuantityKind.FINE_CEILING, QuantityKind.TURNOVER_SHARE)
FALLBACK_MEASURE = "fine-ceiling.no-turnover-fallback"  # the measure key of a fallback amount
# Upper bounds past which a value is impossible rather than merely large.
MAX_DURATION_YEARS = 200


class Quantity(StrictModel):
    """A number a provision states: a threshold, a deadline, a period or a scheduled fine."""

    kind: QuantityKind = Field(description="What the number is.")
    value: StrictInt | StrictFloat = Field(
        description="The number, in the unit given. Write large numbers as 1.0e+25 (a float in YAML 1.1 and 1.2)."
    )
    unit: str = Field(
        pattern=r"^(?:[A-Z]{3}|FLOP|percent|users|hours|days|working-days|months|years)$",
        description="FLOP, an ISO 4217 currency code, percent, users, hours, days, working-days, months "
        "or years; which units fit which kind is listed in docs/data-model.md.",
    )
    comparator: Comparator = Field(
        description="How the number bounds what it measures, e.g. 'at-least'."
    )
    measures: Text = Field(
        description="What is measured, in a few words, e.g. 'cumulative training compute'."
    )
    measure: str | None = Field(
        None,
        pattern=MEASURE_PATTERN,
        description="Key of what is measured, shared across instruments so that like is compared with "
        "like: two quantities are compared only when kind and measure are the same, e.g. "
        "'incident-report.serious', 'documentation.retention', 'training-compute.frontier'. "
        "The keys in use are listed in docs/data-model.md.",
    )
    applies_from: Date | None = Field(
        None,
        description="First day the number applies, when later than its provision's date: a number an "
        "amending act inserted into an older article.",
    )
    evidence: Evidence | None = Field(
        None,
        description="How sure the number is, when that is weaker than the provision's own evidence.",
    )
    source_url: Url | None = Field(
        None, description="Where the number was read, when not the provision's source."
    )
    note: Text | None = None

    def in_days(self) -> float | None:
        """A duration in calendar days (a working day 7/5, a month 30.44, a year 365.25), or None."""
        factor = DAYS_PER_UNIT.get(self.unit)
        return None if factor is None else self.value * factor


class DatedDeadline(StrictModel):
    """A calendar date by which a rule requires something, where the text gives one (not a duration)."""

    date: Date = Field(description="The day by which it must be done (ISO date).")
    what: Text = Field(description="What must be done by then, and by whom, in a few words.")
    evidence: Evidence | None = Field(
        None,
        description="How sure the date is, when that is weaker than the provision's own evidence.",
    )
    source_url: Url | None = Field(
        None, description="Where the date was read, when not the provision's source."
    )


def unit_problem(quantity: Quantity) -> str:
    """Why the unit does not fit the kind, or '' when it fits."""
    allowed = UNITS[quantity.kind]
    if quantity.unit in allowed:
        return ""
    if CURRENCY in allowed and len(quantity.unit) == 3 and quantity.unit.isupper():
        return ""
    shown = ", ".join("an ISO 4217 currency code" if u == CURRENCY else u for u in allowed)
    return f"a {quantity.kind.value} is measured in {shown}, not {quantity.unit!r}"


def value_problem(quantity: Quantity) -> str:
    """Why the value is impossible for its kind, or '' when it is possible."""
    value = quantity.value
    if not math.isfinite(value):
        return f"{quantity.kind.value} must be a finite number, not {value!r}"
    if value <= 0:
        return f"{quantity.kind.value} must be positive, not {value!r}"
    if quantity.unit == "percent" and value > 100:
        return f"a share of turnover cannot exceed 100 percent, got {value!r}"
    if quantity.kind is QuantityKind.COMPUTE_THRESHOLD and value < 1:
        return f"a compute threshold below 1 FLOP is not a threshold, got {value!r}"
    if quantity.unit in ("users",) and value != int(value):
        return f"a number of users is whole, got {value!r}"
    days = quantity.in_days()
    if days is not None and days > MAX_DURATION_YEARS * 365.25:
        return f"{value!r} {quantity.unit} is longer than {MAX_DURATION_YEARS} years"
    return ""


class Ceiling(Protocol):
    """What a ceiling is read from: a ``records.Sanction`` (records imports this module)."""

    @property
    def max_amount(self) -> int | None: ...
    @property
    def currency(self) -> str | None: ...
    @property
    def turnover_percent(self) -> float | None: ...
    @property
    def floor(self) -> bool: ...
    @property
    def fallback(self) -> bool: ...
    @property
    def after_order(self) -> bool: ...
    @property
    def applies_to(self) -> str: ...


@lru_cache(maxsize=4096)
def sanction_quantities(sanctions: tuple[Ceiling, ...]) -> tuple[Quantity, ...]:
    """Fine ceilings and turnover shares stated in a provision's sanctions, as quantities.

    The sanctions were validated when they were loaded, so the quantities are built without
    validating again.
    """
    found: list[Quantity] = []
    for sanction in sanctions:
        if sanction.max_amount is not None and sanction.currency is not None:
            found.append(
                Quantity.model_construct(
                    kind=QuantityKind.FINE_CEILING,
                    value=sanction.max_amount,
                    unit=sanction.currency,
                    comparator=Comparator.AT_LEAST if sanction.floor else Comparator.AT_MOST,
                    measures=sanction.applies_to,
                    # A fallback amount (no turnover to take a share of) meets only its like.
                    measure=FALLBACK_MEASURE if sanction.fallback else None,
                    applies_from=None,
                    evidence=None,
                    source_url=None,
                    note=None,
                )
            )
        if sanction.turnover_percent is not None:
            found.append(
                Quantity.model_construct(
                    kind=QuantityKind.TURNOVER_SHARE,
                    value=sanction.turnover_percent,
                    unit="percent",
                    comparator=Comparator.AT_LEAST if sanction.floor else Comparator.AT_MOST,
                    measures=sanction.applies_to,
                    measure=None,
                    applies_from=None,
                    evidence=None,
                    source_url=None,
                    note=None,
                )
            )
    return tuple(found)
