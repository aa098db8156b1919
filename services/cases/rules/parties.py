"""The parties of a judgment: who they are (a person or an organisation), the number that
identifies them, and who may see that number.

The number is personal data (Decree 13/2023/ND-CP on personal data protection): the office
needs it to verify conditions and to enforce (Decree 62/2015 Art. 9.1: verification of the
debtor's conditions; Law Art. 44), so only the officers who act on the case see it."""

#: Party kinds and the identity documents each may give (citizen identity card or passport
#: for a person; enterprise or other organisation registration for an organisation).
IDENTITY_KINDS = {
    "person": ("citizen_identity_card", "passport"),
    "organisation": ("enterprise_registration", "organisation_registration"),
}
PARTY_KINDS = tuple(IDENTITY_KINDS)
#: The roles that may see identity numbers, and on what condition (see ``may_see_identity``).
HEAD_OF_AUTHORITY, ENFORCEMENT_OFFICER = "head_of_authority", "enforcement_officer"


def identity_kind_fits(party_kind, identity_kind):
    """Whether ``identity_kind`` is a document a party of ``party_kind`` holds (a person a
    citizen identity card or passport, an organisation its registration); Decree 62/2015
    Art. 9.1 (the officer verifies the party the judgment names)."""
    return identity_kind in IDENTITY_KINDS.get(party_kind, ())


def may_see_identity(identity, case_authority, officer_id):
    """Whether the caller ``identity`` may see the parties' identity numbers of a case of
    ``case_authority`` whose assigned enforcement officer is ``officer_id`` (None when none):
    only the officers of the case, i.e. the enforcement officer assigned to it (Law Art. 36;
    Decree 62/2015 Art. 9.1, 10) or the head of its authority (Law Art. 23). Everyone else
    sees the party without the number (Decree 13/2023/ND-CP Art. 3: data used only for its
    purpose)."""
    if identity is None or identity.authority != case_authority:
        return False
    if identity.role == HEAD_OF_AUTHORITY:
        return True
    return (identity.role == ENFORCEMENT_OFFICER and officer_id is not None
            and identity.user == officer_id)
