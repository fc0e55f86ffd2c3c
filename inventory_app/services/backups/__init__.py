"""Copies of the bar: daily backups, restoring one, moving the bar to another database."""
