"""Certificates of ownership and land use rights of auctioned or transferred property (Decree
62/2015 Art. 28; Law Art. 106), as time limits and constants."""
from shared.legal import TimeLimit

#: Art. 28.2(a): the People's Committee for a first issue, else the land registration body.
AUTHORITIES = ("peoples_committee", "land_registration")
ACTS = ("revoke", "cancel")

PROPOSAL_SENT = "Decree 62/2015 Art. 28.1, 28.2(a)"
LAND_AUTHORITY_DECIDED = "Decree 62/2015 Art. 28.2(b)"

LAND_AUTHORITY_DECISION = TimeLimit(
    rule_id="decree28.2-land-authority-revocation", article="Decree 62/2015 Art. 28.2(b)",
    length_key="certificate_revocation_working_days", unit="working_days",
    description="The land authority revokes or cancels the certificate within 25 working days "
                "of receiving the enforcement authority's written proposal (a deadline the "
                "land authority owes; the enforcement authority follows it).")


def land_authority_for(first_issue):
    """Decree 62/2015 Art. 28.2(a): a certificate issued the first time is revoked by the
    People's Committee of Land Law Art. 136.1; one issued on a registration of changes by the
    land registration body or its branch of Art. 136.2."""
    return "peoples_committee" if first_issue else "land_registration"
