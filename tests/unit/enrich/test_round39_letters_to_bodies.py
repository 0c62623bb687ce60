"""What a blind set of letters that are no Kamer papers showed (gold39: decisions of the AP and
the ACM, an inspection's aanwijzingen, VNG letters, provincie letters and GS minutes): a firm's
name with its legal form opens with a surname's particle, follows a mail mark, lacks the form's
last full stop or carries a note's number; an addressee's organ ('Raad van bestuur') is no word of
the body's name; a postcode's letters before a place in capitals and 'N.N.' are no body and no
person; a kenmerk's path is no list of bodies; a sole trader's business named by its kind; a
listed body's provincial branch; a committee by its listed portfolio; common given names the
lists lack; rows for bodies the lists lacked. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- a firm's name before its legal form --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("De toezichthouder legde een last op aan Van Houten Transport B.V. wegens te laat melden.",
         "Van Houten Transport B.V."),
        ("Het besluit is gericht aan De Linde Zorg B.V. te Zwolle.", "De Linde Zorg B.V."),
        ("AANGETEKEND Berkhof Wonen B.V.\nT.a.v. de directie", "Berkhof Wonen B.V."),
        ("AANTEKENEN Meerzicht Exploitatie B.V Raad van Bestuur Dorpsstraat 4",
         "Meerzicht Exploitatie B.V"),
        ("Het gaat om Kwekerij Hoogland B.V.3 in Westland.", "Kwekerij Hoogland B.V."),
        ("Bij Parnassia Groep B.V. werken veel mensen.", "Parnassia Groep B.V."),
    ],
)  # fmt: skip
def test_firm_with_its_legal_form(text: str, firm: str) -> None:
    found = organisations(text)
    assert firm in found
    assert not any(f.startswith(("AANGETEKEND", "AANTEKENEN", "Bij ")) for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # the article opens the sentence: no word of the name
        "De Linde Zorg B.V. heeft bezwaar gemaakt.",
    ],
)
def test_sentence_article_is_no_word_of_the_firm(text: str) -> None:
    assert "Linde Zorg B.V." in organisations(text)
    assert "De Linde Zorg B.V." not in organisations(text)


def test_year_after_the_form_is_no_note_number() -> None:
    # four digits glued to the form are no footnote's number: no firm read from it
    assert not any("Hoogland" in f for f in organisations("Kwekerij Hoogland B.V.2024 meldde"))


# -- an addressee's organ ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("AANGETEKEND\nStichting Het Anker Raad van bestuur Kerkweg 12 Ede", "Stichting Het Anker"),
        ("Stichting Zorgplein Noord Raad van Toezicht\nPostbus 88", "Stichting Zorgplein Noord"),
    ],
)
def test_organ_is_no_word_of_the_body(text: str, body: str) -> None:
    found = organisations(text)
    assert body in found
    assert not any("Raad" in f for f in found)


def test_organ_before_an_address_is_no_body() -> None:
    found = organisations("Zorgbedrijf Oost B.V Raad van Bestuur Lindelaan 3 Hengelo")
    assert not any(f.startswith("Raad van Bestuur") for f in found)


def test_a_council_named_raad_van_is_kept() -> None:
    # 'Raad van State', 'Raad van Advies' are no organs
    assert "Raad van State" in organisations("De Raad van State adviseerde de regering.")
    found = organisations("De Stichting Nationale Raad van Advies kwam bijeen.")
    assert "Stichting Nationale Raad van Advies" in found


# -- a postcode's letters before a place in capitals; N.N. -------------------------------------


def test_postcode_letters_before_a_place_in_capitals() -> None:
    found = organisations("Stichting De Brug\nPostbus AP ROTTERDAM")
    assert "Autoriteit Persoonsgegevens" not in found


@pytest.mark.parametrize(
    "text",
    [
        "De AP in Rotterdam onderzocht de zaak.",
        "Het AP ONDERZOEK naar camera's is afgerond.",  # capitals, but no place
    ],
)
def test_abbreviation_before_no_place_stays(text: str) -> None:
    assert "Autoriteit Persoonsgegevens" in organisations(text)


def test_nomen_nescio_is_no_person() -> None:
    assert people("Kwekerij De Hof\nT.a.v. N.N. Dorpsweg 5") == []
    assert people("Ter attentie van N. N. Brink") == []


def test_initials_of_a_person_stay() -> None:
    assert people("T.a.v. N.M. Brinkman, directeur") != []


# -- a kenmerk's path is no list of bodies ----------------------------------------------------


def test_kenmerk_path_is_no_body() -> None:
    found = organisations("Ons kenmerk ACM/UIT/512345 en zaak ACM/UIT/ 22/0001")
    assert "UIT" not in found
    assert "Autoriteit Consument en Markt" in found


def test_slashed_bodies_stay() -> None:
    assert "CLAS" in organisations("De opdracht ging naar Defensie/CLAS voor de oefening.")


# -- a sole trader's business ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("De boete gaat naar de eenmanszaak Fietsenmakerij Brons in Assen.",
         "Fietsenmakerij Brons"),
        ("Hij dreef de eenmanszaak 't Zonnehoekje.", "Zonnehoekje"),
    ],
)  # fmt: skip
def test_sole_trader(text: str, firm: str) -> None:
    assert firm in organisations(text)


def test_sole_trader_without_name() -> None:
    assert organisations("Een eenmanszaak in Utrecht moet zich inschrijven.") == []


# -- a listed body's provincial branch -----------------------------------------------------------


def test_branch_of_a_listed_body() -> None:
    assert "Rijkswaterstaat Zeeland" in organisations("Het rapport van Rijkswaterstaat Zeeland.")


@pytest.mark.parametrize(
    "text",
    [
        "Het geld ging naar Rijkswaterstaat, Zeeland en Limburg.",  # a list, no branch
        "Provinciale Staten Gelderland stemden in.",  # a province's own organ
    ],
)
def test_no_branch(text: str) -> None:
    found = organisations(text)
    assert "Rijkswaterstaat Zeeland" not in found
    assert "Provinciale Staten Gelderland" not in found


# -- a committee by its portfolio ---------------------------------------------------------------


def test_committee_by_listed_portfolio() -> None:
    found = organisations("De Commissie Economie, Werk en Inkomen vergaderde dinsdag.")
    assert found == ["Commissie Economie, Werk en Inkomen"]


def test_committee_listing_bodies_is_no_portfolio() -> None:
    found = organisations("Zij spraken met de Commissie Remkes, de Rli en VNG.")
    assert "Vereniging van Nederlandse Gemeenten" in found
    assert not any(f.startswith("Commissie Remkes,") for f in found)


# -- common given names the lists lack; bodies the lists lacked ---------------------------------


def test_common_given_name() -> None:
    assert people("Vorige week heeft Sanne Verbeek het verslag aangeboden.") == ["Sanne Verbeek"]


def test_no_given_name_no_person() -> None:
    assert people("Vorige week heeft Zuidwest Verbeek het verslag aangeboden.") == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Namens de VNG, het IPO en de UvW schrijven wij u.", "Unie van Waterschappen"),
        ("Inspectie voor de Gezondheidszorg\nPostbus 2680", "Inspectie voor de Gezondheidszorg"),
        ("De Inspectieraad schreef de staatssecretaris.", "Inspectieraad"),
    ],
)
def test_bodies_the_lists_lacked(text: str, body: str) -> None:
    assert body in organisations(text)


# -- an address block's addressee before 't.a.v.' ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("AANGETEKEND Kwekerij De Zonnehoeve T.a.v. de directie\nDorpsweg 3",
         "Kwekerij De Zonnehoeve"),
        ("Woonstichting Het Baken\nt.a.v. mevrouw J. Smit\nPostbus 40", "Woonstichting Het Baken"),
        ("Zorgcoöperatie Ons Dorp, t.a.v. het bestuur", "Zorgcoöperatie Ons Dorp"),
    ],
)  # fmt: skip
def test_addressee_before_for_the_attention_of(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jan Verhoef\nt.a.v. de bewoners",  # a given name: a person
        "Kerkstraat 12\nt.a.v. de directie",  # an address
        "Den Haag\nT.a.v. de heer P. Smit",  # a place
        "Het verzoek is t.a.v. de huur afgewezen.",  # 'ten aanzien van' in a sentence
        "Onderwerp Besluit Woo-verzoek\nt.a.v. de heer P. Smit",  # a label's line
        "Besluit Openbaarmaking Documenten\nt.a.v. verzoeker",  # a title
        # the capitalised words end a sentence the line before began (gold41)
        "U kunt een bezwaarschrift sturen aan de staatssecretaris voor Culturele\n"
        "Zaken en Media, t.a.v. de afdeling Bezwaar, Postbus 1.",
    ],
)
def test_no_addressee_before_for_the_attention_of(text: str) -> None:
    assert organisations(text) == []
