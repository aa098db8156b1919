"""Revoking a judgment enforcement decision and issuing a new one (Decree 62/2015 Art. 15.3;
Law on Civil Judgment Enforcement Art. 37 as we read it: its text is not in our sources, so its
grounds are medium confidence)."""

#: The grounds of revocation, each with its legal basis.
ULTRA_VIRES = "ultra_vires"
ERROR_CHANGING_CONTENT = "error_changing_content"
BASIS_CEASED = "basis_ceased"
RIGHTS_TRANSFERRED = "rights_transferred"
GROUNDS = {
    ULTRA_VIRES: "Law on Civil Judgment Enforcement Art. 37.1(a) (issued without competence)",
    ERROR_CHANGING_CONTENT: "Law on Civil Judgment Enforcement Art. 37.1(b) (an error that "
                            "changes the content of the matter)",
    BASIS_CEASED: "Law on Civil Judgment Enforcement Art. 37.1(c) (the basis of the decision "
                  "no longer exists)",
    RIGHTS_TRANSFERRED: "Law on Civil Judgment Enforcement Art. 37.1(d), 54; Decree 62/2015 "
                        "Art. 15.3 (rights and obligations transferred)",
}

#: The transfers of rights or obligations (``rules.transfer`` kinds recorded, not refused) on
#: which Decree Art. 15.3 revokes and re-issues the decision.
TRANSFER_RECORDED = "recorded"


def reissue_refused_because(ground, reissue):
    """Decree 62/2015 Art. 15.3 and Law Art. 37: whether the new decision asked for (``reissue``,
    None when none) fits the ground, or why not.

    Art. 15.3: on a transfer of rights and obligations the revoked decision **must** be replaced
    by a new one for the transferred and the remaining rights and obligations. A decision issued
    without competence is revoked, and the competent authority, not this one, issues the new
    decision (Law Art. 37.1(a)). For an error or a basis that no longer exists the new decision
    is optional (the corrected decision; the decision on the amended judgment)."""
    if ground == RIGHTS_TRANSFERRED and reissue is None:
        return ("Decree 62/2015 Art. 15.3: on a transfer of rights and obligations a new "
                "decision must be issued with the revocation")
    if ground == ULTRA_VIRES and reissue is not None:
        return ("Law Art. 37.1(a): a decision issued without competence is re-issued by the "
                "competent authority, not by this one")
    return None


def transfer_refused_because(transfer, case_id):
    """Decree 62/2015 Art. 15.3 (first paragraph): the revocation on a transfer rests on the
    transfer decided for this case; why ``transfer`` (a recorded ``RightsTransfer`` or None)
    cannot support it, or None."""
    if transfer is None or transfer.case_id != case_id:
        return "no transfer of rights or obligations was recorded for this case"
    if transfer.outcome != TRANSFER_RECORDED:
        return "the transfer of rights or obligations was refused"
    return None


def revocation_precedes_decision(revoked_on, issued_on):
    """Law Art. 37: a decision is revoked after it was issued, so a revocation dated before it
    is refused."""
    return revoked_on < issued_on


def reissue_precedes_revocation(reissued_on, revoked_on):
    """Decree 62/2015 Art. 15.3: the new decision follows the revocation (the same day or
    later)."""
    return reissued_on < revoked_on
