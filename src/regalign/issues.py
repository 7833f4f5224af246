"""Validation problems as data: the Issue value and the catalogue of issue codes.

Every problem the loader or the cross-record checks find is an :class:`Issue`. One value serves
the text output (``file:line:col: CODE message``), the JSON output and the reference page in
docs/issue-codes.md, which a test keeps in step with :data:`CATALOGUE`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

from regalign.sanitize import REPLACEMENT, clean_line, shorten

ERROR = "error"
WARNING = "warning"
# At most this many issues are listed per file, then one summary issue says how many more there are:
# a hostile file can hold millions of problems, and nobody reads past the first screenful.
MAX_ISSUES_PER_FILE = 100
SUMMARY_CODES = ("E113", "W406")


@dataclass(frozen=True)
class IssueType:
    """One entry of the catalogue: a stable code and what it means."""

    code: str
    name: str
    severity: str
    title: str
    description: str


@dataclass(frozen=True, order=True)
class Issue:
    """One problem found in one file, at a line and column (1-based) and a JSON path."""

    file: str
    line: int
    column: int
    code: str
    message: str
    path: str = "$"
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        """True for errors, False for warnings."""
        return self.severity == ERROR

    def as_text(self) -> str:
        """Render as linters do: ``file:line:col: error CODE message (at $.path)`` (or ``warning``)."""
        where = "" if self.path == "$" else f" (at {self.path})"
        # One issue, one line: a line break in a file name (a CR or LF is legal there) is shown as U+FFFD,
        # one in a message as a space, so that no name can forge an issue line of its own.
        return (
            f"{clean_line(self.file, REPLACEMENT)}:{self.line}:{self.column}: {self.severity} "
            f"{self.code} {clean_line(self.message)}{clean_line(where)}"
        )

    def as_dict(self) -> dict[str, Any]:
        """Render as the JSON object documented in docs/issue-codes.md."""
        record = asdict(self)
        return {
            key: record[key]
            for key in ("code", "severity", "file", "line", "column", "path", "message")
        }


_TYPES = [
    # File and YAML layer
    IssueType(
        "E101",
        "file-unreadable",
        ERROR,
        "File cannot be read",
        "The path does not exist, is not a regular file, or cannot be opened.",
    ),
    IssueType(
        "E102",
        "file-too-large",
        ERROR,
        "File too large",
        "The file is larger than the size cap (8 MiB by default); split it into several files.",
    ),
    IssueType(
        "E103",
        "not-utf8",
        ERROR,
        "Not UTF-8",
        "The file is not valid UTF-8. Save it as UTF-8 (a UTF-8 byte-order mark is accepted).",
    ),
    IssueType(
        "E104",
        "empty-file",
        ERROR,
        "Empty file",
        "The file holds no YAML document (it is empty or only comments).",
    ),
    IssueType(
        "E105",
        "yaml-syntax",
        ERROR,
        "YAML syntax error",
        "The YAML parser rejected the file; the position is where it gave up.",
    ),
    IssueType(
        "E106",
        "tab-indentation",
        ERROR,
        "Tab used for indentation",
        "YAML indents with spaces only; a tab character was found where indentation was expected.",
    ),
    IssueType(
        "E107",
        "duplicate-key",
        ERROR,
        "Duplicate key",
        "A mapping repeats a key. A plain YAML load would keep the last value silently and lose data.",
    ),
    IssueType(
        "E108",
        "yaml-alias",
        ERROR,
        "Anchor, alias or merge key",
        "Anchors and aliases to mappings or sequences, and merge keys ('<<'), are not allowed: "
        "records are written out in full, and aliases could expand without bound.",
    ),
    IssueType(
        "E109",
        "unsupported-tag",
        ERROR,
        "Unsupported YAML tag or key",
        "An explicit tag such as '!!binary' or '!custom', or a non-scalar mapping key, was used.",
    ),
    IssueType(
        "E110",
        "not-a-mapping",
        ERROR,
        "Top level is not a mapping",
        "A regalign file is a mapping with a 'kind' key at the top level.",
    ),
    IssueType(
        "E111",
        "unknown-kind",
        ERROR,
        "Missing or unknown kind",
        "The top-level 'kind' must be 'framework', 'taxonomy' or 'crosswalk'.",
    ),
    IssueType(
        "E112",
        "ambiguous-number",
        ERROR,
        "Number read differently by YAML versions",
        "regalign and the published JSON Schema read YAML 1.2. A plain value that YAML 1.1 reads otherwise is "
        "refused rather than guessed: a leading zero (0777 is 511 in YAML 1.1, 777 in YAML 1.2), a base-60 "
        "form (1:30:00 is 5400 in YAML 1.1, text in YAML 1.2), underscores (1_000), a binary or octal form "
        "(0b101, 0o17), or an exponent without a dot (1e25 is text in YAML 1.1). Write the number so both read "
        "it alike (777, 5400, 1.0e+25), or quote the value if it is text.",
    ),
    IssueType(
        "E113",
        "too-many-issues",
        ERROR,
        "Too many problems to list",
        f"Only the first {MAX_ISSUES_PER_FILE} problems of a file are listed; this line says how many more "
        "there are, and where checking stopped early on a file with no hope of passing. Fix the listed "
        "problems and validate again.",
    ),
    # Structure and types
    IssueType(
        "E201", "missing-field", ERROR, "Missing required field", "A required field is absent."
    ),
    IssueType(
        "E202",
        "unknown-field",
        ERROR,
        "Unknown field",
        "A field is not part of the record type (records are strict, to catch typos).",
    ),
    IssueType(
        "E203",
        "wrong-type",
        ERROR,
        "Wrong type",
        "A value has the wrong type, e.g. a list where text is expected, or a malformed date.",
    ),
    IssueType(
        "E204",
        "invalid-value",
        ERROR,
        "Invalid value",
        "A value is outside its vocabulary, does not match its pattern, or is out of range.",
    ),
    # Cross-record checks
    IssueType(
        "E301",
        "duplicate-id",
        ERROR,
        "Duplicate id",
        "Two frameworks, provisions of one framework, topics, crosswalks or relations share an id.",
    ),
    IssueType(
        "E302",
        "unknown-topic",
        ERROR,
        "Unknown topic",
        "A provision, a topic's see_also, or a method file's topic_weights, names a topic that no "
        "taxonomy file defines.",
    ),
    IssueType(
        "E303",
        "unknown-parent-topic",
        ERROR,
        "Topic without parent",
        "A dotted topic id whose parent (the id without its last part) is not defined.",
    ),
    IssueType(
        "E304",
        "dangling-relation",
        ERROR,
        "Relation to an unknown provision",
        "A crosswalk relation names a provision that its framework does not contain.",
    ),
    IssueType(
        "E305",
        "impossible-dates",
        ERROR,
        "Impossible date order",
        "Dates contradict each other: entry into force before adoption or signature, application "
        "before entry into force, an end before a start.",
    ),
    IssueType(
        "E306",
        "incomplete-sanction",
        ERROR,
        "Incomplete sanction",
        "A sanction lacks its amount or currency, a turnover share lacks 'whichever', or a "
        "ceiling at the lower of the two lacks the firms it is for.",
    ),
    IssueType(
        "E307",
        "strength-mismatch",
        ERROR,
        "Strength does not fit the relation",
        "NIST IR 8278A: equal is 10, not-related is 0, subset/superset/intersects are 1 to 9.",
    ),
    IssueType(
        "E308",
        "status-mismatch",
        ERROR,
        "Status contradicts the events",
        "The framework's status differs from the status its dated events give on the 'checked' date.",
    ),
    IssueType(
        "E309",
        "history-mismatch",
        ERROR,
        "Application history does not chain",
        "Each change's 'new' date must be the next change's 'original', and the last 'new' must equal "
        "applies_from.",
    ),
    IssueType(
        "E310",
        "pinpoint-missing",
        ERROR,
        "Pinpoint missing",
        "A provision has no pinpoint but does not say so: set pinpoint_verified: false.",
    ),
    IssueType(
        "E311",
        "self-relation",
        ERROR,
        "Relation to itself",
        "A crosswalk relation links a provision to itself.",
    ),
    IssueType(
        "E312",
        "unknown-framework",
        ERROR,
        "Unknown framework",
        "A reference names a framework that is not in the corpus.",
    ),
    IssueType(
        "E313",
        "dangling-link",
        ERROR,
        "Link to an unknown provision",
        "sanctioned_by or depends_on names a provision (framework-id/provision-id) that is not in the corpus.",
    ),
    IssueType(
        "E314",
        "quantity-unit",
        ERROR,
        "Unit does not fit the quantity",
        "Each kind of quantity has its units: FLOP for compute, a currency code for money, percent for "
        "shares, users for user counts, hours, days, months or years for periods.",
    ),
    IssueType(
        "E315",
        "impossible-quantity",
        ERROR,
        "Impossible quantity",
        "A quantity is zero, negative or not finite, a share exceeds 100 percent, a user count is "
        "fractional, or a period is longer than 200 years.",
    ),
    IssueType(
        "E316",
        "party-term",
        ERROR,
        "Party term does not fit the instrument",
        "A party term is allowed only in an instrument with two or more parties, must name parties of "
        "that instrument, and must leave at least one party out.",
    ),
    IssueType(
        "E317",
        "link-cycle",
        ERROR,
        "Provision linked to itself",
        "A provision names itself in sanctioned_by or depends_on, or depends_on links go round in a circle, "
        "so no application date can be derived.",
    ),
    IssueType(
        "E318",
        "penalty-as-quantity",
        ERROR,
        "Penalty ceiling written as a quantity",
        "Fine ceilings and turnover shares are stated once, in 'sanctions'; regalign derives them as "
        "quantities. Use the quantity kind 'fine-amount' for a fine fixed by a schedule.",
    ),
    IssueType(
        "E319",
        "against-untagged-topic",
        ERROR,
        "Direction given for a topic the provision does not carry",
        "'against' lists the topics whose norm the provision pushes against; each must also be one of "
        "its 'topics'.",
    ),
    IssueType(
        "E320",
        "concerns-a-party",
        ERROR,
        "An instrument 'concerns' one of its own parties",
        "'concerns' names the jurisdictions an instrument is about without being party to them (an "
        "adequacy decision for Japan concerns JP); a party goes in 'jurisdictions' only.",
    ),
    IssueType(
        "E321",
        "number-before-provision",
        ERROR,
        "A number applies before its provision",
        "A quantity's 'applies_from' (the day an amendment inserted the number) is earlier than the day "
        "its provision starts to apply.",
    ),
    IssueType(
        "E322",
        "deadline-before-adoption",
        ERROR,
        "Dated deadline before the instrument was adopted",
        "A provision's dated deadline falls before the instrument was adopted, signed or published.",
    ),
    IssueType(
        "E323",
        "source-listed-twice",
        ERROR,
        "Source listed twice",
        "A URL appears twice in framework.sources; list each source once, with one type.",
    ),
    IssueType(
        "E324",
        "rules-of-own-party",
        ERROR,
        "A party's own rules marked as another jurisdiction's",
        "'rules_of' names the jurisdiction whose rules a unit records when they are not the "
        "instrument's (Japan's Supplementary Rules in the EU's adequacy decision); a party of the "
        "instrument is never one.",
    ),
    IssueType(
        "E325",
        "exclusion-out-of-place",
        ERROR,
        "Scope clause that cannot take the rule out",
        "'arguably_outside' names the treaty clause under which a party's rule arguably falls "
        "outside a commitment: it needs a relation marked 'opposite', and a provision of the same "
        "instrument as one end of the relation.",
    ),
    IssueType(
        "E326",
        "stricter-out-of-place",
        ERROR,
        "Stricter rule on unrelated or opposite rules",
        "'stricter' says which of two related rules asks more of those it binds; two rules judged "
        "not related, or pointing in opposite directions, are not on the same point, so neither is "
        "stricter.",
    ),
    IssueType(
        "E340",
        "ends-before-force",
        ERROR,
        "Provision ends before it can apply",
        "A provision's applies_until is before its instrument enters into force (or, with no entry "
        "into force yet, before adoption): the provision would never apply, and every comparison "
        "would leave it out without a word.",
    ),
    # Warnings about weak data
    IssueType(
        "W401",
        "missing-source-url",
        WARNING,
        "No source URL",
        "A framework or provision does not say where its text can be read.",
    ),
    IssueType(
        "W402",
        "unverified-pinpoint",
        WARNING,
        "Unverified pinpoint",
        "No source read confirmed the provision's pinpoint; reports mark it as unverified.",
    ),
    IssueType(
        "W403",
        "empty-summary",
        WARNING,
        "Empty summary",
        "A provision's summary is empty, so reports can only show its title.",
    ),
    IssueType(
        "W404",
        "penalty-without-sanction",
        WARNING,
        "Link to a penalty provision without a sanction",
        "sanctioned_by names a provision that states no sanction, so the sanctions dimension cannot use it.",
    ),
    IssueType(
        "W405",
        "checked-in-future",
        WARNING,
        "Checked date in the future",
        "A framework's or crosswalk's 'checked' date is later than today: give the date the record was "
        "last read against its source (status checks use that date).",
    ),
    IssueType(
        "W407",
        "untyped-source",
        WARNING,
        "Cited URL without a source type",
        "A URL the file cites is not listed in framework.sources, so a report cannot say whether it is "
        "an official text, a translation, a copy or a secondary source.",
    ),
    IssueType(
        "W408",
        "quantity-without-measure",
        WARNING,
        "Quantity without a measure key",
        "A quantity has no 'measure' key, so it is never compared with another instrument's numbers "
        "(only quantities of the same kind and measure are compared).",
    ),
    IssueType(
        "W409",
        "penalty-without-target",
        WARNING,
        "Penalty without whom it falls on",
        "A sanction does not say whether it falls on operators or on public authorities and their "
        "officials, so it is compared with no other penalty.",
    ),
    # Editorial warnings: run when files are validated, not when a corpus is only loaded
    IssueType(
        "W410",
        "thin-summary",
        WARNING,
        "Summary too thin to cite",
        "A provision's summary is shorter than 40 characters or repeats its title, so a briefing "
        "cannot say what the provision requires.",
    ),
    IssueType(
        "W411",
        "unofficial-source",
        WARNING,
        "Source not on the issuing authority's site",
        "A record resting on primary evidence (or a provision on anything but secondary or unverified "
        "evidence) gives a source_url that is not on an official host of the issuing authority. A "
        "copy of the text belongs in read_url; a record resting on reports has evidence secondary.",
    ),
    IssueType(
        "W412",
        "long-quote",
        WARNING,
        "Quote too long or blank",
        "A provision's quote is blank or has 300 characters or more: quote the words that carry the "
        "rule and summarise the rest in your own words.",
    ),
    IssueType(
        "W413",
        "shared-pinpoint",
        WARNING,
        "Verified pinpoint shared by two provisions",
        "Two provisions of one framework give the same verified pinpoint, so a citation cannot say "
        "which record it rests on: split them by paragraph or item, or mark all but one unverified.",
    ),
    IssueType(
        "W414",
        "original-title",
        WARNING,
        "Title not in the text's language",
        "A Korean or Japanese framework has no title_original in Hangul or Japanese script (a record "
        "resting on reports may say why in a caveat), or a text not originally English is marked "
        "english_text: original.",
    ),
    IssueType(
        "W460",
        "checks-skipped",
        WARNING,
        "Provisions checked without their header",
        "The framework header has errors, so the provisions that passed their own checks were checked "
        "without it: not against the instrument's dates (entry into force, adoption), parties (party "
        "terms) and sources list, nor their sanctioned_by and depends_on links; a crosswalk that names "
        "them is told the framework has errors of its own. Fix the header and validate again. Records "
        "that fail their own checks are always left out of the cross-record checks, and the file's "
        "other records are checked.",
    ),
    IssueType(
        "W461",
        "bad-suppression",
        WARNING,
        "Suppression comment without effect",
        "A '# regalign: ignore[...]' or '# regalign: ignore-file[...]' comment names something that is "
        "not an issue code or prefix (like W402 or W4), names nothing between the brackets, or names an "
        "E1xx or E2xx code, which cannot be left out: such problems stop a record from loading.",
    ),
    IssueType(
        "W406",
        "too-many-warnings",
        WARNING,
        "Too many warnings to list",
        f"Only the first {MAX_ISSUES_PER_FILE} issues of a file are listed; this line says how many more "
        "warnings there are.",
    ),
]

CATALOGUE: dict[str, IssueType] = {t.code: t for t in _TYPES}


MAX_MESSAGE = 600
MAX_PATH = 300


def make_issue(
    code: str, file: str, line: int, column: int, message: str, path: str = "$"
) -> Issue:
    """Build an Issue whose severity comes from the catalogue; message and path are bounded in length,
    whatever values they quote."""
    return Issue(
        file=file,
        line=line,
        column=column,
        code=code,
        message=shorten(message, MAX_MESSAGE),
        path=shorten(path, MAX_PATH),
        severity=CATALOGUE[code].severity,
    )


def sort_issues(issues: Iterable[Issue]) -> list[Issue]:
    """Sort by file, position, code and message, dropping exact duplicates; a file's summary comes last."""
    return sorted(
        set(issues),
        key=lambda i: (
            i.file,
            i.code in SUMMARY_CODES,
            i.line,
            i.column,
            i.code,
            i.path,
            i.message,
        ),
    )


class FileIssues:
    """The issues of one file: the first ``limit`` by position are kept, the rest only counted.

    Memory stays proportional to ``limit`` however many issues arrive. ``full`` tells the layers
    that come later (structure, cross-record checks) that they may stop early; ``stop`` records
    where they did, for the summary issue.
    """

    def __init__(
        self,
        name: str,
        limit: int = MAX_ISSUES_PER_FILE,
        keep: Callable[[Issue], bool] | None = None,
    ) -> None:
        self.name = name
        self.limit = max(1, limit)
        self.keep = (
            keep  # issues it refuses (ignored codes, suppression comments) are dropped uncounted
        )
        self._kept: list[Issue] = []
        self.hidden = 0
        self.hidden_errors = 0
        self._first_hidden: tuple[int, int] | None = None
        self._stopped: tuple[int, int, str] | None = None

    @property
    def count(self) -> int:
        """Issues met so far (an exact duplicate may be counted twice until the list is compacted)."""
        return len(self._kept) + self.hidden

    @property
    def full(self) -> bool:
        """True once as many issues as will be listed have been met."""
        return self.count >= self.limit

    def add(self, issue: Issue) -> None:
        """Keep an issue (or count it, once more than ``limit`` better-placed ones are kept)."""
        if self.keep is not None and not self.keep(issue):
            return
        self._kept.append(issue)
        if len(self._kept) >= 2 * self.limit:
            self._compact()

    def extend(self, issues: Iterable[Issue]) -> None:
        """Add several issues."""
        for issue in issues:
            self.add(issue)

    def hide(self, line: int, column: int, error: bool = True, count: int = 1) -> None:
        """Count issues without building them: for a layer that meets issues in position order once full."""
        self.hidden += count
        self.hidden_errors += count if error else 0
        if self._first_hidden is None or (line, column) < self._first_hidden:
            self._first_hidden = (line, column)

    def stop(self, line: int, column: int, note: str) -> None:
        """Record that checking stopped early, where, and what was left unchecked."""
        if self._stopped is None:
            self._stopped = (line, column, note)

    def result(self) -> list[Issue]:
        """The kept issues in order, then one summary issue if any were only counted or checking stopped."""
        self._compact()
        if not self.hidden and self._stopped is None:
            return list(self._kept)
        return [*self._kept, self._summary()]

    def _compact(self) -> None:
        unique = sort_issues(self._kept)
        self._kept = unique[: self.limit]
        for issue in unique[self.limit :]:
            self.hide(issue.line, issue.column, issue.is_error)

    def _summary(self) -> Issue:
        parts = []
        if self.hidden:
            noun = "problem" if self.hidden_errors else "warning"
            parts.append(
                f"and {self.hidden:,} more {noun}{'s' if self.hidden != 1 else ''} in this file; only the "
                f"first {self.limit} are listed"
            )
        if self._stopped is not None:
            parts.append(self._stopped[2])
        where = self._first_hidden or (self._stopped[:2] if self._stopped else (1, 1))
        code = "E113" if self.hidden_errors or self._stopped is not None else "W406"
        return make_issue(code, self.name, where[0], where[1], "; ".join(parts))


def catalogue_markdown() -> str:
    """The issue-code reference page (docs/issue-codes.md), generated so it cannot drift."""
    lines = [
        "# Issue codes",
        "",
        "`regalign validate` reports every problem as `file:line:col: SEVERITY CODE message (at $.json.path)`",
        "(SEVERITY is `error` or `warning`, as compilers and linters print it, so editors' problem matchers read it);",
        '`--format json` prints `{"valid": bool, "issues": [...]}` where each issue has the keys',
        "`code`, `severity`, `file`, `line`, `column`, `path` and `message`; `--format sarif` prints SARIF 2.1.0",
        "for code scanning and `--format github` workflow annotations. Codes starting with `E` are errors",
        "(exit status 1); codes starting with `W` are warnings (exit status 0 unless `--strict`).",
        "",
        "Each code has an anchor, `issue-codes.md#e302`, which the SARIF rules link to.",
        "This page is generated from `regalign/issues.py`; a test fails when they differ.",
        "",
        "| code | name | severity | meaning |",
        "| --- | --- | --- | --- |",
    ]
    for item in _TYPES:
        lines.append(
            f'| <a id="{item.code.lower()}"></a>{item.code} | `{item.name}` | {item.severity} '
            f"| **{item.title}.** {item.description} |"
        )
    return "\n".join(lines) + "\n"
