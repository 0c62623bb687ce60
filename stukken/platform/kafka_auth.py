"""Kafka credentials (SASL/SCRAM) from the common settings, for every kind of Kafka client.

Unset (the default, the local stack) means PLAINTEXT without credentials. The docker-compose
deployment sets STUKKEN_KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT and a user and password.
"""

from __future__ import annotations

from typing import Any

from faststream.security import BaseSecurity, SASLScram256, SASLScram512

from stukken.platform.settings import CommonSettings


def aiokafka_options(settings: CommonSettings) -> dict[str, Any]:
    """Keyword arguments for aiokafka's producer, consumer and admin client."""
    if settings.kafka_security_protocol == "PLAINTEXT":
        return {}
    return {
        "security_protocol": settings.kafka_security_protocol,
        "sasl_mechanism": settings.kafka_sasl_mechanism,
        "sasl_plain_username": settings.kafka_username,
        "sasl_plain_password": settings.kafka_password,
    }


def broker_security(settings: CommonSettings) -> BaseSecurity | None:
    """`security=` of FastStream's KafkaBroker (make_broker)."""
    if settings.kafka_security_protocol == "PLAINTEXT":
        return None
    scram = SASLScram256 if settings.kafka_sasl_mechanism == "SCRAM-SHA-256" else SASLScram512
    return scram(
        username=settings.kafka_username or "",
        password=settings.kafka_password or "",
        use_ssl=settings.kafka_security_protocol == "SASL_SSL",
    )
