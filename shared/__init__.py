"""The platform library: what every service of the enforcement platform stands on.

No business rule of one service lives here; only the mechanisms (config, database unit of work,
outbox, inbox, event contracts, calendar, legal parameters, deadlines, identity, audit, metrics).
"""
