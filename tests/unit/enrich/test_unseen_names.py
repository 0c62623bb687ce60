"""Names held-back answers and Woo papers print that earlier lists and phrasings missed: a
ministry by its short name, national client organisations, a double surname with a particle after
its hyphen, and motions named after their submitters ('motie-Simons', 'amendement A-B')."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import organisations, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Medewerkers van het Ministerie van Binnenlandse Zaken schreven een notitie.",
            ["Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"],
        ),
        (
            "Het ministerie van Volksgezondheid betaalt de campagne.",
            ["Ministerie van Volksgezondheid, Welzijn en Sport"],
        ),
        # The full name still wins over its short form.
        (
            "Het Ministerie van Sociale Zaken en Werkgelegenheid meldt dit.",
            ["Ministerie van Sociale Zaken en Werkgelegenheid"],
        ),
    ],
)
def test_a_ministry_by_its_short_name(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_national_client_organisations() -> None:
    text = (
        "Aan het overleg namen Ieder(in), KansPlus en Per Saldo deel; zij spraken ook namens "
        "LSR, LFB en Zorgstem. Patiëntenfederatie Nederland en Alzheimer Nederland kregen het "
        "verslag."
    )
    assert sorted(organisations(text)) == sorted(
        [
            "Ieder(in)",
            "KansPlus",
            "Per Saldo",
            "Landelijk Steunpunt (mede)zeggenschap",
            "Landelijke Federatie Belangenverenigingen Onder Eigen Regie",
            "Zorgstem",
            "Patiëntenfederatie Nederland",
            "Alzheimer Nederland",
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ik weet niet of iedereen in het overleg was.",  # 'weet', not the association WEET
        "Per saldo levert de regeling geld op.",  # 'per saldo', not the budget holders' union
        "Keep in mind that the deadline is near.",
        "de auteurs van het “Mind the GAP” paper",
    ],
)
def test_client_organisation_near_misses(text: str) -> None:
    assert organisations(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Antwoord van Staatssecretaris Gräper-van Koolwijk (Onderwijs, Cultuur en Wetenschap)"
            " (ontvangen 2 mei 2024).",
            ["Gräper-van Koolwijk"],
        ),
        ("zoals de staatssecretaris Aart-van der Berg eerder meldde", ["Aart-van der Berg"]),
        (
            "Vragen van de leden Jansen-van den Heuvel(PVV) en Sneller (D66) aan de Minister",
            ["Jansen-van den Heuvel", "Sneller"],
        ),
        ("In het kader van de motie-Simons c.s. is gesproken", ["Simons"]),
        ("het amendement Klaver-Westerveld regelde het budget", ["Klaver", "Westerveld"]),
        # One member's own double name stays whole.
        ("de motie Dik-Faber over de voedselverspilling", ["Dik-Faber"]),
        # A hyphenated name that is not two members stays as printed.
        ("het amendement Jansen-Pietersma werd aangenomen", ["Jansen-Pietersma"]),
    ],
)
def test_double_surnames_and_motions(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bent u bekend met het NRC-artikel over de bank?", ["NRC"]),
        ("In de NOS-uitzending van gisteren", ["Nederlandse Omroep Stichting"]),
        # A body's report names the body that made it (letters62); other compounds stay words.
        ("het toegezegde AIVD-rapport komt later", ["Algemene Inlichtingen- en Veiligheidsdienst"]),
        ("de NOS-achtige aanpak", []),
    ],
)
def test_a_news_medium_before_its_piece(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "lokale organisaties (zoals Stichting Vluchteling, Venex en Amnesty International) "
            "spraken mee",
            ["Stichting Vluchteling", "Venex", "Amnesty International"],
        ),
        (
            "namens VNG, IPO en ABCD spraken",
            ["Vereniging van Nederlandse Gemeenten", "Interprovinciaal Overleg", "ABCD"],
        ),
        # An adverb opening the sentence is no member.
        ("de API. Echter, Google en Apple bepalen het doel niet", ["Google", "Apple"]),
        # One known body in a pair is no list of bodies; sentence words and places are no names.
        ("het RIVM en Jansen spraken", ["Rijksinstituut voor Volksgezondheid en Milieu"]),
        (
            "met het RIVM, de NZa en Daarnaast",
            ["Rijksinstituut voor Volksgezondheid en Milieu", "Nederlandse Zorgautoriteit"],
        ),
        # The head word 'organisatie' ends a name: 'Tijdelijke Werkorganisatie (TWO)'.
        (
            "met de Tijdelijke Werkorganisatie (TWO) en later de TWO",
            ["Tijdelijke Werkorganisatie"] * 3,
        ),
    ],
)
def test_an_unknown_member_of_a_list_of_organisations(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "is de «Stuurgroep Toegankelijkheid en wachttijden» gevraagd",
            ["Stuurgroep Toegankelijkheid en wachttijden"],
        ),
        # A headline in quotes goes on with a verb: the name ends where it did.
        ("het bericht «Raad van State zegt nee» las ik", ["Raad van State"]),
        ("de Stuurgroep Toegankelijkheid en de rest", ["Stuurgroep Toegankelijkheid"]),
    ],
)
def test_a_quoted_name_runs_to_the_closing_mark(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def _orgs_in(*segments: tuple[str, str]) -> list[str]:
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind=kind, page=1, text=text)
            for i, (kind, text) in enumerate(segments)
        ]
    )
    _, ents = enrich(doc)
    return sorted({e.canonical for e in ents if e.type == "organization"})


def test_the_kamer_of_its_own_aanhangsel_counts_from_the_heading() -> None:
    heading = (
        "letterhead",
        "Vragen gesteld door de leden der Kamer, met de daarop door de regering",
    )
    footer = ("furniture", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1")
    body = ("answer", "De Nederlandsche Bank houdt toezicht.")
    assert _orgs_in(heading, body, footer) == [
        "De Nederlandsche Bank",
        "Tweede Kamer der Staten-Generaal",
    ]
    # Another publisher's letterhead names no organisation, the Kamer included.
    letter = ("letterhead", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal")
    assert _orgs_in(letter, body) == ["De Nederlandsche Bank"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NOS.nl, 3 maart 2024, «Kabinet wil minder regels»", ["Nederlandse Omroep Stichting"]),
        # A site without a date is a website, not a mention.
        ("Zie de uitleg op Rijksoverheid.nl, onder het kopje wonen.", []),
    ],
)
def test_a_news_site_named_as_the_source_of_a_dated_piece(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_care_sector_associations_and_institutes() -> None:
    text = (
        "De KNMG, V&VN en de NVvP schreven samen met het Trimbos-instituut, het NJi en het "
        "Ondersteuningsteam Zorg voor de Jeugd een brief."
    )
    assert organisations(text) == [
        "Koninklijke Nederlandsche Maatschappij tot bevordering der Geneeskunst",
        "Verpleegkundigen & Verzorgenden Nederland",
        "Nederlandse Vereniging voor Psychiatrie",
        "Trimbos-instituut",
        "Nederlands Jeugdinstituut",
        "Ondersteuningsteam Zorg voor de Jeugd",
    ]
    # NHG is also the mortgage guarantee: only the full name counts.
    assert organisations("een hypotheek met NHG") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De Onderzoeksraad voor Veiligheid onderzoekt het", ["Onderzoeksraad voor veiligheid"]),
        (
            "advies van de Adviesraad Internationale Vraagstukken",
            ["Adviesraad internationale vraagstukken"],
        ),
        # As the register spells it, still found.
        ("de Onderzoeksraad voor veiligheid", ["Onderzoeksraad voor veiligheid"]),
    ],
)
def test_a_register_name_printed_title_cased(text: str, expected: list[str]) -> None:
    assert organisations(text) == expected


def test_sector_bodies_and_companies() -> None:
    text = (
        "De MBO Raad, de VO-raad en Universiteiten van Nederland spraken met het Nibud, het "
        "Rathenau Instituut, Zilveren Kruis, Aedes, Veilig Thuis, Google en Meta."
    )
    assert organisations(text) == [
        "MBO Raad",
        "VO-raad",
        "Universiteiten van Nederland",
        "Nibud",
        "Rathenau Instituut",
        "Zilveren Kruis",
        "Aedes",
        "Veilig Thuis",
        "Google",
        "Meta",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Een Meta-analyse van twintig studies.",  # a compound, not the company
        "berichten op Twitter en Facebook",  # platforms name a medium, not a body
        "de Randstad groeit",  # a region
    ],
)
def test_sector_near_misses(text: str) -> None:
    assert organisations(text) == []


def test_branch_organisations() -> None:
    text = "Transport en Logistiek Nederland, de KNV, BOVAG en de NVB schreven aan Vewin."
    assert organisations(text) == [
        "Transport en Logistiek Nederland",
        "Koninklijk Nederlands Vervoer",
        "BOVAG",
        "Nederlandse Vereniging van Banken",
        "Vereniging van Waterbedrijven in Nederland",
    ]
    # 'AVV' is the procedure, not a body.
    assert organisations("de AVV van de cao") == []
