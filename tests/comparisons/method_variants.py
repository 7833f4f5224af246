"""Variants of the bundled method for tests that switch one rule off."""

from __future__ import annotations

from regalign.frameworks.method_loader import default_method
from regalign.schema.method import Method


def without_cap(name: str) -> Method:
    """The bundled method with the cap ``name`` (a ``Caps`` field, e.g. 'broad_shape') disabled."""
    method = default_method()
    cap = getattr(method.caps, name).model_copy(update={"enabled": False})
    return method.model_copy(update={"caps": method.caps.model_copy(update={name: cap})})
