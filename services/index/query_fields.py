"""Field names a query may use, checked the same way for both backends."""

from __future__ import annotations

import re

from services.index.port import QuerySyntaxError

QUERY_FIELDS = frozenset(
    {"title", "text", "doc_id", "key", "doc_type", "org", "person", "party", "location", "ref",
     "year"}
)  # fmt: skip
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_FIELD = re.compile(r"(?:^|[\s(+\-!])([A-Za-z_][\w.]*):")


def check_fields(q: str) -> None:
    """Raise QuerySyntaxError for `name:` outside quotes when `name` is not a query field."""
    for name in _FIELD.findall(_QUOTED.sub('""', q)):
        if name not in QUERY_FIELDS:
            raise QuerySyntaxError(
                f"unknown field {name!r}; known: {', '.join(sorted(QUERY_FIELDS))}"
            )
