"""`ws.audit`: who this PC's changes are recorded as, and the history of a record.

Who: the OS user name (`getpass`) and a display name set on this PC,
either in `this_pc.json` in the data folder (the settings page writes it)
or, over it, `TEXTILE_ASSISTANT_DISPLAY_NAME`. Every transaction the
workspace opens carries them (`session.info["actor"]`), so each repository
that changes a firm record writes its audit entry in the same transaction.
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.audit import Actor, AuditEntry
from ..core.certificates import CertificateKey
from ..core.errors import NotFoundError
from ..db.audit_repo import AuditRepo
from ..db.certificates_repo import CertificatesRepo
from ..db.products_repo import ProductsRepo
from .changes import ChangeSet

if TYPE_CHECKING:
    from . import Workspace

__all__ = ["DISPLAY_NAME_ENV", "DISPLAY_NAME_MAX", "THIS_PC_FILE", "AuditService", "pc_user"]

DISPLAY_NAME_ENV = "TEXTILE_ASSISTANT_DISPLAY_NAME"
THIS_PC_FILE = "this_pc.json"
DISPLAY_NAME_MAX = 200


def pc_user() -> str:
    """The OS user name, or "" where the system cannot say (no login name, no USER variable)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class AuditService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._saved: str | None = None  # this_pc.json's display name, read once

    @property
    def _file(self) -> Path:
        return self.ws.paths.root / THIS_PC_FILE

    def saved_display_name(self) -> str:
        """The display name stored on this PC ("" when none)."""
        if self._saved is None:
            try:
                data = json.loads(self._file.read_text(encoding="utf-8"))
                self._saved = str(data.get("display_name", "")) if isinstance(data, dict) else ""
            except (OSError, ValueError):
                self._saved = ""
        return self._saved

    def display_name(self) -> str:
        """The name this PC's changes are recorded under: the environment's, else the stored one."""
        return os.environ.get(DISPLAY_NAME_ENV, "").strip() or self.saved_display_name()

    def set_display_name(self, name: str) -> ChangeSet:
        """Store this PC's display name in `this_pc.json` (written whole, then renamed into place)."""
        name = " ".join(name.split())[:DISPLAY_NAME_MAX]
        data: dict[str, object] = {}
        try:
            loaded = json.loads(self._file.read_text(encoding="utf-8"))
            data = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError):
            pass
        data["display_name"] = name
        partial = self._file.with_name(f".{THIS_PC_FILE}.partial")
        partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(partial, self._file)
        self._saved = name
        return ChangeSet.FIRM

    def actor(self) -> Actor:
        return Actor(pc_user(), self.display_name())

    def product_history(self, sku: str) -> list[AuditEntry]:
        """Newest first; by the product's row (a renamed SKU keeps its history), else by SKU."""
        with self.ws.session() as s:
            ids = ProductsRepo(s).ids_by_sku([sku])
            entries = AuditRepo(s).history("product", record_id=ids.get(sku), key=sku)
        if not entries and not ids:
            raise NotFoundError("product", sku)
        return entries

    def certificate_history(self, key: CertificateKey | str) -> list[AuditEntry]:
        """Newest first; `key` as `cert show` takes it (scheme:number, or a number alone)."""
        key = key if isinstance(key, CertificateKey) else CertificateKey.parse(key)
        with self.ws.session() as s:
            try:
                cert = CertificatesRepo(s).get(key)
            except NotFoundError:
                # deleted: its entries by scheme:number
                entries = AuditRepo(s).history("certificate", key=str(key)) if key.scheme else []
                if not entries:
                    raise
                return entries
            return AuditRepo(s).history("certificate", record_id=cert.id, key=f"{cert.scheme}:{cert.number}")

    def firm_history(self) -> list[AuditEntry]:
        with self.ws.session() as s:
            return AuditRepo(s).history("firm", record_id=1)
