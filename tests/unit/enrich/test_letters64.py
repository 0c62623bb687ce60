"""Round 64 (letters64, issue #12): what letters63 left. A given name before initials and surname
is the name's ('dr. Ronald H.A. Plasterk'), linked to the listed person; 'de Ombudsman' in a paper
of the Kamers is the Nationale ombudsman, and 'de Ombudsman' after the Nationale ombudsman named in
full is that body; with the near misses that stay as they were. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.entities import committees, givenfirst
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def persons(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich(_doc(text))[1] if e.type == "person"]


def bodies(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich(_doc(text))[1] if e.type == "organization"]


# --- a given name before initials and surname ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        # a signature under a Kamerbrief: the listed person's initials are R.H.A.
        (
            "Hoogachtend,\n\nde minister van Onderwijs, Cultuur en Wetenschap,\n\n"
            "dr. Ronald H.A. Plasterk",
            "Ronald H.A. Plasterk",
            "Ronald Plasterk",
        ),
        # one initial after a given name no rule read; the listed 'M. Rutte' agrees
        ("Volgens Mark R. Rutte is dat zo.", "Mark R. Rutte", "Mark Rutte"),
        # the initials the given name's letter and the printed ones spell: 'J.P. Balkenende'
        ("Dat schreef Jan P. Balkenende toen.", "Jan P. Balkenende", "Jan Peter Balkenende"),
        # no listed person of that name: the name as printed
        ("Dat zei Anna B. de Vries gisteren.", "Anna B. de Vries", "Anna B. de Vries"),
        ("De heer Willem H. Bakker (VVD) vroeg het.", "Willem H. Bakker", "Willem H. Bakker"),
    ],
)
def test_a_given_name_before_initials_is_the_names(text: str, name: str, canonical: str) -> None:
    assert persons(text) == [(name, canonical)]


def test_the_surname_alone_elsewhere_links_to_the_same_person() -> None:
    found = persons("Dat zei Mark R. Rutte. Later zei Rutte iets anders.")
    assert found == [("Mark R. Rutte", "Mark Rutte"), ("Rutte", "Mark Rutte")]


def test_listed_initials_that_disagree_link_no_one() -> None:
    # Ronald Plasterk is listed as R.H.A.; 'Ronald K.' is someone else of that name
    assert persons("Dat zei Ronald K. Plasterk.") == [("Ronald K. Plasterk", "Ronald K. Plasterk")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised word that is no given name stays out of the name
        ("Volgens H.A. Plasterk is dat zo.", "H.A. Plasterk"),
        ("Dat zei Minister H.A. Plasterk.", "H.A. Plasterk"),
        ("Het kantoor in Utrecht H.A. Plasterk.", "H.A. Plasterk"),
    ],
)
def test_a_word_that_is_no_given_name_stays_out(text: str, name: str) -> None:
    assert [p for p, _ in persons(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Philips N.V. Eindhoven",  # a legal form in the initials' shape
        "aan de John F. Kennedylaan 3",  # a street named after a person
        "drs. K. Willem J.W. Mulder",  # a surname, then the next person's initials
        "Anna B. Utrecht",  # a place the gazetteer lists is no surname
        "Dat zei Anna gisteren. B. de Vries kwam later.",  # a full stop between them
    ],
)
def test_near_misses_give_no_given_name_before_initials(text: str) -> None:
    assert list(givenfirst.find(text)) == []


# --- de Ombudsman -------------------------------------------------------------------------------

_KAMER = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"


def test_de_ombudsman_in_a_kamerbrief_is_the_nationale_ombudsman() -> None:
    found = bodies(_KAMER + "Ik sprak met de Ombudsman en de Kinderombudsman.")
    assert ("Ombudsman", "Nationale ombudsman") in found
    assert ("Kinderombudsman", "Kinderombudsman") in found


def test_de_ombudsman_after_the_body_named_in_full_is_that_body() -> None:
    found = bodies("De Nationale ombudsman schreef. Later schreef de Ombudsman.")
    assert found == [
        ("Nationale ombudsman", "Nationale ombudsman"),
        ("Ombudsman", "Nationale ombudsman"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no paper of the Kamers: a council's or a firm's ombudsman is its own
        "Ik sprak met de Ombudsman en de Kinderombudsman.",
        # a paper of the Kamers that names another ombudsman
        _KAMER + "Ik sprak met de gemeentelijke ombudsman. Ook de Ombudsman vond dat.",
        _KAMER + "De Ombudsman Metropool Amsterdam schreef. Ook de Ombudsman vond dat.",
        _KAMER + "Ook de Ombudsman van KPN vond dat.",
        _KAMER + "Ik sprak met de Kinderombudsman.",
    ],
)
def test_other_ombudsmen_are_no_nationale_ombudsman(text: str) -> None:
    assert all(c != "Nationale ombudsman" for _, c in bodies(text))


def test_de_ombudsman_beside_the_european_one_stays_the_european() -> None:
    found = bodies(_KAMER + "De Europese Ombudsman schreef. Later schreef de Ombudsman.")
    assert ("Ombudsman", "Europese Ombudsman") in found


def test_a_council_paper_naming_the_nationale_and_its_own_ombudsman_links_neither() -> None:
    # a municipality's complaints report: its own ombudsman beside the national one
    text = (
        "De gemeente kon zich aansluiten bij de Nationale Ombudsman of een eigen lokale "
        "ombudsman aanstellen. Zij koos voor het laatste. In 2022 ontving de Ombudsman 40 klachten."
    )
    assert ("Ombudsman", "Nationale ombudsman") not in bodies(text)


def test_the_nationale_ombudsman_by_name_is_no_other_ombudsman() -> None:
    text = _KAMER + "De Nationale ombudsman Reinier van Zutphen schreef. Ook de Ombudsman vond dat."
    assert ("Ombudsman", "Nationale ombudsman") in bodies(text)


# --- a commission's byname after its full name -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "het advies van de Stuurgroep decentralisatie Friese taal van Rijk naar de provincie "
            "Fryslân («commissie Hoekstra»).",
            "commissie Hoekstra",
        ),
        (
            "de Commissie Doorlichting Interbestuurlijke Toezichtarrangementen (commissie Oosting, "
            "zie 31700 VII nr. 72)",
            "commissie Oosting",
        ),
        ("het rapport (commissie Van der Meer)", "commissie Van der Meer"),
    ],
)
def test_a_commissions_byname_in_brackets_or_quotes(text: str, printed: str) -> None:
    assert (printed, "Commissie " + printed.split(" ", 1)[1]) in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "de vaste commissie voor Financiën (commissie Financiën)",  # a portfolio, no chair
        "het overleg (commissie Den Haag)",  # a place
        "(commissie Hoekstra en anderen)",  # the bracket goes on: no byname alone
    ],
)
def test_no_byname_where_no_chair_stands(text: str) -> None:
    assert committees._bynames(text) == []
