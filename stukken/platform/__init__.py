"""Shared plumbing every service uses: settings, logging, metrics, storage, Kafka, claim check."""
