"""`host check|init|move-data|use|forget URL`: a PostgreSQL host for several PCs.

On the first PC: `host check` (reachable, version, UTF-8, pg_trgm, the right
to create tables), `host init` (the schema), `host move-data` (the firm's
records from this PC's SQLite file, verified; this PC then uses the host).
On every other PC: `host use URL`. `host forget` goes back to the local file
(which `move-data` left as it was).

The password is read from a hidden prompt or `--password-stdin`, used, and
kept in the system keyring once the host accepted it; it never goes in the
connection setting, on screen or in an error.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from ..paths import DataPaths, default_data_dir
from . import firm_language
from .messages import set_language
from .output import EXIT_FAILED, print_json, say, write

PASSWORD_ENV = "PGPASSWORD"


def no_keyring() -> str:
    return say(
        f"注意：本机没有系统密钥环，密码没有保存；之后的命令请在同一终端先设置环境变量 {PASSWORD_ENV}",
        "note: this PC has no system keyring, so the password was not kept; the next commands "
        f"need it in the {PASSWORD_ENV} variable of their shell",
    )


def register(sub: Any) -> None:
    host = sub.add_parser("host", help="a PostgreSQL host shared by several PCs / 多台电脑共用数据库主机")
    hsub = host.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, handler, text in (
        ("check", _check, "is the host reachable and fit for the records? / 检查主机"),
        ("init", _init, "create the schema on the host / 在主机上建表"),
        ("move-data", _move, "move this PC's records to the host, verified / 把本机记录移到主机"),
        ("use", _use, "this PC uses the host from now on / 本机改用主机"),
    ):
        cmd = hsub.add_parser(name, help=text)
        cmd.add_argument("url", metavar="URL", help="postgresql://role@host[:port]/database")
        cmd.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input (no prompt)"
        )
        cmd.set_defaults(handler=handler)
        if name == "check":
            cmd.add_argument("--json", action="store_true")
    forget = hsub.add_parser("forget", help="go back to this PC's own database file / 改回本机数据库文件")
    forget.set_defaults(handler=_forget)


def _paths(args: argparse.Namespace) -> DataPaths:
    paths = DataPaths(args.data_dir or default_data_dir())
    paths.ensure()
    _speak_firm_language(paths.root)
    return paths


def _speak_firm_language(folder: Path) -> None:
    """The firm's words from here on, read without opening the workspace (the host may be away)."""
    language = firm_language(folder)
    if language:
        set_language(language)


def _secret(args: argparse.Namespace) -> str | None:
    """The password typed or piped in; None to use the URL's or the keyring's (or none: trust)."""
    from ..workspace.connection import parse_url, password

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    url = parse_url(args.url)
    if password(url) is not None or os.environ.get(PASSWORD_ENV) or not sys.stdin.isatty():
        return None  # PGPASSWORD: libpq's own, read by the driver (a PC without a keyring)
    return (
        getpass.getpass(
            say(f"{url.host} 上 {url.username} 的数据库密码：", f"Password of {url.username} on {url.host}: ")
        )
        or None
    )


def _keep(args: argparse.Namespace, secret: str | None) -> None:
    """The host accepted `secret`: keep it in the keyring for the next start."""
    from ..sync.errors import KeyringUnavailableError
    from ..workspace.connection import parse_url, store_password

    if not secret:
        return
    try:
        store_password(parse_url(args.url), secret)
    except KeyringUnavailableError:
        # the step itself is done: say what the next command needs instead of failing it
        write(no_keyring())


def _check(args: argparse.Namespace) -> int:
    from ..workspace.host import check
    from .messages import error_line

    _speak_firm_language(Path(args.data_dir or default_data_dir()))
    secret = _secret(args)
    report = check(args.url, secret=secret)
    _keep(args, secret)
    if args.json:
        print_json(
            {
                "host": report.host,
                "server_version": report.server_version,
                "encoding": report.encoding,
                "pg_trgm": report.trgm_available,
                "can_create_tables": report.can_create,
                "schema_revision": report.schema_revision,
                "seconds": round(report.seconds, 3),
                "problems": [p.code.value for p in report.problems],
            }
        )
    else:
        took = f"{report.seconds:.2f}"
        write(say(f"主机：{report.host}（{took} 秒内应答）", f"host: {report.host} (answered in {took} s)"))
        write(
            say(
                f"PostgreSQL {report.server_version}，编码 {report.encoding}",
                f"PostgreSQL {report.server_version}, encoding {report.encoding}",
            )
        )
        schema = report.schema_revision
        write(
            say(
                f"数据结构：{schema or '尚未建表，请运行 host init'}",
                f"schema: {schema or 'none yet, run host init'}",
            )
        )
        for problem in report.problems:
            write(say("问题：", "problem: ") + error_line(problem))
        if report.ok:
            write(say("主机可以保存企业的记录", "the host can keep the firm's records"))
    return 0 if report.ok else EXIT_FAILED


def _init(args: argparse.Namespace) -> int:
    from ..workspace.host import init

    def backed_up(archive: Path) -> None:
        # said before the upgrade runs: should it fail, the user knows where the records are
        write(say(f"已备份升级前的记录：{archive}", f"backup: {archive} (the records as they were)"))

    paths = _paths(args)
    secret = _secret(args)
    result = init(args.url, paths=paths, secret=secret, backed_up=backed_up)
    _keep(args, secret)
    old, new = result.from_revision, result.to_revision
    if old == new:
        write(say(f"数据结构：{new}，已是最新", f"schema: {new}, already up to date"))
    elif old is None:
        write(say(f"数据结构：无 → {new}，已建表", f"schema: none → {new}"))
    else:
        write(say(f"数据结构：{old} → {new}，已升级", f"schema: {old} → {new}"))
    return 0


def _move(args: argparse.Namespace) -> int:
    from ..workspace.connection import parse_url, shown
    from ..workspace.host_move import move_data

    paths = _paths(args)
    if not paths.database.is_file():  # a PC where the app never ran: no file, no records
        write(
            say(
                f"本数据文件夹没有可移动的记录（没有 {paths.database}）",
                f"this data folder has no records to move (no {paths.database})",
            )
        )
        return EXIT_FAILED
    secret = _secret(args)
    result = move_data(paths, args.url, secret=secret)
    _keep(args, secret)
    for name, digest in result.tables.items():
        write(f"  {name}: {digest}")
    host = shown(parse_url(args.url))
    write(say(f"已移到主机 {host}，逐表核对无误", f"moved to {host}, every table verified"))
    write(
        say(
            f"本机现在使用主机（{result.setting}）；本地数据库文件保持原样",
            f"this PC now uses the host ({result.setting}); the local file was left as it was",
        )
    )
    return 0


def _use(args: argparse.Namespace) -> int:
    from ..workspace.connection import parse_url, save_setting
    from ..workspace.host import check

    paths = _paths(args)
    secret = _secret(args)
    report = check(args.url, secret=secret)
    if report.schema_revision is None:
        write(
            say(
                "主机上还没有数据结构：请先在第一台电脑上运行 host init 和 host move-data",
                "the host has no schema yet: run host init and host move-data on the first PC",
            )
        )
        return EXIT_FAILED
    _keep(args, secret)
    setting = save_setting(paths, parse_url(args.url))
    write(say(f"本机已改用主机 {report.host}（{setting}）", f"this PC now uses {report.host} ({setting})"))
    return 0


def _forget(args: argparse.Namespace) -> int:
    from ..workspace.connection import clear_setting

    if clear_setting(_paths(args)):
        write(say("本机改回本地数据库文件", "this PC uses its own database file again"))
    else:
        write(say("本机已在使用本地数据库文件", "this PC already uses its own database file"))
    return 0
