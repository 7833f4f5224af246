"""What of a file goes to the cross-record checks: every record that passed its own checks.

A record (provision, topic, relation) that failed its own checks, or holds a value the YAML layer
refused, is left out of the cross-record checks, and the ids it means to define are remembered so
that references to it say so; the file's other records are checked. When the header failed (or
holds a YAML problem), the records are checked on their own and a W460 issue says which checks
could not run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from regalign.frameworks.known import RECORD_FIELDS, LoadedDocument, Records
from regalign.frameworks.structure import check_document
from regalign.frameworks.yamlsource import ParsedFile
from regalign.issues import make_issue
from regalign.schema.records import CrosswalkDocument, FrameworkDocument, TaxonomyDocument

__all__ = ["defined_ids", "keep_passed"]

DOCUMENTS = (FrameworkDocument, TaxonomyDocument, CrosswalkDocument)


def keep_passed(
    parsed: ParsedFile, loaded: list[LoadedDocument], failed: dict[tuple[str, str], str]
) -> None:
    """Validate one parsed file; append what passed to ``loaded`` and what failed to ``failed``."""
    if parsed.data is None:
        return
    if (
        parsed.sink.full
    ):  # the YAML layer alone found enough problems: the rest is not worth checking
        parsed.sink.stop(
            1, 1, "structure and cross-record checks were skipped: fix the YAML problems first"
        )
        _remember_failed(parsed, None, failed)
        return
    yaml_paths = [issue.path for issue in parsed.issues]  # so far, only the YAML layer's
    checked = check_document(parsed)
    field = checked.field
    if checked.kind is None or field is None or checked.stopped:
        _remember_failed(parsed, None, failed)
        return
    header_tainted, tainted = _yaml_taint(yaml_paths, field)
    if isinstance(checked.document, DOCUMENTS) and not header_tainted and not tainted:
        loaded.append(LoadedDocument(parsed, checked.document))
        return
    kept = [(i, r) for i, r in zip(checked.indices, checked.records) if i not in tainted]
    indices = tuple(i for i, _ in kept)
    records = tuple(r for _, r in kept)
    header = None if header_tainted else checked.header
    if isinstance(header, DOCUMENTS):
        document = header.model_copy(update={field: records})
        loaded.append(LoadedDocument(parsed, document, indices))
    else:
        for kind_and_id in defined_ids(parsed.data, records=False):
            failed.setdefault(kind_and_id, parsed.name)
        if records:
            loaded.append(LoadedDocument(parsed, Records.of(checked.kind, records), indices))
            if checked.kind == "framework":
                _note_headerless(parsed, len(records))
    _remember_failed(parsed, sorted(set(checked.failed) | tainted), failed)


def _yaml_taint(paths: Sequence[str], field: str) -> tuple[bool, set[int]]:
    """Whether the YAML layer found a problem in the header, and in which records."""
    record = re.compile(rf"^\$\.{field}\[(\d+)\]")
    header = False
    records: set[int] = set()
    for path in paths:
        found = record.match(path)
        if found:
            records.add(int(found.group(1)))
        else:
            header = True
    return header, records


def _note_headerless(parsed: ParsedFile, count: int) -> None:
    line, column = parsed.locate(["framework"])
    parsed.sink.add(
        make_issue(
            "W460",
            parsed.name,
            line,
            column,
            f"the framework header has errors, so its {count:,} valid provision"
            f"{'s were' if count != 1 else ' was'} checked without it: not against the instrument's "
            "dates, parties and sources, nor its sanctioned_by and depends_on links; fix the header "
            "and validate again",
            "$.framework",
        )
    )


def _remember_failed(
    parsed: ParsedFile, records: Sequence[int] | None, failed: dict[tuple[str, str], str]
) -> None:
    """Remember what failed records (all of the file's when ``records`` is None) mean to define."""
    if records is None:
        for kind_and_id in defined_ids(parsed.data):
            failed.setdefault(kind_and_id, parsed.name)
        return
    data = parsed.data
    kind = data.get("kind") if isinstance(data, dict) else None
    if kind == "taxonomy":
        label, prefix = "topic", ""
    elif kind == "framework" and isinstance(data.get("framework"), dict):
        label, framework_id = "provision", data["framework"].get("id")
        if not isinstance(framework_id, str):
            return
        prefix = framework_id + "/"
    else:
        return
    field = RECORD_FIELDS[kind]
    items = data.get(field)
    for index in records:
        item = items[index] if isinstance(items, list) and index < len(items) else None
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            where = f"{parsed.name}:{parsed.locate([field, index])[0]}"
            failed.setdefault((label, prefix + item["id"]), where)


def defined_ids(data: object, *, records: bool = True) -> list[tuple[str, str]]:
    """('framework', id) or ('topic', id) for what a file means to define, read from its raw data
    (without ``records``, only the framework id: what the header defines)."""
    if not isinstance(data, dict):
        return []
    if data.get("kind") == "framework" and isinstance(data.get("framework"), dict):
        framework_id = data["framework"].get("id")
        return [("framework", framework_id)] if isinstance(framework_id, str) else []
    if records and data.get("kind") == "taxonomy" and isinstance(data.get("topics"), list):
        return [
            ("topic", t["id"])
            for t in data["topics"]
            if isinstance(t, dict) and isinstance(t.get("id"), str)
        ]
    return []
