"""Two PCs on one set of records: a save made from an old version is refused, nothing is lost,
and the audit log says who changed what and when (on SQLite and on PostgreSQL).

Each "PC" is a Workspace of its own on the same database (the same data
folder, so the same SQLite file or the same PostgreSQL database), with its
own display name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.core.errors import EditConflictError, NotFoundError
from desktop_app.core.reasons import Reason
from desktop_app.core.results import TestResult
from desktop_app.workspace import Workspace
from desktop_app.workspace.audit import DISPLAY_NAME_ENV, THIS_PC_FILE
from tests.helpers import TODAY
from tests.helpers.factories import make_certificate, make_product


@pytest.fixture
def two_pcs(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Workspace, Workspace]]:
    monkeypatch.delenv(DISPLAY_NAME_ENV, raising=False)
    office = Workspace(data_dir, today=lambda: TODAY)
    warehouse = Workspace(data_dir, today=lambda: TODAY)
    office.audit.set_display_name("王芳")
    warehouse.audit._saved = "李检"  # the other PC's own this_pc.json (one folder here stands for two)
    try:
        yield office, warehouse
    finally:
        office.close()
        warehouse.close()


def test_a_product_starts_at_version_1_and_each_save_adds_one(ws: Workspace) -> None:
    added = ws.products.add(make_product()).value
    assert added.version == 1
    saved = ws.products.replace("BB-001", dataclasses.replace(added, name="连体衣 新款")).value
    assert saved.version == 2
    assert ws.products.edit("BB-001", version=2, notes="复检").value.version == 3
    unchanged = ws.products.replace("BB-001", ws.products.get("BB-001")).value
    assert unchanged.version == 3  # nothing changed: no new version, no audit entry
    assert [e.action for e in ws.audit.product_history("BB-001")] == ["edited", "edited", "created"]


def test_a_stale_product_save_is_refused_with_what_the_other_pc_changed(two_pcs) -> None:
    office, warehouse = two_pcs
    office.products.add(make_product(customer="Brand X"))
    seen_by_office = office.products.get("BB-001")
    seen_by_warehouse = warehouse.products.get("BB-001")

    warehouse.products.replace(
        "BB-001", dataclasses.replace(seen_by_warehouse, customer="Brand Y", notes="换客户")
    )

    with pytest.raises(EditConflictError) as err:
        office.products.replace("BB-001", dataclasses.replace(seen_by_office, name="办公室改的名字"))
    exc = err.value
    assert exc.code is Reason.EDITED_ELSEWHERE
    assert exc.params["kind"] == "product" and exc.params["key"] == "BB-001"
    assert exc.params["changed"] == {"customer": "Brand Y", "notes": "换客户"}
    assert exc.params["fields"] == ["customer=Brand Y", "notes=换客户"]
    assert "李检" in exc.params["who"]
    assert exc.params["when"].endswith("UTC")
    assert exc.params["current_version"] == 2
    # nothing was overwritten: the warehouse's change stands, the office's name was not written
    now = office.products.get("BB-001")
    assert (now.name, now.customer, now.notes, now.version) == ("婴儿连体衣", "Brand Y", "换客户", 2)
    # reloaded, the office's edit goes through
    office.products.replace("BB-001", dataclasses.replace(now, name="办公室改的名字"))
    assert warehouse.products.get("BB-001").name == "办公室改的名字"


def test_edit_passes_the_version_it_read_and_without_one_applies_to_the_newest(two_pcs) -> None:
    office, warehouse = two_pcs
    office.products.add(make_product())
    read = office.products.get("BB-001").version
    warehouse.products.edit("BB-001", notes="仓库")
    with pytest.raises(EditConflictError):
        office.products.edit("BB-001", version=read, customer="Brand Z")
    assert office.products.get("BB-001").customer == ""
    office.products.edit("BB-001", customer="Brand Z")  # no version: the change on the newest, under a lock
    now = warehouse.products.get("BB-001")
    assert (now.notes, now.customer, now.version) == ("仓库", "Brand Z", 3)


def test_deleting_a_product_changed_since_it_was_read_is_refused(two_pcs) -> None:
    office, warehouse = two_pcs
    office.products.add(make_product())
    read = office.products.get("BB-001").version
    warehouse.products.edit("BB-001", notes="还在用")
    with pytest.raises(EditConflictError) as err:
        office.products.remove("BB-001", version=read)
    assert err.value.params["changed"] == {"notes": "还在用"}
    assert warehouse.products.get("BB-001").notes == "还在用"
    office.products.remove("BB-001", version=office.products.get("BB-001").version)
    with pytest.raises(NotFoundError):
        warehouse.products.get("BB-001")
    history = warehouse.audit.product_history("BB-001")  # kept after the product is gone
    assert [e.action for e in history] == ["deleted", "edited", "created"]
    assert history[0].changes["name"] == ["婴儿连体衣", None]


def test_saving_a_product_deleted_elsewhere_says_not_found(two_pcs) -> None:
    office, warehouse = two_pcs
    office.products.add(make_product())
    seen = office.products.get("BB-001")
    warehouse.products.remove("BB-001")
    with pytest.raises(NotFoundError):
        office.products.replace("BB-001", dataclasses.replace(seen, name="x"))


def test_a_stale_certificate_save_is_refused_and_nothing_is_overwritten(two_pcs) -> None:
    office, warehouse = two_pcs
    office.products.add(make_product())
    office.certificates.add(make_certificate())
    seen_by_office = office.certificates.get("GOTS-1")
    assert seen_by_office.version == 1
    later = seen_by_office.expires + dt.timedelta(days=365)
    warehouse.certificates.update(
        "GOTS-1", dataclasses.replace(warehouse.certificates.get("GOTS-1"), expires=later)
    )

    with pytest.raises(EditConflictError) as err:
        office.certificates.update("GOTS-1", dataclasses.replace(seen_by_office, notes="办公室"))
    assert err.value.params["kind"] == "certificate" and err.value.params["key"] == "gots:GOTS-1"
    assert err.value.params["changed"] == {"expires": later.isoformat()}
    now = office.certificates.get("GOTS-1")
    assert (now.expires, now.notes, now.version) == (later, "", 2)
    with pytest.raises(EditConflictError):
        office.certificates.remove("GOTS-1", version=1)
    entries = office.audit.certificate_history("gots:GOTS-1")
    assert [(e.action, e.actor.display_name) for e in entries] == [("edited", "李检"), ("created", "王芳")]
    assert entries[0].changes == {"expires": [seen_by_office.expires.isoformat(), later.isoformat()]}


def test_a_stale_firm_settings_save_is_refused(two_pcs) -> None:
    office, warehouse = two_pcs
    seen = office.firm()
    warehouse.save_firm(dataclasses.replace(warehouse.firm(), lead_days=90))
    with pytest.raises(EditConflictError) as err:
        office.save_firm(dataclasses.replace(seen, name="绍兴示范纺织"))
    assert err.value.params["kind"] == "firm"
    assert err.value.params["changed"] == {"lead_days": 90}
    assert office.firm().lead_days == 90 and office.firm().name == seen.name
    saved = office.save_firm(dataclasses.replace(office.firm(), name="绍兴示范纺织")).value
    assert saved.version == (seen.version or 1) + 2
    assert next(e.changes for e in office.audit.firm_history()) == {"name": [seen.name, "绍兴示范纺织"]}


def test_results_added_and_removed_are_in_the_audit_log(ws: Workspace) -> None:
    ws.products.add(make_product())
    ws.certificates.add(
        make_certificate(scheme="test-report", number="SGS-1", issuer="SGS", issued_ago=20, expires_in=None)
    )
    source = ws.results.source(report="SGS-1")
    draft = TestResult(
        sku="BB-001",
        standard="GB 18401-2010",
        item="formaldehyde",
        value="ND",
        tested=TODAY - dt.timedelta(days=20),
    )
    (added,) = ws.results.add([draft], source).value
    assert added.version == 1
    ws.results.remove(added.id, version=added.version)
    with ws.session() as s:
        from desktop_app.db.audit_repo import AuditRepo

        entries = AuditRepo(s).history("result", record_id=added.id)
    assert [e.action for e in entries] == ["deleted", "created"]
    assert entries[1].changes["value"] == [None, "ND"]


def test_who_is_the_pc_user_and_the_display_name_env_over_the_file(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DISPLAY_NAME_ENV, raising=False)
    ws.audit.set_display_name("  质检  王芳 ")
    assert (ws.paths.root / THIS_PC_FILE).exists()
    assert ws.audit.display_name() == "质检 王芳"
    monkeypatch.setenv(DISPLAY_NAME_ENV, "仓库电脑")
    ws.products.add(make_product())
    (entry,) = ws.audit.product_history("BB-001")
    assert entry.actor.display_name == "仓库电脑"
    assert entry.actor.pc_user  # getpass's name of the test's user
    assert entry.changes["sku"] == [None, "BB-001"]
    assert entry.at <= dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def test_history_of_an_unknown_product_is_not_found(ws: Workspace) -> None:
    with pytest.raises(NotFoundError):
        ws.audit.product_history("NOPE-1")
