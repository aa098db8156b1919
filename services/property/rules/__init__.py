"""The legal rules of the property service: pure functions and constants by article group.

- ``items``: what an item of the debtor's property is and how it is recorded (Law on Civil
  Judgment Enforcement Art. 44; Decree 62/2015 Art. 9);
- ``coercion``: when a forcible measure may be carried out (Law Art. 46; Decree 62/2015
  Art. 13.2);
- ``lifecycle``: how an item comes to the case (declared or found) and the transitions allowed.

Nothing here imports nameko, eventlet, SQLAlchemy or the models: functions take plain values
and the law context (``law.params``, ``law.calendar``).
"""
