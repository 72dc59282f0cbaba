"""The catalogue the sync tests put on the test platform, and the check that a
workspace now holds exactly what the platform serves."""

from __future__ import annotations

from typing import Any

from desktop_app.core.catalogue import StandardQuery
from tests.platform_server import PlatformServer, notice_data, rule_data, standard_data

BUNDLED_KEPT = "GB 18401-2010"  # in the bundled catalogue and on the test platform
CODES = [BUNDLED_KEPT] + [f"GB/T {1000 + i}-2020" for i in range(9)]
CATALOGUE_TABLES = {
    "standards",
    "requirements",
    "rules",
    "notices",
    "factors",
    "sync_state",
    "full_pass_seen",
    "search_texts",  # the search words of the standards (revision 0010)
    "standard_texts",
}


def fill(platform: PlatformServer) -> None:
    """Ten standards, three rules, two notices: versions 1..15, four pages of four."""
    platform.add_changes([{"type": "standard", "id": c, "data": standard_data(c)} for c in CODES])
    platform.upsert("rule", rule_data("R-1", CODES[0]))
    platform.upsert("rule", rule_data("R-2", CODES[1], grade="A"))
    platform.upsert("rule", rule_data("R-3", CODES[2], when={"category": ["yarn"]}))
    platform.upsert("notice", notice_data("N-1", [CODES[0]]))
    platform.upsert("notice", notice_data("N-2", [CODES[2]]))


def trust(ws: Any, platform: PlatformServer, *, max_retries: int) -> Any:
    """`ws` trusting the test platform's key; its client retries without really sleeping."""
    ws.sync.client_options = {
        "timeout": (2, 5),
        "max_retries": max_retries,
        "backoff_base": 0.01,
        "sleep": lambda s: None,
    }
    ws.sync.add_trusted_key(platform.key_id, platform.public_key_b64)
    return ws


def codes(ws: Any) -> set[str]:
    return {s.code for s in ws.catalogue.browse(StandardQuery(), limit=100_000)}


def matches_platform(ws: Any, platform: PlatformServer) -> None:
    live = platform.live()
    assert codes(ws) == {i for (t, i) in live if t == "standard"}
    stats = ws.catalogue.stats()
    counts = platform.counts()
    assert (stats.standards, stats.rules, stats.notices) == (
        counts.get("standard", 0),
        counts.get("rule", 0),
        counts.get("notice", 0),
    )
    assert stats.version == platform.latest
    for (type_, id_), entry in live.items():
        if type_ == "standard":
            assert ws.catalogue.show(id_).status == entry.data["status"]


def dump(ws: Any, *, catalogue: bool) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the catalogue tables (or of every other table), read with plain SQL
    on the workspace's engine (SQLite or PostgreSQL), past the repositories."""
    from sqlalchemy import inspect, text

    with ws.engine.connect() as con:
        wanted = [
            n
            for n in inspect(con).get_table_names()
            if (n in CATALOGUE_TABLES) == catalogue
            and not n.startswith(("standards_fts", "search_texts_fts"))
            and n != "alembic_version"
        ]
        return {
            n: sorted((tuple(r) for r in con.execute(text(f'select * from "{n}"'))), key=repr) for n in wanted
        }


def bundled_count(kind: str) -> int:
    """How many objects of `kind` the shipped catalogue holds (so tests follow its growth)."""
    import json

    from tests.helpers import ROOT

    page = json.loads((ROOT / "resources" / "catalogue" / "catalogue.json").read_text(encoding="utf-8"))
    return sum(1 for change in page["changes"] if change["type"] == kind and change["op"] == "upsert")
