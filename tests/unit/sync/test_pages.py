"""parse_page: the API schema, paging rules, and errors that name where a page is wrong."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.catalogue import LocalText, Notice, Requirement, Rule, Standard
from desktop_app.sync.errors import PageInvalidError
from desktop_app.sync.pages import format_loc, parse_page
from tests.platform_server import notice_data, rule_data, standard_data

CATALOGUE = Path(__file__).resolve().parents[3] / "resources" / "catalogue" / "catalogue.json"


def make_page(items: list[dict[str, Any]], *, since: int = 10, **fields: Any) -> dict[str, Any]:
    numbered = [{"version": since + i + 1, **c} for i, c in enumerate(items)]
    page = {
        "protocol": 1,
        "since": since,
        "next": since + len(items),
        "latest": since + len(items),
        "has_more": False,
        "changes": numbered,
    }
    page.update(fields)
    return page


def body(page: dict[str, Any]) -> bytes:
    return json.dumps(page, ensure_ascii=False).encode("utf-8")


def sample_changes() -> list[dict[str, Any]]:
    return [
        {
            "type": "standard",
            "id": "GB 18401-2010",
            "op": "upsert",
            "data": standard_data("GB 18401-2010", items=3),
        },
        {"type": "rule", "id": "R-1", "op": "upsert", "data": rule_data("R-1", "GB 18401-2010")},
        {
            "type": "notice",
            "id": "N-1",
            "op": "upsert",
            "data": notice_data("N-1", ["GB 18401-2010"]),
        },
        {"type": "notice", "id": "N-0", "op": "delete"},
    ]


def test_valid_page_becomes_core_dataclasses() -> None:
    page = parse_page(body(make_page(sample_changes())))
    assert (page.protocol, page.since, page.next, page.has_more) == (1, 10, 14, False)
    standard, rule, notice, deleted = (c.data for c in page.changes)
    assert isinstance(standard, Standard)
    assert standard.title == LocalText(zh="GB 18401-2010 标准", en="Standard GB 18401-2010")
    assert standard.markets == ("CN",) and standard.tags == ("safety",)
    assert standard.published == dt.date(2020, 1, 1) and standard.withdrawn is None
    assert standard.requirements[1] == Requirement(
        key="item1",
        item=LocalText(zh="项目1", en="Item 1"),
        grade="A",
        limit="≤ 20",
        unit="mg/kg",
        method="GB/T 2912.1",
    )
    assert isinstance(rule, Rule) and rule.when == {"category": ("garment",), "market": ("CN",)}
    assert isinstance(notice, Notice) and notice.standards == ("GB 18401-2010",)
    assert deleted is None and page.changes[3].op == "delete"


def test_optional_fields_may_be_absent() -> None:
    data = standard_data("X 1-2020", items=1)
    for key in ("published", "effective", "withdrawn", "replaced_by", "tags"):
        del data[key]
    del data["requirements"][0]["unit"], data["requirements"][0]["method"]
    rule = rule_data("R-9", "X 1-2020", when={})
    del rule["note"]
    page = parse_page(
        body(
            make_page(
                [
                    {"type": "standard", "id": "X 1-2020", "op": "upsert", "data": data},
                    {"type": "rule", "id": "R-9", "op": "upsert", "data": rule},
                ]
            )
        )
    )
    standard = page.changes[0].data
    assert isinstance(standard, Standard) and standard.tags == () and standard.requirements[0].unit is None
    assert page.changes[1].data == Rule(id="R-9", standard="X 1-2020", grade=None, when={}, note=None)


def test_unknown_type_is_kept_without_data_and_unknown_fields_ignored() -> None:
    changes = sample_changes()
    changes.insert(1, {"type": "laboratory", "id": "L-1", "op": "upsert", "data": {"anything": [1, 2]}})
    changes[0]["data"]["future_field"] = {"nested": True}
    changes[0]["data"]["requirements"][0]["extra"] = 1
    changes[0]["signed_by"] = "someone"
    page = parse_page(body(make_page(changes, generated_at="2026-01-01")))
    assert [c.type for c in page.changes] == ["standard", "laboratory", "rule", "notice", "notice"]
    assert page.changes[1].data is None and page.changes[1].version == 12
    assert isinstance(page.changes[0].data, Standard)


def test_empty_page_and_cursor_only_page() -> None:
    page = parse_page(body(make_page([], since=50, next=60, latest=60)))
    assert page.changes == () and page.next == 60


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(page: dict[str, Any]) -> None:
        target = page
        for part in path[:-1]:
            target = target[part]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return mutate


D = ["changes", 0, "data"]
CASES = [
    (
        "missing limit",
        [*D, "requirements", 2, "limit"],
        KeyError,
        11,
        "standard",
        "requirements[2].limit",
    ),
    (
        "limit not a string",
        [*D, "requirements", 1, "limit"],
        20,
        11,
        "standard",
        "requirements[1].limit",
    ),
    ("title wrong type", [*D, "title"], "Title", 11, "standard", "title"),
    ("title without language", [*D, "title"], {"fr": "Titre"}, 11, "standard", "title"),
    ("status not in vocabulary", [*D, "status"], "active", 11, "standard", "status"),
    ("mandatory as string", [*D, "mandatory"], "true", 11, "standard", "mandatory"),
    ("date not YYYY-MM-DD", [*D, "effective"], "2020/07/01", 11, "standard", "effective"),
    ("date not real", [*D, "published"], "2020-02-30", 11, "standard", "published"),
    ("date as timestamp", [*D, "published"], 1577836800, 11, "standard", "published"),
    ("market not a code", [*D, "markets", 0], "China", 11, "standard", "markets[0]"),
    ("requirements missing", [*D, "requirements"], KeyError, 11, "standard", "requirements"),
    (
        "grade missing",
        [*D, "requirements", 0, "grade"],
        KeyError,
        11,
        "standard",
        "requirements[0].grade",
    ),
    (
        "item text not object",
        [*D, "requirements", 0, "item"],
        "x",
        11,
        "standard",
        "requirements[0].item",
    ),
    ("code differs from id", [*D, "code"], "GB 1-2000", 11, "standard", "code"),
    (
        "rule when not list",
        ["changes", 1, "data", "when", "category"],
        "garment",
        12,
        "rule",
        "when.category",
    ),
    ("rule grade missing", ["changes", 1, "data", "grade"], KeyError, 12, "rule", "grade"),
    ("notice severity", ["changes", 2, "data", "severity"], "urgent", 13, "notice", "severity"),
    (
        "notice published missing",
        ["changes", 2, "data", "published"],
        KeyError,
        13,
        "notice",
        "published",
    ),
    (
        "notice standards not list",
        ["changes", 2, "data", "standards"],
        "GB 1",
        13,
        "notice",
        "standards",
    ),
    ("upsert without data", ["changes", 2, "data"], KeyError, 13, "notice", "data"),
    ("op unknown", ["changes", 1, "op"], "merge", 12, "rule", "changes[1].op"),
    ("version as string", ["changes", 1, "version"], "12", None, "rule", "changes[1].version"),
]


@pytest.mark.parametrize(
    ("label", "path", "value", "version", "type_", "field"), CASES, ids=[c[0] for c in CASES]
)
def test_schema_error_names_page_change_and_field(
    label: str, path: list[Any], value: Any, version: int | None, type_: str, field: str
) -> None:
    page = make_page(sample_changes())
    page["changes"][0]["data"] = standard_data("GB 18401-2010", items=3)
    _set(path, value)(page)
    with pytest.raises(PageInvalidError) as info:
        parse_page(body(page), source="test-page")
    err = info.value
    assert (err.page_since, err.version, err.type, err.field) == (10, version, type_, field)
    assert err.id == page["changes"][path[1]]["id"]
    text = str(err)
    for part in ("since=10", f"type={type_}", field, "test-page", repr(err.id)):
        assert part in text


def test_repeated_requirement_key_and_grade_is_invalid() -> None:
    data = standard_data("X 1-2020", items=3)
    data["requirements"][2] = dict(data["requirements"][0])
    page = make_page([{"type": "standard", "id": "X 1-2020", "op": "upsert", "data": data}])
    with pytest.raises(PageInvalidError) as info:
        parse_page(body(page))
    assert info.value.field == "requirements[2].key" and info.value.version == 11


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"protocol": 3}, "protocol"),
        ({"protocol": True}, "protocol"),
        ({"has_more": "no"}, "has_more"),
        ({"next": 5}, "next"),
        ({"since": -1}, "since"),
        ({"changes": {}}, "changes"),
    ],
)
def test_page_level_errors(fields: dict[str, Any], field: str) -> None:
    page = make_page(sample_changes(), **fields)
    with pytest.raises(PageInvalidError) as info:
        parse_page(body(page))
    assert info.value.field == field and info.value.version is None


@pytest.mark.parametrize(
    ("versions", "bad_index"),
    [([11, 13, 12, 14], 2), ([11, 11, 12, 13], 1), ([10, 11, 12, 13], 0), ([11, 12, 13, 15], 3)],
)
def test_versions_must_ascend_within_since_and_next(versions: list[int], bad_index: int) -> None:
    page = make_page(sample_changes())
    for change, version in zip(page["changes"], versions, strict=False):
        change["version"] = version
    with pytest.raises(PageInvalidError) as info:
        parse_page(body(page))
    assert info.value.field == f"changes[{bad_index}].version"
    assert info.value.version == versions[bad_index]


@pytest.mark.parametrize("raw", [b"", b"{not json", b"[1, 2]", b"\xff\xfe\x00garbage", b'"page"'])
def test_not_a_json_object(raw: bytes) -> None:
    with pytest.raises(PageInvalidError) as info:
        parse_page(raw)
    assert info.value.field == "<body>"


def test_an_invalid_change_late_in_the_page_rejects_all_of_it() -> None:
    changes = [copy.deepcopy(sample_changes()[0]) for _ in range(50)]
    for i, change in enumerate(changes):
        change["id"] = change["data"]["code"] = f"GB {i}-2020"
    changes[49]["data"]["issuer"] = None
    with pytest.raises(PageInvalidError) as info:
        parse_page(body(make_page(changes)))
    assert (info.value.version, info.value.id, info.value.field) == (60, "GB 49-2020", "issuer")


def test_format_loc() -> None:
    assert format_loc(("requirements", 2, "limit")) == "requirements[2].limit"
    assert format_loc((1, "version"), "changes") == "changes[1].version"
    assert format_loc(()) == "<page>"


@pytest.mark.skipif(not CATALOGUE.exists(), reason="bundled catalogue not written yet")
def test_bundled_catalogue_parses() -> None:
    page = parse_page(CATALOGUE.read_bytes(), source=CATALOGUE.name)
    assert page.since == 0 and not page.has_more and page.next == page.latest
    kinds = {c.type for c in page.changes}
    assert kinds <= {"standard", "rule", "notice", "factor"}
    assert all(c.data is not None for c in page.changes)
    codes = {c.id for c in page.changes if c.type == "standard"}
    assert all(c.data.standard in codes for c in page.changes if isinstance(c.data, Rule))
