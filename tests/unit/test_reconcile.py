import json

from services.ingest.intake import LedgerEntry
from services.ingest.reconcile import SENDER, as_notification, missed_events
from services.ingest.s3_events import parse_s3_notification
from stukken.contracts import doc_id_for
from stukken.platform.storage import ListedObject


def entry(key: str, etag: str) -> tuple[str, LedgerEntry]:
    return doc_id_for("inbox", key), LedgerEntry(key, "v", etag)


def test_unknown_and_changed_objects_are_created_and_vanished_ones_removed() -> None:
    listed = [
        ListedObject("same.pdf", "e1", 10),
        ListedObject("new.pdf", "e2", 20),
        ListedObject("changed.pdf", "e3-new", 30),
    ]
    ledger = dict([entry("same.pdf", "e1"), entry("changed.pdf", "e3"), entry("gone.pdf", "e4")])
    events = {(e.action, e.key) for e in missed_events("inbox", listed, ledger)}
    assert events == {("created", "new.pdf"), ("created", "changed.pdf"), ("removed", "gone.pdf")}


def test_recent_objects_are_left_to_their_own_notification() -> None:
    listed = [ListedObject("fresh.pdf", "e", 1)]
    assert missed_events("inbox", listed, {}, recent={"fresh.pdf"}) == []


def test_synthetic_notifications_read_back_as_the_same_events() -> None:
    events = missed_events("inbox", [ListedObject("a b/c+d.pdf", "e", 5)], dict([entry("x", "y")]))
    parsed = parse_s3_notification(as_notification(events))
    assert [(e.action, e.bucket, e.key, e.sender) for e in parsed] == [
        ("created", "inbox", "a b/c+d.pdf", SENDER),
        ("removed", "inbox", "x", SENDER),
    ]


def test_a_garbled_bucket_name_is_corrected_by_the_arn() -> None:
    record = {
        "eventName": "s3:ObjectCreated:Put",
        "eventSource": "aws:s3",
        "s3": {
            "bucket": {"name": "stukk", "arn": "arn:aws:s3:::/inbox/a/x.pdf"},
            "object": {"key": "a/x.pdf", "size": 1},
        },
    }
    (event,) = parse_s3_notification(json.dumps({"Records": [record]}).encode())
    assert event.bucket == "inbox"
