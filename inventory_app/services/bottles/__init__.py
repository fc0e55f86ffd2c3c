"""Bottles and flasks one by one: registering, opening, finishing, and what the wall shows."""
