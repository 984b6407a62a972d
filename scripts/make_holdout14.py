#!/usr/bin/env python3
"""Generate and check the blind held-out evaluation set tests/holdout14/.

The pages imitate what users feed healthfeed: scraper text and full HTML saved from
Chinese city, county and provincial government sites (卫健委, 医保局, 人民政府 portals),
Chinese news portals, the machine-translated English editions of Chinese government
sites, and a few international health sites. All content is invented.

The set was written blind: without looking at src/, config/, scripts/ (other than this
generator) or any other corpus. The script refuses to write a set that breaks the gold
format of tests/corpus/README.md or whose gold does not account for every visible line.

Usage: python3 scripts/make_holdout14.py   (stdlib only, Python 3.11+)
"""

from __future__ import annotations

import datetime
import re
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path


ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout14"
PREFIX = "h14"

TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"}
HARD_NEGATIVES = KINDS - {"policy", "other"}
ENCODINGS = {"UTF-8", "UTF-8-BOM", "GBK", "GB18030", "Big5", "windows-1252", "UTF-16LE"}
CODEC = {"UTF-8": "utf-8", "UTF-8-BOM": "utf-8", "GBK": "gbk", "GB18030": "gb18030", "Big5": "big5"}
# Labels an HTML page may declare for each gold encoding (browsers map gb2312 to GBK).
META_CHARSETS = {
    "UTF-8": {"utf-8"}, "UTF-8-BOM": {"utf-8"}, "GBK": {"gbk", "gb2312"},
    "GB18030": {"gb18030"}, "Big5": {"big5"},
}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}
REQUIRED_LABELS = {"health_policy", "kind", "tags", "regions"}

WS = re.compile(r"\s+")


def collapse(s: str) -> str:
    return WS.sub(" ", s).strip()


def nonws_len(s: str) -> int:
    return len(WS.sub("", s))


class CheckError(Exception):
    pass


def fail(name: str, msg: str) -> None:
    raise CheckError(f"{name}: {msg}")


# ---------------------------------------------------------------- text pages

def parse_text_spec(spec: str) -> tuple[str, list[tuple[str, str]]]:
    """A text page is written as lines `T|…` (title), `B|…` (body), `C|…` (chrome)
    or blank. Returns the page text and the labelled lines."""
    lines: list[str] = []
    labelled: list[tuple[str, str]] = []
    for raw in spec.strip("\n").split("\n"):
        if raw.strip() == "":
            lines.append("")
            continue
        kind, sep, text = raw.partition("|")
        if sep != "|" or kind not in {"T", "B", "C"}:
            raise ValueError(f"bad spec line: {raw!r}")
        lines.append(text)
        labelled.append((kind, text))
    return "\n".join(lines) + "\n", labelled


def gold_from_spec(labelled: list[tuple[str, str]]) -> tuple[str, list[str], list[str]]:
    titles = {collapse(t) for k, t in labelled if k == "T"}
    if len(titles) > 1:
        raise ValueError(f"title lines differ: {titles}")
    title = titles.pop() if titles else ""
    body = [collapse(t) for k, t in labelled if k == "B"]
    chrome: list[str] = []
    for k, t in labelled:
        c = collapse(t)
        if k == "C" and c not in chrome:
            chrome.append(c)
    return title, body, chrome


# ---------------------------------------------------------------- HTML pages

INLINE_TAGS = {
    "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "img", "input", "label",
    "mark", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "time", "u", "wbr",
}
INVISIBLE_TAGS = {"script", "style", "title", "noscript", "template", "svg"}


class VisibleBlocks(HTMLParser):
    """Visible text of an HTML page, cut into blocks at every non-inline element
    (and at <br>), text inside script/style/title/svg dropped, attributes ignored."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.nodes: list[str] = []
        self._cur: list[str] = []
        self._skip = 0

    def _flush(self) -> None:
        text = collapse("".join(self._cur))
        if text:
            self.blocks.append(text)
        self._cur = []

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE_TAGS:
            self._skip += 1
            return
        if tag not in INLINE_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if tag in INVISIBLE_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if tag not in INLINE_TAGS:
            self._flush()

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE_TAGS and tag not in INVISIBLE_TAGS:
            self._flush()

    def handle_data(self, data):
        if self._skip:
            return
        self._cur.append(data)
        if collapse(data):
            self.nodes.append(collapse(data))

    def close(self):
        super().close()
        self._flush()


def html_blocks(text: str) -> tuple[list[str], list[str]]:
    p = VisibleBlocks()
    p.feed(text)
    p.close()
    return p.blocks, p.nodes


SEPARATORS_ONLY = re.compile(r"^[\s|｜>›»/·•,，、:：\-–—()（）\[\]【】]*$")


def covered(block: str, items: list[str]) -> bool:
    """A block is covered when it is one gold item, or gold items joined by
    separators (a link bar "首页 | 新闻" kept as one block)."""
    if block in items:
        return True
    rest = block
    for item in sorted(set(items), key=len, reverse=True):
        rest = rest.replace(item, " ")
    return bool(SEPARATORS_ONLY.match(rest)) and not any(ch.isalnum() for ch in rest)


# ---------------------------------------------------------------- gold TOML

def toml_str(s: str) -> str:
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_list(items: list[str], indent: bool) -> str:
    if not items:
        return "[]"
    if not indent:
        return "[" + ", ".join(toml_str(i) for i in items) + "]"
    return "[\n" + "".join(f"  {toml_str(i)},\n" for i in items) + "]"


def gold_toml(page: dict, title: str, body: list[str], chrome: list[str]) -> str:
    lab = page["labels"]
    lines = [
        f'lang = {toml_str(page["lang"])}',
        f'encoding = {toml_str(page["encoding"])}',
        f"title = {toml_str(title)}",
        f"body = {toml_list(body, True)}",
        f"chrome = {toml_list(chrome, True)}",
        "",
        "[labels]",
        f'health_policy = {"true" if lab["kind"] == "policy" else "false"}',
        f'kind = {toml_str(lab["kind"])}',
        f'tags = {toml_list(lab["tags"], False)}',
    ]
    if lab.get("published"):
        lines.append(f'published = {toml_str(lab["published"])}')
    lines.append(f'regions = {toml_list(lab["regions"], False)}')
    if lab.get("source"):
        lines.append(f'source = {toml_str(lab["source"])}')
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- build

def encode_page(name: str, text: str, encoding: str, crlf: bool) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    try:
        data = text.encode(CODEC[encoding])
    except UnicodeEncodeError as e:
        fail(name, f"text cannot be encoded as {encoding}: {e}")
    if encoding == "UTF-8-BOM":
        data = b"\xef\xbb\xbf" + data
    return data


def build(page: dict) -> tuple[str, str, bytes, str, str, list[str], list[str]]:
    """Returns (file name, intended text, bytes, gold toml, title, body, chrome)."""
    name = page["name"]
    if page["format"] == "txt":
        text, labelled = parse_text_spec(page["spec"])
        title, body, chrome = gold_from_spec(labelled)
    else:
        text = page["html"].lstrip("\n")
        title = collapse(page["title"])
        body = [collapse(b) for b in page["body"]]
        chrome = []
        for c in page["chrome"]:
            c = collapse(c)
            if c in chrome:
                fail(name, f"chrome listed twice: {c!r}")
            chrome.append(c)
    if page.get("crlf"):
        intended = text.replace("\n", "\r\n")
    else:
        intended = text
    data = encode_page(name, text, page["encoding"], page.get("crlf", False))
    gold = gold_toml(page, title, body, chrome)
    return f"{name}.{page['format']}", intended, data, gold, title, body, chrome


# ---------------------------------------------------------------- checks

NAME_RE = re.compile(rf"^{PREFIX}-(zh|en)-(\d\d)-[a-z0-9]+(?:-[a-z0-9]+)*$")
REGION_RE = re.compile(r"^(\d{6}|[A-Z]{2})$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_gold(name: str, gold_text: str, lang: str) -> dict:
    try:
        g = tomllib.loads(gold_text)
    except tomllib.TOMLDecodeError as e:
        fail(name, f"gold does not parse: {e}")
    unknown = set(g) - TOP_KEYS
    if unknown:
        fail(name, f"unknown gold keys {unknown}")
    missing = TOP_KEYS - set(g)
    if missing:
        fail(name, f"missing gold keys {missing}")
    lab = g["labels"]
    if not isinstance(lab, dict):
        fail(name, "labels is not a table")
    unknown = set(lab) - LABEL_KEYS
    if unknown:
        fail(name, f"unknown label keys {unknown}")
    missing = REQUIRED_LABELS - set(lab)
    if missing:
        fail(name, f"missing label keys {missing}")
    if g["lang"] not in {"zh", "en"} or g["lang"] != lang:
        fail(name, f"lang {g['lang']!r} does not match the name")
    if g["encoding"] not in ENCODINGS:
        fail(name, f"encoding {g['encoding']!r} not allowed")
    if not isinstance(g["title"], str):
        fail(name, "title is not a string")
    for key in ("body", "chrome"):
        if not isinstance(g[key], list) or not all(isinstance(x, str) and x.strip() for x in g[key]):
            fail(name, f"{key} must be a list of non-empty strings")
    if not g["body"]:
        fail(name, "empty body")
    if lab["kind"] not in KINDS:
        fail(name, f"kind {lab['kind']!r} not allowed")
    if not isinstance(lab["health_policy"], bool) or lab["health_policy"] != (lab["kind"] == "policy"):
        fail(name, "health_policy must be true iff kind = policy")
    if not isinstance(lab["tags"], list) or not set(lab["tags"]) <= TAGS:
        fail(name, f"tags outside the closed set: {lab['tags']}")
    if lab["kind"] == "policy" and not 1 <= len(lab["tags"]) <= 4:
        fail(name, "a policy page needs 1-4 tags")
    if lab["kind"] != "policy" and lab["tags"]:
        fail(name, "tags on a non-policy page")
    if len(set(lab["tags"])) != len(lab["tags"]):
        fail(name, "duplicate tags")
    if "published" in lab:
        p = lab["published"]
        if not isinstance(p, str) or not DATE_RE.match(p):
            fail(name, f"published {p!r} is not YYYY-MM-DD")
        try:
            datetime.date.fromisoformat(p)
        except ValueError:
            fail(name, f"published {p!r} is not a date")
    if not isinstance(lab["regions"], list) or not all(isinstance(r, str) and REGION_RE.match(r) for r in lab["regions"]):
        fail(name, f"bad regions {lab['regions']}")
    if "CN" in lab["regions"] and any(r.isdigit() for r in lab["regions"]):
        fail(name, "CN listed beside a Chinese division")
    if "source" in lab and not (isinstance(lab["source"], str) and lab["source"].strip()):
        fail(name, "empty source")
    return g


def check_consistency(name: str, title: str, body: list[str], chrome: list[str]) -> None:
    """The rules `healthfeed eval` applies, plus title hygiene."""
    for c in chrome:
        for b in body:
            if c == b or (nonws_len(c) >= 10 and c in b) or (len(c) >= 10 and c in b):
                fail(name, f"chrome line {c!r} is (in) body paragraph {b[:40]!r}…")
    if title:
        if title in chrome:
            fail(name, "title listed as chrome")
        if title in body:
            fail(name, "title repeated as a body paragraph")
    if len(set(body)) != len(body):
        fail(name, "a body paragraph is listed twice")


def check_bytes(name: str, page: dict, data: bytes, intended: str) -> str:
    enc = page["encoding"]
    if enc == "UTF-8-BOM":
        if not data.startswith(b"\xef\xbb\xbf"):
            fail(name, "UTF-8-BOM page without BOM")
        decoded = data.decode("utf-8-sig")
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            fail(name, "BOM on a page not labelled UTF-8-BOM")
        decoded = data.decode(CODEC[enc])
    if decoded != intended:
        fail(name, f"decoding with {enc} does not give the intended text")
    if "\ufffd" in decoded:
        fail(name, "U+FFFD in the intended text")
    # encoding_rs decodes GBK labels with the GB18030 decoder and Big5 as Big5-HKSCS:
    # the bytes must mean the same there.
    if enc in {"GBK", "GB18030"} and data.decode("gb18030") != intended:
        fail(name, "GB18030 decoder disagrees")
    if enc == "Big5" and data.decode("big5hkscs") != intended:
        fail(name, "Big5-HKSCS decoder disagrees")
    if enc == "GB18030":
        try:
            intended.encode("gbk")
            fail(name, "labelled GB18030 but the text fits in GBK")
        except UnicodeEncodeError:
            pass
    if enc in {"GBK", "GB18030", "Big5"} and all(ord(ch) < 128 for ch in intended):
        fail(name, "a CJK encoding on a pure ASCII page proves nothing")
    crlf = page.get("crlf", False)
    if crlf and re.search(r"(?<!\r)\n", decoded):
        fail(name, "CRLF page with a bare LF")
    if not crlf and "\r" in decoded:
        fail(name, "CR in a page not labelled CRLF")
    if page["format"] == "html":
        m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", decoded[:2048])
        if not m or m.group(1).lower() not in META_CHARSETS[enc]:
            fail(name, f"declared charset {m.group(1) if m else None!r} does not fit {enc}")
    return decoded


def check_text_page(name: str, decoded: str, title: str, body: list[str], chrome: list[str]) -> None:
    lines = [collapse(l) for l in decoded.replace("\r\n", "\n").split("\n")]
    lines = [l for l in lines if l]
    allowed = set(body) | set(chrome) | ({title} if title else set())
    for l in lines:
        if l not in allowed:
            fail(name, f"unlabelled line {l!r}")
    present = set(lines)
    for s in [title] + body + chrome:
        if s and s not in present:
            fail(name, f"gold string is not a line of the page: {s!r}")
    # Body order as on the page.
    pos = [lines.index(b) for b in body]
    if pos != sorted(pos):
        fail(name, "body order differs from the page")


def check_html_page(name: str, decoded: str, title: str, body: list[str], chrome: list[str]) -> None:
    blocks, nodes = html_blocks(decoded)
    items = body + chrome + ([title] if title else [])
    for b in blocks:
        if not covered(b, items):
            fail(name, f"visible block not covered by gold: {b!r}")
    for n in nodes:
        if not any(n in it for it in items) and not any(n in b for b in blocks if covered(b, items)):
            fail(name, f"visible text node not covered: {n!r}")
    if title and title not in blocks:
        fail(name, f"title is not a block of the page: {title!r}")
    for b in body:
        if b not in blocks:
            fail(name, f"body paragraph is not a block of the page: {b!r}")
    for c in chrome:
        if not any(c in b for b in blocks):
            fail(name, f"chrome string not in the visible text: {c!r}")
    pos = [blocks.index(b) for b in body]
    if pos != sorted(pos):
        fail(name, "body order differs from the page")


def check_set(pages: list[dict]) -> dict:
    names = [p["name"] for p in pages]
    if len(names) != len(set(names)):
        raise CheckError("duplicate page names")
    if len(pages) != 24:
        raise CheckError(f"{len(pages)} pages, want 24")
    nums = {}
    for p in pages:
        m = NAME_RE.match(p["name"])
        if not m:
            raise CheckError(f"bad page name {p['name']!r}")
        nums.setdefault(m.group(1), []).append(int(m.group(2)))
    for lang, ns in nums.items():
        if sorted(ns) != list(range(1, len(ns) + 1)):
            raise CheckError(f"{lang} pages are not numbered 01..NN")
    stats = {
        "lang": {}, "format": {}, "encoding": {}, "crlf": 0, "kind": {}, "nodate": [],
        "traditional": [], "tags": {},
    }
    for p in pages:
        lab = p["labels"]
        stats["lang"][p["lang"]] = stats["lang"].get(p["lang"], 0) + 1
        stats["format"][p["format"]] = stats["format"].get(p["format"], 0) + 1
        stats["encoding"][p["encoding"]] = stats["encoding"].get(p["encoding"], 0) + 1
        stats["crlf"] += bool(p.get("crlf"))
        stats["kind"][lab["kind"]] = stats["kind"].get(lab["kind"], 0) + 1
        if not lab.get("published"):
            stats["nodate"].append(p["name"])
        if p.get("traditional"):
            stats["traditional"].append(p["name"])
        for t in lab["tags"]:
            stats["tags"][t] = stats["tags"].get(t, 0) + 1
    n = len(pages)
    problems = []
    if stats["lang"].get("zh") != n // 2 or stats["lang"].get("en") != n // 2:
        problems.append(f"languages not half/half: {stats['lang']}")
    if stats["format"].get("html", 0) * 3 < n:
        problems.append("fewer than a third HTML")
    for enc in ("GBK", "GB18030", "Big5", "UTF-8-BOM"):
        if not stats["encoding"].get(enc):
            problems.append(f"no {enc} page")
    if not stats["crlf"]:
        problems.append("no CRLF page")
    if len(stats["traditional"]) != 2:
        problems.append("want exactly 2 traditional-script pages")
    if set(stats["tags"]) != TAGS:
        problems.append(f"tags not covered: {TAGS - set(stats['tags'])}")
    if len(stats["nodate"]) < 3:
        problems.append("fewer than 3 pages without a full date")
    pol = stats["kind"].get("policy", 0)
    if not 0.5 <= pol / n <= 0.6:
        problems.append(f"policy share {pol}/{n}")
    if not 1 <= stats["kind"].get("other", 0) <= 2:
        problems.append("want 1-2 `other` pages")
    if not HARD_NEGATIVES <= set(stats["kind"]):
        problems.append(f"hard-negative kinds missing: {HARD_NEGATIVES - set(stats['kind'])}")
    big5 = [p for p in pages if p["encoding"] == "Big5"]
    if not all(p.get("traditional") for p in big5):
        problems.append("a Big5 page that is not traditional")
    if problems:
        raise CheckError("; ".join(problems))
    return stats


# ---------------------------------------------------------------- README

def readme(pages: list[dict], stats: dict) -> str:
    kinds = stats["kind"]
    neg = {k: v for k, v in sorted(kinds.items()) if k in HARD_NEGATIVES}
    enc = ", ".join(f"{k} {v}" for k, v in sorted(stats["encoding"].items()))
    tags = ", ".join(f"{k} {v}" for k, v in sorted(stats["tags"].items()))
    rows = []
    for p in pages:
        lab = p["labels"]
        extra = [p["encoding"]]
        if p.get("crlf"):
            extra.append("CRLF")
        if p.get("traditional"):
            extra.append("traditional")
        rows.append(
            f"| {p['name']} | {p['format']} | {', '.join(extra)} | {lab['kind']} | "
            f"{lab.get('published') or '—'} | {', '.join(lab['regions']) or '—'} | {p['about']} |"
        )
    return f"""# holdout14: blind held-out set

{len(pages)} pages with gold labels, in the gold format of `tests/corpus/README.md`, to measure
how well healthfeed generalises to pages its authors never saw. They imitate what users feed it:
pages saved by ordinary scrapers from Chinese city, county and provincial government sites
(卫健委, 医保局, 人民政府 portals, a Hong Kong press release, a Taipei city notice), Chinese
news portals, the machine-translated English editions of Chinese government sites, and a few
international health sites (NHS England, a US health-policy trade site, a UK pharmacy, a US
Medicare broker). All content and all site chrome are invented.

Written blind: without looking at src/, config/, scripts/ (other than this set's generator)
or other corpora. Regenerate (and re-run its checks) with `python3 scripts/make_holdout14.py`.

## Counts

- language: zh {stats['lang'].get('zh', 0)} (of which traditional script {len(stats['traditional'])}), en {stats['lang'].get('en', 0)}
- format: scraper plain text {stats['format'].get('txt', 0)}, full HTML {stats['format'].get('html', 0)}
- encodings: {enc}; CRLF line ends on {stats['crlf']} pages
- health policy: {kinds.get('policy', 0)}; hard negatives: {sum(neg.values())} ({', '.join(f'{k} {v}' for k, v in neg.items())}); other: {kinds.get('other', 0)}
- pages without a full publication date (gold omits `published`): {len(stats['nodate'])} ({', '.join(stats['nodate'])})
- tags on policy pages: {tags}

## Pages

| page | format | encoding | kind | published | regions | about |
|---|---|---|---|---|---|---|
{chr(10).join(rows)}

## Traps on purpose

- Ambiguous place names resolved by context: Suzhou (苏州 320500 / 宿州 341300), Taizhou (台州
  331000 / 泰州 321200), Fuzhou (福州 350100 / 抚州 361000); other places named in passing are
  not labelled.
- Dates that are not the publication date: effective dates, deadlines, 成文日期 beside 发布日期,
  a second 更新日期, dated related-article lists, a `[Scraped at …]` marker; a Taiwan page dated
  in the Minguo calendar (`113-03-05` = 2024-03-05); pages whose only dates lack a year.
- Titles: after a breadcrumb, repeated, with a site suffix on a separate line, in an `<h1>`
  that differs from `<title>`, in a layout `<td>` or `<div>` on old sites, under a kicker.
- Chrome between body paragraphs (image credits, 相关阅读 / Read more links, ad lines), body
  lines that look like chrome (hotlines, follow-the-account sentences, numbered measures, table
  rows as text, one-line questions of a Q&A) and chrome that looks like body (long disclaimers,
  related headlines that are full sentences, comments).
- Hard negatives on government or official-looking sites: a hospital tender result using 集中带量采购,
  a dental clinic's promotion riding on 种植牙集采, a Medicare broker, a pharmacy's flu-jab offer,
  a hospital's talent recruitment, a pharma company's results blaming volume-based procurement,
  a device trial, an investment fair, heatstroke tips in machine translation.
"""


# ---------------------------------------------------------------- main

def main() -> int:
    pages = PAGES
    try:
        stats = check_set(pages)
        outputs = []
        for page in pages:
            name = page["name"]
            lang = NAME_RE.match(name).group(1)
            if page["lang"] != lang:
                fail(name, "lang does not match the name")
            fname, intended, data, gold, title, body, chrome = build(page)
            check_consistency(name, title, body, chrome)
            g = check_gold(name, gold, lang)
            if (g["title"], g["body"], g["chrome"]) != (title, body, chrome):
                fail(name, "gold does not round-trip through TOML")
            decoded = check_bytes(name, page, data, intended)
            if page["format"] == "txt":
                check_text_page(name, decoded, title, body, chrome)
            else:
                check_html_page(name, decoded, title, body, chrome)
            outputs.append((fname, data, f"{name}.gold.toml", gold))
    except CheckError as e:
        print(f"make_holdout14: CHECK FAILED: {e}", file=sys.stderr)
        return 1

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{PREFIX}-*"):
        old.unlink()
    for fname, data, gname, gold in outputs:
        (OUT / fname).write_bytes(data)
        (OUT / gname).write_text(gold, encoding="utf-8", newline="\n")
    (OUT / "README.md").write_text(readme(pages, stats), encoding="utf-8", newline="\n")

    # Re-read what was written: the files on disk are what gets scored.
    try:
        for page in pages:
            name = page["name"]
            fname, intended, data, gold, title, body, chrome = build(page)
            on_disk = (OUT / fname).read_bytes()
            if on_disk != data:
                fail(name, "page on disk differs from the generated bytes")
            g = check_gold(name, (OUT / f"{name}.gold.toml").read_text(encoding="utf-8"), page["lang"])
            decoded = check_bytes(name, page, on_disk, intended)
            if page["format"] == "txt":
                check_text_page(name, decoded, g["title"], g["body"], g["chrome"])
            else:
                check_html_page(name, decoded, g["title"], g["body"], g["chrome"])
        pages_on_disk = {p.name for p in OUT.iterdir()} - {"README.md"}
        expected = {f"{p['name']}.{p['format']}" for p in pages} | {f"{p['name']}.gold.toml" for p in pages}
        if pages_on_disk != expected:
            raise CheckError(f"unexpected files in {OUT}: {sorted(pages_on_disk ^ expected)}")
    except CheckError as e:
        print(f"make_holdout14: CHECK FAILED after writing: {e}", file=sys.stderr)
        return 1

    print(
        f"wrote {len(pages)} pages to {OUT.relative_to(ROOT)}: "
        f"zh {stats['lang']['zh']} / en {stats['lang']['en']}, "
        f"txt {stats['format']['txt']} / html {stats['format']['html']}, "
        f"kinds {dict(sorted(stats['kind'].items()))}, "
        f"encodings {dict(sorted(stats['encoding'].items()))}, CRLF {stats['crlf']}, "
        f"no date {len(stats['nodate'])}; all checks passed"
    )
    return 0



# ================================================================ the pages
# Text pages: one line per block as a scraper saves it, each line marked T| (title),
# B| (body) or C| (chrome). HTML pages: the page as served, with the gold by hand.

PAGES: list[dict] = []


def page(**kw) -> None:
    PAGES.append(kw)


# ---------------------------------------------------------------- zh-01 county news, text
page(
    name="h14-zh-01-jinyun-family-doctor",
    lang="zh", format="txt", encoding="UTF-8",
    about="缙云县 family-doctor contract services, county government portal",
    labels=dict(kind="policy", tags=["primary-care", "chronic-disease"],
                published="2024-05-10", regions=["331122"]),
    spec="""
C|无障碍浏览 | 长者模式 | English | 登录 | 注册
C|缙云县人民政府
C|首页 | 政务公开 | 政务服务 | 互动交流 | 走进缙云 | 专题专栏
C|当前位置：首页 > 政务公开 > 部门动态

T|我县全面推进家庭医生签约服务提质扩面
C|发布日期：2024-05-10 10:26  信息来源：县卫生健康局  浏览次数：
C|【字体：大 中 小】  【打印本页】  【关闭窗口】

B|　　记者从县卫生健康局获悉，今年以来，缙云县以打造“有温度的家庭医生”为抓手，全面推进家庭医生签约服务提质扩面。截至4月底，全县常住人口签约率达到43.6%，重点人群签约率达到82.1%，较去年同期分别提高3.2个和5.7个百分点。
B|　　据了解，全县共组建家庭医生团队186个，由县级医院专科医生、乡镇卫生院全科医生、村医和护士组成，实行“1+1+1”团队服务模式，每个团队平均签约服务居民约1500人。
B|　　今年，县卫生健康局围绕“签而有约、约而有效”目标，重点推出以下举措：
B|　　1.扩大签约覆盖面。优先为65岁以上老年人、高血压和糖尿病患者、孕产妇、0至6岁儿童、残疾人等重点人群提供签约服务。
B|　　2.丰富个性化服务包。在基础包之外，推出慢病管理包、康复护理包、中医调理包等7类个性化服务包，居民可按需选择。
B|　　3.推行“两慢病”一体化管理。依托县域医共体，对高血压、糖尿病患者实行医防融合管理，由家庭医生开展随访、用药指导和并发症筛查。
B|　　4.落实签约居民优先就诊、优先转诊政策，县级医院向家庭医生团队预留不少于20%的专家号源。
B|　　“过去配药要跑到县城，现在家庭医生每个月上门给我量一次血压，药也开好送来了。”新建镇72岁的高血压患者朱大伯说。
B|　　“下一步，我们将把签约服务与医保支付、绩效考核挂钩，推动家庭医生从‘签约’向‘履约’转变，让群众真正感受到签约带来的实惠。”
B|　　——县卫生健康局党委书记、局长 李卫东
B|　　居民如需签约或咨询，可拨打县卫生健康局咨询电话0578-3123456，或到就近的乡镇卫生院、村卫生室现场办理。

C|（编辑：胡晓燕  审核：周建平）
C|上一篇：县人民医院开展“5·12”国际护士节系列活动
C|下一篇：我县召开2024年爱国卫生工作会议
C|扫一扫在手机打开当前页

C|主办：缙云县人民政府办公室　承办：缙云县大数据发展中心
C|地址：缙云县五云街道仙都路 邮编：321400 联系电话：0578-3139000
C|浙ICP备05012345号-1　浙公网安备 33112202000123号　网站标识码：3311220001
C|建议使用1366×768分辨率，IE10以上版本浏览器
""",
)

# ---------------------------------------------------------------- zh-02 DRG Q&A, old table layout, GBK
page(
    name="h14-zh-02-taizhou-drg-qa",
    lang="zh", format="html", encoding="GBK",
    about="泰州 (Jiangsu) 医保局 政策解读 Q&A on DRG payment, table layout, declares gb2312",
    labels=dict(kind="policy", tags=["medical-insurance", "medical-reform"],
                published="2023-11-21", regions=["321200"]),
    html="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>《泰州市DRG付费管理办法》政策解读_泰州市医疗保障局</title>
<meta name="keywords" content="DRG付费,医保支付方式改革,政策解读" />
<meta name="description" content="市医疗保障局就《泰州市按疾病诊断相关分组（DRG）付费管理办法》有关内容进行解读。" />
<meta name="SiteName" content="泰州市医疗保障局" />
<meta name="ColumnName" content="政策解读" />
<meta name="ArticleTitle" content="《泰州市按疾病诊断相关分组（DRG）付费管理办法》政策解读" />
<meta name="PubDate" content="2023-11-21 10:32" />
<meta name="ContentSource" content="市医保局" />
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
function SetHome(obj,url){ try{ obj.style.behavior='url(#default#homepage)'; obj.setHomePage(url); }catch(e){ alert("您的浏览器不支持此操作，请手动设置。"); } }
</script>
<style type="text/css">
.zoom p { text-indent: 2em; line-height: 200%; font-size: 16px; }
.wzbt { font-size: 22px; font-weight: bold; color: #c00000; }
</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="120" background="/images/top_bg.jpg"><img src="/images/logo.png" alt="泰州市医疗保障局" width="520" height="80" /></td>
    <td align="right" valign="top" class="toplink"><a href="#" onclick="SetHome(this,window.location)">设为首页</a> | <a href="#" onclick="window.external.addFavorite(location.href,document.title)">加入收藏</a> | <a href="/wza/">无障碍浏览</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td><a href="/">网站首页</a></td>
    <td><a href="/col/jggk/">机构概况</a></td>
    <td><a href="/col/ybdt/">医保动态</a></td>
    <td><a href="/col/zcfg/">政策法规</a></td>
    <td><a href="/col/zcjd/">政策解读</a></td>
    <td><a href="/col/bszn/">办事指南</a></td>
    <td><a href="/col/hdjl/">互动交流</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td class="weizhi" height="36">&nbsp;&nbsp;当前位置：<a href="/">首页</a> &gt;&gt; <a href="/col/zcjd/">政策解读</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td align="center" class="wzbt" height="60">《泰州市按疾病诊断相关分组（DRG）付费管理办法》政策解读</td>
  </tr>
  <tr>
    <td align="center" class="fbsj">发布时间：2023-11-21 10:32&nbsp;&nbsp;&nbsp;&nbsp;来源：市医保局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：1523</td>
  </tr>
  <tr>
    <td align="right" class="zh">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</td>
  </tr>
  <tr><td height="1" bgcolor="#cccccc"></td></tr>
  <tr>
    <td class="zoom" id="zoom">
<p>为进一步深化医保支付方式改革，提高医保基金使用效率，近日，市医疗保障局会同市卫生健康委、市财政局联合印发了《泰州市按疾病诊断相关分组（DRG）付费管理办法》（泰医保发〔2023〕45号，以下简称《办法》）。现就有关内容解读如下。</p>
<p><strong>一、《办法》出台的背景是什么？</strong></p>
<p>根据国家医保局《DRG/DIP支付方式改革三年行动计划》和省医保局有关部署，我市自2021年起开展DRG实际付费，目前已覆盖全市43家二级及以上定点医疗机构。为巩固改革成果、规范经办管理，有必要出台统一的管理办法。</p>
<p><strong>二、《办法》适用于哪些医疗机构？</strong></p>
<p>《办法》适用于本市行政区域内开展住院服务的定点医疗机构，包括市区及靖江市、泰兴市、兴化市所辖定点医疗机构。</p>
<p><strong>三、医保基金如何与医院结算？</strong></p>
<p>实行“总额预算、病组付费、结余留用、超支分担”的结算方式。医保经办机构按照DRG病组支付标准与定点医疗机构按月预结算、年度清算，结余部分按规定留用，合理超支部分按比例分担。</p>
<p align="center"><img src="/uploadfiles/202311/20231121103215.jpg" border="0" /></p>
<p><strong>四、参保患者的待遇会不会受影响？</strong></p>
<p>不会。DRG付费是医保经办机构与定点医疗机构之间的结算方式，参保人员住院报销仍按现行政策执行，个人负担不因DRG付费而增加。定点医疗机构不得以DRG付费为由推诿患者、分解住院或将住院费用转嫁至门诊。</p>
<p><strong>五、《办法》什么时候开始实施？</strong></p>
<p>《办法》自2024年1月1日起施行，有效期5年。</p>
<p>参保人员如对DRG付费政策有疑问，可拨打医保服务热线12393咨询。</p>
    </td>
  </tr>
  <tr>
    <td class="xglj">相关链接：<a href="/art/2023/11/20/art_1234_456789.html" target="_blank">泰州市医疗保障局 泰州市卫生健康委员会 泰州市财政局关于印发《泰州市按疾病诊断相关分组（DRG）付费管理办法》的通知</a></td>
  </tr>
  <tr>
    <td align="right" class="dy"><a href="javascript:window.print()">【打印本页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td align="center">
      <a href="/col/lxwm/">联系我们</a> | <a href="/col/wzdt/">网站地图</a> | <a href="/col/mzsm/">免责声明</a><br />
      主办单位：泰州市医疗保障局&nbsp;&nbsp;地址：泰州市海陵区东进东路18号&nbsp;&nbsp;邮编：225300<br />
      <a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备19023456号-1</a>&nbsp;&nbsp;<img src="/images/ga.png" /><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32120202010456">苏公网安备 32120202010456号</a>&nbsp;&nbsp;网站标识码：3212000053<br />
      技术支持：泰州市大数据管理中心&nbsp;&nbsp;建议使用1024×768分辨率浏览
    </td>
  </tr>
</table>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?5f2a7c0e9d1b"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</body>
</html>
""",
    title="《泰州市按疾病诊断相关分组（DRG）付费管理办法》政策解读",
    body=[
        "为进一步深化医保支付方式改革，提高医保基金使用效率，近日，市医疗保障局会同市卫生健康委、市财政局联合印发了《泰州市按疾病诊断相关分组（DRG）付费管理办法》（泰医保发〔2023〕45号，以下简称《办法》）。现就有关内容解读如下。",
        "一、《办法》出台的背景是什么？",
        "根据国家医保局《DRG/DIP支付方式改革三年行动计划》和省医保局有关部署，我市自2021年起开展DRG实际付费，目前已覆盖全市43家二级及以上定点医疗机构。为巩固改革成果、规范经办管理，有必要出台统一的管理办法。",
        "二、《办法》适用于哪些医疗机构？",
        "《办法》适用于本市行政区域内开展住院服务的定点医疗机构，包括市区及靖江市、泰兴市、兴化市所辖定点医疗机构。",
        "三、医保基金如何与医院结算？",
        "实行“总额预算、病组付费、结余留用、超支分担”的结算方式。医保经办机构按照DRG病组支付标准与定点医疗机构按月预结算、年度清算，结余部分按规定留用，合理超支部分按比例分担。",
        "四、参保患者的待遇会不会受影响？",
        "不会。DRG付费是医保经办机构与定点医疗机构之间的结算方式，参保人员住院报销仍按现行政策执行，个人负担不因DRG付费而增加。定点医疗机构不得以DRG付费为由推诿患者、分解住院或将住院费用转嫁至门诊。",
        "五、《办法》什么时候开始实施？",
        "《办法》自2024年1月1日起施行，有效期5年。",
        "参保人员如对DRG付费政策有疑问，可拨打医保服务热线12393咨询。",
    ],
    chrome=[
        "设为首页", "加入收藏", "无障碍浏览",
        "网站首页", "机构概况", "医保动态", "政策法规", "政策解读", "办事指南", "互动交流",
        "当前位置：首页 >> 政策解读",
        "发布时间：2023-11-21 10:32 来源：市医保局 浏览次数：1523",
        "【字号：大 中 小】",
        "相关链接：泰州市医疗保障局 泰州市卫生健康委员会 泰州市财政局关于印发《泰州市按疾病诊断相关分组（DRG）付费管理办法》的通知",
        "【打印本页】", "【关闭窗口】",
        "联系我们", "网站地图", "免责声明",
        "主办单位：泰州市医疗保障局 地址：泰州市海陵区东进东路18号 邮编：225300",
        "苏ICP备19023456号-1", "苏公网安备 32120202010456号", "网站标识码：3212000053",
        "技术支持：泰州市大数据管理中心 建议使用1024×768分辨率浏览",
    ],
)

# ---------------------------------------------------------------- zh-03 city news portal, GB18030, no year
page(
    name="h14-zh-03-xiaoxian-elderly-meals",
    lang="zh", format="txt", encoding="GB18030",
    about="萧县 (宿州, Anhui) rural elderly canteens and meal subsidies, city news portal; dates without year",
    labels=dict(kind="policy", tags=["elderly-care"], regions=["341322"], source="拂晓报"),
    spec="""
C|宿州网 • 县区新闻 • 萧县
C|[手机版]  [微博]  [微信]  [数字报]
C|首页 | 时政 | 县区 | 民生 | 教育 | 健康 | 文旅 | 专题 | 视频
T|萧县：“长者食堂”开进村 老人吃上“暖心饭”
C|来源：拂晓报  作者：记者 王一鸣 通讯员 刘静  时间：03-22 09:14
C|字号：T | T | T

B|　　“今天中午是红烧肉、炒青菜，还有一碗鸡蛋汤，一顿饭只要3块钱。”3月19日中午11点，在萧县龙城镇西关社区长者食堂，82岁的张大娘一边吃饭一边说。
B|　　记者了解到，为破解农村老年人“吃饭难”问题，萧县将老年助餐服务纳入县政府民生实事项目，按照“政府主导、村级主办、社会参与、老人受益”的思路，在全县23个乡镇（街道）布局建设长者食堂和助餐点。
C|（图片由萧县民政局提供）
B|　　根据县民政局、县财政局联合印发的实施方案，对年满60周岁的特困、低保、失能老年人，每餐给予5元补贴；对年满80周岁的其他老年人，每餐给予2元补贴。新建长者食堂一次性给予最高5万元建设补助，运营达标的按年度给予运营补贴。
B|　　“我们还把助餐和上门服务结合起来。”县民政局养老服务股负责人介绍，对行动不便的高龄、失能老人，由村里的志愿者和网格员送餐上门，同时开展探访关爱，帮助老人测血压、打扫卫生。
B|　　截至目前，全县已建成长者食堂58个、助餐点126个，累计服务老年人超过12万人次。上周五，县里又召开现场推进会，要求年底前实现农村助餐服务全覆盖。

C|责任编辑：李娜
C|【纠错】 【打印】 【关闭】
C|分享到： 微信  微博  QQ空间
C|相关新闻
C|• 砀山县：养老服务“时间银行”让互助有了“存折”
C|• 灵璧县新建12个村级养老服务站点
C|• 埇桥区开展“敬老月”系列活动
C|热点推荐
C|• 宿州市区新增3条公交线路 方便群众出行
C|• 我市举办春季大型招聘会 提供岗位1.2万个
C|宿州网版权所有 未经书面授权不得转载  皖ICP备09012345号
C|违法和不良信息举报电话：0557-3012345
""",
)

# ---------------------------------------------------------------- zh-04 modern HTML5, healthy city
page(
    name="h14-zh-04-suzhou-patriotic-health-month",
    lang="zh", format="html", encoding="UTF-8",
    about="苏州 卫健委 launches the 36th 爱国卫生月 and healthy-city drive, modern HTML5 with kicker",
    labels=dict(kind="policy", tags=["healthy-city", "public-health"],
                published="2024-04-08", regions=["320500"]),
    html="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>苏州启动第36个爱国卫生月活动 全力推进健康城市建设-苏州市卫生健康委员会</title>
<meta name="keywords" content="爱国卫生月,健康城市,健康苏州">
<meta name="description" content="4月8日上午，苏州市第36个爱国卫生月暨健康城市建设推进活动在姑苏区平江路启动。">
<meta property="og:type" content="article">
<meta property="og:title" content="苏州启动第36个爱国卫生月活动 全力推进健康城市建设">
<meta property="og:site_name" content="苏州市卫生健康委员会">
<meta property="article:published_time" content="2024-04-08T09:00:00+08:00">
<meta name="PubDate" content="2024-04-08 09:00">
<link rel="stylesheet" href="/static/css/main.min.css?v=20240301">
<script src="/static/js/vendor/jquery-3.6.0.min.js"></script>
<script>window.SITE_ID = "wjw_sz"; window.COLUMN_ID = 1203;</script>
</head>
<body class="page-article">
<div class="top-bar"><div class="container">
  <span class="welcome">欢迎访问苏州市卫生健康委员会网站！</span>
  <ul class="top-links">
    <li><a href="javascript:;" id="wza">无障碍</a></li>
    <li><a href="javascript:;" id="zzms">长者版</a></li>
    <li><a href="javascript:;" id="fanti">繁體</a></li>
    <li><a href="/en/">English</a></li>
  </ul>
</div></div>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/static/img/logo.png" alt="苏州市卫生健康委员会"></a>
    <form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form>
  </div>
  <nav class="main-nav"><ul>
    <li><a href="/">首页</a></li>
    <li><a href="/jggk/">机构概况</a></li>
    <li class="active"><a href="/wjyw/">卫健要闻</a></li>
    <li><a href="/zwgk/">政务公开</a></li>
    <li><a href="/ggfw/">公共服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
  </ul></nav>
</header>
<main class="container main-wrap">
  <div class="crumb">您现在的位置：<a href="/">首页</a> › <a href="/wjyw/">卫健要闻</a> › <span>工作动态</span></div>
  <article class="article">
    <div class="article-kicker">聚焦爱国卫生月</div>
    <h1 class="article-title">苏州启动第36个爱国卫生月活动 全力推进健康城市建设</h1>
    <div class="article-meta">
      <span class="time">发布时间：2024年04月08日</span>
      <span class="source">来源：市爱卫办</span>
    </div>
    <div class="article-tools"><span>字号：<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a></span> <a href="javascript:window.print();">打印</a> <a href="javascript:;" class="share-wx">分享到微信</a></div>
    <div class="article-content" id="zoom">
      <p>4月8日上午，苏州市第36个爱国卫生月暨健康城市建设推进活动在姑苏区平江路启动。市爱卫会各成员单位、各区（市）爱卫办负责人及志愿者代表300余人参加活动。</p>
      <p>今年爱国卫生月的主题是“健康城市 共建共享”。活动期间，全市将集中开展城乡环境卫生整治、病媒生物防制、控烟宣传、健康知识普及等活动，推动爱国卫生运动从环境卫生治理向全面社会健康管理转变。</p>
      <figure class="img"><img src="/uploads/2024/04/08/6612f0a1c3.jpg" alt="活动现场"><figcaption>活动现场。（市卫健委供图）</figcaption></figure>
      <p>据介绍，苏州已连续多年保持国家卫生城市称号，所辖常熟、张家港、昆山、太仓4个县级市全部建成国家卫生城市。2023年，全市居民健康素养水平达到42.6%，人均预期寿命达到84.4岁。</p>
      <p>市卫健委相关负责人表示，今年将重点实施“健康苏州”行动十大专项，主要包括：</p>
      <p>（一）开展健康细胞建设，新建健康社区、健康单位、健康家庭500个以上；</p>
      <p>（二）巩固无烟环境建设，全面推进无烟党政机关、无烟医疗卫生机构建设；</p>
      <p>（三）强化春夏季病媒生物防制，降低登革热等蚊媒传染病传播风险。</p>
      <p>市民可关注“健康苏州”微信公众号，了解爱国卫生月各项活动安排和健康科普知识。</p>
    </div>
    <div class="article-editor">责任编辑：顾晓雯</div>
    <div class="article-share">分享到：<a class="i-wx" title="微信"></a><a class="i-wb" title="微博"></a><a class="i-qq" title="QQ空间"></a></div>
    <div class="article-pn">
      <p>上一篇：<a href="/wjyw/gzdt/202404/t20240403_812345.shtml">苏州市召开2024年全市卫生健康工作会议</a></p>
      <p>下一篇：<a href="/wjyw/gzdt/202404/t20240409_812399.shtml">全市开展春季病媒生物防制集中行动</a></p>
    </div>
  </article>
  <aside class="sidebar">
    <div class="box"><h3>相关文章</h3><ul>
      <li><a href="#">苏州市2023年居民健康素养水平达42.6%</a></li>
      <li><a href="#">我市4个县级市全部建成国家卫生城市</a></li>
      <li><a href="#">健康苏州行动推进委员会召开全体会议</a></li>
    </ul></div>
    <div class="box qr"><img src="/static/img/qr-wx.png" alt="苏州卫健微信公众号"><p>扫码关注“苏州卫健”公众号</p></div>
  </aside>
</main>
<footer class="site-footer"><div class="container">
  <div class="links"><a href="/wzdt/">网站地图</a><a href="/lxwm/">联系我们</a><a href="/yssm/">隐私声明</a><a href="/sybz/">使用帮助</a></div>
  <p>主办单位：苏州市卫生健康委员会　地址：苏州市姑苏区金门路118号</p>
  <p><a href="https://beian.miit.gov.cn">苏ICP备10213457号-1</a>　<a href="http://www.beian.gov.cn/">苏公网安备 32050802010789号</a>　网站标识码：3205000049</p>
  <p><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A1B2C"><img src="/static/img/dzjg.png" alt="党政机关"></a> <a href="https://zfwzzc.www.gov.cn/"><img src="/static/img/jiucuo.png" alt="政府网站找错"></a></p>
</div></footer>
<div class="back-top" title="返回顶部"></div>
<script src="/static/js/main.js"></script>
<script>
(function(){var bp=document.createElement('script');bp.src='https://zz.bdstatic.com/linksubmit/push.js';var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(bp,s);})();
</script>
</body>
</html>
""",
    title="苏州启动第36个爱国卫生月活动 全力推进健康城市建设",
    body=[
        "4月8日上午，苏州市第36个爱国卫生月暨健康城市建设推进活动在姑苏区平江路启动。市爱卫会各成员单位、各区（市）爱卫办负责人及志愿者代表300余人参加活动。",
        "今年爱国卫生月的主题是“健康城市 共建共享”。活动期间，全市将集中开展城乡环境卫生整治、病媒生物防制、控烟宣传、健康知识普及等活动，推动爱国卫生运动从环境卫生治理向全面社会健康管理转变。",
        "据介绍，苏州已连续多年保持国家卫生城市称号，所辖常熟、张家港、昆山、太仓4个县级市全部建成国家卫生城市。2023年，全市居民健康素养水平达到42.6%，人均预期寿命达到84.4岁。",
        "市卫健委相关负责人表示，今年将重点实施“健康苏州”行动十大专项，主要包括：",
        "（一）开展健康细胞建设，新建健康社区、健康单位、健康家庭500个以上；",
        "（二）巩固无烟环境建设，全面推进无烟党政机关、无烟医疗卫生机构建设；",
        "（三）强化春夏季病媒生物防制，降低登革热等蚊媒传染病传播风险。",
        "市民可关注“健康苏州”微信公众号，了解爱国卫生月各项活动安排和健康科普知识。",
    ],
    chrome=[
        "欢迎访问苏州市卫生健康委员会网站！",
        "无障碍", "长者版", "繁體", "English", "搜索",
        "首页", "机构概况", "卫健要闻", "政务公开", "公共服务", "互动交流", "专题专栏",
        "您现在的位置：首页 › 卫健要闻 › 工作动态",
        "聚焦爱国卫生月",
        "发布时间：2024年04月08日 来源：市爱卫办",
        "字号：大 中 小", "打印", "分享到微信",
        "活动现场。（市卫健委供图）",
        "责任编辑：顾晓雯",
        "分享到：",
        "上一篇：苏州市召开2024年全市卫生健康工作会议",
        "下一篇：全市开展春季病媒生物防制集中行动",
        "相关文章",
        "苏州市2023年居民健康素养水平达42.6%",
        "我市4个县级市全部建成国家卫生城市",
        "健康苏州行动推进委员会召开全体会议",
        "扫码关注“苏州卫健”公众号",
        "网站地图", "联系我们", "隐私声明", "使用帮助",
        "主办单位：苏州市卫生健康委员会 地址：苏州市姑苏区金门路118号",
        "苏ICP备10213457号-1", "苏公网安备 32050802010789号", "网站标识码：3205000049",
    ],
)

# ---------------------------------------------------------------- zh-05 news portal, mostly chrome
page(
    name="h14-zh-05-taizhou-vbp-landing",
    lang="zh", format="txt", encoding="UTF-8",
    about="台州 (Zhejiang): 9th national drug procurement batch lands, provincial news portal, heavy chrome",
    labels=dict(kind="policy", tags=["drug-policy", "medical-insurance"],
                published="2024-03-02", regions=["331000"], source="台州日报"),
    spec="""
C|台州：第九批国家集采药品落地 患者用药平均降价58% - 浙里新闻网
C|浙里新闻网 | 潮客 | 数字报 | 下载APP
C|首页  时政  经济  社会  健康  教育  文旅  视频  图片  地方
C|浙里新闻网 > 地方频道 > 台州 > 正文
T|台州：第九批国家集采药品落地 患者用药平均降价58%
C|2024年3月2日 08:15  来源：台州日报  作者：记者 陈丽娜 通讯员 台医保
C|A- A+   收藏   分享

B|　　本报讯　3月1日起，第九批国家组织药品集中带量采购中选结果在我市正式落地执行。本批集采共涉及41个品种，覆盖抗感染、抗过敏、抗肿瘤、心脑血管等11个治疗类别，平均降价58%。
B|　　据市医保局测算，我市全部公立医疗机构和部分民营医疗机构共报量约2100万片（支、袋），预计每年可节约药品费用1.3亿元。
C|【相关阅读】第八批国家集采中选药品在我市落地 平均降价56%
B|　　为确保中选药品“进得来、用得上”，市医保局联合市卫生健康委建立集采药品供应保障监测机制，对配送不及时、医疗机构未按约定采购的情况进行通报约谈。同时，将集采执行情况纳入公立医院绩效考核，并落实医保资金结余留用政策，激励医疗机构优先使用中选药品。
B|　　在台州市第一人民医院门诊药房，记者看到，高血压常用药苯磺酸左氨氯地平片已更换为中选产品。“以前一盒要二十多元，现在不到五元，一年能省下好几百。”正在取药的市民林先生说。
B|　　市医保局相关负责人提醒，参保群众可通过“浙里办”APP“医保服务”专区查询中选药品目录和价格，也可拨打12345政务服务热线咨询。

C|责任编辑：郑佳  审核：王建
C|版权声明：本文系浙里新闻网转载作品，转载请注明出处。如涉及版权问题，请与本网联系。
C|网友评论
C|请登录后发表评论  登录 | 注册
C|已有0人参与  暂无评论，快来抢沙发吧！
C|24小时热门
C|1 台州湾新区又一百亿级项目签约落地
C|2 温岭一男子高速上倒车被罚200元记6分
C|3 “三月三”小长假出行指南来了
C|4 台州今年将新增城市书房20家
C|猜你喜欢
C|浙江：门诊共济保障再扩围 个人账户可为近亲属缴费
C|杭州一医院开出全省首张“共享处方”
C|违法和不良信息举报电话：0571-88888888  举报邮箱：jubao@zlxw.cn
C|互联网新闻信息服务许可证编号：33120170001  浙ICP备12012345号
C|Copyright © 2008-2024 浙里新闻网 All Rights Reserved.
""",
)

# ---------------------------------------------------------------- zh-06 policy document page, BOM
page(
    name="h14-zh-06-chengdu-biomedicine-policy",
    lang="zh", format="txt", encoding="UTF-8-BOM",
    about="成都 municipal policy document supporting the biomedicine industry and industry parks; 成文日期 ≠ 发布日期",
    labels=dict(kind="policy", tags=["health-industry"],
                published="2022-09-01", regions=["510100"]),
    spec="""
C|成都市人民政府门户网站
C|首页 政务公开 政务服务 互动交流 数据开放 走进成都
C|首页 > 政务公开 > 政策文件 > 市政府办公厅文件
C|索 引 号：008101234/2022-00567
C|发文机关：成都市人民政府办公厅
C|主题分类：工业、交通\\工业
C|成文日期：2022年08月26日
C|发布日期：2022.09.01
C|发文字号：成办发〔2022〕88号
C|有 效 性：有效
T|成都市人民政府办公厅关于印发《成都市促进生物医药产业高质量发展若干政策措施》的通知
C|成办发〔2022〕88号
B|各区（市）县政府（管委会），市政府各部门，有关单位：
B|　　《成都市促进生物医药产业高质量发展若干政策措施》已经市政府同意，现印发给你们，请结合实际认真组织实施。
B|成都市人民政府办公厅
B|2022年8月26日
B|成都市促进生物医药产业高质量发展若干政策措施
B|　　为加快建设具有全国影响力的生物医药创新策源地和产业集聚区，推动生物医药产业高质量发展，结合我市实际，制定如下政策措施。
B|　　一、支持创新药物研发。对在我市完成Ⅰ、Ⅱ、Ⅲ期临床试验并在我市实现产业化的1类创新药，分阶段给予累计最高不超过3000万元的资金支持。
B|　　二、支持医疗器械创新。对首次取得第三类医疗器械注册证并在我市生产的产品，按每个产品最高500万元给予奖励。
B|　　三、支持产业园区建设。支持成都天府国际生物城、成都医学城、天府中药城等重点园区建设公共技术服务平台，按平台建设投入的30%给予最高2000万元补助。
B|　　四、支持创新产品推广应用。将符合条件的创新药械纳入本市医疗机构优先采购目录，推动创新产品进入医保支付范围。
B|　　五、强化人才支撑。对引进的生物医药领域顶尖人才团队，经认定后给予最高1亿元综合资助。
B|　　本政策措施自2022年10月1日起施行，有效期3年。由市经信局（市新经济委）、市科技局会同有关部门负责解释。
C|相关解读：
C|图解：一图读懂成都生物医药产业高质量发展若干政策措施
C|《成都市促进生物医药产业高质量发展若干政策措施》政策解读
C|【打印】 【关闭】 【收藏】
C|扫一扫 手机看
C|成都市人民政府办公厅主办  成都市网络理政中心承办
C|蜀ICP备05012345号  川公网安备 51010402000123号  网站标识码：5101000001
C|【我为政府网站找错】
""",
)

# ---------------------------------------------------------------- zh-07 div soup with pinyin classes
page(
    name="h14-zh-07-fuzhou-tcm-primary",
    lang="zh", format="html", encoding="UTF-8",
    about="福州 (Fujian) plan for TCM services in primary care, div soup with pinyin class names",
    labels=dict(kind="policy", tags=["tcm", "primary-care"],
                published="2023-06-15", regions=["350100"]),
    html="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>福州加快提升基层中医药服务能力_部门动态_福州市人民政府门户网站</title>
<meta name="SiteName" content="福州市人民政府门户网站" />
<meta name="SiteDomain" content="www.fuzhou.gov.cn" />
<meta name="SiteIDCode" content="3501000001" />
<meta name="ColumnName" content="部门动态" />
<meta name="ArticleTitle" content="福州出台基层中医药服务能力提升实施方案 到2025年基层中医馆实现全覆盖" />
<meta name="PubDate" content="2023-06-15 16:20" />
<meta name="ContentSource" content="市卫健委" />
<link rel="stylesheet" type="text/css" href="/images/public.css" />
<link rel="stylesheet" type="text/css" href="/images/xl.css" />
<script type="text/javascript" src="/images/jquery.min.js"></script>
<script type="text/javascript">
function doZoom(n){ $("#zoom").css("font-size", n + "px"); }
</script>
</head>
<body>
<div class="tou">
 <div class="tou_nr">
  <div class="tou_l"><a href="/"><img src="/images/logo.png" alt="福州市人民政府" /></a></div>
  <div class="tou_r"><a href="javascript:void(0)" class="jft">繁体版</a><span>|</span><a href="/english/">English</a><span>|</span><a href="javascript:void(0)" id="wza">无障碍</a><span>|</span><a href="javascript:void(0)" class="zzms">长者模式</a></div>
 </div>
</div>
<div class="dh">
 <ul>
  <li><a href="/">首页</a></li>
  <li><a href="/zwgk/">政务公开</a></li>
  <li><a href="/bsfw/">办事服务</a></li>
  <li><a href="/hdjl/">互动交流</a></li>
  <li><a href="/zjrc/">走进榕城</a></li>
  <li><a href="/ztzl/">专题专栏</a></li>
 </ul>
</div>
<div class="main">
 <div class="wz">您当前所在位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/zwgk/">政务公开</a>&nbsp;&gt;&nbsp;<a href="/zwgk/bmdt/">部门动态</a></div>
 <div class="xl_l">
  <div class="xl_bt">福州出台基层中医药服务能力提升实施方案 到2025年基层中医馆实现全覆盖</div>
  <div class="xl_xx"><span class="sj">时间：2023-06-15 16:20</span><span class="ly">来源：市卫健委</span></div>
  <div class="xl_gn"><span class="zt">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
  <div class="xl_nr" id="zoom">
   <div class="TRS_Editor">
    <p style="text-indent:2em;">近日，福州市卫健委、市医保局等六部门联合印发《福州市基层中医药服务能力提升工程实施方案（2023—2025年）》，提出到2025年，全市所有社区卫生服务中心和乡镇卫生院设置中医馆，100%的社区卫生服务站和80%以上的村卫生室能够提供中医药服务。</p>
    <p style="text-indent:2em;">《方案》明确了四方面重点任务。一是加强基层中医馆建设，对新建和提档升级的中医馆每家给予20万元补助；二是推广中医适宜技术，每个中医馆能够规范开展6类10项以上中医适宜技术；三是加强基层中医药人才队伍建设，实施“西学中”培训和师承教育；四是将符合条件的中医诊疗项目纳入医保支付，引导群众在基层看中医。</p>
    <p style="text-indent:2em;">目前，全市已建成基层中医馆186个，闽侯县、福清市等地已实现乡镇卫生院中医馆全覆盖。</p>
    <p style="text-indent:2em;">“我们要让群众在家门口就能看上中医、用上中药。”市卫健委相关负责人说，下一步将依托福建省国家中医药综合改革示范区建设，持续擦亮“闽都中医”品牌。</p>
   </div>
  </div>
  <div class="xl_fx">
   <div class="bdsharebuttonbox"><span>分享到：</span><a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a><a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a></div>
  </div>
  <div class="xl_dy"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
  <div class="xgxx">
   <div class="xgxx_bt">相关信息</div>
   <ul>
    <li><a href="/zwgk/bmdt/202306/t20230609_4612345.htm">福建省中医药综合改革示范区建设推进会在榕召开</a><span>2023-06-09</span></li>
    <li><a href="/zwgk/bmdt/202305/t20230526_4598765.htm">市卫健委开展“中医药进社区”义诊活动</a><span>2023-05-26</span></li>
    <li><a href="/zwgk/bmdt/202305/t20230512_4587654.htm">我市新增3家全国基层中医药工作示范县（市、区）</a><span>2023-05-12</span></li>
   </ul>
  </div>
 </div>
 <div class="xl_r">
  <div class="rdzt">
   <div class="rdzt_bt">热点专题</div>
   <ul>
    <li><a href="/ztzl/yshj/">持续优化营商环境</a></li>
    <li><a href="/ztzl/wmcs/">全国文明城市创建</a></li>
    <li><a href="/ztzl/jkfz/">健康福州 你我同行</a></li>
   </ul>
  </div>
  <div class="ewm"><img src="/images/fzfb.jpg" alt="福州发布" /><p>扫一扫 关注“福州发布”</p></div>
 </div>
</div>
<div class="foot">
 <div class="foot_nr">
  <p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzsm/">网站声明</a></p>
  <p>主办：福州市人民政府办公厅　承办：福州市大数据发展管理委员会</p>
  <p>网站标识码：3501000001　<a href="https://beian.miit.gov.cn/">闽ICP备05001234号</a>　<a href="http://www.beian.gov.cn/">闽公网安备 35010202000123号</a></p>
 </div>
</div>
<script type="text/javascript" src="/images/footer.js"></script>
</body>
</html>
""",
    title="福州出台基层中医药服务能力提升实施方案 到2025年基层中医馆实现全覆盖",
    body=[
        "近日，福州市卫健委、市医保局等六部门联合印发《福州市基层中医药服务能力提升工程实施方案（2023—2025年）》，提出到2025年，全市所有社区卫生服务中心和乡镇卫生院设置中医馆，100%的社区卫生服务站和80%以上的村卫生室能够提供中医药服务。",
        "《方案》明确了四方面重点任务。一是加强基层中医馆建设，对新建和提档升级的中医馆每家给予20万元补助；二是推广中医适宜技术，每个中医馆能够规范开展6类10项以上中医适宜技术；三是加强基层中医药人才队伍建设，实施“西学中”培训和师承教育；四是将符合条件的中医诊疗项目纳入医保支付，引导群众在基层看中医。",
        "目前，全市已建成基层中医馆186个，闽侯县、福清市等地已实现乡镇卫生院中医馆全覆盖。",
        "“我们要让群众在家门口就能看上中医、用上中药。”市卫健委相关负责人说，下一步将依托福建省国家中医药综合改革示范区建设，持续擦亮“闽都中医”品牌。",
    ],
    chrome=[
        "繁体版", "English", "无障碍", "长者模式",
        "首页", "政务公开", "办事服务", "互动交流", "走进榕城", "专题专栏",
        "您当前所在位置：首页 > 政务公开 > 部门动态",
        "时间：2023-06-15 16:20来源：市卫健委",
        "【字体：大 中 小】",
        "分享到：",
        "【打印本页】", "【关闭窗口】",
        "相关信息",
        "福建省中医药综合改革示范区建设推进会在榕召开2023-06-09",
        "市卫健委开展“中医药进社区”义诊活动2023-05-26",
        "我市新增3家全国基层中医药工作示范县（市、区）2023-05-12",
        "热点专题",
        "持续优化营商环境", "全国文明城市创建", "健康福州 你我同行",
        "扫一扫 关注“福州发布”",
        "网站地图", "联系我们", "网站声明",
        "主办：福州市人民政府办公厅 承办：福州市大数据发展管理委员会",
        "网站标识码：3501000001", "闽ICP备05001234号", "闽公网安备 35010202000123号",
    ],
)

# ---------------------------------------------------------------- zh-08 Hong Kong press release, Big5
page(
    name="h14-zh-08-hk-elderly-voucher",
    lang="zh", format="html", encoding="Big5", traditional=True,
    about="Hong Kong 衛生署 press release: elderly health care voucher enhancements, <br>-separated paragraphs",
    labels=dict(kind="policy", tags=["elderly-care", "primary-care"],
                published="2024-01-15", regions=["810000"]),
    html="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>長者醫療券計劃優化措施二月起推行</title>
<meta name="keywords" content="長者醫療券,衛生署,基層醫療,新聞公報">
<link rel="stylesheet" href="/gia/css/pr.css" type="text/css">
<script language="JavaScript" type="text/javascript" src="/gia/js/common.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td><a href="/gia/general/today.htm"><img src="/gia/images/pr_logo.gif" alt="新聞公報" border="0"></a></td>
<td align="right" class="lang"><a href="/gia/general/202401/15/P2024011500321.htm">English</a> | <a href="/gia/general/202401/15/P2024011500320_sc.htm">簡體版</a> | <a href="/gia/general/202401/15/P2024011500320_txt.htm">文字版</a></td>
</tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="menu">
<tr>
<td><a href="/gia/general/today.htm">今日新聞</a></td>
<td><a href="/gia/general/ctoday.htm">新聞公報</a></td>
<td><a href="/gia/archive.htm">新聞公報檔案</a></td>
<td><a href="/gia/search.htm">搜尋</a></td>
</tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="10" align="center">
<tr><td>
<span id="PRHeadlineSpan" class="headline">長者醫療券計劃優化措施二月起推行</span><br><br>
<span id="pressrelease" class="content">
　　衛生署今日（一月十五日）宣布，長者醫療券計劃將由二月一日起推行多項優化措施，鼓勵長者善用基層醫療服務，加強疾病預防及慢性病管理。<br><br>
　　長者醫療券計劃自二○○九年起推行，資助六十五歲或以上的香港長者使用社區內的私營基層醫療服務。<br><br>
　　衛生署發言人表示，合資格長者每年獲發放二千元醫療券，累積上限為八千元。由二月一日起，長者若使用醫療券接受指定的預防性服務，例如疫苗接種、健康評估及慢性病篩查，可獲額外獎賞金額，用於支付其後的基層醫療服務。<br><br>
　　發言人說：「政府致力推動基層醫療發展，透過地區康健中心及家庭醫生制度，讓長者在社區獲得持續、全面的照顧。是次優化措施亦配合《基層醫療健康藍圖》的方向。」<br><br>
　　截至二○二三年十二月底，已登記參與計劃的醫療服務提供者超過一萬名，約一百五十萬名合資格長者曾使用醫療券。<br><br>
　　長者及市民如有查詢，可致電衛生署醫療券計劃熱線2838 2311，或瀏覽網頁www.hcv.gov.hk。<br>
</span><br><br>
<span class="end">完</span><br><br>
<span class="date">2024年1月15日（星期一）<br>香港時間16時30分</span>
</td></tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td align="left"><a href="/gia/general/today.htm">今日新聞公報</a></td>
<td align="right"><a href="#top">返回頁首</a></td>
</tr>
</table>
<hr size="1" noshade>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td align="center" class="footer">
2024 <span class="sep">|</span> <a href="/gia/notice.htm">重要告示</a> <span class="sep">|</span> <a href="/gia/privacy.htm">私隱政策</a><br>
最近修訂日期︰2024年1月15日
</td></tr>
</table>
</body>
</html>
""",
    title="長者醫療券計劃優化措施二月起推行",
    body=[
        "衛生署今日（一月十五日）宣布，長者醫療券計劃將由二月一日起推行多項優化措施，鼓勵長者善用基層醫療服務，加強疾病預防及慢性病管理。",
        "長者醫療券計劃自二○○九年起推行，資助六十五歲或以上的香港長者使用社區內的私營基層醫療服務。",
        "衛生署發言人表示，合資格長者每年獲發放二千元醫療券，累積上限為八千元。由二月一日起，長者若使用醫療券接受指定的預防性服務，例如疫苗接種、健康評估及慢性病篩查，可獲額外獎賞金額，用於支付其後的基層醫療服務。",
        "發言人說：「政府致力推動基層醫療發展，透過地區康健中心及家庭醫生制度，讓長者在社區獲得持續、全面的照顧。是次優化措施亦配合《基層醫療健康藍圖》的方向。」",
        "截至二○二三年十二月底，已登記參與計劃的醫療服務提供者超過一萬名，約一百五十萬名合資格長者曾使用醫療券。",
        "長者及市民如有查詢，可致電衛生署醫療券計劃熱線2838 2311，或瀏覽網頁www.hcv.gov.hk。",
    ],
    chrome=[
        "English", "簡體版", "文字版",
        "今日新聞", "新聞公報", "新聞公報檔案", "搜尋",
        "完",
        "2024年1月15日（星期一）", "香港時間16時30分",
        "今日新聞公報", "返回頁首",
        "2024", "重要告示", "私隱政策",
        "最近修訂日期︰2024年1月15日",
    ],
)

# ---------------------------------------------------------------- zh-09 Taipei recruitment notice, Minguo dates
page(
    name="h14-zh-09-taipei-nurse-recruitment",
    lang="zh", format="txt", encoding="UTF-8", traditional=True,
    about="Taipei city hospital recruitment notice for contract nurses, dates in the Minguo calendar",
    labels=dict(kind="job-ad", tags=[], published="2024-03-05", regions=["710000"]),
    spec="""
C|:::
C|臺北市政府全球資訊網
C|市政新聞 | 市府公告 | 便民服務 | 人才招募 | 雙語詞彙
C|字級：小 中 大
C|首頁 > 人才招募 > 徵才公告
C|:::
T|臺北市立聯合醫院113年度約用護理人員甄選公告
C|發布日期：113-03-05
C|發布單位：臺北市立聯合醫院
C|更新日期：113-03-06
C|列印  分享：Facebook  LINE
B|一、甄選職缺：
B|職稱　名額　工作地點
B|約用護理師　60名　中興、仁愛、和平婦幼、忠孝、陽明院區
B|專科護理師　8名　仁愛院區
B|二、報名資格：
B|（一）具中華民國國籍，領有護理師證書者。
B|（二）具醫學中心或區域醫院臨床護理經驗一年以上者尤佳。
B|三、待遇：依本院約用人員薪資標準核給，大學畢業起薪新臺幣4萬3,000元，另依工作表現核發績效獎金。
B|四、報名方式：請於113年3月11日至3月22日下午5時前，至本院人才招募網站填寫線上報名表並上傳相關證明文件，逾期不予受理。
B|五、甄選方式：書面審查及面試，面試日期另行通知。
B|六、聯絡人：人事室陳小姐，電話（02）2555-0000分機1234。
C|附件：113年度約用護理人員甄選簡章.pdf（下載次數：412）
C|相關連結
C|臺北市立聯合醫院人才招募專區
C|行政院人事行政總處事求人機關徵才系統
C|瀏覽人次：2,345
C|回上一頁 | 回首頁
C|隱私權政策 | 資訊安全政策 | 政府網站資料開放宣告 | 網站導覽
C|臺北市政府　11008臺北市信義區市府路1號　市民當家熱線：1999（外縣市請撥02-27208889）
C|本網站通過 AA 無障礙檢測
C|Copyright © 2024 Taipei City Government. All Rights Reserved.
""",
)

# ---------------------------------------------------------------- zh-10 hospital bid result, GBK + CRLF
page(
    name="h14-zh-10-nanshan-consumables-bid-result",
    lang="zh", format="txt", encoding="GBK", crlf=True,
    about="深圳南山区 hospital's bid-result notice for consumables bought by 集中带量采购, GBK with CRLF",
    labels=dict(kind="tender", tags=[], published="2023-08-22", regions=["440305"]),
    spec="""
C|深圳市南山区人民医院官方网站
C|医院首页 医院概况 新闻中心 科室导航 专家介绍 就医指南 招标采购 招贤纳士
C|当前位置：首页 >> 招标采购 >> 结果公示
T|深圳市南山区人民医院2023年度医用耗材集中带量采购项目（第二批）中标结果公告
C|作者：设备科    发布时间：2023年8月22日    阅读次数：812
B|一、项目编号：NSRMYY-2023-HC-017
B|二、项目名称：2023年度医用耗材集中带量采购项目（第二批）
B|三、中标信息：
B|包号　供应商名称　中标金额（万元）
B|A包（一次性使用输液器类）　深圳市康瑞医疗器械有限公司　186.50
B|B包（吻合器类）　广州华粤医疗科技有限公司　243.20
B|C包（骨科内固定类）　流标
B|四、评标委员会成员名单：张某某、李某某、王某某、赵某某、刘某某
B|五、公告期限：自本公告发布之日起1个工作日。
B|六、凡对本次公告内容提出询问，请按以下方式联系：
B|采购人：深圳市南山区人民医院　联系人：陈先生　联系电话：0755-26550000
B|采购代理机构：深圳市中正招标代理有限公司　联系人：林女士　联系电话：0755-83210000
B|深圳市南山区人民医院
B|2023年8月22日
C|附件：中标结果公告.pdf
C|【打印此页】  【关闭窗口】
C|上一条：深圳市南山区人民医院CT设备采购项目招标公告
C|下一条：关于2023年下半年医疗设备维保服务项目的询价公告
C|医院地址：深圳市南山区桃园路  邮编：518052  总机：0755-26550000
C|粤ICP备05012345号  Copyright(C) 2023 深圳市南山区人民医院 版权所有
""",
)

# ---------------------------------------------------------------- zh-11 investment fair on the city portal
page(
    name="h14-zh-11-hangzhou-investment-fair",
    lang="zh", format="txt", encoding="UTF-8",
    about="杭州 investment fair on the city government portal; biomedicine named once among sectors",
    labels=dict(kind="economy", tags=[], published="2024-05-13", regions=["330100"], source="杭州日报"),
    spec="""
C|杭州市人民政府门户网站
C|无障碍阅读 | 长者模式 | 繁體 | EN | 登录
C|首页 政务公开 政务服务 互动交流 数据开放 走进杭州
C|首页 › 新闻中心 › 今日杭州

T|2024杭州投资合作推介大会举行 现场签约项目总投资1236亿元
C|时间：2024年05月13日 08:30 来源：杭州日报 字号：大 中 小

B|　　5月12日，2024杭州投资合作推介大会在杭州国际博览中心举行。来自海内外的500余位企业家和投资机构代表参会，现场集中签约重大项目86个，总投资1236亿元。
B|　　本次签约项目涵盖数字经济、高端装备制造、新能源汽车、生物医药、新材料等领域，其中百亿元以上项目4个，外资项目21个，总部型项目15个。
B|　　副市长周林在推介时表示，杭州将持续打造市场化、法治化、国际化一流营商环境，对重大产业项目实行“一项目一专班”服务，为企业提供全生命周期保障。
B|　　推介会上，钱塘区、余杭区、萧山区分别作了投资环境推介，市投资促进局发布了2024年重点招商项目清单和产业地图。
B|　　会后，参会嘉宾分组考察了城西科创大走廊、钱塘医药港小镇等产业平台。

C|【打印】 【关闭】 【纠错】
C|扫一扫在手机上查看当前页面
C|关注“杭州发布”微信公众号、抖音号，第一时间获取权威信息
C|相关新闻
C|杭州出台支持民营经济高质量发展若干措施
C|一季度杭州实际使用外资同比增长12.3%
C|杭州与新加坡企业签署多项合作协议
C|主办：杭州市人民政府办公厅 承办：杭州市数据资源管理局
C|浙ICP备09012345号-3 浙公网安备 33010502000456号 政府网站标识码：3301000001
C|网站支持IPv6
""",
)

# ---------------------------------------------------------------- zh-12 private dental clinic riding on 集采
page(
    name="h14-zh-12-ningbo-dental-implant-promo",
    lang="zh", format="html", encoding="UTF-8",
    about="宁波 private dental hospital promoting implants at 集采 prices; no year anywhere",
    labels=dict(kind="marketing", tags=[], regions=["330200"]),
    html="""
<!doctype html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>种植牙集采价格落地_宁波种植牙多少钱_宁波美齿口腔医院</title>
<meta name="keywords" content="宁波种植牙,种植牙集采,种植牙价格,宁波口腔医院">
<meta name="description" content="宁波美齿口腔医院积极响应国家种植牙集采政策，种植牙单颗全包价3800元起。">
<link rel="stylesheet" href="/skin/css/style.css">
<script src="/skin/js/jquery.js"></script>
<script>var _czc = _czc || []; _czc.push(["_setAccount", "1281234567"]);</script>
</head>
<body>
<div class="topbar"><div class="w1200">
  <p class="fl">宁波美齿口腔医院 · 宁波市医保定点单位</p>
  <p class="fr">预约热线：<b>0574-87654321</b></p>
</div></div>
<div class="header w1200">
  <a class="logo" href="/"><img src="/skin/images/logo.png" alt="宁波美齿口腔医院"></a>
  <ul class="nav">
    <li><a href="/">网站首页</a></li>
    <li><a href="/about/">医院概况</a></li>
    <li><a href="/zhuanjia/">专家团队</a></li>
    <li class="on"><a href="/zzy/">种植牙</a></li>
    <li><a href="/jz/">牙齿矫正</a></li>
    <li><a href="/mb/">美白修复</a></li>
    <li><a href="/et/">儿童齿科</a></li>
    <li><a href="/lx/">来院路线</a></li>
  </ul>
</div>
<div class="banner"><img src="/uploads/banner-zzy.jpg" alt="种植牙集采 单颗3800元起"></div>
<div class="w1200 content">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zzy/">种植牙</a> &gt; 正文</div>
  <div class="left">
    <h1>种植牙集采落地！我院种植牙单颗全包价低至3800元</h1>
    <div class="info">发布于：06-03　作者：美齿口腔　阅读：<span id="hits">2365</span></div>
    <div class="article">
      <p>好消息！随着国家种植牙集采政策全面落地，种植牙价格大幅下降。我院积极响应国家政策，作为宁波首批执行种植牙集采价格的民营口腔医院，即日起推出种植牙惠民活动。</p>
      <p><strong>活动内容：</strong></p>
      <p>1. 集采种植体：韩国、国产品牌种植体，单颗全包价3800元起（含种植体、基台、牙冠、手术费）；</p>
      <p>2. 进口高端种植体：瑞士、德国品牌种植体，单颗全包价8800元起；</p>
      <p>3. 前50名预约顾客可免费获得口腔CT检查一次（价值300元）。</p>
      <p style="text-align:center"><img src="/uploads/zzy-price.jpg" alt="价格表"></p>
      <p>活动时间：即日起至6月30日。</p>
      <p>我院拥有德国进口口腔CT、数字化种植导板系统，由从业20年以上的种植专家亲自主刀，让您种得放心、用得安心。</p>
      <p>名额有限，欲购从速！预约电话：0574-87654321，也可添加客服微信预约到院。</p>
    </div>
    <div class="tips">温馨提示：具体治疗方案及费用以医生面诊为准，治疗效果因个人口腔状况而异。</div>
    <div class="statement">*本活动最终解释权归宁波美齿口腔医院所有</div>
    <div class="gg">浙医广【2023】第02-06-0123号</div>
    <div class="prenext">
      <span>上一篇：<a href="/zzy/123.html">种植牙集采后，为什么有的医院还是很贵？</a></span>
      <span>下一篇：<a href="/et/125.html">孩子换牙期要注意什么？</a></span>
    </div>
  </div>
  <div class="right">
    <div class="yuyue">
      <h3>在线预约</h3>
      <form action="/plus/yuyue.php" method="post"><input name="name" placeholder="您的姓名"><input name="tel" placeholder="手机号码"><button type="button">立即预约</button></form>
      <p>今日已有<span>128</span>人预约</p>
    </div>
    <div class="hot"><h3>热门文章</h3><ul>
      <li><a href="/zzy/98.html">种植牙集采后价格到底降了多少？一文看懂</a></li>
      <li><a href="/zzy/87.html">全口无牙怎么办？All-on-4即刻种植了解一下</a></li>
      <li><a href="/zzy/76.html">医保个人账户能用来种牙吗？</a></li>
    </ul></div>
  </div>
</div>
<div class="footer">
  <p>宁波美齿口腔医院　地址：宁波市鄞州区天童南路999号　电话：0574-87654321</p>
  <p>Copyright © 2018-2024 宁波美齿口腔医院 版权所有　<a href="https://beian.miit.gov.cn/">浙ICP备18012345号-1</a></p>
  <p>本站内容仅供参考，不能作为诊断及医疗的依据，请遵医嘱。</p>
</div>
<div class="float-kf">
  <a class="zx" href="javascript:openChat();">在线咨询</a>
  <a class="yy" href="/yuyue/">预约挂号</a>
  <div class="ewm"><img src="/skin/images/wx-kf.png" alt="客服微信"><p>扫码添加客服微信</p></div>
  <a class="top" href="#">返回顶部</a>
</div>
<script src="https://kf.meichi-kq.com/js/kf.js?id=123"></script>
</body>
</html>
""",
    title="种植牙集采落地！我院种植牙单颗全包价低至3800元",
    body=[
        "好消息！随着国家种植牙集采政策全面落地，种植牙价格大幅下降。我院积极响应国家政策，作为宁波首批执行种植牙集采价格的民营口腔医院，即日起推出种植牙惠民活动。",
        "活动内容：",
        "1. 集采种植体：韩国、国产品牌种植体，单颗全包价3800元起（含种植体、基台、牙冠、手术费）；",
        "2. 进口高端种植体：瑞士、德国品牌种植体，单颗全包价8800元起；",
        "3. 前50名预约顾客可免费获得口腔CT检查一次（价值300元）。",
        "活动时间：即日起至6月30日。",
        "我院拥有德国进口口腔CT、数字化种植导板系统，由从业20年以上的种植专家亲自主刀，让您种得放心、用得安心。",
        "名额有限，欲购从速！预约电话：0574-87654321，也可添加客服微信预约到院。",
    ],
    chrome=[
        "宁波美齿口腔医院 · 宁波市医保定点单位",
        "预约热线：0574-87654321",
        "网站首页", "医院概况", "专家团队", "种植牙", "牙齿矫正", "美白修复", "儿童齿科", "来院路线",
        "当前位置：首页 > 种植牙 > 正文",
        "发布于：06-03 作者：美齿口腔 阅读：2365",
        "温馨提示：具体治疗方案及费用以医生面诊为准，治疗效果因个人口腔状况而异。",
        "*本活动最终解释权归宁波美齿口腔医院所有",
        "浙医广【2023】第02-06-0123号",
        "上一篇：种植牙集采后，为什么有的医院还是很贵？",
        "下一篇：孩子换牙期要注意什么？",
        "在线预约", "立即预约", "今日已有128人预约",
        "热门文章",
        "种植牙集采后价格到底降了多少？一文看懂",
        "全口无牙怎么办？All-on-4即刻种植了解一下",
        "医保个人账户能用来种牙吗？",
        "宁波美齿口腔医院 地址：宁波市鄞州区天童南路999号 电话：0574-87654321",
        "Copyright © 2018-2024 宁波美齿口腔医院 版权所有", "浙ICP备18012345号-1",
        "本站内容仅供参考，不能作为诊断及医疗的依据，请遵医嘱。",
        "在线咨询", "预约挂号", "扫码添加客服微信", "返回顶部",
    ],
)

# ---------------------------------------------------------------- en-01 machine-translated city English edition
page(
    name="h14-en-01-suzhou-anhui-county-medical-community",
    lang="en", format="txt", encoding="UTF-8",
    about="宿州 (Anhui) English edition, machine translated: close-knit county medical communities",
    labels=dict(kind="policy", tags=["medical-reform", "primary-care", "digital-health"],
                published="2022-05-13", regions=["341300"]),
    spec="""
C|中文版 | English
C|SUZHOU · ANHUI
C|Home | About Suzhou | News | Government | Investment | Travel | Living in Suzhou
C|Current location: Home > News > Local News
T|Suzhou grasps the implementation of close-knit county medical community construction to let the masses enjoy high-quality medical services at their doorstep
C|Addtime:2022-05-13  Source:Municipal Health and Health Commission  Views:1087
C|[Font: Large Medium Small]
B|In recent years, the Municipal Health and Health Commission has conscientiously implemented the decisions and deployments of the provincial party committee and the provincial government on deepening the reform of the medical and health system, taking the construction of close-knit county medical community as the "bull's nose", and grasping the implementation of various reform tasks, so that the masses can enjoy high-quality and efficient medical and health services at their doorstep.
B|Up to now, Dangshan County, Xiao County, Lingbi County, Si County and Yongqiao District of our city have built 9 close-knit county medical communities, covering all 96 township health centers and 1,217 village clinics. In 2021, the in-county consultation rate of the city reached 91.2%, and the proportion of outpatient and emergency visits at the grassroots level reached 68.5%.
B|First, grasp the integrated management. Each county medical community implements the "six unifications" of administration, personnel, finance, business, drugs and information, and the leading hospital sends backbone doctors to station in township health centers for no less than one year.
B|Second, grasp the "Internet + medical health". The city has built a smart medical community information platform, and the county-level hospitals have set up remote imaging, remote ECG and remote consultation centers and an Internet hospital, realizing "grassroots examination, county-level diagnosis", letting the data run more and the masses run less errands.
B|Third, grasp the reform of payment methods. The medical insurance fund is packaged and paid to the county medical community according to the number of insured persons, the balance is retained and the overspending is reasonably shared, guiding the medical community to change from "treating diseases" to "keeping health".
B|Fourth, grasp the family doctor contract service. Family doctor teams composed of county, township and village doctors provide the masses with follow-up visits, health management and appointment referral services.
B|Next, the Municipal Health and Health Commission will learn from the experience of Sanming in Fujian, further consolidate the construction results of the county medical community, and strive to achieve the goal of "major diseases do not leave the county".
B|Healthy Suzhou, we are in action! The masses can follow the WeChat official account "Healthy Suzhou" to sign up for family doctor services online.
C|[Print this page] [Close window]
C|Previous: Suzhou held the 2022 city health and health work conference
C|Next: Our city carried out the publicity month of the "Regulations on the Supervision and Administration of the Use of Medical Security Funds"
C|Links: Chinese Government Network | Anhui Provincial People's Government | Suzhou Municipal People's Government (Chinese)
C|Sponsored by: Suzhou Municipal People's Government Office  Undertaken by: Suzhou Data Resources Administration
C|Wan ICP No. 05001234-2  Website identification code: 3413000001
C|It is recommended to use 1024*768 resolution
C|URL: http://www.ahsz.gov.cn/english/News/LocalNews/content_1293847.html
C|[Scraped at 2024-02-10 14:03:11]
""",
)

# ---------------------------------------------------------------- en-02 city English edition, HTML
page(
    name="h14-en-02-taizhou-zj-new-hospitals",
    lang="en", format="html", encoding="UTF-8",
    about="台州 (Zhejiang) English edition: new hospital projects; <h1> differs from <title>, date in a meta tag too",
    labels=dict(kind="policy", tags=["hospital-development"],
                published="2023-03-03", regions=["331000"], source="Taizhou Daily"),
    html="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Taizhou speeds up construction of regional medical centers_Taizhou, China</title>
<meta name="description" content="Taizhou in East China's Zhejiang province will put four new hospital projects into use this year.">
<meta property="og:title" content="Taizhou speeds up construction of regional medical centers">
<meta property="og:url" content="http://english.zjtz.gov.cn/art/2023/3/3/art_1229_59012345.html">
<meta property="article:published_time" content="2023-03-03T08:00:00+08:00">
<link rel="stylesheet" href="/css/en_common.css">
<script src="/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div id="header">
  <div class="lang"><a href="http://www.zjtz.gov.cn/">中文</a> | <a href="/" class="cur">English</a> | <a href="/jp/">日本語</a> | <a href="/kr/">한국어</a></div>
  <div class="logo"><a href="/"><img src="/images/en_logo.png" alt="Taizhou, China"></a></div>
  <div class="menu">
    <a href="/">Home</a>
    <a href="/col/col1229_news/">News</a>
    <a href="/col/about/">About Taizhou</a>
    <a href="/col/gov/">Government</a>
    <a href="/col/biz/">Business</a>
    <a href="/col/travel/">Travel</a>
    <a href="/col/living/">Living</a>
  </div>
</div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr>
<td width="700" valign="top">
  <div class="location">You are here: <a href="/">Home</a> &gt; <a href="/col/col1229_news/">News</a> &gt; City Updates</div>
  <h1 class="art_title">Taizhou accelerates high-quality development of public hospitals, four new hospital projects to open this year</h1>
  <div class="art_info">Source: Taizhou Daily&nbsp;&nbsp;|&nbsp;&nbsp;Updated: Mar. 3, 2023</div>
  <div class="art_tools">Font size: <a href="javascript:setFont(16)">A+</a> <a href="javascript:setFont(14)">A</a> <a href="javascript:setFont(12)">A-</a></div>
  <div class="art_con" id="zoom">
    <p>Taizhou in East China's Zhejiang province will put four new hospital projects into use this year, adding more than 3,000 beds, the municipal health commission said on Thursday.</p>
    <p>The projects include the new campus of Taizhou Hospital of Zhejiang Province in Linhai, a medical technology building at Taizhou Central Hospital, the relocated Wenling Maternal and Child Health Hospital and the second phase of Yuhuan People's Hospital.</p>
    <p style="text-align:center"><img src="/picture/0/2303030800123456.jpg" alt="new campus"></p>
    <p class="pic_note">A view of the new campus of Taizhou Hospital of Zhejiang Province under construction in Linhai. [Photo/Taizhou Daily]</p>
    <p>Taizhou was selected last year as one of the province's pilot cities for the high-quality development of public hospitals. By 2025, the city aims to build two provincial-level regional medical centers and have every county-level general hospital reach the standard of a tertiary hospital.</p>
    <p>"We will make sure that serious diseases are treated within the city, and common diseases within the county," said Ye Ming, director of the Taizhou Municipal Health Commission.</p>
    <p>The city will also invest 1.2 billion yuan ($174 million) in upgrading equipment at county-level hospitals and raise the number of intensive care beds to 10 per 100,000 residents.</p>
  </div>
  <div class="art_editor">Editor: Chen Jing</div>
  <div class="share">Share: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a> <a href="#">WeChat</a></div>
  <div class="related">
    <h3>Related stories</h3>
    <ul>
      <li><a href="#">Taizhou Hospital ranks among top 100 hospitals in China</a></li>
      <li><a href="#">Wenling opens new maternal and child health center</a></li>
      <li><a href="#">Taizhou rolls out family doctor services for the elderly</a></li>
    </ul>
  </div>
</td>
<td width="280" valign="top" class="side">
  <div class="side_box"><h3>Most Popular</h3><ol>
    <li><a href="#">Taizhou named one of China's happiest cities for 2022</a></li>
    <li><a href="#">Guide to the ancient city wall of Linhai</a></li>
    <li><a href="#">New flights link Taizhou Luqiao Airport with Chengdu</a></li>
  </ol></div>
  <div class="side_box"><h3>Quick Links</h3><ul>
    <li><a href="#">Zhejiang, China</a></li>
    <li><a href="#">China.org.cn</a></li>
  </ul></div>
</td>
</tr>
</table>
<div id="footer">
  <p><a href="#">About Us</a> | <a href="#">Contact Us</a> | <a href="#">Sitemap</a></p>
  <p>Copyright &copy; Taizhou Municipal People's Government. All rights reserved.</p>
  <p>Sponsored by the Foreign Affairs Office of Taizhou Municipal People's Government &nbsp; 浙ICP备05012789号</p>
</div>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "//hm.baidu.com/hm.js?9a8b7c"; document.body.appendChild(hm); })();</script>
</body>
</html>
""",
    title="Taizhou accelerates high-quality development of public hospitals, four new hospital projects to open this year",
    body=[
        "Taizhou in East China's Zhejiang province will put four new hospital projects into use this year, adding more than 3,000 beds, the municipal health commission said on Thursday.",
        "The projects include the new campus of Taizhou Hospital of Zhejiang Province in Linhai, a medical technology building at Taizhou Central Hospital, the relocated Wenling Maternal and Child Health Hospital and the second phase of Yuhuan People's Hospital.",
        "Taizhou was selected last year as one of the province's pilot cities for the high-quality development of public hospitals. By 2025, the city aims to build two provincial-level regional medical centers and have every county-level general hospital reach the standard of a tertiary hospital.",
        "\"We will make sure that serious diseases are treated within the city, and common diseases within the county,\" said Ye Ming, director of the Taizhou Municipal Health Commission.",
        "The city will also invest 1.2 billion yuan ($174 million) in upgrading equipment at county-level hospitals and raise the number of intensive care beds to 10 per 100,000 residents.",
    ],
    chrome=[
        "中文", "English", "日本語", "한국어",
        "Home", "News", "About Taizhou", "Government", "Business", "Travel", "Living",
        "You are here: Home > News > City Updates",
        "Source: Taizhou Daily | Updated: Mar. 3, 2023",
        "Font size: A+ A A-",
        "A view of the new campus of Taizhou Hospital of Zhejiang Province under construction in Linhai. [Photo/Taizhou Daily]",
        "Editor: Chen Jing",
        "Share:", "Facebook", "Twitter", "LinkedIn", "WeChat",
        "Related stories",
        "Taizhou Hospital ranks among top 100 hospitals in China",
        "Wenling opens new maternal and child health center",
        "Taizhou rolls out family doctor services for the elderly",
        "Most Popular",
        "Taizhou named one of China's happiest cities for 2022",
        "Guide to the ancient city wall of Linhai",
        "New flights link Taizhou Luqiao Airport with Chengdu",
        "Quick Links", "Zhejiang, China", "China.org.cn",
        "About Us", "Contact Us", "Sitemap",
        "Copyright © Taizhou Municipal People's Government. All rights reserved.",
        "Sponsored by the Foreign Affairs Office of Taizhou Municipal People's Government 浙ICP备05012789号",
    ],
)

# ---------------------------------------------------------------- en-03 national daily's regional story
page(
    name="h14-en-03-fuzhou-jx-childcare-subsidy",
    lang="en", format="txt", encoding="UTF-8",
    about="抚州 (Jiangxi) childcare subsidies, English national daily; site-suffixed title line first",
    labels=dict(kind="policy", tags=["maternal-child"],
                published="2023-07-18", regions=["361000"], source="China Daily"),
    spec="""
C|Fuzhou in Jiangxi rolls out childcare subsidies to ease parents' burden - Chinadaily.com.cn
C|Global Edition | China Edition | Asia | Europe | Africa
C|Search
C|HOME | CHINA | WORLD | BUSINESS | LIFESTYLE | CULTURE | TRAVEL | SPORTS | OPINION | REGIONAL
C|Home / China / Society
T|Fuzhou in Jiangxi rolls out childcare subsidies to ease parents' burden
C|By WANG XIN in Nanchang | chinadaily.com.cn | Updated: 2023-07-18 09:21
C|Share - WeChat
B|Fuzhou, a city in East China's Jiangxi province, will give families a monthly subsidy of 500 yuan ($70) for each child under 3 enrolled at a registered childcare center, in a move to encourage births and ease the burden on young parents.
B|The measure, announced by the municipal health commission on Monday, will take effect on Aug 1 and run for three years, according to a policy document posted on the commission's website.
C|Read more: China's newborn population falls for sixth consecutive year
B|Under the plan, Fuzhou will add 2,000 childcare places by the end of 2025, bringing the number of places per 1,000 residents to 4.5. Community health centers will offer free developmental screening for infants and toddlers, and maternal and child health hospitals in each county will set up childcare guidance centers.
B|Families with a third child will also receive a one-off allowance of 3,000 yuan, and public kindergartens will be encouraged to open nursery classes for children aged 2 to 3.
B|"Many young couples told us their biggest worry about having a second or third child is who will look after the baby," said Zhou Hong, an official with the commission's population and family division. "Affordable, reliable childcare is what they need most."
B|Similar measures have been introduced in cities including Panzhihua in Sichuan province and Tianmen in Hubei province.
C|wangxin@chinadaily.com.cn
C|Most Viewed in 24 Hours
C|Heat wave grips northern China as temperatures top 40 C
C|Beijing to extend elderly meal services to all communities by year-end
C|Hospital in Chongqing opens night clinic for office workers
C|Editor's Picks
C|Young people flock to county towns for a slower pace of life
C|Photos: Lotus blossoms draw crowds in Nanchang
C|BACK TO THE TOP
C|English | 中文 | Contact Us | About Us
C|Copyright 1995 - 2023. All rights reserved. No part of this website may be reproduced, republished or used in any form without written permission from the publisher.
C|Note: This site is best viewed with a screen resolution of 1024*768 or higher.
""",
)

# ---------------------------------------------------------------- en-04 NHS England, modern HTML with cookie banner
page(
    name="h14-en-04-nhs-workforce-training",
    lang="en", format="html", encoding="UTF-8",
    about="NHS England: more training places for nurses and GPs; cookie banner, feedback and newsletter blocks",
    labels=dict(kind="policy", tags=["health-workforce"],
                published="2024-03-12", regions=["GB"]),
    html="""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NHS England » Thousands more nurses and GPs to be trained under expanded workforce plan</title>
<meta name="description" content="Training places for nurses, midwives and GPs will rise under plans announced today.">
<meta property="og:site_name" content="NHS England">
<meta property="og:title" content="Thousands more nurses and GPs to be trained under expanded workforce plan">
<meta property="article:published_time" content="2024-03-12T00:01:00+00:00">
<meta property="article:modified_time" content="2024-03-14T10:12:45+00:00">
<link rel="stylesheet" href="/wp-content/themes/nhsengland/css/main.css?ver=4.2.1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Thousands more nurses and GPs to be trained under expanded workforce plan","datePublished":"2024-03-12T00:01:00+00:00"}</script>
</head>
<body class="post-template-default single single-post">
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner">
  <h2>Cookies on the NHS England website</h2>
  <p>We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how people use the site, so that we can improve it.</p>
  <button type="button" id="accept-cookies">Accept analytics cookies</button>
  <button type="button" id="reject-cookies">Reject analytics cookies</button>
  <a href="/privacy-policy/cookies/">Read more about our cookies</a>
</div>
<div class="skip"><a class="skip-link" href="#maincontent">Skip to main content</a></div>
<header class="site-header">
  <a class="logo" href="/" aria-label="NHS England homepage"><svg class="nhs-logo" width="40" height="16" viewBox="0 0 40 16"><path d="M0 0h40v16H0z"></path></svg></a>
  <form role="search" action="/search/"><label for="s">Search the NHS England website</label><input id="s" name="s" type="search"><button type="submit">Search</button></form>
  <nav aria-label="Primary navigation"><ul>
    <li><a href="/about/">About us</a></li><li><a href="/ourwork/">Our work</a></li><li><a href="/commissioning/">Commissioning</a></li><li><a href="/publications/">Publications</a></li><li><a href="/statistics/">Statistics</a></li><li><a href="/news/">News</a></li>
  </ul></nav>
</header>
<div class="breadcrumb"><a href="/">Home</a> » <a href="/news/">News</a></div>
<main id="maincontent">
  <article>
    <h1>Thousands more nurses and GPs to be trained under expanded workforce plan</h1>
    <p class="date">Published: 12 March 2024</p>
    <p>Thousands more nurses, midwives and GPs will be trained every year under plans announced today to expand the NHS workforce in England.</p>
    <p>Training places for adult nursing will rise by 4,000 by 2025/26, while GP specialty training places will increase to 5,000 a year, with new routes into the professions through degree apprenticeships.</p>
    <p>The plan also sets out measures to keep experienced staff, including more flexible working, improved pension arrangements and better support for staff wellbeing.</p>
    <aside class="inline-promo"><p>Read more: <a href="/news/2023/06/workforce-plan/">NHS publishes its first long term workforce plan</a></p></aside>
    <blockquote><p>"Every new nurse and GP we train is an investment in shorter waits and better care for patients. But training more staff only works if we also keep the brilliant people we already have."</p></blockquote>
    <p>Dr Helen Marsh, NHS England's national director for workforce, said the expansion would be backed by funding for more clinical placements in community and primary care settings.</p>
    <p>Staff who want to find out more can contact their local HR team or visit the NHS Jobs website.</p>
    <p>The measures apply to England. Scotland, Wales and Northern Ireland set their own workforce plans.</p>
    <div class="tags">Tags: <a href="/tag/workforce/">Workforce</a>, <a href="/tag/nursing/">Nursing</a>, <a href="/tag/primary-care/">Primary care</a></div>
    <div class="share"><span>Share this page</span><ul><li><a href="#">Facebook</a></li><li><a href="#">X</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul></div>
  </article>
  <section class="related"><h2>Related news</h2><ul>
    <li><a href="#">More than 1,000 extra nursing associates to join the NHS this year</a> <span class="date">29 February 2024</span></li>
    <li><a href="#">Record number of medical students start training in England</a> <span class="date">14 February 2024</span></li>
  </ul></section>
  <section class="feedback"><h2>Was this page helpful?</h2><button type="button">Yes</button><button type="button">No</button></section>
  <section class="newsletter"><h2>Sign up to our email bulletin</h2><p>Get the latest news from NHS England straight to your inbox.</p><form action="/subscribe/"><label for="email">Email address</label><input id="email" type="email" name="email"><button type="submit">Subscribe</button></form></section>
</main>
<footer>
  <ul><li><a href="/accessibility/">Accessibility statement</a></li><li><a href="/contact-us/">Contact us</a></li><li><a href="/cookies/">Cookies</a></li><li><a href="/privacy-notice/">Privacy notice</a></li><li><a href="/foi/">Freedom of information</a></li><li><a href="/terms/">Terms and conditions</a></li></ul>
  <p>&copy; NHS England 2024</p>
  <p>Content on this website is published under the Open Government Licence unless otherwise stated.</p>
</footer>
<script src="/wp-content/themes/nhsengland/js/main.js?ver=4.2.1"></script>
</body>
</html>
""",
    title="Thousands more nurses and GPs to be trained under expanded workforce plan",
    body=[
        "Thousands more nurses, midwives and GPs will be trained every year under plans announced today to expand the NHS workforce in England.",
        "Training places for adult nursing will rise by 4,000 by 2025/26, while GP specialty training places will increase to 5,000 a year, with new routes into the professions through degree apprenticeships.",
        "The plan also sets out measures to keep experienced staff, including more flexible working, improved pension arrangements and better support for staff wellbeing.",
        "\"Every new nurse and GP we train is an investment in shorter waits and better care for patients. But training more staff only works if we also keep the brilliant people we already have.\"",
        "Dr Helen Marsh, NHS England's national director for workforce, said the expansion would be backed by funding for more clinical placements in community and primary care settings.",
        "Staff who want to find out more can contact their local HR team or visit the NHS Jobs website.",
        "The measures apply to England. Scotland, Wales and Northern Ireland set their own workforce plans.",
    ],
    chrome=[
        "Cookies on the NHS England website",
        "We use some essential cookies to make this website work. We would also like to set analytics cookies to understand how people use the site, so that we can improve it.",
        "Accept analytics cookies", "Reject analytics cookies", "Read more about our cookies",
        "Skip to main content",
        "Search the NHS England website", "Search",
        "About us", "Our work", "Commissioning", "Publications", "Statistics", "News",
        "Home » News",
        "Published: 12 March 2024",
        "Read more: NHS publishes its first long term workforce plan",
        "Tags: Workforce, Nursing, Primary care",
        "Share this page", "Facebook", "X", "LinkedIn", "Email",
        "Related news",
        "More than 1,000 extra nursing associates to join the NHS this year 29 February 2024",
        "Record number of medical students start training in England 14 February 2024",
        "Was this page helpful?", "Yes", "No",
        "Sign up to our email bulletin",
        "Get the latest news from NHS England straight to your inbox.",
        "Email address", "Subscribe",
        "Accessibility statement", "Contact us", "Cookies", "Privacy notice",
        "Freedom of information", "Terms and conditions",
        "© NHS England 2024",
        "Content on this website is published under the Open Government Licence unless otherwise stated.",
    ],
)

# ---------------------------------------------------------------- en-05 US trade site, CRLF, comments
page(
    name="h14-en-05-cms-drug-negotiation-guidance",
    lang="en", format="txt", encoding="UTF-8", crlf=True,
    about="US health-policy trade site: CMS guidance on Medicare drug price negotiation; comments, dated list in body",
    labels=dict(kind="policy", tags=["medical-insurance", "drug-policy"],
                published="2023-03-03", regions=["US"]),
    spec="""
C|Skip to content
C|HealthPolicy Wire
C|Subscribe | Sign in
C|Policy  Payers  Providers  Pharma  Health Tech  Podcasts  Events
C|Home » Policy » Medicare
C|MEDICARE
T|CMS releases final guidance for first Medicare drug price negotiations
C|By Jennifer Alvarez | Published March 3, 2023 | 5 min read
C|Share: Twitter | LinkedIn | Facebook | Email
B|The Centers for Medicare & Medicaid Services (CMS) on Thursday released final guidance for the first cycle of Medicare drug price negotiations, laying out how the agency will choose drugs, weigh clinical evidence and make initial offers to manufacturers.
B|The Inflation Reduction Act allows Medicare to negotiate prices directly with drugmakers for the first time. CMS will select 10 high-spend Part D drugs for the first cycle, and negotiated prices will take effect on January 1, 2026.
C|ADVERTISEMENT
B|Key dates in the guidance:
B|- September 1, 2023: CMS publishes the list of drugs selected for negotiation
B|- October 1, 2023: deadline for manufacturers to sign negotiation agreements
B|- February 1, 2024: CMS sends initial offers
B|- August 1, 2024: the negotiation period ends
B|Drugmakers that decline to take part face an excise tax or must withdraw their products from Medicare and Medicaid. Several industry groups have said they are weighing legal challenges.
B|Separately, the law caps annual out-of-pocket spending on Part D drugs at $2,000 starting in 2025, a change expected to help about 1.4 million beneficiaries with high drug costs.
B|"Our goal is to get the best possible price for people with Medicare while protecting access to innovative treatments," a CMS spokesperson said in a statement.
B|Beneficiaries with questions about their drug coverage can call 1-800-MEDICARE.
C|Related: Medicare Advantage insurers brace for tighter 2024 payment rates
C|Topics: Medicare, Drug pricing, Inflation Reduction Act, CMS
C|Get the Daily Wire newsletter
C|The day's most important health policy news, delivered to your inbox every weekday morning.
C|Enter your email address
C|Sign up
C|Most Read
C|1. Hospitals push back on site-neutral payment proposal
C|2. States begin Medicaid redeterminations as pandemic protections end
C|3. Telehealth flexibilities set to expire: what providers need to know
C|Comments (3)
C|RetiredNurse62 · 1 day ago
C|About time. My husband's inhaler costs more than our electricity bill.
C|Reply
C|M. Patel · 20 hours ago
C|Ten drugs out of thousands won't change much for most seniors.
C|Reply
C|Log in to comment
C|About | Advertise | Careers | Contact
C|© 2023 HealthPolicy Wire. All rights reserved.
C|Privacy Policy | Terms of Use | Cookie Settings
C|--- end of page ---
""",
)

# ---------------------------------------------------------------- en-06 device trial, almost no chrome
page(
    name="h14-en-06-hangzhou-heart-valve-trial",
    lang="en", format="txt", encoding="UTF-8",
    about="杭州 device maker's heart-valve trial results on the city's English site; almost no chrome",
    labels=dict(kind="trial", tags=[], published="2023-11-07", regions=["330100"], source="Hangzhou Daily"),
    spec="""
T|Hangzhou-developed heart valve meets primary endpoint in multicenter trial
C|Source: Hangzhou Daily | Date: 2023/11/7
B|A transcatheter aortic valve system developed by a Hangzhou-based medical device company met its primary endpoint in a multicenter clinical trial, according to results presented at a cardiology conference in Beijing on Saturday.
B|The trial enrolled 236 patients with severe aortic stenosis at 18 hospitals across China. At 12 months, the all-cause mortality rate was 4.2 percent and the rate of disabling stroke was 1.3 percent, figures comparable with those of imported products.
B|The trial was led by the Second Affiliated Hospital of Zhejiang University School of Medicine. Principal investigator Professor Lin Hui said the valve's retrievable design allowed doctors to reposition it during the procedure, reducing complications.
B|The device entered the national special review procedure for innovative medical devices in 2021. The company said it would submit the 12-month data to the National Medical Products Administration to support its registration application.
B|Full results will be published in a peer-reviewed journal.
C|Editor: Li Wen
""",
)

# ---------------------------------------------------------------- en-07 financial news, HTML
page(
    name="h14-en-07-taizhou-js-pharma-h1-results",
    lang="en", format="html", encoding="UTF-8",
    about="泰州 (Jiangsu) drugmaker's half-year results hit by volume-based procurement; financial news site",
    labels=dict(kind="earnings", tags=[], published="2023-08-28", regions=["321200"]),
    html="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Taizhou drugmaker Huachen Pharma's H1 profit slides 18% as volume-based procurement bites | China Finance Post</title>
<meta name="description" content="Jiangsu Huachen Pharmaceutical's net profit fell 18.3% in the first half.">
<meta property="og:title" content="Huachen Pharma H1 profit slides 18% as VBP bites">
<meta property="og:type" content="article">
<meta name="publishdate" content="2023-08-28">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', 'G-CFP2023');</script>
<style>.ticker span{margin-right:12px} .ad-inline{color:#999;font-size:11px;text-transform:uppercase}</style>
</head>
<body>
<div class="ticker"><span>SSE 3,098.64 ▲0.22%</span> <span>SZSE 10,234.51 ▼0.35%</span> <span>HSI 18,130.74 ▲0.11%</span></div>
<header>
 <div class="brand"><a href="/">China Finance Post</a></div>
 <nav class="channels"><a href="/markets">Markets</a> <a href="/companies">Companies</a> <a href="/economy">Economy</a> <a href="/tech">Tech</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/video">Video</a></nav>
 <div class="account"><a href="/login">Sign in</a> <a class="btn" href="/subscribe">Subscribe</a></div>
</header>
<main class="article-page">
 <div class="wrap">
  <section class="story">
   <div class="section-label"><a href="/companies">Companies</a> / <a href="/health">Health</a></div>
   <h1>Taizhou drugmaker Jiangsu Huachen Pharma's H1 profit slides 18% as volume-based procurement bites</h1>
   <div class="byline">By Zhao Yiran | Aug 28, 2023 19:45 (GMT+8)</div>
   <div class="story-body">
    <p>Jiangsu Huachen Pharmaceutical, a generic drugmaker based in the China Medical City industrial park in Taizhou, Jiangsu province, said net profit attributable to shareholders fell 18.3 percent to 412 million yuan (US$56.5 million) in the first half of the year.</p>
    <p>Revenue slipped 6.1 percent to 3.27 billion yuan, the Shenzhen-listed company said in its semi-annual report released late on Monday.</p>
    <div class="ad-inline">Advertisement</div>
    <p>Sales of its anti-hypertensive and anti-infective products dropped after three of its drugs failed to win bids in the eighth round of national volume-based procurement, whose results took effect in July, the company said.</p>
    <h3>Key figures, first half of 2023</h3>
    <ul>
     <li>Revenue: 3.27 billion yuan, down 6.1%</li>
     <li>Net profit attributable to shareholders: 412 million yuan, down 18.3%</li>
     <li>R&amp;D spending: 398 million yuan, up 22%</li>
    </ul>
    <p>The company has 14 innovative drug candidates in clinical trials and expects its first in-house PD-1 antibody to be approved next year, chairman Xu Weiguo told analysts on an earnings call.</p>
    <p>Shares of Huachen closed down 2.4 percent at 18.65 yuan on Monday before the results were published.</p>
   </div>
   <div class="editor">Editor: Emmy Liu</div>
   <div class="story-tags"><a href="/tag/pharma">#Pharmaceuticals</a> <a href="/tag/earnings">#Earnings</a> <a href="/tag/vbp">#VBP</a></div>
  </section>
  <aside>
   <div class="box"><h4>Read more</h4><ul>
    <li><a href="#">China's eighth round of volume-based drug procurement cuts prices by 56% on average</a></li>
    <li><a href="#">Zhejiang drugmaker's innovation drive pays off as first-half sales rebound</a></li>
   </ul></div>
   <div class="box app"><p>Get the China Finance Post app for real-time market news</p><a href="#">App Store</a> <a href="#">Google Play</a></div>
   <div class="box nl"><p>Sign up for our Morning Brief newsletter</p><form><input type="email" placeholder="Your email"><button type="submit">Sign up</button></form></div>
  </aside>
 </div>
</main>
<footer>
 <p><a href="/about">About</a> · <a href="/advertise">Advertise</a> · <a href="/terms">Terms of Service</a> · <a href="/privacy">Privacy</a></p>
 <p>© 2023 China Finance Post. All rights reserved. Market data delayed by at least 15 minutes.</p>
 <p>Disclaimer: The information in this article is for reference only and does not constitute investment advice. Investors should make their own decisions and bear their own risks.</p>
</footer>
</body>
</html>
""",
    title="Taizhou drugmaker Jiangsu Huachen Pharma's H1 profit slides 18% as volume-based procurement bites",
    body=[
        "Jiangsu Huachen Pharmaceutical, a generic drugmaker based in the China Medical City industrial park in Taizhou, Jiangsu province, said net profit attributable to shareholders fell 18.3 percent to 412 million yuan (US$56.5 million) in the first half of the year.",
        "Revenue slipped 6.1 percent to 3.27 billion yuan, the Shenzhen-listed company said in its semi-annual report released late on Monday.",
        "Sales of its anti-hypertensive and anti-infective products dropped after three of its drugs failed to win bids in the eighth round of national volume-based procurement, whose results took effect in July, the company said.",
        "Key figures, first half of 2023",
        "Revenue: 3.27 billion yuan, down 6.1%",
        "Net profit attributable to shareholders: 412 million yuan, down 18.3%",
        "R&D spending: 398 million yuan, up 22%",
        "The company has 14 innovative drug candidates in clinical trials and expects its first in-house PD-1 antibody to be approved next year, chairman Xu Weiguo told analysts on an earnings call.",
        "Shares of Huachen closed down 2.4 percent at 18.65 yuan on Monday before the results were published.",
    ],
    chrome=[
        "SSE 3,098.64 ▲0.22%", "SZSE 10,234.51 ▼0.35%", "HSI 18,130.74 ▲0.11%",
        "China Finance Post",
        "Markets", "Companies", "Economy", "Tech", "Health", "Opinion", "Video",
        "Sign in", "Subscribe",
        "Advertisement",
        "By Zhao Yiran | Aug 28, 2023 19:45 (GMT+8)",
        "Editor: Emmy Liu",
        "#Pharmaceuticals", "#Earnings", "#VBP",
        "Read more",
        "China's eighth round of volume-based drug procurement cuts prices by 56% on average",
        "Zhejiang drugmaker's innovation drive pays off as first-half sales rebound",
        "Get the China Finance Post app for real-time market news",
        "App Store", "Google Play",
        "Sign up for our Morning Brief newsletter", "Sign up",
        "About", "Advertise", "Terms of Service", "Privacy",
        "© 2023 China Finance Post. All rights reserved. Market data delayed by at least 15 minutes.",
        "Disclaimer: The information in this article is for reference only and does not constitute investment advice. Investors should make their own decisions and bear their own risks.",
    ],
)

# ---------------------------------------------------------------- en-08 hospital recruitment on the city English site
page(
    name="h14-en-08-suzhou-hospital-talent-recruitment",
    lang="en", format="txt", encoding="UTF-8",
    about="苏州 (Jiangsu) municipal hospital's global talent recruitment; title line repeated; deadline date in body",
    labels=dict(kind="job-ad", tags=[], published="2024-01-08", regions=["320500"]),
    spec="""
C|SUZHOU | 苏州
C|Home | Suzhou Overview | News | Invest | Work in Suzhou | Live in Suzhou | Visit | Services
C|Suzhou > Work in Suzhou > Job Openings
T|Suzhou Municipal Hospital 2024 Global Recruitment of High-level Talents
T|Suzhou Municipal Hospital 2024 Global Recruitment of High-level Talents
C|Release time: 2024-01-08  Source: Suzhou Municipal Hospital  Clicks: 356
C|Share to: WeChat | Weibo | QQ
B|Suzhou Municipal Hospital is a large tertiary general hospital located in the ancient city of Suzhou, Jiangsu province, about 100 kilometers west of Shanghai. It has three campuses, more than 3,000 beds and 4,800 staff.
B|In order to implement the strategy of strengthening the city with talents and promote the high-quality development of the hospital, the hospital now sincerely invites outstanding talents at home and abroad to join us.
B|I. Positions
B|1. Leading talents: discipline leaders in cardiology, oncology, reproductive medicine, neurosurgery, critical care medicine and other fields, aged 55 or below, with senior professional titles.
B|2. Young backbone talents: doctors and researchers aged 40 or below with a doctoral degree and at least two years of overseas study or work experience.
B|II. Benefits
B|1. Leading talents: a settling-in allowance of up to 2 million yuan, scientific research start-up funds of up to 5 million yuan and housing subsidies in accordance with Suzhou's talent policies.
B|2. Young backbone talents: a settling-in allowance of up to 500,000 yuan and research start-up funds of up to 1 million yuan.
B|III. How to apply
B|Please send your CV and representative achievements to szslyy_rc@163.com with the subject "Name + Position + Global Recruitment". Applications close on March 31, 2024.
B|Contact: Ms. Zhang, Human Resources Department  Tel: 0512-62360000
C|Attachment: Application Form for High-level Talents.docx
C|【Print】【Close】
C|Related
C|Suzhou releases new talent policies to attract global medical experts
C|Suzhou Industrial Park holds overseas talent recruitment fair in Singapore
C|Contact Us | Site Map | Disclaimer
C|Copyright © Suzhou Municipal People's Government. All rights reserved.
C|Su ICP No. 12034567 | Website ID: 3205000001
""",
)

# ---------------------------------------------------------------- en-09 Medicare broker, BOM, no full date
page(
    name="h14-en-09-medicare-open-enrollment-broker",
    lang="en", format="txt", encoding="UTF-8-BOM",
    about="US Medicare insurance broker's open-enrollment promotion; official vocabulary, no full date",
    labels=dict(kind="marketing", tags=[], regions=["US"]),
    spec="""
C|Call now: 1-888-555-0142 | TTY 711 | Mon–Fri 8am–8pm ET
C|MedicarePlanFinder Pro
C|Medicare Advantage | Part D | Medigap | Resources | Get a Quote
C|This site uses cookies to give you the best experience. By continuing, you agree to our use of cookies. Accept | Learn more
T|Medicare Open Enrollment: Compare Plans and Save in Minutes
C|Updated October 2023 | Reviewed by licensed insurance agents
B|Medicare Open Enrollment is your once-a-year chance to review your coverage and switch to a plan that better fits your health needs and budget.
B|During Open Enrollment, which runs from October 15 to December 7 each year, you can:
B|• Switch from Original Medicare to a Medicare Advantage plan, or back again
B|• Change your Medicare Advantage plan or Part D prescription drug plan
B|• Enroll in a plan with a $0 monthly premium and extra dental, vision and hearing benefits
C|Sponsored
C|Compare 2024 plans in your area — Enter your ZIP code
B|New federal rules mean some plans will add benefits and change drug costs next year, so even if you are happy with your current plan, it pays to compare.
B|Our licensed insurance agents compare plans from leading carriers in your area at no cost to you. There is no obligation to enroll.
B|Call 1-888-555-0142 (TTY 711) to speak with a licensed agent today.
C|Get a Quote
C|Enter ZIP code
C|Compare Plans
C|MedicarePlanFinder Pro is a licensed insurance agency and is not connected with or endorsed by the U.S. government or the federal Medicare program. We do not offer every plan available in your area; please contact Medicare.gov or 1-800-MEDICARE to get information on all of your options.
C|Related articles
C|What is the Medicare Part D out-of-pocket cap and how does it affect you?
C|Medicare Advantage vs. Medigap: which is right for you?
C|© 2023 MedicarePlanFinder Pro LLC | Privacy Policy | Terms | Do Not Sell My Personal Information
""",
)

# ---------------------------------------------------------------- en-10 machine-translated heatstroke tips, no full date
page(
    name="h14-en-10-shenzhen-heatstroke-tips",
    lang="en", format="txt", encoding="UTF-8",
    about="Machine-translated heatstroke tips on a city government English site; only 'Yesterday (July 12)'",
    labels=dict(kind="wellness", tags=[], regions=[]),
    spec="""
C|Shenzhen Government Online
C|简体 | 繁體 | English | Español | Français | Русский | 日本語 | 한국어
C|HOME  NEWS  GOVERNMENT  BUSINESS  LIVING  VISITING  SERVICES
C|Position: Home >> Living >> Health Tips
T|High temperature weather is coming, please take these heatstroke prevention tips
C|Time: Yesterday 16:20  Source: Municipal Center for Disease Control and Prevention
C|Scan to follow "Shenzhen Health" on WeChat
B|Yesterday (July 12), the meteorological department issued a high temperature orange warning signal, and the highest temperature in the next few days will exceed 35°C. The CDC reminds the masses to do a good job in preventing heatstroke and cooling down.
B|1. Avoid going out during the hottest period from 11:00 to 15:00. If you must go out, please take sun protection measures such as umbrellas, sun hats and sunglasses.
B|2. Drink plenty of water. Do not wait until you are thirsty to drink water. It is recommended to drink light salt water or mung bean soup in moderation.
B|3. Eat a light diet, eat more fresh vegetables and fruits, and do not eat spoiled or overnight food.
B|4. Arrange work and rest reasonably and ensure adequate sleep. Do not blow the air conditioner directly for a long time, and the indoor temperature should not be lower than 26°C.
B|5. The elderly, children, pregnant women and patients with chronic diseases are high-risk groups of heatstroke, and their family members should pay more attention.
B|If symptoms such as dizziness, headache, nausea and heavy sweating occur, move to a cool and ventilated place immediately and drink some water. In severe cases, please call 120 in time.
C|(Editor: Huang Li)
C|Related News
C|Shenzhen CDC: Be alert to dengue fever in the rainy season
C|How to keep a healthy diet in summer? Experts give advice
C|The city's first batch of "cooling stations" opened to outdoor workers
C|Download the "i Shenzhen" APP for one-stop government services
C|Sponsored by: General Office of Shenzhen Municipal People's Government  Maintained by: Shenzhen Government Service Data Administration
C|Guangdong ICP No. 12345678  |  Public Security Record No. 44030402001234
""",
)

# ---------------------------------------------------------------- en-11 sports on a provincial English portal
page(
    name="h14-en-11-lishui-marathon",
    lang="en", format="txt", encoding="UTF-8",
    about="丽水 (Zhejiang) marathon on a provincial English news portal; medical stations mentioned",
    labels=dict(kind="other", tags=[], published="2024-03-24", regions=["331100"], source="Lishui Daily"),
    spec="""
C|ZJ News | Zhejiang's English news portal
C|Home  Zhejiang  China  World  Business  Culture  Sports  Photos  Video
C|Sports
T|Over 20,000 runners hit the road at 2024 Lishui Marathon
C|Published: 24 March 2024 18:02  |  Source: Lishui Daily  |  Editor: Ye Qing
B|More than 20,000 runners from home and abroad took part in the 2024 Lishui Marathon on Sunday morning, racing along the Oujiang River through the downtown of Lishui City, Zhejiang.
B|The event featured a full marathon, a half marathon and a 5-km fun run. Kenyan runner Daniel Kiptoo won the men's full marathon in 2 hours 11 minutes 36 seconds, while Li Meng of China took the women's title in 2:31:08.
C|Runners pass the Oujiang River during the 2024 Lishui Marathon. [Photo by Chen Xiao]
B|Organizers set up 42 medical stations and 60 AED points along the route, with more than 600 doctors, nurses and volunteers on standby. Two runners were treated for cramps and released on site.
B|About 3,000 of the participants came from Jinyun County, Longquan and other parts of Lishui, many of them members of local running clubs.
B|"The marathon is a great way to show Lishui's ecological beauty to the world," said a city sports official, adding that a trail running race will be held in the mountains of Longquan in October.
C|Share to: Facebook  X  WeChat  Weibo
C|More from Sports
C|Hangzhou Asian Games venues open to public for fitness
C|Zhejiang teams dominate national dragon boat championship
C|Follow us on Douyin, Weibo and WeChat: @ZJNews
C|About us | Contact | Join us
C|Copyright © 2024 ZJ News. All Rights Reserved.
C|浙ICP备09000001号
""",
)

# ---------------------------------------------------------------- en-12 UK pharmacy flu-jab offer
page(
    name="h14-en-12-pharmacy-flu-jab-offer",
    lang="en", format="txt", encoding="UTF-8",
    about="UK pharmacy chain promoting free NHS and paid flu jabs; offer end date in body",
    labels=dict(kind="marketing", tags=[], published="2023-10-03", regions=["GB"]),
    spec="""
C|Free standard delivery on orders over £25 | Click & Collect in 2 hours
C|Wellway Pharmacy & Wellbeing
C|Search products, brands and services
C|Sign in | Basket (0)
C|Health | Beauty | Baby & Child | Vitamins | Prescriptions | Pharmacy Services | Offers
C|Home / Pharmacy Services / Flu Vaccination
T|Flu vaccinations are now available at Wellway Pharmacy – book your jab today
C|Posted 3 October 2023 by the Wellway Pharmacy team
B|Flu season is here. Protect yourself and the people you love with a flu vaccination at your local Wellway Pharmacy – no GP appointment needed.
B|If you are aged 65 or over, pregnant, a carer, or have a long-term health condition such as diabetes or asthma, you may be eligible for a free NHS flu vaccination. Just walk in or book online.
B|Not eligible for a free NHS vaccine? Our private flu vaccination service costs just £14.99, and Wellway Rewards members earn 200 bonus points with every jab.
B|Booking takes less than a minute: choose your nearest store, pick a time that suits you and get vaccinated by one of our trained pharmacists.
C|Book now
B|Offer ends 30 November 2023. Subject to availability, eligibility and pharmacist assessment. Minimum age 18 for the private service.
C|Customer rating: 4.8 out of 5 (1,204 reviews)
C|You may also like
C|Travel vaccinations – protect yourself before you go
C|Blood pressure check – free in store
C|Wellway Vitamin D 1000IU 90 tablets – 3 for 2
C|We use cookies to personalise content and ads and to analyse our traffic. Manage cookies | Accept all
C|Wellway Pharmacy Ltd. Registered in England and Wales, company no. 01234567. Registered pharmacy premises GPhC 1098765.
C|© 2023 Wellway Pharmacy. All rights reserved.
""",
)


if __name__ == "__main__":
    sys.exit(main())
