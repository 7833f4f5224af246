"""Today, as regalign means it: the one definition every default date comes from.

``SOURCE_DATE_EPOCH`` (seconds since 1970-01-01 UTC, the reproducible-builds convention) when it is
set, else the current date in UTC. The same definition gives the CLI's default ``--as-of`` and
``--date``, the notebook functions' default ``as_of``, and the date a record's ``checked`` date must
not pass (W405), so that two runs on the same day, or with the same SOURCE_DATE_EPOCH, agree
wherever they run and whatever the local time zone.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

from regalign.sanitize import short_repr

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class ClockError(ValueError):
    """SOURCE_DATE_EPOCH is set but is not a timestamp a calendar can hold."""


def today() -> date:
    """SOURCE_DATE_EPOCH's date if it is set, else today's date in UTC; ClockError for a bad value."""
    epoch = os.environ.get(SOURCE_DATE_EPOCH)
    if not epoch:
        return datetime.now(tz=timezone.utc).date()
    try:
        seconds = int(epoch)
    except ValueError:
        raise ClockError(
            f"{SOURCE_DATE_EPOCH}={short_repr(epoch)} is not a Unix timestamp"
        ) from None
    try:  # counted from the epoch in whole days: no platform limit on the range of timestamps
        return (EPOCH + timedelta(days=seconds // 86400)).date()
    except OverflowError:
        raise ClockError(
            f"{SOURCE_DATE_EPOCH}={short_repr(epoch)} is outside the dates a calendar can hold "
            "(years 1 to 9999)"
        ) from None
