"""`python -m inventory_app`: the same entry point as the `inventory-app` script."""

from inventory_app.cli import main

raise SystemExit(main())
