"""orgsK47 (issue #12, point 4): organisations in answers to Kamervragen and ministers' letters.

Classes read off orgsK47's blind set K and names44's set: (1) a name opened by a legal form whose
head is a later word goes on after that head ('Stichting Nationaal Comité Inhuldiging'), not into
a column's or an address's word; (2) a public desk named by its task ('Landelijk Informatiepunt
Wolven', 'Servicepunt Handhaving'), never the bare word; (3) two committees named together in the
plural ('de vaste commissies voor Volksgezondheid, Welzijn en Sport') name no ministry; (4) bodies
no list held, named bare: the NPO's radio channels, telecom operators, the PTT, the EMA's
committees, the provincial landscape foundations, health insurers; (5) a term before its
abbreviation in brackets ('Welke Non-Governementele Organisaties (NGO's)') is no attendee. Texts
our own."""

from __future__ import annotations

from tests.unit.enrich.found import bodies, enrich_one


def test_foundation_name_goes_on_after_its_inner_head() -> None:
    found = bodies(
        "De omroep ontving geld van de Stichting Nationaal Comité Inhuldiging voor de feesten."
    )
    assert found.get("Stichting Nationaal Comité Inhuldiging") == (
        "Stichting Nationaal Comité Inhuldiging"
    )
    assert "Stichting Nationaal Comité" not in found


def test_foundation_name_stops_before_a_column_or_an_address() -> None:
    assert "Stichting Centrum Openbaar" not in bodies("Stichting Centrum Openbaar")
    assert "Stichting Centrum Postbus" not in bodies("Stichting Centrum Postbus 12, Utrecht")


def test_no_legal_form_no_going_on() -> None:
    # a fiche's label and the next cell: no foundation opens it
    found = bodies("Behandelingstraject Raad Economische Zaken")
    assert "Behandelingstraject Raad Economische Zaken" not in found


def test_desk_named_by_its_task() -> None:
    found = bodies("Het Landelijk Informatiepunt Wolven en het Servicepunt Handhaving helpen.")
    assert "Landelijk Informatiepunt Wolven" in found
    assert "Servicepunt Handhaving" in found


def test_bare_desk_is_none() -> None:
    assert bodies("Het Informatiepunt is op maandag gesloten.") == {}


def test_plural_committees_name_no_ministry() -> None:
    found = bodies(
        "De commissie voor de Rijksuitgaven en de vaste commissies voor Volksgezondheid, "
        "Welzijn en Sport legden vragen voor."
    )
    assert "Ministerie van Volksgezondheid, Welzijn en Sport" not in found.values()
    assert "Vaste commissie voor Volksgezondheid, Welzijn en Sport" in found.values()


def test_ministry_after_voor_still_a_ministry() -> None:
    # no committee before it: the portfolio is the ministry's
    found = bodies("Het ministerie van Volksgezondheid, Welzijn en Sport betaalt.")
    assert "Ministerie van Volksgezondheid, Welzijn en Sport" in found.values()


def test_bodies_named_bare() -> None:
    found = bodies(
        "De NOS en NPO Radio 2 kregen geld. Telfort was onderdeel van KPN, zoals de PTT een "
        "overheidsbedrijf was. De Committee for Medicinal Products for Human use (CHMP) "
        "adviseerde. Het beheer ligt bij het Utrechts Landschap."
    )
    assert found.get("NPO Radio 2") == "NPO Radio 2"
    assert found.get("Telfort") == "Telfort"
    assert found.get("PTT") == "PTT"
    assert found.get("Committee for Medicinal Products for Human use") == (
        "Committee for Medicinal Products for Human Use"
    )
    assert found.get("CHMP") == "Committee for Medicinal Products for Human Use"
    assert found.get("Utrechts Landschap") == "Het Utrechts Landschap"


def test_landscape_in_lower_case_is_none() -> None:
    assert bodies("Het utrechts landschap is vlak en groen.") == {}


def test_health_insurers_named_bare() -> None:
    found = bodies(
        "Het bericht dat zorgverzekeraars CZ en Zorg en Zekerheid zich bemoeien met de arts. "
        "Ook DSW en ONVZ deden mee; het Trimbos-Instituut onderzocht het."
    )
    assert found.get("Zorg en Zekerheid") == "Zorg en Zekerheid"
    assert "Zorg" not in found and "Zekerheid" not in found
    assert found.get("DSW") == "DSW" and found.get("ONVZ") == "ONVZ"
    assert found.get("Trimbos-Instituut") == "Trimbos-instituut"


def test_term_with_its_plural_abbreviation_is_no_attendee() -> None:
    found = enrich_one(
        "Vragen van Attje Kuiken (PvdA), Marith Volp (PvdA) aan Klaas Dijkhoff (VVD). "
        "Welke Non-Governementele Organisaties (NGO's) helpen deze kinderen?"
    )
    names = {e.text for e in found}
    assert "NGO's" not in names
    assert "Welke Non-Governementele Organisaties" not in names
    assert "Attje Kuiken" in names and "Marith Volp" in names
