"""Round orgs67 (issue #12): bodies a blind set of Kamer papers, inspection and advisory papers
and gemeente papers named and the lists lacked (the international parliamentary assemblies,
national bodies under a former name, register bodies' abbreviations), a list of gemeenten after
'samenwerking tussen de', a body's capitalised task list read as no bodies, a preposition opening a
sentence before 'Nederland'; with the near misses that stay as they were. Sentences are our own."""

from __future__ import annotations

import pytest

from services.enrich.enricher import enrich
from services.enrich.entities import tasklists
from services.enrich.entities.gazetteer import Match
from stukken.contracts import Segment, SegmentedDocument


def _doc(text: str) -> SegmentedDocument:
    return SegmentedDocument(segments=[Segment(id="s1", kind="paragraph", page=1, text=text)])


def bodies(text: str) -> dict[str, str]:
    return {e.text: e.canonical for e in enrich(_doc(text))[1] if e.type == "organization"}


@pytest.mark.parametrize(
    ("text", "printed", "canonical"),
    [
        (
            "De delegatie nam deel aan de zitting van de OVSE Parlementaire Assemblee in Wenen.",
            "OVSE Parlementaire Assemblee",
            "Parlementaire Assemblee van de OVSE",
        ),
        (
            "Het verslag van de Parlementaire Vergadering van de Raad van Europa volgt.",
            "Parlementaire Vergadering van de Raad van Europa",
            "Parlementaire Assemblee van de Raad van Europa",
        ),
        (
            "De NAVO Parlementaire Assemblee kwam bijeen in Oslo.",
            "NAVO Parlementaire Assemblee",
            "Parlementaire Assemblee van de NAVO",
        ),
        (
            "De voorzitter van het Benelux-parlement sprak met de Baltic Assembly.",
            "Benelux-parlement",
            "Benelux-parlement",
        ),
        (
            "De voorzitter van het Benelux-parlement sprak met de Baltic Assembly.",
            "Baltic Assembly",
            "Baltische Assemblee",
        ),
        (
            "Dat bleek uit een onderzoek van de VROM-Inspectie naar de sloop.",
            "VROM-Inspectie",
            "VROM-Inspectie",
        ),
        (
            "De VROM-raad en de Raad voor het landelijk gebied gaan op in de nieuwe raad.",
            "Raad voor het landelijk gebied",
            "Raad voor het Landelijk Gebied",
        ),
        (
            "In 2012 rondde IOB een evaluatie af van de samenwerking.",
            "IOB",
            "Directie Internationaal Onderzoek en Beleidsevaluatie",
        ),
        (
            "De RRK concludeerde dat de OD NZKG laat was met het actualiseren van vergunningen.",
            "OD NZKG",
            "Omgevingsdienst Noordzeekanaalgebied",
        ),
        (
            "De RRK concludeerde dat de OD NZKG laat was met het actualiseren van vergunningen.",
            "RRK",
            "Randstedelijke Rekenkamer",
        ),
        (
            "Het werkprogramma van de Raad voor de volksgezondheid en samenleving volgt.",
            "Raad voor de volksgezondheid en samenleving",
            "Raad voor Volksgezondheid en Samenleving",
        ),
    ],
)
def test_listed_bodies(text: str, printed: str, canonical: str) -> None:
    assert bodies(text).get(printed) == canonical


def test_the_ovse_ministerial_council_is_read_whole() -> None:
    found = bodies("De agenda van de Raad van Ministers van de OVSE op 7 december te Dublin.")
    assert found.get("Raad van Ministers van de OVSE") == "Ministeriële Raad van de OVSE"
    assert "Raad van Ministers" not in found


@pytest.mark.parametrize(
    "text",
    [
        # a shared abbreviation left out: roestvaststaal, not the council
        "De leuning is van RVS en het frame van aluminium.",
        # a border or a difference between gemeenten is the land, not the bodies
        "In de samenwerking ligt de grens tussen de gemeenten Papendrecht en Dordrecht bij de "
        "rivier.",
        "Afspraken over het verschil tussen de gemeenten Papendrecht en Dordrecht volgen.",
        "De grens tussen de gemeenten Papendrecht en Dordrecht loopt daar.",
    ],
)
def test_near_misses_find_no_body(text: str) -> None:
    assert bodies(text) == {}


def test_gemeenten_working_together_are_bodies() -> None:
    found = bodies(
        "Na gesprekken over samenwerking op het terrein van sociale zaken tussen de gemeenten "
        "Papendrecht, Dordrecht en Zwijndrecht heeft de stuurgroep ons gevraagd."
    )
    assert found == {
        "Papendrecht": "Gemeente Papendrecht",
        "Dordrecht": "Gemeente Dordrecht",
        "Zwijndrecht": "Gemeente Zwijndrecht",
    }


def test_a_preposition_opening_a_sentence_is_no_national_body() -> None:
    found = bodies("Namens Nederland is Kamerlid Jansen delegatieleider.")
    assert found == {}
    assert "Vluchtelingenwerk Nederland" in bodies("Vluchtelingenwerk Nederland vraagt aandacht.")


def test_a_body_named_by_its_capitalised_tasks_keeps_no_task_as_a_body() -> None:
    found = bodies(
        "Het voornemen is de raden samen te voegen tot een nieuwe Adviesraad voor Gezondheid, "
        "Participatie en Zorg (Kamerstuk 33 400 XVI, nr. 149)."
    )
    # the name ends at the comma (gold47's decision), its other tasks are no bodies
    assert found == {"Adviesraad voor Gezondheid": "Adviesraad voor Gezondheid"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # more bodies after a body named by a task: listed, abbreviated
        ("Gesproken met de Raad voor Cultuur, KNAW en NWO.", {"Raad voor Cultuur", "KNAW", "NWO"}),
        # a ministry's portfolio stays the ministry's listed name
        (
            "Het Ministerie van Onderwijs, Cultuur en Wetenschap besluit.",
            {"Ministerie van Onderwijs, Cultuur en Wetenschap"},
        ),
        # places after it are no tasks
        ("Overleg met de Raad voor Cultuur, Utrecht en Rotterdam.", {"Raad voor Cultuur"}),
    ],
)
def test_task_list_near_misses(text: str, kept: set[str]) -> None:
    assert set(bodies(text)) == kept


def test_tasklists_reads_only_a_list_right_after_the_head() -> None:
    text = "De Adviesraad voor Gezondheid heeft, naast Participatie en Zorg, taken."
    head = Match("organization", 3, 29, "Adviesraad voor Gezondheid")
    noun = Match("organization", 43, 55, "Participatie")
    assert text[head.start : head.end] == "Adviesraad voor Gezondheid"
    assert text[noun.start : noun.end] == "Participatie"
    assert tasklists.without_tasks(text, [head, noun]) == [head, noun]


def test_tasklists_drops_only_the_list_passes_readings() -> None:
    text = "De Adviesraad voor Gezondheid, Participatie en Zorg adviseert."
    head = Match("organization", 3, 29, "Adviesraad voor Gezondheid")
    noun = Match("organization", 31, 43, "Participatie")
    place = Match("location", 47, 51, "Zorg")
    assert tasklists.without_tasks(text, [head, noun]) == [head]
    # a noun something else reads (here a place) makes it a list of more than tasks
    assert tasklists.without_tasks(text, [head, noun, place]) == [head, noun, place]
