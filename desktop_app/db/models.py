"""The tables, as SQLAlchemy 2 typed ORM classes.

Catalogue tables (standards, requirements, rules, notices) belong to the
platform: only a sync or the bundled catalogue writes them. Firm tables
(firm, products, certificates, checklists, notice reads) belong to the user
and a sync never touches them, which is why notice read-state and
certificate links do not hang off catalogue rows by foreign key.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .audit_models import AuditRow  # its own module, on the same Base
from .base import Base, utcnow
from .carbon_models import (  # their own module, on the same Base
    CarbonActivityRow,
    CarbonDataSetRow,
    CarbonEstimateRow,
    CarbonFirmFactorRow,
    CarbonMonthRow,
)
from .scan_models import ScanFileRow  # its own module, on the same Base

# --- the firm's own records -------------------------------------------------


class FirmRow(Base):
    __tablename__ = "firm"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(8), default="zh_CN")
    lead_days: Mapped[int] = mapped_column(Integer, default=60)
    platform_url: Mapped[str] = mapped_column(String(500), default="")
    paper_size: Mapped[str] = mapped_column(String(10), default="a4")
    checklist_lang: Mapped[str] = mapped_column(String(8), default="")
    # revision 0006: how long a passing test result proves compliance, when its report sets no term
    retest_months: Mapped[int] = mapped_column(Integer, default=12, server_default="12")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # revision 0008: bumped by every save; a save of an older version is refused (db.versioned)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


certificate_products = Table(
    "certificate_products",
    Base.metadata,
    Column(
        "certificate_id",
        ForeignKey("certificates.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_certificate_products_product", "product_id"),
)


class ProductRow(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
    age_group: Mapped[str] = mapped_column(String(10))
    skin_contact: Mapped[str] = mapped_column(String(10))
    markets: Mapped[list[Any]] = mapped_column(default=list)
    composition: Mapped[list[Any]] = mapped_column(default=list)  # [[fibre, percent], ...]
    claims: Mapped[list[Any]] = mapped_column(default=list)
    finishes: Mapped[list[Any]] = mapped_column(default=list)
    stage: Mapped[str] = mapped_column(String(12), default="final")
    customer: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # protocol 2 (revision 0004); None / [] where the firm has not recorded them
    product_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    construction: Mapped[str | None] = mapped_column(String(20), nullable=True)
    components: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    age_min_months: Mapped[float | None] = mapped_column(Float, nullable=True)
    age_max_months: Mapped[float | None] = mapped_column(Float, nullable=True)
    height_min_cm: Mapped[float | None] = mapped_column(Float, nullable=True)
    height_max_cm: Mapped[float | None] = mapped_column(Float, nullable=True)
    origins: Mapped[list[Any]] = mapped_column(default=list, server_default="[]")
    # revision 0008: bumped by every save; a save of an older version is refused (db.versioned)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    certificates: Mapped[list[CertificateRow]] = relationship(
        secondary=certificate_products, back_populates="products"
    )


class CertificateRow(Base):
    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("scheme", "number", name="uq_certificates_scheme_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scheme: Mapped[str] = mapped_column(String(30))
    number: Mapped[str] = mapped_column(String(100))
    issuer: Mapped[str] = mapped_column(String(200))
    holder: Mapped[str] = mapped_column(String(200), default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    product_class: Mapped[str] = mapped_column(String(20), default="")
    issued: Mapped[dt.date] = mapped_column(Date)
    expires: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    scan_file: Mapped[str | None] = mapped_column(String(300), nullable=True)
    # the certificate this one renewed; the old one stays, as history
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificates.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # revision 0008: bumped by every save; a save of an older version is refused (db.versioned)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    products: Mapped[list[ProductRow]] = relationship(
        secondary=certificate_products, back_populates="certificates"
    )


class NoticeReadRow(Base):
    __tablename__ = "notice_reads"

    notice_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    read_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TrustedKeyRow(Base):
    """Ed25519 public keys of the platform, by key id (public, not secret)."""

    __tablename__ = "trusted_keys"

    key_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --- the platform's catalogue ----------------------------------------------


class StandardRow(Base):
    __tablename__ = "standards"

    code: Mapped[str] = mapped_column(String(100), primary_key=True)
    title_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    title_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    issuer: Mapped[str] = mapped_column(String(200))
    markets: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(12), index=True)
    mandatory: Mapped[bool] = mapped_column(Boolean)
    published: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    effective: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    withdrawn: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    replaced_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    tags: Mapped[list[Any]] = mapped_column(default=list)
    version: Mapped[int] = mapped_column(Integer, default=0)
    # search (revision 0005): the code normalised, and without its edition year (core.search)
    code_norm: Mapped[str] = mapped_column(String(100), index=True, default="", server_default="")
    code_base: Mapped[str] = mapped_column(String(100), index=True, default="", server_default="")
    # names the standard in `standard_texts` (a new key at every upsert)
    search_key: Mapped[int] = mapped_column(Integer, index=True, default=0, server_default="0")


class SearchTextRow(Base):
    """A text a search looks in: a standard's title, or an item's words (revision 0010).

    The columns hold `core.search.indexed` token strings (an item's name in
    Chinese and English, and its key and test method). Each distinct text is
    stored once: a catalogue repeats its item names across thousands of
    standards (31,300 standards have 532,100 titles and items but 31,340
    distinct texts), so a query matches a few thousand texts, not tens of
    thousands of rows. On SQLite an FTS5 index (`search_texts_fts`) answers
    the queries; on PostgreSQL pg_trgm indexes. Written and deleted only by
    `db.catalogue_search`, with their FTS5 entries.
    """

    __tablename__ = "search_texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    zh: Mapped[str] = mapped_column(Text)
    en: Mapped[str] = mapped_column(Text)
    extra: Mapped[str] = mapped_column(Text)  # an item's key and test method
    # BLAKE2b (128 bits) of the three texts: how a sync finds a text already stored
    digest: Mapped[str] = mapped_column(String(32), unique=True)


class StandardTextRow(Base):
    """Which text is a standard's title (slot 0) or item (slot 1 + its position) (revision 0010).

    An item text repeated for several grades is listed once, at its first
    position. No foreign keys: only `db.catalogue_search` writes these, with
    the standard.
    """

    __tablename__ = "standard_texts"
    __table_args__ = (Index("ix_standard_texts_text", "text_id", "search_key", "slot"),)

    search_key: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    text_id: Mapped[int] = mapped_column(Integer)


class RequirementRow(Base):
    __tablename__ = "requirements"

    id: Mapped[int] = mapped_column(primary_key=True)
    standard_code: Mapped[str] = mapped_column(ForeignKey("standards.code", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(100))
    grade: Mapped[str | None] = mapped_column(String(10), nullable=True)
    item_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    item_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    limit: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str | None] = mapped_column(String(50), nullable=True)
    method: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # protocol 2 (revision 0004): NULL where the item has none
    when: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    unless: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    effective: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    check: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class RuleRow(Base):
    __tablename__ = "rules"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    standard: Mapped[str] = mapped_column(String(100), index=True)
    grade: Mapped[str | None] = mapped_column(String(10), nullable=True)
    when: Mapped[dict[str, Any]] = mapped_column(default=dict)
    note_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    note_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    # protocol 2 (revision 0004)
    unless: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    effective: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class NoticeRow(Base):
    __tablename__ = "notices"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    published: Mapped[dt.date] = mapped_column(Date, index=True)
    severity: Mapped[str] = mapped_column(String(10))
    title_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    title_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    body_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    body_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    standards: Mapped[list[Any]] = mapped_column(default=list)
    effective: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class FactorRow(Base):
    """An emission factor (protocol 2's `factor` type), for product carbon footprints."""

    __tablename__ = "factors"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    name_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    region: Mapped[str] = mapped_column(String(100))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(50))
    scope: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    source_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    source_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    effective: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class SyncStateRow(Base):
    """One row: the catalogue version applied and the state of a full pass."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    # A full pass (since=0) removes, at its end, what it did not mention;
    # the flag and the seen-table survive a crash so a resumed pass still can.
    full_pass_active: Mapped[bool] = mapped_column(Boolean, default=False)
    platform_synced: Mapped[bool] = mapped_column(Boolean, default=False)
    latest: Mapped[int] = mapped_column(Integer, default=0)
    last_sync_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    last_sync_error: Mapped[str | None] = mapped_column(Text, nullable=True)


class FullPassSeenRow(Base):
    __tablename__ = "full_pass_seen"

    type: Mapped[str] = mapped_column(String(20), primary_key=True)
    id: Mapped[str] = mapped_column(String(100), primary_key=True)


class ChecklistLogRow(Base):
    """Every checklist printed, so a filled-in paper can be matched to its record."""

    __tablename__ = "checklist_log"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    product_sku: Mapped[str] = mapped_column(String(64), index=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    catalogue_version: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8))
    file: Mapped[str] = mapped_column(Text)
    # revision 0006: the standards and items as printed, in printed order (None: printed before)
    printed: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True), nullable=True)


class ResultRow(Base):
    """One measured value of one requirement item for one product: the firm's evidence.

    No foreign key to the catalogue: a standard the platform withdraws keeps
    its results as history. The product and the report are linked by id
    (SET NULL on delete) with their SKU and number kept as text beside them.
    """

    __tablename__ = "test_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="SET NULL"), nullable=True, index=True
    )
    product_sku: Mapped[str] = mapped_column(String(64), index=True)
    standard_code: Mapped[str] = mapped_column(String(100))
    requirement_set: Mapped[bool] = mapped_column(Boolean, default=False)
    item_key: Mapped[str] = mapped_column(String(100))
    value: Mapped[str] = mapped_column(String(100))  # as printed
    unit: Mapped[str | None] = mapped_column(String(50), nullable=True)
    method: Mapped[str | None] = mapped_column(String(200), nullable=True)
    certificate_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificates.id", ondelete="SET NULL"), nullable=True, index=True
    )
    report_number: Mapped[str | None] = mapped_column(String(100), nullable=True)
    checklist_id: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    tested: Mapped[dt.date] = mapped_column(Date)
    sample: Mapped[str] = mapped_column(String(200), default="")
    entered_by: Mapped[str] = mapped_column(String(200), default="")
    entered_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # revision 0008: bumped by every save; a save of an older version is refused (db.versioned)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class RequirementSetRow(Base):
    """A requirement set the firm authored (a buyer's restricted substance list)."""

    __tablename__ = "requirement_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(Text)
    customer: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    items: Mapped[list[RequirementSetItemRow]] = relationship(
        back_populates="set", cascade="all, delete-orphan", order_by="RequirementSetItemRow.position"
    )


class RequirementSetItemRow(Base):
    __tablename__ = "requirement_set_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("requirement_sets.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(100))
    name_zh: Mapped[str | None] = mapped_column(Text, nullable=True)
    name_en: Mapped[str | None] = mapped_column(Text, nullable=True)
    limit: Mapped[str] = mapped_column(String(200))  # as printed
    check: Mapped[dict[str, Any]] = mapped_column(JSON)
    unit: Mapped[str | None] = mapped_column(String(50), nullable=True)
    method: Mapped[str | None] = mapped_column(String(200), nullable=True)

    set: Mapped[RequirementSetRow] = relationship(back_populates="items")


requirement_set_products = Table(
    "requirement_set_products",
    Base.metadata,
    Column("set_id", ForeignKey("requirement_sets.id", ondelete="CASCADE"), primary_key=True),
    Column("product_id", ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_requirement_set_products_product", "product_id"),
)


__all__ = [
    "AuditRow",
    "Base",
    "CarbonActivityRow",
    "CarbonDataSetRow",
    "CarbonEstimateRow",
    "CarbonFirmFactorRow",
    "CarbonMonthRow",
    "CertificateRow",
    "ChecklistLogRow",
    "FactorRow",
    "FirmRow",
    "FullPassSeenRow",
    "NoticeReadRow",
    "NoticeRow",
    "ProductRow",
    "RequirementRow",
    "RequirementSetItemRow",
    "RequirementSetRow",
    "ResultRow",
    "RuleRow",
    "ScanFileRow",
    "SearchTextRow",
    "StandardRow",
    "StandardTextRow",
    "SyncStateRow",
    "TrustedKeyRow",
    "certificate_products",
    "requirement_set_products",
    "utcnow",
]
