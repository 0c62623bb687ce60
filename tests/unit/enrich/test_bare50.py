"""bare50 (issue #12): a body named once in prose, by no list and no kind word.

Classes read off bare50's set B50 (answers, questions, letters and rulings naming firms, NGOs and
action groups): (1) the frame official prose puts a body in, its name after 'van': a document or a
step a body takes ('het rapport «...» van X', 'de brief van X', 'het verzoek van X') or what only a
body has ('de directeur van X'), read by the name's shape, since persons, places and titles stand
in the same frames; (2) a capitalised compound of a body's head after a sentence's capital article
where the sentence goes on in lower case ('De Waddenvereniging is ...'). Texts our own.
"""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument
from tests.unit.enrich.found import bodies, enrich_one


def _doc_bodies(*texts: str) -> set[str]:
    """The organisations' printed names the enricher finds in a document of `texts` (a paragraph
    each)."""
    segs = [Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)]
    return {e.text for e in enrich(SegmentedDocument(segments=segs))[1] if e.type == "organization"}


# (text, a body that must be found as printed)
FOUND = [
    # a titled report's maker: a single word is enough
    ("Kent u het rapport «Wind op land» van Windwaarde over geluidsnormen?", "Windwaarde"),
    ("Het persbericht «Nieuwe koers» van Groenhuys kwam te laat.", "Groenhuys"),
    # two or three words with a common or an English body's word, or an abbreviation
    ("Heeft u de brief van Eerlijk Wonen ontvangen?", "Eerlijk Wonen"),
    ("Kent u het rapport van Global Water Partners over de Maas?", "Global Water Partners"),
    ("Wat vindt u van de oproep van BX Academy aan jongeren?", "BX Academy"),
    # an abbreviation, a name with a capital inside
    ("Het verzoek van MKZO om handhaving is afgewezen.", "MKZO"),
    ("Hoe reageert u op de petitie van DierVrij tegen de jacht?", "DierVrij"),
    # what only a body has
    ("De directeur van Stroomkracht trad af.", "Stroomkracht"),
    ("Het hoofdkantoor van Lindeborg verhuist naar Breda.", "Lindeborg"),
    # a head's compound after a sentence's capital article
    ("De Duinenvereniging is hiertegen in bezwaar gegaan.", "Duinenvereniging"),
    ("Zo ja, waarom? Het Kempendagblad meldt dat de sluiting dreigt.", "Kempendagblad"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed"), FOUND)
def test_body_found(text: str, printed: str) -> None:
    assert printed in bodies(text)


# (text, what must not be found as an organisation as printed)
NOT_FOUND = [
    # a person by a surname alone, in one frame or in two of different words
    ("Kent u het rapport van Fijnaut over de georganiseerde misdaad?", "Fijnaut"),
    ("Wat is uw reactie op de brief van Minnesma?", "Minnesma"),
    # a person by a role or a given name
    ("Wat vindt u van de reactie van Minister Hoekstra?", "Minister Hoekstra"),
    ("Heeft u de brief van Marjan Minnesma gelezen?", "Marjan Minnesma"),
    ("Heeft u de brief van Marjan Minnesma gelezen?", "Minnesma"),
    # a foreign person's two names, no common word among them
    ("Hoe beoordeelt u de reactie van Abiy Ahmed op het geweld?", "Abiy Ahmed"),
    # a place's or a country's adjective before a kind ('de Rotterdamse woningcorporatie X')
    ("De directeur van de Rotterdamse woningcorporatie is vertrokken.", "Rotterdamse"),
    ("Het verzoek van de Friese boerenorganisatie werd afgewezen.", "Friese"),
    # a kind of body or unit first: the kind finders' name, read here it would be cut
    ("Het rapport van de Directie Veiligheid en Weerbaarheid verscheen.", "Directie Veiligheid"),
    # a place, a law's abbreviation, a title in quotes
    ("Hoe beoordeelt u de reactie van Den Haag?", "Den Haag"),
    ("De klacht van AVG-juristen is bekend.", "AVG"),
    ("Het rapport «Zorg voor morgen» van de commissie is bekend.", "Zorg voor morgen"),
    # a single unknown word in a frame persons take too
    ("Bent u bekend met het verzoek van Kaltenbrunner?", "Kaltenbrunner"),
    # a heading capitalises every word; a common noun's compound
    ("De Adviescommissie Water", "Adviescommissie"),
    ("Zo ja. De Ledenvereniging is opgericht.", "Ledenvereniging"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed"), NOT_FOUND)
def test_no_body(text: str, printed: str) -> None:
    assert printed not in bodies(text)


def test_surname_in_two_frames_stays_a_surname() -> None:
    assert "Fijnaut" not in _doc_bodies(
        "Wat is uw reactie op het rapport van Fijnaut?", "Deelt u de mening van Fijnaut?"
    )


def test_single_word_after_a_head_elsewhere() -> None:
    found = _doc_bodies(
        "Kent u het rapport van Interludo over de stichting?",
        "Het onderzoek is gedaan door het Recherchebureau Interludo.",
    )
    assert "Interludo" in found
    # without the head word elsewhere the single word is no body
    assert "Interludo" not in _doc_bodies("Kent u het rapport van Interludo over de stichting?")


def test_a_persons_surname_in_the_document_is_none() -> None:
    assert "Windwaarde" not in _doc_bodies(
        "Mevrouw Els Windwaarde schreef het stuk.",
        "Kent u het rapport «Wind op land» van Windwaarde?",
    )


def test_near_misses_stay_clean() -> None:
    # amounts, dates, a postcode, a phone number, a street and headings beside the new cues
    text = (
        "Het rapport van 12 maart 2024 noemt € 3,1 miljoen. De brief van 1 mei ging naar "
        "Bezuidenhoutseweg 67, 2594 AC Den Haag; bel 070-3485231. De reactie van Nederland volgt. "
        "De klanten van 2023 betaalden 12,5 procent meer."
    )
    orgs = [e.text for e in enrich_one(text) if e.type == "organization"]
    assert orgs == []
