"""Shared fixtures: one store built from the data mirror per test session.

The mirror is `LATITUDE_MIRROR`, else `../shared/data` beside the repository. Tests that need
no real data make their own small synthetic data instead.

Tiers: every test gets one marker from the fixtures it uses (`pytest -m unit` is the fast tier):
`browser` (Chromium), `spark` (a local PySpark session), `mirror` (the real data mirror or the
store built from it), otherwise `unit`. A test may also carry its marker explicitly: `model` marks a
refit of a committed model file from the labelled sets (no mirror, but many seconds of CPU, so it
runs in the full suite and not in the fast tier).
"""
from __future__ import annotations

import fcntl
import gc
import multiprocessing
import os
import platform
import shutil
from collections.abc import Callable
from pathlib import Path

# The committed model files are fit with OpenBLAS's Haswell kernels; the tests that refit them compare bytes, and
# on an AVX-512 CPU OpenBLAS's own pick differs in the last bits (`latitude.coding.build.pin_blas_kernel`). The
# kernel is chosen when NumPy loads, so this comes before any import of it (the Makefile exports it too; x86-64 only).
if platform.machine() in ("x86_64", "AMD64"):
    os.environ.setdefault("OPENBLAS_CORETYPE", "Haswell")

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# The cyclic garbage collector runs a young-generation pass every 700 new container objects by default, and a full
# pass over every live object (the coder's and the claim finder's tables, the imported modules: about 860,000 in a
# worker of the unit tier) every hundred of those: about 5 s of the unit tier's 90 s of CPU on one worker, 19 full
# passes. A young pass every 50,000 frees the same cyclic garbage later and in fewer passes (a test's results do not
# depend on when, and nothing it asserts waits for a collection), in every pytest process, the xdist workers included.
gc.set_threshold(50_000, 10, 10)

TIERS = ("browser", "spark", "mirror", "model", "unit")
# fixtures that put a test in a tier (checked in this order; the first match wins)
TIER_FIXTURES = {
    "browser": {"browser", "chromium_path"},
    "spark": {"spark", "spark_backend", "spark_session"},
    "mirror": {"mirror", "raw_dir", "store_path", "store_con", "writable_store", "gold_folder"},
}


def pytest_configure(config: pytest.Config) -> None:
    """Under pytest-xdist, hand out the work in the order set below (xdist would otherwise put the
    largest groups first), and rewrite the test modules' asserts once before the workers start."""
    if hasattr(config.option, "loadscopereorder"):
        config.option.loadscopereorder = False
    workers = getattr(config.option, "numprocesses", None)
    if workers and not hasattr(config, "workerinput") and config.getoption("assertmode") == "rewrite":
        _rewrite_test_modules_once(config, min(int(workers), os.cpu_count() or 1))


# The private functions of pytest 8's assertion rewriter that the step below calls.
_PYTEST_REWRITE_HELPERS = ("PYC_TAIL", "_read_pyc", "_rewrite_test", "_write_pyc", "get_cache_dir", "try_makedirs")


def _rewrite_test_modules_once(config: pytest.Config, processes: int) -> None:
    """Write pytest's cache of the rewritten test modules (`__pycache__/*-pytest-*.pyc`) for the files
    it lacks or holds stale, in `processes` forked processes.

    Each xdist worker imports every test module, and rewriting their asserts costs about 7 s of one
    core (2 s of it `test_plover_news.py`): on a clean clone, or under PYTHONDONTWRITEBYTECODE (which
    stops pytest writing that cache), both workers paid it on every run. Pytest's own functions make
    the code and check the cache (the source's mtime and size), so a worker reads what it would have
    written itself.
    """
    from _pytest.assertion import rewrite

    if not all(hasattr(rewrite, name) for name in _PYTEST_REWRITE_HELPERS):
        return  # a pytest release that moved its private helpers only loses the saving: each worker rewrites
    from _pytest.assertion.rewrite import PYC_TAIL, _read_pyc, get_cache_dir
    from _pytest.pathlib import fnmatch_ex

    patterns = config.getini("python_files")
    paths = [
        path for path in Path(__file__).resolve().parent.rglob("*.py")
        if path.name == "conftest.py" or any(fnmatch_ex(pattern, path) for pattern in patterns)
    ]
    stale = [path for path in paths if _read_pyc(path, get_cache_dir(path) / (path.name[:-3] + PYC_TAIL)) is None]
    stale.sort(key=lambda path: path.stat().st_size, reverse=True)
    # fork: the children share the configuration (the rewriter reads its ini options) without pickling it
    context = multiprocessing.get_context("fork")
    children = [context.Process(target=_rewrite_files, args=(config, stale[i::processes])) for i in range(processes)]
    for child in children:
        child.start()
    for child in children:
        child.join()


def _rewrite_files(config: pytest.Config, paths: list[Path]) -> None:
    """Rewrite `paths` and write each one's cache as pytest's import hook would (one forked process's share)."""
    from _pytest.assertion import assertstate_key
    from _pytest.assertion.rewrite import PYC_TAIL, _rewrite_test, _write_pyc, get_cache_dir, try_makedirs

    state = config.stash[assertstate_key]
    for path in paths:
        cache_dir = get_cache_dir(path)
        try:
            source_stat, code = _rewrite_test(path, config)
        except SyntaxError:
            continue  # left to the worker that imports it, which reports it as a collection error
        if try_makedirs(cache_dir):
            _write_pyc(state, code, source_stat, cache_dir / (path.name[:-3] + PYC_TAIL))


# Run order (under `make test`'s two xdist workers, --dist loadgroup): the Spark group first, so one
# worker starts the JVM and runs the Spark tests on synthetic data while the other builds the
# mirror's store (the first test that needs the store builds it, about 75 s). The Spark tests on
# the store must wait for it, so the Spark group holds the unit tier (no store, about 45 s of CPU)
# between its synthetic and its store tests: that worker runs them while the store is built
# instead of waiting idle. Then the browser group (one unit of work, handed out early so it cannot
# be the last thing a worker does) and the model refits (long single tests, early for the same
# reason), the mirror tests that share a module-scoped fixture (one group per module, so that
# fixture, e.g. a parsed raw vote file, is made once and not once per worker), and last the other
# mirror tests, whose many short tests fill in whichever worker finishes its share first.
ORDER = {"spark": 0, "unit": 1, "browser": 3, "model": 3, "mirror": 5}


def _module_fixtures(item: pytest.Item) -> bool:
    """Whether the test uses a fixture made once per module (or class or package)."""
    info = getattr(item, "_fixtureinfo", None)
    defs = info.name2fixturedefs.values() if info is not None else ()
    return any(chain and chain[-1].scope in ("module", "class", "package") for chain in defs)


def _rank(item: pytest.Item) -> int:
    tier = next(t for t in ORDER if item.get_closest_marker(t))
    if tier == "spark" and "store_con" in getattr(item, "fixturenames", ()):
        return 2
    if tier == "mirror" and _module_fixtures(item):
        return 4
    return ORDER[tier]


# tryfirst: xdist's own hook reads the xdist_group markers, so they must be there before it runs
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark each test with its tier unless it already carries one; put the Spark tests in one
    xdist group (one worker, one Spark session) and the browser tests in another (one Chromium).
    When the run has Spark tests, the unit tier joins the Spark group; the mirror tests that share
    a module-scoped fixture form one group per module (see the run order above)."""
    for item in items:
        if any(item.get_closest_marker(tier) for tier in TIERS):
            continue
        used = set(getattr(item, "fixturenames", ()))
        tier = next((t for t, names in TIER_FIXTURES.items() if used & names), "unit")
        item.add_marker(getattr(pytest.mark, tier))
    items.sort(key=_rank)
    with_spark = any(item.get_closest_marker("spark") for item in items)
    for item in items:
        for group in ("spark", "browser", "unit"):
            if item.get_closest_marker(group):
                if group != "unit" or with_spark:
                    item.add_marker(pytest.mark.xdist_group("spark" if group == "unit" else group))
                break
        else:
            if _rank(item) == 4:
                item.add_marker(pytest.mark.xdist_group(item.nodeid.split("::", 1)[0]))


@pytest.hookimpl(trylast=True)
def pytest_collection_finish(session: pytest.Session) -> None:
    """Warn when pytest-xdist did not put the grouped tests in their groups (it marks each grouped
    test's id with `@group`; on pytest 9.2 it cannot, pytest-xdist issue #1386), so the Spark tests
    would run in two Spark sessions at once, far slower."""
    if not getattr(session.config.option, "loadgroup", False):
        return
    lost = [item.nodeid for item in session.items
            if item.get_closest_marker("xdist_group") and "@" not in item.nodeid.rsplit("::", 1)[-1]]
    if lost:
        import warnings

        warnings.warn(pytest.PytestWarning(
            f"pytest-xdist did not group {len(lost)} tests (e.g. {lost[0]}): the Spark tests run in two "
            "sessions at once; install the test extra (pip install -e '.[test]': pytest below 9.2)"))


def shared_once(factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]) -> Path:
    """A folder made once per test run: by this process, or under pytest-xdist by the first worker
    to get there while the others wait (so the mirror's store is built once, not once per worker)."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        path = factory.mktemp(name)
        make(path)
        return path
    root = factory.getbasetemp().parent          # this run's folder, shared by its workers
    path, done = root / name, root / f"{name}.done"
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not done.exists():
                shutil.rmtree(path, ignore_errors=True)
                path.mkdir()
                make(path)
                done.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return path


def mirror_path() -> Path:
    return Path(os.environ.get("LATITUDE_MIRROR") or REPO.parent / "shared" / "data").resolve()


@pytest.fixture(scope="session")
def mirror() -> Path:
    path = mirror_path()
    if not (path / "README.md").exists():
        pytest.fail(f"data mirror not found at {path}: set LATITUDE_MIRROR")
    return path


@pytest.fixture(scope="session", autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep tests away from the user's own store and raw files."""
    home = tmp_path_factory.mktemp("latitude_home")
    os.environ["LATITUDE_HOME"] = str(home)
    os.environ.pop("LATITUDE_STORE", None)
    os.environ.pop("LATITUDE_RAW", None)
    os.environ["LATITUDE_MIRROR"] = str(mirror_path())


@pytest.fixture(scope="session")
def raw_dir(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """Every source's files, fetched once from the mirror and verified."""
    from latitude import build

    return shared_once(tmp_path_factory, "raw", lambda raw: build.pull(mirror=mirror, raw=raw))


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory, raw_dir: Path, mirror: Path) -> Path:
    """A store with every source loaded from the mirror, built once per session."""
    from latitude import build, store

    def make(folder: Path) -> None:
        con = store.connect(folder / "latitude.duckdb")
        build.build(con, mirror=mirror, raw=raw_dir, show_progress=False)
        con.close()

    return shared_once(tmp_path_factory, "store", make) / "latitude.duckdb"


@pytest.fixture(scope="session")
def store_con(store_path: Path):
    """Read-only connection to the session store (do not write through it)."""
    from latitude import store

    con = store.connect(store_path, read_only=True)
    yield con
    con.close()


@pytest.fixture()
def writable_store(store_path: Path, tmp_path: Path) -> Path:
    """A private copy of the session store for tests that write or break things."""
    target = tmp_path / "copy.duckdb"
    shutil.copyfile(store_path, target)
    return target


# The JVM options of the test session's Spark driver: the client JIT compiler alone and the serial
# collector. Measured on the heaviest Spark test bodies (two Spark verbs and two precompute
# expressions on the mirror's store, 2 shared cores): 39 s against 80-100 s with the JVM's defaults.
# With the client compiler alone, OpenJDK 17 reserves 48 MB for compiled code; a clean CI run on
# 2026-12-05 filled it ("java.lang.VirtualMachineError: Out of space in CodeCache for adapters") and
# every later Spark test failed, so the cache gets the 240 MB the JVM's default (tiered) mode reserves.
SPARK_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:ReservedCodeCacheSize=240m"
# Spark compiles a class for each operator and expression of a plan it runs (Janino) and keeps the last
# 100 in a cache keyed by their source. The Spark tests' plans make about 1,000 distinct classes in a run,
# so a test compiled again what the tests before it had evicted (1,554 compilations in the 22 store tests'
# bodies against 978 with a cache that holds them all: docs/testing.md, perf57). The same source gives the
# same class, so only the compile work changes.
SPARK_CODEGEN_CACHE = 2000


@pytest.fixture(scope="session")
def spark_session():
    """One local Spark session for the whole test run (2 cores, 2 shuffle partitions); skips
    with the reason when PySpark or a Java runtime is missing."""
    pytest.importorskip("pyspark", reason="PySpark is not installed (pip install -e '.[test]')")
    if shutil.which("java") is None:
        pytest.skip("no Java runtime for Spark (apt-get install default-jre-headless)")
    from latitude import engine

    before = os.environ.get("PYSPARK_SUBMIT_ARGS")
    if before is None:       # read when the JVM starts; a user's own setting wins
        os.environ["PYSPARK_SUBMIT_ARGS"] = (f'--driver-java-options "{SPARK_JAVA_OPTIONS}" '
                                             f'--conf spark.sql.codegen.cache.maxEntries={SPARK_CODEGEN_CACHE} pyspark-shell')
    try:
        session = engine.local_session(master="local[2]", driver_memory="2g", shuffle_partitions=2)
    finally:
        if before is None:
            os.environ.pop("PYSPARK_SUBMIT_ARGS", None)
    yield session
    session.stop()


# The store tables the measures under test read on Spark (tests/engines, tests/test_engine.py) beside
# the dyad-year verbs' tables and the stored dimension tables (read first, as every front-end does).
SPARK_MEASURE_TABLES = (
    "cow_trade_national", "dots_flows", "comtrade_totals", "wdi_gdp", "un_votes", "un_roll_calls",
    "sipri_tiv", "sipri_deliveries", "comtrade_flows", "critical_minerals_exports", "critical_minerals_products",
    "events",
)  # fmt: skip


@pytest.fixture(scope="session")
def spark_backend(store_con, spark_session, tmp_path_factory):
    """The session store's tables on PySpark, copied once per test run through Parquet and shared
    by every Spark test that reads the mirror's store."""
    from latitude import engine

    tables = (*SPARK_MEASURE_TABLES, *engine.DYAD_TABLES, *engine.STORED_TABLES)
    return engine.spark_backend(store_con, tables=tables, session=spark_session,
                                workdir=tmp_path_factory.mktemp("spark_tables"))


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def chromium_path() -> str:
    """Debian's headless Chromium; skips with the reason when it or Playwright is absent."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("headless Chromium is not installed (apt-get install chromium)")
    pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    return path


@pytest.fixture(scope="module")
def browser(chromium_path: str):
    """That Chromium driven by Playwright (never a browser download), one per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def artifacts() -> Path:
    folder = REPO / "artifacts"
    folder.mkdir(exist_ok=True)
    return folder
