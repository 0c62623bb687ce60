"""Classes of organisation and person missed on held-back documents (fourth private check):
each rule with the near misses it must leave alone."""

import pytest

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Segment, SegmentedDocument


def found(text: str, kind: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.canonical) for m in entities_in_text(text) if m.type == kind]


_BZ = "vaste commissie voor Binnenlandse Zaken"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voortouwcommissie: | vaste commissie voor Binnenlandse Zaken\nDocument: | Lijst",
            [(_BZ, "V" + _BZ[1:])],
        ),
        (
            "de vaste commissie voor Economische Zaken en Klimaat heeft",
            [
                (
                    "vaste commissie voor Economische Zaken en Klimaat",
                    "Vaste commissie voor Economische Zaken en Klimaat",
                )
            ],
        ),
        # A portfolio no committee has is no committee's name.
        ("de vaste commissie voor Wonen heeft", []),
    ],
)
def test_committees_by_their_portfolio_in_full(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "organization") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministerie van Financién\nDirectie",
            [("Ministerie van Financién", "Ministerie van Financiën")],
        ),
        (
            "het ministerie van Financien heeft",
            [("ministerie van Financien", "Ministerie van Financiën")],
        ),
        # One word keeps its exact spelling: 'Italie' is no place the lists know.
        ("Italie en Italié", []),
    ],
)
def test_a_diaeresis_read_by_ocr_as_an_accent(text: str, expected: list[tuple[str, str]]) -> None:
    kinds = ("organization", "location")
    assert [pair for kind in kinds for pair in found(text, kind)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ingestemd: SP, GL en groep Kuzu/Öztürk.",
            [("Kuzu", "Kuzu"), ("Öztürk", "Öztürk")],
        ),
        ("Groep Krol/Van Klaveren stemde", [("Krol", "Krol"), ("Van Klaveren", "Van Klaveren")]),
        # Nobody the people list knows, or more than two names: no members named.
        ("de groep Noord/Zuid", []),
        ("groep Kuzu/Öztürk/Krol", []),
    ],
)
def test_a_kamer_group_named_after_its_members(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "person") == expected


def _in_document(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="p1", kind="paragraph", page=1, text=text)])
    return [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]


_RIVM = "Rijksinstituut voor Volksgezondheid en Milieu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een spreeklijn waarop ik en rivm op de risico's", [("rivm", _RIVM)]),
        ("de ggd'en en de ggd", [("ggd", "GGD"), ("ggd", "GGD")]),
        # Mail addresses and hosts, also as OCR reads them, are no mention.
        ("To: @rivm.nl]", []),
        ("rivm. nl>; BA", []),
        ("rivm.ni>; rivm.n|>;", []),
        ("JIIERED rivm.n>; EAE @rivm.n 1; To SCEME rivm. n>", []),
        ("Op rivm site staat", [("rivm", _RIVM)]),
        ("zie www.rivm.nl/corona", []),
        # A sentence may end after the name; the next may start with 'Nl'.
        ("het RIVM. Nl is", [("RIVM", _RIVM)]),
        # Only abbreviations whose lower case is no word: 'om' is no Openbaar Ministerie.
        ("om de cijfers", []),
    ],
)
def test_abbreviations_in_lower_case(text: str, expected: list[tuple[str, str]]) -> None:
    assert _in_document(text) == expected


def _pages(body: str, footer: str) -> SegmentedDocument:
    return SegmentedDocument(
        segments=[
            Segment(id="s1", kind="answer", page=1, text=body),
            Segment(id="s2", kind="furniture", page=1, text=footer),
        ]
    )


def test_uw_kamer_in_the_tweede_kamers_own_publication() -> None:
    doc = _pages(
        "heeft mijn ambtsvoorganger uw Kamer geïnformeerd; ik informeer de Kamer na de zomer",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
    )
    found = [(e.text, e.canonical) for e in enrich(doc)[1] if e.type == "organization"]
    assert found == [("Kamer", "Tweede Kamer der Staten-Generaal")] * 2


@pytest.mark.parametrize(
    ("body", "footer"),
    [
        # A ministry's letter: which Kamer 'uw Kamer' is would be a guess.
        ("ik heb uw Kamer geïnformeerd", "Pagina 2 van 3"),
        # Not the Kamer itself: its members, a room.
        ("de Kamerleden en de kamer van de voorzitter", "Tweede Kamer, vergaderjaar 2023–2024"),
    ],
)
def test_de_kamer_elsewhere_is_no_mention(body: str, footer: str) -> None:
    assert [e for e in enrich(_pages(body, footer))[1] if e.type == "organization"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("een gesprek met NFU, NVZ en ZN over", ["NFU", "NVZ", "ZN"]),
        ("voor het laten doorgaan van de NJV, we moeten", ["NJV"]),
        ("een studiedag voor de G4 samen met", ["G4"]),
        ("voorleggen in het ACC en eventueel in MCC", ["ACC", "MCC"]),
        ("twee adviezen aan (oppervlaktewater en cie MER)", ["cie MER"]),
        ("huisartsengegevens Nivel", ["Nivel"]),
        # Case counts for short abbreviations: zinc, a G4 paper size in a compound, no body.
        ("het Zn-gehalte en Zn in de bodem", []),
        ("de G4-richtlijn", []),
        ("acc en mcc", []),
    ],
)
def test_crisis_and_care_bodies_by_abbreviation(text: str, expected: list[str]) -> None:
    assert [printed for printed, _ in found(text, "organization")] == expected


_CGM = "Centrum Gezondheid en Maatschappij"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RIVM Centrum Gezondheid en Maatschappij, Afdeling Gezond Leven", ["RIVM", _CGM]),
        # A signature's lines run on into the next listed name.
        (
            "RIVM Centrum Gezondheid en Maatschappij Corona Gedragsunit",
            ["RIVM", _CGM, "Corona Gedragsunit"],
        ),
        # A listed body with a bare organisation word is no unit's name.
        ("het RIVM Centrum heeft", ["RIVM"]),
        # A name that is the listed name plus one word stays as it was.
        ("de Stichting Vluchtelingenwerk Nederland", ["Stichting Vluchtelingenwerk Nederland"]),
    ],
)
def test_a_known_bodys_unit_in_a_signature(text: str, expected: list[str]) -> None:
    assert [printed for printed, _ in found(text, "organization")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gedeeld met VWS-beleid en met VWS-com.", ["VWS", "VWS"]),
        ("zie de RIVM-collega's en GGD-medewerkers", ["RIVM", "GGD"]),
        # Other compounds name a thing, not the body's people or part.
        ("in EU-verband, een Woo-verzoek, de VWS-beleidsregels", []),
    ],
)
def test_a_bodys_people_and_parts_after_its_abbreviation(text: str, expected: list[str]) -> None:
    assert [printed for printed, _ in found(text, "organization")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de opmerking van brandweerman Marcel Dokter (voorzitter) dat", ["Marcel Dokter"]),
        ("Viroloog Marion Koopmans zei", ["Marion Koopmans"]),
        ("Torenvlied, R. et al., 1 december 2023, Leren van", ["R. Torenvlied"]),
        ("zie Jansen, K.J. (2021) en", ["K.J. Jansen"]),
        # A profession before a place or a body; a place or date after a comma: nobody.
        ("de huisarts Nederland en een econoom De Nederlandsche Bank", []),
        ("Utrecht, A. (2020)", []),
        ("Den Haag, 3 april 2020", []),
    ],
)
def test_people_by_profession_and_cited_authors(text: str, expected: list[str]) -> None:
    assert [canonical for _, canonical in found(text, "person")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "binnen de Egmont Group of FIU’s en het EU FIU Platform. De",
            ["Egmont Group of FIU’s", "EU FIU Platform"],
        ),
        # One abbreviation before a bare organisation word, or a unit: the listed body stays.
        ("de EU Raad besloot", ["EU"]),
        ("het RIVM Centrum heeft", ["RIVM"]),
    ],
)
def test_listed_abbreviations_qualifying_a_name(text: str, expected: list[str]) -> None:
    assert [printed for printed, _ in found(text, "organization")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "samen op met de Belgische Douane in de aanpak",
            [("Belgische Douane", "Belgische Douane")],
        ),
        (
            "de Duitse politie en de Nederlandse politie",
            [("Duitse politie", "Duitse Politie"), ("politie", "Politie")],
        ),
        # Not a country's adjective: the listed body alone.
        (
            "de Europese Douane en Bijzondere politie",
            [("Douane", "Douane"), ("politie", "Politie")],
        ),
    ],
)
def test_a_foreign_countrys_counterpart(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "organization") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("naar een analyse van onderzoeksbureau A-Insights. Ik kan", ["A-Insights"]),
        ("«Reisorganisatie Corendon blijft Russische toeristen", ["Corendon"]),
        ("vakbond CNV Vakmensen zegt", ["CNV Vakmensen"]),
        # A sentence's word, a place or nothing capitalised after the kind: no company.
        ("de leverancier De Vries en de leverancier Utrecht", []),
        ("zorgverzekeraars in Utrecht", []),
    ],
)
def test_companies_named_after_their_kind(text: str, expected: list[str]) -> None:
    assert [printed for printed, _ in found(text, "organization")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "omschreven in het Onafhankelijke Commissie Toekomst Arbeidsongeschiktheidsstelsel",
            ["Onafhankelijke Commissie Toekomst Arbeidsongeschiktheidsstelsel"],
        ),
        (
            "de Tijdelijke Commissie Uitvoeringsorganisaties heeft",
            ["Tijdelijke Commissie Uitvoeringsorganisaties"],
        ),
        # Two bodies in a table's cells still end where the first one's head stands.
        ("Behandelingstraject Raad Economische en Financiële Raad", []),
    ],
)
def test_an_adjective_opening_a_bodys_name(text: str, expected: list[str]) -> None:
    assert [printed for printed, _ in found(text, "organization")] == expected
