"""The GUI. Importing it first protects Python's True and None from PySide6 6.12.0 (see
ui/signal_refs.py): every window, dialog, worker and test of the GUI imports from here."""

from inventory_app.ui.signal_refs import keep_none_alive, keep_true_alive

keep_true_alive()
keep_none_alive()
