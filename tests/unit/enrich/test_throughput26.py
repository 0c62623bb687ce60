"""Issue #12, round 26: fewer whole-text scans a segment.

words.py reads a text once for the kind words of kinds.py, kindlists.py and companies.py (three
automata before) and for the cue words the reference families and a few checks asked with one
substring test each. Every finder must see exactly what it saw: its hits in the order its own
automaton gave them, and for every cue the answer `word in text` gave. The old forms are rebuilt
here and run beside the new on generated and tricky texts (both cases, no-break spaces, 'IJ',
Unicode digits, words inside words, overlapping cues). The patterns rewritten for a first
character are checked against their old forms the same way."""

from __future__ import annotations

import re

import ahocorasick
import pytest

from services.enrich import references, words
from services.enrich.entities import (
    companies,
    false_friends,
    gazetteer,
    kindlists,
    kinds,
    orgcontext,
    titled,
)
from services.enrich.references import (
    identifiers,
    ocr,
    parliamentary,
    urls,
)
from tests.unit.enrich.test_throughput24 import _first_character, _texts, _windows

_TRICKY = [
    " ", "  ", "\u00a0", "\n", "\t", "IJ", "ij", "٣", "１", "7", "2022", ";", ":", ".", ",", "/",
    "-", "\u2013", "(", ")", "'", "’", "a", "E", "X", "I", "V", "de ", "het ", "en ", "Jansen",
]  # fmt: skip


def _old_automaton(table: dict[str, object]) -> ahocorasick.Automaton:
    """A finder's automaton as it was built before: its words, each with its own payload."""
    auto = ahocorasick.Automaton()
    for word, payload in table.items():
        auto.add_word(word, (len(word), payload))
    auto.make_automaton()
    return auto


def _kind_pieces() -> list[str]:
    found = [*kinds.KIND_WORDS, *kindlists.KIND_WORDS, *companies.KIND_WORDS]
    # cut words too ('organisatie' in 'organisaties', a kind inside a compound)
    found += [w[: len(w) // 2] for w in found] + [w[len(w) // 2 :] for w in found]
    found += [w.upper() for w in found[:20]]
    return found + _TRICKY


def test_each_finder_sees_the_hits_its_own_automaton_gave() -> None:
    tables: list[tuple[dict[str, object], str]] = [
        # kinds.py's keys: its kind words and the heads of a capitalised compound (orgs80)
        ({**kinds.KIND_WORDS, **dict.fromkeys(kinds.NAME_HEADS)}, "kinds"),
        (dict(kindlists.KIND_WORDS), "kind_lists"),
        (dict(companies.KIND_WORDS), "companies"),
    ]
    olds = [(_old_automaton(table), field) for table, field in tables]
    seen = 0
    for text in _texts(_kind_pieces(), 6000, 1, most=10):
        read = words.read(text)
        for auto, field in olds:
            old = [(last, text[last + 1 - size : last + 1]) for last, (size, _) in auto.iter(text)]
            assert list(getattr(read, field)) == old, (field, text)
            seen += len(old)
    assert seen > 5000  # the texts hold kind words, overlapping ones too


def test_the_kind_words_are_the_ones_the_finders_had() -> None:
    assert kinds.KIND_WORDS["Banken"] is kinds._LIST_AFTER
    assert kinds.KIND_WORDS["bank"] is kinds._NAME_AFTER
    assert kindlists.KIND_WORDS["directeuren"] is kindlists._AFTER_HEADS
    assert companies.KIND_WORDS["fabrikant"] is True  # a compound may end in it
    assert companies.KIND_WORDS["Onderzoeksbureau"] is False
    assert "Bedrijf" not in companies.KIND_WORDS  # lower case only


def _all_cues() -> frozenset[str]:
    return frozenset().union(*(keys for bit, keys in words._tables() if bit == words.CUE))


def test_the_cues_present_are_the_substrings_present() -> None:
    cues = sorted(_all_cues())
    pieces = cues + [c[:-1] for c in cues] + [c[1:] for c in cues] + [c.upper() for c in cues]
    pieces += [*_TRICKY, "www", "WWW", "wWw", ".nl", "nl/", "5.", "l", "o.", "O.", "1", "ECLI:"]
    for text in _texts(pieces, 8000, 2, most=8):
        assert words.read(text).cues == {c for c in cues if c in text}, text


def test_the_family_gates_say_what_the_substring_tests_said() -> None:
    pieces = [t for _, triggers in references._FAMILIES for t in triggers]
    pieces += [p.lower() for p in pieces] + [p[1:] for p in pieces if len(p) > 2] + _TRICKY
    for text in [*_texts(pieces, 6000, 3, most=6), "", "Banken", "een zin zonder iets"]:
        cues = words.read(text).cues
        for (family, triggers), (same, cued, characters) in zip(
            references._FAMILIES, references._GATES, strict=True
        ):
            assert family is same
            old = any(t in text for t in triggers)
            new = not cues.isdisjoint(cued) or any(ch in text for ch in characters)
            assert new == old, (family.__name__, text)


_WWW = re.compile(r"[wW][wW][wW]\.")
_TLD_SLASH = re.compile(rf"\.(?:{urls._TLDS})/")


def test_the_url_gate_says_what_the_four_scans_said() -> None:
    tlds = urls._TLDS.split("|")
    pieces = ["://", ": //", ":/", "//", "www.", "wWw.", "WWW", "ww.", "w", ".", *tlds]
    pieces += [f".{t}" for t in tlds] + [f".{t.upper()}/" for t in tlds[:5]] + ["/"] + _TRICKY
    for text in _texts(pieces, 8000, 4, most=6):
        old = (
            "://" not in text
            and _WWW.search(text) is None
            and _TLD_SLASH.search(text) is None
            and ": //" not in text
        )
        assert words.read(text).cues.isdisjoint(urls.CUES) == old, text


def test_redaction_noise_reads_the_same_lines() -> None:
    def old(text: str, start: int, end: int) -> bool:
        if end - start > 3 or ("EE" not in text and "EXE" not in text):
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        return len(false_friends._REDACTION.findall(line)) >= 2

    pieces = ["EE", "EXE", "E", "X", "EY", " ", "\n", "BE", "IJ", "1.", "(EXEC)", "ver: "]
    for text in _texts(pieces, 3000, 5, most=10):
        for start in range(len(text)):
            for end in range(start + 1, min(len(text), start + 5) + 1):
                assert false_friends.in_redaction_noise(text, start, end) == old(text, start, end)


def test_ocr_repair_unchanged_where_its_quick_tests_moved() -> None:
    old_quick = re.compile(r"5\.[lI|]")
    pieces = ["5.l", "5.I", "5.|", "5.1", "o.1", "O.2", "io.2 a", "Io.1.b", "5.", "l"]
    pieces += ["ECLI:NL:RV5:2014:1"]
    pieces += ["ECLI:NL:RVS:2010:BM1041", " ", "\n", "lid ", "5.l.2.e", "2022Z2O166", "art. "]
    for text in _texts(pieces, 3000, 6, most=8):
        cues = words.read(text).cues
        assert (not cues.isdisjoint(ocr._WOO_MIDDLE_CUES)) == (old_quick.search(text) is not None)
        assert (not cues.isdisjoint(ocr._WOB_ARTICLE_QUICK)) == any(
            q in text for q in ocr._WOB_ARTICLE_QUICK
        )
    assert ocr.repair("Artikel 5.l.2.e Woo") == "Artikel 5.1.2.e Woo"
    assert ocr.repair("ECLI:NL:RV5:2014:1153") == "ECLI:NL:RVS:2014:1153"


def _spans(pattern: re.Pattern[str], text: str) -> list[object]:
    return [m.regs for m in pattern.finditer(text)]


def test_rewritten_patterns_have_a_first_character() -> None:
    for pattern in (
        parliamentary._GLUED_LABEL,
        parliamentary._CONTINUED.body,
        urls._NEXT_NOTE,
        gazetteer._SPACE_RUN,
    ):
        assert _first_character(pattern), pattern.pattern


def test_glued_label_matches_as_before() -> None:
    old = re.compile(r"(?<![^\W\d_])Kamerstuk(?:ken)?(?=[1-3]\d[ .\u00a0]?\d{3}(?!\d))")
    pieces = ["Kamerstuk", "Kamerstukken", "kamerstuk", "a", "IJ", "_", "1", "32", "847", " ", "."]
    pieces += ["\u00a0", "٣", "(", "2", "ken", "Kamer", "stuk", "é"]
    for text in _texts(pieces, 6000, 7, most=8):
        assert _spans(parliamentary._GLUED_LABEL, text) == _spans(old, text), text


def test_continued_body_matches_as_before() -> None:
    body = parliamentary._CONTINUED.body.pattern
    assert body.startswith("II?")
    old = re.compile("I{1,2}" + body[3:])
    pieces = ["I", "II", "III", " ", "\n", "2021/22", "2022–2023", ", ", "36 021", "nr. 6", ", B"]
    pieces += ["; ", "Kamerstukken ", "IJ", "x", "٣"]
    for text in _texts(pieces, 6000, 8, most=10):
        assert _spans(parliamentary._CONTINUED.body, text) == _spans(old, text), text


def test_next_note_searches_as_before() -> None:
    old = re.compile(r"(?<=[^\W\d_]|/)\.\d{1,3}$|(?<=\.html)\.\d{1,3}$|(?<=\.pdf)\.\d{1,3}$")
    pieces = [".", "92", "1234", "a", "/", ".html", ".pdf", "_", "5", "é", "٣", "\n", " ", "IJ"]
    for text in _texts(pieces, 800, 9, most=6):
        assert _windows(urls._NEXT_NOTE, text) == _windows(old, text), text


def test_space_runs_found_as_before() -> None:
    old = re.compile("  +")
    pieces = [" ", "  ", "   ", "a", "\u00a0", "\n", "IJ", "٣"]
    for text in _texts(pieces, 4000, 10, most=12):
        assert _spans(gazetteer._SPACE_RUN, text) == _spans(old, text), text


def _keys(auto: ahocorasick.Automaton, every: int) -> list[str]:
    return [key for i, (key, _) in enumerate(auto.items()) if i % every == 0]


def test_one_pass_finds_the_gazetteers_and_the_listed_peoples_matches() -> None:
    from services.enrich.entities import people

    listed = people.automaton()
    pieces = _keys(gazetteer.automaton(), 97) + _keys(listed, 23)
    pieces += [p.replace(" ", "\n") for p in pieces[::7]] + [p.lower() for p in pieces[::11]]
    pieces += [*_TRICKY, "  ", " \n ", "-", "2", "/", "@", "-beleid", "www."]
    for text in _texts(pieces, 3000, 11, most=8):
        both = gazetteer.find_both(text, listed)
        assert both == (gazetteer.find(text), gazetteer.find(text, listed)), text


def test_one_pass_keeps_apart_a_key_both_automata_hold() -> None:
    other = ahocorasick.Automaton()
    for key in ("RIVM", "Den Haag", "Jansen"):
        other.add_word(key, (len(key), gazetteer.Entry("person", key, "P " + key, True)))
    other.make_automaton()
    text = "Het RIVM in Den\nHaag en Jansen; RIVM-collega's bij Den Haag"
    ours, theirs = gazetteer.find_both(text, other)
    assert ours == gazetteer.find(text)
    assert theirs == gazetteer.find(text, other)
    assert {m.canonical for m in theirs} == {"P RIVM", "P Den Haag", "P Jansen"}


def test_parliamentary_skips_a_scan_only_where_it_finds_nothing() -> None:
    dashes = list(parliamentary.DASH)
    pieces = ["Kamerstuk", "Kamerstukken ", "Kst.", "KST", "kst", "Tweede Kamer", "Eerste", "Tweed"]
    pieces += ["nr. 12", "nrs. 3", "nummer 4", "no. 5", "Nr. 6", "n", "r", "36 200", "-VI", "-I"]
    pieces += [*dashes, "V", "X", "L", "I", "II 2021/22, ", "vergaderjaar ", "2022–2023", ", "]
    pieces += _TRICKY
    scans = (
        (parliamentary._LABELS, parliamentary._LABELLED.finditer),
        (parliamentary._CHAMBERS, parliamentary._CHAMBER_YEAR.finditer),
        (parliamentary._NUMBER_LABELS, parliamentary._LABEL_AND_NUMBER.finditer),
        (parliamentary._DASH_CHAPTERS, parliamentary._DASH_CHAPTER.finditer),
    )
    found = 0
    for text in _texts(pieces, 6000, 12, most=10):
        cues = words.read(text).cues
        for needed, finditer in scans:
            matches = list(finditer(text))
            found += len(matches)
            assert not matches or not cues.isdisjoint(needed), text
    assert found > 1000


def test_identifiers_skip_a_scan_only_where_it_finds_nothing() -> None:
    pieces = ["ECLI", "ecli", "EcLi", "ECLİ", "eclı", "ECL", "CLI", ":", "NL:", "ECLINL:", "1", "9"]
    pieces += ["19", "20", "2", "0", "R", "L", "PC", "32016R0679", "BWB", "BWBR0001854", "BW"]
    pieces += _TRICKY
    found = 0
    for text in _texts(pieces, 6000, 13, most=10):
        cues = words.read(text).cues
        colons = list(identifiers._ECLI_COLON.finditer(text))
        assert not colons or (":" in text and not cues.isdisjoint(identifiers._ECLI_CASES)), text
        bwb = list(identifiers._BWB.finditer(text))
        assert not bwb or "BWB" in cues
        celex = list(identifiers._CELEX.finditer(text))
        assert not celex or not cues.isdisjoint(identifiers._CENTURIES)
        found += len(colons) + len(bwb) + len(celex)
    assert found > 500


def test_letter_spacing_cues_answer_as_the_substring_tests() -> None:
    pieces = ["amers tuk", "Kamers tukken", "amers", " tuk", " .", ".", " ", "V.L.W .A.", *_TRICKY]
    for text in _texts(pieces, 3000, 14, most=8):
        cues = words.read(text).cues
        assert ("amers tuk" in cues) == ("amers tuk" in text)
        assert (" ." in cues) == (" ." in text)


def test_company_hints_answer_as_the_substring_tests() -> None:
    pieces = [*companies._EXAMPLE_HINTS, *companies._APPOSED_HINTS, " als", "zoals ", "vereniging"]
    pieces += ["organisaties", "Organisatie", "bedrijven", ", ", *_TRICKY]
    for text in _texts(pieces, 3000, 15, most=8):
        cues = words.read(text).cues
        assert (not cues.isdisjoint(companies._EXAMPLE_HINTS)) == any(
            h in text for h in companies._EXAMPLE_HINTS
        )
        assert (not cues.isdisjoint(companies._APPOSED_HINTS)) == any(
            h in text for h in companies._APPOSED_HINTS
        )


# The title stems (titled.py) and orgcontext's cues join the one pass at merge (their modules are
# other helpers'; bench/enrich/throughput23.md, round 26, gives the change): then these run.
_JOINED = hasattr(titled, "TITLE_STEMS") and hasattr(orgcontext, "CUE_WORDS")


@pytest.mark.skipif(not _JOINED, reason="titled's stems and orgcontext's cues not joined yet")
def test_title_stems_and_org_cues_hit_as_their_automata_gave() -> None:
    stems = ahocorasick.Automaton()
    for stem, backs in titled._TITLE_STEMS.items():
        stems.add_word(stem, (len(stem), backs))
    stems.make_automaton()
    cued = ahocorasick.Automaton()
    for word, cue in getattr(orgcontext, "CUE_WORDS").items():  # noqa: B009 (added at merge)
        cued.add_word(word, (cue, len(word)))
    cued.make_automaton()
    pieces = [*titled._TITLE_STEMS, *getattr(orgcontext, "CUE_WORDS"), *_TRICKY]  # noqa: B009
    pieces += [p[1:] for p in pieces[::3]] + [p.upper() for p in pieces[::5]]
    seen = 0
    for text in _texts(pieces, 4000, 16, most=8):
        read = words.read(text)
        old = [(last, text[last + 1 - size : last + 1]) for last, (size, _) in stems.iter(text)]
        assert list(getattr(read, "title_stems")) == old, text  # noqa: B009
        older = [(last, text[last + 1 - size : last + 1]) for last, (_, size) in cued.iter(text)]
        assert list(getattr(read, "org_cues")) == older, text  # noqa: B009
        seen += len(old) + len(older)
    assert seen > 4000


def test_a_text_read_is_kept_and_a_window_is_never_read_for_a_peek() -> None:
    text = "Een tekst die nog niemand las: de banken ING en Rabobank."
    assert words.peek(text) is None
    read = words.read(text)
    assert words.peek(text) is read and words.read(text) is read
    for i in range(words._KEPT):
        words.read(f"tekst {i}")
    assert words.peek(text) is None  # the oldest read went first
    assert len(words._READ) == words._KEPT


def test_the_rarer_white_space_is_found_as_the_pattern_finds_it() -> None:
    old = gazetteer._OTHER_SPACE
    assert {chr(c) for c in range(0x110000) if old.match(chr(c))} == gazetteer.OTHER_SPACES
    chars = ["\u2009", "\u3000", "\x0b", "\x85", "\u00a0", "\t", "\n", "a", " ", "IJ", "٣"]
    for text in _texts(chars, 2000, 17, most=6):
        expected = old.search(text) is not None
        assert gazetteer._other_space(text) == expected  # not read: scanned
        words.read(text)
        assert gazetteer._other_space(text) == expected  # read: from the cue set
