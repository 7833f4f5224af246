"""The errors the application service raises: data or a method file that cannot be used."""

from __future__ import annotations

from regalign.issues import Issue


class CorpusError(Exception):
    """Raised when data or a method file has errors; ``issues`` holds every problem found."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        errors = [i for i in issues if i.is_error]
        shown = "\n".join(i.as_text() for i in errors[:10])
        more = f"\n... and {len(errors) - 10} more" if len(errors) > 10 else ""
        super().__init__(f"{len(errors)} error(s) in the data:\n{shown}{more}")


class MethodError(CorpusError):
    """Raised when a method file has errors (it cannot be used); ``issues`` holds them."""
