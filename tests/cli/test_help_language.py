"""`--help` and usage errors speak the firm's language; every help text has its Chinese."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from desktop_app.cli import build_parser
from desktop_app.cli.help_text import has_chinese, localise
from tests.helpers.cli import run_cli as run

CJK = re.compile(r"[\u4e00-\u9fff]")


def help_texts(parser: argparse.ArgumentParser, path: str = "textile-assistant"):
    """(where, text) for every description and help text of the whole command tree."""
    if parser.description:
        yield path, parser.description
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            yield f"{path} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield f"{path} {choice.dest}", choice.help
            for name, sub in action.choices.items():
                yield from help_texts(sub, f"{path} {name}")


def test_every_help_text_has_a_chinese_form():
    missing = [(where, text) for where, text in help_texts(build_parser()) if not has_chinese(text)]
    assert missing == [], "add these to desktop_app/cli/help_text.py HELP_ZH"


def test_bilingual_texts_split_and_table_texts_translate():
    assert localise("the standards catalogue / 标准目录", "zh_CN") == "标准目录"
    assert localise("the standards catalogue / 标准目录", "en") == "the standards catalogue"
    assert localise("add a product", "zh_CN") == "新增产品"
    assert localise("add a product", "en") == "add a product"


def test_help_in_a_chinese_firm_is_chinese(data_dir: Path):
    run(data_dir, "firm", "--name", "柯桥纺织")  # a firm exists, language zh_CN by default
    r = run(data_dir, "product", "add", "--help")
    assert r.returncode == 0
    assert "用法：" in r.stdout and "显示本帮助并退出" in r.stdout and "新增产品" not in r.stdout
    assert "婴幼儿/儿童/成人" in r.stdout and "show this help" not in r.stdout


def test_help_in_an_english_firm_is_english(data_dir: Path):
    run(data_dir, "firm", "--language", "en")
    r = run(data_dir, "--help")
    assert r.returncode == 0 and "usage:" in r.stdout and "show this help message and exit" in r.stdout
    commands = r.stdout.split("options:")[0].split("positional arguments:", 1)[1]
    assert "the standards catalogue" in commands and not CJK.search(commands)


def test_usage_errors_in_the_firms_language(data_dir: Path):
    run(data_dir, "firm", "--name", "柯桥纺织")
    r = run(data_dir, "product", "addd")
    assert r.returncode == 2 and "错误" in r.stderr and "无效的选项 'addd'" in r.stderr
    run(data_dir, "firm", "--language", "en")
    r = run(data_dir, "product", "addd")
    assert r.returncode == 2 and "invalid choice: 'addd'" in r.stderr
