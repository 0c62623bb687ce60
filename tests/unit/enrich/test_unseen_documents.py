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
