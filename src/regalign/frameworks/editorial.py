"""Editorial checks: what a curator's record needs beyond a valid shape (W410-W414).

The schema and the cross-record checks say whether a file can be loaded and compared; these say
whether a record is fit to be cited in a briefing: a summary a reader learns from, a source on the
issuing authority's own site, a short quote, one record per verified pinpoint, and the title in the
language of the text. They run when the files are validated (``regalign validate``, and any load
given issue rules), never when a corpus is only loaded for a comparison: a user's draft can be
compared before its wording is final.

The official hosts are those of the authorities whose texts the bundled corpus cites. A record from
another authority gets W411 until its host is added here (or the code is ignored for the file).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from regalign.frameworks.known import LoadedDocument
from regalign.issues import Issue
from regalign.sanitize import short_repr
from regalign.schema.records import Framework, FrameworkDocument, Provision
from regalign.schema.vocab import EnglishText, Evidence

MIN_SUMMARY_CHARS = 40
MAX_QUOTE_CHARS = 300

# Hosts whose pages are the official text, or the official statement, of the issuing authority. A
# host matches itself and its subdomains. Deliberately left out: machine copies (github.com: they
# belong in read_url), law firms, news sites, wikis and agencies that do not issue the instrument.
OFFICIAL_HOSTS = (
    # EU: the Official Journal and EUR-Lex, ELI, the Publications Office, the Commission (with its
    # digital-strategy and trade sites), the Council and the Parliament (with its Legislative
    # Observatory).
    "eur-lex.europa.eu",
    "data.europa.eu",
    "publications.europa.eu",
    "ec.europa.eu",
    "commission.europa.eu",
    "consilium.europa.eu",
    "europarl.europa.eu",
    # Korea: the National Law Information Center, the government's English translations (KLRI), the
    # ministries and commissions that issue the instruments and the government's briefing portals.
    "law.go.kr",
    "elaw.klri.re.kr",
    "msit.go.kr",
    "pipc.go.kr",
    "motie.go.kr",
    "fta.go.kr",
    "korea.kr",
    "korea.net",
    # The Dutch government's publication of the authentic Dutch text of the 2010 EU-Korea FTA.
    "wetten.overheid.nl",
    # Japan: e-Gov law data, the Ministry of Justice translation database, ministries and the Diet.
    "e-gov.go.jp",
    "japaneselawtranslation.go.jp",
    "cao.go.jp",
    "kantei.go.jp",
    "soumu.go.jp",
    "meti.go.jp",
    "ppc.go.jp",
    "mofa.go.jp",
    "digital.go.jp",
    "shugiin.go.jp",
    # RCEP (a treaty binding Japan and Korea): the RCEP Secretariat, which publishes the legal text.
    "rcepsec.org",
)
# The script a title in the original language is written in, for the languages of the corpus.
SCRIPTS = {
    "ko": ("Hangul", re.compile(r"[\uac00-\ud7a3]")),
    "ja": ("Japanese script", re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")),
}
WEAK = (Evidence.SECONDARY, Evidence.UNVERIFIED)


def is_official(url: str | None) -> bool:
    """True when the URL's host is an official host or one of its subdomains."""
    if not url:
        return False
    host = (urlsplit(url).hostname or "").lower()
    return any(host == official or host.endswith("." + official) for official in OFFICIAL_HOSTS)


def editorial_issues(documents: Sequence[LoadedDocument]) -> Iterator[Issue]:
    """W410-W414 for every framework file among the documents."""
    for loaded in documents:
        if isinstance(loaded.document, FrameworkDocument):
            yield from _framework(loaded, loaded.document.framework)
            yield from _provisions(loaded, loaded.document.provisions)


def _framework(loaded: LoadedDocument, framework: Framework) -> Iterator[Issue]:
    url = framework.source_url
    if url is not None and framework.evidence is Evidence.PRIMARY and not is_official(url):
        yield loaded.issue(
            "W411",
            ["framework", "source_url"],
            f"framework {short_repr(framework.id)} rests on primary evidence but its source_url is "
            "not on the issuing authority's site",
        )
    script = SCRIPTS.get(framework.original_language)
    if script is not None:
        name, pattern = script
        title = framework.title_original
        explained = any("title" in caveat for caveat in framework.caveats)
        if title is None and (framework.evidence is Evidence.PRIMARY or not explained):
            yield loaded.issue(
                "W414",
                ["framework"],
                f"framework {short_repr(framework.id)} has no title_original: give the title in "
                f"{name}, or, for a record resting on reports, say in a caveat why it is missing",
            )
        elif title is not None and not pattern.search(title):
            yield loaded.issue(
                "W414",
                ["framework", "title_original"],
                f"title_original {short_repr(title)} is not in {name}",
            )
    if framework.original_language != "en" and framework.english_text is EnglishText.ORIGINAL:
        yield loaded.issue(
            "W414",
            ["framework", "english_text"],
            f"english_text is 'original' but the text's original language is "
            f"{short_repr(framework.original_language)}: say which English text was read",
        )


def _provisions(loaded: LoadedDocument, provisions: Sequence[Provision]) -> Iterator[Issue]:
    first: dict[str, int] = {}
    for i, provision in enumerate(provisions):
        base: list[str | int] = ["provisions", i]
        summary = " ".join(provision.summary.split())
        title = " ".join(provision.title.split())
        if summary and (
            len(summary) < MIN_SUMMARY_CHARS
            or summary.casefold().rstrip(".") == title.casefold().rstrip(".")
        ):
            yield loaded.issue(
                "W410",
                base + ["summary"],
                f"{short_repr(provision.id)}: the summary "
                + (
                    "repeats the title"
                    if len(summary) >= MIN_SUMMARY_CHARS
                    else f"has {len(summary)} characters"
                )
                + f"; say in a sentence or two what the provision requires (at least "
                f"{MIN_SUMMARY_CHARS} characters)",
            )
        url = provision.source_url
        if url is not None and provision.evidence not in WEAK and not is_official(url):
            yield loaded.issue(
                "W411",
                base + ["source_url"],
                f"{short_repr(provision.id)}: evidence {provision.evidence.value} but the source_url "
                "is not on the issuing authority's site (a copy belongs in read_url; a record "
                "resting on reports has evidence secondary)",
            )
        if provision.quote is not None and (
            not provision.quote.strip() or len(provision.quote) >= MAX_QUOTE_CHARS
        ):
            yield loaded.issue(
                "W412",
                base + ["quote"],
                f"{short_repr(provision.id)}: "
                + (
                    "the quote is blank"
                    if not provision.quote.strip()
                    else f"the quote has {len(provision.quote)} characters; quote at most "
                    f"{MAX_QUOTE_CHARS - 1} and summarise the rest in your own words"
                ),
            )
        if provision.pinpoint is not None and provision.pinpoint_verified:
            pinpoint = " ".join(provision.pinpoint.split())
            if pinpoint in first:
                yield loaded.issue(
                    "W413",
                    base + ["pinpoint"],
                    f"{short_repr(provision.id)}: verified pinpoint {short_repr(pinpoint)} is "
                    f"also that of {short_repr(provisions[first[pinpoint]].id)}; split the records "
                    "by paragraph, or mark all but one pinpoint_verified: false",
                )
            else:
                first[pinpoint] = i
