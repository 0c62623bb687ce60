"""Round 30 (bench/segment/speed23.md): the per-document work made cheaper, old against new.

- The families' quick "no"s: every pattern now asked only where the opening (or the text) holds
  what each of its matches holds. Each gate is checked against its pattern on hand-made matches,
  with every letter also replaced by each character re.IGNORECASE takes for it ("İ", "ı", the
  Kelvin sign), and on the documents' own texts.
- `language.words` encodes UTF-8, not ASCII with '?' replacements: the same words.
- `placing.body_size_of` (assemble's `_body_size` then) finds the weighted median without the
  copies; `watermarks_apart` asks no level type of a page without slanted text.
"""

from __future__ import annotations

import itertools
import random
import re
import statistics
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from services.segment.families import (
    doctype,
    fiche,
    meetings,
    memo,
    metadata,
    parliament,
    printed_date,
)
from services.segment.families.language import words
from services.segment.families.reading import Reading, fold
from services.segment.layout import placing
from services.segment.layout.lines import Line
from services.segment.layout.paragraphs import Block

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _variants(text: str) -> Iterator[str]:
    """`text`, and `text` with each of its letters (one at a time, then all at once) replaced
    by every other character a case-blind pattern takes for it."""
    yield text
    for k, char in enumerate(text):
        for other in _CASE_BLIND.get(char.lower(), ()):
            yield text[:k] + other + text[k + 1 :]
    for char, others in _CASE_BLIND.items():
        if char in text.lower():
            for other in others:
                yield re.sub(re.escape(char), other, text, flags=re.I)


def _case_blind() -> dict[str, list[str]]:
    """For each ASCII letter, every character re.IGNORECASE matches it with."""
    any_letter = re.compile("[a-z]", re.I)
    taken = [chr(c) for c in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(c))]
    return {
        letter: [c for c in taken if c != letter and re.fullmatch(letter, c, re.I)]
        for letter in "abcdefghijklmnopqrstuvwxyz"
    }


_CASE_BLIND = _case_blind()


def test_the_case_blind_letters_are_the_known_ones() -> None:
    assert set(_CASE_BLIND["i"]) == {"I", "\u0130", "\u0131"}
    assert set(_CASE_BLIND["k"]) == {"K", "\u212a"}
    assert set(_CASE_BLIND["s"]) == {"S", "\u017f"}


def _held(words_: tuple[str, ...]) -> Callable[[str], bool]:
    return lambda text: any(word in fold(text) for word in words_)


# (name, pattern's test, gate, matches made by hand): the gate must pass wherever the pattern
# matches.
GATES: list[tuple[str, Callable[[str], object], Callable[[str], bool], list[str]]] = [
    (
        "fiche title",
        fiche._TITLE.search,
        _held((fiche.TITLE_WORD,)),
        ["Fiche 5: Herziening", "BNC-fiche: x", "FICHE 12 : Richtlijn"],
    ),
    (
        "memo word",
        memo._WORD.match,
        _held(memo.WORD_HELD),
        ["Nota", "beslisnota aan", "Informatienota x", "Notitie", "MEMO", "Memorandum x"],
    ),
    (
        "memo purpose",
        memo._PURPOSE.search,
        _held((memo.PURPOSE_HELD,)),
        ["x (ter beslissing) y", "(TER INFORMATIE)", "(ter kennisname)", "(Ter advisering)"],
    ),
    (
        "memo header",
        memo._MEMO_HEADER.search,
        lambda text: memo.HEADER_HELD in text,
        ["Aan: de minister\nVan: DG", "x\nAan : a\nb\nOpsteller: c"],
    ),
    *(
        (
            f"kamerstuk {kind}",
            parliament._PIECE[kind].search,
            _held(parliament._PIECE_WORDS[kind]),
            made,
        )
        for kind, made in (
            ("motie", ["MOTIE VAN HET LID X", "Nr. 12 GEWIJZIGDE MOTIE VAN DE LEDEN"]),
            ("amendement", ["AMENDEMENT VAN HET LID X", "Nr. 8 GEWIJZIGD AMENDEMENT VAN DE LEDEN"]),
            ("verslag", ["VERSLAG", "LIJST VAN VRAGEN EN ANTWOORDEN", "VERSLAG VAN EEN OVERLEG"]),
        )
    ),
    (
        "subject label",
        metadata._SUBJECT_LABEL.fullmatch,
        lambda text: text[:1] in metadata._SUBJECT_LABEL_FIRST,
        ["Betreft", "Onderwerp:", "Inzake :", "INZAKE", "betreft"],
    ),
    (
        "subject",
        metadata._SUBJECT.match,
        lambda text: text[:1] in metadata._SUBJECT_FIRST,
        ["Betreft: de begroting", "Onderwerp  x y z", "Inzake: abcd", "Subject: mail", "Titel: t"],
    ),
    (
        "place and date",
        printed_date.PLACED.search,
        lambda text: "," in text,
        ["Den Haag, 28 oktober 2016", "x\nUtrecht, maandag 3 mei 2021", "'s-Gravenhage, 1-2-2020"],
    ),
    (
        "verslag title",
        meetings._VERSLAG.search,
        lambda text: "Verslag" in text,
        ["Verslag van de vergadering", "x\nConcept-Verslag schriftelijk overleg"],
    ),
]


@pytest.mark.parametrize(("name", "pattern", "gate", "made"), GATES, ids=[g[0] for g in GATES])
def test_each_gate_passes_wherever_its_pattern_matches(
    name: str, pattern: Callable[[str], object], gate: Callable[[str], bool], made: list[str]
) -> None:
    matched = 0
    for text in made:
        for variant in _variants(text):
            if pattern(variant):
                matched += 1
                assert gate(variant), (name, variant)
    assert matched >= len(made), name  # the hand-made texts match, as they should


def _texts() -> Iterator[str]:
    """Texts the families see: the lines of a few real documents and made-up lines."""
    yield from ["", "Datum", "x, y", "(ter", "Aan", "FİCHE 3: x", "İnzake", "ınzake"]
    yield from ["Verslag", "memo", "Nota bene", "motie van het lid"]
    from services.segment.segmenter import segment_pdf

    for path in sorted((FIXTURES / "producers" / "pdf").glob("*.reportlab-word.pdf")):
        doc = segment_pdf(path.read_bytes(), ocr=False)
        for segment in doc.segments:
            yield segment.text
            yield from segment.text.split("\n")


def test_the_gates_on_real_and_made_texts() -> None:
    for text in _texts():
        for name, pattern, gate, _ in GATES:
            if pattern(text):
                assert gate(text), (name, text)


def _words_before(text: str) -> list[bytes]:
    """`language.words` as it was (round 29): ASCII with '?' for what it cannot encode."""
    from services.segment.families import language

    if not language._LOWERS_TO_ASCII.isdisjoint(text):
        return text.lower().encode("ascii", "replace").translate(language._LETTERS_ONLY).split()
    return text.encode("ascii", "replace").translate(language._LOWER_LETTERS_ONLY).split()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "De minister en de Kamer",
        "café’s naïeve coöperatie—de ‘regeling’ • punt",
        "İstanbul KELVIN \u212a x",
        "ſ long s and ﬁ ligature 𝐀𝐁 x",
        "a\ud800b lone surrogate",
        "tab\tnew\nline\u00a0nbsp",
    ],
)
def test_words_are_those_of_the_ascii_encoding(text: str) -> None:
    assert words(text) == _words_before(text)


def test_words_on_random_text() -> None:
    rng = random.Random(30)
    alphabet = "abcXYZ éüİı\u212a’—\t\n.,1\ud800𝐀"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert words(text) == _words_before(text), text


def _line(text: str, size: float) -> Line:
    return Line(1, 72.0, 700.0, 72.0 + 5 * len(text), 710.0, 702.0, size, False, text)


def test_body_size_is_the_median_of_the_copies() -> None:
    rng = random.Random(30)
    sizes = [8.0, 9.5, 10.0, 10.0, 11.0, 12.0, 10]  # an int among equal floats: the order counts
    for _ in range(3000):
        lines = [
            _line("x" * rng.randint(0, 130), rng.choice([*sizes, rng.uniform(6, 20)]))
            for _ in range(rng.randint(0, 12))
        ]
        copies = [ln.size for ln in lines for _ in range(max(len(ln.text) // 20, 1))]
        expected = statistics.median(copies) if copies else 10.0
        found = placing.body_size_of(lines)
        assert found == expected and type(found) is type(expected), lines


def test_body_size_with_a_nan_is_what_it_was() -> None:
    lines = [_line("x" * 40, float("nan")), _line("y" * 60, 10.0), _line("z", 9.0)]
    copies = [ln.size for ln in lines for _ in range(max(len(ln.text) // 20, 1))]
    assert repr(placing.body_size_of(lines)) == repr(statistics.median(copies))


def test_pages_without_slanted_text_are_passed_on_as_they_are() -> None:
    from services.segment.layout.words import PageRuns, Run

    runs = [Run("Tekst", 72.0, 700.0, 120.0, 710.0, 10.0, False)]
    page = PageRuns(1, 595.0, 842.0, runs)
    layout, marks = placing.watermarks_apart([page])
    assert layout[0] is page and marks == []


def _reading(texts: list[str]) -> Reading:
    blocks = []
    for i, text in enumerate(texts):
        y = 780.0 - 14 * i
        blocks.append(Block([Line(1, 72.0, y - 10, 300.0, y, y - 8, 10.0, False, text)]).finish())
    return Reading(blocks, [], 1)


@pytest.mark.parametrize(
    ("texts", "kind"),
    [
        (["BNC-Fiche 5: Herziening verordening"], "bnc_fiche"),
        (["FİCHE 3: Richtlijn"], "bnc_fiche"),
        (["Nota", "Aan de minister"], "nota"),
        (["Beslisnota aan de minister"], "nota"),
        (["Aan: de minister", "Van: DG", "Tekst."], "nota"),
        (["Onderwerp (ter beslissing) het bericht"], "nota"),
        (["MOTIE VAN HET LID JANSEN"], "motie"),
        (["Nr. 8 AMENDEMENT VAN DE LEDEN X EN Y"], "amendement"),
        (["LIJST VAN VRAGEN EN ANTWOORDEN"], "verslag"),
        (["Een brief over iets anders."], "other"),
    ],
)
def test_the_gated_detectors_still_find_their_families(texts: list[str], kind: str) -> None:
    assert doctype.classify(_reading(texts))[0] == kind


def test_dates_by_label_and_place_are_still_found() -> None:
    r = _reading(["Den Haag, 28 oktober 2016", "Tekst."])
    assert printed_date.printed_date(r) == (
        "2016-10-28",
        "place and date on page 1: 'Den Haag, 28 oktober 2016'",
    )
    r = _reading(["Tekst zonder datum.", "DATUM: 3 mei 2021"])
    assert printed_date.printed_date(r) == ("2021-05-03", "labelled on page 1: 'DATUM: 3 mei 2021'")
    assert printed_date.printed_date(_reading(["Geen datum, nergens."])) is None


def test_the_subject_beside_its_label_is_still_read() -> None:
    r = _reading(["Onderwerp: de begroting van 2024", "Tekst."])
    meta = metadata.describe(metadata.Metadata(doc_type="brief"), r)
    assert meta.title == "de begroting van 2024"


def test_no_variant_is_left_out() -> None:
    # the variants of a short word: itself, each letter swapped, each letter swapped throughout
    assert len(list(_variants("ik"))) == 1 + (3 + 2) + (3 + 2)
    assert "\u0130k" in set(_variants("ik")) and "i\u212a" in set(_variants("ik"))
    assert list(itertools.islice(_variants("x"), 1)) == ["x"]
