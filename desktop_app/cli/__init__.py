"""The command line: `textile-assistant [--data-dir DIR] COMMAND ...`.

Each `*_commands` module registers its subcommands; this module parses, opens
the workspace and turns the app's typed errors into one clear line on stderr
with exit code 2 (bad input) or 1 (the operation failed).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..core.errors import (
    AssistantError,
    ConflictError,
    DatabaseVersionError,
    NotFoundError,
    ValidationError,
)
from ..paths import default_data_dir
from .output import EXIT_BAD_INPUT, EXIT_FAILED, error

if TYPE_CHECKING:
    from ..workspace import Workspace


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    parser.set_defaults(workspace=None)  # opened by open_workspace, closed by main
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # imported here, not at the top: each of them imports `open_workspace` from this module
    from . import (
        app_commands,
        catalogue_commands,
        cert_commands,
        checklist_commands,
        product_commands,
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
        app_commands,
    ):
        module.register(sub)
    return parser


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The command's workspace, opened once; `main` closes it when the command ends."""
    from ..workspace import Workspace  # SQLAlchemy and the database: not for --help or --version
    from .messages import set_language

    if args.workspace is None:
        args.workspace = Workspace(args.data_dir or default_data_dir())
        set_language(args.workspace.firm().language)  # errors from here on speak the firm's language
    return args.workspace


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from ..app import run_gui

        return run_gui(args.data_dir or default_data_dir())
    from .messages import DEFAULT_LANGUAGE, error_line, set_language

    set_language(DEFAULT_LANGUAGE)  # until a workspace says the firm's
    try:
        return int(args.handler(args) or 0)
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
        error("interrupted")
        return EXIT_FAILED
    finally:
        if args.workspace is not None:  # called in-process (tests), nothing stays open
            args.workspace.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
