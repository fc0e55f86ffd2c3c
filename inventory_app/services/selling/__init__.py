"""Selling at the window and what each sale took from stock."""
