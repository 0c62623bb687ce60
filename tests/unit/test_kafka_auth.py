"""Kafka credentials from the settings, for aiokafka clients and FastStream's broker."""

from __future__ import annotations

import pytest
from faststream.security import SASLScram512

from stukken.platform.kafka_auth import aiokafka_options, broker_security
from stukken.platform.settings import CommonSettings


def test_plaintext_by_default() -> None:
    settings = CommonSettings()
    assert aiokafka_options(settings) == {} and broker_security(settings) is None


def test_scram_when_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUKKEN_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("STUKKEN_KAFKA_USERNAME", "stukken")
    monkeypatch.setenv("STUKKEN_KAFKA_PASSWORD", "s3cret")
    settings = CommonSettings()
    assert aiokafka_options(settings) == {
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "stukken",
        "sasl_plain_password": "s3cret",
    }
    security = broker_security(settings)
    assert isinstance(security, SASLScram512) and not security.use_ssl
