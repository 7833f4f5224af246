"""Comparable quantities: one representative value per measure and side, compared on a log scale.

Only like is compared with like: two numbers meet when they have the same kind *and* the same
measure key (a 24-hour breach notice never meets a 30-day notice before suspending a service).
Fine ceilings and turnover shares, derived from sanctions, have no key: they meet within a pair of
provisions that the pairing already matched (two penalties on the same conduct, or two duties and
the fines behind them). A stated quantity without a key is never compared.

Amounts are converted to EUR with the method's dated reference rates; durations to calendar days.
For each key both sides state, the side's representative value is its most demanding one (the
highest fine, the lowest threshold, the shortest deadline, the longest retention), so the
comparison reads like an expert's: "fines up to EUR 15 million against KRW 30 million".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from regalign.schema.method import ExchangeRates, Magnitude
from regalign.schema.quantities import CURRENCY, DERIVED_KINDS, UNITS, Quantity
from regalign.schema.vocab import Comparator, QuantityKind

# Which end of the range is the most demanding, per kind.
HIGHEST_WINS = frozenset(
    {
        QuantityKind.FINE_CEILING,
        QuantityKind.FINE_AMOUNT,
        QuantityKind.TURNOVER_SHARE,
        QuantityKind.RETENTION_PERIOD,
    }
)
LABELS = {kind: kind.value.replace("-", " ") for kind in QuantityKind}


Key = tuple[QuantityKind, str | None]


@dataclass(frozen=True)
class Measured:
    """A quantity in a common unit (EUR, days, FLOP, percent, users), with where it comes from."""

    kind: QuantityKind
    value: float  # in the common unit
    shown: str  # as written, e.g. 'KRW 30,000,000'
    source: str  # provision id
    cite: str  # instrument and pinpoint, e.g. 'AI Basic Act Art. 43'
    original: float = 0.0  # the value as written, in ``unit``
    unit: str = ""
    # Legal force of the provision that states it (or of the duty a linked penalty backs).
    force: int = 0
    measure: str | None = None  # the measure key; None only for fine ceilings and turnover shares
    floor: bool = False  # a fine ceiling that is only the least the national maximum must be

    @property
    def key(self) -> Key:
        """What the number is compared on: its kind and measure."""
        return (self.kind, self.measure)


@dataclass(frozen=True)
class KindGap:
    """One measure both sides state: the two representative values and how far apart they are."""

    kind: QuantityKind
    a: Measured
    b: Measured
    orders: float  # |log10(a / b)|
    similarity: float


def measure(
    quantity: Quantity, source: str, cite: str, rates: ExchangeRates, force: int = 0
) -> Measured | None:
    """The quantity in its kind's common unit, or None when it is not compared (no measure key, or
    no exchange rate)."""
    key = getattr(quantity, "measure", None)
    if key is None and quantity.kind not in DERIVED_KINDS:
        return None
    shown = _show(quantity)
    if CURRENCY in UNITS[quantity.kind]:
        rate = rates.per_eur.get(quantity.unit)
        if rate is None:
            return None
        return Measured(
            quantity.kind,
            quantity.value / rate,
            shown,
            source,
            cite,
            quantity.value,
            quantity.unit,
            force,
            key,
            quantity.kind in DERIVED_KINDS and quantity.comparator is Comparator.AT_LEAST,
        )
    days = quantity.in_days()
    return Measured(
        quantity.kind,
        float(days if days is not None else quantity.value),
        shown,
        source,
        cite,
        quantity.value,
        quantity.unit,
        force,
        key,
    )


def _order(key: Key) -> tuple[str, str]:
    return (key[0].value, key[1] or "")


def representative(items: Iterable[Measured]) -> dict[Key, Measured]:
    """Per measure, the most demanding value among those stated by the most binding provisions.

    A binding act's threshold wins over a guideline's indicative one; among equals the highest fine,
    lowest threshold, shortest deadline or longest retention wins (ties broken by source id).
    """
    best: dict[Key, Measured] = {}
    for item in sorted(items, key=lambda m: (*_order(m.key), m.source, m.value)):
        current = best.get(item.key)
        if current is None or item.force > current.force:
            best[item.key] = item
        elif item.force == current.force and (
            item.value > current.value if item.kind in HIGHEST_WINS else item.value < current.value
        ):
            best[item.key] = item
    return best


def gaps(
    a: Mapping[Key, Measured], b: Mapping[Key, Measured], settings: Magnitude
) -> tuple[KindGap, ...]:
    """Every measure both sides state, sorted by kind and measure."""
    found = []
    for key in sorted(a.keys() & b.keys(), key=_order):
        if not (_comparable(a[key].value) and _comparable(b[key].value)):
            continue  # zero (a fine of 0) or past the float range: no place on a log scale
        if (a[key].floor and a[key].value < b[key].value) or (
            b[key].floor and b[key].value < a[key].value
        ):
            continue  # a floor below the other side's ceiling: the real gap is not known
        orders = abs(
            math.log10(a[key].value) - math.log10(b[key].value)
        )  # exactly symmetric in a and b
        found.append(
            KindGap(key[0], a[key], b[key], orders, max(0.0, 1 - orders / settings.decades_to_zero))
        )
    return tuple(found)


def _comparable(value: float) -> bool:
    return 0 < value < math.inf


def similarity(found: Sequence[KindGap]) -> float | None:
    """Mean similarity over the kinds both sides state; None when they share none."""
    return math.fsum(g.similarity for g in found) / len(found) if found else None


def describe(side: Mapping[Key, Measured]) -> str:
    """'fine ceiling EUR 35,000,000; compute threshold 1e+25 FLOP' for a dimension table."""
    return (
        "; ".join(
            f"{LABELS[k[0]]} {m.shown}" for k, m in sorted(side.items(), key=lambda i: _order(i[0]))
        )
        or "none stated"
    )


def _show(quantity: Quantity) -> str:
    value = quantity.value
    if isinstance(value, float) and (abs(value) >= 1e7 or value != int(value)):
        number = f"{value:g}"
    else:
        number = f"{int(value):,}"
    if CURRENCY in UNITS[quantity.kind]:
        return f"{quantity.unit} {number}"
    unit = {"percent": "%"}.get(quantity.unit, f" {quantity.unit}")
    if value == 1 and quantity.unit.endswith("s"):
        unit = unit[:-1]  # '1 year', not '1 years'
    return f"{number}{unit}"
