#!/usr/bin/env python3
"""The HTML report as an editor uses it, in headless Chromium driven by Selenium.

    tests/report/html_browser_interaction.py build/src/claimcheck

- keyboard: Tab from the top of the page reaches every filter and every finding card (a
  focusable element inside it), and what has the focus shows it (a 3px outline);
- print: the page printed to PDF (Chromium's print, as Ctrl-P) holds every card's message,
  and not the filter's controls (pdftotext reads the PDF);
- right to left: an excerpt that starts in Hebrew is laid out right to left (computed
  `direction`), one in English left to right, and a claim's reading stays left to right.

Exits 77 (ctest: skipped), saying why, where Chromium, chromedriver, Selenium or pdftotext
is missing (scripts/install-deps installs them: chromium chromium-driver
python3-selenium poppler-utils).
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SKIP = 77

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.keys import Keys
except ImportError:  # reported by main()
    webdriver = None

# Made up for this test: a sentence that opens in Hebrew around a figure the headline
# contradicts (a decimal slip), so its excerpt is in a finding card.
RTL_ARTICLE = (
    "Orvane Stock Rises 25% on New Product\n\n"
    "\u05d4\u05de\u05e0\u05d9\u05d4 \u05e2\u05dc\u05ea\u05d4: Orvane's stock rose 2.5%, reflecting tailwinds.\n"
)


def claimcheck_report(binary: str, work: Path) -> tuple[Path, dict]:
    """The samples and the right-to-left article, as an HTML page and as JSON."""
    (work / "rtl-orvane.txt").write_text(RTL_ARTICLE, encoding="utf-8")
    samples = ROOT / "samples"
    args = ["check", "--config", str(samples / ".claimcheck.json"), str(samples), str(work / "rtl-orvane.txt")]
    page = work / "report.html"
    subprocess.run([binary, *args, "--format", "html", "-o", str(page)], check=False, timeout=120)
    report = subprocess.run([binary, *args, "--format", "json"], check=False, timeout=120, capture_output=True,
                            text=True)
    return page, json.loads(report.stdout)


class Report(unittest.TestCase):
    binary = ""

    @classmethod
    def setUpClass(cls) -> None:
        cls.tmp = tempfile.TemporaryDirectory()
        work = Path(cls.tmp.name)
        cls.page, cls.json = claimcheck_report(cls.binary, work)
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        # --no-sandbox: the tests may run as root (CI containers), where the sandbox refuses to start.
        for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                    "--window-size=1280,1024", f"--user-data-dir={work / 'profile'}"):
            options.add_argument(arg)
        cls.driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        cls.driver.set_page_load_timeout(120)
        cls.driver.get(cls.page.as_uri())

    @classmethod
    def tearDownClass(cls) -> None:
        cls.driver.quit()
        cls.tmp.cleanup()

    def test_tab_reaches_every_filter_and_card_with_a_visible_focus(self) -> None:
        d = self.driver
        d.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
        body = d.find_element("tag name", "body")
        body.send_keys(Keys.TAB)
        reached_filters, reached_cards, invisible = set(), set(), []
        cards = d.execute_script("return document.querySelectorAll('article.finding').length")
        self.assertEqual(cards, len(self.json["findings"]))
        for _ in range(2000):
            seen = d.execute_script("""
                const el = document.activeElement;
                if (!el || el === document.body) return null;
                const style = getComputedStyle(el);
                const card = el.closest('article.finding');
                return {tag: el.tagName, id: el.id, card: card ? card.id : '',
                        filter: el.closest('#filters') ? el.id : '',
                        outline: style.outlineStyle + ' ' + style.outlineWidth};""")
            if seen is None:
                break  # past the last focusable element, the focus leaves the page
            if seen["filter"]:
                reached_filters.add(seen["filter"])
            if seen["card"]:
                reached_cards.add(seen["card"])
            if seen["outline"] != "solid 3px":
                invisible.append(seen)
            if len(reached_cards) == cards and len(reached_filters) == 3:
                break
            d.switch_to.active_element.send_keys(Keys.TAB)
        self.assertEqual(reached_filters, {"filter-severity", "filter-rule", "filter-article"})
        self.assertEqual(len(reached_cards), cards)
        self.assertEqual(invisible, [], "focused elements without a visible outline")

    def test_print_renders_every_card_and_no_controls(self) -> None:
        pdf = Path(self.tmp.name) / "report.pdf"
        pdf.write_bytes(base64.b64decode(self.driver.print_page()))
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        flat = " ".join(text.split())
        for finding in self.json["findings"]:
            # A long message wraps across lines: its opening words are enough to find it.
            opening = " ".join(finding["message"].split()[:6])
            self.assertIn(opening, flat)
        self.assertNotIn("all severities", flat)  # the filter is not printed
        self.assertNotIn("Skip to the findings", flat)

    def test_an_excerpt_in_hebrew_is_laid_out_right_to_left(self) -> None:
        d = self.driver
        directions = d.execute_script("""
            return Array.from(document.querySelectorAll('article.finding blockquote')).map((q) => ({
              text: q.textContent, direction: getComputedStyle(q).direction,
              reading: q.querySelector('.reading') ? getComputedStyle(q.querySelector('.reading')).direction : ''}));""")
        hebrew = [q for q in directions if "\u05d4\u05de\u05e0\u05d9\u05d4" in q["text"]]
        english = [q for q in directions if q["text"].lstrip().startswith("Orvane Stock")]
        self.assertTrue(hebrew, "no card quotes the Hebrew sentence")
        self.assertTrue(english, "no card quotes the English headline")
        for q in hebrew:
            self.assertEqual(q["direction"], "rtl", q["text"])
            self.assertEqual(q["reading"], "ltr")  # the reading's figures stay in their order
        for q in english:
            self.assertEqual(q["direction"], "ltr", q["text"])


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    missing = [name for name, there in (("chromium", CHROMIUM.exists()), ("chromedriver", CHROMEDRIVER.exists()),
                                        ("python3-selenium", webdriver is not None),
                                        ("pdftotext", shutil.which("pdftotext") is not None)) if not there]
    if missing:
        print(f"skipped: {', '.join(missing)} not installed (scripts/install-deps installs them)")
        return SKIP
    Report.binary = sys.argv[1]
    result = unittest.main(argv=[sys.argv[0], "-v"], exit=False).result
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
