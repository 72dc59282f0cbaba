"""`ws.sync` speaks protocol 2 and still reads an older server's protocol 1.

Against a real platform server on 127.0.0.1 (`speaks=1`: an older server
that ignores `protocol=2`; `speaks=2`: one that answers it), on a real
SQLite database; what was stored is read back and compared with the core
objects the platform's JSON stands for.

The protocol-2 tests need the protocol-2 page parser (`sync/pages.py`,
written on another branch): until it is there they are skipped, saying so.
"""

from __future__ import annotations

import dataclasses
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.catalogue import Factor
from desktop_app.sync import PageInvalidError
from desktop_app.workspace import Workspace
from tests.helpers.protocol2 import (
    P2_CODE,
    P2_FACTOR,
    P2_RULE,
    p2_factor,
    p2_factor_json,
    p2_rule,
    p2_rule_json,
    p2_standard,
    p2_standard_json,
    reads_protocol_2,
)
from tests.helpers.sync_platform import bundled_count, dump, fill, matches_platform, trust
from tests.platform_server import PlatformServer, factor_data

needs_protocol_2 = pytest.mark.skipif(
    not reads_protocol_2(), reason="the page parser of this checkout reads protocol 1 only"
)


@pytest.fixture
def platform2() -> Iterator[PlatformServer]:
    """A platform that answers protocol 2 when asked, with protocol-2 objects in its history."""
    server = PlatformServer(speaks=2)
    server.max_page = 4
    fill(server)
    server.upsert("standard", p2_standard_json())
    server.upsert("rule", p2_rule_json())
    server.upsert("factor", p2_factor_json())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def online(ws: Workspace, server: PlatformServer) -> Workspace:
    trust(ws, server, max_retries=1)
    ws.sync.login(server.url, server.token)
    return ws


def stored(ws: Workspace) -> tuple[object, object, list[Factor]]:
    rules = {r.id: r for r in ws.catalogue.engine().rules}
    return ws.catalogue.show(P2_CODE), rules.get(P2_RULE), ws.catalogue.factors()


def test_an_older_server_answers_protocol_1_and_the_sync_reads_it(ws, platform, memory_keyring) -> None:
    platform.max_page = 4
    fill(platform)
    result = online(ws, platform).sync.run()

    assert all(r.query["protocol"] == "2" for r in platform.requests)  # asked for protocol 2
    assert platform.answers("2") == 1  # ... and got protocol 1
    matches_platform(ws, platform)
    assert result.pages == 4 and result.factors.added == 0 and ws.catalogue.factors() == []
    rules = ws.catalogue.engine().rules
    assert rules and all(r.unless is None and r.effective is None for r in rules)


@needs_protocol_2
def test_protocol_2_pages_are_stored_exactly_and_factors_counted(ws, platform2, memory_keyring) -> None:
    result = online(ws, platform2).sync.run()

    assert platform2.answers("2") == 2 and result.pages == 5
    matches_platform(ws, platform2)
    standard, rule, factors = stored(ws)
    assert standard == p2_standard() and rule == p2_rule() and factors == [p2_factor()]
    # the first full pass replaces the bundled factors with the platform's
    assert (result.factors.added, result.factors.changed, result.factors.removed) == (
        1,
        0,
        bundled_count("factor"),
    )

    platform2.upsert("factor", p2_factor_json(value=0.5703, year=2023))
    platform2.upsert("factor", factor_data("CN-steam-2024", kind="steam", unit="kgCO2e/GJ", value=110.0))
    again = ws.sync.run()
    assert (again.factors.added, again.factors.changed, again.factors.removed) == (1, 1, 0)
    assert again.changed and [f.id for f in ws.catalogue.factors()] == [P2_FACTOR, "CN-steam-2024"]
    assert ws.catalogue.factors()[0] == dataclasses.replace(p2_factor(), value=0.5703, year=2023)

    platform2.delete("factor", "CN-steam-2024")
    gone = ws.sync.run()
    assert (gone.factors.added, gone.factors.removed) == (0, 1) and len(ws.catalogue.factors()) == 1


@needs_protocol_2
def test_a_malformed_protocol_2_page_applies_nothing(ws, platform2, memory_keyring) -> None:
    online(ws, platform2).sync.run()
    before = dump(ws, catalogue=True)
    bad = p2_standard_json()
    bad["requirements"][0]["check"] = {"kind": "at_most", "value": 90}
    platform2.upsert("factor", p2_factor_json(value=1.0))
    platform2.upsert("standard", bad)

    with pytest.raises(PageInvalidError):
        ws.sync.run()
    after = dump(ws, catalogue=True)
    assert {t: rows for t, rows in after.items() if t != "sync_state"} == {
        t: rows for t, rows in before.items() if t != "sync_state"
    }
    assert ws.catalogue.factors() == [p2_factor()]


@needs_protocol_2
def test_an_offline_package_of_protocol_2(ws, tmp_path: Path) -> None:
    server = PlatformServer(speaks=2)
    fill(server)
    server.upsert("standard", p2_standard_json())
    server.upsert("rule", p2_rule_json())
    server.upsert("factor", p2_factor_json())
    package = tmp_path / "p2.zip"
    server.make_offline_package(package, 0, limit=5, protocol=2)
    with zipfile.ZipFile(package) as zf:
        assert json.loads(zf.read("manifest.json"))["protocol"] == 2
        assert json.loads(zf.read("page-00001.json"))["protocol"] == 2
    ws.sync.add_trusted_key(server.key_id, server.public_key_b64)

    result = ws.sync.import_package(package)

    assert result.full_pass and result.pages == 4 and result.factors.added == 1
    matches_platform(ws, server)
    assert stored(ws) == (p2_standard(), p2_rule(), [p2_factor()])


def test_an_offline_package_of_protocol_1_from_a_protocol_2_platform(ws, tmp_path: Path) -> None:
    """Protocol 1's view leaves the factor and every protocol-2 field out; the rest applies."""
    server = PlatformServer(speaks=2)
    fill(server)
    server.upsert("factor", p2_factor_json())
    package = tmp_path / "p1.zip"
    server.make_offline_package(package, 0, limit=20, protocol=1)
    with zipfile.ZipFile(package) as zf:
        page = json.loads(zf.read("page-00001.json"))
    assert page["protocol"] == 1 and all(c["type"] != "factor" for c in page["changes"])
    ws.sync.add_trusted_key(server.key_id, server.public_key_b64)

    result = ws.sync.import_package(package)

    assert result.full_pass and result.to_version == server.latest and ws.catalogue.factors() == []
    assert {h.standard.code for h in ws.catalogue.search("GB/T 100", limit=20)} >= {"GB/T 1000-2020"}
