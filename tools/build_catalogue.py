"""Build the bundled catalogue, resources/catalogue/catalogue.json.

The file is exactly the body of one `changes` page of the platform API
(`docs/platform-protocol.md`, "Asking for changes") with
`since=0`: a full snapshot the app applies on first start, before any sync.
Versions run 1..N: standards first, then rules, then notices.

Every fact comes from the domain reference `textile-standards.md`; see
resources/catalogue/SOURCES.md. Limits the reference marks [M] or [?] carry
a caveat in the item text (the requirement schema has no note field) or are
left out. Never add a limit here without a source.

    python tools/build_catalogue.py           # write the JSON (after checking it)
    python tools/build_catalogue.py --check   # check it, and that the file is up to date
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

OUTPUT = (
    Path(__file__).resolve().parent.parent
    / "resources"
    / "catalogue"
    / "catalogue.json"
)

# The date the bundled notices were compiled; it is their `published` date.
NOTICE_PUBLISHED = "2026-11-29"

UNVERIFIED = ("（限值待核实）", " (limit unverified, check the standard text)")
UNVERIFIED_REQ = (
    "（要求待核实）",
    " (requirement unverified, check the standard text)",
)
OLD_EDITION = (
    "（旧版附录4限值，请核对现行版本）",
    " (value from an older edition of Annex 4; check the current edition)",
)

CN, EU, US, JP, GLOBAL = "CN", "EU", "US", "JP", "GLOBAL"
CN_TEXTILES = ["garment", "home_textile", "fabric", "yarn", "accessory"]
CN_RETAIL = ["garment", "home_textile", "fabric", "yarn"]


def t(zh: str, en: str) -> dict[str, str]:
    """Localised text with both languages."""
    return {"zh": zh, "en": en}


def req(key, grade, zh, en, limit, unit=None, method=None, *, caveat=None):
    """One requirement item; `caveat` (zh, en) is appended to the item text."""
    if caveat:
        zh, en = zh + caveat[0], en + caveat[1]
    return {
        "key": key,
        "item": t(zh, en),
        "grade": grade,
        "limit": limit,
        "unit": unit,
        "method": method,
    }


def graded(key, zh, en, limits, unit=None, method=None, *, caveat=None, unverified=()):
    """One item per grade; grades listed in `unverified` get the UNVERIFIED caveat."""
    return [
        req(
            key,
            g,
            zh,
            en,
            lim,
            unit,
            method,
            caveat=UNVERIFIED if g in unverified else caveat,
        )
        for g, lim in limits.items()
    ]


def standard(
    code,
    zh,
    en,
    issuer,
    markets,
    status,
    mandatory,
    *,
    published=None,
    effective=None,
    withdrawn=None,
    replaced_by=None,
    tags=(),
    requirements=(),
):
    return {
        "code": code,
        "title": t(zh, en),
        "issuer": issuer,
        "markets": list(markets),
        "status": status,
        "mandatory": mandatory,
        "published": published,
        "effective": effective,
        "withdrawn": withdrawn,
        "replaced_by": replaced_by,
        "tags": list(tags),
        "requirements": list(requirements),
    }


def rule(rule_id, code, grade, when, zh, en):
    return {
        "id": rule_id,
        "standard": code,
        "grade": grade,
        "when": {k: list(v) for k, v in when.items()},  # no lists shared between rules
        "note": t(zh, en),
    }


def notice(notice_id, severity, standards, title, body, *, effective=None, url=None):
    return {
        "id": notice_id,
        "published": NOTICE_PUBLISHED,
        "severity": severity,
        "title": title,
        "body": body,
        "standards": list(standards),
        "effective": effective,
        "url": url,
    }


# --- Requirement items -------------------------------------------------------
# fmt: off

ABC = ("A", "B", "C")

GB18401_REQS = [
    *graded("formaldehyde", "甲醛含量", "Formaldehyde content",
            {"A": "≤ 20", "B": "≤ 75", "C": "≤ 300"}, "mg/kg", "GB/T 2912.1"),
    *graded("ph", "pH值", "pH of aqueous extract",
            {"A": "4.0–7.5", "B": "4.0–8.5", "C": "4.0–9.0"}, None, "GB/T 7573"),
    req("ph_intermediate", None, "pH值（需经后续湿处理的非最终产品）",
        "pH of non-final products that will be wet-processed later", "4.0–10.5", None,
        "GB/T 7573"),
    *graded("cf_water", "耐水色牢度（变色、沾色）", "Colour fastness to water (change, staining)",
            {"A": "≥ 3-4", "B": "≥ 3", "C": "≥ 3"}, "grade", "GB/T 5713"),
    *graded("cf_perspiration_acid", "耐酸汗渍色牢度（变色、沾色）",
            "Colour fastness to acid perspiration (change, staining)",
            {"A": "≥ 3-4", "B": "≥ 3", "C": "≥ 3"}, "grade", "GB/T 3922", caveat=UNVERIFIED),
    *graded("cf_perspiration_alkaline", "耐碱汗渍色牢度（变色、沾色）",
            "Colour fastness to alkaline perspiration (change, staining)",
            {"A": "≥ 3-4", "B": "≥ 3", "C": "≥ 3"}, "grade", "GB/T 3922", caveat=UNVERIFIED),
    *graded("cf_rub_dry", "耐干摩擦色牢度", "Colour fastness to dry rubbing",
            {"A": "≥ 4", "B": "≥ 3", "C": "≥ 3"}, "grade", "GB/T 3920", caveat=UNVERIFIED),
    req("cf_saliva", "A", "耐唾液色牢度（变色、沾色；仅婴幼儿产品）",
        "Colour fastness to saliva (change, staining; infant products only)", "≥ 4", "grade",
        "GB/T 18886", caveat=UNVERIFIED),
    req("odour", None, "异味", "Odour", "none", None, "GB 18401 §6.7"),
    req("azo_amines", None, "可分解致癌芳香胺染料（禁用；附录C所列每种芳香胺）",
        "Decomposable carcinogenic aromatic-amine dyes (banned; each amine listed in Annex C)",
        "≤ 20", "mg/kg", "GB/T 17592"),
    req("azo_4_aminoazobenzene", None, "4-氨基偶氮苯（附录C芳香胺之一，单独测定）",
        "4-Aminoazobenzene (an Annex C amine, tested separately)", "≤ 20", "mg/kg",
        "GB/T 23344"),
    *graded("label_class", "标签上的安全类别", "Safety class stated on the label",
            {"A": "婴幼儿用品", "B": "B类", "C": "C类"}),
]

GB31701_REQS = [
    req("cf_rub_wet", "A", "耐湿摩擦色牢度", "Colour fastness to wet rubbing", "≥ 3", "grade",
        "GB/T 3920"),
    req("cf_rub_wet", "B", "耐湿摩擦色牢度", "Colour fastness to wet rubbing",
        "see standard text", "grade", "GB/T 3920", caveat=UNVERIFIED),
    *graded("pb_total", "总铅含量", "Total lead content",
            {"A": "≤ 90", "B": "≤ 90", "C": "≤ 90"}, "mg/kg", "GB/T 30157",
            unverified=("B", "C")),
    *graded("cd_total", "总镉含量", "Total cadmium content",
            {"A": "≤ 100", "B": "≤ 100", "C": "≤ 100"}, "mg/kg", "GB/T 30157",
            unverified=("B", "C")),
    *graded("phthalates_dehp_dbp_bbp", "邻苯二甲酸酯（DEHP+DBP+BBP）",
            "Phthalates (DEHP + DBP + BBP)", {"A": "≤ 0.1", "B": "≤ 0.1", "C": "≤ 0.1"}, "%",
            "GB/T 20388", unverified=("B", "C")),
    req("phthalates_dinp_didp_dnop", "A", "邻苯二甲酸酯（DINP+DIDP+DNOP）",
        "Phthalates (DINP + DIDP + DNOP)", "≤ 0.1", "%", "GB/T 20388"),
    *graded("flammability", "燃烧性能", "Flammability",
            {g: "class 1 (normal flammability)" for g in ABC}, None, "GB/T 14644",
            unverified=("B", "C")),
    req("cords_hood_neck", None, "头部和颈部不得有绳带（婴幼儿及7岁以下儿童，身高≤130 cm）",
        "No cords or drawstrings in the hood or neck area (infants and children under 7, "
        "height ≤ 130 cm)", "not permitted"),
    req("metal_pins", None, "产品及其包装中不得使用金属针", "No metal pins in the product or its packaging",
        "not permitted"),
    req("sharp_points_edges", None, "附件不得有锐利尖端和锐利边缘",
        "No sharp points or sharp edges on accessories", "none", None, "GB/T 31702",
        caveat=UNVERIFIED_REQ),
    req("label_durable", "A", "耐久性标签的缝制不得摩擦皮肤",
        "Durable labels sewn so that they do not rub the skin", "required"),
    req("fibre_filling", None, "纤维填充物应符合GB 18401相应类别",
        "Fibre filling meets the product's GB 18401 class", "meets GB 18401", None,
        "GB 18401"),
    req("down_filling", None, "羽绒羽毛填充物的微生物指标", "Down and feather filling: microbiology",
        "meets GB/T 17685", None, "GB/T 17685"),
    *graded("label_class", "标签上的安全类别", "Safety class stated on the label",
            {"A": "GB 31701 婴幼儿用品", "B": "GB 31701 B类", "C": "GB 31701 C类"}),
]

GBT5296_4_REQS = [
    req("label_name_address", None, "生产者名称和地址", "Producer name and address", "required"),
    req("label_size", None, "产品号型或规格", "Size or specification", "required"),
    req("label_fibre_content", None, "纤维成分及含量", "Fibre composition", "required", None,
        "GB/T 29862"),
    req("label_care", None, "维护方法（洗涤标签）", "Care instructions", "required", None,
        "GB/T 8685"),
    req("label_product_standard", None, "执行的产品标准编号", "Product standard applied (执行标准)",
        "required"),
    req("label_safety_class", None, "安全类别", "Safety class", "required"),
]

OEKO_CLASSES = ("I", "II", "III", "IV")

OEKO_TEX_REQS = [
    *graded("ph", "pH值", "pH of aqueous extract",
            {"I": "4.0–7.5", "II": "4.0–7.5", "III": "4.0–9.0", "IV": "4.0–9.0"}),
    req("ph_wet_processed", None, "pH值（需经后续湿处理的产品）",
        "pH of products that must be wet-processed later", "4.0–10.5"),
    *graded("formaldehyde", "甲醛（游离及部分可释放；日本112法测定）",
            "Formaldehyde, free and partly releasable (Japanese Law 112 method)",
            {"I": "not detected", "II": "≤ 75", "III": "≤ 300", "IV": "≤ 300"}, "mg/kg"),
    *graded("pb_extractable", "可萃取铅", "Extractable lead",
            {"I": "≤ 0.2", "II": "≤ 1.0", "III": "≤ 1.0", "IV": "≤ 1.0"}, "mg/kg",
            caveat=OLD_EDITION),
    req("cd_extractable", None, "可萃取镉", "Extractable cadmium", "≤ 0.1", "mg/kg",
        caveat=OLD_EDITION),
    *graded("ni_extractable", "可萃取镍", "Extractable nickel",
            {"I": "≤ 1.0", "II": "≤ 4.0", "III": "≤ 4.0", "IV": "≤ 4.0"}, "mg/kg",
            caveat=OLD_EDITION),
    req("pb_total", None, "总铅（消解）", "Total lead (digested)", "≤ 90", "mg/kg",
        caveat=OLD_EDITION),
    req("cd_total", None, "总镉（消解）", "Total cadmium (digested)", "≤ 40", "mg/kg",
        caveat=OLD_EDITION),
    req("phthalates_sum", None, "邻苯二甲酸酯总和", "Phthalates, sum", "≤ 0.1", "w-%",
        caveat=OLD_EDITION),
    req("azo_amines", None, "可裂解致癌芳香胺（每种）", "Cleavable carcinogenic arylamines (each)",
        "< 20", "mg/kg", caveat=UNVERIFIED),
    *graded("bpa", "双酚A（接触皮肤的纺织品，2025-04-01起）",
            "Bisphenol A (skin-contact textiles, from 2025-04-01)",
            {"I": "≤ 10", "II": "≤ 10"}, "mg/kg"),
    req("pfas_further", None, "其他PFAS总和（2025版）", "Further PFAS, sum (2025 edition)", "≤ 250",
        "µg/kg"),
    req("biocides", "I", "生物活性产品（杀菌剂）", "Biologically active products (biocides)",
        "banned"),
    req("biocides", "II", "生物活性产品（杀菌剂），接触黏膜的产品",
        "Biologically active products (biocides), articles in contact with mucous membranes",
        "banned"),
    req("cf_water", None, "耐水色牢度（沾色）", "Colour fastness to water (staining)", "≥ 3",
        "grade", caveat=UNVERIFIED),
    req("cf_perspiration", None, "耐酸、碱汗渍色牢度（沾色）",
        "Colour fastness to acid and alkaline perspiration (staining)", "≥ 3-4", "grade",
        caveat=UNVERIFIED),
    req("cf_rub_dry", None, "耐干摩擦色牢度（沾色）", "Colour fastness to dry rubbing (staining)",
        "≥ 4", "grade", caveat=UNVERIFIED),
    req("cf_saliva_perspiration", "I", "耐唾液及汗渍色牢度", "Colour fastness to saliva and perspiration",
        "fast", caveat=UNVERIFIED),
    req("odour", None, "气味", "Odour", "no abnormal odour", caveat=UNVERIFIED),
]

GOTS_REQS = [
    req("organic_fibre_min", None, "经认证的有机天然纤维含量", "Certified organic natural fibre content",
        "≥ 70", "%"),
    req("organic_label_grade", None, "“organic”标识等级的有机纤维含量",
        "Organic fibre content for the 'organic' label grade", "≥ 95", "%"),
]

GRS_REQS = [
    req("recycled_content_certification", None, "可认证的再生成分含量",
        "Recycled content for certification", "≥ 20", "%"),
    req("recycled_content_label", None, "使用GRS产品标签的再生成分含量",
        "Recycled content for a GRS product label", "≥ 50", "%"),
]

REACH_43_REQS = [
    req("azo_amines", None, "释放附录8所列22种芳香胺的偶氮染料（成品或染色部位，每种胺）",
        "Azo dyes releasing any of the 22 aromatic amines of Appendix 8 (article or dyed part, "
        "per amine)", "≤ 30", "mg/kg", "EN ISO 14362-1"),
    req("navy_blue", None, "附录9“海军蓝”染料（不得用于纺织品和皮革染色）",
        "Appendix 9 'navy blue' colourant in substances or mixtures for colouring textiles "
        "or leather", "≤ 0.1", "%"),
]

REACH_79_REQS = [
    req("pfhxa", None, "PFHxA及其盐类总和", "PFHxA and its salts, sum", "< 25", "µg/kg"),
    req("pfhxa_related", None, "PFHxA相关物质总和", "PFHxA-related substances, sum", "< 1000",
        "µg/kg"),
]

US_1610_REQS = [
    req("burn_time_plain", None, "1级（正常可燃性）：平面织物火焰蔓延时间",
        "Class 1 (normal flammability): plain-surface fabric flame-spread time", "≥ 3.5", "s"),
    req("burn_time_raised", None, "1级：绒面织物火焰蔓延时间（或仅表面闪燃、基布未着火）",
        "Class 1: raised-surface fabric flame-spread time (or surface flash without base "
        "ignition)", "> 7", "s"),
    req("class_3", None, "3级（快速剧烈燃烧）织物不得用于服装",
        "Class 3 (rapid and intense burning) fabric in clothing", "not permitted"),
]

CPSIA_REQS = [
    req("lead_substrate", None, "基材总铅含量", "Total lead in substrate", "≤ 100", "ppm",
        caveat=UNVERIFIED),
    req("lead_coating", None, "油漆及表面涂层铅含量", "Lead in paint and surface coatings", "≤ 90",
        "ppm", caveat=UNVERIFIED),
    req("cpc", None, "第三方检测及儿童产品证书（CPC）",
        "Third-party testing and Children's Product Certificate (CPC)", "required"),
    req("tracking_label", None, "追踪标签", "Tracking label", "required"),
]

AB1817_REQS = [
    req("tof_2025", None, "总有机氟（2025-01-01起）", "Total organic fluorine (from 2025-01-01)",
        "< 100", "ppm"),
    req("tof_2027", None, "总有机氟（2027-01-01起）", "Total organic fluorine (from 2027-01-01)",
        "< 50", "ppm"),
    req("certificate_of_compliance", None, "制造商合规证书", "Manufacturer's certificate of compliance",
        "required"),
]

JP_112_REQS = [
    req("formaldehyde_infant", None,
        "甲醛（24个月以下婴幼儿用：尿布、尿布罩、围嘴、内衣、睡衣、手套、袜子、中衣、外衣、帽子、寝具）",
        "Formaldehyde, articles for infants up to 24 months (diapers, diaper covers, bibs, "
        "underwear, nightwear, gloves, socks, middle-wear, outerwear, hats, bedding)",
        "absorbance difference ≤ 0.05 (acetylacetone method)"),
    req("formaldehyde_adult", None, "甲醛（成人内衣、睡衣、手套、袜子、足袋）",
        "Formaldehyde, adult underwear, nightwear, gloves, socks, tabi", "≤ 75", "ppm",
        caveat=UNVERIFIED),
    req("azo_amines", None, "特定偶氮化合物（24种芳香胺，每种；2016-04-01起）",
        "Specific azo compounds (24 amines, each; from 2016-04-01)", "≤ 30", "µg/g"),
    req("flame_retardants", None, "阻燃剂APO、TDBPP、BDBPP（睡衣、寝具、窗帘、地板覆盖物）",
        "Flame retardants APO, TDBPP, BDBPP (nightwear, bedding, curtains, floor coverings)",
        "not detected"),
    req("dttb", None, "防虫剂DTTB（毛纺织品等）", "Moth-proofer DTTB (woollen textiles, etc.)",
        "≤ 30", "ppm"),
]

# --- Standards ----------------------------------------------------------------

TM = ("test-method",)

STANDARDS = [
    # China: mandatory safety
    standard("GB 18401-2010", "国家纺织产品基本安全技术规范",
             "National general safety technical code for textile products", "AQSIQ/SAC", [CN],
             "current", True, published="2011-01-14", effective="2011-08-01",
             tags=("safety", "chemical"), requirements=GB18401_REQS),
    standard("GB 18401-2003", "国家纺织产品基本安全技术规范",
             "National general safety technical code for textile products (2003 edition)",
             "AQSIQ/SAC", [CN], "superseded", True, effective="2005-01-01",
             replaced_by="GB 18401-2010", tags=("safety", "chemical")),
    standard("GB 31701-2015", "婴幼儿及儿童纺织产品安全技术规范",
             "Safety technical code for infants and children textile products", "AQSIQ/SAC",
             [CN], "current", True, published="2015-05-26", effective="2016-06-01",
             tags=("safety", "chemical", "children", "flammability"),
             requirements=GB31701_REQS),
    # China: labelling
    standard("GB/T 5296.4-2012",
             "消费品使用说明 第4部分：纺织品和服装（原强制性标准GB 5296.4-2012，2017-03-23起转为推荐性）",
             "Instructions for use of products of consumer interest – Part 4: Textiles and apparel "
             "(formerly mandatory GB 5296.4-2012; converted to recommended on 2017-03-23)",
             "SAC", [CN], "current", False, published="2012-12-31", effective="2014-05-01",
             tags=("labelling", "converted-from-mandatory"), requirements=GBT5296_4_REQS),
    standard("GB 5296.4-1998", "消费品使用说明 纺织品和服装使用说明",
             "Instructions for use of products of consumer interest – Textiles and apparel "
             "(1998 edition)", "SAC", [CN], "superseded", True,
             replaced_by="GB/T 5296.4-2012", tags=("labelling",)),
    standard("GB/T 29862-2013", "纺织品 纤维含量的标识", "Textiles – Labelling of fibre content",
             "SAC", [CN], "current", False, tags=("labelling", "fibre-content")),
    standard("GB/T 8685-2008", "纺织品 维护标签规范 符号法",
             "Textiles – Care labelling code using symbols (MOD ISO 3758:2005)", "SAC", [CN],
             "current", False, tags=("labelling", "care-label")),
    # China: eco, green, carbon, children's safety
    standard("GB/T 18885-2020", "生态纺织品技术要求", "Technical specifications of ecological textiles",
             "SAMR/SAC", [CN], "current", False, published="2020-10-21", effective="2021-05-01",
             tags=("eco-label", "chemical")),
    standard("GB/T 18885-2009", "生态纺织品技术要求",
             "Technical specifications of ecological textiles (2009 edition)", "SAC", [CN],
             "superseded", False, replaced_by="GB/T 18885-2020", tags=("eco-label", "chemical")),
    standard("GB/T 22705-2019", "童装绳索和拉带安全要求",
             "Safety requirements for cords and drawstrings on children's clothing", "SAMR/SAC",
             [CN], "current", False, tags=("safety", "children")),
    standard("GB/T 22705-2008", "童装绳索和拉带安全要求",
             "Safety requirements for cords and drawstrings on children's clothing "
             "(2008 edition, MOD EN 14682:2007)", "SAC", [CN], "superseded", False,
             replaced_by="GB/T 22705-2019", tags=("safety", "children")),
    standard("GB/T 35611-2017", "绿色产品评价 纺织产品", "Green product assessment – Textile products",
             "SAC", [CN], "current", False, tags=("eco-label",)),
    standard("GB/T 24067-2024", "温室气体 产品碳足迹 量化要求和指南",
             "Greenhouse gases – Carbon footprint of products – Requirements and guidelines "
             "for quantification", "SAMR/SAC", [CN], "current", False, published="2024-08-23",
             effective="2025-03-01", tags=("carbon",)),
    # China: product ("execution") standards
    standard("FZ/T 81007-2022", "单、夹服装", "Single and lined garments", "MIIT", [CN], "current",
             False, tags=("product",)),
    standard("GB/T 2660-2022", "衬衫", "Shirts", "SAC", [CN], "current", False, tags=("product",)),
    standard("GB/T 2664-2022", "男西服、大衣", "Men's suits and coats", "SAC", [CN], "current", False,
             tags=("product",)),
    standard("FZ/T 73020", "针织休闲服装（版本年号待核实）", "Knitted casual wear (edition not verified)",
             "MIIT", [CN], "current", False, tags=("product",)),
    standard("GB/T 33271-2016", "婴幼儿针织服饰", "Knitted garments and accessories for infants", "SAC",
             [CN], "current", False, tags=("product", "children")),
    # China: test methods referenced by GB 18401 / GB 31701
    standard("GB/T 2912.1-2009", "纺织品 甲醛的测定 第1部分：游离和水解的甲醛（水萃取法）",
             "Textiles – Determination of formaldehyde – Part 1: Free and hydrolysed "
             "formaldehyde (water extraction method)", "SAC", [CN], "current", False, tags=TM),
    standard("GB/T 7573-2009", "纺织品 水萃取液pH值的测定",
             "Textiles – Determination of pH of aqueous extract", "SAC", [CN], "current", False,
             tags=TM),
    standard("GB/T 5713-2013", "纺织品 色牢度试验 耐水色牢度",
             "Textiles – Tests for colour fastness – Colour fastness to water", "SAC", [CN],
             "current", False, tags=TM),
    standard("GB/T 3922-2013", "纺织品 色牢度试验 耐汗渍色牢度",
             "Textiles – Tests for colour fastness – Colour fastness to perspiration", "SAC", [CN],
             "current", False, tags=TM),
    standard("GB/T 3920-2008", "纺织品 色牢度试验 耐摩擦色牢度",
             "Textiles – Tests for colour fastness – Colour fastness to rubbing (2008 edition, "
             "valid until 2027-01-01)", "SAC", [CN], "current", False, withdrawn="2027-01-01",
             replaced_by="GB/T 3920-2024", tags=TM),
    standard("GB/T 3920-2024", "纺织品 色牢度试验 耐摩擦色牢度",
             "Textiles – Tests for colour fastness – Colour fastness to rubbing "
             "(MOD ISO 105-X12:2016)", "SAMR/SAC", [CN], "upcoming", False,
             published="2024-12-31", effective="2027-01-01", tags=TM),
    standard("GB/T 18886-2019", "纺织品 色牢度试验 耐唾液色牢度",
             "Textiles – Tests for colour fastness – Colour fastness to saliva", "SAC", [CN],
             "current", False, tags=TM),
    standard("GB/T 17592-2011", "纺织品 禁用偶氮染料的测定",
             "Textiles – Determination of the banned azo colourants", "SAC", [CN], "current",
             False, tags=TM),
    standard("GB/T 23344-2009", "纺织品 4-氨基偶氮苯的测定",
             "Textiles – Determination of 4-aminoazobenzene", "SAC", [CN], "current", False,
             tags=TM),
    # International test methods
    standard("ISO 105-C06:2010", "纺织品 色牢度试验 耐家庭和商业洗涤色牢度",
             "Textiles – Tests for colour fastness – Colour fastness to domestic and commercial "
             "laundering", "ISO", [GLOBAL], "current", False, tags=TM),
    standard("ISO 14184-1:2011", "纺织品 甲醛的测定 第1部分：游离和水解的甲醛（水萃取法）",
             "Textiles – Determination of formaldehyde – Part 1: Free and hydrolysed "
             "formaldehyde (water extraction method)", "ISO", [GLOBAL], "current", False,
             tags=TM),
    standard("EN ISO 14362-1:2017", "纺织品 偶氮着色剂衍生的芳香胺测定 第1部分：通过萃取和不萃取纤维检测某些偶氮着色剂的使用",
             "Textiles – Aromatic amines derived from azo colorants – Part 1: Detection of the use "
             "of certain azo colorants accessible with and without extracting the fibres", "CEN/ISO", [EU, GLOBAL], "current", False, tags=TM),
    standard("EN ISO 14362-3:2017", "纺织品 偶氮着色剂衍生的芳香胺测定 第3部分：检测可能释放4-氨基偶氮苯的某些偶氮着色剂的使用",
             "Textiles – Aromatic amines derived from azo colorants – Part 3: Detection of the use "
             "of certain azo colorants which may release 4-aminoazobenzene", "CEN/ISO", [EU, GLOBAL], "current", False, tags=TM),
    # Voluntary schemes and management systems
    standard("OEKO-TEX STANDARD 100", "生态纺织品标准100（OEKO-TEX®，01.2026版，2026-04-01起生效）",
             "STANDARD 100 by OEKO-TEX® (edition 01.2026, in force from 2026-04-01; limits are "
             "edition-specific)", "OEKO-TEX Association", [GLOBAL], "current", False,
             effective="2026-04-01", tags=("eco-label", "chemical", "certification"),
             requirements=OEKO_TEX_REQS),
    standard("GOTS 7.0", "全球有机纺织品标准 7.0版", "Global Organic Textile Standard, version 7.0",
             "Global Standard gGmbH", [GLOBAL], "current", False, published="2023-03-06",
             effective="2024-03-01", tags=("eco-label", "organic", "certification", "social"),
             requirements=GOTS_REQS),
    standard("GRS 4.0", "全球回收标准 4.0版", "Global Recycled Standard, version 4.0",
             "Textile Exchange", [GLOBAL], "current", False,
             replaced_by="Materials Matter Standard",
             tags=("eco-label", "recycled", "certification", "social"), requirements=GRS_REQS),
    standard("Materials Matter Standard", "Materials Matter标准（取代GRS、RCS等；据报2027-12-31起强制用于审核）",
             "Textile Exchange Materials Matter Standard (replaces GRS, RCS, RWS, RMS, RAS, RDS; "
             "reported mandatory for audits from 2027-12-31)", "Textile Exchange", [GLOBAL],
             "upcoming", False, effective="2027-12-31",
             tags=("eco-label", "recycled", "certification")),
    standard("bluesign SYSTEM", "bluesign®蓝标系统（BSSL、BSBL、RSL）",
             "bluesign® SYSTEM (BSSL, BSBL, RSL)", "bluesign technologies ag", [GLOBAL], "current",
             False, tags=("chemical", "eco-label")),
    standard("ZDHC MRSL V3.1", "ZDHC生产限用物质清单 V3.1",
             "ZDHC Manufacturing Restricted Substances List, version 3.1", "ZDHC Foundation",
             [GLOBAL], "current", False, tags=("chemical",)),
    standard("Higg FEM 4.0", "Higg工厂环境模块 4.0版", "Higg Facility Environmental Module 4.0",
             "Cascale", [GLOBAL], "current", False, tags=("environment", "facility")),
    standard("ISO 9001:2015", "质量管理体系 要求（含2024年第1号修正案）",
             "Quality management systems – Requirements (incl. Amd 1:2024)", "ISO", [GLOBAL],
             "current", False, tags=("management-system",)),
    standard("ISO 14001:2015", "环境管理体系 要求及使用指南（含2024年第1号修正案）",
             "Environmental management systems – Requirements with guidance for use "
             "(incl. Amd 1:2024)", "ISO", [GLOBAL], "current", False,
             tags=("management-system", "environment")),
    standard("ISO 14067:2018", "温室气体 产品碳足迹 量化要求和指南",
             "Greenhouse gases – Carbon footprint of products – Requirements and guidelines "
             "for quantification", "ISO", [GLOBAL], "current", False, tags=("carbon",)),
    # European Union
    standard("REACH Annex XVII-43", "REACH附件XVII第43项：偶氮染料",
             "REACH Annex XVII entry 43: Azocolourants", "European Union", [EU], "current", True,
             tags=("chemical",), requirements=REACH_43_REQS),
    standard("REACH Annex XVII-46a", "REACH附件XVII第46a项：纺织品中的壬基酚聚氧乙烯醚",
             "REACH Annex XVII entry 46a: Nonylphenol ethoxylates in textiles (Reg. (EU) 2016/26)",
             "European Union", [EU], "current", True, effective="2021-02-03",
             tags=("chemical",), requirements=[
                 req("npe", None, "壬基酚聚氧乙烯醚（成品或每一部件）",
                     "Nonylphenol ethoxylates (article or each part)", "< 0.01", "% w/w",
                     "EN ISO 18254-1")]),
    standard("REACH Annex XVII-72", "REACH附件XVII第72项：服装、纺织品和鞋类中的CMR物质",
             "REACH Annex XVII entry 72: CMR substances in clothing, textiles and footwear "
             "(Reg. (EU) 2018/1513)", "European Union", [EU], "current", True,
             effective="2020-11-01", tags=("chemical",), requirements=[
                 req("formaldehyde", None, "甲醛（夹克、外套和软垫的300 mg/kg豁免已于2023-11-01结束）",
                     "Formaldehyde (the 300 mg/kg derogation for jackets, coats and upholstery "
                     "ended 2023-11-01)", "< 75", "mg/kg"),
                 req("cmr_appendix_12", None, "其他CMR物质（各自限值见附录12）",
                     "Other CMR substances (individual limits in Appendix 12)",
                     "see Appendix 12")]),
    standard("REACH Annex XVII-79", "REACH附件XVII第79项：PFHxA及其盐类和相关物质",
             "REACH Annex XVII entry 79: PFHxA, its salts and related substances "
             "(Reg. (EU) 2024/2462; clothing from 2026-10-10, other consumer textiles from "
             "2027-10-10)", "European Union", [EU], "current", True, effective="2026-10-10",
             tags=("chemical", "pfas"), requirements=REACH_79_REQS),
    standard("REACH Annex XVII-27", "REACH附件XVII第27项：镍", "REACH Annex XVII entry 27: Nickel",
             "European Union", [EU], "current", True, tags=("chemical",), requirements=[
                 req("nickel_release", None, "长期直接接触皮肤的金属辅件镍释放量",
                     "Nickel release from metal trims in direct and prolonged skin contact",
                     "≤ 0.5", "µg/cm²/week", "EN 1811", caveat=UNVERIFIED)]),
    standard("REACH Annex XVII-51", "REACH附件XVII第51项：邻苯二甲酸酯（DEHP、DBP、BBP、DIBP）",
             "REACH Annex XVII entry 51: Phthalates (DEHP, DBP, BBP, DIBP)", "European Union",
             [EU], "current", True, tags=("chemical",), requirements=[
                 req("phthalates", None, "增塑材料中DEHP、DBP、BBP、DIBP",
                     "DEHP, DBP, BBP, DIBP in plasticised material", "< 0.1", "% w/w",
                     caveat=UNVERIFIED)]),
    standard("REACH Annex XVII-52", "REACH附件XVII第52项：邻苯二甲酸酯（DINP、DIDP、DNOP）",
             "REACH Annex XVII entry 52: Phthalates (DINP, DIDP, DNOP)", "European Union", [EU],
             "current", True, tags=("chemical",), requirements=[
                 req("phthalates", None, "增塑材料中DINP、DIDP、DNOP",
                     "DINP, DIDP, DNOP in plasticised material", "< 0.1", "% w/w",
                     caveat=UNVERIFIED)]),
    standard("Regulation (EU) No 1007/2011", "欧盟纺织纤维名称及纤维成分标签法规",
             "Regulation (EU) No 1007/2011 on textile fibre names and fibre-composition labelling",
             "European Union", [EU], "current", True, effective="2012-05-08",
             tags=("labelling", "fibre-content"), requirements=[
                 req("fibre_composition_label", None, "纤维成分标签（纺织纤维含量≥80%的产品）",
                     "Fibre-composition label (products with ≥ 80 % textile fibres by weight)",
                     "required")]),
    standard("Regulation (EU) 2024/1781", "可持续产品生态设计法规（ESPR）",
             "Ecodesign for Sustainable Products Regulation (ESPR)", "European Union", [EU],
             "current", True, effective="2024-07-18",
             tags=("sustainability", "digital-product-passport"), requirements=[
                 req("unsold_destruction_ban", None,
                     "禁止销毁未售出的服装、服饰配件和鞋类（大型企业2026-07-19起，中型企业2030年起）",
                     "No destruction of unsold apparel, clothing accessories and footwear (large "
                     "enterprises from 2026-07-19, medium-sized from 2030)", "prohibited")]),
    # United States
    standard("CPSIA", "美国消费品安全改进法案（2008）", "Consumer Product Safety Improvement Act of 2008",
             "CPSC", [US], "current", True, tags=("safety", "chemical", "children"),
             requirements=CPSIA_REQS),
    standard("16 CFR 1610", "服用纺织品燃烧性能标准", "Standard for the Flammability of Clothing Textiles",
             "CPSC", [US], "current", True, effective="2008-09-22", tags=("flammability",),
             requirements=US_1610_REQS),
    standard("16 CFR 1615", "儿童睡衣燃烧性能标准（尺码0–6X）",
             "Standard for the Flammability of Children's Sleepwear: Sizes 0 through 6X", "CPSC",
             [US], "current", True, tags=("flammability", "children")),
    standard("16 CFR 1616", "儿童睡衣燃烧性能标准（尺码7–14）",
             "Standard for the Flammability of Children's Sleepwear: Sizes 7 through 14", "CPSC",
             [US], "current", True, tags=("flammability", "children")),
    standard("16 CFR 1120", "儿童上身外衣拉绳的实质性产品危害认定（ASTM F1816）",
             "Substantial product hazard list: drawstrings on children's upper outerwear "
             "(ASTM F1816)", "CPSC", [US], "current", True, tags=("safety", "children")),
    standard("California Proposition 65", "加州65号提案（安全饮用水和有毒物质执法法）",
             "California Proposition 65 (Safe Drinking Water and Toxic Enforcement Act)",
             "OEHHA (California)", [US], "current", True, tags=("chemical", "labelling")),
    standard("California AB 1817", "加州AB 1817法案：纺织品中的PFAS", "California AB 1817: PFAS in textile articles",
             "California Legislature", [US], "current", True, effective="2025-01-01",
             tags=("chemical", "pfas"), requirements=AB1817_REQS),
    standard("16 CFR 303", "纺织纤维产品鉴定法实施细则（TFPIA）",
             "Rules and Regulations under the Textile Fiber Products Identification Act (TFPIA)",
             "FTC", [US], "current", True, tags=("labelling", "fibre-content")),
    standard("16 CFR 423", "纺织服装及面料护理标签规则", "Care Labeling of Textile Wearing Apparel and Certain Piece Goods",
             "FTC", [US], "current", True, tags=("labelling", "care-label")),
    standard("UFLPA", "维吾尔强迫劳动预防法", "Uyghur Forced Labor Prevention Act (Pub. L. 117-78)",
             "US Congress / CBP", [US], "current", True, effective="2022-06-21",
             tags=("social", "traceability"), requirements=[
                 req("supply_chain_tracing", None, "供应链溯源文件（可反驳推定，无最低限额豁免）",
                     "Supply-chain tracing documents (rebuttable presumption, no de-minimis)",
                     "required")]),
    # Japan
    standard("Japan Act No. 112 of 1973", "日本有害物质含有家庭用品管制法（1973年第112号法律）",
             "Act on the Control of Household Products Containing Harmful Substances "
             "(Act No. 112 of 1973)", "MHLW", [JP], "current", True,
             tags=("safety", "chemical"), requirements=JP_112_REQS),
    standard("Japan Household Goods Quality Labelling Act", "日本家庭用品品质表示法",
             "Household Goods Quality Labelling Act", "METI", [JP], "current", True,
             tags=("labelling", "fibre-content")),
    standard("JIS L 0001", "纺织品护理标签符号（日本工业标准，2016年12月起）",
             "Textiles – Care labelling code using symbols (in use from December 2016)", "JISC",
             [JP], "current", True, tags=("labelling", "care-label")),
]

# --- Applicability rules ------------------------------------------------------


def _gb18401_rules():
    base = {"category": CN_TEXTILES, "market": [CN]}
    return [
        rule("R-GB18401-A", "GB 18401-2010", "A", {**base, "age_group": ["infant"]},
             "在中国销售的婴幼儿纺织产品（面料、纱线按最终用途）→ GB 18401 A类，标注“婴幼儿用品”",
             "Infant textile product sold in China (fabric and yarn by end use) → GB 18401 "
             "class A, labelled 婴幼儿用品"),
        rule("R-GB18401-B", "GB 18401-2010", "B",
             {**base, "age_group": ["child", "adult"], "skin_contact": ["direct"]},
             "在中国销售、直接接触皮肤的纺织产品 → GB 18401 B类",
             "Textile product sold in China with direct skin contact → GB 18401 class B"),
        rule("R-GB18401-C", "GB 18401-2010", "C",
             {**base, "age_group": ["child", "adult"], "skin_contact": ["indirect"]},
             "在中国销售、非直接接触皮肤的纺织产品 → GB 18401 C类",
             "Textile product sold in China without direct skin contact → GB 18401 class C"),
    ]


def _gb31701_rules():
    return [
        rule("R-GB31701-A", "GB 31701-2015", "A", {"market": [CN], "age_group": ["infant"]},
             "在中国销售的婴幼儿纺织产品 → 另须符合GB 31701 A类",
             "Infant textile product sold in China → also GB 31701 class A"),
        rule("R-GB31701-B", "GB 31701-2015", "B",
             {"market": [CN], "age_group": ["child"], "skin_contact": ["direct"]},
             "在中国销售、直接接触皮肤的儿童纺织产品 → 另须符合GB 31701 B类",
             "Children's textile product sold in China with direct skin contact → also "
             "GB 31701 class B"),
        rule("R-GB31701-C", "GB 31701-2015", "C",
             {"market": [CN], "age_group": ["child"], "skin_contact": ["indirect"]},
             "在中国销售、非直接接触皮肤的儿童纺织产品 → 另须符合GB 31701 C类",
             "Children's textile product sold in China without direct skin contact → also "
             "GB 31701 class C"),
    ]


CN_FINAL = {"category": CN_RETAIL, "market": [CN], "stage": ["final"]}
EU_ONLY = {"market": [EU]}
US_ONLY = {"market": [US]}

RULES = [
    *_gb18401_rules(),
    *_gb31701_rules(),
    rule("R-GBT5296.4", "GB/T 5296.4-2012", None, CN_FINAL,
         "在中国销售的最终产品的使用说明（标签、吊牌）→ GB/T 5296.4（2017年起为推荐性，但市场抽查仍检查）",
         "Final product sold in China: labels and hang-tags → GB/T 5296.4 (recommended since "
         "2017, still checked by market inspections)"),
    rule("R-GBT29862", "GB/T 29862-2013", None, CN_FINAL,
         "在中国销售的最终产品须标注纤维含量 → GB/T 29862",
         "Final product sold in China must state its fibre content → GB/T 29862"),
    rule("R-GBT8685", "GB/T 8685-2008", None, CN_FINAL,
         "在中国销售的最终产品的维护标签符号 → GB/T 8685",
         "Care symbols on final products sold in China → GB/T 8685"),
    rule("R-GBT22705", "GB/T 22705-2019", None,
         {"category": ["garment"], "age_group": ["infant", "child"], "market": [CN]},
         "在中国销售的婴幼儿及儿童服装的绳索和拉带 → GB/T 22705",
         "Infant and children's clothing sold in China: cords and drawstrings → GB/T 22705"),
    rule("R-GBT18885-ECO", "GB/T 18885-2020", None, {"claim": ["ecological"]},
         "宣称“生态纺织品” → GB/T 18885", "Product claimed as an ecological textile → GB/T 18885"),
    rule("R-GBT24067-CFP", "GB/T 24067-2024", None,
         {"claim": ["carbon-footprint"], "market": [CN]},
         "在中国宣称产品碳足迹或使用碳标识 → GB/T 24067",
         "Product carbon footprint claimed in China → GB/T 24067"),
    rule("R-ISO14067-CFP", "ISO 14067:2018", None, {"claim": ["carbon-footprint"]},
         "宣称产品碳足迹 → ISO 14067量化与核查",
         "Product carbon footprint claimed → quantified and verified per ISO 14067"),
    # European Union
    rule("R-REACH43", "REACH Annex XVII-43", None, {**EU_ONLY, "skin_contact": ["direct"]},
         "销往欧盟、与皮肤直接长期接触的纺织品 → REACH第43项（偶氮染料）",
         "EU-bound textile in direct, prolonged skin contact → REACH entry 43 (azo dyes)"),
    rule("R-REACH72-SKIN", "REACH Annex XVII-72", None, {**EU_ONLY, "skin_contact": ["direct"]},
         "销往欧盟、接触皮肤的纺织品 → REACH第72项（CMR物质，甲醛75 mg/kg）",
         "EU-bound skin-contact textile → REACH entry 72 (CMR substances, formaldehyde "
         "75 mg/kg)"),
    rule("R-REACH72-CLOTHING", "REACH Annex XVII-72", None, {**EU_ONLY, "category": ["garment"]},
         "销往欧盟的消费者服装（含外套）→ REACH第72项",
         "EU-bound consumer clothing (jackets and coats included) → REACH entry 72"),
    rule("R-REACH46A", "REACH Annex XVII-46a", None, EU_ONLY,
         "销往欧盟、预期会水洗的纺织品 → REACH第46a项（NPE）",
         "EU-bound textile expected to be washed in water → REACH entry 46a (NPE)"),
    rule("R-REACH79", "REACH Annex XVII-79", None,
         {**EU_ONLY, "finish": ["water_repellent", "oil_repellent"]},
         "销往欧盟、有防水或防油整理 → REACH第79项（PFHxA），服装2026-10-10起，其他消费纺织品2027-10-10起",
         "EU-bound with water- or oil-repellent finish → REACH entry 79 (PFHxA): clothing "
         "from 2026-10-10, other consumer textiles from 2027-10-10"),
    rule("R-REACH27", "REACH Annex XVII-27", None, {**EU_ONLY, "finish": ["metal_trims"]},
         "销往欧盟、有接触皮肤的金属辅件 → REACH第27项（镍释放）",
         "EU-bound with metal trims in skin contact → REACH entry 27 (nickel release)"),
    rule("R-REACH51", "REACH Annex XVII-51", None,
         {**EU_ONLY, "finish": ["plastisol_print", "coated"]},
         "销往欧盟、有增塑印花或涂层 → REACH第51项（邻苯二甲酸酯）",
         "EU-bound with plasticised prints or coatings → REACH entry 51 (phthalates)"),
    rule("R-REACH52", "REACH Annex XVII-52", None,
         {**EU_ONLY, "finish": ["plastisol_print", "coated"], "age_group": ["infant", "child"]},
         "销往欧盟的婴幼儿及儿童产品、有增塑印花或涂层 → REACH第52项（邻苯二甲酸酯）",
         "EU-bound infant or children's product with plasticised prints or coatings → "
         "REACH entry 52 (phthalates)"),
    rule("R-EU1007", "Regulation (EU) No 1007/2011", None, {**EU_ONLY, "stage": ["final"]},
         "在欧盟上市的纺织产品（纺织纤维≥80%）→ 纤维成分标签（1007/2011）",
         "Textile product placed on the EU market (≥ 80 % textile fibre) → fibre labelling "
         "under 1007/2011"),
    rule("R-ESPR", "Regulation (EU) 2024/1781", None, {**EU_ONLY, "category": ["garment"]},
         "销往欧盟的服装 → ESPR：禁止销毁未售出服装，预计将有数字产品护照数据要求",
         "EU-bound apparel → ESPR: no destruction of unsold apparel; expect Digital Product "
         "Passport data requests"),
    # United States
    rule("R-16CFR1610", "16 CFR 1610", None, {**US_ONLY, "category": ["garment"]},
         "销往美国的服装 → 16 CFR 1610 服用纺织品燃烧性能",
         "US-bound clothing → 16 CFR 1610 flammability of clothing textiles"),
    rule("R-CPSIA", "CPSIA", None, {**US_ONLY, "age_group": ["infant", "child"]},
         "销往美国的12岁及以下儿童产品 → CPSIA（铅、第三方检测、CPC、追踪标签）",
         "US-bound children's product (12 years and under) → CPSIA (lead, third-party "
         "testing, CPC, tracking label)"),
    rule("R-16CFR1615", "16 CFR 1615", None,
         {**US_ONLY, "category": ["garment"], "age_group": ["infant", "child"]},
         "仅限儿童睡衣（尺码9个月–6X）：销往美国 → 16 CFR 1615",
         "Children's sleepwear only (sizes 9 months–6X), US-bound → 16 CFR 1615"),
    rule("R-16CFR1616", "16 CFR 1616", None,
         {**US_ONLY, "category": ["garment"], "age_group": ["child"]},
         "仅限儿童睡衣（尺码7–14）：销往美国 → 16 CFR 1616",
         "Children's sleepwear only (sizes 7–14), US-bound → 16 CFR 1616"),
    rule("R-16CFR1120", "16 CFR 1120", None,
         {**US_ONLY, "category": ["garment"], "age_group": ["infant", "child"]},
         "销往美国、带拉绳的儿童上身外衣（连帽衫、夹克）→ 16 CFR 1120 / ASTM F1816",
         "US-bound children's upper outerwear with drawstrings (hoodies, jackets) → "
         "16 CFR 1120 / ASTM F1816"),
    rule("R-PROP65", "California Proposition 65", None, US_ONLY,
         "在加州销售 → 65号提案：含清单所列化学物质（如PVC印花中的DEHP、铅、BPA）须警示",
         "Sold in California → Proposition 65 warning where listed chemicals are present "
         "(e.g. DEHP in PVC prints, lead, BPA)"),
    rule("R-AB1817", "California AB 1817", None, US_ONLY,
         "在加州销售的纺织品 → AB 1817 PFAS限值（总有机氟2025年<100 ppm，2027年<50 ppm）",
         "Textile article sold in California → AB 1817 PFAS limit (total organic fluorine "
         "< 100 ppm from 2025, < 50 ppm from 2027)"),
    rule("R-UFLPA-COTTON", "UFLPA", None, {**US_ONLY, "fibre": ["cotton"]},
         "销往美国的含棉产品 → UFLPA：须备供应链溯源文件",
         "US-bound product containing cotton → UFLPA: supply-chain tracing documents"),
    rule("R-16CFR303", "16 CFR 303", None, {**US_ONLY, "stage": ["final"]},
         "在美国销售的纺织产品 → 纤维成分、原产地和制造商标签（TFPIA）",
         "Textile product sold in the US → fibre, origin and manufacturer labelling (TFPIA)"),
    rule("R-16CFR423", "16 CFR 423", None,
         {**US_ONLY, "category": ["garment", "fabric"], "stage": ["final"]},
         "在美国销售的服装和面料 → 护理标签规则",
         "Apparel and piece goods sold in the US → Care Labeling Rule"),
    # Japan
    rule("R-JP-ACT112", "Japan Act No. 112 of 1973", None, {"market": [JP]},
         "销往日本的家庭用纺织品 → 有害物质家庭用品管制法（甲醛、偶氮、阻燃剂）",
         "Japan-bound household textile → Act No. 112 (formaldehyde, azo, flame retardants)"),
    rule("R-JP-QUALITY-LABEL", "Japan Household Goods Quality Labelling Act", None,
         {"market": [JP], "stage": ["final"]},
         "在日本销售的纺织产品 → 家庭用品品质表示法（纤维成分等标签）",
         "Textile product sold in Japan → Household Goods Quality Labelling Act (fibre and "
         "other labelling)"),
    rule("R-JIS-L0001", "JIS L 0001", None, {"market": [JP], "stage": ["final"]},
         "在日本销售的纺织产品的护理符号 → JIS L 0001",
         "Care symbols on textile products sold in Japan → JIS L 0001"),
    # Voluntary schemes chosen by claims
    rule("R-OEKO-I", "OEKO-TEX STANDARD 100", "I", {"claim": ["oeko-tex"], "age_group": ["infant"]},
         "宣称OEKO-TEX、婴幼儿（3岁及以下）产品 → 产品级别I",
         "OEKO-TEX claim, product for babies and small children up to 3 years → class I"),
    rule("R-OEKO-II", "OEKO-TEX STANDARD 100", "II",
         {"claim": ["oeko-tex"], "age_group": ["child", "adult"], "skin_contact": ["direct"]},
         "宣称OEKO-TEX、大面积接触皮肤的产品 → 产品级别II",
         "OEKO-TEX claim, product with large-area skin contact → class II"),
    rule("R-OEKO-III", "OEKO-TEX STANDARD 100", "III",
         {"claim": ["oeko-tex"], "age_group": ["child", "adult"], "skin_contact": ["indirect"],
          "category": ["garment", "fabric", "yarn", "accessory"]},
         "宣称OEKO-TEX、很少或不接触皮肤的产品（如夹克、外套、填充物）→ 产品级别III",
         "OEKO-TEX claim, little or no skin contact (e.g. jackets, coats, fillings) → class III"),
    rule("R-OEKO-IV", "OEKO-TEX STANDARD 100", "IV",
         {"claim": ["oeko-tex"], "age_group": ["child", "adult"], "skin_contact": ["indirect"],
          "category": ["home_textile"]},
         "宣称OEKO-TEX、装饰用家纺（桌布、窗帘、墙面和地面覆盖物）→ 产品级别IV",
         "OEKO-TEX claim, decoration and furnishing (table linen, curtains, wall and floor "
         "coverings) → class IV"),
    rule("R-GOTS-ORGANIC", "GOTS 7.0", None, {"claim": ["organic"]},
         "宣称“有机”：须含≥70%经认证的有机天然纤维 → GOTS",
         "Organic claim: needs ≥ 70 % certified organic natural fibre → GOTS"),
    rule("R-GRS-RECYCLED", "GRS 4.0", None, {"claim": ["recycled"]},
         "宣称“再生”：再生成分≥20%可认证，≥50%可用产品标签 → GRS",
         "Recycled claim: ≥ 20 % recycled content to certify, ≥ 50 % for the product label → GRS"),
    rule("R-MMS-RECYCLED", "Materials Matter Standard", None, {"claim": ["recycled"]},
         "宣称“再生”：Materials Matter Standard将取代GRS（据报2027-12-31起强制用于审核）",
         "Recycled claim: the Materials Matter Standard replaces GRS (reported mandatory for "
         "audits from 2027-12-31)"),
    rule("R-BLUESIGN", "bluesign SYSTEM", None, {"claim": ["bluesign"]},
         "宣称bluesign® → bluesign系统（化学品投入与工厂审核）",
         "bluesign® claim → bluesign SYSTEM (chemical inputs and site audits)"),
]

# --- Notices (radar recommendations) -------------------------------------------

NOTICES = [
    notice("N-2026-0001", "critical", ["REACH Annex XVII-79"],
           t("REACH第79项：PFHxA限制已于2026-10-10起适用于消费者服装",
            "REACH entry 79: PFHxA restriction applies to consumer clothing since 2026-10-10"),
           t("销往欧盟的防水、防油整理（C6含氟）服装、配饰和鞋类：PFHxA及其盐类总和须< 25 µg/kg，相关物质"
            "总和< 1000 µg/kg。窗帘、软垫、地毯等其他消费纺织品2027-10-10起适用。截止日前已上市的产品不受影响。",
            "EU-bound consumer clothing, accessories and footwear with water- or oil-repellent "
            "(C6 fluorochemical) finishes: PFHxA and salts < 25 µg/kg, related substances "
            "< 1000 µg/kg. Other consumer textiles (curtains, upholstery, carpets) follow on "
            "2027-10-10. Goods placed on the market before the deadline are grandfathered."),
           effective="2026-10-10", url="https://eur-lex.europa.eu/eli/reg/2024/2462/oj"),
    notice("N-2026-0002", "warning", ["REACH Annex XVII-79"],
           t("REACH第79项：2027-10-10起扩展至其他消费纺织品",
            "REACH entry 79 extends to other consumer textiles from 2027-10-10"),
           t("窗帘、软垫、地毯等家纺产品如使用C6防水防油整理，须在2027-10-10前完成替代或检测。",
            "Home textiles such as curtains, upholstery and carpets with C6 water- or "
            "oil-repellent finishes must be reformulated or tested before 2027-10-10."),
           effective="2027-10-10", url="https://eur-lex.europa.eu/eli/reg/2024/2462/oj"),
    notice("N-2026-0003", "warning",
           ["GB/T 3920-2024", "GB/T 3920-2008", "GB 18401-2010", "GB 31701-2015"],
           t("GB/T 3920-2024 耐摩擦色牢度将于2027-01-01实施",
            "GB/T 3920-2024 (colour fastness to rubbing) takes effect on 2027-01-01"),
           t("GB/T 3920-2024（MOD ISO 105-X12:2016）于2024-12-31发布，2027-01-01实施，代替GB/T 3920-2008。"
            "GB 18401干摩擦和GB 31701湿摩擦检测在此之前仍可依据2008版；请与检测机构确认报告所用版本。",
            "GB/T 3920-2024 (MOD ISO 105-X12:2016), published 2024-12-31, takes effect "
            "2027-01-01 and replaces GB/T 3920-2008. Dry rubbing (GB 18401) and wet rubbing "
            "(GB 31701) tests may cite the 2008 edition until then; check which edition your "
            "laboratory reports."),
           effective="2027-01-01", url="https://www.gbstd.com/en-us/view/8014024035000000.html"),
    notice("N-2026-0004", "warning", ["California AB 1817"],
           t("加州AB 1817：2027-01-01起PFAS限值降至总有机氟50 ppm",
            "California AB 1817: PFAS limit falls to 50 ppm total organic fluorine on 2027-01-01"),
           t("自2025-01-01起纺织品总有机氟须< 100 ppm；2027-01-01起须< 50 ppm。制造商须提供合规证书。"
            "严酷潮湿环境户外服装2028年起适用，在此之前须披露“Made with PFAS chemicals”。",
            "Total organic fluorine in textile articles must be < 100 ppm since 2025-01-01 and "
            "< 50 ppm from 2027-01-01. Manufacturers must provide a certificate of compliance. "
            "Outdoor apparel for severe wet conditions follows from 2028, with a 'Made with "
            "PFAS chemicals' disclosure meanwhile."),
           effective="2027-01-01",
           url="https://www.consumerproductslawblog.com/2022/09/"
               "california-enacts-pfas-prohibition-for-textiles/"),
    notice("N-2026-0005", "info", ["Materials Matter Standard", "GRS 4.0"],
           t("Textile Exchange Materials Matter Standard将取代GRS",
            "Textile Exchange's Materials Matter Standard replaces GRS"),
           t("Materials Matter Standard（2025年发布最终版）取代GRS、RCS、RWS、RMS、RAS和RDS；据二手来源报道，"
            "2027-12-31起审核强制使用。CCS保留。请与认证机构规划换版审核。",
            "The Materials Matter Standard (final version published 2025) replaces GRS, RCS, "
            "RWS, RMS, RAS and RDS; a secondary source reports it mandatory for audits from "
            "2027-12-31. CCS stays. Plan the transition audit with your certification body."),
           effective="2027-12-31",
           url="https://textileexchange.org/faq/what-is-the-implementation-timeline-for-these-changes"),
    notice("N-2026-0006", "info", ["GB/T 5296.4-2012", "GB 5296.4-1998"],
           t("GB 5296.4-2012已于2017-03-23转为推荐性标准GB/T 5296.4-2012",
            "GB 5296.4-2012 became the recommended standard GB/T 5296.4-2012 on 2017-03-23"),
           t("依据国家标准委2017年第7号公告，纺织品和服装使用说明标准转为推荐性。市场抽查仍检查标签，"
            "产品标准也引用该标准，因此标签仍应按其要求标注。",
            "Under SAC announcement 2017 No. 7 the labelling standard for textiles and apparel "
            "became recommended. Market inspections still check labels and product standards "
            "reference it, so labels should still follow it."),
           effective="2017-03-23", url="https://yziin.com/home/detail/132369"),
    notice("N-2026-0007", "warning", ["Regulation (EU) 2024/1781"],
           t("ESPR：大型企业自2026-07-19起禁止销毁未售出服装",
            "ESPR: large firms may not destroy unsold apparel since 2026-07-19"),
           t("ESPR禁止销毁未售出的服装、服饰配件和鞋类：大型企业2026-07-19起，中型企业2030年起。"
            "纺织品授权法案和数字产品护照预计约2027年起实施，欧盟客户可能要求供应商提供数据。",
            "ESPR bans destroying unsold apparel, clothing accessories and footwear: large "
            "firms from 2026-07-19, medium-sized firms from 2030. The textile delegated act "
            "and Digital Product Passport are expected from about 2027; EU customers may ask "
            "suppliers for data."),
           effective="2026-07-19",
           url="https://sustainablefutures.linklaters.com/post/102miiy/"
               "eu-espr-commission-adopts-final-acts-on-unsold-consumer-product-destruction-and"),
    notice("N-2026-0008", "info", ["ISO 9001:2015", "ISO 14001:2015"],
           t("ISO 9001和ISO 14001的2026版预计发布",
            "ISO 9001 and ISO 14001 2026 editions expected"),
           t("ISO 14001:2026预计约2026年4月、ISO 9001:2026预计约2026年9月发布（发布状态未确认），"
            "预计各有约3年过渡期。请在证书记录中留意换版截止日期。",
            "ISO 14001:2026 was expected around April 2026 and ISO 9001:2026 around September "
            "2026 (publication not confirmed), each with an expected transition of about 3 "
            "years. Watch the transition deadline on your certificates."),
           url="https://www.oxebridge.com/emma/?p=32887"),
    notice("N-2026-0009", "info", ["OEKO-TEX STANDARD 100"],
           t("OEKO-TEX STANDARD 100 01.2026版已于2026-04-01起生效",
            "STANDARD 100 by OEKO-TEX edition 01.2026 binding since 2026-04-01"),
           t("OEKO-TEX每年1月发布新版，经3个月过渡期后于4月1日生效。2025年起：双酚A限值降至10 mg/kg，"
            "“其他PFAS”250 µg/kg，婴幼儿及接触黏膜产品禁用杀菌剂。续证时请按现行版本核对限值。",
            "OEKO-TEX publishes a new edition each January, binding from 1 April after a "
            "3-month transition. Since 2025: bisphenol A cut to 10 mg/kg, 'further PFAS' "
            "250 µg/kg, biocides banned for baby and mucous-contact articles. Check limits "
            "against the current edition at renewal."),
           effective="2026-04-01",
           url="https://oeti.biz/fr/news/oeko-tex-releases-new-regulations-2025-stricter-"
               "limit-values-greater-transparency"),
]

# fmt: on

# --- Page assembly -------------------------------------------------------------


def build_page() -> dict:
    """The catalogue as one `changes` page: versions 1..N, standards, rules, notices."""
    objects = (
        [("standard", s["code"], s) for s in STANDARDS]
        + [("rule", r["id"], r) for r in RULES]
        + [("notice", n["id"], n) for n in NOTICES]
    )
    changes = [
        {"version": v, "type": kind, "id": oid, "op": "upsert", "data": data}
        for v, (kind, oid, data) in enumerate(objects, start=1)
    ]
    n = len(changes)
    return {
        "protocol": 1,
        "since": 0,
        "next": n,
        "latest": n,
        "has_more": False,
        "changes": changes,
    }


def render(page: dict) -> str:
    return json.dumps(page, ensure_ascii=False, indent=1) + "\n"


# --- Check ---------------------------------------------------------------------

STATUSES = {"current", "upcoming", "superseded", "withdrawn"}
SEVERITIES = {"info", "warning", "critical"}
MARKETS = {"CN", "EU", "US", "JP", "KR", "GB", "CA", "AU", "GLOBAL"}
WHEN_VALUES = {
    "category": {"yarn", "fabric", "garment", "home_textile", "accessory"},
    "age_group": {"infant", "child", "adult"},
    "skin_contact": {"direct", "indirect"},
    "market": MARKETS,
    "fibre": None,  # open vocabularies: lower-case words
    "claim": None,
    "finish": None,
    "stage": {"final", "intermediate"},
}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check(page: dict) -> list[str]:
    """Every problem found in the page; empty when it is valid."""
    errors: list[str] = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    def is_str(v):
        return isinstance(v, str) and v != ""

    def text(where, v):
        if not (isinstance(v, dict) and is_str(v.get("zh")) and is_str(v.get("en"))):
            err(where, f"localised text needs zh and en, got {v!r}")

    def date(where, v, *, optional=True):
        if v is None and optional:
            return
        try:
            ok = isinstance(v, str) and DATE_RE.match(v) and dt.date.fromisoformat(v)
        except ValueError:
            ok = False
        if not ok:
            err(where, f"bad date {v!r}")

    def opt_str(where, v):
        if v is not None and not is_str(v):
            err(where, f"expected string or null, got {v!r}")

    for key, want in (("protocol", 1), ("since", 0), ("has_more", False)):
        if page.get(key) != want or type(page.get(key)) is not type(want):
            err("page", f"{key} must be {want!r}")
    changes = page.get("changes", [])
    n = len(changes)
    if page.get("next") != n or page.get("latest") != n:
        err("page", f"next and latest must both be {n}")

    codes = {c["data"]["code"] for c in changes if c.get("type") == "standard"}
    grades = {
        c["data"]["code"]: {r["grade"] for r in c["data"]["requirements"]}
        for c in changes
        if c.get("type") == "standard"
    }
    seen: set[tuple[str, str]] = set()
    for i, c in enumerate(changes, start=1):
        where = f"change {i} ({c.get('id')})"
        if type(c.get("version")) is not int or c["version"] != i:
            err(where, "versions must run 1..N, strictly increasing")
        if c.get("op") != "upsert" or c.get("type") not in (
            "standard",
            "rule",
            "notice",
        ):
            err(where, "op must be upsert and type standard/rule/notice")
        if (c.get("type"), c.get("id")) in seen:
            err(where, "duplicate (type, id)")
        seen.add((c.get("type"), c.get("id")))
        d = c.get("data")
        if not isinstance(d, dict):
            err(where, "data must be an object")
            continue
        if c["type"] == "standard":
            if c["id"] != d.get("code"):
                err(where, "id must equal data.code")
            for f in ("code", "issuer"):
                if not is_str(d.get(f)):
                    err(where, f"{f} must be a string")
            text(f"{where} title", d.get("title"))
            ms = d.get("markets")
            if not (isinstance(ms, list) and ms and all(m in MARKETS for m in ms)):
                err(where, f"bad markets {ms!r}")
            if d.get("status") not in STATUSES:
                err(where, f"bad status {d.get('status')!r}")
            if not isinstance(d.get("mandatory"), bool):
                err(where, "mandatory must be a boolean")
            for f in ("published", "effective", "withdrawn"):
                date(f"{where} {f}", d.get(f))
            rb = d.get("replaced_by")
            if rb is not None and rb not in codes:
                err(where, f"replaced_by {rb!r} is not in the catalogue")
            tags = d.get("tags", [])
            if not (isinstance(tags, list) and all(is_str(x) for x in tags)):
                err(where, "tags must be a list of strings")
            reqs = d.get("requirements")
            if not isinstance(reqs, list):
                err(where, "requirements must be a list")
                continue
            pairs: set[tuple[str, str | None]] = set()
            for r in reqs:
                rw = f"{where} requirement {r.get('key')}/{r.get('grade')}"
                if not is_str(r.get("key")) or not is_str(r.get("limit")):
                    err(rw, "key and limit must be strings")
                text(rw, r.get("item"))
                opt_str(rw + " grade", r.get("grade"))
                opt_str(rw + " unit", r.get("unit"))
                opt_str(rw + " method", r.get("method"))
                if (r.get("key"), r.get("grade")) in pairs:
                    err(rw, "(key, grade) is not unique")
                pairs.add((r.get("key"), r.get("grade")))
        elif c["type"] == "rule":
            if c["id"] != d.get("id") or not is_str(d.get("id")):
                err(where, "id must equal data.id")
            if d.get("standard") not in codes:
                err(where, f"standard {d.get('standard')!r} is not in the catalogue")
            grade = d.get("grade")
            opt_str(where + " grade", grade)
            if grade is not None and grade not in grades.get(d.get("standard"), set()):
                err(where, f"no requirement of grade {grade!r} in {d.get('standard')}")
            when = d.get("when")
            if not isinstance(when, dict):
                err(where, "when must be an object")
                continue
            for k, vals in when.items():
                allowed = WHEN_VALUES.get(k, set())
                if k not in WHEN_VALUES or not (isinstance(vals, list) and vals):
                    err(where, f"bad when key {k!r}")
                elif allowed is None:
                    if not all(is_str(v) and v == v.lower() for v in vals):
                        err(where, f"when.{k} values must be lower-case strings")
                elif not set(vals) <= allowed:
                    err(where, f"when.{k} has unknown values {set(vals) - allowed}")
            if "note" in d:
                text(f"{where} note", d["note"])
        else:
            if c["id"] != d.get("id") or not is_str(d.get("id")):
                err(where, "id must equal data.id")
            date(f"{where} published", d.get("published"), optional=False)
            date(f"{where} effective", d.get("effective"))
            if d.get("severity") not in SEVERITIES:
                err(where, f"bad severity {d.get('severity')!r}")
            text(f"{where} title", d.get("title"))
            if "body" in d:
                text(f"{where} body", d["body"])
            sts = d.get("standards")
            if not isinstance(sts, list) or any(s not in codes for s in sts):
                err(where, f"standards must list catalogue codes, got {sts!r}")
            opt_str(where + " url", d.get("url"))
    errors += check_known_pitfalls(changes)
    return errors


def check_known_pitfalls(changes: list[dict]) -> list[str]:
    """Guards against wrong values seen in public code (textile-standards.md §7)."""
    errors = []
    std = {c["id"]: c["data"] for c in changes if c["type"] == "standard"}
    if any(re.search(r"GB (18401|31701)-2023", c["id"]) for c in changes):
        errors.append("pitfall: GB 18401-2023 / GB 31701-2023 do not exist")
    hcho = {
        r["grade"]: r["limit"]
        for r in std["GB 18401-2010"]["requirements"]
        if r["key"] == "formaldehyde"
    }
    if hcho != {"A": "≤ 20", "B": "≤ 75", "C": "≤ 300"}:
        errors.append(f"pitfall: GB 18401 formaldehyde must be 20/75/300, got {hcho}")
    if std["GB/T 5296.4-2012"]["mandatory"]:
        errors.append("pitfall: GB/T 5296.4-2012 is recommended since 2017")
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="check the catalogue and that the JSON file is up to date",
    )
    args = parser.parse_args(argv)
    page = build_page()
    errors = check(page)
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if errors:
        return 1
    text = render(page)
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(
                f"ERROR {OUTPUT} is out of date: run tools/build_catalogue.py",
                file=sys.stderr,
            )
            return 1
    else:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(text, encoding="utf-8")
    kinds = [c["type"] for c in page["changes"]]
    items = sum(len(s["requirements"]) for s in STANDARDS)
    print(
        f"OK: {kinds.count('standard')} standards ({items} requirement items), "
        f"{kinds.count('rule')} rules, {kinds.count('notice')} notices, "
        f"versions 1..{page['latest']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
