#!/usr/bin/env python3
"""Generate the blind held-out evaluation set tests/holdout4/.

Every page below was invented for this set (nothing is copied from the web) and was
written without looking at the cleaner/classifier sources, their configuration or the
other corpora, so that the set measures how healthfeed generalises to unseen sites.

Pages are written in a small source notation so that the gold labels cannot drift from
the page bytes:

* text pages: one source line per page line, `t|` title, `b|` body paragraph,
  `c|` chrome, an empty source line is an empty page line;
* HTML pages: the full markup, with every visible block wrapped in a marker
  `⟦t:…⟧`, `⟦b:…⟧` or `⟦c:…⟧` (the markers are removed, their visible text becomes the
  gold entry).

After writing, the script re-reads every file and fails loudly (exit 1) if a page does
not decode to the intended text in its declared encoding, a gold string is missing from
the page, a visible line or text node is not covered by title/body/chrome, a gold file
does not parse or has unknown keys, or the labels break the format's rules.

Regenerate with: python3 scripts/make_holdout4.py
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET = "holdout4"
OUT = ROOT / "tests" / SET

PY_ENCODING = {
    "UTF-8": "utf-8",
    "UTF-8-BOM": "utf-8-sig",
    "GBK": "gbk",
    "GB18030": "gb18030",
    "Big5": "big5",
    "windows-1252": "cp1252",
    "UTF-16LE": "utf-16-le",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"}
HARD_NEGATIVES = KINDS - {"policy", "other"}
TAGS = [
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease",
]
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}

PAGES: list[dict] = []
ERRORS: list[str] = []


def fail(name: str, msg: str) -> None:
    ERRORS.append(f"{name}: {msg}")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def nonws(s: str) -> int:
    return len(re.sub(r"\s+", "", s))


def page(name, fmt, encoding, src, *, kind, tags=(), published=None, regions=(),
         source=None, crlf=False, trad=False):
    """Register one page; `fmt` is "txt" or "html"."""
    PAGES.append(dict(
        name=name, fmt=fmt, encoding=encoding, src=src, kind=kind, tags=list(tags),
        published=published, regions=list(regions), source=source, crlf=crlf, trad=trad,
    ))


# ---------------------------------------------------------------- visible text of HTML

SKIP_TAGS = {"script", "style", "title", "template"}
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "label", "legend", "li",
    "main", "nav", "ol", "option", "p", "section", "select", "table", "tbody", "td",
    "tfoot", "th", "thead", "tr", "ul",
}


class Visible(HTMLParser):
    """Visible text split at block boundaries, as a reader (or a simple scraper) sees it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[list[str]] = [[]]
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP_TAGS:
            self.skip += 1
        if tag in BLOCK_TAGS:
            self.parts.append([])

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append([])

    def handle_endtag(self, tag):
        if tag in SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK_TAGS:
            self.parts.append([])

    def handle_data(self, data):
        if not self.skip:
            self.parts[-1].append(data)

    def lines(self) -> list[str]:
        out = [norm("".join(p)) for p in self.parts]
        return [line for line in out if line]


def visible_lines(markup: str) -> list[str]:
    v = Visible()
    v.feed(markup)
    v.close()
    return v.lines()


MARKER = re.compile(r"⟦([tbc]):(.*?)⟧", re.S)


def expand_html(name: str, src: str):
    title, body, chrome = None, [], []

    def repl(m: re.Match) -> str:
        nonlocal title
        label, content = m.group(1), m.group(2)
        lines = visible_lines(content)
        if len(lines) != 1:
            fail(name, f"marker must hold exactly one visible line, got {lines!r}")
            return content
        text = lines[0]
        if label == "t":
            if title is not None and title != text:
                fail(name, f"two different titles {title!r} / {text!r}")
            title = text
        elif label == "b":
            body.append(text)
        else:
            chrome.append(text)
        return content

    markup = MARKER.sub(repl, src.lstrip("\n"))
    if "⟦" in markup or "⟧" in markup:
        fail(name, "unbalanced marker")
    return markup, title or "", body, chrome


def expand_text(name: str, src: str):
    title, body, chrome, out = None, [], [], []
    for raw in src.strip("\n").split("\n"):
        if not raw.strip():
            out.append("")
            continue
        if len(raw) < 2 or raw[0] not in "tbc" or raw[1] != "|":
            fail(name, f"bad source line {raw!r}")
            continue
        content = raw[2:]
        out.append(content)
        text = content.strip()
        if raw[0] == "t":
            if title is not None and title != text:
                fail(name, f"two different titles {title!r} / {text!r}")
            title = text
        elif raw[0] == "b":
            body.append(text)
        else:
            chrome.append(text)
    return "\n".join(out) + "\n", title or "", body, chrome


# ---------------------------------------------------------------- dates seen on a page

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTH_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"


def full_dates(text: str) -> set[str]:
    """Every full calendar date written on the page (any format), as YYYY-MM-DD."""
    found: set[str] = set()

    def add(y, m, d):
        try:
            found.add(dt.date(int(y), int(m), int(d)).isoformat())
        except ValueError:
            pass

    for m in re.finditer(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)", text):
        add(*m.groups())
    for m in re.finditer(r"(?<!\d)(\d{2,3})\s*[年-]\s*(\d{1,2})\s*[月-]\s*(\d{1,2})(?!\d)", text):
        y, mo, d = m.groups()
        if int(y) < 200:  # Minguo (ROC) years as used in Taiwan
            add(int(y) + 1911, mo, d)
    for m in re.finditer(r"(?<!\d)(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)", text):
        a, b, y = m.groups()
        add(y, b, a)
        add(y, a, b)
    for m in re.finditer(r"(?<!\d)(\d{1,2})\s+" + MONTH_RE + r"\.?,?\s+(\d{4})", text, re.I):
        add(m.group(3), MONTHS[m.group(2)[:3].lower()], m.group(1))
    for m in re.finditer(MONTH_RE + r"\.?\s+(\d{1,2}),?\s+(\d{4})", text, re.I):
        add(m.group(3), MONTHS[m.group(1)[:3].lower()], m.group(2))
    return found


# ---------------------------------------------------------------- TOML writer

def tstr(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
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


def tarr(xs: list[str], multiline: bool) -> str:
    if not xs:
        return "[]"
    if not multiline:
        return "[" + ", ".join(tstr(x) for x in xs) + "]"
    return "[\n" + "".join(f"  {tstr(x)},\n" for x in xs) + "]"


def gold_toml(g: dict) -> str:
    lab = g["labels"]
    lines = [
        f"lang = {tstr(g['lang'])}",
        f"encoding = {tstr(g['encoding'])}",
        f"title = {tstr(g['title'])}",
        f"body = {tarr(g['body'], True)}",
        f"chrome = {tarr(g['chrome'], True)}",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['health_policy'] else 'false'}",
        f"kind = {tstr(lab['kind'])}",
        f"tags = {tarr(lab['tags'], False)}",
    ]
    if "published" in lab:
        lines.append(f"published = {tstr(lab['published'])}")
    lines.append(f"regions = {tarr(lab['regions'], False)}")
    if "source" in lab:
        lines.append(f"source = {tstr(lab['source'])}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- build + check

def build(p: dict) -> dict:
    name = p["name"]
    if p["fmt"] == "html":
        text, title, body, chrome = expand_html(name, p["src"])
    else:
        text, title, body, chrome = expand_text(name, p["src"])
    if p["crlf"]:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    seen, chrome_u = set(), []
    for c in chrome:  # a menu item repeated in header and footer is one gold line
        if c not in seen:
            seen.add(c)
            chrome_u.append(c)
    labels = {
        "health_policy": p["kind"] == "policy",
        "kind": p["kind"],
        "tags": p["tags"],
    }
    if p["published"]:
        labels["published"] = p["published"]
    labels["regions"] = p["regions"]
    if p["source"]:
        labels["source"] = p["source"]
    gold = {
        "lang": name.split("-")[1],
        "encoding": p["encoding"],
        "title": title,
        "body": body,
        "chrome": chrome_u,
        "labels": labels,
    }
    return {"name": name, "fmt": p["fmt"], "text": text, "gold": gold, "page": p}


def check_labels(name: str, g: dict) -> None:
    if set(g) - TOP_KEYS or TOP_KEYS - set(g):
        fail(name, f"top-level keys {sorted(g)}")
    lab = g.get("labels", {})
    if set(lab) - LABEL_KEYS:
        fail(name, f"unknown label keys {sorted(set(lab) - LABEL_KEYS)}")
    missing = {"health_policy", "kind", "tags", "regions"} - set(lab)
    missing |= {"lang", "encoding", "title", "body", "chrome"} - set(g)
    if missing:
        fail(name, f"missing keys {sorted(missing)}")
        return
    if g["lang"] not in ("zh", "en"):
        fail(name, f"lang {g['lang']!r}")
    if g["encoding"] not in PY_ENCODING:
        fail(name, f"encoding {g['encoding']!r}")
    if lab["kind"] not in KINDS:
        fail(name, f"kind {lab['kind']!r}")
    if lab["health_policy"] != (lab["kind"] == "policy"):
        fail(name, "health_policy must be true iff kind = policy")
    bad = [t for t in lab["tags"] if t not in TAGS]
    if bad:
        fail(name, f"unknown tags {bad}")
    if lab["kind"] == "policy" and not 1 <= len(lab["tags"]) <= 4:
        fail(name, "a policy page needs 1-4 tags")
    if lab["kind"] != "policy" and lab["tags"]:
        fail(name, "tags only on policy pages")
    if "published" in lab:
        try:
            dt.date.fromisoformat(lab["published"])
        except ValueError:
            fail(name, f"published {lab['published']!r} is not a date")
    for r in lab["regions"]:
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)):
            fail(name, f"region {r!r} is neither a GB/T 2260 code nor ISO alpha-2")


def check_page(b: dict, raw: bytes, gold_text: str) -> None:
    name, g, text = b["name"], b["gold"], b["text"]
    enc = g["encoding"]
    # 1. the bytes decode, in the declared encoding, to exactly the intended text
    try:
        decoded = raw.decode(PY_ENCODING[enc], errors="strict")
    except UnicodeDecodeError as e:
        fail(name, f"does not decode as {enc}: {e}")
        return
    if decoded != text:
        fail(name, f"decoding as {enc} does not give the intended text")
    if enc == "UTF-8-BOM" and not raw.startswith(b"\xef\xbb\xbf"):
        fail(name, "UTF-8-BOM page without a BOM")
    if enc == "UTF-8" and raw.startswith(b"\xef\xbb\xbf"):
        fail(name, "UTF-8 page with a BOM")
    if enc in ("GBK", "GB18030", "Big5"):
        try:
            raw.decode("utf-8")
            fail(name, f"{enc} page is also valid UTF-8: the encoding is not exercised")
        except UnicodeDecodeError:
            pass
    if b["page"]["crlf"] and b"\r\n" not in raw:
        fail(name, "CRLF page without CRLF")
    if not b["page"]["crlf"] and b"\r" in raw:
        fail(name, "stray CR")
    # 2. the gold file parses, round-trips and has only known keys
    try:
        parsed = tomllib.loads(gold_text)
    except tomllib.TOMLDecodeError as e:
        fail(name, f"gold does not parse: {e}")
        return
    if parsed != g:
        fail(name, "gold does not round-trip through TOML")
    check_labels(name, parsed)
    title, body, chrome = g["title"], g["body"], g["chrome"]
    # 3. every gold string is on the page; every visible line is labelled
    if b["fmt"] == "txt":
        lines = [line.strip() for line in decoded.replace("\r\n", "\n").split("\n")]
        nonempty = [line for line in lines if line]
        known = set(body) | set(chrome) | ({title} if title else set())
        for line in nonempty:
            if line not in known:
                fail(name, f"unlabelled line {line!r}")
        for s in ([title] if title else []) + body + chrome:
            if s not in nonempty:
                fail(name, f"gold string not a line of the page: {s!r}")
        if "<" in decoded and re.search(r"<(div|p|span|a|br)\b", decoded):
            fail(name, "text page contains markup")
    else:
        if "charset" not in decoded.lower():
            fail(name, "HTML page without a declared charset")
        lines = visible_lines(decoded)
        gold_all = sorted(set(([title] if title else []) + body + chrome), key=len, reverse=True)
        for s in gold_all:
            if not any(s in line for line in lines):
                fail(name, f"gold string not in the visible text: {s!r}")
        for line in lines:
            covered = [False] * len(line)
            for s in gold_all:
                start = line.find(s)
                while start != -1:
                    for i in range(start, start + len(s)):
                        covered[i] = True
                    start = line.find(s, start + 1)
            rest = "".join(ch for ch, c in zip(line, covered) if not c)
            if any(ch.isalnum() for ch in rest):
                fail(name, f"visible text not covered by gold: {rest.strip()!r} in line {line!r}")
    # 4. the rules `healthfeed eval` enforces, plus the ones of this format
    nb = [norm(x) for x in body]
    for c in chrome:
        cn = norm(c)
        for bp in nb:
            if cn == bp or (nonws(cn) >= 10 and cn in bp):
                fail(name, f"chrome line {c!r} is (in) a body paragraph")
    if title and norm(title) in nb:
        fail(name, "title repeated in body")
    if title and norm(title) in [norm(c) for c in chrome]:
        fail(name, "title listed in chrome")
    if len(set(nb)) != len(nb):
        fail(name, "duplicate body paragraph")
    if not body:
        fail(name, "no body")
    # 5. the date label agrees with the dates printed on the page (markup included)
    dates = full_dates(decoded)
    pub = g["labels"].get("published")
    if pub and pub not in dates:
        fail(name, f"published {pub} is not written anywhere on the page ({sorted(dates)})")
    if not pub and dates:
        fail(name, f"no published label but the page shows full dates {sorted(dates)}")


def check_set(built: list[dict]) -> dict:
    names = [b["name"] for b in built]
    if len(set(names)) != len(names):
        ERRORS.append("set: duplicate page names")
    for n in names:
        if not re.fullmatch(r"h4-(zh|en)-\d\d-[a-z0-9]+(-[a-z0-9]+)*", n):
            ERRORS.append(f"set: bad page name {n}")
    g = [b["gold"] for b in built]
    stats = {
        "total": len(built),
        "zh": sum(x["lang"] == "zh" for x in g),
        "en": sum(x["lang"] == "en" for x in g),
        "trad": sum(b["page"]["trad"] for b in built),
        "html": sum(b["fmt"] == "html" for b in built),
        "txt": sum(b["fmt"] == "txt" for b in built),
        "crlf": sum(b["page"]["crlf"] for b in built),
        "policy": sum(x["labels"]["kind"] == "policy" for x in g),
        "negative": sum(x["labels"]["kind"] in HARD_NEGATIVES for x in g),
        "other": sum(x["labels"]["kind"] == "other" for x in g),
        "nodate": sum("published" not in x["labels"] for x in g),
    }
    stats["encodings"] = {}
    for x in g:
        stats["encodings"][x["encoding"]] = stats["encodings"].get(x["encoding"], 0) + 1
    stats["kinds"] = {}
    for x in g:
        k = x["labels"]["kind"]
        stats["kinds"][k] = stats["kinds"].get(k, 0) + 1
    tags = {t for x in g for t in x["labels"]["tags"]}
    want = [
        (stats["total"] == 26, "26 pages"),
        (stats["zh"] == 13 and stats["en"] == 13, "half zh, half en"),
        (stats["trad"] >= 2, "2 traditional-script pages"),
        (stats["html"] * 3 >= stats["total"], "at least a third HTML"),
        (all(e in stats["encodings"] for e in ("GBK", "UTF-8-BOM")), "GBK and UTF-8-BOM pages"),
        ("GB18030" in stats["encodings"] or "Big5" in stats["encodings"], "GB18030 or Big5 page"),
        (stats["crlf"] >= 1, "a CRLF page"),
        (stats["nodate"] >= 3, "3+ pages without a full date"),
        (1 <= stats["other"] <= 2, "1-2 other pages"),
        (set(TAGS) <= tags, f"all 14 tags (missing {sorted(set(TAGS) - tags)})"),
        (HARD_NEGATIVES <= set(stats["kinds"]), "every hard-negative kind"),
        (0.5 <= stats["policy"] / stats["total"] <= 0.6, "~55% policy"),
    ]
    for ok, what in want:
        if not ok:
            ERRORS.append(f"set: requirement not met: {what}")
    return stats


def readme(stats: dict, built: list[dict]) -> str:
    enc = ", ".join(f"{k} {v}" for k, v in sorted(stats["encodings"].items()))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(stats["kinds"].items()))
    rows = []
    for b in built:
        lab = b["gold"]["labels"]
        rows.append(
            f"| {b['name']} | {b['fmt']} | {b['gold']['encoding']}{' CRLF' if b['page']['crlf'] else ''} "
            f"| {lab['kind']} | {lab.get('published', '—')} | {' '.join(lab['regions']) or '—'} |"
        )
    return f"""# holdout4: a blind held-out evaluation set

{stats['total']} pages written for healthfeed's evaluation, in the gold format of
`tests/corpus/README.md` (`<name>.txt|.html` + `<name>.gold.toml`), to measure how the
cleaner and the classifier generalise to sites, templates and phrasings their authors never
saw. All content is invented (never copied from the web) but imitates real pages: Chinese
government and hospital sites at national, provincial, city and county level, Hong Kong and
Taiwan pages in traditional script, news portals and WeChat-style articles, English editions
with machine-translated Chinese, and international health-policy news and press releases.

Written blind: without looking at src/, config/, scripts/ (other than this set's generator)
or other corpora. Do not tune rules on this set; it is meant to be measured once.

## Counts

- language: zh {stats['zh']} (of which {stats['trad']} in traditional script), en {stats['en']}
- format: HTML {stats['html']}, scraper plain text {stats['txt']}
- encodings: {enc}; {stats['crlf']} pages with CRLF line ends
- kinds: {kinds}
  (health policy {stats['policy']}, hard negatives {stats['negative']}, other {stats['other']})
- pages without a full publication date (gold omits `published`): {stats['nodate']}
- all 14 tags occur on the policy pages

| page | format | encoding | kind | published | regions |
|---|---|---|---|---|---|
{chr(10).join(rows)}

## Checks

The generator checks its own output and exits non-zero when a page does not decode to the
intended text in its declared encoding, a gold title/body/chrome string is not on the page,
a non-empty text line or a visible HTML text node (outside script/style/title/attributes) is
not covered by title/body/chrome, a gold file does not parse (tomllib) or has unknown keys,
a chrome line is (or is inside) a body paragraph, or the `published` label disagrees with
the full dates printed on the page.

Regenerate with `python3 scripts/make_holdout4.py`.
"""


def main() -> int:
    built = [build(p) for p in PAGES]
    OUT.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for b in built:
        ext = "html" if b["fmt"] == "html" else "txt"
        enc = PY_ENCODING[b["gold"]["encoding"]]
        try:
            raw = b["text"].encode(enc)
        except UnicodeEncodeError as e:
            fail(b["name"], f"cannot be encoded as {b['gold']['encoding']}: {e}")
            continue
        gold_text = gold_toml(b["gold"])
        (OUT / f"{b['name']}.{ext}").write_bytes(raw)
        (OUT / f"{b['name']}.gold.toml").write_text(gold_text, encoding="utf-8", newline="\n")
        wanted |= {f"{b['name']}.{ext}", f"{b['name']}.gold.toml"}
    for b in built:  # check what is on disk, not what is in memory
        ext = "html" if b["fmt"] == "html" else "txt"
        pf, gf = OUT / f"{b['name']}.{ext}", OUT / f"{b['name']}.gold.toml"
        if pf.exists() and gf.exists():
            check_page(b, pf.read_bytes(), gf.read_text(encoding="utf-8"))
    stats = check_set(built)
    (OUT / "README.md").write_text(readme(stats, built), encoding="utf-8", newline="\n")
    wanted.add("README.md")
    for f in OUT.iterdir():
        if f.name not in wanted:
            ERRORS.append(f"set: stray file {f.name} (delete it or add a page)")
    if ERRORS:
        print(f"{len(ERRORS)} problem(s):", file=sys.stderr)
        for e in ERRORS:
            print("  " + e, file=sys.stderr)
        return 1
    print(f"wrote {stats['total']} pages to {OUT.relative_to(ROOT)}: {stats}")
    return 0


# ================================================================ the pages

# ---- zh-01: prefecture-level medical-insurance bureau notice, div soup with pinyin classes
page("h4-zh-01-taizhou-dip-payment", "html", "UTF-8", r'''
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>台州市医疗保障局关于全面实施按病种分值付费改革的通知_通知公告_台州市医疗保障局</title>
<meta name="SiteName" content="台州市医疗保障局">
<meta name="SiteDomain" content="ybj.zjtz.gov.cn">
<meta name="SiteIDCode" content="3310000071">
<meta name="ColumnName" content="通知公告">
<meta name="ColumnType" content="通知公告">
<meta name="ArticleTitle" content="台州市医疗保障局关于全面实施按病种分值付费改革的通知">
<meta name="PubDate" content="2023-11-21 10:32">
<meta name="ContentSource" content="台州市医疗保障局">
<meta name="Keywords" content="DIP 支付方式改革 总额预算">
<link href="/module/ybj/css/ybj_main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function(){ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?7a1c"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); })();
</script>
</head>
<body>
<div class="dingbu">
  <div class="w1200 clearfix">
    <div class="db_zuo">⟦c:<span id="riqi"></span>欢迎访问台州市医疗保障局网站⟧</div>
    <div class="db_you">
      <a href="javascript:void(0)" id="wza">⟦c:无障碍⟧</a> |
      <a href="javascript:void(0)" id="zzms">⟦c:长者模式⟧</a> |
      <a href="/jtzw.html">⟦c:繁體⟧</a> |
      <a href="/col/col1229531/index.html">⟦c:设为首页⟧</a>
    </div>
  </div>
</div>
<div class="tou">
  <div class="w1200"><a href="/"><img src="/images/ybj_logo.png" alt="台州市医疗保障局" /></a>
    <div class="ss"><input type="text" id="q" placeholder="请输入关键词" /><button type="button" onclick="sousuo()">⟦c:搜索⟧</button></div>
  </div>
</div>
<div class="dh">
  <ul class="w1200">
    <li><a href="/">⟦c:首页⟧</a></li>
    <li><a href="/col/col1229532/index.html">⟦c:机构概况⟧</a></li>
    <li><a href="/col/col1229533/index.html">⟦c:医保动态⟧</a></li>
    <li class="on"><a href="/col/col1229534/index.html">⟦c:政务公开⟧</a></li>
    <li><a href="/col/col1229535/index.html">⟦c:医保服务⟧</a></li>
    <li><a href="/col/col1229536/index.html">⟦c:互动交流⟧</a></li>
  </ul>
</div>
<div class="w1200 nrym">
  <div class="dqwz">⟦c:您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col1229534/index.html">政务公开</a> &gt; <a href="/col/col1229540/index.html">通知公告</a>⟧</div>
  <div class="wz_box">
    <div class="wz_bt">⟦t:台州市医疗保障局关于全面实施区域点数法总额预算和按病种分值付费改革的通知⟧</div>
    <div class="wz_xx">⟦c:<span>发布日期：2023-11-21 10:32</span> <span>信息来源：市医保局医药服务管理处</span> <span>浏览次数：<script>document.write(Math.floor(Math.random()*10)+2411)</script></span>⟧</div>
    <div class="wz_zh">⟦c:字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>⟧</div>
    <div class="wz_nr" id="zoom">
      <p>⟦b:各县（市、区）医疗保障分局，市级各定点医疗机构：⟧</p>
      <p style="text-indent:2em">⟦b:为深入推进医保支付方式改革，提高医保基金使用效能，根据《浙江省医疗保障局关于推进全省县域医共体基本医疗保险支付方式改革的意见》等文件精神，经市政府同意，决定在全市范围内全面实施住院费用区域点数法总额预算和按病种分值付费（DIP）改革。现将有关事项通知如下：⟧</p>
      <p style="text-indent:2em">⟦b:<strong>一、实施范围</strong>⟧</p>
      <p style="text-indent:2em">⟦b:椒江区、黄岩区、路桥区及临海市、温岭市、玉环市、天台县、仙居县、三门县所有开展住院服务的基本医疗保险定点医疗机构，包括公立医疗机构和社会办医疗机构。⟧</p>
      <p style="text-indent:2em">⟦b:<strong>二、实施时间</strong>⟧</p>
      <p style="text-indent:2em">⟦b:自2024年1月1日起执行，以出院结算日期为准。2023年12月31日前入院、2024年1月1日后出院的参保人员，按新办法结算。⟧</p>
      <p style="text-indent:2em">⟦b:<strong>三、主要内容</strong>⟧</p>
      <p style="text-indent:2em">⟦b:（一）总额预算管理。以设区市为统筹单位，按照“以收定支、收支平衡、略有结余”的原则，合理确定年度住院医保基金支出总额，不再细化到各定点医疗机构。⟧</p>
      <p style="text-indent:2em">⟦b:（二）病种分值付费。以全省统一的病种分组目录为基础，结合本市近三年历史数据确定病种分值，年终根据基金预算总额和各医疗机构总分值确定点值进行清算。⟧</p>
      <p style="text-indent:2em">⟦b:（三）特殊病例处理。对住院天数明显超过平均水平、费用极高的病例，以及开展新技术新项目的病例，医疗机构可申请特病单议，经专家评议后合理调整分值。⟧</p>
      <p style="text-indent:2em">⟦b:<strong>四、工作要求</strong>⟧</p>
      <p style="text-indent:2em">⟦b:各地要加强组织领导，做好政策宣传和培训；各定点医疗机构要规范病案首页填写和医保结算清单上传，严禁分解住院、高套分值、推诿病人等行为。市医保局将把改革落实情况纳入年度考核。⟧</p>
      <p style="text-indent:2em">⟦b:联系人：市医保局医药服务管理处 陈立新，联系电话：0576-88512347。⟧</p>
      <p style="text-align:right">⟦b:台州市医疗保障局⟧</p>
      <p style="text-align:right">⟦b:2023年11月20日⟧</p>
      <p>⟦b:（此件主动公开）⟧</p>
    </div>
    <div class="fj">⟦c:附件：<a href="/module/download/downfile.jsp?classid=0&filename=2311211032.pdf">台州市按病种分值付费实施细则.pdf</a>⟧</div>
    <div class="wz_gn">
      <a href="javascript:window.print()">⟦c:【打印本页】⟧</a>
      <a href="javascript:window.close()">⟦c:【关闭窗口】⟧</a>
      <a href="javascript:AddFavorite()">⟦c:【收藏】⟧</a>
    </div>
    <div class="xgxx">
      <div class="xgxx_bt">⟦c:相关信息⟧</div>
      <ul>
        <li><a href="/art/2023/10/9/art_1229540_58871203.html">⟦c:台州市2024年度城乡居民基本医疗保险筹资标准公布⟧</a></li>
        <li><a href="/art/2023/9/14/art_1229540_58861105.html">⟦c:市医保局召开DIP支付方式改革定点医疗机构培训会⟧</a></li>
        <li><a href="/art/2023/8/2/art_1229540_58850371.html">⟦c:关于公布台州市第二批长期护理保险定点服务机构名单的公告⟧</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="dibu">
  <div class="w1200">
    <div class="db_lj">⟦c:<a href="/col/col1229550/index.html">网站地图</a>⟧ | ⟦c:<a href="/col/col1229551/index.html">联系我们</a>⟧ | ⟦c:<a href="/col/col1229552/index.html">隐私声明</a>⟧</div>
    <p>⟦c:主办单位：台州市医疗保障局 地址：台州市市府大道519号⟧</p>
    <p>⟦c:<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2021012458号-1</a> <img src="/images/ga.png" /> 浙公网安备 33100202000871号 网站标识码：3310000071⟧</p>
    <p>⟦c:技术支持：台州市大数据发展中心 建议使用1920×1080分辨率浏览⟧</p>
    <div class="dzjg"><a href="//bszs.conac.cn/sitename?method=show&id=0A1B2C"><img src="/images/red.png" alt="党政机关" /></a></div>
  </div>
</div>
<script type="text/javascript" src="/module/js/ybj_common.js"></script>
</body>
</html>
''', kind="policy", tags=["medical-insurance", "medical-reform"], published="2023-11-21",
     regions=["331000"])

# ---- zh-02: city government site, department news on elderly meal subsidies (GBK text)
page("h4-zh-02-fuzhou-jx-elderly-canteens", "txt", "GBK", r'''
c|抚州市人民政府
c|无障碍阅读 | 关怀版 | 政务微博 | 政务微信 | 手机版
c|首页 | 走进抚州 | 政务公开 | 政务服务 | 互动交流 | 专题专栏
c|您现在的位置：首页 > 政务公开 > 部门动态 > 市民政局
t|我市出台长者食堂建设运营补助办法
c|——全市老年人“家门口”就餐有了新保障
c|发布时间：2024年5月10日　　信息来源：市民政局　　浏览次数：1386
c|【字号：大 中 小】　【打印】　【关闭】

b|　　近日，抚州市民政局、市财政局联合印发《抚州市长者食堂建设运营补助办法（试行）》（以下简称《办法》），明确对城乡社区长者食堂给予建设补助和运营补贴，着力解决老年人特别是高龄、独居、失能老年人“吃饭难”问题。
b|　　《办法》明确，新建或改建的长者食堂，经县级民政部门验收合格后，按照中心城区每个不超过5万元、其他县（区）每个不超过3万元的标准给予一次性建设补助。
b|　　在运营补贴方面，对年满60周岁的本市户籍老年人在长者食堂就餐给予每餐2元补贴；其中，80周岁以上老年人、特困供养人员、低保家庭老年人每餐补贴提高至4元。补贴资金由市、县两级财政按比例分担，按季度拨付。
b|　　《办法》还提出，到2025年底，临川区、东乡区城市社区长者食堂覆盖率达到60%以上，南城县、崇仁县等各县农村长者食堂（幸福食堂）覆盖率达到40%以上。
b|　　“以前中午一个人不想做饭，经常就是一碗剩饭对付。现在食堂离家五分钟，8块钱两荤一素，还能和老伙计们聊聊天。”家住临川区青云街道的72岁居民李桂英说。
b|　　市民政局有关负责人表示，下一步将指导各地结合实际，鼓励引导社会力量参与长者食堂运营，探索“长者食堂+助医+助洁”服务模式，推动居家社区养老服务提质增效。
b|　　老年人可持身份证到所在社区登记办理就餐卡，也可拨打12345政务服务便民热线咨询。

c|【打印本页】　【关闭窗口】
c|上一篇：市医保局开展医保基金监管集中宣传月活动
c|下一篇：抚州高新区举办2024年“春风行动”专场招聘会
c|相关链接：
c|江西省人民政府
c|江西政务服务网
c|抚州市12345政务服务便民热线
c|主办：抚州市人民政府办公室　　承办：抚州市大数据发展管理局
c|赣ICP备05003456号　　赣公网安备 36100202000210号　　网站标识码：3610000001
c|建议使用1366×768以上分辨率，IE9以上浏览器浏览本站
''', kind="policy", tags=["elderly-care"], published="2024-05-10", regions=["361000"])

# ---- zh-03: Hong Kong government press release, traditional script, Big5, table layout
page("h4-zh-03-hk-flu-vaccination", "html", "Big5", r'''
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="description" content="季節性流感疫苗接種計劃及疫苗資助計劃十月三日展開">
<meta name="keywords" content="新聞公報, 衛生署, 流感疫苗">
<title>新聞公報 - 季節性流感疫苗接種計劃十月三日展開</title>
<link rel="stylesheet" href="/css/press.css" type="text/css">
<script language="JavaScript" src="/js/common.js"></script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td class="banner"><img src="/images/banner_tc.gif" alt="香港特別行政區政府 新聞公報" width="760" height="64"></td>
</tr>
<tr>
<td class="toplinks" align="right">
<a href="/gia/general/202409/25/P2024092500478.htm">⟦c:English⟧</a> |
<a href="/gia/general/202409/25/P2024092500476.htm">⟦c:繁體版⟧</a> |
<a href="http://sc.isd.gov.hk/">⟦c:簡體版⟧</a> |
<a href="/tc/text/index.htm">⟦c:純文字⟧</a>
</td>
</tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="150" valign="top" class="leftmenu">
<a href="/gia/general/today.htm">⟦c:今日新聞⟧</a><br>
<a href="/gia/general/ctoday.htm">⟦c:按日期瀏覽⟧</a><br>
<a href="/gia/general/category.htm">⟦c:按類別瀏覽⟧</a><br>
<a href="/gia/general/search.htm">⟦c:搜尋新聞公報⟧</a><br>
<a href="/rss/index.htm">⟦c:RSS 訂閱⟧</a>
</td>
<td width="610" valign="top">
<span id="PRHeadlineSpan" class="headline">⟦t:季節性流感疫苗接種計劃十月三日展開⟧</span>
<div id="pressrelease">
<p>⟦b:　　衛生署衛生防護中心今日（九月二十五日）宣布，二○二四／二五年度季節性流感疫苗接種計劃及疫苗資助計劃將於十月三日展開，呼籲合資格市民盡早接種，以便在冬季流感高峰期來臨前獲得保護。⟧</p>
<p>⟦b:　　今年，政府防疫注射計劃會繼續為合資格的六個月至未滿十八歲兒童及青少年、五十歲或以上人士、孕婦、長期護理院舍院友、智障人士及領取綜合社會保障援助的人士等提供免費流感疫苗接種。⟧</p>
<p>⟦b:　　在疫苗資助計劃下，合資格人士可到已登記參加計劃的私家醫生診所接種，政府為每劑季節性流感疫苗提供二百六十元資助。⟧</p>
<p>⟦b:　　衛生防護中心總監表示：「流感病毒會不斷變異，即使去年已接種疫苗，今年亦需要再次接種。長者及兒童感染後出現併發症甚至死亡的風險較高，家長應盡早為子女安排接種。」⟧</p>
<p>⟦b:　　學校外展方面，衛生署今年會繼續推行「季節性流感疫苗學校外展（免費）計劃」，預計全港超過九成小學、幼稚園及幼兒中心會參與。⟧</p>
<p>⟦b:　　市民可瀏覽衛生防護中心網頁或致電衛生署健康教育專線2125 1122查詢詳情。⟧</p>
<p align="center">⟦c:完⟧</p>
<p>⟦c:2024年9月25日（星期三）⟧<br>
⟦c:香港時間16時30分⟧</p>
</div>
<table width="100%" border="0"><tr>
<td><a href="javascript:window.print()">⟦c:列印⟧</a></td>
<td><a href="/gia/general/today.htm">⟦c:今日新聞⟧</a></td>
<td><a href="#top">⟦c:返回頁首⟧</a></td>
</tr></table>
</td>
</tr>
</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" class="footer">
<tr>
<td>⟦c:<a href="/tc/notice.htm">重要告示</a>⟧ | ⟦c:<a href="/tc/privacy.htm">私隱政策</a>⟧ | ⟦c:<a href="/tc/contact.htm">聯絡我們</a>⟧</td>
</tr>
<tr><td>⟦c:本網站由政府新聞處設計及管理⟧</td></tr>
</table>
</body>
</html>
''', kind="policy", tags=["public-health"], published="2024-09-25", regions=["810000"], trad=True)

# ---- zh-04: Taiwan clinic promotion that leans on national preventive-care policy
page("h4-zh-04-tw-clinic-checkup-promo", "txt", "UTF-8", r'''
c|康和聯合診所 Kanghe Family Clinic
c|首頁　關於我們　醫師團隊　門診時間　健檢專區　最新消息　交通資訊
c|首頁 › 最新消息 › 健檢專區
c|最新消息
t|【健檢專案】國健署成人預防保健加值方案開跑　自費升級套組只要3,999元
c|發布日期：112年10月05日　｜　分類：健檢專區　｜　瀏覽人次：862
b|依據衛生福利部國民健康署規定，40歲至64歲民眾每3年可享1次、65歲以上民眾每年可享1次免費成人預防保健服務，檢查內容包含血壓、血糖、血脂、腎功能及B、C型肝炎篩檢。
b|本院為國健署成人預防保健服務特約院所，持健保卡即可預約，免費項目由政府全額補助。
b|然而，基本項目無法涵蓋甲狀腺、腫瘤標記、腹部超音波等檢查。為讓鄉親一次掌握全身健康狀況，本院推出「加值升級套組」，原價6,800元，活動期間只要3,999元！
b|套組內容：
b|1. 腹部超音波（肝、膽、胰、脾、腎）
b|2. 甲狀腺功能（TSH、Free T4）
b|3. 腫瘤標記四項（AFP、CEA、CA-125／PSA、CA19-9）
b|4. 心電圖及醫師一對一報告解說
b|凡於活動期間完成預約者，再加贈維生素D檢測一次（價值800元）。名額有限，額滿為止。
b|預約專線：(04)2258-6616，或加入本院LINE官方帳號線上預約。
c|★ 加入LINE好友，健檢預約免排隊 ★
c|@kanghe-clinic
c|延伸閱讀
c|國健署擴大成人預防保健服務　你符合資格了嗎？
c|流感疫苗開打！本院公費流感疫苗接種時段一覽
c|本網站內容僅供衛教參考，不能取代醫師之診斷與治療，如有身體不適，請儘速就醫。
c|康和聯合診所｜台中市西屯區文心路三段168號｜電話：(04)2258-6616
c|© 2023 Kanghe Family Clinic. All rights reserved.
''', kind="marketing", published="2023-10-05", regions=["710000"], trad=True)

# ---- zh-05: city news portal, county-level family-doctor story, no year anywhere
page("h4-zh-05-suzhou-ah-family-doctors", "txt", "UTF-8", r'''
c|拂晓新闻网
c|首页　时政　宿州　县区　民生　健康　文旅　视频　专题
c|当前位置：健康 > 正文
t|埇桥区家庭医生签约服务扩面提质 重点人群签约率超过75%
c|03-19 08:12　|　来源：宿州日报　|　记者 刘晓敏　通讯员 孙倩
c|A-　A+　　分享到：
b|　　“王大爷，最近血压控制得怎么样？药有没有按时吃？”上周五上午，埇桥区符离镇卫生院家庭医生团队走进石桥村，为行动不便的王大爷测量血压、调整用药。
b|　　今年以来，埇桥区以高血压、糖尿病患者和65岁以上老年人为重点，推行“1+1+N”家庭医生签约服务模式，即由1名乡镇卫生院全科医生、1名乡村医生和N名二级以上医院专科医生组成团队，为签约居民提供健康管理、慢病随访、上门诊疗等服务。
c|　　▲家庭医生为村民测量血压。记者 刘晓敏 摄
b|　　截至目前，全区已组建家庭医生团队386个，重点人群签约率达到75.6%，高血压、糖尿病患者规范管理率分别达到68.2%和66.9%。
b|　　为让签约服务“签而有约”，该区将慢性病长期处方、预约转诊、医保报销等政策向签约居民倾斜：签约的高血压、糖尿病患者在基层就诊，可开具最长12周的长期处方，门诊用药按规定享受医保报销。
c|　　【相关阅读】宿州市启动基本公共卫生服务项目绩效评价工作
b|　　区卫生健康委相关负责人介绍，下一步将推动二级以上医院专科医生定期下沉，加强与宿州市立医院等市级医院的上下转诊衔接，让群众在家门口享受优质便捷的医疗服务。
b|　　居民可关注“健康埇桥”微信公众号，或拨打所在乡镇卫生院电话预约签约。
c|【责任编辑：孙倩】
c|热点推荐
c|灵璧县：医共体让村民看病少跑路
c|砀山县开展送医下乡义诊活动，千余名群众受益
c|泗县城乡居民医保参保缴费工作进入冲刺阶段
c|扫码下载拂晓新闻客户端
c|拂晓新闻网版权所有，未经书面授权禁止转载、摘编或建立镜像
c|皖ICP备12003581号-2　皖公网安备 34130202000155号
''', kind="policy", tags=["primary-care", "chronic-disease"], regions=["341300"], source="宿州日报")

# ---- zh-06: county government site, old table layout, county medical community
page("h4-zh-06-jinyun-county-medical-community", "html", "UTF-8", r'''
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>缙云县人民医院医共体：让山区群众在家门口看好病 - 缙云县人民政府</title>
<meta name="keywords" content="医共体,县域,基层医疗">
<style type="text/css">
body{margin:0;font-size:12px;font-family:宋体}
.bt{font-size:22px;color:#c00;font-weight:bold;line-height:40px}
.zw p{text-indent:2em;line-height:28px;font-size:16px}
</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="120" background="/images/jy_top.jpg"></td></tr>
  <tr>
    <td class="nav">
      <table width="100%"><tr>
        <td><a href="/">⟦c:首 页⟧</a></td>
        <td><a href="/col/col1229381012/">⟦c:走进缙云⟧</a></td>
        <td><a href="/col/col1229381013/">⟦c:政务公开⟧</a></td>
        <td><a href="/col/col1229381014/">⟦c:政务服务⟧</a></td>
        <td><a href="/col/col1229381015/">⟦c:互动交流⟧</a></td>
        <td><a href="/col/col1229381016/">⟦c:数据开放⟧</a></td>
      </tr></table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="32">⟦c:当前位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col1229381013/">政务公开</a> &gt;&gt; <a href="/col/col1229381099/">部门动态</a>⟧</td>
  </tr>
  <tr>
    <td align="center" class="bt">⟦t:缙云县人民医院医共体：让山区群众在家门口看好病⟧</td>
  </tr>
  <tr>
    <td align="center">⟦c:发布日期：2022.09.01　来源：县卫生健康局　作者：应文杰　点击：<span id="hits"></span><script>getHits('20220901007');</script>⟧</td>
  </tr>
  <tr>
    <td align="center">⟦c:【字体：<a href="javascript:fontZoom(20)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(12)">小</a>】⟧</td>
  </tr>
  <tr>
    <td class="zw">
      <p>⟦b:“以前拍个片子要跑到县城，来回大半天，现在镇上就能做，县里专家还能远程看片。”8月30日，在缙云县人民医院医共体壶镇分院，前来复诊的村民李大伯说。⟧</p>
      <p>⟦b:2019年以来，缙云县组建县人民医院、县中医医院两个县域医疗卫生服务共同体，将全县17家乡镇卫生院纳入医共体管理，实行人员统一招聘、财务统一管理、药品耗材统一采购、医保资金统一打包预付。⟧</p>
      <p>⟦b:医共体牵头医院向分院派驻管理和技术骨干62名，在壶镇、新建、东渡等中心分院建成胸痛救治单元和慢病一体化门诊，建立影像、心电、检验等县域共享中心，基层检查、县级诊断的模式已覆盖所有分院。⟧</p>
      <p>⟦b:在医保支付方面，缙云县落实“总额预算、结余留用、合理超支分担”机制，引导医共体主动控费、做好健康管理。今年上半年，全县县域就诊率达到90.3%，基层就诊率达到68.7%，均较改革前明显提升。⟧</p>
      <p>⟦b:县卫生健康局局长潘志明表示，下一步，缙云县将深化与浙江大学医学院附属第二医院的紧密型合作，推动优质医疗资源持续下沉，进一步打响“县强、乡活、村稳”的医共体建设品牌。⟧</p>
      <p>⟦b:（县卫生健康局供稿）⟧</p>
    </td>
  </tr>
  <tr>
    <td align="right">⟦c:【<a href="javascript:window.print()">打印</a>】⟧ ⟦c:【<a href="javascript:window.close()">关闭</a>】⟧</td>
  </tr>
  <tr>
    <td>⟦c:上一条：<a href="/art/2022/8/31/art_1229381099_59120431.html">我县开展“健康细胞”示范单位评选工作</a>⟧</td>
  </tr>
  <tr>
    <td>⟦c:下一条：<a href="/art/2022/9/2/art_1229381099_59120477.html">县疾控中心开展秋季学校传染病防控督导</a>⟧</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#e8e8e8">
  <tr>
    <td align="center" height="24">⟦c:<a href="/col/col1229381200/">关于本站</a>⟧ | ⟦c:<a href="/col/col1229381201/">网站地图</a>⟧ | ⟦c:<a href="/col/col1229381202/">联系我们</a>⟧</td>
  </tr>
  <tr>
    <td align="center">⟦c:缙云县人民政府办公室主办　缙云县大数据发展中心承办⟧</td>
  </tr>
  <tr>
    <td align="center">⟦c:浙ICP备05008813号　浙公网安备33112202000106号　网站标识码：3311220001⟧</td>
  </tr>
  <tr>
    <td align="center">⟦c:您是本站第 <span id="cnt"></span><script>document.write(countNum)</script> 位访问者⟧</td>
  </tr>
</table>
</body>
</html>
''', kind="policy", tags=["primary-care", "medical-reform"], published="2022-09-01", regions=["331122"])

# ---- zh-07: hospital bid-result notice on a hospital site (GB18030 text)
page("h4-zh-07-shenzhen-hospital-bid-result", "txt", "GB18030", r'''
c|深圳市滨海新区人民医院官方网站
c|首页 | 医院概况 | 新闻中心 | 科室导航 | 专家介绍 | 就医指南 | 招标采购 | 党建园地 | 人才招聘
c|您所在的位置：首页 » 招标采购 » 结果公告
t|深圳市滨海新区人民医院2023年骨科类医用耗材集中带量采购项目中标结果公告
c|发布时间：2023/6/7 9:41:22　　阅读次数：562
b|一、项目编号：SZBH-2023-HC017
b|二、项目名称：深圳市滨海新区人民医院2023年骨科类医用耗材集中带量采购项目
b|三、中标信息
b|包组一：创伤类骨科耗材　中标供应商：深圳市康立达医疗器械有限公司　中标金额：3,286,400.00元
b|包组二：脊柱类骨科耗材　中标供应商：广州粤健医疗科技有限公司　中标金额：2,917,850.00元
b|包组三：关节类骨科耗材　中标供应商：深圳市华瑞医疗器械有限公司　中标金额：4,102,000.00元
b|四、评审专家名单：黄志强、邓丽萍、林国栋、吴少华、钟敏
b|五、公告期限：自本公告发布之日起1个工作日。
b|六、其他补充事宜：各有关当事人对中标结果有异议的，可在中标结果公告期限届满之日起7个工作日内，以书面形式向采购人提出质疑，质疑截止时间为2023年6月16日17:00，逾期不予受理。
b|七、凡对本次公告内容提出询问，请按以下方式联系：
b|采购人：深圳市滨海新区人民医院　地址：深圳市南山区海湾路88号　联系人：陈工　电话：0755-2663 1875
b|采购代理机构：深圳市公信招标代理有限公司　联系人：赵工　电话：0755-8351 2046
c|附件：中标结果公告（盖章版）.pdf
c|上一篇：深圳市滨海新区人民医院医用防护用品采购项目询价公告
c|下一篇：深圳市滨海新区人民医院信息化运维服务项目废标公告
c|Copyright © 2012-2023 深圳市滨海新区人民医院 版权所有　粤ICP备13061288号
c|地址：深圳市南山区海湾路88号　急诊电话：0755-2663 1120　本站由深圳市云杉网络科技有限公司提供技术支持
''', kind="tender", published="2023-06-07", regions=["440300"])

# ---- zh-08: hospital recruitment notice, modern template; only the meta tag has the year
page("h4-zh-08-chengdu-hospital-recruitment", "html", "UTF-8", r'''
<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>成都市东郊人民医院2024年第一批公开招聘编外专业技术人员公告 | 人才招聘</title>
<meta name="description" content="成都市东郊人民医院2024年第一批公开招聘编外专业技术人员公告">
<meta property="og:type" content="article">
<meta property="og:title" content="2024年第一批公开招聘编外专业技术人员公告">
<meta property="og:site_name" content="成都市东郊人民医院">
<meta property="article:published_time" content="2024-03-03T08:00:00+08:00">
<meta property="article:section" content="人才招聘">
<link rel="stylesheet" href="/static/css/app.4f2a1c.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-DJRM0001"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-DJRM0001');</script>
</head>
<body class="page-article">
<header class="site-header">
  <div class="hd-top">
    <span class="hd-hotline">⟦c:预约挂号：028-8461 2000⟧</span>
    <span class="hd-addr">⟦c:院址：成都市成华区建设北路三段17号⟧</span>
  </div>
  <a class="logo" href="/"><img src="/static/img/logo.png" alt="成都市东郊人民医院"></a>
  <nav class="main-nav">
    <ul>
      <li><a href="/">⟦c:网站首页⟧</a></li>
      <li><a href="/yygk/">⟦c:医院概况⟧</a></li>
      <li><a href="/xwzx/">⟦c:新闻中心⟧</a></li>
      <li><a href="/jzzn/">⟦c:就诊指南⟧</a></li>
      <li><a href="/ksdh/">⟦c:科室导航⟧</a></li>
      <li class="active"><a href="/rczp/">⟦c:人才招聘⟧</a></li>
      <li><a href="/djgz/">⟦c:党建工作⟧</a></li>
    </ul>
  </nav>
</header>
<div class="container">
  <aside class="side">
    <h3>⟦c:人才招聘⟧</h3>
    <ul>
      <li><a href="/rczp/zpgg/">⟦c:招聘公告⟧</a></li>
      <li><a href="/rczp/jggs/">⟦c:结果公示⟧</a></li>
      <li><a href="/rczp/pxzs/">⟦c:规培招生⟧</a></li>
    </ul>
  </aside>
  <div class="content">
    <div class="crumbs">⟦c:<a href="/">首页</a> / <a href="/rczp/">人才招聘</a> / <a href="/rczp/zpgg/">招聘公告</a>⟧</div>
    <h1 class="art-title">⟦t:成都市东郊人民医院2024年第一批公开招聘编外专业技术人员公告⟧</h1>
    <div class="art-meta">⟦c:<span>发布：03-03 08:00</span><span>来源：人力资源部</span><span>浏览：2,317</span>⟧</div>
    <div class="art-body">
      <p>⟦b:根据《事业单位公开招聘人员暂行规定》和成都市卫生健康委员会关于医疗卫生单位公开招聘工作的有关规定，结合医院发展需要，我院决定面向社会公开招聘编外专业技术人员36名。现将有关事项公告如下：⟧</p>
      <h4>⟦b:一、招聘岗位及人数⟧</h4>
      <p>⟦b:临床医师（心血管内科、呼吸与危重症医学科、急诊医学科等）18名，医技人员（医学影像、医学检验、康复治疗）8名，护理人员10名。具体岗位条件详见附件《招聘岗位一览表》。⟧</p>
      <h4>⟦b:二、招聘条件⟧</h4>
      <p>⟦b:（一）遵守中华人民共和国宪法和法律，具有良好的品行和职业道德；（二）临床医师岗位须取得相应执业医师资格证书并完成住院医师规范化培训；（三）护理岗位须取得护士执业资格证书；（四）年龄一般在35周岁以下，具有高级职称者可放宽至45周岁。⟧</p>
      <h4>⟦b:三、报名方式及时间⟧</h4>
      <p>⟦b:本次招聘采取网上报名方式。报名时间为2024年3月10日9:00至3月16日17:00，应聘人员登录医院官网“人才招聘”栏目下载并填写报名表，连同相关证件扫描件发送至邮箱djrmyy_rsb@163.com。⟧</p>
      <h4>⟦b:四、考试与聘用⟧</h4>
      <p>⟦b:考试采取笔试与面试相结合的方式，按笔试40%、面试60%的比例计算总成绩，根据总成绩从高到低确定体检和考察人选。拟聘用人员经公示无异议后，签订聘用合同，享受医院同岗位编外人员薪酬待遇，按规定缴纳社会保险和住房公积金。⟧</p>
      <p>⟦b:考试时间、地点等具体事宜请关注医院官网及官方微信公众号“成都东郊医院”通知，请保持通讯畅通。⟧</p>
      <p>⟦b:咨询电话：028-8461 2135（人力资源部，工作日9:00—17:00）⟧</p>
      <p class="attach">⟦c:附件：<a href="/upload/2024/03/zpgw.xlsx">招聘岗位一览表.xlsx</a>⟧</p>
      <p style="text-align:right">⟦b:成都市东郊人民医院⟧</p>
    </div>
    <div class="art-nav">
      <p>⟦c:上一篇：<a href="/rczp/zpgg/1201.html">2023年规范化培训住院医师招收结果公示</a>⟧</p>
      <p>⟦c:下一篇：<a href="/rczp/zpgg/1215.html">关于2024年第一批编外人员笔试安排的通知</a>⟧</p>
    </div>
  </div>
</div>
<footer class="site-footer">
  <div class="qr"><img src="/static/img/qr_wx.png" alt="微信公众号"><p>⟦c:扫码关注医院微信公众号⟧</p></div>
  <div class="qr"><img src="/static/img/qr_dy.png" alt="抖音"><p>⟦c:官方抖音号⟧</p></div>
  <p>⟦c:版权所有：成都市东郊人民医院⟧</p>
  <p>⟦c:<a href="https://beian.miit.gov.cn">蜀ICP备10023874号-1</a>⟧ ⟦c:川公网安备 51010802000413号⟧</p>
</footer>
<script src="/static/js/app.8c31d2.js"></script>
</body>
</html>
''', kind="job-ad", published="2024-03-03", regions=["510100"])

# ---- zh-09: national agency policy Q&A (政策解读), UTF-8 with BOM
page("h4-zh-09-nhsa-procurement-qa", "txt", "UTF-8-BOM", r'''
c|国家医疗保障局
c|首页　机构概况　新闻发布　政策法规　统计数据　办事服务　互动交流
c|首页 > 政策法规 > 政策解读
t|国家医保局相关负责人就做好国家组织集采药品供应和使用工作答记者问
c|发布时间：2024年01月16日 15:00　　来源：医药价格和招标采购司　　【字体：大 中 小】
b|　　近日，国家医保局、国家卫生健康委联合印发《关于做好国家组织药品集中带量采购协议期满后接续工作的通知》（以下简称《通知》）。国家医保局相关负责人就《通知》有关问题回答了记者提问。
b|　　问：为什么要出台《通知》？
b|　　答：国家组织药品集中带量采购开展以来，已累计纳入333种药品，平均降价50%以上，群众用药负担明显减轻。随着部分批次协议期陆续届满，如何稳妥做好接续工作，保持药品价格平稳、供应稳定、临床使用连续，是各方关心的问题。《通知》对此作出了统一部署。
b|　　问：协议期满后，中选药品价格会不会反弹？
b|　　答：《通知》明确，接续采购原则上不高于原中选价格，坚持“稳价、保供、提质”的导向。对于供应稳定、临床认可度高的中选企业，可优先续签协议。
b|　　问：如何保障中选药品在医疗机构的供应和使用？
b|　　答：主要有以下几方面措施：
b|　　一是压实企业供应责任，中选企业要按约定量足额供货，对断供、不及时配送的企业纳入医药价格和招采信用评价；
b|　　二是落实医保资金结余留用政策，对完成约定采购量的医疗机构，按规定给予结余留用激励；
b|　　三是指导医疗机构优先使用中选药品，不得以费用控制、药占比等为由影响中选药品的合理使用和配备；
b|　　四是加强基层医疗机构和定点零售药店的配备，让群众在家门口就能买到集采药品。
b|　　问：《通知》什么时候开始执行？
b|　　答：《通知》自2024年3月1日起施行。各省份要在协议期满前3个月启动接续工作，确保新旧协议平稳衔接。
c|【打印本页】　【关闭窗口】
c|扫一扫在手机打开当前页
c|相关链接：国务院　国家卫生健康委员会　国家药品监督管理局　中国政府网
c|主办单位：国家医疗保障局　版权所有：国家医疗保障局
c|京ICP备18051224号-1　京公网安备11010202008730号　网站标识码bm95000001
c|网站声明：本网站发布的信息如需转载，请注明出处；凡来源注明为其他媒体的信息，均不代表本网站观点，本网站不承担因转载内容引起的任何法律责任。
''', kind="policy", tags=["drug-policy", "medical-insurance"], published="2024-01-16", regions=[])

# ---- zh-10: investment conference on a city news portal; health is one word in a list
page("h4-zh-10-hangzhou-investment-conference", "txt", "UTF-8", r'''
c|杭州网
c|首页 新闻 杭州 财经 文旅 教育 健康 房产 汽车 视频
c|杭州网 > 杭州新闻 > 经济
t|钱塘区举行2023年产业招商推介会 现场签约项目42个总投资386亿元
c|2023-03-03 18:21:05　来源：杭州日报　作者：记者 王佳莹 通讯员 钱晓东　编辑：沈颖
c|字号：大 中 小　　分享到：
b|　　3月3日，杭州钱塘区2023年产业招商推介会在钱塘新区大厦举行，来自长三角及粤港澳大湾区的300余名企业家、投资机构代表参加活动。
b|　　推介会上，钱塘区围绕半导体、新能源汽车、生物医药及大健康、高端装备制造等主导产业进行了专场推介，并发布了产业扶持政策“十二条”和重点产业空间载体清单。
b|　　现场集中签约产业项目42个，总投资386亿元，其中10亿元以上项目12个。签约项目涵盖集成电路设计制造、动力电池材料、智能装备等多个领域。
b|　　钱塘区主要负责人表示，钱塘区将坚持“项目为王、企业为本”，打造一流营商环境，以“店小二”精神做好项目落地的全生命周期服务，推动签约项目早落地、早开工、早投产。
b|　　据悉，今年钱塘区计划引进亿元以上产业项目100个以上，力争全年实际利用外资增长15%。
c|猜你喜欢
c|杭州都市圈新一轮合作项目签约，涉及交通、产业等领域
c|一季度杭州外贸进出口实现“开门红”
c|这场招聘会提供岗位超万个，求职者可现场面试
c|下载“杭州新闻”客户端，看更多杭州新闻
c|杭州网版权所有，未经授权请勿转载
c|浙ICP备06014786号　互联网新闻信息服务许可证：33120170001
c|违法和不良信息举报电话：0571-85109023
''', kind="economy", published="2023-03-03", regions=["330100"], source="杭州日报")

# ---- zh-11: provincial bureau policy interpretation, modern <main>/<article> markup
page("h4-zh-11-sichuan-tcm-plan-interpretation", "html", "UTF-8", r'''
<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>《四川省中医药强省建设行动方案（2022—2025年）》政策解读 - 四川省中医药管理局</title>
<meta name="ArticleTitle" content="《四川省中医药强省建设行动方案（2022—2025年）》政策解读">
<meta name="PubDate" content="2022-09-01 16:20:00">
<meta name="ContentSource" content="规划财务处">
<meta property="og:image" content="https://sctcm.sc.gov.cn/static/share.png">
<link rel="stylesheet" href="/static/css/zyyj.css">
<style>.art-content p{text-indent:2em}</style>
</head>
<body>
<div class="topbar">
  <div class="wrap">
    <span>⟦c:四川省人民政府⟧</span>
    <span class="r"><a href="/ssa/">⟦c:适老化服务⟧</a> <a href="/en/">⟦c:English⟧</a> <a href="javascript:;" class="jft">⟦c:繁体⟧</a></span>
  </div>
</div>
<header>
  <div class="wrap"><a href="/"><img src="/static/img/logo.png" alt="四川省中医药管理局"></a></div>
  <nav>
    <a href="/">⟦c:首页⟧</a>
    <a href="/jggk/">⟦c:机构概况⟧</a>
    <a href="/zwgk/">⟦c:政务公开⟧</a>
    <a href="/zyyj/">⟦c:中医医政⟧</a>
    <a href="/zycy/">⟦c:中医药产业⟧</a>
    <a href="/hdjl/">⟦c:互动交流⟧</a>
  </nav>
</header>
<main class="wrap">
  <nav class="breadcrumb" aria-label="breadcrumb">⟦c:<a href="/">首页</a> / <a href="/zwgk/">政务公开</a> / <a href="/zwgk/zcjd/">政策解读</a>⟧</nav>
  <article>
    <h1>⟦t:《四川省中医药强省建设行动方案（2022—2025年）》政策解读⟧</h1>
    <div class="art-info">⟦c:<span>发布日期：2022/9/1</span> <span>来源：规划财务处</span> <span>字号：<a href="#" data-s="l">大</a> <a href="#" data-s="m">中</a> <a href="#" data-s="s">小</a></span>⟧</div>
    <div class="art-content">
      <p>⟦b:近日，四川省人民政府办公厅印发《四川省中医药强省建设行动方案（2022—2025年）》（以下简称《行动方案》）。为便于社会各界理解和执行，现就《行动方案》作如下解读。⟧</p>
      <h3>⟦b:一、出台背景⟧</h3>
      <p>⟦b:四川是中医药资源大省，中药资源蕴藏量、道地药材品种数均居全国前列。但对照高质量发展要求，我省中医药仍存在优质资源总量不足、区域布局不均衡、服务能力有待提升等短板。制定《行动方案》，是推动中医药传承创新发展、加快建设中医药强省的重要举措。⟧</p>
      <h3>⟦b:二、主要目标⟧</h3>
      <p>⟦b:到2025年，全省建成国家中医药传承创新中心2个、国家区域中医（专科）诊疗中心10个以上，每个市（州）至少有1所三级中医医院，县级中医医院全部达到二级甲等水平，100%的社区卫生服务中心和乡镇卫生院设置中医馆。⟧</p>
      <figure><img src="/upload/2022/09/jd01.jpg" alt="图解"><figcaption>⟦c:图为《行动方案》主要指标图解。（规划财务处供图）⟧</figcaption></figure>
      <h3>⟦b:三、重点任务⟧</h3>
      <p>⟦b:《行动方案》提出了六个方面的重点任务：⟧</p>
      <p>⟦b:1.提升中医药服务能力。实施中医医院高质量发展工程，支持省中医医院、成都中医药大学附属医院等建设高水平中医医院，推进县级中医医院提标扩能。⟧</p>
      <p>⟦b:2.推动中西医协同发展。在综合医院、专科医院全面推行中西医结合多学科诊疗模式，打造一批中西医协同“旗舰”医院和科室。⟧</p>
      <p class="xgyd">⟦c:相关阅读：<a href="/zwgk/gzdt/202208/t20220826_1734.html">四川将新建10个省级区域中医医疗中心，覆盖全部21个市（州）</a>⟧</p>
      <p>⟦b:3.加强中医药人才队伍建设。实施“天府名医”培养计划，扩大中医专业学位研究生招生规模，推进师承教育与院校教育相结合。⟧</p>
      <p>⟦b:4.壮大中医药产业。推进川产道地药材规范化种植基地建设，支持中药制剂研发和中药新药转化。⟧</p>
      <p>⟦b:5.传承弘扬中医药文化；6.深化中医药改革开放。⟧</p>
      <h3>⟦b:四、保障措施⟧</h3>
      <p>⟦b:《行动方案》从加强组织领导、加大投入力度、完善医保支持政策、强化监测评估等方面提出保障措施，明确将中医药强省建设纳入各级政府目标考核。⟧</p>
    </div>
    <div class="art-tools">
      ⟦c:分享到：⟧
      <a class="share-wx" href="javascript:;">⟦c:微信⟧</a>
      <a class="share-wb" href="javascript:;">⟦c:微博⟧</a>
      <a href="javascript:window.print();">⟦c:打印⟧</a>
      <a href="javascript:;" class="fav">⟦c:收藏⟧</a>
    </div>
  </article>
  <aside class="sidebar">
    <h2>⟦c:热点推荐⟧</h2>
    <ol>
      <li><a href="/zwgk/tzgg/202208/t20220819_1722.html">⟦c:关于开展第三批四川省名中医评选工作的通知⟧</a></li>
      <li><a href="/zwgk/gzdt/202208/t20220817_1718.html">⟦c:全省基层中医药工作现场推进会在眉山召开⟧</a></li>
      <li><a href="/zwgk/zcwj/202207/t20220729_1699.html">⟦c:四川省中药材产业高质量发展规划印发⟧</a></li>
    </ol>
  </aside>
</main>
<footer>
  <p>⟦c:主办：四川省中医药管理局　地址：成都市人民南路四段51号　邮编：610041⟧</p>
  <p>⟦c:蜀ICP备05003312号　川公网安备 51010702001142号　网站标识码：5100000041⟧</p>
  <p>⟦c:为确保最佳浏览效果，建议您使用Chrome、Edge或Firefox浏览器⟧</p>
</footer>
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/share.js"></script>
</body>
</html>
''', kind="policy", tags=["tcm", "hospital-development"], published="2022-09-01", regions=["510000"])

# ---- zh-12: WeChat-style health tips from a district CDC account, CRLF, no date
page("h4-zh-12-spring-blood-pressure-tips", "txt", "UTF-8", r'''
c|原创　滨江疾控　健康滨江　昨天 18:06　浙江
c|点击上方蓝字，关注我们
t|春季血压易波动，这6件事做好了比吃保健品管用
b|春季气温忽高忽低，早晚温差大，血管随着冷热交替频繁收缩舒张，血压也容易跟着“坐过山车”。高血压患者和中老年朋友，这个季节要格外注意。
b|01 每天定时测血压
b|建议早晨起床后1小时内、晚上睡前各测一次，每次测2到3遍取平均值，并做好记录，复诊时带给医生看。
b|02 按时服药，不要自行停药
b|有的患者觉得血压“正常了”就停药，这是非常危险的。降压药需要长期规律服用，调整剂量一定要听医生的。
b|03 注意保暖，尤其是头颈部
b|早晚出门加件外套，戴上帽子和围巾，避免突然受凉引起血压骤升。
b|04 饮食少盐，每天不超过5克
b|少吃咸菜、腊肉、酱料等“隐形盐”，多吃新鲜蔬菜水果。
b|05 适量运动，避开清晨
b|可以选择傍晚散步、打太极拳等舒缓运动，每次30分钟左右，以微微出汗为宜。
b|06 保持好心情和充足睡眠
b|情绪激动、熬夜都会让血压升高，遇事不急不躁，晚上尽量11点前入睡。
b|特别提醒：如果出现剧烈头痛、胸闷胸痛、一侧肢体麻木无力、说话不清等情况，请立即拨打120急救电话，切勿自行服药观察。
c|来源：滨江区疾控中心慢病科
c|编辑：小卫　审核：陈医生
c|往期推荐
c|倒春寒来袭，老人孩子要注意这几点
c|体检报告上的“结节”，都需要手术吗？
c|长按识别下方二维码，关注“健康滨江”
c|分享　收藏　点赞　在看
c|阅读原文
''', kind="wellness", crlf=True)

# ---- zh-13: marathon traffic notice on a city portal (other), Fuzhou in Fujian
page("h4-zh-13-fuzhou-marathon-traffic", "txt", "UTF-8", r'''
c|福州新闻网
c|首页 | 福州 | 区县 | 民生 | 交通 | 体育 | 图片
c|福州新闻网 > 福州 > 交通出行
t|2023福州马拉松本周日开跑 赛事期间部分路段实行交通管制
c|福州新闻网　2023年12月08日 09:30　来源：福州晚报　记者 林静怡
c|[ 纠错 ]　[ 打印 ]　[ 关闭 ]
b|　　2023福州马拉松将于本周日（12月10日）7:30在海峡国际会展中心鸣枪起跑，赛事设全程马拉松、半程马拉松和健康跑三个项目，共有3万名跑者参赛。
b|　　为保障赛事安全顺利进行，福州市公安局交警支队发布通告，12月10日5:00至14:00，对赛道沿线的闽江大道、南江滨西大道、五一北路、鼓屏路等路段实行全封闭交通管制，仓山区、台江区、鼓楼区部分路口将分时段禁止车辆通行。
b|　　管制期间，地铁1号线、2号线将提前至6:00开始运营，相关公交线路临时绕行或停运。交警部门提醒广大市民提前规划出行路线，尽量选择地铁出行。
b|　　据介绍，赛事沿线共设置医疗救护站21个、配备AED设备60台和医疗志愿者400余名，赛事组委会还将在终点区域设置临时医疗点。
b|　　具体交通管制路段和公交调整信息，市民可拨打交警服务热线0591-87062110查询。
c|责任编辑：陈思
c|推荐阅读
c|福州地铁4号线一期本月开通初期运营，沿线设站23座
c|鼓岭避暑季结束，景区开启冬季错峰游模式
c|福州新闻网版权所有　闽ICP备09042153号
''', kind="other", published="2023-12-08", regions=["350100"], source="福州晚报")

# ---- en-01: machine-translated English edition of a city health commission page
page("h4-en-01-health-suzhou-mobilization", "txt", "UTF-8", r'''
c|Suzhou Municipal Health Commission
c|中文 | English
c|Home | About Us | News Center | Public Service | Healthy Suzhou | Contact Us
c|Location: Home > News Center > Work dynamics
t|Our city held the 2022 healthy city construction and patriotic health campaign mobilization meeting
c|Addtime:2022-05-13  Source:Municipal Health and Health Committee  Hits:417
b|On May 12, the city's 2022 healthy city construction and patriotic health campaign work mobilization meeting was held. Vice mayor Zhu Mingyuan attended the meeting and made a speech.
b|The meeting pointed out that since the implementation of the "Health Suzhou 2030" planning outline, our city has ranked in the forefront of the province in the national healthy city evaluation for three consecutive years, and the health literacy level of residents reached 38.6%, the masses sense of gain continues to enhance.
b|The meeting demanded that all localities and departments should grasp the implementation of the "Health Suzhou" action, and focus on the following work:
b|1. Consolidate the achievements of the national health city, deepen the urban and rural environmental sanitation rectification action, and do a good job in the prevention and control of the "four pests".
b|2. Promote the construction of health cells, build 100 health villages (communities), health units and health families in the whole year.
b|3. Carry out health literacy promotion action, guide the masses to form a civilized, healthy and green lifestyle.
b|4. Strengthen the supervision and assessment, and include the healthy city construction into the high-quality development comprehensive assessment of each district.
b|Gusu District, Kunshan City, Zhangjiagang City made exchange speeches at the meeting. The responsible comrades of the municipal health and health committee and the municipal patriotic health office attended the meeting.
c|[Print] [Close]
c|Previous: The municipal health and health committee carried out condolence activities for the "5·12" International Nurses Day
c|Next: Notice on announcing the list of the second batch of provincial health villages in Suzhou
c|Copyright(C) Suzhou Municipal Health Commission All Rights Reserved
c|Address: No. 1 Jingde Road, Suzhou, Jiangsu Province  Postcode: 215002
c|Su ICP No. 12006352  Website identification code: 3205000024
''', kind="policy", tags=["healthy-city", "public-health"], published="2022-05-13", regions=["320500"])

# ---- en-02: national health service news page, modern markup, cookie banner
page("h4-en-02-nhs-gp-contract", "html", "UTF-8", r'''
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GP practices to get funding to recruit newly qualified doctors under 2024/25 contract | NHS England News</title>
<meta name="description" content="Changes to the GP contract for 2024/25 include funding for newly qualified GPs and easier online access.">
<meta property="og:title" content="GP contract 2024/25: funding for newly qualified GPs">
<meta property="og:type" content="article">
<meta property="og:site_name" content="NHS England">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/assets/css/main.min.css">
<script src="/assets/js/cookie-consent.js" defer></script>
</head>
<body>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on this site">
  <h2>⟦c:Cookies on the NHS England website⟧</h2>
  <p>⟦c:We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies to understand how you use the site so that we can improve it.⟧</p>
  <button id="accept">⟦c:Accept analytics cookies⟧</button>
  <button id="reject">⟦c:Reject analytics cookies⟧</button>
  <a href="/privacy-policy/cookies/">⟦c:Let me choose⟧</a>
</div>
<a class="skip-link" href="#maincontent">⟦c:Skip to main content⟧</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/nhs-logo.svg" alt="NHS England homepage"></a>
  <form class="search" action="/search/"><label for="s">⟦c:Search the NHS England website⟧</label><input id="s" name="q" type="search"><button type="submit">⟦c:Search⟧</button></form>
  <nav class="primary">
    <ul>
      <li><a href="/about/">⟦c:About us⟧</a></li>
      <li><a href="/our-work/">⟦c:Our work⟧</a></li>
      <li><a href="/commissioning/">⟦c:Commissioning⟧</a></li>
      <li><a href="/news/">⟦c:News⟧</a></li>
      <li><a href="/publications/">⟦c:Publications⟧</a></li>
    </ul>
  </nav>
</header>
<div class="breadcrumb">⟦c:You are here: <a href="/">Home</a> » <a href="/news/">News</a> » <a href="/news/primary-care/">Primary care</a>⟧</div>
<main id="maincontent">
  <article class="news-article">
    <p class="kicker">⟦c:News⟧</p>
    <h1>⟦t:GP practices to get funding to recruit newly qualified doctors under new contract⟧</h1>
    <p class="meta">⟦c:Published: 12 March 2024⟧ <span class="sep">·</span> ⟦c:Updated: 14 March 2024⟧</p>
    <p class="standfirst">⟦b:Practices will be able to use an extra £82 million to employ GPs who have recently finished training, as part of changes to the GP contract for 2024/25.⟧</p>
    <p>⟦b:From 1 April 2024, newly qualified GPs will be added to the Additional Roles Reimbursement Scheme (ARRS), which until now has funded pharmacists, physiotherapists, paramedics and other staff working alongside family doctors.⟧</p>
    <p>⟦b:The change follows concerns from the profession that some doctors completing their training were unable to find salaried posts despite high demand for appointments in many areas.⟧</p>
    <p>⟦b:The contract also requires practices to offer patients the option to request appointments, order repeat prescriptions and update their details online throughout core hours, and to move to cloud-based telephone systems that show callers their place in the queue.⟧</p>
    <figure><img src="/wp-content/uploads/2024/03/gp-surgery.jpg" alt="A GP talking to a patient"><figcaption>⟦c:Image: NHS England/Photographer: Sam Hollis⟧</figcaption></figure>
    <p>⟦b:Dr Amira Shah, National Director for Primary Care and Community Services, said: “General practice is the front door of the NHS. These changes will help practices keep talented young GPs in the profession and make it easier for patients to get the help they need.”⟧</p>
    <p>⟦b:Around 1,250 newly qualified GPs are expected to be recruited through the scheme in the first year. Funding for the contract overall will rise by 1.9%, in addition to any pay award for staff.⟧</p>
    <p>⟦b:Patients who are unsure which service to use can still call NHS 111 or visit 111.nhs.uk.⟧</p>
    <div class="share">
      <span>⟦c:Share this page⟧</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u=">⟦c:Facebook⟧</a>
      <a href="https://twitter.com/intent/tweet?url=">⟦c:X (formerly Twitter)⟧</a>
      <a href="https://www.linkedin.com/shareArticle?url=">⟦c:LinkedIn⟧</a>
      <a href="mailto:?subject=">⟦c:Email⟧</a>
    </div>
  </article>
  <aside class="related">
    <h2>⟦c:Related news⟧</h2>
    <ul>
      <li><a href="/2024/02/pharmacy-first-one-month/">⟦c:Pharmacy First service treats 100,000 patients in its first month⟧</a></li>
      <li><a href="/2024/01/community-diagnostic-centres/">⟦c:More community diagnostic centres to open seven days a week⟧</a></li>
    </ul>
  </aside>
  <section class="feedback">
    <h2>⟦c:Is this page useful?⟧</h2>
    <button>⟦c:Yes⟧</button><button>⟦c:No⟧</button>
    <a href="/feedback/">⟦c:Report a problem with this page⟧</a>
  </section>
</main>
<footer class="site-footer">
  <div class="newsletter"><p>⟦c:Get the latest news from NHS England straight to your inbox.⟧</p><a href="/email-bulletins/">⟦c:Sign up to our bulletins⟧</a></div>
  <ul class="footer-links">
    <li><a href="/accessibility/">⟦c:Accessibility⟧</a></li>
    <li><a href="/privacy-policy/">⟦c:Privacy notice⟧</a></li>
    <li><a href="/terms-and-conditions/">⟦c:Terms and conditions⟧</a></li>
    <li><a href="/contact-us/">⟦c:Contact us⟧</a></li>
  </ul>
  <p>⟦c:© NHS England 2024⟧</p>
</footer>
</body>
</html>
''', kind="policy", tags=["primary-care", "health-workforce"], published="2024-03-12", regions=["GB"])

# ---- en-03: trade news site on Medicare drug price negotiation (HTML with CRLF line ends)
page("h4-en-03-medicare-negotiated-prices", "html", "UTF-8", r'''
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Medicare unveils first negotiated prices for 10 drugs | Capitol Health Wire</title>
<meta name="description" content="The negotiated prices take effect in 2026 and are projected to save enrollees $1.5 billion in out-of-pocket costs.">
<meta property="og:title" content="Medicare unveils first negotiated prices for 10 drugs">
<meta property="og:site_name" content="Capitol Health Wire">
<meta name="parsely-pub-date" content="2024-08-15T10:05:00Z">
<meta name="author" content="Dana Whitfield">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Medicare unveils first negotiated prices for 10 drugs","datePublished":"2024-08-15T10:05:00Z","author":{"@type":"Person","name":"Dana Whitfield"}}</script>
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<div class="promo-bar">⟦c:Subscribe to Capitol Health Wire Daily for the policy news that moves markets.⟧ <a href="/subscribe">⟦c:Subscribe⟧</a> <a href="/login">⟦c:Log in⟧</a></div>
<header>
  <a href="/" class="brand"><img src="/static/chw-logo.svg" alt="Capitol Health Wire"></a>
  <nav>
    <a href="/topic/medicare">⟦c:Medicare⟧</a>
    <a href="/topic/medicaid">⟦c:Medicaid⟧</a>
    <a href="/topic/drug-pricing">⟦c:Drug Pricing⟧</a>
    <a href="/topic/hospitals">⟦c:Hospitals⟧</a>
    <a href="/topic/insurers">⟦c:Insurers⟧</a>
    <a href="/events">⟦c:Events⟧</a>
  </nav>
</header>
<div class="ad ad-leaderboard"><span class="ad-label">⟦c:Advertisement⟧</span><div id="div-gpt-ad-1"></div></div>
<main>
<article>
  <div class="eyebrow"><a href="/topic/drug-pricing">⟦c:DRUG PRICING⟧</a></div>
  <h1>⟦t:Medicare unveils first negotiated prices for 10 drugs⟧</h1>
  <p class="dek">⟦b:The new prices, which take effect in 2026, would have saved Medicare about $6 billion had they applied last year, federal officials said.⟧</p>
  <div class="byline">⟦c:By <a href="/author/dana-whitfield">Dana Whitfield</a> | Published Aug. 15, 2024⟧</div>
  <div class="article-body">
    <p>⟦b:The Centers for Medicare &amp; Medicaid Services on Thursday released the prices it negotiated with drugmakers for the first 10 medicines selected under the Inflation Reduction Act, with discounts ranging from 38% to 79% off list prices.⟧</p>
    <p>⟦b:The drugs, which include widely used blood thinners, diabetes treatments and a heart failure medicine, accounted for roughly $50 billion in Medicare Part D spending in 2023. The negotiated prices will apply starting Jan. 1, 2026.⟧</p>
    <p>⟦b:CMS estimated that beneficiaries would save $1.5 billion in out-of-pocket costs in the first year, on top of the $2,000 annual cap on Part D out-of-pocket spending that begins in 2025.⟧</p>
    <div class="inline-related">⟦c:Related: <a href="/2024/06/part-d-premiums-stabilization">Part D plans get a premium stabilization demonstration as the 2025 redesign nears</a>⟧</div>
    <p>⟦b:Pharmaceutical industry groups criticized the process, arguing that it amounts to price setting and will discourage research into new treatments. Several manufacturers have challenged the program in federal court; none of those suits has so far succeeded.⟧</p>
    <p>⟦b:The agency must select up to 15 more Part D drugs for the next round of negotiations by Feb. 1, 2025, with those prices taking effect in 2027.⟧</p>
    <p>⟦b:Plans and pharmacies will need to update their systems before the 2026 plan year, and CMS said it would issue further guidance on how the maximum fair price will be made effective at the pharmacy counter.⟧</p>
  </div>
  <div class="tags">⟦c:Filed under:⟧ <a href="/topic/medicare">⟦c:Medicare⟧</a> <a href="/topic/drug-pricing">⟦c:Drug Pricing⟧</a> <a href="/topic/part-d">⟦c:Part D⟧</a></div>
  <div class="share-tools"><button>⟦c:Share⟧</button><button>⟦c:Copy link⟧</button><button>⟦c:Print⟧</button></div>
</article>
<aside>
  <section class="most-read">
    <h3>⟦c:Most read⟧</h3>
    <ol>
      <li><a href="/2024/08/hospital-price-transparency-fines">⟦c:Hospitals face steeper fines as price transparency enforcement ramps up⟧</a></li>
      <li><a href="/2024/08/medicare-advantage-star-ratings">⟦c:Insurers brace for lower Medicare Advantage star ratings in October⟧</a></li>
      <li><a href="/2024/08/340b-rebate-model">⟦c:Drugmakers push ahead with 340B rebate model despite warnings from regulators⟧</a></li>
    </ol>
  </section>
  <section class="editors-picks">
    <h3>⟦c:Editor's picks⟧</h3>
    <ul>
      <li><a href="/2024/07/rural-hospital-closures">⟦c:Why rural hospitals keep closing, and what states are trying⟧</a></li>
    </ul>
  </section>
  <div class="newsletter-box"><p>⟦c:Get our free daily newsletter. Policy news, delivered every weekday morning.⟧</p><form><input type="email" placeholder="Your email"><button>⟦c:Sign up⟧</button></form></div>
</aside>
</main>
<footer>
  <p>⟦c:Capitol Health Wire is an independent publication covering U.S. health policy and the business of health care.⟧</p>
  <p>⟦c:<a href="/about">About</a>⟧ · ⟦c:<a href="/advertise">Advertise</a>⟧ · ⟦c:<a href="/privacy">Privacy Policy</a>⟧ · ⟦c:<a href="/do-not-sell">Do Not Sell My Personal Information</a>⟧</p>
  <p>⟦c:© 2024 Capitol Health Wire. All rights reserved.⟧</p>
</footer>
</body>
</html>
''', kind="policy", tags=["drug-policy", "medical-insurance"], published="2024-08-15", regions=["US"], crlf=True)

# ---- en-04: Singapore news portal, only "yesterday (March 19)" dates the story
page("h4-en-04-singapore-healthier-sg-enrolment", "txt", "UTF-8", r'''
c|Menu
c|Singapore  Asia  World  Business  Health  Lifestyle  Opinion  Watch
c|Health
t|More than 1.2 million residents have enrolled in Healthier SG, says MOH
c|Published March 20, 6:00AM
c|Listen to this article · 3 min
b|SINGAPORE: More than 1.2 million residents have enrolled in Healthier SG since the national preventive care programme began, the Ministry of Health (MOH) said yesterday (March 19).
b|Under the programme, residents aged 40 and above enrol with one family doctor, who draws up a health plan with them covering lifestyle changes, recommended screenings and vaccinations.
b|About 60 per cent of those who have enrolled and attended their first consultation have at least one chronic condition such as diabetes, high blood pressure or high cholesterol, MOH said.
c|Advertisement
b|From April, enrolled residents with chronic conditions will pay no more at their Healthier SG clinic for a list of common chronic medicines than they would at a polyclinic, the ministry added, as the subsidy gap between private general practitioners and polyclinics is narrowed.
b|More than 1,100 GP clinics, or about 60 per cent of clinics in Singapore, are now part of the programme.
b|Residents who have not enrolled can do so through the HealthHub app, and will receive an invitation by SMS.
b|"The earlier we start, the more we can prevent," said Senior Minister of State for Health Dr Lim Wei Ling at a community event in Jurong West.
c|Read more:
c|Polyclinic waiting times to fall as two new centres open in the north and east
c|Commentary: Preventive care only works if patients stick with it
c|Get the app: Download our app or subscribe to our Telegram channel for the latest updates.
c|Copyright© Lion City Media Pte Ltd. All rights reserved.
''', kind="policy", tags=["chronic-disease", "primary-care"], regions=["SG"])

# ---- en-05: English channel of a prefecture government, gb2312-declared GBK, pinyin classes
page("h4-en-05-lishui-cloud-hospital", "html", "GBK", r'''
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>Lishui launched the province's first mountain area "cloud hospital"--Lishui Government English Channel</title>
<meta name="keywords" content="Lishui,cloud hospital,Internet plus medical health">
<link href="/en/css/yw_style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/en/js/menu.js"></script>
</head>
<body>
<div class="yw_top">
  <div class="yw_top_nr">
    <a href="http://www.lishui.gov.cn/">⟦c:中文版⟧</a>
    <a href="/en/sitemap.html">⟦c:Sitemap⟧</a>
    <a href="/en/contact.html">⟦c:Contact⟧</a>
  </div>
  <div class="yw_logo"><img src="/en/images/yw_logo.jpg" alt="Lishui China"></div>
</div>
<div class="yw_dh">
  <a href="/en/">⟦c:HOME⟧</a>
  <a href="/en/col/col1001/">⟦c:ABOUT LISHUI⟧</a>
  <a href="/en/col/col1002/">⟦c:NEWS⟧</a>
  <a href="/en/col/col1003/">⟦c:INVESTMENT⟧</a>
  <a href="/en/col/col1004/">⟦c:TRAVEL⟧</a>
  <a href="/en/col/col1005/">⟦c:LIVING⟧</a>
</div>
<div class="yw_main">
  <div class="yw_dqwz">⟦c:Current position: <a href="/en/">Home</a> &gt;&gt; <a href="/en/col/col1002/">News</a> &gt;&gt; <a href="/en/col/col1021/">Local News</a>⟧</div>
  <div class="yw_wz">
    <div class="yw_wzbt">⟦t:Lishui launched the province's first mountain area "cloud hospital"⟧</div>
    <div class="yw_wzxx">⟦c:Release time: 2023-07-14 09:15:02  Source: Lishui Daily  Font size: [Large Middle Small]⟧</div>
    <div class="yw_wznr">
      <p>⟦b:Recently, relying on the municipal central hospital, Lishui City officially launched the "Lishui cloud hospital", which is the first internet hospital for mountain areas in Zhejiang Province.⟧</p>
      <p>⟦b:In order to thoroughly implement the decision and deployment of the provincial party committee and the provincial government on the digital reform, the municipal health and health commission take the "cloud hospital" as the starting point, connect the 9 county-level hospitals and 173 township health centers in the city, realize the online consultation, remote imaging diagnosis, remote ECG and other services "one network to run through".⟧</p>
      <p>⟦b:The masses in the remote mountain villages can through the "Zheliban" APP or the "Health Lishui" WeChat official account to make an appointment online, the village doctor assists to complete the video consultation, the medicine is delivered to the village by the express logistics, effectively solve the "last kilometre" problem of the mountain area masses seeing a doctor.⟧</p>
      <p align="center"><img src="/en/upload/2023/07/yyun.jpg" border="0"></p>
      <p>⟦b:At present, the "cloud hospital" has gathered more than 600 doctors in the city, opened 46 online clinical departments. Since the trial operation, it has served more than 32,000 person-times, and the medical insurance online settlement has been realized for chronic disease follow-up prescriptions.⟧</p>
      <p>⟦b:Jinyun County and Qingtian County take the lead to set up the "cloud clinic" in 52 villages, the elderly can see the county hospital experts without leaving the village.⟧</p>
      <p>⟦b:In the next step, our city will further grasp the implementation, expand the service contents of the "cloud hospital", strive to let the masses "small diseases do not leave the village, common diseases do not leave the county".⟧</p>
    </div>
    <div class="yw_dy">⟦c:[<a href="javascript:window.print()">Print</a>]⟧ ⟦c:[<a href="javascript:window.close()">Close</a>]⟧</div>
  </div>
  <div class="yw_right">
    <div class="yw_rbt">⟦c:Hot News⟧</div>
    <ul>
      <li><a href="/en/art/2023/7/10/art_1021_3301.html">⟦c:Lishui ecological product value realization mechanism pilot passed the acceptance⟧</a></li>
      <li><a href="/en/art/2023/7/6/art_1021_3297.html">⟦c:Songyang tea was selected in the national geographical indication protection project⟧</a></li>
      <li><a href="/en/art/2023/7/3/art_1021_3290.html">⟦c:Lishui-Wenzhou railway expected to open to traffic by the end of the year⟧</a></li>
    </ul>
  </div>
</div>
<div class="yw_foot">
  <p>⟦c:Sponsored by: Information Office of Lishui Municipal People's Government⟧</p>
  <p>⟦c:Copyright 2023 Lishui Municipal People's Government. All Rights Reserved.⟧</p>
  <p>⟦c:浙ICP备05007652号  网站标识码：3311000001⟧</p>
</div>
</body>
</html>
''', kind="policy", tags=["digital-health", "primary-care"], published="2023-07-14", regions=["331100"])

# ---- en-06: English-language news site in Japan on childbirth costs
page("h4-en-06-japan-childbirth-costs", "txt", "UTF-8", r'''
c|THE NIPPON LEDGER
c|日本語 | English | 中文
c|National  Politics  Business  Health  Tech  Sports  Opinion
c|We use cookies to personalise content and analyse our traffic. By continuing to browse, you agree to our use of cookies. [OK]
c|HEALTH / SOCIAL ISSUES
t|Health ministry panel backs covering standard childbirth costs with public insurance
c|May 22, 2024 | 06:10 JST
c|STAFF WRITER
b|TOKYO — An expert panel of the health ministry on Tuesday endorsed a plan to cover the cost of standard childbirth with public health insurance, a move aimed at easing the financial burden on families as the number of births continues to fall.
b|Childbirth without complications is currently not covered by Japan's health insurance system. Instead, mothers receive a lump-sum allowance of 500,000 yen, but actual costs vary widely by prefecture, and in Tokyo the average exceeds 600,000 yen.
b|Under the plan, the price of standard delivery would be set nationally, and mothers would not pay the usual 30 percent co-payment. The ministry aims to start the new system as early as fiscal 2026, after consultations with obstetricians and hospitals.
b|Some smaller maternity clinics have warned that a uniform price could make it difficult for them to stay open, particularly in rural areas where many have already closed.
b|The government has made measures to raise the birth rate a priority. The number of babies born in Japan in 2023 fell to about 727,000, a record low for the eighth straight year.
c|RELATED ARTICLES
c|Number of births in Japan hits record low for eighth straight year
c|Tokyo to offer free epidural anesthesia support from next fiscal year
c|EDITOR'S PICKS
c|Why Japan's rural hospitals are running out of obstetricians
c|Share: Facebook / X / LINE / Email
c|(C) The Nippon Ledger. Reproduction of articles without permission is prohibited.
''', kind="policy", tags=["maternal-child", "medical-insurance"], published="2024-05-22", regions=["JP"])

# ---- en-07: English news portal on a health industry park in Taizhou, Jiangsu
page("h4-en-07-taizhou-medical-city-measures", "html", "UTF-8", r'''
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Taizhou medical park rolls out 20 measures to attract biotech firms - Jiangsu Now</title>
<meta name="keywords" content="Taizhou; China Medical City; biomedicine; industrial park">
<meta name="description" content="Taizhou in East China's Jiangsu province has issued 20 measures to support biomedicine companies in its national medical high-tech zone.">
<meta property="og:title" content="Taizhou medical park rolls out 20 measures to attract biotech firms">
<meta name="publishdate" content="2023-06-20">
<link rel="stylesheet" href="//www.jsnow.cn/css/common.css">
<script src="//www.jsnow.cn/js/jquery.js"></script>
</head>
<body>
<div class="topnav">
  <div class="container">
    <a href="//www.jsnow.cn/">⟦c:Home⟧</a>
    <a href="//www.jsnow.cn/news/">⟦c:News⟧</a>
    <a href="//www.jsnow.cn/business/">⟦c:Business⟧</a>
    <a href="//www.jsnow.cn/culture/">⟦c:Culture⟧</a>
    <a href="//www.jsnow.cn/cities/">⟦c:Cities⟧</a>
    <a href="//www.jsnow.cn/video/">⟦c:Video⟧</a>
  </div>
</div>
<div class="container">
  <div class="crumb">⟦c:<a href="//www.jsnow.cn/">Home</a> / <a href="//www.jsnow.cn/cities/">Cities</a> / <a href="//www.jsnow.cn/cities/taizhou/">Taizhou</a>⟧</div>
  <div class="main-left">
    <h1 class="dabiaoti">⟦t:Taizhou medical park rolls out 20 measures to attract biotech firms⟧</h1>
    <div class="info">⟦c:By Xu Lan in Taizhou | Jiangsu Now | Updated: 2023-06-20 09:14⟧</div>
    <div class="fenx">⟦c:Share:⟧ <a class="wx" href="javascript:;">⟦c:WeChat⟧</a> <a class="wb" href="javascript:;">⟦c:Weibo⟧</a></div>
    <div id="Content">
      <p>⟦b:Taizhou in East China's Jiangsu province has issued 20 measures to support biomedicine companies in the China Medical City, its national high-tech zone for the medical industry, as the city seeks to turn its health industry into a 100-billion-yuan cluster.⟧</p>
      <p>⟦b:Under the measures, which took effect on June 1, newly registered innovative drug and medical device companies can receive rent-free lab space for up to three years, and firms whose new drugs enter phase-three clinical trials can get subsidies of up to 10 million yuan.⟧</p>
      <p>⟦b:A service station of the Jiangsu Medical Products Administration in the park will offer guidance on registration and inspection, which officials say can cut the approval time for some class II medical devices by about a third.⟧</p>
      <p><img src="//img.jsnow.cn/2023/06/20/cmc.jpg" alt=""></p>
      <p class="caption">⟦c:An employee works at a vaccine production line in the China Medical City in Taizhou, Jiangsu province. [Photo by Tang Dehong/For Jiangsu Now]⟧</p>
      <p>⟦b:"We want companies to be able to take a product from the lab to the market without leaving the park," said Zhou Ping, deputy director of the zone's administrative committee.⟧</p>
      <p>⟦b:The China Medical City is now home to more than 1,300 pharmaceutical and medical device companies, including over 100 foreign-funded enterprises. Its industrial output reached 82 billion yuan last year, up 12.5 percent year-on-year.⟧</p>
      <p>⟦b:The measures also include talent apartments and school places for the children of high-level researchers, as well as a 2-billion-yuan fund to invest in early-stage biotech projects.⟧</p>
    </div>
    <div class="editor">⟦c:Editor: Wang Yue⟧</div>
    <div class="related">
      <h3>⟦c:Related Stories⟧</h3>
      <ul>
        <li><a href="/cities/taizhou/2023-05/31/c_1021.htm">⟦c:Taizhou vaccine maker wins approval for new flu jab⟧</a></li>
        <li><a href="/cities/taizhou/2023-05/12/c_0987.htm">⟦c:Jiangsu sets out plan to build world-class biomedicine clusters by 2025⟧</a></li>
      </ul>
    </div>
  </div>
  <div class="main-right">
    <div class="topstories">
      <h3>⟦c:Top Stories⟧</h3>
      <ul>
        <li><a href="/news/2023-06/19/c_1093.htm">⟦c:Nanjing metro line 7 enters trial operation ahead of schedule⟧</a></li>
        <li><a href="/news/2023-06/19/c_1090.htm">⟦c:Suzhou's Grand Canal section draws record dragon boat crowds⟧</a></li>
      </ul>
    </div>
    <div class="qrcode"><img src="/images/qr.png" alt=""><p>⟦c:Scan to follow Jiangsu Now on WeChat⟧</p></div>
  </div>
</div>
<div class="footer">
  <p>⟦c:<a href="/about/">About Us</a>⟧ | ⟦c:<a href="/contact/">Contact Us</a>⟧ | ⟦c:<a href="/terms/">Terms of Use</a>⟧</p>
  <p>⟦c:Copyright 2012 - 2023 Jiangsu Now. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Jiangsu Now.⟧</p>
  <p>⟦c:苏ICP备13042233号-2⟧</p>
</div>
</body>
</html>
''', kind="policy", tags=["health-industry"], published="2023-06-20", regions=["321200"], source="Jiangsu Now")

# ---- en-08: supplement brand "news" page dressed as guideline coverage
page("h4-en-08-vitamin-d-guidelines-promo", "html", "UTF-8", r'''
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What the New Dietary Guidelines Mean for Adults Over 50 – NordVital Journal</title>
<meta name="description" content="Federal dietary guidance puts new focus on vitamin D and calcium for older adults. Here's what it means for you.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-03-03T14:30:00-05:00">
<meta property="og:site_name" content="NordVital">
<link rel="stylesheet" href="https://cdn.nordvital.example/theme.css">
<script src="https://cdn.nordvital.example/shop.js" defer></script>
<style>.announcement{background:#0b3d2e;color:#fff}</style>
</head>
<body class="template-article">
<div class="announcement">⟦c:FREE SHIPPING ON ORDERS OVER $49 · SUBSCRIBE &amp; SAVE 15%⟧</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/logo.svg" alt="NordVital"></a>
  <nav>
    <a href="/collections/all">⟦c:Shop All⟧</a>
    <a href="/collections/immunity">⟦c:Immunity⟧</a>
    <a href="/collections/bone-joint">⟦c:Bone &amp; Joint⟧</a>
    <a href="/blogs/journal">⟦c:Journal⟧</a>
    <a href="/pages/our-science">⟦c:Our Science⟧</a>
  </nav>
  <a href="/account">⟦c:Account⟧</a> <a href="/cart">⟦c:Cart (0)⟧</a>
</header>
<main>
  <article class="journal-post">
    <a class="back" href="/blogs/journal">⟦c:← Back to Journal⟧</a>
    <h1>⟦t:What the New Dietary Guidelines Mean for Adults Over 50⟧</h1>
    <p class="post-meta">⟦c:Mar. 3, 2023 · 5 min read · Reviewed by Karen Olsen, RDN⟧</p>
    <div class="rte">
      <p>⟦b:The latest federal dietary guidelines put new emphasis on nutrients that many older Americans fall short on. Among them: vitamin D, calcium, vitamin B12 and dietary fiber.⟧</p>
      <p>⟦b:According to the guidelines, most adults over 50 do not get enough vitamin D from food alone, and the recommended intake rises to 800 IU per day after age 70. Low vitamin D is linked to weaker bones and a higher risk of falls.⟧</p>
      <h2>⟦b:Why food alone may not be enough⟧</h2>
      <p>⟦b:Our skin makes less vitamin D as we age, and many of us spend most of the day indoors. That's why we formulated D3 + K2 Daily with 2,000 IU of plant-based vitamin D3 and 100 mcg of vitamin K2 to help direct calcium to your bones.*⟧</p>
      <div class="product-card">
        <img src="/products/d3k2.jpg" alt="D3 + K2 Daily bottle">
        <p class="pc-name">⟦c:D3 + K2 Daily · 60 softgels⟧</p>
        <p class="pc-rating">⟦c:★★★★★ 4.8 (2,143 reviews)⟧</p>
        <p class="pc-price">⟦c:$24.00⟧</p>
        <a class="btn" href="/products/d3-k2-daily">⟦c:Shop now⟧</a>
      </div>
      <p>⟦b:Talk to your doctor before starting any supplement, especially if you take blood thinners.⟧</p>
      <p>⟦b:For a limited time, new subscribers save 20% on their first order with code BONES20.⟧</p>
    </div>
    <p class="fda">⟦c:*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.⟧</p>
  </article>
  <section class="more-posts">
    <h3>⟦c:You might also like⟧</h3>
    <a href="/blogs/journal/magnesium-and-sleep">⟦c:Magnesium and sleep: what the research actually says⟧</a>
    <a href="/blogs/journal/collagen-myths">⟦c:5 collagen myths, debunked by our nutritionist⟧</a>
  </section>
</main>
<footer>
  <div class="signup"><p>⟦c:Join the NordVital list for wellness tips and early access to new products.⟧</p><input type="email" placeholder="Email address"><button>⟦c:Join⟧</button></div>
  <p>⟦c:© 2023 NordVital Inc.⟧</p>
  <a href="/policies/refund-policy">⟦c:Refund policy⟧</a>
  <a href="/policies/privacy-policy">⟦c:Privacy policy⟧</a>
</footer>
</body>
</html>
''', kind="marketing", published="2023-03-03")

# ---- en-09: press release on a phase 3 trial, with scraper markers
page("h4-en-09-phase3-heart-failure-trial", "txt", "UTF-8", r'''
c|URL: https://www.prwire-news.example/news-releases/helixa-therapeutics-reports-positive-topline-results-from-phase-3-bridge-hf-trial-302011874.html
c|[Scraped at 2023-10-13 04:12:55 UTC]
c|News provided by Helixa Therapeutics, Inc.
c|Oct 12, 2023, 07:00 ET
c|Share this article
t|Helixa Therapeutics Reports Positive Topline Results from Phase 3 BRIDGE-HF Trial of Veltaricept in Heart Failure with Preserved Ejection Fraction
b|Trial met primary endpoint, reducing the composite of cardiovascular death and worsening heart failure events by 21% versus placebo
b|Company plans to submit a New Drug Application to the U.S. Food and Drug Administration in the first half of 2024
b|SAN DIEGO, Oct. 12, 2023 /PRWire/ -- Helixa Therapeutics, Inc. (Nasdaq: HLXA), a clinical-stage biopharmaceutical company, today announced positive topline results from BRIDGE-HF, a global Phase 3 trial evaluating once-weekly veltaricept in patients with heart failure with preserved ejection fraction (HFpEF).
b|BRIDGE-HF enrolled 3,412 patients at 410 sites in 22 countries. Over a median follow-up of 20 months, veltaricept reduced the risk of the primary composite endpoint by 21% compared with placebo (hazard ratio 0.79; 95% CI 0.69-0.90; p<0.001).
b|Veltaricept was generally well tolerated. The most common adverse events were injection-site reactions and dizziness; rates of serious adverse events were similar between the two groups.
b|"Patients with HFpEF have very few treatment options, and these results are an important step forward," said Dr. Maria Ekström, principal investigator of the trial.
b|Detailed results will be presented at an upcoming medical meeting.
b|About Helixa Therapeutics
b|Helixa Therapeutics is a biopharmaceutical company developing novel therapies for cardiovascular and metabolic diseases. For more information, visit www.helixatx.example.
c|Forward-Looking Statements
c|This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements regarding the timing of regulatory submissions and the therapeutic potential of veltaricept. Actual results may differ materially from those indicated by such statements.
c|Investor Contact: ir@helixatx.example
c|SOURCE Helixa Therapeutics, Inc.
c|--- end of page ---
''', kind="trial", published="2023-10-12")

# ---- en-10: earnings story on a pharma maker hit by volume-based procurement (CRLF)
page("h4-en-10-pharma-half-year-results", "txt", "UTF-8", r'''
c|ASIA PHARMA BRIEF
c|Markets | Companies | Policy | Deals | Data
c|Companies
t|Huakang Pharmaceutical's first-half profit falls 18% as volume-based procurement squeezes prices
c|20 August 2024 · By Chen Yufei
b|Zhejiang Huakang Pharmaceutical Co. said net profit attributable to shareholders fell 18.4% year on year to 612 million yuan in the first half, as price cuts from China's national volume-based procurement (VBP) programme weighed on its generic drug business.
b|Revenue slipped 3.1% to 4.87 billion yuan, the Shanghai-listed company said in a filing late on Monday. Sales of its cardiovascular generics, several of which were included in the latest round of centralised procurement, dropped 27%.
b|Huakang, headquartered in Linhai in Zhejiang province, said it would speed up its shift towards innovative drugs and overseas markets. Research and development spending rose 22% to 538 million yuan, equal to 11% of revenue.
b|The company expects two innovative drug candidates, including an oral anticoagulant, to enter phase 3 trials by the end of the year.
b|Shares in Huakang closed 4.2% lower at 18.36 yuan on Tuesday, while the CSI 300 Health Care Index was little changed.
b|Analysts at a Shanghai brokerage cut their full-year earnings forecast by 9%, citing continuing pressure on generic drug prices.
c|This article is for information only and does not constitute investment advice. Asia Pharma Brief does not hold positions in the securities mentioned.
c|Premium subscribers: download the full results table (Excel)
c|MORE FROM COMPANIES
c|Jinhua biotech licenses bispecific antibody to U.S. partner in $700m deal
c|Hospital operator shares slide after anti-corruption probe widens
''', kind="earnings", published="2024-08-20", crlf=True)

# ---- en-11: public-health-flavoured wellness tips on a community health blog, no full date
page("h4-en-11-heat-wellness-tips", "txt", "UTF-8", r'''
c|Riverside Community Health Partnership
c|About us | Services | Find a clinic | Health A-Z | Blog | Contact
c|Home » Blog » Healthy living
t|Beat the heat: eight ways to stay well when temperatures climb
c|Posted last Friday by the Health Promotion Team · 4 min read
b|Heat-health alerts are issued when high temperatures are likely to affect people's health. Older people, babies and young children, and people with long-term conditions such as heart or lung disease are most at risk.
b|Here are eight simple things you can do to keep yourself and others safe:
b|1. Drink plenty of fluids, even if you do not feel thirsty. Water, diluted squash and milk are all good choices.
b|2. Keep out of the sun between 11am and 3pm, when UV rays are strongest.
b|3. Close curtains on windows that face the sun during the day, and open windows when it is cooler outside at night.
b|4. Never leave anyone, including pets, in a parked car.
b|5. Check on older neighbours, friends and relatives who live alone.
b|6. Wear loose, light-coloured clothing and a wide-brimmed hat.
b|7. Take cool showers or splash yourself with cool water.
b|8. If you take regular medicines, ask your pharmacist whether heat could affect them or how they should be stored.
b|Call 999 if someone has signs of heatstroke, such as hot dry skin, confusion, a seizure or loss of consciousness. While you wait, move them somewhere cool and keep them cool.
c|Was this article helpful? 👍 👎
c|Tags: summer, heat, older people, self-care
c|You may also be interested in
c|Hay fever season: when to see a pharmacist and when to see your GP
c|Why sun cream alone is not enough to protect your skin
c|Follow us on Facebook, Instagram and X @RiversideCHP
c|The information on this page is for general guidance only and does not replace advice from your GP, pharmacist or other health professional.
''', kind="wellness")

# ---- en-12: contract award notice for a screening service from an NHS trust
page("h4-en-12-diabetic-eye-screening-award", "txt", "UTF-8", r'''
c|Public Contracts Portal
c|Sign in | Register | Help
c|Search notices > Notice details
c|Contract award notice
t|Provision of Community Diabetic Eye Screening Service
c|Published 5 February 2024, 3:42pm
c|Notice identifier: 2024/S 000-003917
b|Buyer: Northfield and Dale NHS Foundation Trust
b|Address: Procurement Department, Northfield General Hospital, Moor Lane, Northfield, NF4 2PL, United Kingdom
b|Description: The Trust has awarded a contract for the provision of a community diabetic eye screening service for people aged 12 and over with diabetes registered with GP practices in the Northfield and Dale area, covering approximately 61,000 eligible patients per year.
b|The service includes invitation and recall, digital retinal photography at community sites, grading, referral to hospital eye services and failsafe tracking, in line with national screening programme standards.
b|Procedure type: Open procedure
b|Award criteria: Quality 70%, Price 30%
b|Date of conclusion of contract: 18/01/2024
b|Contract period: 1 April 2024 to 31 March 2029, with an option to extend for up to 24 months
b|Total value of the contract: £9,450,000 excluding VAT
b|Number of tenders received: 4
b|Name of contractor: Clearview Retinal Services Ltd, Leeds, United Kingdom
b|The contractor is an SME: Yes
b|Review body: High Court of England and Wales
c|Report an issue with this notice
c|Download this notice as PDF
c|Cookies | Privacy | Accessibility statement | Terms and conditions
''', kind="tender", published="2024-02-05", regions=["GB"])

# ---- en-13: machine-translated English channel, cultural festival news (other), Fuzhou in Jiangxi
page("h4-en-13-fuzhou-jx-theatre-festival", "txt", "UTF-8", r'''
c|Fuzhou China
c|Home | Fuzhou Overview | News | Culture and Tourism | Invest in Fuzhou | 中文
c|The current location: Home > News > Fuzhou News
t|The 2023 Tang Xianzu International Theatre Festival opened in our city
c|Release time: 2023-04-21　Source: Fuzhou Daily　Font:[Big Middle Small]
b|On the evening of April 20, the 2023 (the 7th) Tang Xianzu International Theatre Festival and the Tang Xianzu Drama Festival of Linchuan opened in the Tang Xianzu Grand Theatre of our city.
b|The festival lasts for 45 days, more than 60 opera troupes from Jiangxi, Zhejiang, Jiangsu and the United Kingdom, Spain and other countries will stage 180 performances, including Kun opera "The Peony Pavilion", Gan opera and Shakespeare's plays.
b|During the festival, our city will also hold a series of activities such as cultural and tourism product exhibition, the "Linchuan talent" forum, the intangible cultural heritage market and the national fitness and health walking, so that the masses can enjoy the cultural feast at their doorstep.
b|In recent years, Fuzhou City has deeply excavated the cultural resources of Tang Xianzu, built the "Oriental Shakespeare" city cultural name card, and promoted the integration development of culture and tourism.
c|[Print this page]　[Close this page]
c|Previous article: Fuzhou City held the investment promotion conference of the digital economy industry
c|Next article: Nanfeng tangerine was selected in the list of national agricultural brand
c|Host: Information Office of Fuzhou Municipal People's Government, Jiangxi Province
c|Gan ICP No. 05003456-3  Website identification code: 3610000001
''', kind="other", published="2023-04-21", regions=["361000"], source="Fuzhou Daily")

if __name__ == "__main__":
    sys.exit(main())
