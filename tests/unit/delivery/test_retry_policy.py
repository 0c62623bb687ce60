"""The retry topic's schedule and headers."""

from __future__ import annotations

from types import SimpleNamespace

from stukken.platform import retry


def test_delays_grow_up_to_a_cap_and_the_rounds_end() -> None:
    policy = retry.RetryPolicy(rounds=4, delay_s=5, max_delay_s=30)
    assert [policy.delay(r) for r in (1, 2, 3, 4)] == [5, 10, 20, 30]
    assert policy.next_round(0) == 1 and policy.next_round(3) == 4
    assert policy.next_round(4) is None


def test_a_retried_message_keeps_its_headers_and_says_when_it_is_due() -> None:
    headers = retry.retry_headers(
        [("correlation_id", b"c1"), ("bin", b"\xff"), (retry.ROUND, b"1")], 2, 1000.0, "e" * 999
    )
    record = SimpleNamespace(headers=[(k, v.encode()) for k, v in headers.items()])
    assert headers["correlation_id"] == "c1" and retry.round_of(record) == 2
    assert len(headers[retry.ERROR]) == 300
    assert retry.wait_s(record, now_s=990.0) == 10.0
    assert retry.wait_s(record, now_s=2000.0) == 0.0
    assert retry.wait_s(record, now_s=0.0, cap_s=60) == 60  # a forged due time cannot block long
    assert retry.round_of(SimpleNamespace(headers=[(retry.ROUND, b"zz")])) == 0
