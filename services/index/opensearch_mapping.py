"""Index templates of the OpenSearch backend: a Dutch analyzer and the two indices' mappings.

`<prefix>-docs` holds one record per document (summary, keywords, whole body text, the enriched
document as `payload`); `<prefix>-segments` one per body segment, with the document's keywords
copied, so a filtered query finds segments too. Same analysis as the tantivy backend: standard
tokenizer, lower case, ASCII folding, Dutch stop words, Dutch Snowball stemmer (the stemmer and
stop filters come from the analysis-common module); keyword fields compare case- and
accent-insensitively through the `kw` normalizer, and keep their original spelling in `.raw`
for facet counts.
"""

from __future__ import annotations

from typing import Any

KEYWORDS = ("doc_type", "org", "person", "party", "location", "ref", "year", "key")
FACET_FIELDS = {name: f"{name}.raw" for name in ("doc_type", "org", "person", "party", "year")}

ANALYSIS: dict[str, Any] = {
    "filter": {
        "nl_stop": {"type": "stop", "stopwords": "_dutch_"},
        "nl_stem": {"type": "stemmer", "language": "dutch"},
    },
    "analyzer": {
        "nl": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "asciifolding", "nl_stop", "nl_stem"],
        }
    },
    "normalizer": {"kw": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
}

_KEYWORD = {"type": "keyword", "normalizer": "kw", "fields": {"raw": {"type": "keyword"}}}
_SHARED: dict[str, Any] = {
    "doc_id": {"type": "keyword"},
    "version": {"type": "keyword"},
    "uploaded_ms": {"type": "long"},
    "date_num": {"type": "integer"},
    "text": {"type": "text", "analyzer": "nl"},
    **{name: _KEYWORD for name in KEYWORDS},
}

DOCS_MAPPING: dict[str, Any] = {
    "dynamic": "strict",
    "_source": {"excludes": ["text"]},
    "properties": {
        **_SHARED,
        "title": {"type": "text", "analyzer": "nl"},
        "date": {"type": "keyword"},
        "pages": {"type": "integer"},
        "refs": {"type": "object", "enabled": False},
        "seg_ids": {"type": "keyword", "index": False},
        "payload": {"type": "object", "enabled": False},
        # set on a rejected version: the record stays for `list_documents`, leaves search
        "rejection": {"type": "object", "enabled": False},
        "rejected": {"type": "boolean"},
    },
}

SEGMENTS_MAPPING: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        **_SHARED,
        "seg_id": {"type": "keyword"},
        "kind": {"type": "keyword"},
        "page": {"type": "integer"},
        "ord": {"type": "integer"},
        "bbox": {"type": "float", "index": False},
    },
}


def template(pattern: str, mapping: dict[str, Any], refresh_interval_s: float) -> dict[str, Any]:
    return {
        "index_patterns": [pattern],
        "template": {
            "settings": {
                "number_of_shards": 1,
                "number_of_replicas": 0,
                "refresh_interval": f"{max(1, int(refresh_interval_s * 1000))}ms",
                "analysis": ANALYSIS,
            },
            "mappings": mapping,
        },
    }
