"""The weekly stock count and its report."""
