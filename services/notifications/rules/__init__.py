"""The legal rules of the notifications service: pure functions and constants by article group.

- ``notices``: who is notified of a document, the initial channel and the delivery time limit (Law
  Art. 39-42; Decree 62/2015 Art. 12.1);
- ``delivery``: a delivery attempt, its outcome and when a notice becomes valid (Law Art. 40;
  Decree 62/2015 Art. 12.4);
- ``channels``: consent, requests, reported addresses and the channel of a later notice, and
  where a failed channel escalates (Decree 62/2015 Art. 12.1-12.3, 12.5);
- ``dispatch``: what follows a failed send by an adapter, and the basis of an electronic
  delivery (Art. 12.1-12.2);
- ``documents``: the documents beyond the enforcement decision and their recipients;
- ``property_acts``: which act of ``property`` on seized property is notified, as which
  document, from which day, to whom (Decree 62/2015 Art. 17, 24-27; Law Art. 39.1);
- ``lifecycle``: the statuses of a notice and the transitions allowed between them.

Nothing here imports nameko, eventlet, SQLAlchemy or the models: functions take plain values.
"""
