"""Undoing: the one entry point for taking back a change, a movement or an opening."""
