"""kg's rules compiled to C with mypyc: the same code, about a fifth faster.

``make`` builds it (:func:`main`, a few minutes) into ``kg/_native``: the pipeline's modules and the
extraction's (:data:`MODULES`) as extension modules, and a digest of the sources they were compiled from. At
import, :func:`extend` puts the build's folders before the sources on the packages' paths (``kg`` and
``kg.pipeline`` call it), so ``import kg.pipeline.names`` loads the compiled module, **only when the digest is the
sources' own**: after an edit, a checkout or a pull, kg runs its Python until the next ``make`` rebuilds. No build
(another Python, no C compiler) is the same: kg is the same program either way, only slower.

``KG_NATIVE=0`` turns the build off (the tests run so: they read the Python they test, doctests included, and
``tests/test_native.py`` checks the build's output against the Python's, byte for byte).

Examples
--------
>>> digest(["kg/about.py"]) == digest(["kg/about.py"]), len(digest(["kg/about.py"]))
(True, 16)
>>> extend(["kg"], "kg", folder=Path("no-such-folder"))
['kg']
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parent
FOLDER = PACKAGE / "_native"  # (ignored by git)
DIGEST_FILE = "SOURCES"
# modules mypyc does not compile: the pipeline package itself (it puts the build on its path), the tokenizer (a
# dict subclass with class constants), the regex store (private _sre; its state is reset by tests), user lexicons
# (registered once, not a hot path)
KEPT_AS_PYTHON = ("kg/pipeline/__init__.py", "kg/pipeline/tokenizer.py", "kg/pipeline/compiled.py",
                  "kg/pipeline/user_lexicons.py")
EXTRACTION = ("kg/extract.py", "kg/aliases.py", "kg/dates.py")


def modules(root: Path = ROOT) -> list[str]:
    """The compiled modules' source files, relative to ``root`` (the folder holding ``kg``), sorted."""
    pipeline = sorted(p.relative_to(root).as_posix() for p in (root / "kg" / "pipeline").rglob("*.py"))
    return [*EXTRACTION, *(p for p in pipeline if p not in KEPT_AS_PYTHON)]


MODULES = modules()


def digest(files: Iterable[str], root: Path = ROOT) -> str:
    """A digest of ``files`` (paths relative to ``root``) and this Python's version: what a build is valid for."""
    h = hashlib.sha256(sys.version.encode())
    for name in files:
        h.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=4)
def fresh(folder: Path = FOLDER) -> bool:
    """Whether ``folder`` holds a build of exactly the sources beside it (and it is not turned off)."""
    if os.environ.get("KG_NATIVE", "1") == "0":
        return False
    try:
        return (folder / DIGEST_FILE).read_text(encoding="utf-8").strip() == digest(MODULES)
    except OSError:
        return False


def extend(path: list[str], package: str, *, folder: Path = FOLDER) -> list[str]:
    """``path`` (a package's ``__path__``) with the build's folder for ``package`` first, if the build is fresh.

    The extension modules share one library at the build's top, which joins ``sys.path``.
    """
    if not fresh(folder):
        return path
    if str(folder) not in sys.path:
        sys.path.append(str(folder))
    return [str(folder.joinpath(*package.split("."))), *path]


def active() -> bool:
    """Whether kg runs its compiled build (``kg.pipeline.names`` is an extension module)."""
    from kg.pipeline import names

    return not (names.__file__ or "").endswith(".py")


MYPY_SETTINGS = "[mypy]\nignore_missing_imports = True\n"  # (as setup.cfg's: spaCy has no stubs)
SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="kg-native", ext_modules=mypycify(sys.argv[2:], opt_level="3", multi_file=True, group_name="kg_native"),
      script_args=["build_ext", "--inplace", "-j", sys.argv[1]], zip_safe=False)
"""


def build(folder: Path = FOLDER, *, jobs: int | None = None) -> Path:
    """Compile :data:`MODULES` into ``folder`` (replaced); needs mypyc (the dev extra) and a C compiler."""
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="kg-native-") as tmp:
        work = Path(tmp)
        shutil.copytree(PACKAGE, work / "kg", ignore=shutil.ignore_patterns("_native", "__pycache__", "*.so"))
        compiled = digest(MODULES, root=work)  # (of the sources compiled: an edit made meanwhile is not in the build)
        (work / "mypy.ini").write_text(MYPY_SETTINGS, encoding="utf-8")
        jobs = jobs or os.cpu_count() or 1
        subprocess.run([sys.executable, "-c", SETUP, str(jobs), *MODULES],
                       cwd=work, check=True, stdout=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for lib in sorted([*work.glob("*.so"), *(work / "kg").rglob("*.so")]):  # (not build/'s copies)
            target = folder / lib.relative_to(work)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(lib, target)
    (folder / DIGEST_FILE).write_text(compiled + "\n", encoding="utf-8")
    return folder


def main() -> None:
    """Build, and say where (``make``: ``python -c "from kg.native import main; main()"``)."""
    print(f"kg: compiled {len(MODULES)} modules into {build().relative_to(ROOT)}")
