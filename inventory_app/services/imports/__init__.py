"""Whole files at once: catalogue, recipes, counts and till exports."""
