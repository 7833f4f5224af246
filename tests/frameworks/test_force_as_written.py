"""Force as written: a Korean or Japanese duty phrased as a duty to endeavour is a best-efforts duty.

Issue 17 item 4. A provision whose text only asks for effort (노력하여야 한다, 노력해야 한다, 노력한다;
努めなければならない, 努めるものとする, 努める) is ``best-efforts``, never ``obligation``, even in a binding act.
The table below lists every bundled provision whose ``quote`` holds such a phrase, with the phrase and the
copy the quote was checked in; a test holds the table and the corpus together, and a corpus-wide test
makes any future record with such a quote best-efforts too, so none can slip in as an obligation.

Copies read, by short name:

* KR-ACT: AI Basic Act (law.go.kr XML, consolidated to Act No. 21311),
  https://github.com/azeroo0/gg1th_rag_mini/blob/69a3b9557066f7dfd6e6b5ca24861d62fb0771de/data/ai_basic_law/ai_basic_law.xml
* KR-DEC: AI Basic Act Enforcement Decree, original text of Decree No. 36053 in the legalize-kr copy,
  https://github.com/xxyy89890-wq/legalize-kr/blob/7460e2a014b50e82a85c4b46276eee674e9857c3/kr/인공지능발전과신뢰기반조성등에관한기본법/시행령.md
* KR-DSA: Digital Signature Act, same legalize-kr copy, kr/전자서명법/법률.md
* JP-AI: AI Promotion Act (Act No. 53 of 2025), e-Gov XML snapshot,
  https://github.com/EtonMu/global-ai-data-regulation-map/blob/ba4de2411db078dcf4f164548cc4a793fae476b7/data/v2/source-snapshots/jp-ai-promotion-act-507AC0000000053-current-2026-07-20.xml
* JP-ESIG: Electronic Signatures Act, Chapter 5 as reproduced on iuris.jp (secondary),
  https://iuris.jp/電子署名及び認証業務に関する法律-第五章-雑則/jpn/c/1142
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from regalign.frameworks.corpus import Corpus
from regalign.schema.vocab import Modality
from tests.frameworks.fact_tables import Mismatch, bundled

# Phrases of effort. The Korean stems cover 노력하여야 한다 and 노력하여야 하며, the contracted 노력해야 한다
# (decrees) and 노력한다; 努める covers 努めるものとする and 努めるとともに, 努めなければならない is listed on its
# own because it does not contain 努める.
EFFORT_PHRASES = (
    "노력하여야",
    "노력해야",
    "노력한다",
    "努めなければならない",
    "努めるものとする",
    "努める",
)
EFFORT = re.compile("|".join(re.escape(p) for p in EFFORT_PHRASES))

# provision id -> the effort phrase its quote holds (checked in the copy named in the comment).
ENDEAVOUR_QUOTES: dict[str, str] = {
    # ---- Korea: AI Basic Act (KR-ACT) ----
    "kr-ai-basic-act/art-3-3": "노력하여야 한다",  # Art. 3(3): State to respect creativity, safe environment
    "kr-ai-basic-act/art-3-5": "노력하여야 한다",  # Art. 3(5): participation of AI-vulnerable groups
    "kr-ai-basic-act/art-17-para-2": "노력하여야 하며",  # Art. 17(2): SME participation
    "kr-ai-basic-act/art-20": "노력하여야 한다",  # Art. 20(1): improving laws and institutions
    "kr-ai-basic-act/art-30-3": "노력하여야 한다",  # Art. 30(3): operators to obtain verification
    "kr-ai-basic-act/art-35-1": "노력하여야 한다",  # Art. 35(1): operators to assess impact
    "kr-ai-basic-act/art-37-4": "노력하여야 한다",  # Art. 37(4): efficient spending of funds
    # ---- Korea: Enforcement Decree (KR-DEC) ----
    "kr-ai-basic-act-decree/art-27-4": "노력해야 한다",  # Art. 27(4): developer to cooperate
    # ---- Korea: Digital Signature Act (KR-DSA) ----
    "kr-digital-signature-act/art-6-1": "노력하여야 한다",  # Art. 6(1): diverse signature means
    # ---- Japan: AI Promotion Act (JP-AI) ----
    "jp-ai-promotion-act/art-3-5": "努めるものとする",  # Art. 3(5): leading role in cooperation
    "jp-ai-promotion-act/art-6-1": "努めるものとする",  # Art. 6(1): research bodies to cooperate
    "jp-ai-promotion-act/art-7-utilisation": "努める",  # Art. 7: operators to use AI actively
    # ---- Japan: Electronic Signatures Act (JP-ESIG, secondary copy) ----
    "jp-electronic-signatures-act/state-effort-duties": "努めなければならない",  # Ch. 5: public understanding
}

# Duties next to an effort duty that are worded as plain duties and must stay so: the quote is the must.
PLAIN_DUTIES: dict[str, tuple[str, Modality]] = {
    # JP-AI Art. 7, second limb: "施策に協力しなければならない" (a must; nothing enforces it).
    "jp-ai-promotion-act/art-7-cooperation": ("協力しなければならない", Modality.OBLIGATION),
    # KR-ACT Art. 35(2): State bodies "우선적으로 고려하여야 한다" (binds public bodies, not operators).
    "kr-ai-basic-act/art-35-2": ("우선적으로 고려하여야 한다", Modality.OBLIGATION),
    # KR-ACT Art. 7(9): Committee members "사용하여서는 아니 된다".
    "kr-ai-basic-act/art-7-9": ("아니 된다", Modality.PROHIBITION),
}


def effort_phrase(quote: str | None) -> str | None:
    """The first effort phrase in a quote, or None."""
    found = EFFORT.search(quote or "")
    return found.group(0) if found else None


def check_endeavour_quotes(corpus: Corpus) -> list[Mismatch]:
    """Every provision whose quote holds an effort phrase is best-efforts, and the table lists exactly them."""
    found: list[Mismatch] = []
    for pid, provision in sorted(corpus.provisions.items()):
        phrase = effort_phrase(provision.quote)
        if phrase is None:
            continue
        if provision.modality is not Modality.BEST_EFFORTS:
            found.append(Mismatch(pid, "modality", Modality.BEST_EFFORTS, provision.modality))
        if pid not in ENDEAVOUR_QUOTES:
            found.append(Mismatch(pid, "table", phrase, None))
    for pid, phrase in ENDEAVOUR_QUOTES.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", phrase, None))
        elif phrase not in (provision.quote or ""):
            found.append(Mismatch(pid, "quote", phrase, provision.quote))
    return found


def check_plain_duties(corpus: Corpus) -> list[Mismatch]:
    """The plain duties beside effort duties keep their wording and modality and hold no effort phrase."""
    found: list[Mismatch] = []
    for pid, (words, modality) in PLAIN_DUTIES.items():
        provision = corpus.provisions.get(pid)
        if provision is None:
            found.append(Mismatch(pid, "missing", words, None))
            continue
        if words not in (provision.quote or "") or effort_phrase(provision.quote):
            found.append(Mismatch(pid, "quote", words, provision.quote))
        if provision.modality is not modality:
            found.append(Mismatch(pid, "modality", modality, provision.modality))
    return found


def corrupted(pid: str, **update: object) -> Corpus:
    corpus = bundled()
    provisions = dict(corpus.provisions)
    provisions[pid] = corpus.provisions[pid].model_copy(update=update)
    return dataclasses.replace(corpus, provisions=provisions)


# ---- the bundled corpus ---------------------------------------------------------------------------


def test_every_endeavour_quote_in_the_corpus_is_best_efforts() -> None:
    assert check_endeavour_quotes(bundled()) == []


def test_plain_duties_beside_effort_duties_stay_as_written() -> None:
    assert check_plain_duties(bundled()) == []


@pytest.mark.parametrize("pid", sorted(ENDEAVOUR_QUOTES))
def test_endeavour_record_is_best_efforts(pid: str) -> None:
    provision = bundled().provisions[pid]
    assert provision.modality is Modality.BEST_EFFORTS
    assert ENDEAVOUR_QUOTES[pid] in (provision.quote or "")


def test_the_phrase_list_catches_every_form_in_the_table() -> None:
    for phrase in ENDEAVOUR_QUOTES.values():
        assert effort_phrase(phrase), phrase


# ---- each check reports a seeded wrong value --------------------------------------------------------


@pytest.mark.parametrize(
    "pid",
    [
        "kr-ai-basic-act/art-35-1",
        "kr-ai-basic-act-decree/art-27-4",
        "jp-ai-promotion-act/art-7-utilisation",
        "jp-electronic-signatures-act/state-effort-duties",
    ],
)
def test_check_reports_an_endeavour_duty_read_as_an_obligation(pid: str) -> None:
    assert check_endeavour_quotes(corrupted(pid, modality=Modality.OBLIGATION)) == [
        Mismatch(pid, "modality", Modality.BEST_EFFORTS, Modality.OBLIGATION)
    ]


def test_check_reports_a_new_unlisted_endeavour_quote() -> None:
    """A future record with an effort phrase in its quote must be best-efforts and listed here."""
    pid = "kr-ai-basic-act/art-3-4"  # Art. 3(4) is a plain duty (시책을 강구하여야 한다); seed an effort quote
    corpus = corrupted(pid, quote="노력하여야 한다.", modality=Modality.OBLIGATION)
    assert check_endeavour_quotes(corpus) == [
        Mismatch(pid, "modality", Modality.BEST_EFFORTS, Modality.OBLIGATION),
        Mismatch(pid, "table", "노력하여야", None),
    ]


def test_check_reports_a_quote_that_lost_its_phrase() -> None:
    pid = "jp-ai-promotion-act/art-3-5"
    corpus = corrupted(pid, quote="国際協力において主導的な役割を果たす")
    assert check_endeavour_quotes(corpus) == [
        Mismatch(pid, "quote", "努めるものとする", "国際協力において主導的な役割を果たす")
    ]


def test_check_reports_a_plain_duty_turned_into_an_effort() -> None:
    pid = "jp-ai-promotion-act/art-7-cooperation"
    corpus = corrupted(pid, modality=Modality.BEST_EFFORTS)
    assert check_plain_duties(corpus) == [
        Mismatch(pid, "modality", Modality.OBLIGATION, Modality.BEST_EFFORTS)
    ]
