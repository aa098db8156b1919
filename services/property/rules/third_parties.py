"""Collecting the debtor's money or property held by a third party (Decree 62/2015 Art. 23), as
pure rules: the written request, and what follows when the third party does not comply."""

ART_23_1 = "Decree 62/2015 Art. 23.1"
ART_23_2 = "Decree 62/2015 Art. 23.2"
ART_23_3 = "Decree 62/2015 Art. 23.3"
REQUESTED = "Decree 62/2015 Art. 23.1, 23.3 (written request to deliver to the authority)"

NONE, FORCIBLE, COMPENSATION = "none", "forcible_measures", "compensation_and_forcible_measures"


def third_party_consequence(complied, delivered_elsewhere):
    """What follows a third party's answer to the officer's written request:

    - it delivered to the authority: nothing more (Art. 23.1);
    - it did not, and still holds the money or property: security and forcible measures against
      it (Art. 23.1 "Otherwise..."; 23.3 for one paying the debtor what is owed to the creditor,
      the costs then borne by that third party);
    - it gave them to the debtor or another person instead: it compensates the judgment
      creditor (Art. 23.2), and forcible measures still apply.

    Returns ``(code, article, text)``."""
    if complied:
        return NONE, ART_23_1, "delivered to the enforcement authority"
    if delivered_elsewhere:
        return (COMPENSATION, ART_23_2, "did not comply and gave the money or property to the "
                "debtor or another person: compensates the judgment creditor")
    return (FORCIBLE, ART_23_1 + "; " + ART_23_3, "did not comply: security and forcible "
            "measures are taken against the holder, who bears their cost")
