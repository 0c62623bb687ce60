"""Classes a blind set of answers to Kamervragen showed (gold23): the Aanhangsel's publication id
cited in running text, a sub-dossier's shorthand after 'Kamerstuk', a second citation in a list
that names only its chamber and year, a year's comma that lost its space, and names whose inner
space a joined line lost."""

from __future__ import annotations

import pytest

from services.enrich.enricher import entities_in_text
from services.enrich.references import find_in_text
from tests.unit.enrich.found import organisations


def _refs(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type != "url"]


def _found(text: str, kind: str) -> list[str]:
    found = entities_in_text(text)
    return [" ".join(text[m.start : m.end].split()) for m in found if m.type == kind]


@pytest.mark.parametrize(
    ("text", "idents"),
    [
        ("Eerder antwoordde het kabinet al (ah-tk-20192020-1234).", ["ah-tk-20192020-1234"]),
        ("zoals eerder gemeld (zie ah-tk-20182019\u2013987, Aanhangsel 2018\u20132019, nr. 987)",
         ["ah-tk-20182019-987"]),
        ("Zie de beantwoording (Kamerstuk 25 000, nr.12; ah-tk-2015\u20132016, nr.3456).",
         ["kst-25000-12", "ah-tk-20152016-3456"]),
        ("Het antwoord ah-ek-20212022-8 volgde later.", ["ah-ek-20212022-8"]),
    ],
)  # fmt: skip
def test_the_aanhangsel_publication_id(text: str, idents: list[str]) -> None:
    assert _refs(text) == idents


@pytest.mark.parametrize(
    "text",
    [
        "ah-tk-20192021-1234",  # no vergaderjaar: two years apart
        "bah-tk-20192020-1234",  # part of a longer word
        "ah-tk-20192020-12.5",  # a number with decimals
    ],
)
def test_no_aanhangsel_id_from_near_misses(text: str) -> None:
    assert _refs(text) == []


def test_the_answers_own_id_over_its_footer_is_no_citation() -> None:
    assert _refs("de laatste zin van het antwoord.\nah-tk-20192020-1234\nISSN 0921 - 7398") == []


def test_a_sub_dossier_shorthand_after_its_label() -> None:
    assert _refs("Zo vraagt de motie Jansen (Kamerstuk 21501-32-1500) om meer.") == [
        "kst-21501-32-1500"
    ]


def test_a_sub_dossier_without_a_number_stays_a_dossier() -> None:
    assert _refs("Zie Kamerstuk 21501-32 over de Landbouw- en Visserijraad.") == ["kst-21501-32"]


@pytest.mark.parametrize(
    ("text", "idents"),
    [
        ("(Kamerstukken II 2019/20, 35 000, nr. 4; I 2020/21, 35 000, C)",
         ["kst-35000-4", "kst-35000-C"]),
        ("Kamerstukken II 2018/19, 34 999, nr. 7; II 2019/20, 35 001, nrs. 3 en 4",
         ["kst-34999-7", "kst-35001-3", "kst-35001-4"]),
    ],
)  # fmt: skip
def test_a_second_citation_naming_only_chamber_and_year(text: str, idents: list[str]) -> None:
    assert _refs(text) == idents


def test_a_semicolon_and_a_year_alone_cite_nothing() -> None:
    assert _refs("De prijs steeg; I 2020/21 telde 35 000 bezoekers en 12 C-klassers.") == []


@pytest.mark.parametrize(
    ("text", "idents"),
    [
        ("(Kamerstukken II 2020/21,35 123, nr. 9)", ["kst-35123-9"]),
        ("Tweede Kamer, vergaderjaar 2020\u20132021,35 123, nr. 9", ["kst-35123-9"]),
    ],
)
def test_a_year_whose_comma_lost_its_space(text: str, idents: list[str]) -> None:
    assert _refs(text) == idents


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het rapport van OxfamNovib over water verscheen vorige week.", "Oxfam Novib"),
        ("De instructie van het Collegevan procureurs-generaal geldt.",
         "College van procureurs-generaal"),
        ("Het advies van de Raad vanState volgt later dit jaar.", "Raad van State"),
    ],
)  # fmt: skip
def test_a_listed_name_whose_inner_space_a_joined_line_lost(text: str, name: str) -> None:
    assert name in organisations(text)


def test_an_inner_join_reads_no_word_that_ends_in_en() -> None:
    # 'Zorgen Veiligheid' is not 'Zorg en Veiligheid': no join at 'en'
    from services.enrich.entities.gazetteer import _inner_glued

    assert _inner_glued("Zorg en Veiligheid") == ["Zorg enVeiligheid"]
    assert _inner_glued("Raad van State") == ["Raadvan State", "Raad vanState"]


def test_a_small_word_glued_after_a_name_of_several_words() -> None:
    assert "Raad van State" in organisations("Het advies van de Raad van Stateover de wet volgt.")


def test_a_legal_form_before_nederland_is_the_country_as_a_firm() -> None:
    found = organisations("Het gaat niet alleen om de sector, maar om de BV Nederland als geheel.")
    assert not any("BV" in name for name in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het advies van de commissie-Bakker over de vergoedingen volgt.", "Commissie-Bakker"),
        ("De Commissie-Van den Berg II rondt haar werk in maart af.", "Commissie-Van den Berg II"),
        ("Zo stelde de staatscommissie-Jansen eerder voor.", "Staatscommissie-Jansen"),
    ],
)
def test_a_commission_named_after_its_chair(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_commission_word_before_a_lower_case_word_is_no_name() -> None:
    # (a listed name in a compound is no mention either)
    assert organisations("De Europese Commissie-voorstellen en de commissie-agenda zijn er.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("volgens Commissievoorzitter Von derLeyen is dat nodig", "Von der Leyen"),
        ("zoals de heer Van derBerg al zei", "Van der Berg"),
    ],
)
def test_a_particle_glued_to_the_surname(text: str, name: str) -> None:
    assert name in [" ".join(n.split()) for n in _canonical_persons(text)]


def _canonical_persons(text: str) -> list[str]:
    return [m.canonical for m in entities_in_text(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het onderzoek van de Orde van advocaten Limburg laat dat zien.",
         "Orde van Advocaten Limburg"),
        ("Indien de NAM schade veroorzaakt, vergoedt zij die.",
         "Nederlandse Aardolie Maatschappij"),
        ("De NCG versterkt de woningen.", "Nationaal Coördinator Groningen"),
        ("Volgens de World Health Organization is dat te weinig.", "Wereldgezondheidsorganisatie"),
    ],
)  # fmt: skip
def test_bodies_the_lists_now_hold(text: str, name: str) -> None:
    assert name in organisations(text)
