"""Round orgs66 (issue #12): a committee, group or stichting named by its task in lower-case words
('de Commissie herziening wetgeving ambtsdelicten Kamerleden en bewindspersonen'), its end found
by a general rule, with the near misses that stay as they were. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.entities import taskbodies
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> list[str]:
    return [e.text for e in enrich(_doc(text))[1] if e.type == "organization"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wij lazen het rapport van de Commissie herziening regels ambtsdelicten Kamerleden "
            "en bewindspersonen.2 Wij danken de leden.",
            "Commissie herziening regels ambtsdelicten Kamerleden en bewindspersonen",
        ),
        (
            "Het advies van de Stuurgroep decentralisatie Friese taal van Rijk naar provincie "
            "volgt later.",
            "Stuurgroep decentralisatie Friese taal",
        ),
        (
            "Er is zelfregulering, zoals de Stichting Geschillencommissies voor consumentenzaken "
            "en de Stichting Reclame Code.",
            "Stichting Geschillencommissies voor consumentenzaken",
        ),
        (
            "Wij wachten op de Werkgroep verkenning kostenefficiëntie zorg, die in juni "
            "rapporteert.",
            "Werkgroep verkenning kostenefficiëntie zorg",
        ),
        (
            "Dat meldt de Taskforce verbetering opvang asielzoekers en de minister beaamt het.",
            "Taskforce verbetering opvang asielzoekers",
        ),
        (
            "Het werk van de Begeleidingscommissie evaluatie wetgeving adviseert de minister.",
            "Begeleidingscommissie evaluatie wetgeving",
        ),
        (
            "Dit kan het nog op te richten Adviescollege toetsing regeldruk deze bevoegdheid niet.",
            "Adviescollege toetsing regeldruk",
        ),
    ],
)
def test_a_body_named_by_its_lower_case_task(text: str, name: str) -> None:
    found = bodies(text)
    assert name in found
    # no shorter name of the same body beside it
    assert not any(f != name and name.startswith(f) for f in found)


def test_the_name_stops_at_van_before_a_capital_and_at_en_before_an_article() -> None:
    names = [
        m.canonical
        for m in taskbodies.find(
            "het advies van de Stuurgroep ordening ruimte van Rijk naar gemeente en de Werkgroep "
            "inrichting huisvesting en de minister"
        )
    ]
    assert names == ["Stuurgroep ordening ruimte", "Werkgroep inrichting huisvesting"]


@pytest.mark.parametrize(
    "text",
    [
        "Volgens de voorzitter heeft de Commissie heeft besloten het advies uit te stellen.",
        "De Commissie stelt voor dat de minister ingrijpt.",
        "Commissie herziening wetgeving?\nWat vindt u daarvan?",
        "Werkgroep\nverkenning kostenefficiëntie zorg",
        "Hierover heeft de Stichting in het voorjaar een brief gestuurd.",
        "Daarnaast is de Stichting van mening dat dit niet volstaat.",
        "De leden van de vaste commissie voor Financiën vragen naar de stand.",
        # one noun after the body word is the verb's object, not a task
        "Pas nadat de Commissie toestemming verleende, ging het door.",
        "Vorig jaar heeft de Commissie overeenstemming bereikt.",
        "Daarna heeft de Stichting financiering aangevraagd voor het plan.",
        "Nu heeft de Commissie uitvoering gegeven aan de motie.",
        # a heading's or a table cell's body word, and one after a full stop
        "| Werkgroep robuuste koppelingen |",
        "Zo is het. Commissie herziening wetgeving komt later.",
        # a title's capitalised word before it; an abbreviation after it (longforms.py's)
        "Het Instellingsbesluit Werkgroep evaluatie regelgeving regelt dat.",
        "Toen adviseerde de Commissie herziening regelgeving (CHR) het kabinet.",
    ],
)
def test_no_task_named_body(text: str) -> None:
    assert taskbodies.find(text) == []
