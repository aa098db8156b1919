"""Receiving judgments (Law on Civil Judgment Enforcement Art. 28)."""

#: Law Art. 28: the court sends the judgment that has taken legal effect to the enforcement
#: authority; the legal basis of the audit record of its receipt.
JUDGMENT_RECEIVED = "Law on Civil Judgment Enforcement Art. 28"
