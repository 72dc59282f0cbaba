"""The firm's product carbon footprints (revision 0007), on the models' `Base`.

Kept in a module of their own to keep `models.py` short; `models` imports
and re-exports them, so `Base.metadata` always has them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow

# --- product carbon footprints (revision 0007) -------------------------------------
# Firm tables: a sync never writes them. Firm factors are kept apart from the
# platform's `factors` so that a sync (which owns that table) can never remove one.


class CarbonDataSetRow(Base):
    """The activity data of one product (or one batch of it) per declared unit."""

    __tablename__ = "carbon_data_sets"
    __table_args__ = (UniqueConstraint("product_id", "batch", name="uq_carbon_data_sets_product_batch"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    batch: Mapped[str | None] = mapped_column(String(64), nullable=True)
    declared_unit: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    factor_overrides: Mapped[dict[str, Any]] = mapped_column(default=dict)  # source -> factor id
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CarbonActivityRow(Base):
    __tablename__ = "carbon_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    data_set_id: Mapped[int] = mapped_column(
        ForeignKey("carbon_data_sets.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(80), default="")
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(10))
    quality: Mapped[str] = mapped_column(String(10))
    factor_id: Mapped[str | None] = mapped_column(String(100), nullable=True)  # a synced or a firm factor
    energy_content: Mapped[float | None] = mapped_column(Float, nullable=True)
    yield_loss: Mapped[float] = mapped_column(Float, default=0.0)
    allocation: Mapped[str | None] = mapped_column(Text, nullable=True)


class CarbonFirmFactorRow(Base):
    """An emission factor the firm entered (its supplier's footprint, a licensed database's)."""

    __tablename__ = "carbon_firm_factors"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(Text)
    region: Mapped[str] = mapped_column(String(100))
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(50))
    scope: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CarbonMonthRow(Base):
    """A mill's monthly totals and the shares they were allocated by: how allocated lines came about."""

    __tablename__ = "carbon_months"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    basis: Mapped[str] = mapped_column(String(20))
    total_basis: Mapped[float] = mapped_column(Float)
    totals: Mapped[list[Any]] = mapped_column(default=list)
    shares: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CarbonEstimateRow(Base):
    """One computed estimate, kept with the factor ids and values it used; never overwritten."""

    __tablename__ = "carbon_estimates"

    id: Mapped[int] = mapped_column(primary_key=True)
    data_set_id: Mapped[int] = mapped_column(
        ForeignKey("carbon_data_sets.id", ondelete="CASCADE"), index=True
    )
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    cause: Mapped[str] = mapped_column(String(20))  # entered | allocated | factor_update
    total_kgco2e: Mapped[float] = mapped_column(Float)
    uncertainty_kgco2e: Mapped[float] = mapped_column(Float)
    measured_share: Mapped[float] = mapped_column(Float)
    lines: Mapped[list[Any]] = mapped_column(default=list)
    factors: Mapped[dict[str, Any]] = mapped_column(default=dict)  # factor id -> value used
