"""The layering contracts of pyproject.toml ([tool.importlinter]) hold, and they have teeth.

`make test` runs `lint-imports` on the tree before pytest; here a copy of the tree with a rule
module importing nameko must break the contract, so a contract that silently matches nothing
(a renamed package, a wildcard gone stale) fails the suite.
"""
import shutil
import subprocess
import sys
from pathlib import Path

from shared.config import ROOT

LINT = str(Path(sys.executable).with_name("lint-imports"))


def _lint(tree):
    return subprocess.run([LINT, "--no-cache"], cwd=tree, capture_output=True, text=True,
                          env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})


def _copy(tmp_path):
    for name in ("shared", "services"):
        shutil.copytree(ROOT / name, tmp_path / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.db"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    return tmp_path


def test_the_tree_keeps_every_layering_contract():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_rule_module_importing_nameko_breaks_the_domain_contract(tmp_path):
    tree = _copy(tmp_path)
    rules = tree / "services" / "cases" / "rules"
    module = rules / "__init__.py" if rules.is_dir() else tree / "services/cases/rules.py"
    module.write_text(module.read_text() + "\nimport nameko.rpc  # the probe\n")
    result = _lint(tree)
    assert result.returncode != 0
    assert "services.cases.rules" in result.stdout and "nameko" in result.stdout


def test_a_service_importing_another_breaks_independence(tmp_path):
    tree = _copy(tmp_path)
    models = tree / "services" / "property" / "models.py"
    models.write_text(models.read_text() + "\nimport services.cases.models  # the probe\n")
    result = _lint(tree)
    assert result.returncode != 0
    assert "No service imports another BROKEN" in result.stdout.replace("\n", " ")
