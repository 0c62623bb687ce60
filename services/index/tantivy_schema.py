"""The tantivy schema and analyzers of the embedded index.

One tantivy index holds three kinds of records, told apart by `rec`:
- `doc`: one per document: summary fields, every keyword (entities, references, type, year),
  the whole body text (`text`, not stored) and the title: what queries and facets run on;
- `seg`: one per body segment: its text (for hits and snippets), kind, page, bbox, order, and a
  copy of the document's keywords, so a filtered query finds the matching segments too;
- `blob`: one per document: the full enriched document JSON, read only by `get`.

Analyzers: `nl` = simple tokenizer, long tokens dropped, lower case, accents folded, Dutch stop
words, Dutch Snowball stemmer; `kw` = the whole value as one token, lower case, accents folded
(exact keyword fields: filters ignore case and accents); `raw` = the value as is (ids, and the
fast fields that facets count, which keep the original spelling).
"""

from __future__ import annotations

import tantivy
from tantivy import Filter, SchemaBuilder, TextAnalyzerBuilder, Tokenizer

SCHEMA_TAG = "stukken-index-v1"
KEYWORDS = ("doc_type", "org", "person", "party", "location", "ref", "year")
"""Keyword fields (analyzer `kw`), queryable as `name:value`."""
FACET_FIELDS = {"doc_type": "f_doc_type", "org": "f_org", "person": "f_person",
                "party": "f_party", "year": "f_year"}  # fmt: skip
"""facet name → the fast `raw` field its counts come from"""
TEXT_FIELDS = ["title", "text"]
"""Default fields of a query (the words without a `field:`)."""


def dutch_analyzer() -> tantivy.TextAnalyzer:
    return (
        TextAnalyzerBuilder(Tokenizer.simple())
        .filter(Filter.remove_long(60))
        .filter(Filter.lowercase())
        .filter(Filter.ascii_fold())
        .filter(Filter.stopword("dutch"))
        .filter(Filter.stemmer("dutch"))
        .build()
    )


def keyword_analyzer() -> tantivy.TextAnalyzer:
    return (
        TextAnalyzerBuilder(Tokenizer.raw()).filter(Filter.lowercase()).filter(Filter.ascii_fold())
    ).build()


def build_schema() -> tantivy.Schema:
    sb = SchemaBuilder()
    sb.add_text_field("rec", stored=True, tokenizer_name="raw")
    sb.add_text_field("doc_id", stored=True, tokenizer_name="raw")
    sb.add_text_field("key", stored=True, tokenizer_name="kw")
    sb.add_text_field("version", stored=True, tokenizer_name="raw")
    sb.add_integer_field("uploaded_us", stored=True, indexed=True, fast=True)
    sb.add_text_field("title", stored=True, tokenizer_name="nl")
    sb.add_text_field("text", stored=False, tokenizer_name="nl")
    for name in KEYWORDS:
        sb.add_text_field(name, stored=name == "doc_type", tokenizer_name="kw")
    for fast in FACET_FIELDS.values():
        sb.add_text_field(fast, fast=True, tokenizer_name="raw")
    sb.add_integer_field("date_num", stored=True, indexed=True, fast=True)
    sb.add_text_field("date", stored=True, tokenizer_name="raw")
    sb.add_integer_field("pages", stored=True)
    sb.add_bytes_field("refs_json", stored=True, indexed=False)
    # segment records
    sb.add_text_field("seg_id", stored=True, tokenizer_name="raw")
    sb.add_text_field("kind", stored=True, tokenizer_name="kw")
    sb.add_integer_field("page", stored=True)
    sb.add_integer_field("ord", stored=True, indexed=True, fast=True)
    sb.add_float_field("bbox", stored=True)
    sb.add_bytes_field("seg_text", stored=True, indexed=False)
    # blob records
    sb.add_bytes_field("payload", stored=True, indexed=False)
    return sb.build()


def open_index(path: str) -> tantivy.Index:
    """Open (or create) the index at `path` with the analyzers registered."""
    index = tantivy.Index(build_schema(), path=path, reuse=True)
    index.register_tokenizer("nl", dutch_analyzer())
    kw = keyword_analyzer()
    index.register_tokenizer("kw", kw)
    index.register_fast_field_tokenizer("kw", kw)
    return index
