"""The environment variables that say who is acting: light, so the window's start reads them."""

from __future__ import annotations

USER_ENV = "INVENTORY_APP_USER"
PIN_ENV = "INVENTORY_APP_PIN"
