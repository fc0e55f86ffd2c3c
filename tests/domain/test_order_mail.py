"""The prepared email for an order (domain/order_mail.py): exact links, as RFC 6068 spells
them, in the supplier's language."""

from __future__ import annotations

from datetime import date

from inventory_app.domain.order_mail import mailto_url, order_mail

TUESDAY = date(2026, 12, 15)


def test_spaces_line_breaks_and_accents_are_percent_encoded() -> None:
    url = mailto_url("ordini+bar@rossi.it", subject="Ordine 1 & più", body="a b\nc")
    assert url == "mailto:ordini+bar@rossi.it?subject=Ordine%201%20%26%20pi%C3%B9&body=a%20b%0D%0Ac"


def test_an_italian_suppliers_email_is_in_italian() -> None:
    url = order_mail(
        email="ordini@rossi.it", language="it", bar="La Chiusa", number="2026-0042",
        delivery=TUESDAY,
        files=["2026-0042 Rossi Distribuzione.pdf", "2026-0042 Rossi Distribuzione.xlsx"],
    )  # fmt: skip
    assert url == (
        "mailto:ordini@rossi.it"
        "?subject=Ordine%202026-0042%20%E2%80%93%20La%20Chiusa"
        "&body=Buongiorno%2C%0D%0A%0D%0Ain%20allegato%20il%20nostro%20ordine%202026-0042%3A"
        "%0D%0A2026-0042%20Rossi%20Distribuzione.pdf"
        "%0D%0A2026-0042%20Rossi%20Distribuzione.xlsx%0D%0A"
        "%0D%0AConsegna%20richiesta%3A%20marted%C3%AC%2015%2F12%2F2026.%0D%0A"
        "%0D%0AGrazie%2C%0D%0ALa%20Chiusa"
    )


def test_an_english_suppliers_email_is_in_english() -> None:
    url = order_mail(
        email="orders@rialto.example", language="en", bar="La Chiusa", number="2026-0007",
        delivery=TUESDAY, files=["2026-0007 Rialto.pdf"],
    )  # fmt: skip
    assert url == (
        "mailto:orders@rialto.example"
        "?subject=Order%202026-0007%20%E2%80%93%20La%20Chiusa"
        "&body=Good%20morning%2C%0D%0A%0D%0Aplease%20find%20attached%20our%20order%202026-0007%3A"
        "%0D%0A2026-0007%20Rialto.pdf%0D%0A"
        "%0D%0ARequested%20delivery%3A%20Tuesday%202026-12-15.%0D%0A"
        "%0D%0AThank%20you%2C%0D%0ALa%20Chiusa"
    )


def test_a_draft_says_it_is_not_confirmed() -> None:
    url = order_mail(
        email="ordini@rossi.it", language="it", bar="La Chiusa", number="", delivery=TUESDAY,
        files=["bozza 2026-12-08 Rossi.pdf"],
    )  # fmt: skip
    assert url is not None
    subject = "subject=Bozza%20d%27ordine%20%E2%80%93%20La%20Chiusa&"
    assert url.startswith(f"mailto:ordini@rossi.it?{subject}")
    assert "non%20ancora%20confermata" in url


def test_a_supplier_without_an_email_gets_no_link() -> None:
    url = order_mail(
        email=" ", language="it", bar="La Chiusa", number="2026-0042", delivery=TUESDAY,
        files=["x.pdf"],
    )  # fmt: skip
    assert url is None
