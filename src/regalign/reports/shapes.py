"""The documented, stable JSON shape of results (docs/cli.md), as plain dicts and lists.

Pure: builds values, writes nothing. ``reports/export.py`` turns them into JSON text; the notebook
views (``to_dict()``) hand them to the user as they are.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from datetime import date
from typing import Any

from regalign.comparisons.explain import Explanation
from regalign.comparisons.history import TimePoint, UnitChange
from regalign.comparisons.matrix import IndexMatrix, StanceMatrix
from regalign.comparisons.results import (
    Assessment,
    Comparison,
    Coverage,
    DimensionResult,
    Figures,
    JointCommitment,
    Pair,
    ProvisionRef,
    Side,
    TopicResult,
)
from regalign.schema.derived import addressee_class
from regalign.schema.records import Framework, Provision, Topic
from regalign.version import __version__

SCHEMA_VERSION = 3


def plain(payload: Any) -> Any:
    """The payload as JSON would read it back: dates as ISO strings, sets as sorted lists, tuples as lists,
    and null for every number that is not finite."""
    return json.loads(json.dumps(finite(payload), default=json_default, allow_nan=False))


def finite(value: Any) -> Any:
    """The payload with every NaN or infinity replaced by None (payloads are a few levels deep)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if not isinstance(value, (dict, list, tuple)):
        return value
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    return [finite(item) for item in value]


def json_default(value: Any) -> Any:
    """How json.dumps writes the values results hold besides JSON's own (dates and sets)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 6)


def side_json(side: Side) -> dict[str, Any]:
    return {
        "left_out": [{"framework": x.framework_id, "reason": x.reason} for x in side.left_out],
        "spec": side.spec,
        "label": side.label,
        "kind": side.kind,
        "frameworks": list(side.framework_ids),
    }


def coverage_json(coverage: Coverage) -> dict[str, Any]:
    return {"count": coverage.count, "total": coverage.total, "share": _round(coverage.share)}


def provision_json(ref: ProvisionRef) -> dict[str, Any]:
    provision = ref.provision
    return {
        "id": ref.id,
        "framework": ref.framework.id,
        "pinpoint": provision.pinpoint,
        "pinpoint_verified": provision.pinpoint_verified,
        "title": provision.title,
        "title_original": provision.title_original,
        "summary": provision.summary,
        "modality": provision.modality.value,
        "addressees": [r.value for r in provision.addressees],
        "addressed_as": provision.addressed_as,
        "addressee_class": addressee_class(provision).value,
        "scope_tier": provision.scope_tier.value if provision.scope_tier else None,
        "status": ref.status,
        "force_level": ref.force_level,
        "force": ref.force_label,
        "applies_from": provision.applies_from,
        "applies_until": provision.applies_until,
        "starts": ref.start,
        "date_evidence": provision.date_evidence.value,
        "joined_by": ref.via or "tag",
        "quantities": [q.model_dump(mode="json", exclude_none=True) for q in provision.quantities],
        "sanctions": [s.model_dump(mode="json", exclude_none=True) for s in provision.sanctions],
        "sanctioned_by": list(provision.sanctioned_by),
        "depends_on": list(provision.depends_on),
        "party_term": provision.party_term.model_dump(mode="json", exclude_none=True)
        if provision.party_term
        else None,
        "source_url": provision.source_url,
        "read_url": provision.read_url,
        "evidence": provision.evidence.value,
    }


def _dimensions_json(dimensions: Sequence[DimensionResult]) -> list[dict[str, Any]]:
    return [
        {
            "name": d.name,
            "weight": d.weight,
            "a": d.value_a,
            "b": d.value_b,
            "similarity": _round(d.similarity),
            "contribution": _round(d.contribution),
        }
        for d in dimensions
    ]


def pair_json(pair: Pair) -> dict[str, Any]:
    """Two provisions compared: the basis, score, verdict, caps, dimensions and any opposite direction."""
    return {
        "a": pair.a.id,
        "b": pair.b.id,
        "basis": pair.basis,
        "score": _round(pair.score),
        "verdict": pair.verdict,
        "opposite": pair.opposite,
        "caps": [{"name": c.name, "bound": c.bound, "reason": c.reason} for c in pair.caps],
        "dimensions": _dimensions_json(pair.dimensions),
    }


def assessment_json(assessed: Assessment) -> dict[str, Any]:
    """One horizon of a unit: score, verdict, caps, its pairs and gaps, the leading pair's dimensions
    and both stances."""
    return {
        "score": _round(assessed.score),
        "pair_mean": _round(assessed.pair_mean),
        "coverage": _round(assessed.coverage),
        "pairs": [pair_json(p) for p in assessed.pairs],
        "unpaired": {
            "a": [r.id for r in assessed.unpaired_a],
            "b": [r.id for r in assessed.unpaired_b],
        },
        "supporting": [r.id for r in assessed.supporting],
        "score_range": [_round(assessed.score_low), _round(assessed.score_high)],
        "verdict": assessed.verdict,
        "verdict_uncapped": assessed.uncapped or assessed.verdict,
        "fragile": assessed.fragile,
        "caps": [{"name": c.name, "bound": c.bound, "reason": c.reason} for c in assessed.caps],
        "dimensions": _dimensions_json(assessed.dimensions),
        "a": [provision_json(r) for r in assessed.stance_a],
        "b": [provision_json(r) for r in assessed.stance_b],
        "relations": [
            {"crosswalk": u.crosswalk_id, **u.relation.model_dump(mode="json")}
            for u in assessed.relations
        ],
    }


def _pending(refs: tuple[ProvisionRef, ...]) -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "pinpoint": r.provision.pinpoint,
            "status": r.status,
            "starts": r.start,
            "date_evidence": r.provision.date_evidence.value,
        }
        for r in refs
    ]


def topic_json(topic: TopicResult) -> dict[str, Any]:
    """A unit: the *now* horizon at the top level, the *adopted* horizon beside it, and what is pending."""
    return {
        "unit": topic.unit_id,
        "topic": topic.topic_id,
        "label": topic.label,
        "weight": topic.weight,
        **assessment_json(topic.now),
        "score_adopted": _round(topic.adopted.score),
        "verdict_adopted": topic.adopted.verdict,
        "adopted_from": topic.adopted_from,
        "adopted": assessment_json(topic.adopted),
        "pending": {"a": _pending(topic.pending_a), "b": _pending(topic.pending_b)},
        "joint": sorted({c.commitment.id for c in topic.joint}),
        "outside": {"a": list(topic.outside_a), "b": list(topic.outside_b)},
        "unread": {"a": list(topic.unread_a), "b": list(topic.unread_b)},
        "sector_not_held": {"a": topic.unreached_a or None, "b": topic.unreached_b or None},
    }


def _figures_json(figures: Figures) -> dict[str, Any]:
    return {
        "index": _round(figures.index),
        "index_range": [_round(figures.index_low), _round(figures.index_high)],
        "heterogeneity": _round(figures.heterogeneity),
        "coverage": {
            "overlap": coverage_json(figures.overlap),
            "a_to_b": coverage_json(figures.a_to_b),
            "b_to_a": coverage_json(figures.b_to_a),
        },
    }


def joint_json(item: JointCommitment) -> dict[str, Any]:
    """A joint commitment with each side's conformity verdict."""
    return {
        "commitment": provision_json(item.commitment),
        "topic": item.topic_id,
        **{
            rule.side: {
                "verdict": rule.verdict,
                "reason": rule.reason,
                "provisions": [r.id for r in rule.provisions],
                "changed_by": rule.changed_by or None,
                "outside_by": rule.outside_by or None,
            }
            for rule in (item.a, item.b)
        },
    }


def comparison_json(result: Comparison) -> dict[str, Any]:
    """The whole comparison: sides, figures at both horizons, units with provenance, roll-up, joint layer."""
    now, adopted = _figures_json(result.now), _figures_json(result.adopted)
    return {
        "regalign": __version__,
        "schema_version": SCHEMA_VERSION,
        "kind": "comparison",
        "a": side_json(result.side_a),
        "b": side_json(result.side_b),
        "as_of": result.as_of,
        "topic": result.topic_prefix,
        "pending_as_binding": result.pending_as_binding,
        "include_shared": result.include_shared,
        "pending_instruments": list(result.pending),
        **now,
        "verdicts": result.verdict_counts,
        "index_adopted": adopted["index"],
        "index_adopted_range": adopted["index_range"],
        "heterogeneity_adopted": adopted["heterogeneity"],
        "coverage_adopted": adopted["coverage"],
        "verdicts_adopted": result.verdict_counts_adopted,
        "topics": [topic_json(t) for t in result.topics],
        "rollup": [
            {
                "topic": r.topic_id,
                "label": r.label,
                "depth": r.depth,
                "score": _round(r.score),
                "weight": r.weight,
                "topics": r.topics,
                "verdict": r.verdict,
                "score_adopted": _round(r.score_adopted),
                "verdict_adopted": r.verdict_adopted,
            }
            for r in result.rollup
        ],
        "joint_instruments": list(result.joint_instruments),
        "joint": [joint_json(j) for j in result.joint],
        "timeline": [
            {
                "date": e.date,
                "framework": e.framework_id,
                "what": e.what,
                "pinpoints": list(e.pinpoints),
                "evidence": e.evidence,
            }
            for e in result.timeline
        ],
        "method": result.method.model_dump(mode="json"),
    }


def explanation_json(explanation: Explanation) -> dict[str, Any]:
    """One topic's decomposition (and its roll-up when it heads a subtree)."""
    row = explanation.rollup
    return {
        "regalign": __version__,
        "schema_version": SCHEMA_VERSION,
        "kind": "explanation",
        "a": side_json(explanation.comparison.side_a),
        "b": side_json(explanation.comparison.side_b),
        "as_of": explanation.comparison.as_of,
        "topic": explanation.topic_id,
        "label": explanation.label,
        "rollup": None
        if row is None
        else {
            "score": _round(row.score),
            "score_adopted": _round(row.score_adopted),
            "verdict_adopted": row.verdict_adopted,
            "weight": row.weight,
            "topics": row.topics,
            "verdict": row.verdict,
        },
        "topics": [topic_json(t) for t in explanation.topics],
    }


def index_matrix_json(matrix: IndexMatrix) -> dict[str, Any]:
    return {
        "regalign": __version__,
        "schema_version": SCHEMA_VERSION,
        "kind": "index-matrix",
        "as_of": matrix.as_of,
        "sides": list(matrix.specs),
        "index": [[_round(v) for v in row] for row in matrix.values],
    }


def stance_matrix_json(matrix: StanceMatrix) -> dict[str, Any]:
    return {
        "regalign": __version__,
        "schema_version": SCHEMA_VERSION,
        "kind": "stance-matrix",
        "as_of": matrix.as_of,
        "sides": [side_json(s) for s in matrix.sides],
        "topics": [
            {
                "topic": t,
                "label": matrix.labels[t],
                "stances": {
                    s.spec: (
                        None
                        if (t, s.spec) not in matrix.cells
                        else {
                            "provisions": matrix.cells[(t, s.spec)].count,
                            "force": matrix.cells[(t, s.spec)].force,
                            "intensity": matrix.cells[(t, s.spec)].intensity,
                        }
                    )
                    for s in matrix.sides
                },
            }
            for t in matrix.topics
        ],
    }


def record_json(record: Framework | Provision | Topic) -> dict[str, Any]:
    """A record as stored, for ``regalign show --format json``."""
    return record.model_dump(mode="json", exclude_none=True)


def timeline_json(a: str, b: str, points: Sequence[TimePoint]) -> dict[str, Any]:
    """The index on every change date, with the changes."""
    return {
        "regalign": __version__,
        "schema_version": SCHEMA_VERSION,
        "kind": "timeline",
        "a": a,
        "b": b,
        "points": [
            {
                "date": p.date,
                "index": _round(p.index),
                "verdicts": p.verdicts,
                "changes": [
                    {
                        "framework": c.framework_id,
                        "starts": c.starts,
                        "pinpoints": list(c.pinpoints),
                        "following": list(c.following),
                    }
                    for c in p.changes
                ],
            }
            for p in points
        ],
    }


def diff_json(
    before: Comparison, after: Comparison, changes: Sequence[UnitChange]
) -> dict[str, Any]:
    """Units whose verdict changed between two dates."""
    return {
        "regalign": __version__,
        "schema_version": SCHEMA_VERSION,
        "kind": "diff",
        "a": side_json(before.side_a),
        "b": side_json(before.side_b),
        "dates": [before.as_of, after.as_of],
        "index": [_round(before.index), _round(after.index)],
        "changes": [
            {
                "unit": c.unit_id,
                "label": c.label,
                "before": c.before,
                "after": c.after,
                "score_before": _round(c.score_before),
                "score_after": _round(c.score_after),
                "started": list(c.started),
                "stopped": list(c.stopped),
            }
            for c in changes
        ],
    }
