"""The wire contract with banks, the State Treasury and VSDC as JSON Schema, one file per
message: ``python -m services.property.integrations`` rewrites ``docs/integrations/``.

Generated from the very marshmallow schemas the platform validates with (shared/contracts:
``property`` orders, ``bank``/``treasury``/``vsdc`` answers, through ``shared.contracts.spec``),
so the document cannot drift from the code; a test fails when the files are out of date.
Each file is a self-contained JSON Schema (draft 2020-12) of the whole envelope, payload
included, with ``x-exchange`` and ``x-routing-key`` saying where the message travels.
"""
import json
import sys

from shared.config import ROOT
from shared.contracts.spec import build
from shared.registry import CONTRACTS

from services.property.rules.institutions import ORDER_KINDS

OUTPUT = ROOT / "docs" / "integrations"
INSTITUTION_SOURCES = ("bank", "treasury", "vsdc")
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def messages():
    """``[(type, version, direction)]``: orders out, then answers in, sorted."""
    orders = sorted(kind.event_type for kind in ORDER_KINDS.values())
    answers = sorted(t for (t, _), (source, _) in CONTRACTS.items()
                     if source in INSTITUTION_SOURCES)
    return [(t, 1, "order") for t in orders] + [(t, 1, "answer") for t in answers]


def _local(node):
    """Rewrite OpenAPI component references as local ``$defs`` references."""
    text = json.dumps(node).replace("#/components/schemas/", "#/$defs/")
    return json.loads(text)


def _used(node, components, found):
    """The component names ``node`` refers to, transitively."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if ref and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in found:
                found.add(name)
                _used(components[name], components, found)
        for value in node.values():
            _used(value, components, found)
    elif isinstance(node, list):
        for value in node:
            _used(value, components, found)
    return found


def schema_of(event_type, version, direction, components):
    payload = dict(components[f"{event_type}.v{version}"])
    exchange, routing = payload.pop("x-exchange"), payload.pop("x-routing-key")
    payload.pop("x-version", None)
    description = payload.pop("description", "")
    if direction == "order":
        routing = f"institution.<institution>.{event_type}"
    envelope = json.loads(json.dumps(components["Envelope"]))
    envelope["properties"].update({
        "type": {"const": event_type}, "version": {"const": version},
        "authority": {"type": "string", "minLength": 1, "maxLength": 50},
        "case_id": {"type": "string", "minLength": 1, "maxLength": 36},
        "correlation_id": {"type": "string", "minLength": 1},
        "payload": {"$ref": "#/$defs/payload"}})
    envelope["required"] = sorted(set(envelope.get("required", [])) | {"case_id"})
    defs = {name: components[name] for name in sorted(_used(payload, components, set()))}
    return _local({"$schema": DIALECT, "$id": f"{event_type}.v{version}.schema.json",
                   "title": f"{event_type} v{version} ({direction})", "description": description,
                   "x-exchange": exchange, "x-routing-key": routing,
                   "x-direction": direction, **envelope,
                   "$defs": {"payload": payload, **defs}})


def render():
    """``{file name: text}`` of every message's schema."""
    components = build()["components"]["schemas"]
    return {f"{t}.v{v}.schema.json": json.dumps(schema_of(t, v, d, components), indent=2,
                                                ensure_ascii=False, sort_keys=True) + "\n"
            for t, v, d in messages()}


def main():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    files = render()
    for stale in set(p.name for p in OUTPUT.glob("*.schema.json")) - set(files):
        (OUTPUT / stale).unlink()
    for name, text in files.items():
        (OUTPUT / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} schemas to {OUTPUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
