"""The closed vocabularies of the domain, with their Chinese and English names.

Values are the lower-case words of the platform API (`docs/platform-protocol.md`);
the names are what tables, PDFs and CLI listings print.
"""

from __future__ import annotations

CATEGORIES: dict[str, tuple[str, str]] = {
    "yarn": ("纱线", "Yarn"),
    "fabric": ("面料", "Fabric"),
    "garment": ("服装", "Garment"),
    "home_textile": ("家纺", "Home textile"),
    "accessory": ("辅料", "Accessory"),
}

AGE_GROUPS: dict[str, tuple[str, str]] = {
    "infant": ("婴幼儿", "Infant (≤36 months)"),
    "child": ("儿童", "Child (3–14 years)"),
    "adult": ("成人", "Adult"),
}

SKIN_CONTACTS: dict[str, tuple[str, str]] = {
    "direct": ("直接接触皮肤", "Direct skin contact"),
    "indirect": ("非直接接触皮肤", "No direct skin contact"),
}

STAGES: dict[str, tuple[str, str]] = {
    "final": ("最终产品", "Final product"),
    "intermediate": ("中间产品", "Intermediate (processed further)"),
}

MARKETS: dict[str, tuple[str, str]] = {
    "CN": ("中国", "China"),
    "EU": ("欧盟", "European Union"),
    "US": ("美国", "United States"),
    "JP": ("日本", "Japan"),
    "KR": ("韩国", "Korea"),
    "GB": ("英国", "United Kingdom"),
    "CA": ("加拿大", "Canada"),
    "AU": ("澳大利亚", "Australia"),
    "GLOBAL": ("全球", "Global"),
}

FIBRES: dict[str, tuple[str, str]] = {
    "cotton": ("棉", "Cotton"),
    "polyester": ("涤纶", "Polyester"),
    "elastane": ("氨纶", "Elastane"),
    "nylon": ("锦纶", "Nylon"),
    "wool": ("羊毛", "Wool"),
    "silk": ("蚕丝", "Silk"),
    "linen": ("亚麻", "Linen"),
    "ramie": ("苎麻", "Ramie"),
    "viscose": ("粘纤", "Viscose"),
    "modal": ("莫代尔", "Modal"),
    "lyocell": ("莱赛尔", "Lyocell"),
    "acrylic": ("腈纶", "Acrylic"),
    "polypropylene": ("丙纶", "Polypropylene"),
    "cashmere": ("山羊绒", "Cashmere"),
    "bamboo": ("竹纤维", "Bamboo viscose"),
    "hemp": ("大麻", "Hemp"),
    "acetate": ("醋纤", "Acetate"),
    "other": ("其他纤维", "Other fibre"),
}

CLAIMS: dict[str, tuple[str, str]] = {
    "organic": ("有机", "Organic"),
    "recycled": ("再生", "Recycled"),
    "oeko-tex": ("OEKO-TEX 标签", "OEKO-TEX label"),
    "ecological": ("生态纺织品", "Ecological textile"),
    "carbon-footprint": ("碳足迹", "Carbon footprint"),
    "bluesign": ("蓝标", "bluesign"),
}

FINISHES: dict[str, tuple[str, str]] = {
    "coated": ("涂层", "Coated"),
    "pigment_printed": ("涂料印花", "Pigment printed"),
    "water_repellent": ("防水整理", "Water repellent"),
    "oil_repellent": ("防油整理", "Oil repellent"),
    "flame_retardant": ("阻燃整理", "Flame retardant"),
    "antibacterial": ("抗菌整理", "Antibacterial"),
    "plastisol_print": ("胶浆印花", "Plastisol print"),
    "metal_trims": ("金属辅件", "Metal trims"),
    "brushed": ("起绒/磨毛", "Brushed / raised surface"),
}

CERT_SCHEMES: dict[str, tuple[str, str]] = {
    "oeko-tex-100": ("OEKO-TEX STANDARD 100", "OEKO-TEX STANDARD 100"),
    "gots": ("GOTS 全球有机纺织品标准", "GOTS"),
    "grs": ("GRS 全球回收标准", "GRS"),
    "bluesign": ("bluesign 蓝标", "bluesign"),
    "iso-9001": ("ISO 9001 质量管理体系", "ISO 9001"),
    "iso-14001": ("ISO 14001 环境管理体系", "ISO 14001"),
    "carbon-footprint": ("产品碳足迹", "Carbon footprint"),
    "test-report": ("检测报告", "Test report"),
    "other": ("其他", "Other"),
}

# Schemes by the words people write for them (imports, CLI), lower case.
SCHEME_ALIASES: dict[str, str] = {
    "oeko-tex": "oeko-tex-100",
    "oeko-tex standard 100": "oeko-tex-100",
    "oekotex": "oeko-tex-100",
    "standard 100": "oeko-tex-100",
    "iso 9001": "iso-9001",
    "iso9001": "iso-9001",
    "iso 14001": "iso-14001",
    "iso14001": "iso-14001",
    "carbon": "carbon-footprint",
    "test report": "test-report",
    "report": "test-report",
    "检测报告": "test-report",
}

LANGUAGES = ("zh_CN", "en")


def name_of(table: dict[str, tuple[str, str]], value: str, lang: str = "zh") -> str:
    """The display name of a vocabulary value; unknown values print as given."""
    names = table.get(value)
    if names is None:
        return value
    return names[0] if lang.startswith("zh") else names[1]


def both_names(table: dict[str, tuple[str, str]], value: str) -> str:
    """ "中文 English" for listings read by people of either language."""
    names = table.get(value)
    if names is None:
        return value
    return names[0] if names[0] == names[1] else f"{names[0]} {names[1]}"
