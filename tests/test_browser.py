"""The explorer in a real headless Chromium (Debian's package), with every network request aborted."""

from __future__ import annotations

import shutil

import pytest

from kg.extract import extract_doc
from kg.graph import build_graph
from kg.io import iter_inputs, read_text, sample_dir
from kg.readwrite.html import write_html

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright_api = pytest.importorskip("playwright.sync_api")
if CHROMIUM is None:  # pragma: no cover - the Makefile installs chromium
    pytest.skip("chromium is not installed (apt-get install chromium fonts-noto-cjk)", allow_module_level=True)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def open_page(browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors, requests = [], []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))

    def route(r):
        requests.append(r.request.url)
        (r.continue_() if r.request.url.startswith("file://") else r.abort())

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_selector("#graph canvas")
    return page, errors, requests


@pytest.fixture(scope="module")
def sample_page(nlp, tmp_path_factory):
    records = [extract_doc(nlp(read_text(p)), source=str(p)) for p in iter_inputs([sample_dir()])]
    path = tmp_path_factory.mktemp("html") / "graph.html"
    write_html(build_graph(records), path)
    return path


def test_browser_page_draws_offline_without_errors(browser, sample_page):
    page, errors, requests = open_page(browser, sample_page)
    page.wait_for_timeout(500)
    assert errors == []
    assert all(url.startswith("file://") for url in requests)
    assert page.evaluate("document.querySelector('#graph canvas').width") > 0
    page.screenshot(path=str(sample_page.with_suffix(".png")))
    assert sample_page.with_suffix(".png").stat().st_size > 10_000


def test_browser_search_focuses_a_node_and_shows_evidence(browser, sample_page):
    page, errors, _ = open_page(browser, sample_page)
    page.fill("#search", "巡察")
    page.wait_for_selector("#results div")
    page.press("#search", "Enter")
    heading = page.text_content("#panel h2")
    assert "巡察" in heading
    assert page.locator("#panel li mark").count() >= 1
    assert errors == []


def test_browser_type_filter_hides_nodes(browser, sample_page):
    page, _, _ = open_page(browser, sample_page)
    before = page.evaluate("window.kg.view.length")
    page.uncheck(".type-filter[value=ORG]")
    after = page.evaluate("window.kg.view.length")
    orgs = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).counts.entities.ORG")
    assert before - after == orgs > 0


def test_browser_hostile_names_run_no_script(browser, nlp, tmp_path):
    text = ("天水市委巡察办印发《<img src=x onerror=window.pwned=1>办法》，"
            "建立“</script><script>window.pwned=2</script>”机制。")
    path = tmp_path / "hostile.html"
    write_html(build_graph([extract_doc(nlp(text), source="<b>x</b>.txt")]), path)
    page, errors, _ = open_page(browser, path)
    dialogs = []
    page.on("dialog", lambda d: dialogs.append(d.message))
    page.fill("#search", "img")
    page.press("#search", "Enter")
    page.wait_for_timeout(200)
    assert page.evaluate("window.pwned") is None
    assert page.evaluate("document.querySelectorAll('img, b').length") == 0
    assert "<img" in page.text_content("#panel h2")
    assert dialogs == [] and errors == []


def test_browser_diff_page_lists_the_changes_and_a_row_focuses_its_nodes(browser, nlp, tmp_path):
    from kg.diff import diff_graphs
    from kg.readwrite.diff_html import write_diff_html

    old = build_graph([extract_doc(nlp("天水市委印发《巡察规划》。"), source="a.txt")])
    new = build_graph([extract_doc(nlp("天水市委印发《巡察规划》，建立“三反馈”机制。"), source="a.txt")])
    path = tmp_path / "diff.html"
    write_diff_html(old, new, diff_graphs(old, new), path)
    page, errors, requests = open_page(browser, path)
    assert page.locator("#rows tr").count() == 3
    page.locator("#rows tr", has_text="ESTABLISHED").click()
    assert sorted(page.evaluate("window.kgDiff.network.getSelectedNodes()")) == ["MECH:三反馈", "ORG:天水市委"]
    assert page.locator("#rows tr.active td").nth(2).text_content() == "天水市委 → 三反馈机制"
    assert errors == [] and all(url.startswith("file://") for url in requests)
