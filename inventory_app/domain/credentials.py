"""PINs and passwords: what a valid one is, and how it is kept (a salted scrypt hash).

The hash string carries its own parameters, so they can be raised later without
invalidating the secrets already stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from enum import StrEnum

from inventory_app.domain.errors import InputError
from inventory_app.i18n.catalogue import tr

PIN_DIGITS = (4, 8)
PASSWORD_MIN = 8
MAX_FAILURES = 5  # wrong secrets in a row before a lock
LOCK_SECONDS = 60
# scrypt cost: n=2**14, r=8, p=1 takes ~50 ms and 16 MiB, fine for a sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_SCHEME = "scrypt"


class SecretKind(StrEnum):
    PIN = "pin"
    PASSWORD = "password"


def secret_kind(secret: str) -> SecretKind:
    """A PIN is 4 to 8 digits; anything else must be a password of 8 characters or more."""
    if secret.isdigit() and secret.isascii():
        low, high = PIN_DIGITS
        if low <= len(secret) <= high:
            return SecretKind.PIN
        if len(secret) < low:
            raise InputError(
                tr("a PIN has {low} to {high} digits, got {count}").format(
                    low=low, high=high, count=len(secret)
                )
            )
    if len(secret) < PASSWORD_MIN:
        raise InputError(
            tr(
                "a PIN has {low} to {high} digits and a password at least {least} characters; "
                "got {count} characters"
            ).format(low=PIN_DIGITS[0], high=PIN_DIGITS[1], least=PASSWORD_MIN, count=len(secret))
        )
    return SecretKind.PASSWORD


def hash_secret(secret: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """`scrypt$n$r$p$salt$hash` in hex; a fresh random salt every time."""
    salt = secrets.token_bytes(16)
    digest = _scrypt(secret, salt, n, r, p)
    return f"{_SCHEME}${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_secret(secret: str, stored: str) -> bool:
    """Recompute with the stored salt and parameters; compare in constant time."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = bytes.fromhex(digest)
        actual = _scrypt(secret, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(secret: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=64 * 1024 * 1024, dklen=32
    )
