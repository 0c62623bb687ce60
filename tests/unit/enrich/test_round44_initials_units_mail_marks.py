"""What a blind batch of Woo/Wob rulings and pages, letters and answers showed (gold44): one initial
before a lower-case particle, or in a list beside a person already found (judges, counsel, editors);
a reply's mark before a body in a mail's subject; the members' list of 'vragen van de leden' ending
at a sentence's end; a Handelingen number no meeting has; a unit named before its parent body and
defined by an abbreviation that spells both. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import enrich_one, organisations, people


def _refs(text: str) -> list[tuple[str, str]]:
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    return [(r.type, r.normalized) for r in enrich(doc)[0]]


# -- one initial before a lower-case particle ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ter zitting verscheen K. van Hoorn namens de vereniging.", "K. van Hoorn"),
        ("Het verslag is opgesteld door P. de Groot en besproken.", "P. de Groot"),
        ("Namens eiser sprak T. ter Brugge over de termijn.", "T. ter Brugge"),
    ],
)
def test_one_initial_before_a_particle_names_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "De bevoegdheid staat onder B. van de Wet op het financieel toezicht.",
        "Zie bijlage A. van het rapport voor de cijfers.",
        "Het gaat om onderdeel C. van Dijkhuizen-Oost, een wijk.",
        "Dit volgt uit artikel 5 D. van de Regeling.",
        # a capital after it: a new sentence
        "Het bedrag staat in kolom D. De raad besloot anders.",
    ],
)
def test_a_lettered_item_before_a_particle_is_no_person(text: str) -> None:
    assert people(text) == []


# -- one initial in a list beside a person found ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "De zaak is behandeld door mrs. H. Kolk, P. Wessel en J.A.M. Smulders, rechters.",
            {"H. Kolk", "P. Wessel", "J.A.M. Smulders"},
        ),
        ("(gemachtigden: B. Hoekstra en A.F. Duijn),", {"B. Hoekstra", "A.F. Duijn"}),
        ("In: R.P. Meijer, D. Kooistra & S. Wolters (red.), Bestuursrecht.", {"D. Kooistra"}),
    ],
)
def test_one_initial_beside_a_person_in_a_list_names_a_person(text: str, names: set[str]) -> None:
    assert names <= set(people(text))


@pytest.mark.parametrize(
    "text",
    [
        "De varianten A, B en R.J. Smulders' voorstel zijn besproken.",  # no initial's dot
        "Zie C. Volgens R.J. Smulders is dat zo.",  # a sentence ends: no list
        "Zie tabel B. Tabel, R.J. Smulders en anderen.",  # 'B. Tabel' stands before a comma, but
    ],
)
def test_no_one_initial_name_without_a_list_of_persons(text: str) -> None:
    found = people(text)
    assert all(len(p.split(".")) > 2 for p in found if p[1:2] == "."), found


def test_a_lone_initial_and_surname_stays_unread() -> None:
    # without a particle, a list or a title one initial is too weak a sign
    assert people("Het boek van J. Koster verscheen in 2020.") == []


# -- a reply's mark before a body in a mail's subject ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("3. e-mail met onderwerp ‘RE Stichting Groene Dijken e.a.’;", "Stichting Groene Dijken"),
        ("4. e-mail met onderwerp ‘FW Vereniging Oude Molens’;", "Vereniging Oude Molens"),
    ],
)
def test_reply_mark_is_no_word_of_a_body(text: str, body: str) -> None:
    found = organisations(text)
    assert body in found
    assert not any(o.startswith(("RE ", "FW ")) for o in found)


def test_capitals_before_a_kind_word_still_name_a_body() -> None:
    # only the mail marks are left out; other capitals before 'Stichting' stay the name's
    assert "REMA Stichting" in organisations("Zij werkt bij de REMA Stichting in Zeist.")


# -- a closing quote after a body's name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("5. e-mail ‘Stichting Groene Dijken’ van 3 mei", "Stichting Groene Dijken"),
        ("6. brief 'Vereniging Oude Molens' aan de raad", "Vereniging Oude Molens"),
    ],
)
def test_closing_quote_is_no_part_of_a_name(text: str, body: str) -> None:
    assert body in organisations(text)


def test_apostrophe_inside_a_word_stays() -> None:
    assert "Children’s Rights Foundation" in organisations(
        "Zij schreef de Children’s Rights Foundation."
    )


# -- the members' list ends at a sentence's end ----------------------------------------------------


def test_a_partys_members_then_a_new_sentence_name_no_member() -> None:
    text = (
        "De leden van de SP-fractie sluiten zich aan bij de vragen van de leden van de "
        "CDA-fractie. De leden van de PVV-fractie hebben geen vragen. Daarop is een brief "
        "gestuurd aan de Minister van Financiën."
    )
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vragen van het lid Van der Plas c.s. aan de Minister van Financiën", {"Van der Plas"}),
        (
            "Vragen van de leden R.J. Hermans en Oosting (VVD) aan de Minister",
            {"R.J. Hermans", "Oosting"},
        ),
    ],
)
def test_askers_keep_their_initials_and_c_s(text: str, names: set[str]) -> None:
    assert names <= set(people(text))


# -- a Handelingen number no meeting has -----------------------------------------------------------


def test_handelingen_number_above_a_years_meetings_is_an_aanhangsel() -> None:
    refs = _refs("Zie Aanhangel Handelingen II, vergaderjaar 2018–2019, nr. 2871.")
    assert ("aanhangsel", "ah-tk-20182019-2871") in refs
    assert not any(t == "handelingen" for t, _ in refs)


@pytest.mark.parametrize(
    ("text", "ident"),
    [
        ("Handelingen II 2015/16, nr. 97, item 12", "h-tk-20152016-97"),
        ("Handelingen II 2015/16, nr. 150", "h-tk-20152016-150"),
        ("Handelingen I 2019/20, nr. 31", "h-ek-20192020-31"),
    ],
)
def test_a_meetings_number_stays_handelingen(text: str, ident: str) -> None:
    assert ("handelingen", ident) in _refs(text)


# -- a unit named before its parent body -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "abbr"),
    [
        (
            "Het verzoek is gericht aan het Landelijk Parket Openbaar Ministerie (LPOM). Het LPOM "
            "beslist binnen acht weken.",
            "Landelijk Parket Openbaar Ministerie",
            "LPOM",
        ),
        (
            "De Centrale Eenheid Openbaar Ministerie (CEOM) heeft niet tijdig beslist.",
            "Centrale Eenheid Openbaar Ministerie",
            "CEOM",
        ),
    ],
)
def test_unit_before_its_parent_is_what_the_abbreviation_names(
    text: str, unit: str, abbr: str
) -> None:
    found = [(e.text, e.canonical) for e in enrich_one(text) if e.type == "organization"]
    assert (unit, unit) in found
    assert (abbr, unit) in found
    assert not any(c == "Openbaar Ministerie" for _, c in found)


@pytest.mark.parametrize(
    "text",
    [
        "Het Openbaar Ministerie (OM) vervolgt de zaak.",  # the body's own letters
        "Volgens het Openbaar Ministerie (OM) is dat zo.",
        "Het Openbaar Ministerie (HOM) zegt het.",  # an article spells no unit
        "De Landelijke Openbaar Ministerie (XOM) club.",  # the letters do not spell the words
    ],
)
def test_no_unit_where_the_abbreviation_spells_only_the_body(text: str) -> None:
    found = {e.canonical for e in enrich_one(text) if e.type == "organization"}
    assert "Openbaar Ministerie" in found


def test_a_term_coined_in_quotes_is_no_body() -> None:
    # with the closing quote no longer in the name, a quoted English term could read as a body
    text = "Er komt een zogenaamde ‘Drop Off Library’ waar stukken worden neergezet."
    assert organisations(text) == []


def test_a_quoted_body_without_so_called_stays_a_body() -> None:
    assert "High-Level Group" in organisations("het eindrapport van de ‘High-Level Group’ in 2024")


# -- the writer of a piece cited by its quoted title ('van X in <outlet>' was read before) ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kent u het artikel «Fondsen kiezen eigen toezicht» van K. Mulder in Pensioen Pro?",
            "K. Mulder",
        ),
        ("Kent u het bericht “Wachtlijsten groeien” door R. Haan op een nieuwssite?", "R. Haan"),
    ],
)
def test_one_initial_writer_after_a_quoted_title_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kent u het rapport «Ongekend onrecht» van de commissie?",
        "Kent u het bericht «Files nemen toe» van D. Amsterdam?",  # a place, no surname
        "Kent u het bericht «Files nemen toe» van bijlage A. Daarna volgt meer.",  # no 'van' before
    ],
)
def test_no_writer_without_a_surname_after_the_title(text: str) -> None:
    assert people(text) == []
