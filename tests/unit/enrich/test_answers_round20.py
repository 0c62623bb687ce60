"""Classes a blind set of answers to Kamervragen showed (gold20): a double surname whose second
part opens with a capitalised particle, a head of state titled 'President', a footnote's number
glued to a zaak number or to a body's name, a body's staff named by a compound of its
abbreviation, two bodies joined by Dutch 'en' after an English name."""

from __future__ import annotations

import pytest

from services.enrich.enricher import entities_in_text
from services.enrich.references import find_in_text
from services.enrich.references.ocr import repair
from tests.unit.enrich.found import organisations


def _found(text: str, kind: str) -> list[tuple[str, str]]:
    return [
        (" ".join(text[m.start : m.end].split()), m.canonical)
        for m in entities_in_text(text)
        if m.type == kind
    ]


def _people(text: str) -> list[str]:
    return [printed for printed, _ in _found(text, "person")]


def _orgs(text: str) -> list[str]:
    return [printed for printed, _ in _found(text, "organization")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Antwoord van Minister Jansen-Van de Berkhof (Financiën) (ontvangen 3 mei 2021).",
         "Jansen-Van de Berkhof"),
        ("zei staatssecretaris Pietersen-Van Lommel gisteren", "Pietersen-Van Lommel"),
        ("zei staatssecretaris Pietersen-van Lommel gisteren", "Pietersen-van Lommel"),
    ],
)  # fmt: skip
def test_a_double_surname_with_a_capitalised_particle(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_head_of_state_titled_president() -> None:
    text = "Op de top sprak President Okonkwo over de handel. Later zei President Okonkwo dat."
    assert _people(text) == ["Okonkwo", "Okonkwo"]


@pytest.mark.parametrize(
    "text",
    [
        "Functie\nPresident Directeur van de bank",  # an office word, not a name
        "President Ja 35%\nVoorzitter Nee",  # a table's label
        "De President\nRaad van Bestuur",
    ],
)
def test_no_person_after_a_capitalised_president_label(text: str) -> None:
    assert _people(text) == []


def test_a_president_of_a_country_is_not_read_with_the_country() -> None:
    # 'van' after the name may open a given name's particle or the country: left alone
    assert "Okonkwo van Ghana" not in _people("President Okonkwo van Ghana sprak")


def test_a_footnote_number_glued_to_a_zaak_number() -> None:
    text = "1Kamerstukken II 2023/24, 12 345, nr. 6\n42023Z01234/2023D05678\n"
    hits = [(h.type, h.normalized) for h in find_in_text(repair(text), ())]
    assert ("zaak", "2023Z01234") in hits
    assert ("document", "2023D05678") in hits


def test_a_glued_zaak_number_keeps_its_letter_through_the_ocr_repair() -> None:
    assert repair("\n72023Z01234\n") == "\n72023Z01234\n"
    assert repair("\n122023D01234\n") == "\n122023D01234\n"


def test_no_zaak_number_inside_a_longer_number_mid_line() -> None:
    hits = find_in_text("het bedrag 32023Z01234 in de tabel", ())
    assert not [h for h in hits if h.type == "zaak"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De klacht van de GGD-arts is ontvangen.", "GGD"),
        ("Een NVWA-inspecteur bezocht het bedrijf.", "NVWA"),
        ("Twee RIVM-onderzoekers schreven het.", "RIVM"),
    ],
)
def test_a_body_named_by_its_staff(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_a_subject_compound_is_still_no_mention() -> None:
    assert _orgs("Het AIVD-rapport lag er.") == []


def test_dutch_en_after_an_english_name_starts_another_body() -> None:
    text = "Deelt u de zorg van het Lisbon Institute for Peace en Vereniging Vredeswerk?"
    assert _orgs(text) == ["Lisbon Institute for Peace", "Vereniging Vredeswerk"]


def test_a_dutch_name_with_en_stays_whole() -> None:
    assert _orgs("Het Platform Wiskunde en Techniek zei dat.") == ["Platform Wiskunde en Techniek"]


def test_a_footnote_number_glued_to_a_name_of_a_body() -> None:
    text = "zie noot\n5Lisbon Institute for Peace, 3 mei 2023, «A report»"
    assert _orgs(text) == ["Lisbon Institute for Peace"]


def test_a_digit_in_an_abbreviation_is_no_footnote_number() -> None:
    text = "Afkortingen\n2FA Two-Factor Authentication Council"
    assert "FA Two-Factor Authentication Council" not in _orgs(text)


@pytest.mark.parametrize(
    "text",
    [
        "7Ministerie, mei 2022, «Rapport», p. 4 (Microsoft Word – Definitief (overheid.nl))",
        "zie Microsoft PowerPoint - presentatie overleg.pdf",
    ],
)
def test_an_office_programs_file_title_names_no_maker(text: str) -> None:
    assert "Microsoft" not in organisations(text)


def test_the_maker_named_in_a_sentence_stays() -> None:
    assert "Microsoft" in organisations("Het kabinet sprak met Microsoft over de cloud.")
