"""Is a YAML file regalign data? Decided from its text, before it is parsed.

A repository holds other YAML (mkdocs.yml, GitHub workflows, docker-compose files). A file found by
walking a directory is taken for regalign data when, at its top level (a line with no indentation),
it has a ``kind:`` whose value is framework, taxonomy or crosswalk or close to one of them (so that a
misspelt kind is still reported), or one of the keys ``framework:``, ``taxonomy:`` or ``crosswalk:``
(so that a missing kind is still reported), or when it names regalign's JSON Schema in a
``yaml-language-server`` modeline. Anything else is skipped.
"""

from __future__ import annotations

import re

from regalign.suggest import close_matches

KINDS = ("framework", "taxonomy", "crosswalk")
_TOP = re.compile(
    r"^(?P<key>kind|framework|taxonomy|crosswalk)[ \t]*:(?:[ \t]+(?P<value>[^#\n]*?))?[ \t]*(?:#.*)?$",
    re.M,
)
_MODELINE = re.compile(r"^#[ \t]*yaml-language-server:[ \t]*\$schema=\S*regalign", re.M)
_SNIFF_BYTES = (
    1 << 20
)  # the top-level keys of a data file come early; a huge file is data if it says so here
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"))
_BOMS16 = ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def looks_like_data(raw: bytes) -> bool:
    """True when the file's text marks it as a regalign data file (see the module docstring)."""
    text = _decode(raw[:_SNIFF_BYTES])
    if _MODELINE.search(text):
        return True
    for match in _TOP.finditer(text):
        if match.group("key") != "kind":
            return True
        value = (match.group("value") or "").strip().strip("'\"").strip().lower()
        if value in KINDS or close_matches(value, KINDS, cutoff=0.75):
            return True
    return False


def _decode(raw: bytes) -> str:
    for boms in (_BOMS, _BOMS16):
        for bom, encoding in boms:
            if raw.startswith(bom):
                return raw.decode(encoding, "replace")
    return raw.decode("utf-8-sig", "replace")
