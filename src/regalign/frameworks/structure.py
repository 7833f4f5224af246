"""Structural validation: parsed data -> record models, pydantic errors -> positioned issues.

Work is bounded whatever the file holds. A document's record list (provisions, topics, relations)
is validated one record at a time, and checking stops once the file has as many issues as will
be listed (the summary issue says where). A single record holding more than MAX_RECORD_VALUES
values is reported once instead of being handed to pydantic, which would build one error per
value: that keeps a hostile list inside one record from costing seconds and gigabytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from regalign.frameworks.messages import PATTERN_HINTS, describe, unknown_field, walk
from regalign.frameworks.yamlsource import ParsedFile, json_path, locate
from regalign.issues import Issue, make_issue
from regalign.sanitize import short_repr
from regalign.schema.records import (
    DOCUMENT_MODELS,
    CrosswalkDocument,
    FrameworkDocument,
    TaxonomyDocument,
)

__all__ = [
    "MAX_RECORD_VALUES",
    "PATTERN_HINTS",
    "Checked",
    "check_document",
    "validate_document",
    "validate_model",
]

# A provision of the bundled corpus holds well under 200 values; a method file about 100.
MAX_RECORD_VALUES = 5000
RECORD_LISTS: dict[type[BaseModel], str] = {
    FrameworkDocument: "provisions",
    TaxonomyDocument: "topics",
    CrosswalkDocument: "relations",
}


@dataclass(frozen=True)
class Checked:
    """What structural validation made of one file.

    ``document`` is the whole document when its header and every record passed. Otherwise
    ``records`` are the records that passed and ``indices`` where they stand in the file's record
    list; ``header`` is the document holding only those records when the header (everything
    outside the record list) passed, else None. ``failed`` lists the records that did not pass.
    """

    kind: str | None = None
    document: BaseModel | None = None
    header: BaseModel | None = None
    records: tuple[BaseModel, ...] = ()
    indices: tuple[int, ...] = ()
    failed: tuple[int, ...] = ()
    stopped: bool = False

    @property
    def field(self) -> str | None:
        """The name of the file's record list ('provisions', 'topics' or 'relations')."""
        model = DOCUMENT_MODELS.get(self.kind) if self.kind else None
        return RECORD_LISTS.get(model) if model else None


def validate_document(parsed: ParsedFile) -> BaseModel | None:
    """Validate a parsed file against the model its ``kind`` names; issues go to the file's list."""
    return check_document(parsed).document


def check_document(parsed: ParsedFile) -> Checked:
    """Validate a parsed file record by record: the whole document if all passed, else what did."""
    data = parsed.data
    if not isinstance(data, dict):
        return Checked()
    kind = data.get("kind")
    model = DOCUMENT_MODELS.get(kind) if isinstance(kind, str) else None
    if model is None:
        line, column = parsed.locate(["kind"])
        if "kind" not in data:
            message = "missing 'kind'; add kind: framework, taxonomy or crosswalk"
        else:
            message = f"unknown kind {short_repr(kind)}; expected one of: " + ", ".join(
                sorted(DOCUMENT_MODELS)
            )
        parsed.sink.add(make_issue("E111", parsed.name, line, column, message, "$.kind"))
        return Checked()
    return _check_parts(parsed, model, data, kind)


def validate_model(parsed: ParsedFile, model: type[BaseModel], data: Any) -> Any | None:
    """Validate data (positions from ``parsed``) against a model; errors go to the file's issue list."""
    return _check_parts(parsed, model, data, None).document


def _check_parts(
    parsed: ParsedFile, model: type[BaseModel], data: Any, kind: str | None
) -> Checked:
    field = RECORD_LISTS.get(model)
    items = data.get(field) if field and isinstance(data, dict) else None
    if field is None or not isinstance(items, list) or not items:
        document = _validate(parsed, model, model, data, ())
        return Checked(kind, document, document)
    item_model = _item_model(model, field)
    checked: list[BaseModel] = []
    indices: list[int] = []
    failed: list[int] = []
    stopped = False
    for index, item in enumerate(items):
        if parsed.sink.full:
            line, column = parsed.locate([field, index])
            parsed.sink.stop(
                line,
                column,
                f"checking stopped at {json_path([field, index])}: "
                f"{len(items) - index:,} of {len(items):,} {field} were not checked, "
                "nor was the file checked against the others",
            )
            stopped = True
            break
        record = _validate(parsed, model, item_model, item, (field, index))
        if record is None:
            failed.append(index)
        else:
            checked.append(record)
            indices.append(index)
    if stopped:
        return Checked(kind, stopped=True)
    partial = bool(failed)
    head = {**data, field: () if partial else tuple(checked)}
    header = _validate(parsed, model, model, head, (), skip=field if partial else None)
    if header is not None and partial:
        header = header.model_copy(update={field: tuple(checked)})
    return Checked(
        kind,
        None if partial else header,
        header,
        tuple(checked),
        tuple(indices),
        tuple(failed),
    )


def _item_model(model: type[BaseModel], field: str) -> type[BaseModel]:
    item_model = walk(model, (field, 0))[1]
    assert isinstance(item_model, type) and issubclass(item_model, BaseModel)
    return item_model


def _validate(
    parsed: ParsedFile,
    root: type[BaseModel],
    model: type[BaseModel],
    data: Any,
    prefix: tuple[Any, ...],
    skip: str | None = None,
) -> Any | None:
    size = count_values(data, MAX_RECORD_VALUES)
    if size > MAX_RECORD_VALUES:
        line, column = locate(parsed.root, prefix)
        parsed.sink.add(
            make_issue(
                "E204",
                parsed.name,
                line,
                column,
                f"this record holds more than {MAX_RECORD_VALUES:,} values; it is not checked "
                "further (look for a list or mapping that runs away)",
                json_path(prefix),
            )
        )
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        inner = {tuple(error["loc"][:-1]) for error in errors if error["loc"]}
        for error in errors:
            loc = (*prefix, *error["loc"])
            if skip is not None and loc[:1] == (skip,) and error["type"] == "too_short":
                continue  # the records were reported one by one; their list was only emptied for this pass
            if error["type"] == "too_short" and _item_failed(error, inner):
                continue  # "too short" only because an item failed, and that item's error says why
            issue = _to_issue(parsed, root, {**error, "loc": loc})
            if not _refused(parsed, loc):
                parsed.sink.add(issue)
        return None


def _item_failed(error: Any, inner: set[tuple[Any, ...]]) -> bool:
    """True when a list is too short after validation only because one of its items failed."""
    got, least = error.get("input"), (error.get("ctx") or {}).get("min_length", 0)
    try:
        long_enough = len(got) >= least
    except TypeError:
        return False
    return long_enough and tuple(error["loc"]) in inner


def _refused(parsed: ParsedFile, loc: tuple[Any, ...]) -> bool:
    """True when the YAML layer already refused the value at ``loc`` (or the union member's parent)."""
    return bool(parsed.refused) and (loc in parsed.refused or loc[:-1] in parsed.refused)


def _to_issue(parsed: ParsedFile, model: type[BaseModel], error: Any) -> Issue:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        line, column = locate(parsed.root, loc[:-1])
        return make_issue(
            "E201", parsed.name, line, column, f"missing required field {loc[-1]!r}", json_path(loc)
        )
    if kind == "extra_forbidden":
        line, column = locate(parsed.root, loc, key=True)
        return make_issue(
            "E202", parsed.name, line, column, unknown_field(model, loc), json_path(loc)
        )
    code, where, message = describe(model, error)
    line, column = locate(parsed.root, where)
    return make_issue(code, parsed.name, line, column, message, json_path(where))


def count_values(value: Any, limit: int) -> int:
    """How many values (keys, items and scalars) ``value`` holds, counting no further than just past ``limit``."""
    count = 0
    stack = [value]
    while stack:
        current = stack.pop()
        count += 1
        if isinstance(current, dict):
            count += len(current)
            if count > limit:
                return count
            stack.extend(current.values())
        elif isinstance(current, list):
            if count + len(current) > limit:
                return count + len(current)
            stack.extend(current)
        if count > limit:
            return count
    return count
