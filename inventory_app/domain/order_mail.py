"""The email that carries an order: a `mailto:` link the owner's mail program opens ready,
addressed to the supplier, in the supplier's language; the owner attaches the file.

A mail link cannot carry an attachment (RFC 6068), so the body names the file to attach.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from urllib.parse import quote

from inventory_app.i18n.catalogue import in_language, tr
from inventory_app.i18n.formats import date_text, weekday_name

# RFC 6068: an address keeps '@' and '+' as they are; everything else not plain is encoded.
_ADDRESS_SAFE = "@+"


def mailto_url(address: str, *, subject: str, body: str) -> str:
    """'mailto:a@b.it?subject=…&body=…', percent-encoded as RFC 6068 asks: UTF-8, a space
    as %20 (never '+'), every line break as %0D%0A."""
    lines = body.replace("\r\n", "\n").split("\n")
    fields = (("subject", subject), ("body", "\r\n".join(lines)))
    query = "&".join(f"{key}={quote(value, safe='')}" for key, value in fields)
    return f"mailto:{quote(address.strip(), safe=_ADDRESS_SAFE)}?{query}"


def order_mail(
    *,
    email: str,
    language: str,
    bar: str,
    number: str,
    delivery: date,
    files: Sequence[str],
) -> str | None:
    """The prepared email for one supplier's order, or None when they have no address.

    Subject: the order's number and the bar ('Ordine 2026-0042 – Bar Roma'); a draft says
    it is one. Body: what to attach, the delivery asked for, the bar's name as signature.
    """
    if not email.strip():
        return None
    with in_language(language):
        sender = bar or tr("the bar")
        if number:
            subject = tr("Order {number} – {bar}").format(number=number, bar=sender)
            opening = tr("please find attached our order {number}:").format(number=number)
        else:
            subject = tr("Draft order – {bar}").format(bar=sender)
            opening = tr("please find attached our draft order, not confirmed yet:")
        when = f"{weekday_name(delivery)} {date_text(delivery)}"
        body = "\n".join(
            [
                tr("Good morning,"),
                "",
                opening,
                *files,
                "",
                tr("Requested delivery: {day}.").format(day=when),
                "",
                tr("Thank you,"),
                sender,
            ]
        )
    return mailto_url(email, subject=subject, body=body)
