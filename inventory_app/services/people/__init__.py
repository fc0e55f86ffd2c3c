"""Who works at the bar, what each may do, and signing in."""
