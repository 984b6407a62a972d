#!/usr/bin/env python3
"""Writes the English half of the evaluation corpus (tests/corpus/en-*) from the page
specs in docs_*.py, so that every page and its gold file come from one source and
cannot drift apart.

The pages are invented for healthfeed (never copied from the web). A spec holds the
page exactly as a scraper would have saved it, with each line or element marked:

* text pages: every line starts with `T|` (the title), `B|` (a body paragraph),
  `C|` (chrome) or `|` (a line that is neither, e.g. blank); the marker is removed.
* HTML pages: elements carry `data-g="t"`, `data-g="b"` or `data-g="c"`; the
  attribute is removed and the element's visible text (whitespace collapsed) goes to
  the gold file. Marked elements do not nest.

The gold file also gets `lang`, `encoding` and the spec's `labels`. The page is then
encoded as the spec says (UTF-8, UTF-8 with BOM, windows-1252, UTF-16LE with BOM) with
LF or CRLF line endings. Run from anywhere: python3 scripts/en_corpus/make.py
"""

import glob
import html
import html.parser
import importlib.util
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "corpus")


def norm(s):
    return " ".join(s.split())


class Marked(html.parser.HTMLParser):
    """Collects the visible text of elements marked with data-g."""

    VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # open tags
        self.active = None  # (depth, kind, parts)
        self.found = []  # (kind, text)

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            if self.active is not None and tag == "br":
                self.active[2].append(" ")
            return
        self.stack.append(tag)
        kind = dict(attrs).get("data-g")
        if kind:
            if self.active is not None:
                raise ValueError(f"nested data-g inside <{tag}>")
            self.active = (len(self.stack), kind, [])

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            raise ValueError(f"unbalanced </{tag}>, open: {self.stack[-5:]}")
        if self.active is not None and self.active[0] == len(self.stack):
            self.found.append((self.active[1], norm("".join(self.active[2]))))
            self.active = None
        self.stack.pop()

    def handle_data(self, data):
        if self.active is not None:
            self.active[2].append(data)


def split_text(page):
    out_lines, title, body, chrome = [], "", [], []
    for raw in page.strip("\n").split("\n"):
        marker, sep, line = raw.partition("|")
        if not sep or marker not in ("T", "B", "C", ""):
            raise ValueError(f"line without marker: {raw!r}")
        out_lines.append(line)
        if marker == "T":
            if title:
                raise ValueError("two title lines")
            title = norm(line)
        elif marker == "B":
            body.append(norm(line))
        elif marker == "C":
            chrome.append(norm(line))
    return "\n".join(out_lines) + "\n", title, body, chrome


def split_html(page):
    parser = Marked()
    parser.feed(page)
    parser.close()
    title = [t for k, t in parser.found if k == "t"]
    if len(title) > 1:
        raise ValueError("two titles")
    body = [t for k, t in parser.found if k == "b"]
    chrome = [t for k, t in parser.found if k == "c"]
    out = re.sub(r'\s+data-g="[tbc]"', "", page.strip("\n")) + "\n"
    return out, (title[0] if title else ""), body, chrome


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def toml_list(items, indent=True):
    if not items:
        return "[]"
    if not indent:
        return "[" + ", ".join(toml_str(i) for i in items) + "]"
    return "[\n" + "".join(f"  {toml_str(i)},\n" for i in items) + "]"


def gold_toml(spec, title, body, chrome):
    labels = spec["labels"]
    lines = [
        f'lang = "en"',
        f'encoding = {toml_str(spec.get("enc", "UTF-8"))}',
        f"title = {toml_str(title)}",
        f"body = {toml_list(body)}",
        f"chrome = {toml_list(chrome)}",
        "",
        "[labels]",
        f'health_policy = {"true" if labels["kind"] == "policy" else "false"}',
        f'kind = {toml_str(labels["kind"])}',
        f'tags = {toml_list(labels.get("tags", []), indent=False)}',
    ]
    if labels.get("published"):
        lines.append(f'published = {toml_str(labels["published"])}')
    lines.append(f'regions = {toml_list(labels.get("regions", []), indent=False)}')
    if labels.get("source"):
        lines.append(f'source = {toml_str(labels["source"])}')
    return "\n".join(lines) + "\n"


def encode(text, spec):
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
    enc = spec.get("enc", "UTF-8")
    if enc == "UTF-8":
        return text.encode("utf-8")
    if enc == "UTF-8-BOM":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if enc == "windows-1252":
        return text.encode("cp1252")
    if enc == "UTF-16LE":
        return b"\xff\xfe" + text.encode("utf-16-le")
    raise ValueError(f"unknown encoding {enc}")


def check(spec, title, body, chrome):
    name = spec["name"]
    assert re.fullmatch(r"en-\d\d-[a-z0-9-]+", name), name
    assert body, f"{name}: no body"
    for c in chrome:
        for b in body:
            clash = c == b or (len(c.replace(" ", "")) >= 10 and c in b)
            assert not clash, f"{name}: chrome {c!r} inside body {b[:60]!r}"
    if spec["fmt"] == "html":
        assert title, f"{name}: html page without a marked title"


def main():
    specs = []
    for path in sorted(glob.glob(os.path.join(HERE, "docs_*.py"))):
        mod_spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(mod_spec)
        mod_spec.loader.exec_module(mod)
        specs.extend(mod.DOCS)
    names = [s["name"] for s in specs]
    assert len(names) == len(set(names)), "duplicate names"
    for spec in specs:
        split = split_html if spec["fmt"] == "html" else split_text
        page, title, body, chrome = split(spec["page"])
        check(spec, title, body, chrome)
        base = os.path.join(OUT, spec["name"])
        with open(f"{base}.{spec['fmt']}", "wb") as f:
            f.write(encode(page, spec))
        with open(f"{base}.gold.toml", "w", encoding="utf-8", newline="\n") as f:
            f.write(gold_toml(spec, title, body, chrome))
    print(f"wrote {len(specs)} documents to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
