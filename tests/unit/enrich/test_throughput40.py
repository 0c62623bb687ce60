"""Issue #12, session 40: the enricher's throughput on the clock (bench/enrich/throughput40.md).

Each fast path is checked against the code it replaced, rebuilt here, on generated texts (each
test asserts that it saw many matches) and on real ones (every page of the shared corpus as pdfium
reads it): entities and references built as pydantic's validator builds them, the partner cues
searched from their key words, a document's segments passed through the automata in a row."""

from __future__ import annotations

import pickle

import pytest

from bench.enrich import final_constants
from services.enrich import enricher, words
from services.enrich.entities import bodycues, gazetteer
from services.enrich.entities import people as listed_people
from services.enrich.entities.gazetteer import Match
from services.enrich.hits import Hit
from stukken.contracts import Entity, Reference, Segment
from tests.unit.enrich.corpus import corpus_pages, pages_document, shared_dir, spans
from tests.unit.enrich.test_throughput24 import _texts

# --- entities and references built by hand --------------------------------------------------------


def _same_model(made: object, validated: object) -> None:
    assert type(made) is type(validated)
    assert made == validated
    assert list(vars(made)) == list(vars(validated))  # the fields' order
    assert vars(made) == vars(validated)
    assert made.__pydantic_fields_set__ == validated.__pydantic_fields_set__  # type: ignore[attr-defined]
    assert made.__pydantic_extra__ == validated.__pydantic_extra__  # type: ignore[attr-defined]
    assert made.__pydantic_private__ == validated.__pydantic_private__  # type: ignore[attr-defined]
    assert repr(made) == repr(validated)
    assert made.model_dump_json() == validated.model_dump_json()  # type: ignore[attr-defined]
    assert pickle.loads(pickle.dumps(made)) == validated
    update = {"canonical": "X"} if isinstance(made, Entity) else {"normalized": "X"}
    copied = made.model_copy(update=update)  # type: ignore[attr-defined]
    assert copied == validated.model_copy(update=update)  # type: ignore[attr-defined]
    assert copied.model_dump_json() == validated.model_copy(update=update).model_dump_json()  # type: ignore[attr-defined]


_SEGMENT = Segment(id="p3-7", kind="paragraph", page=3, text="De Raad van State en 34 426 nr. 2")


def test_entities_are_built_as_the_validator_builds_them() -> None:
    assert enricher._BY_HAND
    for kind in sorted(enricher._ENTITY_TYPES):
        for role in (None, "minister"):
            m = Match(kind, 3, 17, "Raad van State", role)
            _same_model(
                enricher._entity(_SEGMENT, m),
                Entity(
                    type=kind,  # type: ignore[arg-type]
                    text="Raad van State",
                    canonical="Raad van State",
                    segment_id="p3-7",
                    start=3,
                    end=17,
                    role=role,
                ),
            )


def test_references_are_built_as_the_validator_builds_them() -> None:
    for kind in sorted(enricher._REFERENCE_TYPES):
        for url in (None, "https://zoek.officielebekendmakingen.nl/kst-34426-2"):
            for repaired in (False, True):
                hit = Hit(kind, 21, 33, "kst-34426-2", url)
                _same_model(
                    enricher._reference(_SEGMENT, hit, repaired),
                    Reference(
                        type=kind,  # type: ignore[arg-type]
                        text="34 426 nr. 2",
                        normalized="kst-34426-2",
                        segment_id="p3-7",
                        start=21,
                        end=33,
                        url=url,
                        ocr_repaired=True if repaired else None,
                    ),
                )


def test_what_the_validator_refuses_it_still_refuses() -> None:
    with pytest.raises(ValueError):
        enricher._entity(_SEGMENT, Match("thing", 0, 2, "De"))
    with pytest.raises(ValueError):
        enricher._entity(_SEGMENT, Match("person", -1, 2, "De"))
    with pytest.raises(ValueError):
        enricher._reference(_SEGMENT, Hit("thing", 0, 2, "De", None))


# --- bodycues: the partner cues searched from their key words -------------------------------------

_PARTNER_PIECES = [
    " ", "  ", "\t", "\u00a0", "\n", ",", "-", "x", "a", "in", "In", "een", "Een", "de", "De",
    "begin", "ende", "samenwerking", "samenwerkingsverband", "samenwerkingsovereenkomst", "met",
    "tussen", "opdracht", "gegeven", "verleend", "aan", "van", "gegund", "in samenwerking met ",
    "In opdracht van ", "opdracht aan ", "gegund aan ", "een  samenwerking tussen ", "De\u00a0",
    "opdracht gegund aan ", "INNOVO", "Bureau Vrij", "desamenwerking met ", "in-opdracht van ",
]  # fmt: skip


def test_the_partner_cues_are_the_guarded_patterns() -> None:
    hits = 0
    for text in _texts(_PARTNER_PIECES, 12000, 401, most=14):
        expected = spans(list(bodycues._PARTNER.finditer(text)))
        assert spans(bodycues._partner_cues(text)) == expected, text
        hits += len(expected)
    assert hits > 2000
    for text in corpus_pages():
        expected = spans(list(bodycues._PARTNER.finditer(text)))
        assert spans(bodycues._partner_cues(text)) == expected


# --- the automata's passes over a document's segments in a row ------------------------------------


def _words_of(found: words.Words) -> tuple[object, ...]:
    return (found.kinds, found.kind_lists, found.companies, found.title_stems, found.org_cues,
            found.cues)  # fmt: skip


def test_what_a_text_holds_is_the_same_read_in_a_row() -> None:
    texts = corpus_pages()[:300]
    words.forget()
    alone = [_words_of(words.read(text)) for text in texts]
    words.forget()
    words.read_all(texts)
    assert [_words_of(words.read(text)) for text in texts] == alone
    assert len(words._READ) == min(len(set(texts)), words._KEPT)
    words.forget()
    words.read_all(texts * 3)  # never more than it keeps
    assert len(words._READ) <= words._KEPT
    words.forget()


def _matches(found: list[Match]) -> list[tuple[object, ...]]:
    return [(m.type, m.start, m.end, m.canonical, m.role) for m in found]


def test_the_gazetteer_finds_the_same_in_texts_read_in_a_row() -> None:
    texts = corpus_pages()
    other = listed_people.automaton()
    alone = [tuple(map(_matches, gazetteer.find_both(text, other))) for text in texts]
    assert sum(len(a) + len(b) for a, b in alone) > 500
    gazetteer.read_all(texts, other)
    assert gazetteer._PASSED
    assert [tuple(map(_matches, gazetteer.find_both(text, other))) for text in texts] == alone
    # another automaton than the one the texts were read with: read afresh
    assert gazetteer.find_both(texts[0], gazetteer.automaton()) != ([], [])
    first = gazetteer.find_both(texts[0], gazetteer.automaton())
    gazetteer.read_all([], other)
    assert gazetteer.find_both(texts[0], gazetteer.automaton()) == first
    assert not gazetteer._PASSED


def test_a_document_is_enriched_the_same_read_in_a_row() -> None:
    """The whole enricher, with the passes in a row and without (the finders' own passes)."""
    files = sorted((shared_dir() / "corpus").glob("**/*.pdf"))[:6]
    if not files:
        pytest.skip("the shared corpus is not here")
    for f in files:
        doc = pages_document(f)
        refs = enricher.enrich(doc)[0]  # the words read in a row first
        words.forget()
        gazetteer.read_all([], listed_people.automaton())  # nothing kept: each finder reads
        alone_refs = enricher.find_references(doc)
        words.forget()
        gazetteer._PASSED.clear()
        segments = enricher._read(doc)
        alone = []
        for seg in segments:
            alone += enricher._entities_as_printed(seg.text)
        gazetteer.read_all([s.text for s in segments], listed_people.automaton())
        again = []
        for seg in segments:
            again += enricher._entities_as_printed(seg.text)
        assert _matches(again) == _matches(alone)
        assert [r.model_dump() for r in alone_refs] == [r.model_dump() for r in refs]


# --- module constants written Final ---------------------------------------------------------------


def test_the_enrichers_module_constants_are_final() -> None:
    """Compiled, a module-level name that is not `Final` is looked up in the module's dict at every
    use (~5 % of a pass): `python -m bench.enrich.final_constants --fix` writes new ones `Final`."""
    left = [
        f"{path.name}:{line}: {name}"
        for path in final_constants.compiled_modules()
        for line, name in final_constants.not_final(path.read_text(encoding="utf-8"))
    ]
    assert left == []
    assert not any(
        final_constants.final_rebound(path.read_text(encoding="utf-8"))
        for path in final_constants.compiled_modules()
    )


def test_the_constants_fixer_writes_final() -> None:
    source = (
        '"""A module."""\n\nfrom __future__ import annotations\n\nimport re\n\n'
        '_A = re.compile("a")\n_B = 3\n_B += 1\n_C: dict[str, int] = {}\n_D = []\n'
        "Alias = list[int]\n_E = (1, 2)\n\n\ndef f(x: Alias) -> int:\n    global _F\n"
        "    _F = 2\n    return _B\n\n\n_F = 1\n"
    )
    assert [name for _, name in final_constants.not_final(source)] == ["_A", "_E"]
    done = final_constants.fixed(source)
    assert "from typing import Final\n" in done
    assert '_A: Final = re.compile("a")' in done
    assert "_E: Final = (1, 2)" in done
    assert final_constants.not_final(done) == []
    assert "_B: Final" not in done and "_F: Final" not in done and "Alias: Final" not in done
    merged = done + "_A = re.compile('b')\n"  # a merged branch binds a Final name again
    assert final_constants.final_rebound(merged) == [(9, "_A")]
    again = final_constants.fixed(merged)
    assert '_A = re.compile("a")' in again and final_constants.final_rebound(again) == []
