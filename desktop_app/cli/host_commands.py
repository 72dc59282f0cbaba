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
from .output import EXIT_FAILED, print_json, write

PASSWORD_ENV = "PGPASSWORD"
NO_KEYRING = (
    "note 注意: this PC has no system keyring, so the password was not kept; the next commands "
    f"need it in the {PASSWORD_ENV} variable of their shell / 本机没有系统密钥环，密码没有保存："
    f"之后的命令请在同一终端先设置环境变量 {PASSWORD_ENV}"
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
    return paths


def _secret(args: argparse.Namespace) -> str | None:
    """The password typed or piped in; None to use the URL's or the keyring's (or none: trust)."""
    from ..workspace.connection import parse_url, password

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    url = parse_url(args.url)
    if password(url) is not None or os.environ.get(PASSWORD_ENV) or not sys.stdin.isatty():
        return None  # PGPASSWORD: libpq's own, read by the driver (a PC without a keyring)
    return getpass.getpass(f"Password of {url.username} on {url.host} / 数据库密码: ") or None


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
        write(NO_KEYRING)


def _check(args: argparse.Namespace) -> int:
    from ..workspace.host import check
    from .messages import error_line

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
        write(f"host 主机: {report.host} (answered in {report.seconds:.2f} s)")
        write(f"PostgreSQL {report.server_version}, encoding 编码 {report.encoding}")
        write(f"schema 结构: {report.schema_revision or 'none yet, run host init / 尚未建表'}")
        for problem in report.problems:
            write(f"problem 问题: {error_line(problem)}")
        if report.ok:
            write("the host can keep the firm's records / 主机可以使用")
    return 0 if report.ok else EXIT_FAILED


def _init(args: argparse.Namespace) -> int:
    from ..workspace.host import init

    def backed_up(archive: Path) -> None:
        # said before the upgrade runs: should it fail, the user knows where the records are
        write(f"backup 备份: {archive} (the records as they were / 升级前的记录)")

    secret = _secret(args)
    result = init(args.url, paths=_paths(args), secret=secret, backed_up=backed_up)
    _keep(args, secret)
    if result.from_revision == result.to_revision:
        write(f"schema 结构: {result.to_revision}, already up to date / 已是最新")
    elif result.from_revision is None:
        write(f"schema 结构: none → {result.to_revision} / 已建表")
    else:
        write(f"schema 结构: {result.from_revision} → {result.to_revision} / 已升级")
    return 0


def _move(args: argparse.Namespace) -> int:
    from ..workspace.connection import parse_url, shown
    from ..workspace.host_move import move_data

    paths = _paths(args)
    if not paths.database.is_file():  # a PC where the app never ran: no file, no records
        write(f"this data folder has no records to move (no {paths.database}) / 本数据文件夹没有可移动的记录")
        return EXIT_FAILED
    secret = _secret(args)
    result = move_data(paths, args.url, secret=secret)
    _keep(args, secret)
    for name, digest in result.tables.items():
        write(f"  {name}: {digest}")
    write(f"moved to {shown(parse_url(args.url))}, every table verified / 已移到主机并逐表核对")
    write(f"this PC now uses the host ({result.setting}); the local file was left as it was")
    return 0


def _use(args: argparse.Namespace) -> int:
    from ..workspace.connection import parse_url, save_setting
    from ..workspace.host import check

    secret = _secret(args)
    report = check(args.url, secret=secret)
    if report.schema_revision is None:
        write("the host has no schema yet: run host init and host move-data on the first PC")
        return EXIT_FAILED
    _keep(args, secret)
    setting = save_setting(_paths(args), parse_url(args.url))
    write(f"this PC now uses {report.host} / 本机已改用主机 ({setting})")
    return 0


def _forget(args: argparse.Namespace) -> int:
    from ..workspace.connection import clear_setting

    if clear_setting(_paths(args)):
        write("this PC uses its own database file again / 本机改回本地数据库文件")
    else:
        write("this PC already uses its own database file")
    return 0
