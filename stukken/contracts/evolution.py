"""Which changes between two JSON Schemas of one event would break a consumer of the older one.

The rule of the contract (README, "Contract evolution"): within a `schema_version` a change is
additive. A consumer written against an older schema must keep working on newer payloads, so a
newer schema may add optional properties, new enum values and new `$defs`, and may loosen a type,
but may not remove or rename a property, make a property required that was not, narrow a type,
remove an enum value or refuse properties it used to allow.
"""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]


def breaking_changes(old: Schema, new: Schema) -> list[str]:
    """Human-readable reasons why `new` is not an additive change of `old` (empty: additive)."""
    problems: list[str] = []
    _compare(old, new, old.get("$defs", {}), new.get("$defs", {}), "#", problems, set())
    return problems


def _compare(
    old: Schema,
    new: Schema,
    old_defs: dict[str, Schema],
    new_defs: dict[str, Schema],
    where: str,
    problems: list[str],
    seen: set[str],
) -> None:
    old, old_name = _resolve(old, old_defs)
    new = _resolve(new, new_defs)[0]
    if old_name is not None:
        if old_name in seen:  # recursive models: each definition once
            return
        seen = seen | {old_name}
    old_types, new_types = _types(old), _types(new)
    if old_types and new_types and not old_types <= new_types:
        problems.append(f"{where}: type {sorted(old_types)} narrowed to {sorted(new_types)}")
    if "enum" in old and "enum" in new:
        gone = set(map(str, old["enum"])) - set(map(str, new["enum"]))
        if gone:
            problems.append(f"{where}: enum values removed: {sorted(gone)}")
    if old.get("additionalProperties") is not False and new.get("additionalProperties") is False:
        problems.append(f"{where}: no longer allows additional properties")
    added_required = set(new.get("required", ())) - set(old.get("required", ()))
    if added_required:
        problems.append(f"{where}: newly required {sorted(added_required)}")
    new_props = new.get("properties", {})
    for name, old_prop in old.get("properties", {}).items():
        if name not in new_props:
            problems.append(f"{where}.{name}: removed")
            continue
        here = f"{where}.{name}"
        _compare(old_prop, new_props[name], old_defs, new_defs, here, problems, seen)
    if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
        _compare(old["items"], new["items"], old_defs, new_defs, f"{where}[]", problems, seen)
    _compare_variants(old, new, old_defs, new_defs, where, problems, seen)


def _compare_variants(
    old: Schema,
    new: Schema,
    old_defs: dict[str, Schema],
    new_defs: dict[str, Schema],
    where: str,
    problems: list[str],
    seen: set[str],
) -> None:
    """anyOf alternatives (optional fields are `X | None`): each old object variant lives on."""
    old_objects = [_resolve(v, old_defs)[0] for v in old.get("anyOf", ())]
    new_objects = [_resolve(v, new_defs)[0] for v in new.get("anyOf", ())]
    for variant in old_objects:
        if variant.get("type") != "object" or not new_objects:
            continue
        twins = [v for v in new_objects if v.get("title") == variant.get("title")]
        if not twins:
            problems.append(f"{where}: variant {variant.get('title')!r} removed")
            continue
        _compare(variant, twins[0], old_defs, new_defs, where, problems, seen)


def _resolve(schema: Schema, defs: dict[str, Schema]) -> tuple[Schema, str | None]:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        name = ref.removeprefix("#/$defs/")
        return defs.get(name, {}), name
    return schema, None


def _types(schema: Schema) -> set[str]:
    """The JSON types a schema admits, looking through anyOf; empty when it does not say."""
    if "type" in schema:
        kind = schema["type"]
        return set(kind) if isinstance(kind, list) else {kind}
    types: set[str] = set()
    for variant in schema.get("anyOf", ()):
        variant_types = _types(variant) if "$ref" not in variant else {"object"}
        if not variant_types:
            return set()
        types |= variant_types
    return types
