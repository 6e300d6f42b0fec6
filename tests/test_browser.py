"""The explorer in a real headless Chromium (Debian's package), with every network request aborted."""

from __future__ import annotations

import re
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
    records = [extract_doc(nlp(read_text(p)), source=p.name) for p in iter_inputs([sample_dir()])]
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


def page_data(page):
    return page.evaluate("JSON.parse(document.getElementById('kg-data').textContent)")


def focus_by_search(page, node):
    """Type a node's name in the search box and click its result, as a user does."""
    page.fill("#search", node["label"])
    exact = re.compile(f"^{re.escape(node['label'])} · {node['type']}$")
    page.locator("#results div", has_text=exact).first.dispatch_event("mousedown")
    assert page.evaluate("window.kg.state.focus") == node["id"]


def test_browser_focus_then_source_filter_compose_and_reset_clears_both(browser, sample_page):
    page, errors, _ = open_page(browser, sample_page)
    data = page_data(page)
    node = next(n for n in data["nodes"] if len(n["sources"]) == 1 and n["type"] == "ORG")
    focus_by_search(page, node)
    assert page.text_content("#panel h2") == node["label"]
    assert page.evaluate("window.kg.view.get().filter(n => n.opacity < 1).length") > 0
    other = next(i for i in range(len(data["sources"])) if i not in node["sources"])
    page.select_option("#sourceFilter", str(other))  # the focused node is filtered out: its focus goes too
    assert page.evaluate("window.kg.state.focus") is None
    assert page.evaluate("window.kg.view.get().filter(n => n.opacity !== undefined && n.opacity < 1).length") == 0
    assert page.locator("#panel .hint").count() == 1
    assert 0 < page.evaluate("window.kg.view.length") < len(data["nodes"])
    page.click("#reset")
    assert page.evaluate("window.kg.view.length") == len(data["nodes"])
    assert page.input_value("#sourceFilter") == "" and page.evaluate("window.kg.state.focus") is None
    assert errors == []


def test_browser_focus_survives_a_filter_that_keeps_the_node(browser, sample_page):
    page, _, _ = open_page(browser, sample_page)
    node = next(n for n in page_data(page)["nodes"] if n["type"] == "ORG" and n["value"] > 2)
    focus_by_search(page, node)
    page.uncheck(".type-filter[value=DOC]")
    assert page.text_content("#panel h2") == node["label"] and page.evaluate("window.kg.state.focus") == node["id"]
    assert page.evaluate("window.kg.view.get().filter(n => n.opacity < 1).length") > 0
    assert not any(n.startswith("DOC:") for n in page.evaluate("window.kg.view.getIds()"))


def test_browser_search_results_walk_with_arrow_keys_and_enter(browser, sample_page):
    page, errors, _ = open_page(browser, sample_page)
    page.fill("#search", "巡察")
    items = page.locator("#results div")
    assert items.count() >= 3 and page.get_attribute("#results div >> nth=0", "aria-selected") == "true"
    page.press("#search", "ArrowDown")
    page.press("#search", "ArrowDown")
    third = items.nth(2).text_content().rsplit(" · ", 1)[0]
    assert items.nth(2).get_attribute("class") == "active"
    page.press("#search", "ArrowUp")
    page.press("#search", "ArrowDown")
    page.press("#search", "Enter")
    assert page.text_content("#panel h2") == third
    assert not page.is_visible("#results")
    assert errors == []


def test_browser_time_filter_hides_what_is_dated_outside_the_range_and_undated_on_a_toggle(browser, sample_page):
    page, errors, _ = open_page(browser, sample_page)
    data = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent)")
    first, last = data["years"]
    assert first < last
    page.locator("#yearTo").fill(str(first))
    visible = set(page.evaluate("window.kg.view.getIds()"))
    expected = {n["id"] for n in data["nodes"] if not n["years"] or first in n["years"]}
    assert visible == expected and len(visible) < len(data["nodes"])
    assert page.text_content("#yearLabel") == str(first)
    page.uncheck("#undated")
    assert set(page.evaluate("window.kg.view.getIds()")) == {n["id"] for n in data["nodes"] if first in n["years"]}
    edges = set(page.evaluate("window.kg.edgeView.getIds()"))
    assert edges == {e["id"] for e in data["edges"] if first in e["years"] and e["from"] in visible and e["to"] in visible}
    assert errors == []


def test_browser_mechanisms_table_sorts_and_a_row_focuses_its_mechanism(browser, nlp, tmp_path):
    texts = {"a.txt": "天水市建立巡察反馈机制\n发布时间：2023-03-08\n天水市纪委监委建立“三反馈”机制。",
             "b.txt": "定西市纪委监委工作动态\n发布时间：2024-05-10\n定西市纪委监委建立“三反馈”工作机制。"
                      "定西市纪委监委建立“双反馈”机制。"}
    path = tmp_path / "graph.html"
    write_html(build_graph([extract_doc(nlp(t), source=name) for name, t in texts.items()]), path)
    page, errors, _ = open_page(browser, path)
    page.click("#tabMechanisms")
    assert page.is_visible("#mechView") and not page.is_visible("#graph")
    rows = lambda: page.eval_on_selector_all("#mechRows tr", "rs => rs.map(r => [...r.cells].map(c => c.textContent))")  # noqa: E731
    assert rows()[0] == ["三反馈工作机制", "2", "2", "2", "2023-03-08"]  # most regions first
    page.click("#mechHead th[data-key=first_seen] button")
    assert [r[4] for r in rows()] == sorted(r[4] for r in rows())
    page.click("#mechHead th[data-key=first_seen] button")
    assert [r[4] for r in rows()] == sorted((r[4] for r in rows()), reverse=True)
    assert page.get_attribute("#mechHead th[data-key=first_seen]", "aria-sort") == "descending"
    page.click("#mechRows tr >> text=双反馈机制")
    assert page.is_visible("#graph") and page.text_content("#panel h2") == "双反馈机制"
    assert page.evaluate("window.kg.network.getSelectedNodes()") == ["MECH:双反馈"]
    assert errors == []


IN_VIEW = """(() => {
  const n = window.kg.network, c = document.querySelector('#graph canvas');
  const a = n.DOMtoCanvas({x: 0, y: 0}), b = n.DOMtoCanvas({x: c.clientWidth, y: c.clientHeight});
  return Object.entries(n.getPositions()).filter(([, p]) => p.x >= a.x && p.x <= b.x && p.y >= a.y && p.y <= b.y)
    .map(([id]) => id);
})()"""


def test_browser_labels_of_the_best_connected_first_and_the_rest_as_you_zoom_in(browser, sample_page):
    page, errors, _ = open_page(browser, sample_page)
    page.wait_for_function("() => window.kg.labelled().length > 0")
    values = {n["id"]: n["value"] for n in page_data(page)["nodes"]}
    labelled = set(page.evaluate("window.kg.labelled()"))
    assert 0 < len(labelled) < len(values) and page.evaluate("window.kg.labelPx") >= 12  # px on screen, any zoom
    assert min(values[n] for n in labelled) >= max(v for n, v in values.items() if n not in labelled)
    # (a layout still settling on a loaded machine ends by fitting the graph to the window, undoing the zoom below, so
    # the wait ran out: settle it first, as a user's zoom would find it settled)
    page.evaluate("window.kg.network.stopSimulation(); window.kg.network.setOptions({physics: false})")
    page.evaluate("window.kg.network.moveTo({scale: 1.5})")
    # the labels follow on a later frame: wait for it (a fixed wait failed on a loaded machine); a stabilisation
    # that ends late fits the graph back to the window even so, so the wait zooms in again whenever it finds that.
    # Each try draws a frame itself (vis-network's redraw is synchronous) and reads the view and the labels of that
    # same frame, so nodes still moving between two reads cannot fail it.
    # (zoomed in around an empty part of the layout, no node is in view: the wait centres the view on a node then)
    seen = page.wait_for_function("() => { const n = window.kg.network; if (n.getScale() < 1.4) { n.moveTo({scale: "
                                  "1.5}); return false; } n.redraw(); const now = window.kg.labelled(); const view = "
                                  + IN_VIEW + "; if (view.length === 0) { const p = Object.values(n.getPositions());"
                                  " n.moveTo({scale: 1.5, position: p[0]}); return false; } const labels = new Set(now);"
                                  " return view.every(id => labels.has(id)) ? {view: view, now: now} : false; }",
                                  timeout=60_000)
    found = seen.json_value()
    in_view, now = set(found["view"]), set(found["now"])
    assert in_view and in_view <= now and now - labelled  # every node in view, also the less connected
    assert errors == []


def test_browser_panel_shows_a_source_by_its_title_and_file_name(browser, sample_page):
    page, _, _ = open_page(browser, sample_page)
    data = page_data(page)
    node = next(n for n in data["nodes"] if n["type"] == "DOC")
    focus_by_search(page, node)
    source = data["sources"][node["sources"][0]]
    assert source["name"] != source["path"] and source["path"].endswith(".txt") and "/" not in source["path"]
    assert page.text_content("#panel .sources .source-title") == source["name"]
    assert page.text_content("#panel .sources .source-path").startswith(source["path"])


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


def test_browser_big_page_draws_its_nodes_first_then_every_edge(browser, tmp_path):
    import networkx as nx

    G = nx.MultiDiGraph()
    G.add_node("src:0", kind="source", type="SOURCE", name="来源", path="a.txt", sha256="0" * 64, date="2024-01-02")
    names = [f"ORG:机构{i}" for i in range(400)]
    for n in names:
        G.add_node(n, kind="entity", type="ORG", name=n[4:], aliases=[n[4:]], subtype="", generic=False, region="",
                   sources=["src:0"], mentions=1)
    for j in range(2100):
        G.add_edge(names[j % 400], names[(j % 400 + j // 400 + 1) % 400], key=f"k{j}", relation="COOPERATES_WITH", source="src:0",
                   sentence="句子。", start=0, end=3, date="2024")
    path = tmp_path / "big.html"
    write_html(G, path)
    page, errors, _ = open_page(browser, path)
    page.wait_for_function("() => window.kgAllEdges !== undefined", timeout=60_000)
    assert page.evaluate("window.kgAllEdges >= window.kgFirstDraw")
    edges = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).edges.length")
    assert page.evaluate("window.kg.edgeView.length") == edges > 2000
    assert errors == []
