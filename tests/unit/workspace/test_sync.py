"""`ws.sync.run` against a real platform server on 127.0.0.1, on a real SQLite database.

Every page is applied in one transaction with its cursor: a sync stopped
anywhere (a bad page, a crash inside a page, a cancel) keeps the pages
before it and nothing of the page in flight, and the next run carries on.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop_app.core.products import Product
from desktop_app.db import dialect
from desktop_app.db.catalogue_repo import CatalogueRepo
from desktop_app.sync import AuthError, NotLoggedInError, NoTrustedKeysError, PageInvalidError
from desktop_app.workspace import Workspace
from tests.helpers.factories import make_product
from tests.helpers.sync_platform import (
    BUNDLED_KEPT,
    CODES,
    bundled_count,
    codes,
    dump,
    fill,
    matches_platform,
    trust,
)
from tests.platform_server import Fault, PlatformServer, notice_data, standard_data


@pytest.fixture
def platform(platform: PlatformServer) -> PlatformServer:
    platform.max_page = 4
    return platform


@pytest.fixture
def online(ws: Workspace, platform: PlatformServer, memory_keyring) -> Workspace:
    """The workspace logged in to the test platform and trusting its key; no real sleeps."""
    fill(platform)
    trust(ws, platform, max_retries=2)
    ws.sync.login(platform.url, platform.token)
    return ws


def garment(sku: str = "BB-1") -> Product:
    return make_product(sku=sku)


def test_first_sync_is_a_full_pass_that_replaces_the_bundled_catalogue(online, platform) -> None:
    online.products.add(garment())
    bundled = codes(online)
    assert len(bundled) == bundled_count("standard") and BUNDLED_KEPT in bundled
    seen: list[tuple[int, int]] = []

    result = online.sync.run(progress=lambda applied, total: seen.append((applied, total)))

    matches_platform(online, platform)
    assert result.full_pass and result.complete and result.pages == 4
    assert (result.from_version, result.to_version, result.latest) == (0, 15, 15)
    assert (result.standards.added, result.standards.changed, result.standards.removed) == (
        9,
        1,
        bundled_count("standard") - 1,
    )
    assert (result.rules.added, result.rules.removed) == (3, bundled_count("rule"))
    assert (result.notices.added, result.notices.removed) == (2, 2)
    assert result.new_notices == ("N-1", "N-2")
    assert result.affected_products == ("BB-1",)
    assert seen == [(4, 15), (8, 15), (12, 15), (15, 15)]
    assert [r.query["since"] for r in platform.requests[-4:]] == ["0", "4", "8", "12"]
    status = online.sync.status()
    assert status.platform_synced and not status.full_pass_active and status.last_sync_error is None
    assert status.last_sync_at is not None and status.version == 15


def test_incremental_sync_applies_changes_deletes_and_skips_unknown_types(online, platform) -> None:
    online.sync.run()
    online.products.add(garment())
    online.products.add(garment("YARN-1").with_changes(category="yarn"))
    online.catalogue.mark_notice("N-1")
    platform.upsert("standard", standard_data(CODES[0], status="superseded", replaced_by="GB 18401-2030"))
    platform.delete("standard", CODES[5])
    platform.upsert("standard", standard_data("FZ/T 9999-2026"))
    platform.upsert("notice", notice_data("N-1", [CODES[0]], severity="critical"))
    platform.upsert("notice", notice_data("N-3", [CODES[2]]))
    platform.delete("notice", "N-2")
    platform.delete("rule", "R-nobody-had")
    platform.add_changes([{"type": "widget", "id": "W-1", "data": {"anything": 1}}])

    result = online.sync.run()

    matches_platform(online, platform)
    assert platform.requests[-2].query["since"] == "15"
    assert not result.full_pass and result.pages == 2
    assert (result.standards.added, result.standards.changed, result.standards.removed) == (1, 1, 1)
    assert (result.notices.added, result.notices.changed, result.notices.removed) == (1, 1, 1)
    assert result.rules == type(result.rules)()  # deleting a rule nobody had is no change
    assert result.new_notices == ("N-3",) and result.skipped_changes == 1
    # BB-1: its standard was superseded; YARN-1: a new notice concerns its standard
    assert result.affected_products == ("BB-1", "YARN-1")
    assert online.catalogue.show(CODES[0]).replaced_by == "GB 18401-2030"
    read = {v.notice.id: v.read for v in online.catalogue.notices()}
    assert read == {"N-1": True, "N-3": False}  # the read mark survived the notice's update

    assert online.sync.run().changed is False  # nothing new: nothing to say


def test_invalid_page_is_rejected_whole_and_the_next_run_resumes(online, platform) -> None:
    online.sync.run()
    before = dump(online, catalogue=True)
    firm_before = dump(online, catalogue=False)
    for i in range(10):  # versions 16..25: pages since 15, 19, 23
        platform.upsert("standard", standard_data(f"GB/T {2000 + i}-2026"))

    def spoil(page: dict[str, Any]) -> None:
        change = page["changes"][1]  # a copy: the server's history stays good
        change["data"] = {k: v for k, v in change["data"].items() if k != "issuer"}

    platform.inject(Fault("mutate", since=19, mutate=spoil))
    with pytest.raises(PageInvalidError) as info:
        online.sync.run()

    assert (info.value.page_since, info.value.version, info.value.field) == (19, 21, "issuer")
    assert online.catalogue.version() == 19
    after = dump(online, catalogue=True)
    assert {r[0] for r in after["standards"]} - {r[0] for r in before["standards"]} == {
        f"GB/T {2000 + i}-2026" for i in range(4)
    }  # page 1 only
    assert [r for r in after["rules"]] == before["rules"] and after["notices"] == before["notices"]
    assert dump(online, catalogue=False) == firm_before
    assert (
        "since=19" in online.sync.status().last_sync_error
        and "issuer" in online.sync.status().last_sync_error
    )

    result = online.sync.run()
    assert platform.requests[-2].query["since"] == "19"
    assert (result.from_version, result.standards.added, result.pages) == (19, 6, 2)
    matches_platform(online, platform)
    assert online.sync.status().last_sync_error is None


def test_a_crash_inside_a_page_rolls_that_page_back(online, platform, monkeypatch) -> None:
    original = CatalogueRepo.apply_page
    calls = []

    def crash_on_second_page(self: CatalogueRepo, page: Any, **kw: Any) -> Any:
        summary = original(self, page, **kw)  # its statements ran, inside the transaction
        calls.append(page.since)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return summary

    monkeypatch.setattr(CatalogueRepo, "apply_page", crash_on_second_page)
    with pytest.raises(RuntimeError):
        online.sync.run()

    status = online.sync.status()
    assert (status.version, status.full_pass_active, status.platform_synced) == (4, True, False)
    assert codes(online) >= {CODES[1], CODES[2]} and CODES[4] not in codes(online)  # page 2 held 4..7
    assert (
        len(codes(online)) == bundled_count("standard") + 3
    )  # the bundled ones stay until the pass completes
    assert "RuntimeError: power cut" == status.last_sync_error

    monkeypatch.setattr(CatalogueRepo, "apply_page", original)
    result = online.sync.run()
    assert result.full_pass and result.from_version == 4  # resumed, still a full pass
    matches_platform(online, platform)


def test_cancel_between_pages_keeps_them_and_the_pass_resumes(online, platform) -> None:
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 2

    result = online.sync.run(cancel=cancel)
    assert not result.complete and result.pages == 2 and online.catalogue.version() == 8
    assert not online.sync.status().platform_synced
    result = online.sync.run()
    assert result.complete and result.full_pass and result.pages == 2
    matches_platform(online, platform)
    assert BUNDLED_KEPT in codes(online) and len(codes(online)) == 10


def test_history_expired_starts_a_full_pass_that_removes_what_it_did_not_mention(online, platform) -> None:
    online.sync.run()
    platform.delete("standard", CODES[9])
    platform.delete("rule", "R-3")
    platform.upsert("standard", standard_data(CODES[8], status="withdrawn"))
    platform.expire_history(platform.latest)  # our cursor (15) is now too old
    asked = len(platform.requests)

    result = online.sync.run()

    assert [r.query["since"] for r in platform.requests[asked:]] == ["15", "0", "4", "8", "15"]
    assert result.full_pass and result.from_version == 15
    matches_platform(online, platform)
    assert CODES[9] not in codes(online)
    # unchanged objects sent again by the pass are not reported as changed
    assert (result.standards.added, result.standards.changed, result.standards.removed) == (0, 1, 1)
    assert (result.rules.changed, result.rules.removed, result.notices.changed) == (0, 1, 0)


def test_firm_records_are_never_touched(demo_ws, platform, memory_keyring) -> None:
    fill(platform)
    demo_ws.sync.client_options = {"backoff_base": 0.01, "sleep": lambda s: None}
    demo_ws.sync.add_trusted_key(platform.key_id, platform.public_key_b64)
    demo_ws.sync.login(platform.url, platform.token)
    demo_ws.catalogue.mark_notice("N-1")
    firm = dump(demo_ws, catalogue=False)
    assert firm["products"] and firm["certificates"] and firm["notice_reads"]

    demo_ws.sync.run()  # removes 62 bundled standards the demo products use
    platform.expire_history(platform.latest + 1)
    platform.delete("standard", CODES[0])
    demo_ws.sync.run()  # a 410 and a sweep

    assert dump(demo_ws, catalogue=False) == firm
    assert demo_ws.certificates.states()  # still readable with the standards gone


def test_not_logged_in_no_keys_and_401_are_clear_errors(ws, platform, memory_keyring, caplog) -> None:
    fill(platform)
    before = dump(ws, catalogue=True)
    with pytest.raises(NotLoggedInError, match="login --url"):
        ws.sync.run()
    with pytest.raises(NotLoggedInError, match="TEXTILE_ASSISTANT_TOKEN"):
        ws.sync.run(url=platform.url)
    ws.sync.login(platform.url, platform.token)
    with pytest.raises(NoTrustedKeysError, match="trust-key add"):
        ws.sync.run()
    ws.sync.add_trusted_key(platform.key_id, platform.public_key_b64)
    platform.token = "rotated-token"
    with pytest.raises(AuthError, match="log in again"):
        ws.sync.run()
    assert "log in again" in ws.sync.status().last_sync_error
    state = dump(ws, catalogue=True)
    state["sync_state"] = before["sync_state"]  # only last_sync_error changed
    assert state == before


def test_the_token_is_never_in_the_database_logs_or_errors(online, platform, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    token = platform.token
    online.sync.run()
    platform.upsert("standard", standard_data("GB/T 3000-2026"))
    platform.inject(Fault("status", status=400, code="bad_request", message=f"what is {token}?"))
    with pytest.raises(Exception) as info:
        online.sync.run()
    assert "what is <hidden>?" in online.sync.status().last_sync_error
    platform.inject(Fault("status", times=9, status=503, code="down", message=token, retry_after="0"))
    with pytest.raises(Exception) as info2:
        online.sync.run()
    online.close()

    for exc in (info.value, info2.value):
        assert token not in str(exc) and token not in repr(exc)
    assert "unavailable" in online.sync.status().last_sync_error
    for record in caplog.records:
        assert token not in record.getMessage()
    for path in Path(online.paths.database).parent.iterdir():
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path


def test_a_sync_leaves_a_host_s_search_index_vacuumed(online, platform) -> None:
    """On PostgreSQL the search reads `standard_texts`' index alone only once the table is
    vacuumed: the sync does it at once rather than leave it to autovacuum (SQLite: nothing)."""
    online.sync.run()
    with online.engine.connect() as conn:
        if online.engine.dialect.name == "postgresql":
            vacuumed = conn.execute(
                text(
                    "select relname from pg_stat_user_tables "
                    "where relname in ('search_texts', 'standard_texts') and last_vacuum is not null"
                )
            ).scalars()
            assert set(vacuumed) == {"search_texts", "standard_texts"}
        else:
            assert dialect.vacuum(online.engine, ["standard_texts"]) is False
    assert online.catalogue.search("GBT1003")[0].standard.code == "GB/T 1003-2020"
