"""The nameko entrypoints of the cases service, one class per capability group.

Each method loads its input with a schema, calls its handler with ``(data, self.db, self.law,
self.caller)`` and dumps the result; ``CasesService`` (services/cases/service.py) is made of
these groups. Importing ``shared.entrypoints`` registers the platform's typed errors with
nameko, so they cross the wire as themselves.
"""
