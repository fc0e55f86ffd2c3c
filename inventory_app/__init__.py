"""inventory_app: stock manager for very small cocktail bars."""

__version__ = "0.1.0"
