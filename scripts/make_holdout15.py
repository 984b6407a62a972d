#!/usr/bin/env python3
"""Generate tests/holdout15/, a blind held-out evaluation set for healthfeed.

Twenty-four invented pages (half Chinese, half English; plain scraper text and full HTML;
UTF-8, UTF-8 with BOM, CRLF, GBK, GB18030, Big5) with their gold files, in the format of
tests/corpus/README.md. The set was written blind: without looking at src/, config/,
scripts/ (other than this generator) or any other corpus, so that it measures how the
cleaner and classifier generalise rather than how well they fit their own examples.

Each page is written once, with its labels inline, and the gold is derived from it:

* text pages: one line per block, each prefixed `T|` (title), `B|` (body paragraph),
  `C|` (chrome) or `_|` (a whitespace-only line); an empty source line is an empty line;
* HTML pages: raw markup in which every visible piece of text sits inside a marker
  `⟪T|…⟫`, `⟪B|…⟫` or `⟪C|…⟫` (markers are removed before the page is written; the gold
  string is the marker's visible text, whitespace collapsed).

After writing, the script re-reads every file and checks it independently of the markers
(decoding, visible-text coverage, gold parse and keys, the corpus consistency rules) and
exits 1 naming every problem it finds.

Run: python3 scripts/make_holdout15.py
"""

from __future__ import annotations

import html
import html.parser
import json
import re
import sys
import tomllib
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout15"
PREFIX = "h15"

TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child",
    "chronic-disease",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender",
         "economy", "other"}
NEGATIVE_KINDS = KINDS - {"policy", "other"}
ENCODINGS = {"UTF-8": "utf-8", "UTF-8-BOM": "utf-8", "GBK": "gbk", "GB18030": "gb18030",
             "Big5": "big5"}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}
REQUIRED_LABELS = {"health_policy", "kind", "tags", "regions"}
BOM = b"\xef\xbb\xbf"

PAGES: list[dict] = []


def page(name, lang, fmt, encoding, src, *, policy, kind, tags, regions,
         published=None, source=None, crlf=False):
    """Register one page; `src` is the marked-up source described in the module doc."""
    PAGES.append(dict(name=f"{PREFIX}-{name}", lang=lang, fmt=fmt, encoding=encoding,
                      src=src, crlf=crlf,
                      labels=dict(health_policy=policy, kind=kind, tags=tags,
                                  published=published, regions=regions, source=source)))


def norm(s: str) -> str:
    """Collapse whitespace runs to one space and trim, as the scorer does."""
    return " ".join(s.split())


def nonws_len(s: str) -> int:
    return sum(1 for c in s if not c.isspace())


def has_word(s: str) -> bool:
    """True when a letter or digit is left: separators alone do not count as text."""
    return any(unicodedata.category(c)[0] in "LN" for c in s)


# ---------------------------------------------------------------------------------------
# Building pages from their marked-up sources
# ---------------------------------------------------------------------------------------

class Gold:
    def __init__(self):
        self.title: str | None = None
        self.body: list[str] = []
        self.chrome: list[str] = []
        self.errors: list[str] = []

    def add(self, kind: str, text: str, where: str):
        if not text:
            self.errors.append(f"{where}: empty {kind} entry")
            return
        if kind == "T":
            if self.title is not None and self.title != text:
                self.errors.append(f"{where}: two different titles {self.title!r} / {text!r}")
            self.title = text
        elif kind == "B":
            if text in self.body:
                self.errors.append(f"{where}: body paragraph twice: {text!r}")
            self.body.append(text)
        elif kind == "C":
            if text not in self.chrome:
                self.chrome.append(text)
        else:
            self.errors.append(f"{where}: unknown label {kind!r}")


def build_text(src: str, name: str) -> tuple[str, Gold]:
    gold = Gold()
    out = []
    for n, raw in enumerate(src.strip("\n").split("\n"), 1):
        if raw == "":
            out.append("")
            continue
        label, sep, content = raw.partition("|")
        if sep != "|" or label not in ("T", "B", "C", "_"):
            gold.errors.append(f"{name} line {n}: no label: {raw!r}")
            continue
        out.append(content)
        if label == "_":
            if content.strip():
                gold.errors.append(f"{name} line {n}: '_' line is not blank")
            continue
        # Leading indentation (ASCII or ideographic spaces) is not part of a paragraph.
        gold.add(label, content.strip(), f"{name} line {n}")
    return "\n".join(out) + "\n", gold


MARK = re.compile(r"⟪([A-Z_]?)\|(.*?)⟫", re.S)
TAG = re.compile(r"<[^>]*>")


def build_html(src: str, name: str) -> tuple[str, Gold]:
    gold = Gold()

    def take(m: re.Match) -> str:
        inner = m.group(2)
        if "<br" in inner.lower():
            gold.errors.append(f"{name}: <br> inside a marker: {inner[:40]!r}")
        gold.add(m.group(1), norm(html.unescape(TAG.sub("", inner))), name)
        return inner

    page_text = MARK.sub(take, src)
    if "⟪" in page_text or "⟫" in page_text:
        gold.errors.append(f"{name}: unbalanced marker")
    return page_text.lstrip("\n"), gold


# ---------------------------------------------------------------------------------------
# Independent checks on the written files
# ---------------------------------------------------------------------------------------

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "button", "caption",
    "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "label", "legend", "li", "main",
    "nav", "ol", "option", "p", "section", "select", "summary", "details", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "input", "textarea",
}
INVISIBLE = {"script", "style", "title", "template", "iframe", "svg", "object"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "param", "source", "track", "wbr"}


class Visible(html.parser.HTMLParser):
    """Renders an HTML page to its visible lines (one per block) and text nodes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[list[str]] = [[]]
        self.nodes: list[str] = []
        self.hidden = 0

    def _break(self):
        if self.lines[-1]:
            self.lines.append([])

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE and tag not in VOID:
            self.hidden += 1
        if tag in BLOCK:
            self._break()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self._break()

    def handle_endtag(self, tag):
        if tag in INVISIBLE and self.hidden:
            self.hidden -= 1
        if tag in BLOCK:
            self._break()

    def handle_data(self, data):
        if self.hidden:
            return
        self.lines[-1].append(data)
        if norm(data):
            self.nodes.append(norm(data))

    def rendered(self) -> list[str]:
        return [t for t in (norm("".join(parts)) for parts in self.lines) if t]


def covered(line: str, strings: list[str]) -> bool:
    """True when nothing but separators is left once the gold strings are cut out."""
    rest = line
    for s in sorted(strings, key=len, reverse=True):
        rest = rest.replace(s, "\u0000")
    return not has_word(rest)


def toml_str(s: str) -> str:
    # A JSON string (no ASCII escaping) is a valid TOML basic string.
    return json.dumps(s, ensure_ascii=False)


def gold_toml(p: dict, gold: Gold) -> str:
    lab = p["labels"]
    lines = [
        f'lang = {toml_str(p["lang"])}',
        f'encoding = {toml_str(p["encoding"])}',
        f"title = {toml_str(gold.title or '')}",
        "body = [",
        *[f"  {toml_str(b)}," for b in gold.body],
        "]",
        "chrome = [",
        *[f"  {toml_str(c)}," for c in gold.chrome],
        "]",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['health_policy'] else 'false'}",
        f"kind = {toml_str(lab['kind'])}",
        "tags = [" + ", ".join(toml_str(t) for t in lab["tags"]) + "]",
    ]
    if lab["published"]:
        lines.append(f"published = {lab['published']}")
    lines.append("regions = [" + ", ".join(toml_str(r) for r in lab["regions"]) + "]")
    if lab["source"]:
        lines.append(f"source = {toml_str(lab['source'])}")
    return "\n".join(lines) + "\n"


def encode(text: str, encoding: str) -> bytes:
    data = text.encode(ENCODINGS[encoding])  # strict: an unencodable character fails here
    return BOM + data if encoding == "UTF-8-BOM" else data


def decode(data: bytes, encoding: str) -> str:
    if encoding == "UTF-8-BOM":
        if not data.startswith(BOM):
            raise ValueError("no BOM")
        data = data[len(BOM):]
    elif encoding == "UTF-8" and data.startswith(BOM):
        raise ValueError("unexpected BOM")
    return data.decode(ENCODINGS[encoding])


REGION = re.compile(r"^(?:[1-8]\d{5}|[A-Z]{2})$")


def check_gold_file(path: Path, errors: list[str]) -> dict | None:
    try:
        g = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        errors.append(f"{path.name}: does not parse: {e}")
        return None
    where = path.name
    if set(g) - TOP_KEYS:
        errors.append(f"{where}: unknown keys {sorted(set(g) - TOP_KEYS)}")
    if set(TOP_KEYS) - set(g):
        errors.append(f"{where}: missing keys {sorted(set(TOP_KEYS) - set(g))}")
        return None
    lab = g["labels"]
    if set(lab) - LABEL_KEYS:
        errors.append(f"{where}: unknown label keys {sorted(set(lab) - LABEL_KEYS)}")
    if REQUIRED_LABELS - set(lab):
        errors.append(f"{where}: missing label keys {sorted(REQUIRED_LABELS - set(lab))}")
        return None
    if g["lang"] not in ("zh", "en"):
        errors.append(f"{where}: lang {g['lang']!r}")
    if g["encoding"] not in ENCODINGS:
        errors.append(f"{where}: encoding {g['encoding']!r}")
    if not isinstance(g["title"], str) or not all(isinstance(x, str) for x in g["body"] + g["chrome"]):
        errors.append(f"{where}: title/body/chrome must be strings")
    if lab["kind"] not in KINDS:
        errors.append(f"{where}: kind {lab['kind']!r}")
    if (lab["kind"] == "policy") != (lab["health_policy"] is True):
        errors.append(f"{where}: kind = policy must go with health_policy = true")
    if not set(lab["tags"]) <= TAGS:
        errors.append(f"{where}: tags outside the closed set {sorted(set(lab['tags']) - TAGS)}")
    if lab["health_policy"] and not 1 <= len(lab["tags"]) <= 4:
        errors.append(f"{where}: a policy page needs 1-4 tags")
    if not lab["health_policy"] and lab["tags"]:
        errors.append(f"{where}: tags on a non-policy page")
    if "published" in lab and not isinstance(lab["published"], date):
        errors.append(f"{where}: published is not a date")
    for r in lab["regions"]:
        if not REGION.match(r) or r == "CN":
            errors.append(f"{where}: region {r!r}")
    return g


def check_page(p: dict, text: str, gold: Gold, errors: list[str]):
    name = p["name"]
    path = OUT / f"{name}.{p['fmt']}"
    data = path.read_bytes()
    # 1. The page decodes with its declared encoding to exactly the intended text.
    try:
        back = decode(data, p["encoding"])
    except (UnicodeDecodeError, ValueError) as e:
        errors.append(f"{name}: does not decode as {p['encoding']}: {e}")
        return
    if back != text:
        errors.append(f"{name}: decoded text differs from the intended text")
    if "\ufffd" in back:
        errors.append(f"{name}: U+FFFD in the page")
    # Browsers decode GBK with the GB18030 tables and Big5 with the HKSCS ones: agree.
    alt = {"GBK": "gb18030", "Big5": "big5hkscs"}.get(p["encoding"])
    if alt and data.decode(alt) != text:
        errors.append(f"{name}: {alt} reading differs from {p['encoding']}")
    if p["encoding"] == "GB18030":
        try:
            text.encode("gbk")
            errors.append(f"{name}: GB18030 page that GBK could encode (use GBK)")
        except UnicodeEncodeError:
            pass
    if p["crlf"]:
        if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data):
            errors.append(f"{name}: CRLF page with bare LF")
    elif b"\r" in data:
        errors.append(f"{name}: stray CR")

    # 2. The gold file parses, has only known keys and says what the source says.
    g = check_gold_file(OUT / f"{name}.gold.toml", errors)
    if g is None:
        return
    if (g["title"], g["body"], g["chrome"]) != (gold.title or "", gold.body, gold.chrome):
        errors.append(f"{name}: gold file does not round-trip")
    if g["lang"] != p["lang"] or g["encoding"] != p["encoding"]:
        errors.append(f"{name}: lang/encoding mismatch")

    title, body, chrome = g["title"], g["body"], g["chrome"]
    every = ([title] if title else []) + body + chrome

    # 3. Every visible line / text node is labelled, and every label is visible.
    if p["fmt"] == "txt":
        lines = [ln.strip() for ln in back.replace("\r\n", "\n").split("\n")]
        labelled = set(every)
        for n, ln in enumerate(lines, 1):
            if ln and ln not in labelled:
                errors.append(f"{name} line {n}: unlabelled line {ln!r}")
        visible = [ln for ln in lines if ln]
        units = visible
    else:
        v = Visible()
        v.feed(back)
        v.close()
        visible = v.rendered()
        ne = [norm(s) for s in every]
        for node in v.nodes:
            if has_word(node) and not any(node in s for s in ne):
                errors.append(f"{name}: visible text node not in gold: {node!r}")
        for ln in visible:
            if not covered(ln, ne):
                errors.append(f"{name}: visible line not covered by gold: {ln!r}")
        units = visible
    nvis = [norm(u) for u in units]
    for s in every:
        if not any(norm(s) in u for u in nvis):
            errors.append(f"{name}: gold string not visible: {s!r}")
    # Title and body paragraphs are whole lines/blocks, body in page order.
    if title and norm(title) not in nvis:
        errors.append(f"{name}: title is not a line/block of its own: {title!r}")
    pos = -1
    for b in body:
        try:
            i = nvis.index(norm(b), pos + 1)
        except ValueError:
            errors.append(f"{name}: body paragraph not a block of its own or out of order: {b[:40]!r}")
            continue
        pos = i

    # 4. The corpus consistency rules: no chrome line is, or hides in, a body paragraph.
    nb = [norm(b) for b in body]
    for c in chrome:
        cn = norm(c)
        if cn in nb or (nonws_len(cn) >= 10 and any(cn in b for b in nb)):
            errors.append(f"{name}: chrome line is inside the body: {c!r}")
        if title and cn == norm(title):
            errors.append(f"{name}: title listed as chrome")
    if title and norm(title) in nb:
        errors.append(f"{name}: title repeated in the body")
    if not body:
        errors.append(f"{name}: no body")


def main() -> int:
    errors: list[str] = []
    names = [p["name"] for p in PAGES]
    if len(names) != len(set(names)):
        errors.append("duplicate page names")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{PREFIX}-*"):
        old.unlink()
    built = []
    for p in PAGES:
        if not re.fullmatch(rf"{PREFIX}-(zh|en)-\d\d-[a-z0-9-]+", p["name"]) or \
                f"-{p['lang']}-" not in p["name"]:
            errors.append(f"{p['name']}: bad name")
        text, gold = (build_text if p["fmt"] == "txt" else build_html)(p["src"], p["name"])
        errors.extend(gold.errors)
        if p["crlf"]:
            text = text.replace("\n", "\r\n")
        try:
            data = encode(text, p["encoding"])
        except UnicodeEncodeError as e:
            errors.append(f"{p['name']}: cannot encode as {p['encoding']}: {e}")
            continue
        (OUT / f"{p['name']}.{p['fmt']}").write_bytes(data)
        (OUT / f"{p['name']}.gold.toml").write_text(gold_toml(p, gold), encoding="utf-8")
        built.append((p, text, gold))
    for p, text, gold in built:
        check_page(p, text, gold, errors)
    check_set(errors)
    (OUT / "README.md").write_text(readme(), encoding="utf-8")
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} problem(s); tests/holdout15 is NOT valid", file=sys.stderr)
        return 1
    print(f"wrote and checked {len(built)} pages in {OUT.relative_to(ROOT)}")
    return 0


# =======================================================================================
# The pages. Chinese first, then English. Every name, number and quotation is invented.
# =======================================================================================

# --- zh-01: prefecture insurance bureau notice, old table layout, pinyin class names ---
page("zh-01-taizhou-drg-payment", "zh", "html", "UTF-8", r"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>台州市医疗保障局关于深化按病组（DRG）点数付费改革的实施意见-台州市医疗保障局</title>
<meta name="SiteName" content="台州市医疗保障局" />
<meta name="SiteDomain" content="ybj.tzcity.gov.cn" />
<meta name="SiteIDCode" content="3310000027" />
<meta name="ColumnName" content="政策文件" />
<meta name="ArticleTitle" content="台州市医疗保障局关于深化按病组（DRG）点数付费改革的实施意见" />
<meta name="PubDate" content="2025-12-08 09:15" />
<meta name="ContentSource" content="市医保局" />
<meta name="Keywords" content="DRG,点数付费,支付方式改革,医保基金" />
<link href="/images/tzyb_css.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}
var _hmt = _hmt || [];
</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="dbt">
  <tr>
    <td class="dbt_l">⟪C|今天是：<span id="jt_rq"></span>⟫<script type="text/javascript">document.getElementById('jt_rq').innerHTML=new Date().toLocaleDateString();</script></td>
    <td class="dbt_r" align="right"><a href="javascript:void(0)" id="wza">⟪C|无障碍浏览⟫</a>&nbsp;|&nbsp;<a href="javascript:void(0)">⟪C|长者模式⟫</a>&nbsp;|&nbsp;<a href="/col/col1229/index.html">⟪C|政务微博⟫</a>&nbsp;|&nbsp;<a href="/login.jsp">⟪C|用户登录⟫</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="tou">
  <tr>
    <td width="560"><img src="/images/logo_tzyb.png" alt="台州市医疗保障局" width="520" height="90" /></td>
    <td class="ss_k"><form action="/jrobot/search.do" method="get"><input type="text" name="q" value="" placeholder="请输入关键字" /><input type="submit" value="搜索" class="ss_an" /></form></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="dh">
  <tr>
    <td><a href="/">⟪C|首页⟫</a></td>
    <td><a href="/col/col1201/">⟪C|机构概况⟫</a></td>
    <td><a href="/col/col1202/">⟪C|政务公开⟫</a></td>
    <td><a href="/col/col1203/">⟪C|医保要闻⟫</a></td>
    <td><a href="/col/col1204/">⟪C|办事服务⟫</a></td>
    <td><a href="/col/col1205/">⟪C|基金监管⟫</a></td>
    <td><a href="/col/col1206/">⟪C|互动交流⟫</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nrk">
  <tr>
    <td width="230" valign="top" class="zlm">
      <div class="zlm_bt">⟪C|政策文件⟫</div>
      <ul class="zlm_lb">
        <li><a href="/col/col1231/">⟪C|市医保局文件⟫</a></li>
        <li><a href="/col/col1232/">⟪C|规范性文件⟫</a></li>
        <li><a href="/col/col1233/">⟪C|政策解读⟫</a></li>
        <li><a href="/col/col1234/">⟪C|上级文件⟫</a></li>
      </ul>
      <div class="zlm_bt">⟪C|便民查询⟫</div>
      <ul class="zlm_lb">
        <li><a href="/col/col1241/">⟪C|定点医药机构查询⟫</a></li>
        <li><a href="/col/col1242/">⟪C|医保目录查询⟫</a></li>
        <li><a href="/col/col1243/">⟪C|异地就医备案⟫</a></li>
      </ul>
    </td>
    <td width="20"></td>
    <td valign="top" class="ylm">
      <div class="dqwz">⟪C|当前位置：<a href="/">首页</a> &gt; <a href="/col/col1202/">政务公开</a> &gt; <a href="/col/col1231/">政策文件</a>⟫</div>
      <table width="100%" border="0" cellspacing="1" cellpadding="4" class="xxgk_bg">
        <tr>
          <td width="50%">⟪C|<b>索　引　号：</b>11331000MB1D48572K/2025-00417⟫</td>
          <td>⟪C|<b>主题分类：</b>卫生、体育\医药管理⟫</td>
        </tr>
        <tr>
          <td>⟪C|<b>发文机关：</b>台州市医疗保障局⟫</td>
          <td>⟪C|<b>成文日期：</b>2025-12-05⟫</td>
        </tr>
        <tr>
          <td>⟪C|<b>文　　号：</b>台医保发〔2025〕23号⟫</td>
          <td>⟪C|<b>有 效 性：</b>有效⟫</td>
        </tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="nr_bt" align="center">⟪T|台州市医疗保障局关于深化按病组（DRG）点数付费改革的实施意见⟫</td></tr>
        <tr><td class="fbsj" align="center">⟪C|发布时间：2025-12-08 09:15&nbsp;&nbsp;&nbsp;来源：市医保局&nbsp;&nbsp;&nbsp;浏览次数：<span id="llcs">2417</span>⟫</td></tr>
        <tr><td class="zt" align="right">⟪C|【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】⟫</td></tr>
      </table>
      <div id="zoom" class="zw">
<p>⟪B|各县（市、区）医疗保障局，台州湾新区医疗保障分局，市级各定点医疗机构：⟫</p>
<p>⟪B|　　为贯彻落实国家和省关于医保支付方式改革的决策部署，进一步发挥医保支付在引导医疗资源合理配置、规范医疗服务行为、控制医疗费用不合理增长中的杠杆作用，在总结我市2020年以来住院费用按病组（DRG）点数付费改革经验的基础上，结合实际，现提出如下实施意见。⟫</p>
<p>⟪B|　　一、总体目标。到2026年底，全市符合条件的定点医疗机构住院费用全面实行DRG点数付费，病组入组率稳定在97%以上，DRG付费医保基金支出占住院医保基金支出比例达到85%以上。到2027年，基本建立管用高效的医保支付机制，推动医疗机构由规模扩张向提质增效转变。⟫</p>
<p>⟪B|　　二、优化病组与点数管理。在全省统一分组方案基础上，运用本地三年历史病例数据开展分组校验，对病例数较少、费用离散度高的病组予以合并或细分。新技术、新项目经评审后可实行除外支付，原则上支持期限不超过3年。基准点数每年动态调整一次，调整方案提前向社会公布。⟫</p>
<p class="xgyd">⟪C|<a href="/art/2025/12/8/art_1233_58813.html">相关阅读：《台州市深化DRG点数付费改革实施意见》政策解读</a>⟫</p>
<p>⟪B|　　三、完善预算与清算机制。实行“年度总额预算、按月预付、年终清算”，月度预付金额不低于定点医疗机构上年度月均统筹基金结算额的90%。对基层医疗机构收治的常见病、多发病，推行“同病同价”，引导分级诊疗。⟫</p>
<p>⟪B|　　四、健全特例单议和协商机制。因病情复杂导致费用显著偏离病组标准的病例，由定点医疗机构自主申报特例单议，单议比例控制在出院总人次的5%以内。建立医保经办机构与医疗机构集体协商机制，每年至少开展一次病组点数协商。⟫</p>
<p>⟪B|　　五、强化监管和考核。将高套分组、分解住院、转嫁费用、推诿重症患者等行为纳入医保医师积分管理，考核结果与年终清算、定点协议续签挂钩。椒江、黄岩、路桥三区定点医疗机构率先运用大数据智能审核系统，实现DRG病例事前提醒、事中审核。⟫</p>
<p>⟪B|　　六、加强部门协同。各级卫生健康部门要将DRG运行指标纳入公立医院绩效考核，财政部门要按规定落实医保经办经费，推动医保、医疗、医药协同发展和治理。⟫</p>
<p>⟪B|　　本意见自2026年1月1日起施行，有效期5年。此前有关规定与本意见不一致的，以本意见为准。⟫</p>
<p align="right">⟪B|台州市医疗保障局⟫</p>
<p align="right">⟪B|2025年12月5日⟫</p>
      </div>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="dyk">
        <tr>
          <td align="left"><img src="/images/ewm_page.png" width="80" height="80" alt="" />⟪C|扫一扫在手机打开当前页⟫</td>
          <td align="right"><a href="javascript:window.print()">⟪C|【打印本页】⟫</a>&nbsp;<a href="javascript:window.close()">⟪C|【关闭窗口】⟫</a></td>
        </tr>
      </table>
      <div class="sxp">
        <p>⟪C|上一篇：<a href="/art/2025/12/1/art_1231_58790.html">台州市医疗保障局关于做好2026年度城乡居民基本医疗保险参保缴费工作的通知</a>⟫</p>
        <p>⟪C|下一篇：<a href="/art/2025/12/10/art_1231_58840.html">关于公布2025年第四批医保定点零售药店名单的公告</a>⟫</p>
      </div>
      <div class="xgwj">
        <div class="xgwj_bt">⟪C|相关信息⟫</div>
        <ul>
          <li><a href="/art/2025/11/20/art_1203_58702.html">⟪C|全市DRG支付方式改革工作推进会召开⟫</a></li>
          <li><a href="/art/2025/10/15/art_1203_58511.html">⟪C|市医保局赴温岭开展DRG病案质量专项调研⟫</a></li>
          <li><a href="/art/2025/09/02/art_1233_58380.html">⟪C|一图读懂：DRG点数付费到底怎么算⟫</a></li>
        </ul>
      </div>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="yqlj">
  <tr>
    <td width="90">⟪C|友情链接：⟫</td>
    <td>
      <select onchange="window.open(this.value)">
        <option value="">⟪C|——国家及省级网站——⟫</option>
        <option value="#">⟪C|国家医疗保障局⟫</option>
        <option value="#">⟪C|浙江省医疗保障局⟫</option>
      </select>
      <select onchange="window.open(this.value)">
        <option value="">⟪C|——县（市、区）医保局——⟫</option>
        <option value="#">⟪C|椒江区医疗保障局⟫</option>
        <option value="#">⟪C|温岭市医疗保障局⟫</option>
        <option value="#">⟪C|临海市医疗保障局⟫</option>
      </select>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="dbxx">
  <tr>
    <td width="120" align="center"><img src="/images/dzjg.png" alt="党政机关" width="55" height="60" /></td>
    <td class="dbxx_wz">
      <p>⟪C|<a href="/col/col1290/">网站地图</a>⟫ | ⟪C|<a href="/col/col1291/">联系我们</a>⟫ | ⟪C|<a href="/col/col1292/">隐私声明</a>⟫</p>
      <p>⟪C|主办单位：台州市医疗保障局　　地址：台州市椒江区市府大道东段688号　　邮编：318000⟫</p>
      <p>⟪C|医保服务热线：0576-12393　　网站标识码：3310000027⟫</p>
      <p>⟪C|<a href="https://beian.miit.gov.cn/">浙ICP备13027714号-2</a>⟫　⟪C|<img src="/images/ga.png" alt="" />浙公网安备 33100202000871号⟫</p>
      <p>⟪C|技术支持：台州市大数据发展中心　建议使用1280×768以上分辨率浏览本站⟫</p>
    </td>
    <td width="120" align="center"><a href="#"><img src="/images/zfzc.png" alt="政府网站找错" /></a></td>
  </tr>
</table>
<script type="text/javascript">$(function(){ $.get('/counter.jsp?id=58810'); });</script>
</body>
</html>
""", policy=True, kind="policy", tags=["medical-insurance", "medical-reform"],
     published="2025-12-08", regions=["331000"], source="市医保局")

# --- zh-02: county portal, text scrape with the sidebar dumped before the article -------
page("zh-02-jinyun-elderly-meals", "zh", "txt", "UTF-8", r"""
C|缙云县人民政府
C|无障碍　|　长者版　|　浙江政务服务网　|　登录
C|首页　走进缙云　政务公开　政务服务　政民互动　数据开放
C|热点专题
C|“浙里康养”缙云在行动
C|山区26县跨越式高质量发展
C|城乡居民医保参保缴费专栏
C|最新发布
C|缙云县2026年第一批困难群众临时救助资金公示
C|关于开展2026年冬春季森林防火专项检查的通告
C|县卫健局召开2026年基层卫生健康工作推进会
C|更多>>

C|您现在的位置：首页 > 政务公开 > 部门动态 > 县民政局
T|缙云县老年助餐服务实现行政村全覆盖
C|信息来源：县民政局　　发布日期：2026年1月14日　　浏览次数：1856
C|【字体：大 中 小】　【打印】　【关闭】

B|　　1月13日，记者从县民政局获悉，截至2025年底，我县已建成老年食堂和助餐点236个，18个乡镇（街道）的行政村实现老年助餐服务全覆盖，全年累计提供助餐服务62.4万人次。
B|　　近年来，缙云县将老年助餐作为“浙里康养”民生实事的重要内容，按照“中心食堂+邻里助餐点+送餐上门”的模式因地制宜推进布点。对80周岁以上老年人、低保低边老年人和失能半失能老年人，分类给予每餐1元至5元不等的助餐补贴，所需资金由县财政和福彩公益金共同承担。
C|（图片由县民政局提供）
B|　　在壶镇镇岩背村老年食堂，83岁的吕金花每天中午都会准时来吃饭。“一荤两素一汤，只要4块钱，比自己烧还方便。”她说。
B|　　针对山区老年人居住分散、行动不便的实际，县民政局联合县卫生健康局，依托乡镇卫生院和村卫生室，在为失能老年人送餐上门的同时同步开展健康随访，推动助餐与助医、助洁等服务融合发展。
C|相关阅读：我县召开2026年养老服务工作推进会
B|　　下一步，我县将健全老年助餐服务质量评价机制，于2026年3月31日前完成全县助餐点食品安全专项检查，并推广“数字助餐”结算，老年人刷社会保障卡即可就餐并享受补贴。
B|　　老年人及其家属如需了解就近助餐点位置和补贴申领流程，可拨打县民政局养老服务科电话0578-3126581咨询。
C|【责任编辑：应晓雯】

C|上一篇：缙云县开展2026年元旦春节期间走访慰问困难群众活动
C|下一篇：县民政局召开殡葬领域突出问题专项整治推进会
C|扫一扫在手机打开当前页
C|主办：缙云县人民政府办公室　　承办：缙云县大数据发展中心
C|网站标识码：3311220001　　浙ICP备05021936号　　浙公网安备 33112202000136号
C|联系电话：0578-3128000　　建议使用谷歌浏览器或IE10以上版本浏览
C|[抓取时间 2026-01-15 02:17:44]
""", policy=True, kind="policy", tags=["elderly-care"], published="2026-01-14",
     regions=["331122"], source="县民政局")

# --- zh-03: national notice, GBK text scrape, signature date differs from posting date --
page("zh-03-national-vbp-rollout", "zh", "txt", "GBK", r"""
C|国家医疗保障局　National Healthcare Security Administration
C|首页　机构概况　新闻发布　政务公开　政策法规　医保服务　互动交流
C|您所在的位置：首页 > 政策法规 > 通知公告

T|关于做好新一批国家组织药品集中带量采购中选结果落地执行工作的通知
C|时间：2025.11.20　　来源：医药价格和招标采购司
C|字号：大　中　小　　|　　打印

B|医保发〔2025〕47号
B|各省、自治区、直辖市及新疆生产建设兵团医疗保障局、卫生健康委、药品监督管理局：
B|　　新一批国家组织药品集中带量采购（以下简称集采）已产生拟中选结果，共有62个品种采购成功，中选药品平均降价幅度约为五成。为确保中选结果平稳落地，让患者尽早用上质优价宜的中选药品，现就有关事项通知如下。
B|　　一、按时执行中选结果。各地要于2026年2月28日前统一执行本批集采中选结果，及时在省级医药集中采购平台挂网，组织医疗机构完成采购量确认和合同签订，确保中选药品按时进院、进药店。
B|　　二、落实医保支付政策。对同一通用名下的中选药品和非中选药品，按照医保支付标准协同的原则确定支付标准；患者使用价格高于支付标准的非中选药品，超出部分由患者自付。各地要落实医保资金结余留用政策，调动医疗机构使用中选药品的积极性。
B|　　三、保障临床合理使用。医疗机构要优先配备使用中选药品，不得以费用控制、药占比、医疗机构用药品种规格数量要求等为由，影响中选药品的合理使用与供应保障。
B|　　四、强化质量和供应监管。药品监管部门要将中选药品列入重点监管品种，对中选企业开展全覆盖检查和抽检；中选企业要按时足量供货，出现断供风险的，应提前向省级采购机构报告。
B|　　五、做好宣传引导。各地要通过多种渠道宣传解读集采政策，回应群众关切，营造良好舆论氛围。
B|　　各地执行过程中遇到的重大问题，请及时报告国家医保局医药价格和招标采购司。
B|国家医保局　　国家卫生健康委　　国家药监局
B|2025年11月18日

C|【打印本页】　　【关闭窗口】
C|相关链接
C|国家医保局召开集采中选结果落地工作视频调度会
C|新一批国家组织药品集采产生拟中选结果，平均降价幅度约五成
C|医保支付标准协同政策问答
C|版权所有：国家医疗保障局　　地址：北京市西城区三里河路甲12号　　邮编：100037
C|京ICP备18030567号-1　　京公网安备 11010202007891号　　网站标识码：bm95000001
C|--- end of page ---
""", policy=True, kind="policy", tags=["drug-policy", "medical-insurance"],
     published="2025-11-20", regions=[], source="医药价格和招标采购司")

# --- zh-04: prefecture health commission, GB18030 div soup, ISO date in a meta tag ------
page("zh-04-suzhou-anhui-family-doctors", "zh", "html", "GB18030", r"""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>宿州市卫生健康委员会</title>
<meta name="keywords" content="家庭医生,签约服务,慢病管理,宿州">
<meta name="description" content="宿州市家庭医生签约服务提质扩面，重点人群签约率超过八成">
<meta property="og:title" content="家庭医生“签而有约” 慢病患者“近”享服务">
<meta property="og:site_name" content="宿州市卫生健康委员会">
<meta property="article:published_time" content="2025-09-03T08:00:00+08:00">
<link rel="stylesheet" href="/szwjw/css/common.css">
<link rel="stylesheet" href="/szwjw/css/xl.css">
<script src="/szwjw/js/jquery.min.js"></script>
<script>
  var xlid = "41087"; var lmmc = "卫健要闻";
</script>
</head>
<body>
<div class="top_bg">
  <div class="wz_w">
    <div class="top_l">⟪C|欢迎访问宿州市卫生健康委员会网站⟫</div>
    <div class="top_r"><a href="javascript:;" class="jt">⟪C|简体⟫</a><a href="javascript:;" class="ft">⟪C|繁體⟫</a><a href="javascript:;" class="wza">⟪C|无障碍⟫</a><a href="javascript:;" class="sc">⟪C|加入收藏⟫</a></div>
  </div>
</div>
<div class="head"><div class="wz_w"><a href="/" class="logo"><img src="/szwjw/images/logo.png" alt="宿州市卫生健康委员会"></a></div></div>
<div class="nav_bg">
  <ul class="nav wz_w">
    <li><a href="/">⟪C|网站首页⟫</a></li>
    <li><a href="/xwzx/">⟪C|新闻中心⟫</a></li>
    <li><a href="/zwgk/">⟪C|政务公开⟫</a></li>
    <li><a href="/bsfw/">⟪C|办事服务⟫</a></li>
    <li><a href="/hdjl/">⟪C|互动交流⟫</a></li>
    <li><a href="/ztzl/">⟪C|专题专栏⟫</a></li>
  </ul>
</div>
<div class="wz_w xl_main">
  <div class="dqwz">⟪C|您当前所在位置：<a href="/">首页</a> » <a href="/xwzx/">新闻中心</a> » <a href="/xwzx/wjyw/">卫健要闻</a>⟫</div>
  <div class="xl_box">
    <div class="xl_yt">⟪C|民生实事·健康宿州⟫</div>
    <div class="xl_bt">⟪T|家庭医生“签而有约” 慢病患者“近”享服务⟫</div>
    <div class="xl_xx">
      <span>⟪C|发布日期：2025-09-03⟫</span>
      <span>⟪C|信息来源：基层卫生健康科⟫</span>
      <span>⟪C|阅读次数：<em id="ydcs">3108</em>⟫</span>
      <span class="zh">⟪C|字号：<a href="javascript:;" onclick="fs(18)">大</a> <a href="javascript:;" onclick="fs(16)">中</a> <a href="javascript:;" onclick="fs(14)">小</a>⟫</span>
    </div>
    <div class="xl_nr" id="fontzoom">
      <p>⟪B|　　今年以来，宿州市以提升重点人群签约服务质量为主线，推动家庭医生签约服务由“签约数量”向“履约质量”转变。截至8月底，全市共组建家庭医生团队1260个，常住人口签约率达到43.6%，65岁以上老年人、高血压和2型糖尿病患者等重点人群签约率超过八成。⟫</p>
      <p>⟪B|　　做实慢病“医防融合”。市卫生健康委依托紧密型县域医共体，在埇桥区、砀山县、萧县、灵璧县、泗县全面推行高血压、糖尿病“两病”一体化门诊，由县级医院专科医生、乡镇卫生院全科医生和村医组成“1+1+1”服务团队，为签约患者提供用药指导、定期随访和并发症筛查。⟫</p>
      <div class="tp" style="text-align:center"><img src="/szwjw/upload/2025/09/jtys01.jpg" width="600" alt=""><p class="tpsm">⟪C|砀山县某镇卫生院家庭医生团队入户为签约老人测量血压（资料图）⟫</p></div>
      <p>⟪B|　　推行长处方和延伸处方。对病情稳定的签约慢病患者，基层医疗卫生机构可一次开具4至12周的长期处方；县级医院可用药品在基层的供应目录与县级医院逐步统一，群众在家门口就能买到需要的药。⟫</p>
      <p>⟪B|　　“以前每个月都要坐车进城开药，现在在村卫生室就能开三个月的量。”埇桥区符离镇的糖尿病患者杨大爷说。他的家庭医生王䶮每两周都会打电话询问他的血糖情况。⟫</p>
      <p>⟪B|　　优化签约服务包。各县区结合群众需求，推出老年人、孕产妇、儿童、残疾人等个性化签约服务包，基本服务包由基本公共卫生服务经费和医保基金等渠道共同保障，个性化服务包实行按需付费。⟫</p>
      <p>⟪B|　　市民可通过“健康宿州”微信公众号“家医签约”栏目在线申请签约，也可前往居住地所在的社区卫生服务中心或乡镇卫生院现场办理。⟫</p>
    </div>
    <div class="xl_fx">
      ⟪C|分享到：⟫<a href="javascript:;" class="wx">⟪C|微信⟫</a><a href="javascript:;" class="wb">⟪C|微博⟫</a><a href="javascript:;" class="qq">⟪C|QQ空间⟫</a>
    </div>
    <div class="xl_cz"><a href="javascript:window.print();">⟪C|打印⟫</a><a href="javascript:window.close();">⟪C|关闭⟫</a></div>
    <div class="xgxw">
      <h3>⟪C|相关新闻⟫</h3>
      <ul>
        <li><a href="/xwzx/wjyw/41002.html">⟪C|萧县推进紧密型县域医共体建设见闻⟫</a><span>⟪C|2025-08-21⟫</span></li>
        <li><a href="/xwzx/wjyw/40977.html">⟪C|全市基本公共卫生服务项目培训班开班⟫</a><span>⟪C|2025-08-14⟫</span></li>
        <li><a href="/xwzx/wjyw/40931.html">⟪C|灵璧县村医“乡聘村用”改革成效初显⟫</a><span>⟪C|2025-08-02⟫</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="foot_bg">
  <div class="wz_w">
    <div class="foot_ewm"><img src="/szwjw/images/ewm.jpg" alt=""><p>⟪C|扫码关注“健康宿州”微信公众号⟫</p></div>
    <div class="foot_wz">
      <p>⟪C|宿州市卫生健康委员会 版权所有⟫</p>
      <p>⟪C|地址：安徽省宿州市埇桥区银河一路398号　电话：0557-3021760⟫</p>
      <p>⟪C|皖ICP备10203718号-1　皖公网安备 34130202000219号　网站标识码：3413000021⟫</p>
      <p>⟪C|您是本站第 <span id="fwl">5621043</span> 位访客⟫</p>
    </div>
  </div>
</div>
<script src="/szwjw/js/xl.js"></script>
</body>
</html>
""", policy=True, kind="policy", tags=["primary-care", "chronic-disease"],
     published="2025-09-03", regions=["341300"], source="基层卫生健康科")

# --- zh-05: Macau government press release, Big5 with numeric character references -----
page("zh-05-macau-flu-vaccination", "zh", "html", "Big5", r"""
<!DOCTYPE html>
<html lang="zh-Hant-MO">
<head>
<meta charset="big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>新聞 - 澳門特別行政區政府衛生局</title>
<meta property="og:title" content="2025/2026年度流感疫苗接種計劃10月8日起分階段展開">
<meta property="og:type" content="article">
<meta name="date" content="2025-10-02">
<link rel="stylesheet" href="/static/css/ssm-2019.css">
<script src="/static/js/vendor.js"></script>
</head>
<body class="news-detail">
<div id="ssm-header">
  <div class="lang-bar">
    <a href="/zh_TW/news/detail/9382">⟪C|繁體中文⟫</a>
    <a href="/pt/news/detail/9382">⟪C|Portugu&ecirc;s⟫</a>
    <a href="/en/news/detail/9382">⟪C|English⟫</a>
  </div>
  <div class="brand"><img src="/static/img/ssm-logo.png" alt="衛生局 Servi&ccedil;os de Sa&uacute;de"></div>
  <ul class="main-menu">
    <li><a href="/zh_TW/about">⟪C|關於本局⟫</a></li>
    <li><a href="/zh_TW/news">⟪C|新聞⟫</a></li>
    <li><a href="/zh_TW/service">⟪C|醫療服務⟫</a></li>
    <li><a href="/zh_TW/cdc">⟪C|疾病預防控制⟫</a></li>
    <li><a href="/zh_TW/license">⟪C|牌照及執照⟫</a></li>
  </ul>
</div>
<div class="container">
  <div class="crumb">⟪C|首頁 / 新聞 / 新聞稿⟫</div>
  <div class="news-box">
    <h3 class="news-title">⟪T|2025/2026年度流感疫苗接種計劃10月8日起分階段展開⟫</h3>
    <div class="news-date">⟪C|發佈日期：2025年10月2日（星期四）⟫</div>
    <div class="news-body">
      <p>⟪B|衛生局宣佈，2025/2026年度季節性流感疫苗接種計劃將於10月8日起分階段展開，澳門居民可免費接種。根據本地監測數據，澳門冬季流感高峰一般於12月至翌年2月出現，為及早建立保護，衛生局呼籲市民盡快接種。⟫</p>
      <p>⟪B|第一階段自10月8日開始，優先對象包括：65歲或以上長者、孕婦、6個月至未滿18歲兒童及青少年、長期病患者、醫護人員及安老院舍院友和員工。第二階段自10月22日開始，開放予所有澳門居民接種。⟫</p>
      <p>⟪B|市民可於各衛生中心、仁伯爵綜合醫院指定接種站，以及參與計劃的私家診所接種，衛生局今年共有八十一間私家診所參與。&#27705;仔及路環居民可前往離島衛生中心接種，毋須返回澳門半島。⟫</p>
      <p>⟪B|學校外展接種服務將於10月中旬起陸續進入全澳中小學及幼稚園，由衛生局醫護人員到校為學童接種，家長須於指定日期前交回同意書。⟫</p>
      <p>⟪B|衛生局提醒，接種流感疫苗後約兩星期體內才會產生足夠抗體，市民應把握時間接種；同時應保持良好個人及環境衛生，出現發燒、咳嗽等症狀應戴上口罩並及早求醫。⟫</p>
      <p>⟪B|市民如有查詢，可致電衛生局流感疫苗查詢熱線28700800，或瀏覽衛生局網頁流感專題。⟫</p>
    </div>
    <div class="news-tools">
      <a href="javascript:window.print()">⟪C|列印⟫</a>
      <a href="javascript:;" class="share-fb">⟪C|分享至Facebook⟫</a>
      <a href="javascript:;" class="share-wechat">⟪C|分享至微信⟫</a>
      <a href="/zh_TW/news">⟪C|返回新聞列表⟫</a>
    </div>
  </div>
  <div class="side-links">
    <h4>⟪C|專題資訊⟫</h4>
    <ul>
      <li><a href="/zh_TW/flu">⟪C|流感預防專頁⟫</a></li>
      <li><a href="/zh_TW/vaccine-points">⟪C|接種地點及時間⟫</a></li>
      <li><a href="/zh_TW/booking">⟪C|網上預約接種⟫</a></li>
    </ul>
  </div>
</div>
<div id="ssm-footer">
  <p>⟪C|<a href="/zh_TW/sitemap">網站地圖</a>⟫　⟪C|<a href="/zh_TW/privacy">私隱聲明</a>⟫　⟪C|<a href="/zh_TW/accessibility">無障礙說明</a>⟫　⟪C|<a href="/zh_TW/terms">使用條款</a>⟫</p>
  <p>⟪C|澳門特別行政區政府衛生局 版權所有⟫</p>
  <p>⟪C|本網站以1366 x 768解像度及最新版本瀏覽器瀏覽效果最佳⟫</p>
</div>
</body>
</html>
""", policy=True, kind="policy", tags=["public-health"], published="2025-10-02",
     regions=["820000"])

# --- zh-06: Taiwan clinic promotion dressed in policy wording, no full date -------------
page("zh-06-taipei-checkup-promo", "zh", "txt", "UTF-8", r"""
C|晴安健康管理診所｜預防醫學・健康檢查
C|關於我們　健檢方案　醫師團隊　健康新知　交通資訊　線上預約
C|首頁 > 健康新知 > 診所動態
T|政府成人健檢擴大補助 加做自費升級方案最高省三千
C|發布者：晴安健康管理中心｜上週五
C|分享：Facebook　LINE　複製連結

B|配合衛福部國民健康署推動成人預防保健服務，政府補助的成人健檢對象已擴大至30歲以上民眾，30至39歲每5年可免費檢查一次，40至64歲每3年一次，65歲以上每年一次。
B|不過，政府補助項目以血壓、血糖、血脂、腎功能等基本檢查為主。晴安健康管理診所即日起推出「補助銜接升級方案」，民眾在本診所使用政府補助健檢時，可加購腹部超音波、甲狀腺功能、腫瘤標記等自費項目，套餐價格較單項加總最多省下3,000元。
C|【限時優惠】升級方案即日起至6月30日止，預約再送早餐券一張
B|院長陳冠廷醫師表示，許多上班族只做基本健檢，容易忽略脂肪肝、甲狀腺結節等問題，「花一次抽血的時間，把該查的一次查清楚」。
B|升級方案分為三種：
B|A方案（銜接基本）：腹部超音波＋肝炎篩檢，加價2,800元
B|B方案（女性關懷）：甲狀腺超音波＋乳房超音波＋子宮頸抹片，加價4,500元
B|C方案（全面升級）：A、B方案全部項目＋腫瘤標記6項，加價7,900元
B|本診所為國民健康署成人預防保健服務特約醫療院所，民眾請攜帶健保卡，週一至週六上午空腹前來報到即可。
C|立即預約 ›
C|加入LINE好友，搶先收到健檢優惠與健康小知識
C|相關文章
C|健保卡裡的健檢紀錄怎麼查？三步驟一次看懂
C|脂肪肝不是胖子的專利，瘦的人也要小心
C|營業時間：週一至週六 07:30–16:30（週日及國定假日休診）
C|地址：台北市大安區復興南路一段256號3樓　電話：(02)2706-3381
C|本網站所有內容僅供衛教參考，無法取代醫師診斷與治療，如有身體不適請儘速就醫。
C|© 2026 晴安健康管理診所 All Rights Reserved.
""", policy=False, kind="marketing", tags=[], regions=["710000"])

# --- zh-07: public hospital bid-result notice, table rows as body text ------------------
page("zh-07-chengdu-hospital-dr-tender", "zh", "txt", "UTF-8", r"""
C|蜀采通·政府采购信息公开平台
C|首页 | 采购公告 | 结果公告 | 合同公告 | 政策法规 | 诚信信息 | 下载中心
C|当前位置：结果公告 → 医疗设备 → 市级
T|成都市东郊人民医院医用数字化X射线摄影系统（DR）采购项目中标（成交）结果公告
C|发布时间：2025/12/3 16:05:21　　阅读：388
C|分享至：微信　QQ　微博
B|一、项目编号：CDDJ-2025-ZB-0312
B|二、项目名称：成都市东郊人民医院医用数字化X射线摄影系统（DR）采购项目
B|三、中标（成交）信息
B|供应商名称：四川瑞衡医疗器械有限公司
B|供应商地址：成都市武侯区科华北路115号
B|中标（成交）金额：2,546,000.00元
B|四、主要标的信息
B|序号　标的名称　品牌　规格型号　数量　单价（元）
B|1　数字化X射线摄影系统（双立柱）　华影　HY-DR680　2台　1,273,000.00
B|五、评审专家名单：罗建明、余晓芳、何志刚、唐丽、冯斌（采购人代表）
B|六、代理服务收费标准及金额：参照国家计委计价格〔2002〕1980号文件标准收取，收费金额28,460.00元，由中标供应商支付。
B|七、公告期限：自本公告发布之日起1个工作日。
B|八、其他补充事宜：各有关当事人对中标（成交）结果有异议的，可以在中标（成交）公告期限届满之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑，逾期不予受理。
B|九、凡对本次公告内容提出询问，请按以下方式联系。
B|1.采购人信息　名称：成都市东郊人民医院　地址：成都市成华区建设南路32号　联系方式：028-84351172
B|2.采购代理机构信息　名称：四川天诚招标代理有限公司　地址：成都市青羊区光华大道二段9号　联系方式：028-87652219
B|3.项目联系人：钟女士　电话：028-87652219
C|【我要打印】　【关闭本页】
C|相关公告
C|成都市东郊人民医院医用DR采购项目公开招标公告
C|成都市东郊人民医院全自动生化分析仪采购项目更正公告
C|成都市第五人民医院病房楼改造工程监理服务竞争性磋商公告
C|主办单位：蜀采通平台运营中心　　技术支持：四川数联科技有限公司
C|客服热线：400-028-6161（工作日9:00-17:30）
C|蜀ICP备15009874号-3　　川公网安备 51010402000653号
C|免责声明：本平台所发布信息由采购人或采购代理机构提供，其真实性、准确性和合法性由信息发布人负责。
""", policy=False, kind="tender", tags=[], published="2025-12-03", regions=["510100"])

# --- zh-08: city news portal, modern markup, chrome in the middle of the article --------
page("zh-08-shenzhen-internet-hospitals", "zh", "html", "UTF-8", r"""
<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
  <title>深圳互联网医院新规出台：2027年三级公立医院全部开通线上复诊_深圳晚讯网</title>
  <meta name="description" content="深圳市卫生健康委印发推进互联网医院高质量发展若干措施">
  <meta property="og:title" content="深圳出台十条措施推动互联网医院高质量发展">
  <meta property="og:image" content="https://img.szwanxun.cn/2026/02/06/hlwyy.jpg">
  <meta property="og:url" content="https://www.szwanxun.cn/jk/2026-02/06/content_31875520.htm">
  <meta name="publishdate" content="2026-02-06">
  <link rel="stylesheet" href="//static.szwanxun.cn/css/article.v3.css">
  <script async src="//static.szwanxun.cn/js/track.js"></script>
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"深圳出台十条措施推动互联网医院高质量发展","datePublished":"2026-02-06T16:42:00+08:00"}</script>
</head>
<body>
<header class="site-header">
  <div class="hd-top">
    <a class="logo" href="/"><img src="//static.szwanxun.cn/img/logo.svg" alt="深圳晚讯网"></a>
    <nav class="channel-nav">
      <a href="/">⟪C|首页⟫</a><a href="/sz/">⟪C|深圳⟫</a><a href="/jk/">⟪C|健康⟫</a><a href="/jy/">⟪C|教育⟫</a><a href="/fc/">⟪C|楼市⟫</a><a href="/ty/">⟪C|体育⟫</a><a href="/sp/">⟪C|视频⟫</a>
    </nav>
    <a class="app-dl" href="/app/">⟪C|下载晚讯APP⟫</a>
  </div>
</header>
<main class="main-wrap">
  <div class="crumbs">⟪C|<a href="/">深圳晚讯网</a> &gt; <a href="/jk/">健康</a> &gt; 正文⟫</div>
  <article class="article">
    <h1 class="article-title">⟪T|深圳出台十条措施推动互联网医院高质量发展⟫</h1>
    <div class="article-meta">⟪C|<time datetime="2026-02-06T16:42">2026年02月06日 16:42</time> 来源：深圳晚讯网 记者 林晓岚 通讯员 卫宣⟫</div>
    <div class="article-content">
      <p>⟪B|2月6日，记者从市卫生健康委获悉，《深圳市推进互联网医院高质量发展若干措施》已正式印发，从准入审批、服务范围、医保支付、数据共享、监管等方面提出十条具体措施。⟫</p>
      <p>⟪B|根据措施，到2027年底，全市三级公立医院全部开通互联网复诊服务，二级以上公立医院电子病历系统应用水平达到五级以上；互联网诊疗服务将纳入全市统一的互联网医疗服务监管平台，实现处方、诊疗行为全程留痕、可追溯。⟫</p>
      <figure class="article-img">
        <img src="https://img.szwanxun.cn/2026/02/06/hlwyy.jpg" alt="">
        <figcaption>⟪C|市民在福田区一家社区健康服务中心使用自助机扫码就诊。晚讯记者 周子健 摄⟫</figcaption>
      </figure>
      <p>⟪B|在便民服务方面，措施明确推广电子健康卡和医保电子凭证“一码就医”，复诊患者在线开具的处方可流转至定点零售药店，常见病、慢性病患者在线复诊的诊察费和药品费用，按规定纳入医保支付范围。⟫</p>
      <p>⟪B|市卫生健康委相关负责人表示：“让数据多跑路、群众少跑腿，是互联网医院建设的出发点和落脚点。我们既要鼓励医院把线上服务做起来，也要把医疗质量和安全的底线守住。”⟫</p>
      <blockquote class="pull-quote"><p>⟪C|“让数据多跑路、群众少跑腿”——市卫生健康委相关负责人⟫</p></blockquote>
      <div class="ad-slot ad-inline"><span class="ad-tag">⟪C|广告⟫</span><a href="https://ad.szwanxun.cn/c?id=8812">⟪C|春季置业季丨前海湾·云境 三期样板间开放 认筹享98折⟫</a></div>
      <p>⟪B|措施还提出，支持有条件的医院建设智慧医院，推进院内检查检验结果互通共享，到2027年实现全市公立医院检查检验结果互认项目不少于200项；鼓励医院与社区健康服务中心开展远程会诊、远程心电和影像诊断，提升基层服务能力。⟫</p>
      <aside class="related-docs">
        <div class="rd-title">⟪C|相关文件⟫</div>
        <ul>
          <li><a href="https://wjw.sz.example/attachment/hlwyy-10t.pdf">⟪C|深圳市推进互联网医院高质量发展若干措施（PDF，412KB）⟫</a></li>
          <li><a href="https://wjw.sz.example/attachment/hlwyy-jd.pdf">⟪C|《若干措施》政策解读（PDF，238KB）⟫</a></li>
        </ul>
      </aside>
      <p>⟪B|在监管方面，互联网医院须依托实体医疗机构设置，医师在线开展诊疗前须完成实名认证；首诊患者不得在线开具处方，麻醉药品、精神药品等特殊管理药品不得在线开具。对违规开展互联网诊疗的，将依法暂停其互联网诊疗服务。⟫</p>
      <p class="see-also">⟪C|延伸阅读：<a href="/jk/2025-11/20/content_31702215.htm">深圳已有47家互联网医院获批执业，线上问诊量一年翻番</a>⟫</p>
      <p>⟪B|据了解，深圳目前已获批执业的互联网医院达47家，2025年线上诊疗服务量超过380万人次。此次措施还明确，将与广州、东莞等城市推动互联网医院处方和检查结果互认互通。⟫</p>
      <p class="editor">⟪C|（编辑：黄颖 审核：陈立）⟫</p>
    </div>
    <div class="article-tools">
      <span>⟪C|分享到⟫</span><a class="s-wx" href="javascript:;">⟪C|微信⟫</a><a class="s-wb" href="javascript:;">⟪C|微博⟫</a><a class="s-dy" href="javascript:;">⟪C|抖音⟫</a>
      <button class="fav">⟪C|收藏⟫</button><button class="like">⟪C|点赞 126⟫</button>
    </div>
    <section class="comments">
      <h3>⟪C|网友评论⟫</h3>
      <p class="c-empty">⟪C|已有0条评论，登录后参与讨论⟫</p>
      <form class="c-form"><textarea placeholder="文明上网，理性发言"></textarea><button type="submit">⟪C|发表评论⟫</button></form>
    </section>
  </article>
  <aside class="sidebar">
    <div class="box hot">
      <h3>⟪C|24小时热榜⟫</h3>
      <ol>
        <li><a href="/sz/1.htm">⟪C|深圳地铁16号线二期开通时间确定⟫</a></li>
        <li><a href="/jk/2.htm">⟪C|流感进入高发期，儿童医院夜间急诊排队超3小时⟫</a></li>
        <li><a href="/jy/3.htm">⟪C|2026年深圳公办中小学学位申请时间公布⟫</a></li>
      </ol>
    </div>
    <div class="box like">
      <h3>⟪C|猜你喜欢⟫</h3>
      <ul>
        <li><a href="/jk/4.htm">⟪C|医保电子凭证能给家人用吗？一文说清⟫</a></li>
        <li><a href="/jk/5.htm">⟪C|南山区新增3家社康机构，周末也能打疫苗⟫</a></li>
      </ul>
    </div>
    <div class="box follow">
      <img src="//static.szwanxun.cn/img/qr-wx.png" alt="">
      <p>⟪C|微信扫一扫 关注晚讯健康⟫</p>
    </div>
  </aside>
</main>
<footer class="site-footer">
  <div class="ft-links">
    <a href="/about/">⟪C|关于我们⟫</a><a href="/contact/">⟪C|联系我们⟫</a><a href="/ads/">⟪C|广告服务⟫</a><a href="/join/">⟪C|加入我们⟫</a><a href="/sitemap/">⟪C|网站地图⟫</a><a href="/copyright/">⟪C|版权声明⟫</a>
  </div>
  <div class="ft-partners">
    ⟪C|合作媒体：⟫<a href="#">⟪C|鹏城都市报⟫</a><a href="#">⟪C|湾区之声⟫</a><a href="#">⟪C|深视新闻⟫</a>
  </div>
  <p>⟪C|违法和不良信息举报电话：0755-83517700　举报邮箱：jubao@szwanxun.cn⟫</p>
  <p>⟪C|互联网新闻信息服务许可证：44120190017　信息网络传播视听节目许可证：1903042⟫</p>
  <p>⟪C|粤ICP备09182736号-1　粤公网安备 44030402003375号⟫</p>
  <p>⟪C|本网站所刊载信息，未经书面授权不得转载、摘编或建立镜像，违者将依法追究责任。⟫</p>
  <p>⟪C|Copyright © 2008-2026 深圳晚讯网 版权所有⟫</p>
</footer>
<script src="//static.szwanxun.cn/js/article.v3.js"></script>
</body>
</html>
""", policy=True, kind="policy", tags=["digital-health", "hospital-development"],
     published="2026-02-06", regions=["440300"], source="深圳晚讯网")

# --- zh-09: county-level hospital recruitment notice, CRLF line ends --------------------
page("zh-09-fuzhou-jiangxi-nurse-recruitment", "zh", "txt", "UTF-8", r"""
C|抚州市临川第二人民医院 · 二级甲等综合医院
C|医院概况　新闻动态　科室导航　专家介绍　就医指南　人才招聘　党建园地　院务公开
C|当前位置: 首页 >> 人才招聘 >> 招聘公告
T|抚州市临川第二人民医院2026年公开招聘编外专业技术人员公告
C|Addtime:2026-01-05　Hits:1203
_|   
B|　　根据医院发展需要，经院党委会研究并报上级主管部门同意，我院决定面向社会公开招聘编外专业技术人员32名。现将有关事项公告如下：
B|　　一、招聘原则
B|　　坚持德才兼备的用人标准，贯彻公开、平等、竞争、择优的原则，按照报名、资格审查、考试、体检、考察、公示、聘用的程序进行。
B|　　二、招聘岗位及人数
B|岗位代码　岗位名称　人数　学历要求　专业要求　其他条件
B|01　临床医师　8　本科及以上　临床医学　具有执业医师资格证
B|02　护理　18　大专及以上　护理学　具有护士执业资格证或2026年护士资格考试成绩合格
B|03　医学影像技师　3　大专及以上　医学影像技术　无
B|04　药剂　3　本科及以上　药学　具有初级药士及以上资格
B|　　三、报名条件
B|　　1.具有中华人民共和国国籍，遵守宪法和法律；
B|　　2.年龄在18周岁以上、35周岁以下（1990年1月1日以后出生），具有中级及以上职称的可放宽至40周岁；
B|　　3.身体健康，具备岗位所需的专业技能和条件。
B|　　四、报名时间及方式
B|　　报名时间为2026年1月8日至1月14日（上午8:00-12:00，下午14:30-17:30），报名地点为医院行政楼三楼人力资源部。报名时须提交本人身份证、毕业证、资格证原件及复印件和近期免冠彩色照片2张。
B|　　五、待遇
B|　　聘用人员实行同岗同酬，按规定缴纳养老、医疗、失业、工伤、生育保险和住房公积金。
B|　　咨询电话：0794-8263147（人力资源部 黄老师）
B|　　监督电话：0794-8263001（纪检监察室）
B|　　抚州市临川第二人民医院
B|　　2026年1月5日
C|附件下载：抚州市临川第二人民医院2026年公开招聘编外人员报名表.docx
C|上一条: 我院召开2026年度工作会议暨职工代表大会
C|下一条: 没有了
C|地址：江西省抚州市临川区赣东大道1566号　邮编：344000　急救电话：120
C|赣ICP备14005829号　版权所有 © 抚州市临川第二人民医院
""", policy=False, kind="job-ad", tags=[], published="2026-01-05", regions=["361000"],
     crlf=True)

# --- zh-10: provincial policy interpretation Q&A, UTF-8 with BOM, title twice -----------
page("zh-10-guangdong-tcm-qa", "zh", "txt", "UTF-8-BOM", r"""
C|《广东省促进中医药传承创新发展若干措施（2025—2027年）》政策解读-广东省中医药局
C|首页 | 机构设置 | 政务公开 | 政策解读 | 办事服务 | 互动交流 | 专题专栏
C|当前位置：首页 > 政务公开 > 政策解读
T|《广东省促进中医药传承创新发展若干措施（2025—2027年）》政策解读
C|信息来源：广东省中医药局　　发布日期：2025-07-22　　【字体：大 中 小】
T|《广东省促进中医药传承创新发展若干措施（2025—2027年）》政策解读
C|分享到：
B|　　近日，广东省人民政府办公厅印发《广东省促进中医药传承创新发展若干措施（2025—2027年）》（以下简称《若干措施》）。为便于社会各界理解和执行，现就有关内容解读如下。
B|　　一、《若干措施》出台的背景是什么？
B|　　答：近年来，我省中医药服务体系不断健全，但仍存在优质资源分布不均衡、基层中医药服务能力不足、中医药人才总量偏少等短板。为进一步发挥中医药在维护人民健康中的独特作用，推动中医药强省建设，省中医药局会同有关部门研究起草了《若干措施》。
B|　　二、《若干措施》的主要目标是什么？
B|　　答：到2027年，全省每个地级市至少建成1家三级甲等中医医院，县级中医医院全部达到二级甲等以上水平，所有社区卫生服务中心和乡镇卫生院设置中医馆，每万人口中医类别执业（助理）医师数达到6人以上。
B|　　三、在中医药人才队伍建设方面有哪些举措？
B|　　答：主要有四个方面：
B|　　1.实施“岐黄英才”培养计划，每年遴选200名中青年中医骨干进行跟师学习；
B|　　2.扩大中医专业订单定向医学生培养规模，毕业后到粤东粤西粤北地区基层医疗卫生机构服务；
B|　　3.建设名老中医药专家传承工作室，对入选的国医大师、省名中医给予工作室建设经费支持；
B|　　4.允许符合条件的中医医师在基层医疗卫生机构多点执业，其在基层的服务经历作为职称晋升的重要参考。
B|　　四、在支持中医药特色发展方面有哪些政策？
B|　　答：《若干措施》提出，将符合条件的中医医疗服务项目和中药饮片、中药配方颗粒按规定纳入医保支付范围；支持医疗机构中药制剂在粤港澳大湾区内调剂使用；对中医优势病种探索实行按病种付费，合理确定中西医同病同效同价。
B|　　五、《若干措施》何时开始施行？
B|　　答：《若干措施》自2025年8月1日起施行，有效期至2027年12月31日。
C|相关文件：广东省人民政府办公厅关于印发广东省促进中医药传承创新发展若干措施（2025—2027年）的通知
C|【打印】　【关闭】
C|扫一扫在手机上查看当前页面
C|主办：广东省中医药局　　地址：广州市越秀区东风中路305号　　邮编：510031
C|网站标识码：4400000117　　粤ICP备05010836号　　粤公网安备 44010402001267号
C|技术支持：数字广东网络建设有限公司
""", policy=True, kind="policy", tags=["tcm", "health-workforce"], published="2025-07-22",
     regions=["440000"], source="广东省中医药局")

# --- zh-11: investment conference on a commerce bureau site (mentions medicine once) ----
page("zh-11-taizhou-jiangsu-investment-fair", "zh", "html", "UTF-8", r"""
<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>泰州（上海）高质量发展招商推介会举行 签约项目42个 总投资386亿元 - 泰州市商务局</title>
<meta name="ArticleTitle" content="泰州（上海）高质量发展招商推介会举行">
<meta name="PubDate" content="2025-11-28 18:20">
<link rel="stylesheet" href="/tzsw/css/base.css">
<script src="/tzsw/js/jquery.js"></script>
<script>window.__art = {id: 118273, col: "swyw"};</script>
</head>
<body>
<div class="tzsw_top">
  <div class="w1200">
    <span class="t_date">⟪C|2025年12月01日 星期一⟫</span>
    <span class="t_link"><a href="#">⟪C|设为首页⟫</a> <a href="#">⟪C|加入收藏⟫</a> <a href="#">⟪C|English⟫</a></span>
  </div>
</div>
<div class="tzsw_logo w1200"><h2>⟪C|泰州市商务局⟫</h2><p>⟪C|Taizhou Municipal Bureau of Commerce⟫</p></div>
<div class="tzsw_nav">
  <ul class="nav_ul w1200">
    <li><a href="/">⟪C|首页⟫</a></li>
    <li><a href="/swyw/">⟪C|商务要闻⟫</a></li>
    <li><a href="/tzcj/">⟪C|投资促进⟫</a></li>
    <li><a href="/wmjj/">⟪C|对外贸易⟫</a></li>
    <li><a href="/ltxf/">⟪C|流通消费⟫</a></li>
    <li><a href="/zwgk/">⟪C|政务公开⟫</a></li>
  </ul>
</div>
<div class="w1200 art_main">
  <div class="art_wz">⟪C|您的位置：<a href="/">首页</a> > <a href="/swyw/">商务要闻</a>⟫</div>
  <div class="art_box">
    <div class="art_tit">⟪T|泰州（上海）高质量发展招商推介会举行⟫</div>
    <div class="art_ftit">⟪B|签约项目42个 总投资386亿元⟫</div>
    <div class="art_info">⟪C|【来源：市投资促进中心 | 作者：郑航 | 发布时间：2025年11月28日】⟫</div>
    <div class="art_con">
      <p>⟪B|11月27日，泰州（上海）高质量发展招商推介会在上海举行。市领导与沪上企业家、商协会代表、金融机构负责人等260余人齐聚一堂，共商合作发展。⟫</p>
      <p>⟪B|推介会上，市投资促进中心负责人从区位交通、产业基础、营商环境等方面推介了泰州投资环境。泰州地处长三角中心区，北沿江高铁建成后，泰州至上海最快约1小时可达，“同城效应”将进一步显现。⟫</p>
      <p>⟪B|近年来，泰州坚持“制造强市”战略，围绕新能源、高端装备、生物医药及高性能医疗器械、高技术船舶等主导产业开展精准招商，今年1至10月全市新签约亿元以上产业项目216个，实际利用外资同比增长12.3%。⟫</p>
      <p>⟪B|现场共签约项目42个，总投资386亿元，涵盖动力电池材料、海工装备、汽车零部件、数字经济等领域。海陵区、靖江市、泰兴市、兴化市分别与上海企业签订合作协议，其中靖江市签约的海工装备配套产业园项目总投资达58亿元。⟫</p>
      <p>⟪B|与会企业家表示，泰州产业链配套齐全、要素成本优势明显，政府服务高效务实，将进一步加大在泰投资力度。⟫</p>
      <p>⟪B|会后，与会嘉宾还参观了泰州在沪“飞地孵化器”，就科技成果转化、人才引进等进行了深入交流。⟫</p>
    </div>
    <div class="art_edit">⟪C|责任编辑：孙蕾⟫</div>
    <div class="art_share">⟪C|分享：⟫<a href="javascript:;">⟪C|微信⟫</a> <a href="javascript:;">⟪C|微博⟫</a> <a href="javascript:;">⟪C|QQ好友⟫</a></div>
    <div class="art_pn">
      <p>⟪C|上一篇：<a href="/swyw/118244.htm">全市外贸稳增长工作推进会召开</a>⟫</p>
      <p>⟪C|下一篇：<a href="/swyw/118290.htm">泰州2家企业入选省级跨境电商知名品牌</a>⟫</p>
    </div>
  </div>
  <div class="art_side">
    <div class="side_t">⟪C|热点推荐⟫</div>
    <ul>
      <li><a href="#">⟪C|泰州出台支持外资企业高质量发展十六条措施⟫</a></li>
      <li><a href="#">⟪C|中国医药城今年新增注册医药企业超百家⟫</a></li>
      <li><a href="#">⟪C|“泰州消费节”冬季活动启动⟫</a></li>
    </ul>
  </div>
</div>
<div class="tzsw_foot">
  <div class="w1200">
    <p>⟪C|主办单位：泰州市商务局　地址：江苏省泰州市海陵区济川东路88号⟫</p>
    <p>⟪C|苏ICP备11062390号-1　苏公网安备 32120202010346号　网站标识码：3212000035⟫</p>
    <p>⟪C|建议使用1920×1080分辨率　Chrome/Edge浏览器访问本站⟫</p>
  </div>
</div>
</body>
</html>
""", policy=False, kind="economy", tags=[], published="2025-11-28", regions=["321200"],
     source="市投资促进中心")

# --- zh-12: official-account wellness post, mostly chrome, relative date only ----------
page("zh-12-hangzhou-winter-wellness", "zh", "txt", "UTF-8", r"""
T|入冬后坚持这5个习惯，一冬少跑几趟医院
C|原创　杭卫小健　健康杭州
C|收录于合集 #冬季养生 14个
C|健康杭州　上周五　浙江
C|点击上方蓝字“健康杭州”，关注我们，每天学点健康知识
B|立冬一过，杭城气温一天比一天低。冬季是心脑血管疾病、呼吸道感染的高发季节，市疾控中心和市一医院的专家为大家总结了5个简单好做的习惯。
B|1. 早睡晚起，不熬夜
B|冬天日照时间短，建议晚上11点前入睡，早上等太阳出来后再出门晨练，避免清晨低温诱发血压波动。
B|2. 室内常通风
B|即使天冷也要每天开窗通风2至3次，每次不少于30分钟，减少呼吸道病毒在室内聚集。
B|3. 吃饭“七分饱”
B|冬季进补要适量，少吃腌制食品和高油高盐的火锅汤底，多吃新鲜蔬菜和豆制品。
B|4. 运动“微微出汗”就好
B|快走、太极拳、八段锦都是不错的选择，运动后及时擦干汗水、添加衣物。
B|5. 该打的疫苗别落下
B|60岁以上老人、慢性病患者和儿童是流感高危人群，建议尽早接种流感疫苗。接种点和预约方式可在“健康杭州”公众号底部菜单“疫苗预约”中查询。
B|如果出现胸闷胸痛、一侧肢体无力、说话含糊等情况，请立即拨打120急救电话，不要自行等待观察。
C|END
C|来源：杭州市疾控中心、杭州市第一人民医院
C|编辑：小健　　审核：王静
C|往期推荐
C|杭州这些社区卫生服务中心开设了夜间门诊，附名单
C|医保个人账户家庭共济，这样操作3分钟搞定
C|孩子反复咳嗽不好？儿科医生说出了真相
C|长按识别二维码，关注“健康杭州”
C|分享　收藏　在看　点赞
C|阅读原文
C|阅读 1.2万
C|写留言
C|精选留言
C|钱塘江边的老张：快走每天坚持一万步，血压稳多了
C|作者回复：为您点赞！也要注意循序渐进哦
C|小鱼儿：接种点周末开吗？
C|作者回复：部分接种点周末开放，请以公众号查询结果为准
C|[scraped 2025-11-17T07:41:02Z]
""", policy=False, kind="wellness", tags=[], regions=["330100"])

# --- en-01: machine-translated city page, footer dumped in the middle of the article ----
page("en-01-health-suzhou-campaign", "en", "txt", "UTF-8", r"""
C|Suzhou Municipal People's Government
C|Home | Government Information Disclosure | Do Things Service | Interactive Exchange | Walk Into Suzhou
C|Your current location: Home > Government Information Disclosure > Department Dynamics
T|Our city grasps the implementation of the "Health Suzhou" action and comprehensively promotes the construction of national healthy city
C|Release time: 2025-10-15 10:20 Source: Municipal Health and Health Committee Number of visits: 326
C|[Font size: large medium small] [Print this page] [Close window]
B|On October 14, the city's patriotic health campaign and Health Suzhou construction work promotion meeting was held. The meeting conveyed and learned the spirit of the provincial patriotic health work conference, summed up the city's healthy city construction work in the first three quarters, and deployed the key tasks of the next stage.
B|The meeting pointed out that since this year, all counties (cities) and districts closely around the goal of building a national healthy city construction model city, adhere to put the people's health in the strategic position of priority development, grasp the implementation of the 15 special actions of Health Suzhou, the health literacy level of urban and rural residents reached 42.6%, and the national health index ranked in the forefront of the province.
B|The meeting requested, first, we must grasp the rectification of environmental sanitation. Focus on urban-rural junctions, old residential areas, farmers' markets and other key places, carry out the autumn and winter patriotic health campaign, and effectively reduce the density of rats, mosquitoes, flies and cockroaches. Kunshan City, Wujiang District and other places should take the lead to create provincial-level sanitary towns.
C|Sponsored by: General Office of Suzhou Municipal People's Government Undertaken by: Suzhou Big Data Management Center
C|Su ICP Prepared No. 05012418-1 Su Gong Net An Bei 32050802010522 Website identification code: 3205000001
C|It is recommended to use 1920*1080 resolution and above browser to browse this site
B|Second, we must grasp the construction of "health cells". Further promote the construction of healthy villages, healthy communities, healthy enterprises, healthy schools and healthy families, and by the end of the year the city will build 120 provincial-level health cells, so that the masses can feel the healthy city construction around them.
B|Third, we must grasp the popularization of health knowledge. Give play to the role of the "Health Suzhou" new media matrix and the health science popularization expert database, carry out health lectures into communities, schools and enterprises, and guide the masses to practice a healthy lifestyle of "three reductions and three health".
B|The meeting stressed that all localities and departments should further compact responsibilities, strengthen supervision and assessment, and incorporate the results of healthy city construction into the comprehensive assessment of high-quality development, to ensure that all tasks are grasped in place.
B|Responsible comrades of the Municipal Health and Health Committee, the Municipal Patriotic Health Office and the member units of the Municipal Patriotic Health Campaign Committee attended the meeting.
C|Previous article: Suzhou launched the 2025 free cervical cancer screening for rural women project
C|Next article: The city held the autumn training class on the prevention and control of infectious diseases
C|This page is automatically translated by machine, for reference only, the Chinese version shall prevail.
C|[Scraped at 2025-10-16 03:12 UTC] URL: https://www.suzhou.example/zgsz/bmdt/202510/t20251015_4118.shtml
""", policy=True, kind="policy", tags=["healthy-city", "public-health"],
     published="2025-10-15", regions=["320500"], source="Municipal Health and Health Committee")

# --- en-02: UK national health body press release, cookie banner, long varied footer ---
page("en-02-nhs-gp-training-places", "en", "html", "UTF-8", r"""
<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>GP training: 1,500 extra places funded from August | NHS England news</title>
  <meta name="description" content="An extra 1,500 GP specialty training places will be funded from August 2026.">
  <meta property="og:title" content="Extra 1,500 GP training places to be funded from August">
  <meta property="og:site_name" content="NHS England">
  <meta name="dcterms.created" content="2026-02-04">
  <meta name="dcterms.modified" content="2026-02-05">
  <link rel="stylesheet" href="/assets/css/main.4f2a9c.css">
  <script>document.documentElement.className += ' js-enabled';</script>
</head>
<body>
<div class="consent-banner" role="region" aria-label="Cookies on this website">
  <p>⟪C|We keep a few small files on your device so that this website works. With your permission we would also like to count how pages are used, so that we can improve them.⟫</p>
  <button type="button" data-consent="all">⟪C|Allow usage counting⟫</button>
  <button type="button" data-consent="essential">⟪C|Essential files only⟫</button>
  <a href="/cookie-choices/">⟪C|Change your choices⟫</a>
</div>
<a class="skip" href="#content">⟪C|Jump to the article⟫</a>
<header class="masthead">
  <a href="/" class="masthead__logo"><img src="/assets/img/nhs-logo.svg" alt="NHS England"></a>
  <form class="masthead__search" action="/search/"><label for="q">⟪C|Search this site⟫</label><input id="q" name="q" type="search"><button type="submit">⟪C|Go⟫</button></form>
  <nav class="masthead__nav" aria-label="Primary">
    <ul>
      <li><a href="/about/">⟪C|Who we are⟫</a></li>
      <li><a href="/news/">⟪C|News⟫</a></li>
      <li><a href="/publications/">⟪C|Publications⟫</a></li>
      <li><a href="/statistics/">⟪C|Data and statistics⟫</a></li>
      <li><a href="/work-with-us/">⟪C|Careers⟫</a></li>
    </ul>
  </nav>
</header>
<main id="content">
  <ol class="crumbs"><li>⟪C|<a href="/">Home</a> › <a href="/news/">News</a> › Primary care⟫</li></ol>
  <article class="news-item">
    <p class="news-item__type">⟪C|Press release⟫</p>
    <h1>⟪T|Extra 1,500 GP training places to be funded from August⟫</h1>
    <p class="news-item__lede">⟪B|Trainee family doctors will be able to start in every region of England this summer, with the biggest increases in areas that have the fewest GPs per patient.⟫</p>
    <div class="news-item__meta">
      <p>⟪C|From: <a href="/about/">NHS England</a>⟫</p>
      <p>⟪C|Published 4 February 2026⟫</p>
      <p>⟪C|Last updated 5 February 2026 — corrected the number of practices in the North East⟫</p>
    </div>
    <div class="news-item__body">
      <p>⟪B|An additional 1,500 GP specialty training places will be funded from August 2026, taking the total number of doctors starting GP training this year to more than 5,500, NHS England announced today.⟫</p>
      <p>⟪B|Half of the new places will go to regions where the number of patients per fully qualified GP is highest, including parts of the East of England, the Midlands and the North East. Trainees will spend at least 24 months of their three-year programme working in general practice.⟫</p>
      <p>⟪B|Practices that host trainees will receive an increased training grant, and 400 practices that have not trained GPs before will be supported to become training practices through a new educational supervisor course.⟫</p>
      <figure class="inline-image">
        <img src="/media/2026/02/gp-training.jpg" alt="">
        <figcaption>⟪C|A GP registrar with her educational supervisor at a practice in Sunderland. Photo: NHS England / Matt Carrow⟫</figcaption>
      </figure>
      <p>⟪B|Dr Helen Marsh, National Clinical Director for Primary Care, said:⟫</p>
      <p>⟪B|“Every one of these places is a family doctor who could be seeing patients in their own community within three years. We want trainees to stay where they train, so we are putting the extra places where the need is greatest.”⟫</p>
      <aside class="pullquote">⟪C|“We want trainees to stay where they train.” Dr Helen Marsh⟫</aside>
      <p>⟪B|The funding is part of the government's plan to recover access to general practice. It also includes a retention scheme offering newly qualified GPs two years of protected time for a special interest, such as frailty or mental health, if they commit to working in an under-doctored area.⟫</p>
      <p class="see-also">⟪C|See also: <a href="/news/2025/11/gp-retention-scheme/">Newly qualified GPs offered protected time in under-doctored areas</a>⟫</p>
      <p>⟪B|Applications for the August intake close on 6 March 2026. Doctors who have already applied do not need to reapply.⟫</p>
      <h2>⟪B|Notes to editors⟫</h2>
      <ul>
        <li>⟪B|GP specialty training lasts three years for most trainees.⟫</li>
        <li>⟪B|Regional allocations will be published on the NHS England website by the end of February.⟫</li>
      </ul>
    </div>
    <div class="share-links">
      <h2>⟪C|Share this page⟫</h2>
      <a href="#">⟪C|Facebook⟫</a> <a href="#">⟪C|LinkedIn⟫</a> <a href="#">⟪C|Email⟫</a>
    </div>
  </article>
  <aside class="related" aria-labelledby="related-h">
    <h2 id="related-h">⟪C|Related content⟫</h2>
    <ul>
      <li><a href="/long-read/primary-care-access/">⟪C|Primary care access recovery: one year on⟫</a></li>
      <li><a href="/publications/workforce-plan-refresh/">⟪C|Long term workforce plan: 2025 refresh⟫</a></li>
      <li><a href="/news/2025/12/pharmacy-first/">⟪C|Pharmacy First consultations pass 5 million⟫</a></li>
    </ul>
  </aside>
  <div class="feedback">
    <p>⟪C|Was this page helpful?⟫</p>
    <button>⟪C|Yes⟫</button> <button>⟪C|No⟫</button>
    <a href="/report-a-problem/">⟪C|Tell us about a problem with this page⟫</a>
  </div>
</main>
<footer class="site-footer">
  <div class="site-footer__cols">
    <div>
      <h2>⟪C|About us⟫</h2>
      <ul>
        <li><a href="/about/board/">⟪C|Our board⟫</a></li>
        <li><a href="/about/regions/">⟪C|Regional teams⟫</a></li>
        <li><a href="/about/equality/">⟪C|Equality, diversity and health inequalities⟫</a></li>
      </ul>
    </div>
    <div>
      <h2>⟪C|Get in touch⟫</h2>
      <ul>
        <li><a href="/contact/">⟪C|Contact us⟫</a></li>
        <li><a href="/media/">⟪C|Media enquiries⟫</a></li>
        <li><a href="/foi/">⟪C|Freedom of information requests⟫</a></li>
      </ul>
      <address>⟪C|Post: NHS England, 7 Park Row, Leeds LS1 5HD⟫</address>
    </div>
    <div>
      <h2>⟪C|This website⟫</h2>
      <ul>
        <li><a href="/accessibility/">⟪C|Accessibility statement⟫</a></li>
        <li><a href="/privacy/">⟪C|Privacy notice⟫</a></li>
        <li><a href="/cookie-choices/">⟪C|Cookie choices⟫</a></li>
        <li><a href="/sitemap/">⟪C|Site map⟫</a></li>
      </ul>
    </div>
  </div>
  <p class="site-footer__licence">⟪C|You may reuse the text on this site under the Open Government Licence v3.0 unless a page says otherwise.⟫</p>
  <p>⟪C|© NHS England 2026⟫</p>
</footer>
<script src="/assets/js/main.b81c07.js"></script>
</body>
</html>
""", policy=True, kind="policy", tags=["health-workforce", "primary-care"],
     published="2026-02-04", regions=["GB"], source="NHS England")

# --- en-03: US trade publication, sidebar first and footer mid-article in the scrape ----
page("en-03-medicare-negotiated-prices", "en", "txt", "UTF-8", r"""
C|CMS sets prices for 15 more drugs in second round of Medicare negotiation | Health Policy Wire
C|HEALTH POLICY WIRE
C|Subscribe   Sign in
C|MOST READ
C|Hospitals brace for site-neutral payment cuts as Congress returns
C|Five things to watch in Medicare Advantage star ratings this year
C|States weigh Medicaid work requirement waivers after appeals court ruling
C|Medicare | Medicaid | Drug Pricing | Hospitals | Payers | Policy & Regulation
C|DRUG PRICING
T|CMS sets prices for 15 more drugs in second round of Medicare negotiation
C|By Dana Whitfield | Published Nov. 21, 2025 | 5 min read
B|The Centers for Medicare & Medicaid Services on Thursday published the prices it negotiated with manufacturers for 15 prescription drugs selected for the second cycle of the Medicare Drug Price Negotiation Program, with the new prices taking effect on January 1, 2027.
B|The agency said the negotiated prices would have cut net spending on the selected drugs by about 38% had they applied in 2024, saving Medicare an estimated $9.6 billion and lowering out-of-pocket costs for Part D enrollees by roughly $540 million a year.
B|The list includes drugs used to treat type 2 diabetes, chronic obstructive pulmonary disease and several cancers. Unlike the first cycle, which covered only Part D drugs, the law allows Part B drugs administered in physicians' offices to be selected beginning with the third cycle.
C|About | Advertise | Careers | Contact | Terms of Use | Privacy Policy | Do Not Sell My Personal Information
C|© 2025 Whitfield Media Group, LLC. All rights reserved.
C|Health Policy Wire is an independent publication and is not affiliated with, endorsed by or sponsored by any government agency or pharmaceutical company.
B|"These negotiated prices mean people with Medicare will pay less at the pharmacy counter for medicines they take every day," a CMS spokesperson said in a statement.
B|Manufacturers had until the end of October to accept or reject the agency's final offers. All 15 companies signed agreements, CMS said, though several are continuing to challenge the program in federal court.
C|Related: Part D redesign: what the $2,100 out-of-pocket cap means for plan sponsors
B|Industry groups warned that the program could discourage investment in small-molecule drugs. "Every price set in Washington is a signal to investors about which research to fund," said a spokesperson for the Pharmaceutical Research and Manufacturers of America.
B|CMS is expected to announce the next list of up to 15 drugs, including the first Part B products, by Feb. 1.
C|Topics: Medicare Part D, Drug Pricing, CMS, Inflation Reduction Act
C|Get the Daily Brief
C|The day's top health policy stories, in your inbox every weekday by 7 a.m. ET.
C|Work email
C|Sign up
C|URL: https://www.healthpolicywire.example/drug-pricing/cms-second-round-negotiated-prices/
""", policy=True, kind="policy", tags=["drug-policy", "medical-insurance"],
     published="2025-11-21", regions=["US"], source="Health Policy Wire")

# --- en-04: global agency news release, language menu, media contacts, no country -------
page("en-04-who-postnatal-care", "en", "html", "UTF-8", r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Postnatal care gaps leave millions of mothers and newborns without checks, WHO warns</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:type" content="article">
<meta property="og:title" content="WHO calls on countries to close gaps in postnatal care">
<meta property="article:published_time" content="2025-12-03T09:00:00+01:00">
<link rel="stylesheet" href="/ResourcePackages/who/assets/dist/styles/main.min.css">
<script src="/ResourcePackages/who/assets/dist/scripts/vendor.min.js"></script>
</head>
<body>
<div class="top-bar">
  <ul class="lang-menu">
    <li><a href="/ar/news/item/03-12-2025-postnatal">⟪C|عربي⟫</a></li>
    <li><a href="/zh/news/item/03-12-2025-postnatal">⟪C|中文⟫</a></li>
    <li><a href="/news/item/03-12-2025-postnatal" class="active">⟪C|English⟫</a></li>
    <li><a href="/fr/news/item/03-12-2025-postnatal">⟪C|Français⟫</a></li>
    <li><a href="/ru/news/item/03-12-2025-postnatal">⟪C|Русский⟫</a></li>
    <li><a href="/es/news/item/03-12-2025-postnatal">⟪C|Español⟫</a></li>
  </ul>
</div>
<header class="sf-header">
  <a href="/" class="logo"><img src="/images/default-source/infographics/who-emblem.png" alt="World Health Organization"></a>
  <nav>
    <a href="/health-topics/">⟪C|Health topics⟫</a>
    <a href="/countries/">⟪C|Countries⟫</a>
    <a href="/news-room/">⟪C|Newsroom⟫</a>
    <a href="/emergencies/">⟪C|Emergencies⟫</a>
    <a href="/data/">⟪C|Data⟫</a>
    <a href="/about/">⟪C|About WHO⟫</a>
  </nav>
</header>
<div class="sf-content">
  <div class="breadcrumb">⟪C|<a href="/">Home</a> / <a href="/news-room/">Newsroom</a> / <a href="/news/">News</a> / Postnatal care gaps⟫</div>
  <div class="sf-detail-header">
    <div class="timestamp">⟪C|3 December 2025⟫</div>
    <div class="type">⟪C|News release⟫</div>
    <div class="reading">⟪C|Reading time: 3 min (684 words)⟫</div>
    <h1>⟪T|Postnatal care gaps leave millions of mothers and newborns without checks, WHO warns⟫</h1>
  </div>
  <div class="sf-detail-body-wrapper">
    <p>⟪B|Nearly one in three women and newborns worldwide receive no health check in the first days after birth, the period when most maternal and newborn deaths occur, according to a new report published today by the World Health Organization.⟫</p>
    <p>⟪B|The report, which draws on household surveys from 92 countries, finds that coverage of postnatal checks has risen by only six percentage points in the past decade. Women who give birth at home, adolescent mothers and families in rural areas are the least likely to be seen by a health worker after delivery.⟫</p>
    <p>⟪B|WHO recommends that every mother and baby receive at least four postnatal contacts in the first six weeks: in the first 24 hours, on day three, between days seven and 14, and at six weeks. The checks cover bleeding, infection and high blood pressure in the mother and feeding, breathing and warmth in the baby, as well as support for mental health and family planning.⟫</p>
    <p>⟪B|“The days after birth are too often treated as the end of care rather than the start of a new phase of it,” said a WHO director for maternal, newborn, child and adolescent health. “Countries that have added home visits by community health workers have shown that these gaps can close quickly.”⟫</p>
    <div class="related-box">
      <h3>⟪C|Related⟫</h3>
      <ul>
        <li><a href="/publications/postnatal-report-2025">⟪C|Report: Postnatal care coverage 2015–2025⟫</a></li>
        <li><a href="/fact-sheets/maternal-mortality">⟪C|Fact sheet: Maternal mortality⟫</a></li>
      </ul>
    </div>
    <p>⟪B|The report calls on governments to include postnatal care in essential health benefit packages without user fees, to count postnatal contacts in national health information systems, and to train and pay community health workers to visit women at home.⟫</p>
    <p>⟪B|It highlights countries where coverage rose sharply after such measures, including a home-visit programme in parts of Nigeria and a conditional cash transfer in several Indian states that pays families when mothers attend a six-week check.⟫</p>
    <p>⟪B|Progress on maternal and newborn survival has slowed since 2016. Without faster improvement, the world will miss the Sustainable Development Goal targets for 2030 by a wide margin.⟫</p>
  </div>
  <div class="sf-media-contacts">
    <h3>⟪C|Media Contacts⟫</h3>
    <p>⟪C|Laila Osei⟫</p>
    <p>⟪C|Communications Officer, Maternal, Newborn, Child and Adolescent Health⟫</p>
    <p>⟪C|Mobile: +41 79 500 12 34⟫</p>
    <p>⟪C|Email: mediacontact@who.example⟫</p>
  </div>
  <div class="share-bar">⟪C|Share⟫ <a href="#">⟪C|X⟫</a> <a href="#">⟪C|Facebook⟫</a> <a href="#">⟪C|LinkedIn⟫</a> <a href="#">⟪C|WhatsApp⟫</a></div>
</div>
<footer class="sf-footer">
  <div class="regions">
    <h4>⟪C|Regional offices⟫</h4>
    <a href="#">⟪C|Africa⟫</a> <a href="#">⟪C|Americas⟫</a> <a href="#">⟪C|South-East Asia⟫</a> <a href="#">⟪C|Europe⟫</a> <a href="#">⟪C|Eastern Mediterranean⟫</a> <a href="#">⟪C|Western Pacific⟫</a>
  </div>
  <div class="legal">
    <a href="#">⟪C|Careers⟫</a> <a href="#">⟪C|Procurement⟫</a> <a href="#">⟪C|Privacy policy⟫</a> <a href="#">⟪C|Permissions and licensing⟫</a> <a href="#">⟪C|Report misconduct⟫</a>
  </div>
  <p>⟪C|© 2025 WHO⟫</p>
</footer>
</body>
</html>
""", policy=True, kind="policy", tags=["maternal-child"], published="2025-12-03",
     regions=[])

# --- en-05: government health portal tips article (wellness), CRLF line ends ------------
page("en-05-singapore-festive-blood-sugar", "en", "txt", "UTF-8", r"""
C|LiveWell SG
C|Skip to content
C|Programmes   Eat Well   Move More   Mental Well-being   Health Screening   E-services
C|Home / Eat Well / Articles
C|Eat Well
T|Keeping Your Blood Sugar Steady This Lunar New Year: 6 Tips From Our Dietitians
C|Published: 03 Feb 2026 | 4 min read
C|Listen
B|Visiting, feasting and late nights: the 15 days of Lunar New Year can throw anyone's routine off balance. If you are living with diabetes or pre-diabetes, a few simple habits will help you enjoy the celebrations without a spike in your blood sugar.
B|1. Don't skip breakfast before visiting. Arriving hungry makes it harder to say no to a second helping of pineapple tarts.
B|2. Count your goodies. Two pineapple tarts or three love letters add up to about the same calories as a bowl of rice.
B|3. Choose plain water or unsweetened tea. One can of soft drink contains about eight teaspoons of sugar.
B|4. Go easy on the bak kwa. A single slice can contain more than 300 calories and almost a day's worth of sodium for some adults.
B|5. Keep moving. A 15-minute walk after a heavy meal helps your muscles use up glucose.
B|6. Stick to your medication schedule, even when you are out late. Set a phone reminder if you need to.
C|Advertisement
C|Earn up to 1,500 Healthpoints when you log 10,000 steps a day. Download the app now.
B|If you are enrolled with a family clinic under Healthier SG, you can ask your doctor to review your health plan after the festive season. Remember to bring your glucose readings to your next appointment.
B|Seek medical help at once if you feel very thirsty, confused or drowsy, as these may be signs of very high blood sugar.
C|This article has been reviewed by dietitians at a public healthcare cluster. The information here is for general education and should not replace advice from your own doctor.
C|Was this article helpful?
C|Yes   No
C|You may also like
C|5 Low-Sugar Drinks to Serve Your Guests
C|Healthier SG: What to Expect at Your First Health Plan Consultation
C|Managing Diabetes When You Travel
C|Contact Us   Feedback   Report Vulnerability   Privacy Statement   Terms of Use   Sitemap
C|© 2026 LiveWell SG. Last updated on 03 Feb 2026
""", policy=False, kind="wellness", tags=[], published="2026-02-03", regions=["SG"],
     crlf=True)

# --- en-06: regional news desk, long-term care insurance reform, no full date ----------
page("en-06-japan-long-term-care-premiums", "en", "txt", "UTF-8", r"""
C|ASIA HEALTH DESK
C|World   Asia-Pacific   Policy   Science   Opinion   Podcasts
C|Advertisement
C|POLICY
T|Japan to make wealthier seniors pay more for long-term care
B|Health ministry panel backs higher co-payments and premiums from fiscal 2027
C|Updated 2 hours ago
C|Listen to this article · 4 min
B|TOKYO — A Japanese health ministry advisory panel on Thursday approved a plan to raise long-term care insurance contributions for older people with higher incomes, as the government struggles to fund care for a rapidly ageing population.
B|Under the plan, users of nursing care services aged 65 and over with annual pension and other income of at least 2.2 million yen would pay 20% of the cost of their care instead of the current 10%. Monthly premiums for the top income brackets would also rise.
B|The change is the first in six years.
B|The ministry estimates the measures would save the insurance system about 30 billion yen a year. It plans to submit the necessary legislation to parliament next year, with the higher co-payments taking effect in April 2027.
C|Read more: South Korea to expand home-visit nursing for people with dementia as caregiver shortage bites
B|The proposals include:
B|- extending the 20% co-payment to about 350,000 more users;
B|- adding new premium brackets for people with incomes above 10 million yen;
B|- reviewing fees paid to care facilities every three years, in line with wage growth.
B|Groups representing older people criticised the plan. "Many people just above the threshold are already choosing less care to save money," said the head of a national association of care users' families.
B|Japan's long-term care insurance system, launched in 2000, covers about 7 million people certified as needing care. Spending has more than tripled since its introduction, and the number of people aged 75 and over is expected to peak in the mid-2030s.
C|Reporting by Kenji Aoyama; Editing by Ruth Halloran
C|EDITOR'S PICKS
C|Why Asia's hospitals are hiring nurses from Africa
C|Vietnam's new health insurance law explained
C|Taiwan raises tobacco tax for first time since 2017
C|Our standards: How we report on health
C|© 2026 Asia Health Desk. All rights reserved. Reproduction without permission is prohibited.
""", policy=True, kind="policy", tags=["elderly-care", "medical-insurance"],
     regions=["JP"], source="Asia Health Desk")

# --- en-07: pharma investor-relations release (earnings), legal boilerplate, filing nos --
page("en-07-veltrana-q3-results", "en", "html", "UTF-8", r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Media release | Veltrana</title>
<meta name="description" content="Veltrana reports third-quarter 2025 results and raises full-year outlook">
<meta property="og:title" content="Veltrana reports Q3 2025 results">
<link rel="stylesheet" href="/static/vt/ir.css">
<script defer src="/static/vt/ticker.js"></script>
</head>
<body>
<div class="util-nav">
  <a href="/en/">⟪C|Global site⟫</a>
  <a href="/de/">⟪C|Deutsch⟫</a>
  <span class="ticker">⟪C|VELN SIX: CHF 84.12 ▲ 0.6%⟫</span>
</div>
<header class="hdr">
  <a href="/" class="hdr-logo"><img src="/static/vt/logo.svg" alt="Veltrana"></a>
  <nav class="hdr-nav">
    <a href="/our-science/">⟪C|Our science⟫</a>
    <a href="/medicines/">⟪C|Medicines⟫</a>
    <a href="/investors/">⟪C|Investors⟫</a>
    <a href="/media/">⟪C|Media⟫</a>
    <a href="/careers/">⟪C|Careers⟫</a>
  </nav>
</header>
<main>
  <div class="crumb">⟪C|Media › Media releases › 2025⟫</div>
  <article class="release">
    <p class="release-tag">⟪C|Ad hoc announcement pursuant to Art. 53 LR⟫</p>
    <h1>⟪T|Veltrana delivers 7% sales growth in third quarter and raises full-year core EPS guidance⟫</h1>
    <p class="release-dl"><a href="/media/2025/veltrana-q3-2025-en.pdf">⟪C|Download PDF (218 KB)⟫</a></p>
    <p>⟪B|Basel, October 29, 2025 – Veltrana AG today reported net sales of CHF 4.21 billion for the third quarter of 2025, up 7% at constant exchange rates, driven by its oncology and immunology medicines.⟫</p>
    <ul class="keyfigures">
      <li>⟪B|Net sales: CHF 4.21 billion (+7% at constant exchange rates, +3% in CHF)⟫</li>
      <li>⟪B|Core operating income: CHF 1.48 billion (+11% at constant exchange rates)⟫</li>
      <li>⟪B|Core earnings per share: CHF 1.62 (+9%)⟫</li>
      <li>⟪B|Free cash flow for the first nine months: CHF 3.05 billion⟫</li>
    </ul>
    <p>⟪B|Growth was led by the breast cancer medicine Oritexa, whose sales rose 31% to CHF 612 million, and by the psoriasis treatment Dermivan. Sales of the older cardiovascular portfolio fell 12% as generic competition intensified in Europe.⟫</p>
    <p>⟪B|Chief Executive Officer Martina Eglof said: “Our launches are carrying the business through a period of patent expiries. We expect pricing pressure in Europe and the United States to continue, but our pipeline gives us the confidence to raise our outlook.”⟫</p>
    <p>⟪B|The company now expects core earnings per share to grow by a high single-digit percentage in 2025 at constant exchange rates, up from mid single-digit growth previously. Sales guidance is unchanged.⟫</p>
    <p>⟪B|Veltrana said the proposed reform of the EU pharmaceutical legislation, which would shorten regulatory data protection for new medicines, remained a risk to its European business from 2028, and that it had not included any effect of US drug pricing policy changes in its guidance.⟫</p>
    <p>⟪B|The company will host a conference call for analysts and investors today at 14:00 CET.⟫</p>
    <div class="release-contacts">
      <h2>⟪C|Contacts⟫</h2>
      <p>⟪C|Media Relations: +41 61 555 20 00, media@veltrana.example⟫</p>
      <p>⟪C|Investor Relations: +41 61 555 21 00, ir@veltrana.example⟫</p>
    </div>
    <div class="release-disclaimer">
      <h2>⟪C|Forward-looking statements⟫</h2>
      <p>⟪C|This release contains forward-looking statements that reflect management's current views about future events. They involve known and unknown risks and uncertainties, and actual results may differ materially from those expressed or implied. Veltrana assumes no obligation to update forward-looking statements.⟫</p>
    </div>
  </article>
  <aside class="ir-side">
    <h3>⟪C|Financial calendar⟫</h3>
    <ul>
      <li>⟪C|29 January 2026 – Full-year results 2025⟫</li>
      <li>⟪C|12 March 2026 – Annual General Meeting⟫</li>
    </ul>
    <h3>⟪C|Subscribe to news alerts⟫</h3>
    <p><a href="/media/alerts/">⟪C|Receive our media releases by email⟫</a></p>
  </aside>
</main>
<footer class="ftr">
  <div class="ftr-cols">
    <ul>
      <li><a href="/contact/">⟪C|Contact⟫</a></li>
      <li><a href="/locations/">⟪C|Locations worldwide⟫</a></li>
      <li><a href="/suppliers/">⟪C|Supplier portal⟫</a></li>
      <li><a href="/medical-information/">⟪C|Medical information requests⟫</a></li>
    </ul>
    <ul>
      <li><a href="/legal/">⟪C|Legal notice⟫</a></li>
      <li><a href="/privacy/">⟪C|Data privacy⟫</a></li>
      <li><a href="/accessibility/">⟪C|Accessibility⟫</a></li>
      <li><a href="/sitemap/">⟪C|Sitemap⟫</a></li>
    </ul>
  </div>
  <p>⟪C|Veltrana AG, Rheinuferweg 40, 4058 Basel, Switzerland⟫</p>
  <p>⟪C|Commercial register: CHE-109.482.716 · VAT: CHE-109.482.716 MWST · LEI: 5299008VELTRANAQ0042⟫</p>
  <p>⟪C|This site is intended for a global audience. Information about medicines may not be valid in your country.⟫</p>
  <p>⟪C|© 2025 Veltrana AG. All rights reserved.⟫</p>
</footer>
</body>
</html>
""", policy=False, kind="earnings", tags=[], published="2025-10-29", regions=["CH"])

# --- en-08: wire press release on a Phase III result, reader-mode scrape, almost no chrome
page("en-08-shanghai-phase3-hypertension", "en", "txt", "UTF-8", r"""
T|Qiyuan Biopharma's once-weekly oral QY-2107 meets primary endpoint in Phase III hypertension trial
C|Source: Shanghai Qiyuan Biopharmaceutical Co., Ltd. | 2025-06-18 09:00 (Beijing time)
B|SHANGHAI, June 18, 2025 /PR Asia Wire/ -- Shanghai Qiyuan Biopharmaceutical Co., Ltd. ("Qiyuan") today announced that its Phase III trial of QY-2107, a once-weekly oral antihypertensive, met its primary endpoint in patients with essential hypertension.
B|The randomised, double-blind trial enrolled 1,218 adults at 64 hospitals in China. After 12 weeks, patients taking QY-2107 had a mean reduction in seated systolic blood pressure of 15.8 mmHg, compared with 12.1 mmHg for patients taking a daily angiotensin receptor blocker (p<0.001).
B|Adverse events were mostly mild. Dizziness was reported in 4.2% of patients in the QY-2107 group and 3.9% in the control group, and no new safety signals were identified.
B|"Poor adherence is one of the main reasons blood pressure remains uncontrolled in so many patients," said Dr. Shen Yiran, Chief Medical Officer of Qiyuan. "A tablet taken once a week could make long-term treatment much simpler."
B|Qiyuan plans to submit a new drug application to China's National Medical Products Administration (NMPA) in the fourth quarter of 2025 and will seek to have QY-2107 considered for the National Reimbursement Drug List after approval.
B|Full results will be presented at an upcoming international cardiology congress.
C|View original content: https://www.prasiawire.example/news/qiyuan-qy2107-phase3
""", policy=False, kind="trial", tags=[], published="2025-06-18", regions=["310000"],
     source="Shanghai Qiyuan Biopharmaceutical Co., Ltd.")

# --- en-09: old English edition of a city site, tables for layout, machine translation --
page("en-09-lishui-health-industry-policy", "en", "html", "UTF-8", r"""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Lishui City, Zhejiang -- News</title>
<link href="/english/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript">
function printit(){ window.print(); }
</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/english/images/banner_ls.jpg" width="960" height="150" alt="Lishui"></td></tr>
  <tr>
    <td class="menu" height="32" align="center">
      <a href="/english/index.html">⟪C|Home⟫</a> | <a href="/english/about/">⟪C|About Lishui⟫</a> | <a href="/english/news/">⟪C|News⟫</a> | <a href="/english/gov/">⟪C|Government Affairs⟫</a> | <a href="/english/invest/">⟪C|Investment⟫</a> | <a href="/english/travel/">⟪C|Travel⟫</a> | <a href="/">⟪C|中文版⟫</a>
    </td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="200" valign="top" bgcolor="#EEF4E6">
      <table width="100%" border="0" cellspacing="0" cellpadding="6">
        <tr><td class="lm_t">⟪C|NEWS⟫</td></tr>
        <tr><td><a href="/english/news/local/">⟪C|Local News⟫</a></td></tr>
        <tr><td><a href="/english/news/notice/">⟪C|Notices⟫</a></td></tr>
        <tr><td><a href="/english/news/photo/">⟪C|Photo News⟫</a></td></tr>
        <tr><td class="lm_t">⟪C|QUICK LINKS⟫</td></tr>
        <tr><td><a href="/english/invest/zone/">⟪C|LEDZ Investment Portal⟫</a></td></tr>
        <tr><td><a href="/english/invest/guide/">⟪C|Investment Guide⟫</a></td></tr>
      </table>
    </td>
    <td width="20"></td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="position">⟪C|Location: <a href="/english/index.html">Home</a> &gt;&gt; <a href="/english/news/">News</a> &gt;&gt; <a href="/english/news/local/">Local News</a>⟫</td></tr>
        <tr><td class="title" align="center" height="60">⟪T|Lishui introduces several policies to support the high-quality development of the big health industry⟫</td></tr>
        <tr><td class="info" align="center">⟪C|Date:2025.09.01&nbsp;&nbsp;Source:Lishui Daily&nbsp;&nbsp;Hits:&nbsp;215⟫</td></tr>
        <tr><td class="content">
<p>⟪B|Recently, the Lishui Municipal People's Government issued the "Several Policies of Lishui City on Accelerating the Development of the Big Health Industry" (hereinafter referred to as the "Policies"), which will grasp the implementation of the Healthy China strategy and the construction of the ecological product value realization mechanism pilot zone, and make the big health industry a new growth pole of the city's economy.⟫</p>
<p>⟪B|The "Policies" put forward that by 2027, the city's big health industry will achieve an added value of 30 billion yuan, cultivate 10 leading enterprises with an output value of more than 1 billion yuan, and build 3 provincial-level health industry characteristic towns.⟫</p>
<p>⟪B|The main support measures include:⟫</p>
<p>⟪B|1. For newly settled biomedicine and medical device enterprises with an actual investment of more than 100 million yuan, a one-time award of up to 5 million yuan will be given according to the investment amount.⟫</p>
<p>⟪B|2. For enterprises that obtain the registration certificate of Class III medical devices or the approval of new drugs, a reward of 1 million yuan to 3 million yuan will be given.⟫</p>
<p>⟪B|3. Support the development of forest health care, hot spring recuperation and traditional Chinese medicine health preservation, and give rent subsidies to health and elderly care projects that settle in the health industry park of Lishui Economic Development Zone.⟫</p>
<p>⟪B|4. Set up a big health industry fund of 2 billion yuan, and give priority to land use indicators for major health industry projects.⟫</p>
<p>⟪B|The relevant person in charge of the Municipal Development and Reform Commission said that Lishui has the good ecological environment, the masses have a strong sense of gain, and the big health industry has broad prospects. Next, all counties (cities, districts) such as Jinyun County and Longquan City will combine their own advantages to grasp the implementation of the "Policies", and promote the deep integration of health industry with agriculture, culture and tourism.⟫</p>
<p>⟪B|The "Policies" shall be implemented from October 1, 2025.⟫</p>
        </td></tr>
        <tr><td align="right" class="tools"><a href="javascript:printit()">⟪C|[Print]⟫</a>&nbsp;<a href="javascript:window.close()">⟪C|[Close]⟫</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td align="center">⟪C|Copyright © Lishui Municipal People's Government. All Rights Reserved⟫</td></tr>
  <tr><td align="center">⟪C|Zhe ICP Bei No. 05000172⟫</td></tr>
  <tr><td align="center">⟪C|Best viewed at 1024*768 resolution with IE 8.0 or above⟫</td></tr>
</table>
</body>
</html>
""", policy=True, kind="policy", tags=["health-industry"], published="2025-09-01",
     regions=["331100"], source="Lishui Daily")

# --- en-10: pharmacy chain promotion written around Medicare rules (marketing) ----------
page("en-10-pharmacy-medicare-vaccines-promo", "en", "txt", "UTF-8", r"""
C|Brightway Pharmacy
C|Find a Store   Weekly Ad   Prescriptions   Vaccines   Health Services   Sign In
C|Free shipping on orders $35+ | Same-day Rx pickup at most locations
C|Health Hub / Vaccines & Immunizations
T|Medicare Part D members: get recommended vaccines for $0 at Brightway
C|Posted 2/14/2026 by Brightway Pharmacy Team
B|Thanks to changes in federal law, adults with Medicare Part D prescription drug coverage pay nothing out of pocket for vaccines recommended by the CDC's Advisory Committee on Immunization Practices, including shingles, Tdap and RSV vaccines.
B|That means you can get your shingles vaccine at any Brightway pharmacy counter with no copay, no deductible and no appointment needed at most stores.
B|Our immunizing pharmacists can also check your vaccination record and tell you which shots you may be due for. Bring your Medicare card and your Part D plan card to your visit.
C|Schedule your vaccine online or text SHOT to 27933
C|SPECIAL OFFER: Get a $10 Brightway Rewards coupon when you receive any vaccine at our pharmacy.
B|Not on Medicare? Most commercial insurance plans also cover recommended vaccines at no cost. Check with your plan or ask a member of our pharmacy team.
C|Offer valid through 3/31/2026. One coupon per customer. Not valid for prescriptions paid in whole or in part by Medicare, Medicaid or other government programs where prohibited by law. Restrictions apply; see store for details.
C|Related articles
C|Shingles vaccine: who needs it and when?
C|What's new in Medicare Part D for 2026
C|Vaccines subject to availability. State, age and health-condition restrictions apply.
C|Customer Service 1-800-555-0143   Accessibility   Privacy Notice   Terms of Use   Your Privacy Choices
C|© 2026 Brightway Health Stores, Inc.
""", policy=False, kind="marketing", tags=[], published="2026-02-14", regions=["US"])

# --- en-11: provincial recruitment drive in English (job-ad), language menu -------------
page("en-11-jiangsu-hospital-talent-recruitment", "en", "txt", "UTF-8", r"""
C|Jiangsu, China
C|中文 | English | 日本語 | 한국어
C|Home | News | Government | Business | Study | Travel | Living
C|Home > News > Notices
T|2026 Jiangsu Provincial Hospitals Global Recruitment of High-level Medical Talents
C|Updated: 2025-12-19 | Source: Health Commission of Jiangsu Province
B|To meet the development needs of public hospitals in the province, 46 provincial and municipal public hospitals in Jiangsu will jointly recruit high-level medical talents at home and abroad. The relevant matters are announced as follows:
B|I. Positions
B|Clinical discipline leaders, young academic backbones and postdoctoral researchers in cardiology, oncology, neurology, pediatrics, anesthesiology, critical care medicine, medical imaging and other disciplines.
B|II. Requirements
B|1. Discipline leaders should generally be under 50 years old and hold a senior professional title or an associate professor position at a well-known overseas university or institution;
B|2. Young academic backbones should generally be under 40 years old, hold a doctoral degree, and have at least 2 years of overseas research or clinical experience;
B|3. Be in good health and abide by the laws of China.
B|III. Remuneration
B|Discipline leaders can receive an annual salary of 800,000 to 1.5 million yuan, a housing subsidy of up to 2 million yuan and start-up research funding of up to 5 million yuan. Other positions are negotiable.
B|IV. Application
B|Applicants should submit a CV, research achievements and a statement of work plan to the recruiting hospital by email before 31 March 2026. Hospitals in Nanjing, Suzhou, Wuxi and Xuzhou will hold online interviews in April.
B|Contact: Talent Office, Health Commission of Jiangsu Province, +86 25 8362 0187
C|Attachment: List of recruiting hospitals and positions (xlsx)
C|Print | Close
C|Related: Jiangsu issues measures to attract overseas medical talents to county hospitals
C|Copyright © The People's Government of Jiangsu Province. All Rights Reserved.
C|Sponsored by: General Office of the People's Government of Jiangsu Province
C|Su ICP Bei 05009162  Website ID: 3200000054
""", policy=False, kind="job-ad", tags=[], published="2025-12-19", regions=["320000"],
     source="Health Commission of Jiangsu Province")

# --- en-12: city English portal, half-marathon traffic notice (other) -------------------
page("en-12-fuzhou-half-marathon-traffic", "en", "html", "UTF-8", r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Traffic control for the 2026 Fuzhou Half Marathon_Fuzhou, China</title>
<meta name="keywords" content="Fuzhou, half marathon, traffic control, Minjiang">
<link rel="stylesheet" href="/en/static/css/en2024.css">
<script src="/en/static/js/en2024.js"></script>
</head>
<body>
<header class="en-head">
  <div class="en-head-top">
    <a class="en-logo" href="/en/"><img src="/en/static/img/logo-en.png" alt="Fuzhou, China"></a>
    <div class="en-lang"><a href="/">⟪C|中文⟫</a> <a href="/en/">⟪C|English⟫</a></div>
  </div>
  <nav class="en-nav">
    <ul>
      <li><a href="/en/news/">⟪C|News⟫</a></li>
      <li><a href="/en/government/">⟪C|Government⟫</a></li>
      <li><a href="/en/invest/">⟪C|Invest in Fuzhou⟫</a></li>
      <li><a href="/en/visit/">⟪C|Visiting Fuzhou⟫</a></li>
      <li><a href="/en/living/">⟪C|Living Here⟫</a></li>
    </ul>
  </nav>
</header>
<main class="en-main">
  <p class="en-crumb">⟪C|You are here: <a href="/en/">Home</a> » <a href="/en/news/">News</a> » Announcements⟫</p>
  <article>
    <h1>⟪T|Traffic control for the 2026 Fuzhou Half Marathon⟫</h1>
    <p class="en-date">⟪C|Mar. 3, 2026 | fuzhou.gov.cn⟫</p>
    <p>⟪B|The 2026 Fuzhou Half Marathon will start at 7:30 am on Sunday, March 8, from the Fuzhou Strait Culture and Art Centre in Cangshan District. About 20,000 runners are expected to take part in the half marathon and the 5-kilometer fun run.⟫</p>
    <p>⟪B|To ensure the safety of the race, the public security traffic police will impose traffic controls on roads along the route from 5:00 am to 12:30 pm on race day. Roads along the Minjiang River in Gulou, Taijiang and Cangshan districts will be closed in stages as runners pass.⟫</p>
    <p>⟪B|Metro Line 1 and Line 2 will start operating at 5:30 am on race day. Citizens are advised to take public transport and plan their trips in advance.⟫</p>
    <p>⟪B|The organizers will set up 14 medical stations along the course, staffed by doctors and nurses from city hospitals, with ambulances waiting at the start, the finish and every 5 kilometers.⟫</p>
    <p>⟪B|Residents who need to pass through controlled roads for medical emergencies can contact the traffic police hotline at 0591-87092110.⟫</p>
    <div class="en-share">⟪C|Share:⟫ <a href="#">⟪C|WeChat⟫</a> <a href="#">⟪C|Weibo⟫</a> <a href="#">⟪C|Facebook⟫</a></div>
  </article>
  <section class="en-more">
    <h2>⟪C|Read more⟫</h2>
    <ul>
      <li><a href="/en/news/0226.html">⟪C|Fuzhou ranks among China's top 10 cities for spring outings⟫</a></li>
      <li><a href="/en/news/0221.html">⟪C|New flights link Fuzhou with Kuala Lumpur⟫</a></li>
      <li><a href="/en/news/0218.html">⟪C|Lantern Festival celebrations light up Sanfang Qixiang⟫</a></li>
    </ul>
  </section>
</main>
<footer class="en-foot">
  <p>⟪C|<a href="/en/about/">About Us</a>⟫ | ⟪C|<a href="/en/contact/">Contact Us</a>⟫ | ⟪C|<a href="/en/sitemap/">Site Map</a>⟫</p>
  <p>⟪C|Copyright © Fuzhou Municipal People's Government. All rights reserved.⟫</p>
  <p>⟪C|Presented by the Information Office of Fuzhou Municipal People's Government⟫</p>
  <div class="en-qr"><img src="/en/static/img/qr-fzrelease.png" alt=""><p>⟪C|Scan to follow Fuzhou Release on WeChat⟫</p></div>
  <p>⟪C|Min ICP Bei 12008816-1⟫</p>
</footer>
</body>
</html>
""", policy=False, kind="other", tags=[], published="2026-03-03", regions=["350100"])


# =======================================================================================
# Set-level targets and the README
# =======================================================================================

TRADITIONAL = {f"{PREFIX}-zh-05-macau-flu-vaccination", f"{PREFIX}-zh-06-taipei-checkup-promo"}


def stats() -> dict:
    s: dict = {"n": len(PAGES)}
    s["zh"] = sum(p["lang"] == "zh" for p in PAGES)
    s["en"] = sum(p["lang"] == "en" for p in PAGES)
    s["html"] = sum(p["fmt"] == "html" for p in PAGES)
    s["txt"] = sum(p["fmt"] == "txt" for p in PAGES)
    s["enc"] = {}
    for p in PAGES:
        key = p["encoding"] + (" + CRLF" if p["crlf"] else "")
        s["enc"][key] = s["enc"].get(key, 0) + 1
    s["kinds"] = {}
    for p in PAGES:
        k = p["labels"]["kind"]
        s["kinds"][k] = s["kinds"].get(k, 0) + 1
    s["policy"] = s["kinds"].get("policy", 0)
    s["negative"] = sum(v for k, v in s["kinds"].items() if k in NEGATIVE_KINDS)
    s["other"] = s["kinds"].get("other", 0)
    s["undated"] = [p["name"] for p in PAGES if not p["labels"]["published"]]
    s["tags"] = {}
    for p in PAGES:
        for t in p["labels"]["tags"]:
            s["tags"][t] = s["tags"].get(t, 0) + 1
    return s


def check_set(errors: list[str]):
    s = stats()
    want = [
        (s["n"] == 24, f"24 pages, not {s['n']}"),
        (s["zh"] == s["en"] == 12, "12 Chinese and 12 English pages"),
        (len(TRADITIONAL) >= 2 and TRADITIONAL <= {p["name"] for p in PAGES},
         "two traditional-script pages"),
        (3 * s["html"] >= s["n"], "at least a third HTML"),
        (any(k.startswith("GBK") for k in s["enc"]), "a GBK page"),
        (any(k.startswith(("GB18030", "Big5")) for k in s["enc"]), "a GB18030 or Big5 page"),
        (any(k.startswith("Big5") for k in s["enc"]), "a Big5 (traditional) page"),
        (any(k.startswith("UTF-8-BOM") for k in s["enc"]), "a UTF-8-BOM page"),
        (any("CRLF" in k for k in s["enc"]), "a CRLF page"),
        (0.5 <= s["policy"] / s["n"] <= 0.6, "about 55% policy"),
        (0.35 <= s["negative"] / s["n"] <= 0.45, "about 40% hard negatives"),
        (1 <= s["other"] <= 2, "1-2 other pages"),
        (NEGATIVE_KINDS <= set(s["kinds"]), "every hard-negative kind"),
        (set(s["tags"]) == TAGS, f"all 14 tags (missing {sorted(TAGS - set(s['tags']))})"),
        (len(s["undated"]) >= 3, "3+ pages without a full date"),
    ]
    for ok, what in want:
        if not ok:
            errors.append(f"set target not met: {what}")
    for p in PAGES:
        if p["name"] in TRADITIONAL and p["encoding"] == "Big5":
            break
    else:
        errors.append("set target not met: the Big5 page should be a traditional one")


def readme() -> str:
    s = stats()
    enc = ", ".join(f"{k} {v}" for k, v in sorted(s["enc"].items()))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(s["kinds"].items()) if k in NEGATIVE_KINDS)
    tags = ", ".join(f"{k} {v}" for k, v in sorted(s["tags"].items()))
    rows = "\n".join(
        f"| {p['name']} | {p['fmt']} | {p['encoding']}{' CRLF' if p['crlf'] else ''} "
        f"| {p['labels']['kind']} | {p['labels']['published'] or '—'} "
        f"| {', '.join(p['labels']['regions']) or '—'} |"
        for p in PAGES)
    return f"""# holdout15: a blind held-out set

{s['n']} invented pages that imitate what a health-policy monitor meets on the web in
2026, with their gold files in the format of `tests/corpus/README.md`. The set measures
how healthfeed generalises to page templates its rules were not written against: new
site templates, chrome in the middle of articles (image credits, inline "see also" and
相关阅读 links, ad slots, pull quotes that echo a sentence of the body, embedded
related-documents boxes), long and varied footers (contact blocks, several filing
numbers, accessibility and licence lines, site maps, partner links), and text scrapes
whose line order is broken (a sidebar dumped before the article, a footer dumped in the
middle of it).

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora; only `tests/corpus/README.md` (the gold format) was read.
Every name, number, quotation and address is invented.

Regenerate with `python3 scripts/make_holdout15.py` (it rewrites the pages, gold files and
this README, then checks them and exits 1 on any problem).

## Counts

- language: zh {s['zh']} (2 in traditional script: Macau, Taiwan), en {s['en']} (3 of
  them machine-translated Chinese government pages)
- format: HTML {s['html']}, plain scraper text {s['txt']}
- encodings: {enc}
- health policy: {s['policy']}; hard negatives: {s['negative']} ({kinds}); other: {s['other']}
- tags over the policy pages: {tags}
- pages without a full date (gold omits `published`): {len(s['undated'])}
  ({', '.join(s['undated'])})

## Labelling decisions (kept consistent across the set)

- **Title**: the article's headline as printed in the page (`<h1>` or its equivalent),
  never the `<title>`, never with the site name. A text line that carries the headline
  plus a site suffix (`… | Health Policy Wire`, `…-广东省中医药局`) is chrome; the headline
  printed twice is the title both times.
- **Kickers vs decks**: a section rubric above the headline (`Press release`, `DRUG
  PRICING`, `民生实事·健康宿州`) is chrome; a subtitle or standfirst that says something
  about the story (`签约项目42个 总投资386亿元`, an English standfirst sentence) is body.
- **Images**: captions and photo credits are chrome, even when they describe the story.
- **Pull quotes** that echo a body sentence are chrome; they are worded so that they are
  never a substring of a body paragraph (the corpus consistency rule).
- **Official documents**: the document number line (`医保发〔2025〕47号`), the addressee
  line, the signing bodies and the signing date at the end are body; the same numbers in
  a metadata table (索引号, 文号, 成文日期) are chrome. The signing date is not the
  publication date: `published` comes from the posting date/byline.
- **Notes to editors, numbered measures, table rows as text, contact lines inside a
  notice** (咨询电话, the contact block of a bid-result notice) are body; legal
  boilerplate after an article (forward-looking statements, offer terms, licence lines,
  site disclaimers) is chrome.
- **Dates**: other full dates on the page (signing dates, deadlines, effective dates,
  "last updated", a server-printed "today", related-list dates, scraper timestamps) are
  not the publication date. On the three undated pages the only full dates are in the
  scraper marker or none at all; gold omits `published`.
- **Regions**: the most specific division the page is about; places named in passing
  (another city a policy will cooperate with, where a conference was held, countries
  cited as examples) are not labelled. A Shanghai company's trial is labelled 310000; a
  global report names no region; a national notice names none.

## Pages

| page | format | encoding | kind | published | regions |
|---|---|---|---|---|---|
{rows}
"""


if __name__ == "__main__":
    sys.exit(main())
