"""The command line: `textile-assistant [--data-dir DIR] COMMAND ...`.

Each `*_commands` module registers its subcommands; this module parses, opens
the workspace and turns the app's typed errors into one clear line on stderr
with exit code 2 (bad input) or 1 (the operation failed).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from pathlib import Path

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

# Feature modules register themselves here; later features add their name.
COMMAND_MODULES = (
    "product_commands",
    "cert_commands",
    "catalogue_commands",
    "sync_commands",
    "checklist_commands",
    "transfer_commands",
    "app_commands",
)


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(f"{__name__}.{name}") is None:
            continue
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def open_workspace(args: argparse.Namespace):
    from ..workspace import Workspace
    from .messages import set_language

    ws = Workspace(args.data_dir or default_data_dir())
    set_language(ws.firm().language)  # errors from here on speak the firm's language
    return ws


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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
