"""The compiled analyzer (crawler/analysis/native.py): used when it matches the sources, same results as they give.

``make test`` builds it first; on a machine with a C compiler these tests insist that the build worked.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import crawler.analysis
from crawler.analysis import native
from crawler.analysis.evaluate import GOLD_DIR

REPO = Path(__file__).resolve().parent.parent
# every gold passage, with the cycle collector off: a compiled module that computes anything differently shows,
# and so does any reference cycle an analysis leaves behind (the analyzer pauses the collector while it works)
ANALYSE_GOLD = """
import gc, json, sys
from pathlib import Path
from crawler.analysis import Analyzer, COMPILED
from crawler.seeds import SEEDS_DIR, load_actors
analyzer = Analyzer(load_actors(SEEDS_DIR / "actors.toml"))
passages = [
    (json.loads(line)["text"], path.stem)
    for path in sorted(Path(sys.argv[1]).rglob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
gc.collect()
gc.disable()
out = [[s.as_dict() for s in analyzer.analyze(text, lang)] for text, lang in passages]
print(json.dumps({"compiled": COMPILED, "statements": out, "garbage": gc.collect()}, ensure_ascii=False))
"""
needs_build = pytest.mark.skipif(
    shutil.which(os.environ.get("CC", "cc")) is None,
    reason="no C compiler: the analyzer runs as plain Python",
)


@cache
def _analyse_gold(pure: bool) -> dict:
    """The statements of every gold passage by one build, and the cyclic garbage left (run once per build)."""
    env = {**os.environ, native.PURE_ENV: "1" if pure else ""}
    done = subprocess.run(
        [sys.executable, "-c", ANALYSE_GOLD, str(GOLD_DIR)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


@needs_build
def test_make_builds_the_compiled_analyzer_and_the_package_uses_it():
    assert native.is_fresh(), "run `make install` (crawler/analysis/native.py) to build it"
    assert crawler.analysis.COMPILED
    import crawler.analysis.stance as stance

    assert Path(stance.__file__).suffix != ".py"


@needs_build
def test_compiled_analyzer_gives_the_sources_results_on_every_gold_passage():
    compiled, pure = _analyse_gold(pure=False), _analyse_gold(pure=True)
    assert compiled["compiled"] and not pure["compiled"]
    assert len(pure["statements"]) > 900
    assert sum(map(len, pure["statements"])) > 1000
    assert compiled["statements"] == pure["statements"]


def _copy_package(tmp_path: Path) -> Path:
    """The crawler package, compiled modules included, in a folder of its own."""
    shutil.copytree(
        REPO / "crawler", tmp_path / "crawler", ignore=shutil.ignore_patterns("__pycache__", "demo")
    )
    return tmp_path


def _which_stance(root: Path) -> dict:
    script = (
        "import json, crawler.analysis as a, crawler.analysis.stance as s; "
        "print(json.dumps({'compiled': a.COMPILED, 'file': s.__file__}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, env={**os.environ, "PYTHONPATH": str(root)},
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return {**json.loads(done.stdout), "stderr": done.stderr}


# a compiled module itself, a module whose types the compiled code assumes, and the actor records
@needs_build
@pytest.mark.parametrize("edited", ["analysis/stance.py", "analysis/lexicon.py", "seeds.py"])
def test_an_edited_source_is_run_instead_of_its_old_compiled_module(tmp_path, edited):
    root = _copy_package(tmp_path)
    assert _which_stance(root)["compiled"]
    source = root / "crawler" / edited
    source.write_text(source.read_text(encoding="utf-8") + "\nEDITED = True\n", encoding="utf-8")
    found = _which_stance(root)
    assert not found["compiled"]
    assert found["file"] == str(root / "crawler" / "analysis" / "stance.py")
    assert "out of date" in found["stderr"]


def test_no_build_means_the_python_sources(tmp_path):
    root = _copy_package(tmp_path)
    shutil.rmtree(root / "crawler" / "analysis" / "_native", ignore_errors=True)
    found = _which_stance(root)
    assert not found["compiled"]
    assert found["file"].endswith("stance.py")


@pytest.mark.parametrize("pure", [True, False], ids=["sources", "compiled"])
def test_analysis_leaves_no_reference_cycles(pure):
    """The analyzer pauses the cycle collector while it works: that is only free if it makes no cycles."""
    if not pure and not native.is_fresh():
        pytest.skip("compiled analyzer not built")
    found = _analyse_gold(pure)
    assert found["compiled"] is not pure
    assert sum(map(len, found["statements"])) > 1000
    assert found["garbage"] == 0
