#!/usr/bin/env python3
"""Generate tests/holdout10/: a blind held-out evaluation set for healthfeed.

Twenty invented pages (ten Chinese, ten English; HTML and scraper text; UTF-8, UTF-8 with
BOM, GBK, GB18030, Big5, CRLF) with their gold files in the format of
tests/corpus/README.md. The pages were written without looking at the cleaner or the
classifier (src/, config/, other generators or corpora), so they measure how healthfeed
generalises, not how well it fits its own rules.

Pages are written in two small notations so that every visible line or block carries its
label where it is written:

* text pages: one line per entry, prefixed `T|` (the headline), `V|` (the headline with a
  site suffix, e.g. "… - Chinadaily.com.cn"; labelled as the title, not listed), `B|`
  (body), `C|` (chrome); an empty line is a blank line of the page. Everything after the
  prefix is kept verbatim, leading indentation included.
* HTML pages: markup written as a site serves it, with every visible text run wrapped in
  `⟦t:…⟧` (title), `⟦b:…⟧` (body), `⟦c:…⟧` (chrome); `⟦B:…⟧` and `⟦C:…⟧` wrap raw markup
  (a paragraph with inline tags, a byline of several spans) whose visible text is one entry.

After writing, the script re-reads every file from disk and checks it independently of
how it was produced (see `check_page`), failing loudly on the first inconsistency.

Usage: python3 scripts/make_holdout10.py [--out DIR]   (stdlib only, Python 3.11+)
"""

from __future__ import annotations

import argparse
import datetime as dt
import html as htmlmod
import json
import re
import sys
import tomllib
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "holdout10"

KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"}
HARD_NEGATIVES = KINDS - {"policy", "other"}
TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease",
}
ENCODINGS = {"UTF-8", "UTF-8-BOM", "GBK", "GB18030", "Big5", "windows-1252", "UTF-16LE"}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}
# Python codec per declared encoding; UTF-8-BOM is checked for its BOM separately.
CODECS = {"UTF-8": "utf-8", "UTF-8-BOM": "utf-8", "GBK": "gbk", "GB18030": "gb18030", "Big5": "big5",
          "windows-1252": "cp1252", "UTF-16LE": "utf-16-le"}
# What a page's <meta charset> may say for each declared encoding (old GBK sites say gb2312).
META_CHARSETS = {"UTF-8": {"utf-8"}, "UTF-8-BOM": {"utf-8"}, "GBK": {"gbk", "gb2312"},
                 "GB18030": {"gb18030", "gbk", "gb2312"}, "Big5": {"big5"}}

WS = re.compile(r"\s+")
# Characters that may stand between labelled runs of one HTML block (menu separators,
# brackets around controls); anything else left over is an unlabelled visible text.
SEPARATORS = set("|>»›<«‹/\\·•-–—:：,，、;；()（）[]【】〔〕*▲▼►◄→←↑↓#")
# A title line of a text page may carry a site suffix after one of these.
TITLE_SUFFIX = re.compile(r"^\s*(?:-|–|—|\||_|｜)\s*\S.{0,60}$")


def norm(s: str) -> str:
    return WS.sub(" ", s).strip()


class PageError(Exception):
    pass


@dataclass
class Page:
    name: str
    lang: str
    encoding: str
    fmt: str  # "txt" | "html"
    labels: dict
    source_text: str  # the page in its notation
    crlf: bool = False
    note: str = ""
    # filled by render()
    text: str = ""
    title: str = ""
    body: list[str] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------
# Rendering the notations


def render_text(page: Page) -> None:
    lines_out: list[str] = []
    title = None
    pending_variants: list[str] = []
    for raw in page.source_text.strip("\n").split("\n"):
        if raw.strip() == "":
            lines_out.append("")
            continue
        tag, sep, line = raw.partition("|")
        if sep != "|" or tag not in {"T", "V", "B", "C"}:
            raise PageError(f"{page.name}: bad line prefix in {raw!r}")
        if line.strip() == "":
            raise PageError(f"{page.name}: empty labelled line {raw!r}")
        lines_out.append(line)
        entry = line.strip()
        if tag == "T":
            if title is not None and title != entry:
                raise PageError(f"{page.name}: two different titles {title!r} / {entry!r}")
            title = entry
        elif tag == "V":
            pending_variants.append(entry)
        elif tag == "B":
            page.body.append(entry)
        elif entry not in page.chrome:
            page.chrome.append(entry)
    page.title = title or ""
    for v in pending_variants:
        if not (page.title and v.startswith(page.title) and TITLE_SUFFIX.match(v[len(page.title):])):
            raise PageError(f"{page.name}: V| line {v!r} is not the title plus a site suffix")
    eol = "\r\n" if page.crlf else "\n"
    page.text = eol.join(lines_out) + eol


MARK = re.compile(r"⟦([tbcBC]):(.*?)⟧", re.S)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible_of_fragment(fragment: str) -> str:
    p = _TextOnly()
    p.feed(fragment)
    p.close()
    return norm("".join(p.parts))


def render_html(page: Page) -> None:
    def sub(m: re.Match) -> str:
        kind, content = m.group(1), m.group(2)
        if kind in "tbc":
            # Plain markers hold text, escaped on output: an entity here would be escaped twice.
            if "<" in content or "⟦" in content or re.search(r"&#?\w+;", content):
                raise PageError(f"{page.name}: markup or entity inside ⟦{kind}:…⟧: {content[:60]!r}")
            text, out = norm(content), htmlmod.escape(content, quote=False)
        else:
            text, out = visible_of_fragment(content), content
        if not text:
            raise PageError(f"{page.name}: empty ⟦{kind}:…⟧")
        if kind == "t":
            if page.title and page.title != text:
                raise PageError(f"{page.name}: two different titles")
            page.title = text
        elif kind in "bB":
            page.body.append(text)
        elif text not in page.chrome:
            page.chrome.append(text)
        return out

    out = MARK.sub(sub, page.source_text.strip("\n") + "\n")
    if "⟦" in out or "⟧" in out:
        raise PageError(f"{page.name}: unbalanced ⟦ ⟧ marker")
    page.text = out.replace("\n", "\r\n") if page.crlf else out


def render(page: Page) -> None:
    (render_html if page.fmt == "html" else render_text)(page)


def encode(page: Page) -> bytes:
    data = page.text.encode(CODECS[page.encoding])
    return b"\xef\xbb\xbf" + data if page.encoding == "UTF-8-BOM" else data


def toml_str(s: str) -> str:
    # JSON string escapes (\" \\ \n \t \uXXXX) are all valid TOML basic-string escapes.
    return json.dumps(s, ensure_ascii=False)


def toml_list(items: list[str], indent: str = "  ") -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f"{indent}{toml_str(i)},\n" for i in items) + "]"


def gold_toml(page: Page) -> str:
    lab = page.labels
    out = [
        f"lang = {toml_str(page.lang)}",
        f"encoding = {toml_str(page.encoding)}",
        f"title = {toml_str(page.title)}",
        f"body = {toml_list(page.body)}",
        f"chrome = {toml_list(page.chrome)}",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['kind'] == 'policy' else 'false'}",
        f"kind = {toml_str(lab['kind'])}",
        "tags = [" + ", ".join(toml_str(t) for t in lab["tags"]) + "]",
    ]
    if lab.get("published"):
        out.append(f"published = {toml_str(lab['published'])}")
    out.append("regions = [" + ", ".join(toml_str(r) for r in lab["regions"]) + "]")
    if lab.get("source"):
        out.append(f"source = {toml_str(lab['source'])}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------
# Checking what was written, from the files alone

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "head", "header", "hr", "html", "legend", "li", "main", "nav", "ol", "option",
    "p", "section", "select", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
HIDDEN_TAGS = {"script", "style", "title"}
UNSUPPORTED_TAGS = {"noscript", "template", "textarea", "iframe"}


class _Blocks(HTMLParser):
    """Visible text of a page split into blocks (inline tags do not split)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.cur: list[str] = []
        self.hidden = 0
        self.meta_charsets: list[str] = []
        self.unsupported: list[str] = []

    def flush(self) -> None:
        text = norm("".join(self.cur))
        if text:
            self.blocks.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in UNSUPPORTED_TAGS:
            self.unsupported.append(tag)
        if tag == "meta":
            a = dict(attrs)
            if a.get("charset"):
                self.meta_charsets.append(a["charset"].lower())
            m = re.search(r"charset=([\w-]+)", a.get("content") or "", re.I)
            if (a.get("http-equiv") or "").lower() == "content-type" and m:
                self.meta_charsets.append(m.group(1).lower())
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in HIDDEN_TAGS:
            self.hidden -= 1

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.cur.append(data)


def cover(block: str, golds: list[str]) -> str | None:
    """Return the uncovered rest of `block` (None when every visible run is labelled)."""
    i = 0
    while i < len(block):
        ch = block[i]
        if ch.isspace():
            i += 1
            continue
        hit = next((g for g in golds if block.startswith(g, i)), None)
        if hit:
            i += len(hit)
        elif ch in SEPARATORS:
            i += 1
        else:
            return block[i:]
    return None


def nonspace_len(s: str) -> int:
    return sum(1 for c in s if not c.isspace())


def check_gold(path: Path) -> dict:
    try:
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise PageError(f"{path.name}: gold does not parse: {e}") from e
    unknown = set(gold) - TOP_KEYS
    if unknown:
        raise PageError(f"{path.name}: unknown keys {sorted(unknown)}")
    missing = TOP_KEYS - set(gold)
    if missing:
        raise PageError(f"{path.name}: missing keys {sorted(missing)}")
    lab = gold["labels"]
    if set(lab) - LABEL_KEYS:
        raise PageError(f"{path.name}: unknown label keys {sorted(set(lab) - LABEL_KEYS)}")
    for k in ("health_policy", "kind", "tags", "regions"):
        if k not in lab:
            raise PageError(f"{path.name}: labels.{k} missing")
    if gold["lang"] not in {"zh", "en"}:
        raise PageError(f"{path.name}: lang {gold['lang']!r}")
    if gold["encoding"] not in ENCODINGS:
        raise PageError(f"{path.name}: encoding {gold['encoding']!r}")
    if not isinstance(gold["title"], str) or not all(isinstance(x, str) for x in gold["body"] + gold["chrome"]):
        raise PageError(f"{path.name}: title/body/chrome must be strings")
    if lab["kind"] not in KINDS or (lab["kind"] == "policy") != (lab["health_policy"] is True):
        raise PageError(f"{path.name}: kind {lab['kind']!r} vs health_policy {lab['health_policy']!r}")
    if set(lab["tags"]) - TAGS:
        raise PageError(f"{path.name}: unknown tags {sorted(set(lab['tags']) - TAGS)}")
    if lab["kind"] == "policy" and not 1 <= len(lab["tags"]) <= 4:
        raise PageError(f"{path.name}: a policy page needs 1-4 tags")
    if lab["kind"] != "policy" and lab["tags"]:
        raise PageError(f"{path.name}: tags on a non-policy page")
    if "published" in lab:
        try:
            dt.date.fromisoformat(lab["published"])
        except (TypeError, ValueError) as e:
            raise PageError(f"{path.name}: published {lab['published']!r} is not a date") from e
    for r in lab["regions"]:
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)) or r == "CN":
            raise PageError(f"{path.name}: region {r!r}")
    # The consistency rules `healthfeed eval` applies (tests/corpus/README.md).
    for c in gold["chrome"]:
        cn = norm(c)
        for b in gold["body"]:
            bn = norm(b)
            if cn == bn or (nonspace_len(cn) >= 10 and cn in bn):
                raise PageError(f"{path.name}: chrome {c!r} is (in) body paragraph {b[:40]!r}")
    if gold["title"] in gold["body"] or gold["title"] in gold["chrome"]:
        raise PageError(f"{path.name}: the title is listed in body or chrome")
    if len(set(gold["body"])) != len(gold["body"]):
        raise PageError(f"{path.name}: a body paragraph is listed twice")
    return gold


def check_page(page_path: Path, gold_path: Path, intended: str | None) -> dict:
    gold = check_gold(gold_path)
    enc = gold["encoding"]
    data = page_path.read_bytes()
    has_bom = data.startswith(b"\xef\xbb\xbf")
    if (enc == "UTF-8-BOM") != has_bom:
        raise PageError(f"{page_path.name}: BOM present={has_bom} but encoding is {enc}")
    try:
        text = data[3 if has_bom else 0:].decode(CODECS[enc], errors="strict")
    except UnicodeDecodeError as e:
        raise PageError(f"{page_path.name}: does not decode as {enc}: {e}") from e
    if intended is not None and text != intended:
        raise PageError(f"{page_path.name}: decoded text differs from the intended text")
    if "\ufffd" in text or "\ufeff" in text:
        raise PageError(f"{page_path.name}: U+FFFD or a stray BOM in the text")
    if enc in {"GBK", "GB18030", "Big5"}:
        try:
            data.decode("utf-8")
            raise PageError(f"{page_path.name}: declared {enc} but the bytes are plain UTF-8")
        except UnicodeDecodeError:
            pass
    if "\r\n" in text and re.search(r"(?<!\r)\n", text):
        raise PageError(f"{page_path.name}: mixed CRLF and LF line ends")

    title, body, chrome = gold["title"], gold["body"], gold["chrome"]
    labelled = [norm(x) for x in [title, *body, *chrome] if norm(x)]
    golds = sorted(set(labelled), key=len, reverse=True)

    if page_path.suffix == ".txt":
        exact = {title, *body, *chrome}
        lines = [ln.strip() for ln in text.splitlines()]
        for n, ln in enumerate(lines, 1):
            if not ln or ln in exact:
                continue
            if title and ln.startswith(title) and TITLE_SUFFIX.match(ln[len(title):]):
                continue
            raise PageError(f"{page_path.name}:{n}: unlabelled line {ln!r}")
        for g in [*body, *chrome]:
            if g not in lines:
                raise PageError(f"{page_path.name}: gold line not on the page: {g!r}")
        if title and not any(ln == title or ln.startswith(title) for ln in lines):
            raise PageError(f"{page_path.name}: title not on the page")
    else:
        parser = _Blocks()
        parser.feed(text)
        parser.close()
        parser.flush()
        if parser.unsupported:
            raise PageError(f"{page_path.name}: tags this checker does not model: {parser.unsupported}")
        allowed = META_CHARSETS.get(enc, set())
        if not parser.meta_charsets or not set(parser.meta_charsets) <= allowed:
            raise PageError(f"{page_path.name}: meta charset {parser.meta_charsets} vs {enc}")
        for blk in parser.blocks:
            rest = cover(blk, golds)
            if rest is not None:
                raise PageError(f"{page_path.name}: visible text not labelled: {rest[:80]!r} (block {blk[:80]!r})")
        for g in labelled:
            if not any(g in blk for blk in parser.blocks):
                raise PageError(f"{page_path.name}: gold string not in one visible block: {g[:80]!r}")
    return gold


# ---------------------------------------------------------------------------------------
# Output


README_HEAD = """\
# holdout10: a blind held-out set

Twenty pages written for healthfeed's evaluation, in the gold format of
`tests/corpus/README.md`, to measure how the cleaner and the classifier generalise to
sources the project had not yet been measured on: county and district portals with old
table layouts whose headline sits in a classed `<td>`/`<div>`/`<span>` (`bt`, `zw_title`,
`art_tit`, `title_con`) while `<title>` carries a column or site name; WeChat
official-account articles (HTML and text) with their chrome (原创, 阅读原文, 在看,
写留言, 预览时标签不可点, 微信扫一扫关注该公众号, 继续滑动看下一个); mobile pages saved as text
with app prompts and tab bars; policy interpretation Q&A (问：/答：, "Q:/A:"); government
documents with numbered articles, tables and attachment lists; English pages from a
health ministry, a public insurer and a city council with cookie banners, skip links,
share bars, feedback widgets and "Page last reviewed" lines; machine-translated Chinese
government English; text where a scraper interleaved a sidebar or a floating widget in
the middle of the article.

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora. All content is invented (people, hospitals, companies,
figures, phone numbers); real institutions appear only as the kind of publisher.

Regenerate with `python3 scripts/make_holdout10.py`. The generator checks its own output
and fails on the first problem: every gold title/body/chrome string occurs on the page;
every non-empty line of a text page is the title (possibly with a site suffix such as
"… - Chinadaily.com.cn"), a body paragraph or a chrome line; every visible text run of an
HTML page (outside script/style/title/attributes) is covered by labelled strings, with
only separators (`|`, `>`, `»`, brackets…) left between them; gold parses with tomllib and
has no unknown keys; the page decodes strictly with its declared encoding to exactly the
intended text (and a GBK/GB18030/Big5 page is not plain UTF-8); the consistency rules of
`healthfeed eval` (no chrome line in a body paragraph, kind/health_policy agree, tags in
the closed set).

Labelling choices worth knowing:

- Image captions with a credit, "相关阅读"/"Related:" links, ads and a scraper-caught
  sidebar or floating widget between paragraphs are chrome; a sentence telling readers
  to call a hotline or follow an account is body.
- A government document's own attachment list (附件：1．…) is body; a portal's download
  widget (附件下载：….xlsx) is chrome. Table cells in HTML are one body entry each; a table
  row saved as one text line is one body entry.
- A document's signature and date (落款) are body; the portal's 发布日期 is the
  publication date when they differ (`h10-zh-05`). Taiwan's 民國 date 113-01-15 is
  2024-01-15. "Page last reviewed", "Scraped at" and expiry/deadline dates are not the
  publication date.
- A subtitle line under the headline (——…) is body; a kicker above it ("PRESS RELEASE",
  "Clinical Trials · 4 min read") is chrome.

## Counts

"""


def readme(pages: list[Page]) -> str:
    def count(pred) -> int:
        return sum(1 for p in pages if pred(p))

    kinds: dict[str, int] = {}
    for p in pages:
        kinds[p.labels["kind"]] = kinds.get(p.labels["kind"], 0) + 1
    encs: dict[str, int] = {}
    for p in pages:
        key = p.encoding + (" + CRLF" if p.crlf else "")
        encs[key] = encs.get(key, 0) + 1
    tags: dict[str, int] = {}
    for p in pages:
        for t in p.labels["tags"]:
            tags[t] = tags.get(t, 0) + 1
    lines = [
        f"- pages: {len(pages)}; zh {count(lambda p: p.lang == 'zh')} "
        f"(traditional script: {count(lambda p: 'traditional' in p.note)}), en {count(lambda p: p.lang == 'en')} "
        f"(machine-translated Chinese government English: {count(lambda p: 'machine' in p.note)})",
        f"- HTML {count(lambda p: p.fmt == 'html')}, scraper text {count(lambda p: p.fmt == 'txt')}",
        "- encodings: " + ", ".join(f"{k} {v}" for k, v in sorted(encs.items())),
        f"- health policy {count(lambda p: p.labels['kind'] == 'policy')}, hard negatives "
        f"{count(lambda p: p.labels['kind'] in HARD_NEGATIVES)}, other {count(lambda p: p.labels['kind'] == 'other')}",
        "- kinds: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
        f"- pages without a full date (no `published`): {count(lambda p: not p.labels.get('published'))}",
        "- tags (policy pages): " + ", ".join(f"{k} {v}" for k, v in sorted(tags.items())),
        "",
        "## Pages",
        "",
        "| page | format | encoding | kind | published | regions | notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in pages:
        lines.append(
            f"| {p.name} | {p.fmt} | {p.encoding}{' CRLF' if p.crlf else ''} | {p.labels['kind']} | "
            f"{p.labels.get('published') or '—'} | {' '.join(p.labels['regions']) or '—'} | {p.note} |"
        )
    return README_HEAD + "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    out: Path = args.out
    pages = all_pages()
    names = [p.name for p in pages]
    if len(set(names)) != len(names):
        raise PageError("duplicate page names")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if old.name.startswith("h10-") and old.is_file():
            old.unlink()
    for p in pages:
        if not re.fullmatch(r"h10-(zh|en)-\d\d-[a-z0-9-]+", p.name) or p.name[4:6] != p.lang:
            raise PageError(f"{p.name}: bad name")
        render(p)
        (out / f"{p.name}.{p.fmt}").write_bytes(encode(p))
        (out / f"{p.name}.gold.toml").write_text(gold_toml(p), encoding="utf-8")
    (out / "README.md").write_text(readme(pages), encoding="utf-8")

    # Check from the files alone (the intended text only for the decode round trip).
    intended = {p.name: p.text for p in pages}
    for gold_path in sorted(out.glob("*.gold.toml")):
        name = gold_path.name[: -len(".gold.toml")]
        found = [q for q in (out / f"{name}.txt", out / f"{name}.html") if q.exists()]
        if len(found) != 1:
            raise PageError(f"{gold_path.name}: expected exactly one page beside it, found {found}")
        check_page(found[0], gold_path, intended.get(name))
    for q in out.iterdir():
        if q.suffix in {".txt", ".html"} and not (out / f"{q.stem}.gold.toml").exists():
            raise PageError(f"{q.name}: page without gold")
    set_checks(pages)
    print(f"wrote and checked {len(pages)} pages in {out}")
    return 0


def set_checks(pages: list[Page]) -> None:
    """The shape the brief asks of the whole set."""
    n = len(pages)
    zh = [p for p in pages if p.lang == "zh"]
    problems = []
    if n != 20:
        problems.append(f"{n} pages, want 20")
    if len(zh) != n // 2:
        problems.append(f"{len(zh)} zh pages, want {n // 2}")
    if sum("traditional" in p.note for p in zh) < 2:
        problems.append("fewer than 2 traditional-script pages")
    if sum(p.fmt == "html" for p in pages) * 3 < n:
        problems.append("fewer than a third HTML")
    for enc in ("GBK", "GB18030", "Big5", "UTF-8-BOM"):
        if not any(p.encoding == enc for p in pages):
            problems.append(f"no {enc} page")
    if not any(p.crlf for p in pages):
        problems.append("no CRLF page")
    kinds = {p.labels["kind"] for p in pages}
    if HARD_NEGATIVES - kinds:
        problems.append(f"hard-negative kinds missing: {sorted(HARD_NEGATIVES - kinds)}")
    if not 1 <= sum(p.labels["kind"] == "other" for p in pages) <= 2:
        problems.append("want 1-2 other pages")
    tags = {t for p in pages for t in p.labels["tags"]}
    if TAGS - tags:
        problems.append(f"tags not covered: {sorted(TAGS - tags)}")
    if sum(not p.labels.get("published") for p in pages) < 3:
        problems.append("fewer than 3 pages without a date")
    if problems:
        raise PageError("set shape: " + "; ".join(problems))


# ---------------------------------------------------------------------------------------
# The pages (defined below)


def all_pages() -> list[Page]:
    return [f() for f in PAGE_FUNCS]


PAGE_FUNCS: list = []


def page(f):
    PAGE_FUNCS.append(f)
    return f


@page
def zh01() -> Page:
    src = r"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>工作动态 - 仙居县人民政府</title>
<meta name="keywords" content="仙居县,医共体,家庭医生,工作动态" />
<meta name="description" content="仙居县人民政府门户网站" />
<meta name="SiteName" content="仙居县人民政府" />
<meta name="ColumnName" content="工作动态" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<style type="text/css">
.bt{font-size:22px;font-weight:bold;color:#c00;line-height:40px;text-align:center}
.xx{color:#666;font-size:12px;text-align:center;border-bottom:1px dashed #ccc}
#zoom p{text-indent:2em;line-height:30px;font-size:16px}
</style>
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
var _hmt = _hmt || [];
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="500" height="30"><script type="text/javascript">document.write(new Date().toLocaleDateString());</script></td>
    <td width="500" align="right"><a href="#" onclick="this.style.behavior='url(#default#homepage)';">⟦c:设为首页⟧</a> | <a href="javascript:window.external.AddFavorite('http://www.zjxj.gov.cn','仙居县人民政府')">⟦c:加入收藏⟧</a> | <a href="/wza/">⟦c:无障碍浏览⟧</a> | <a href="/zzms/">⟦c:长者模式⟧</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/images/banner.jpg"><img src="/images/logo.png" alt="仙居县人民政府" /></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td align="center"><a href="/">⟦c:首页⟧</a></td>
    <td align="center"><a href="/zjxj/">⟦c:走进仙居⟧</a></td>
    <td align="center"><a href="/zwgk/">⟦c:政务公开⟧</a></td>
    <td align="center"><a href="/zwfw/">⟦c:政务服务⟧</a></td>
    <td align="center"><a href="/hdjl/">⟦c:互动交流⟧</a></td>
    <td align="center"><a href="/ztzl/">⟦c:专题专栏⟧</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="32" class="wz">⟦C:<img src="/images/home.gif" />&nbsp;当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzdt/">工作动态</a>⟧</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td valign="top" style="padding:20px 40px">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="bt">⟦t:仙居县召开县域医共体高质量发展推进会⟧</td></tr>
        <tr><td class="xx">⟦C:发布时间：2023-11-21 10:32&nbsp;&nbsp;&nbsp;&nbsp;信息来源：县卫生健康局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1236</span>⟧</td></tr>
        <tr><td align="right" height="28">⟦C:【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】⟧</td></tr>
        <tr>
          <td id="zoom">
<p>⟦b:　　11月20日，仙居县召开县域医共体高质量发展推进会，总结今年以来医共体建设工作，部署下一阶段重点任务。副县长王晓燕出席会议并讲话。⟧</p>
<p align="center"><img src="/uploadfiles/202311/20231121103015.jpg" width="600" border="0" /></p>
<p align="center">⟦c:推进会现场　县卫健局 供图⟧</p>
<p>⟦b:　　会议指出，今年以来，我县以“县强、乡活、村稳、上下联、信息通”为目标，深化县人民医院、县中医院两大健共体集团化改革，统一人员调配、统一财务管理、统一医保支付，全县基层就诊率达到68.4%，县域就诊率达到91.2%，较上年分别提高2.1个和1.7个百分点。⟧</p>
<p>⟦b:　　会议通报了家庭医生签约服务情况。截至10月底，全县组建家庭医生团队146个，重点人群签约率达到83.6%，高血压、糖尿病患者规范管理率分别达到71.3%和70.8%。⟧</p>
<p>⟦b:　　会议要求，各健共体成员单位要紧盯年度目标，重点抓好四项工作：⟧</p>
<p>⟦B:　　<strong>一是加快项目建设。</strong>确保县人民医院城东院区年底前完成主体结顶、2024年底投入使用，推进县中医院康复大楼和6家乡镇卫生院改扩建工程，新院区建成后全县每千人口医疗机构床位数将达到5.6张。⟧</p>
<p>⟦B:　　<strong>二是推动资源下沉。</strong>县级医院每年下派不少于60名中级以上职称医师到基层坐诊带教，实现专家门诊乡镇全覆盖。⟧</p>
<p>⟦B:　　<strong>三是做实医保总额付费。</strong>落实“总额预算、结余留用、合理超支分担”机制，引导成员单位主动控费。⟧</p>
<p>⟦B:　　<strong>四是强化考核激励。</strong>将健共体考核结果与院长年薪、绩效工资总量挂钩。⟧</p>
<p>⟦b:　　县卫健局、县医保局、县财政局等部门负责同志参加会议。⟧</p>
          </td>
        </tr>
        <tr><td align="right" height="40">⟦C:【<a href="javascript:window.print()">打印本页</a>】⟧ ⟦C:【<a href="javascript:window.close()">关闭窗口</a>】⟧</td></tr>
        <tr><td height="28">⟦C:上一篇：<a href="/art/2023/11/20/art_1229_88123.html">我县开展2023年秋冬季爱国卫生运动集中行动</a>⟧</td></tr>
        <tr><td height="28">⟦C:下一篇：<a href="/art/2023/11/22/art_1229_88161.html">县医保局召开定点医药机构规范使用医保基金约谈会</a>⟧</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="xgxx">
        <tr><td class="xgxx_t">⟦c:相关信息⟧</td></tr>
        <tr><td>·<a href="#">⟦c:台州市推进紧密型县域医共体建设现场会在我县召开⟧</a></td></tr>
        <tr><td>·<a href="#">⟦c:我县3家乡镇卫生院通过“优质服务基层行”推荐标准评审⟧</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">⟦c:主办：仙居县人民政府办公室　承办：仙居县大数据发展中心⟧</td></tr>
  <tr><td align="center">⟦c:地址：仙居县福应街道环城南路1号　联系电话：0576-87701234⟧</td></tr>
  <tr><td align="center"><a href="https://beian.miit.gov.cn/" target="_blank">⟦c:浙ICP备05012345号-1⟧</a>　<img src="/images/ga.png" /><a href="#">⟦c:浙公网安备 33102402000123号⟧</a>　⟦c:网站标识码：3310240001⟧</td></tr>
  <tr><td align="center">⟦c:建议使用1366×768分辨率 IE9以上版本浏览器浏览本站⟧</td></tr>
</table>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?0a1b2c3d"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
"""
    return Page("h10-zh-01-xianju-yigongti", "zh", "GBK", "html",
                dict(kind="policy", tags=["medical-reform", "primary-care", "hospital-development"],
                     published="2023-11-21", regions=["331024"]), src,
                note="county portal, table layout, headline in td.bt, <title> is column + site; meta says gb2312")


@page
def zh02() -> Page:
    src = r"""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=0,viewport-fit=cover">
<meta name="referrer" content="origin-when-cross-origin">
<title>家门口的“幸福食堂”来了！武侯区新增32个老年助餐点</title>
<meta name="description" content="60岁以上老人每餐最高补贴6元，行动不便可预约送餐上门。">
<meta property="og:title" content="家门口的“幸福食堂”来了！武侯区新增32个老年助餐点">
<meta property="og:url" content="http://mp.weixin.qq.com/s?__biz=MzA5NzQxMjM0MQ==&amp;mid=2651234567&amp;idx=1&amp;sn=3f2a9c">
<meta property="og:image" content="https://mmbiz.qpic.cn/mmbiz_jpg/abc123/0?wx_fmt=jpeg">
<meta property="og:description" content="60岁以上老人每餐最高补贴6元，行动不便可预约送餐上门。">
<meta property="og:site_name" content="微信公众平台">
<meta property="og:type" content="article">
<meta property="twitter:card" content="summary">
<style>.rich_media_title{font-size:22px;line-height:1.4;margin-bottom:14px}.rich_media_meta{display:inline-block;margin:0 10px 10px 0;color:rgba(0,0,0,.3)}#js_content section{margin:0}</style>
<script type="text/javascript">
var ct = "1715337000"; var nickname = "成都武侯"; var user_name = "gh_5a1b2c3d4e5f";
var msg_title = "家门口的“幸福食堂”来了！武侯区新增32个老年助餐点".html(false);
</script>
</head>
<body id="activity-detail" class="zh_CN wx_wap_page mm_appmsg comment_feature discuss_tab appmsg_skin_default">
<div id="js_article" class="rich_media">
<div class="rich_media_inner">
<div id="page-content" class="rich_media_area_primary">
<div class="rich_media_area_primary_inner">
<div id="img-content" class="rich_media_wrp">
<h1 class="rich_media_title" id="activity-name">
⟦t:家门口的“幸福食堂”来了！武侯区新增32个老年助餐点⟧
</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta rich_media_meta_primary"><span id="copyright_logo" class="wx_tap_link js_wx_tap_highlight rich_media_meta icon_appmsg_tag appmsg_title_tag">⟦c:原创⟧</span></span>
<span class="rich_media_meta rich_media_meta_text">⟦c:武侯融媒⟧</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" class="wx_tap_link js_wx_tap_highlight weui-wa-hotarea" id="js_name">⟦c:成都武侯⟧</a></span>
<span class="rich_media_meta rich_media_meta_text"><em id="publish_time" class="rich_media_meta rich_media_meta_text">⟦c:2024年05月10日 18:30⟧</em></span>
<em id="js_ip_wording_wrp" class="rich_media_meta rich_media_meta_text"><span id="js_ip_wording">⟦c:四川⟧</span></em>
</div>
<div class="rich_media_content js_underline_content autoTypeSetting24psection" id="js_content" style="visibility: visible;">
<section style="margin:0 8px;"><p style="text-align:justify;"><span style="font-size:15px;letter-spacing:1px;">⟦b:“以前自己做饭，一顿饭要热好几次，现在走几步路就能吃上热乎的两荤一素。”5月9日中午，在玉林街道幸福食堂，78岁的陈婆婆一边吃饭一边说。⟧</span></p></section>
<section style="margin:0 8px;"><p style="text-align:justify;"><span style="font-size:15px;letter-spacing:1px;">⟦b:今年以来，武侯区把老年助餐服务作为民生实事项目，新建、改造社区老年助餐点32个，全区助餐点总数达到118个，实现城市社区全覆盖。⟧</span></p></section>
<section style="text-align:center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_jpg/abc123/640?wx_fmt=jpeg" data-ratio="0.6667" data-w="1080" style="width:100%;"></section>
<section style="text-align:center;"><p><span style="font-size:12px;color:#888;">⟦c:▲玉林街道幸福食堂内，老人们正在用餐（摄影：李想）⟧</span></p></section>
<section style="margin:20px 8px 10px;border-left:4px solid #d4380d;padding-left:8px;"><p><strong><span style="font-size:16px;color:#d4380d;">⟦b:01 谁可以享受补贴？⟧</span></strong></p></section>
<section style="margin:0 8px;"><p><span style="font-size:15px;">⟦b:根据《武侯区老年助餐服务补贴实施办法（试行）》，具有本区户籍或持有本区居住证、年满60周岁的老年人均可在助餐点就餐并享受补贴：⟧</span></p>
<p><span style="font-size:15px;">⟦b:1. 60至79周岁老年人，每餐补贴2元；⟧</span></p>
<p><span style="font-size:15px;">⟦b:2. 80周岁及以上老年人，每餐补贴4元；⟧</span></p>
<p><span style="font-size:15px;">⟦b:3. 特困、低保、低收入家庭中的老年人和失能老年人，每餐补贴6元。⟧</span></p>
<p><span style="font-size:15px;">⟦b:每人每天补贴不超过2餐，补贴资金由区、街道按7∶3比例分担，直接结算给助餐服务机构。⟧</span></p></section>
<section style="margin:20px 8px 10px;border-left:4px solid #d4380d;padding-left:8px;"><p><strong><span style="font-size:16px;color:#d4380d;">⟦b:02 怎么吃？⟧</span></strong></p></section>
<section style="margin:0 8px;"><p><span style="font-size:15px;">⟦b:老年人持社保卡或“天府市民云”APP电子码在助餐点刷卡就餐，系统自动核减补贴金额。行动不便的老年人可提前一天电话预约，由志愿者或外卖骑手送餐上门，配送费由街道承担。⟧</span></p></section>
<section style="margin:20px 8px 10px;border-left:4px solid #d4380d;padding-left:8px;"><p><strong><span style="font-size:16px;color:#d4380d;">⟦b:03 吃得放心吗？⟧</span></strong></p></section>
<section style="margin:0 8px;"><p><span style="font-size:15px;">⟦b:区市场监管局对全部助餐点实行“明厨亮灶”，区卫生健康局组织营养师制定“一周食谱”，控盐控油控糖。社区卫生服务中心的家庭医生每月到助餐点为老人测血压、测血糖，开展医养结合健康讲座。⟧</span></p>
<p><span style="font-size:15px;">⟦b:下一步，武侯区将在2024年底前再建成助餐点15个，探索“中央厨房+社区配送”模式，让更多老年人在家门口吃上“放心饭”。⟧</span></p>
<p><span style="font-size:15px;color:#d4380d;">⟦b:关注“成都武侯”公众号，后台回复“助餐”即可查询离您最近的助餐点。⟧</span></p></section>
<section style="margin-top:30px;font-size:12px;color:#999;"><p>⟦c:文字 | 刘思雨⟧</p><p>⟦c:图片 | 李想⟧</p><p>⟦c:编辑 | 王一帆⟧</p><p>⟦c:审核 | 赵敏⟧</p></section>
<section style="margin-top:20px;"><p style="text-align:center;"><strong>⟦c:推荐阅读⟧</strong></p>
<p><a href="https://mp.weixin.qq.com/s?__biz=MzA5NzQxMjM0MQ==&amp;mid=2651234512">⟦c:武侯区2024年城市更新项目清单公布⟧</a></p>
<p><a href="https://mp.weixin.qq.com/s?__biz=MzA5NzQxMjM0MQ==&amp;mid=2651234498">⟦c:@武侯居民，这份夏季用电安全提示请收好⟧</a></p></section>
<section style="text-align:center;"><img data-src="https://mmbiz.qpic.cn/mmbiz_gif/abc123/qrcode.gif"><p><span style="font-size:12px;">⟦c:▼ 点击下方名片 关注我们 ▼⟧</span></p></section>
</div>
<div class="article-tag__list-wrp" id="js_tags"><span class="article-tag__item">⟦c:#老年助餐⟧</span><span class="article-tag__item">⟦c:#民生实事⟧</span></div>
<div id="js_tags_preview_toast" class="article-tag__error-tips">⟦c:预览时标签不可点⟧</div>
<div class="rich_media_tool" id="js_toobar3">
<a id="js_view_source" href="##">⟦c:阅读原文⟧</a>
</div>
</div>
<div class="qr_code_pc_outer" id="js_pc_qr_code"><div class="qr_code_pc"><img class="qr_code_pc_img" src="/mp/qrcode?scene=10000004&amp;size=102"><p>⟦c:微信扫一扫关注该公众号⟧</p></div></div>
</div>
</div>
<div class="rich_media_area_extra">
<div id="js_more_read_area"><p class="more_read_title">⟦c:继续滑动看下一个⟧</p></div>
<div class="wx_follow_context"><span>⟦c:成都武侯⟧</span> <span>⟦c:向上滑动看下一个⟧</span></div>
</div>
</div>
</div>
<div id="js_pc_weapp_code" class="weui-dialog__wrp" style="display:none;"><p>⟦c:微信扫一扫⟧</p><p>⟦c:使用小程序⟧</p><a href="javascript:;">⟦c:取消⟧</a> <a href="javascript:;">⟦c:允许⟧</a></div>
<div class="interaction_bar"><span>⟦c:分享⟧</span><span>⟦c:留言⟧</span><span>⟦c:收藏⟧</span><span>⟦c:点赞⟧</span><span>⟦c:在看⟧</span></div>
<div id="js_cmt_area"><a href="javascript:;" id="js_cmt_write">⟦c:写留言⟧</a></div>
<div class="weui-toast"><p>⟦c:知道了⟧</p></div>
<script type="text/javascript" src="https://res.wx.qq.com/mmbizappmsg/zh_CN/htmledition/js/appmsg/index.js"></script>
</body>
</html>
"""
    return Page("h10-zh-02-wuhou-laonian-zhucan", "zh", "UTF-8", "html",
                dict(kind="policy", tags=["elderly-care"], published="2024-05-10", regions=["510107"]), src,
                note="WeChat article saved from mp.weixin.qq.com; date only in the meta line")


@page
def zh03() -> Page:
    src = """
T|重磅！泰州出台生物医药产业新政，单个项目最高支持5000万元
C|原创 泰州发布 泰州发布 昨天 21:07 江苏
C|听全文

B|近日，市政府办公室印发《泰州市促进生物医药产业高质量发展的若干政策》（以下简称《若干政策》），从研发创新、产业化落地、市场开拓、人才引育、平台建设五个方面提出22条支持措施。《若干政策》自发布之日起施行，有效期至2026年12月31日。
B|一起来看重点↓
B|支持创新药研发
B|对在中国医药城注册的企业，取得1类创新药临床试验批件并在国内开展临床试验的，按Ⅰ、Ⅱ、Ⅲ期分别给予最高300万元、500万元、1000万元支持；取得药品注册证书并在泰州产业化的，再给予最高2000万元奖励。
C|▲中国医药城生物医药产业园（资料图）
B|支持重大项目落地
B|对新引进的生物医药产业化项目，固定资产投资额在1亿元以上的，按设备投资额的10%给予补助，单个项目最高5000万元。对通过一致性评价的仿制药品种，每个给予最高200万元奖励。
C|微信扫一扫关注该公众号
C|泰州发布
B|支持医疗器械注册
B|对首次取得第二类、第三类医疗器械注册证的产品，分别给予最高50万元、200万元奖励；对进入国家创新医疗器械特别审查程序的产品，给予最高100万元奖励。
B|支持人才引育
B|对入选市“双创计划”的生物医药领军人才，给予最高300万元项目资助和100万元购房补贴。
B|据了解，2023年泰州医药健康产业实现产值超1800亿元。中国医药城已集聚全球知名跨国制药企业14家，落户医药企业1400多家，海陵区、姜堰区、泰兴市等地也在加快建设特色生物医药产业园。
B|政策原文可点击文末“阅读原文”查看。政策咨询电话：0523-86839021。

C|来源：泰州市发展和改革委员会
C|编辑：顾晓晨
C|审核：陈静
C|终审：周鹏
C|推荐阅读
C|泰州这些地方入选省级名单！
C|刚刚，泰州发布重要提醒
C|#生物医药 8个
C|#政策解读 126个
C|上一篇：泰州2024年重大产业项目集中开工
C|下一篇：@泰州人，五一假期出行指南来了
C|预览时标签不可点
C|阅读原文
C|微信扫一扫
C|关注该公众号
C|继续滑动看下一个
C|轻触阅读原文
C|泰州发布
C|向上滑动看下一个
C|知道了
C|微信扫一扫
C|使用小程序
C|取消
C|允许
C|：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过
C|写留言
"""
    return Page("h10-zh-03-taizhou-shengwuyiyao-wechat", "zh", "UTF-8", "txt",
                dict(kind="policy", tags=["health-industry"], regions=["321200"]), src,
                note="WeChat article saved as text; only 昨天 21:07 (no date), expiry date 2026-12-31 in the body; QR widget caught mid-article")


@page
def zh04() -> Page:
    src = r"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>政策解读_抚州市医疗保障局</title>
<meta name="SiteName" content="抚州市医疗保障局">
<meta name="SiteDomain" content="ybj.jxfz.gov.cn">
<meta name="SiteIDCode" content="3610000045">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="《抚州市医疗保障按病种分值付费（DIP）支付方式改革实施细则》政策解读">
<meta name="PubDate" content="2022-08-26 16:05">
<meta name="ContentSource" content="抚州市医疗保障局">
<link rel="stylesheet" href="/static/css/common.css">
<style>.zw_title{font-size:26px;text-align:center;font-weight:700;color:#0b4ea2}.zw_fbt{text-align:center;color:#555}.zw_xx span{margin:0 12px}.zw_con table td{border:1px solid #999;padding:4px 10px}</style>
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="tbar">
  <div class="w1200">
    <div class="tbar-l">⟦c:欢迎访问抚州市医疗保障局网站！⟧</div>
    <div class="tbar-r"><a href="javascript:;" id="jft">⟦c:繁體⟧</a><a href="javascript:;" class="wza">⟦c:无障碍⟧</a><a href="javascript:;" class="zzms">⟦c:长者模式⟧</a><a href="/wap/">⟦c:手机版⟧</a></div>
  </div>
</div>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/static/img/logo.png" alt="抚州市医疗保障局"></a>
<div class="search"><input type="text" placeholder="请输入关键字"><button type="button">⟦c:搜索⟧</button></div></div></div>
<div class="nav"><ul class="w1200">
<li><a href="/">⟦c:首页⟧</a></li><li><a href="/jggk/">⟦c:机构概况⟧</a></li><li><a href="/xxgk/">⟦c:信息公开⟧</a></li><li><a href="/ybzc/">⟦c:医保政策⟧</a></li><li><a href="/bsfw/">⟦c:办事服务⟧</a></li><li><a href="/hdjl/">⟦c:互动交流⟧</a></li>
</ul></div>
<div class="w1200 main clearfix">
  <div class="dqwz">⟦C:您现在的位置：<a href="/">首页</a> &gt; <a href="/ybzc/">医保政策</a> &gt; <a href="/ybzc/zcjd/">政策解读</a>⟧</div>
  <div class="left-box fl">
    <div class="zw_title">⟦t:《抚州市医疗保障按病种分值付费（DIP）支付方式改革实施细则》政策解读⟧</div>
    <div class="zw_fbt">⟦b:——六问六答带您读懂按病种分值付费⟧</div>
    <div class="zw_xx">⟦C:<span>日期：2022.08.26</span><span>来源：抚州市医疗保障局</span><span>作者：医药服务管理科</span><span>阅读量：2381</span>⟧</div>
    <div class="zw_tool">⟦C:【字体：<a href="javascript:;" onclick="fontZoom(20)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a>】⟧
      <div class="bdsharebuttonbox">⟦c:分享到：⟧<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a><a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a></div>
    </div>
    <div class="zw_con" id="zoomcon">
<p>⟦b:　　为深入推进医保支付方式改革，近日，市医保局、市卫生健康委、市财政局联合印发《抚州市医疗保障按病种分值付费（DIP）支付方式改革实施细则》（以下简称《实施细则》）。现就有关问题解读如下：⟧</p>
<p>⟦B:　　<strong>问：为什么要推行DIP支付方式改革？</strong>⟧</p>
<p>⟦b:　　答：长期以来，我市住院费用主要实行按项目付费，容易诱导“大处方、大检查”。DIP以大数据为基础，把每一个病种按照资源消耗程度赋予相应分值，医保部门按照“总额预算、病种赋值、月度预付、年终清算”的方式与医疗机构结算，有利于引导医疗机构合理诊疗、控制成本，让有限的医保基金发挥最大效益。⟧</p>
<p>⟦B:　　<strong>问：《实施细则》适用于哪些医疗机构？</strong>⟧</p>
<p>⟦b:　　答：适用于全市11个县（区）开展住院服务的二级及以上定点公立医疗机构和具备条件的民营医院。一级及以下医疗机构暂按床日付费管理，条件成熟后逐步纳入。⟧</p>
<p>⟦B:　　<strong>问：病种分值是怎么确定的？</strong>⟧</p>
<p>⟦b:　　答：以2019年至2021年全市住院病例数据为基础，按照“诊断+治疗方式”进行组合，形成核心病种4162个、综合病种318个。部分常见病种分值示例如下：⟧</p>
<table width="90%" align="center" cellspacing="0" cellpadding="0" border="1">
<tr><td>⟦b:病种名称⟧</td><td>⟦b:治疗方式⟧</td><td>⟦b:分值⟧</td></tr>
<tr><td>⟦b:社区获得性肺炎⟧</td><td>⟦b:保守治疗⟧</td><td>⟦b:586⟧</td></tr>
<tr><td>⟦b:急性阑尾炎⟧</td><td>⟦b:腹腔镜阑尾切除术⟧</td><td>⟦b:1032⟧</td></tr>
<tr><td>⟦b:2型糖尿病伴多个并发症⟧</td><td>⟦b:保守治疗（综合）⟧</td><td>⟦b:734⟧</td></tr>
</table>
<p>⟦B:　　<strong>问：患者个人负担会不会增加？</strong>⟧</p>
<p>⟦b:　　答：不会。DIP改变的是医保基金与医疗机构之间的结算方式，参保患者的起付线、报销比例等待遇政策不变，出院时仍按原规定结算。⟧</p>
<p>⟦B:　　<strong>问：如何防止医院“推诿病人”“分解住院”？</strong>⟧</p>
<p>⟦b:　　答：《实施细则》建立了违规行为扣分机制，对分解住院、高套分值、转嫁费用等行为，一经查实，扣除相应分值；情节严重的，按照《医疗保障基金使用监督管理条例》处理。参保群众发现上述行为，可拨打12393医保服务热线举报。⟧</p>
<p>⟦B:　　<strong>问：什么时候开始实施？</strong>⟧</p>
<p>⟦b:　　答：《实施细则》自2022年10月1日起施行。2022年10月至12月为模拟运行期，2023年1月1日起正式按DIP实际付费。⟧</p>
    </div>
    <div class="zw_fj">
      <p class="fj_t">⟦c:附件下载：⟧</p>
      <p><a href="/uploadfile/2022/0826/DIP_bzml2022.xlsx">⟦c:抚州市DIP核心病种目录（2022版）.xlsx⟧</a></p>
      <p>⟦C:相关文件：<a href="/xxgk/zcwj/2022/0825/12345.html">《抚州市医疗保障按病种分值付费（DIP）支付方式改革实施细则》</a>⟧</p>
    </div>
    <div class="zw_btn"><a href="javascript:window.print();">⟦c:打印⟧</a><a href="javascript:;" onclick="addFav()">⟦c:收藏⟧</a><a href="javascript:window.close();">⟦c:关闭⟧</a></div>
    <div class="zw_sxp">
      <p>⟦C:上一篇：<a href="#">图解：2022年度城乡居民医保缴费指南</a>⟧</p>
      <p>⟦C:下一篇：<a href="#">《抚州市门诊慢特病管理办法》解读</a>⟧</p>
    </div>
  </div>
  <div class="right-box fr">
    <div class="rbox"><h3>⟦c:热点信息⟧</h3>
      <ul>
        <li><a href="#">⟦c:抚州市2023年度城乡居民医保集中缴费工作启动⟧</a></li>
        <li><a href="#">⟦c:关于公布第二批医保定点零售药店名单的通知⟧</a></li>
        <li><a href="#">⟦c:异地就医直接结算十问十答⟧</a></li>
      </ul>
    </div>
    <div class="rbox ewm"><img src="/static/img/ewm.jpg" alt="二维码"><p>⟦c:扫码关注“抚州医保”微信公众号⟧</p></div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="f-links"><a href="#">⟦c:网站地图⟧</a><a href="#">⟦c:联系我们⟧</a><a href="#">⟦c:隐私声明⟧</a></div>
    <p>⟦c:主办单位：抚州市医疗保障局　地址：抚州市临川区赣东大道1188号⟧</p>
    <p><a href="https://beian.miit.gov.cn">⟦c:赣ICP备2021001234号-1⟧</a>　<a href="#">⟦c:赣公网安备 36100202000456号⟧</a>　⟦c:网站标识码：3610000045⟧</p>
    <p>⟦C:您是本站第 <span id="visit">1234567</span> 位访客⟧</p>
    <div class="dzjg"><a href="#"><img src="/static/img/dzjg.png" alt="党政机关"></a><a href="#"><img src="/static/img/jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</div>
<script src="/static/js/fz-common.js"></script>
<script>window._bd_share_config={"common":{"bdText":"","bdPic":""},"share":{}};</script>
</body>
</html>
"""
    return Page("h10-zh-04-fuzhou-dip-jiedu", "zh", "UTF-8", "html",
                dict(kind="policy", tags=["medical-insurance", "medical-reform"], published="2022-08-26",
                     regions=["361000"]), src,
                note="问/答 policy interpretation, headline in div.zw_title, subtitle line, table cells, attachment widget; 抚州 (Jiangxi) not 福州")


@page
def zh05() -> Page:
    src = """
C|宿州市人民政府
C|首页 | 市情概况 | 政务公开 | 政务服务 | 政民互动 | 专题专栏
C|当前位置：首页 > 信息公开 > 政策文件 > 市政府办公室文件
C|索 引 号：11341300003194571X/202405-00012
C|信息分类：市政府办公室文件
C|发布机构：宿州市人民政府办公室
C|发文字号：宿政办发〔2024〕9号
C|成文日期：2024-05-10
C|发布日期：2024-05-13
C|名　　称：宿州市人民政府办公室关于印发宿州市慢性病综合防控与基层规范管理实施办法的通知
C|主题分类：卫生、体育
C|有 效 性：有效

T|宿州市人民政府办公室关于印发宿州市慢性病综合防控与基层规范管理实施办法的通知
C|字体：[ 大 中 小 ]　　打印本页　　分享到：
B|宿政办发〔2024〕9号
B|各县、区人民政府，市政府有关部门：
B|　　《宿州市慢性病综合防控与基层规范管理实施办法》已经市政府同意，现印发给你们，请认真贯彻执行。
B|宿州市人民政府办公室
B|2024年5月10日
B|（此件公开发布）

B|宿州市慢性病综合防控与基层规范管理实施办法
B|第一章　总　　则
B|　　第一条　为加强慢性病综合防控，提升基层医疗卫生机构高血压、糖尿病等慢性病规范管理水平，根据《“健康安徽2030”规划纲要》和国家基本公共卫生服务规范，结合本市实际，制定本办法。
B|　　第二条　本办法适用于本市行政区域内高血压、2型糖尿病、慢性阻塞性肺疾病等主要慢性病的筛查、诊治、随访和健康管理。
B|　　第三条　市、县（区）卫生健康部门负责本辖区慢性病综合防控工作的组织实施；疾病预防控制机构负责技术指导和质量控制；乡镇卫生院、社区卫生服务中心和村卫生室具体承担患者建档、随访和转诊。
C|热点专题
C|深入学习贯彻习近平新时代中国特色社会主义思想主题教育
C|优化营商环境　我们在行动
C|皖事通办·宿州分厅
C|政务服务“好差评”
B|第二章　筛查与建档
B|　　第四条　基层医疗卫生机构对辖区35岁及以上常住居民实行首诊测血压制度，对糖尿病高危人群每年至少检测一次空腹血糖。
B|　　第五条　筛查发现的患者应当在确诊后14日内建立健康档案，纳入家庭医生签约服务。
B|第三章　规范管理
B|　　第六条　各县（区）应当按照下列标准配备慢性病管理人员：
B|机构类型\t服务人口\t慢病专干（人）
B|社区卫生服务中心\t5万人以上\t不少于3
B|乡镇卫生院\t3万人以上\t不少于2
B|村卫生室\t—\t1
B|　　第七条　对纳入管理的高血压、糖尿病患者，每年提供不少于4次面对面随访和1次较全面的健康体检；血压、血糖控制不满意的，2周内再次随访。
B|　　第八条　鼓励基层医疗卫生机构设置中医药综合服务区（中医馆），运用针刺、艾灸、中药饮片及八段锦、太极拳等中医药适宜技术开展慢性病干预，将中医药健康管理纳入家庭医生签约服务包，每个乡镇卫生院至少能够规范开展6类以上中医药适宜技术。
B|　　第九条　建立县域慢性病管理中心。县级医院负责疑难病例会诊，对血压、血糖持续控制不佳或出现并发症的患者，基层医疗卫生机构应当及时上转；病情稳定的，县级医院应当下转基层继续管理。
B|第四章　保障措施
B|　　第十条　市、县（区）财政按照常住人口每人每年不低于5元的标准安排慢性病综合防控经费，纳入年度预算。
B|　　第十一条　慢性病规范管理率、血压血糖控制率纳入基层医疗卫生机构绩效考核，考核结果与基本公共卫生服务补助资金拨付挂钩。
B|第五章　附　　则
B|　　第十二条　本办法由市卫生健康委负责解释，自2024年7月1日起施行，有效期5年。
B|附件：1．宿州市慢性病高危人群筛查流程图
B|　　　2．宿州市高血压、糖尿病患者随访服务记录表

C|扫一扫在手机打开当前页
C|【打印】【关闭】
C|相关解读：图解：一图读懂《宿州市慢性病综合防控与基层规范管理实施办法》
C|相关解读：市卫生健康委负责同志就《宿州市慢性病综合防控与基层规范管理实施办法》答记者问
C|主办：宿州市人民政府办公室　承办：宿州市数据资源管理局
C|皖ICP备05001234号　皖公网安备 34130202000789号　网站标识码：3413000001
C|建议使用1920×1080分辨率，IE10以上浏览器
"""
    return Page("h10-zh-05-suzhou-manbing-guanli", "zh", "GB18030", "txt",
                dict(kind="policy", tags=["chronic-disease", "primary-care", "tcm"], published="2024-05-13",
                     regions=["341300"]), src,
                note="宿州 (Anhui) document: info box, numbered articles, table rows as tab-separated lines, "
                     "attachment list; 成文日期 2024-05-10 vs 发布日期 2024-05-13; sidebar interleaved mid-document")


@page
def zh06() -> Page:
    src = """
T|总投资超千亿元！2024成都投资推介会签约项目61个
C|蓉城新闻
C|打开APP
C|APP内打开
T|总投资超千亿元！2024成都投资推介会签约项目61个
C|蓉城新闻客户端 记者 周琳
C|2小时前 · 四川
C|关注
B|3月19日，2024成都投资推介会在天府国际会议中心举行，现场集中签约重大项目61个，总投资1162亿元，涵盖电子信息、装备制造、新能源汽车、现代物流等领域。
B|推介会上，市投资促进局负责人介绍了成都“建圈强链”行动和营商环境建设成果。2023年，成都实际利用外资、新引进重大项目数量均居中西部城市前列。
C|展开全文
B|签约项目中，投资额50亿元以上的项目有9个，包括新能源汽车零部件基地、西部算力调度中心等。另有一个生物医药项目落户天府国际生物城，计划建设抗体药物生产线。
C|打开蓉城新闻APP，查看更多高清图片
B|“我们将以最优的服务保障项目早落地、早投产、早见效。”成都市副市长刘明在致辞中表示。
B|据悉，本次推介会由成都市人民政府主办，吸引了来自20多个国家和地区的500余家企业代表参会。
C|责任编辑：何欣
C|【免责声明】本文仅代表作者本人观点，与蓉城新闻无关。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。
C|相关推荐
C|成都高新区一季度新签约项目42个，协议投资额超600亿元
C|天府国际生物城：去年生物医药产业规模增长18%
C|四川今年将推进700个省重点项目建设
C|评论
C|还没有评论，快来抢沙发吧~
C|写评论...
C|下载蓉城新闻APP，看更多精彩内容
C|首页　视频　直播　服务　我的
C|蓉城新闻 版权所有
"""
    return Page("h10-zh-06-chengdu-tuijiehui-mobile", "zh", "UTF-8", "txt",
                dict(kind="economy", tags=[], regions=["510100"]), src,
                note="mobile (m.) page saved as text: headline twice (sticky header), app prompts, 展开全文, bottom tab bar; only 2小时前 and 3月19日 (no date); biomedicine mentioned once")


@page
def zh07() -> Page:
    src = r"""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>招标采购 - 苏州市金鸡湖医院</title>
<meta name="keywords" content="苏州市金鸡湖医院,招标采购,中标公告">
<link href="../css/css.css" rel="stylesheet" type="text/css">
<style type="text/css">
<!--
.title_con {font-family:"微软雅黑";font-size:20px;font-weight:bold;color:#0066aa}
.con14 {font-size:14px;line-height:26px}
-->
</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="../images/top.jpg" width="980" height="110"></td></tr>
  <tr>
    <td height="36" background="../images/navbg.gif">
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="nav"><tr>
        <td align="center"><a href="../index.asp">⟦c:网站首页⟧</a></td>
        <td align="center"><a href="../yygk.asp">⟦c:医院概况⟧</a></td>
        <td align="center"><a href="../news.asp">⟦c:新闻动态⟧</a></td>
        <td align="center"><a href="../ksdh.asp">⟦c:科室导航⟧</a></td>
        <td align="center"><a href="../zjjs.asp">⟦c:专家介绍⟧</a></td>
        <td align="center"><a href="../jyzn.asp">⟦c:就医指南⟧</a></td>
        <td align="center"><a href="../zbcg.asp">⟦c:招标采购⟧</a></td>
        <td align="center"><a href="../djwh.asp">⟦c:党建文化⟧</a></td>
        <td align="center"><a href="../lxwm.asp">⟦c:联系我们⟧</a></td>
      </tr></table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="220" valign="top" bgcolor="#F2F7FB">
      <table width="200" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="40" class="left_t"><font color="#FFFFFF"><b>⟦c:招标采购⟧</b></font></td></tr>
        <tr><td height="30" class="left_a">⟦C:&gt;&gt; <a href="../zbcg.asp?lb=1">招标公告</a>⟧</td></tr>
        <tr><td height="30" class="left_a">⟦C:&gt;&gt; <a href="../zbcg.asp?lb=2">中标公告</a>⟧</td></tr>
        <tr><td height="30" class="left_a">⟦C:&gt;&gt; <a href="../zbcg.asp?lb=3">采购意向</a>⟧</td></tr>
        <tr><td height="30" class="left_a">⟦C:&gt;&gt; <a href="../zbcg.asp?lb=4">废标公告</a>⟧</td></tr>
      </table>
      <table width="200" border="0" align="center" cellpadding="0" cellspacing="0" style="margin-top:15px">
        <tr><td height="40" class="left_t"><font color="#FFFFFF"><b>⟦c:联系方式⟧</b></font></td></tr>
        <tr><td class="left_c">⟦c:急救电话：120⟧</td></tr>
        <tr><td class="left_c">⟦c:预约挂号：0512-68015500⟧</td></tr>
      </table>
    </td>
    <td width="760" valign="top">
      <table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
        <tr><td height="34" class="weizhi">⟦C:当前位置：<a href="../index.asp">网站首页</a> &gt;&gt; <a href="../zbcg.asp">招标采购</a> &gt;&gt; 中标公告⟧</td></tr>
        <tr><td height="60" align="center"><span class="title_con">⟦t:苏州市金鸡湖医院医用耗材SPD精细化管理服务项目中标结果公告⟧</span></td></tr>
        <tr><td height="30" align="center" style="color:#999">⟦C:发布者：admin&nbsp;&nbsp;&nbsp;Addtime:2022-05-13&nbsp;&nbsp;&nbsp;点击数：356⟧</td></tr>
        <tr><td class="con14">
<p>⟦b:一、项目编号：SZJJH-2022-CG-017⟧</p>
<p>⟦b:二、项目名称：医用耗材SPD精细化管理服务项目⟧</p>
<p>⟦b:三、中标信息⟧</p>
<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td>⟦b:供应商名称⟧</td><td>⟦b:供应商地址⟧</td><td>⟦b:中标金额⟧</td></tr>
<tr><td>⟦b:苏州恒康医疗供应链管理有限公司⟧</td><td>⟦b:苏州工业园区星湖街328号⟧</td><td>⟦b:服务费率：2.85%（按年度耗材采购额计）⟧</td></tr>
</table>
<p>⟦b:四、主要标的信息⟧</p>
<p>⟦b:服务范围：全院高值、低值医用耗材的院内物流配送、库存管理及与医院HIS、HRP系统对接；服务期限：三年。⟧</p>
<p>⟦b:五、评审专家名单：周立新、沈佳、顾明华、吴建平、钱红（采购人代表）⟧</p>
<p>⟦b:六、公告期限：自本公告发布之日起1个工作日。⟧</p>
<p>⟦b:七、其他补充事宜⟧</p>
<p>⟦b:本项目于2022年4月28日在苏州市公共资源交易中心开标，评标方法为综合评分法。各有关当事人对中标结果有异议的，可以在中标公告期限届满之日起七个工作日内，以书面形式向采购人提出质疑，逾期不再受理。⟧</p>
<p>⟦b:八、凡对本次公告内容提出询问，请按以下方式联系。⟧</p>
<p>⟦b:采购人：苏州市金鸡湖医院　联系人：许老师　电话：0512-68015573⟧</p>
<p>⟦b:代理机构：苏州公正招标代理有限公司　地址：苏州市姑苏区人民路1188号　电话：0512-65201234⟧</p>
<p align="right">⟦b:苏州市金鸡湖医院⟧</p>
<p align="right">⟦b:2022年5月13日⟧</p>
        </td></tr>
        <tr><td height="40" align="center">⟦C:【<a href="javascript:window.print()">打印此页</a>】⟧&nbsp;&nbsp;⟦C:【<a href="javascript:window.close()">关闭窗口</a>】⟧</td></tr>
        <tr><td height="26">⟦C:上一条：<a href="show.asp?id=412">苏州市金鸡湖医院病房楼中央空调维保服务项目采购公告</a>⟧</td></tr>
        <tr><td height="26">⟦C:下一条：<a href="show.asp?id=418">苏州市金鸡湖医院2022年度体检车租赁项目询价结果公示</a>⟧</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#0066AA">
  <tr><td height="26" align="center"><font color="#FFFFFF">⟦c:版权所有：苏州市金鸡湖医院　地址：苏州工业园区金鸡湖大道2001号　邮编：215021⟧</font></td></tr>
  <tr><td height="26" align="center"><font color="#FFFFFF"><a href="https://beian.miit.gov.cn" style="color:#fff">⟦c:苏ICP备12034567号⟧</a>　⟦c:Copyright © 2012-2022 All Rights Reserved⟧　⟦c:技术支持：苏州云帆网络科技有限公司⟧</font></td></tr>
</table>
</body>
</html>
"""
    return Page("h10-zh-07-suzhou-yiyuan-spd-zhongbiao", "zh", "UTF-8", "html",
                dict(kind="tender", tags=[], published="2022-05-13", regions=["320500"]), src,
                note="hospital site, old ASP table layout, headline in span.title_con, Addtime: date, bid-opening date in body")


@page
def zh08() -> Page:
    src = """
V|闽侯县总医院2024年公开招聘编外合同制卫生专业技术人员公告_闽侯县人民政府
C|闽侯县人民政府门户网站
C|繁體 | 无障碍 | 长者模式
C|首页 | 走进闽侯 | 政务公开 | 政务服务 | 互动交流 | 专题专栏
C|您现在的位置：首页 > 政务公开 > 人事信息 > 招考录用
T|闽侯县总医院2024年公开招聘编外合同制卫生专业技术人员公告
C|2024/3/8　来源：县卫健局　字体：【大 中 小】
B|　　根据工作需要，经研究，闽侯县总医院（含各分院）决定面向社会公开招聘编外合同制卫生专业技术人员46名。现将有关事项公告如下：
B|　　一、招聘岗位及人数
B|　　临床医师20名、护理人员18名、医学影像技师4名、药剂人员4名，具体岗位条件详见附件。
B|　　二、招聘条件
B|　　（一）具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行和职业道德；
B|　　（二）年龄在35周岁以下（1988年3月8日以后出生），具有中级及以上职称的可放宽至40周岁；
B|　　（三）具有岗位要求的学历、专业及执业资格，身体健康。
B|　　三、报名方式
B|　　本次招聘采取网上报名方式。报名时间：2024年3月11日8:00至3月18日17:00。应聘人员将报名表、身份证、学历学位证书、执业证书等材料扫描件发送至邮箱mhzyy_rsk@163.com，邮件主题注明“岗位名称+姓名”。
B|　　四、考试和考察
B|　　考试采取笔试与面试相结合的方式，笔试、面试成绩各占50%。具体时间、地点另行通知，请应聘人员保持通讯畅通。
B|　　五、薪酬待遇
B|　　聘用人员与医院签订劳动合同，依法参加社会保险，薪酬按医院编外人员薪酬管理办法执行，同岗同酬。
B|　　咨询电话：0591-22981234（工作日上午8:00-12:00，下午14:30-17:30）
B|　　附件：闽侯县总医院2024年公开招聘编外合同制卫生专业技术人员岗位信息表
B|闽侯县总医院
B|2024年3月8日
C|附件下载：招聘岗位信息表.xls
C|【打印本页】　【关闭窗口】
C|上一篇：闽侯县2024年第一季度城镇公益性岗位招聘公告
C|下一篇：关于闽侯县2023年度卫生系列中级职称评审结果的公示
C|闽侯县人民政府办公室主办　闽侯县大数据服务中心承办
C|闽ICP备05012345号-2　闽公网安备 35012102000123号　网站标识码：3501210001
C|[Scraped at 2024-03-09 07:12:44 UTC]
"""
    return Page("h10-zh-08-minhou-zhaopin", "zh", "UTF-8", "txt",
                dict(kind="job-ad", tags=[], published="2024-03-08", regions=["350121"]), src, crlf=True,
                note="county portal recruitment notice, first line is <title> with site suffix, CRLF; date 2024/3/8, deadlines and a birth-date cutoff in the body, scrape timestamp")


@page
def zh09() -> Page:
    src = r"""
<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>新聞稿-臺中市政府衛生局</title>
<meta name="DC.Title" content="寒流來襲 衛生局提醒銀髮族保暖五撇步 遠離心血管疾病">
<meta name="DC.Publisher" content="臺中市政府衛生局">
<meta name="DC.Date" content="113-01-15">
<meta property="og:title" content="寒流來襲 衛生局提醒銀髮族保暖五撇步 遠離心血管疾病-臺中市政府衛生局">
<meta property="og:type" content="website">
<link rel="stylesheet" href="/css/main.css">
<script src="/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<a href="#C" class="skip" title="跳到主要內容區塊">⟦c:跳到主要內容區塊⟧</a>
<div class="header">
  <a href="#U" accesskey="U" title="上方功能區塊" class="acc">⟦c::::⟧</a>
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="臺中市政府衛生局"></a></div>
  <ul class="topnav">
    <li><a href="/sitemap">⟦c:網站導覽⟧</a></li>
    <li><a href="/">⟦c:回首頁⟧</a></li>
    <li><a href="/en/">⟦c:English⟧</a></li>
    <li><a href="/rss">⟦c:RSS⟧</a></li>
  </ul>
  <div class="fontsize">⟦c:字級：⟧<a href="javascript:;" class="s">⟦c:小⟧</a><a href="javascript:;" class="m">⟦c:中⟧</a><a href="javascript:;" class="l">⟦c:大⟧</a></div>
  <ul class="mainnav">
    <li><a href="/about">⟦c:認識本局⟧</a></li>
    <li><a href="/news">⟦c:最新消息⟧</a></li>
    <li><a href="/service">⟦c:便民服務⟧</a></li>
    <li><a href="/health">⟦c:衛生保健⟧</a></li>
    <li><a href="/open">⟦c:政府資訊公開⟧</a></li>
  </ul>
</div>
<div class="main">
  <a href="#C" accesskey="C" id="C" title="中央內容區塊" class="acc">⟦c::::⟧</a>
  <div class="path">⟦C:<a href="/">首頁</a> &gt; <a href="/news">最新消息</a> &gt; <a href="/news/press">新聞稿</a>⟧</div>
  <div class="cp">
    <h2 class="cp-title">⟦t:寒流來襲 衛生局提醒銀髮族保暖五撇步 遠離心血管疾病⟧</h2>
    <ul class="info">
      <li>⟦c:發布日期：113-01-15⟧</li>
      <li>⟦c:更新日期：113-01-16⟧</li>
      <li>⟦c:發布單位：保健科⟧</li>
      <li>⟦c:點閱次數：1534⟧</li>
    </ul>
    <div class="essay">
<p>⟦b:寒流來襲，臺中市政府衛生局提醒，氣溫驟降時血管容易收縮，血壓隨之升高，65歲以上長者及患有高血壓、糖尿病、高血脂等慢性病的民眾要特別注意保暖，以降低心肌梗塞及腦中風的風險。⟧</p>
<p>⟦b:衛生局長林美玲表示，根據統計，冬季因心血管疾病就醫的人數比夏季高出約兩成。民眾只要掌握以下五個撇步，就能安心過冬：⟧</p>
<div class="pic"><img src="/upload/113/0115/warm.jpg" alt="長者保暖示意圖"><p class="pic-txt">⟦c:衛生局提醒長者冬季注意保暖（圖／衛生局提供）⟧</p></div>
<p>⟦b:一、頭頸保暖：外出戴帽子、圍巾，避免頭頸部受寒，洋蔥式穿法方便隨溫度增減衣物。⟧</p>
<p>⟦b:二、起床慢慢來：醒來後先在床上躺30秒、坐30秒，再站30秒後才下床走動。⟧</p>
<p>⟦b:三、洗澡水溫勿過高：水溫以40℃以下為宜，洗澡前先讓浴室保持溫暖，避免飯後或酒後立即洗澡。⟧</p>
<p>⟦b:四、清淡飲食：少吃醃漬、重鹹及高油脂食物，每日鹽分攝取不超過6公克。⟧</p>
<p>⟦b:五、規律量血壓：依照「722」原則，連續7天、早晚各量1回、每回量2次，並記錄下來回診時提供醫師參考。⟧</p>
<p>⟦b:衛生局也提醒，如出現胸悶、胸痛、單側肢體無力、嘴角歪斜或口齒不清等症狀，應把握黃金時間，立即撥打119送醫。⟧</p>
    </div>
    <div class="file">
      <p>⟦c:相關連結：⟧</p>
      <ul>
        <li><a href="#">⟦c:國民健康署－冬季保健專區⟧</a></li>
        <li><a href="#">⟦c:臺中市成人預防保健服務院所查詢⟧</a></li>
      </ul>
    </div>
    <div class="tools">
      <a href="javascript:history.back();">⟦c:回上一頁⟧</a>
      <a href="javascript:window.print();">⟦c:友善列印⟧</a>
      <a href="#" class="fb">⟦c:分享至Facebook⟧</a>
      <a href="#" class="line">⟦c:分享至LINE⟧</a>
    </div>
  </div>
</div>
<div class="footer">
  <a href="#Z" accesskey="Z" title="下方功能區塊" class="acc">⟦c::::⟧</a>
  <ul class="flink"><li><a href="/privacy">⟦c:隱私權政策⟧</a></li><li><a href="/security">⟦c:資訊安全政策⟧</a></li><li><a href="/open-data">⟦c:政府網站資料開放宣告⟧</a></li></ul>
  <p>⟦c:地址：42041臺中市豐原區陽明街36號　服務專線：04-2526-5394⟧</p>
  <p>⟦c:服務時間：週一至週五 上午8:00-12:00 下午1:30-5:30⟧</p>
  <p>⟦c:臺中市政府衛生局 版權所有⟧　⟦c:本網站最佳瀏覽解析度為1280×768⟧</p>
  <p>⟦C:瀏覽人次：<span>8462153</span>⟧</p>
  <a href="https://accessibility.moda.gov.tw/"><img src="/images/aa.png" alt="通過AA檢測等級無障礙網頁檢測"></a>
</div>
<script src="/js/common.js"></script>
</body>
</html>
"""
    return Page("h10-zh-09-taichung-hanliu-baonuan", "zh", "Big5", "html",
                dict(kind="wellness", tags=[], published="2024-01-15", regions=["710000"]), src,
                note="traditional script (Taiwan health bureau), Big5, 民國 date 113-01-15, ::: accesskey anchors, health tips looking official")


@page
def zh10() -> Page:
    src = """
C|跳過導覽列
C|香港特別行政區政府 新聞公報
C|English | 简体版
C|今日新聞 | 新聞公報主頁 | 按類別瀏覽 | 新聞檔案
C|搜尋
T|「慢性疾病共同治理先導計劃」下月擴展至全港地區康健中心
C|＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
B|　　醫務衞生局今日（六月四日）宣布，「慢性疾病共同治理先導計劃」（先導計劃）將於七月起擴展至全港十八區的地區康健中心及地區康健站，讓更多市民可透過家庭醫生接受高血壓及糖尿病篩查和跟進治療。
B|　　先導計劃於去年十一月推出，以「家庭醫生為本、地區康健中心為樞紐」的模式，為45歲或以上、沒有已知高血壓或糖尿病病史的香港居民提供政府資助篩查。截至今年五月底，已有超過四萬六千名市民參加，其中約三成被確診患有高血壓或前期糖尿病。
B|　　醫務衞生局局長表示：「基層醫療是整個醫療系統的基石。我們希望市民從年輕時開始，與自己的家庭醫生建立長期關係，及早識別和管理慢性疾病，減輕公立醫院的壓力。」
B|　　為方便市民，參加者可透過「醫健通」流動應用程式登記、選擇家庭醫生、查閱篩查結果及預約覆診。政府亦會在「醫健通」加入個人健康紀錄功能，讓私家醫生在病人同意下查閱其公營醫療紀錄，以便延續治理。
B|　　在資助安排方面，政府會就篩查及每年最多十次的治療診症提供定額資助，參加者每次只需支付由個別家庭醫生釐定的共付額。醫務衞生局亦會透過「策略採購」安排，讓參加者以較低價格在社區藥房取得指定慢性疾病藥物。
B|　　市民如有查詢，可致電先導計劃熱線3142 2266。
C|完
C|2024年6月4日（星期二）
C|香港時間18時30分
C|列印本頁 | 電郵本頁
C|相關新聞
C|地區康健中心推出長者流感疫苗外展服務
C|政府公布《基層醫療健康藍圖》進展報告
C|重要告示 | 私隱政策 | 無障礙瀏覽聲明
C|2024 ©
"""
    return Page("h10-zh-10-hk-manbing-gongtong-zhili", "zh", "UTF-8", "txt",
                dict(kind="policy", tags=["primary-care", "chronic-disease", "digital-health"],
                     published="2024-06-04", regions=["810000"]), src,
                note="traditional script (Hong Kong government press release), date after the 完 end mark, 今日（六月四日） in the body")


@page
def en01() -> Page:
    src = r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>More Than One Million Residents Enrolled in Healthier SG | Ministry of Health</title>
<meta name="description" content="More than one million residents have enrolled in Healthier SG. MOH will enhance support for Healthier SG clinics from 1 July 2024.">
<meta property="og:title" content="More Than One Million Residents Enrolled in Healthier SG; Support for GP Clinics to Be Enhanced">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Ministry of Health">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/css/sgds.min.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXX');</script>
</head>
<body>
<a class="skip-link" href="#main-content">⟦c:Skip to main content⟧</a>
<div class="masthead"><div class="container"><span>⟦c:A Singapore Government Agency Website⟧</span> <a href="#" class="masthead-toggle">⟦c:How to identify⟧</a></div></div>
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite">
  <p>⟦c:This website uses cookies to ensure you get the best experience. By continuing to browse, you agree to our use of cookies.⟧</p>
  <button type="button" id="cookie-accept">⟦c:Accept⟧</button> <a href="/privacy-statement">⟦c:Learn more⟧</a>
</div>
<header class="site-header">
  <div class="container">
    <a href="/" class="navbar-brand"><img src="/assets/img/moh-logo.svg" alt="Ministry of Health"></a>
    <nav class="navbar" aria-label="Main">
      <ul>
        <li><a href="/about-us">⟦c:About Us⟧</a></li>
        <li><a href="/newsroom">⟦c:Newsroom⟧</a></li>
        <li><a href="/resources-statistics">⟦c:Resources & Statistics⟧</a></li>
        <li><a href="/policies">⟦c:Policies⟧</a></li>
        <li><a href="/cost-financing">⟦c:Cost & Financing⟧</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="main-content">
  <div class="container">
    <nav aria-label="Breadcrumb" class="breadcrumb">⟦C:<a href="/">Home</a> / <a href="/newsroom">Newsroom</a> / Press Releases⟧</nav>
    <article class="press-release">
      <p class="kicker">⟦c:PRESS RELEASE⟧</p>
      <h1>⟦t:More Than One Million Residents Enrolled in Healthier SG; Support for GP Clinics to Be Enhanced⟧</h1>
      <p class="date">⟦c:12 March 2024⟧</p>
      <div class="content">
<p>⟦b:More than one million Singapore residents have enrolled in Healthier SG, the Ministry of Health (MOH) announced today. Since the programme's launch in July 2023, about 1,080,000 residents aged 40 and above have chosen a family doctor, and more than 620,000 have completed their first health plan consultation.⟧</p>
<p>⟦b:Of those enrolled, around 40% have at least one chronic condition such as hypertension, diabetes or hyperlipidaemia. Through their health plans, residents agree on lifestyle goals with their doctors and are referred to community activities run by the Health Promotion Board and ActiveSG.⟧</p>
<h2>⟦b:Enhanced support for Healthier SG clinics⟧</h2>
<p>⟦b:From 1 July 2024, MOH will raise the annual service fee paid to Healthier SG clinics for each enrolled resident with chronic conditions, and will fund one additional nurse or care coordinator for every 1,000 enrolled residents at participating clinics. The chronic medication subsidy for enrolled residents will also be extended, so that they pay no more than at polyclinics for a list of common chronic medications.⟧</p>
<p>⟦b:To build up the primary care workforce, MOH will work with the Agency for Integrated Care to train 500 nurses and care coordinators in chronic disease management by 2026. Training will be fully funded for staff of participating clinics.⟧</p>
<p>⟦B:Senior Minister of State for Health, Dr Tan Wei Ming, said: "Family doctors are the foundation of Healthier SG. With more support for their teams, they can spend more time helping residents prevent and manage chronic diseases."⟧</p>
<p>⟦b:Residents who have yet to enrol can do so via the HealthHub app using their Singpass, or call the Healthier SG hotline at 1800 650 6060 for assistance.⟧</p>
<h3>⟦b:Annex A: Healthier SG enrolment by age group⟧</h3>
<table class="table">
  <thead><tr><th>⟦b:Age group⟧</th><th>⟦b:Residents enrolled⟧</th></tr></thead>
  <tbody>
    <tr><td>⟦b:40 to 59⟧</td><td>⟦b:612,000⟧</td></tr>
    <tr><td>⟦b:60 and above⟧</td><td>⟦b:468,000⟧</td></tr>
  </tbody>
</table>
<p class="signoff">⟦c:MINISTRY OF HEALTH⟧</p>
<p class="signoff">⟦c:12 MARCH 2024⟧</p>
      </div>
    </article>
    <section class="share">
      <h2>⟦c:Share this page⟧</h2>
      <ul><li><a href="#">⟦c:Facebook⟧</a></li><li><a href="#">⟦c:LinkedIn⟧</a></li><li><a href="#">⟦c:WhatsApp⟧</a></li><li><a href="#">⟦c:Email⟧</a></li></ul>
    </section>
    <section class="related">
      <h2>⟦c:Related Press Releases⟧</h2>
      <ul>
        <li><a href="#">⟦c:Healthier SG Enrolment to Open to Residents Aged 40 to 59 from July⟧</a></li>
        <li><a href="#">⟦c:MOH Outlines Next Phase of Primary Care Transformation⟧</a></li>
      </ul>
    </section>
    <div class="feedback-widget">
      <p>⟦c:Was this page helpful?⟧</p>
      <button type="button">⟦c:Yes⟧</button> <button type="button">⟦c:No⟧</button>
    </div>
    <p class="last-reviewed">⟦c:Page last reviewed: 13 March 2024⟧</p>
  </div>
</main>
<footer class="site-footer">
  <div class="container">
    <ul>
      <li><a href="/contact-us">⟦c:Contact Us⟧</a></li>
      <li><a href="https://www.reach.gov.sg">⟦c:REACH⟧</a></li>
      <li><a href="/report-vulnerability">⟦c:Report Vulnerability⟧</a></li>
      <li><a href="/privacy-statement">⟦c:Privacy Statement⟧</a></li>
      <li><a href="/terms-of-use">⟦c:Terms of Use⟧</a></li>
    </ul>
    <p>⟦c:© 2024 Government of Singapore⟧</p>
  </div>
</footer>
<script src="/assets/js/sgds.min.js"></script>
</body>
</html>
"""
    return Page("h10-en-01-sg-moh-healthier-sg", "en", "UTF-8", "html",
                dict(kind="policy", tags=["primary-care", "chronic-disease", "health-workforce"],
                     published="2024-03-12", regions=["SG"]), src,
                note="national health ministry press release: skip link, cookie banner, kicker, share, feedback widget, Page last reviewed (another date)")


@page
def en02() -> Page:
    src = r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Press Releases &lt; News &amp; Notice &lt; National Health Insurance Service</title>
<meta name="description" content="National Health Insurance Service English website">
<link rel="stylesheet" type="text/css" href="/static/eng/css/layout.css">
<script type="text/javascript" src="/static/eng/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript">function fn_print(){window.print();} function fn_list(){location.href='/eng/news/pressList.do';}</script>
</head>
<body>
<div id="skipnavi"><a href="#contents">⟦c:Skip to content⟧</a> <a href="#gnb">⟦c:Skip to main menu⟧</a></div>
<div class="cookie-consent" id="cookieConsent">
  <p>⟦c:This website uses cookies to analyse traffic and remember your settings. You can change your cookie settings at any time.⟧</p>
  <a href="javascript:;" class="btn">⟦c:Accept all⟧</a> <a href="javascript:;" class="btn">⟦c:Reject⟧</a>
</div>
<div id="header">
  <div class="util">
    <ul class="lang">
      <li><a href="https://www.nhis.or.kr/">⟦c:한국어⟧</a></li>
      <li class="on"><a href="/eng/">⟦c:English⟧</a></li>
      <li><a href="/chn/">⟦c:中文⟧</a></li>
      <li><a href="/jpn/">⟦c:日本語⟧</a></li>
    </ul>
  </div>
  <h1 class="logo"><a href="/eng/"><img src="/static/eng/img/logo.png" alt="NHIS National Health Insurance Service"></a></h1>
  <ul id="gnb">
    <li><a href="/eng/about/">⟦c:About NHIS⟧</a></li>
    <li><a href="/eng/nhi/">⟦c:NHI System⟧</a></li>
    <li><a href="/eng/ltci/">⟦c:LTC Insurance⟧</a></li>
    <li><a href="/eng/news/">⟦c:News & Notice⟧</a></li>
  </ul>
</div>
<div id="container">
  <div id="lnb">
    <h2>⟦c:News & Notice⟧</h2>
    <ul>
      <li class="on"><a href="/eng/news/pressList.do">⟦c:Press Releases⟧</a></li>
      <li><a href="/eng/news/noticeList.do">⟦c:Notices⟧</a></li>
      <li><a href="/eng/news/faq.do">⟦c:FAQ⟧</a></li>
    </ul>
  </div>
  <div id="contents">
    <div class="location">⟦C:<a href="/eng/">Home</a> &gt; <a href="/eng/news/">News &amp; Notice</a> &gt; <strong>Press Releases</strong>⟧</div>
    <h3 class="tit">⟦c:Press Releases⟧</h3>
    <div class="board_view">
      <div class="view_head">
        <h4>⟦t:NHIS Expands Home-Visit Medical Care for Long-Term Care Recipients: Questions and Answers⟧</h4>
        <ul class="info">
          <li>⟦c:Department : Long-Term Care Benefits Dept.⟧</li>
          <li>⟦c:Date : Mar. 3, 2023⟧</li>
          <li>⟦c:Views : 1482⟧</li>
        </ul>
      </div>
      <div class="view_cont">
<p>⟦b:The National Health Insurance Service (NHIS) will expand its home-visit medical care pilot programme to 120 cities, counties and districts from April, allowing long-term care recipients who have difficulty visiting a clinic to receive regular check-ups from a doctor and a nurse at home. The main changes are explained below.⟧</p>
<p>⟦B:<strong>Q: Who is eligible?</strong>⟧</p>
<p>⟦b:A: Long-term care insurance recipients of grades 1 to 5 who live at home and have difficulty going out because of dementia, stroke or other chronic conditions. Eligibility is confirmed by the doctor of the participating clinic at the first visit.⟧</p>
<p>⟦B:<strong>Q: How much will I pay?</strong>⟧</p>
<p>⟦b:A: Patients pay 30% of the visit fee, about 13,000 won for a doctor's visit. Medical aid recipients and low-income enrollees pay a reduced share or nothing. The remainder is covered by the National Health Insurance.⟧</p>
<p>⟦B:<strong>Q: What services are provided?</strong>⟧</p>
<p>⟦b:A: A care team of a doctor, a nurse and a social worker visits at least once a month to check vital signs, review medication, change catheters and dressings, and connect patients with local welfare services. Patients may call the team nurse during the day for advice.⟧</p>
<p>⟦B:<strong>Q: How do I apply?</strong>⟧</p>
<p>⟦b:A: Contact a participating clinic directly or call the NHIS Customer Center. The list of participating clinics is available on the NHIS website and in the "The Health" app.⟧</p>
<p>⟦B:<strong>Q: Why is NHIS expanding the programme?</strong>⟧</p>
<p>⟦b:A: During the first pilot phase (2019-2022), home-visit patients had 19% fewer emergency room visits and 11% fewer hospital admissions than comparable recipients. NHIS will review the results of the expansion before proposing a permanent fee schedule in 2025.⟧</p>
      </div>
      <div class="file">
        <dl><dt>⟦c:Attachment⟧</dt><dd><a href="/eng/file/download.do?id=20230303001">⟦c:[Press release] Home-visit medical care expansion.pdf⟧</a></dd></dl>
      </div>
      <div class="btn_area"><a href="javascript:fn_print();">⟦c:Print⟧</a> <a href="javascript:fn_list();">⟦c:List⟧</a></div>
      <ul class="prev_next">
        <li>⟦C:<span>Prev</span> <a href="#">NHIS and WHO sign memorandum on universal health coverage training</a>⟧</li>
        <li>⟦C:<span>Next</span> <a href="#">Health insurance premium rate for 2023 frozen at 7.09%</a>⟧</li>
      </ul>
    </div>
    <div class="satisfaction">
      <p>⟦c:Was this page helpful?⟧</p>
      <ul>
        <li><label><input type="radio" name="sat" value="5"> ⟦c:Very satisfied⟧</label></li>
        <li><label><input type="radio" name="sat" value="4"> ⟦c:Satisfied⟧</label></li>
        <li><label><input type="radio" name="sat" value="3"> ⟦c:Neutral⟧</label></li>
        <li><label><input type="radio" name="sat" value="2"> ⟦c:Dissatisfied⟧</label></li>
      </ul>
      <a href="javascript:;" class="btn">⟦c:Submit⟧</a>
    </div>
  </div>
</div>
<div id="footer">
  <ul class="foot_menu"><li><a href="#">⟦c:Privacy Policy⟧</a></li><li><a href="#">⟦c:Terms of Use⟧</a></li><li><a href="#">⟦c:Sitemap⟧</a></li></ul>
  <address>⟦c:Wonju, Gangwon State, Republic of Korea | Customer Center 1588-0000 (Korean only)⟧</address>
  <p class="copy">⟦c:Copyright (c) National Health Insurance Service. All Rights Reserved.⟧</p>
</div>
</body>
</html>
"""
    return Page("h10-en-02-kr-nhis-home-visit-qa", "en", "UTF-8-BOM", "html",
                dict(kind="policy", tags=["medical-insurance", "elderly-care"], published="2023-03-03",
                     regions=["KR"]), src,
                note="public insurer's news page, Q:/A:, headline in h4 under a column h3, UTF-8 with BOM, language menu in Hangul/Chinese/Japanese")


@page
def en03() -> Page:
    src = """
C|Skip to main content
C|We use some essential cookies to make this website work. We'd also like to set additional cookies to understand how you use the site and to improve our services.
C|Accept additional cookies
C|Reject additional cookies
C|View cookies
C|Northbridge City Council
C|Search this site
C|Menu
C|Home » Health and social care » Public health » Public health notices
T|Measles: MMR catch-up clinics for children and young people
C|Published: Thursday 28 March 2024
B|Cases of measles are rising in the city. Since January, the UK Health Security Agency has confirmed 37 cases in Northbridge, most of them in children under 10 who had not had both doses of the MMR vaccine.
B|Measles spreads very easily and can cause serious complications, including pneumonia and inflammation of the brain. Babies, pregnant women and people with weakened immune systems are at greatest risk.
B|What we are doing
B|Working with the NHS and local schools, the council's public health team is running free MMR catch-up clinics across the city from 8 April to 31 May 2024. No appointment is needed. Children, young people and adults up to the age of 25 who have missed either dose can attend.
B|Clinic times
B|Monday and Wednesday, 3.30pm to 7pm: Eastgate Family Hub, Mill Lane
B|Saturday, 9am to 1pm: Northbridge Central Library
B|Thursday, 10am to 2pm: Riverside Children's Centre (under-5s and their parents)
C|Related content
C|Childhood vaccinations: what your child needs and when
C|Find a GP surgery near you
C|Report a school absence
B|School nurses will also offer the vaccine in 14 primary schools where uptake is below 85%. Parents will receive a consent form through the school.
B|Check your child's red book, or ask your GP surgery if you are not sure whether your child has had both doses.
B|"Two doses of MMR give lifelong protection for almost everyone. If your child has missed a dose, it is never too late to catch up," said Dr Priya Sandhu, Director of Public Health.
B|If you think you or your child has measles, stay at home and call your GP surgery or NHS 111 before visiting. Do not go to A&E unless it is an emergency.
C|Share this page
C|Facebook
C|X (Twitter)
C|LinkedIn
C|Email
C|Was this page helpful?
C|Yes
C|No
C|Report a problem with this page
C|Page last reviewed: 3 April 2024
C|Next review due: 3 October 2024
C|Contact us
C|Accessibility statement
C|Privacy notice
C|Cookies
C|© Northbridge City Council
"""
    return Page("h10-en-03-council-measles-mmr", "en", "UTF-8", "txt",
                dict(kind="policy", tags=["public-health", "maternal-child"], published="2024-03-28",
                     regions=["GB"]), src,
                note="city council public-health notice (UK): cookie banner, skip link, sidebar interleaved mid-article, share, feedback, Page last reviewed")


@page
def en04() -> Page:
    src = r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Local News_Suzhou Municipal Health Commission</title>
<meta name="keywords" content="Health Suzhou, healthy city, patriotic health">
<meta property="og:title" content="Our city held the 2023 Health Suzhou construction promotion meeting">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-06-16T08:00:00+08:00">
<meta property="article:section" content="Local News">
<link type="text/css" rel="stylesheet" href="/en/css/base.css">
<style>.art_tit{font-size:24px;font-weight:bold;text-align:center;padding:20px 0 10px}.art_xx{text-align:center;color:#888;font-size:13px}.xxnr p{line-height:2;margin-bottom:12px}</style>
<script src="/en/js/jquery.js"></script>
<script>var pubdate = "2023-06-16 08:00:00"; var hits_url = "/interface/hits?id=5561238";</script>
</head>
<body>
<div class="top_bar">
  <div class="w1100">
    <div class="top_l">⟦c:Welcome to Suzhou Municipal Health Commission⟧</div>
    <div class="top_r"><a href="/">⟦c:中文版⟧</a> | <a href="/en/">⟦c:English⟧</a> | <a href="/en/sitemap.html">⟦c:Site Map⟧</a></div>
  </div>
</div>
<div class="head_bg"><div class="w1100"><img src="/en/images/logo_en.png" alt="Suzhou Municipal Health Commission"></div></div>
<div class="dh_nav">
  <div class="w1100">
    <a href="/en/">⟦c:Home⟧</a><a href="/en/about/">⟦c:About Us⟧</a><a href="/en/news/">⟦c:News⟧</a><a href="/en/services/">⟦c:Medical Services⟧</a><a href="/en/hospitals/">⟦c:Hospitals⟧</a><a href="/en/contact/">⟦c:Contact⟧</a>
  </div>
</div>
<div class="w1100 ny_main">
  <div class="dqwz">⟦C:Current location: <a href="/en/">Home</a> &gt; <a href="/en/news/">News</a> &gt; <a href="/en/news/local/">Local News</a>⟧</div>
  <div class="ny_left">
    <div class="art_tit">⟦t:Our city held the 2023 Health Suzhou construction promotion meeting⟧</div>
    <div class="art_xx">⟦C:Source: Suzhou Municipal Health and Health Committee&nbsp;&nbsp;&nbsp;Views: <span id="hits">2817</span>⟧&nbsp;&nbsp;&nbsp;⟦C:[Font size: <a href="javascript:;">Large</a> <a href="javascript:;">Medium</a> <a href="javascript:;">Small</a>]⟧</div>
    <div class="xxnr" id="zoom">
<p>⟦b:On June 15, the city's 2023 Health Suzhou construction and patriotic health work promotion meeting was held. The meeting summarized the work of building a healthy city in the past year, and deployed the key tasks for this year. Vice Mayor Zhang Hong attended the meeting and delivered a speech.⟧</p>
<p>⟦b:The meeting pointed out that in recent years, our city has adhered to the people's health as the center, and comprehensively promoted the Healthy China action in Suzhou. In 2022, the average life expectancy of the city's registered residents reached 84.3 years, and the health literacy level of residents reached 41.2%, ranking in the forefront of the province. Gusu District, Kunshan City and Taicang City were named provincial healthy districts (cities).⟧</p>
<p style="text-align:center"><img src="/en/uploadfiles/2023/06/16/meeting.jpg" width="600"></p>
<p style="text-align:center;color:#666">⟦c:The meeting site. Photo by Wu Jing⟧</p>
<p>⟦b:The meeting requested that all localities and departments should grasp the implementation of the following tasks:⟧</p>
<p>⟦b:First, deepen the patriotic health campaign, carry out the "clean homes" action in urban and rural areas, and consolidate the results of the national health city.⟧</p>
<p>⟦b:Second, build 100 health villages (communities) and 50 health enterprises this year, and build 15-minute fitness circles for the masses.⟧</p>
<p>⟦b:Third, strengthen the prevention and control of key infectious diseases and the management of vector organisms such as mosquitoes and rats in summer.⟧</p>
<p>⟦b:Fourth, the Municipal Health and Health Committee should take the lead to establish a monitoring and evaluation system for Health Suzhou, and include the key indicators into the performance assessment of the governments at all levels.⟧</p>
<p>⟦b:The meeting stressed that building a healthy city is a systematic project that needs the participation of the whole society. It is necessary to mobilize the masses to practice civilized and healthy lifestyles, so that everyone is the first person responsible for his own health.⟧</p>
    </div>
    <div class="art_btn"><a href="javascript:window.print()">⟦c:Print⟧</a> <a href="javascript:window.close()">⟦c:Close⟧</a></div>
    <div class="art_sxp">
      <p>⟦C:Previous: <a href="#">Suzhou launched the 2023 free cervical cancer screening for rural women</a>⟧</p>
      <p>⟦C:Next: <a href="#">The city's first batch of smart health stations were put into use</a>⟧</p>
    </div>
  </div>
  <div class="ny_right">
    <div class="rdxw">
      <div class="rdxw_t">⟦c:Hot News⟧</div>
      <ul>
        <li><a href="#">⟦c:Suzhou issued the implementation plan for the high-quality development of public hospitals⟧</a></li>
        <li><a href="#">⟦c:Notice on the 2023 Suzhou health science popularization competition⟧</a></li>
        <li><a href="#">⟦c:Kunshan promotes the construction of close-knit medical consortium⟧</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1100">
    <p>⟦c:Sponsored by: Suzhou Municipal Health Commission⟧</p>
    <p>⟦c:Copyright © Suzhou Municipal Health Commission All Rights Reserved⟧</p>
    <p>⟦c:苏ICP备05012345号-3⟧ ⟦c:Su Gong Wang An Bei 32050802010123⟧ ⟦c:Website ID: 3205000032⟧</p>
    <p>⟦c:Best viewed at 1920*1080 resolution⟧</p>
  </div>
</div>
<script src="/en/js/hits.js"></script>
</body>
</html>
"""
    return Page("h10-en-04-health-suzhou-mt", "en", "UTF-8", "html",
                dict(kind="policy", tags=["healthy-city", "public-health"], published="2023-06-16",
                     regions=["320500"]), src, note="machine-translated English edition; headline in div.art_tit; the date only in an "
                "article:published_time meta tag")


@page
def en05() -> Page:
    src = """
V|China's ninth batch of volume-based drug purchases cuts prices by 58% - Chinadaily.com.cn
C|Global Edition | China Edition | ASIA | 中文
C|HOME | CHINA | WORLD | BUSINESS | LIFESTYLE | CULTURE | TRAVEL | SPORTS | OPINION | REGIONAL | FORUM
C|Home / China / Society
T|China's ninth batch of volume-based drug purchases cuts prices by 58%
C|By WANG XIAOYU | chinadaily.com.cn | Updated: 2023-11-06 15:42
B|China's ninth batch of centralized, volume-based drug procurement has concluded with average price cuts of 58 percent for 41 drugs, the National Healthcare Security Administration said on Monday.
B|The drugs, which include medications for hypertension, diabetes, infections and mental disorders, are expected to save patients and the country's medical insurance funds about 18.2 billion yuan ($2.5 billion) a year, the administration said.
C|A pharmacist sorts medicines at a hospital in Hangzhou, Zhejiang province. [Photo/VCG]
B|A total of 205 products from 174 companies were selected in the latest round. Public hospitals across the country are expected to start using the selected drugs in March, and will be required to use up the contracted volumes before buying other products.
C|Related: China to include more rare disease drugs in national reimbursement list
B|Since the program was launched in 2018, the nine batches have covered 374 drugs, with average price reductions of more than 50 percent, according to the administration. Medical insurance funds are required to settle payments with suppliers within 30 days to ease arrears.
B|"The aim is to squeeze the water out of drug prices while guaranteeing quality and supply," said Ding Yi, a health economist at Fudan University in Shanghai. "The savings also give room for reforming the prices of medical services."
B|The administration said it will strengthen quality monitoring of selected drugs and punish companies that fail to guarantee supply, including by barring them from future rounds.
C|Top
C|BACK TO THE TOP
C|Most Viewed in 24 Hours
C|Chinese scientists develop new malaria vaccine candidate
C|Beijing to add 1,000 pediatric beds this winter
C|Elderly care services get boost in rural areas
C|Editor's Picks
C|Photos: autumn colors paint Xinjiang's Kanas
C|Copyright 1995 - 2023. All rights reserved. Content on this site may not be reproduced, distributed or otherwise used without the written permission of the publisher.
C|京ICP备12345678号-6
C|--- end of page ---
"""
    return Page("h10-en-05-vbp-ninth-batch", "en", "UTF-8", "txt",
                dict(kind="policy", tags=["drug-policy", "medical-insurance"], published="2023-11-06", regions=[],
                     source="China Daily"), src,
                note="national news portal: title with site suffix then repeated, caption naming Hangzhou and most-viewed items naming Beijing (not labelled)")


@page
def en06() -> Page:
    src = """
C|URL: http://www.fzrch.cn/en/show.asp?id=1187
T|Bid-winning result announcement of the smart hospital information system construction project of Fuzhou Rongcheng Hospital
C|Release time: 2022/9/1   Clicks: 208
B|1. Project number: FJZC-2022-0815
B|2. Project name: Fuzhou Rongcheng Hospital smart hospital information system construction project (internet hospital platform and electronic medical record upgrade)
B|3. Winning bid information:
B|Supplier name: Fujian Zhiyi Information Technology Co., Ltd.
B|Supplier address: No. 89 Software Avenue, Gulou District, Fuzhou City, Fujian Province
B|Winning bid amount: RMB 6,385,000.00 yuan
B|4. Main subject information: internet hospital platform 1 set, electronic medical record system level 5 upgrade 1 item, hospital data center 1 item; service period: 12 months after the contract is signed.
B|5. Review expert list: Lin Wei, Chen Jianhua, Huang Min, Zheng Li, Wu Qiang
B|6. Announcement period: 1 working day from the date of this announcement.
B|7. Other supplementary matters: The bid opening was held on August 26, 2022 at the Fuzhou Public Resources Trading Center. If suppliers have doubts about the bid-winning result, they can submit questions in writing to the purchaser within 7 working days from the expiration of the announcement period.
B|8. Contact information
B|Purchaser: Fuzhou Rongcheng Hospital   Contact: Mr. Zhang   Tel: 0591-87651234
B|Agency: Fujian Hengxin Tendering Co., Ltd.   Tel: 0591-83345678
C|【Print】【Close】
"""
    return Page("h10-en-06-fuzhou-hospital-his-bid", "en", "UTF-8-BOM", "txt",
                dict(kind="tender", tags=[], published="2022-09-01", regions=["350100"]), src,
                note="machine-translated hospital bid result (福州, Fujian) about an internet-hospital system; almost no chrome; UTF-8 with BOM; URL: scraper marker")


@page
def en07() -> Page:
    src = """
C|OneCare Medical Group
C|Book an Appointment | WhatsApp Us | Call 6789 1234
C|Our Clinics | Services | Health Screening | Corporate | Health Articles
C|Home › Health Articles › Clinic News
T|Healthier SG at OneCare: Enrol With Us and Get Your Screening Done in One Visit
C|Posted yesterday (March 19) by OneCare Editorial Team
B|Under the national Healthier SG programme, residents aged 40 and above can choose one family clinic for their long-term care. OneCare Family Clinic (Tampines) and OneCare Family Clinic (Punggol) are registered Healthier SG clinics, and enrolment takes less than 10 minutes.
B|When you enrol with us, you get:
B|1. A first health plan consultation with our doctor, fully paid by the Government for enrolled residents.
B|2. Nationally recommended screenings for diabetes, high blood pressure and cholesterol at $5 or less for Singapore Citizens.
B|3. 10% off our Executive Health Screening packages (from $188) for you and your family members.
B|4. Free delivery of chronic medications to your home when you spend $60 or more.
C|LIMITED-TIME OFFER: Quote HSG10 at the counter. T&Cs apply.
B|Our doctors have more than 20 years of experience in managing chronic conditions, and we are open 7 days a week, including evenings, so you can fit your check-up around work.
B|To enrol, simply log in to the HealthHub app with Singpass and select OneCare Family Clinic (Tampines) or OneCare Family Clinic (Punggol), or ask our clinic assistants to help you on the spot.
B|Call us at 6789 1234 or WhatsApp 9123 4567 to book your visit today.
C|Share: Facebook | WhatsApp | Telegram | Copy link
C|You may also like
C|5 Signs You Should Get Your Blood Sugar Checked
C|What Is Included in a Basic Health Screening?
C|Subscribe to our newsletter for health tips and exclusive offers
C|Enter your email
C|Subscribe
C|OneCare Family Clinic (Tampines) | Blk 201 Tampines Street 21 #01-1000 | Mon–Sun 8.30am–10pm
C|Disclaimer: The information on this page is for general information only and is not a substitute for professional medical advice. Please consult a doctor for advice specific to your condition.
C|© 2024 OneCare Medical Group Pte Ltd. All rights reserved.
"""
    return Page("h10-en-07-sg-clinic-healthier-sg-promo", "en", "UTF-8", "txt",
                dict(kind="marketing", tags=[], regions=["SG"]), src,
                note="private clinic promotion riding a national programme; only 'yesterday (March 19)' (no date); ad line mid-article")


@page
def en08() -> Page:
    src = """
C|Open in app
C|BioAsia Wire
C|Sign in
C|Menu
C|Clinical Trials · 4 min read
T|Hangzhou biotech's once-weekly GLP-1 drug meets main goal in Phase 3 diabetes trial
C|By Emily Chen | March 21, 2023
B|Hangzhou-based Qiantang Biopharma said on Tuesday that its once-weekly GLP-1 receptor agonist, QT-0217, met the primary endpoint in a Phase 3 trial in Chinese adults with type 2 diabetes not adequately controlled with metformin.
B|In the 52-week study of 612 patients, the highest dose reduced HbA1c by 2.1 percentage points from baseline, compared with 1.4 points for the active comparator dulaglutide. Patients on the highest dose also lost an average of 5.8 kg of body weight.
C|ADVERTISEMENT
C|Continue reading below
B|The most common side effects were nausea, diarrhoea and decreased appetite, mostly mild to moderate and occurring during dose escalation. Discontinuation due to adverse events was 3.9% in the QT-0217 groups.
B|The company plans to submit a new drug application to China's National Medical Products Administration in the second half of the year and will present the full results at a scientific meeting.
B|"These results support QT-0217 as a potential best-in-class option for patients in China," said Dr. Zhou Ming, the company's chief medical officer.
C|Read more: China's drug regulator clears first domestic insulin pump for children
C|Topics: Diabetes · GLP-1 · China · Phase 3
C|Get the BioAsia Wire app for breaking biotech news
C|Download
C|Home   Latest   Markets   Saved   Me
"""
    return Page("h10-en-08-hangzhou-glp1-phase3-mobile", "en", "UTF-8", "txt",
                dict(kind="trial", tags=[], published="2023-03-21", regions=["330100"]), src,
                note="mobile news page saved as text: open-in-app prompt, kicker with reading time, ad marker mid-article, bottom tab bar")


@page
def en09() -> Page:
    src = """
C|Pearl River Financial News
C|Markets | Companies | Economy | Healthcare | Tech | Opinion
C|Healthcare
T|Shenzhen drugmaker Pengcheng Pharma's H1 profit rises 12% despite procurement price cuts
C|By Li Hua | Published Aug 28, 2023, 7:05 pm
C|Listen to this article · 3 min
B|SHENZHEN - Pengcheng Pharmaceutical Group reported a 12.3% rise in first-half net profit to 1.86 billion yuan on Monday, as growth in innovative drugs and medical devices offset lower prices for generic drugs included in national volume-based procurement.
B|Revenue for the six months ended June 30 rose 6.7% to 14.2 billion yuan, the Shenzhen-listed company said in a filing to the stock exchange. Sales of innovative drugs climbed 31% and now make up 28% of the pharmaceutical segment.
C|Market data
C|Pengcheng Pharma 002917.SZ  ¥38.42  +2.15%
C|Sign up for our Asia Healthcare Briefing newsletter - the week's policy and deal news in your inbox every Friday.
C|Subscribe
B|The company said prices for 11 of its generic products fell by an average of 46% after they were selected in the eighth batch of national procurement, cutting revenue from those products by about 620 million yuan.
B|Research and development spending rose to 1.41 billion yuan, or 9.9% of revenue. The company has 23 innovative drugs in clinical development, including four in Phase 3 trials.
B|Pengcheng shares closed up 2.15% in Shenzhen on Monday ahead of the results. The company did not propose an interim dividend.
C|Reporting by Li Hua; Editing by Mark Evans
C|Read next
C|Hong Kong-listed CRO firms rally on hopes of a biotech funding recovery
C|China's medical insurance fund posts surplus in first half as outpatient pooling expands
C|Comments (3)
C|Log in to comment
C|© 2023 Pearl River Financial News. All rights reserved.
"""
    return Page("h10-en-09-shenzhen-pharma-h1-results", "en", "UTF-8", "txt",
                dict(kind="earnings", tags=[], published="2023-08-28", regions=["440300"]), src,
                note="pharma earnings citing procurement; a floating market-data/newsletter widget caught between paragraphs; policy-like related headline")


@page
def en10() -> Page:
    src = """
C|Jinyun County People's Government
C|English | 中文
C|Home  About Jinyun  News  Government  Investment  Tourism
C|Current Location: Home >> News >> Jinyun News
T|Jinyun County carried out flood season safety inspection to grasp the implementation of flood prevention responsibilities
C|Source: Jinyun County Financial Media Center   Author: Lv Xiaoli
B|Last Friday, county leader Chen Jianguo led a team to Wuyun Street, Huzhen Town and other places to inspect flood prevention work and geological disaster hidden danger points, and required all departments to grasp the implementation of flood prevention responsibilities.
B|At the Dayang reservoir, Chen Jianguo inspected the water level monitoring and the flood discharge facilities, and listened to the report on the reservoir's flood control plan. He asked the management unit to strengthen patrols and keep the reservoir at the limited water level during the plum rain season.
B|Chen Jianguo emphasized that the current is the critical period of the plum rain season. All townships and departments must firmly establish the bottom line thinking, strictly implement the 24-hour duty system, and ensure the safety of the lives and property of the masses.
B|It is understood that the county has investigated 236 hidden danger points this year, rectified 198, and the remaining 38 are being rectified within a time limit. The county emergency management bureau, the county water conservancy bureau, the county health and health bureau and other departments have formed 12 emergency rescue teams.
B|The Lishui City Flood Control Office will carry out spot checks in Jinyun in early July.
C|Editor: Zhu Yan
C|【Font: Large Medium Small】【Print this page】【Close window】
C|Related news
C|Jinyun County held the flood control emergency drill in Huzhen Town
C|Our county launched the plum rain season geological disaster hazard inspection
C|Sponsored by: Jinyun County People's Government Office   Zhejiang ICP No. 12003456-1
C|Address: No. 1 Wuyun Road, Jinyun County, Lishui City, Zhejiang Province   Postcode: 321400
C|--- end of page ---
"""
    return Page("h10-en-10-jinyun-flood-inspection", "en", "UTF-8", "txt",
                dict(kind="other", tags=[], regions=["331122"]), src, crlf=True,
                note="machine-translated county news, not health (one passing 'health and health bureau'); only 'Last Friday' (no date); CRLF")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except PageError as e:
        print(f"make_holdout10: FAILED: {e}", file=sys.stderr)
        sys.exit(1)
