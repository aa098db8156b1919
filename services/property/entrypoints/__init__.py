"""The nameko entrypoints of the property service, one class per capability group.

Each method loads its input, calls its handler with ``(data, self.db, self.law, self.caller)``
and dumps the result; ``PropertyService`` (services/property/service.py) is made of these groups.
"""
