"""The allergen register as a PDF, drawn by Qt's PDF writer on A4 (as ui/render/order_pdf.py
draws an order): rich text laid out by QTextDocument, paginated with a numbered footer."""

from __future__ import annotations

from html import escape
from pathlib import Path

from inventory_app.domain.allergen_register import AllergenRegister, RegisterRow
from inventory_app.io.atomic_file import write_atomically
from inventory_app.ui.render.a4_pdf import FAMILIES, RULE, SHADE, gui_application, write_a4_pdf

BODY_PT = 10


def write_allergen_pdf(path: Path, register: AllergenRegister) -> Path:
    """Written beside `path`, then moved in: a failed export never leaves half a file."""
    gui_application()
    return write_atomically(path, lambda temporary: _draw(temporary, register))


def _draw(path: Path, register: AllergenRegister) -> None:
    write_a4_pdf(
        path,
        title=f"{register.title} {register.issued.isoformat()}",
        html=register_html(register),
        body_pt=BODY_PT,
        footer=lambda page, pages: register.footer.format(page=page, pages=pages),
    )


def register_html(register: AllergenRegister) -> str:
    """The page as Qt's rich text: the bar, the title and day, the drinks, the legend."""
    family = ", ".join(f"'{f}'" for f in FAMILIES)
    legend = "".join(
        f"<tr><td align='right' valign='top'><b>{line.number}</b></td><td width='6'></td>"
        f"<td>{escape(line.name)}</td></tr>"
        for line in register.legend
    )
    return (
        f'<html><body style="font-family: {family}; font-size: {BODY_PT}pt;">'
        + _heading(register)
        + _rows(register)
        + "<p style='margin: 0; font-size: 8pt;'>&nbsp;</p>"  # Qt drops a margin after a table
        + f"<p style='margin-top: 6pt;'><b>{escape(register.legend_heading)}</b></p>"
        + f"<table cellspacing='0' cellpadding='1' style='font-size: 8.5pt;'>{legend}</table>"
        + "".join(f"<p style='margin-top: 10pt;'>{escape(n)}</p>" for n in register.notes)
        + "</body></html>"
    )


def _heading(register: AllergenRegister) -> str:
    name = escape(register.bar.name or register.title)
    details = "<br/>".join(escape(t) for t in register.bar_lines)
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td valign='top'><span style='font-size: 16pt; font-weight: bold;'>{name}</span>"
        f"<br/>{details}</td>"
        f"<td valign='top' align='right'><span style='font-size: 14pt; font-weight: bold;'>"
        f"{escape(register.title)}</span><br/><b>{escape(register.issued_text)}</b></td>"
        "</tr></table>"
        f"<hr style='color: {RULE};'/>"
        f"<p style='margin-bottom: 6pt;'>{escape(register.intro)}</p>"
    )


def _rows(register: AllergenRegister) -> str:
    head = "".join(
        f"<th align='left' bgcolor='{SHADE}'>{escape(h)}</th>" for h in register.headings
    )
    rows = "".join(_row(row) for row in register.rows)
    return (
        "<p style='margin: 0; font-size: 4pt;'>&nbsp;</p>"
        "<table width='100%' cellspacing='0' cellpadding='4' style='border-collapse: collapse;'>"
        f"<thead><tr>{head}</tr></thead>{rows}</table>"
    )


def _row(row: RegisterRow) -> str:
    cells = (f"<b>{escape(row.drink)}</b>", escape(row.served), escape(row.allergens_text))
    widths = ("32%", "14%", "54%")
    return (
        "<tr>"
        + "".join(
            f"<td width='{w}' valign='top' style='border-bottom: 1px solid {SHADE};'>{c}</td>"
            for c, w in zip(cells, widths, strict=True)
        )
        + "</tr>"
    )
