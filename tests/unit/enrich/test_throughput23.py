"""enrichspeed23: the cheaper forms of the linker, the gazetteer's boundary test and `Guarded`
find what the forms they replaced found (bench/enrich/throughput23.md)."""

from __future__ import annotations

import random
import re

import pytest

from services.enrich.entities import gazetteer, linking
from services.enrich.entities.linking import _finder, _fuller, _names, _pattern
from services.enrich.scan import Guarded
from stukken.contracts import Entity, Segment

_INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.)+$")


def _fuller_by_scan(short: str, names: set[str]) -> str | None:
    """The linker's earlier `_fuller`: every name of the document read for each name sought."""
    lowered = {n: n.lower() for n in names}
    key = " " + short.lower()
    found = {
        n
        for n, low in lowered.items()
        if len(n) > len(short) and low.endswith(key) and not _after_particle(n, short)
    }
    if not found and " " in short and not _INITIAL.match(short.split()[0]):
        key = short.lower() + " "
        found = {n for n, low in lowered.items() if low.startswith(key)}
    return found.pop() if len(found) == 1 else None


def _after_particle(name: str, short: str) -> bool:
    """'Van den Bos' ends in ' bos' but its surname is 'Van den Bos', not 'Bos' (persons78)."""
    before = name[: len(name) - len(short)].split()
    particles = ("van", "de", "den", "der", "ter", "ten", "te", "het", "'t", "’t", "in", "op")
    return bool(before) and before[-1].lower() in particles and not short[:1].islower()


_SURNAMES = [
    "Bos", "Vries", "van der Werf", "Van der Werf", "De Jong", "Ab-ba", "O'Brien", "Aa  b",
    "'t Hooft", "İbe", "ßa", "ǅab", "Abe\u00a0Bo", "Dé Bé", "Fijnaut", "Jan Carlo",
]  # fmt: skip
_PIECES = ["a", "B", " ", "\n", "\t", "-", "_", "\u00a0", "é", "'", ".", "1", "İ", "ß", "ǅ"]


@pytest.mark.parametrize("seed", range(4))
def test_finder_finds_what_the_surnames_pattern_finds(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(3000):
        name = rnd.choice(_SURNAMES)
        if rnd.random() < 0.3:
            name = rnd.choice("AaBbDdÉé") + "".join(rnd.choice("ab ") for _ in range(4)).rstrip()
        forms = [name, name.lower(), name.upper(), name.replace(" ", "\n "), "aB"]
        text = "".join(
            rnd.choice(_PIECES) if rnd.random() < 0.5 else rnd.choice(forms)
            for _ in range(rnd.randint(0, 8))
        )
        want = [m.span() for m in _pattern(name).finditer(text)]
        assert list(_finder(name)(text)) == want, (name, text)


def test_finder_reads_plain_surnames_without_a_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pattern(surname: str) -> re.Pattern[str]:
        raise AssertionError(surname)

    monkeypatch.setattr(linking, "_pattern", no_pattern)
    text = (
        "Fijnaut stelt, zoals Van der  Werf\nschreef; niet Fijnauts, wel fijnaut-achtig? fijnaut."
    )
    # a surname without a particle is sought capitalised only (persons55: 'de molen' is no Molen)
    assert list(_finder("Fijnaut")(text)) == [(0, 7)]
    assert list(_finder("van der Werf")(text)) == [(21, 34)]


def test_fuller_names_are_looked_up_as_they_were_sought() -> None:
    words = ["Jan", "de", "Vries", "DE", "J.", "Carlo", "Bos", "İbo", "van", "der", "Werf"]
    rnd = random.Random(23)
    for _ in range(5000):
        names = {
            " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 4)))
            for _ in range(rnd.randint(1, 6))
        }
        short = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 3)))
        assert _fuller(short, _names(names)) == _fuller_by_scan(short, names), (short, names)


def test_a_surname_is_linked_to_the_full_name_elsewhere() -> None:
    segments = [
        Segment(id="s1", kind="paragraph", page=1, text="prof. mr. C.J.C.F. Fijnaut schreef."),
        Segment(id="s2", kind="paragraph", page=1, text="Volgens Fijnaut (en Fijnaut-fans) niet."),
    ]
    full = Entity(
        type="person",
        text="C.J.C.F. Fijnaut",
        canonical="C.J.C.F. Fijnaut",
        segment_id="s1",
        start=10,
        end=26,
    )
    linked = linking.link([full], segments)
    assert [(e.segment_id, e.start, e.end, e.canonical) for e in linked[1:]] == [
        ("s2", 8, 15, "C.J.C.F. Fijnaut")
    ]


def _find_flat_by_bounded(text: str) -> list[tuple[int, int, gazetteer.Entry]]:
    """The gazetteer's `_find_flat` as it was before this round: `_bounded` asked of every
    candidate."""
    candidates = []
    for last, (length, entry) in gazetteer.automaton().iter(text):
        start, end = last - length + 1, last + 1
        if (
            gazetteer._bounded(text, start, end, entry.type == "organization")
            and not gazetteer._opens_kenmerk(text, end, entry)
            and not gazetteer._postcode_letters(text, start, end)
        ):
            candidates.append((start - end, gazetteer._PRIORITY[entry.type], start, entry))
    candidates.sort(key=lambda c: c[:3])
    taken = bytearray(len(text))
    out = []
    for negative_length, _, start, entry in candidates:
        end = start - negative_length
        if taken.find(1, start, end) == -1:
            taken[start:end] = b"\x01" * (end - start)
            out.append((start, end, entry))
    return sorted(out, key=lambda m: m[0])


@pytest.mark.parametrize(
    "text",
    [
        "het WODC2 waar de EU-agentschappen en VWS-beleid, de Raad van State1 op 3 mei",
        "IENW/BSK-2021/12345 en IenW/JenV; 3500 GS Utrecht; In 2020 GS Utrecht; AZ-beleid",
        "hetInterprovinciaal Overleg, Economische Zakenheeft; 1Brabants Dagblad, \u2011RIVM\u2010",
        "Tweede Kamer\u2011leden, de Nationale Politie_ en (DUO) of AP7 en 7e AP. VNO-NCW",
    ],
)
def test_the_gazetteers_boundary_test_is_asked_where_it_can_say_no(text: str) -> None:
    assert gazetteer._find_flat(text, gazetteer.automaton()) == _find_flat_by_bounded(text)


def test_guarded_finditer_steps_past_a_failing_guard() -> None:
    whole = re.compile(r"(?<![\w-])[Bb]os(?![\w-])")
    fast = Guarded(r"(?<![\w-])", r"[Bb]os(?![\w-])")
    text = "Bosbos bos -bos xbos bos, Bos\nbos"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in whole.finditer(text)]
    assert [m.span() for m in fast.finditer(text, 10)] == [
        m.span() for m in whole.finditer(text, 10)
    ]
