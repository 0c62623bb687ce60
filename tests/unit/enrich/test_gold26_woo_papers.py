"""Woo papers nobody had annotated (gold26): inventories whose sender columns type ministries in
capitals, decisions naming people by phrasings the rules did not know, addresses in table cells."""

from __future__ import annotations

from services.enrich.enricher import entities_in_text
from services.enrich.references import urls


def _orgs(text: str) -> list[str]:
    return [m.canonical for m in entities_in_text(text) if m.type == "organization"]


def _persons(text: str) -> list[str]:
    return [text[m.start : m.end] for m in entities_in_text(text) if m.type == "person"]


def _urls(text: str) -> list[str]:
    return [h.normalized for h in urls.find(text)]


def test_a_ministry_joined_by_en_typed_in_capitals_is_the_ministry() -> None:
    text = "12 e-mail overleg vluchten deels openbaar IENW/JENV IENW\n"
    assert _orgs(text) == [
        "Ministerie van Infrastructuur en Waterstaat",
        "Ministerie van Justitie en Veiligheid",
        "Ministerie van Infrastructuur en Waterstaat",
    ]


def test_a_party_joined_by_en_in_capitals_is_a_word() -> None:
    assert _orgs("HET BELANG VAN DE MENS STAAT VOOROP\n") == []


def test_a_courtesy_title_then_the_body_the_person_works_for() -> None:
    text = "U heeft gebeld met de heer Kortenhoef van Dienst Wegverkeer over uw aanvraag.\n"
    assert _persons(text) == ["Kortenhoef"]


def test_a_name_then_van_and_a_gemeente_ends_at_van() -> None:
    text = "Het overleg werd voorgezeten door mevrouw Brinkhorst van Gemeente Zeist.\n"
    assert _persons(text) == ["Brinkhorst"]


def test_cum_suis_after_a_given_name_and_particle_names_a_person() -> None:
    text = "Wij spraken over de inzet van Joke van den Akker c.s. bij de verdeling.\n"
    assert _persons(text) == ["Joke van den Akker"]


def test_cum_suis_after_a_body_names_no_person() -> None:
    text = "In de zaak Stichting Schone Lucht c.s. tegen de Staat oordeelde de rechter.\n"
    assert _persons(text) == []


def test_a_kenmerk_opening_with_the_capitals_is_an_id() -> None:
    assert _orgs("Ons kenmerk IENW/BSK-2022/98765\n") == []


def test_a_courtesy_title_wrapped_at_the_line_end() -> None:
    text = "Op 3 mei heeft u gesproken met de \r\nheer Vermeulen over de planning.\r\n"
    assert _persons(text) == ["Vermeulen"]
