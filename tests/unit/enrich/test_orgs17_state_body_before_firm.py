"""A ministry's or a Rijks- body's short name before a firm with its legal form is the sender in a
Woo inventory's cells, not the first word of the firm's name (bench/enrich/orgs17.md). Sentences
are our own; firms whose name starts with a listed firm's are kept whole."""

from __future__ import annotations

import pytest

from tests.unit.enrich.found import organisations


@pytest.mark.parametrize(
    ("text", "firm", "sender"),
    [
        ("12 E-mail RE: offerte Deels openbaar 10.2.e IenW Vonkel B.V. 13.", "Vonkel B.V.",
         "Ministerie van Infrastructuur en Waterstaat"),
        ("Bijlage rapport Geheel geweigerd RIVM Zeestroom Advies B.V. en IenW",
         "Zeestroom Advies B.V.", "Rijksinstituut voor Volksgezondheid en Milieu"),
        ("Deels openbaar Rijkswaterstaat Baggerwerk Noord B.V.", "Baggerwerk Noord B.V.",
         "Rijkswaterstaat"),
    ],
)  # fmt: skip
def test_state_body_before_a_firm(text: str, firm: str, sender: str) -> None:
    found = organisations(text)
    assert firm in found
    assert sender in found
    assert not any(o.endswith(firm) and o != firm for o in found)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # a firm named after a listed firm or group keeps that name
        ("Het contract met KLM Cityhopper B.V. loopt af.", "KLM Cityhopper B.V."),
        ("De huur van NS Reizigers B.V. is verhoogd.", "NS Reizigers B.V."),
        ("Een vergunning voor Shell Nederland B.V. is verleend.", "Shell Nederland B.V."),
    ],
)  # fmt: skip
def test_firm_named_after_a_listed_firm_kept_whole(text: str, firm: str) -> None:
    assert firm in organisations(text)
