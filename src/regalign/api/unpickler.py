"""The unpickler of the application service's cache: plain data only, as defence in depth.

Every entry is authenticated before it is unpickled (see ``api/cache.py``); this unpickler makes sure
that even an entry that passed that check builds nothing but regalign's own data classes, pydantic
records and enums, and dates, and never calls a function.
"""

from __future__ import annotations

import dataclasses
import enum
import pickle
from datetime import date, datetime, timedelta, timezone

# What a cached value is made of: regalign's records, results and issues, and plain value types.
_PACKAGES = (
    "regalign.schema.",
    "regalign.frameworks.",
    "regalign.comparisons.",
    "regalign.issues",
)
_STANDARD = {
    ("datetime", "date"): date,
    ("datetime", "datetime"): datetime,
    ("datetime", "timedelta"): timedelta,
    ("datetime", "timezone"): timezone,
}


class Unpickler(pickle.Unpickler):
    """Builds only regalign's own data classes, named tuples, pydantic records and enums, and dates: defence in depth
    behind the HMAC, so that even an entry that passed it could not call a function."""

    def find_class(self, module: str, name: str) -> type:
        standard = _STANDARD.get((module, name))
        if standard is not None:
            return standard
        if module.startswith(_PACKAGES) and "." not in name:
            found = super().find_class(module, name)
            if isinstance(found, type) and _plain_data(found) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not a cached value type")


def _plain_data(cls: type) -> bool:
    from pydantic import BaseModel

    if issubclass(cls, BaseException):
        return False
    named_tuple = issubclass(cls, tuple) and hasattr(cls, "_fields")
    return dataclasses.is_dataclass(cls) or named_tuple or issubclass(cls, (BaseModel, enum.Enum))
