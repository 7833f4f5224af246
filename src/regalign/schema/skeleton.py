"""Commented YAML skeletons for new data files, generated from the record models.

Every field of the record gets a comment with its description and, for closed vocabularies, the
allowed values. Required fields hold ``null  # FILL`` (or ``[null]  # FILL`` for lists) so that
the file fails validation until they are filled in; optional fields are written commented out.
Because the skeleton comes from the models, it cannot drift from the schema.
"""

from __future__ import annotations

import enum
import types
import typing
from datetime import date
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

FILL = "# FILL"
MODELINE = (
    "# yaml-language-server: $schema=regalign.schema.json\n"
    "# (editor validation: write the schema beside this file with `regalign schema -o regalign.schema.json`)\n"
)
WIDTH = 100
# Optional in the model but expected in practice: a missing pinpoint is an error unless marked
# unverified (E310), a missing source URL a warning (W401), an untyped source a warning (W407).
# The skeleton asks for them.
ASKED = {"pinpoint", "source_url", "sources"}


def _unwrap(annotation: Any) -> tuple[Any, bool, bool]:
    """(inner type, is a list, is optional) for Optional[...] and tuple[..., ...] annotations."""
    optional = False
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional, annotation = True, args[0]
        origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
        origin = typing.get_origin(annotation)
    if origin is tuple:
        inner = typing.get_args(annotation)[0]
        if typing.get_origin(inner) is typing.Annotated:
            inner = typing.get_args(inner)[0]
        return inner, True, optional
    return annotation, False, optional


def _wrap(text: str, indent: str) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(indent) + 2 + len(line) + 1 + len(word) > WIDTH:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return [f"{indent}# {part}" for part in lines]


def _describe(name: str, info: FieldInfo, inner: Any) -> str:
    text = info.description or ""
    if not text and isinstance(inner, type) and issubclass(inner, enum.Enum):
        text = (inner.__doc__ or "").strip().splitlines()[0] if inner.__doc__ else ""
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        text += f" One of: {', '.join(str(m.value) for m in inner)}."
    elif inner is date:
        text += " An ISO date, YYYY-MM-DD."
    text += " Required." if info.is_required() else " Optional."
    return text.strip()


def model_lines(
    model: type[BaseModel], indent: str = "", values: dict[str, str] | None = None
) -> list[str]:
    """The commented lines for one record; ``values`` pre-fills fields (e.g. the id)."""
    values = values or {}
    lines: list[str] = []
    for name, info in model.model_fields.items():
        inner, is_list, _ = _unwrap(info.annotation)
        lines.extend(_wrap(_describe(name, info, inner), indent))
        nested = isinstance(inner, type) and issubclass(inner, BaseModel)
        if name in values:
            lines.append(f"{indent}{name}: {values[name]}")
        elif (info.is_required() or name in ASKED) and nested and is_list:
            lines.append(f"{indent}{name}:")
            item = model_lines(inner, indent + "    ")
            lines.extend(_first_item(item, indent + "  "))
        elif info.is_required() and nested:
            lines.append(f"{indent}{name}:")
            lines.extend(model_lines(inner, indent + "  "))
        elif info.is_required() or name in ASKED:
            lines.append(f"{indent}{name}: {'[null]' if is_list else 'null'}  {FILL}")
        else:
            example = "[]" if is_list else ("{}" if nested else "null")
            if isinstance(info.default, bool):
                example = str(info.default).lower()
            lines.append(f"{indent}# {name}: {example}")
    return lines


def _first_item(lines: list[str], dash_indent: str) -> list[str]:
    """Turn a record's lines into a YAML list item: the first key line gets the '- '."""
    out, dashed = [], False
    for line in lines:
        stripped = line.lstrip()
        if not dashed and not stripped.startswith("#"):
            out.append(f"{dash_indent}- {stripped}")
            dashed = True
        else:
            out.append(line)
    return out


def framework_skeleton(framework_id: str) -> str:
    """A framework file: the framework header and one provision, every field commented."""
    from regalign.schema.records import Framework, Provision

    lines = [
        MODELINE.rstrip("\n"),
        "# A regalign framework file. Fill in every 'null  # FILL', uncomment the optional",
        "# fields you need, then run `regalign validate THIS-FILE`. See docs/adding-a-framework.md.",
        "kind: framework",
        "framework:",
    ]
    lines += model_lines(Framework, "  ", {"id": framework_id})
    lines += [
        "# One entry per provision (article, paragraph, point); add more with `regalign new provision ID`.",
        "provisions:",
    ]
    lines += _first_item(model_lines(Provision, "    "), "  ")
    return "\n".join(lines) + "\n"


def provision_skeleton(provision_id: str) -> str:
    """One provision, as an item to paste under a framework file's ``provisions:``."""
    from regalign.schema.records import Provision

    return "\n".join(_first_item(model_lines(Provision, "    ", {"id": provision_id}), "  ")) + "\n"


def relation_skeleton(source: str = "", target: str = "") -> str:
    """One relation, as an item to paste under a crosswalk file's ``relations:``."""
    from regalign.schema.records import Relation

    values = {k: v for k, v in (("source", source), ("target", target)) if v}
    return "\n".join(_first_item(model_lines(Relation, "    ", values), "  ")) + "\n"


def crosswalk_skeleton(crosswalk_id: str) -> str:
    """A crosswalk file: the header and one relation, every field commented."""
    from regalign.schema.records import CrosswalkInfo

    lines = [
        MODELINE.rstrip("\n"),
        "# A regalign crosswalk file: curated NIST IR 8477 relations between provisions.",
        "# Fill in every 'null  # FILL', then validate it together with the framework files it",
        "# links (a crosswalk is checked against them; bundled frameworks always count), e.g.",
        "# `regalign validate DIR` for a directory that holds them all.",
        "kind: crosswalk",
        "crosswalk:",
    ]
    lines += model_lines(CrosswalkInfo, "  ", {"id": crosswalk_id})
    lines += [
        "# One entry per relation; add more with `regalign new relation SOURCE TARGET`.",
        "relations:",
    ]
    return "\n".join(lines) + "\n" + relation_skeleton()
