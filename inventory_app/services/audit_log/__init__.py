"""Recording changes outside the ledger (the lowest service: every edit of a record writes here)."""
