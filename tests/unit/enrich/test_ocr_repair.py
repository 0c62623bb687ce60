"""References in OCR'd text: known confusions repaired and marked, nothing from digits alone."""

import pytest

from services.enrich.enricher import find_references
from services.enrich.references.ocr import repair
from stukken.contracts import Metadata, Segment, SegmentedDocument


def _refs(text: str, *, scanned: bool = True) -> list[tuple[str, str, bool | None]]:
    doc = SegmentedDocument(
        metadata=Metadata(ocr_pages=[1] if scanned else []),
        segments=[Segment(id="s1", kind="paragraph", page=1, text=text)],
    )
    return [
        (r.normalized, r.text, r.ocr_repaired) for r in find_references(doc) if r.type != "kenmerk"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uw kenmerk\n2022220166", ("2022Z20166", "2022220166")),
        ("Kamerstuk 2022217664.", ("2022Z17664", "2022217664")),
        ("vragen 2O22Z2O166 van", ("2022Z20166", "2O22Z2O166")),
        ("vragen 2022Zl7664 van", ("2022Z17664", "2022Zl7664")),
        ("vragen 2022z20166 van", ("2022Z20166", "2022z20166")),
    ],
)
def test_damaged_zaak_numbers_are_repaired_and_marked(text: str, expected: tuple[str, str]) -> None:
    assert _refs(text) == [(*expected, True)]


def test_an_intact_reference_in_ocr_text_is_not_marked() -> None:
    assert _refs("Kamerstuk 2022Z17664.") == [("2022Z17664", "2022Z17664", None)]


def test_kamerstuk_number_repaired() -> None:
    assert _refs("Kamerstuk 29 383, nr. 4O6") == [
        ("kst-29383-406", "Kamerstuk 29 383, nr. 4O6", True)
    ]


@pytest.mark.parametrize("scanned", [True, False])
def test_nothing_from_digits_alone(scanned: bool) -> None:
    # Ten digits without a label that announces a zaak could be anything.
    assert _refs("bel 2022217664 voor vragen", scanned=scanned) == []


def test_publisher_ocr_layers_are_repaired_too() -> None:
    # A scan's embedded text layer is OCR'd without the page being in ocr_pages.
    assert _refs("Uw kenmerk\n2020217241", scanned=False) == [("2020Z17241", "2020217241", True)]


def test_a_dossier_is_never_the_head_of_a_longer_number() -> None:
    found = [n for n, _, _ in _refs("Kamerstuk 2022217664.", scanned=False)]
    assert found == ["2022Z17664"]  # never 'kst-20222' from the head of the digits
    assert _refs("Kamerstuk 20222170.", scanned=False) == []
    assert _refs("Kamerstuk 20222.", scanned=False) == [("kst-20222", "Kamerstuk 20222", None)]


def test_repair_keeps_length_and_words() -> None:
    text = "De SOS-lijn: 1st en 12e, DIS; 2O22Z2O166"
    fixed = repair(text)
    assert len(fixed) == len(text)
    assert fixed == "De SOS-lijn: 1st en 12e, DIS; 2022Z20166"


def test_a_court_code_read_with_digits() -> None:
    assert _refs("ABRvS 20 oktober 2021, ECLI:NL:RV5:2021:2348. Zie") == [
        ("ECLI:NL:RVS:2021:2348", "ECLI:NL:RV5:2021:2348", True)
    ]
    assert _refs("ECLI:NL:XY5:2021:2348") == [
        ("ECLI:NL:XY5:2021:2348", "ECLI:NL:XY5:2021:2348", None)
    ]


def test_an_ocr_d_l_in_a_url_host_is_repaired_and_marked() -> None:
    from services.enrich.enricher import find_references
    from stukken.contracts import Segment, SegmentedDocument

    text = "bril wordt geadviseerd (zie verder https://Ici.rivm.nl/covid-19-mondneusmaskers) m.u.v."
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    [ref] = find_references(doc)
    assert ref.normalized == "https://lci.rivm.nl/covid-19-mondneusmaskers"
    assert ref.text == "https://Ici.rivm.nl/covid-19-mondneusmaskers"
    assert ref.ocr_repaired is True


def test_the_dutch_tld_read_with_a_one_is_repaired() -> None:
    from services.enrich.references.ocr import repair_host

    assert repair_host("https://www.gemeente.n1") == "https://www.gemeente.nl"
    assert repair_host("https://www.gemeente.n1/wonen") == "https://www.gemeente.nl/wonen"


def test_an_ocr_d_o_in_a_percent_escape_is_its_zero() -> None:
    from services.enrich.references.ocr import repair_host

    url = "https://x.nl/document/1/Monitor%2oVerkamering%202020%2Ohalf"
    assert repair_host(url) == "https://x.nl/document/1/Monitor%20Verkamering%202020%20half"


def test_a_capital_i_of_a_word_in_a_host_stays() -> None:
    from services.enrich.references.ocr import repair_host

    for url in ("https://www.Inspectieszw.nl/x", "https://Info.nl", "https://Idee.nl/a"):
        assert repair_host(url) == url


def test_a_url_read_across_an_ocr_space_is_marked() -> None:
    text = "Bron: https://www.krant.nl/regio/brug-bij-de-sl uis-weer-open~b12c4/ gisteren"
    url = "https://www.krant.nl/regio/brug-bij-de-sluis-weer-open~b12c4/"
    assert _refs(text) == [(url, text[6:-9], True)]
    assert _refs("zie https://www.krant.nl/regio/brug-open/ gisteren")[0][2] is None


def test_a_woo_ground_with_its_middle_one_read_as_a_letter() -> None:
    found = _refs("gelakt op 5.l.2e, 5.I.2.i en 5.1.2.¢e")
    assert [(n, r) for n, _, r in found] == [
        ("woo-5.1.2e", True),
        ("woo-5.1.2i", True),
        ("woo-5.1.2e", None),
    ]
    assert _refs("versie 5.l.2 van het model") == []


def test_a_number_with_a_letter_glued_on_is_no_handelingen_number() -> None:
    assert _refs("Handelingen II 2021/22, nr. 4S") == []  # 45 or 4: not to be guessed


def test_an_eclis_old_ljn_number_keeps_its_letters() -> None:
    """'BO1165' is an LJN (two letters, four digits): its O is no 0, in OCR'd text or not."""
    assert _refs("Zie o.m. ECLI:NL:RVS:2010:BO1165 en ECLI:NL:HR:2O21:1234.") == [
        ("ECLI:NL:RVS:2010:BO1165", "ECLI:NL:RVS:2010:BO1165", None),
        ("ECLI:NL:HR:2021:1234", "ECLI:NL:HR:2O21:1234", True),
    ]


def test_a_side_columns_address_with_its_tld_read_as_ni_and_a_label_glued_on() -> None:
    """OCR read 'nl' as 'nI' and glued the next label on: the address ends at its TLD, repaired."""
    text = "2500 EA Den Haag\nwww.overheid.nIContactpersoonWob© m inaz\nOnze referentie"
    doc = SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])
    [ref] = find_references(doc)
    assert (ref.normalized, ref.text, ref.ocr_repaired) == (
        "https://www.overheid.nl",
        "www.overheid.nI",
        True,
    )


def test_a_wob_grounds_article_read_as_letters() -> None:
    """'io.2.e' in an inventory's OCR'd column is the Wob's 10.2.e; a word never ends so."""
    assert _refs("Deels openbaar\nio.2.e\n") == [("wob-10.2e", "io.2.e", True)]
    assert repair("bio.2.e radio.2.e io.2 mails") == "bio.2.e radio.2.e io.2 mails"


def test_an_ecli_whose_colon_ocr_dropped() -> None:
    text = "Rechtbank Amsterdam, 16 oktober 2012,\nECLINL:RBAMS:2o12:BY4496 en"
    assert _refs(text) == [("ECLI:NL:RBAMS:2012:BY4496", "ECLINL:RBAMS:2o12:BY4496", True)]
