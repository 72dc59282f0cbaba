"""Every workspace mutation says what it changed (real SQLite files, a real platform server)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from desktop_app.core.certificates import Certificate
from desktop_app.core.errors import ConflictError, ValidationError
from desktop_app.core.firm import FirmProfile, validate_firm
from desktop_app.db.catalogue_repo import CatalogueRepo, SyncState
from desktop_app.sync import AuthError
from desktop_app.workspace.changes import Changed, ChangeSet, changes_of, value_of
from tests.conftest import TODAY
from tests.platform_server import make_key_pair, public_key_b64
from tests.unit.workspace.test_products_and_certificates import baby
from tests.unit.workspace.test_sync import online, platform  # noqa: F401
from tests.unit.workspace.test_transfer import products_gb18030

P, C, F = ChangeSet.PRODUCTS, ChangeSet.CERTIFICATES, ChangeSet.FIRM


def cert(number: str = "OT-1", **kw) -> Certificate:
    return Certificate(
        "oeko-tex-100",
        number,
        "Hohenstein",
        TODAY - dt.timedelta(days=300),
        TODAY + dt.timedelta(days=30),
        products=kw.pop("products", ("BB-001",)),
        **kw,
    )


def test_change_sets_combine_and_say_nothing_when_empty() -> None:
    assert not ChangeSet.NONE and P | C == C | P and (P | C) & C == C and not P & C
    assert all(kind in ChangeSet.ALL for kind in ChangeSet)
    assert changes_of(P) == P and changes_of(Changed(1, C)) == C and changes_of("a value") == ChangeSet.NONE
    assert value_of(Changed("v", P)) == "v" and value_of(P) is P


def test_product_mutations(ws) -> None:
    added = ws.products.add(baby())
    assert added.changes == P and added.value.sku == "BB-001" and added.value.id is not None
    assert ws.products.edit("BB-001", name="连体衣").changes == P
    # a new SKU also shows in the certificates that cover the product
    ws.certificates.add(cert())
    renamed = ws.products.replace("BB-001", ws.products.get("BB-001").with_changes(sku="BB-002"))
    assert renamed.changes == P | C and ws.certificates.get("OT-1").products == ("BB-002",)
    assert ws.products.edit("BB-002", sku="BB-003").changes == P | C
    assert ws.products.remove("BB-003") == P | C  # the certificate no longer lists it
    assert ws.certificates.get("OT-1").products == ()


def test_certificate_mutations(ws, tmp_path: Path) -> None:
    ws.products.add(baby())
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 test")
    added = ws.certificates.add(cert(), scan=scan)
    assert added.changes == C and added.value.scan_file
    updated = ws.certificates.update("OT-1", dataclasses.replace(added.value, issuer="TESTEX"))
    assert updated.changes == C and updated.value.issuer == "TESTEX"
    renewed = ws.certificates.renew("OT-1", cert("OT-2"))
    assert renewed.changes == C and renewed.value.replaces == "OT-1"
    assert ws.certificates.remove("OT-2") == C


def test_a_failed_mutation_raises_and_returns_nothing(ws) -> None:
    ws.products.add(baby())
    with pytest.raises(ConflictError):
        ws.products.add(baby())
    with pytest.raises(ValidationError):
        ws.save_firm(FirmProfile(lead_days=999))
    assert ws.firm().lead_days == 60


def test_firm_notices_checklists_demo_and_reopen(ws, tmp_path: Path) -> None:
    saved = ws.save_firm(FirmProfile(name="绍兴示范", lead_days=30))
    assert saved.changes == F and ws.firm() == saved.value
    notice = ws.catalogue.notices()[0].notice.id
    assert ws.catalogue.mark_notice(notice) == ChangeSet.NOTICES
    assert ws.catalogue.ensure_bundled() == ChangeSet.NONE  # there already

    loaded = ws.demo.load()
    assert loaded.value == (12, 9)  # the firm was set up already
    assert loaded.changes == P | C | ChangeSet.RESULTS  # the demo's lab results too
    assert ws.demo.load().changes == ChangeSet.NONE

    run = ws.reports.write_checklists(["BB-001", "KD-101"], tmp_path / "c.pdf")
    assert run.changes == ChangeSet.CHECKLIST_LOG and len(ws.reports.checklist_log()) == 2
    assert ws.reopen() == ChangeSet.ALL


def test_demo_on_a_new_data_folder_sets_up_the_firm(ws) -> None:
    assert ws.demo.load().changes == F | P | C | ChangeSet.RESULTS


def test_an_applied_import_announces_its_records_and_its_backup(ws, tmp_path: Path) -> None:
    path = products_gb18030(tmp_path / "产品.csv")
    assert ws.transfer.import_products(path).changes == ChangeSet.NONE  # a dry run
    assert ws.transfer.import_products(path, apply=True).changes == P | ChangeSet.BACKUPS
    assert ws.transfer.import_products(path, apply=True).changes == ChangeSet.NONE  # nothing new


def test_trusted_keys_and_login(online, platform) -> None:  # noqa: F811
    key = public_key_b64(make_key_pair())
    added = online.sync.add_trusted_key("second", key)
    assert added.changes == ChangeSet.TRUSTED_KEYS and added.value.key_id == "second"
    assert online.sync.remove_trusted_key("second") == ChangeSet.TRUSTED_KEYS
    assert online.sync.login(platform.url, platform.token).changes == ChangeSet.NONE  # same address
    online.save_firm(dataclasses.replace(online.firm(), platform_url=""))
    assert online.sync.login(platform.url, platform.token).changes == F


def test_a_sync_goes_through_its_db_lane_and_announces_the_catalogue(online, platform) -> None:  # noqa: F811
    steps: list[ChangeSet] = []

    def db_lane(step):
        result = step()
        steps.append(changes_of(result))
        return result

    result = online.sync.run(db_lane=db_lane)
    assert result.pages == 4 and result.changes == ChangeSet.CATALOGUE | ChangeSet.SYNC_STATE
    # one step per page, the last one also marking the catalogue synced
    assert steps == [ChangeSet.CATALOGUE] * 3 + [ChangeSet.CATALOGUE | ChangeSet.SYNC_STATE]

    steps.clear()
    platform.token = "another"  # the platform now refuses the stored token
    with pytest.raises(AuthError):
        online.sync.run(db_lane=db_lane)
    assert steps == [ChangeSet.SYNC_STATE]  # only the error was recorded, on the lane
    assert online.sync.status().last_sync_error


def test_sync_state_is_a_frozen_dataclass_and_changes_through_the_repository(ws) -> None:
    with ws.session() as s:
        repo = CatalogueRepo(s)
        state = repo.state()
        assert isinstance(state, SyncState) and state.version == 0 and not state.platform_synced
        with pytest.raises(dataclasses.FrozenInstanceError):
            state.version = 3  # type: ignore[misc]
        repo.set_cursor(version=7, latest=9)
        repo.record_sync_error("x" * 2000)
    with ws.session() as s:
        state = CatalogueRepo(s).state()
    assert (state.version, state.latest, len(state.last_sync_error or "")) == (7, 9, 1000)
    at = dt.datetime(2026, 11, 28, 8, 0)
    with ws.session() as s:
        CatalogueRepo(s).mark_synced(at)
    status = ws.sync.status()
    assert status.platform_synced and status.last_sync_at == at and status.last_sync_error is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"language": "fr"}, "language"),
        ({"lead_days": -1}, "lead_days"),
        ({"lead_days": 731}, "lead_days"),
        ({"checklist_lang": "de"}, "checklist_lang"),
        ({"paper_size": "a3"}, "paper_size"),
    ],
)
def test_firm_rules_live_in_core(changes, field) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_firm(FirmProfile(**changes))
    assert caught.value.field == field
    ok = FirmProfile(lead_days=730, checklist_lang="both", paper_size="letter", language="en")
    assert validate_firm(ok) is ok
