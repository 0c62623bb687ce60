from pathlib import Path

import pytest

from services.ingest.s3_events import MalformedEvent, parse_s3_notification

SAMPLES = Path(__file__).parents[1] / "contract" / "samples"


@pytest.mark.parametrize("sender", ["versity", "minio"])
def test_put_event_gives_created_with_the_decoded_key(sender: str) -> None:
    (event,) = parse_s3_notification((SAMPLES / f"{sender}_put.json").read_bytes())
    assert event.action == "created"
    assert (event.bucket, event.key, event.size) == ("inbox", "a/x y.pdf", 14)
    assert event.event_time is not None


@pytest.mark.parametrize("sender", ["versity", "minio"])
def test_delete_event_gives_removed(sender: str) -> None:
    (event,) = parse_s3_notification((SAMPLES / f"{sender}_delete.json").read_bytes())
    assert (event.action, event.key) == ("removed", "a/x y.pdf")


def test_the_gateway_test_event_is_no_object_event() -> None:
    assert parse_s3_notification((SAMPLES / "versity_test_event.json").read_bytes()) == []


def test_key_encoding_can_be_forced() -> None:
    raw = (SAMPLES / "minio_put.json").read_bytes()
    (event,) = parse_s3_notification(raw, "raw")
    assert event.key == "a%2Fx+y.pdf"


def test_other_event_kinds_are_ignored() -> None:
    raw = (
        b'{"Records":[{"eventName":"s3:ObjectAccessed:Get",'
        b'"s3":{"bucket":{"name":"b"},"object":{"key":"k"}}}]}'
    )
    assert parse_s3_notification(raw) == []


@pytest.mark.parametrize(
    "raw,why",
    [
        (b"\xff\xfe", "not JSON"),
        (b"[1]", "not a JSON object"),
        (b"{}", "Records"),
        (b'{"Records":[{"eventName":"s3:ObjectCreated:Put"}]}', "lacks"),
    ],
)
def test_malformed_notifications_say_what_is_wrong(raw: bytes, why: str) -> None:
    with pytest.raises(MalformedEvent, match=why):
        parse_s3_notification(raw)
