"""The strict base every record model inherits, and the id and value patterns they share."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field


class StrictModel(BaseModel):
    """Unknown keys are errors, records are immutable, every field documents itself."""

    # defer_build: validators are built on first use, so that importing the models (e.g. to read a cached
    # corpus) stays cheap.
    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=False, defer_build=True)


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
Date = date
