"""The nameko entrypoints of the notifications service, one class per capability group.

Each method loads its input, calls its handler with ``(data, self.db, self.law, self.caller)``
and dumps the result; ``NotificationsService`` (services/notifications/service.py) is made of
these groups.
"""
