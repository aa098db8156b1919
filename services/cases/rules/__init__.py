"""The legal rules of the cases service: pure functions and constants by article group.

- ``judgments``: receiving a judgment that has taken legal effect (Law Art. 28);
- ``requests``: the request for enforcement (Law Art. 30-31; Decree 62/2015 Art. 4, 7.2);
- ``decisions``: the judgment enforcement decision and its notification (Law Art. 36, 39;
  Decree 62/2015 Art. 7.1, 12);
- ``lifecycle``: the statuses of a case and the transitions allowed between them;
- ``ledger``, ``distribution``, ``payouts``: the money of a case — receipts, the enforcement fee,
  the order of payment, paying out (Law Art. 45, 47; Decree 62/2015 Art. 49; Circular 216/2016);
- ``certificate``: the certificate of result and completion (Decree Art. 37; Law Art. 52);
- ``costs``: exemption and reduction of the enforcement cost (Decree Art. 44);
- ``complaints``: complaints and their limits (Decree Art. 38; Law Art. 140);
- ``exit_suspension``: the debtor's exit (Decree Art. 51);
- ``judicial_assistance``: judicial assistance abroad (Decree Art. 50).

Nothing here imports nameko, eventlet, SQLAlchemy or the models: functions take plain values or
duck-typed objects, and legal parameters come in through the law context (``law.params``).
"""
