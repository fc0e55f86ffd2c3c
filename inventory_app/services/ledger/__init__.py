"""The stock ledger: movements, levels, daily usage, who may take a line back, the check."""
