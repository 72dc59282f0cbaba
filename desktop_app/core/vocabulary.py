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

# Fibre names of GB/T 4146.1 (化学纤维) and FZ/T 01053 / GB/T 29862 (纤维含量标识) in Chinese,
# of Regulation (EU) No 1007/2011 Annex I in English, so composition labels print right.
# Keys stay as firms' records have them ("nylon" is polyamide, "bamboo" is bamboo viscose:
# 1007/2011 knows no "bamboo" fibre, a label must say viscose).
FIBRES: dict[str, tuple[str, str]] = {
    "cotton": ("棉", "Cotton"),
    "polyester": ("聚酯纤维", "Polyester"),
    "elastane": ("氨纶", "Elastane"),
    "nylon": ("锦纶", "Polyamide"),
    "wool": ("羊毛", "Wool"),
    "silk": ("蚕丝", "Silk"),
    "linen": ("亚麻", "Linen (flax)"),
    "ramie": ("苎麻", "Ramie"),
    "viscose": ("粘胶纤维", "Viscose"),
    "modal": ("莫代尔纤维", "Modal"),
    "lyocell": ("莱赛尔纤维", "Lyocell"),
    "cupro": ("铜氨纤维", "Cupro"),
    "acrylic": ("腈纶", "Acrylic"),
    "modacrylic": ("改性腈纶", "Modacrylic"),
    "polypropylene": ("丙纶", "Polypropylene"),
    "polyethylene": ("乙纶", "Polyethylene"),
    "chlorofibre": ("氯纶", "Chlorofibre"),
    "polylactide": ("聚乳酸纤维", "Polylactide"),
    "aramid": ("芳纶", "Aramid"),
    "cashmere": ("山羊绒", "Cashmere"),
    "mohair": ("马海毛", "Mohair"),
    "alpaca": ("羊驼毛", "Alpaca"),
    "camel": ("驼毛", "Camel"),
    "yak": ("牦牛毛", "Yak"),
    "angora": ("兔毛", "Angora"),
    "jute": ("黄麻", "Jute"),
    "bamboo": ("竹浆粘胶纤维", "Viscose (bamboo)"),
    "hemp": ("大麻", "Hemp"),
    "acetate": ("醋酯纤维", "Acetate"),
    "triacetate": ("三醋酯纤维", "Triacetate"),
    "metal": ("金属纤维", "Metal fibre"),
    "glass": ("玻璃纤维", "Glass fibre"),
    "other": ("其他纤维", "Other fibres"),
}

CLAIMS: dict[str, tuple[str, str]] = {
    "organic": ("有机", "Organic"),
    "recycled": ("再生", "Recycled"),
    "oeko-tex": ("OEKO-TEX 标签", "OEKO-TEX label"),
    "ecological": ("生态纺织品", "Ecological textile"),
    "carbon-footprint": ("碳足迹", "Carbon footprint"),
    "bluesign": ("蓝标", "bluesign"),
    "responsible_wool": ("负责任羊毛（RWS）", "Responsible wool (RWS)"),
    "responsible_down": ("负责任羽绒（RDS）", "Responsible down (RDS)"),
    "made_in_green": ("MADE IN GREEN 标签", "MADE IN GREEN label"),
}

FINISHES: dict[str, tuple[str, str]] = {
    "coated": ("涂层", "Coated"),
    "laminated": ("复合/层压", "Laminated"),
    "pigment_printed": ("涂料印花", "Pigment printed"),
    "plastisol_printed": ("胶浆印花", "Plastisol printed"),
    "water_repellent": ("防水整理", "Water repellent"),
    "flame_retardant": ("阻燃整理", "Flame retardant"),
    "antibacterial": ("抗菌整理", "Antibacterial"),
    "easy_care": ("免烫整理", "Easy care"),
    "undyed": ("本色（未染色）", "Undyed"),
    # Not a protocol-2 name; kept because firms' records and imports use it.
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

# the command line's words for a standard's status and a notice's severity
# (`core.catalogue.STANDARD_STATUSES`, `SEVERITIES`; the window's are Qt translations)
STANDARD_STATUS_NAMES: dict[str, tuple[str, str]] = {
    "current": ("现行", "current"),
    "upcoming": ("即将实施", "upcoming"),
    "superseded": ("被代替", "superseded"),
    "withdrawn": ("废止", "withdrawn"),
}
SEVERITY_NAMES: dict[str, tuple[str, str]] = {
    "info": ("提示", "info"),
    "warning": ("注意", "warning"),
    "critical": ("重要", "critical"),
}
MANDATORY_NAMES: dict[bool, tuple[str, str]] = {
    True: ("强制", "mandatory"),
    False: ("推荐/自愿", "voluntary"),
}


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


# --- protocol 2 of the platform API ---------------------------------------------

PRODUCT_TYPES: dict[str, tuple[str, str]] = {
    # garments
    "tshirt": ("T恤衫", "T-shirt"),
    "shirt": ("衬衫", "Shirt"),
    "trousers": ("裤子", "Trousers"),
    "skirt_dress": ("裙装", "Skirt / dress"),
    "suit": ("西服套装", "Suit"),
    "outerwear": ("外套/夹克", "Outerwear"),
    "knitwear": ("针织衫/毛衫", "Knitwear"),
    "underwear": ("内衣", "Underwear"),
    "sleepwear": ("睡衣", "Sleepwear"),
    "swimwear": ("泳装", "Swimwear"),
    "sportswear": ("运动服", "Sportswear"),
    "socks": ("袜子", "Socks"),
    "bodysuit": ("连体衣/爬服", "Bodysuit"),
    "bib": ("围嘴", "Bib"),
    # home textiles
    "bedding": ("床上用品", "Bedding"),
    "towel": ("毛巾", "Towel"),
    "curtain": ("窗帘", "Curtain"),
    "upholstery": ("家具布", "Upholstery"),
    "blanket": ("毯子", "Blanket"),
    "carpet": ("地毯", "Carpet"),
    "table_linen": ("台布/餐巾", "Table linen"),
    # accessories
    "hat": ("帽子", "Hat"),
    "scarf": ("围巾", "Scarf"),
    "gloves": ("手套", "Gloves"),
    "bag": ("包袋", "Bag"),
    "tie": ("领带", "Tie"),
}

CONSTRUCTIONS: dict[str, tuple[str, str]] = {
    "woven": ("机织", "Woven"),
    "knitted": ("针织", "Knitted"),
    "nonwoven": ("非织造", "Nonwoven"),
    "other": ("其他", "Other"),
}

COMPONENTS: dict[str, tuple[str, str]] = {
    "zip": ("拉链", "Zip"),
    "buttons": ("纽扣", "Buttons"),
    "snaps": ("按扣/四合扣", "Snaps"),
    "metal_parts": ("金属附件", "Metal parts"),
    "hood_neck_cords": ("帽绳/领口绳", "Hood or neck cords"),
    "waist_cords": ("腰部/下摆绳带", "Waist or hem cords"),
    "elastic": ("松紧带", "Elastic"),
    "down_fill": ("羽绒填充", "Down fill"),
    "fibre_fill": ("纤维填充", "Fibre fill"),
    "lining": ("里料", "Lining"),
    "plastic_parts": ("塑料附件", "Plastic parts"),
    "leather_parts": ("皮革部件", "Leather parts"),
    "small_parts": ("小部件", "Small parts"),
}

# The 27 EU member states by their country codes (Greece is GR); `EU` contains them.
EU_MEMBER_STATES: dict[str, tuple[str, str]] = {
    "AT": ("奥地利", "Austria"),
    "BE": ("比利时", "Belgium"),
    "BG": ("保加利亚", "Bulgaria"),
    "HR": ("克罗地亚", "Croatia"),
    "CY": ("塞浦路斯", "Cyprus"),
    "CZ": ("捷克", "Czechia"),
    "DK": ("丹麦", "Denmark"),
    "EE": ("爱沙尼亚", "Estonia"),
    "FI": ("芬兰", "Finland"),
    "FR": ("法国", "France"),
    "DE": ("德国", "Germany"),
    "GR": ("希腊", "Greece"),
    "HU": ("匈牙利", "Hungary"),
    "IE": ("爱尔兰", "Ireland"),
    "IT": ("意大利", "Italy"),
    "LV": ("拉脱维亚", "Latvia"),
    "LT": ("立陶宛", "Lithuania"),
    "LU": ("卢森堡", "Luxembourg"),
    "MT": ("马耳他", "Malta"),
    "NL": ("荷兰", "Netherlands"),
    "PL": ("波兰", "Poland"),
    "PT": ("葡萄牙", "Portugal"),
    "RO": ("罗马尼亚", "Romania"),
    "SK": ("斯洛伐克", "Slovakia"),
    "SI": ("斯洛文尼亚", "Slovenia"),
    "ES": ("西班牙", "Spain"),
    "SE": ("瑞典", "Sweden"),
}

# Parts of a market that rules name (ISO 3166-2); a market contains its subdivisions.
MARKET_SUBDIVISIONS: dict[str, tuple[str, str]] = {
    "US-CA": ("美国加利福尼亚州", "California (US)"),
    "US-NY": ("美国纽约州", "New York (US)"),
    "US-WA": ("美国华盛顿州", "Washington State (US)"),
    "US-ME": ("美国缅因州", "Maine (US)"),
    "US-MN": ("美国明尼苏达州", "Minnesota (US)"),
    "US-VT": ("美国佛蒙特州", "Vermont (US)"),
    "CA-QC": ("加拿大魁北克省", "Quebec (Canada)"),
}

# Every market code a product or rule may name: markets, member states, subdivisions.
ALL_MARKETS: dict[str, tuple[str, str]] = MARKETS | EU_MEMBER_STATES | MARKET_SUBDIVISIONS

# Origins the catalogue's rules name; any ISO 3166-1/3166-2 code is a valid origin.
ORIGINS: dict[str, tuple[str, str]] = {
    "CN": ("中国", "China"),
    "CN-XJ": ("中国新疆", "Xinjiang (China)"),
    "IN": ("印度", "India"),
    "US": ("美国", "United States"),
    "AU": ("澳大利亚", "Australia"),
    "UZ": ("乌兹别克斯坦", "Uzbekistan"),
}


# --- what people type -----------------------------------------------------------

# The vocabulary each product field takes its values from (by the field names
# `ValidationError` uses: the CLI's option words).
VOCABULARIES: dict[str, dict[str, tuple[str, str]]] = {
    "category": CATEGORIES,
    "age_group": AGE_GROUPS,
    "skin_contact": SKIN_CONTACTS,
    "stage": STAGES,
    "product_type": PRODUCT_TYPES,
    "construction": CONSTRUCTIONS,
    "component": COMPONENTS,
    "finish": FINISHES,
    "claim": CLAIMS,
    "fibre": FIBRES,
    "market": ALL_MARKETS,
    "origin": ORIGINS,
}

# Words people write for a value besides its key and its two names, compared
# case-insensitively, full-width folded, spaces and `_`/`-` ignored.
# fmt: off
ALIASES: dict[str, dict[str, str]] = {
    "category": {
        "纱": "yarn", "线": "yarn", "布": "fabric", "布料": "fabric", "坯布": "fabric", "cloth": "fabric",
        "成衣": "garment", "服饰": "garment", "衣服": "garment", "clothing": "garment",
        "apparel": "garment", "家用纺织品": "home_textile", "床品": "home_textile",
        "home": "home_textile", "配饰": "accessory", "accessories": "accessory", "trim": "accessory",
    },
    "age_group": {
        "婴儿": "infant", "幼儿": "infant", "婴童": "infant", "baby": "infant", "babies": "infant",
        "infants": "infant", "0-36个月": "infant", "童装": "child", "children": "child", "kids": "child", "kid": "child",
        "成年人": "adult", "adults": "adult",
    },
    "skin_contact": {
        "直接": "direct", "直接接触": "direct", "是": "direct", "yes": "direct",
        "非直接": "indirect", "非直接接触": "indirect", "间接": "indirect", "不接触": "indirect",
        "否": "indirect", "no": "indirect",
        "y": "direct", "true": "direct", "1": "direct", "√": "direct", "✓": "direct",
        "n": "indirect", "false": "indirect", "0": "indirect", "×": "indirect", "✗": "indirect",
    },
    "stage": {"成品": "final", "最终": "final", "finished": "final",
              "半成品": "intermediate", "中间": "intermediate", "中间品": "intermediate"},
    "product_type": {
        "t恤": "tshirt", "tee": "tshirt", "t-shirt": "tshirt", "短袖": "tshirt", "裤": "trousers",
        "pants": "trousers", "长裤": "trousers", "裙": "skirt_dress", "裙子": "skirt_dress",
        "连衣裙": "skirt_dress", "半身裙": "skirt_dress", "dress": "skirt_dress", "skirt": "skirt_dress",
        "西服": "suit", "西装": "suit", "外套": "outerwear", "夹克": "outerwear", "jacket": "outerwear",
        "coat": "outerwear", "羽绒服": "outerwear", "毛衫": "knitwear", "针织衫": "knitwear",
        "sweater": "knitwear", "家居服": "sleepwear", "pyjamas": "sleepwear", "pajamas": "sleepwear",
        "nightwear": "sleepwear", "连体衣": "bodysuit", "爬服": "bodysuit", "哈衣": "bodysuit",
        "romper": "bodysuit", "四件套": "bedding", "被套": "bedding", "床单": "bedding",
        "浴巾": "towel", "毯": "blanket", "帽": "hat", "包": "bag",
    },
    "construction": {"梭织": "woven", "机织物": "woven", "针织物": "knitted", "knit": "knitted",
                     "无纺": "nonwoven", "无纺布": "nonwoven", "非织造布": "nonwoven"},
    "component": {
        "zipper": "zip", "纽扣": "buttons", "扣子": "buttons", "button": "buttons", "四合扣": "snaps",
        "按扣": "snaps", "snap": "snaps", "帽绳": "hood_neck_cords", "领口绳": "hood_neck_cords",
        "drawstring": "hood_neck_cords", "腰绳": "waist_cords", "下摆绳": "waist_cords",
        "羽绒": "down_fill", "down": "down_fill", "填充棉": "fibre_fill", "喷胶棉": "fibre_fill",
        "里布": "lining", "皮革": "leather_parts",
    },
    "finish": {
        "防水": "water_repellent", "拒水": "water_repellent", "拒水整理": "water_repellent",
        "阻燃": "flame_retardant", "抗菌": "antibacterial", "免烫": "easy_care", "本色": "undyed",
        "印花": "pigment_printed", "胶印": "plastisol_printed", "起绒": "brushed", "磨毛": "brushed",
        "层压": "laminated", "复合": "laminated",
    },
    "claim": {"oekotex": "oeko-tex", "有机棉": "organic", "再生纤维": "recycled", "rws": "responsible_wool",
              "rds": "responsible_down"},
    "fibre": {
        "涤纶": "polyester", "聚酯": "polyester", "涤": "polyester", "pes": "polyester",
        "pet": "polyester", "全棉": "cotton", "纯棉": "cotton", "棉花": "cotton", "棉纤维": "cotton",
        "弹性纤维": "elastane", "莱卡": "elastane", "spandex": "elastane", "lycra": "elastane",
        "尼龙": "nylon", "锦": "nylon", "polyamide": "nylon", "pa": "nylon", "毛": "wool",
        "真丝": "silk", "桑蚕丝": "silk", "丝": "silk", "麻": "linen", "flax": "linen",
        "粘胶": "viscose", "粘纤": "viscose", "黏胶纤维": "viscose", "人造棉": "viscose",
        "人棉": "viscose", "rayon": "viscose", "莫代尔": "modal", "莱赛尔": "lyocell",
        "天丝": "lyocell", "tencel": "lyocell", "铜氨": "cupro", "羊绒": "cashmere",
        "安哥拉兔毛": "angora", "骆驼毛": "camel", "驼绒": "camel", "牦牛绒": "yak",
        "竹纤维": "bamboo", "竹": "bamboo", "竹浆纤维": "bamboo", "羊毛纤维": "wool", "醋纤": "acetate", "醋酸纤维": "acetate",
        "bamboo viscose": "bamboo", "other fibre": "other", "pla": "polylactide", "其他": "other", "其它": "other",
    },
    "market": {"国内": "CN", "大陆": "CN", "欧洲": "EU", "美": "US", "日": "JP", "英": "GB", "uk": "GB",
               "加州": "US-CA", "纽约": "US-NY", "纽约州": "US-NY", "华盛顿州": "US-WA"},
    "origin": {"新疆": "CN-XJ", "xinjiang": "CN-XJ", "国产": "CN"},
}
# fmt: on

# Product attributes as a rule's `when` keys name them (`Applicable.missing`): what to record.
ATTRIBUTES: dict[str, tuple[str, str]] = {
    "category": ("类别", "category"),
    "age_group": ("年龄段", "age group"),
    "skin_contact": ("接触皮肤", "skin contact"),
    "market": ("销售市场", "markets"),
    "fibre": ("纤维成分", "fibre composition"),
    "claim": ("声明", "claims"),
    "finish": ("后整理", "finishes"),
    "stage": ("产品阶段", "stage"),
    "product_type": ("产品类型", "product type"),
    "construction": ("织造方式", "construction"),
    "component": ("部件", "components"),
    "origin": ("原料产地", "origin"),
    "age_months": ("适用月龄", "age range (months)"),
    "height_cm": ("适用身高", "height range (cm)"),
}
