#!/usr/bin/env python3
"""Renders claimcheck's HTML report in headless Chromium and checks what a
reader of the page sees, against the JSON report of the same file:

- the summary line and every conflict's message, figures and help are
  visible text;
- each "Stated in" link leads to a visible sentence holding that statement;
- every figure of the file is highlighted (a visible mark with a coloured
  background), and the figures of conflicts are marked as such;
- the article reads exactly as the file was written.

Usage: html_test.py CLAIMCHECK FILE...   (exit 77: skipped, no Chromium)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

PROBE = """
<script>
(function () {
  const r = {};
  r.body = document.body.innerText;
  r.findings = [...document.querySelectorAll('.finding')].map(f => f.innerText);
  r.links = [...document.querySelectorAll('.finding a[href^="#"]')].map(a => {
    const t = document.getElementById(a.getAttribute('href').slice(1));
    return {href: a.getAttribute('href'), target: t ? t.textContent : null,
            visible: !!t && t.getClientRects().length > 0};
  });
  r.figures = [...document.querySelectorAll('mark.figure')].map(m => ({
    id: m.id, text: m.textContent, conflict: m.classList.contains('in-conflict'),
    background: getComputedStyle(m).backgroundColor, visible: m.getClientRects().length > 0}));
  for (const b of document.querySelectorAll('.back')) b.style.display = 'none';
  r.articles = [...document.querySelectorAll('.article')].map(a => a.innerText);
  const out = document.createElement('pre');
  out.id = 'claimcheck-probe';
  out.textContent = JSON.stringify(r);
  document.body.appendChild(out);
})();
</script>
"""


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def render(chromium, page, workdir):
    cmd = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--user-data-dir=" + os.path.join(workdir, "profile"), "--virtual-time-budget=5000",
           "--dump-dom", "file://" + page]
    dom = subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout
    m = re.search(r'<pre id="claimcheck-probe">(.*?)</pre>', dom, re.S)
    if not m:
        fail("Chromium rendered no probe result; is the page broken?\n" + dom[:2000])
    raw = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    return json.loads(raw)


def squash(s):
    return " ".join(s.split())


def main():
    exe, files = sys.argv[1], sys.argv[2:]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        print("skipped: Chromium is not installed (Debian: apt-get install chromium)")
        return 77
    checked = 0
    with tempfile.TemporaryDirectory() as workdir:
        for path in files:
            html = subprocess.run([exe, "check", "--no-config", "--format", "html", path],
                                  capture_output=True, text=True)
            if html.returncode not in (0, 1):
                fail(f"{path}: exit {html.returncode}: {html.stderr}")
            report = json.loads(subprocess.run([exe, "check", "--no-config", "--format", "json", path],
                                               capture_output=True, text=True).stdout)
            page = os.path.join(workdir, "page.html")
            with open(page, "w", encoding="utf-8") as f:
                f.write(html.stdout.replace("</body>", PROBE + "</body>"))
            seen = render(chromium, page, workdir)
            entry = report["files"][0]
            conflicts = entry["conflicts"]

            summary = report["summary"]
            want = f'{summary["conflicts"]} conflict{"" if summary["conflicts"] == 1 else "s"}'
            if want not in seen["body"]:
                fail(f"{path}: the summary '{want}' is not visible")
            if not conflicts and "No figures contradict each other." not in seen["body"]:
                fail(f"{path}: a clean file does not say so")

            if len(seen["findings"]) != len(conflicts):
                fail(f"{path}: {len(seen['findings'])} findings shown, {len(conflicts)} in the JSON report")
            for shown, c in zip(seen["findings"], conflicts):
                for text in [c["message"], c["severity"]] + c["details"] + c["help"]:
                    if squash(text).lower() not in squash(shown).lower():
                        fail(f"{path}: '{text}' is not visible in the finding: {shown!r}")
            for link in seen["links"]:
                if link["target"] is None or not link["visible"]:
                    fail(f"{path}: link {link['href']} leads to nothing visible")
            targets = [squash(link["target"]) for link in seen["links"]]
            for c in conflicts:
                for st in c["statements"]:
                    if not any(squash(st["text"]) in t for t in targets):
                        fail(f"{path}: no link leads to the statement {st['text']!r}")

            claims = entry["claims"]
            if len(seen["figures"]) != len(claims):
                fail(f"{path}: {len(seen['figures'])} figures highlighted, {len(claims)} claims")
            in_conflict = {cid for c in conflicts for cid in c["claims"]}
            for fig, claim in zip(seen["figures"], claims):
                if not fig["visible"] or fig["background"] in ("rgba(0, 0, 0, 0)", "transparent"):
                    fail(f"{path}: figure {claim['text']!r} is not visibly highlighted")
                if squash(fig["text"]) != squash(claim["text"]) and claim["text"] not in squash(fig["text"]):
                    fail(f"{path}: highlight {fig['text']!r} is not the figure {claim['text']!r}")
                if fig["conflict"] != (claim["id"] in in_conflict):
                    fail(f"{path}: figure {claim['text']!r} conflict marking is wrong")

            with open(path, encoding="utf-8") as f:
                original = f.read().replace("\r", "").lstrip("\ufeff")
            if len(seen["articles"]) != 1 or squash(seen["articles"][0]) != squash(original):
                fail(f"{path}: the article as shown differs from the file")
            checked += 1
            print(f"ok: {path}: {len(conflicts)} findings, {len(claims)} figures, article as written")
    print(f"html: {checked} files rendered in Chromium and checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
