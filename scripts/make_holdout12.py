#!/usr/bin/env python3
"""Generate the blind held-out set tests/holdout12 (20 pages with gold files) and check it.

The pages were written without looking at the cleaner or classifier (src/, config/,
scripts/ other than this file) or at any other corpus, so that scoring against them says
how healthfeed generalises to pages its rules were not tuned on. Each page is written
once, with its labels inline, so the page and its gold file cannot drift apart:

* scraper text pages are lines prefixed with `T ` (title), `B ` (body) or `C ` (chrome);
  an empty line stays empty;
* HTML pages are written as a site serves them, with every visible block wrapped in
  `⟦T:…⟧`, `⟦B:…⟧` or `⟦C:…⟧`; the wrapper is removed and the gold string is the
  block's visible text (tags dropped, entities decoded, whitespace collapsed).

After writing, the script re-reads every file from disk and checks it independently of
how it was built (see `check_page`), and exits non-zero on the first class of error.

Python 3.11, standard library only. Run from anywhere: python3 scripts/make_holdout12.py
"""

from __future__ import annotations

import datetime
import html
import re
import sys
import tomllib
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout12"

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
REQUIRED_LABELS = {"health_policy", "kind", "tags", "regions"}

# Python codec for each gold encoding name.
CODECS = {"UTF-8": "utf-8", "UTF-8-BOM": "utf-8", "GBK": "gbk", "GB18030": "gb18030",
          "Big5": "big5", "windows-1252": "cp1252", "UTF-16LE": "utf-16-le"}
# What an HTML page's <meta charset> may say for each gold encoding.
META_CHARSETS = {"UTF-8": {"utf-8"}, "UTF-8-BOM": {"utf-8"}, "GBK": {"gbk", "gb2312"},
                 "GB18030": {"gb18030"}, "Big5": {"big5"}}

# Characters allowed to remain on an HTML line once every gold string on it is removed:
# the separators of breadcrumbs and link bars, nothing that could carry content.
SEPARATORS = set(" |>»›/·-–—:：＞→｜丨")


def collapse(s: str) -> str:
    """Whitespace runs to one space, trimmed: the comparison the scorer makes."""
    return " ".join(s.split())


@dataclass
class Page:
    name: str
    fmt: str  # "txt" | "html"
    encoding: str
    labels: dict
    text: str  # the page as intended (decoded), line ends already final
    title: str
    body: list[str]
    chrome: list[str]
    crlf: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def lang(self) -> str:
        return self.name.split("-")[1]


PAGES: list[Page] = []


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return out


def text_page(name: str, encoding: str, labels: dict, src: str, crlf: bool = False) -> None:
    """A scraper text page: one block per line, each line prefixed with its label."""
    lines: list[str] = []
    titles: list[str] = []
    body: list[str] = []
    chrome: list[str] = []
    for raw in src.strip("\n").split("\n"):
        if raw.strip() == "":
            lines.append("")
            continue
        code, sep, content = raw.partition(" ")
        if code not in {"T", "B", "C"} or not sep or not content.strip():
            raise SystemExit(f"{name}: bad source line {raw!r}")
        lines.append(content)
        {"T": titles, "B": body, "C": chrome}[code].append(collapse(content))
    title = titles[0] if titles else ""
    if any(t != title for t in titles):
        raise SystemExit(f"{name}: T lines differ")
    if len(body) != len(set(body)):
        raise SystemExit(f"{name}: duplicate body paragraph")
    nl = "\r\n" if crlf else "\n"
    PAGES.append(Page(name, "txt", encoding, labels, nl.join(lines) + nl, title, body,
                      _dedupe(chrome), crlf))


MARK = re.compile(r"⟦([TBC]):(.*?)⟧", re.S)


def html_page(name: str, encoding: str, labels: dict, src: str) -> None:
    """A full HTML page whose visible blocks are wrapped in ⟦T:…⟧ / ⟦B:…⟧ / ⟦C:…⟧."""
    titles: list[str] = []
    body: list[str] = []
    chrome: list[str] = []

    def repl(m: re.Match) -> str:
        code, frag = m.group(1), m.group(2)
        if "⟦" in frag:
            raise SystemExit(f"{name}: nested marker in {frag[:40]!r}")
        frag_visible = re.sub(r"<(script|style)\b.*?</\1>", "", frag, flags=re.S | re.I)
        text = collapse(html.unescape(re.sub(r"<[^>]*>", "", frag_visible)))
        if not text:
            raise SystemExit(f"{name}: empty marker {frag[:40]!r}")
        {"T": titles, "B": body, "C": chrome}[code].append(text)
        return frag

    out = MARK.sub(repl, src.lstrip("\n"))
    if "⟦" in out or "⟧" in out:
        raise SystemExit(f"{name}: unbalanced marker")
    title = titles[0] if titles else ""
    if any(t != title for t in titles):
        raise SystemExit(f"{name}: T markers differ")
    if len(body) != len(set(body)):
        raise SystemExit(f"{name}: duplicate body paragraph")
    PAGES.append(Page(name, "html", encoding, labels, out, title, body, _dedupe(chrome)))


def L(kind: str, tags: list[str], regions: list[str], published: str | None = None,
      source: str | None = None) -> dict:
    """Labels; health_policy follows from kind (policy iff policy)."""
    d = {"health_policy": kind == "policy", "kind": kind, "tags": tags}
    if published:
        d["published"] = published
    d["regions"] = regions
    if source:
        d["source"] = source
    return d


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

def toml_str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_list(items: list[str], multiline: bool) -> str:
    if not items:
        return "[]"
    if not multiline:
        return "[" + ", ".join(toml_str(i) for i in items) + "]"
    return "[\n" + "".join(f"  {toml_str(i)},\n" for i in items) + "]"


def gold_toml(p: Page) -> str:
    lab = p.labels
    lines = [
        f"lang = {toml_str(p.lang)}",
        f"encoding = {toml_str(p.encoding)}",
        f"title = {toml_str(p.title)}",
        f"body = {toml_list(p.body, True)}",
        f"chrome = {toml_list(p.chrome, True)}",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['health_policy'] else 'false'}",
        f"kind = {toml_str(lab['kind'])}",
        f"tags = {toml_list(lab['tags'], False)}",
    ]
    if "published" in lab:
        lines.append(f"published = {toml_str(lab['published'])}")
    lines.append(f"regions = {toml_list(lab['regions'], False)}")
    if "source" in lab:
        lines.append(f"source = {toml_str(lab['source'])}")
    return "\n".join(lines) + "\n"


def encode_page(p: Page) -> bytes:
    data = p.text.encode(CODECS[p.encoding])  # strict: raises on an unencodable char
    if p.encoding == "UTF-8-BOM":
        data = b"\xef\xbb\xbf" + data
    return data


# ---------------------------------------------------------------------------
# Checking (reads the files back from disk)
# ---------------------------------------------------------------------------

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "button", "caption", "dd", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hr", "label", "legend", "li", "main", "nav", "ol",
    "option", "p", "pre", "section", "select", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul", "amp-sidebar", "amp-accordion", "summary", "details",
}
INVISIBLE_TAGS = {"script", "style", "title", "noscript", "template"}


class VisibleText(HTMLParser):
    """Visible text of a page as lines: one line per block, inline text joined."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta_charsets: list[str] = []
        self.has_title = False

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            if "charset" in a:
                self.meta_charsets.append(a["charset"].strip().lower())
            m = re.search(r"charset=([\w-]+)", a.get("content", ""), re.I)
            if a.get("http-equiv", "").lower() == "content-type" and m:
                self.meta_charsets.append(m.group(1).lower())
        if tag == "title":
            self.has_title = True
        if tag in INVISIBLE_TAGS:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in INVISIBLE_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def lines(self) -> list[str]:
        return [c for c in (collapse(x) for x in "".join(self.parts).split("\n")) if c]


def nonws_len(s: str) -> int:
    return len("".join(s.split()))


def check_gold_schema(name: str, gold: dict, errors: list[str]) -> None:
    unknown = set(gold) - TOP_KEYS
    if unknown:
        errors.append(f"{name}: unknown top-level keys {sorted(unknown)}")
    missing = TOP_KEYS - set(gold)
    if missing:
        errors.append(f"{name}: missing keys {sorted(missing)}")
    lab = gold.get("labels", {})
    unknown = set(lab) - LABEL_KEYS
    if unknown:
        errors.append(f"{name}: unknown label keys {sorted(unknown)}")
    missing = REQUIRED_LABELS - set(lab)
    if missing:
        errors.append(f"{name}: missing label keys {sorted(missing)}")
    if gold.get("lang") not in {"zh", "en"}:
        errors.append(f"{name}: bad lang")
    if gold.get("encoding") not in ENCODINGS:
        errors.append(f"{name}: bad encoding")
    kind = lab.get("kind")
    if kind not in KINDS:
        errors.append(f"{name}: bad kind {kind!r}")
    if (kind == "policy") != (lab.get("health_policy") is True):
        errors.append(f"{name}: health_policy must be true iff kind = policy")
    tags = lab.get("tags", [])
    if not set(tags) <= TAGS:
        errors.append(f"{name}: unknown tags {sorted(set(tags) - TAGS)}")
    if kind == "policy" and not 1 <= len(tags) <= 4:
        errors.append(f"{name}: a policy page needs 1-4 tags")
    if kind != "policy" and tags:
        errors.append(f"{name}: tags on a non-policy page")
    if "published" in lab:
        try:
            datetime.date.fromisoformat(lab["published"])
        except (TypeError, ValueError):
            errors.append(f"{name}: published is not a YYYY-MM-DD date")
    for r in lab.get("regions", []):
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)):
            errors.append(f"{name}: bad region {r!r}")
        if r == "CN":
            errors.append(f"{name}: CN is never labelled (a Chinese page names its division or none)")


def check_page(p: Page) -> list[str]:
    errors: list[str] = []
    name = p.name
    page_path = OUT / f"{name}.{p.fmt}"
    gold_path = OUT / f"{name}.gold.toml"
    raw = page_path.read_bytes()

    # The gold file parses, has only known keys and says what we meant.
    try:
        gold = tomllib.loads(gold_path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        return [f"{name}: gold does not parse: {e}"]
    check_gold_schema(name, gold, errors)
    expect = {"lang": p.lang, "encoding": p.encoding, "title": p.title, "body": p.body,
              "chrome": p.chrome, "labels": p.labels}
    if gold != expect:
        errors.append(f"{name}: gold read back differs from what was written")

    # The page decodes with its declared encoding to exactly the intended text.
    enc = gold.get("encoding", "")
    if enc == "UTF-8-BOM":
        if not raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{name}: UTF-8-BOM page lacks a BOM")
        raw_body = raw[3:]
    else:
        if raw.startswith(b"\xef\xbb\xbf"):
            errors.append(f"{name}: BOM on a page declared {enc}")
        raw_body = raw
    try:
        text = raw_body.decode(CODECS[enc], errors="strict")
    except (UnicodeDecodeError, KeyError) as e:
        return errors + [f"{name}: does not decode as {enc}: {e}"]
    if text != p.text:
        errors.append(f"{name}: decoded text differs from the intended text")
    if "\ufffd" in text:
        errors.append(f"{name}: U+FFFD in decoded text")
    if enc not in {"UTF-8", "UTF-8-BOM"}:
        try:
            raw_body.decode("utf-8")
            errors.append(f"{name}: declared {enc} but the bytes are valid UTF-8 (pure ASCII?)")
        except UnicodeDecodeError:
            pass
    if p.crlf:
        if text.count("\n") != text.count("\r\n") or "\r\n" not in text:
            errors.append(f"{name}: CRLF page with bare LF")
    elif "\r" in text:
        errors.append(f"{name}: stray CR")

    title, body, chrome = gold.get("title", ""), gold.get("body", []), gold.get("chrome", [])
    golds = ([title] if title else []) + body + chrome
    for g in golds:
        if g != collapse(g) or not g:
            errors.append(f"{name}: gold string not whitespace-normalised: {g!r}")

    # Visible lines of the page.
    if p.fmt == "txt":
        lines = [collapse(x) for x in text.replace("\r\n", "\n").split("\n")]
        lines = [x for x in lines if x]
        labelled = set(golds)
        for ln in lines:
            if ln not in labelled:
                errors.append(f"{name}: unlabelled line {ln[:60]!r}")
        for g in golds:
            if g not in lines:
                errors.append(f"{name}: gold string is not a line of the page: {g[:60]!r}")
    else:
        parser = VisibleText()
        parser.feed(text)
        parser.close()
        lines = parser.lines()
        if not parser.has_title:
            errors.append(f"{name}: HTML page without <title>")
        allowed = META_CHARSETS.get(enc, set())
        if not parser.meta_charsets or not set(parser.meta_charsets) <= allowed:
            errors.append(f"{name}: meta charset {parser.meta_charsets} does not match {enc}")
        for g in golds:
            if not any(g in ln for ln in lines):
                errors.append(f"{name}: gold string not within one visible line: {g[:60]!r}")
        ordered = sorted(set(golds), key=len, reverse=True)
        for ln in lines:
            rest = ln
            for g in ordered:
                if g in rest:
                    rest = rest.replace(g, " ")
            left = {ch for ch in rest if ch not in SEPARATORS}
            if left:
                errors.append(f"{name}: visible text not covered by gold: {ln[:70]!r} (left {rest.strip()[:40]!r})")
        if title and title in body:
            errors.append(f"{name}: title repeated in body")

    # The same consistency rules `healthfeed eval` applies, plus title/chrome overlap.
    for c in chrome:
        for b in body:
            if c == b or (nonws_len(c) >= 10 and c in b):
                errors.append(f"{name}: chrome {c[:40]!r} is (in) body paragraph {b[:40]!r}")
        if title and (c == title or (nonws_len(c) >= 10 and c in title)):
            errors.append(f"{name}: chrome {c[:40]!r} is (in) the title")
    if title in body:
        errors.append(f"{name}: title is also a body paragraph")
    if len(body) < 3:
        errors.append(f"{name}: fewer than 3 body paragraphs")
    return errors


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------

def readme() -> str:
    from collections import Counter

    n = len(PAGES)
    lang = Counter(p.lang for p in PAGES)
    fmt = Counter(p.fmt for p in PAGES)
    enc = Counter(p.encoding for p in PAGES)
    crlf = [p.name for p in PAGES if p.crlf]
    kinds = Counter(p.labels["kind"] for p in PAGES)
    policy = kinds["policy"]
    hard = sum(v for k, v in kinds.items() if k in HARD_NEGATIVES)
    undated = [p.name for p in PAGES if "published" not in p.labels]
    tags = Counter(t for p in PAGES for t in p.labels["tags"])
    trad = [p.name for p in PAGES if p.name in TRADITIONAL]
    mt = [p.name for p in PAGES if p.name in MACHINE_TRANSLATED]

    def fmt_counter(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

    rows = []
    for p in PAGES:
        lab = p.labels
        rows.append(f"| {p.name} | {p.fmt} | {p.encoding}{' CRLF' if p.crlf else ''} | "
                    f"{lab['kind']} | {', '.join(lab['tags']) or '—'} | "
                    f"{lab.get('published', '(none)')} | {', '.join(lab['regions']) or '—'} |")
    return f"""# holdout12: a blind held-out set

{n} pages with gold files in the format of tests/corpus/README.md, written to measure how
healthfeed generalises to sources it has not been measured on: English-language
international health news and agency pages (a WHO regional office, a US state health
department, the Korean health ministry's English site, an NHS trust, a wire story, a
newspaper article with a "Key points" box, an "Explainer" link, an author bio and a
"Most viewed" rail, a local paper's live-updates list, an AMP page), machine-translated
Chinese government pages, and Chinese national and provincial media (人民网-style article,
澎湃-style news-app article, a 百家号-style aggregator page, a provincial 卫健委 政策解读
page, a 市场监管局 notice, a county 融媒体中心 article, Hong Kong and Taiwan pages in
traditional script). Several pages have long chrome sentences (copyright statements,
cookie notices, correction notes, disclaimers) next to very short body lines.

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora (tests/corpus other than its README, tests/holdout*,
tests/golden). All content is invented; no text was copied from the web.

Regenerate (and re-check) with `python3 scripts/make_holdout12.py`; the script fails
loudly when a gold string is not in the page's visible text, a visible line or text node
is not labelled, a gold file does not parse or has unknown keys, a page does not decode
with its declared encoding to the intended text, or a chrome line is (in) a body
paragraph or the title.

## Counts

- pages: {n}; language: {fmt_counter(lang)} (traditional script: {', '.join(trad)};
  machine-translated Chinese government English: {', '.join(mt)})
- format: {fmt_counter(fmt)}
- encodings: {fmt_counter(enc)}; CRLF line ends: {', '.join(crlf)}
- kinds: {fmt_counter(kinds)} — health policy {policy}/{n}, hard negatives {hard}/{n}
- pages with no full date (gold omits `published`): {len(undated)} ({', '.join(undated)})
- tags over the policy pages: {fmt_counter(tags)} ({len(tags)} of 14 tags)

## Pages

| page | format | encoding | kind | tags | published | regions |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + f"""

## Labelling decisions worth knowing

{chr(10).join('- ' + d for d in DECISIONS)}
"""


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("h12-*"):
        old.unlink()
    names = [p.name for p in PAGES]
    if len(names) != len(set(names)):
        raise SystemExit("duplicate page names")
    for p in PAGES:
        if not re.fullmatch(r"h12-(zh|en)-\d\d-[a-z0-9-]+", p.name):
            raise SystemExit(f"bad page name {p.name}")
        (OUT / f"{p.name}.{p.fmt}").write_bytes(encode_page(p))
        (OUT / f"{p.name}.gold.toml").write_text(gold_toml(p), "utf-8", newline="\n")
    (OUT / "README.md").write_text(readme(), "utf-8", newline="\n")

    errors: list[str] = []
    for p in PAGES:
        errors.extend(check_page(p))
    on_disk = {f.name for f in OUT.iterdir()}
    for f in on_disk:
        if f.endswith(".gold.toml") and not any(f == f"{p.name}.gold.toml" for p in PAGES):
            errors.append(f"stray gold file {f}")
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print(f"wrote and checked {len(PAGES)} pages in {OUT.relative_to(ROOT)}")
    return 0


# ---------------------------------------------------------------------------
# The pages
# ---------------------------------------------------------------------------

TRADITIONAL = {"h12-zh-07-hk-chinese-medicine-hospital", "h12-zh-08-taipei-nurse-recruitment"}
MACHINE_TRANSLATED = {"h12-en-09-health-suzhou-mt", "h12-en-10-taizhou-ultrasound-bid-mt"}
DECISIONS: list[str] = []

# --- zh-01: 人民网-style national article (HTML, UTF-8) ---------------------------------
html_page("h12-zh-01-nhsa-vbp-rollout", "UTF-8",
          L("policy", ["drug-policy", "medical-insurance"], [], "2024-07-23"), r"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="utf-8" />
<meta content="all" name="robots" />
<title>国家医保局部署新一批集采中选药品落地工作--社会·法治--人民网</title>
<meta name="keywords" content="集采,医保,中选药品,带量采购" />
<meta name="description" content="国家医保局印发通知，部署各地做好新一批国家组织药品集中带量采购中选结果落地执行工作。" />
<meta name="filetype" content="0">
<meta name="publishedtype" content="1">
<meta name="pagetype" content="1">
<meta name="catalogs" content="1008">
<meta name="contentid" content="40283517">
<meta name="publishdate" content="2024-07-23">
<meta name="author" content="程远">
<meta name="source" content="来源：人民网－人民日报">
<meta property="og:title" content="国家医保局部署新一批集采中选药品落地工作" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="人民网" />
<link href="/img/2020wbc/css/page.css" type="text/css" rel="stylesheet" />
<script src="/img/2020wbc/js/jquery-1.7.1.min.js" type="text/javascript"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function(){var hm=document.createElement("script");hm.src="//hm.example.cn/hm.js?4b2a";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);})();
</script>
</head>
<body>
<div class="rm_topbar">
  <div class="w1000 clearfix">
    <div class="fl">
      <a href="http://www.people.com.cn/" target="_blank">⟦C:人民网首页⟧</a>
      <a href="http://wap.people.com.cn/" target="_blank">⟦C:手机看新闻⟧</a>
    </div>
    <div class="fr">
      <a href="#" id="login">⟦C:登录⟧</a>
      <a href="#" id="reg">⟦C:注册⟧</a>
    </div>
  </div>
</div>
<div class="rm_nav">
  <div class="w1000">
    <a href="#"><img src="/img/2020wbc/imgs/logo.png" alt="人民网" /></a>
    <ul class="nav_list clearfix">
      <li><a href="#">⟦C:时政⟧</a></li>
      <li><a href="#">⟦C:国际⟧</a></li>
      <li><a href="#">⟦C:财经⟧</a></li>
      <li><a href="#">⟦C:社会⟧</a></li>
      <li><a href="#">⟦C:健康⟧</a></li>
      <li><a href="#">⟦C:科普⟧</a></li>
      <li><a href="#">⟦C:观点⟧</a></li>
      <li><a href="#">⟦C:图片⟧</a></li>
    </ul>
  </div>
</div>
<div class="main w1000 clearfix">
  <div class="col-1 fl">⟦C:<a href="http://www.people.com.cn/" class="clink">人民网</a>&gt;&gt;<a href="http://society.people.com.cn/" class="clink">社会·法治</a>⟧</div>
  <div class="layout rm_txt cf">
    <div class="col col-1 fl">
      <h3 class="pre"></h3>
      <h1>⟦T:国家医保局部署新一批集采中选药品落地工作⟧</h1>
      <h4 class="sub">⟦B:各省份11月底前全面执行中选结果⟧</h4>
      <p class="author"></p>
      <div class="channel cf">
        <div class="col-1-1 fl">⟦C:2024年07月23日08:12 | 来源：<a href="http://paper.people.com.cn/" target="_blank">人民网－人民日报</a>⟧</div>
        <div class="col-1-2 fr">
          <span class="share">⟦C:分享到：⟧</span>
          <a href="javascript:;" class="share_wx" title="微信"></a>
          <a href="javascript:;" class="share_wb" title="微博"></a>
          <a href="javascript:;" class="share_qz" title="QQ空间"></a>
        </div>
      </div>
      <div class="rm_txt_con cf">
        <!-- 正文开始 -->
        <p style="text-indent: 2em;">⟦B:本报北京7月22日电（记者程远）近日，国家医保局印发通知，部署各地做好新一批国家组织药品集中带量采购中选结果落地执行工作，要求各省份于2024年11月30日前全面执行中选结果，确保患者及时用上质优价宜的中选药品。⟧</p>
        <p style="text-indent: 2em;">⟦B:通知明确，医疗机构应当按照约定采购量优先使用中选药品，不得以费用控制、药占比、医疗机构用药品种规格数量要求等为由影响中选药品的供应与合理使用。⟧</p>
        <p style="text-indent: 2em;">⟦B:在医保支付方面，对同一通用名下的原研药、参比制剂和通过一致性评价的仿制药，原则上以中选价格为医保支付标准；患者使用价格高于支付标准的药品，超出部分由患者自付。⟧</p>
        <p style="text-align: center;"><img src="/NMediaFile/2024/0723/MAIN1721693821300X7QLP2SB7Z.jpg" width="600" alt="" /></p>
        <p class="pictext" style="text-align: center;">⟦C:某医院药房工作人员在整理集采中选药品。人民网记者 韩冬摄⟧</p>
        <p style="text-indent: 2em;">⟦B:据介绍，本批集采共有62种药品采购成功，拟中选药品平均降价58%，涉及高血压、糖尿病、抗感染、抗肿瘤等多个治疗领域，预计每年可节约药费约180亿元。⟧</p>
        <p style="text-indent: 2em;">⟦B:通知还要求，各地医保部门要落实医保资金结余留用政策，对合理使用中选药品、完成约定采购量的定点医疗机构，按规定给予结余留用激励；同时将中选药品纳入基层医疗卫生机构配备使用范围，推动集采药品进基层、进民营医疗机构、进定点零售药店。⟧</p>
        <p style="text-indent: 2em;">⟦B:“集采不是简单的降价，而是要让群众用上更好的药。”国家医保局医药价格和招标采购司有关负责人表示，各地要加强中选产品供应保障监测，对断供、配送不及时等问题及时督促整改。⟧</p>
        <p style="text-indent: 2em;">⟦B:下一步，国家医保局将会同国家卫生健康委、国家药监局加强中选药品质量监管，畅通企业、医疗机构反映问题的渠道，对不按规定执行中选结果的医疗机构予以通报。⟧</p>
        <p style="text-indent: 2em;">⟦C:《 人民日报 》（ 2024年07月23日 13 版）⟧</p>
        <!-- 正文结束 -->
      </div>
      <div class="edit cf">⟦C:(责编：许晓、陈慧)⟧</div>
      <div class="box_jc"><a href="http://jubao.example.cn/" target="_blank">⟦C:【纠错】⟧</a></div>
      <div class="ewm cf">
        <img src="/img/2020wbc/imgs/ewm_rmw.png" alt="人民网微信" />
        <p>⟦C:扫码关注人民网微信公众号，第一时间获取权威解读⟧</p>
      </div>
      <div class="headingNews">
        <h2>⟦C:相关新闻⟧</h2>
        <ul>
          <li><a href="#">⟦C:国家医保局：推动集采药品进基层、进民营医疗机构⟧</a></li>
          <li><a href="#">⟦C:多地医保部门晒出集采“成绩单” 患者用药负担明显减轻⟧</a></li>
          <li><a href="#">⟦C:集采中选药品质量如何保障？权威部门回应⟧</a></li>
          <li><a href="#">⟦C:医保基金结余留用政策如何落地？专家解读⟧</a></li>
        </ul>
      </div>
    </div>
    <div class="col col-2 fr">
      <div class="ph_list">
        <h2>⟦C:24小时排行⟧</h2>
        <ol>
          <li>⟦C:<span>1</span><a href="#">暑期出游高峰来临 铁路部门加开旅客列车</a>⟧</li>
          <li>⟦C:<span>2</span><a href="#">最高法发布一批涉养老服务纠纷典型案例</a>⟧</li>
          <li>⟦C:<span>3</span><a href="#">多地高温持续 气象部门提醒注意防暑</a>⟧</li>
          <li>⟦C:<span>4</span><a href="#">全国医保电子凭证激活用户突破10亿</a>⟧</li>
        </ol>
      </div>
      <div class="ph_list">
        <h2>⟦C:热点推荐⟧</h2>
        <ul>
          <li><a href="#">⟦C:让群众看病就医更便捷 各地推进“互联网+医疗健康”⟧</a></li>
          <li><a href="#">⟦C:人民网评：守护好群众的“救命钱”⟧</a></li>
        </ul>
      </div>
    </div>
  </div>
</div>
<div class="foot">
  <div class="w1000">
    <p>
      <a href="#">⟦C:人民日报社概况⟧</a>|<a href="#">⟦C:关于人民网⟧</a>|<a href="#">⟦C:报社招聘⟧</a>|<a href="#">⟦C:广告服务⟧</a>|<a href="#">⟦C:合作加盟⟧</a>|<a href="#">⟦C:网站声明⟧</a>|<a href="#">⟦C:联系我们⟧</a>
    </p>
    <p>⟦C:本网转载其他媒体稿件是为传播更多信息，此类稿件不代表本网观点，本网不对其内容的真实性承担责任；如涉及作品版权问题，请在作品发表之日起三十日内与本网联系。⟧</p>
    <p>⟦C:人民网版权所有，未经书面授权禁止使用⟧</p>
    <p>⟦C:京ICP证000123号 京公网安备11000002000456号⟧</p>
  </div>
</div>
<script src="/img/2020wbc/js/share.js" type="text/javascript"></script>
</body>
</html>
""")

# --- zh-02: 澎湃-style news-app article, a trial result (text, UTF-8) ---------------------
text_page("h12-zh-02-gastric-cancer-phase3", "UTF-8",
          L("trial", [], ["310000"], "2024-05-10", "澎湃新闻"), """
C 澎湃新闻
C 首页 | 要闻 | 深度 | 时事 | 财经 | 科技 | 健康 | 思想
C 下载客户端
C 登录
C 健康
T 国产1类新药联合化疗一线治疗晚期胃癌III期研究达到主要终点
C 周雨桐
C 澎湃新闻记者，长期关注医药健康领域
C 关注
C 2024-05-10 14:22 来源：澎湃新闻
C 字号
B 5月10日，上海和煦生物医药有限公司（下称“和煦生物”）宣布，其自主研发的1类新药HX-2107联合化疗一线治疗晚期胃癌的III期临床研究达到主要终点。
B 这项随机、双盲、安慰剂对照研究由上海市东部医学中心牵头，在全国62家中心共入组596例既往未经系统治疗的晚期胃或胃食管结合部腺癌患者。
B 独立数据监查委员会（IDMC）的期中分析显示，与安慰剂联合化疗组相比，HX-2107联合化疗组患者的总生存期显著延长，死亡风险降低31%（HR=0.69），两组中位总生存期分别为16.8个月和12.1个月。
B 安全性方面，试验组最常见的3级及以上不良反应为中性粒细胞减少、贫血和食欲下降，未发现新的安全性信号。
B “这是一个令人振奋的结果。”
B 研究主要研究者、上海市东部医学中心肿瘤科主任陈立群对澎湃新闻表示，晚期胃癌一线治疗的选择仍然有限，新靶点药物有望为患者带来更多生存获益。
B 和煦生物方面透露，公司计划于今年第三季度向国家药品监督管理局药品审评中心递交上市申请，详细研究数据将在今年的一场国际肿瘤学术会议上公布。
B 该药目前尚未在国内外获批上市。
B 记者注意到，我国是胃癌高发国家，每年新发病例约36万例，多数患者确诊时已处于中晚期。
C 责任编辑：李晓 图片编辑：蒋立冬
C 校对：施鋆
C 特别声明：文中涉及的药物尚处于临床研究阶段，相关内容仅供行业交流参考，不构成任何用药建议或投资建议，患者请遵医嘱。
C 阅读量：12485
C 评论(36)
C 收藏
C 分享到：微信 微博 QQ空间
C 相关推荐
C 又一国产PD-1抑制剂新适应症获批，用于一线治疗食管鳞癌
C 医保谈判在即，这些抗肿瘤新药有望进入目录
C 胃癌早筛有了新方法：一管血能查出来吗？
C 扫码下载澎湃新闻客户端
C 澎湃新闻报料：021-55550101
C 沪ICP备15031786号 沪公网安备31010602000881号
C © 2014-2024 澎湃新闻
""")

# --- zh-03: 百家号-style aggregator page, flu tips, no full date (text, UTF-8) -----------
text_page("h12-zh-03-fuzhou-flu-tips", "UTF-8",
          L("wellness", [], ["350100"]), """
T 春季流感高发，福州市卫健委专家提醒：做好这5点，少生病
C 百家号
C 打开APP
C 登录
T 春季流感高发，福州市卫健委专家提醒：做好这5点，少生病
C 福州健康生活
C 已认证 · 优质健康领域创作者
C 03-19 10:21 · 福建
C 关注
B 上周五，福州市卫生健康委员会召开季节性传染病防控专题会，会上专家介绍，近期我市流感样病例就诊比例有所上升，以甲型流感为主。
B 进入3月以来，福州早晚温差大，不少市民出现咳嗽、发热等症状。
B 专家提醒，做好以下几点，可以有效降低感染风险：
B 1. 勤洗手、常通风。外出回家、饭前便后用流动水洗手，室内每天开窗通风2至3次，每次不少于30分钟。
B 2. 科学佩戴口罩。前往医院、乘坐公共交通时建议佩戴口罩。
B 3. 规律作息，适量运动。保证充足睡眠，避免过度劳累。
C 广告 福州某口腔门诊 种植牙春季特惠 立即咨询>>
B 4. 饮食清淡均衡。多吃新鲜蔬菜水果，少吃辛辣油腻食物，多喝温开水。
B 5. 出现症状及时就医。如出现持续高热、呼吸困难等情况，应及时到医院发热门诊就诊。
B 专家特别提醒，老人、儿童、孕妇及慢性病患者是流感的高危人群，尚未接种流感疫苗的，可就近到社区卫生服务中心咨询接种。
B 如有疑问，可拨打12320卫生健康热线咨询。
B 你学会了吗？
C 声明：本文内容来源于网络整理，仅供健康科普参考，不能替代专业医生的诊断和治疗，如有侵权请联系删除。
C 举报/反馈
C 作者最新文章
C 福州这家社区医院开通夜间门诊，附就诊时间
C 孩子反复咳嗽不见好？医生：可能是这个原因
C 猜你喜欢
C 流感和普通感冒怎么区分？一张图看懂
C 换季皮肤干痒，医生教你三招缓解
C 打开百家号APP，阅读体验更佳
C ©2024 Baidu 使用百度前必读 意见反馈 京ICP证030999号
""")

# --- zh-04: provincial 卫健委 政策解读 page (HTML, GBK, declared gb2312) -------------------
html_page("h12-zh-04-zhejiang-yiyang-jiedu", "GBK",
          L("policy", ["elderly-care", "primary-care"], ["330000"], "2023-11-21"), r"""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>《浙江省推进医养结合高质量发展实施方案》政策解读 - 浙江省卫生健康委员会</title>
<meta name="SiteName" content="浙江省卫生健康委员会">
<meta name="SiteDomain" content="wsjkw.zj.gov.cn">
<meta name="SiteIDCode" content="3300000071">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="《浙江省推进医养结合高质量发展实施方案》政策解读">
<meta name="PubDate" content="2023-11-21 10:32">
<meta name="ContentSource" content="省卫生健康委老龄健康处">
<link rel="stylesheet" href="/module/jslib/css/zjwjw_2020.css">
<style type="text/css">.zwnr p{line-height:2em;font-size:16px}.dqwz a{color:#333}</style>
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="top_bar">
  <div class="w1200">
    <span class="fl">⟦C:欢迎访问浙江省卫生健康委员会网站⟧</span>
    <span class="fr">
      <a href="javascript:void(0)" id="wza">⟦C:无障碍⟧</a>
      <a href="javascript:void(0)" id="zzms">⟦C:长者模式⟧</a>
      <a href="/en/">⟦C:English⟧</a>
    </span>
  </div>
</div>
<div class="head_bg">
  <div class="w1200"><img src="/images/logo_zjwjw.png" alt="浙江省卫生健康委员会"></div>
</div>
<div class="daohang">
  <ul class="w1200">
    <li><a href="/">⟦C:首页⟧</a></li>
    <li><a href="/col/col1202101/">⟦C:机构概况⟧</a></li>
    <li><a href="/col/col1229123/">⟦C:政务公开⟧</a></li>
    <li><a href="/col/col1229124/">⟦C:政务服务⟧</a></li>
    <li><a href="/col/col1229125/">⟦C:互动交流⟧</a></li>
    <li><a href="/col/col1229126/">⟦C:专题专栏⟧</a></li>
  </ul>
</div>
<div class="w1200 clearfix">
  <div class="dqwz">⟦C:您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col1229123/">政务公开</a> &gt; <a href="/col/col1229560/">政策解读</a>⟧</div>
  <div class="left_main fl">
    <div class="wzbt">⟦T:《浙江省推进医养结合高质量发展实施方案》政策解读⟧</div>
    <div class="fbsj">⟦C:<span>发布时间：2023-11-21 10:32</span>&nbsp;&nbsp;<span>信息来源：省卫生健康委老龄健康处</span>&nbsp;&nbsp;<span>浏览次数：<script language="javascript">document.write(hits_1229560);</script></span>⟧</div>
    <div class="zthz">⟦C:【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】⟧</div>
    <div class="zwnr" id="zoom">
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;近日，浙江省卫生健康委员会、浙江省民政厅等8部门联合印发《浙江省推进医养结合高质量发展实施方案》（以下简称《方案》）。为便于社会各界准确理解，现就有关内容解读如下。⟧</p>
      <p>⟦B:<strong>一、《方案》出台的背景是什么？</strong>⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;截至2022年底，全省60周岁及以上户籍老年人口达1259万人，占户籍总人口的24.9%，其中失能、半失能老年人约52万人。老年人健康服务需求快速增长，医疗服务与养老服务衔接不够紧密、基层医养结合服务能力不足等问题仍然存在。为贯彻落实国家有关部署，省卫生健康委会同有关部门研究制定了《方案》。⟧</p>
      <p>⟦B:<strong>二、《方案》的主要目标是什么？</strong>⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;到2025年，每个县（市、区）至少有1家具备医养结合服务能力的县级医疗机构或护理院，乡镇卫生院（社区卫生服务中心）与辖区养老机构签约合作率达到100%，65岁及以上老年人健康管理率达到72%以上。⟧</p>
      <p>⟦B:<strong>三、《方案》提出了哪些重点任务？</strong>⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;《方案》从五个方面提出了15项重点任务，主要包括：⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;（一）强化居家社区医养结合服务。依托家庭医生签约服务，为失能、高龄、独居等居家老年人提供上门巡诊、家庭病床、安宁疗护等服务。⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;（二）推动医疗卫生机构与养老机构深度合作。养老机构可通过签约、托管、设立分院等方式与周边医疗卫生机构合作，开通双向转诊绿色通道。⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;（三）支持乡镇卫生院利用现有床位开展医养结合服务，闲置床位可按规定转为护理型床位。⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;（四）完善医保、价格等支持政策，将符合条件的医养结合机构内设医疗机构纳入医保定点管理。⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;（五）加强医养结合人才队伍建设，将医养结合知识纳入全科医生、护士培训内容。⟧</p>
      <p>⟦B:<strong>四、《方案》何时开始施行？</strong>⟧</p>
      <p>⟦B:&nbsp;&nbsp;&nbsp;&nbsp;《方案》自2024年1月1日起施行，有效期至2028年12月31日。⟧</p>
      <div class="xglj">
        <p>⟦C:相关链接：<a href="/art/2023/11/20/art_1229560_59012345.html">浙江省卫生健康委员会等8部门关于印发浙江省推进医养结合高质量发展实施方案的通知</a>⟧</p>
        <p>⟦C:<a href="/art/2023/11/21/art_1229561_59012399.html">图解：一图读懂《浙江省推进医养结合高质量发展实施方案》</a>⟧</p>
      </div>
    </div>
    <div class="dayin">
      <a href="javascript:window.print()">⟦C:【打印本页】⟧</a>
      <a href="javascript:window.close()">⟦C:【关闭窗口】⟧</a>
    </div>
  </div>
  <div class="right_side fr">
    <div class="bt_box"><span>⟦C:政策解读⟧</span><a href="/col/col1229560/" class="more">⟦C:更多&gt;&gt;⟧</a></div>
    <ul class="xgwz">
      <li><a href="#">⟦C:《浙江省基层医疗卫生机构能力提升行动方案》政策解读⟧</a></li>
      <li><a href="#">⟦C:《关于进一步完善医疗卫生服务体系的实施意见》解读⟧</a></li>
      <li><a href="#">⟦C:《浙江省老年友善医疗机构建设方案》解读⟧</a></li>
    </ul>
    <div class="bt_box"><span>⟦C:图解⟧</span></div>
    <ul class="xgwz tj">
      <li><a href="#">⟦C:图解丨浙江省公立医院高质量发展 这些重点要知道⟧</a></li>
      <li><a href="#">⟦C:一图读懂 | 2023年浙江省卫生健康民生实事⟧</a></li>
    </ul>
    <div class="ewm_box">
      <img src="/images/ewm_jkzj.jpg" alt="">
      <p>⟦C:扫一扫 关注“健康浙江”微信公众号⟧</p>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="120"><img src="/images/dzjg.png" alt="党政机关"></td>
        <td>
          ⟦C:主办单位：浙江省卫生健康委员会⟧&nbsp;&nbsp;⟦C:地址：杭州市庆春路218号⟧&nbsp;&nbsp;⟦C:邮编：310006⟧<br>
          ⟦C:网站标识码：3300000071⟧&nbsp;&nbsp;⟦C:浙ICP备05018792号-2⟧&nbsp;&nbsp;⟦C:浙公网安备 33010202000514号⟧<br>
          ⟦C:建议使用1366*768分辨率、IE9.0以上版本浏览器浏览本网站⟧
        </td>
        <td width="120"><img src="/images/jiucuo.png" alt="政府网站找错"></td>
      </tr>
    </table>
  </div>
</div>
<script type="text/javascript">
var hits_1229560 = "";
$(function(){ $.get("/module/visitcount/visit.jsp?id=59012400", function(d){ hits_1229560 = d; }); });
</script>
</body>
</html>
""")

# --- zh-05: 市场监管局 food spot-check notice, `other` (text, GB18030) --------------------
DECISIONS.append(
    "h12-zh-05 (宿州市市场监管局 food-safety spot-check notice) is `other`: it is a market "
    "regulator's enforcement notice about food samples, not health-system policy (no tag "
    "fits: public-health means disease control, vaccination, sanitation), and it is none of "
    "the hard-negative kinds. Its byline date (2024.06.14) is the publication date, not the "
    "signature date (2024年6月13日) at the foot of the notice.")
text_page("h12-zh-05-suzhou-ah-food-spotcheck", "GB18030",
          L("other", [], ["341300"], "2024-06-14"), """
C 宿州市市场监督管理局（宿州市知识产权局）
C 网站首页 • 机构概况 • 信息公开 • 政务服务 • 互动交流 • 专题专栏
C 当前位置：首页 > 信息公开 > 食品安全抽检信息
T 宿州市市场监督管理局关于2024年第12期食品安全监督抽检信息的通告
C 发布日期：2024.06.14　　信息来源：食品安全抽检监测科　　浏览次数：386
C 【字体：大 中 小】　【打印】　【关闭】
B 　　近期，宿州市市场监督管理局组织抽检粮食加工品、食用油、肉制品、蔬菜制品、餐饮食品等12大类食品186批次，其中合格样品182批次，不合格样品4批次。现将有关情况通告如下：
B 　　一、不合格产品情况
B 　　埇桥区佳惠生活超市销售的标称宿州市某食品有限公司生产的鲜湿米粉，脱氢乙酸及其钠盐（以脱氢乙酸计）检出值为0.12g/kg，标准规定为不得使用；砀山县老街口卤味店制售的卤牛肉，菌落总数不符合食品安全标准规定。
B 序号 抽检区域 被抽样单位名称 样品名称 不合格项目 检验结果 标准值
B 1 埇桥区 宿州市埇桥区佳惠生活超市 鲜湿米粉 脱氢乙酸及其钠盐 0.12g/kg 不得使用
B 2 砀山县 砀山县老街口卤味店 卤牛肉 菌落总数 2.6×10⁵CFU/g ≤1×10⁵CFU/g
B 3 萧县 萧县龙城镇鑫源粮油店 散装花生油 酸价（KOH） 4.8mg/g ≤3mg/g
B 4 泗县 泗县福满家小吃店 油条 铝的残留量 286mg/kg ≤100mg/kg
B 　　二、不合格食品的处置情况
B 　　对抽检中发现的不合格食品，属地市场监管部门已责令经营者立即采取下架、封存等措施控制风险，并依法立案调查，查处情况将按规定向社会公开。
B 　　三、消费提示
B 　　消费者在购买散装食用油时，应选择证照齐全、信誉良好的经营者，并注意查看生产日期和保质期。如发现不合格食品，可拨打12315投诉举报电话。
B 　　特此通告。
B 宿州市市场监督管理局
B 2024年6月13日
C 上一篇：宿州市市场监督管理局关于2024年第11期食品安全监督抽检信息的通告
C 下一篇：宿州市开展2024年“食品安全宣传周”活动
C 主办：宿州市市场监督管理局　承办：宿州市数据资源管理局
C 网站标识码：3413000012　皖ICP备05004120号-1　皖公网安备 34130202000123号
C 本网站所刊登的信息和各种专题专栏资料，均为宿州市市场监督管理局版权所有，未经协议授权，禁止下载使用或建立镜像。
""")

# --- zh-06: county 融媒体中心 article (HTML, UTF-8) ---------------------------------------
html_page("h12-zh-06-jinyun-family-doctor", "UTF-8",
          L("policy", ["primary-care", "chronic-disease"], ["331122"], "2024-05-10", "缙云县融媒体中心"), r"""
<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>缙云：家庭医生“上门”守护 慢病老人在家享服务_缙云新闻网</title>
<meta name="keywords" content="缙云,家庭医生,慢病,上门服务">
<meta name="description" content="今年以来，缙云县深化“县域医共体+家庭医生”签约服务模式……">
<meta property="og:title" content="缙云：家庭医生“上门”守护 慢病老人在家享服务">
<meta property="og:image" content="https://www.jynews.example.cn/pic/2024/05/10/jtys01.jpg">
<link rel="stylesheet" href="/static/css/jyxw.min.css?v=20240301">
<script>
  (function(){var u=navigator.userAgent;if(/Android|iPhone/i.test(u)&&location.href.indexOf('/m/')<0){location.href=location.href.replace('/art/','/m/art/');}})();
</script>
</head>
<body>
<header class="jy-hd">
  <div class="jy-hd-top">
    <div class="wrap">
      <span class="jy-date" id="today"></span>
      <a href="/">⟦C:缙云新闻网⟧</a>
      <span>⟦C:缙云县融媒体中心主办⟧</span>
    </div>
  </div>
  <nav class="jy-nav">
    <div class="wrap">
      <a href="/">⟦C:首页⟧</a>
      <a href="/jyxw/">⟦C:缙云新闻⟧</a>
      <a href="/xzdt/">⟦C:乡镇动态⟧</a>
      <a href="/sp/">⟦C:视频⟧</a>
      <a href="/zt/">⟦C:专题⟧</a>
      <a href="/tp/">⟦C:图片⟧</a>
      <a href="/szb/">⟦C:数字报⟧</a>
    </div>
  </nav>
</header>
<div class="wrap jy-main">
  <div class="jy-crumb">⟦C:当前位置：<a href="/">首页</a> &gt; <a href="/jyxw/">缙云新闻</a> &gt; 正文⟧</div>
  <div class="jy-l">
    <div class="jy-art">
      <h1 class="jy-art-bt">⟦T:缙云：家庭医生“上门”守护 慢病老人在家享服务⟧</h1>
      <div class="jy-art-xx">⟦C:<span class="sj">时间：2024年5月10日</span> <span class="ly">来源：缙云县融媒体中心</span> <span class="zz">记者 朱丽娟 通讯员 胡晓</span>⟧</div>
      <div class="jy-art-nr" id="artibody">
        <p>⟦B:5月8日一早，壶镇镇中心卫生院的家庭医生团队就背着药箱出发了。⟧</p>
        <p>⟦B:在岩下村的一户农家，82岁的独居老人李大爷早早等在门口。测血压、查血糖、问用药……团队里的全科医生潘晓燕一边操作，一边叮嘱老人按时吃药、少吃咸菜。⟧</p>
        <p style="text-align:center"><img src="/pic/2024/05/10/jtys01.jpg" alt="家庭医生为村民测量血压"></p>
        <p class="jy-pic-zs">⟦C:▲家庭医生为村民测量血压（通讯员 胡晓 摄）⟧</p>
        <p>⟦B:今年以来，缙云县深化“县域医共体+家庭医生”签约服务模式，组建家庭医生团队186个，重点为65岁以上老年人、高血压和糖尿病患者、失能半失能人员等群体提供签约服务。⟧</p>
        <p>⟦B:截至4月底，全县重点人群签约率达82.6%，高血压、糖尿病患者规范管理率分别达到71.3%和69.8%。⟧</p>
        <p>⟦B:“以前配药要坐半小时车去镇上，现在医生每个月上门，药也送到家里。”李大爷说。⟧</p>
        <p>⟦B:据了解，县卫生健康局还推出“慢病长处方”服务，病情稳定的慢病患者一次可开具最长12周的用药量，群众可通过“健康缙云”微信公众号预约家庭医生上门服务。⟧</p>
        <p>⟦B:下一步，缙云将推动家庭医生签约服务向健康管理全流程延伸，让群众在家门口享受到更加便捷、连续的健康服务。⟧</p>
      </div>
      <div class="jy-art-bj">⟦C:编辑：陈可⟧　⟦C:审核：徐文斌⟧</div>
      <div class="jy-share">
        <span>⟦C:分享到：⟧</span>
        <a href="javascript:;" class="wx">⟦C:微信⟧</a>
        <a href="javascript:;" class="wb">⟦C:微博⟧</a>
        <a href="javascript:;" class="qz">⟦C:QQ空间⟧</a>
      </div>
      <div class="jy-sxp">
        <p>⟦C:上一篇：<a href="#">新建镇：“共富工坊”开进村 家门口就业增收入</a>⟧</p>
        <p>⟦C:下一篇：<a href="#">缙云县举行2024年防汛应急演练</a>⟧</p>
      </div>
    </div>
  </div>
  <aside class="jy-r">
    <div class="jy-ewm">
      <img src="/static/img/ewm_jyfb.png" alt="">
      <p>⟦C:扫一扫，关注“缙云发布”⟧</p>
      <p>⟦C:抖音号：缙云融媒 | 视频号：缙云发布⟧</p>
    </div>
    <div class="jy-rdtj">
      <h3>⟦C:热点推荐⟧</h3>
      <ul>
        <li><a href="#">⟦C:缙云烧饼师傅培训班开班 今年计划培训800人次⟧</a></li>
        <li><a href="#">⟦C:县人民医院新院区门诊楼主体结构封顶⟧</a></li>
        <li><a href="#">⟦C:仙都景区“五一”假期接待游客创新高⟧</a></li>
      </ul>
    </div>
  </aside>
</div>
<footer class="jy-ft">
  <div class="wrap">
    <p>⟦C:缙云县融媒体中心 版权所有 未经授权禁止复制或建立镜像⟧</p>
    <p>⟦C:新闻热线：0578-3123456⟧　⟦C:违法和不良信息举报电话：0578-3123400⟧</p>
    <p>⟦C:浙ICP备12034567号-1⟧　⟦C:浙公网安备 33112202000321号⟧</p>
  </div>
</footer>
<script src="/static/js/jquery.min.js"></script>
<script>document.getElementById('today').innerHTML = new Date().toLocaleDateString('zh-CN');</script>
</body>
</html>
""")

# --- zh-07: Hong Kong government press release, traditional script (text, Big5) -----------
DECISIONS.append(
    "h12-zh-07 (Hong Kong press release, Big5) has almost no chrome; it is dated by the release's own foot line "
    "(2024年3月12日（星期二）), not by the scraper marker (2024-03-13) or the URL; the body "
    "only says 今日（三月十二日）. The end marker 完 is chrome. 衞 is written 衛 because "
    "plain Big5 has no 衞.")
text_page("h12-zh-07-hk-chinese-medicine-hospital", "Big5",
          L("policy", ["tcm", "hospital-development"], ["810000"], "2024-03-12"), """
C [Scraped at 2024-03-13 02:11:08 UTC]
C URL: https://www.info.gov.hk/gia/general/202403/12/P2024031200412.htm
T 政府公布中醫醫院首階段服務安排
B 　　醫務衛生局今日（三月十二日）公布，位於將軍澳的中醫醫院將於本年十二月起分階段投入服務，首階段提供中醫住院服務及中醫門診服務，並設有中西醫協作治療。
B 　　醫務衛生局局長表示，中醫醫院是本港首間中醫醫院，在推動香港中醫藥發展方面具有里程碑意義。
B 　　「中醫醫院將以中醫為主、中西醫協作，為市民提供多元化的醫療服務選擇。」他說。
B 　　根據安排，中醫醫院首階段將開放約120張病床，並逐步增加至全面運作時約400張病床。醫院亦會提供由政府資助的指定中醫住院及門診服務，收費將參考公營醫療服務的收費水平釐定。
B 　　政府已透過中醫醫院營運機構招聘中醫師、西醫、護士及其他醫護人員。截至二月底，已聘請約300名員工，並已安排首批中醫師到內地中醫醫院接受專科培訓。
B 　　醫院亦會設立中醫藥臨床研究中心，推動中醫藥臨床研究及人才培訓，並與本地大學合作，為中醫學生提供臨床實習。
B 　　市民如有查詢，可致電中醫醫院查詢熱線3000 1234。
C 完
C 2024年3月12日（星期二）
C 香港時間15時30分
""")

# --- zh-08: Taipei city hospital nurse recruitment, traditional (HTML, UTF-8) ------------
DECISIONS.append(
    "h12-zh-08 (Taipei hospital recruitment) gives its deadlines in ROC years (113年4月22日); "
    "the publication date is the 發布日期 line, 2024-04-08. Taiwan is labelled 710000, the "
    "only GB/T 2260 code for it. The accessibility anchors ':::' are chrome.")
html_page("h12-zh-08-taipei-nurse-recruitment", "UTF-8",
          L("job-ad", [], ["710000"], "2024-04-08"), r"""
<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>最新消息-人才招募 - 臺北市立聯合醫院</title>
<meta name="DC.Title" content="臺北市立聯合醫院113年度第2次約用護理師甄選公告">
<meta name="DC.Creator" content="臺北市立聯合醫院人力資源室">
<meta name="DC.Date" content="2024-04-08">
<meta name="Category.Theme" content="350">
<meta property="og:title" content="臺北市立聯合醫院113年度第2次約用護理師甄選公告">
<link rel="stylesheet" href="/css/tpech_main.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XXXXXXX');</script>
</head>
<body>
<a href="#C" class="sr-only" id="gotocenter" title="跳到主要內容區塊">⟦C:跳到主要內容區塊⟧</a>
<div id="cookie-bar" class="cookie-bar" role="dialog">
  <p>⟦C:本網站使用Cookie以提供更好的瀏覽體驗，並蒐集匿名的瀏覽統計資料；繼續瀏覽本網站即表示您同意我們依隱私權政策使用Cookie。⟧</p>
  <button type="button" class="btn-ok">⟦C:我知道了⟧</button>
</div>
<header class="header">
  <a accesskey="U" href="#U" title="上方功能區塊">⟦C::::⟧</a>
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="臺北市立聯合醫院"></a></div>
  <ul class="top-links">
    <li><a href="/">⟦C:回首頁⟧</a></li>
    <li><a href="/sitemap">⟦C:網站導覽⟧</a></li>
    <li><a href="/en">⟦C:English⟧</a></li>
    <li><a href="/reg">⟦C:網路掛號⟧</a></li>
  </ul>
  <nav class="main-menu">
    <ul>
      <li><a href="/about">⟦C:關於本院⟧</a></li>
      <li><a href="/guide">⟦C:就醫指南⟧</a></li>
      <li><a href="/team">⟦C:醫療團隊⟧</a></li>
      <li><a href="/news">⟦C:最新消息⟧</a></li>
      <li><a href="/jobs">⟦C:人才招募⟧</a></li>
      <li><a href="/contact">⟦C:聯絡我們⟧</a></li>
    </ul>
  </nav>
</header>
<main id="main">
  <a accesskey="C" href="#C" title="中央內容區塊" id="C">⟦C::::⟧</a>
  <div class="breadcrumb">⟦C:<a href="/">首頁</a> / <a href="/news">最新消息</a> / <span>人才招募</span>⟧</div>
  <section class="cp">
    <h2 class="cp-title">⟦T:臺北市立聯合醫院113年度第2次約用護理師甄選公告⟧</h2>
    <ul class="cp-info">
      <li>⟦C:發布日期：2024-04-08⟧</li>
      <li>⟦C:發布單位：人力資源室⟧</li>
      <li>⟦C:點閱次數：1523⟧</li>
    </ul>
    <div class="font-size">⟦C:字級：<a href="javascript:;">小</a> <a href="javascript:;">中</a> <a href="javascript:;">大</a>⟧</div>
    <article class="cp-content">
      <p>⟦B:一、甄選職稱及名額：約用護理師20名（仁愛、中興、和平婦幼院區）。⟧</p>
      <p>⟦B:二、資格條件：⟧</p>
      <p>⟦B:（一）具中華民國國籍，並領有護理師證書者。⟧</p>
      <p>⟦B:（二）具醫學中心或區域醫院臨床工作經驗1年以上者尤佳。⟧</p>
      <p>⟦B:三、待遇：依本院約用人員薪資標準核支，月薪新臺幣45,000元至52,000元，另依績效發給獎金。⟧</p>
      <p>⟦B:四、報名期間：即日起至113年4月22日（星期一）下午5時止。⟧</p>
      <p>⟦B:五、報名方式：請至本院人才招募系統線上報名，並上傳履歷表、護理師證書及相關證明文件影本，逾期恕不受理。⟧</p>
      <p>⟦B:六、甄選方式：書面審查合格者另行通知參加面試，面試日期暫定113年4月30日。⟧</p>
      <p>⟦B:七、聯絡人：護理部王小姐，電話：（02）2555-0000分機1234。⟧</p>
    </article>
    <div class="cp-file">⟦C:附件：<a href="/files/113-2-nurse.pdf">甄選簡章.pdf</a>⟧</div>
    <div class="cp-tool">
      <a href="javascript:window.print();">⟦C:列印⟧</a>
      <a href="javascript:history.back();">⟦C:回上頁⟧</a>
      <a href="https://www.facebook.com/sharer/sharer.php" target="_blank">⟦C:分享至Facebook⟧</a>
      <a href="https://social-plugins.line.me/lineit/share" target="_blank">⟦C:分享至LINE⟧</a>
    </div>
  </section>
</main>
<footer class="footer">
  <a accesskey="Z" href="#Z" title="下方功能區塊" id="Z">⟦C::::⟧</a>
  <ul class="ft-links">
    <li><a href="/privacy">⟦C:隱私權政策⟧</a></li>
    <li><a href="/security">⟦C:資訊安全政策⟧</a></li>
    <li><a href="/opendata">⟦C:政府網站資料開放宣告⟧</a></li>
  </ul>
  <address>⟦C:地址：10629臺北市大安區仁愛路四段10號⟧<br>⟦C:總機：（02）2555-0000⟧</address>
  <p>⟦C:本網站著作權屬臺北市立聯合醫院所有，網站內容之文字、圖片及影音資料，非經本院書面同意，不得轉載、重製或作其他商業用途。⟧</p>
  <p>⟦C:最佳瀏覽解析度1280x1024⟧ ⟦C:瀏覽人次：3,284,119⟧</p>
</footer>
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/tpech.js"></script>
</body>
</html>
""")

# --- zh-09: 泰州 (Jiangsu) biomedicine industry policy (text, UTF-8 with BOM) ---------------
DECISIONS.append(
    "h12-zh-09 names 泰州 only; 中国医药城, 医药高新区 and the 苏ICP footer place it in "
    "Jiangsu (321200), not 台州 (331000). The first line is the page <title> with the site "
    "suffix, which is chrome; the headline line below the breadcrumb is the title.")
text_page("h12-zh-09-taizhou-js-biomed-policy", "UTF-8-BOM",
          L("policy", ["health-industry"], ["321200"], "2023-09-01"), """
C 泰州出台十条措施支持生物医药产业高质量发展 - 泰州市人民政府
C 无障碍浏览 | 长者模式 | 繁體 | English
C 首页 政务公开 政务服务 政民互动 走进泰州
C 当前位置: 首页 > 政务公开 > 部门动态
T 泰州出台十条措施支持生物医药产业高质量发展
C 发布日期：2023/9/1 10:05　来源：市发展改革委　字号：[ 大 中 小 ]
B 　　近日，泰州市政府办公室印发《关于支持生物医药产业高质量发展的若干政策措施》（以下简称《若干措施》），从创新研发、临床试验、产业化落地、人才引进等方面提出10条具体措施，进一步做大做强“中国医药城”。
B 　　《若干措施》明确，对在泰州医药高新区落户的创新药企业，取得1类新药临床试验批件的，按研发投入给予最高500万元补助；完成Ⅲ期临床试验并在本市实现产业化的，再给予最高1000万元奖励。
B 　　在临床试验资源方面，支持市人民医院等医疗机构建设临床试验病房，对新增备案的药物临床试验机构给予一次性奖励100万元。
C 　　相关阅读：《泰州医药高新区2023年上半年经济运行情况》
B 　　同时，鼓励本地企业产品参加国家和省级药品集中带量采购，对首次在本市实现产业化的创新药和医疗器械，按规定推动纳入医疗机构采购目录。
B 　　人才方面，对引进的生物医药领域高层次人才，在住房、子女入学、医疗保障等方面给予支持，顶尖人才团队最高可获1亿元项目资助。
B 　　《若干措施》自2023年10月1日起施行，有效期3年。
B 　　泰州，正在加速奔跑。
C 【打印本页】　【关闭窗口】
C 上一篇：市卫健委召开全市医疗质量安全工作会议
C 下一篇：泰州市2023年第三季度重点项目集中开工
C 扫一扫在手机打开当前页
C 主办：泰州市人民政府办公室　承办：泰州市大数据管理局
C 网站标识码：3212000001　苏ICP备05008000号　苏公网安备 32120202000001号
C 本网站所刊登的各种新闻、信息和各种专题专栏资料，均为泰州市人民政府网站版权所有，未经协议授权，禁止下载使用或建立镜像。
""")

# --- zh-10: 抚州 investment promotion meeting, `economy` (text, GBK) -----------------------
DECISIONS.append(
    "h12-zh-10 (抚州 investment promotion meeting held in 深圳) is about 抚州 (361000); "
    "深圳 is where the event happened, in passing. 大健康 and 现代医药 are named once each, "
    "so it is `economy`, not policy.")
text_page("h12-zh-10-fuzhou-jx-investment", "GBK",
          L("economy", [], ["361000"], "2022-05-13"), """
C 抚州市人民政府门户网站
C 首页 政务公开 政务服务 互动交流 走进抚州
C 您现在的位置：首页 >> 抚州要闻
T 抚州市2022年春季招商引资推介会在深圳举行 签约项目42个总投资386亿元
C Addtime:2022-05-13　　作者：市商务局　　点击数：1024
B 　　5月12日，抚州市2022年春季招商引资推介会在深圳举行。市领导与来自电子信息、新能源、医药健康等领域的200余位企业家代表共话合作、共谋发展。
B 　　推介会上，抚州市重点推介了数字经济、新能源、现代医药、文化旅游等产业发展优势和投资环境，并发布了一批重点招商项目。
B 　　本次推介会共签约项目42个，总投资386亿元，涵盖电子信息、新能源汽车零部件、大健康、现代物流等领域，其中投资10亿元以上项目11个。
B 　　市长在致辞中表示，抚州区位优越、交通便捷，营商环境持续优化，热忱欢迎广大客商到抚州投资兴业，市委、市政府将为企业提供“保姆式”服务。
B 　　据了解，今年1至4月，全市新引进5000万元以上项目128个，实际利用外资同比增长21.5%。
B 　　推介会由市商务局、市投资促进中心承办。
C 【关闭窗口】【打印本页】
C 相关文章
C 抚州市与深圳企业签署大健康产业合作协议
C 市政府召开常务会议研究部署稳经济一揽子政策措施
C 版权所有：抚州市人民政府办公室　赣ICP备05003600号
C 网站标识码：3610000001　赣公网安备36100202000001号
C 建议使用IE8.0以上浏览器 1024*768分辨率浏览
""")

# --- en-01: WHO regional office news release (HTML, UTF-8, <main>/<article>) --------------
html_page("h12-en-01-who-europe-nursing-plan", "UTF-8",
          L("policy", ["health-workforce"], ["UZ"], "2024-03-12"), r"""
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Uzbekistan and WHO/Europe launch national nursing plan</title>
<meta name="description" content="A five-year action plan sets out measures on pay, career paths and scope of practice for nurses and midwives.">
<meta property="og:title" content="Uzbekistan and WHO/Europe launch national plan to strengthen the nursing and midwifery workforce">
<meta property="og:type" content="article">
<meta property="og:site_name" content="WHO Regional Office for Europe">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.who.int/europe/news/item/12-03-2024-uzbekistan-nursing-plan">
<link rel="stylesheet" href="/assets/css/site.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Uzbekistan and WHO/Europe launch national nursing plan","publisher":{"@type":"Organization","name":"World Health Organization"}}</script>
</head>
<body class="page-newsitem">
<div class="cookie-consent" id="cookieConsent" role="region" aria-label="Cookie consent">
  <p class="cookie-consent__text">⟦C:This website uses cookies to measure how visitors use our pages and to remember your settings; you can accept all cookies, reject those that are not strictly necessary, or choose which categories to allow in the cookie settings.⟧</p>
  <div class="cookie-consent__actions">
    <button type="button" data-action="accept">⟦C:Accept all cookies⟧</button>
    <button type="button" data-action="reject">⟦C:Reject non-essential⟧</button>
    <button type="button" data-action="settings">⟦C:Cookie settings⟧</button>
  </div>
</div>
<header class="site-header">
  <a class="skip-link" href="#main">⟦C:Skip to main content⟧</a>
  <div class="site-header__top">
    <a href="/europe" class="logo"><img src="/assets/img/who-euro-logo.svg" alt="World Health Organization Regional Office for Europe"></a>
    <ul class="lang-menu" aria-label="Languages">
      <li><a href="/europe" lang="en">⟦C:English⟧</a></li>
      <li><a href="/europe/fr" lang="fr">⟦C:Français⟧</a></li>
      <li><a href="/europe/de" lang="de">⟦C:Deutsch⟧</a></li>
      <li><a href="/europe/ru" lang="ru">⟦C:Русский⟧</a></li>
    </ul>
  </div>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/europe/health-topics">⟦C:Health topics⟧</a></li>
      <li><a href="/europe/countries">⟦C:Countries⟧</a></li>
      <li><a href="/europe/news">⟦C:Newsroom⟧</a></li>
      <li><a href="/europe/emergencies">⟦C:Emergencies⟧</a></li>
      <li><a href="/europe/data">⟦C:Data⟧</a></li>
      <li><a href="/europe/about-us">⟦C:About us⟧</a></li>
    </ul>
  </nav>
</header>
<main id="main">
  <nav class="breadcrumb" aria-label="Breadcrumb">⟦C:<a href="/europe">Home</a> › <a href="/europe/news">Newsroom</a> › <a href="/europe/news/releases">News releases</a>⟧</nav>
  <article class="sf-detail">
    <header class="sf-detail__header">
      <div class="sf-detail__meta">⟦C:<span class="timestamp">12 March 2024</span> | <span class="type">News release</span>⟧</div>
      <div class="sf-detail__country">⟦C:<span>Countries:</span> <a href="/europe/countries/uzbekistan">Uzbekistan</a>⟧</div>
      <h1 class="sf-detail__title">⟦T:Uzbekistan and WHO/Europe launch national plan to strengthen the nursing and midwifery workforce⟧</h1>
    </header>
    <figure class="sf-image">
      <img src="/images/default-source/uzbekistan/nurses-tashkent.jpg" alt="Nurses at a family polyclinic in Tashkent">
      <figcaption>⟦C:A nurse checks a patient’s blood pressure at a family polyclinic in Tashkent. © WHO/Dilnoza Karimova⟧</figcaption>
    </figure>
    <div class="sf-content-block">
      <p>⟦B:Uzbekistan’s Ministry of Health and the WHO Regional Office for Europe today launched a five-year national action plan to strengthen the nursing and midwifery workforce, which makes up more than half of the country’s health workers.⟧</p>
      <p>⟦B:The plan, developed with nursing associations, medical universities and regional health departments, sets out measures to improve pay and working conditions, widen the scope of practice for nurses in primary health care, and reduce the number of nurses leaving the profession or the country.⟧</p>
      <p>⟦B:“Nurses and midwives are the backbone of primary health care in Uzbekistan,” said Dr Elena Markova, WHO Representative in Uzbekistan.⟧</p>
      <p>⟦B:“We cannot build people-centred care without them.”⟧</p>
      <h2>⟦B:What the plan commits to⟧</h2>
      <p>⟦B:Under the plan, the Ministry of Health will:⟧</p>
      <ul>
        <li>⟦B:introduce a national career framework for nurses with four levels of practice;⟧</li>
        <li>⟦B:raise the starting salary of nurses in rural primary health care facilities by 30% from January 2025;⟧</li>
        <li>⟦B:train 5000 nurses in chronic disease management and family nursing by 2027; and⟧</li>
        <li>⟦B:set up a nursing workforce information system linked to the national health workforce accounts.⟧</li>
      </ul>
      <p class="related-inline">⟦C:Related: <a href="/europe/publications/i/item/health-and-care-workforce-time-to-act">Health and care workforce in Europe: time to act</a>⟧</p>
      <p>⟦B:A WHO/Europe review in 2022 found that one in five newly qualified nurses in the country left the profession within three years, most often citing low pay and heavy workloads in rural facilities.⟧</p>
      <p>⟦B:The plan was presented at a meeting in Tashkent attended by the Deputy Minister of Health, rectors of medical universities and representatives of nursing associations from all 14 regions.⟧</p>
    </div>
    <div class="sf-share">
      <span>⟦C:Share⟧</span>
      <a href="#" class="share-x" aria-label="Share on X"></a>
      <a href="#" class="share-fb" aria-label="Share on Facebook"></a>
      <a href="#" class="share-print">⟦C:Print⟧</a>
    </div>
    <section class="media-contacts">
      <h2>⟦C:Media contacts⟧</h2>
      <p>⟦C:Anna Petrova⟧</p>
      <p>⟦C:Communications Officer, WHO Country Office in Uzbekistan⟧</p>
      <p>⟦C:Email: eumedia@example.int⟧</p>
    </section>
  </article>
  <section class="related-news">
    <h2>⟦C:Related⟧</h2>
    <ul>
      <li><a href="#">⟦C:Nursing workforce shortages threaten health systems across the European Region, warns new WHO report⟧</a></li>
      <li><a href="#">⟦C:Kazakhstan expands the role of family nurses in primary health care⟧</a></li>
      <li><a href="#">⟦C:WHO/Europe and partners launch a regional network for nursing education⟧</a></li>
    </ul>
  </section>
</main>
<footer class="site-footer">
  <div class="newsletter">
    <p>⟦C:Subscribe to our newsletters⟧</p>
    <a href="/europe/newsletters" class="btn">⟦C:Sign up⟧</a>
  </div>
  <ul class="footer-links">
    <li><a href="/about/policies/privacy">⟦C:Privacy policy⟧</a></li>
    <li><a href="/about/policies/terms-of-use">⟦C:Terms of use⟧</a></li>
    <li><a href="/europe/contact-us">⟦C:Contact us⟧</a></li>
  </ul>
  <p class="copyright">⟦C:© 2024 WHO⟧</p>
</footer>
<script src="/assets/js/site.min.js" defer></script>
</body>
</html>
""")

# --- en-02: US state health agency press release (text, UTF-8, CRLF) ---------------------
DECISIONS.append(
    "h12-en-02 (Oregon Health Authority release, CRLF) is dated by its release line "
    "(March 3, 2023); Jan. 1, 2024 in the body is the effective date. US states are "
    "labelled with the country code US only (ISO 3166-1 alpha-2).")
text_page("h12-en-02-oregon-child-medicaid", "UTF-8",
          L("policy", ["medical-insurance", "maternal-child"], ["US"], "2023-03-03"), """
C Skip to main content
C Oregon Health Authority : Press Releases : State of Oregon
C An official website of the State of Oregon
C Translate this page | Accessibility | Contact Us
C Home » News » Press Releases
C FOR IMMEDIATE RELEASE
C March 3, 2023
C Media contact: Dana Whitfield, 503-555-0148, OHA.Media@example.gov
T Young children on Oregon Health Plan to keep coverage without renewals until age 6
B Salem, Ore. — Starting Jan. 1, 2024, children enrolled in the Oregon Health Plan (OHP) will keep their coverage continuously until their sixth birthday, without having to renew every year, the Oregon Health Authority (OHA) announced today.
B The change, approved by the federal Centers for Medicare & Medicaid Services (CMS) as part of Oregon's Medicaid waiver, is expected to help about 120,000 young children avoid gaps in coverage during the years when they need frequent well-child visits, developmental screenings and vaccinations.
B "Children shouldn't lose their health care because of paperwork," said OHA Director Dr. Maria Lopez.
B "This keeps them connected to their doctors when it matters most."
B Children age 6 and older and adults on OHP will keep coverage for two years at a time before they need to renew.
B Families do not need to do anything to get continuous coverage.
B Families who have questions about their child's OHP coverage can call the OHP Client Services Center at 800-555-0171 (TTY 711), Monday through Friday, 7 a.m. to 6 p.m.
B To apply for OHP, visit benefits.oregon.example.gov or call 1-800-555-0190.
C ###
C The Oregon Health Authority is the state agency responsible for the Oregon Health Plan, public health programs and the state hospital; its mission is to ensure all people and communities can achieve optimum physical, mental and social well-being through partnerships, prevention and access to quality, affordable health care.
C Subscribe to OHA news releases
C Was this page helpful? Yes No
C Oregon.gov | Privacy | Accessibility | Supported Browsers
""", crlf=True)

# --- en-03: Korean health ministry English press release (HTML, UTF-8, table layout) -------
DECISIONS.append(
    "h12-en-03 (Korean ministry, table layout) has a generic <title>; the headline is the "
    "title cell of the board view. The date cell (2023.11.21) dates it; 'from December 15' "
    "and 'since June 1' in the body are not publication dates.")
html_page("h12-en-03-korea-telemedicine-pilot", "UTF-8",
          L("policy", ["digital-health"], ["KR"], "2023-11-21"), r"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Ministry of Health and Welfare</title>
<link rel="stylesheet" type="text/css" href="/static/eng/css/common.css">
<script type="text/javascript" src="/static/eng/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function fn_download(seq){ location.href = "/boardDownload.es?bid=0027&list_no=" + seq; }
function fn_list(){ document.frm.submit(); }
</script>
</head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" id="top">
  <tr>
    <td class="logo"><a href="/eng/index.jsp"><img src="/static/eng/img/logo.gif" alt="Ministry of Health and Welfare"></a></td>
    <td class="util" align="right">
      <a href="/eng/index.jsp">⟦C:HOME⟧</a> |
      <a href="/index.jsp">⟦C:KOREAN⟧</a> |
      <a href="/eng/sitemap.jsp">⟦C:SITEMAP⟧</a>
    </td>
  </tr>
  <tr>
    <td colspan="2" class="gnb">
      <a href="/eng/p/policy.jsp">⟦C:Policy⟧</a>
      <a href="/eng/p/info.jsp">⟦C:Information⟧</a>
      <a href="/eng/p/news.jsp">⟦C:News &amp; Events⟧</a>
      <a href="/eng/p/about.jsp">⟦C:About Us⟧</a>
    </td>
  </tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td width="200" valign="top" class="lnb">
      <div class="lnb_tit">⟦C:News &amp; Events⟧</div>
      <ul>
        <li class="on"><a href="/eng/nw/nw0101ls.jsp">⟦C:Press Releases⟧</a></li>
        <li><a href="/eng/nw/nw0102ls.jsp">⟦C:Photo News⟧</a></li>
        <li><a href="/eng/nw/nw0103ls.jsp">⟦C:Notices⟧</a></li>
      </ul>
    </td>
    <td width="780" valign="top" class="cont">
      <div class="loc">⟦C:Home &gt; News &amp; Events &gt; Press Releases⟧</div>
      <h3 class="cont_tit">⟦C:Press Releases⟧</h3>
      <table class="bd_view" width="100%" summary="board view">
        <tr>
          <th class="tit" colspan="6">⟦T:Government to expand telemedicine pilot project to weekends, holidays and medically vulnerable areas⟧</th>
        </tr>
        <tr class="dt_info">
          <th>⟦C:Date⟧</th><td>⟦C:2023.11.21⟧</td>
          <th>⟦C:Hit⟧</th><td>⟦C:2841⟧</td>
          <th>⟦C:Department⟧</th><td>⟦C:Health Care Policy Division⟧</td>
        </tr>
        <tr>
          <td colspan="6" class="bd_cont">
            <p>⟦B:The Ministry of Health and Welfare announced on the 21st that it will supplement the non-face-to-face treatment pilot project from December 15 so that more people can use telemedicine safely when medical institutions are difficult to access.⟧</p>
            <p>⟦B:The pilot project has been implemented since June 1 for patients who have visited the same medical institution in person before, and for residents of islands, remote areas, the elderly and the disabled.⟧</p>
            <p>⟦B:The main contents of the supplementation are as follows.⟧</p>
            <p>⟦B:First, on weekends and holidays and at night, all citizens can receive non-face-to-face treatment even if they have not received face-to-face treatment at the medical institution, but only consultation and prescription are allowed.⟧</p>
            <p>⟦B:Second, the scope of medically vulnerable areas is expanded from islands and remote areas to 98 si, gun and gu designated as emergency medical vulnerable areas.⟧</p>
            <p>⟦B:Third, patients who have received face-to-face treatment at the same medical institution within the past 6 months can receive non-face-to-face treatment regardless of the disease.⟧</p>
            <p>⟦B:Meanwhile, the prescription of narcotic drugs and drugs with high risk of misuse such as diet pills is restricted in non-face-to-face treatment, and the ministry will monitor medical institutions that concentrate on non-face-to-face treatment.⟧</p>
            <p>⟦B:A Ministry official said, "We will continue to supplement the system so that the public can use non-face-to-face treatment conveniently while ensuring safety, and we will prepare for legislation based on the results of the pilot project."⟧</p>
            <p>⟦B:Inquiry: Division of Health Care Policy, 044-202-0000⟧</p>
          </td>
        </tr>
        <tr class="file">
          <th>⟦C:Attachment⟧</th>
          <td colspan="5"><a href="javascript:fn_download(3);">⟦C:[Press release] Supplementation of telemedicine pilot project (Nov 21).hwp⟧</a></td>
        </tr>
      </table>
      <table class="bd_prevnext" width="100%">
        <tr><th>⟦C:Prev⟧</th><td><a href="#">⟦C:Korea to raise 2024 national health insurance premium rate by 1.49%⟧</a></td></tr>
        <tr><th>⟦C:Next⟧</th><td><a href="#">⟦C:Minister visits pediatric emergency center to check winter care system⟧</a></td></tr>
      </table>
      <div class="btn_area"><a href="javascript:fn_list();" class="btn_list">⟦C:List⟧</a></div>
    </td>
  </tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" id="footer">
  <tr>
    <td>⟦C:Government Complex Sejong, Sejong-si, Republic of Korea⟧<br>
        ⟦C:Copyright(C) Ministry of Health and Welfare. All rights reserved.⟧</td>
  </tr>
</table>
<form name="frm" method="post" action="/eng/nw/nw0101ls.jsp"><input type="hidden" name="page" value="1"></form>
</body>
</html>
""")

# --- en-04: NHS trust news page promoting its private patient unit (text, UTF-8) ---------
DECISIONS.append(
    "h12-en-04 is an NHS trust's own news page, but it sells self-pay operations in the "
    "trust's private patient unit, so it is `marketing` (GB). It states no date at all.")
text_page("h12-en-04-nhs-trust-private-unit", "UTF-8",
          L("marketing", [], ["GB"]), """
C Skip to content
C Our website uses essential cookies so that it works properly, and we would also like to use analytics cookies to understand how you use the site so we can improve it; you can change your choice at any time on our cookie page.
C Accept analytics cookies
C Reject analytics cookies
C Westbridge and District Hospitals NHS Foundation Trust
C Search
C Accessibility tools | Translate | Contact us
C Home | Our services | Patients and visitors | Work for us | About us | News
C You are here: Home / News / Latest news
T Self-pay hip and knee replacements now available at the Beaumont Suite
B Patients who do not want to wait for treatment can now pay for a hip or knee replacement at the Beaumont Suite, the private patient unit at Westbridge General Hospital.
B Fixed-price packages start from £11,950 for a hip replacement and £12,450 for a knee replacement, and include your consultation, surgery, a private en-suite room, physiotherapy and a follow-up appointment.
B All operations are carried out by the same consultant orthopaedic surgeons who treat NHS patients at the hospital, supported by our award-winning nursing and therapy teams.
B Most patients are seen for a first consultation within two weeks of contacting us.
B Any income generated by the Beaumont Suite is reinvested in NHS services at the trust.
B Choosing to pay does not affect your right to NHS care.
B Interest-free payment plans are available over 6 or 12 months.
B To book a consultation, call our private patient team on 01632 960555 or email beaumont.suite@example.nhs.uk.
C Share this page
C Facebook
C X
C LinkedIn
C Related news
C Trust welcomes 40 internationally educated nurses to its wards
C New community diagnostic centre opens in Westbridge town centre
C Follow us on Facebook, X and Instagram
C Westbridge and District Hospitals NHS Foundation Trust, Hospital Road, Westbridge WB1 4AA
C Switchboard: 01632 960000
C Privacy notice | Cookies | Accessibility statement | Freedom of information | Modern slavery statement
C © Westbridge and District Hospitals NHS Foundation Trust
""")

# --- en-05: wire story on a drugmaker's results, no full date (text, UTF-8) ---------------
DECISIONS.append(
    "h12-en-05 (wire story on Huayang Pharma's annual results) has only the dateline "
    "'HONG KONG, March 19' and 'Updated 2 hours ago': no full date, so no `published`, "
    "even though '2023' (the fiscal year) and '2024' (the forecast) appear. It is about a "
    "Hangzhou-based company (330100); Hong Kong is where it is listed. The currency "
    "footnote '($1 = … yuan)' is part of the story (body); 'Reporting by …; Editing by …' "
    "and the trust-principles line are chrome.")
text_page("h12-en-05-huayang-pharma-results", "UTF-8",
          L("earnings", [], ["330100"], source="Reuters"), """
C URL: https://www.reuters.com/business/healthcare-pharmaceuticals/chinas-huayang-pharma-profit-rises-cancer-drug-sales-offset-price-cuts/
C Skip to main content
C Sign up for our daily Healthcare & Pharma briefing
C World | Business | Markets | Sustainability | Legal | Breakingviews | Technology
C Healthcare & Pharmaceuticals
T China's Huayang Pharma profit rises 18% as cancer drug sales offset price cuts
C By Farah Lin and Kevin Zhou
C 3 minute read
C Updated 2 hours ago
B HONG KONG, March 19 (Reuters) - China's Huayang Pharmaceutical Group (1877.HK) reported an 18% rise in annual net profit on Tuesday, as strong sales of its new cancer drugs offset price cuts forced by Beijing's volume-based procurement programme.
B Net profit for 2023 rose to 4.12 billion yuan ($572 million) from 3.49 billion yuan a year earlier, the Hangzhou-based company said in a filing to the Hong Kong stock exchange.
B Revenue rose 9% to 31.6 billion yuan, slightly below the average estimate of 32.1 billion yuan from 11 analysts polled by LSEG.
B Sales of innovative drugs, mainly oncology treatments, jumped 41% and accounted for 38% of total revenue, up from 29% in 2022.
B Revenue from generic drugs fell 7% after three of the company's products were included in the latest round of national bulk-buying, under which manufacturers bid for large hospital contracts at steep discounts.
B The company proposed a final dividend of 0.28 yuan per share.
B Chairman Li Wen told an earnings call that Huayang would keep spending about 15% of revenue on research and expected two new drugs to be approved in 2024.
B "We will not cut R&D to protect margins," he said.
B The company did not give a profit forecast.
B Huayang shares closed up 3.2% ahead of the results, outperforming the Hang Seng Index, which rose 0.1%.
B ($1 = 7.1980 yuan)
C Reporting by Farah Lin in Hong Kong and Kevin Zhou in Shanghai; Editing by Mark Potter
C Our Standards: The Thomson Reuters Trust Principles.
C Purchase Licensing Rights
C Read Next
C China's healthcare regulator widens anti-corruption drive to hospital procurement
C Indian drugmakers seek faster approvals as US shortages persist
C Market data delayed by at least 15 minutes; see our terms of use for the full list of exchanges and delays.
C © Reuters. All rights reserved.
""")

# --- en-06: newspaper article with Key points, Explainer, bio, Most viewed (HTML, UTF-8) ---
DECISIONS.append(
    "h12-en-06 (newspaper article): the standfirst under the headline and the items of the "
    "'Key points' box are body (the article's own summary); the box label 'Key points', the "
    "'Explainer' link to another article, the author bio, the correction note (which names "
    "6 February 2025, not the publication date 5 Feb 2025) and the 'Most viewed' rail are "
    "chrome. <title> carries section and site; the <h1> is the title.")
html_page("h12-en-06-nhs-league-tables", "UTF-8",
          L("policy", ["medical-reform"], ["GB"], "2025-02-05"), r"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Top-performing hospitals to win new freedoms as NHS league tables are published | Health policy | The Chronicle</title>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta name="description" content="Best-rated trusts will be able to keep surpluses and borrow for buildings, while the worst face new management">
<meta property="og:title" content="Top-performing hospitals to win new freedoms as NHS league tables are published">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-02-05T18:30:12.000Z">
<meta property="article:modified_time" content="2025-02-06T09:02:40.000Z">
<meta property="article:section" content="Society">
<meta name="author" content="Helen Marsh">
<link rel="canonical" href="https://www.chronicle.example/society/2025/feb/05/nhs-hospital-league-tables-freedoms">
<style>.dcr-1x2ab{font-family:Georgia,serif}.dcr-k3p{display:flex}</style>
<script>window.chronicle={config:{page:{section:"society",isPaidContent:false}}};</script>
</head>
<body>
<header class="dcr-hdr">
  <a href="#maincontent" class="dcr-skip">⟦C:Skip to main content⟧</a>
  <div class="dcr-support">
    <p>⟦C:Support the Chronicle⟧</p>
    <p>⟦C:Fund independent journalism with £5 per month⟧</p>
    <a href="/contribute">⟦C:Support us⟧</a>
  </div>
  <nav aria-label="Chronicle sections">
    <ul class="dcr-pillars">
      <li><a href="/">⟦C:News⟧</a></li>
      <li><a href="/commentisfree">⟦C:Opinion⟧</a></li>
      <li><a href="/sport">⟦C:Sport⟧</a></li>
      <li><a href="/culture">⟦C:Culture⟧</a></li>
      <li><a href="/lifeandstyle">⟦C:Lifestyle⟧</a></li>
    </ul>
    <ul class="dcr-subnav">
      <li><a href="/uk-news">⟦C:UK⟧</a></li>
      <li><a href="/world">⟦C:World⟧</a></li>
      <li><a href="/environment">⟦C:Climate crisis⟧</a></li>
      <li><a href="/society/health">⟦C:Health⟧</a></li>
      <li><a href="/politics">⟦C:Politics⟧</a></li>
    </ul>
  </nav>
</header>
<main id="maincontent">
  <article class="dcr-article">
    <div class="dcr-kicker"><a href="/society/nhs">⟦C:NHS⟧</a></div>
    <h1 class="dcr-headline">⟦T:Top-performing hospitals to win new freedoms as NHS league tables are published⟧</h1>
    <div class="dcr-standfirst"><p>⟦B:Best-rated trusts will be able to keep surpluses and borrow for new buildings, while the worst performers face having their boards replaced⟧</p></div>
    <div class="dcr-meta">
      <address>⟦C:<a rel="author" href="/profile/helenmarsh">Helen Marsh</a> Health policy editor⟧</address>
      <details class="dcr-timestamp"><summary>⟦C:Wed 5 Feb 2025 18.30 GMT⟧</summary></details>
      <div class="dcr-share"><a href="#" aria-label="Share on Facebook"></a><a href="#" aria-label="Share by email"></a><span>⟦C:1,204 comments⟧</span></div>
    </div>
    <figure>
      <img src="https://i.chronicle.example/img/media/nhs-ward.jpg" alt="">
      <figcaption>⟦C:Trusts will be ranked on waiting times, finances and patient safety. Photograph: Mark Tilley/The Chronicle⟧</figcaption>
    </figure>
    <aside class="dcr-keypoints">
      <h2>⟦C:Key points⟧</h2>
      <ul>
        <li>⟦B:All 134 acute hospital trusts in England will be ranked in four tiers every three months.⟧</li>
        <li>⟦B:Top-tier trusts can keep any surplus and borrow for capital projects without central approval.⟧</li>
        <li>⟦B:Trusts in the bottom tier for two quarters running can have their chief executive and chair replaced.⟧</li>
      </ul>
    </aside>
    <div class="dcr-body">
      <p>⟦B:Hospitals in England that top new NHS league tables will be allowed to keep their surpluses and spend them on new buildings and equipment, while the worst performers could have their boards replaced, under plans announced by the health secretary on Wednesday.⟧</p>
      <p>⟦B:Every acute trust will be placed in one of four tiers based on waiting times, finances, patient safety and staff survey results, with the first tables published this summer.⟧</p>
      <p>⟦B:Ministers say the rankings will reward good management and give patients a clear picture of how their local hospital is doing. Trusts in the top tier will also be able to apply to run integrated health organisations covering community and mental health services in their area.⟧</p>
      <aside class="dcr-explainer">
        <span class="dcr-explainer__label">⟦C:Explainer⟧</span>
        <a href="/society/2025/jan/28/what-is-foundation-trust-status">⟦C:What is foundation trust status and why did it fade away?⟧</a>
      </aside>
      <p>⟦B:“Patients deserve to know how well their hospital is run, and the best leaders deserve the freedom to get on with it,” the health secretary said.⟧</p>
      <p>⟦B:“Failure will no longer be tolerated.”⟧</p>
      <p>⟦B:Hospital leaders gave the plans a cautious welcome. Sarah Whitlock, chief executive of the Hospital Leaders Network, said the tiers must take account of deprivation so that trusts serving poorer areas were not “named and shamed for things outside their control”.⟧</p>
      <p>⟦B:Analysis by the King’s Health Policy Unit suggests that more than a third of the trusts likely to land in the bottom tier serve the most deprived fifth of the population.⟧</p>
      <p>⟦B:Westmoor University Hospitals, which has the longest waiting list in the north-east, would be among them.⟧</p>
      <p>⟦B:The trust declined to comment.⟧</p>
      <p class="dcr-correction"><em>⟦C:This article was amended on 6 February 2025. An earlier version said the tables would cover 143 acute trusts; the correct figure is 134.⟧</em></p>
    </div>
    <div class="dcr-bio">
      <p>⟦C:Helen Marsh is the Chronicle’s health policy editor. She previously covered social care and public health for regional newspapers in Yorkshire.⟧</p>
    </div>
    <section class="dcr-newsletter">
      <h3>⟦C:Sign up to Morning Briefing⟧</h3>
      <p>⟦C:Our free morning email takes you through the day’s most important stories in five minutes, with the context you need to understand them.⟧</p>
      <p>⟦C:Newsletters may contain information about charities, online ads and content funded by outside parties; see our privacy policy for how we use your data.⟧</p>
      <button type="submit">⟦C:Sign up⟧</button>
    </section>
    <section class="dcr-comments">
      <h2>⟦C:Comments (1,204)⟧</h2>
      <p>⟦C:We moderate comments on this article before they appear, so that the discussion stays on the subjects it raises; there may be a short delay before yours is published.⟧</p>
      <a href="#comments">⟦C:View all comments⟧</a>
    </section>
  </article>
  <aside class="dcr-mostviewed" aria-label="Most viewed">
    <h2>⟦C:Most viewed⟧</h2>
    <ol>
      <li><a href="#">⟦C:Storm warnings issued as heavy rain and gales sweep across the UK⟧</a></li>
      <li><a href="#">⟦C:GP surgeries told to offer online appointment requests all day from October⟧</a></li>
      <li><a href="#">⟦C:The best winter soups, chosen by our readers⟧</a></li>
      <li><a href="#">⟦C:Junior doctors vote to accept pay offer, ending two-year dispute⟧</a></li>
      <li><a href="#">⟦C:Interest rates: what a cut would mean for your mortgage⟧</a></li>
    </ol>
  </aside>
</main>
<footer class="dcr-footer">
  <ul>
    <li><a href="/help">⟦C:Help⟧</a></li>
    <li><a href="/privacy">⟦C:Privacy policy⟧</a></li>
    <li><a href="/cookies">⟦C:Cookie policy⟧</a></li>
    <li><a href="/terms">⟦C:Terms &amp; conditions⟧</a></li>
    <li><a href="/contact">⟦C:Contact us⟧</a></li>
  </ul>
  <p>⟦C:© 2025 Chronicle Media Ltd. All rights reserved.⟧</p>
</footer>
<script src="https://assets.chronicle.example/dcr/bundle.js" defer></script>
</body>
</html>
""")

# --- en-07: local newspaper live updates on measles clinics, no full date (text, UTF-8) ----
DECISIONS.append(
    "h12-en-07 (local paper's live updates) has times and weekdays only ('Updated 4:15 p.m. "
    "Tuesday', 'March 8'): no `published`. Each timestamped update is a body paragraph, "
    "its time prefix included; free vaccination clinics run by the county health "
    "department are public-health policy (US).")
text_page("h12-en-07-measles-clinics-live", "UTF-8",
          L("policy", ["public-health"], ["US"]), """
C The Riverton Herald
C Subscribe for 99¢ | Sign in
C News | Local | Health | Sports | Obituaries | Opinion | e-Edition
C LIVE
T Live updates: Pell County opens free MMR vaccine clinics as measles cases rise to 14
C By Tanya Okafor and Rick Delgado | Riverton Herald
C Updated 4:15 p.m. Tuesday
C This story will be updated throughout the day. Our newsroom makes coverage of public-health emergencies free to read; if you value this reporting, please consider a subscription so that we can keep doing it.
B 4:15 p.m.: The health department has added a Saturday clinic at Riverton Middle School, open 9 a.m. to 1 p.m. No appointment is needed.
B 2:50 p.m.: Health Commissioner Dr. Alan Weiss said two of the new cases are children under 5 who had not received any doses of the vaccine.
B "Vaccination is the single best protection we have," Weiss said.
B 1:05 p.m.: Pell County Public Health confirmed three more measles cases, bringing the outbreak total to 14. All are linked to a church gathering and a day care center in east Riverton.
B 11:30 a.m.: The school district said students without proof of measles immunity who were exposed must stay home for 21 days under state rules.
B 9:00 a.m.: What we know so far. The first case was confirmed March 8 in an unvaccinated adult who had traveled abroad. The county is offering the measles, mumps and rubella (MMR) vaccine free of charge to anyone 12 months and older, regardless of insurance.
B Free clinics this week:
B Riverton Middle School, 400 N. Elm St.: Saturday, 9 a.m.-1 p.m.
B Pell County Public Health, 22 Court St.: weekdays, 8 a.m.-4 p.m.
B Anyone unsure of their vaccination status can call the health department at 555-0142.
C Get breaking news alerts on your phone. Download the Riverton Herald app.
C Editor's Picks
C Riverton council approves budget with property tax freeze
C High school football: Tigers clinch first playoff berth since 2011
C Road closures planned for Elm Street bridge repairs
C Conversation (38)
C Commenting is limited to subscribers. Please keep it civil.
C © Riverton Herald, part of Lakeshore Media Group. All rights reserved.
C Terms of Service | Privacy Policy | Your Privacy Choices
""")

# --- en-08: AMP page, sponsored supplement article in Singapore (HTML, UTF-8) -------------
DECISIONS.append(
    "h12-en-08 (AMP page) is sponsored content for a supplement that leans on Healthier SG "
    "and the Health Sciences Authority for credibility: `marketing` (SG). Its date is both in "
    "article:published_time (2024-03-03T08:00:00+08:00) and visible ('Mar. 3, 2024'); "
    "'until March 31' is an offer deadline. The HSA disclaimer is chrome.")
html_page("h12-en-08-amp-supplement-sponsored", "UTF-8",
          L("marketing", [], ["SG"], "2024-03-03"), r"""
<!doctype html>
<html ⚡ lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<title>Sponsored: Home-grown supplement maker wants to help seniors stay active | Lion City Post</title>
<link rel="canonical" href="https://www.lioncitypost.example/lifestyle/sponsored/vitalion-jointactive-seniors">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:title" content="With Healthier SG putting prevention first, a home-grown supplement maker wants to help seniors stay active">
<meta property="article:published_time" content="2024-03-03T08:00:00+08:00">
<meta property="article:section" content="Lifestyle">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"With Healthier SG putting prevention first, a home-grown supplement maker wants to help seniors stay active","datePublished":"2024-03-03T08:00:00+08:00","author":{"@type":"Organization","name":"Lion City Post Brand Studio"}}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>
<style amp-custom>.hdr{display:flex}.sponsor{color:#8a6d00}.byline{font-size:13px}</style>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="left">
  <ul class="menu">
    <li><a href="/singapore">⟦C:Singapore⟧</a></li>
    <li><a href="/asia">⟦C:Asia⟧</a></li>
    <li><a href="/business">⟦C:Business⟧</a></li>
    <li><a href="/lifestyle">⟦C:Lifestyle⟧</a></li>
    <li><a href="/opinion">⟦C:Opinion⟧</a></li>
  </ul>
</amp-sidebar>
<header class="hdr">
  <button on="tap:menu.toggle" class="burger" aria-label="Menu">⟦C:Menu⟧</button>
  <a href="/" class="logo"><amp-img src="/img/lcp-logo.png" width="160" height="32" alt="Lion City Post"></amp-img></a>
  <a href="/subscribe" class="sub">⟦C:Subscribe⟧</a>
</header>
<article>
  <div class="sponsor">⟦C:Sponsored⟧</div>
  <div class="sponsor">⟦C:Brought to you by VitaLion⟧</div>
  <h1>⟦T:With Healthier SG putting prevention first, a home-grown supplement maker wants to help seniors stay active⟧</h1>
  <p class="byline">⟦C:Lion City Post Brand Studio⟧</p>
  <p class="byline">⟦C:Published Mar. 3, 2024, 8:00 am⟧</p>
  <amp-social-share type="whatsapp" width="32" height="32"></amp-social-share>
  <amp-social-share type="facebook" width="32" height="32" data-param-app_id="000000"></amp-social-share>
  <amp-social-share type="email" width="32" height="32"></amp-social-share>
  <amp-img src="/img/2024/03/vitalion-seniors.jpg" width="800" height="450" layout="responsive" alt="Seniors exercising at a park"></amp-img>
  <p class="caption">⟦C:Regular exercise and a balanced diet matter most for healthy joints. PHOTO: VITALION⟧</p>
  <p>⟦B:When the Ministry of Health rolled out Healthier SG, it marked a shift from treating illness to preventing it, with residents encouraged to enrol with a family doctor and draw up a personal health plan.⟧</p>
  <p>⟦B:For Singapore company VitaLion, that shift is also an opportunity.⟧</p>
  <p>⟦B:Its new JointActive Plus capsules combine glucosamine, collagen peptides and vitamin D3, and are made at the company’s GMP-certified facility in Tuas.⟧</p>
  <p>⟦B:“Many of our customers are in their 60s and want to keep walking, hiking and playing with their grandchildren,” said VitaLion founder Melissa Tan.⟧</p>
  <p>⟦B:“Prevention starts at home.”⟧</p>
  <p>⟦B:A month’s supply costs $49.90, and until March 31, customers who buy two boxes get a third free.⟧</p>
  <p>⟦B:JointActive Plus is available at CarePoint pharmacies islandwide and on VitaLion’s online store.⟧</p>
  <p class="disclaimer">⟦C:This article is sponsored by VitaLion. Health supplements are not evaluated by the Health Sciences Authority for safety or efficacy; consult your doctor before taking any supplement, especially if you are on long-term medication.⟧</p>
</article>
<section class="more">
  <h2>⟦C:Read more⟧</h2>
  <ul>
    <li><a href="#">⟦C:Five simple stretches to do at your desk⟧</a></li>
    <li><a href="#">⟦C:Hawker favourites, made healthier: chefs share their tips⟧</a></li>
  </ul>
</section>
<footer>
  <p>⟦C:Get the Lion City Post app⟧</p>
  <p><a href="/terms">⟦C:Terms &amp; Conditions⟧</a> <a href="/privacy">⟦C:Privacy Policy⟧</a> <a href="/advertise">⟦C:Advertise with us⟧</a></p>
  <p>⟦C:Copyright © 2024 Lion City Media Pte Ltd. Co. Regn. No. 200000000Z. All rights reserved.⟧</p>
</footer>
<amp-analytics type="gtag" data-credentials="include">
<script type="application/json">{"vars":{"gtag_id":"G-XXXXXXXX","config":{"G-XXXXXXXX":{"groups":"default"}}}}</script>
</amp-analytics>
</body>
</html>
""")

# --- en-09: machine-translated municipal page, "Health Suzhou" (text, UTF-8) --------------
DECISIONS.append(
    "h12-en-09 (machine-translated Suzhou page) keeps its wording ('Municipal Health and "
    "Health Committee', 'the masses', 'grasp the implementation'). Gusu District, Suzhou "
    "Industrial Park and the Jiangsu links place it in 苏州 (320500), not 宿州. The title "
    "appears twice: as the page <title> line with the site suffix (chrome) and as the "
    "headline (title).")
text_page("h12-en-09-health-suzhou-mt", "UTF-8",
          L("policy", ["healthy-city"], ["320500"], "2024-05-10"), """
C Our city comprehensively promotes the construction of "Health Suzhou" and strives to create a national healthy city model_Suzhou Municipal People's Government
C Suzhou Municipal People's Government
C Simplified Chinese | Traditional Chinese | English | Japanese | Korean
C Home >> Government Affairs >> Departmental dynamics
T Our city comprehensively promotes the construction of "Health Suzhou" and strives to create a national healthy city model
C Release time: 2024-05-10 09:30 Source: Municipal Health and Health Committee Views: 1527
C Font size: Large Medium Small | Print | Close
B On May 9, the city held a promotion meeting on the construction of "Health Suzhou" and the national healthy city, which deployed the key tasks of healthy city construction in 2024.
B The meeting pointed out that it is necessary to adhere to the people as the center, put the health of the masses in a more prominent position, and grasp the implementation of various tasks of the healthy Suzhou action.
B The meeting requested:
B 1. Deepen the patriotic health campaign and carry out the "clean homes" action in all towns (streets), so that the urban and rural living environment continues to improve.
B 2. Promote the construction of health cells, and build 200 health villages (communities), 100 health enterprises and 50 health schools within the year.
B 3. Strengthen the prevention and control of chronic diseases, and the standardized management rate of hypertension and diabetes patients should reach more than 70%.
B 4. Carry out the national fitness activities, and build 120 kilometers of fitness trails in Gusu District, Suzhou Industrial Park and other places.
B The relevant person in charge of the Municipal Health and Health Committee said that by 2025, the city strives to be named a national healthy city construction model city, and the average life expectancy of residents will reach more than 84 years.
B Citizens can follow the "Health Suzhou" WeChat official account to learn more about healthy city activities and sign up for free health lectures.
C Editor: Wang Li
C Previous: Our city launched the 36th Patriotic Health Month activities
C Next: Notice on the publication of the list of 2023 provincial health villages (communities)
C Related links: Jiangsu Provincial People's Government | Suzhou Municipal Health Commission
C Sponsored by: General Office of Suzhou Municipal People's Government Undertaken by: Suzhou Big Data Administration
C Website identification code: 3205000001 Su ICP No. 05000123 Su Gong Net An Bei 32050802010123
C [Machine translation, for reference only. The Chinese version shall prevail.]
C --- end of page ---
""")

# --- en-10: machine-translated hospital bid result, Taizhou (Zhejiang) (text, UTF-8) -------
DECISIONS.append(
    "h12-en-10 (machine-translated bid result of a Taizhou hospital) is placed in 台州, "
    "Zhejiang (331000) by Jiaojiang District, 'Zhejiang Province' and the 0576 area code; "
    "the release line (2022/9/1) dates it; the announcement period (September 1 to 2, "
    "2022) and the scraper marker (2022-09-03) do not.")
text_page("h12-en-10-taizhou-ultrasound-bid-mt", "UTF-8",
          L("tender", [], ["331000"], "2022-09-01"), """
C Welcome to the official website of Taizhou Municipal Hospital
C Hospital Profile | Medical Guide | Departments | News Center | Tender Announcement | Party Building | Contact Us
C Location: Home > Hospital Affairs > Tender Announcement
T Taizhou Municipal Hospital color Doppler ultrasound diagnostic instrument procurement project winning bid result announcement
C Publish time:2022/9/1 16:20:11 Click rate:215
B 1. Project number: TZSL-2022-CG-047
B 2. Project name: Color Doppler ultrasound diagnostic instrument procurement project
B 3. Winning bid information:
B Winning supplier: Zhejiang Hengkang Medical Equipment Co., Ltd.
B Supplier address: No. 188, Shifu Avenue, Jiaojiang District, Taizhou City, Zhejiang Province
B Winning bid amount: RMB 1,865,000.00 yuan
B 4. Main target information:
B Name Brand Model Quantity Unit price
B Color Doppler ultrasound diagnostic instrument Hengsheng HS-E9 1 set 1,865,000.00
B 5. Review expert list: Wang Jianping, Li Hua, Chen Ming, Zhou Li, Xu Dong
B 6. Announcement period: from September 1, 2022 to September 2, 2022 (1 working day).
B 7. Other matters: If suppliers are dissatisfied with the winning result, they may submit a written query to the purchaser or the procurement agency within 7 working days from the expiration of the announcement period.
B 8. Contact information: Purchaser: Taizhou Municipal Hospital. Address: Jiaojiang District, Taizhou City. Contact person: Mr. Ye. Tel: 0576-88850000.
B Procurement agency: Taizhou Zhongzheng Project Management Co., Ltd. Contact person: Ms. Lin. Tel: 0576-88230000.
C Attachment: Bid winning notice.pdf
C Medical service hotline: 0576-88858120
C Scan the QR code to follow the official WeChat account of the hospital
C Copyright © Taizhou Municipal Hospital All Rights Reserved Zhe ICP No. 12012345-1
C [Scraped 2022-09-03 via text extractor] --- end of page ---
""")

if __name__ == "__main__":
    sys.exit(main())
