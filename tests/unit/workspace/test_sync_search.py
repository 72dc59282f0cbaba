"""The search index in step with syncs from a real platform server on 127.0.0.1: a full
pass replacing the bundled catalogue, an item added by an update, a standard withdrawn
and one removed."""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.workspace import Workspace
from tests.helpers.sync_platform import CODES, fill, trust
from tests.platform_server import PlatformServer, standard_data


@pytest.fixture
def online(ws: Workspace, platform: PlatformServer, memory_keyring) -> Workspace:
    platform.max_page = 4
    fill(platform)
    trust(ws, platform, max_retries=2)
    ws.sync.login(platform.url, platform.token)
    return ws


def found(ws: Workspace, text: str) -> dict[str, tuple[str, str | None]]:
    return {h.standard.code: (h.matched.field, h.matched.key) for h in ws.catalogue.search(text, limit=500)}


def index_is_sound(ws: Workspace) -> None:
    """Every standard has its title text, every slot belongs to a stored standard and names a
    stored text, no text is left that no standard has, and the FTS5 index matches its rows."""
    con = sqlite3.connect(ws.paths.database)
    try:
        orphans = con.execute(
            "select count(*) from standard_texts where search_key not in (select search_key from standards)"
        ).fetchone()[0]
        dangling = con.execute(
            "select count(*) from standard_texts where text_id not in (select id from search_texts)"
        ).fetchone()[0]
        unused = con.execute(
            "select count(*) from search_texts where id not in (select text_id from standard_texts)"
        ).fetchone()[0]
        con.execute("insert into search_texts_fts(search_texts_fts) values ('integrity-check')")
        titles = con.execute("select count(*) from standard_texts where slot = 0").fetchone()[0]
        standards = con.execute("select count(*) from standards").fetchone()[0]
    finally:
        con.close()
    assert (orphans, dangling, unused, titles) == (0, 0, 0, standards)


def test_the_index_follows_a_full_pass_an_update_a_withdrawal_and_a_removal(online, platform):
    assert "REACH Annex XVII-72" in found(online, "甲醛")  # the bundled catalogue
    online.sync.run()
    index_is_sound(online)
    assert "REACH Annex XVII-72" not in found(online, "甲醛")  # the full pass removed it
    assert next(iter(found(online, "GBT1003"))) == "GB/T 1003-2020"
    assert found(online, "GB/T 1003")["GB/T 1003-2020"] == ("code", None)

    # an update gives GB/T 1004 a formaldehyde item: found by it, with the item
    data = standard_data(CODES[5], items=1)
    data["requirements"].append(
        {
            "key": "formaldehyde",
            "item": {"zh": "甲醛含量", "en": "Formaldehyde content"},
            "grade": None,
            "limit": "≤ 75",
            "unit": "mg/kg",
            "method": "GB/T 2912.1",
        }
    )
    platform.upsert("standard", data)
    # GB/T 1005 is withdrawn, GB/T 1006 removed from the catalogue
    platform.upsert("standard", standard_data(CODES[6], status="withdrawn"))
    platform.delete("standard", CODES[7])
    online.sync.run()

    index_is_sound(online)
    assert found(online, "甲醛")[CODES[5]] == ("item", "formaldehyde")
    assert found(online, "formaldehyde content")[CODES[5]] == ("item", "formaldehyde")
    assert found(online, "项目1").get(CODES[5]) is None  # its old second item is gone
    hits = list(found(online, "GB/T 100"))
    assert CODES[6] in hits and CODES[7] not in hits
    assert hits[-1] == CODES[6]  # withdrawn: after the standards in force of its rank
    assert found(online, CODES[7]) == {}
