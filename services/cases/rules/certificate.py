"""The written verification of the result of enforcement (Decree 62/2015 Art. 37) and the
completion of a case (Law Art. 52), read from the ledger."""
FULL, PARTIAL, NONE = "fully", "partly", "not"

#: Decree 62/2015 Art. 37.1-37.2: the legal basis of the certificate of result.
CERTIFICATE_ISSUED = "Decree 62/2015 Art. 37"
#: Law Art. 52; Decree 62/2015 Art. 11.3: the obligation is fulfilled; the debtor leaves the
#: register and every measure securing it is lifted.
FULFILLED = "Law on Civil Judgment Enforcement Art. 52; Decree 62/2015 Art. 11.3, 37"
#: Law Art. 52: a case whose obligations are all fulfilled is completed (closed).
CASE_CLOSED_FULFILLED = "Law on Civil Judgment Enforcement Art. 52 (obligations fulfilled)"


def result_of(due, paid):
    """Decree Art. 37.2: whether an obligation (or one period of it) was fully, partly or not
    discharged, from what was due and what was paid (đồng)."""
    if paid >= due:
        return FULL
    return PARTIAL if paid > 0 else NONE


def periods_result(instalments, paid):
    """Decree Art. 37.2 (obligations of each period): ``paid`` applied to the instalments
    oldest first; each period with what was due, paid and its result."""
    out, left = [], paid
    for item in sorted(instalments, key=lambda i: str(i["due_on"])):
        due = int(item["amount"] or 0)
        took = min(left, due)
        left -= took
        out.append({"due_on": str(item["due_on"]), "due": due, "paid": took,
                    "result": result_of(due, took)})
    return out


def obligation_due(amount, instalments):
    """What an obligation asks in all: its amount, or for a periodic one the sum of its
    instalments (đồng)."""
    if instalments:
        return sum(int(i["amount"] or 0) for i in instalments)
    return int(amount or 0)


def obligation_result(obligation_id, amount, instalments, paid):
    """Decree Art. 37.2: one obligation's line of the certificate."""
    due = obligation_due(amount, instalments)
    return {"obligation_id": obligation_id, "due": due, "paid": min(paid, due),
            "result": result_of(due, paid),
            "periods": periods_result(instalments, paid) if instalments else []}


def all_fulfilled(results):
    """Law Art. 52: the case is fulfilled when every obligation it enforces is fully
    discharged."""
    return bool(results) and all(r["result"] == FULL for r in results)
