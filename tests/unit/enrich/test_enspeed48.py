"""Issue #12, session 48: enrichment speed with output unchanged (bench/enrich/enspeed48.md).

Each gate is a piece every match of the scans it spares must hold: where it is missing the scans
find nothing. Held here on generated texts that give many matches (asserted) and on every page of
the shared corpus, against the scans themselves (a pattern another branch adds to a gated family
is checked too, where it is one of the scans named here).
"""

from __future__ import annotations

import random

from services.enrich import words
from services.enrich.entities import (
    attendees,
    authors,
    bracketgiven,
    councilpages,
    localbodies,
    money,
    personruns,
    signatures,
    signers,
    tenants,
)
from services.enrich.references import eu_acts, found, handelingen, woo_grounds
from stukken.contracts import Segment
from tests.unit.enrich.corpus import corpus_pages, generated_texts


def _shaped(slots: list[list[str]], n: int, seed: int) -> list[str]:
    """Texts of a citation's slots in order, each slot one of its choices ('' drops it), with
    a word or two of noise around: most are whole citations, many near misses."""
    rnd = random.Random(seed)
    noise = ["", "zie", "de", "(", ")", "2020", "nr. 5", "10.00 uur", "11."]
    return [
        " ".join([rnd.choice(noise), *(rnd.choice(slot) for slot in slots), rnd.choice(noise)])
        for _ in range(n)
    ]


# --- woo_grounds: the family's gate ------------------------------------------------------------


def _woo_gate(text: str) -> bool:
    """found.py's gate for woo_grounds, as find_in_text asks it."""
    for family, cued, characters in found._GATES:
        if family is woo_grounds:
            cues = words.read(text).cues
            return not cues.isdisjoint(cued) or any(c in text for c in characters)
    raise AssertionError("woo_grounds has no gate")


_GROUND_PIECES = [
    "5", "1", "2", "10", "11", "5.1", "5.2", "51", "5.1.2", "5.12", "51.2", "10.2", "11.1", "11.2",
    "10.1", "5.2.1", "5.1.5", "e", "a", "i", "g", "sub", "onder", "lid", "lid 2", "tweede lid",
    "eerste", "(e)", "¢", ".", ",", "-", "Woo", "Wob", "artikel", "Art.", "paragraaf", "en",
    "aanhef en", "2023", "10.00", "11.30", "12.5", "e-mails", "e.v.", "ISSN",
]  # fmt: skip
_GROUND_JOINS = ["", "", " ", " ", ".", "\n", "\r\n", ", ", "-", "\t"]
_GROUND_SLOTS = [
    ["", "art.", "Art.", "artikel", "paragraaf", "Woo", "Wob", "ground"],
    ["5.1.2", "5.1.1", "5.12", "51.2", "5.1", "5.2.1", "5.1.5", "10.2", "10.1", "11.1", "11.2",
     "10.", "11.", "5.", "12.1", "5.3.1", "10.3"],
    ["", "", "lid 2", "tweede lid,", "sub", "onder", ".", "-", "¢", "(", "\n"],
    ["e", "a", "i", "g", "b, e en g", "e/i", "", "e)", "Algemeen", "e-mails", "e.v."],
]  # fmt: skip


def _texts(pieces: list[str], joins: list[str], n: int, seed: int) -> list[str]:
    return generated_texts(pieces, joins, n, seed, most=10)


def test_no_ground_where_the_woo_gate_fails() -> None:
    """Where none of the gate's words stands, woo_grounds finds nothing (many texts do, asserted,
    and the old gate, '5.', '51', '10.', '11.', would have asked many of the rest)."""
    asked = spared = 0
    texts = _texts(_GROUND_PIECES, _GROUND_JOINS, 10_000, 48) + _shaped(_GROUND_SLOTS, 10_000, 48)
    for text in texts:
        hits = list(woo_grounds.find(text, lambda: True))
        if _woo_gate(text):
            asked += bool(hits)
            continue
        assert hits == [], text
        spared += any(old in text for old in ("5.", "51", "10.", "11."))
    assert asked > 1500 and spared > 2000, (asked, spared)


def test_no_ground_where_the_woo_gate_fails_on_the_corpus() -> None:
    for text in corpus_pages():
        if not _woo_gate(text):
            assert list(woo_grounds.find(text, lambda: True)) == []


# --- eu_acts: the Official Journal's scan ------------------------------------------------------

_JOURNAL_PIECES = [
    "PbEU", "PbEG", "PB", "Pb", "Pb.", "OJ", "Publicatieblad", "Publicatie", "P", "O", "J", "b",
    "L", "C", "180", "2010", "1999", "15.7.2010", "van", "of", ",", "/", "2016/679", "EU",
    "richtlijn", "(EU)", "PBEU", "Ojo",
]  # fmt: skip
_JOURNAL_JOINS = [" ", " ", "", ", ", "\n", "\u00a0", "\t"]
_JOURNAL_SLOTS = [
    ["PbEU", "PbEG", "PB", "Pb", "Pb.", "OJ", "Publicatieblad", "PBEU", "P b", "0J", "Journal"],
    ["", "2010,", "1999", "2016"],
    ["L", "C", "l", "X"],
    ["180", "1", "9999", "x"],
    ["", "A", "van 15.7.2010", "of 4/5/2016", ", van 1.1.2001"],
]  # fmt: skip


def test_no_journal_where_it_is_not_named() -> None:
    seen = 0
    texts = _texts(_JOURNAL_PIECES, _JOURNAL_JOINS, 5_000, 481) + _shaped(
        _JOURNAL_SLOTS, 15_000, 481
    )
    for text in texts:
        matches = list(eu_acts._OJ.finditer(text))
        if not eu_acts._may_cite_a_journal(text):
            assert matches == [], text
        seen += len(matches)
    assert seen > 3000, seen
    for text in corpus_pages():
        if not eu_acts._may_cite_a_journal(text):
            assert list(eu_acts._OJ.finditer(text)) == []


def test_the_journal_words_are_read_by_the_automaton() -> None:
    """`_JOURNAL_CUES` are keys of words.py's automaton (through found.py's gate): otherwise a text
    naming the journal would never hold them."""
    assert eu_acts._JOURNAL_CUES <= found.CUES
    assert eu_acts._may_cite_a_journal("PbEU 2010, L 180")
    assert eu_acts._may_cite_a_journal("OJ L 119, 4.5.2016")
    assert eu_acts._may_cite_a_journal("Publicatieblad L 180")


# --- handelingen: the two citations spelled with 'Aanhangsel' ----------------------------------

_CITED_PIECES = [
    "Kamerstukken", "Handelingen", "Tweede Kamer", "Eerste Kamer", "II", "I", "vergaderjaar",
    "2021/22", "2021–2022", "2023-2024", "Aanhangsel", "Aanhangsel van de Handelingen",
    "aanhangsel", "Aanh.", "nr.", "nrs.", "1694", "2386", "12", ",", "en", "t/m", "januari",
]  # fmt: skip


_CITED_SLOTS = [
    ["Kamerstukken", "Handelingen", "Tweede Kamer,", "Eerste Kamer,", ""],
    ["II", "I", "", "vergaderjaar"],
    ["2021/22,", "2021–2022,", "2023-2024,", "vergaderjaar 2023–2024,", "2023"],
    ["Aanhangsel,", "Aanhangsel", "Aanhangsel van de Handelingen,", "aanhangsel", "Aanh.", ""],
    ["nr.", "nrs.", "", "Handelingen, nr."],
    ["1694", "2386", "12", "1694-1696", "0"],
]  # fmt: skip


def test_no_aanhangsel_citation_without_its_word() -> None:
    seen = 0
    texts = _texts(_CITED_PIECES, [" ", ", ", " ", "\n"], 5_000, 482) + _shaped(
        _CITED_SLOTS, 15_000, 482
    )
    for text in texts:
        for pattern in (handelingen._CITED_AANHANGSEL, handelingen._YEAR_FIRST_AANHANGSEL):
            matches = list(pattern.finditer(text))
            if "Aanhangsel" not in text:
                assert matches == [], text
            seen += len(matches)
    assert seen > 300, seen
    for text in corpus_pages():
        if "Aanhangsel" not in text:
            assert handelingen._CITED_AANHANGSEL.search(text) is None
            assert handelingen._YEAR_FIRST_AANHANGSEL.search(text) is None


def test_an_aanhangsel_citation_is_still_found() -> None:
    text = "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386"
    assert [h.normalized for h in handelingen.find(text)] == ["ah-tk-20232024-2386"]
    text = "Kamerstukken II 2021/22, Aanhangsel, nr. 1694"
    assert [h.normalized for h in handelingen.find(text)] == ["ah-tk-20212022-1694"]


# --- substring tests read from the automaton's pass --------------------------------------------

_CUED = (
    tenants.CUES,
    localbodies.CUES,
    signers.CUES,
    attendees.COURTESY_CUES,
    bracketgiven.CUES,
    authors.CUES,
    money.CUES,
    signatures.CUES,
    frozenset({councilpages._SPACED_EN_DASH, "Lijst"}) | councilpages._LOT_STEMS,
    frozenset({" ("}),
    personruns.KIND_CUES,
)


def test_the_cue_words_are_keys_of_the_automaton() -> None:
    for cues in _CUED:
        for word in cues:
            assert words._automaton().exists(word), word
            assert words.read(f"x {word} y").cues >= {word}


def test_a_cue_word_is_read_where_it_stands() -> None:
    """The set of cue words a text holds says what the substring test said: on every page of the
    corpus and on generated texts of the words, their pieces and neighbours."""
    pieces = [
        *sorted({w for cues in _CUED for w in cues}),
        "Huurders", "bewoners", "Woningbouw", "woningstichting", "Woonstichting", "WonenPlus",
        "Reddingsbrigade", "Bibliotheek", "bezoek", "(Stichting", "basisschool", "gemeente",
        "groeten", "namens", "hoogachtend", "minister", "secretaris", "commissie", "verslag",
        "lijst", "dit", "deze", "(", "Wone", "schoo", "uurder", "Mevrouw", "de heer", "Hr.",
        "mw.", "hr.", "J.", "(J.)", "e.a", "et", "al.", "EURO", "euro's", "€", "Euro", ".", " ",
        "Van", "Aan", ":", "From", "To", "CC", "Cc", "w.g", "Lijst", "lijst", "–", "-", "stem",
        "Stemmingsnummer", "gratie", "Gods", "bij de gratie Gods", "Gedeputeerden", "wethouders",
        "Raadsleden", "portefeuillehouder", "bestuurders", "voorzitter", "Fractievoorzitter",
    ]  # fmt: skip
    texts = corpus_pages() + _texts(pieces, ["", " ", "\n", "s", "-"], 5_000, 483)
    seen = 0
    for text in texts:
        words.forget()
        held = words.read(text).cues
        for cues in _CUED:
            for word in cues:
                assert (word in held) == (word in text), (word, text)
                seen += word in text
    assert seen > 5_000, seen


def test_signers_read_a_text_not_kept_as_one_kept() -> None:
    """signers.find asks the automaton's set where the text was read, the text itself where it was
    not (a long document's first segments are no longer kept): the same signers either way."""
    segments = [
        Segment(id=f"s{i}", kind="paragraph", page=1, text=text)
        for i, text in enumerate(
            [
                "Wij vertrouwen u hiermee voldoende te hebben geïnformeerd.",
                "Hoogachtend,\nde minister van Binnenlandse Zaken,",
                "J.A. de Vries",
                "De voorzitter van de commissie,\nJansen",
                "De griffier voor dit verslag,\nBakker",
                "Met vriendelijke groet,",
                "Piet Hein Donner",
            ]
        )
    ]

    def signed() -> list[tuple[str, int, int, str]]:
        return [(s.id, m.start, m.end, m.canonical) for s, m in signers.find(segments)]

    words.forget()
    unread = signed()
    words.read_all([s.text for s in segments])
    assert signed() == unread
    assert len(unread) >= 3, unread
