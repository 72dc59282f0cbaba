"""A real platform server on 127.0.0.1 speaking the catalogue API (protocols 1 and 2).

Tests (and the benchmark) run the sync code against this over real HTTP, so
paging, gzip, signatures, status codes, `Retry-After` and broken connections
go through requests and urllib3 exactly as in production. Each test gets
its own key pair and token; faults are injected per request with `inject`.

It is deliberately written from the protocol alone (`docs/platform-protocol.md`) and keeps raw
history: `since=0` is answered with a compacted snapshot of live objects,
`since>0` with every change after it (several changes to one object
included), and `expire_history(floor)` makes older cursors answer 410.

`PlatformServer(speaks=1)` (the default) is an older server: it ignores
`protocol=2` and answers protocol 1. `speaks=2` answers protocol 2 to a
client asking `protocol=2`, and protocol 1 to any other, leaving out what
protocol 1 cannot say (factor changes, protocol-2 fields and `when` keys).

Run `python tests/platform_server.py` to serve the bundled catalogue by
hand; it prints the URL, token, key id and public key.
"""

from __future__ import annotations

import base64
import gzip
import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

__all__ = [
    "Fault",
    "PlatformServer",
    "factor_data",
    "make_key_pair",
    "notice_data",
    "public_key_b64",
    "rule_data",
    "standard_data",
]


def standard_data(code: str, *, items: int = 2, **fields: Any) -> dict[str, Any]:
    """A valid `standard` object with `items` requirement items; `fields` override."""
    data: dict[str, Any] = {
        "code": code,
        "title": {"zh": f"{code} 标准", "en": f"Standard {code}"},
        "issuer": "SAMR/SAC",
        "markets": ["CN"],
        "status": "current",
        "mandatory": True,
        "published": "2020-01-01",
        "effective": "2020-07-01",
        "withdrawn": None,
        "replaced_by": None,
        "tags": ["safety"],
        "requirements": [
            {
                "key": f"item{i}",
                "item": {"zh": f"项目{i}", "en": f"Item {i}"},
                "grade": "A" if i % 2 else None,
                "limit": "≤ 20",
                "unit": "mg/kg",
                "method": "GB/T 2912.1",
            }
            for i in range(items)
        ],
    }
    data.update(fields)
    return data


def rule_data(id_: str, standard: str, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": id_,
        "standard": standard,
        "grade": None,
        "when": {"category": ["garment"], "market": ["CN"]},
        "note": {"zh": "在中国销售", "en": "Sold in China"},
    }
    data.update(fields)
    return data


def notice_data(id_: str, standards: list[str], **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": id_,
        "published": "2026-01-15",
        "severity": "warning",
        "title": {"zh": "标准更新", "en": "Standard updated"},
        "body": None,
        "standards": standards,
        "effective": None,
        "url": None,
    }
    data.update(fields)
    return data


def factor_data(id_: str, **fields: Any) -> dict[str, Any]:
    """A valid protocol-2 `factor` object; `fields` override."""
    data: dict[str, Any] = {
        "id": id_,
        "kind": "electricity",
        "name": {"zh": "华东电网排放因子", "en": "East China grid emission factor"},
        "region": "CN-East",
        "value": 0.7035,
        "unit": "kgCO2e/kWh",
        "scope": "CO2e",
        "year": 2022,
        "source": {"zh": "生态环境部 2022 年电力二氧化碳排放因子", "en": "MEE 2022 electricity factors"},
        "url": None,
        "effective": None,
        "until": None,
    }
    data.update(fields)
    return data


# What a protocol-1 answer leaves out (the API's protocol-2 additions).
P2_RULE_FIELDS = ("unless", "effective", "until")
P2_WHEN_KEYS = ("product_type", "construction", "component", "age_months", "height_cm", "origin")
P2_ITEM_FIELDS = ("when", "unless", "effective", "until", "check")


def protocol1_view(entry: dict[str, Any]) -> dict[str, Any] | None:
    """A change as a protocol-1 page carries it: None for a factor, protocol-2 fields removed."""
    if entry["type"] == "factor":
        return None
    data = entry.get("data")
    if data is None:
        return entry
    data = dict(data)
    if entry["type"] == "rule":
        for name in P2_RULE_FIELDS:
            data.pop(name, None)
        data["when"] = {k: v for k, v in data.get("when", {}).items() if k not in P2_WHEN_KEYS}
    elif entry["type"] == "standard":
        data["requirements"] = [
            {k: v for k, v in item.items() if k not in P2_ITEM_FIELDS}
            for item in data.get("requirements", [])
        ]
    return {**entry, "data": data}


def make_key_pair() -> Ed25519PrivateKey:
    """A fresh Ed25519 private key (the public half is `public_key_b64(key)`)."""
    return Ed25519PrivateKey.generate()


def public_key_b64(key: Ed25519PrivateKey) -> str:
    """The raw 32-byte public key in base64, as `trust-key add` takes it."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


@dataclass
class Fault:
    """One injected misbehaviour, used for the next `times` matching requests.

    kind: "status" (answer `status`, with `retry_after` and an error body),
    "truncate" (Content-Length larger than the body, then close), "drop"
    (close without answering), "no_signature", "malformed_signature",
    "unknown_key" (signed by another key), "bad_signature" (the signature of
    other bytes), "corrupt" (gzip/plain bytes changed after signing),
    "mutate" (`mutate(page_dict)` edits the page, which is then signed, so
    the signature is good but the data may be invalid), "stall" (wait
    `delay` seconds, then answer normally).
    `since`: only requests for that cursor match (None: any request).
    """

    kind: str
    times: int = 1
    since: int | None = None
    status: int = 503
    retry_after: str | None = None
    code: str = "unavailable"
    message: str = "injected fault"
    delay: float = 0.0
    mutate: Callable[[dict[str, Any]], None] | None = None


@dataclass
class _Entry:
    version: int
    type: str
    id: str
    op: str
    data: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "version": self.version,
            "type": self.type,
            "id": self.id,
            "op": self.op,
        }
        if self.op != "delete":
            out["data"] = self.data
        return out


@dataclass
class RequestRecord:
    path: str
    query: dict[str, str]
    headers: dict[str, str] = field(default_factory=dict)
    gzipped: bool = False


class PlatformServer:
    """The platform: history, key pair, token, fault queue, and a thread serving HTTP."""

    def __init__(
        self, *, token: str = "tok-3f9a2c7e5b1d", key_id: str = "test-key-1", speaks: int = 1
    ) -> None:
        self.token = token
        self.speaks = speaks  # the newest protocol this server answers in
        self.key_id = key_id
        self.private_key: Ed25519PrivateKey = make_key_pair()
        self.history: list[_Entry] = []
        self.floor = 0
        self.max_page: int | None = None
        self.forbidden = False
        self.gzip_enabled = True
        # (since, limit, gzip, protocol) -> (body, headers) of fault-free answers; see `prerender`.
        self.cache: dict[tuple[int, int, bool, int], tuple[bytes, dict[str, str]]] | None = None
        self.requests: list[RequestRecord] = []
        self._faults: deque[Fault] = deque()
        self._snapshot_cursors: set[int] = set()
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------

    def start(self) -> PlatformServer:
        server = self

        class Handler(_Handler):
            platform = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.02},
            name="platform",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> PlatformServer:  # noqa: PYI034 - Self needs Python 3.11
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def public_key_b64(self) -> str:
        return public_key_b64(self.private_key)

    @property
    def public_key(self) -> bytes:
        return base64.b64decode(self.public_key_b64)

    @property
    def trusted_keys(self) -> dict[str, bytes]:
        return {self.key_id: self.public_key}

    # -- catalogue ------------------------------------------------------

    @property
    def latest(self) -> int:
        return self.history[-1].version if self.history else 0

    def add_changes(self, changes: list[dict[str, Any]]) -> int:
        """Append `{"type", "id", "op"?, "data"?}` changes at the next versions; returns latest."""
        with self._lock:
            if self.cache is not None:
                self.cache.clear()
            for change in changes:
                op = change.get("op", "upsert")
                self.history.append(
                    _Entry(self.latest + 1, change["type"], change["id"], op, change.get("data"))
                )
            return self.latest

    def answers(self, asked: str | None) -> int:
        """The protocol of the answer to a request whose `protocol` parameter is `asked`."""
        return 2 if self.speaks >= 2 and asked == "2" else 1

    def upsert(self, type_: str, data: dict[str, Any]) -> int:
        id_ = data["code"] if type_ == "standard" else data["id"]
        return self.add_changes([{"type": type_, "id": id_, "data": data}])

    def delete(self, type_: str, id_: str) -> int:
        return self.add_changes([{"type": type_, "id": id_, "op": "delete"}])

    def live(self) -> dict[tuple[str, str], _Entry]:
        """The current state: the last upsert of every object not deleted since."""
        state: dict[tuple[str, str], _Entry] = {}
        for entry in self.history:
            if entry.op == "delete":
                state.pop((entry.type, entry.id), None)
            else:
                state[(entry.type, entry.id)] = entry
        return state

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for type_, _id in self.live():
            out[type_] = out.get(type_, 0) + 1
        return out

    def expire_history(self, floor: int) -> None:
        """Requests with 0 < since < floor answer 410 history_expired from now on."""
        self.floor = floor
        self._snapshot_cursors.clear()

    def inject(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def pending_faults(self) -> int:
        return sum(f.times for f in self._faults)

    # -- pages ----------------------------------------------------------

    def _take_fault(self, since: int) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.since is None or fault.since == since:
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    return fault
        return None

    def page(self, since: int, limit: int, protocol: int = 1) -> dict[str, Any]:
        """The page a client asking `since`/`limit` gets in `protocol` (no fault applied)."""
        with self._lock:
            if since == 0 or since in self._snapshot_cursors:
                # A snapshot (and its continuation): the live state only.
                entries = sorted(
                    (e for e in self.live().values() if e.version > since), key=lambda e: e.version
                )
                if since:
                    entries = self._tombstones_after(since, entries)
                snapshot = True
            else:
                entries = [e for e in self.history if e.version > since]
                snapshot = False
            size = min(limit, self.max_page or limit)
            chunk, has_more = entries[:size], len(entries) > size
            next_ = chunk[-1].version if has_more else max(self.latest, since)
            if snapshot and has_more:
                self._snapshot_cursors.add(next_)
            changes = [e.to_json() for e in chunk]
            if protocol == 1:
                changes = [c for c in map(protocol1_view, changes) if c is not None]
            return {
                "protocol": protocol,
                "since": since,
                "next": next_,
                "latest": self.latest,
                "has_more": has_more,
                "changes": changes,
            }

    def _tombstones_after(self, since: int, entries: list[_Entry]) -> list[_Entry]:
        live = {(e.type, e.id) for e in self.live().values()}
        gone = {}
        for e in self.history:
            if e.version > since and e.op == "delete" and (e.type, e.id) not in live:
                gone[(e.type, e.id)] = e
        return sorted([*entries, *gone.values()], key=lambda e: e.version)

    def prerender(self, limit: int, *, since: int = 0, protocol: int | None = None) -> int:
        """Encode, sign and gzip the chain of pages from `since` now, and serve them from memory.

        For the benchmark: it times the client, so the server's own JSON
        encoding must not run (and hold the GIL) during the measurement.
        Returns the number of pages. `protocol` is the one rendered (default:
        the newest this server speaks).
        """
        self.cache = {}
        protocol = self.speaks if protocol is None else protocol
        count = 0
        while True:
            page = self.page(since, limit, protocol)
            body = self.encode(page)
            headers = {
                "Content-Type": "application/json; charset=utf-8",
                "X-Catalogue-Signature": self.sign(body),
            }
            self.cache[(since, limit, False, protocol)] = (body, headers)
            zipped = gzip.compress(body, compresslevel=1)
            self.cache[(since, limit, True, protocol)] = (zipped, {**headers, "Content-Encoding": "gzip"})
            count += 1
            if not page["has_more"]:
                return count
            since = page["next"]

    def sign(self, body: bytes, *, key: Ed25519PrivateKey | None = None, key_id: str | None = None) -> str:
        signature = (key or self.private_key).sign(body)
        return f"ed25519:{key_id or self.key_id}:{base64.b64encode(signature).decode()}"

    @staticmethod
    def encode(page: dict[str, Any]) -> bytes:
        return json.dumps(page, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def make_offline_package(
        self,
        path: Path | str,
        since: int = 0,
        *,
        limit: int = 1000,
        tamper: int | None = None,
        protocol: int = 1,
    ) -> list[str]:
        """Write a real zip of the pages from `since` in `protocol`; `tamper=i` spoils page i's signature."""
        import zipfile

        names: list[str] = []
        first = since
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            while True:
                page = self.page(since, limit, protocol)
                body = self.encode(page)
                signed = body + b" " if tamper == len(names) else body
                name = f"page-{len(names) + 1:05d}.json"
                zf.writestr(name, body)
                zf.writestr(name + ".sig", self.sign(signed))
                names.append(name)
                since = page["next"]
                if not page["has_more"]:
                    break
            manifest = {"protocol": protocol, "from": first, "to": since, "pages": names}
            zf.writestr("manifest.json", json.dumps(manifest))
        return names


class _Handler(BaseHTTPRequestHandler):
    platform: PlatformServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if "Content-Length" not in (headers or {}):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, code: str, message: str, extra: dict[str, str] | None = None) -> None:
        body = json.dumps({"error": {"code": code, "message": message}}).encode()
        self._send(status, body, {"Content-Type": "application/json", **(extra or {})})

    def do_GET(self) -> None:
        p = self.platform
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        p.requests.append(RequestRecord(parts.path, query, dict(self.headers.items())))
        if parts.path != "/catalogue/changes":
            return self._error(404, "not_found", "no such resource")
        if self.headers.get("Authorization") != f"Bearer {p.token}":
            return self._error(401, "unauthorized", "missing or invalid token")
        if p.forbidden:
            return self._error(403, "forbidden", "token may not read the catalogue")
        try:
            since = int(query.get("since", "0"))
            limit = int(query.get("limit", "1000"))
        except ValueError:
            return self._error(400, "bad_request", "since and limit must be integers")
        if since < 0 or not 1 <= limit <= 5000:
            return self._error(400, "bad_request", "since >= 0, 1 <= limit <= 5000")
        fault = p._take_fault(since)
        if fault is not None and fault.kind == "status":
            extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            return self._error(fault.status, fault.code, fault.message, extra)
        if fault is not None and fault.kind == "stall":
            time.sleep(fault.delay)
        if fault is not None and fault.kind == "drop":
            self.close_connection = True
            return
        if 0 < since < p.floor and since not in p._snapshot_cursors:
            return self._error(410, "history_expired", f"history starts at {p.floor}")
        use_gzip = p.gzip_enabled and "gzip" in self.headers.get("Accept-Encoding", "")
        protocol = p.answers(query.get("protocol"))
        cached = p.cache.get((since, limit, use_gzip, protocol)) if p.cache is not None else None
        if fault is None and cached is not None:
            p.requests[-1].gzipped = use_gzip
            return self._send(200, *cached)
        page = p.page(since, limit, protocol)
        if fault is not None and fault.kind == "mutate" and fault.mutate is not None:
            fault.mutate(page)
        body = p.encode(page)
        kind = fault.kind if fault is not None else ""
        headers = {"Content-Type": "application/json; charset=utf-8"}
        if kind == "unknown_key":
            headers["X-Catalogue-Signature"] = p.sign(body, key=make_key_pair(), key_id="other-key")
        elif kind == "bad_signature":
            headers["X-Catalogue-Signature"] = p.sign(body + b"x")
        elif kind == "malformed_signature":
            headers["X-Catalogue-Signature"] = f"ed25519:{p.key_id}:not*base64"
        elif kind != "no_signature":
            headers["X-Catalogue-Signature"] = p.sign(body)
        if kind == "corrupt":
            body = body.replace(b'"since"', b'"sincx"', 1)
        if use_gzip:
            body = gzip.compress(body, compresslevel=1)
            headers["Content-Encoding"] = "gzip"
            p.requests[-1].gzipped = True
        if kind == "truncate":
            headers["Content-Length"] = str(len(body))
            self.close_connection = True
            self._send(200, body[: len(body) // 2], headers)
            return
        self._send(200, body, headers)


if __name__ == "__main__":  # pragma: no cover - a manual tool
    catalogue = Path(__file__).resolve().parents[1] / "resources" / "catalogue" / "catalogue.json"
    srv = PlatformServer(speaks=2)
    page0 = json.loads(catalogue.read_text(encoding="utf-8"))
    srv.add_changes(page0["changes"])
    srv.start()
    print(f"url={srv.url}\ntoken={srv.token}\nkey_id={srv.key_id}\npublic_key={srv.public_key_b64}")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()
