"""Synthetic corpus generator: N frameworks x M provisions over T topics, shaped like the real data.

Usage: python benchmarks/synthetic.py OUT_DIR --frameworks 200 --provisions 500 --topics 1000

The output is a directory of regalign YAML files (one taxonomy, one file per framework, one
crosswalk) that `regalign validate --no-bundled OUT_DIR` accepts. Values are drawn from a seeded
generator, so the same arguments give the same files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

JURISDICTIONS = ["EU", "KR", "JP", "SG", "GB", "US", "CA", "AU", "IN", "BR"]
MODALITIES = [
    "prohibition",
    "obligation",
    "best-efforts",
    "right",
    "permission",
    "recommendation",
    "promotion",
    "institutional",
    "cooperation",
    "definition",
    "exception",
]
ROLES = [
    "provider",
    "deployer",
    "importer",
    "distributor",
    "authorised-representative",
    "user",
    "government",
    "regulator",
    "controller",
    "processor",
]
TIERS = ["all-ai", "high-risk", "general-purpose-model", "generative", "frontier"]
FORCES = ["binding", "binding", "binding", "voluntary", "non-binding"]
WORDS = (
    "providers deployers must shall ensure that systems are documented tested monitored labelled "
    "reported assessed registered explained overseen secured disclosed notified before after "
    "placing market service users affected persons authorities within days risk data"
).split()


def topic_ids(count: int) -> list[str]:
    """A three-level taxonomy of about ``count`` topics."""
    ids: list[str] = ["syn"]
    branch = 0
    while len(ids) < count:
        parent = f"syn.area-{branch}"
        ids.append(parent)
        for leaf in range(9):
            if len(ids) >= count:
                break
            ids.append(f"{parent}.topic-{leaf}")
        branch += 1
    return ids


def taxonomy_yaml(ids: list[str]) -> str:
    lines = [
        "kind: taxonomy",
        "taxonomy:",
        "  id: synthetic-taxonomy",
        "  title: Synthetic topics",
        "  description: Generated for benchmarks.",
        "topics:",
    ]
    for topic in ids:
        lines += [
            f"  - id: {topic}",
            f"    label: Label of {topic}",
            f"    description: Provisions about {topic.replace('.', ' ')}.",
        ]
    return "\n".join(lines) + "\n"


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def framework_yaml(rng: random.Random, index: int, provisions: int, leaves: list[str]) -> str:
    fid = f"syn-{index:04d}"
    jurisdiction = JURISDICTIONS[index % len(JURISDICTIONS)]
    force = FORCES[index % len(FORCES)]
    lines = [
        "kind: framework",
        "framework:",
        f"  id: {fid}",
        f"  title: Synthetic instrument number {index} on artificial intelligence and data",
        f"  short_title: Synthetic {index}",
        "  original_language: en",
        f"  jurisdictions: [{jurisdiction}]",
        "  instrument_type: regulation" if force == "binding" else "  instrument_type: guideline",
        f"  legal_force: {force}",
        "  status: in-force" if force == "binding" else "  status: adopted",
        "  events:",
        "    - {event: adopted, date: 2023-03-01, evidence: primary}",
    ]
    if force == "binding":
        lines.append("    - {event: entry-into-force, date: 2024-01-01, evidence: primary}")
    lines += [
        f"  source_url: https://example.org/{fid}",
        "  english_text: original",
        f"  summary: {sentence(rng, 20)}",
        "  checked: 2026-11-27",
        "  evidence: primary",
        "provisions:",
    ]
    for number in range(1, provisions + 1):
        topics = ", ".join(sorted(set(rng.sample(leaves, rng.randint(1, 3)))))
        roles = ", ".join(sorted(set(rng.sample(ROLES, rng.randint(1, 2)))))
        lines += [
            f"  - id: art-{number}",
            f"    pinpoint: Art. {number}",
            f"    title: {sentence(rng, 5)[:-1]}",
            f"    summary: {sentence(rng, rng.randint(15, 40))}",
            f"    topics: [{topics}]",
            f"    modality: {rng.choice(MODALITIES)}",
            f"    addressees: [{roles}]",
            f"    scope_tier: {rng.choice(TIERS)}",
            f"    applies_from: 202{rng.randint(4, 8)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
            f"    source_url: https://example.org/{fid}#art-{number}",
            "    evidence: primary",
        ]
        if rng.random() < 0.05:
            lines += [
                "    sanctions:",
                f"      - {{max_amount: {rng.randint(1, 40) * 1_000_000}, currency: EUR, "
                f"turnover_percent: {rng.randint(1, 7)}, whichever: higher, applies_to: breaches}}",
            ]
    return "\n".join(lines) + "\n"


def crosswalk_yaml(rng: random.Random, frameworks: int, provisions: int, relations: int) -> str:
    lines = [
        "kind: crosswalk",
        "crosswalk:",
        "  id: synthetic-crosswalk",
        "  title: Synthetic crosswalk",
        "  description: Generated for benchmarks.",
        "  curator: benchmark",
        "  checked: 2026-11-27",
        "relations:",
    ]
    seen = set()
    while len(seen) < relations:
        a, b = rng.sample(range(frameworks), 2)
        source = f"syn-{a:04d}/art-{rng.randint(1, provisions)}"
        target = f"syn-{b:04d}/art-{rng.randint(1, provisions)}"
        if (source, target) in seen or (target, source) in seen:
            continue
        seen.add((source, target))
        lines += [
            f"  - source: {source}",
            f"    target: {target}",
            "    relation: intersects-with",
            "    rationale: semantic",
            f"    strength: {rng.randint(1, 9)}",
            "    justification: Generated.",
        ]
    return "\n".join(lines) + "\n"


def generate(
    out: Path, frameworks: int, provisions: int, topics: int, relations: int = 500, seed: int = 1
) -> list[Path]:
    """Write the synthetic corpus into ``out`` and return the files written."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    ids = topic_ids(topics)
    leaves = [t for t in ids if t.count(".") == 2] or ids
    written = [out / "taxonomy.yaml"]
    written[0].write_text(taxonomy_yaml(ids), encoding="utf-8")
    for index in range(frameworks):
        path = out / f"syn-{index:04d}.yaml"
        path.write_text(framework_yaml(rng, index, provisions, leaves), encoding="utf-8")
        written.append(path)
    if frameworks > 1 and relations:
        path = out / "crosswalk.yaml"
        path.write_text(crosswalk_yaml(rng, frameworks, provisions, relations), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--frameworks", type=int, default=200)
    parser.add_argument("--provisions", type=int, default=500)
    parser.add_argument("--topics", type=int, default=1000)
    parser.add_argument("--relations", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = generate(
        args.out, args.frameworks, args.provisions, args.topics, args.relations, args.seed
    )
    print(f"wrote {len(files)} files to {args.out}")


if __name__ == "__main__":
    main()


def build_corpus(
    frameworks: int, provisions: int, topics: int, relations: int = 500, seed: int = 1
):
    """The same kind of synthetic corpus, built in memory (for engine benchmarks that skip YAML)."""
    from datetime import date

    from regalign.frameworks.corpus import Corpus, CrosswalkRelation
    from regalign.schema.records import Framework, Provision, Relation, Topic

    rng = random.Random(seed)
    corpus = Corpus()
    ids = topic_ids(topics)
    corpus.topics = {t: Topic(id=t, label=t, description=t) for t in ids}
    leaves = [t for t in ids if t.count(".") == 2] or ids
    for index in range(frameworks):
        fid = f"syn-{index:04d}"
        force = FORCES[index % len(FORCES)]
        events = [{"event": "adopted", "date": "2023-03-01", "evidence": "primary"}]
        if force == "binding":
            events.append(
                {"event": "entry-into-force", "date": "2024-01-01", "evidence": "primary"}
            )
        framework = Framework.model_validate(
            {
                "id": fid,
                "title": f"Synthetic {index}",
                "short_title": f"Synthetic {index}",
                "original_language": "en",
                "jurisdictions": [JURISDICTIONS[index % len(JURISDICTIONS)]],
                "instrument_type": "regulation" if force == "binding" else "guideline",
                "legal_force": force,
                "status": "in-force" if force == "binding" else "adopted",
                "events": events,
                "english_text": "original",
                "summary": "Synthetic.",
                "checked": "2026-11-27",
                "evidence": "primary",
            }
        )
        items = []
        for number in range(1, provisions + 1):
            sanctions = []
            if rng.random() < 0.05:
                sanctions = [
                    {
                        "max_amount": rng.randint(1, 40) * 1_000_000,
                        "currency": "EUR",
                        "turnover_percent": rng.randint(1, 7),
                        "whichever": "higher",
                        "applies_to": "breaches",
                    }
                ]
            items.append(
                Provision.model_validate(
                    {
                        "id": f"art-{number}",
                        "pinpoint": f"Art. {number}",
                        "title": "Synthetic provision",
                        "summary": "Synthetic.",
                        "topics": sorted(set(rng.sample(leaves, rng.randint(1, 3)))),
                        "modality": rng.choice(MODALITIES),
                        "addressees": sorted(set(rng.sample(ROLES, rng.randint(1, 2)))),
                        "scope_tier": rng.choice(TIERS),
                        "applies_from": date(2024 + rng.randint(0, 4), rng.randint(1, 9), 10),
                        "sanctions": sanctions,
                        "evidence": "primary",
                    }
                )
            )
        corpus.add_framework(framework, items)
    seen = set()
    while frameworks > 1 and len(seen) < relations:
        a, b = rng.sample(range(frameworks), 2)
        source = f"syn-{a:04d}/art-{rng.randint(1, provisions)}"
        target = f"syn-{b:04d}/art-{rng.randint(1, provisions)}"
        if (source, target) in seen:
            continue
        seen.add((source, target))
        corpus.relations.append(
            CrosswalkRelation(
                "synthetic",
                Relation(
                    source=source,
                    target=target,
                    relation="intersects-with",
                    rationale="semantic",
                    strength=rng.randint(1, 9),
                    justification="Generated.",
                ),
            )
        )
    return corpus
