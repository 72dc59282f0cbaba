"""`python -m desktop_app` is the same as `textile-assistant`.

The guard matters: a checklist batch renders in spawned worker processes
(`reports.parallel`), which import this module again under another name.
"""

if __name__ == "__main__":
    from desktop_app.cli import main

    raise SystemExit(main())
