"""The demo bar, loaded through the real services."""
