"""The nameko entrypoints of the disclosure service, one class per capability group.

Each method loads its input, calls its handler with ``(data, self.db, self.law, self.caller)``
and dumps the result (the portal renders it); ``DisclosureService``
(services/disclosure/service.py) is made of these groups.
"""
