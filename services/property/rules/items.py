"""Items of the judgment debtor's property (Law on Civil Judgment Enforcement Art. 44; Decree
62/2015 Art. 9): the kinds recorded and the legal basis of recording one."""

#: Decree 62/2015 Art. 9.1: the type of each property the debtor has (bank accounts, securities,
#: land and houses, movables, income, receivables, intellectual property rights, other).
KINDS = ("bank_account", "securities", "real_estate", "movable", "income",
         "receivable", "intellectual_property", "other")

#: Law Art. 44 (verification of the judgment debtor's conditions) and Decree 62/2015 Art. 9.1
#: (the type, value and conditions of each property): the basis of recording an item.
PROPERTY_RECORDED = "Law on Civil Judgment Enforcement Art. 44; Decree 62/2015 Art. 9.1"
