"""What a blind batch of national papers showed (gold46): the State as a party in a ruling; research
bureaus under their names and former names; a fund named by its task with 'Fonds' as its own
word; an English name with its article inside a Dutch sentence; a split compound's first half
opening a name; a glued 'te' before a place; a footnote's number glued to a listed word; a chair
named as the committee named after him. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import enrich_one, organisations, people

# -- the State as a party ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "in de zaak van Stichting X tegen de Staat der Nederlanden (het ministerie van Financiën)",
        "De Staat der Nederlanden, gevestigd te Den Haag, gedaagde.",
    ],
)
def test_the_state_as_a_party(text: str) -> None:
    assert "Staat der Nederlanden" in organisations(text)


@pytest.mark.parametrize(
    "text",
    ["De staat der Nederlanden is een begrip.", "Dat is een zaak van de Staat.", "de Staat zelf"],
)
def test_no_state_in_lower_case_or_alone(text: str) -> None:
    assert "Staat der Nederlanden" not in organisations(text)


# -- research bureaus ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Het onderzoek van I&O Research laat dat zien.", "Ipsos I&O"),
        ("Uit een peiling van Kantar Public blijkt dat.", "Kantar Public"),
        ("ResearchNed en DSP-groep deden de evaluatie.", "ResearchNed"),
        ("ResearchNed en DSP-groep deden de evaluatie.", "DSP-groep"),
        ("De monitor van Oberon Onderzoek en Advies verscheen.", "Oberon Onderzoek en Advies"),
        ("Pro Facto evalueerde de wet.", "Pro Facto"),
        ("Centerdata hield de enquête.", "Centerdata"),
    ],
)
def test_research_bureaus(text: str, body: str) -> None:
    assert body in organisations(text)


def test_a_bureau_before_a_slash_is_whole() -> None:
    text = "de monitor van Oberon Onderzoek en Advies/SEO Economisch Onderzoek verscheen"
    found = organisations(text)
    assert "Oberon Onderzoek en Advies" in found and "SEO Economisch Onderzoek" in found
    assert "Advies" not in found


def test_the_bureaus_short_words_alone_name_none() -> None:
    assert organisations("Oberon is een maan van Uranus, zei Kantar.") == []


# -- LTO's full name and the split compound -----------------------------------------------------


def test_lto_by_its_full_name() -> None:
    found = enrich_one("De Land- en Tuinbouworganisatie Nederland steunt het plan.")
    assert [(e.text, e.canonical) for e in found if e.type == "organization"] == [
        ("Land- en Tuinbouworganisatie Nederland", "LTO Nederland")
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Volgens de Natuur- en Milieufederatie Utrecht is dat zo.",
         "Natuur- en Milieufederatie Utrecht"),
        ("De Onderwijs- en Examencommissie Zuid besloot.", "Onderwijs- en Examencommissie Zuid"),
    ],
)  # fmt: skip
def test_a_split_compound_opens_the_name(text: str, body: str) -> None:
    assert organisations(text) == [body]


@pytest.mark.parametrize(
    "text",
    [
        # the first half in lower case: a sentence's words, no name's
        "de natuur- en Milieufederatie Utrecht",
        # an abbreviation before the hyphen is its own body
        "de ANWB- en Milieufederatie Utrecht",
    ],
)
def test_no_split_compound_in_lower_case_or_after_an_abbreviation(text: str) -> None:
    assert "Milieufederatie Utrecht" in organisations(text)


# -- 'Fonds' as a name's own word ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Vier partijen (Vereniging Leergeld, Nationaal Fonds Kinderhulp en Stichting Jarige Job)",
         "Nationaal Fonds Kinderhulp"),
        ("Een subsidie van het Fonds Podiumkunsten.", "Stichting Fonds Podiumkunsten"),
        ("Zij werkt bij het Nationaal Fonds Ouderenhulp in Utrecht.",
         "Nationaal Fonds Ouderenhulp"),
    ],
)  # fmt: skip
def test_a_fund_named_by_its_task(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    ["Het Fonds heeft geld.", "Het fonds Kinderhulp ook.", "Het Fonds 2024 is leeg."],
)
def test_no_fund_alone(text: str) -> None:
    assert organisations(text) == []


# -- 'The' before an English name inside a Dutch sentence --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Krijgen Oxfam Novib, PAX en The Rights Forum subsidie?",
        "Een brief aan The Rights Forum over Gaza.",
    ],
)
def test_an_english_name_keeps_its_article_in_a_dutch_sentence(text: str) -> None:
    assert "The Rights Forum" in organisations(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # at a sentence's start the article is the sentence's
        ("The Rights Forum krijgt subsidie.", "Rights Forum"),
        # a listed name keeps its own form
        ("Een brief aan The World Economic Forum.", "World Economic Forum"),
    ],
)
def test_no_article_at_a_sentences_start_or_on_a_listed_name(text: str, body: str) -> None:
    assert body in organisations(text)


def test_no_name_from_an_english_sentence() -> None:
    assert organisations("The Council decided on Monday.") == []


# -- a glued 'te' before a place ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("6. Stichting Omroep Gelderlandte Arnhem,", "Stichting Omroep Gelderland"),
        ("de Vereniging Natuurmonumenten Utrechtte Utrecht", "Vereniging Natuurmonumenten Utrecht"),
    ],
)  # fmt: skip
def test_a_glued_te_before_a_place_ends_the_name(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # no place after it: the word is as printed
        ("de Stichting Omroep Gelderlandte blij mee", "Stichting Omroep Gelderlandte"),
        # the word without 'te' is no place: 'Plaatte' is a word of the name
        ("de Stichting Koude Plaatte Arnhem", "Stichting Koude Plaatte Arnhem"),
    ],
)
def test_no_cut_without_a_place_on_both_sides(text: str, body: str) -> None:
    assert body in organisations(text)


# -- a footnote's number glued to a listed word -------------------------------------------------


def test_a_footnote_number_after_a_listed_word() -> None:
    found = organisations("Een onderzoek van I&O Research en Centerdata2 naar werkenden.")
    assert "Centerdata" in found and "Ipsos I&O" in found


@pytest.mark.parametrize(
    "text", ["De Centerdata2024 set.", "De Centerdata123 set.", "De Centerdata12a set."]
)
def test_no_footnote_in_a_longer_number_or_before_a_letter(text: str) -> None:
    assert "Centerdata" not in organisations(text)


# -- a chair named as the committee named after him ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Het rapport van het Aanjaagteam Arbeidsmarkt onder leiding van Bakker3 (hierna: "
         "Aanjaagteam Bakker) is ontvangen.", "Bakker"),
        ("De commissie onder voorzitterschap van Van der Meer, de commissie-Van der Meer, sprak.",
         "Van der Meer"),
    ],
)  # fmt: skip
def test_the_chair_a_committee_is_named_after(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        # no committee named after the word
        "Het project onder leiding van Bakker3 liep door.",
        # a listed body leads it
        "Het project onder leiding van Rijkswaterstaat en de werkgroep Rijkswaterstaat.",
        "onder leiding van Nederland en de werkgroep Nederland",
    ],
)
def test_no_chair_without_a_committee_after_him_or_for_a_body(text: str) -> None:
    assert not (set(people(text)) & {"Bakker", "Rijkswaterstaat", "Nederland"})


# -- one word before a slash that ends a longer name --------------------------------------------


def test_no_body_from_the_last_word_of_a_name_before_a_slash() -> None:
    text = "de monitor van Kuipers Onderzoek en Advies/SEO Economisch Onderzoek verscheen"
    assert organisations(text) == ["SEO Economisch Onderzoek"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # an abbreviation before the slash is a member
        ("door Rijkswaterstaat en XYZQ/Defensie", "XYZQ"),
        # no 'en' before the word: the slash joins two names
        ("door Defensie/CLAS en de ANWB/BOVAG", "CLAS"),
    ],
)
def test_members_beside_a_slash_stay(text: str, body: str) -> None:
    assert body in organisations(text)


# -- a name wrapped before its abbreviation; 'Nederland' abbreviated 'NL' ------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Werkt u samen met de Palestijnse\nGemeenschap Nederland (PGNL) of heeft PGNL toegang?",
         "Palestijnse Gemeenschap Nederland"),
        ("de Centrale Verwerking\nOpenbaar Ministerie (CVOM) besliste.",
         "Centrale Verwerking Openbaar Ministerie"),
    ],
)  # fmt: skip
def test_the_abbreviation_spells_the_words_before_a_line_break(text: str, body: str) -> None:
    found = organisations(text)
    assert body in found and "Gemeenschap Nederland" not in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the abbreviation spells no more than the name
        ("Volgens Techniek Nederland (TNL) is dat zo.", "Techniek Nederland"),
        # a label and its number before the line break are no words of the name
        ("Bijlage 3\nGemeenschap Nederland (BGNL) zegt.", "Gemeenschap Nederland"),
    ],
)
def test_no_wider_name_without_the_letters_before_it(text: str, body: str) -> None:
    assert body in organisations(text)
