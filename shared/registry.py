"""The registry of event contracts: which schema each (event type, version) must satisfy.

``shared.contracts`` registers the published language of the bus here; ``shared.events`` builds
and checks envelopes against it. Both import this module, and neither imports the other.
"""
from shared.errors import ValidationError

CONTRACTS = {}  # (type, version) -> (source service, schema instance)


def contract(event_type, version, source):
    """Register a payload schema as the contract of ``event_type`` at ``version``."""

    def register(schema_cls):
        key = (event_type, version)
        if key in CONTRACTS:
            raise RuntimeError(f"contract {event_type} v{version} registered twice")
        CONTRACTS[key] = (source, schema_cls())
        schema_cls.event_type, schema_cls.version, schema_cls.source = event_type, version, source
        return schema_cls

    return register


def latest_version(event_type):
    versions = [v for (t, v) in CONTRACTS if t == event_type]
    if not versions:
        raise ValidationError(f"unknown event type {event_type!r}", {"type": ["unknown"]})
    return max(versions)


def source_of(event_type):
    return CONTRACTS[(event_type, latest_version(event_type))][0]


def schema_of(event_type, version):
    try:
        return CONTRACTS[(event_type, version)][1]
    except KeyError:
        raise ValidationError(f"no contract for event {event_type!r} version {version}",
                              {"type": [f"no contract for {event_type} v{version}"]}) from None
