"""Levels, par and reorder points, the reorder proposal and orders to suppliers."""
