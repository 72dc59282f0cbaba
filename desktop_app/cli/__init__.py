"""The command line: `textile-assistant [--data-dir DIR] COMMAND ...`.

Each `*_commands` module registers its subcommands; this module parses, opens
the workspace and turns the app's typed errors into one clear line on stderr
with exit code 2 (bad input) or 1 (the operation failed).
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .. import __version__
from ..core.errors import (
    AssistantError,
    ConflictError,
    DatabaseVersionError,
    NotFoundError,
    ValidationError,
)
from ..core.reasons import Reason
from ..paths import default_data_dir
from .help_text import set_help_language
from .output import EXIT_BAD_INPUT, EXIT_FAILED, error, say

if TYPE_CHECKING:
    from ..workspace import Workspace

_T = TypeVar("_T")


def build_parser() -> argparse.ArgumentParser:
    from .help_text import HelpParser

    parser = HelpParser(
        prog="textile-assistant",
        description="纺织合规助手 Textile Compliance Assistant. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"textile-assistant {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="data folder (default: TEXTILE_ASSISTANT_HOME or the user data folder)",
    )
    parser.add_argument(
        "--database-url",
        default=None,
        metavar="URL",
        help="a PostgreSQL host, postgresql://role@host/database (default: TEXTILE_ASSISTANT_DATABASE_URL, "
        "the data folder's connection setting, else its own database file)",
    )
    parser.set_defaults(workspace=None)  # opened by open_workspace, closed by main
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # imported here, not at the top: each of them imports `open_workspace` from this module
    from . import (
        app_commands,
        carbon_commands,
        catalogue_commands,
        cert_commands,
        checklist_commands,
        host_commands,
        product_commands,
        results_commands,
        sync_commands,
        transfer_commands,
    )

    for module in (
        product_commands,
        cert_commands,
        catalogue_commands,
        sync_commands,
        checklist_commands,
        transfer_commands,
        carbon_commands,
        host_commands,
        results_commands,
        app_commands,
    ):
        module.register(sub)
    return parser


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The command's workspace, opened once; `main` closes it when the command ends."""
    from ..core.reasons import Reason
    from ..workspace import Workspace  # SQLAlchemy and the database: not for --help or --version
    from .messages import reason_line, set_language

    if args.workspace is None:
        args.workspace = Workspace(args.data_dir or default_data_dir(), database_url=args.database_url)
        set_language(args.workspace.firm().language)  # errors from here on speak the firm's language
        for note in args.workspace.migration.notes:  # once, on the run that upgraded the database
            error(reason_line(Reason(note.code), {"sku": note.sku, "value": note.value}))
    return args.workspace


def read_listing(args: argparse.Namespace, read: Callable[[Any], _T]) -> _T:
    """`read(source)` for a listing: on a quick read-only view of the database when the
    data folder allows it (no SQLAlchemy, no migration check: `workspace.quick`), else on
    the opened workspace. `read` is given one or the other (the same method names) and
    must only read; it may run twice, so it must not print.
    """
    if args.workspace is None and not getattr(args, "database_url", None):
        from ..workspace.quick import read_quickly
        from .messages import set_language

        def quick(view: Any) -> _T:
            set_language(view.firm().language)  # as open_workspace does
            return read(view)

        answer = read_quickly(args.data_dir or default_data_dir(), quick)
        if answer is not None:
            return answer
    return read(open_workspace(args))


def _not_utf8(argv: Sequence[str]) -> str | None:
    """The first argument holding a byte that is not UTF-8 (Python keeps it as a lone
    surrogate), shown with the byte escaped and after the option it belongs to."""
    for i, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            shown = (
                shown.encode("ascii", "backslashreplace").decode("ascii")
                if not shown.isprintable()
                else shown
            )
            option = argv[i - 1] if i and argv[i - 1].startswith("-") and "=" not in argv[i - 1] else ""
            return f'{option} "{shown}"'.strip()
    return None


def firm_language(folder: Path) -> str | None:
    from ..workspace.quick import read_quickly

    return read_quickly(folder, lambda view: view.firm().language)


def _help_language(argv: Sequence[str]) -> str:
    """The language of `--help` and usage errors: the firm's, read without opening the workspace
    (argparse prints before the options are known, so `--data-dir` is found in `argv` itself)."""
    from .messages import DEFAULT_LANGUAGE

    folder: Path | None = None
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            folder = Path(argv[i + 1])
        elif arg.startswith("--data-dir="):
            folder = Path(arg.partition("=")[2])
    try:
        return firm_language(folder or default_data_dir()) or DEFAULT_LANGUAGE
    except OSError:
        return DEFAULT_LANGUAGE


def _quiet_broken_pipe() -> int:
    """`textile-assistant ... | head`: the reader left; stop writing, say nothing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the interpreter's last flush must not fail again
    except (OSError, ValueError, io.UnsupportedOperation):
        pass
    return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        return _quiet_broken_pipe()


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    bad = _not_utf8(argv)
    if bad is not None:
        from .messages import DEFAULT_LANGUAGE, error_line, set_language

        set_language(DEFAULT_LANGUAGE)
        error(error_line(AssistantError(Reason.ARGUMENT_NOT_UTF8, argument=bad)))
        return EXIT_BAD_INPUT
    parser = build_parser()
    set_help_language(functools.cache(lambda: _help_language(argv)))  # asked only if help is shown
    args = parser.parse_args(argv)
    if args.command is None:
        from ..app import run_gui

        return run_gui(args.data_dir or default_data_dir())
    from .messages import DEFAULT_LANGUAGE, error_line, set_language

    set_language(DEFAULT_LANGUAGE)  # until a workspace says the firm's
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, inside main, not at interpreter exit
        return code
    except (ValidationError, ConflictError) as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    except NotFoundError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    except DatabaseVersionError as exc:
        error(error_line(exc))
        return EXIT_FAILED
    except AssistantError as exc:
        error(error_line(exc))
        return EXIT_FAILED
    except KeyboardInterrupt:
        error(say("已中断", "interrupted"))
        return EXIT_FAILED
    finally:
        if args.workspace is not None:  # called in-process (tests), nothing stays open
            args.workspace.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
