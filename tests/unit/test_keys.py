"""Event keys named as the bucket stores them (the gateway cleans `//`, `.` and `..`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from services.ingest.keys import cleaned, stored_key
from stukken.platform.storage import ListedObject


@pytest.mark.parametrize(
    "raw,clean",
    [
        ("a/b.pdf", "a/b.pdf"),
        ("a//b.pdf", "a/b.pdf"),
        ("/b.pdf", "b.pdf"),
        ("a/./b.pdf", "a/b.pdf"),
        ("x/../b.pdf", "b.pdf"),
        ("../../b.pdf", "b.pdf"),
        ("d/e/../../b.pdf", "b.pdf"),
        ("i/.../b.pdf", "i/.../b.pdf"),
        ("a/b/", "a/b/"),
    ],
)
def test_keys_are_cleaned_like_a_posix_path(raw: str, clean: str) -> None:
    assert cleaned(raw) == clean


def listing(*keys: str) -> Callable[[str], list[ListedObject]]:
    def lister(prefix: str) -> list[ListedObject]:
        return [ListedObject(k, "e", 1) for k in keys if k.startswith(prefix)]

    return lister


def test_the_listing_decides_which_key_the_object_has() -> None:
    assert stored_key("x/../b.pdf", listing("b.pdf")) == "b.pdf"  # the gateway cleaned it
    assert stored_key("a//b.pdf", listing("a//b.pdf", "a/b.pdf")) == "a//b.pdf"  # AWS kept it
    assert stored_key("a//gone.pdf", listing()) == "a//gone.pdf"
    assert stored_key("plain.pdf", listing()) == "plain.pdf"
