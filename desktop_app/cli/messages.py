"""The command line's one-line errors, in the firm's language.

An error carries a reason code and parameters (`core.reasons`); this table
words each code in Chinese, and `core.reasons.ENGLISH` words it in English.
The line still names the field (the option's own word, e.g. `category`) and
the value, so a script or a colleague can see what to change. The language
is the firm profile's (`language`: zh_CN or en) once a workspace was opened;
before that (a database the app cannot open) it is the profile's default,
Chinese.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core.errors import (
    AssistantError,
    ConflictError,
    NotFoundError,
    ValidationError,
)
from ..core.field_names import field_name, field_value, record_key
from ..core.reasons import ENGLISH, Reason, fill

ZH: dict[Reason, str] = {
    Reason.NOT_ONE_OF: "必须是以下之一：{allowed}",
    Reason.LOWER_CASE_WORDS: "请用小写英文单词，如 organic 或 water_repellent",
    Reason.REPEATED_VALUE: "有重复的值",
    Reason.SKU_PATTERN: "1–64 个字母、数字或 . _ / -（不含空格），以字母或数字开头",
    Reason.EMPTY: "不能为空",
    Reason.TOO_LONG: "最多 {max} 个字符",
    Reason.NO_MARKET: "至少需要一个销售市场",
    Reason.MARKET_CODE: "请用两位国家代码、EU 或 GLOBAL",
    Reason.NO_COMPOSITION: "请填写纤维成分，如 95%棉 5%氨纶 或 cotton:95 elastane:5",
    Reason.FIBRE_NAME: "纤维名称请用小写英文单词，如 cotton",
    Reason.FIBRE_TWICE: "同一纤维填写了两次",
    Reason.PERCENT_RANGE: "百分比必须大于 0 且不超过 100",
    Reason.PERCENT_SUM: "各成分合计 {total}%，不是 100%",
    Reason.FIBRE_ARG: "请写成 纤维:百分比，如 cotton:95",
    Reason.PERCENT_NOT_NUMBER: "百分比不是数字",
    Reason.NO_ISSUER: "请填写发证机构或检测机构",
    Reason.EXPIRES_BEFORE_ISSUED: "早于颁发日期 {issued}",
    Reason.DEMO_INTO_FIRM_RECORDS: "此数据文件夹存有本企业自己的记录；演示企业在 {folder}",
    Reason.EXPIRY_REQUIRED: "{scheme} 证书总有有效期：请填写到期日期",
    Reason.UNKNOWN_SKU: "没有这个货号的产品",
    Reason.AMBIGUOUS_CERTIFICATE: "证书号 {number} 在多个体系中都有（{schemes}）；请指明体系，如 {example} 或 --scheme",
    Reason.NO_SUCH_FILE: "文件不存在",
    Reason.SCAN_KIND: "请附上 PDF 或图片文件",
    Reason.NOT_A_DATE: "不是日期；请写成 2025-10-24",
    Reason.OUT_OF_RANGE: "必须在 {low} 到 {high} 之间",
    Reason.NO_PRODUCT_IN_CATEGORY: "这个类别下没有产品",
    Reason.NO_PRODUCTS_CHOSEN: "请指定货号，或用 --all、--category",
    Reason.NOTHING_TO_PRINT: "没有可以打印清单的产品",
    Reason.NO_OUTPUT: "请指定输出文件，或每个产品一份文件的文件夹",
    Reason.FOLDER_MISSING: "所在文件夹不存在",
    Reason.KEY_ID_FORMAT: "必须是 1 到 100 个字符，不含空格",
    Reason.KEY_SHIPPED_DIFFERENT: "这是随软件提供的密钥，但内容不同",
    Reason.KEY_SHIPPED_FIXED: "这是随软件提供的密钥，不能删除",
    Reason.TOKEN_CHARACTERS: "只能是可打印的 ASCII 字符，不含空格",
    Reason.NOT_FOUND: "找不到{kind} {key}",
    Reason.ALREADY_EXISTS: "已存在",
    Reason.DATABASE_TOO_NEW: (
        "数据库 {path} 的结构版本是 {found}，本版本软件不认识（最新已知版本：{known}）；"
        "它由更新版本的软件写入，未做任何改动"
    ),
    Reason.DATABASE_DAMAGED: (
        "数据库 {path} 已损坏（{detail}），未做任何改动：请用 `textile-assistant restore {backup}` "
        "恢复最近一份完好的备份"
    ),
    Reason.DATABASE_DAMAGED_NO_BACKUP: (
        "数据库 {path} 已损坏（{detail}），未做任何改动：没有找到完好的备份；请保留该文件并寻求帮助"
    ),
    Reason.DISK_FULL: "磁盘已满，这次更改没有保存，记录没有丢失",
    Reason.READ_ONLY: "数据文件夹不可写（只读），这次更改没有保存",
    Reason.IO_ERROR: "写入时磁盘报错，这次更改没有保存",
    Reason.CANNOT_OPEN: "无法打开数据库文件，这次更改没有保存",
    Reason.DATABASE_URL_INVALID: "不是数据库地址；请写成 postgresql://角色@主机/数据库",
    Reason.HOST_UNREACHABLE: "无法连接数据库主机 {host}（{detail}）；这次更改没有保存，记录没有丢失",
    Reason.HOST_LOGIN_REFUSED: "数据库主机 {host} 拒绝登录：请检查角色名和密码",
    Reason.HOST_NO_DATABASE: "数据库主机 {host} 上没有这个数据库；请先创建（见 installer/README.md）",
    Reason.HOST_VERSION_TOO_OLD: "数据库主机 {host} 运行的是 PostgreSQL {found}；需要 {minimum} 或更新版本",
    Reason.HOST_NO_TRGM: "数据库主机 {host} 缺少标准搜索所需的 pg_trgm 扩展",
    Reason.HOST_NO_PRIVILEGE: "角色 {role} 无权在数据库主机 {host} 上建表；请把它设为该数据库的所有者",
    Reason.HOST_NOT_UTF8: "{host} 上的数据库编码是 {encoding} 而不是 UTF8，无法保存中文；请用 ENCODING 'UTF8' 重新创建",
    Reason.HOST_NOT_EMPTY: "{host} 上的数据库已有企业记录（{tables}）；只能把记录移入空数据库",
    Reason.EDITED_ELSEWHERE: "{who}（{when}）在你打开之后修改了{kind} {key}：{fields}；你的修改没有保存，也没有覆盖任何内容",
    Reason.HOST_COPY_MISMATCH: "{host} 上的表 {table} 与本地文件不一致（{detail}）；没有移动任何记录",
    Reason.DATE_NEEDED: "需要填写日期",
    Reason.NO_SUCH_DAY: "没有这一天；请写成 2025-10-24",
    Reason.DATE_AMBIGUOUS: "日和月的顺序不明确；请把年份写在前面，如 2025-10-24",
    Reason.EMPTY_CHOICE: "不能为空；可选：{allowed}",
    Reason.UNKNOWN_CHOICE: "无法识别；请使用：{allowed}",
    Reason.UNKNOWN_FIBRE: "无法识别纤维“{fibre}”；请写如 棉、涤纶、氨纶",
    Reason.COMPOSITION_UNREADABLE: "无法读取成分；请写成 95%棉 5%氨纶 或 cotton 95, elastane 5",
    Reason.REPEATED_IN_FILE: "在本文件中重复（第一次出现在第 {first_row} 行）",
    Reason.NO_EARLIER_CERTIFICATE: "找不到这个编号的原证书（登记册中或文件中更靠前的行都没有）",
    Reason.OLD_XLS: "无法读取旧版 .xls 工作簿；请在 Excel 中另存为 .xlsx 或 .csv",
    Reason.XLSX_UNREADABLE: "不是可读取的 .xlsx 工作簿",
    Reason.UNKNOWN_ENCODING: "未知编码 {encoding}；请试 utf-8 或 gb18030",
    Reason.WRONG_ENCODING: "不是有效的 {encoding} 文本（第 {byte} 字节）；请用 --encoding utf-8 或 gb18030",
    Reason.NOT_TEXT: "这不是文本（CSV）文件；请另存为 .xlsx 或 .csv",
    Reason.CSV_UNREADABLE: "无法读取 CSV（{detail}）",
    Reason.NO_HEADER: "文件开头附近没有找到含所需列的表头行（{columns}）",
    Reason.COLUMNS_MISSING: "缺少必需的列（{columns}）",
    Reason.TABLE_FORMAT: "请写入 .xlsx 或 .csv 文件",
    Reason.CANNOT_WRITE: "无法写入文件（{detail}）",
    Reason.FILE_IN_USE: "无法写入文件：是否正在 Excel 中打开，或为只读？",
    Reason.TEMPLATE_XLSX: "模板是 .xlsx 文件",
    Reason.IMPORT_NOT_WRITTEN: "什么都没有写入，数据库保持原样（{detail}）",
    Reason.SHEET_TOO_MANY_ROWS: "数据行超过 {limit} 行（在工作表 {sheet} 第 {row} 行超出）；请拆分文件",
    Reason.SHEET_TOO_MANY_COLUMNS: "{column} 列有内容（工作表 {sheet} 第 {row} 行）；只读取到 {limit_column} 列（第 {limit} 列）为止",
    Reason.SHEET_TOO_LARGE: "解压后超过 {limit_mb} MB（在 {member}）；未读取",
    Reason.CSV_LINE_TOO_LONG: "第 {row} 行超过 {limit} 个字符；未读取",
    Reason.XML_FORBIDDEN: "{member} 声明了文档类型或实体，电子表格不需要这些；未读取",
    Reason.PAGE_SINCE_MISMATCH: "请求从 since={asked} 开始，但该页从 {got} 开始",
    Reason.PAGE_NO_PROGRESS: "该页声明还有后续（has_more），但没有前进",
    Reason.PAGE_INVALID: "字段 {field} 不合规：{detail}",
    Reason.SIGNATURE_MALFORMED: "签名头格式错误（应为 ed25519:<密钥号>:<base64>）",
    Reason.SIGNATURE_NOT_BASE64: "签名不是有效的 base64",
    Reason.SIGNATURE_LENGTH: "Ed25519 签名应为 64 字节，这个是 {length} 字节",
    Reason.SIGNATURE_MISSING: "该页没有签名",
    Reason.SIGNATURE_UNTRUSTED: "签名所用的密钥 {key_id} 不受信任",
    Reason.SIGNATURE_MISMATCH: "签名与页面内容不符（密钥 {key_id}）",
    Reason.SIGNATURE_BAD_KEY: "受信任的密钥 {key_id} 不是有效的 Ed25519 密钥",
    Reason.TOKEN_REJECTED: "平台不接受访问令牌（HTTP {status}）；请重新登录",
    Reason.TOKEN_FORBIDDEN: "该访问令牌无权读取目录（HTTP {status}）；请重新登录",
    Reason.HISTORY_EXPIRED: "平台已不保留自版本 {since} 以来的历史；需要完整同步",
    Reason.PLATFORM_BUSY: "平台繁忙（HTTP {status}），已尝试 {attempts} 次；请稍后再试",
    Reason.PLATFORM_ERROR: "平台出错（HTTP {status}），已尝试 {attempts} 次；请稍后再试",
    Reason.PLATFORM_UNREACHABLE: "无法连接平台，已尝试 {attempts} 次；请检查网络连接",
    Reason.UNEXPECTED_RESPONSE: "平台返回了意外的响应 HTTP {status} {error_code}：{message}",
    Reason.URL_NOT_HTTPS: "平台地址必须以 https:// 开头",
    Reason.URL_NO_HOST: "平台地址缺少主机名",
    Reason.URL_CREDENTIALS: "平台地址中不能包含用户名或密码",
    Reason.URL_QUERY: "平台地址中不能包含查询参数或片段",
    Reason.URL_PLAIN_HTTP: "明文 http 会泄露访问令牌；请使用 https://",
    Reason.PACKAGE_MEMBER_MISSING: "更新包中缺少 {member}",
    Reason.PACKAGE_MEMBER_TOO_LARGE: "{member} 过大（{size} 字节）",
    Reason.PACKAGE_UNREADABLE: "无法读取 {member}（{detail}）",
    Reason.PACKAGE_NOT_ZIP: "更新包不是 zip 压缩文件",
    Reason.PACKAGE_MANIFEST_INVALID: "更新包的 manifest.json 无效：{detail}",
    Reason.PACKAGE_PAGE_REJECTED: "{member} 未通过校验（{detail}）",
    Reason.PACKAGE_PAGES_GAP: "{member} 从 since={got} 开始，应为 {expected}",
    Reason.PACKAGE_ENDS_EARLY: "{member} 止于 {got}，而清单写的是 to={expected}",
    Reason.PACKAGE_TOO_NEW: (
        "更新包从目录版本 {from_version} 开始，而本机目录在版本 {local_version}；"
        "请获取从版本 {local_version} 或更早开始的更新包"
    ),
    Reason.KEY_FILE_NOT_PEM: "{file} 不是 PEM 格式的公钥",
    Reason.KEY_NOT_ED25519: "不是 Ed25519 公钥",
    Reason.KEY_FILE_ONE_LINE: "{file} 必须只含一行 base64 密钥",
    Reason.KEYS_FILE_INVALID: "{file} 不是“密钥号 → base64 密钥”的 JSON 对象（{detail}）",
    Reason.KEY_NOT_BASE64: "不是有效的 base64",
    Reason.KEY_LENGTH: "Ed25519 公钥应为 32 字节，这个是 {length} 字节",
    Reason.KEYRING_UNAVAILABLE: "系统没有可用的密钥环来保存平台令牌；请改为设置 TEXTILE_ASSISTANT_TOKEN 环境变量",
    Reason.NO_PLATFORM_URL: "尚未设置平台地址；请先运行 `textile-assistant login --url URL`",
    Reason.NOT_LOGGED_IN: (
        "没有 {url} 的访问令牌；请运行 `textile-assistant login --url {url}`，"
        "或设置 TEXTILE_ASSISTANT_TOKEN 环境变量"
    ),
    Reason.NO_TRUSTED_KEYS: "没有受信任的平台密钥：请用 `textile-assistant trust-key add KEY_ID BASE64` 添加平台公钥",
    Reason.NO_DATABASE: "没有可备份的数据库",
    Reason.DATABASE_UNREADABLE: "无法读取数据库（{detail}）",
    Reason.BACKUP_WRITE_FAILED: "无法写入备份（{detail}）",
    Reason.ARCHIVE_NOT_ZIP: "不是 zip 压缩文件，或文件不完整",
    Reason.ARCHIVE_CHECKSUM: "压缩文件已损坏：{member} 校验和不符",
    Reason.ARCHIVE_ALTERED: "{member} 与清单不符（已被改动）",
    Reason.ARCHIVE_DAMAGED: "压缩文件已损坏（{detail}）",
    Reason.ARCHIVE_DATABASE_UNREADABLE: "无法读取备份中的数据库（{detail}）",
    Reason.ARCHIVE_DATABASE_DAMAGED: "备份中的数据库已损坏（{detail}）",
    Reason.NOT_OUR_DATABASE: "备份中的数据库不属于本软件",
    Reason.NOT_A_BACKUP: "不是本软件的备份",
    Reason.BACKUP_FORMAT_UNKNOWN: "无法识别的备份格式 {format}",
    Reason.ARCHIVE_NO_DATABASE: "清单中没有列出数据库",
    Reason.ARCHIVE_UNEXPECTED_MEMBER: "意外的文件 {member}",
    Reason.ARCHIVE_MANIFEST_DISAGREE: "压缩文件与清单不一致：{members}",
    Reason.DATABASE_IN_USE: "数据库正在另一个窗口或程序中打开；请关闭后重试",
    Reason.KEEP_ASIDE_FAILED: "无法先保存当前数据（{detail}）；未替换任何内容",
    Reason.RESTORE_HOST_IN_USE: "还有其他电脑连接着数据库主机 {host}（{pcs}）；请先在那些电脑上关闭本程序，再恢复",
    Reason.UNKNOWN_VALUE: "无法识别的值；您是不是要写 {suggestions}？（did you mean {suggestions}?）",
    Reason.UNKNOWN_VALUE_NONE_CLOSE: "无法识别的值；可用的值如 {examples}",
    Reason.UNKNOWN_FIBRE_NEAR: "无法识别纤维“{fibre}”；您是不是要写 {suggestions}？",
    Reason.RANGE_UNREADABLE: "无法读取范围；请写成 24-60、84-（84 及以上）或 -9（9 及以下）",
    Reason.RANGE_NEGATIVE: "范围不能为负数",
    Reason.RANGE_TOO_HIGH: "超过了 {max}",
    Reason.RANGE_STEP: "请用整数或 0.5 的倍数，如 12 或 12.5",
    Reason.RANGE_INVERTED: "下限 {min} 大于上限 {max}",
    Reason.ARCHIVE_FOREIGN_SCHEMA: "备份中的数据库结构不是本软件自己的（{objects}），未恢复",
    Reason.UNSAFE_FILE_NAME: "{name} 不是单纯的文件名（含有文件夹、盘符或路径）",
    Reason.ARCHIVE_SCAN_NAME: "备份中的数据库把扫描件文件记为路径 {name}，而不是文件名",
    Reason.ARCHIVE_MEMBER_TOO_LARGE: "备份中的 {member} 比清单所写的或 {limit} 字节更大",
    Reason.RESTORE_WRITE_FAILED: "无法解开备份（{detail}）；未替换任何内容",
    Reason.RESTORE_INTERRUPTED: "上次中断的恢复无法完成（{detail}）",
    Reason.SCAN_TOO_LARGE: "扫描件有 {size} 字节，最多只能附加 {limit} 字节",
    Reason.SCAN_NO_SPACE: "磁盘空间不足以保存扫描件（需要 {size} 字节，可用 {free} 字节）；未复制任何内容",
    Reason.SCAN_MISSING: "主机和本机上都没有扫描件 {value}，请重新附加",
    Reason.SCAN_DAMAGED: "主机上的扫描件 {value} 与其校验值不符，请重新附加",
    Reason.REDIRECT_REFUSED: "平台重定向到另一个网站（{url}），未跟随",
    Reason.TOO_MANY_REDIRECTS: "平台重定向超过 {limit} 次，已停止",
    Reason.ARGUMENT_NOT_UTF8: "参数 {argument} 不是有效的文字（含有非 UTF-8 字节）",
    Reason.CARBON_ENERGY_CONTENT_NEEDED: "排放因子按 {factor_unit} 计，而数据单位是 {unit}：请填写能量含量（蒸汽焓值或燃料低位发热量）",
    Reason.CARBON_UNIT_MISMATCH: "排放因子的单位 {factor_unit} 与数据单位 {unit} 不符",
    Reason.CARBON_YIELD_LOSS_MATERIALS: "损耗率只适用于原材料",
    Reason.CARBON_NO_FACTOR: "{source} 没有排放因子：请指定一个（供应商提供的或所购数据库中的，作为本企业因子连同来源录入）",
    Reason.CARBON_UNKNOWN_FACTOR: "没有这个编号的排放因子",
    Reason.CARBON_FACTOR_KIND: "该排放因子用于{kind}；这一项需要用于{allowed}的排放因子",
    Reason.CARBON_FACTOR_UNVERIFIED: "该排放因子没有注明来源，或其类别本软件不认识；估算中不使用它",
    Reason.CARBON_INVENTORY_FACTOR: "这是用于企业温室气体核算的电网二氧化碳排放因子；产品碳足迹须使用电力碳足迹因子",
    Reason.CARBON_SHARES_SUM: "分摊份额合计 {listed}，不等于当月总量 {total}",
    Reason.CARBON_LINE_ARG: "请写 名称:数量单位[:因子编号]，如 cotton:1.08kg:FIRM-cotton-2025",
    Reason.CARBON_FACTOR_IN_USE: "产品 {products} 的活动数据或已保存的估算使用了该排放因子；它须作为这些数值的来源保留",
    Reason.CARBON_FACTOR_NOT_FIRM: "这是平台的排放因子：只有同步才能更改或删除它",
    Reason.NOT_A_MONTH: "不是月份；请写成 2026-11",
    Reason.FINISH_KEPT: "产品 {sku} 保留了后整理“{value}”，已没有规则使用这个名称：请为它改选一个已命名的后整理",
    Reason.UNIT_MISMATCH: "单位 {unit} 不能换算为 {expected}；请按 {expected} 填写",
    Reason.RESULT_UNREADABLE: "无法读取结果；请写成 18、18.5、ND、< 5、3-4 或 合格",
    Reason.RESULT_COMMA_AMBIGUOUS: "逗号后有三位数字，可能是千位分隔符；请写成 1000 或 1.000",
    Reason.RESULT_NOT_A_GRADE: "色牢度等级为 1 到 5 级，可有半级，如 4 或 3-4",
    Reason.RESULT_NEEDS_NUMBER: "该项目有量化限值：请填写实测值，而不是合格/不合格",
    Reason.RESULT_NEEDS_PASS_FAIL: "该项目由检验员判定：请填写 合格 或 不合格",
    Reason.RESULT_NO_CHECK: "目录未给出该项目的可判定限值：请按报告的判定填写 合格 或 不合格",
    Reason.RESULT_ND_UNDECIDABLE: "“未检出”不能证明达到下限或处于范围内",
    Reason.RESULT_BOUND_UNDECIDABLE: "结果以界限值表示且跨过限值：可能合格也可能不合格；请向检测机构索取实测值",
    Reason.RESULT_IN_FUTURE: "检测日期晚于今天（{today}）",
    Reason.UNKNOWN_ITEM: "{standard} 在 {grade} 级没有这个项目；可用项目：{known}",
    Reason.STANDARD_NOT_APPLICABLE: "{standard} 不适用于产品 {sku}",
    Reason.RESULT_SOURCE_NEEDED: "请指明结果来自哪份检测报告（--report）或哪张清单（--checklist）",
    Reason.NOT_A_TEST_REPORT: "证书 {value} 是 {scheme} 证书，不是检测报告",
    Reason.CHECKLIST_OTHER_PRODUCT: "这张清单是为产品 {sku} 打印的",
    Reason.ITEM_NOT_PRINTED: "这张清单上没有打印这个项目；已打印的项目：{known}",
    Reason.ITEM_VALUE_FORMAT: "请写成 项目=值，如 formaldehyde=18",
    Reason.RSL_LIMIT_UNREADABLE: "无法读取限值；请写成 ≤ 20、< 0.1、≥ 4、4.0–7.5、ND 或 合格",
    Reason.RSL_CODE_IS_STANDARD: "这是目录中标准的代号；请为要求清单另起代号",
    Reason.RSL_NO_TARGET: "请指明要求适用的客户（--customer）或产品（--sku）",
    Reason.UNKNOWN_ITEM_NAME: "适用标准中没有这个代号或名称的项目；例如：{known}",
    Reason.ITEM_AMBIGUOUS: "多个标准都有这个项目（{standards}）；请填写标准列",
}

KINDS_ZH = {
    "carbon data": "碳足迹数据",
    "factor": "排放因子",
    "product": "产品",
    "certificate": "证书",
    "standard": "标准",
    "trusted key": "受信任密钥",
    "result": "检测结果",
    "firm": "企业设置",
}

# emission factor kinds (`core.catalogue.FACTOR_KINDS`), Chinese and English, for the reasons
# that name one (`CARBON_FACTOR_KIND`)
FACTOR_KIND_WORDS: dict[str, tuple[str, str]] = {
    "electricity": ("电力", "electricity"),
    "steam": ("蒸汽", "steam"),
    "heat": ("外购热力", "purchased heat"),
    "natural_gas": ("天然气", "natural gas"),
    "coal": ("煤", "coal"),
    "diesel": ("柴油", "diesel"),
    "water": ("用水", "water"),
    "wastewater": ("废水", "wastewater"),
    "fibre": ("纤维/原料", "fibre / material"),
    "chemical": ("染料和助剂", "dyes and auxiliaries"),
    "transport": ("运输", "transport"),
    "packaging": ("包装", "packaging"),
}

# the audit log's words (`product show --history`): kinds and actions, Chinese and English
AUDIT_WORDS: dict[str, tuple[str, str]] = {
    "created": ("新建", "created"),
    "edited": ("修改", "edited"),
    "deleted": ("删除", "deleted"),
    "product": ("产品", "product"),
    "certificate": ("证书", "certificate"),
    "result": ("检测结果", "result"),
    "firm": ("企业设置", "firm settings"),
}

# compliance statuses and item verdicts (core.compliance), as the window words them
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "compliant": ("合规", "compliant"),
    "failing": ("不合格", "failing"),
    "expired": ("已过期", "expired"),
    "incomplete": ("不完整", "incomplete"),
    "not_required": ("尚不要求", "not required yet"),
    "pass": ("合格", "pass"),
    "fail": ("不合格", "fail"),
    "judged": ("已判定", "judged"),
    "untested": ("未检测", "untested"),
    "undecidable": ("无法判定", "undecidable"),
}

DEFAULT_LANGUAGE = "zh_CN"  # the firm profile's default
_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    """The firm's language (zh_CN or en), once the workspace is open."""
    global _language
    _language = language


def current_language() -> str:
    """The language CLI output speaks: the firm's, once the workspace is open."""
    return _language


def audit_word(word: str, *, language: str | None = None) -> str:
    """An audit kind or action in `language` (default: the firm's)."""
    zh, en = AUDIT_WORDS.get(word, (word, word))
    return zh if (language or _language).startswith("zh") else en


def field_word(name: str, *, language: str | None = None) -> str:
    """A stored field name as the forms name it (`core.field_names`), in `language` (default: the firm's)."""
    return field_name(name, language or _language)


def value_words(name: str, value: Any, *, language: str | None = None) -> str:
    """A stored value of the field `name` in words: "-" for none, an age group, markets by name."""
    return field_value(name, value, language or _language)


def _edited_elsewhere(params: Mapping[str, Any], *, zh: bool) -> dict[str, Any]:
    """EDITED_ELSEWHERE's record and changed fields in words: `备注: moved to shelf 4`."""
    lang = "zh_CN" if zh else "en"
    changed = params.get("changed")
    fields = (
        [
            f"{field_word(str(k), language=lang)}: {value_words(str(k), v, language=lang)}"
            for k, v in changed.items()
        ]
        if isinstance(changed, Mapping)
        else list(params.get("fields") or [])
    )
    kind = str(params.get("kind", ""))
    out = {**params, "fields": ("；" if zh else "; ").join(str(f) for f in fields) or "-"}
    out["who"] = params.get("who") or ("另一台电脑上的用户" if zh else "someone on another PC")
    out["when"] = params.get("when") or "-"
    out["key"] = record_key(kind, str(params.get("key", "")), lang)
    if kind == "firm":  # one record of its kind: no key to name
        out["key"] = ""
        out["kind"] = KINDS_ZH["firm"] if zh else "the firm settings"
    elif zh:
        out["kind"] = KINDS_ZH.get(kind, kind)
    return out


def status_word(word: str, *, language: str | None = None) -> str:
    """A compliance status or verdict in `language` (default: the firm's)."""
    zh, en = STATUS_WORDS.get(word, (word, word))
    return zh if (language or _language).startswith("zh") else en


def reason_line(code: Reason, params: Mapping[str, Any], *, language: str | None = None) -> str:
    """The reason alone, in `language` (default: the firm's)."""
    lang = language or _language
    if code is Reason.CARBON_FACTOR_KIND:
        params = _factor_kinds_worded(params, zh=lang.startswith("zh"))
        return fill((ZH if lang.startswith("zh") else ENGLISH)[code], params)
    if code is Reason.EDITED_ELSEWHERE:
        zh = lang.startswith("zh")
        text = fill((ZH if zh else ENGLISH)[code], _edited_elsewhere(params, zh=zh))
        if params.get("kind") == "firm":  # no key: no space where it stood; "settings" is plural
            text = (
                " ".join(text.split())
                .replace(" ：", "：")
                .replace(" was changed by ", " were changed by ", 1)
            )
        return text
    if lang.startswith("zh"):
        params = {**params, "kind": KINDS_ZH.get(str(params.get("kind", "")), params.get("kind", ""))}
        return fill(ZH[code], params)
    return fill(ENGLISH[code], params)


def _factor_kinds_worded(params: Mapping[str, Any], *, zh: bool) -> dict[str, Any]:
    """`kind` and `allowed` (factor kind codes) as words; an unknown code stays as it is."""

    def word(code: object) -> str:
        words = FACTOR_KIND_WORDS.get(str(code))
        return str(code) if words is None else words[0 if zh else 1]

    allowed = params.get("allowed")
    codes = allowed if isinstance(allowed, list | tuple) else [] if allowed is None else [allowed]
    sep = "、" if zh else ", "
    return {**params, "kind": word(params.get("kind", "")), "allowed": sep.join(word(c) for c in codes)}


def error_line(exc: AssistantError, *, language: str | None = None) -> str:
    """One line for stderr: the field and the value when there are any, then the reason."""
    text = reason_line(exc.code, exc.params, language=language)
    if isinstance(exc, (ValidationError, ConflictError)):
        return f"{exc.field}={exc.value!r}: {text}"
    if isinstance(exc, NotFoundError):
        return text
    where = exc.params.get("file") or exc.params.get("path")
    if where and "{path}" not in ENGLISH[exc.code]:
        return f"{where}: {text}"
    return text
