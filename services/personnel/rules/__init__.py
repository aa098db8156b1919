"""The legal rules of the personnel service: pure functions and constants by article group.

- ``authorities``: the authority tree, its levels and which parent each may have, as dated
  legal parameters (Decree 62/2015 Art. 52-54; the 2025 reorganisation), and who may register
  an authority in it.

Authorities have no statuses (an authority is valid from a day to a day), so there is no
lifecycle module. Nothing here imports nameko, eventlet, SQLAlchemy or the models: functions
take plain values, and legal parameters come in through the law context (``law.params``).
"""
