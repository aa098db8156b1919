"""The legal rules of the disclosure service: pure functions and constants by article group.

- ``register``: what the public register publishes, when an entry is listed, the time limits
  to publish and remove it and the grounds of removal (Decree 62/2015 Art. 11; Law on Civil
  Judgment Enforcement Art. 44a);
- ``notices``: public notices and how long each is shown (Art. 11.1, 12.5, 15.1, 27);
- ``statistics``: the arithmetic of the open statistics (counts and sums, nothing personal);
- ``lifecycle``: the statuses of an entry (published, removed) and the transitions allowed.

Nothing here imports nameko, eventlet, SQLAlchemy or the models: functions take plain values
or duck-typed objects, and the law context where a period is counted.
"""
