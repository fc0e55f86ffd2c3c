"""Documents drawn with Qt's own painting (QtGui, never QtWidgets): the order PDF.

Above the services and below the front ends: ui/ and commands/ import it, the core never
does (.importlinter), so the core stays free of Qt while a PDF needs no browser or office.
"""
