"""What the application service takes from its callers: paths, and dates in any usual form."""

from __future__ import annotations

import os
from datetime import date, datetime
from typing import Union

from regalign.clock import today

PathLike = Union[str, "os.PathLike[str]"]
DateLike = Union[date, str, None]


def as_date(value: DateLike, name: str = "as_of") -> date:
    """A date from a date, a datetime or an ISO string ('2026-08-02'); today for None.

    Today is ``regalign.clock.today()``: SOURCE_DATE_EPOCH if set, else the current date in UTC.
    """
    if value is None:
        return today()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name}={value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise TypeError(f"{name} must be a date or an ISO date string, not {type(value).__name__}")
