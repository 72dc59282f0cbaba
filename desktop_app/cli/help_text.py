"""`--help` in the firm's language: the parser's texts are written in English (or as
"English / 中文"), and shown in Chinese or English when the help is printed.

The command modules keep writing plain `help="..."`; `HelpParser` (every
parser and subparser of the CLI) picks the words when it formats, so a
command added later only needs its Chinese here (a test fails for any help
text without one). argparse's own words (usage, option groups, its usage
errors) are translated too. The language is the firm's, read without opening
the workspace (`workspace.quick`); before a firm exists, Chinese, the
firm profile's default.
"""

from __future__ import annotations

import argparse
import copy
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn

_CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")

# English help text → Chinese. "English / 中文" texts need no entry unless the
# part after " / " is not plain Chinese.
HELP_ZH: dict[str, str] = {
    "the product's name, as the checklist prints it": "产品名称（检查表上印出的名称）",
    "the product's SKU (your item number)": "货号（企业自己的产品编号）",
    "a new SKU for the product": "新货号",
    # argparse's own
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序版本并退出",
    # the main parser
    "纺织合规助手 Textile Compliance Assistant. With no command, opens the window.": (
        "纺织合规助手。不带命令时打开窗口。"
    ),
    "data folder (default: TEXTILE_ASSISTANT_HOME or the user data folder)": (
        "数据文件夹（默认：环境变量 TEXTILE_ASSISTANT_HOME 或用户数据文件夹）"
    ),
    # products
    "add a product": "新增产品",
    "list products": "列出产品",
    "one product with its standards, certificates and gaps": "查看一个产品及其适用标准、证书和缺口",
    "who changed the product, when and what": "谁在何时修改了该产品的哪些内容",
    "who changed the certificate, when and what": "谁在何时修改了该证书的哪些内容",
    "save only if the product is still at version N (as `product show` printed it)": (
        "仅当产品仍是第 N 版（即 `product show` 显示的版本）时才保存"
    ),
    "change fields of a product (repeatable flags replace the list)": "修改产品字段（可重复的参数整体替换原列表）",
    "delete a product (its certificates are kept)": "删除产品（其证书保留）",
    "yarn/fabric/garment/home_textile/accessory (key, Chinese or English name)": (
        "纱线/面料/服装/家纺/辅料（代码、中文或英文名）"
    ),
    "infant/child/adult (key, Chinese or English name)": "婴幼儿/儿童/成人（代码、中文或英文名）",
    "direct/indirect (key, Chinese or English name)": "直接/非直接接触皮肤（代码、中文或英文名）",
    "market code, repeatable (CN, EU, US, US-CA, DE, ...)": "市场代码，可重复（CN、EU、US、US-CA、DE……）",
    "fibre:percent, repeatable, e.g. cotton:95 or 棉:95": "纤维:百分比，可重复，如 棉:95 或 cotton:95",
    "claim, repeatable (organic, recycled, oeko-tex...)": "标签声明，可重复（organic 有机、recycled 再生、oeko-tex……）",
    "finish, repeatable: coated/laminated/pigment_printed/plastisol_printed/water_repellent/"
    "flame_retardant/antibacterial/easy_care/undyed/brushed": (
        "后整理，可重复：coated 涂层/laminated 复合/pigment_printed 涂料印花/plastisol_printed 胶浆印花/"
        "water_repellent 拒水/flame_retardant 阻燃/antibacterial 抗菌/easy_care 免烫/undyed 未染色/brushed 磨毛"
    ),
    "product type: tshirt/shirt/trousers/skirt_dress/suit/outerwear/knitwear/underwear/sleepwear/"
    "swimwear/sportswear/socks/bodysuit/bib/bedding/towel/curtain/upholstery/blanket/carpet/"
    "table_linen/hat/scarf/gloves/bag/tie": (
        "产品类型：tshirt T恤/shirt 衬衫/trousers 裤子/skirt_dress 裙装/suit 西服套装/outerwear 外套/"
        "knitwear 毛衫/underwear 内衣/sleepwear 睡衣/swimwear 泳装/sportswear 运动服/socks 袜子/"
        "bodysuit 连体衣/bib 围嘴/bedding 床品/towel 毛巾/curtain 窗帘/upholstery 家具布艺/blanket 毯子/"
        "carpet 地毯/table_linen 餐桌布艺/hat 帽子/scarf 围巾/gloves 手套/bag 包袋/tie 领带"
    ),
    "woven/knitted/nonwoven/other": "woven 机织/knitted 针织/nonwoven 非织造/other 其他",
    "component, repeatable: zip/buttons/snaps/metal_parts/hood_neck_cords/waist_cords/elastic/"
    "down_fill/fibre_fill/lining/plastic_parts/leather_parts/small_parts": (
        "部件，可重复：zip 拉链/buttons 纽扣/snaps 按扣/metal_parts 金属件/hood_neck_cords 帽绳领绳/"
        "waist_cords 腰绳/elastic 松紧带/down_fill 羽绒填充/fibre_fill 纤维填充/lining 里料/"
        "plastic_parts 塑料件/leather_parts 皮革件/small_parts 小部件"
    ),
    "age range in months, e.g. 24-60, 84- or -9 ('' clears)": "适用月龄范围，如 24-60、84- 或 -9（'' 清除）",
    "height range in cm, e.g. 110-130 ('' clears)": "适用身高范围（厘米），如 110-130（'' 清除）",
    "origin of fibres/materials, repeatable: ISO code, e.g. CN, CN-XJ": "原料产地，可重复：ISO 代码，如 CN、CN-XJ",
    "final/intermediate": "最终产品/中间产品",
    "text in SKU, name or customer": "货号、名称或客户中包含的文字",
    "machine-readable output": "输出机器可读的 JSON",
    "the day to judge dates on, YYYY-MM-DD (default: today)": "按哪一天判断日期，YYYY-MM-DD（默认：今天）",
    # certificates
    "record a certificate or test report": "登记证书或检测报告",
    "record a new certificate replacing OLD (kept as history)": "登记新证书替换旧证书（旧证书作为历史保留）",
    "list certificates with status and days left": "列出证书及其状态和剩余天数",
    "the certificate's scheme: oeko-tex-100, gots, grs, bluesign, iso-9001, iso-14001, "
    "carbon-footprint, test-report, other": (
        "证书体系：oeko-tex-100、gots、grs、bluesign、iso-9001、iso-14001、carbon-footprint 碳足迹、"
        "test-report 检测报告、other 其他"
    ),
    "oeko-tex-100, gots, grs, bluesign, iso-9001, iso-14001, carbon-footprint, test-report, other": (
        "oeko-tex-100、gots、grs、bluesign、iso-9001、iso-14001、carbon-footprint 碳足迹、"
        "test-report 检测报告、other 其他"
    ),
    "certification body or lab": "认证机构或实验室",
    "SKU it covers, repeatable": "覆盖的货号，可重复",
    "product class or grade (OEKO-TEX I..IV)": "产品级别（OEKO-TEX I 至 IV 类）",
    "scan of the certificate (PDF or image), copied into the data folder": "证书扫描件（PDF 或图片），复制到数据文件夹",
    "the replaced certificate: NUMBER or SCHEME:NUMBER (e.g. gots:CU-123)": (
        "被替换的证书：证书号 或 体系:证书号（如 gots:CU-123）"
    ),
    "include certificates replaced by a renewal": "包括已被续证替换的证书",
    "only those covering this SKU": "只列出覆盖此货号的",
    # catalogue
    "catalogue version and counts": "目录版本和数量",
    "one standard with its requirement items": "查看一个标准及其要求项目",
    "search codes, titles and requirement items (Chinese or English)": "按标准号、名称或要求项目搜索（中文或英文）",
    # sync
    "trust an Ed25519 public key (raw 32 bytes, base64)": "信任一个 Ed25519 公钥（32 字节原始密钥，base64）",
    "trusted keys, shipped and added": "受信任的密钥（内置和添加的）",
    "stop trusting a key the firm added": "不再信任企业添加的密钥",
    "read the token from standard input (no prompt)": "从标准输入读取令牌（不提示）",
    "the platform's base URL, https://...": "平台地址，https://……",
    "default: the platform URL in the firm's settings": "默认：企业设置中的平台地址",
    "apply an offline update package (.zip)": "应用离线更新包（.zip）",
    # checklists
    "Compliance checklists to print and fill in: one PDF, each product from a new page.": (
        "打印后手工填写的合规检查表：一个 PDF，每个产品从新的一页开始。"
    ),
    "products to print (or `log`)": "要打印的产品（或 `log` 查看打印记录）",
    "every product": "所有产品",
    "every product of this category": "此类别的所有产品",
    "the PDF to write": "要写入的 PDF 文件",
    "also (or only) one PDF per product in DIR": "同时（或只）在 DIR 中为每个产品写一个 PDF",
    "default: the firm's setting": "默认：企业设置",
    "default: the firm's setting (A4)": "默认：企业设置（A4）",
    "log: only this product's checklists": "打印记录：只列出此产品的检查表",
    "log: the newest N": "打印记录：最新的 N 条",
    # import / export / backup
    "products / 产品: a dry run unless --apply": "产品：不加 --apply 时只预览",
    "certificates / 证书: a dry run unless --apply": "证书：不加 --apply 时只预览",
    "write the good rows (one transaction)": "写入正确的行（一个事务）",
    "write nothing when any row is bad": "任何一行有错误时什么都不写入",
    "CSV encoding (default: detected; utf-8, gb18030, gbk...)": "CSV 编码（默认自动识别；utf-8、gb18030、gbk……）",
    "write a blank .xlsx with the headers and an example row": "写一个带表头和示例行的空白 .xlsx 模板",
    "language of names in the cells": "单元格中名称的语言",
    "default: backups/ in the data folder": "默认：数据文件夹中的 backups/",
    # carbon footprints
    "enter a product's activity data per declared unit and estimate it": "录入产品每声明单位的活动数据并估算碳足迹",
    "the newest estimate, its breakdown and history": "最新估算、分项明细和历史",
    "emission factors: the platform's and the firm's, with sources": "排放因子：平台的和企业自有的，附来源",
    "record the firm's own factor (supplier's or licensed database's)": "登记企业自有排放因子（供应商提供或授权数据库）",
    "remove a firm factor that no activity data or kept estimate uses": "删除未被任何活动数据或已保存估算使用的企业自有排放因子",
    "allocate a mill's monthly totals to products": "把工厂的月度总量分配到产品",
    "compare: another electricity factor, a solar share, less of a source": "情景比较：换用其他电力因子、光伏比例、减少某项消耗",
    "the screening report as a PDF (GB/T 24067's sections)": "估算报告 PDF（按 GB/T 24067 的章节）",
    "activity data, factors and estimate as .xlsx or .json": "活动数据、因子和估算导出为 .xlsx 或 .json",
    'declared unit: "1 kg", "1 garment", "1 set", "1 piece", "1 m"': '声明单位："1 kg"、"1 garment"（件）、"1 set"（套）、"1 piece"、"1 m"',
    "a production batch, if the data are for one": "生产批次（如数据属于某一批次）",
    "electricity in kWh": "用电量，千瓦时",
    "steam in t": "蒸汽，吨",
    "steam in GJ": "蒸汽，吉焦",
    "natural_gas in Nm³": "天然气，标准立方米",
    "coal in kg": "煤，千克",
    "diesel in kg": "柴油，千克",
    "water in m³": "用水，立方米",
    "wastewater in m³": "废水，立方米",
    "steam's stated enthalpy, GJ per t (= MJ/kg)": "蒸汽的焓值，吉焦/吨（= 兆焦/千克）",
    "the gas's net calorific value, MJ per Nm³": "天然气低位发热量，兆焦/标准立方米",
    "the coal's net calorific value, MJ per kg": "煤的低位发热量，兆焦/千克",
    "diesel's net calorific value, MJ per kg": "柴油低位发热量，兆焦/千克",
    "material, repeatable, e.g. cotton:1.08kg:FIRM-cotton (transport: road:0.5tkm:FACTOR)": "原材料，可重复，如 cotton:1.08kg:FIRM-cotton（运输：road:0.5tkm:因子）",
    "chemical, repeatable, e.g. cotton:1.08kg:FIRM-cotton (transport: road:0.5tkm:FACTOR)": "染料助剂，可重复，格式如 cotton:1.08kg:FIRM-cotton（运输：road:0.5tkm:因子）",
    "packaging, repeatable, e.g. cotton:1.08kg:FIRM-cotton (transport: road:0.5tkm:FACTOR)": "包装，可重复，格式如 cotton:1.08kg:FIRM-cotton（运输：road:0.5tkm:因子）",
    "transport, repeatable, e.g. cotton:1.08kg:FIRM-cotton (transport: road:0.5tkm:FACTOR)": "运输，可重复，如 road:0.5tkm:因子",
    "material lost in making, e.g. cotton:8": "生产损耗（%），如 cotton:8",
    "factor for an energy line, e.g. steam=FIRM-steam": "能源项使用的因子，如 steam=FIRM-steam",
    "per line: measured, allocated, estimated (default measured)": "每项数据质量：measured 实测、allocated 分配、estimated 估计（默认实测）",
    "electricity, steam, heat, natural_gas, coal, diesel, water, wastewater, fibre, chemical, transport, packaging": "electricity 电力、steam 蒸汽、heat 热力、natural_gas 天然气、coal 煤、diesel 柴油、water 水、wastewater 废水、fibre 纤维、chemical 化学品、transport 运输、packaging 包装",
    "kgCO2e per: kWh, MJ, GJ, kg, t, Nm3, m3, tkm": "kgCO2e 每：kWh、MJ、GJ、kg、t、Nm3、m3、tkm",
    "CO2, CO2e": "CO2（仅二氧化碳）、CO2e（全部温室气体）",
    "who publishes it: supplier's declaration, database and version": "发布者：供应商声明，或数据库及版本",
    "YYYY-MM": "年-月，YYYY-MM",
    "output_mass, machine_hours": "output_mass 按产量、machine_hours 按机时",
    "the month's output in kg, or machine hours": "当月产量（千克）或机时",
    "a product's output kg (or hours) and, by hours, the declared units it made; SKU 'other' for the rest": "某产品的产量千克（或机时），按机时分配时还需其声明单位数量；其余用货号 'other'",
    "declared unit of a product without activity data yet": "尚无活动数据的产品的声明单位",
    "e.g. steam=FIRM-steam": "如 steam=FIRM-steam",
    "0..1 of the electricity from the firm's own PV": "自有光伏发电占用电的比例，0 到 1",
    "e.g. steam=0.8 for 20%% less steam": "如 steam=0.8 表示蒸汽减少 20%%",
    "zh or en (default: the firm's language)": "zh 或 en（默认：企业语言）",
    # results, compliance and buyers' requirement sets
    "record results of one report or checklist": "登记一份检测报告或检查表的结果",
    "results, newest first": "列出结果，最新在前",
    "a lab report's results from .xlsx/.csv (dry run without --apply)": "从 .xlsx/.csv 导入检测报告的结果（不加 --apply 时只预览）",
    "remove one result by id": "按编号删除一条结果",
    "remove only if the result is still at version N (as `results list --json` printed it)": (
        "仅当该结果仍为第 N 版（`results list --json` 显示的版本）时删除"
    ),
    "write an .xlsx template for results": "写一个结果导入用的 .xlsx 模板",
    "the test report's number": "检测报告编号",
    "the printed checklist's id (its QR code)": "打印的检查表编号（即其二维码）",
    "product (repeatable: one report, several)": "产品货号（可重复：一份报告覆盖多个产品）",
    "standard or requirement set code": "标准号或客户要求代码",
    "repeatable": "可重复",
    "unit of the values (default: the item's)": "结果的单位（默认：项目的单位）",
    "default: the report's date, else today": "默认：报告日期，否则今天",
    "who tested or entered them": "检测人或录入人",
    "the sample's name or number": "样品名称或编号",
    "test method, when not the item's": "检测方法（与项目规定的不同时）",
    "write them (all or nothing, after a backup)": "写入（全部或全不，写入前先备份）",
    "default: today": "默认：今天",
    "import a requirement set from .xlsx/.csv": "从 .xlsx/.csv 导入客户要求（限用物质清单）",
    "requirement sets": "客户要求清单",
    "remove a requirement set (its results stay)": "删除客户要求（其结果保留）",
    "products with this customer get the set": "此客户的产品适用该要求",
    "or these products (repeatable)": "或指定这些产品（可重复）",
    # a PostgreSQL host
    "a PostgreSQL host, postgresql://role@host/database (default: TEXTILE_ASSISTANT_DATABASE_URL, "
    "the data folder's connection setting, else its own database file)": (
        "PostgreSQL 主机，postgresql://角色@主机/数据库（默认：环境变量 TEXTILE_ASSISTANT_DATABASE_URL、"
        "数据文件夹的连接设置，否则使用本机数据库文件）"
    ),
    "postgresql://role@host[:port]/database": "postgresql://角色@主机[:端口]/数据库",
    "read the password from standard input (no prompt)": "从标准输入读取密码（不提示）",
    # the firm, the app
    "check that this build is complete (used on frozen builds)": "检查本安装包是否完整（用于打包版本）",
    "checklist language": "检查表语言",
    "checklist paper size": "检查表纸张大小",
}

# Texts that read the same in both languages.
NEUTRAL = frozenset({"YYYY-MM-DD"})

_ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
}
_ERRORS_ZH: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"the following arguments are required: (.*)"), r"缺少必需的参数：\1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"无法识别的参数：\1"),
    (
        re.compile(r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)"),
        r"参数 \1：无效的选项 \2（可选：\3）",
    ),
    (re.compile(r"argument (.*?): expected one argument"), r"参数 \1：需要一个值"),
    (re.compile(r"argument (.*?): invalid (\w+) value: (.*)"), r"参数 \1：无效的值 \3"),
)


def localise(text: str, lang: str) -> str:
    """`text` as shown in `lang` (zh…/en): the table's Chinese, or one side of "English / 中文"."""
    zh = lang.startswith("zh")
    if text in HELP_ZH:
        return HELP_ZH[text] if zh else _english(text)
    english, sep, chinese = text.rpartition(" / ")
    if sep and _CJK.search(chinese) and not _CJK.search(english):
        return chinese if zh else english
    return text


def has_chinese(text: str) -> bool:
    """True when `text` has a Chinese form (what the test asks of every help text)."""
    return text in NEUTRAL or bool(_CJK.search(localise(text, "zh")))


def _english(text: str) -> str:
    english, sep, chinese = text.rpartition(" / ")
    if sep and _CJK.search(chinese) and not _CJK.search(english):
        return english
    return text


_language: Callable[[], str] = lambda: "zh_CN"


def set_help_language(language: Callable[[], str]) -> None:
    """How the help finds its language; called once per process by the CLI (asked lazily)."""
    global _language
    _language = language


class HelpFormatter(argparse.HelpFormatter):
    def _expand_help(self, action: argparse.Action) -> str:
        if action.help:
            action = _with_help(action, localise(action.help, _language()))
        return super()._expand_help(action)

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None and _language().startswith("zh"):
            prefix = _ARGPARSE_ZH["usage: "]
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        if heading and _language().startswith("zh"):
            heading = _ARGPARSE_ZH.get(heading, heading)
        super().start_section(heading)

    def add_text(self, text: str | None) -> None:
        if text and text is not argparse.SUPPRESS:
            text = localise(text, _language())
        super().add_text(text)


def _with_help(action: argparse.Action, text: str) -> argparse.Action:
    shown = copy.copy(action)
    shown.help = text
    return shown


class HelpParser(argparse.ArgumentParser):
    """Every parser of the CLI: its help and its usage errors in the firm's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        if _language().startswith("zh"):
            for pattern, replacement in _ERRORS_ZH:
                if pattern.fullmatch(message):
                    message = pattern.sub(replacement, message)
                    break
        self.print_usage(sys.stderr)
        if _language().startswith("zh"):
            self.exit(2, f"{self.prog}：错误：{message}\n")
        self.exit(2, f"{self.prog}: error: {message}\n")
