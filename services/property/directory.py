"""The institutions property sends orders to (banks, the State Treasury, VSDC) and their keys.

Plain data, no nameko: the ``Institutions`` provider (services/property/institutions.py) builds
it from the config, handler tests build it directly. ``INSTITUTIONS`` names each institution's
kind (``bank``, ``treasury`` or ``vsdc``: the exchange it answers on), its name and address (the
garnishee of Decree 62/2015 Art. 21.1(d)) and, optionally, its broker ``login``; the keys are
``shared.signing.KeyRing`` from ``INSTITUTION_KEYS`` (never in the repository).
"""
from dataclasses import dataclass

from shared.errors import ValidationError
from shared.signing import KeyRing

KINDS = ("bank", "treasury", "vsdc")


@dataclass(frozen=True)
class Institution:
    id: str
    kind: str
    name: str
    address: str
    login: str | None = None  # the broker login it publishes with, when checked


class Directory:
    def __init__(self, institutions, keys):
        self.institutions = {
            ident: Institution(ident, spec["kind"], spec["name"], spec.get("address", ""),
                               spec.get("login"))
            for ident, spec in (institutions or {}).items()}
        unknown = {i.kind for i in self.institutions.values()} - set(KINDS)
        if unknown:
            raise ValueError(f"unknown institution kinds {sorted(unknown)}")
        self.keys = keys if isinstance(keys, KeyRing) else KeyRing.from_config(keys)

    def institution(self, ident, field="institution"):
        """The institution ``ident``, if the platform can sign for it; else a
        ``ValidationError`` naming ``field``."""
        found = self.institutions.get(ident)
        if found is None or not self.keys.knows(ident):
            raise ValidationError(f"unknown institution {ident!r}",
                                  {field: [f"one of {', '.join(sorted(self.usable()))}"]})
        return found

    def usable(self):
        return [i for i in self.institutions if self.keys.knows(i)]
