#!/usr/bin/env python3
"""Compares healthfeed's HTML cleaning with trafilatura's on the corpus HTML pages,
using the same metrics (body recall, chrome leak, title exact match).

trafilatura extracts every `.html` page that has a gold file; its text and title go to
a temporary folder, which `healthfeed eval --extracted` scores, so both extractors are
measured by the same Rust code. healthfeed itself is scored on the same HTML pages
(a temporary corpus of links to them). Prints a Markdown table for the README.

    python3 -m venv /tmp/traf && /tmp/traf/bin/pip install trafilatura lxml_html_clean
    cargo build && /tmp/traf/bin/python scripts/compare_trafilatura.py [CORPUS] [--bin PATH]

Not used by CI or the build: a measuring aid only.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import trafilatura

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def eval_json(binary, corpus, extracted=None):
    cmd = [binary, "eval", corpus, "--format", "json"]
    if extracted:
        cmd += ["--extracted", extracted]
    env = dict(os.environ, HEALTHFEED_LOG="error")
    env.pop("HEALTHFEED_CONFIG", None)
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, cwd=ROOT)
    return json.loads(out.stdout)


def fmt(v):
    return "-" if v is None else f"{v:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=os.path.join(ROOT, "tests", "corpus"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "debug", "healthfeed"))
    args = ap.parse_args()
    corpus = os.path.abspath(args.corpus)

    pages = sorted(
        f[: -len(".html")]
        for f in os.listdir(corpus)
        if f.endswith(".html") and os.path.exists(os.path.join(corpus, f[: -len(".html")] + ".gold.toml"))
    )
    if not pages:
        sys.exit(f"no HTML pages with gold files in {corpus}")

    with tempfile.TemporaryDirectory() as tmp:
        extracted = os.path.join(tmp, "trafilatura")
        html_only = os.path.join(tmp, "html-corpus")
        os.makedirs(extracted)
        os.makedirs(html_only)
        for name in pages:
            with open(os.path.join(corpus, name + ".html"), "rb") as f:
                raw = f.read()
            # Bytes, so that trafilatura applies its own encoding detection.
            text = trafilatura.extract(raw, include_comments=False, include_tables=True) or ""
            meta = trafilatura.extract_metadata(raw)
            with open(os.path.join(extracted, name + ".txt"), "w", encoding="utf-8") as f:
                f.write(text)
            with open(os.path.join(extracted, name + ".title"), "w", encoding="utf-8") as f:
                f.write((meta.title if meta and meta.title else "") + "\n")
            for ext in (".html", ".gold.toml"):
                os.symlink(os.path.join(corpus, name + ext), os.path.join(html_only, name + ext))

        traf = eval_json(args.bin, corpus, extracted)
        ours = eval_json(args.bin, html_only)

    langs = sorted(k for k in ours["groups"] if k in ("en", "zh"))
    head = ["extractor", "pages", "body recall", "chrome leak", "title exact"]
    for lang in langs:
        head += [f"body recall ({lang})", f"chrome leak ({lang})"]
    shown = os.path.relpath(corpus, ROOT)
    shown = corpus if shown.startswith("..") else shown
    print(f"trafilatura {trafilatura.__version__}, {len(pages)} HTML pages in {shown}\n")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for label, rep in (("healthfeed", ours), (f"trafilatura {trafilatura.__version__}", traf)):
        o = rep["overall"]
        row = [label, str(o["documents"]), fmt(o["body_recall"]), fmt(o["chrome_leak"]), fmt(o["title_exact"])]
        for lang in langs:
            g = rep["groups"].get(lang, {})
            row += [fmt(g.get("body_recall")), fmt(g.get("chrome_leak"))]
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
