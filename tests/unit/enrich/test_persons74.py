"""persons74 (issue #12): persons on meeting pages, minutes, tables and letters that the rules
missed or over-read. One initial after an office's colon ('Plaatsvervangend voorzitter:t.
Mastenbroek-Wesseling'); a French particle after initials ('G.J.M.A. Le Belle'); a capitalised
particle in a webcast's speaker index ('Birgit Op de Laak'); the council's lot for who votes
first ('stemmingsnummer 8: Selami Coskun'); a closing joined to its signer on one line ('Met
vriendelijke groet, Aad Scheffer'); a column of surnames under its kind ('gedeputeerden');
no person in a local party's name ('Lijst Dijkstra – Jacobi'). Each with its near
misses. Names and texts our own, in the shapes the documents print."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _persons(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    found = [e for e in enrich(doc)[1] if e.type == "person"]
    for e in found:
        assert text[e.start : e.end] == e.text  # offsets point into the printed text
    return [(e.text, e.canonical) for e in found]


def _printed(text: str) -> set[str]:
    return {printed for printed, _ in _persons(text)}


# -- one initial after an office's colon --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        (
            "Plaatsvervangend voorzitter:r. Hoekstra-Vermeulen, Griffier : J.P.K. Dijkman",
            "r. Hoekstra-Vermeulen",
            "R. Hoekstra-Vermeulen",
        ),
        (
            "Plaatsvervangend voorzitter: T. Wesseling-Kraan, Griffier : J.P.K. Dijkman",
            "T. Wesseling-Kraan",
            "T. Wesseling-Kraan",
        ),
        ("Voorzitter: T. Wesseling\nGriffier: B.A. Kranen", "T. Wesseling", "T. Wesseling"),
        ("Voorzitter: K. Molenaar Griffier: B.A. Kranen", "K. Molenaar", "K. Molenaar"),
        ("Notulist: E. van Oosterom (extern)", "E. van Oosterom", "E. van Oosterom"),
        ("Secretaris: G. Bramer;", "G. Bramer", "G. Bramer"),
    ],
)
def test_one_initial_after_an_offices_colon_is_a_person(
    text: str, printed: str, canonical: str
) -> None:
    assert (printed, canonical) in _persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "De voorzitter: a. Opening en mededelingen",  # an enumeration after the colon
        "Voorzitter:a. Opening, b. Verslag",  # one glued to the colon too
        "Voorzitter: b. Vaststelling agenda en c. Verslag",
        "Voorzitterschap: A. Kremer",  # not the office's word
    ],
)
def test_an_enumeration_after_an_offices_colon_is_none(text: str) -> None:
    assert not {p for p in _printed(text) if p[:2] in ("a.", "b.", "A.")}


# -- a French particle after initials ----------------------------------------------------------


def test_a_capitalised_french_particle_after_initials_is_the_names() -> None:
    text = "mw. M. Aartsen- Vos, G.J.M.A. Le Bruin, H.W. Brands"
    assert "G.J.M.A. Le Bruin" in _printed(text)


@pytest.mark.parametrize(
    "text", ["De firma N.V. Le Clercq levert de stoelen", "Zie de U.S. Le Mans race"]
)
def test_a_legal_form_or_country_before_le_stays_no_person(text: str) -> None:
    assert not {p for p in _printed(text) if " Le " in p}


# -- a webcast's speaker index with a capitalised particle --------------------------------------


def test_a_speaker_with_a_capitalised_particle_is_read_whole() -> None:
    text = (
        "Voorzitter\n  00:00:04 - 00:04:31 - Jolanda Op de Kamp\n  00:05:11 - 00:06:03 - Rik Maas\n"
    )
    found = _printed(text)
    assert "Jolanda Op de Kamp" in found
    assert "Jolanda Op" not in found


def test_a_speakers_function_after_the_dash_stays_out() -> None:
    text = "  00:00:04 - 00:04:31 - Henk De Boer - Voorzitter gemeenteraad\n"
    assert "Henk De Boer" in _printed(text)


# -- the council's lot for who votes first ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("  Trekking stemmingsnummer 8: Mehmet Yildiz\n\n  Besluit", "Mehmet Yildiz"),
        ("Stemnummer 3: J.P. van Dam\n", "J.P. van Dam"),
        ("Trekking stemmingsnummer 14: Sijmen Laurens\n", "Sijmen Laurens"),
        ("  Trekking stemmingsnummer 2: Jorinde Koray\n\n  Besluit", "Jorinde Koray"),
    ],
)
def test_the_member_the_lot_names_is_a_person(text: str, name: str) -> None:
    assert name in _printed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Het stemmingsnummer 8: Agenda Vaststellen\n",  # no given name, no initials
        "stemmingsnummer 8: Gemeente Roermond\n",  # a body
        "stemmingsnummer 8: Mehmet Yildiz en de agenda\n",  # the name does not end the line
    ],
)
def test_the_lots_label_before_no_name_reads_none(text: str) -> None:
    found = _printed(text)
    assert not found & {"Agenda Vaststellen", "Gemeente Roermond", "Mehmet Yildiz en"}


# -- a closing joined to its signer -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wij bieden graag hulp. Met vriendelijke groet, Aad Verschuur\nProvincie Utrecht",
            "Aad Verschuur",
        ),
        ("Hoogachtend, drs. A.B. Kortekaas", "A.B. Kortekaas"),
        ("Met vriendelijke groeten, Jeroen van den Bosch", "Jeroen van den Bosch"),
    ],
)
def test_a_signer_after_the_closing_on_its_line_is_a_person(text: str, name: str) -> None:
    assert name in _printed(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Met vriendelijke groet, Sociaal Domein", "Sociaal Domein"),
        ("Met vriendelijke groet, Klantenservice Online", "Klantenservice Online"),
        ("Met vriendelijke groet, Team Vergunningen", "Team Vergunningen"),
        ("Met vriendelijke groet, Gemeente Utrecht", "Gemeente Utrecht"),
    ],
)
def test_a_unit_after_the_closing_is_no_person(text: str, words: str) -> None:
    assert words not in _printed(text)


# -- a column of surnames under its kind --------------------------------------------------------

_COLUMN = (
    "Kunt u in onderstaande tabel aangeven hoe vaak er overleg is geweest tussen een gedeputeerde "
    "en statenleden?\n\n\n{heads}\n\nTotaal\n\nAanwezig bij vergadering\nTelefonisch overleg"
)


def test_a_column_of_surnames_under_gedeputeerden_names_each() -> None:
    heads = "\n\n".join(["Broekema", "Harkink", "Meijerink", "Scheffer", "Schouten", "Van Dijk"])
    found = _printed(_COLUMN.format(heads=heads))
    assert {"Broekema", "Harkink", "Meijerink"} <= found
    assert "Totaal" not in found


@pytest.mark.parametrize(
    "text",
    [
        # the kind named, two names in the column, but the other heads are fields or regions
        "Wethouders per kern:\n\nNoord\n\nZuid\n\nBeheer\n\nSchouten\n\nVan Dijk\n\nTotaal",
        "Portefeuilles van de wethouders:\n\nWonen\n\nZorg\n\nSport\n\nSchouten\n\nVan Dijk\n",
        # places
        "De leden van de commissie:\n\nAmsterdam\n\nRotterdam\n\nUtrecht\n\nSchouten\n\nVan Dijk\n",
        # no kind before the column
        "Tabel 2: aantallen\n\nBroekema\n\nHarkink\n\nSchouten\n\nVan Dijk\n",
        # one name only in the column
        "Gedeputeerden\n\nBroekema\n\nHarkink\n\nMeijerink\n\nSchouten\n",
    ],
)
def test_a_column_without_its_persons_reads_no_heads(text: str) -> None:
    found = _printed(text)
    assert not found & {"Noord", "Zuid", "Beheer", "Wonen", "Zorg", "Sport", "Broekema", "Harkink"}


# -- no person in a party's name ----------------------------------------------------------------


def test_a_party_named_after_its_leader_holds_no_person() -> None:
    text = "mevrouw Marloes Hendriks – Bakker (Lijst Hendriks – Bakker) verlaat de vergadering."
    persons = _persons(text)
    assert persons == [("Marloes Hendriks – Bakker", "Marloes Hendriks - Bakker")]


@pytest.mark.parametrize(
    "text",
    [
        "De fractie van Lijst Hendriks – Bakker stemt tegen.",
        "de leden van Lijst Jan de Vries stemmen tegen",
        "Het lid Van Haga (Groep Van Haga) vraagt het woord.",
    ],
)
def test_a_partys_name_names_no_person_beside_the_member(text: str) -> None:
    found = _printed(text)
    assert "Bakker" not in found and "Jan de Vries" not in found
    assert found <= {"Van Haga"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lijst van aanwezigen: Jan de Vries, Piet Jansen", "Jan de Vries"),
        ("Groep 8: Jan de Vries", "Jan de Vries"),
        ("Lijst 4: Jan de Vries", "Jan de Vries"),
        ("De werkgroep Jan de Vries komt bijeen", "Jan de Vries"),
    ],
)
def test_a_list_or_group_that_is_no_party_keeps_its_persons(text: str, name: str) -> None:
    assert name in _printed(text)


# -- after the blind scoring: a members' list cut from its head by the segmenter -----------------


def _document_persons(texts: list[str]) -> set[str]:
    segs = [Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)]
    return {e.text for e in enrich(SegmentedDocument(segments=segs))[1] if e.type == "person"}


def test_a_members_list_in_the_paragraph_after_its_head_is_read() -> None:
    found = _document_persons(
        [
            "Opening Voorzitter: Broekers-Knol Tegenwoordig zijn 5 leden, te weten:",
            "Bakkum, Barth, Knip, Kox, Sylvester en Van Zandbrink,",
            "Ik deel aan de Kamer mee dat het volgende lid zich heeft afgemeld:",
            "Van Dijk, wegens bezigheden elders.",
        ]
    )
    assert {"Bakkum", "Barth", "Knip", "Kox", "Sylvester", "Van Zandbrink", "Van Dijk"} <= found


@pytest.mark.parametrize(
    "texts",
    [
        # no list head before the paragraph
        ["Het verslag wordt vastgesteld.", "Bakkum, Barth, Knip, Kox, Sylvester en Van Zandbrink,"],
        # a head that announces no persons
        ["De agenda luidt als volgt:", "Bakkum, Barth, Knip, Kox, Sylvester en Van Zandbrink,"],
    ],
)
def test_a_list_without_its_members_head_gains_no_persons(texts: list[str]) -> None:
    assert not _document_persons(texts) & {"Bakkum", "Knip", "Sylvester"}
