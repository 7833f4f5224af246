"""Short reprs for the parts of a comparison a notebook user reaches into: units, their assessments,
pairs, provisions, sides and joint commitments.

The plain dataclasses print every field, and a provision prints its whole framework record: one
unit of the EU-Korea comparison printed 190 KB. Their view types below print one line (and a unit a
small HTML table), and are otherwise the plain types (subclasses: every field, property and
``isinstance`` check still holds). :func:`deep_view` turns a plain result and everything in it into
views, once per object, so that shared objects stay shared (a pair's provision is the very object in
its stance).

Verdicts in reprs name the sides ('only KR'), never 'only-b'.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from regalign.comparisons import results
from regalign.sanitize import clean_line, html_text


def verdict_label(verdict: str, a: str, b: str) -> str:
    """'only KR' for 'only-b' when side B is KR; every other verdict as it is."""
    if verdict == results.ONLY_A:
        return f"only {a}"
    if verdict == results.ONLY_B:
        return f"only {b}"
    return verdict


def verdict_labels(a: str, b: str) -> list[str]:
    """Every verdict label, from least to most aligned: the order of a frame's verdict categories."""
    order = (
        results.NOT_YET,
        results.NOT_COMPARED,
        results.ONLY_A,
        results.ONLY_B,
        *results.GRADED,
    )
    return [verdict_label(v, a, b) for v in order]


def score_or_none(assessed: results.Assessment) -> float | None:
    """The score where both sides speak; None where one side is silent (not 0.0)."""
    return assessed.score if assessed.scored else None


def _sides(obj: object) -> tuple[str, str]:
    return getattr(obj, "_sides", ("A", "B"))


def _short(text: str, limit: int = 60) -> str:
    text = clean_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _horizon(assessed: results.Assessment, a: str, b: str) -> str:
    words = verdict_label(assessed.verdict, a, b)
    return f"{words} {assessed.score:.2f}" if assessed.scored else words


class TopicResult(results.TopicResult):
    """One unit of a comparison, with a one-line repr and a small HTML table."""

    def __repr__(self) -> str:
        a, b = _sides(self)
        return (
            f"<TopicResult {self.unit_id} ({_short(self.label, 40)}): "
            f"{_horizon(self.adopted, a, b)} as adopted, {_horizon(self.now, a, b)} today>"
        )

    def _repr_html_(self) -> str:
        a, b = _sides(self)
        rows = []
        for name, assessed in (("as adopted", self.adopted), ("today", self.now)):
            score = score_or_none(assessed)
            rows.append(
                "<tr>"
                + "".join(
                    f"<td>{html_text(str(v))}</td>"
                    for v in (
                        name,
                        verdict_label(assessed.verdict, a, b),
                        "—" if score is None else f"{score:.2f}",
                        len(assessed.pairs),
                        len(assessed.unpaired_a),
                        len(assessed.unpaired_b),
                    )
                )
                + "</tr>"
            )
        head = "".join(
            f"<th>{html_text(h)}</th>"
            for h in ("horizon", "verdict", "score", "pairs", f"unpaired {a}", f"unpaired {b}")
        )
        return (
            f"<div><strong>{html_text(self.unit_id)}</strong> {html_text(self.label)}"
            f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        )


class Assessment(results.Assessment):
    """A unit at one horizon, with a one-line repr."""

    def __repr__(self) -> str:
        a, b = _sides(self)
        return (
            f"<Assessment {_horizon(self, a, b)}: {len(self.stance_a)} {a} and "
            f"{len(self.stance_b)} {b} provisions, {len(self.pairs)} pairs>"
        )


class Pair(results.Pair):
    """Two provisions compared, with a one-line repr."""

    def __repr__(self) -> str:
        return (
            f"<Pair {_cite(self.a)} ~ {_cite(self.b)}: {self.verdict} {self.score:.2f} "
            f"({self.basis})>"
        )


class ProvisionRef(results.ProvisionRef):
    """A provision in a stance, with a one-line repr (not its whole framework record)."""

    def __repr__(self) -> str:
        return (
            f"<ProvisionRef {self.id}: {_cite(self)}, {self.force_label} "
            f"{self.provision.modality.value}, {self.status}>"
        )


class Side(results.Side):
    """One side of a comparison, with a one-line repr."""

    def __repr__(self) -> str:
        left = f", {len(self.left_out)} left out" if self.left_out else ""
        return (
            f"<Side {_short(self.spec, 40)} ({self.kind}): {len(self.framework_ids)} "
            f"instrument{'s' if len(self.framework_ids) != 1 else ''}{left}>"
        )


class DomesticRule(results.DomesticRule):
    """A side's own law against a joint commitment, with a one-line repr."""

    def __repr__(self) -> str:
        return f"<DomesticRule {self.side}: {self.verdict}, {len(self.provisions)} provisions>"


class JointCommitment(results.JointCommitment):
    """A commitment both sides are bound by, with a one-line repr."""

    def __repr__(self) -> str:
        a, b = _sides(self)
        return (
            f"<JointCommitment {_cite(self.commitment)} on {self.topic_id}: {a} {self.a.verdict}, "
            f"{b} {self.b.verdict}>"
        )


def _cite(ref: results.ProvisionRef) -> str:
    return _short(f"{ref.framework.short_title} {ref.pinpoint}", 50)


NESTED: dict[type, type] = {
    results.TopicResult: TopicResult,
    results.Assessment: Assessment,
    results.Pair: Pair,
    results.ProvisionRef: ProvisionRef,
    results.Side: Side,
    results.DomesticRule: DomesticRule,
    results.JointCommitment: JointCommitment,
}
SIDED = (TopicResult, Assessment, JointCommitment)


def equal_as_plain(views: dict[type, type]) -> None:
    """Let each view compare equal to its plain value with the same fields (and hash alike): the
    dataclass ``__eq__`` of the plain type accepts only its own exact class."""
    for plain, shown in views.items():
        names = tuple(f.name for f in dataclasses.fields(plain) if f.compare)

        def __eq__(self: Any, other: object, _plain: type = plain, _names: tuple = names) -> Any:  # type: ignore[type-arg]
            if not isinstance(other, _plain):
                return NotImplemented
            return all(getattr(self, n) == getattr(other, n) for n in _names)

        shown.__eq__ = __eq__  # type: ignore[method-assign,assignment]  # a view equals the plain result
        shown.__hash__ = plain.__hash__  # type: ignore[method-assign]  # and hashes as it does


equal_as_plain(NESTED)


def deep_view(value: Any, sides: tuple[str, str], memo: dict[int, Any] | None = None) -> Any:
    """``value`` with every nested result of a NESTED type turned into its view (tuples and lists
    rebuilt, other values as they are); ``sides`` name side A and side B in reprs."""
    memo = {} if memo is None else memo
    key = id(value)
    if key in memo:
        return memo[key]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        done: Any = tuple(deep_view(v, sides, memo) for v in value)
    elif isinstance(value, list):
        done = [deep_view(v, sides, memo) for v in value]
    elif type(value) in NESTED:
        fields = dataclasses.fields(value)
        made = NESTED[type(value)](
            **{f.name: deep_view(getattr(value, f.name), sides, memo) for f in fields if f.init}
        )
        for f in fields:
            if not f.init:
                object.__setattr__(made, f.name, getattr(value, f.name))
        if isinstance(made, SIDED):
            object.__setattr__(made, "_sides", sides)
        done = made
    else:
        return value
    memo[key] = done
    return done
