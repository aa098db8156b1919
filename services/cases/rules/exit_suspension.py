"""Suspension of the judgment debtor's exit from Vietnam (Decree 62/2015 Art. 51).

The head of the authority suspends the exit of a debtor who has not fulfilled his obligations,
on the creditor's request (51.1(a)) or on grounds that the exit harms the rights of the State,
organisations or persons or to secure enforcement (51.1(b)), and sends the decision to the
immigration authority; for an organisation, its legal representative's exit. The exemptions of
51.2 (a)-(e) keep a debtor from suspension. The suspension is lifted (51.4) when the judgment is
cancelled, its basis no longer exists — the ledger shows what the debtor owes covered — or an
exemption of 51.2 arises.
"""
BASES = {"51.1.a": "the judgment creditor requests it",
         "51.1.b": "grounds that the exit harms the rights of the State, organisations or persons, "
                   "or to secure enforcement"}

#: Decree Art. 51.2 (a)-(e): each exemption with the evidence it rests on.
EXEMPTIONS = {
    "51.2.a": "the debtor's property covers the liability and a notarised, irrevocable "
              "authorisation names who satisfies the judgment",
    "51.2.b": "a notarised, irrevocable authorisation of a person whose property covers the "
              "liability and who undertakes to discharge it",
    "51.2.c": "the judgment creditor agrees to the exit",
    "51.2.d": "the prescriptive limit for requesting enforcement expired without legal basis to "
              "accept a late request",
    "51.2.dd": "a foreigner of a less serious crime, fatally ill or without property or income in "
               "Vietnam, with a commitment certified by a Vietnamese mission",
    "51.2.e": "a written request of a police authority or diplomatic mission in the cases of "
              "51.2(e)",
}
#: Decree Art. 51.4: grounds of lifting besides the exemptions.
LIFT_GROUNDS = {"fulfilled": "the basis of the suspension no longer exists: what the debtor owes "
                             "is covered",
                "judgment_cancelled": "the judgment was cancelled on cassation or reopening",
                "basis_ceased": "the basis of the suspension no longer exists",
                **EXEMPTIONS}

SUSPENDED = "Decree 62/2015 Art. 51.1"
REFUSED = "Decree 62/2015 Art. 51.1, 51.2"
LIFTED = "Decree 62/2015 Art. 51.4"


def refusal_reasons(basis, requested_by, creditors, exemptions, owed):
    """Decree Art. 51.1-51.2: why an exit suspension is not decided (empty when it is):
    nothing left unfulfilled (51.1), a request under 51.1(a) not from a creditor of the case,
    or an exemption of 51.2 proved with its evidence (each listed with its letter)."""
    reasons = []
    if owed <= 0:
        reasons.append("the debtor has no unfulfilled obligation left (Decree 62/2015 Art. 51.1)")
    if basis == "51.1.a" and requested_by not in creditors:
        reasons.append("a suspension on request is asked by a judgment creditor of the case "
                       "(Decree 62/2015 Art. 51.1(a))")
    for claimed in exemptions:
        if claimed["ground"] in EXEMPTIONS and claimed.get("evidence_reference"):
            clause, point = claimed["ground"].rsplit(".", 1)
            reasons.append(f"exempt under Decree 62/2015 Art. {clause}({point}): "
                           f"{EXEMPTIONS[claimed['ground']]} ({claimed['evidence_reference']})")
    return reasons


def basis_ceased(received, owed_total):
    """Decree Art. 51.4: the basis of the suspension no longer exists once the money received
    for the debtor covers everything owed (obligations and the debtor's enforcement costs),
    whether or not it was distributed yet."""
    return owed_total > 0 and received >= owed_total
