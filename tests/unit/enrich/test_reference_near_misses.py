"""Numbers that look like citations but are none: contact lines, amounts, dates, postcodes, bank
accounts, a province's or a court's own case numbers, versions and section numbers. Each must
yield no reference of a scored family (kenmerken and law articles are read by label, not here)."""

import pytest

from services.enrich.references import find_in_text

_CITATIONS = frozenset(
    {"kamerstuk", "aanhangsel", "handelingen", "zaak", "document", "stb", "stcrt", "trb", "ecli"}
    | {"bwb", "celex", "eu_act", "woo_ground", "url"}
)


@pytest.mark.parametrize(
    "text",
    [
        "Bel 070 - 123 45 67 of 06-12345678, fax 070 376 55 00.",
        "T 088 - 123 4567\nM 06 - 1234 5678",
        "een bedrag van € 12.345.678,00 op 12-03-2023",
        "€ 29 911, nr. 3 van de begroting",
        "kosten: EUR 1.234,56 (excl. btw) en 31 200 euro",
        "Postbus 20401, 2500 EK Den Haag",
        "Turfmarkt 147\n2511 DP Den Haag",
        "IBAN NL91 ABNA 0417 1643 00 t.n.v. Ministerie van Financiën",
        "KvK 27364598, BTW NL001234567B01",
        "zaaknummer Z-2023-12345 en 2023/12345, kenmerk D2024-00043722",
        "Datum 27.11.2022\nZaaknummer 2022-015529",
        "op 5 december 2023 (week 49) om 10.30 uur",
        "in de periode 2021-2023 daalde het aantal met 12,5%",
        "zie paragraaf 5.2.1 en hoofdstuk 10.2",
        "versie 5.1.2 van de standaard, OpenSSL 1.0.2g",
        "ISBN 978-90-12-34567-8, ISSN 0921-7398",
        "artikel 21 van de regeling",
        "in 2022 waren er 29 911 meldingen, nr. 1 in de lijst",
        "Booking.com en Discriminatie.nl namen deel",
    ],
)
def test_look_alikes_cite_nothing(text: str) -> None:
    assert [(h.type, h.normalized) for h in find_in_text(text) if h.type in _CITATIONS] == []
