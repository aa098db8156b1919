"""The legal rules of the notifications service: pure functions and constants by article group.

- ``notices``: who is notified of a document and by which channel (Law on Civil Judgment
  Enforcement Art. 39; Decree 62/2015 Art. 12);
- ``lifecycle``: the statuses of a notice and the transitions allowed between them.

Nothing here imports nameko, eventlet, SQLAlchemy or the models: functions take plain values.
"""
