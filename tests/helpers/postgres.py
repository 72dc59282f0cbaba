"""A real PostgreSQL server for the tests: a throw-away cluster on a loopback port.

`PostgresServer.start()` runs `initdb` into a temporary folder and starts
the server on 127.0.0.1 (its unix socket in the same folder), with
durability switched off since nothing in it must survive the session.
PostgreSQL refuses to run as root: as root (CI's container) every server
command runs as the `postgres` user. `TEXTILE_ASSISTANT_TEST_DATABASE_URL`
names an existing server instead (a superuser URL on any database); the
tests then create and drop their databases there.

`Databases` makes a template database migrated to head once, and a fresh
copy of it per test (`CREATE DATABASE ... TEMPLATE`, a file copy, far
quicker than migrating again), dropped afterwards.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

SERVER_ENV = "TEXTILE_ASSISTANT_TEST_DATABASE_URL"
REQUIRE_ENV = "TEXTILE_ASSISTANT_REQUIRE_POSTGRES"
SUPERUSER = "postgres"
# a role like the one installer/README.md tells the firm to create
APP_ROLE, APP_PASSWORD = "assistant", "office-secret-42"


def find_bindir() -> Path | None:
    """The folder with initdb and pg_ctl: PATH, Debian's /usr/lib/postgresql/N/bin, pg_config."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    debian = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if debian:
        return Path(debian[-1]).parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """A cluster of our own, started and stopped by the test session."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = _free_port()
        self.root = Path(tempfile.mkdtemp(prefix="textile-pg-"))
        self.data = self.root / "data"
        self._as_root = hasattr(os, "geteuid") and os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}{tail}")

    def start(self) -> PostgresServer:
        if self._as_root:
            shutil.chown(self.root, SUPERUSER, SUPERUSER)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            SUPERUSER,
            "--encoding=UTF8",
            "--locale=C.UTF-8",  # Chinese characters are letters to pg_trgm
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
        )
        # the superuser from loopback without a password (only tests reach this cluster);
        # every other role, like the firm's, with its password
        hba = self.data / "pg_hba.conf"
        hba.write_text("host all postgres 127.0.0.1/32 trust\n" + hba.read_text())
        self._pg_ctl_start()
        return self

    def _pg_ctl_start(self) -> None:
        """Start the server with the session's settings: the first start and every restart alike."""
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-o",
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start",
        )

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def restart(self, *, stopped: Callable[[], None] | None = None) -> None:
        """Stop the server, call `stopped()` while it is down, start it again."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        try:
            if stopped is not None:
                stopped()
        finally:
            self._pg_ctl_start()

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/postgres"


class Databases:
    """Databases on one server: a migrated template, and a fresh copy per test."""

    TEMPLATE = "textile_template"

    def __init__(self, admin_url: str) -> None:
        from sqlalchemy import make_url

        self.admin = make_url(admin_url).set(drivername="postgresql+psycopg")
        self._names = itertools.count(1)
        self._prefix = f"textile_test_{os.getpid()}_"
        self._version: int | None = None
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="postgres-databases")
        self._next: Future[str] | None = None

    def url(self, name: str, *, user: str | None = None, password: str | None = None) -> str:
        url = self.admin.set(database=name)
        if user is not None:
            url = url.set(username=user, password=password)
        return url.render_as_string(hide_password=False)

    def _execute(self, *statements: str) -> None:
        import psycopg

        params = self.admin.translate_connect_args(username="user", database="dbname")
        with psycopg.connect(**params, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def _server_version(self) -> int:
        if self._version is None:
            import psycopg

            params = self.admin.translate_connect_args(username="user", database="dbname")
            with psycopg.connect(**params) as conn:
                self._version = conn.info.server_version
        return self._version

    def make_template(self, build: Callable[[str], None]) -> None:
        """(Re)create the template database and let `build(url)` migrate and fill it."""
        self._execute(
            f'DROP DATABASE IF EXISTS "{self.TEMPLATE}" WITH (FORCE)', f'CREATE DATABASE "{self.TEMPLATE}"'
        )
        build(self.url(self.TEMPLATE))

    def take(self) -> str:
        """A fresh copy of the template, made while the previous test ran; its name.

        CREATE DATABASE costs about as much as a whole test (the server copies
        the files and checkpoints), so one copy is always made ahead on a
        worker thread, and drops go there too: the server works while the
        tests run.
        """
        if self._next is None:
            self._next = self._worker.submit(self.create)
        name = self._next.result()
        self._next = self._worker.submit(self.create)
        return name

    def settle(self) -> None:
        """Wait until the worker has nothing in hand (the copy made ahead is ready, drops done):
        before a test stops the server, so no CREATE or DROP meets it down."""
        if self._next is not None:
            self._next.result()
        self._worker.submit(lambda: None).result()

    def drop_later(self, name: str) -> None:
        self._worker.submit(self.drop, name)

    def close(self) -> None:
        """Wait for the worker; drop the copy made ahead and the template."""
        if self._next is not None:
            self.drop(self._next.result())
            self._next = None
        self._worker.shutdown(wait=True)
        self.drop(self.TEMPLATE)

    def create(self, *, empty: bool = False) -> str:
        """A new database (a copy of the template, or `empty`); its name."""
        name = f"{self._prefix}{next(self._names)}"
        template = "template0" if empty else self.TEMPLATE
        # FILE_COPY (PostgreSQL 15+): a copy of the files, quicker than WAL_LOG's block by block
        strategy = " STRATEGY FILE_COPY" if self._server_version() >= 150000 else ""
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"{strategy}')
        return name

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def ensure_app_role(self) -> tuple[str, str]:
        """The firm's role (`assistant`, with a password), which may create tables; (user, password)."""
        self._execute(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{APP_ROLE}') THEN "
            f"CREATE ROLE {APP_ROLE} LOGIN PASSWORD '{APP_PASSWORD}'; END IF; END $$"
        )
        return APP_ROLE, APP_PASSWORD

    def grant_schema(self, name: str, role: str) -> None:
        """Make `role` the owner of database `name` and its public schema, as the installer's README does."""
        import psycopg

        self._execute(f'ALTER DATABASE "{name}" OWNER TO {role}')
        params = self.admin.set(database=name).translate_connect_args(username="user", database="dbname")
        with psycopg.connect(**params, autocommit=True) as conn:
            conn.execute(f"ALTER SCHEMA public OWNER TO {role}")
