"""PINs and passwords: what is accepted, and the salted scrypt hash kept instead."""

from __future__ import annotations

import pytest

from inventory_app.domain.credentials import SecretKind, hash_secret, secret_kind, verify_secret
from inventory_app.domain.errors import InputError

FAST = {"n": 2**4}  # the scheme, not the cost, is under test here


@pytest.mark.parametrize(
    ("secret", "kind"),
    [("1234", SecretKind.PIN), ("12345678", SecretKind.PIN), ("123456789", SecretKind.PASSWORD),
     ("negroni!", SecretKind.PASSWORD), ("campari soda", SecretKind.PASSWORD)],
)  # fmt: skip
def test_kinds(secret: str, kind: SecretKind) -> None:
    assert secret_kind(secret) == kind


@pytest.mark.parametrize(
    ("secret", "message"),
    [("123", "a PIN has 4 to 8 digits, got 3"),
     ("", "a PIN has 4 to 8 digits and a password at least 8 characters; got 0 characters"),
     ("abc", "a PIN has 4 to 8 digits and a password at least 8 characters; got 3 characters"),
     ("١٢٣٤", "a PIN has 4 to 8 digits and a password at least 8 characters; got 4 characters")],
)  # fmt: skip
def test_too_short(secret: str, message: str) -> None:
    with pytest.raises(InputError, match=f"^{message}$"):
        secret_kind(secret)


def test_hash_carries_its_parameters_and_a_fresh_salt() -> None:
    first, second = hash_secret("1234", **FAST), hash_secret("1234", **FAST)
    assert first != second  # a new salt each time
    scheme, n, r, p, salt, digest = first.split("$")
    assert (scheme, n, r, p, len(bytes.fromhex(salt)), len(bytes.fromhex(digest))) == (
        "scrypt", "16", "8", "1", 16, 32,
    )  # fmt: skip
    assert "1234" not in first
    assert verify_secret("1234", first) and verify_secret("1234", second)
    assert not verify_secret("1235", first)


@pytest.mark.parametrize("stored", ["", "plain", "md5$1$2$3$00$00", "scrypt$x$8$1$00$00"])
def test_a_damaged_hash_never_verifies(stored: str) -> None:
    assert not verify_secret("1234", stored)


def test_default_cost() -> None:
    assert hash_secret("1234").split("$")[1:4] == ["16384", "8", "1"]
