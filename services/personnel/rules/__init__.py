"""The legal rules of the personnel service: pure functions and constants by article group.

- ``authorities``: the authority tree, its levels and which parent each may have, as dated
  legal parameters (Decree 62/2015 Art. 52-54; the 2025 reorganisation), and who may register
  an authority in it.
- ``staff``: positions and ranks (Law Art. 17-18; Decree 62/2015 Art. 54.2, 66-72), holdings as
  dated rows, who administers whom, who is an eligible enforcement officer.
- ``assignment``: relations that bar an officer from a party's case (Law Art. 21.5; Decree
  Art. 10.1) and the choice of the least loaded eligible officer (Law Art. 36).
- ``divisions``: the competent authority of a province or commune on a day, as dated rows
  (Law Art. 35; Decree Art. 16).
- ``lifecycle``: the statuses of officers and assignments and their transitions.

Authorities have no statuses (an authority is valid from a day to a day). Nothing here imports nameko, eventlet, SQLAlchemy or the models: functions
take plain values, and legal parameters come in through the law context (``law.params``).
"""
