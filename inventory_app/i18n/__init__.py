"""One catalogue for the core, the command line and the window (gettext, built with Babel).

The lowest layer of the house: the core raises its errors already translated, so the
window and the command line show them as they are. Qt-free on purpose.
"""
