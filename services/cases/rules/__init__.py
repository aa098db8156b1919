"""The legal rules of the cases service: pure functions and constants by article group.

- ``judgments``: receiving a judgment that has taken legal effect (Law Art. 28);
- ``requests``: the request for enforcement (Law Art. 30-31; Decree 62/2015 Art. 4, 7.2);
- ``decisions``: the judgment enforcement decision and its notification (Law Art. 36, 39;
  Decree 62/2015 Art. 7.1, 12);
- ``lifecycle``: the statuses of a case and the transitions allowed between them.

Nothing here imports nameko, eventlet, SQLAlchemy or the models: functions take plain values or
duck-typed objects, and legal parameters come in through the law context (``law.params``).
"""
