"""The strict base every record model inherits, and the id and value patterns they share."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError


class StrictModel(BaseModel):
    """Unknown keys are errors, records are immutable, every field documents itself."""

    # defer_build: validators are built on first use, so that importing the models (e.g. to read a cached
    # corpus) stays cheap.
    # allow_inf_nan: no record or method setting has a use for an infinite or undefined number.
    model_config = ConfigDict(
        extra="forbid", frozen=True, validate_default=False, defer_build=True, allow_inf_nan=False
    )


SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"
FRAMEWORK_ID_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
LOCAL_ID_PATTERN = rf"^{SLUG}$"
PROVISION_REF_PATTERN = rf"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/{SLUG}$"
TOPIC_ID_PATTERN = rf"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\.{SLUG})*$"
JURISDICTION_PATTERN = r"^(?:EU|[A-Z]{2})$"
URL_PATTERN = r"^https?://[^\s]+$"

FrameworkId = Annotated[
    str,
    Field(
        pattern=FRAMEWORK_ID_PATTERN,
        description="Stable framework slug, lowercase words joined by hyphens, e.g. 'eu-ai-act'.",
        examples=["eu-ai-act", "kr-ai-basic-act"],
    ),
]
LocalId = Annotated[
    str,
    Field(
        pattern=LOCAL_ID_PATTERN,
        description="Provision id, unique within its framework, e.g. 'art-50-2'.",
        examples=["art-50-2", "annex-3-5"],
    ),
]
ProvisionRef = Annotated[
    str,
    Field(
        pattern=PROVISION_REF_PATTERN,
        description="Corpus-wide provision id: framework id, '/', provision id.",
        examples=["eu-ai-act/art-50-2"],
    ),
]
TopicId = Annotated[
    str,
    Field(
        pattern=TOPIC_ID_PATTERN,
        description="Dotted topic id; each dot descends one level, e.g. 'ai.transparency.deepfakes'.",
        examples=["ai.transparency.synthetic-content", "data.localisation-ban"],
    ),
]
Jurisdiction = Annotated[
    str,
    Field(
        pattern=JURISDICTION_PATTERN,
        description="'EU' or an ISO 3166-1 alpha-2 country code such as 'KR'.",
        examples=["EU", "KR"],
    ),
]
Url = Annotated[
    str,
    Field(pattern=URL_PATTERN, description="An http(s) URL, kept exactly as written."),
]
Text = Annotated[str, Field(min_length=1)]
_ISO_DATE = re.compile(r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")


def _date_as_written(value: Any) -> Any:
    """Only a date written YYYY-MM-DD (or a date object) is a date: pydantic alone would take the number
    20240801 as seconds since 1970, and a datetime as a date."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.match(value):
        return value
    raise PydanticCustomError("date_type", "Input should be a date written YYYY-MM-DD")


Date = Annotated[date, BeforeValidator(_date_as_written)]
