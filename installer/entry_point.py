"""Entry point of the frozen app: the same as `textile-assistant`.

`freeze_support()` first: a checklist batch renders in worker processes
(`reports.parallel`), and in a frozen build each worker is this executable
started again, which must become a worker instead of a second app.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from desktop_app.cli import main

    raise SystemExit(main())
