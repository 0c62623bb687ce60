# ruff: noqa: E501  (real-world register lines are long)
"""Persons by title or membership, and a surname linked to the full name printed elsewhere."""

import pytest

from services.enrich.enricher import enrich, entities_in_text
from stukken.contracts import Segment, SegmentedDocument


def people(text: str) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], m.canonical) for m in entities_in_text(text) if m.type == "person"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de schriftelijke vragen van de leden Van der Werf en Sneller (beiden D66) over",
            [("Van der Werf", "Van der Werf"), ("Sneller", "Sneller")],
        ),
        ("volgens hoogleraar Fijnaut is", [("Fijnaut", "Fijnaut")]),
        ("het rapport van prof. mr. C.J.C.F. Fijnaut", [("C.J.C.F. Fijnaut", "C.J.C.F. Fijnaut")]),
        (
            "burgemeester Halsema en de heer Van Dijk",
            [("Halsema", "Halsema"), ("Van Dijk", "Van Dijk")],
        ),
        ("zei minister Bruins Slot gisteren", [("Bruins Slot", "Bruins Slot")]),
        ("het lid Omtzigt (NSC) vroeg", [("Omtzigt", "Omtzigt")]),
        # A given name before a lower-case particle, also glued by the PDF ('vanDijk').
        (
            "Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan",
            [
                ("Van Weyenberg", "Van Weyenberg"),
                ("Romke de Jong", "Romke de Jong"),
                ("Kat", "Kat"),
            ],
        ),
        ("Vragen van het lid Inge vanDijk (CDA) aan", [("Inge vanDijk", "Inge van Dijk")]),
        ("de stelling van Jos de Blok dat", [("Jos de Blok", "Jos de Blok")]),
        # A cedilla set apart by the PDF is joined to its letter.
        (
            "Antwoord van Minister Yes¸ilgöz-Zegerius (Justitie en Veiligheid) (ontvangen",
            [("Yes¸ilgöz-Zegerius", "Yeşilgöz-Zegerius")],
        ),
    ],
)
def test_titled_and_member_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de minister van Financiën en de staatssecretaris voor Cultuur",
        "voorzitter Raad van State",
        "de heer De",
        "minister Amsterdam",
        # A ministry's name broken over two lines is no register line 'function, Surname'.
        "aan de Minister van Volksgezondheid, Welzijn\r\nen Sport over",
        # Broad titles: a table label, a letterhead line, a body after the title.
        "Plv. voorzitter Ja 29% 44%",
        "Paraaf directeur\r\nAanleiding voor deze nota",
        "tevens Directeur Kustwacht Caribisch gebied",
        "de onderzoekers van Universiteit Twente",
        "(voorzitter\r\nVakvereniging Brandweer Vrijwilligers)",
        "minister van Buitenlandse Zaken Blok zei",
        "Sport\r\nMinister VWS Deadline: 11 september",
        # a party's group after 'de leden van de'
        "vragen van de leden van de GroenLinks-PvdA-fractie over",
    ],
)
def test_offices_and_places_are_not_persons(text: str) -> None:
    assert people(text) == []


def test_surname_linked_to_full_name_elsewhere() -> None:
    texts = [
        "Volgens hoogleraar Fijnaut is dat zo.",
        "Het rapport van prof. mr. C.J.C.F. Fijnaut (2019).",
        "Fijnaut stelt verder dat het lid Van der Werf gelijk heeft.",
        "mr. C. van der Werf",
    ]
    doc = SegmentedDocument(
        segments=[
            Segment(id=f"s{i}", kind="paragraph", page=1, text=t) for i, t in enumerate(texts)
        ]
    )
    found = sorted(
        (e.segment_id, e.text, e.canonical) for e in enrich(doc)[1] if e.type == "person"
    )
    assert found == [
        ("s0", "Fijnaut", "C.J.C.F. Fijnaut"),
        ("s1", "C.J.C.F. Fijnaut", "C.J.C.F. Fijnaut"),
        ("s2", "Fijnaut", "C.J.C.F. Fijnaut"),
        ("s2", "Van der Werf", "C. van der Werf"),
        ("s3", "C. van der Werf", "C. van der Werf"),
    ]


def test_members_in_a_motions_heading() -> None:
    text = "Nr. 143 MOTIE VAN DE LEDEN INGE VAN DIJK, OMTZIGT EN GRINWIS\nVoorgesteld 6 juli 2021"
    assert people(text) == [
        ("INGE VAN DIJK", "Inge van Dijk"),
        ("OMTZIGT", "Omtzigt"),
        ("GRINWIS", "Grinwis"),
    ]
    # motions by their submitters, plural, the slash at a line's end, a footnote's number glued
    cited = "de aangenomen moties Klaver/\nPloumen1 en de motie Jansen/De Vries over"
    assert [name for name, _ in people(cited)] == ["Klaver", "Ploumen", "Jansen", "De Vries"]
    assert people("onderwerp 'M reageert op moties Armeense kwestie'") == []
    # the heading read onto one line with what follows it (the pipeline joins them)
    joined = "MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN Plenair debat over de zorg"
    assert people(joined) == [("CHAKOR", "Chakor"), ("VAN NISPEN", "Van Nispen")]


def test_a_lower_case_particle_after_het_lid() -> None:
    assert people("die het lid de Groot (D66) heeft gesteld") == [("de Groot", "de Groot")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zaak: Brief regering - minister van Binnenlandse Zaken en Koninkrijksrelaties, Horst ter \nG. - 13 maart 2009",
            [("Horst ter \nG.", "G. ter Horst")],
        ),
        (
            "Zaak: Brief van lid/fractie/commissie - Tweede Kamerlid, Raak van A.A.G.M. (SP) - 25",
            [("Raak van A.A.G.M.", "A.A.G.M. van Raak")],
        ),
        (
            "Zaak: Initiatiefwetgeving - Tweede Kamerlid, Ham, van der (D66) - 16 november 2005",
            [("Ham, van der", "Van der Ham")],
        ),
        (
            "Zaak: Brief - Tweede Kamerlid, Beek, W.I.I. van (VVD) - 2",
            [("Beek, W.I.I. van", "W.I.I. van Beek")],
        ),
        ("Besluit: Staatssecretaris VW en minister BZK verzoeken", []),
    ],
)
def test_senders_in_kamer_registers(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_what_a_person_does() -> None:
    assert people("Deelt u de analyse van Fijnaut dat") == [("Fijnaut", "Fijnaut")]
    assert people("de analyse van Europol laat zien") == []


def test_members_and_ministers_named_in_full_from_the_list() -> None:
    text = "Volgens Pieter Omtzigt en J.R.V.A. Dijsselbloem is het lid Omtzigt"
    assert people(text) == [
        ("Pieter Omtzigt", "Pieter Omtzigt"),
        ("J.R.V.A. Dijsselbloem", "Jeroen Dijsselbloem"),
        ("Omtzigt", "Omtzigt"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Tweede Kamer elected in 2023 (from Polder: the Kamer's open data)
        (
            "Volgens Jesse Six Dijkstra (NSC) en F.H. Bruyning was het debat kort.",
            [("Jesse Six Dijkstra", "Jesse Six Dijkstra"), ("F.H. Bruyning", "Faith Bruyning")],
        ),
        # the Tweede Kamer elected in 2025
        (
            "De leden Ani Zalinyan en Annelotte Lammers dienden een motie in.",
            [("Ani Zalinyan", "Ani Zalinyan"), ("Annelotte Lammers", "Annelotte Lammers")],
        ),
        # the Eerste Kamer elected in 2023, by initials as its pages print them
        (
            "Senator I.M. Lagas en A.Sj. van der Goot stemden tegen.",
            [("I.M. Lagas", "Ilona Lagas"), ("A.Sj. van der Goot", "Auke van der Goot")],
        ),
    ],
)
def test_members_of_the_kamers_since_2023_named_in_full(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "de Kamp van Blok",
        "een blok van Kamp",
        "PIETER OMTZIGT",
        "Pieter Omtzigtweg",
        "de zes Dijkstra's",  # a surname alone of a 2023 member is no listed name
        "het stuk van Lagas",
    ],
)
def test_listed_names_need_their_full_printed_form(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de ontvoering van activisten Jhed Tamano en Jonila\nCastro en de klacht",
            [("Jhed Tamano", "Jhed Tamano"), ("Jonila\nCastro", "Jonila Castro")],
        ),
        (
            "de VN speciale gezant voor\nJemen Hans Grundberg aan dat",
            [("Hans Grundberg", "Hans Grundberg")],
        ),
        ("volgens president Biden is", [("Biden", "Biden")]),
        ("de activisten Jan\nDe volgende", [("Jan", "Jan")]),
    ],
)
def test_plural_titles_and_titles_with_their_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The address block goes on after the addressee's name.
        (
            "t.a.v. de minister de heer K. Jansma Postbus 20011 2500 EA Den Haag",
            [("K. Jansma", "K. Jansma")],
        ),
        # 'lid' without its article after 'van', 'aan' or 'met'.
        ("de vraag van lid Kröger in hoeverre", [("Kröger", "Kröger")]),
        ("de toezegging aan lid Koerhuis inzake", [("Koerhuis", "Koerhuis")]),
        # Two initials or more before a surname; a signer's function after it is no part of it.
        (
            "Namens het bestuur\nS.A.J. Rijsdijk Voorzitter",
            [("S.A.J. Rijsdijk", "S.A.J. Rijsdijk")],
        ),
        # The signers under 'w.g.' in a signature table.
        (
            "w.g. | w.g.\nAdri de Bruijn | Sander van Amerongen\nVoorzitter | Secretaris-directeur",
            [
                ("Adri de Bruijn", "Adri de Bruijn"),
                ("Sander van Amerongen", "Sander van Amerongen"),
            ],
        ),
    ],
)
def test_addressees_members_and_signers(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_listed_minister_by_initials_is_linked_to_the_full_name() -> None:
    # Cabinet Schoof, from the Rijksoverheid page: 'F. (Frank) Rijkaart'.
    text = "t.a.v. de minister de heer F. Rijkaart Postbus 20011 2500 EA Den Haag"
    assert people(text) == [("F. Rijkaart", "Frank Rijkaart")]


@pytest.mark.parametrize(
    "text",
    [
        "hij is lid van de Raad van State",
        "Schiphol Nederland B.V. en N.V. Nederlandse Spoorwegen",
        "De V.S. Regering besloot",
        "artikel 7, lid 1 sub a2 van de wet",
        "w.g. | w.g.\nRaad van State | Kiesraad",
    ],
)
def test_no_person_in_legal_forms_offices_or_bodies(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aan: Ark, T. van (Tamara) <EYS@minvws.nl>",
            [("Ark, T. van (Tamara)", "Tamara van Ark")],
        ),
        ("@minvws.nl>, Ark, T. van (@minvws.nl>", [("Ark, T. van", "T. van Ark")]),
        # a citation: its author (authors.py), not a mail header's display name
        ("Jansen, P. (2019). Titel van het boek.", [("Jansen, P.", "P. Jansen")]),
        ("Van: Kamer, T. (Tweede) <x@y.nl>", []),  # an office word is no surname
    ],
)
def test_mail_display_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert people(text) == expected


def test_a_name_between_dashes_after_an_office() -> None:
    text = "het besluit van de Secretaris-Generaal van de Raad (RvE) – Maria Olvera – om te gaan"
    assert people(text) == [("Maria Olvera", "Maria Olvera")]
    assert people("de minister van Financiën – Eelco Heinen – zei dat") == [
        ("Eelco Heinen", "Eelco Heinen")
    ]
    # without an office before them the dashes hold a place or an aside
    assert people("Het rapport – Den Haag – is klaar.") == []
