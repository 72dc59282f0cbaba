"""A demo firm to look around with: realistic products and certificates.

The demo lives in its own data folder (`<data folder>/demo/`, marked by a
`DEMO` file), never among the firm's own records: `prepare()` fills that
folder and returns it, and the window or the CLI opens it as a firm of its
own. `load()` fills the open folder itself and refuses one that holds the
firm's products or certificates.

Dates are relative to today, so some certificates are always expiring or
expired whenever the demo is loaded.

A few products have lab results (`DEMO_RESULTS`), so the demo shows every
compliance status: the baby bodysuit fails GB 18401 class A on formaldehyde
(50 mg/kg, the issue's example), the curtain passes every item of its report,
the bedding set's report is older than the re-test interval (expired), the
rest have none (incomplete); the banned azo amines read ND, as a lab prints
them. The limits are never written here: each passing value is worked out
from the catalogue's own `check` of the item (`passing_value`), and a
standard or item the catalogue does not have is left out, so the demo cannot
claim a limit the catalogue does not state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.catalogue import Requirement
from ..core.certificates import Certificate
from ..core.errors import AssistantError
from ..core.firm import FirmProfile
from ..core.products import FibreShare, Product
from ..core.ranges import Range
from ..core.reasons import Reason
from ..core.results import TestResult
from .changes import Changed, ChangeSet
from .results import items_of

if TYPE_CHECKING:
    from . import Workspace


def _p(
    sku: str,
    name: str,
    category: str,
    age: str,
    skin: str,
    markets: str,
    fibres: str,
    **kw: object,
) -> Product:
    comp = tuple(FibreShare(f, float(p)) for f, p in (x.split(":") for x in fibres.split()))
    return Product(
        sku=sku,
        name=name,
        category=category,
        age_group=age,
        skin_contact=skin,
        markets=tuple(markets.split()),
        composition=comp,
        **kw,  # type: ignore[arg-type]
    )


DEMO_PRODUCTS = (
    _p(
        "BB-001",
        "婴儿连体衣 Baby bodysuit",
        "garment",
        "infant",
        "direct",
        "CN EU",
        "cotton:100",
        claims=("organic", "oeko-tex"),
        customer="杭州贝贝母婴",
        product_type="bodysuit",
        construction="knitted",
        components=("snaps",),
        age_months=Range(0, 24),
        origins=("IN",),
    ),
    _p(
        "BB-002",
        "婴儿睡袋 Baby sleeping bag",
        "home_textile",
        "infant",
        "direct",
        "CN",
        "cotton:95 elastane:5",
        claims=("oeko-tex",),
        customer="上海童梦",
        construction="knitted",
        components=("zip",),
        age_months=Range(0, 36),
    ),
    _p(
        "KD-101",
        "儿童T恤 Children's T-shirt",
        "garment",
        "child",
        "direct",
        "CN US",
        "cotton:95 elastane:5",
        finishes=("pigment_printed",),
        customer="Little Sprout Inc.",
        product_type="tshirt",
        construction="knitted",
        age_months=Range(36, 120),
        height_cm=Range(100, 140),
        origins=("US",),
    ),
    _p(
        "KD-102",
        "儿童冲锋衣 Children's rain jacket",
        "garment",
        "child",
        "indirect",
        "EU",
        "polyester:100",
        finishes=("water_repellent", "coated"),
        customer="Nordkid GmbH",
        product_type="outerwear",
        construction="woven",
        components=("zip", "hood_neck_cords", "lining"),
        age_months=Range(72, 144),
        height_cm=Range(116, 152),
    ),
    _p(
        "MS-201",
        "男士衬衫面料 Men's shirt fabric",
        "fabric",
        "adult",
        "direct",
        "CN",
        "cotton:60 polyester:40",
        customer="绍兴雅戈服饰",
        construction="woven",
    ),
    _p(
        "HT-301",
        "遮光窗帘 Blackout curtain",
        "home_textile",
        "adult",
        "indirect",
        "CN",
        "polyester:100",
        customer="柯桥家纺城",
        product_type="curtain",
        construction="woven",
    ),
    _p(
        "HT-302",
        "纯棉床品四件套 Cotton bedding set",
        "home_textile",
        "adult",
        "direct",
        "CN JP",
        "cotton:100",
        claims=("oeko-tex",),
        customer="东京寝具",
        product_type="bedding",
        construction="woven",
        origins=("CN",),
    ),
    _p(
        "YN-401",
        "有机棉纱 Organic cotton yarn 40s",
        "yarn",
        "adult",
        "direct",
        "GLOBAL",
        "cotton:100",
        claims=("organic",),
        stage="intermediate",
        customer="多家织厂",
        origins=("IN",),
    ),
    _p(
        "FL-501",
        "再生涤纶摇粒绒 Recycled polyester fleece",
        "fabric",
        "adult",
        "indirect",
        "EU US",
        "polyester:100",
        claims=("recycled",),
        customer="Outdoor Co.",
        construction="knitted",
        origins=("CN",),
    ),
    _p(
        "GF-601",
        "坯布 Greige poplin for dyeing",
        "fabric",
        "adult",
        "direct",
        "CN",
        "cotton:100",
        stage="intermediate",
        customer="柯桥印染",
        construction="woven",
        origins=("CN",),
    ),
    _p(
        "WS-701",
        "女士羊毛围巾 Women's wool scarf",
        "accessory",
        "adult",
        "direct",
        "EU JP",
        "wool:100",
        customer="Tokyo Style",
        product_type="scarf",
        construction="woven",
        origins=("AU",),
    ),
    _p(
        "SL-801",
        "儿童睡衣 Children's pyjamas",
        "garment",
        "child",
        "direct",
        "US",
        "cotton:100",
        customer="Sleepy Kids LLC",
        product_type="sleepwear",
        construction="knitted",
        components=("elastic",),
        age_months=Range(24, 72),
        origins=("US",),
    ),
)


def demo_certificates(today: dt.date) -> list[Certificate]:
    d = lambda days: today + dt.timedelta(days=days)
    return [
        Certificate(
            "gots",
            "CU-GOTS-862311",
            "Control Union",
            d(-300),
            d(65),
            holder="绍兴示范纺织有限公司",
            scope="Organic cotton yarn and baby garments",
            products=("BB-001", "YN-401"),
        ),
        Certificate(
            "oeko-tex-100",
            "OT-21.HCN.45123",
            "Hohenstein (HTTI)",
            d(-200),
            d(165),
            product_class="I",
            holder="绍兴示范纺织有限公司",
            products=("BB-001", "BB-002"),
        ),
        Certificate(
            "oeko-tex-100",
            "OT-19.CN.30077",
            "TESTEX",
            d(-400),
            d(-35),
            product_class="II",
            holder="绍兴示范纺织有限公司",
            products=("HT-302",),
        ),
        Certificate(
            "grs",
            "IDFL-GRS-22-118",
            "IDFL",
            d(-340),
            d(25),
            holder="绍兴示范纺织有限公司",
            scope="Recycled polyester fleece, recycled content 85 %",
            products=("FL-501",),
        ),
        Certificate(
            "iso-9001",
            "CQC-00123Q21345R0M",
            "CQC 中国质量认证中心",
            d(-700),
            d(395),
            scope="Design and manufacture of woven and knitted textiles",
        ),
        Certificate("iso-14001", "CQC-00123E30211R0M", "CQC 中国质量认证中心", d(-1000), d(95)),
        Certificate(
            "test-report",
            "SGS-SH-2026-118832",
            "SGS 上海",
            d(-40),
            d(325),
            scope="GB 18401 A类, GB 31701 A类",
            products=("BB-001",),
        ),
        Certificate(
            "test-report",
            "CTI-HZ-2026-00418",
            "华测检测 CTI 杭州",
            d(-90),
            d(275),
            scope="GB 18401 C类, GB/T 29862, GB/T 5296.4, GB/T 8685",
            products=("HT-301",),
        ),
        Certificate(
            "test-report",
            "SGS-NB-2025-076540",
            "SGS 宁波",
            d(-430),
            d(-65),
            scope="GB 18401 B类",
            products=("HT-302",),
        ),
    ]


# The catalogue's GB 18401 items name these dyes banned (禁用): a clean sample's report says
# 未检出 (ND), as a lab prints it, not a figure under the limit (which would say one was found)
_BANNED_AMINES_ND = {"azo_amines": "ND", "azo_4_aminoazobenzene": "ND"}

# (test report, SKU, standard, {item key: value as the lab printed it}): every other item the
# catalogue lists for that product and standard gets a passing value (`passing_value`)
DEMO_RESULTS: tuple[tuple[str, str, str, dict[str, str]], ...] = (
    # formaldehyde over class A's limit (the catalogue's ≤ 20 mg/kg), within class B's
    ("SGS-SH-2026-118832", "BB-001", "GB 18401-2010", {"formaldehyde": "50", **_BANNED_AMINES_ND}),
    ("SGS-SH-2026-118832", "BB-001", "GB 31701-2015", {}),
    ("CTI-HZ-2026-00418", "HT-301", "GB 18401-2010", dict(_BANNED_AMINES_ND)),
    ("CTI-HZ-2026-00418", "HT-301", "GB/T 29862-2013", {}),
    ("CTI-HZ-2026-00418", "HT-301", "GB/T 5296.4-2012", {}),
    ("CTI-HZ-2026-00418", "HT-301", "GB/T 8685-2008", {}),
    ("SGS-NB-2025-076540", "HT-302", "GB 18401-2010", dict(_BANNED_AMINES_ND)),
)


def _figure(value: float) -> str:
    """Two significant figures, never in exponent form (`1200`, `0.01`, `8`)."""
    return f"{float(f'{value:.2g}'):f}".rstrip("0").rstrip(".")


def passing_value(r: Requirement) -> str:
    """A value the lab might print that meets `r`'s own check, as the catalogue states it.

    Below a maximum: 40 % of it; above a minimum: a quarter more (a percentage at most
    halfway to 100); a range: its middle; a colour fastness grade: half a grade better; none
    detected: ND. An item without a machine-readable check (or a pass/fail one): 合格, the
    tester's verdict."""
    c = r.check
    if c is None or c.kind == "pass_fail":
        return "合格"
    if c.kind == "absent" or (c.kind in ("max", "max_exclusive") and not c.value):
        return "ND"
    if c.kind in ("max", "max_exclusive") and c.value is not None:
        return _figure(c.value * 0.4)
    if c.kind == "range" and c.min is not None and c.max is not None:
        return _figure((c.min + c.max) / 2)
    if c.kind == "fastness" and c.value is not None:
        grade = min(5.0, c.value + 0.5)
        whole = int(grade)
        return f"{whole}-{whole + 1}" if grade != whole else str(whole)
    if c.kind in ("min", "min_exclusive") and c.value is not None:
        unit = (c.unit or r.unit or "").strip()
        return _figure((c.value + 100) / 2 if unit.startswith("%") else c.value * 1.25)
    return "合格"


DEMO_MARKER = "DEMO"  # a file in the root of a demo data folder
DEMO_FOLDER = "demo"  # the demo firm's folder inside the firm's data folder


def demo_folder_of(data_dir: Path) -> Path:
    """Where the demo firm of the firm in `data_dir` lives (itself when it is a demo)."""
    data_dir = Path(data_dir)
    return data_dir if is_demo_folder(data_dir) else data_dir / DEMO_FOLDER


def is_demo_folder(data_dir: Path) -> bool:
    return (Path(data_dir) / DEMO_MARKER).is_file()


class DemoService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    @property
    def is_demo(self) -> bool:
        """This workspace is a demo firm (the window says so in its title)."""
        return is_demo_folder(self.ws.paths.root)

    def folder(self) -> Path:
        return demo_folder_of(self.ws.paths.root)

    def prepare(self) -> Changed[tuple[Path, int, int]]:
        """Fill the demo firm's own folder (made when missing) and return it with what was added.

        The open workspace is not touched: its change set is always empty. The
        demo folder has its own database, so this opens (and closes) a second
        workspace on it; run it on the database lane like any write.
        """
        from . import Workspace

        folder = self.folder()
        if folder == self.ws.paths.root:
            added = self.load().value
            return Changed((folder, *added), ChangeSet.NONE)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / DEMO_MARKER).touch()
        demo = Workspace(folder, today=self.ws.today, resources=self.ws.resources)
        try:
            firm = self.ws.firm()
            if not demo.firm().name:
                demo.save_firm(replace(demo.firm(), language=firm.language))
            added = demo.demo.load().value
        finally:
            demo.close()
        return Changed((folder, *added), ChangeSet.NONE)

    def load(self) -> Changed[tuple[int, int]]:
        """Add the demo firm's products and certificates here (skipping ones present).

        Only into a demo folder or one without products and certificates (which
        is then marked as a demo): raises AssistantError(DEMO_INTO_FIRM_RECORDS)
        on a folder that holds the firm's own records. The value is (products
        added, certificates added).
        """
        if not self.is_demo:
            if self.ws.products.list() or self.ws.certificates.states(include_replaced=True):
                raise AssistantError(Reason.DEMO_INTO_FIRM_RECORDS, folder=str(self.folder()))
            (self.ws.paths.root / DEMO_MARKER).touch()
        changes = ChangeSet.NONE
        firm = self.ws.firm()
        if not firm.name:
            changes |= self.ws.save_firm(
                FirmProfile(
                    name="绍兴示范纺织有限公司 Shaoxing Demo Textiles Co.",
                    address="浙江省绍兴市柯桥区中国轻纺城",
                    contact="0575-8000 0000",
                    language=firm.language,
                    lead_days=firm.lead_days,
                )
            ).changes
        existing = {p.sku for p in self.ws.products.list()}
        added_products = 0
        for product in DEMO_PRODUCTS:
            if product.sku not in existing:
                changes |= self.ws.products.add(product).changes
                added_products += 1
        numbers = {st.certificate.number for st in self.ws.certificates.states(include_replaced=True)}
        added_certs = 0
        for cert in demo_certificates(self.ws.today()):
            if cert.number not in numbers:
                changes |= self.ws.certificates.add(cert).changes
                added_certs += 1
        changes |= self._add_results()
        return Changed((added_products, added_certs), changes)

    def _add_results(self) -> ChangeSet:
        """The demo's lab results (`DEMO_RESULTS`), for a product that has none yet."""
        changes = ChangeSet.NONE
        for number in dict.fromkeys(row[0] for row in DEMO_RESULTS):
            try:
                source = self.ws.results.source(report=number)
            except AssistantError:  # the report was removed in the demo
                continue
            report = source.report
            assert report is not None
            drafts: list[TestResult] = []
            for _number, sku, code, given in (row for row in DEMO_RESULTS if row[0] == number):
                if sku not in report.products or self.ws.results.list(sku=sku):
                    continue
                product = self.ws.products.get(sku)
                applicable = {
                    a.standard.code: a for a in self.ws.compliance.applicable(product, report.issued)
                }
                found = applicable.get(code)
                if found is None:  # the catalogue has no such standard for the product
                    continue
                for r in items_of(found).values():  # the whole standard when it lists no items
                    drafts.append(
                        TestResult(
                            sku,
                            code,
                            r.key,
                            given.get(r.key) or passing_value(r),
                            report.issued,
                            unit=r.unit if r.unit != "grade" else None,
                            method=r.method,
                            sample=product.name,
                            entered_by="演示 demo",
                            valid_until=report.expires,
                        )
                    )
            if drafts:
                changes |= self.ws.results.add(drafts, source).changes
        return changes
