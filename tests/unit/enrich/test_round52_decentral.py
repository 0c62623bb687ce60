"""What a blind batch of council, Staten, waterschap and veiligheidsregio pages showed
(decentral52): attendance lists lost names whose surname is a place, runs of two words or a
broken double name, and gave their labels as persons; a webcast's speaker index named no one; a
committee with its abbreviation, a municipality by its council or in capitals, a regional
implementation service, a local broadcaster and the firms that minute meetings were missed.
Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- attendance lists -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the list's first item, right after its label
        ("Aanwezig: R.J. Haverkamp (voorzitter), P. Smit, L. de Wolf.", "R.J. Haverkamp"),
        # a surname that is also a place
        ("Aanwezig: P. Smit, K. Steenwijk, L. de Wolf en A. Helmond (griffier).", "K. Steenwijk"),
        ("Aanwezig: P. Smit, K. Steenwijk, L. de Wolf en A. Helmond (griffier).", "A. Helmond"),
        # a surname of two words before the item's end
        ("Aanwezig: P. Smit, M. Vos Kamphuis, L. de Wolf.", "M. Vos Kamphuis"),
        # a double name, its hyphen spaced or broken before a space
        ("Aanwezig de leden: mevrouw A.C. Jansen - van Dam (CDA) de heer B. Kok (VVD)",
         "A.C. Jansen - van Dam"),
        ("Aanwezig de leden: de heer B. Kok, mevrouw T. Bakker- Smit, de heer J. Pauw",
         "T. Bakker- Smit"),
        # after 'Afwezig met kennisgeving' and a minute-taker's label
        ("Afwezig met kennisgeving: de leden B. Hoeve en M. Tuinstra. "
         "Verslag: Z. Arents (notulist).", "Z. Arents"),
        # a two-letter initial is no surname
        ("Aanwezig: L.Hj. Kuipers (PvdA), P. Smit", "L.Hj. Kuipers"),
        # a name followed by the next member's initials, the list flattened
        ("Afwezig: de heer J. Voort J. Ramaker-Ploeg 1. Opening", "J. Voort"),
    ],
)  # fmt: skip
def test_attendees_are_persons(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Aanwezig: Voorzitter: Griffier: Raadsleden: de heer P. Smit", "Raadsleden"),
        ("de heer P. Smit Afwezig: de heer K. Bos", "Afwezig"),
        ("de heer A.L. van Loon Afwezig Voorzitter Griffier : de heer K. Bos",
         "A.L. van Loon Afwezig"),
        ("Aanwezig: L.Hj. Kuipers (PvdA), P. Smit", "L.Hj"),
        ("Aanwezig: P. Smit, R. Th M. Nederveen (burgemeester)", "R. Th"),
    ],
)  # fmt: skip
def test_attendance_labels_are_no_persons(text: str, wrong: str) -> None:
    assert wrong not in people(text)


def test_a_name_keeps_its_span_without_the_label() -> None:
    found = people("De commissaris, de heer A.L. van Loon Afwezig Voorzitter Griffier : K. Bos")
    assert "A.L. van Loon" in found


def test_no_attendee_from_numbers_or_abbreviations() -> None:
    found = people("Aanwezig: 21 raadsleden. Afwezig: N.v.t. Zie Art. 12 van het RvO.")
    assert found == []


# -- a webcast's speaker index --------------------------------------------------------------------


def test_speakers_after_their_times() -> None:
    text = (
        "00:12:01 - 00:13:40 - Sanne Verhoef\n"
        "00:13:40 - 00:13:55 - Spreekstoel\n"
        "00:13:55 - 00:14:20 - inspreker 2\n"
        "00:14:20 - 00:15:02 - K.J. Mulderink\n"
        "00:15:02 - 00:16:00 - Karin Oudshoorn - Voorzitter gemeenteraad\n"
    )
    found = people(text)
    assert {"Sanne Verhoef", "K.J. Mulderink", "Karin Oudshoorn"} <= set(found)
    assert "Spreekstoel" not in found


# -- bodies ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("De commissie Ruimte, Wonen en Mobiliteit (RWM) vergadert op dinsdag.",
         "commissie Ruimte, Wonen en Mobiliteit"),
        ("Het advies van de commissie Bestuur, Middelen en Veiligheid (BMV) volgt.",
         "commissie Bestuur, Middelen en Veiligheid"),
        ("Notulen van de gemeenteraad van Zaanstad over de begroting.", "Gemeente Zaanstad"),
        ("GEMEENTEBESTUUR VAN ZUTPHEN. Raadsvoorstel begroting", "Gemeente Zutphen"),
        ("Besluitenlijst van het algemeen bestuur van RUD Drenthe.", "Omgevingsdienst Drenthe"),
        ("De luisteraars van Radio Vechtdal zijn welkom.", "Radio Vechtdal"),
        ("Verslag: Notuleerservice De Pen (notulist).", "Notuleerservice De Pen"),
        ("Verslag: Kortman Verslagbureau, Zwolle.", "Kortman Verslagbureau"),
        ("De heer Bos is geen voorzitter meer van Anbo Gewest Overijssel.", "ANBO"),
        ("De wachttijd bij de Gemeentelijke Kredietbank loopt op.", "Gemeentelijke Kredietbank"),
    ],
)  # fmt: skip
def test_council_page_bodies(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the capitals do not spell the abbreviation
        ("De commissie Ruimte en Wonen (ABC) vergadert.", "commissie Ruimte en Wonen"),
        # no listed municipality after the council
        ("De gemeenteraad van Atlantis besloot anders.", "Gemeente Atlantis"),
        # a number after the broadcaster's kind, a name that runs on
        ("Op Radio 1 en in Radio Noord Holland Nieuws.", "Radio Noord"),
    ],
)  # fmt: skip
def test_council_page_bodies_near_misses(text: str, wrong: str) -> None:
    assert wrong not in organisations(text)


# -- the official handling a council proposal ------------------------------------------------------


def test_the_official_handling_a_proposal() -> None:
    assert "A. Venhuizen" in people("Portefeuillehouder: K. Bos Behandelend ambtenaar A. Venhuizen")


def test_an_official_of_a_department_is_no_person() -> None:
    assert people("De ambtenaar Burgerzaken neemt contact op.") == []
