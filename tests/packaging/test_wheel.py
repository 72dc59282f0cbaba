"""The wheel, as pip and pipx users and packagers get it, works outside a checkout.

The wheel is built from a copy of the repository's files (what a clean clone
holds, without build leftovers), installed into a fresh virtual environment,
and its `textile-assistant` command is run from a folder far from the
checkout: the catalogue loads, the demo firm loads, and a checklist PDF is
written with the bundled font and read back.

The venv sees the system's site-packages (PySide6, SQLAlchemy, ... are not
downloaded again), where an editable install of the project may also be: the
test asserts that the program and its resources come from the venv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _source_files() -> list[str]:
    """The repository's files: tracked ones, plus new ones not ignored (so a branch builds before its commit)."""
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True,
            capture_output=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        out = b""
    names = [n for n in out.decode("utf-8").split("\0") if n]
    if names:
        return [n for n in names if (ROOT / n).is_file()]
    skip = {".git", "build", "dist", "__pycache__", ".venv", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
    return [
        str(p.relative_to(ROOT))
        for p in ROOT.rglob("*")
        if p.is_file() and not skip.intersection(p.relative_to(ROOT).parts) and ".egg-info" not in str(p)
    ]


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "TEXTILE_ASSISTANT_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONNOUSERSITE"] = "1"
    env["HOME"] = str(home)  # platformdirs and keyring look nowhere near the developer's own folders
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    for name in _source_files():
        target = src / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    dist = tmp / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            ".",
        ],
        cwd=src,
        check=True,
    )
    (wheel,) = dist.glob("textile_assistant-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        env=_clean_env(tmp),
        cwd=tmp,
    )
    shutil.rmtree(src)  # nothing the program needs may come from the source tree
    work = tmp / "elsewhere"
    work.mkdir()
    return {"venv": venv, "python": python, "bin": bin_dir, "work": work}


def _run(installed: dict[str, Path], *args: str) -> str:
    exe = installed["bin"] / ("textile-assistant.exe" if os.name == "nt" else "textile-assistant")
    done = subprocess.run(
        [str(exe), "--data-dir", str(installed["work"] / "data"), *args],
        cwd=installed["work"],
        env=_clean_env(installed["work"]),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_venv_runs_the_installed_wheel_not_the_checkout(installed):
    code = "import desktop_app, desktop_app.paths as p; print(desktop_app.__file__); print(p.resources_dir())"
    done = subprocess.run(
        [str(installed["python"]), "-c", code],
        cwd=installed["work"],
        env=_clean_env(installed["work"]),
        capture_output=True,
        text=True,
        check=True,
    )
    package, resources = (Path(line) for line in done.stdout.splitlines())
    venv = installed["venv"].resolve()
    assert package.resolve().is_relative_to(venv)
    assert resources.resolve().is_relative_to(venv)
    assert resources.name == "resources" and resources.parent.name == "desktop_app"
    for part in ("catalogue/catalogue.json", "fonts/wqy-microhei.ttc", "icons/app-icon.png"):
        assert (resources / part).is_file(), part
    assert list((resources / "translations").glob("*.qm"))


def test_catalogue_stats_demo_and_a_checklist_from_the_wheel(installed, ws):
    expected = ws.catalogue.stats()  # the same bundled catalogue, read from the checkout
    stats = json.loads(_run(installed, "catalogue", "stats", "--json"))
    assert stats["standards"] == expected.standards > 0
    assert stats["rules"] == expected.rules
    assert stats["notices"] == expected.notices

    _run(installed, "demo", "--here")
    listed = json.loads(_run(installed, "product", "list", "--json"))
    assert "BB-001" in {p["sku"] for p in listed}

    pdf = installed["work"] / "checklist.pdf"
    _run(installed, "checklist", "BB-001", "--lang", "both", "-o", str(pdf))
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and b"FontFile2" in data  # the bundled font, embedded
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "BB-001" in text and "Compliance checklist" in text
