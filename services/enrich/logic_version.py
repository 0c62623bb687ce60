"""The enrichment logic's version: bump it when references or entities found change, so
`stukken reprocess --stage enrich` results flow as updates (stukken/contracts/logic.py)."""

ENRICHER_VERSION = "60"
