"""The nameko entrypoints of the personnel service, one class per capability group.

Each method loads its input, calls its handler with ``(data, self.db, self.law, self.caller)``
and dumps the result; ``PersonnelService`` (services/personnel/service.py) is made of these
groups.
"""
