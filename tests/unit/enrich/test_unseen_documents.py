"""Classes of organisation and person missed on held-back documents (fourth private check):
each rule with the near misses it must leave alone."""

import pytest

from services.enrich.enricher import entities_in_text


def found(text: str, kind: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.canonical) for m in entities_in_text(text) if m.type == kind]


_BZ = "vaste commissie voor Binnenlandse Zaken"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Voortouwcommissie: | vaste commissie voor Binnenlandse Zaken\nDocument: | Lijst",
            [(_BZ, "V" + _BZ[1:])],
        ),
        (
            "de vaste commissie voor Economische Zaken en Klimaat heeft",
            [
                (
                    "vaste commissie voor Economische Zaken en Klimaat",
                    "Vaste commissie voor Economische Zaken en Klimaat",
                )
            ],
        ),
        # A portfolio no committee has is no committee's name.
        ("de vaste commissie voor Wonen heeft", []),
    ],
)
def test_committees_by_their_portfolio_in_full(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "organization") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ministerie van Financién\nDirectie",
            [("Ministerie van Financién", "Ministerie van Financiën")],
        ),
        (
            "het ministerie van Financien heeft",
            [("ministerie van Financien", "Ministerie van Financiën")],
        ),
        # One word keeps its exact spelling: 'Italie' is no place the lists know.
        ("Italie en Italié", []),
    ],
)
def test_a_diaeresis_read_by_ocr_as_an_accent(text: str, expected: list[tuple[str, str]]) -> None:
    kinds = ("organization", "location")
    assert [pair for kind in kinds for pair in found(text, kind)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ingestemd: SP, GL en groep Kuzu/Öztürk.",
            [("Kuzu", "Kuzu"), ("Öztürk", "Öztürk")],
        ),
        ("Groep Krol/Van Klaveren stemde", [("Krol", "Krol"), ("Van Klaveren", "Van Klaveren")]),
        # Nobody the people list knows, or more than two names: no members named.
        ("de groep Noord/Zuid", []),
        ("groep Kuzu/Öztürk/Krol", []),
    ],
)
def test_a_kamer_group_named_after_its_members(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, "person") == expected
