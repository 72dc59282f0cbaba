"""`python -m desktop_app` is the same as `textile-assistant`."""

from desktop_app.cli import main

raise SystemExit(main())
