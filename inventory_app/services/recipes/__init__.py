"""Recipes and preps: saving them, their costs, the book selling reads, making a batch."""
