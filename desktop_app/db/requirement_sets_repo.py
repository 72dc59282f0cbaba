"""The firm's requirement sets (buyers' restricted substance lists): never touched by a sync."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload

from ..core.catalogue import Check, LocalText, Requirement
from ..core.errors import ConflictError, NotFoundError
from ..core.requirement_sets import RequirementSet
from .models import ProductRow, RequirementSetItemRow, RequirementSetRow, requirement_set_products

__all__ = ["RequirementSetsRepo"]


def _check(data: dict[str, object]) -> Check:
    return Check(
        kind=str(data["kind"]),
        value=data.get("value"),  # type: ignore[arg-type]
        min=data.get("min"),  # type: ignore[arg-type]
        max=data.get("max"),  # type: ignore[arg-type]
        unit=data.get("unit"),  # type: ignore[arg-type]
    )


class RequirementSetsRepo:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, rs: RequirementSet) -> RequirementSet:
        if self.s.scalar(select(RequirementSetRow.id).where(RequirementSetRow.code == rs.code)) is not None:
            raise ConflictError("code", rs.code)
        row = RequirementSetRow(code=rs.code, title=rs.title, customer=rs.customer)
        row.items = [
            RequirementSetItemRow(
                position=i,
                key=item.key,
                name_zh=item.item.zh,
                name_en=item.item.en,
                limit=item.limit,
                check=(item.check or Check("pass_fail")).to_json(),
                unit=item.unit,
                method=item.method,
            )
            for i, item in enumerate(rs.items)
        ]
        self.s.add(row)
        self.s.flush()
        if rs.skus:
            ids = self.s.scalars(select(ProductRow.id).where(ProductRow.sku.in_(rs.skus))).all()
            self.s.execute(
                insert(requirement_set_products), [{"set_id": row.id, "product_id": i} for i in ids]
            )
        return self.get(rs.code)

    def _skus(self) -> dict[int, tuple[str, ...]]:
        rows = self.s.execute(
            select(requirement_set_products.c.set_id, ProductRow.sku)
            .join(ProductRow, ProductRow.id == requirement_set_products.c.product_id)
            .order_by(ProductRow.sku)
        )
        out: dict[int, list[str]] = {}
        for set_id, sku in rows:
            out.setdefault(set_id, []).append(sku)
        return {k: tuple(v) for k, v in out.items()}

    def list(self) -> list[RequirementSet]:
        skus = self._skus()
        rows = self.s.scalars(
            select(RequirementSetRow)
            .options(selectinload(RequirementSetRow.items))
            .order_by(RequirementSetRow.code)
        )
        return [
            RequirementSet(
                id=r.id,
                code=r.code,
                title=r.title,
                customer=r.customer,
                skus=skus.get(r.id, ()),
                items=tuple(
                    Requirement(
                        key=i.key,
                        item=LocalText(i.name_zh, i.name_en),
                        grade=None,
                        limit=i.limit,
                        unit=i.unit,
                        method=i.method,
                        check=_check(i.check),
                    )
                    for i in r.items
                ),
            )
            for r in rows
        ]

    def get(self, code: str) -> RequirementSet:
        for rs in self.list():
            if rs.code == code:
                return rs
        raise NotFoundError("requirement set", code)

    def remove(self, code: str) -> None:
        found = self.s.scalar(select(RequirementSetRow.id).where(RequirementSetRow.code == code))
        if found is None:
            raise NotFoundError("requirement set", code)
        self.s.execute(delete(RequirementSetItemRow).where(RequirementSetItemRow.set_id == found))
        self.s.execute(delete(requirement_set_products).where(requirement_set_products.c.set_id == found))
        self.s.execute(delete(RequirementSetRow).where(RequirementSetRow.id == found))
