"""What a new user meets first (issue 15): the README opens with how to install, on every
system, and says where the program is; `make run` installs every reader and writer; a missing
package is named with a command that is right in a checkout too."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_opens_with_install():
    sections = re.findall(r"^## (.+)$", README, flags=re.M)
    assert sections[0] == "Install"
    install = README.split("## Install", 1)[1].split("\n## ", 1)[0]
    for needed in ("make run", "pip install '.[all]'", '".[all]"', ".venv/bin/kjstats", ".venv\\Scripts\\kjstats.exe"):
        assert needed in install, needed
    for system in ("Linux", "macOS", "Windows"):
        assert system in install


def test_make_run_installs_every_reader_and_writer():
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert set(extras["all"][0].split("[")[1].rstrip("]").split(",")) >= {"docx", "pdf", "xlsx", "parquet"}
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installed = re.search(r"^\$\(VENV\)/\.installed:.*\n\t(.*)$", makefile, flags=re.M)
    assert installed and "'.[all]'" in installed.group(1)
    assert re.search(r"^run: \$\(VENV\)/\.installed$", makefile, flags=re.M)


def test_make_installs_from_a_clean_build_directory():
    # pip builds in the tree: a module mypyc compiled into build/ by an earlier install (say,
    # before setup.py stopped compiling it) would be copied into the new install, a stale
    # compiled module in place of its source
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipes = re.findall(r"^\$\(VENV\)/\.installed(?:-test)?:.*\n((?:\t.*\n)+)", makefile, flags=re.M)
    assert len(recipes) == 2
    for recipe in recipes:
        install = recipe.index("pip install")
        assert "rm -rf build" in recipe[:install], recipe


def test_no_install_hint_of_ours_names_a_package_kjstats_is_not_published_as():
    # pip install 'kjstats[xlsx]' looks for kjstats on an index: wrong for a checkout
    for path in (ROOT / "README.md", *sorted((ROOT / "src/kjstats").glob("*.py"))):
        assert "install 'kjstats[" not in path.read_text(encoding="utf-8"), path
