"""The analyzer's modules compiled to C with mypyc, used in place of the Python sources when they match them.

``make install`` (:func:`main`) compiles :data:`COMPILED` into ``_native/`` next to this file, with a manifest
of the SHA-256 digests of the sources the build read. The package's ``__init__`` puts that folder first on its
module path only when the manifest matches the sources and this interpreter (:func:`is_fresh`), so an edited
source is never shadowed by an old binary, and a machine without a C compiler runs the same code as plain
Python. ``CHECHNYA_MONITOR_PURE_PYTHON=1`` turns the compiled modules off.

The compiled modules compute exactly what the sources do (``tests/test_native.py`` compares the two on every
gold passage); they are about 1.3x faster, which matters because analysis runs for every relevant article.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sys
import sysconfig
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
NATIVE_DIR = PACKAGE_DIR / "_native"
MANIFEST = "manifest.json"
PURE_ENV = "CHECHNYA_MONITOR_PURE_PYTHON"
# the modules of the per-article hot path; lexicon and model are tables, left as Python
COMPILED = (
    "analyzer",
    "cues",
    "doc",
    "mentions",
    "morph",
    "quotes",
    "review",
    "segment",
    "speakers",
    "stance",
)


def _digests(package_dir: Path) -> dict[str, str]:
    """SHA-256 of every source the build read: the package's modules (the compiled ones, and those they were
    type-checked against, whose types the compiled code assumes) and ``crawler/seeds.py`` (the actor records)."""
    sources = [*sorted(package_dir.glob("*.py")), package_dir.parent / "seeds.py"]
    root = package_dir.parent
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest() for path in sources
    }


def _interpreter() -> str:
    return f"{sys.implementation.cache_tag} {sysconfig.get_config_var('EXT_SUFFIX')}"


def is_fresh(native_dir: Path = NATIVE_DIR, package_dir: Path = PACKAGE_DIR) -> bool:
    """Do the compiled modules in ``native_dir`` match the sources in ``package_dir`` and this interpreter?"""
    try:
        manifest = json.loads((native_dir / MANIFEST).read_text(encoding="utf-8"))
        fresh = manifest["interpreter"] == _interpreter() and manifest["sources"] == _digests(package_dir)
    except (OSError, ValueError, KeyError, TypeError):
        return False
    if not fresh:
        log.warning("compiled analyzer in %s is out of date: running the Python sources (make install rebuilds it)", native_dir)  # fmt: skip
    return fresh


def use_native(package_path: list[str]) -> bool:
    """Put the compiled modules first on the package's module path when they are fresh and wanted."""
    if os.environ.get(PURE_ENV, "") not in ("", "0") or not is_fresh():
        return False
    package_path.insert(0, str(NATIVE_DIR))
    return True


def build(native_dir: Path = NATIVE_DIR) -> None:
    """Compile :data:`COMPILED` with mypyc into ``native_dir`` (replacing what is there) and write the manifest."""
    from mypyc.build import mypycify
    from setuptools import setup

    root = PACKAGE_DIR.parent.parent
    sources = [str((PACKAGE_DIR / f"{name}.py").relative_to(root)) for name in COMPILED]
    digests = _digests(PACKAGE_DIR)  # of the sources compiled, even if one changes meanwhile
    with tempfile.TemporaryDirectory(prefix="mypyc-") as tmp:
        cwd = os.getcwd()
        try:
            os.chdir(root)  # mypy names the modules from their paths
            extensions = mypycify(
                ["--ignore-missing-imports", *sources],
                target_dir=f"{tmp}/c",
                group_name="crawler.analysis.native",
            )
            os.chdir(tmp)  # (not beside the project's own pyproject.toml)
            setup(
                name="chechnya-monitor-native",
                ext_modules=extensions,
                script_args=["--quiet", "build_ext", "--build-lib", "lib", "--build-temp", "o"],
            )
        finally:
            os.chdir(cwd)
        built = sorted(
            Path(tmp, "lib", "crawler", "analysis").glob("*" + sysconfig.get_config_var("EXT_SUFFIX"))
        )
        native_dir.mkdir(exist_ok=True)
        (native_dir / MANIFEST).unlink(missing_ok=True)  # no manifest, no use, until every file is in place
        for old in native_dir.iterdir():
            old.unlink()  # (a running process keeps the file it mapped)
        for library in built:
            shutil.copyfile(library, native_dir / library.name)
    manifest = {"interpreter": _interpreter(), "sources": digests}
    (native_dir / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    print(f"compiled {len(COMPILED)} analyzer modules into {native_dir}")


def main() -> int:
    """Build, or say why not (run by ``make install``): 0 when built."""
    try:
        build()
    except Exception as exc:  # no compiler, no mypy: the Python sources still run, only slower
        print(f"compiled analyzer not built ({exc}); the analyzer runs as plain Python", file=sys.stderr)
        return 1
    return 0
