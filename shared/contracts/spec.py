"""The bus contracts as JSON Schema (OpenAPI 3.1 components), for parties outside the platform.

``python -m shared.contracts.spec`` rewrites ``docs/contracts.json`` from the registered
marshmallow schemas; a test fails when the file is out of date, so the published document is
always the code's.
"""
import json
import sys

from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin

from shared.config import ROOT
from shared.events import CONTRACTS, Envelope, exchange_name

OUTPUT = ROOT / "docs" / "contracts.json"


def published():
    """The contracts defined in ``shared.contracts``; a test's own contract is never published."""
    return {key: value for key, value in sorted(CONTRACTS.items())
            if type(value[1]).__module__.startswith("shared.contracts.")}


def build():
    contracts = published()
    spec = APISpec(title="Civil judgment enforcement: bus contracts", version="1",
                   openapi_version="3.1.0", plugins=[MarshmallowPlugin()])
    spec.components.schema("Envelope", schema=Envelope)
    for (event_type, version), (_, schema) in contracts.items():
        spec.components.schema(f"{event_type}.v{version}", schema=type(schema))
    document = spec.to_dict()
    schemas = document["components"]["schemas"]
    for (event_type, version), (source, schema) in contracts.items():
        schemas[f"{event_type}.v{version}"].update({
            "x-exchange": exchange_name(source), "x-routing-key": event_type,
            "x-version": version, "description": " ".join((type(schema).__doc__ or "").split())})
    return document


def render():
    return json.dumps(build(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main():
    OUTPUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({len(published())} contracts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
