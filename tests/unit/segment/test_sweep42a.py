"""sweep42a: a court's ruling is titled by its ECLI and dated by the date it names itself by or
was pronounced on.

No Dutch court's ruling was found as a PDF in the stored public repositories; twelve rulings'
real texts (open-data XML of the Hoge Raad and its Parket, the Raad van State, the Centrale Raad
van Beroep, the College van Beroep voor het bedrijfsleven, three courts of appeal and three
district courts) were typeset as proxies two ways, as the courts' site prints a ruling (its ECLI
over a table of its particulars) and as a court's own copy. On main the Hoge Raad's print was
titled 'Uitspraak' (its ECLI has a two-letter court code, no word to `_names_something`; the
other courts' ECLIs passed by their three-letter codes), and 5 of 12 own copies had no date
though each names or pronounces its own: 'Arrest van 5 april 2011 van het gerechtshof ...',
'De beslissing is in het openbaar uitgesproken op 21 mei 2013', 'zaak/rolnr.: ... datum
uitspraak: 13 december 2013'.

Fixtures (tests/fixtures/sweep42a, `python -m tests.fixtures.sweep42a.build`): made-up rulings
in the courts' formulas, each drawn by reportlab and by fpdf2: 8 of 8 fail on main. The control,
drawn there too: a memo that speaks of a judgment's date and of its pronouncement stays undated.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from services.segment.families import metadata, printed_date
from services.segment.segmenter import segment_pdf
from stukken.contracts import Metadata

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "sweep42a"
PRODUCERS = ["", ".fpdf2"]


def _meta(name: str) -> Metadata:
    return segment_pdf((HERE / f"{name}.pdf").read_bytes(), ocr=False).metadata


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_printed_ruling_is_titled_by_its_ecli_whatever_its_court(producer: str) -> None:
    meta = _meta(f"ecli{producer}")
    assert meta.title == "ECLI:NL:HR:2019:1234"
    assert meta.date == "2019-05-14"


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_ruling_is_dated_by_the_date_it_names_itself_by(producer: str) -> None:
    meta = _meta(f"arrest{producer}")
    assert meta.date == "2019-04-05"  # not the judgment appealed, 'het vonnis ... van 12 juli 2018'
    assert meta.evidence["date"].startswith("the ruling's head on page 1")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_ruling_is_dated_by_its_pronouncement(producer: str) -> None:
    meta = _meta(f"uitspraak{producer}")
    assert meta.date == "2020-05-21"  # not the ruling appealed, 'de uitspraak ... van 3 januari'
    assert meta.evidence["date"].startswith("pronounced on")


@pytest.mark.parametrize("producer", PRODUCERS)
def test_datum_uitspraak_inside_a_line_is_a_label(producer: str) -> None:
    assert _meta(f"vonnis{producer}").date == "2020-12-13"


@pytest.mark.parametrize("producer", PRODUCERS)
def test_a_memo_speaking_of_a_judgments_date_is_not_dated_by_it(producer: str) -> None:
    assert _meta(f"memo{producer}").date is None


def test_the_formulas_and_what_is_not_one() -> None:
    head = printed_date._RULING_HEAD.match
    assert head("Uitspraak van de enkelvoudige kamer van 1 oktober 2013 in de zaak tussen")
    assert head(
        "proces-verbaal van de mondelinge uitspraak van de meervoudige kamer van 3 juli 2013"
    )
    assert head("arrest van 3 juni 2014 in de zaak van")
    assert not head("Uitspraak van de rechtbank Amsterdam van 3 januari 2019")
    assert not head("Uitspraak op het hoger beroep tegen de uitspraak van 3 januari 2019")
    assert not head("Tegen het vonnis van 3 mei 2018 is hoger beroep ingesteld")
    said = printed_date._PRONOUNCED.search
    assert said("Uitgesproken in het openbaar op 7 augustus 2013 280-697.")
    assert said("De beslissing is in het openbaar uitgesproken op: 12 november 2015")
    assert said("is in het openbaar uitgesproken door de rolraadsheer op 3 juni 2014.")
    assert said("De beslissing is op 4 juli 2013 in het openbaar uitgesproken.")
    assert not said("en is uitgesproken op de openbare terechtzitting van bovengenoemde datum")


def test_an_ecli_names_its_document_and_a_court_code_alone_does_not() -> None:
    names = metadata._names_something
    assert names("ECLI:NL:HR:2005:AR8225")
    assert names("ECLI:NL:RVS:2015:3394")
    assert not names("HR")
    assert not names("ECLI:NL:HR")  # no year, no number: not an identifier
