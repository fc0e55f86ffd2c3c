"""Plumbing the services share, knowing no bar rule: the error log, the held-back collector."""
