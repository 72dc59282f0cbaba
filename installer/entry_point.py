"""Entry point of the frozen app: the same as `textile-assistant`."""

from desktop_app.cli import main

raise SystemExit(main())
