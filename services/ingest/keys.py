"""Object keys as the S3 server stores them.

The Versity gateway (a POSIX backend) stores `a//b.pdf`, `/b.pdf`, `a/./b.pdf` and `x/../b.pdf`
under the cleaned path (`a/b.pdf`, `b.pdf`), while its bucket event carries the key as sent; AWS
keeps such keys as they are, MinIO refuses them. Ingest must name the document by the key the
bucket lists, or the reconciler finds a second document for the same object. So for a key that
cleaning would change, the listing decides which of the two exists.
"""

from __future__ import annotations

from collections.abc import Callable

from stukken.platform.storage import ListedObject


def cleaned(key: str) -> str:
    """The key as a POSIX path cleaner leaves it: no empty, `.` or `..` segments."""
    parts: list[str] = []
    for part in key.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    out = "/".join(parts)
    return out + "/" if out and key.endswith("/") else out


def stored_key(key: str, listing: Callable[[str], list[ListedObject]]) -> str:
    """The key under which the bucket holds this object: the key itself unless only its cleaned
    form is listed. `listing(prefix)` lists the bucket under a prefix."""
    clean = cleaned(key)
    if clean == key or not clean:
        return key
    if any(o.key == key for o in listing(key)):
        return key
    if any(o.key == clean for o in listing(clean)):
        return clean
    return key
