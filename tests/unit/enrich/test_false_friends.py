"""Names that look like organisations but are not mentions: a counted series, a running line."""

from services.enrich.enricher import enrich
from stukken.contracts import Segment, SegmentedDocument


def _orgs(doc: SegmentedDocument) -> list[str]:
    return [e.canonical for e in enrich(doc)[1] if e.type == "organization"]


def _one(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def test_an_abbreviation_after_an_ordinal_counts_a_series() -> None:
    assert _orgs(_one("In het 7e AP van de Unie staat")) == []
    assert _orgs(_one("het zevende AP en de AP zelf")) == ["Autoriteit Persoonsgegevens"]


def test_the_organisation_itself_is_still_found() -> None:
    assert _orgs(_one("De AP houdt toezicht.")) == ["Autoriteit Persoonsgegevens"]


def test_a_running_line_is_not_a_mention() -> None:
    footer = "Autoriteit Financiële Markten | Jaarverslag 2023"
    segments = [
        Segment(id=f"s{p}", kind="paragraph", page=p, text=f"Tekst van pagina {p}.\n{footer}")
        for p in range(1, 5)
    ]
    segments.append(Segment(id="s9", kind="paragraph", page=4, text="De AFM meldt het."))
    assert _orgs(SegmentedDocument(segments=segments)) == ["Autoriteit Financiële Markten"]


def test_a_footer_that_numbers_its_page_is_running() -> None:
    segments = [
        Segment(
            id=f"s{p}",
            kind="paragraph",
            page=p,
            text=f"Tekst.\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel {p}",
        )
        for p in range(1, 5)
    ]
    segments.append(Segment(id="s9", kind="paragraph", page=4, text="Zo meldt de Kiesraad."))
    assert _orgs(SegmentedDocument(segments=segments)) == ["Kiesraad"]


def test_a_line_on_two_pages_is_not_yet_running() -> None:
    segments = [
        Segment(id=f"s{p}", kind="paragraph", page=p, text="De AFM meldt het vandaag.")
        for p in (1, 2)
    ]
    assert len(_orgs(SegmentedDocument(segments=segments))) == 2


def test_an_abbreviation_defined_as_something_else() -> None:
    text = "via een initial public offering (IPO) plaats; het IPO overlegt."
    assert _orgs(_one(text)) == ["Interprovinciaal Overleg"]


def test_labels_and_two_bodies_are_no_names() -> None:
    assert _orgs(_one("f) Behandelingstraject Raad\ni) Besluitvormingsprocedure Raad")) == []
    assert _orgs(_one("In 2020 heeft de Raad de Commissie aangemoedigd")) == []


def test_an_ordinal_read_by_ocr_as_a_degree_sign_still_counts() -> None:
    assert _orgs(_one("het ontwerp 7° AP te behouden")) == []
    assert _orgs(_one("de 7º AP wordt vastgesteld")) == []


def test_a_name_glued_to_a_domain_is_a_website() -> None:
    assert _orgs(_one("zie Rijksoverheid.nl voor meer")) == []
    assert _orgs(_one("zie www.RIVM.nl voor meer")) == []
    assert _orgs(_one("het RIVM meldt")) == ["Rijksinstituut voor Volksgezondheid en Milieu"]


def test_the_second_portfolio_in_a_list_of_ministers_is_an_office() -> None:
    text = "verzoekt de ministers van IenW en SZW om samen in overleg te gaan; wat IenW betreft"
    assert _orgs(_one(text)) == ["Ministerie van Infrastructuur en Waterstaat"]


def test_unknown_abbreviations_listed_with_known_bodies() -> None:
    doc = SegmentedDocument(
        segments=[
            Segment(id="s1", kind="heading", page=1, text="Overleg RIVM/OMT/NVVK/NVVA"),
            Segment(id="s2", kind="paragraph", page=1, text="Bezwaren vanuit de NVVK:"),
            Segment(id="s3", kind="paragraph", page=1, text="de ABC/DEF/GHI lijst"),
        ]
    )
    found = [(e.segment_id, e.text) for e in enrich(doc)[1] if e.type == "organization"]
    assert ("s1", "NVVK") in found and ("s1", "NVVA") in found and ("s2", "NVVK") in found
    assert not any(sid == "s3" for sid, _ in found)  # no known neighbour: nothing named


def test_a_mail_subject_prefix_is_no_body() -> None:
    assert _orgs(_one("image003.jpg\nEW: landelijk beeld.eml\nIk ben zeer verbaasd")) == []
    assert _orgs(_one("Subject: RE: motie")) == []
    assert _orgs(_one("Volgens EW is dat zo.")) == ["Elsevier Weekblad"]


def test_an_abbreviation_in_redaction_noise_is_no_body() -> None:
    assert _orgs(_one("ver: EY EE EXE 1. BE (EXEC)\nVerzonden: maandag")) == []
    assert _orgs(_one("Volgens EY is de begroting sluitend.")) == ["EY"]


def test_a_verb_opening_a_question_before_nederland_is_no_body() -> None:
    assert _orgs(_one("4. Zet Nederland nog altijd in op eigen productie?")) == []
    assert _orgs(_one("Steunt Nederland het voorstel?")) == []
    assert _orgs(_one("Bouwend Nederland meldt een tekort.")) == ["Bouwend Nederland"]


def test_a_rulings_number_label_misread_by_ocr_is_no_body() -> None:
    text = "de Raad van State van 18 juli 2007 (UN: BA9807) en de UN in New York"
    assert _orgs(_one(text)) == ["Raad van State", "Verenigde Naties"]
