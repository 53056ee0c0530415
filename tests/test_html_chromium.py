"""Render the HTML report in headless Chromium and check the highlights really show.

Needs Debian's `chromium` (CI installs it: `apt-get install -y chromium`). A probe script is
appended to a copy of the report: it clicks a quote and records, per highlight, its computed
background colour and on-screen size; Chromium's --dump-dom then shows what the browser built.
"""

from __future__ import annotations

import html.parser
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from check_helpers import SEED_000, SEED_003, seed_000, seed_003

from provenance.check import check_documents
from provenance.config import Config
from provenance.document import read_document
from provenance.report import render

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium is not installed (apt-get install -y chromium)"),
]

PROBE = """
<script>
(function () {
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.q'));
  var amiri = marks.filter(function (m) { return m.getAttribute('data-speaker') === 'hadi al-amiri'; })[0];
  amiri.click();
  var out = {
    ready: document.body.getAttribute('data-ready'),
    details: document.getElementById('details-body').textContent,
    active: document.querySelectorAll('mark.q.active').length,
    marks: marks.map(function (m) {
      var r = m.getBoundingClientRect();
      return {q: m.getAttribute('data-q'), speaker: m.getAttribute('data-speaker'),
              bg: getComputedStyle(m).backgroundColor, w: r.width, h: r.height};
    })
  };
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


class _Probe(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self._in = False
        self.text = ""

    def handle_starttag(self, tag, attrs) -> None:
        self._in = tag == "pre" and ("id", "probe") in attrs

    def handle_endtag(self, tag) -> None:
        self._in = False

    def handle_data(self, data) -> None:
        if self._in:
            self.text += data


def chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> tuple[Path, int]:
    docs = [read_document(str(SEED_000)), read_document(str(SEED_003))]
    results = [seed_000(docs[0]), seed_003(docs[1])]
    run = check_documents(docs, [Config(), Config()], results=results)
    folder = tmp_path_factory.mktemp("html")
    page = render(run, "html").replace("</body>", PROBE + "</body>")
    path = folder / "report.html"
    path.write_text(page, encoding="utf-8")
    return path, sum(len(r.quotes) for r in results)


def test_highlights_render_in_chromium(report: tuple[Path, int], tmp_path: Path) -> None:
    path, n_quotes = report
    proc = chromium(["--window-size=1280,2000", "--dump-dom", path.as_uri()], tmp_path / "profile")
    parser = _Probe()
    parser.feed(proc.stdout)
    assert parser.text, f"no probe output; chromium said: {proc.stderr[-2000:]}"
    probe = json.loads(parser.text)
    marks = probe["marks"]
    # The report's own script ran and saw every highlight.
    assert probe["ready"] == str(len(marks))
    assert len({m["q"] for m in marks}) == n_quotes
    # Every highlight is visible and coloured; speakers get different colours.
    assert all(m["w"] > 0 and m["h"] > 0 for m in marks)
    assert all(m["bg"] not in ("rgba(0, 0, 0, 0)", "transparent") for m in marks)
    colour = {m["speaker"]: m["bg"] for m in marks}
    assert colour["hadi al-amiri"] != colour["the iraqi presidency"]
    # Clicking a quote shows its speaker, anonymity and via, and lights up that speaker's quotes.
    assert "Hadi Al-Amiri" in probe["details"] and "named" in probe["details"] and "Al-Sumaria News" in probe["details"]
    assert probe["active"] == sum(1 for m in marks if m["speaker"] == "hadi al-amiri")


def test_report_screenshot(report: tuple[Path, int], tmp_path: Path) -> None:
    path, _ = report
    shot = tmp_path / "report.png"
    proc = chromium(["--window-size=1280,1600", f"--screenshot={shot}", path.as_uri()], tmp_path / "profile")
    assert shot.is_file(), proc.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


NARROW_PROBE = """
<script>
(function () {
  var panel = document.getElementById('details');
  var out = {
    position: getComputedStyle(panel).position,
    panelWidth: panel.getBoundingClientRect().width,
    viewport: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    index: document.querySelectorAll('nav.index tbody tr').length
  };
  var pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();
</script>
"""


def _artifacts(tmp_path: Path) -> Path:
    # CI keeps screenshots when PROVENANCE_TEST_ARTIFACTS names a folder; locally they go to tmp.
    folder = Path(os.environ.get("PROVENANCE_TEST_ARTIFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_narrow_screen_layout(report: tuple[Path, int], tmp_path: Path) -> None:
    path, _ = report
    page = path.read_text(encoding="utf-8").replace(PROBE, NARROW_PROBE)
    narrow = tmp_path / "narrow.html"
    narrow.write_text(page, encoding="utf-8")
    proc = chromium(["--window-size=420,900", "--dump-dom", narrow.as_uri()], tmp_path / "profile")
    parser = _Probe()
    parser.feed(proc.stdout)
    assert parser.text, f"no probe output; chromium said: {proc.stderr[-2000:]}"
    probe = json.loads(parser.text)
    # the details panel joins the flow instead of covering the text, and nothing scrolls sideways
    assert probe["position"] == "sticky"
    assert probe["panelWidth"] <= probe["viewport"]
    assert probe["scrollWidth"] <= probe["viewport"] + 1
    assert probe["index"] == 2  # the two seed articles in the index
    shot = _artifacts(tmp_path) / "report-narrow.png"
    chromium(["--window-size=420,900", f"--screenshot={shot}", narrow.as_uri()], tmp_path / "profile2")
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
