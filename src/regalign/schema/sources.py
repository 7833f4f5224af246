"""Where a record's facts were read: every URL a framework file cites, with what kind of source it is."""

from __future__ import annotations

from pydantic import Field

from regalign.schema.base import StrictModel, Text, Url
from regalign.schema.vocab import SourceType

LANGUAGE_PATTERN = r"^[a-z]{2}$"


class Source(StrictModel):
    """One cited URL and what it is, so that a report labels it truthfully (a newspaper is not a law)."""

    url: Url = Field(description="The URL exactly as the record cites it.")
    type: SourceType = Field(
        description="What the source is: official text, translation, copy, secondary."
    )
    language: str | None = Field(
        None, pattern=LANGUAGE_PATTERN, description="ISO 639-1 code of the language of this source."
    )
    title: Text | None = Field(None, description="Title of the document or page, as it gives it.")
    publisher: Text | None = Field(
        None,
        description="Who publishes it, e.g. 'Publications Office of the EU', 'Korea JoongAng Daily'.",
    )
    note: Text | None = None
