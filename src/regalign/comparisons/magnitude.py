"""Comparable quantities: one representative value per kind and side, compared on a log scale.

Amounts are converted to EUR with the method's dated reference rates; durations to days. For each
kind both sides state, the side's representative value is its most demanding one (the highest
fine, the lowest threshold, the shortest deadline, the longest retention), so the comparison
reads like an expert's: "fines up to EUR 35 million against KRW 30 million".
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from regalign.schema.method import ExchangeRates, Magnitude
from regalign.schema.quantities import CURRENCY, UNITS, Quantity
from regalign.schema.vocab import QuantityKind

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
    force: int = (
        0  # legal force of the provision that states it (or of the duty a linked penalty backs)
    )


@dataclass(frozen=True)
class KindGap:
    """One kind both sides state: the two representative values and how far apart they are."""

    kind: QuantityKind
    a: Measured
    b: Measured
    orders: float  # |log10(a / b)|
    similarity: float


def measure(
    quantity: Quantity, source: str, cite: str, rates: ExchangeRates, force: int = 0
) -> Measured | None:
    """The quantity in its kind's common unit, or None when it cannot be converted (no rate)."""
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
    )


def representative(items: Iterable[Measured]) -> dict[QuantityKind, Measured]:
    """Per kind, the most demanding value among those stated by the most binding provisions.

    A binding act's threshold wins over a guideline's indicative one; among equals the highest fine,
    lowest threshold, shortest deadline or longest retention wins (ties broken by source id).
    """
    best: dict[QuantityKind, Measured] = {}
    for item in sorted(items, key=lambda m: (m.kind.value, m.source, m.value)):
        current = best.get(item.kind)
        if current is None or item.force > current.force:
            best[item.kind] = item
        elif item.force == current.force and (
            item.value > current.value if item.kind in HIGHEST_WINS else item.value < current.value
        ):
            best[item.kind] = item
    return best


def gaps(
    a: dict[QuantityKind, Measured], b: dict[QuantityKind, Measured], settings: Magnitude
) -> tuple[KindGap, ...]:
    """Every kind both sides state, sorted by kind."""
    found = []
    for kind in sorted(a.keys() & b.keys(), key=lambda k: k.value):
        if not (_comparable(a[kind].value) and _comparable(b[kind].value)):
            continue  # zero (a fine of 0) or past the float range: no place on a log scale
        orders = abs(
            math.log10(a[kind].value) - math.log10(b[kind].value)
        )  # exactly symmetric in a and b
        found.append(
            KindGap(kind, a[kind], b[kind], orders, max(0.0, 1 - orders / settings.decades_to_zero))
        )
    return tuple(found)


def _comparable(value: float) -> bool:
    return 0 < value < math.inf


def similarity(found: Sequence[KindGap]) -> float | None:
    """Mean similarity over the kinds both sides state; None when they share none."""
    return math.fsum(g.similarity for g in found) / len(found) if found else None


def describe(side: dict[QuantityKind, Measured]) -> str:
    """'fine ceiling EUR 35,000,000; compute threshold 1e+25 FLOP' for a dimension table."""
    return (
        "; ".join(
            f"{LABELS[k]} {m.shown}" for k, m in sorted(side.items(), key=lambda i: i[0].value)
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
