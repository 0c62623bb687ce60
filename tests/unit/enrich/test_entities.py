# ruff: noqa: E501  (real-world citations are long lines)
"""Entities: gazetteer (organisations, parties, locations, laws), persons with roles, dates, money."""

import pytest

from services.enrich.enricher import entities_in_text


def ents(text: str, kind: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.canonical) for m in entities_in_text(text) if m.type == kind]


def test_organisations_abbreviations_map_to_one_name() -> None:
    text = "LO's van de Koninklijke Marechaussee (KMar). Het Openbaar Ministerie (OM), FIU-Nederland, FIOD, WODC en de RIECs, Europol en Eurojust."
    assert ents(text, "organization") == [
        ("Koninklijke Marechaussee", "Koninklijke Marechaussee"),
        ("KMar", "Koninklijke Marechaussee"),
        ("Openbaar Ministerie", "Openbaar Ministerie"),
        ("OM", "Openbaar Ministerie"),
        ("FIU-Nederland", "Financial Intelligence Unit-Nederland"),
        ("FIOD", "Fiscale Inlichtingen- en Opsporingsdienst"),
        ("WODC", "Wetenschappelijk Onderzoek- en Documentatiecentrum"),
        ("RIECs", "Regionaal Informatie- en Expertisecentrum"),
        ("Europol", "Europol"),
        ("Eurojust", "Eurojust"),
    ]


@pytest.mark.parametrize("text", ["om die reden", "in EU-verband", "de Woo-verzoeken", "Romantiek"])
def test_organisation_near_misses(text: str) -> None:
    assert ents(text, "organization") == []


def test_ministries_current_and_former_names() -> None:
    text = "het ministerie van Veiligheid en Justitie, nu Justitie en Veiligheid (JenV), en de Minister van OCW"
    canon = [c for _, c in ents(text, "organization")]
    assert canon == ["Ministerie van Justitie en Veiligheid"] * 3 + [
        "Ministerie van Onderwijs, Cultuur en Wetenschap"
    ]


def test_name_broken_over_lines() -> None:
    text = "Nationaal Coördinator Terrorismebestrijding \r\nen Veiligheid"
    assert (
        ents(text, "organization")[0][1]
        == "Nationaal Coördinator Terrorismebestrijding en Veiligheid"
    )


def test_askers_and_answerers_with_roles_and_parties() -> None:
    text = (
        "Vragen van de leden Mutluer (GroenLinks-PvdA) en Kostic´ (PvdD) aan de Minister van Onderwijs "
        "(ingezonden 6 maart 2024).\nAntwoord van Minister Bruins Slot (BZ) van Staatssecretaris Van Rij "
        "(Financiën) (ontvangen 25 maart 2024)."
    )
    people = [(m.canonical, m.role) for m in entities_in_text(text) if m.type == "person"]
    assert people == [
        ("Mutluer", "vragensteller"),
        ("Kostić", "vragensteller"),
        ("Bruins Slot", "minister"),
        ("Van Rij", "staatssecretaris"),
    ]
    assert [c for _, c in ents(text, "party")] == ["GroenLinks-PvdA", "Partij voor de Dieren"]


def test_particles_kept_and_signature() -> None:
    text = "vragen van de leden Van der Werf en Sneller (beiden D66) over de aanpak"
    assert [m.canonical for m in entities_in_text(text) if m.type == "person"] == [
        "Van der Werf",
        "Sneller",
    ]
    sig = "De Minister van Justitie en Veiligheid, \n \n \nD. Yeşilgöz-Zegerius \n"
    (person,) = [m for m in entities_in_text(sig) if m.type == "person"]
    # The list of bewindspersonen gives the full name; the signature gives the role.
    assert (person.canonical, person.role) == ("Dilan Yeşilgöz-Zegerius", "minister")


def test_locations_laws() -> None:
    text = "samenwerking met België, Duitsland en Limburg; de Wwft en de Wet open overheid; Best practices"
    assert [c for _, c in ents(text, "location")] == ["België", "Duitsland", "Limburg"]
    assert [c for _, c in ents(text, "law")] == [
        "Wet ter voorkoming van witwassen en financieren van terrorisme",
        "Wet open overheid",
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [("10 november 2022", "2022-11-10"), ("d.d. 1 maart 2024", "2024-03-01"), ("maart 2022", "2022-03"),
     ("(ingezonden 6 maart \n2024)", "2024-03-06"), ("21-10-2022", "2022-10-21"),
     # Abbreviated months, 'mrt.' and 'sept.' among them: no prefix of the month's name.
     ("5 mrt. 2024", "2024-03-05"), ("12 sept. 2023", "2023-09-12"), ("1 okt. 2021", "2021-10-01")],
)  # fmt: skip
def test_dates(text: str, iso: str) -> None:
    assert [c for _, c in ents(text, "date")] == [iso]


@pytest.mark.parametrize(
    "text", ["15 december jl.", "31 februari 2023", "2500 EA", "tel 070-3707000", "1,5 meter"]
)
def test_date_near_misses(text: str) -> None:
    assert ents(text, "date") == []


@pytest.mark.parametrize(
    ("text", "canonical"),
    [("€ 1,5 miljoen", "EUR 1500000"), ("10 miljoen euro", "EUR 10000000"), ("€125.000,-", "EUR 125000"),
     ("EUR 2,3 mld", "EUR 2300000000"), ("€ 12,50", "EUR 12.5")],
)  # fmt: skip
def test_money(text: str, canonical: str) -> None:
    assert [c for _, c in ents(text, "money")] == [canonical]
