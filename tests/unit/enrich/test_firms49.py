"""firms49 (issue #12): organisations named with little or no cue in answers and letters.

Classes read off firms49's set F49 (answers, questions, letters and committee reports naming firms,
NGOs and international bodies): (1) a paper's title that opens with its article is cited without
it in footnotes ('1. Financieele Dagblad, 15 maart 2021'); (2) a firm named after its trade's
compound ('scheepsbouwer Damen', 'maaltijdbezorger Deliveroo', 'olieconcern Shell'), not a
person of the trade; (3) a lower-case 'provincie' before a foreign region names a place, no body
('in de provincie Cabo Delgado'); (4) intergovernmental bodies named bare, from supraverden's
Wikidata-coded list ('tussen de EU en Mercosur'), a body other lists know keeping their name.
Texts our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import bodies, enrich_one

# (text, a body that must be found as printed -> its canonical)
FOUND = [
    ("1. Financieele Dagblad, 15 maart 2021, Satellietstation in de knel.", "Financieele Dagblad",
     "Het Financieele Dagblad"),
    ("Zie De Groene Amsterdammer en de Groene Amsterdammer van mei.", "Groene Amsterdammer",
     "De Groene Amsterdammer"),
    ("Het bericht dat scheepsbouwer Damen een order dreigt mis te lopen.", "Damen", "Damen"),
    ("De positie van koeriers ten opzichte van maaltijdbezorger Deliveroo.", "Deliveroo",
     "Deliveroo"),
    ("Het defensieconcern Thales schrapt banen in Hengelo.", "Thales", "Thales"),
    ("Afspraken met de oliemaatschappij Total over Mozambique.", "Total", "Total"),
    ("Het handelsverdrag tussen de EU en Mercosur bevat duurzaamheidsbepalingen.", "Mercosur",
     "Mercosur"),
    ("Nederland steunt de ECOWAS bij de bemiddeling in de regio.", "ECOWAS",
     "Economic Community of West African States"),
    ("Het rapport van de European Union over de handel.", "European Union", "Europese Unie"),
    # a Dutch province after lower-case 'provincie' is read as before, a hyphen printed otherwise
    ("Het college van de provincie Noord‐Brabant besloot.", "provincie Noord‐Brabant",
     "Provincie Noord-Brabant"),
    ("Overleg met de provincie Fryslân volgt.", "provincie Fryslân", "Provincie Fryslân"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "canonical"), FOUND)
def test_body_found(text: str, printed: str, canonical: str) -> None:
    assert bodies(text).get(printed) == canonical


# (text, what must not be found as an organisation as printed)
NOT_FOUND = [
    # a foreign region after 'provincie': a place
    ("De gasprojecten in de provincie Cabo Delgado komen niet van de grond.",
     "provincie Cabo Delgado"),
    ("Het geweld in de provincie Idlib neemt toe.", "provincie Idlib"),
    # a person of the trade, and a trade with no name after it
    ("De pakketbezorger Ahmed Benali werd ontslagen.", "Ahmed Benali"),
    ("De pakketbezorger Ahmed Benali werd ontslagen.", "Ahmed"),
    ("Een scheepsbouwer in Vlissingen zoekt personeel.", "Vlissingen"),
    # a bare trade word opens no firm's name ('de bezorger Jan')
    ("Toen kwam de bezorger Jan langs met het pakket.", "Jan"),
    # a title whose words are all common words keeps its article
    ("Laatste Nieuws uit de regio", "Laatste Nieuws"),
    # a short abbreviation of an international body is read only from other lists: 'ICMP' is
    # the International Commission on Missing Persons and an internet protocol
    ("Overweeg een ICMP-test toe te voegen aan de airgapdetectie.", "ICMP"),
    # English words in capitals are no body's abbreviation
    ("SHARE YOUR VIEWS ON THE PLAN", "SHARE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed"), NOT_FOUND)
def test_no_body(text: str, printed: str) -> None:
    assert printed not in bodies(text)


def test_near_misses_stay_clean() -> None:
    # amounts, dates, a postcode, a phone number and a street beside the new cues
    text = (
        "De scheepsbouwer ontving € 3,1 miljard op 1 maart 2025. Bel 070-3485231 of schrijf naar "
        "Bezuidenhoutseweg 67, 2594 AC Den Haag; de provincie betaalt 12,5 procent."
    )
    orgs = [e.text for e in enrich_one(text) if e.type == "organization"]
    assert orgs == []
