"""Compile the catalogue sources into the bundled catalogue page.

`resources/catalogue/source/*.toml` hold the catalogue as data, one file per
family of standards; `resources/catalogue/catalogue.json` is what the app
ships and applies on first start: the body of one `changes` page of the
platform's catalogue API with `since` 0, a full snapshot. Versions run
1..N: every standard, then every rule, then every notice (then any other
object type the app knows), in file name order and, within a file, in the
order written.

What the sources add to the page's own shape (SOURCES.md explains it too):

- `catalogue.toml` holds the page's `protocol` and the caveat texts
  (`[caveat.<name>]`, `zh` and `en`); every other file holds only arrays of
  objects named by their type: `[[standard]]`, `[[notice]]`, `[[rule]]`...
- a standard's `[[standard.rules]]` are the rules that make it applicable:
  each becomes a `rule` object whose `standard` is that standard's code;
- a requirement item's `grades` table writes one item per grade, from
  `grades.A = "≤ 20"` (the limit) or `grades.A = { limit = ..., ... }` (fields
  set for that grade only);
- a requirement item's `caveat = "<name>"` appends that caveat's text to
  the item's text.

Everything else is copied as it is (TOML dates become `YYYY-MM-DD`), so a
field the app's parser learns (protocol 2: `unless`, `effective`, `until`,
`check`, item-level `when`, `factor` objects...) is written in the sources
without changing this tool. TOML has no null: an optional protocol-1 field
left out is written as null, as the API's examples do. The page is checked
by the app's own parser, `desktop_app.sync.pages.parse_page`.

    python tools/compile_catalogue.py          # compile, check, write catalogue.json
    python tools/compile_catalogue.py --check  # compile, check, exit 1 if catalogue.json differs
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

import tomllib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the checkout's parser, not an installed copy

from desktop_app.sync.errors import PageInvalidError
from desktop_app.sync.pages import parse_page
from desktop_app.sync.schema import ID_FIELDS

CATALOGUE = ROOT / "resources" / "catalogue"
SOURCE = CATALOGUE / "source"
OUTPUT = CATALOGUE / "catalogue.json"
SETTINGS = "catalogue.toml"

# Protocol-1 fields in the order the page lists them; other fields follow in source order.
ORDER = {
    "standard": "code title issuer markets status mandatory published effective withdrawn replaced_by tags "
    "requirements",
    "requirement": "key item grade limit unit method",
    "rule": "id standard grade when note",
    "notice": "id published severity title body standards effective url",
}
# What an optional field left out is written as (TOML has no null). Required
# fields have no default: the parser refuses an object without them.
DEFAULTS: dict[str, dict[str, Any]] = {
    "standard": {"published": None, "effective": None, "withdrawn": None, "replaced_by": None, "tags": []},
    "requirement": {"grade": None, "unit": None, "method": None},
    "rule": {"grade": None},
    "notice": {"effective": None, "url": None},
}


class SourceError(Exception):
    """A source file the tool cannot compile (its page is never written)."""


def _complete(kind: str, data: dict[str, Any]) -> dict[str, Any]:
    """`data` with absent optional fields filled in, known fields first in page order."""
    data = copy.deepcopy(DEFAULTS.get(kind, {})) | data
    order = ORDER.get(kind, "").split()
    return {k: data[k] for k in order if k in data} | {k: v for k, v in data.items() if k not in order}


def _requirements(items: list[dict[str, Any]], caveats: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    out = []
    for raw in items:
        grades = raw.pop("grades", {}).items()
        variants = [{"grade": g, **({"limit": v} if isinstance(v, str) else v)} for g, v in grades] or [{}]
        for variant in variants:
            item = raw | variant
            name = item.pop("caveat", None)
            if name is not None:
                if name not in caveats:
                    raise SourceError(f"requirement {item.get('key')!r}: no caveat named {name!r}")
                text = item.get("item", {})
                item["item"] = {lang: t + caveats[name].get(lang, "") for lang, t in text.items()}
            out.append(_complete("requirement", item))
    return out


def _load(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"{path.name}: {exc}") from None


def compile_page(source: Path = SOURCE) -> dict[str, Any]:
    """The page the sources in `source` describe (not yet checked by the parser)."""
    settings = _load(source / SETTINGS)
    caveats = settings.get("caveat", {})
    objects: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ID_FIELDS}
    for path in sorted(source.glob("*.toml")):
        if path.name == SETTINGS:
            continue
        for kind, entries in _load(path).items():
            if (
                kind not in ID_FIELDS
                or not isinstance(entries, list)
                or not all(isinstance(e, dict) for e in entries)
            ):
                raise SourceError(f"{path.name}: {kind!r} is not an array of a known object type")
            for data in entries:
                if kind == "standard":
                    for rule in data.pop("rules", []):
                        objects["rule"].append(_complete("rule", rule | {"standard": data.get("code")}))
                    data["requirements"] = _requirements(data.pop("requirements", []), caveats)
                objects[kind].append(_complete(kind, data))
    changes, seen = [], set()
    for kind, entries in objects.items():
        for data in entries:
            oid = data.get(ID_FIELDS[kind])
            if (kind, oid) in seen:
                raise SourceError(f"{kind} {oid!r} is written twice")
            seen.add((kind, oid))
            changes.append(
                {"version": len(changes) + 1, "type": kind, "id": oid, "op": "upsert", "data": data}
            )
    n = len(changes)
    head = {"protocol": settings.get("protocol"), "since": 0, "next": n, "latest": n, "has_more": False}
    return head | {"changes": changes}


def _json_value(value: object) -> str:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    raise TypeError(f"{value!r} ({type(value).__name__}) has no JSON form; write a date or a string")


def render(page: dict[str, Any]) -> str:
    return json.dumps(page, ensure_ascii=False, indent=1, default=_json_value) + "\n"


def build(source: Path = SOURCE) -> str:
    """The text of the compiled page, checked by the app's parser; raises SourceError."""
    try:
        text = render(compile_page(source))
    except TypeError as exc:
        raise SourceError(str(exc)) from None
    try:
        parse_page(text.encode("utf-8"), source="catalogue sources")
    except PageInvalidError as exc:
        raise SourceError(str(exc)) from None
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when catalogue.json is out of date")
    parser.add_argument("--source", type=Path, default=SOURCE, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, default=OUTPUT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        text = build(args.source)
    except SourceError as exc:
        print(f"ERROR {exc}", file=sys.stderr)
        return 1
    stale = not args.output.exists() or args.output.read_text(encoding="utf-8") != text
    if args.check and stale:
        print(f"ERROR {args.output} is out of date: run tools/compile_catalogue.py", file=sys.stderr)
        return 1
    if not args.check:
        args.output.write_text(text, encoding="utf-8")
    changes = json.loads(text)["changes"]
    kinds = [c["type"] for c in changes]
    items = sum(len(c["data"]["requirements"]) for c in changes if c["type"] == "standard")
    counts = ", ".join(f"{kinds.count(k)} {k}s" for k in ID_FIELDS if k in kinds)
    print(f"OK: {counts} ({items} requirement items), versions 1..{len(changes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
