"""`login`, `logout`, `trust-key add|list|remove` and `sync [--package FILE]`.

The token is read from a hidden prompt or standard input and handed to the
keyring; it is never printed, not even in `--json` output or an error.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from typing import TYPE_CHECKING, Any

from . import open_workspace
from .messages import error_line
from .output import EXIT_BAD_INPUT, EXIT_FAILED, error, print_json, print_table, say, to_jsonable, write
from .plural import count

if TYPE_CHECKING:
    from ..workspace.sync import SyncResult


def register(sub: Any) -> None:
    login = sub.add_parser("login", help="keep the platform access token in the system keyring / 登录平台")
    login.add_argument("--url", required=True, help="the platform's base URL, https://...")
    login.add_argument(
        "--token-stdin", action="store_true", help="read the token from standard input (no prompt)"
    )
    login.set_defaults(handler=_login)

    logout = sub.add_parser("logout", help="forget the stored platform token / 退出登录")
    logout.add_argument("--url", help="default: the platform URL in the firm's settings")
    logout.set_defaults(handler=_logout)

    key = sub.add_parser(
        "trust-key", help="platform keys that catalogue pages must be signed with / 平台公钥"
    )
    ksub = key.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = ksub.add_parser("add", help="trust an Ed25519 public key (raw 32 bytes, base64)")
    add.add_argument("key_id")
    add.add_argument("public_key", metavar="BASE64")
    add.set_defaults(handler=_key_add)
    lst = ksub.add_parser("list", help="trusted keys, shipped and added")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_key_list)
    rm = ksub.add_parser("remove", help="stop trusting a key the firm added")
    rm.add_argument("key_id")
    rm.set_defaults(handler=_key_remove)

    sync = sub.add_parser("sync", help="update the catalogue from the platform / 同步标准目录")
    sync.add_argument("--url", help="default: the platform URL in the firm's settings")
    sync.add_argument(
        "--package", "--file", dest="package", metavar="FILE", help="apply an offline update package (.zip)"
    )
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=_sync)


# -- account --------------------------------------------------------------------------


def _read_token(args: argparse.Namespace) -> str | None:
    if args.token_stdin:
        return sys.stdin.read()
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(say("平台访问令牌：", "Platform access token: "))


def _login(args: argparse.Namespace) -> int:
    from ..sync.errors import AuthError  # requests and friends: only for these commands

    token = _read_token(args)
    if token is None:
        error(
            say(
                "没有终端可以输入令牌；请用 --token-stdin 从管道传入",
                "no terminal to ask for the token on; pipe it in with --token-stdin",
            )
        )
        return EXIT_BAD_INPUT
    ws = open_workspace(args)
    try:
        result = ws.sync.login(args.url, token)
    except AuthError as exc:
        error(error_line(exc))
        return EXIT_FAILED
    write(
        say(
            f"已登录 {result.url}；令牌保存在系统钥匙串中",
            f"logged in to {result.url}; the token is kept in the system keyring",
        )
    )
    if not result.checked:
        write(
            say(
                f"无法连接平台，令牌尚未验证：{result.detail}",
                f"the platform could not be reached, so the token was not checked: {result.detail}",
            )
        )
    return 0


def _logout(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    url = ws.sync.platform_url(args.url)
    if ws.sync.logout(url):
        write(
            say(
                f"已退出登录：{url} 的令牌已从钥匙串中删除",
                f"the token for {url} was removed from the keyring",
            )
        )
    else:
        write(say(f"没有保存 {url} 的令牌", f"no token was stored for {url}"))
    return 0


# -- trusted keys ---------------------------------------------------------------------


def _key_add(args: argparse.Namespace) -> int:
    from ..sync.errors import TrustedKeyError  # requests and friends: only for these commands

    try:
        key = open_workspace(args).sync.add_trusted_key(args.key_id, args.public_key).value
    except TrustedKeyError as exc:
        error(error_line(exc))
        return EXIT_BAD_INPUT
    write(say(f"已信任平台公钥 {key.key_id}", f"trusted platform key {key.key_id}"))
    return 0


def _key_list(args: argparse.Namespace) -> int:
    keys = open_workspace(args).sync.trusted_keys()
    if args.json:
        print_json(keys)
        return 0
    print_table(
        [say("密钥编号", "Key id"), say("公钥", "Public key"), say("来源", "Source")],
        [
            (k.key_id, k.public_key, say("内置", "shipped") if k.bundled else say("添加", "added"))
            for k in keys
        ],
    )
    return 0


def _key_remove(args: argparse.Namespace) -> int:
    open_workspace(args).sync.remove_trusted_key(args.key_id)
    write(say(f"已移除平台公钥 {args.key_id}", f"no longer trusting platform key {args.key_id}"))
    return 0


# -- sync -----------------------------------------------------------------------------


class _ProgressBar:
    """A one-line bar on stderr (only used when stderr is a terminal)."""

    def __init__(self) -> None:
        self._last = 0.0
        self._shown = False

    def __call__(self, applied: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last < 0.1 and applied < total:
            return
        self._last = now
        share = applied / total if total else 1.0
        filled = int(share * 30)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {share:4.0%}  {applied}/{total}")
        sys.stderr.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _sync(args: argparse.Namespace) -> int:
    from ..sync.errors import AuthError  # requests and friends: only for these commands

    ws = open_workspace(args)
    bar = _ProgressBar() if sys.stderr.isatty() else None
    try:
        if args.package:
            result = ws.sync.import_package(args.package, progress=bar)
        else:
            result = ws.sync.run(url=args.url, progress=bar)
    except AuthError as exc:
        error(f"{error_line(exc)}: `textile-assistant login --url {ws.sync.platform_url(args.url)}`")
        return EXIT_FAILED
    finally:
        if bar is not None:
            bar.close()
    if args.json:
        print_json({**to_jsonable(result), "changed": result.changed})
    else:
        _summary(result)
    return 0


def _summary(result: SyncResult) -> None:
    if result.package_not_newer:
        v = result.to_version
        write(
            say(
                f"更新包不比现有目录（版本 {v}）新，未作更改",
                f"the package is not newer than this catalogue (version {v}); nothing changed",
            )
        )
        return
    if result.applied_by_other_pc:
        v = result.to_version
        write(
            say(
                f"另一台电脑已同时将目录更新到版本 {v}",
                f"another PC updated the catalogue to version {v} meanwhile",
            )
        )
    pages = result.pages
    kind = say("全量", "full pass") if result.full_pass else say("增量", "incremental")
    write(
        say(
            f"目录已更新：版本 {result.from_version} → {result.to_version}（{kind}，{pages} 页）",
            f"catalogue version {result.from_version} -> {result.to_version} ({kind}, {count(pages, 'page')})",
        )
    )
    if not result.complete:
        write(
            say(
                "已取消：已应用的页保留，下次同步继续",
                "cancelled: the pages applied are kept; the next sync continues",
            )
        )
    s, r, n = result.standards, result.rules, result.notices
    write(
        say(
            f"标准：新增 {s.added}，修改 {s.changed}，删除 {s.removed}",
            f"standards: {s.added} added, {s.changed} changed, {s.removed} removed",
        )
    )
    write(
        say(
            f"规则：新增 {r.added}，修改 {r.changed}，删除 {r.removed}",
            f"rules: {r.added} added, {r.changed} changed, {r.removed} removed",
        )
    )
    write(
        say(
            f"通知：新增 {n.added}，修改 {n.changed}，删除 {n.removed}",
            f"notices: {n.added} new, {n.changed} changed, {n.removed} removed",
        )
    )
    if result.new_notices:
        shown = ", ".join(result.new_notices[:10])
        more = f" (+{len(result.new_notices) - 10})" if len(result.new_notices) > 10 else ""
        write(say(f"新通知：{shown}{more}", f"new notices: {shown}{more}"))
    if result.affected_products:
        affected = ", ".join(result.affected_products)
        write(say(f"受影响的产品：{affected}", f"your products affected: {affected}"))
    else:
        write(say("没有产品受影响", "none of your products is affected"))
    if result.recomputed_estimates:
        skus = ", ".join(result.recomputed_estimates)
        write(
            say(
                f"碳足迹已按新因子重新估算：{skus}", f"carbon estimates recomputed (a factor changed): {skus}"
            )
        )
