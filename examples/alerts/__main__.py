"""`python -m examples.alerts subscriptions.json [--state alerts-state.json]`."""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from examples.alerts.consumer import GROUP, AlertsConsumer
from examples.alerts.subscriptions import Subscription
from stukken.platform.settings import CommonSettings
from stukken.platform.storage import S3Store


def main() -> None:
    parser = argparse.ArgumentParser(description="Alerts on the stukken document log.")
    parser.add_argument("subscriptions", type=Path, help="JSON list of subscriptions")
    parser.add_argument("--state", type=Path, default=Path("alerts-state.json"))
    parser.add_argument("--group", default=GROUP, help="Kafka consumer group")
    args = parser.parse_args()
    settings = CommonSettings()  # STUKKEN_KAFKA_BOOTSTRAP, STUKKEN_S3_* as for the services
    subs = [Subscription.model_validate(s) for s in json.loads(args.subscriptions.read_text())]
    consumer = AlertsConsumer(
        settings.kafka_bootstrap, subs, S3Store(settings), args.state, group_id=args.group
    )
    asyncio.run(consumer.run())


if __name__ == "__main__":
    main()
