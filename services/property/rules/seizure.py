"""Seizure of the judgment debtor's property (Decree 62/2015 Art. 24; Law Art. 74, 75), as pure
functions: each returns the reason the office may not seize (a dict with code, text, article)
or None, or the amount the seizure secures."""

SEIZED, REFUSED, MORTGAGEE_NOTIFIED = "seized", "refused", "mortgagee_notified"
INDIVIDUAL, ENTERPRISE = "individual", "enterprise"
DEBTOR_KINDS = (INDIVIDUAL, ENTERPRISE)
#: What is seized, in the words of Art. 24.2 and 24.5.
CATEGORIES = ("account", "precious_metal", "gemstone", "debt_instrument", "land_house", "other")
#: Art. 24.5: the exceptions to the enterprise order.
EXCEPTIONS = ("court_judgment", "litigants_agreement")
#: Art. 24.1: a transaction on property after measures were taken.
TRANSACTIONS = ("none", "not_transferred", "transferred")

SEIZURE_DECIDED = "Decree 62/2015 Art. 24"
ENTERPRISE_ORDER = "Decree 62/2015 Art. 24.5"


def _reason(code, text, article):
    return {"code": code, "text": text, "article": article}


def enterprise_tier(category):
    """Decree 62/2015 Art. 24.5: an enterprise's accounts come first (1), then precious metals,
    gemstones and debt instruments, whoever holds them (2), then any other property (3)."""
    if category == "account":
        return 1
    if category in ("precious_metal", "gemstone", "debt_instrument"):
        return 2
    return 3


def enterprise_order_refusal(category, accounts_exhausted, valuables_exhausted, exception=None):
    """Decree 62/2015 Art. 24.5: other property of an enterprise is seized only if the judgment
    is not fully satisfied after its accounts were garnished and its precious metals, gemstones
    and debt instruments seized — unless the judgment provides otherwise or the litigants
    agreed (``exception``). Returns the reason a seizure out of that order is refused, or None."""
    if exception in EXCEPTIONS:
        return None
    tier = enterprise_tier(category)
    if tier >= 2 and not accounts_exhausted:
        return _reason("enterprise_accounts_first", "the enterprise's accounts have not been "
                       "garnished first", ENTERPRISE_ORDER)
    if tier == 3 and not valuables_exhausted:
        return _reason("enterprise_valuables_first", "the enterprise's precious metals, "
                       "gemstones and debt instruments have not been seized first",
                       ENTERPRISE_ORDER)
    return None


def joint_land_refusal(category, jointly_owned, other_property_sufficient, litigants_requested):
    """Decree 62/2015 Art. 24.2(a): a land use right or house in joint ownership is seized only
    if the debtor's other property does not suffice or the litigants ask for it (24.4)."""
    if category != "land_house" or not jointly_owned:
        return None
    if other_property_sufficient and not litigants_requested:
        return _reason("other_property_sufficient", "land and houses in joint ownership are "
                       "seized only when other property does not suffice or at the litigants' "
                       "request", "Decree 62/2015 Art. 24.2(a)")
    return None


def debtor_share(value, numerator, denominator):
    """Decree 62/2015 Art. 24.2(b); Law Art. 74.2: of property in joint ownership already
    divided, the debtor's share is seized: ``value`` x share, rounded down to the đồng. None
    when the share is not determined (Law Art. 74.1: the co-owners are told to divide it)."""
    if numerator is None or denominator is None:
        return None
    return value * numerator // denominator


def mortgage_covers_property(value, secured_debt):
    """Decree 62/2015 Art. 24.3: lawfully mortgaged property worth no more than the debt it
    secures is not seized now; the mortgagee is told to inform the office when the debt is
    paid or the property liquidated (the remainder is collected then)."""
    return secured_debt is not None and value <= secured_debt


def transaction_refusal(transaction):
    """Decree 62/2015 Art. 24.1: property subject to a transaction after measures were taken is
    seized while ownership has not passed; once it has passed it is not seized: the officer
    asks the court to declare the transaction invalid (Law Art. 75.2) and notifies the bodies
    concerned to stop its registration."""
    if transaction == "transferred":
        return _reason("ownership_transferred", "the ownership or use right has passed under "
                       "the transaction: the court is asked to declare it invalid (Law Art. "
                       "75.2) and the registries are notified", "Decree 62/2015 Art. 24.1(a)")
    return None


def voluntary_handover_restricts(voluntary, value, debts_and_costs):
    """Decree 62/2015 Art. 24.4: property the debtor gives up of his own will that suffices for
    the judgment and the costs is seized, and the debtor may make no transaction on his other
    property until the judgment is satisfied. Returns whether that restriction applies."""
    return bool(voluntary) and value >= debts_and_costs
