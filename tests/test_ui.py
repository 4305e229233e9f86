"""The Dagster UI as a person uses it: the asset graph shows every asset and check, and a day launched from it succeeds."""

import json
import os
import re
import shutil
import signal
import socket
import struct
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import duckdb
from playwright.sync_api import Page, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from orchestration.definitions import defs
from tests.conftest import REPO, SEED_FILE, SEED_PARTITION, copy_seed

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]
SCREENSHOTS = Path(__file__).parent / "screenshots"
# Two shared cores: loading the code location and a whole run each take a minute or more.
START_TIMEOUT_S = 300
RUN_TIMEOUT_MS = 300_000


def expected_checks() -> dict[str, list[str]]:
    """Asset name -> its check names, from the definitions themselves."""
    graph = defs().resolve_asset_graph()
    return {
        key.to_user_string(): sorted(check.name for check in graph.asset_check_keys if check.asset_key == key)
        for key in graph.get_all_asset_keys()
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def listening_addresses(port: int) -> set[str]:
    """The local addresses of TCP sockets in LISTEN state (0A) on port, from the kernel's tables, which print
    each 32-bit word of an address in host byte order."""
    addresses = set()
    for table, family in (("tcp", socket.AF_INET), ("tcp6", socket.AF_INET6)):
        for row in Path("/proc/net", table).read_text().splitlines()[1:]:
            _, local, _, state, *_ = row.split()
            address, local_port = local.split(":")
            if state == "0A" and int(local_port, 16) == port:
                packed = b"".join(struct.pack("=I", int(address[i : i + 8], 16)) for i in range(0, len(address), 8))
                addresses.add(socket.inet_ntop(family, packed))
    return addresses


def tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def wait_until_serving(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        assert process.poll() is None, f"dg dev exited with code {process.returncode}"
        try:
            with urllib.request.urlopen(f"{url}/server_info", timeout=5):
                return
        except OSError:
            time.sleep(1)
    raise AssertionError(f"dg dev did not answer on {url} within {START_TIMEOUT_S} s")


def stop(process: subprocess.Popen) -> None:
    """SIGINT to dg dev, which then stops its webserver and daemon, then SIGKILL whatever is left of its group.

    (SIGINT to the whole group at once leaves dg dev waiting on children that already quit.)
    """
    try:
        os.kill(process.pid, signal.SIGINT)
        process.wait(timeout=30)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


@contextmanager
def dagster_dev(tmp_path: Path, warehouse: Path) -> Iterator[str]:
    """`make ui` on a free port with a throwaway instance; any failure inside carries the tail of its output."""
    home, landing = tmp_path / "dagster_home", tmp_path / "landing"
    home.mkdir()
    landing.mkdir()
    shutil.copy(REPO / "dagster_home" / "dagster.yaml", home)
    copy_seed(landing)
    venv_bin = Path(sys.executable).parent
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "WARWIRE_LANDING_DIR": str(landing),
        "WARWIRE_WAREHOUSE": str(warehouse),
        "GX_ANALYTICS_ENABLED": "false",
        # dg expects the project's virtual environment to be the active one.
        "VIRTUAL_ENV": str(venv_bin.parent),
        "PATH": f"{venv_bin}{os.pathsep}{os.environ['PATH']}",
    }
    port, log = free_port(), tmp_path / "dg-dev.log"
    url = f"http://127.0.0.1:{port}"
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(venv_bin / "dg"), "dev", "-h", "127.0.0.1", "-p", str(port)],
            cwd=REPO, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            wait_until_serving(url, process)
            yield url
        except Exception as error:
            raise AssertionError(f"{error}\n--- dg dev output (tail) ---\n{tail(log)}") from error
        finally:
            stop(process)


@contextmanager
def browser_page(base_url: str) -> Iterator[Page]:
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: apt-get install chromium (see .ci/run)"
    expect.set_options(timeout=60_000)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1800, "height": 1200}, base_url=base_url)
            page.set_default_timeout(60_000)
            # A fresh instance greets the first visitor with "Join the Dagster community"; skip it whenever it shows.
            # The next action checks again, should the click not take.
            page.add_locator_handler(page.get_by_role("button", name="Skip", exact=True), lambda skip: skip.click(), no_wait_after=True)
            yield page
        finally:
            browser.close()


def open_asset_graph(page: Page):
    """The global lineage with every group expanded, fitted so that nodes are drawn in full (names, checks row)."""
    page.goto("/asset-groups")
    graph = page.locator("[data-svg-viewport]")
    # More width for the graph (navigation and sidebar folded), and a vertical layout, keep the fitted zoom
    # above the level where Dagster draws nodes as bare, truncated names.
    page.get_by_role("button", name="Hide navigation").click()
    page.get_by_role("button", name="panel_show_right", exact=True).click()  # the sidebar's "Hide sidebar"
    for item in ("Change graph to vertical orientation", "Expand all groups"):  # expanding last re-fits the view
        choose_from_graph_menu(page, graph, item)
    return graph


def choose_from_graph_menu(page: Page, graph, item: str) -> None:
    """The graph's own menu, opened on an empty spot: a node or a group under the pointer (where the layout put
    one) opens a menu of its own, and the community dialog of a fresh instance, dismissed when it shows, closes
    an open menu. So the corners are tried in turn, twice."""
    box = graph.bounding_box()
    corners = [(30, box["height"] - 30), (box["width"] - 30, box["height"] - 30), (30, 30), (box["width"] - 30, 30)]
    entry = page.get_by_role("menuitem", name=re.compile(item))
    for x, y in corners * 2:
        graph.click(button="right", position={"x": x, "y": y})
        try:
            entry.click(timeout=5_000)
            return
        except PlaywrightTimeoutError:
            page.keyboard.press("Escape")
    raise AssertionError(f"no corner of the graph opens a menu with {item!r}")


def assert_graph_shows(page: Page, graph, checks: dict[str, list[str]]) -> None:
    for asset, names in checks.items():
        name_in_node = page.get_by_text(asset.rsplit("/", 1)[-1], exact=True)  # a node shows its key's last part
        node = graph.locator("foreignObject").filter(has=name_in_node)
        expect(node, f"asset {asset} is not drawn in the graph").to_be_visible()
        if names:
            expect(node, f"{asset}: checks row").to_contain_text(re.compile(rf"\d+ / {len(names)} Passed"))
        else:
            expect(node, f"{asset}: checks row").not_to_contain_text("Passed")


def assert_checks_tab_lists(page: Page, asset: str, names: list[str]) -> None:
    page.goto(f"/assets/{asset}?view=checks")
    if not names:
        expect(page.get_by_text("No checks defined for this asset")).to_be_visible()
        return
    expect(page.get_by_text(f"Checks ({len(names)})", exact=True)).to_be_visible()
    for name in names:
        expect(page.get_by_text(name, exact=True).first, f"{asset}: check {name}").to_be_visible()


def launch_partition(page: Page, partition: str) -> None:
    """Materialize all… → one partition → Launch 1 run → the toast's View link to the run page."""
    page.goto("/asset-groups")
    page.get_by_role("button", name="Materialize all").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Show all partitions").click()  # the dialog first offers only the last 90 days
    partitions = dialog.get_by_role("textbox")
    partitions.fill(partition)
    partitions.press("Enter")
    expect(dialog.get_by_text("1 partition", exact=True)).to_be_visible()
    dialog.get_by_role("button", name="Launch 1 run", exact=True).click()
    page.get_by_role("link", name="View", exact=True).click()
    expect(page).to_have_url(re.compile(r"/runs/[0-9a-f-]{36}$"))


def test_ui_shows_the_graph_and_runs_a_day(tmp_path: Path):
    checks = expected_checks()
    assert any(checks.values()), "the definitions hold no asset check"
    seed_id = json.loads(SEED_FILE.read_text(encoding="utf-8").splitlines()[0])["id"]
    warehouse = tmp_path / "warehouse.duckdb"
    SCREENSHOTS.mkdir(exist_ok=True)

    with dagster_dev(tmp_path, warehouse) as url, browser_page(url) as page:
        assert listening_addresses(urlsplit(url).port) == {"127.0.0.1"}, "the webserver must listen on loopback only"
        graph = open_asset_graph(page)
        assert_graph_shows(page, graph, checks)
        page.screenshot(path=SCREENSHOTS / "asset-graph.png")
        for asset, names in checks.items():
            assert_checks_tab_lists(page, asset, names)

        launch_partition(page, SEED_PARTITION)
        expect(page.get_by_text(f"partition: {SEED_PARTITION}")).to_be_visible()
        status = page.get_by_text(re.compile(r"^(Success|Failure|Canceled)$")).first
        expect(status).to_be_visible(timeout=RUN_TIMEOUT_MS)
        expect(status, "the run did not succeed").to_have_text("Success")
        page.screenshot(path=SCREENSHOTS / "run-success.png")

        with duckdb.connect(str(warehouse), read_only=True) as con:
            article_ids = {row[0] for row in con.execute("SELECT article_id FROM articles").fetchall()}
        assert seed_id in article_ids
