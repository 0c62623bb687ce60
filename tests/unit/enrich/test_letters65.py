"""Round 65 (letters65, issue #12): what a new unseen set of Kamer papers showed. The Handelingen'
attendance past a three-word name with a particle and the members who sent apologies; one-initial
members in a committee's composition with their party in brackets; a chair's line flattened with
the clerk's label; a minister whose surname is a place, named with his portfolio; a motion joined
from two members' names where the second opens with a capitalised particle; a plural title's
names with brackets after each; a body spelled out before its abbreviation that is a 'Bureau' or a
'Recherche'. With the near misses that stay as they were. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.entities import longforms
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def persons(text: str) -> list[str]:
    return [e.text for e in enrich(_doc(text))[1] if e.type == "person"]


def bodies(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in enrich(_doc(text))[1] if e.type == "organization"]


# --- the Handelingen' attendance and apologies ---------------------------------------------------


def test_the_attendance_goes_on_past_a_three_word_name_with_a_particle() -> None:
    text = (
        "Tegenwoordig zijn 12 leden, te weten:\n\nBakker, Niek Jan van Kesteren, Ton van "
        "Kesteren, Knip, Kok, Sent, Vos en Wezel,\n\nen de heer Jansen, minister van Financiën."
    )
    found = persons(text)
    for name in ("Knip", "Kok", "Sent", "Vos", "Wezel", "Ton van Kesteren"):
        assert name in found


def test_the_attendance_goes_on_only_after_the_names_comma() -> None:
    # no comma after the three-word name: what follows is not read as the list's
    text = "Tegenwoordig zijn 3 leden, te weten:\n\nKnip, Niek Jan van Kesteren\n\nDe Vos, Wezel."
    found = persons(text)
    assert "Knip" in found
    assert "Wezel" not in found


def test_the_members_who_sent_apologies_a_line_each_with_its_reason() -> None:
    text = (
        "Ik deel aan de Kamer mee dat de volgende leden zich hebben afgemeld:\n\n"
        "Faber-van de Klashorst en Peter van Dijk, wegens ziekte;\n\n"
        "De Vries-Leggedoor, Kok en Vos, wegens persoonlijke omstandigheden.\n\n"
        "Deze mededeling wordt voor kennisgeving aangenomen."
    )
    found = persons(text)
    for name in ("Faber-van de Klashorst", "Peter van Dijk", "De Vries-Leggedoor", "Kok", "Vos"):
        assert name in found


def test_a_reason_without_a_list_after_it_reads_no_names() -> None:
    # no 'wegens' after the next line: it is no list of members
    text = (
        "De volgende leden zich hebben afgemeld: Kok, wegens ziekte;\n\n"
        "Deze Mededeling, Wordt aangenomen."
    )
    found = persons(text)
    assert "Kok" in found
    assert not any("Mededeling" in name for name in found)


def test_apologies_of_other_people_than_members_are_not_read_as_such() -> None:
    # 'afgemeld' without the members' phrase: the common words stay words
    assert persons("De volgende bedrijven hebben zich afgemeld: Kok, wegens ziekte.") == []


# --- one-initial members with their party ---------------------------------------------------------


def test_one_initial_members_in_a_composition_with_their_party() -> None:
    text = (
        "1. Samenstelling: J.J. van Heukelum (VVD), G. Holdijk (SGP), M.C. Meindertsma (PvdA), "
        "W. Lemstra (CDA)."
    )
    assert persons(text) == [
        "J.J. van Heukelum",
        "G. Holdijk",
        "M.C. Meindertsma",
        "W. Lemstra",
    ]


def test_a_lettered_item_before_a_bracket_stays_no_initial() -> None:
    assert persons("Zie tabel B. Tabel (CDA), R.J. Smulders") == ["R.J. Smulders"]


def test_one_initial_with_a_bracket_but_no_person_beside_it_stays_unread() -> None:
    # no two-initial name in the list: nothing says 'G. Holdijk' is a name
    assert persons("Bijlage G. Holdijk (SGP) en W. Lemstra (CDA).") == []


# --- a chair's line flattened with the clerk's label ---------------------------------------------


def test_the_chair_before_the_clerks_label_on_one_line() -> None:
    found = persons("Voorzitter: Tichelaar Griffier: Franke\n\nVragen en opmerkingen")
    assert found == ["Tichelaar", "Franke"]


@pytest.mark.parametrize(
    "text",
    [
        # a body chairs
        "Voorzitter: Provincie Utrecht Griffier: Franke",
        # another label after the name: not the clerk's
        "Voorzitter: Tichelaar Secretaris: Franke",
    ],
)
def test_near_misses_of_the_chairs_line_keep_no_chair(text: str) -> None:
    assert "Tichelaar" not in persons(text)
    assert "Provincie Utrecht" not in persons(text)


# --- a minister whose surname is a place ----------------------------------------------------------


def test_a_ministers_surname_that_is_a_place_with_his_portfolio() -> None:
    text = "De commissie sprak met staatssecretaris Heemskerk van Economische Zaken over de wet."
    assert persons(text) == ["Heemskerk"]


@pytest.mark.parametrize(
    "text",
    [
        # no portfolio after it: the place
        "De commissie sprak met staatssecretaris Heemskerk over de wet.",
        # a body after 'van', not a portfolio
        "Hij sprak met de heer Heemskerk van Provincie Utrecht.",
        # a place no listed minister or member bears
        "Hij sprak met minister Zwolle van Economische Zaken.",
    ],
)
def test_a_place_without_a_ministers_portfolio_stays_no_person(text: str) -> None:
    assert [p for p in persons(text) if p in ("Heemskerk", "Zwolle")] == []


# --- a motion joined from two members' names ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Over de motie-Gesthuizen-Van Dam (nr. 251) is gestemd.", ["Gesthuizen", "Van Dam"]),
        ("De motie-Van der Staaij-Van Dam is aangenomen.", ["Van der Staaij", "Van Dam"]),
        # as before: both parts members' surnames, no particle
        ("De motie-Omtzigt-Leijten is aangenomen.", ["Omtzigt", "Leijten"]),
        # one member's double name stays whole
        ("De motie-Dik-Faber is aangenomen.", ["Dik-Faber"]),
    ],
)
def test_a_motion_joined_from_members_names(text: str, names: list[str]) -> None:
    assert persons(text) == names


def test_a_double_surname_with_a_lower_case_particle_is_one_person() -> None:
    # the particle after the hyphen in lower case: a married name, not two members
    found = persons("De motie-Kraneveldt-van der Veen is aangenomen.")
    assert found != ["Kraneveldt", "Van der Veen"]


# --- a plural title's names with brackets ---------------------------------------------------------


def test_a_plural_titles_names_each_with_brackets() -> None:
    text = "De rapporteurs Hübner (EPP/POL) en Leinen (S&D/DUI) van het Europees Parlement."
    assert persons(text) == ["Hübner", "Leinen"]


def test_a_plural_title_before_a_bracket_only_reads_no_name() -> None:
    assert persons("De journalisten (NRC) en anderen schreven erover.") == []


# --- a 'Bureau' or 'Recherche' spelled out before its abbreviation --------------------------------


@pytest.mark.parametrize(
    ("text", "short", "canonical"),
    [
        (
            "Alleen de door het Bureau medicinale cannabis (BMC) gecontracteerde teler mag dat.",
            "BMC",
            "Bureau medicinale cannabis",
        ),
        (
            "De brief over versterking van de Financiële Recherche (Finec) is besproken.",
            "Finec",
            "Financiële Recherche",
        ),
    ],
)
def test_a_bureau_or_recherche_before_its_abbreviation(
    text: str, short: str, canonical: str
) -> None:
    assert (short, canonical) in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        # a polling station is no office: 'bureau' only as a word of its own
        "Stemmen op het stembureau voor kiezers (SVK) kan tot negen uur.",
        # lower case, no name before the abbreviation's letters
        "Dat doet de recherche (ABC) van de politie.",
    ],
)
def test_a_compound_bureau_or_a_bare_recherche_names_no_body(text: str) -> None:
    assert [b for b in bodies(text) if b[0] in ("SVK", "ABC")] == []


def test_long_form_reads_a_bureau_of_its_own_only() -> None:
    text = "het Bureau medicinale cannabis (BMC)"
    assert longforms.long_form(text, text.index("("), "BMC") == (4, text.index(" ("))
    polling = "het stembureau medicinale cannabis (SMC)"
    assert longforms.long_form(polling, polling.index("("), "SMC") is None


# --- written after the held-aside third's one scoring ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Veel is gedaan. De Mondzorgalliantie is in 2013 samengevoegd met een andere club.",
        "Inleiding\nHet Zorggenootschap schrijft ons.",
        "De Mondzorgalliantie heeft besloten.",
    ],
)
def test_a_one_word_body_after_the_sentences_capitalised_article(text: str) -> None:
    assert [b[0] for b in bodies(text)] in (["Mondzorgalliantie"], ["Zorggenootschap"])


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised 'De' mid-sentence is a name's own word, not the sentence's article
        "Volgens De Mondzorgalliantie is dat zo.",
        # a shift is no body, at the sentence's start as mid-sentence
        "Veel is gedaan. De Nachtdienst begint om tien uur.",
    ],
)
def test_a_capitalised_article_mid_sentence_or_a_shift_names_no_one_word_body(text: str) -> None:
    assert [b for b in bodies(text) if b[0] in ("Mondzorgalliantie", "Nachtdienst")] == []


@pytest.mark.parametrize(
    ("text", "short", "canonical"),
    [
        (
            "Gerkens, wegens verplichtingen voor de IPU, de Interparlementaire Unie;",
            "IPU",
            "Interparlementaire Unie",
        ),
        (
            "Veel is gedaan. De Consumentenautoriteit is in 2013 samengevoegd met de NMa.",
            "Consumentenautoriteit",
            "Consumentenautoriteit",
        ),
    ],
)
def test_listed_bodies_of_kamer_papers(text: str, short: str, canonical: str) -> None:
    assert (short, canonical) in bodies(text)


def test_a_consumer_authority_in_lower_case_is_no_body() -> None:
    assert bodies("Elk land heeft een consumentenautoriteit die dat doet.") == []


def test_the_handelingen_appointments_after_the_following_members() -> None:
    text = (
        "Ik benoem tot leden van de tijdelijke commissie Parlementair onderzoek de volgende "
        "leden: Van Bochove, Dijsselbloem, Bosma, Dibi en Ortega-Martijn. De vergadering volgt."
    )
    found = persons(text)
    for name in ("Van Bochove", "Bosma", "Dibi", "Ortega-Martijn"):
        assert name in found


@pytest.mark.parametrize(
    "text",
    [
        # an article's paragraphs ('leden') and an office after them: no person
        "Aan artikel 5 worden de volgende leden: Onze Minister stelt regels.",
        "Aan artikel 5 worden de volgende leden: Burgemeester en wethouders besluiten.",
        # bodies as members stay bodies
        "De vereniging heeft de volgende leden: Gemeente Utrecht en Provincie Utrecht.",
    ],
)
def test_the_following_members_that_are_no_persons(text: str) -> None:
    assert persons(text) == []
