"""What a blind batch of Woo and Wob decisions, bezwaar decisions and rulings on them showed
(gold50): a consultancy named '<name> Advies', to which a college outsourced a task, was no body to
the enricher. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations, people

# -- a consultancy named '<name> Advies' ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("De uitvoering heeft het college uitbesteed aan Brakelveld Advies.", "Brakelveld Advies"),
        ("De opdracht ging naar Wim Kortenhoef Advies in Zwolle.", "Wim Kortenhoef Advies"),
        ("Het onderzoek voor de gemeente deed Hulstkamp Advies, op verzoek van het college.",
         "Hulstkamp Advies"),
        ("De begeleiding lag bij Ter Horst Advies en de gemeente samen.", "Ter Horst Advies"),
        # a capital article mid-sentence is the name's
        ("Uit drie partijen werd De Brakel Advies gekozen.", "De Brakel Advies"),
    ],
)  # fmt: skip
def test_a_name_before_advies_is_a_firm(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        # a qualifier of the advice, no name
        "Het college volgt het Juridisch Advies van de commissie.",
        "Wij volgen het Zwaarwegend Advies van de raad.",
        "Het Tweede Advies kwam een maand later.",
        "Zie het Gevraagd Advies en het Ongevraagd Advies.",
        "Het Voorlopig Advies van de commissie is openbaar.",
        "Het Definitief Advies ligt ter inzage.",
        # a label before it: a heading's or a table's words
        "Conclusie Advies volgt hieronder.",
        "Het document Concept Advies is geweigerd.",
        # a sentence's first two capitals: a heading ('Tarief Advies')
        "Tarief Advies wordt jaarlijks vastgesteld.",
        # 'Advies' first: the old reading of a heading
        "Advies Commissie Bezwaarschriften over het bezwaar.",
        # a paper about the advice
        "Zie de Kabinetsreactie Advies van vorig jaar.",
        "Wij lazen de Adviesaanvraag Advies gisteren.",
        # the advice's own word repeated: a slide's or table's cells (breadth19's BOMOS slides)
        "Besluit of vraag Advies Advies voor besluitvorming",
        "De rol Adviseur Advies staat in de matrix.",
        # more than three words before it: a title's capitals
        "Zie het stuk Brakel Kortenhoef Hulst Vinke Advies van maart.",
    ],
)
def test_advies_after_a_qualifier_or_label_is_no_firm(text: str) -> None:
    assert not any(name.endswith("Advies") for name in organisations(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a known body's advice: the body, not a firm named after it
        ("Het RvS Advies kwam later.", "Raad van State"),
        ("Het ACM Advies volgt na de zomer.", "Autoriteit Consument en Markt"),
        ("Het Raad van State Advies is gepubliceerd.", "Raad van State"),
    ],
)
def test_a_known_bodys_advice_stays_the_body(text: str, body: str) -> None:
    found = organisations(text)
    assert body in found
    assert not any(name.endswith("Advies") for name in found)


def test_a_firm_named_advies_is_no_person() -> None:
    text = "De uitvoering is uitbesteed aan Brakelveld Advies."
    assert "Brakelveld" not in people(text)
    assert "Brakelveld Advies" in organisations(text)
