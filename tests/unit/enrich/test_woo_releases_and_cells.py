# ruff: noqa: E501  (inventory rows and addresses are long lines)
"""A Woo release's redaction labels read from the whole document, URLs cut by table cells, and
OCR-damaged hosts repaired only to a spelling the document or a known list gives (issue #12)."""

import pytest

from services.enrich.enricher import find_references
from services.enrich.references import find_in_text, hosts, urls
from stukken.contracts import Segment, SegmentedDocument


def grounds(text: str) -> list[str]:
    return [h.normalized for h in find_in_text(text) if h.type == "woo_ground"]


def document(*pages: str) -> SegmentedDocument:
    return SegmentedDocument(
        segments=[
            Segment(id=f"p{n}", kind="paragraph", page=n, text=t) for n, t in enumerate(pages, 1)
        ]
    )


def links(text: str) -> list[str]:
    return [h.normalized for h in urls.find(text)]


# --- redaction labels -------------------------------------------------------------------------


def test_a_row_of_labels_is_read_without_disclosure_words() -> None:
    page = "Religieuze feestdagen: art 4 lid 2 is in orde.\n11.1 11.1\nVolgende punt"
    assert grounds(page) == ["wob-11.1", "wob-11.1"]
    assert grounds("Overzicht\n5.2.1 5.2.1 5.2.1\n") == ["woo-5.2.1"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Tabel 3\n11.1 12.4\n",  # a table's numbers
        "De groei bedroeg 11.1 procent.",
        "Het tarief steeg.\n11.1\n",  # one number alone, nothing about disclosure
        "11.1 Inleiding\nDit hoofdstuk beschrijft",
    ],
)
def test_numbers_in_a_text_about_nothing_disclosed_stay_clean(text: str) -> None:
    assert grounds(text) == []


def test_a_label_after_a_sentence_counts_when_another_page_speaks_of_the_wob() -> None:
    label = "FNV is al gestart met acties tegen de cao. 11.1"
    release = document("Besluit op uw Wob-verzoek: openbaar met weglakkingen.", label)
    found = [(r.segment_id, r.normalized) for r in find_references(release)]
    assert ("p2", "wob-11.1") in found
    plain = document("Notulen van het overleg.", label)
    assert [r for r in find_references(plain) if r.type == "woo_ground"] == []


def test_a_label_mid_sentence_needs_the_page_itself() -> None:
    release = document("Besluit op uw Wob-verzoek.", "Het cijfer was 11.1 dit jaar.")
    assert [r for r in find_references(release) if r.type == "woo_ground"] == []


def test_an_inventory_code_before_a_capitalised_remark_is_a_ground() -> None:
    row = "3 16-3-2017 Gespreksnotitie Niet Openbaar 11.1 Betreft een concept van nr. 4.\n"
    assert grounds("Inventarislijst Wob-verzoek\n" + row) == ["wob-11.1"]
    assert grounds("Wob-verzoek\n11.1 Inleiding\n") == []  # a heading still is none


# --- URLs cut by table cells ------------------------------------------------------------------


def test_a_cell_cut_with_typographic_hyphens_is_rejoined() -> None:
    text = "Reeds Openbaar https://www.voorbeeld.nl/doc\r\numenten/publicatie/2020/03/23/advies\u2010raad\u2010van\u2010advies\r\n1006708\r\n"
    assert links(text) == [
        "https://www.voorbeeld.nl/documenten/publicatie/2020/03/23/advies-raad-van-advies"
    ]


def test_a_cell_cut_before_an_at_sign_path_is_rejoined() -> None:
    text = "Openbaar https://www.voorbeeld.nl/uit\r\nspraken/@95293/201307084-1-a3/\r\n985258"
    assert links(text) == ["https://www.voorbeeld.nl/uitspraken/@95293/201307084-1-a3/"]


def test_a_cell_joined_with_a_space_is_rejoined_only_by_path_or_escape() -> None:
    text = "https://www.voorbeeld.nl/uit spraken/@95293/2013-1-a3/#highlight=ECLI%3aNL%3aRVS %3a2014%3a1723 | De laatste"
    assert links(text) == [
        "https://www.voorbeeld.nl/uitspraken/@95293/2013-1-a3/#highlight=ECLI%3aNL%3aRVS%3a2014%3a1723"
    ]
    # a sentence's next word, even one with a slash, is no path
    assert links("zie https://www.voorbeeld.nl/rapport en/of de bijlage") == [
        "https://www.voorbeeld.nl/rapport"
    ]
    assert links("op https://www.voorbeeld.nl/?q=a %-punt") == ["https://www.voorbeeld.nl/?q=a"]


def test_a_cut_cell_then_the_next_rows_number_ends_the_url() -> None:
    text = "https://www.voorbeeld.nl/documenten/besluit-over-de-reis-van-beiroet-tot\x0217 24 juni 2021 woordvoering"
    assert links(text) == [
        "https://www.voorbeeld.nl/documenten/besluit-over-de-reis-van-beiroet-tot"
    ]
    # a hyphen the extractor marked inside a path's word stays the path's
    assert links("https://www.voorbeeld.nl/wob\x02besluiten/2021 en") == [
        "https://www.voorbeeld.nl/wob-besluiten/2021"
    ]


def test_a_www_host_without_a_tld_is_no_address() -> None:
    assert links("programmaplan:\nhttps://www.rijksoverheid ,nI/doc\numenten") == []
    assert links("documenten:\nhttps://www.rijksoverhe\n") == []
    # OCR's space after the host's dot, before its TLD and a path, is closed
    assert links("Kijk eens op http://www.rijksoverheld. nl/ministeries") == [
        "http://www.rijksoverheld.nl/ministeries"
    ]
    assert links("via http://parlisweb/parlis/document.aspx?id=1") == [
        "http://parlisweb/parlis/document.aspx?id=1"
    ]


# --- OCR-damaged hosts ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "right"),
    [
        ("https://www.ri1ksoverheid.nl", "https://www.rijksoverheid.nl"),
        ("https://www.njksoverheid.nl/a", "https://www.rijksoverheid.nl/a"),
        ("https://www.rijksoverheld.nl", "https://www.rijksoverheid.nl"),
        ("https://www.arnsterdam.nl", "https://www.amsterdam.nl"),
        ("https://www.amsterdam.ril/b", "https://www.amsterdam.nl/b"),
        ("https://www.tweedekamer.ni/x", "https://www.tweedekamer.nl/x"),
    ],
)
def test_a_damaged_known_host_is_repaired(printed: str, right: str) -> None:
    assert hosts.repaired([printed]) == {printed: right}


def test_the_documents_own_spelling_repairs_a_host_it_prints_less_often() -> None:
    urls_found = [
        "https://www.stichtingvoorbeeld.nl/a",
        "https://www.stichtingvoorbeeld.nl/b",
        "https://www.stichtingvoorbee1d.nl/c",
    ]
    assert hosts.repaired(urls_found) == {
        "https://www.stichtingvoorbee1d.nl/c": "https://www.stichtingvoorbeeld.nl/c"
    }


@pytest.mark.parametrize(
    "found",
    [
        ["https://www.stichtingvoorbee1d.nl"],  # no right spelling anywhere: left as printed
        ["https://www.voorbee1d.nl", "https://www.voorbeeld.nl"],  # a tie: no guess
        ["https://www.rivm.nl", "https://www.ggdtwente.nl", "https://www.gadtwente.nl"],
        ["https://www.Rijksoverheid.nl/x"],  # capitals only: the same host
    ],
)
def test_hosts_without_a_right_spelling_stay(found: list[str]) -> None:
    assert hosts.repaired(found) == {}


def test_a_repaired_host_is_marked_in_the_document() -> None:
    doc = document("Geplaatst op www.ri1ksoverheid.nl en www.rivm.nl.")
    found = [(r.normalized, r.ocr_repaired) for r in find_references(doc) if r.type == "url"]
    assert found == [("https://www.rijksoverheid.nl", True), ("https://www.rivm.nl", None)]


# --- near misses found by reading every find over the evaluation PDFs ---------------------------


def test_a_row_number_before_a_date_is_no_dossier_in_letter_spaced_text() -> None:
    # letter-spaced pages close the gaps between digits; a row's number and its date stay apart
    page = "A fdeling en T oezicht\nKamer\n127 13-11-2019 Verslag overleg\nKunstenplan 2021-2024 9-11-19.docx\n"
    doc = document(page)
    assert [r.normalized for r in find_references(doc) if r.type == "kamerstuk"] == []
    spaced = "T oezegging A fdeling\nKamers tukken I I, 2 0 22-2023, 2 9665, nr. 482\n"
    assert [r.normalized for r in find_references(document(spaced)) if r.type == "kamerstuk"] == [
        "kst-29665-482"
    ]


def test_a_deed_in_the_land_registry_is_no_kamerstuk() -> None:
    text = "ingeschreven in het register Hypotheken 3 in deel 33333 nummer 12, ten behoeve van de Kamer"
    assert [h.normalized for h in find_in_text(text) if h.type == "kamerstuk"] == []
    assert [h.normalized for h in find_in_text("zie 33333, nummer 12 van de Kamer")] == [
        "kst-33333-12"
    ]


def test_a_directive_is_numbered_year_first_also_after_nr() -> None:
    text = "De Kaderrichtlijn Water (Richtlijn nr. 2000/60/EG) en Verordening (EEG) nr. 259/93"
    assert [h.normalized for h in find_in_text(text) if h.type == "eu_act"] == [
        "32000L0060",
        "31993R0259",
    ]


def test_an_ocr_eight_in_an_ljn_is_its_b() -> None:
    doc = document("ABRvS 23 april 2008, ECLI:NL:RVS:2oo8:8Do331). Voor")
    assert [(r.normalized, r.ocr_repaired) for r in find_references(doc)] == [
        ("ECLI:NL:RVS:2008:BD0331", True)
    ]
    # a modern ECLI's number is digits: an 8 there is an 8
    assert [r.normalized for r in find_references(document("ECLI:NL:HR:2019:8812 en"))] == [
        "ECLI:NL:HR:2019:8812"
    ]


def test_a_list_dash_on_the_next_line_is_no_part_of_the_address() -> None:
    assert links("- Ga op internet naar de site https://www.nvwa.nl/. \n- Klik in het menu") == [
        "https://www.nvwa.nl/"
    ]


@pytest.mark.parametrize(
    ("printed", "ecli"),
    [
        ("ABRvS 2 april 2014, ECLI:NL•RVS:2014:1153, waarin", "ECLI:NL:RVS:2014:1153"),
        ("van 14 april 2010 (ECLI:NL:RVS.2010:BM1041). Dit", "ECLI:NL:RVS:2010:BM1041"),
        ("op 31 juli 2013 (ECLI NL:RVS:2013:528), op", "ECLI:NL:RVS:2013:528"),
        ("ABRvS 17 juli 2013, ECLI: NL: RVS:2013:288.", "ECLI:NL:RVS:2013:288"),
    ],
)
def test_an_ecli_with_damaged_colons_is_read(printed: str, ecli: str) -> None:
    assert [r.normalized for r in find_references(document(printed))] == [ecli]


def test_an_ecli_like_string_without_a_dutch_court_stays_clean() -> None:
    assert find_references(document("ECLI.NL.XYZ.2010.12 en ECLI NL:ABC:2013:5")) == []


def test_ocr_spaces_after_a_hosts_dots_are_closed_before_a_path() -> None:
    doc = document(
        "Openbaar:\nhttps://puc. overheid. nl/nza/doc/\nPUC_3358_22/1/\n30.2 Bijlage: verkenning"
    )
    doc.metadata.ocr_pages = [1]  # marked where an OCR engine read the page (refs59)
    assert [(r.normalized, r.ocr_repaired) for r in find_references(doc)] == [
        ("https://puc.overheid.nl/nza/doc/PUC_3358_22/1/", True)
    ]
    # a whole host before a sentence's next word is not joined to it
    assert links("kijk op www.voorbeeld.nl. nl/abc is geen adres") == ["https://www.voorbeeld.nl"]


def test_the_next_rows_number_after_a_whole_path_is_no_part_of_it() -> None:
    text = "Reeds openbaar op:\nhttps://www.voorbeeld.nl/besluiten-2020/besluiten-23-juni-2020/\n14. Vooroverleg"
    assert links(text) == ["https://www.voorbeeld.nl/besluiten-2020/besluiten-23-juni-2020/"]
    # a query's value cut at the line's end goes on
    assert links("via https://data.voorbeeld.nl/kaart/?zoom=\n10. Als u") == [
        "https://data.voorbeeld.nl/kaart/?zoom=10"
    ]
    assert links("zie https://www.voorbeeld.nl/a/\n12.html") == [
        "https://www.voorbeeld.nl/a/12.html"
    ]


def test_an_ecli_wrapped_after_its_year_and_joined_with_a_space_is_whole() -> None:
    text = "Zie nader HR 8 december 2009, ECLI:NL:HR:2009: BK0949, NJ 2010, 174."
    assert [h.normalized for h in find_in_text(text)] == ["ECLI:NL:HR:2009:BK0949"]
    assert [h.normalized for h in find_in_text("ECLI:NL:HR:2009: zie hieronder")] == []


def test_a_file_name_cut_inside_its_word_is_rejoined() -> None:
    text = "Bron (bezocht op 3 juli 2025): https://github.com/voorbeeld/blob/main/documentatie/Overz\nicht.md\nBureau"
    assert links(text) == ["https://github.com/voorbeeld/blob/main/documentatie/Overzicht.md"]
    assert links("zie https://www.voorbeeld.nl/documentatie/Overz\nicht is goed") == [
        "https://www.voorbeeld.nl/documentatie/Overz"
    ]


def test_the_next_notes_number_glued_after_a_url_is_no_part_of_it() -> None:
    text = "The Record, https://therecord.media/impacted-by-healthcare-incident.92 \u2018Change Healthcare"
    assert links(text) == ["https://therecord.media/impacted-by-healthcare-incident"]
    assert links(
        "Tweakers, https://tweakers.net/nieuws/210142/portaal.html.26 \u2018HVC wijst"
    ) == ["https://tweakers.net/nieuws/210142/portaal.html"]
    # a version's number stays, and so does one no quoted title follows
    assert links("zie https://www.voorbeeld.nl/v/1.2 \u2018test") == [
        "https://www.voorbeeld.nl/v/1.2"
    ]
    assert links("https://www.voorbeeld.nl/a/incident.92 en") == [
        "https://www.voorbeeld.nl/a/incident.92"
    ]


def test_a_redaction_label_where_the_url_went_on_ends_it() -> None:
    text = "Meer leest u via de volgende link, https://www.voorbeeld.nl/beleid/wat-is\x0210.2.e\n"
    found = [(h.type, h.normalized) for h in find_in_text(text)]
    assert found == [("url", "https://www.voorbeeld.nl/beleid/wat-is"), ("woo_ground", "wob-10.2e")]
    assert links("https://www.voorbeeld.nl/a/2020?\n10.2.e\n") == [
        "https://www.voorbeeld.nl/a/2020"
    ]


def test_after_a_whole_hash_the_next_line_is_the_next_entry() -> None:
    hashed = "https://archief.voorbeeld.nl/inventarissen/file/6ebf1b08986dbed1a40e376f89aefed4"
    assert links(hashed + "\n-1.733.21 Bouw van woningen") == [hashed]
    assert links(hashed + "\n/download") == [hashed + "/download"]


def test_a_word_glued_after_the_dutch_tld_is_no_part_of_the_host() -> None:
    assert links("geanonimiseerd op www.rijksoverheid.nlgeplaatst.") == [
        "https://www.rijksoverheid.nl"
    ]
    assert links("zie www.nlnet.nl. en https://nlzorg.voorbeeld.nl/a") == [
        "https://www.nlnet.nl",
        "https://nlzorg.voorbeeld.nl/a",
    ]


def test_a_paths_slash_read_as_i_after_the_dutch_tld_is_repaired() -> None:
    doc = document("Kijk eens op \nhttp://www.rijksoverheid.nliministeries/vws/bezwaar-vws. Daar")
    assert [(r.normalized, r.ocr_repaired) for r in find_references(doc)] == [
        ("http://www.rijksoverheid.nl/ministeries/vws/bezwaar-vws", True)
    ]


def test_a_redaction_label_taken_for_furniture_is_still_a_ground() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(id="s1", kind="paragraph", page=1, text="De berekende mineralengehalte."),
            Segment(id="s2", kind="furniture", page=1, text="10.2.e"),
            Segment(
                id="s3", kind="furniture", page=1, text="Kamerstukken II 2020/21, 35 000, nr. 3"
            ),
        ]
    )
    assert [(r.segment_id, r.normalized) for r in find_references(doc)] == [("s2", "wob-10.2e")]


@pytest.mark.parametrize(
    ("text", "articles"),
    [
        (
            "op grond van artikel 5.1, tweede lid, onder e en i, van de Woo geweigerd",
            ["Woo art. 5.1 lid 2 onder e", "Woo art. 5.1 lid 2 onder i"],
        ),
        (
            "artikel 10, tweede lid, onder e, f en g Wob",
            ["Wob art. 10 lid 2 onder e", "Wob art. 10 lid 2 onder f", "Wob art. 10 lid 2 onder g"],
        ),
        ("artikel 5.1, tweede lid, onder e, van de Woo", ["Woo art. 5.1 lid 2 onder e"]),
        (
            "artikel 6, eerste lid, onder a, AVG en artikel 9 AVG",
            ["AVG art. 6 lid 1 onder a", "AVG art. 9"],
        ),
    ],
)
def test_a_prose_grounds_letters_each_give_a_law_article(text: str, articles: list[str]) -> None:
    assert [h.normalized for h in find_in_text(text) if h.type == "law_article"] == articles
