#!/usr/bin/env python3
"""Generate the blind held-out set tests/holdout3/ (pages, gold files, README).

Every page is invented. Pages are written in a small mark-up so that the gold
labels cannot drift from the page text:

* text pages: one source line per page line, starting with a label and a space:
  ``T`` title, ``B`` body paragraph, ``C`` chrome; an empty source line is an
  empty page line. Leading indentation after the label is kept in the page and
  dropped from the gold (it is not part of a paragraph).
* HTML pages: ``⟦T|…⟧``, ``⟦B|…⟧``, ``⟦C|…⟧`` wrap the markup of a title, a body
  paragraph or a chrome block; the gold value is its visible text (tags, script
  and style removed, entities decoded, whitespace collapsed).

After writing, the script re-reads every file from disk and checks it
independently of the mark-up (see ``check_page``); any problem aborts with a
non-zero exit. Standard library only (Python 3.11+).

Regenerate with: python3 scripts/make_holdout3.py
"""

from __future__ import annotations

import datetime as _dt
import html
import html.parser
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout3"
PREFIX = "h3"

TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child",
    "chronic-disease",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender",
         "economy", "other"}
HARD_NEGATIVES = KINDS - {"policy", "other"}
ENCODINGS = {  # gold name -> Python codec
    "UTF-8": "utf-8", "UTF-8-BOM": "utf-8-sig", "GBK": "gbk", "GB18030": "gb18030",
    "Big5": "big5", "windows-1252": "cp1252", "UTF-16LE": "utf-16-le",
}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}

PAGES: list[dict] = []


def ws(s: str) -> str:
    """Collapse runs of whitespace to one space and trim (the scorer's rule)."""
    return " ".join(s.split())


def page(name, lang, encoding, fmt, src, *, kind, tags=(), published=None,
         regions=(), source=None, crlf=False):
    PAGES.append(dict(name=f"{PREFIX}-{name}", lang=lang, encoding=encoding, fmt=fmt,
                      src=src, kind=kind, tags=list(tags), published=published,
                      regions=list(regions), source=source, crlf=crlf))


# ---------------------------------------------------------------- mark-up

MARK = re.compile(r"⟦([TBC])\|(.*?)⟧", re.S)
SCRIPT_STYLE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
TAG = re.compile(r"<[^>]*>", re.S)


def visible(markup: str) -> str:
    return ws(html.unescape(TAG.sub("", SCRIPT_STYLE.sub("", markup))))


def render_html(src: str):
    title, body, chrome = None, [], []
    for lab, inner in MARK.findall(src):
        text = visible(inner)
        if not text:
            raise SystemExit(f"empty {lab} mark-up: {inner!r}")
        if lab == "T":
            if title not in (None, text):
                raise SystemExit(f"two different titles: {title!r} / {text!r}")
            title = text
        elif lab == "B":
            body.append(text)
        else:
            chrome.append(text)
    return MARK.sub(lambda m: m.group(2), src), title or "", body, chrome


def render_text(src: str):
    title, body, chrome, lines = None, [], [], []
    for raw in src.strip("\n").split("\n"):
        if raw == "":
            lines.append("")
            continue
        lab, sep, content = raw[0], raw[1:2], raw[2:]
        if lab not in "TBC" or sep != " " or not content.strip():
            raise SystemExit(f"bad text mark-up line: {raw!r}")
        lines.append(content)
        text = ws(content)
        if lab == "T":
            if title not in (None, text):
                raise SystemExit(f"two different titles: {title!r} / {text!r}")
            title = text
        elif lab == "B":
            body.append(text)
        else:
            chrome.append(text)
    return "\n".join(lines) + "\n", title or "", body, chrome


def dedup(items):
    seen, out = set(), []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


# ---------------------------------------------------------------- TOML

def tq(s: str) -> str:
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


def tlist(items, indent=True):
    if not items:
        return "[]"
    if not indent:
        return "[" + ", ".join(tq(x) for x in items) + "]"
    return "[\n" + "".join(f"  {tq(x)},\n" for x in items) + "]"


def gold_toml(p) -> str:
    lines = [
        f"lang = {tq(p['lang'])}",
        f"encoding = {tq(p['encoding'])}",
        f"title = {tq(p['title'])}",
        f"body = {tlist(p['body'])}",
        f"chrome = {tlist(p['chrome'])}",
        "",
        "[labels]",
        f"health_policy = {'true' if p['kind'] == 'policy' else 'false'}",
        f"kind = {tq(p['kind'])}",
        f"tags = {tlist(p['tags'], indent=False)}",
    ]
    if p["published"]:
        lines.append(f"published = {tq(p['published'])}")
    lines.append(f"regions = {tlist(p['regions'], indent=False)}")
    if p["source"]:
        lines.append(f"source = {tq(p['source'])}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- checks

class Visible(html.parser.HTMLParser):
    """Visible text of an HTML page: text nodes and the blocks they form."""

    HIDDEN = {"script", "style", "title", "noscript", "template", "textarea"}
    BLOCK = {"address", "article", "aside", "blockquote", "body", "br", "dd", "div",
             "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
             "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "li",
             "main", "nav", "ol", "option", "p", "section", "select", "table", "tbody",
             "td", "th", "thead", "tr", "ul", "button", "label"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.nodes: list[str] = []
        self.blocks: list[str] = []
        self.cur: list[str] = []

    def flush(self):
        t = ws("".join(self.cur))
        if t:
            self.blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.hidden:
            return
        if ws(data):
            self.nodes.append(ws(data))
        self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


SEPARATORS = set(" |｜>＞»›/·•-–—:：,，、")


def leftover(text: str, pieces) -> str:
    """Text with every gold piece removed (longest first), separators dropped."""
    for piece in sorted(pieces, key=len, reverse=True):
        text = text.replace(piece, "\x00")
    return "".join(ch for ch in text if ch not in SEPARATORS and ch != "\x00")


def check_page(p, errors):
    name = p["name"]
    path = OUT / f"{name}.{p['fmt']}"
    gold_path = OUT / f"{name}.gold.toml"
    err = lambda msg: errors.append(f"{name}: {msg}")  # noqa: E731

    # Encoding: the bytes decode with the declared encoding to the intended text.
    raw = path.read_bytes()
    codec = ENCODINGS[p["encoding"]]
    try:
        decoded = raw.decode(codec)
    except UnicodeDecodeError as e:
        err(f"does not decode as {p['encoding']}: {e}")
        return
    if decoded != p["text"]:
        err(f"decoded text differs from the intended text ({p['encoding']})")
    if p["encoding"] == "UTF-8-BOM" and not raw.startswith(b"\xef\xbb\xbf"):
        err("UTF-8-BOM page has no BOM")
    if p["encoding"] == "UTF-8" and raw.startswith(b"\xef\xbb\xbf"):
        err("UTF-8 page starts with a BOM")
    if p["encoding"] not in ("UTF-8", "UTF-8-BOM"):
        try:
            raw.decode("utf-8")
            err(f"{p['encoding']} page is also valid UTF-8 (not a real test)")
        except UnicodeDecodeError:
            pass
    if p["encoding"] == "GB18030":
        try:
            raw.decode("gbk")
            err("GB18030 page is also valid GBK (use a character outside GBK)")
        except UnicodeDecodeError:
            pass
    if p["crlf"] != (b"\r\n" in raw):
        err("CRLF line ends not as declared")
    if p["crlf"] and re.search(rb"(?<!\r)\n", raw):
        err("CRLF page has a bare LF")
    if "\ufffd" in decoded:
        err("page text contains U+FFFD")

    # Gold parses, has only known keys and sane values.
    try:
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        err(f"gold does not parse: {e}")
        return
    if set(gold) - TOP_KEYS or TOP_KEYS - set(gold):
        err(f"gold top-level keys wrong: {sorted(set(gold) ^ TOP_KEYS)}")
        return
    lab = gold["labels"]
    if set(lab) - LABEL_KEYS:
        err(f"unknown label keys: {sorted(set(lab) - LABEL_KEYS)}")
    for k in ("health_policy", "kind", "tags", "regions"):
        if k not in lab:
            err(f"label {k} missing")
            return
    if gold["lang"] not in ("zh", "en") or gold["lang"] != name.split("-")[1]:
        err("lang does not match the name")
    if gold["encoding"] not in ENCODINGS:
        err("unknown encoding")
    if lab["kind"] not in KINDS or lab["health_policy"] != (lab["kind"] == "policy"):
        err("kind/health_policy inconsistent")
    if set(lab["tags"]) - TAGS:
        err(f"unknown tags {set(lab['tags']) - TAGS}")
    if lab["kind"] == "policy" and not 1 <= len(lab["tags"]) <= 4:
        err("policy page needs 1-4 tags")
    if lab["kind"] != "policy" and lab["tags"]:
        err("non-policy page has tags")
    if "published" in lab:
        try:
            _dt.date.fromisoformat(lab["published"])
        except (TypeError, ValueError):
            err(f"published not a date: {lab['published']!r}")
    for r in lab["regions"]:
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)):
            err(f"region code malformed: {r}")
    want = {"title": p["title"], "body": p["body"], "chrome": p["chrome"]}
    for k, v in want.items():
        if gold[k] != v:
            err(f"gold {k} differs after TOML round trip")
    if not gold["body"]:
        err("empty body")

    title, body, chrome = gold["title"], gold["body"], gold["chrome"]
    for c in chrome:
        for b in body:
            if c == b or (len("".join(c.split())) >= 10 and c in b):
                err(f"chrome line inside body paragraph: {c!r}")
        if c == title:
            err(f"chrome line equals the title: {c!r}")
    if title and title in body:
        err("title repeated as a body paragraph")
    if len(set(body)) != len(body):
        err("duplicate body paragraph")

    gold_strings = ([title] if title else []) + body + chrome
    text = decoded.lstrip("\ufeff")
    if p["fmt"] == "txt":
        lines = [ws(x) for x in text.splitlines()]
        units = [x for x in lines if x]
        for line in units:
            if line == title or line in body or line in chrome:
                continue
            if leftover(line, ([title] if title else []) + chrome):
                err(f"unlabelled text line: {line!r}")
        for s in gold_strings:
            if s not in units:
                err(f"gold string is not a line of the page: {s!r}")
    else:
        parser = Visible()
        parser.feed(text)
        parser.close()
        for node in parser.nodes:
            if any(node in s for s in gold_strings):
                continue
            if leftover(node, gold_strings):
                err(f"visible text node not covered: {node!r}")
        for block in parser.blocks:
            rest = leftover(block, gold_strings)
            if rest:
                err(f"visible block not covered: {block!r} (left: {rest!r})")
        for s in gold_strings:
            if not any(s in b for b in parser.blocks):
                err(f"gold string not in the visible text: {s!r}")
        if "<title>" not in text.lower() and "<title" not in text.lower():
            err("HTML page without <title>")


# ---------------------------------------------------------------- build

def build():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{PREFIX}-*"):
        old.unlink()
    names = set()
    for p in PAGES:
        if p["name"] in names:
            raise SystemExit(f"duplicate page name {p['name']}")
        names.add(p["name"])
        if p["fmt"] == "html":
            text, title, body, chrome = render_html(p["src"])
        else:
            text, title, body, chrome = render_text(p["src"])
        if p["crlf"]:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        p.update(text=text, title=title, body=body, chrome=dedup(chrome))
        codec = ENCODINGS[p["encoding"]]
        try:
            data = text.encode(codec)
        except UnicodeEncodeError as e:
            raise SystemExit(f"{p['name']}: cannot encode as {p['encoding']}: {e}")
        (OUT / f"{p['name']}.{p['fmt']}").write_bytes(data)
        (OUT / f"{p['name']}.gold.toml").write_text(gold_toml(p), encoding="utf-8")
    (OUT / "README.md").write_text(readme(), encoding="utf-8")


def stats():
    from collections import Counter
    s = {
        "n": len(PAGES),
        "lang": Counter(p["lang"] for p in PAGES),
        "fmt": Counter(p["fmt"] for p in PAGES),
        "enc": Counter(p["encoding"] for p in PAGES),
        "crlf": [p["name"] for p in PAGES if p["crlf"]],
        "kind": Counter(p["kind"] for p in PAGES),
        "nodate": [p["name"] for p in PAGES if not p["published"]],
        "tags": Counter(t for p in PAGES for t in p["tags"]),
    }
    return s


def readme() -> str:
    s = stats()
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(s["kind"].items()))
    encs = ", ".join(f"{k} {v}" for k, v in sorted(s["enc"].items()))
    tags = ", ".join(f"{k} {v}" for k, v in sorted(s["tags"].items()))
    rows = "\n".join(
        f"| {p['name']} | {p['fmt']} | {p['encoding']}{' CRLF' if p['crlf'] else ''} | "
        f"{p['kind']} | {', '.join(p['tags']) or '—'} | {p['published'] or '(none)'} | "
        f"{', '.join(p['regions']) or '—'} |"
        for p in PAGES)
    return f"""# holdout3: a blind held-out evaluation set

{s['n']} invented pages (never copied from the web) imitating what healthfeed meets in
the wild: Chinese government portals (national, provincial, prefecture, county),
hospital and news sites, Taiwan and Macau pages in traditional script,
English editions with awkward machine translation ("health and health bureau",
"the masses", "grasp the implementation"), and international health-policy news
(NHS, CMS/Medicare, Singapore MOH, Japan, European Commission), plus hard negatives
that borrow official vocabulary. Gold format: tests/corpus/README.md.

**Written blind**: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora (tests/corpus, tests/golden, other holdout sets). Nothing
here was tuned against healthfeed's output; healthfeed was never run on these pages
while they were written.

Regenerate with `python3 scripts/make_holdout3.py` (it rewrites every `{PREFIX}-*` file
here and this README, then checks them: every gold title/body/chrome string is in the
page's visible text, every text line and every visible HTML text node is labelled,
gold parses with known keys only, pages decode with their declared encoding to the
intended text).

## Counts

- pages: {s['n']} — zh {s['lang']['zh']}, en {s['lang']['en']} (traditional script: 2, one Taiwan page in Big5, one Macau page in UTF-8)
- format: HTML {s['fmt']['html']}, scraper plain text {s['fmt']['txt']}
- encodings: {encs}; CRLF line ends: {len(s['crlf'])} ({', '.join(s['crlf'])})
- kinds: {kinds} (health policy {s['kind']['policy']}, hard negatives {sum(v for k, v in s['kind'].items() if k in HARD_NEGATIVES)}, other {s['kind']['other']})
- pages with no full date (gold omits `published`): {len(s['nodate'])} ({', '.join(s['nodate'])})
- tags (over policy pages): {tags}

## Pages

| page | format | encoding | kind | tags | published | regions |
| --- | --- | --- | --- | --- | --- | --- |
{rows}

## Conventions used where the format leaves a choice

- National Chinese pages (NHSA notice) are labelled `regions = []`, the corpus convention (README: `[]` when the page is about no particular division; a page about China as a whole names none).
- Kicker/subtitle lines printed above or below a headline are chrome, not body.
- Image captions and photo credits between paragraphs are chrome.
- A text page whose first line is the browser title with a site suffix
  ("… | Health Research News") labels that line chrome; the clean headline line
  that follows is the title.
- A notice's closing signature and signing date (落款) are body; the signing date is
  not the publication date when the page states another one.
- `published` comes from the page's own date line or meta tag; effective dates,
  deadlines and event dates in the body are not publication dates.
"""


def main():
    build()
    errors: list[str] = []
    for p in PAGES:
        check_page(p, errors)
    s = stats()
    need = [
        (s["n"] == 26, "26 pages"),
        (s["lang"]["zh"] == 13 and s["lang"]["en"] == 13, "half zh, half en"),
        (s["fmt"]["html"] * 3 >= s["n"], "at least a third HTML"),
        (all(s["enc"][e] for e in ("GBK", "GB18030", "Big5", "UTF-8-BOM")),
         "GBK, GB18030, Big5 and UTF-8-BOM present"),
        (len(s["crlf"]) >= 1, "a CRLF page"),
        (len(s["nodate"]) >= 3, "3+ pages without a full date"),
        (set(s["tags"]) == TAGS, f"all 14 tags (missing {TAGS - set(s['tags'])})"),
        (1 <= s["kind"]["other"] <= 2, "1-2 other pages"),
        (all(s["kind"][k] for k in HARD_NEGATIVES), "every hard-negative kind"),
    ]
    for ok, what in need:
        if not ok:
            errors.append(f"set: not satisfied: {what}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"FAILED: {len(errors)} problem(s)", file=sys.stderr)
        sys.exit(1)
    print(f"wrote and checked {len(PAGES)} pages in {OUT.relative_to(ROOT)}")


# ================================================================ pages
# (defined below; main() runs at the end of the file)

# ---- zh-01: national NHSA notice, plain text, UTF-8
page("zh-01-nhsa-procurement-landing", "zh", "UTF-8", "txt", """
C 国家医疗保障局
C 首页 | 机构概况 | 新闻发布 | 政策法规 | 政策解读 | 政务公开 | 互动交流
C 您现在的位置：首页 > 政策法规 > 通知公告
T 国家医疗保障局办公室关于做好国家组织药品集中带量采购中选结果落地执行工作的通知
C 发布时间：2023-11-21 10:32    来源：医药价格和招标采购司
C 【字体：大 中 小】 【打印本页】 【关闭窗口】

B 各省、自治区、直辖市及新疆生产建设兵团医疗保障局：
B 　　为深入贯彻落实党中央、国务院关于常态化制度化开展药品集中带量采购的决策部署，按照国家组织药品集中采购和使用工作方案有关要求，现就做好本批次中选结果落地执行工作通知如下。
B 　　一、确保按时执行。各地要在2024年2月底前完成中选结果挂网、医疗机构采购量确认和医保支付标准衔接等工作，确保患者自2024年3月1日起用上中选药品。
B 　　二、落实结余留用。对完成约定采购量的公立医疗机构，医保基金按规定落实结余留用政策，留用资金主要用于医务人员薪酬支出，不得冲抵医疗机构正常收入。
B 　　三、做好医保支付衔接。中选药品以中选价格作为医保支付标准；同通用名未中选药品价格高于支付标准的部分由患者自付，该部分费用不纳入起付线和封顶线计算。
B 　　四、加强监测通报。各地要依托全国统一的医保信息平台，按月监测中选药品采购、配送、使用情况，于每月10日前报送上月进度，对进度滞后的医疗机构进行约谈。
B 　　五、畅通反映渠道。群众在就医过程中遇到中选药品断供、医疗机构拒绝使用等问题，可拨打12393医保服务热线反映。
B 　　附件：部分中选药品及价格（摘录）
B 序号 | 药品通用名 | 规格包装 | 中选价格（元）
B 1 | 阿托伐他汀钙片 | 20mg×28片 | 5.32
B 2 | 盐酸二甲双胍缓释片 | 0.5g×30片 | 3.10
B 国家医疗保障局办公室
B 2023年11月20日

C 相关链接：
C 国家医保局 财政部关于做好2023年城乡居民基本医疗保障工作的通知
C 国家医保局关于进一步深化推进医保信息化标准化工作的通知
C 【我要纠错】 【打印本页】 【关闭窗口】
C 主办单位：国家医疗保障局    版权所有：国家医疗保障局
C 网站标识码：bm94000001    京ICP备18042461号-1    京公网安备 11010202008866号
C [Scraped at 2023-11-22 03:14:07 UTC]
C --- end of page ---
""", kind="policy", tags=["drug-policy", "medical-insurance"], published="2023-11-21",
     regions=[])

# ---- zh-02: Taizhou (Zhejiang) / Linhai county-level city, modern div soup, UTF-8
page("zh-02-linhai-family-doctor", "zh", "UTF-8", "html", """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>家庭医生签约服务提质扩面 医共体让群众在家门口看好病_临海市人民政府</title>
<meta name="keywords" content="家庭医生,医共体,临海">
<meta name="description" content="临海市推进紧密型县域医共体建设，家庭医生签约服务提质扩面。">
<meta name="SiteName" content="临海市人民政府">
<meta name="ColumnName" content="部门动态">
<meta property="og:title" content="家庭医生签约服务提质扩面">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/wzy.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?abc";})();</script>
</head>
<body>
<div class="tou_top">
  <div class="w1200">
    <span class="fl">⟦C|欢迎访问临海市人民政府门户网站⟧</span>
    <span class="fr"><a href="/wza/">⟦C|无障碍⟧</a> <a href="/zhzhb/">⟦C|长者模式⟧</a> <a href="/en/">⟦C|English⟧</a> <a href="/login">⟦C|登录⟧</a></span>
  </div>
</div>
<div class="tou"><div class="logo"><img src="/img/logo.png" alt="临海市人民政府"></div>
<div class="sousuo"><input type="text" placeholder="请输入关键字"><a href="/search">⟦C|搜索⟧</a></div></div>
<div class="dh_nav"><ul>
<li><a href="/">⟦C|首页⟧</a></li><li><a href="/zjlh/">⟦C|走进临海⟧</a></li><li><a href="/zwgk/">⟦C|政务公开⟧</a></li><li><a href="/zwfw/">⟦C|政务服务⟧</a></li><li><a href="/hdjl/">⟦C|互动交流⟧</a></li><li><a href="/ztzl/">⟦C|专题专栏⟧</a></li>
</ul></div>
<div class="wzy_main w1200">
  <div class="dqwz">⟦C|当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmdt/">部门动态</a>⟧</div>
  <div class="xw_box">
    <div class="yt">⟦C|临海市推进紧密型县域医共体建设⟧</div>
    <h1 class="xw_bt">⟦T|家庭医生签约服务提质扩面⟧</h1>
    <div class="xw_xx">⟦C|发布日期：2024年5月10日 &nbsp; 来源：临海市卫生健康局 &nbsp; 浏览次数：<span id="llcs">1,208</span>⟧</div>
    <div class="zh_an">⟦C|字号：<a href="javascript:fontSize(18)">大</a> <a href="javascript:fontSize(16)">中</a> <a href="javascript:fontSize(14)">小</a>⟧ <a href="javascript:window.print()">⟦C|打印⟧</a> <a href="javascript:addFav()">⟦C|收藏⟧</a></div>
    <div class="xw_nr" id="zoom">
      <p>⟦B|　　今年以来，临海市以紧密型县域医共体建设为抓手，推动优质医疗资源下沉，家庭医生签约服务由“签约率”向“履约率”转变。截至4月底，全市常住人口签约覆盖率达到46.3%，重点人群签约覆盖率达到82.1%。⟧</p>
      <p>⟦B|　　据介绍，临海市将全市划分为3个医共体，每个医共体由1家市级医院牵头、若干镇（街道）卫生院和村卫生室组成，实行人员、财务、药品、信息“四统一”管理。牵头医院每周安排专家到基层坐诊，卫生院组建“1+1+X”家庭医生团队，即1名全科医生、1名护士和若干名专科医生、公卫人员。⟧</p>
      <p class="tp_c"><img src="/upload/2024/05/jtys01.jpg" alt="家庭医生上门随访"></p>
      <p class="tp_sm">⟦C|图为杜桥镇卫生院家庭医生团队上门为辖区高龄老人随访 通讯员 郑晓雯 摄⟧</p>
      <p>⟦B|　　针对高龄、失能、行动不便的签约居民，家庭医生团队提供上门随访、康复指导、送药上门等服务。杜桥镇一位82岁的签约老人说：“以前配药要跑一趟城里，现在医生每个月上门，血压血糖都给量好。”⟧</p>
      <p class="xgyd">⟦C|相关阅读：<a href="/art/2024/3/12/art_1229_881.html">我市召开2024年卫生健康工作会议</a>⟧</p>
      <p>⟦B|　　下一步，临海市将完善家庭医生签约服务费分配机制，签约服务费的70%以上用于家庭医生团队绩效，并探索将医保基金按人头包干给医共体，结余留用、合理超支分担。⟧</p>
      <p>⟦B|　　居民可关注“临海卫健”微信公众号，在“家庭医生”栏目中在线签约或预约上门服务。⟧</p>
      <p class="zrbj">⟦C|责任编辑：林佳⟧</p>
    </div>
    <div class="fxan">⟦C|分享到：⟧<a class="wx" href="#">⟦C|微信⟧</a><a class="wb" href="#">⟦C|微博⟧</a><a class="qq" href="#">⟦C|QQ空间⟧</a></div>
    <div class="sxp">
      <p>⟦C|上一篇：<a href="/art/2024/5/9/art_1229_902.html">临海市开展“5·12”国际护士节系列活动</a>⟧</p>
      <p>⟦C|下一篇：<a href="/art/2024/5/11/art_1229_905.html">市卫健局部署汛期卫生应急工作</a>⟧</p>
    </div>
  </div>
  <div class="ce_bian">
    <div class="cb_tit">⟦C|热点推荐⟧</div>
    <ul>
      <li><a href="/art/2024/4/28/art_1229_870.html">⟦C|临海人民医院城东院区项目主体结顶⟧</a></li>
      <li><a href="/art/2024/4/20/art_1229_861.html">⟦C|全市基层医疗卫生机构能力提升年活动启动⟧</a></li>
      <li><a href="/art/2024/4/2/art_1229_840.html">⟦C|临海首家“智慧健康站”在括苍镇投用⟧</a></li>
    </ul>
    <div class="ewm"><img src="/img/ewm_lhwj.png" alt="临海卫健"><p>⟦C|扫一扫 关注临海卫健⟧</p></div>
  </div>
</div>
<div class="dibu">
  <div class="yqlj"><select onchange="window.open(this.value)"><option value="">⟦C|——台州市县区政府网站——⟧</option><option value="https://www.jiaojiang.gov.cn">⟦C|椒江区⟧</option><option value="https://www.zjhy.gov.cn">⟦C|黄岩区⟧</option><option value="https://www.wl.gov.cn">⟦C|温岭市⟧</option></select></div>
  <p>⟦C|主办：临海市人民政府办公室 承办：临海市大数据发展中心⟧</p>
  <p>⟦C|网站标识码：3310820001 浙ICP备05012345号 <img src="/img/ga.png" alt="">浙公网安备 33108202000123号⟧</p>
  <p>⟦C|建议使用1366×768分辨率、IE10以上版本浏览器⟧</p>
</div>
<script>function fontSize(n){document.getElementById("zoom").style.fontSize=n+"px";}</script>
</body>
</html>
""", kind="policy", tags=["primary-care", "medical-reform"], published="2024-05-10",
     regions=["331082"], source="临海市卫生健康局")

# ---- zh-03: Taizhou (Jiangsu) biomedicine policy, plain text, GB18030
page("zh-03-taizhou-biomed-policy", "zh", "GB18030", "txt", """
C 泰州市人民政府 | 泰州医药高新区（高港区）
C 当前位置： 政府信息公开 >> 政策文件 >> 市政府办公室文件
C 索引号：014012345/2022-00187    主题分类：卫生、体育\\医药管理
C 发文机关：泰州市人民政府办公室    成文日期：2022.08.26    发布日期：2022.09.01
T 市政府办公室关于印发泰州市促进生物医药和大健康产业高质量发展若干政策的通知
B 泰政办发〔2022〕58号
B 各市（区）人民政府，泰州医药高新区（高港区）管委会，市各委、办、局，市各直属单位：
B 　　《泰州市促进生物医药和大健康产业高质量发展若干政策》已经市政府第十八次常务会议审议通过，现印发给你们，请认真贯彻执行。
B 泰州市促进生物医药和大健康产业高质量发展若干政策
B 　　为加快建设具有国际影响力的生物医药产业高地，推动中国医药城高质量发展，结合我市实际，制定如下政策。
B 　　一、支持创新药械研发。对在我市注册并实现产业化的1类创新药，按研发投入的20%给予补助，单个品种最高不超过2000万元；对首次取得第三类医疗器械注册证的产品，每个给予最高300万元奖励。
B 　　二、支持临床试验能力建设。支持市内三级医院建设临床试验中心，对新增国家药物临床试验机构备案专业的医院，每个专业给予50万元奖励。
B 　　三、支持产业载体建设。对新建的专业化生物医药孵化器、中试平台，按设备投资额的30%给予补助，单个平台最高1000万元。
B 　　四、支持大健康产业集聚。鼓励发展健康管理、康复护理、医疗旅游等业态，对落户医药高新区的健康服务龙头企业，按其年度地方财政贡献给予三年奖励。
B 　　五、支持人才引进。对生物医药领域新引进的高层次人才团队，经评审给予最高1000万元项目资助，并在住房、子女入学等方面给予保障。
B 　　本政策自2022年10月1日起施行，有效期至2025年12月31日。此前我市相关政策与本政策不一致的，以本政策为准。
B 泰州市人民政府办公室
B 2022年8月26日
B （此件公开发布）
C 【打印】【关闭】
C 扫一扫在手机打开当前页
C 政策解读：图解《泰州市促进生物医药和大健康产业高质量发展若干政策》
C 责任编辑：刘䶮
C 主办：泰州市人民政府办公室  苏ICP备05008745号  苏公网安备 32120202010185号
C 政府网站标识码：3212000015
""", kind="policy", tags=["health-industry"], published="2022-09-01", regions=["321200"])

# ---- zh-04: Dangshan county (Suzhou, Anhui), old table layout, GBK, CRLF
page("zh-04-dangshan-chronic-disease", "zh", "GBK", "html", """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>砀山县人民政府--县卫健委召开“两慢病”规范化管理推进会</title>
<meta name="keywords" content="砀山,卫健委,慢病">
<link href="../../css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../js/menu.js"></script>
<style type="text/css">.bt{font-size:20px;color:#c00;font-weight:bold}.nr{line-height:30px;font-size:16px}</style>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td background="../../images/top_bg.jpg" height="150"><img src="../../images/logo.gif" width="420" height="90" alt="砀山县人民政府"></td></tr>
  <tr><td class="menu" height="36">
    <a href="../../index.html">⟦C|网站首页⟧</a> | <a href="../../zwgk/index.html">⟦C|政务公开⟧</a> | <a href="../../bsfw/index.html">⟦C|办事服务⟧</a> | <a href="../../gzcy/index.html">⟦C|公众参与⟧</a> | <a href="../../dszc/index.html">⟦C|走进砀山⟧</a> | <a href="../../lywy/index.html">⟦C|梨乡旅游⟧</a>
  </td></tr>
  <tr><td height="28"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">⟦C|热烈庆祝砀山县第二十届梨花节开幕！⟧</marquee></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top" bgcolor="#f3f7fb">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="lm_tit">⟦C|卫生健康⟧</td></tr>
        <tr><td><a href="../wsjk/gzdt/">⟦C|· 工作动态⟧</a></td></tr>
        <tr><td><a href="../wsjk/tzgg/">⟦C|· 通知公告⟧</a></td></tr>
        <tr><td><a href="../wsjk/jkkp/">⟦C|· 健康科普⟧</a></td></tr>
        <tr><td><a href="../wsjk/bmfw/">⟦C|· 便民服务⟧</a></td></tr>
      </table>
    </td>
    <td width="770" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="30" class="weizhi">⟦C|您现在的位置：<a href="../../index.html">首页</a>&gt;&gt;<a href="../index.html">卫生健康</a>&gt;&gt;<a href="index.html">工作动态</a>⟧</td></tr>
        <tr><td align="center" class="bt" height="60">⟦T|县卫健委召开“两慢病”规范化管理推进会⟧</td></tr>
        <tr><td align="center" height="30" style="border-bottom:1px dashed #ccc">⟦C|作者：县卫健委 &nbsp;&nbsp;Addtime:2022-05-13 &nbsp;&nbsp;点击数：<script language="javascript">document.write("<font color=red>"+"569"+"</font>");</script>⟧</td></tr>
        <tr><td class="nr">
<p>⟦B|　　5月12日下午，县卫健委在县疾控中心四楼会议室召开全县高血压、糖尿病“两慢病”规范化管理推进会。各乡镇卫生院院长、公共卫生科负责人，县直各医疗卫生单位分管负责人参加会议。⟧</p>
<p>⟦B|　　会议通报了今年一季度全县“两慢病”患者规范管理情况。截至3月底，全县在册高血压患者5.6万人、糖尿病患者1.9万人，规范管理率分别为68.4%和65.2%，部分乡镇仍存在随访不及时、血压血糖控制率偏低等问题。⟧</p>
<p>⟦B|　　会议要求，各乡镇卫生院要把“两慢病”管理作为家庭医生签约服务的重点内容，落实每季度至少一次面对面随访；要用好“两病”门诊用药保障政策，确保患者在村卫生室也能按规定报销降压、降糖药品费用；县级医院要建立慢病专科联系卫生院制度，对血压血糖长期控制不佳的患者及时上转。⟧</p>
<p>⟦B|　　县卫健委党组书记、主任王建华出席会议并讲话。⟧</p>
<p>⟦B|　　会议强调，6月底前各单位要完成在册患者信息核查，对失访患者逐一上门核实，确保底数清、情况明。⟧</p>
        </td></tr>
        <tr><td align="right" height="40"><a href="javascript:window.print()">⟦C|【打印此页】⟧</a> <a href="javascript:window.close()">⟦C|【关闭窗口】⟧</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#1a5fa8">
  <tr><td align="center" class="foot" height="90">
    ⟦C|版权所有：砀山县人民政府办公室⟧<br>
    ⟦C|地址：安徽省宿州市砀山县梨都大道 邮编：235300⟧<br>
    ⟦C|皖ICP备05001234号 网站标识码：3413210001⟧<br>
    ⟦C|建议在1024*768分辨率下浏览本站⟧
  </td></tr>
</table>
</body>
</html>
""", kind="policy", tags=["chronic-disease", "primary-care"], published="2022-05-13",
     regions=["341321"], crlf=True)

# ---- zh-05: Jiangxi provincial TCM plan, policy interpretation Q&A, plain text, UTF-8 with BOM
page("zh-05-jiangxi-tcm-plan-qa", "zh", "UTF-8-BOM", "txt", """
C 江西省卫生健康委员会（江西省中医药管理局）
C 首页 机构概况 政务公开 政务服务 互动交流 健康江西
C 当前位置：首页 > 政务公开 > 政策解读
T 《江西省中医药振兴发展三年行动方案（2023—2025年）》政策解读
C 发布日期：2023/4/7    信息来源：省中医药管理局    阅读次数：2317
C 字体：[ 大 中 小 ]    打印    分享
C 政策原文：江西省人民政府办公厅关于印发江西省中医药振兴发展三年行动方案（2023—2025年）的通知
B 一、出台背景是什么？
B 　　江西是中医药大省，樟树“药都”、建昌帮炮制技艺和抚州“旴江医学”享誉全国。为贯彻落实《中共中央 国务院关于促进中医药传承创新发展的意见》和国家中医药振兴发展重大工程实施方案，推动我省中医药事业和产业高质量发展，省中医药管理局牵头起草了《行动方案》，经省政府同意，于近日印发实施。
B 二、主要目标有哪些？
B 　　到2025年，全省中医药服务体系进一步健全，每个设区市至少有1所三级甲等中医医院，县级中医医院全部达到二级甲等以上水平；所有乡镇卫生院、社区卫生服务中心设置中医馆，能够提供6类以上中医药技术方法；建成国家中医药传承创新中心1个、省级区域中医医疗中心5个。
B 三、重点任务包括哪些方面？
B 　　《行动方案》从五个方面提出了18项重点任务：
B 1. 健全中医药服务体系，推进中医医院提标扩能和基层中医馆“提档升级”；
B 2. 发挥中医药在治未病、重大疾病治疗和疾病康复中的作用；
B 3. 加强旴江医学、建昌帮等学术流派传承；
B 4. 加强中医药人才队伍建设，实施基层中医药人才“定向培养”计划；
B 5. 促进中药材种植和中医药健康服务业发展，打造“赣十味”道地药材品牌。
B 四、群众能得到哪些实惠？
B 　　《行动方案》明确，符合条件的中医医疗服务项目和中药饮片、中药配方颗粒按规定纳入医保支付范围；探索中医优势病种按病种付费，门诊中医优势病种费用按规定报销。
B 五、何时开始实施？
B 　　《行动方案》自印发之日起实施，实施期限至2025年12月31日。
B 　　群众对方案内容有疑问的，可拨打12345政务服务便民热线或省中医药管理局电话0791-86251234咨询。
C 解读机关：江西省中医药管理局    解读人：规划财务处 黄文斌
C 【上一篇】江西省基层医疗卫生服务能力提升三年行动方案政策解读
C 【下一篇】关于《江西省城乡居民医保门诊统筹实施细则》的解读
C 扫码关注“江西卫健”
C 主办单位：江西省卫生健康委员会   技术支持：江西省信息中心
C 赣ICP备05005016号   赣公网安备 36010802000123号   网站标识码：3600000012
""", kind="policy", tags=["tcm"], published="2023-04-07", regions=["360000"])

# ---- zh-06: Suzhou (Jiangsu) healthy-city meeting, modern <article>, date only in meta
page("zh-06-suzhou-healthy-city-meeting", "zh", "UTF-8", "html", """<!doctype html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>我市召开健康城市建设推进会暨爱国卫生运动委员会全体会议 - 苏州市卫生健康委员会</title>
<meta name="ArticleTitle" content="我市召开健康城市建设推进会暨爱国卫生运动委员会全体会议">
<meta name="PubDate" content="2023-03-03 08:00">
<meta property="article:published_time" content="2023-03-03T08:00:00+08:00">
<meta property="og:site_name" content="健康苏州">
<meta property="og:title" content="我市召开健康城市建设推进会">
<meta property="og:image" content="https://wsjkw.suzhou.gov.cn/img/share.jpg">
<link rel="stylesheet" href="/assets/app.8f3c1.css">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"我市召开健康城市建设推进会","datePublished":"2023-03-03T08:00:00+08:00"}</script>
</head>
<body class="detail-page">
<header class="site-header">
  <div class="topbar"><a href="/" class="brand">⟦C|苏州市卫生健康委员会⟧</a>
    <nav class="lang-switch"><a href="/">⟦C|简体⟧</a><a href="/fanti/">⟦C|繁體⟧</a><a href="/en/">⟦C|EN⟧</a></nav>
    <button class="elder-mode" type="button">⟦C|关怀版⟧</button>
  </div>
  <nav class="main-nav" aria-label="主导航">
    <a href="/">⟦C|首页⟧</a><a href="/xxgk/">⟦C|信息公开⟧</a><a href="/bmfw/">⟦C|便民服务⟧</a><a href="/jkkp/">⟦C|健康科普⟧</a><a href="/hdjl/">⟦C|互动交流⟧</a>
  </nav>
</header>
<main class="container">
  <div class="breadcrumb">⟦C|<a href="/">首页</a><span class="sep">/</span><a href="/xwzx/">新闻中心</a><span class="sep">/</span><span>工作动态</span>⟧</div>
  <article class="article">
    <h1 class="article-title">⟦T|我市召开健康城市建设推进会暨爱国卫生运动委员会全体会议⟧</h1>
    <div class="article-meta">⟦C|<span>发布时间：03-03 08:00</span>
      <span>来源：苏州日报</span>
      <span>作者：记者 沈佳慧</span>⟧</div>
    <div class="article-tools"><a class="font-l" href="#">⟦C|A+⟧</a><a class="font-s" href="#">⟦C|A-⟧</a><a class="print" href="#" onclick="window.print()">⟦C|打印⟧</a></div>
    <section class="article-content">
      <p>⟦B|3月2日，苏州市健康城市建设推进会暨市爱国卫生运动委员会全体会议召开。会议总结了2022年全市健康城市和爱国卫生工作，部署2023年重点任务。⟧</p>
      <p>⟦B|会议指出，过去一年，全市以健康苏州“十四五”规划为引领，深入开展爱国卫生运动，昆山、太仓、常熟通过国家卫生城市复审，全市居民健康素养水平达到38.6%，人均预期寿命达到84.3岁。⟧</p>
      <p>⟦B|“健康城市建设没有旁观者。”副市长、市爱卫会主任王颖在会上说。⟧</p>
      <p>⟦B|会议要求，2023年要重点抓好四项工作：⟧</p>
      <p>⟦B|一是持续推进健康苏州行动，围绕控烟、合理膳食、全民健身等15个专项行动，年底前建成健康促进医院、健康学校、健康企业等“健康细胞”200个以上；⟧</p>
      <p>⟦B|二是深化城乡环境卫生整治，巩固病媒生物防制成果，春季集中开展“清洁家园”行动；⟧</p>
      <p>⟦B|三是做好传染病防控，落实新冠病毒感染“乙类乙管”各项措施；⟧</p>
      <p>⟦B|四是加强健康城市建设评价，将评价结果纳入各市（区）高质量发展综合考核。⟧</p>
      <figure class="ad-inline"><a href="/zt/jkcs/"><img src="/upload/banner-jkcs.jpg" alt="健康城市专题"></a><figcaption>⟦C|专题：健康苏州 你我同行⟧</figcaption></figure>
      <p>⟦B|会上，姑苏区、吴江区和市教育局作交流发言，各市（区）与市爱卫会签订2023年度健康城市建设目标责任书。⟧</p>
    </section>
    <div class="article-editor">⟦C|（编辑：周蓉　审核：陈立）⟧</div>
    <div class="share-bar">⟦C|分享：⟧<a class="s-wechat" href="#">⟦C|微信⟧</a><a class="s-weibo" href="#">⟦C|微博⟧</a><a class="s-douyin" href="#">⟦C|抖音⟧</a></div>
    <nav class="article-pager">
      <a href="/xwzx/gzdt/202303/t20230302_9811.shtml">⟦C|上一篇：市卫健委部署开展2023年全国爱国卫生月活动⟧</a>
      <a href="/xwzx/gzdt/202303/t20230306_9826.shtml">⟦C|下一篇：苏州市第九人民医院获评“国家级胸痛中心”⟧</a>
    </nav>
  </article>
  <aside class="sidebar">
    <h3>⟦C|相关新闻⟧</h3>
    <ul>
      <li><a href="#">⟦C|苏州发布健康城市建设五年行动计划，到2025年建成健康城市建设示范市⟧</a></li>
      <li><a href="#">⟦C|我市12个镇（街道）入选省级健康镇村名单⟧</a></li>
      <li><a href="#">⟦C|苏州市民健康素养水平连续五年提升⟧</a></li>
    </ul>
    <div class="follow"><img src="/img/qr-jksz.png" alt="二维码"><p>⟦C|扫码关注“健康苏州”微信公众号⟧</p><p>⟦C|下载“健康苏州掌上行”APP⟧</p></div>
  </aside>
</main>
<footer class="site-footer">
  <p>⟦C|主办单位：苏州市卫生健康委员会⟧ ⟦C|地址：苏州市三香路1208号⟧</p>
  <p>⟦C|苏ICP备10219386号-3⟧ ⟦C|苏公网安备 32050802010562号⟧ ⟦C|网站标识码：3205000019⟧</p>
  <p>⟦C|本网站部分信息转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点或对其真实性负责；如有侵权，请与我们联系。⟧</p>
</footer>
<script src="/assets/app.8f3c1.js" defer></script>
</body>
</html>
""", kind="policy", tags=["healthy-city", "public-health"], published="2023-03-03",
     regions=["320500"], source="苏州日报")

# ---- zh-07: Taipei (Taiwan) flu vaccination campaign, traditional script, Big5 HTML
page("zh-07-taipei-flu-vaccine", "zh", "Big5", "html", """<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>臺北市政府衛生局-新聞稿-公費流感疫苗10月2日開打 65歲以上長者及幼兒優先接種</title>
<meta name="DC.Title" content="公費流感疫苗10月2日開打">
<meta name="DC.Publisher" content="臺北市政府衛生局">
<meta name="DC.Date" content="2023-09-25">
<meta property="og:title" content="公費流感疫苗10月2日開打 65歲以上長者及幼兒優先接種">
<script src="/js/jquery.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body>
<a href="#C" class="acc" title="跳到主要內容區塊">⟦C|跳到主要內容區塊⟧</a>
<div id="header">
  <div class="logo"><a href="/"><img src="/images/logo.png" alt="臺北市政府衛生局"></a></div>
  <ul class="toplink">
    <li><a href="/sitemap">⟦C|網站導覽⟧</a></li><li><a href="/">⟦C|回首頁⟧</a></li><li><a href="https://english.gov.taipei/">⟦C|English⟧</a></li><li><a href="/rss">⟦C|RSS⟧</a></li>
  </ul>
  <div class="fontsize">⟦C|字級：⟧<a href="#" title="小">⟦C|A⟧</a><a href="#" title="中">⟦C|A+⟧</a><a href="#" title="大">⟦C|A++⟧</a></div>
</div>
<div id="nav"><ul>
  <li><a href="/News.aspx">⟦C|最新消息⟧</a></li><li><a href="/Service.aspx">⟦C|便民服務⟧</a></li><li><a href="/Health.aspx">⟦C|健康資訊⟧</a></li><li><a href="/Open.aspx">⟦C|政府資訊公開⟧</a></li>
</ul></div>
<div id="C">
  <a href="#C" accesskey="C" title="中央內容區塊">⟦C|:::⟧</a>
  <div class="path">⟦C|首頁 / 最新消息 / 新聞稿⟧</div>
  <div class="ncontent">
    <h2 class="ntitle">⟦T|公費流感疫苗10月2日開打 65歲以上長者及幼兒優先接種⟧</h2>
    <div class="ninfo">⟦C|發布日期：2023-09-25 ｜ 發布單位：疾病管制處⟧</div>
    <div class="nbody">
      <p>⟦B|為降低流感重症及死亡風險，112年度公費流感疫苗將自10月2日起分兩階段開打，第一階段對象為65歲以上長者、6個月以上至國小入學前幼兒、醫事及衛生防疫相關人員、安養及長期照顧機構住民及工作人員等；第二階段自11月1日起開放50歲至64歲成人接種。⟧</p>
      <p>⟦B|衛生局表示，臺北市今年共採購約46萬劑公費流感疫苗，全市12區健康服務中心及約480家合約院所均提供接種服務，民眾可攜帶健保卡就近接種，並可同時接種新冠XBB疫苗。⟧</p>
      <p>⟦B|衛生局提醒，流感疫苗保護力約可維持一年，每年都需接種；去年已接種者今年仍應再接種。民眾可至「臺北市流感疫苗接種地點查詢」網頁或撥打1999市民熱線（外縣市請撥02-27208889）查詢合約院所。⟧</p>
      <p class="pic"><img src="/upload/flu2023.jpg" alt="流感疫苗接種宣導"></p>
      <p class="picnote">⟦C|圖／臺北市政府衛生局提供⟧</p>
      <p class="contact">⟦C|新聞聯絡人：疾病管制處 林怡君科長　電話：2720-8889轉1942⟧</p>
    </div>
    <div class="ninfo2">⟦C|更新日期：112-09-26 ｜ 點閱次數：3,874⟧</div>
    <div class="sharebar">⟦C|分享⟧<a href="#">⟦C|Facebook⟧</a><a href="#">⟦C|LINE⟧</a><a href="#">⟦C|列印⟧</a><a href="#">⟦C|回上頁⟧</a></div>
  </div>
</div>
<div id="footer">
  <p>⟦C|臺北市政府衛生局 版權所有 Copyright 2023 All Rights Reserved.⟧</p>
  <p>⟦C|地址：11008臺北市信義區市府路1號東北區 電話：1999（外縣市請撥02-27208889）⟧</p>
  <p>⟦C|服務時間：週一至週五 08:30-17:30⟧ <a href="/privacy">⟦C|隱私權及資訊安全政策⟧</a> <a href="/open">⟦C|政府網站資料開放宣告⟧</a></p>
</div>
</body>
</html>
""", kind="policy", tags=["public-health"], published="2023-09-25", regions=["710000"])

# ---- zh-08: Fuzhou (Fujian) private dental hospital promotion dressed as policy news; no year
page("zh-08-fuzhou-dental-promo", "zh", "UTF-8", "txt", """
C 福州生活网 > 健康频道 > 医疗资讯
T 响应集采惠民政策 福州美齿口腔医院种植牙价格全面下调
C 3月19日 来源：福州生活网 编辑：小林
C 【推广】
B 　　随着口腔种植体集中带量采购政策在我省全面落地，种植牙不再是“奢侈消费”。记者从福州美齿口腔医院获悉，该院已全面执行集采中选种植体价格，单颗种植牙全流程费用最低降至3980元起。
B 　　据该院院长陈志远介绍，医院位于鼓楼区五四路，是一家集口腔种植、正畸、修复于一体的民营专科医院，拥有德国进口CBCT和数字化种植导板设计中心，种植专家均具有十年以上临床经验。
B 　　为让更多市民享受政策红利，即日起至4月30日，凡到院咨询的市民均可享受：
B 1. 免费口腔检查及全景片拍摄（价值200元）；
B 2. 种植牙预约满3颗，赠送洁牙套餐一次；
B 3. 60岁以上老人凭身份证额外减免500元。
B 　　上周五，医院在三坊七巷社区开展了“爱牙护齿进社区”义诊活动，现场为300余名居民提供免费口腔检查。
B 　　预约热线：0591-87651234（微信同号），或关注“美齿口腔”公众号在线预约。
C 免责声明：本文为商业推广信息，仅供参考，不构成任何医疗建议，具体诊疗方案请遵医嘱，本网不对其内容的真实性、准确性负责。
C 猜你喜欢
C 福州多家医院推出夜间门诊 上班族看病不用请假了
C 春季过敏高发，专家教你几招应对
C 福州这家眼科医院暑期近视手术优惠来了
C 网友评论（0）
C 发表评论 请遵守互联网相关规定，不发表攻击性、侮辱性言论
C 闽ICP备12034567号-2 | 闽公网安备 35010202000345号
""", kind="marketing", regions=["350100"], source="福州生活网")

# ---- zh-09: Shenzhen Nanshan district recruitment notice, div soup, UTF-8
page("zh-09-nanshan-recruitment", "zh", "UTF-8", "html", """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>深圳市南山区卫生健康局2024年公开招聘社区健康服务中心工作人员公告-南山区政府在线</title>
<meta name="ColumnName" content="人事信息">
<meta name="Author" content="南山区卫生健康局">
<meta name="PubDate" content="2024-02-26 17:05">
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/zwgk_xl.css">
</head>
<body>
<div class="top_bar"><div class="wrap">
  <div class="top_l">⟦C|您好，欢迎访问南山区政府在线！⟧</div>
  <div class="top_r"><a href="javascript:;" id="wza">⟦C|无障碍浏览⟧</a><a href="/gzh/">⟦C|关注公众号⟧</a><a href="/wb/">⟦C|官方微博⟧</a><a href="/app/">⟦C|移动客户端⟧</a></div>
</div></div>
<div class="head"><div class="wrap"><a href="/" class="logo"><img src="/images/ns_logo.png" alt="深圳市南山区人民政府"></a></div></div>
<div class="nav_wrap"><ul class="nav">
  <li><a href="/">⟦C|首页⟧</a></li><li><a href="/zwgk/">⟦C|政务公开⟧</a></li><li><a href="/bsfw/">⟦C|办事服务⟧</a></li><li><a href="/hdjl/">⟦C|互动交流⟧</a></li><li><a href="/zjns/">⟦C|走进南山⟧</a></li>
</ul></div>
<div class="wrap main_xl">
  <div class="crumbs">⟦C|当前位置：<a href="/">首页</a> › <a href="/zwgk/">政务公开</a> › <a href="/zwgk/rsxx/">人事信息</a> › <a href="/zwgk/rsxx/zkzp/">招考招聘</a>⟧</div>
  <div class="xxgk_table">
    <div class="row">⟦C|<span class="lbl">索引号：</span><span class="val">11440305MB2C12345X/2024-00412</span> <span class="lbl">分类：</span><span class="val">人事信息</span>⟧</div>
    <div class="row">⟦C|<span class="lbl">发布机构：</span><span class="val">南山区卫生健康局</span> <span class="lbl">发布日期：</span><span class="val">2024-02-26</span>⟧</div>
  </div>
  <div class="tit_box"><h2 class="tit">⟦T|深圳市南山区卫生健康局2024年公开招聘社区健康服务中心工作人员公告⟧</h2></div>
  <div class="news_cont_d_wrap">
    <div class="TRS_Editor">
      <p>⟦B|　　为加强我区社区健康服务队伍建设，根据《深圳市事业单位公开招聘人员办法》等有关规定，经研究，南山区卫生健康局面向社会公开招聘社区健康服务中心工作人员（员额制）45名。现将有关事项公告如下：⟧</p>
      <p>⟦B|　　一、招聘岗位及人数⟧</p>
      <p>⟦B|1. 全科医生 20名；⟧</p>
      <p>⟦B|2. 中医师 8名；⟧</p>
      <p>⟦B|3. 公共卫生医师 7名；⟧</p>
      <p>⟦B|4. 社区护士 10名。⟧</p>
      <p>⟦B|　　二、报名条件：具有中华人民共和国国籍，遵守宪法和法律；年龄35周岁以下（1988年3月1日以后出生），具有副高级以上职称的可放宽至45周岁；全科医生岗位须取得全科医学专业住院医师规范化培训合格证书。⟧</p>
      <p>⟦B|　　三、报名时间及方式：2024年3月1日9:00至3月5日17:00，报名人员登录“南山区卫生健康局招聘报名系统”在线报名，不接受现场报名。⟧</p>
      <p>⟦B|　　四、薪酬待遇：按照南山区社区健康服务机构员额制人员薪酬管理办法执行，全科医生年薪约30万至40万元，并按规定缴纳社会保险和住房公积金。⟧</p>
      <p>⟦B|　　咨询电话：0755-26651234（工作日9:00-12:00，14:00-18:00）。⟧</p>
      <p>⟦B|　　附件：南山区卫生健康局2024年公开招聘社区健康服务中心工作人员岗位表.xlsx⟧</p>
      <p style="text-align:right">⟦B|深圳市南山区卫生健康局⟧</p>
      <p style="text-align:right">⟦B|2024年2月26日⟧</p>
    </div>
  </div>
  <div class="xl_tools">
    <a href="javascript:;" class="dy" onclick="window.print()">⟦C|【打印】⟧</a>
    <a href="javascript:window.close();" class="gb">⟦C|【关闭】⟧</a>
    <div class="bdsharebuttonbox">⟦C|分享到：⟧<a href="#" class="bds_weixin">⟦C|微信⟧</a><a href="#" class="bds_tsina">⟦C|新浪微博⟧</a></div>
  </div>
</div>
<div class="footer"><div class="wrap">
  <div class="f_links"><a href="/about/">⟦C|关于本网⟧</a><a href="/sitemap/">⟦C|网站地图⟧</a><a href="/contact/">⟦C|联系我们⟧</a></div>
  <p>⟦C|主办单位：深圳市南山区人民政府办公室 承办单位：深圳市南山区政务服务数据管理局⟧</p>
  <p>⟦C|版权所有：深圳市南山区人民政府 粤ICP备06001234号 粤公网安备 44030502000012号 网站标识码：4403050004⟧</p>
  <div class="jiucuo"><img src="/images/jiucuo.png" alt="政府网站找错"></div>
</div></div>
<script src="/js/jquery.js"></script><script src="/js/bdshare.js"></script>
</body>
</html>
""", kind="job-ad", published="2024-02-26", regions=["440305"])

# ---- zh-10: Chengdu hospital DRG software bid result, mostly chrome, plain text
page("zh-10-chengdu-drg-bid-result", "zh", "UTF-8", "txt", """
C URL: http://www.cdggzy.example.cn/jyxx/zfcg/zbgg/20230816/0123456.html
C 成都市公共资源交易服务中心
C 首页 交易信息 政策法规 办事指南 诚信体系 专家库 CA办理
C 登录 | 注册 | 无障碍 | 长者模式
C 您的位置：首页 » 交易信息 » 政府采购 » 中标（成交）结果公告
C 政府采购 工程建设 土地矿业 国有产权 医疗药品耗材
C 采购公告 更正公告 中标（成交）结果公告 终止公告 合同公告
T 成都市第五人民医院DRG/DIP智能审核及病案质控系统采购项目中标（成交）结果公告
C 公告日期：2023年8月16日   浏览次数：412   【我要打印】 【关闭】
B 一、项目编号：N5101012023000187
B 二、项目名称：成都市第五人民医院DRG/DIP智能审核及病案质控系统采购项目
B 三、中标（成交）信息
B 供应商名称：四川某某医疗信息技术有限公司
B 供应商地址：成都市高新区天府大道北段1700号
B 中标（成交）金额：286.5万元
B 四、主要标的信息：DRG/DIP智能审核及病案质控系统软件1套，含医保结算清单质控、病案首页质控、分组预测及费用监控模块；服务期限：合同签订后120日内完成部署上线。
B 五、评审专家名单：张某、李某、王某（采购人代表）、赵某、刘某
B 六、公告期限：自本公告发布之日起1个工作日。
B 七、凡对本次公告内容提出询问，请按以下方式联系：采购人：成都市第五人民医院，联系人：何老师，联系电话：028-82721234；采购代理机构：四川某某招标代理有限公司，联系电话：028-86781234。
C 附件下载：中标通知书.pdf
C 相关公告
C 成都市第五人民医院DRG/DIP智能审核及病案质控系统采购项目竞争性磋商公告
C 成都市第二人民医院智慧医院综合管理平台升级改造项目采购公告
C 四川省人民医院医保结算清单质控系统采购项目中标结果公告
C 友情链接： 中国政府采购网 四川政府采购网 全国公共资源交易平台
C 主办单位：成都市公共资源交易服务中心 地址：成都市锦城大道366号
C 服务热线：028-61888888 蜀ICP备05012345号-1 川公网安备 51019002001234号
C 技术支持：成都某某软件股份有限公司 建议使用Chrome浏览器访问本站
""", kind="tender", published="2023-08-16", regions=["510100"])

# ---- zh-11: county health commission "health science" tips page, no year, CRLF
page("zh-11-spring-blood-pressure-tips", "zh", "UTF-8", "txt", """
T 春季血压波动大 这份“控压指南”请收好
C 首页 / 健康科普 / 慢病防治
T 春季血压波动大 这份“控压指南”请收好
C 3月19日 余杭区疾病预防控制中心 阅读 1.2万
C 字号 大 中 小
B 春季气温变化大，早晚温差可达10℃以上，血管受冷热刺激反复收缩扩张，高血压患者容易出现血压波动，甚至诱发心脑血管意外。区疾控中心慢病科医生提醒，春季控压要做好以下几点：
B 1. 坚持每天早晚各测一次血压并记录，测量前静坐5分钟；
B 2. 遵医嘱按时服药，不要因为血压“正常了”就自行停药或减量；
B 3. 减少食盐摄入，每人每天不超过5克，少吃腌制食品；
B 4. 适当运动，可选择快走、太极拳等，避免清晨寒冷时段剧烈运动；
B 5. 注意保暖，晨起时动作宜缓，避免突然起身。
B 如果出现剧烈头痛、胸闷、一侧肢体麻木无力等症状，应立即拨打120急救电话。
B 小贴士：家里有高血压老人的，可以提醒他们到就近的社区卫生服务中心免费测血压。
C 来源：余杭区疾病预防控制中心
C 审核：慢病科
C 热门文章
C 春季过敏性鼻炎高发，这些防护要点请收好
C 倒春寒来袭，老人孩子如何预防感冒？
C 长按识别二维码 关注“健康余杭”
C 版权所有：杭州市余杭区卫生健康局  浙ICP备13012345号
""", kind="wellness", regions=[], crlf=True)

# ---- zh-12: Lishui investment signing ceremony mentioning health once, HTML, UTF-8
page("zh-12-lishui-investment-signing", "zh", "UTF-8", "html", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>丽水市2024年“丽水山耕·投资丽水”重大项目集中签约活动举行 总投资超300亿元</title>
<meta name="description" content="丽水市重大项目集中签约">
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function setTab(n){for(var i=1;i<=3;i++){document.getElementById("tab"+i).className=(i==n)?"on":"";}}
</script>
</head>
<body>
<div id="top">
  <div class="date">⟦C|今天是：<script>document.write(new Date().toLocaleDateString());</script>⟧</div>
  <div class="toplinks"><a href="/">⟦C|设为首页⟧</a> | <a href="/">⟦C|加入收藏⟧</a> | <a href="/m/">⟦C|手机版⟧</a></div>
</div>
<div id="banner"><img src="/images/banner_lsrb.jpg" alt="丽水网"></div>
<div id="menu">
  <a href="/">⟦C|首页⟧</a><a href="/news/ls/">⟦C|丽水新闻⟧</a><a href="/news/xs/">⟦C|县市区⟧</a><a href="/news/gn/">⟦C|国内国际⟧</a><a href="/sp/">⟦C|视频⟧</a><a href="/epaper/">⟦C|数字报⟧</a>
</div>
<div id="main">
<div id="left">
  <div class="lmwz">⟦C|丽水网 &gt;&gt; 丽水新闻 &gt;&gt; 时政⟧</div>
  <div class="biaoti">⟦T|丽水市2024年重大项目集中签约 总投资超300亿元⟧</div>
  <div class="futi">⟦C|35个项目涉及生态工业、文旅康养、现代农业等领域⟧</div>
  <div class="xinxi">⟦C|2024-06-18 09:12:47 来源：丽水日报 记者 叶青青 通讯员 吴斌⟧</div>
  <div class="zhengwen">
    <p>⟦B|　　6月17日，丽水市2024年“丽水山耕·投资丽水”重大项目集中签约活动在市行政中心举行。此次集中签约项目35个，总投资达312.6亿元，涵盖生态工业、文旅康养、现代农业、数字经济等领域。⟧</p>
    <p>⟦B|　　签约项目中，100亿元以上项目1个、10亿元以上项目9个。其中，总投资105亿元的半导体材料产业园项目落户丽水经济技术开发区，缙云县引进的高端装备制造项目总投资28亿元，青田县引进的侨乡进口商品供应链项目总投资15亿元。⟧</p>
    <p>⟦B|　　市委书记在致辞中表示，丽水将坚持“项目为王”，持续优化营商环境，为投资者提供全生命周期服务，推动更多优质项目在丽水落地生根、开花结果。⟧</p>
    <p>⟦B|　　据了解，今年以来，丽水围绕生态工业、大健康、文旅等重点产业开展精准招商，1至5月全市实际利用外资同比增长21.3%，新引进亿元以上产业项目82个。⟧</p>
    <p>⟦B|　　活动现场还举行了“丽水山耕”区域公用品牌推介和“两山”金融服务签约仪式，多家金融机构为签约项目提供意向授信超过200亿元。⟧</p>
  </div>
  <div class="bianji">⟦C|【责任编辑：何晓丽】⟧</div>
  <div class="tab">
    <ul><li id="tab1" class="on" onmouseover="setTab(1)">⟦C|今日热点⟧</li><li id="tab2" onmouseover="setTab(2)">⟦C|一周排行⟧</li></ul>
    <div class="tabcon">
      <p><a href="/news/ls/2024-06/18/content_101.htm">⟦C|全市防汛防台工作视频会议召开⟧</a></p>
      <p><a href="/news/ls/2024-06/17/content_098.htm">⟦C|丽水机场航线网络再扩容 新增至成都、西安航线⟧</a></p>
      <p><a href="/news/ls/2024-06/16/content_090.htm">⟦C|莲都区“共富工坊”带动2000余名农户增收⟧</a></p>
    </div>
  </div>
</div>
<div id="right">
  <div class="ad"><a href="/zt/msxh/">⟦C|广告：丽水山耕 生态精品农产品 扫码购买⟧</a></div>
  <div class="wx"><img src="/images/lsw_wx.jpg" alt="丽水网微信"><p>⟦C|丽水网官方微信⟧</p><p>⟦C|丽水网官方抖音号⟧</p></div>
</div>
</div>
<div id="foot">
  <p>⟦C|丽水网版权所有，未经书面授权禁止使用⟧</p>
  <p>⟦C|互联网新闻信息服务许可证：33120200002 浙ICP备09087654号⟧</p>
  <p>⟦C|违法和不良信息举报电话：0578-2123456 举报邮箱：jubao@example.cn⟧</p>
</div>
</body>
</html>
""", kind="economy", published="2024-06-18", regions=["331100"], source="丽水日报")

# ---- zh-13: Macau health bureau tender notice, traditional script, plain text, UTF-8
page("zh-13-macau-tender", "zh", "UTF-8", "txt", """
C 澳門特別行政區政府 衛生局
C 中文 | Português | English
C 主頁 > 公告 > 招標公告
T 公開招標 — 為仁伯爵綜合醫院提供醫療影像存檔及通訊系統（PACS）升級服務
C 發佈日期：2024年1月12日
B 按照二零二四年一月八日衛生局局長批示，現就「為仁伯爵綜合醫院提供醫療影像存檔及通訊系統（PACS）升級服務」進行公開招標。
B 競投者可於辦公時間內前往澳門若憲馬路衛生局行政樓二樓物資供應處查閱招標案卷，或於衛生局網頁下載有關文件。
B 臨時保證金：澳門元壹拾伍萬元正（MOP150,000.00），須以現金、抬頭為「衛生局」之銀行本票或銀行擔保方式提交。
B 截標日期及時間：二零二四年二月十九日下午五時正。
B 開標日期及時間：二零二四年二月二十日上午十時正，地點為衛生局行政樓三樓會議室。
B 如有疑問，可於辦公時間內致電（853）2831 3731查詢。
B 局長 羅麗文
C 相關連結：政府採購資訊 | 招標結果公佈
C 本網頁資料僅供參考，一切以《澳門特別行政區公報》刊登者為準。
C 版權所有 © 澳門特別行政區政府衛生局  最佳瀏覽解像度 1280 x 1024
""", kind="tender", published="2024-01-12", regions=["820000"])

# ---- en-01: machine-translated county page (Jinyun, Lishui), plain text
page("en-01-jinyun-elderly-meals-mt", "en", "UTF-8", "txt", """
C Jinyun County People's Government
C Home | Government Information | News Center | Investment Jinyun | Visit Jinyun | 中文
C Current location: Home > News Center > Departmental dynamics
T Jinyun County Health and Health Bureau grasps the implementation of elderly meal assistance and family doctor door-to-door service
C Release time: 2023-07-14 09:30  Source: County Health and Health Bureau  Views: 326
C [Font size: Large Medium Small]
B Recently, in order to further solve the "urgent difficulties and worries" of the elderly in the countryside, Jinyun County Health and Health Bureau, together with the County Civil Affairs Bureau, issued the "Implementation Plan for the Integration of Medical and Elderly Care Services in Rural Areas of Jinyun County", and promoted the elderly canteen and family doctor services to be grasped together.
B The plan clearly puts forward, by the end of 2023, the county's 18 townships (streets) will achieve full coverage of elderly meal assistance points, and the elderly over 80 years old and the disabled elderly can enjoy the government subsidy of 3 yuan per meal. The village health room and the elderly canteen are "two-in-one", family doctors regularly station to carry out blood pressure and blood sugar measurement.
B For the elderly who are unable to take care of themselves, the family doctor team provides door-to-door visits at least once a quarter, and the visit situation is included in the performance assessment of township health centers.
B Hucen Street Community Health Service Center director Zhu Wei said: "Now the masses eat the meal and see the doctor at the same place, very convenient."
B Next step, the county will grasp the implementation of the plan, strengthen supervision and inspection, and effectively enhance the sense of gain of the masses.
C Previous: Jinyun County carries out the "Health Lishui" patriotic health month activities
C Next: County Health and Health Bureau held a safety production work meeting
C Scan to follow "Jinyun Release"
C Sponsor: Jinyun County People's Government Office  Undertaker: Jinyun County Big Data Development Center
C Zhejiang ICP No. 11012345  Website identification code: 3311220001
""", kind="policy", tags=["elderly-care", "primary-care"], published="2023-07-14",
     regions=["331122"], source="County Health and Health Bureau")

# ---- en-02: NHS England workforce news, modern HTML with cookie banner
page("en-02-nhs-gp-training-places", "en", "UTF-8", "html", """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NHS England » Thousands more GP and nursing training places confirmed</title>
<meta name="description" content="An extra 1,500 GP specialty training places and 4,000 more nursing associate apprenticeships.">
<meta property="og:title" content="Thousands more GP and nursing training places confirmed">
<meta property="og:site_name" content="NHS England">
<meta property="article:published_time" content="2024-03-12T00:01:00+00:00">
<link rel="stylesheet" href="/wp-content/themes/nhsengland/css/main.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
</head>
<body class="single-news">
<div id="cookie-banner" role="region" aria-label="Cookie banner">
  <p>⟦C|We use some essential cookies to make this website work.⟧</p>
  <p>⟦C|We'd like to set additional cookies to understand how you use the website and improve our services.⟧</p>
  <button id="accept">⟦C|Accept additional cookies⟧</button> <button id="reject">⟦C|Reject additional cookies⟧</button>
  <a href="/privacy-cookies/">⟦C|View cookies⟧</a>
</div>
<a class="skip-link" href="#maincontent">⟦C|Skip to main content⟧</a>
<header class="nhsuk-header">
  <a href="/" class="nhsuk-header__link" aria-label="NHS England homepage"><svg class="nhsuk-logo"><title>NHS logo</title><path d="M0 0h40v16H0z"></path></svg></a>
  <form class="search" action="/search"><label for="q">⟦C|Search⟧</label><input id="q" name="q" type="search"></form>
  <nav class="nhsuk-header__navigation"><ul>
    <li><a href="/about/">⟦C|About us⟧</a></li><li><a href="/news/">⟦C|News⟧</a></li><li><a href="/publications/">⟦C|Publications⟧</a></li><li><a href="/statistics/">⟦C|Statistics⟧</a></li><li><a href="/get-involved/">⟦C|Get involved⟧</a></li>
  </ul></nav>
</header>
<div class="breadcrumbs">⟦C|You are here: <a href="/">Home</a> » <a href="/news/">News</a> » Thousands more GP and nursing training places confirmed⟧</div>
<main id="maincontent">
  <article class="news-article">
    <p class="kicker">⟦C|Primary care news⟧</p>
    <h1>⟦T|Thousands more GP and nursing training places confirmed⟧</h1>
    <p class="meta">⟦C|Published 12 March 2024⟧</p>
    <p>⟦B|An extra 1,500 GP specialty training places will be available from this summer as part of the NHS Long Term Workforce Plan, NHS England confirmed today.⟧</p>
    <p>⟦B|The expansion takes the total number of GP training places in England to more than 5,500 a year, the largest intake since the specialty was created. Local training hubs in areas with the fewest GPs per patient, including parts of the North East and the East of England, will receive the largest share of the new places.⟧</p>
    <p>⟦B|Around 4,000 additional nursing associate apprenticeships will also be funded in 2024/25, with trusts able to claim up to £8,000 per apprentice towards backfill costs.⟧</p>
    <aside class="pullquote"><p>⟦C|Read more: <a href="/long-term-workforce-plan/">NHS Long Term Workforce Plan</a>⟧</p></aside>
    <p>⟦B|Dr Helen Marsh, National Director for Primary Care and Community Services, said: “Patients want to be able to see their GP when they need to, and training more doctors is the single most important thing we can do to make that happen.”⟧</p>
    <p>⟦B|The plan also sets out measures to keep experienced staff, including more flexible working and a new retention scheme for GPs in the last years of their careers.⟧</p>
    <p>⟦B|Practices that want to become training practices can apply through their local NHS England workforce, training and education team until 30 April.⟧</p>
    <div class="share">⟦C|Share this page:⟧ <a href="#">⟦C|Facebook⟧</a> <a href="#">⟦C|X⟧</a> <a href="#">⟦C|LinkedIn⟧</a> <a href="#">⟦C|Email⟧</a></div>
  </article>
  <section class="related">
    <h2>⟦C|Related news⟧</h2>
    <ul>
      <li><a href="#">⟦C|NHS to double medical school places by 2031 as part of first ever workforce plan⟧</a></li>
      <li><a href="#">⟦C|Record number of pharmacists to train in independent prescribing⟧</a></li>
    </ul>
  </section>
  <p class="reviewed">⟦C|Page last reviewed: 12 March 2024⟧</p>
</main>
<footer class="nhsuk-footer">
  <ul>
    <li><a href="/accessibility/">⟦C|Accessibility statement⟧</a></li><li><a href="/contact-us/">⟦C|Contact us⟧</a></li><li><a href="/privacy-cookies/">⟦C|Privacy and cookies⟧</a></li><li><a href="/terms/">⟦C|Terms and conditions⟧</a></li>
  </ul>
  <p>⟦C|Sign up to our newsletter for the latest NHS news, delivered to your inbox every week.⟧ <a href="/newsletter/">⟦C|Subscribe⟧</a></p>
  <p>⟦C|© NHS England 2024⟧</p>
</footer>
</body>
</html>
""", kind="policy", tags=["health-workforce", "primary-care"], published="2024-03-12",
     regions=["GB"])

# ---- en-03: CMS Medicare drug price negotiation press release, plain text, UTF-8 with BOM
page("en-03-cms-medicare-negotiation", "en", "UTF-8-BOM", "txt", """
C An official website of the United States government
C Here's how you know
C CMS.gov | Centers for Medicare & Medicaid Services
C Newsroom > Press releases
T CMS Announces Next Steps for Medicare Drug Price Negotiation, Invites Public Input on Renegotiation Process
C Mar. 3, 2023
C Share
B The Centers for Medicare & Medicaid Services (CMS) today released draft guidance explaining how the agency will negotiate prices for certain high-expenditure, single-source drugs covered under Medicare Part D, and invited the public to comment on the proposed process.
B Under the draft guidance, CMS will select drugs for negotiation based on total Part D gross spending, excluding drugs with generic or biosimilar competition and certain orphan drugs. Negotiated prices for the first selected drugs would take effect on January 1, 2026.
B The guidance also describes how CMS will weigh clinical benefit, unmet medical need and manufacturers' research and development costs when developing initial offers, and how manufacturers may submit counteroffers within 30 days.
B "Medicare will finally be able to negotiate directly with drug companies, which means lower out-of-pocket costs for people with Medicare and a stronger program for taxpayers," said a senior CMS official.
B Comments on the draft guidance are due by April 14, 2023, and may be submitted by email.
B People with Medicare who have questions about their prescription drug coverage can call 1-800-MEDICARE.
C ###
C Get CMS news at cms.gov/newsroom, sign up for CMS news via email and follow CMS on X @CMSgov
C Contact: CMS Media Relations, (202) 555-0142, CMS Media Inquiries
C Page Last Modified: 03/03/2023 04:12 PM
C A federal government website managed and paid for by the U.S. Centers for Medicare & Medicaid Services.
C [scraped 2023-03-04T02:10:55Z]
""", kind="policy", tags=["drug-policy", "medical-insurance"], published="2023-03-03",
     regions=["US"])

# ---- en-04: Singapore MOH chronic care in Healthier SG, plain text, CRLF
page("en-04-singapore-healthier-sg-chronic", "en", "UTF-8", "txt", """
C A Singapore Government Agency Website  How to identify
C Ministry of Health Singapore
C Home > News Highlights > Details
T More GP clinics to offer subsidised chronic disease care under Healthier SG
C 22 Jan 2024
C Share: Facebook | LinkedIn | WhatsApp | Email | Print
B Residents enrolled in Healthier SG will be able to receive subsidised chronic disease management at more than 1,200 participating GP clinics from 1 April 2024, up from about 1,000 clinics today, the Ministry of Health (MOH) said on Monday.
B Under the Healthier SG Chronic Tier, enrolled residents with conditions such as diabetes, hypertension and high cholesterol will pay comparable prices for common chronic medications at their enrolled GP clinic as at polyclinics.
B MOH will also extend the list of subsidised medications by 20 drugs, including newer treatments for diabetes, and expand the use of MediSave for chronic disease management to up to $700 a year per account.
B "Our aim is for every resident to have a family doctor who knows them well and helps them stay healthy," said Senior Minister of State for Health Dr Lee Wen Hui.
B About 900,000 residents have enrolled in Healthier SG since it was launched in July 2023. Residents aged 40 and above who have not enrolled can do so through the HealthHub app.
B 1. Enrolment remains free.
B 2. The first health plan consultation is fully subsidised.
B 3. Recommended screenings and vaccinations under the national schedules are fully subsidised at enrolled clinics.
C Related: Healthier SG enrolment to open to residents aged 40 to 59
C Report Vulnerability | Privacy Statement | Terms of Use
C © 2024, Government of Singapore | Last Updated 22 January 2024
C URL: https://www.moh.gov.sg/news-highlights/details/more-gp-clinics-chronic-care-healthier-sg
""", kind="policy", tags=["chronic-disease", "primary-care"], published="2024-01-22",
     regions=["SG"], crlf=True)

# ---- en-05: Japan childbirth cost coverage, news site, no full date
page("en-05-japan-childbirth-insurance", "en", "UTF-8", "txt", """
C TOKYO HEALTH WIRE
C Politics | Society | Health | Business | Opinion
C Health > Policy
C SUBSCRIBE NOW: Get unlimited access for ¥990 a month
T Japan panel backs bringing childbirth costs under public health insurance
C Health ministry aims to ease financial burden on families as births hit record low
C By Kenji Morita, Staff Writer | Yesterday (March 19)
B A health ministry expert panel on Tuesday endorsed a plan to cover standard childbirth costs under Japan's public health insurance system, a step the government hopes will ease the financial burden on young families as the number of births continues to fall.
B Normal deliveries are currently not covered by insurance. Instead, families receive a lump-sum childbirth allowance of ¥500,000, which was raised from ¥420,000 in April 2023. But fees charged by maternity clinics vary widely by region, and in Tokyo the average cost of a normal delivery exceeds the allowance.
B Under the proposal, the national government would set a uniform official price for standard deliveries, with no copayment for mothers. The ministry plans to submit a bill to the Diet and begin coverage as early as fiscal 2026.
B Obstetricians' groups have warned that a uniform price could force small maternity clinics in rural areas to close.
B "We must make sure that women can continue to give birth safely close to home," a ministry official said.
C Advertisement
C MOST READ
C Government to expand free child care to all children under 2
C Hospitals struggle to recruit doctors as overtime cap takes effect
C Newsletter: Sign up for our free morning briefing
C Copyright © Tokyo Health Wire. All rights reserved.
""", kind="policy", tags=["maternal-child", "medical-insurance"], regions=["JP"])

# ---- en-06: European Commission approves Italian hospital digitalisation aid, modern HTML
page("en-06-eu-italy-hospital-digital", "en", "UTF-8", "html", """<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Commission approves €1.2 billion Italian scheme to digitalise hospitals</title>
<meta name="description" content="Press release: State aid: Commission approves Italian scheme supporting hospital modernisation and digital health records.">
<meta property="og:title" content="State aid: Commission approves €1.2 billion Italian scheme to digitalise hospitals">
<meta property="og:type" content="article">
<meta name="date" content="2023-06-07">
<script>window.ecl=window.ecl||{};ecl.autoInit&&ecl.autoInit();</script>
<style>.ecl-u-sr-only{position:absolute;left:-9999px}</style>
</head>
<body>
<div class="cck" role="dialog">
  <p>⟦C|This site uses cookies to offer you a better browsing experience. Find out more on <a href="/cookies">how we use cookies</a>.⟧</p>
  <a href="#" class="cck-accept">⟦C|Accept all cookies⟧</a> <a href="#" class="cck-refuse">⟦C|Accept only essential cookies⟧</a>
</div>
<header class="ecl-site-header">
  <div class="ecl-site-header__top">
    <a href="/" class="ecl-link">⟦C|European Commission website⟧</a>
    <div class="ecl-site-header__language">
      <button type="button" class="ecl-button">⟦C|English⟧</button>
      <ul class="ecl-language-list">
        <li><a href="?lang=bg" lang="bg">⟦C|български⟧</a></li><li><a href="?lang=de" lang="de">⟦C|Deutsch⟧</a></li><li><a href="?lang=fr" lang="fr">⟦C|français⟧</a></li><li><a href="?lang=it" lang="it">⟦C|italiano⟧</a></li>
      </ul>
    </div>
  </div>
  <div class="ecl-page-header">
    <nav class="ecl-breadcrumb" aria-label="You are here:">
      <ol><li>⟦C|<a href="/">Home</a>⟧</li><li>⟦C|<a href="/presscorner/">Press corner</a>⟧</li></ol>
    </nav>
    <div class="ecl-page-header__meta">⟦C|Press release | 7 June 2023 | Brussels⟧</div>
    <p class="ecl-page-header__kicker">⟦C|State aid⟧</p>
    <h1 class="ecl-page-header__title">⟦T|Commission approves €1.2 billion Italian scheme to modernise hospitals and digital health records⟧</h1>
  </div>
</header>
<main class="ecl-container">
  <div class="ecl-col-m-8">
    <div class="ecl-u-mb-l"><a href="/presscorner/api/files/document/print/en/ip_23_3101/IP_23_3101_EN.pdf">⟦C|Print friendly pdf⟧</a></div>
    <p>⟦B|The European Commission has approved, under EU State aid rules, a €1.2 billion Italian scheme to support public hospitals in replacing obsolete equipment and connecting to the national electronic health record (Fascicolo Sanitario Elettronico). The scheme will be financed through the Recovery and Resilience Facility.⟧</p>
    <p>⟦B|Under the scheme, regional health authorities will receive direct grants to purchase diagnostic imaging equipment, upgrade hospital information systems and ensure that all public hospitals upload patient summaries, discharge letters and laboratory results to the electronic health record in a standard format by the end of 2025.⟧</p>
    <p>⟦B|At least 40% of the budget is reserved for hospitals in the southern regions, where the share of equipment older than ten years is highest.⟧</p>
    <p>⟦B|The Commission found that the scheme is necessary and appropriate to improve access to high-quality healthcare, and that its positive effects outweigh any possible distortion of competition, since the aid supports public services that are not provided on a commercial basis.⟧</p>
    <h2>⟦B|Background⟧</h2>
    <p>⟦B|Italy's recovery and resilience plan includes a dedicated health mission worth €15.6 billion, covering community care, telemedicine and the modernisation of hospital technology. The non-confidential version of today's decision will be made available under case number SA.107412 in the State aid register.⟧</p>
    <div class="ecl-u-mt-l">
      <h3>⟦C|Related media⟧</h3>
      <ul><li><a href="#">⟦C|Recovery and Resilience Scoreboard: thematic analysis on health⟧</a></li></ul>
    </div>
    <div class="ecl-u-mt-l">⟦C|IP/23/3101⟧</div>
    <div class="ecl-u-mt-s">
      <p>⟦C|Press contacts:⟧</p>
      <p>⟦C|Anna VERHOEVEN (+32 2 29 51234)⟧</p>
      <p>⟦C|General public inquiries: Europe Direct by phone or by email⟧</p>
    </div>
  </div>
</main>
<footer class="ecl-footer">
  <p>⟦C|This site is managed by the Directorate-General for Communication⟧</p>
  <ul>
    <li><a href="#">⟦C|Strategy⟧</a></li><li><a href="#">⟦C|About the European Commission's web presence⟧</a></li><li><a href="#">⟦C|Follow the European Commission on social media⟧</a></li><li><a href="#">⟦C|Legal notice⟧</a></li>
  </ul>
</footer>
</body>
</html>
""", kind="policy", tags=["digital-health", "hospital-development"], published="2023-06-07",
     regions=["IT"])

# ---- en-07: Chengdu DRG payment reform, China Daily-style HTML
page("en-07-chengdu-drg-payment", "en", "UTF-8", "html", """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Chengdu extends DRG payment reform to all public hospitals - Chinadaily.com.cn</title>
<meta name="keywords" content="Chengdu,DRG,medical insurance,hospital">
<meta name="description" content="All public hospitals in Chengdu, capital of Sichuan province, will be paid by diagnosis-related groups from Jan 1.">
<meta property="og:title" content="Chengdu extends DRG payment reform to all public hospitals">
<meta name="publishdate" content="2023-09-15">
<link rel="stylesheet" href="//img3.chinadaily.com.cn/static/common/css/share.css">
<script type="text/javascript" src="//img3.chinadaily.com.cn/static/common/js/jquery.min.js"></script>
</head>
<body>
<div class="topNav">
  <a href="/">⟦C|Global Edition⟧</a> <a href="/china/">⟦C|China⟧</a> <a href="/world/">⟦C|World⟧</a> <a href="/business/">⟦C|Business⟧</a> <a href="/life/">⟦C|Lifestyle⟧</a> <a href="/culture/">⟦C|Culture⟧</a> <a href="/sports/">⟦C|Sports⟧</a> <a href="/opinion/">⟦C|Opinion⟧</a>
  <a href="/app/">⟦C|Download the App⟧</a> <a href="/cn/">⟦C|中文⟧</a>
</div>
<div class="topBar">⟦C|<a href="/">Home</a> / <a href="/china/">China</a> / <a href="/china/society/">Society</a>⟧</div>
<div class="main_art">
  <div class="lft_art">
    <h1>⟦T|Chengdu extends DRG payment reform to all public hospitals⟧</h1>
    <div class="info">⟦C|<span class="info_l">By HUANG LEI in Chengdu | chinadaily.com.cn | Updated: 2023-09-15 07:42</span>⟧</div>
    <div class="share">⟦C|Share⟧ <a href="#">⟦C|Facebook⟧</a> <a href="#">⟦C|Twitter⟧</a> <a href="#">⟦C|Linkedin⟧</a></div>
    <div id="Content">
      <figure class="image"><img src="//img2.chinadaily.com.cn/images/202309/15/drg.jpeg" alt="Chengdu hospital">
      <figcaption>⟦C|A patient pays at a self-service terminal at a hospital in Chengdu, Sichuan province. [Photo/IC]⟧</figcaption></figure>
      <p>⟦B|All public hospitals in Chengdu, capital of Sichuan province, will be paid by the city's medical insurance fund according to diagnosis-related groups, or DRGs, from Jan 1, the municipal healthcare security bureau said on Thursday.⟧</p>
      <p>⟦B|Under the DRG system, the insurance fund pays a fixed amount for each group of similar cases instead of reimbursing every test and drug item by item. Hospitals keep the savings when their costs are below the standard, which authorities say will curb unnecessary treatment.⟧</p>
      <p>⟦B|Chengdu began piloting DRG payment in 2021 at 27 hospitals. The average cost per hospital stay in pilot hospitals fell by 6.8 percent last year, while the average length of stay dropped from 9.6 days to 8.7 days, according to the bureau.⟧</p>
      <p>⟦B|"Patients pay less out of their own pockets, and hospitals have an incentive to manage costs," said Zhang Min, an official with the bureau. Patients' share of costs will still be calculated according to the existing reimbursement rules, he added.⟧</p>
      <p>⟦B|The reform is part of a national three-year action plan that requires all regions to adopt DRG or diagnosis-intervention packet payment by the end of 2024. Sichuan's provincial capital is among the first major cities to cover all eligible public hospitals.⟧</p>
      <p>⟦B|Some doctors have raised concerns that hospitals may avoid complex cases. The bureau said it would set special payment rules for severe cases and new technologies and strengthen supervision of patient transfers and readmissions.⟧</p>
    </div>
    <div class="editor">⟦C|(Editor: Wang Yi)⟧</div>
    <div class="photo_more">
      <h3>⟦C|Editor's picks⟧</h3>
      <ul>
        <li><a href="#">⟦C|Giant pandas return to Chengdu base after recovery⟧</a></li>
        <li><a href="#">⟦C|Universiade legacy: city opens venues to public⟧</a></li>
      </ul>
    </div>
  </div>
  <div class="rgt_art">
    <h3>⟦C|Most Viewed in 24 Hours⟧</h3>
    <ol>
      <li><a href="#">⟦C|China to expand basic medical insurance to cover more innovative drugs⟧</a></li>
      <li><a href="#">⟦C|Hospitals told to speed up rollout of mutual recognition of test results⟧</a></li>
      <li><a href="#">⟦C|Xi'an metro adds late-night trains for holiday⟧</a></li>
    </ol>
  </div>
</div>
<div class="footer">
  <p><a href="/about/">⟦C|About China Daily⟧</a> <a href="/ads/">⟦C|Advertise on Site⟧</a> <a href="/contact/">⟦C|Contact Us⟧</a> <a href="/jobs/">⟦C|Job Offer⟧</a></p>
  <p>⟦C|Copyright 1995 - 2023. All rights reserved. Text, photos and multimedia published on this site are the property of China Daily Information Co (CDIC) and may not be reproduced or used in any form without the written permission of CDIC.⟧</p>
  <p>⟦C|Note: Browsers with 1024*768 or higher resolution are suggested for this site.⟧</p>
  <p>⟦C|Online multimedia publishing licence 0108999⟧ ⟦C|Registration No. 130777⟧</p>
</div>
</body>
</html>
""", kind="policy", tags=["medical-insurance", "medical-reform"], published="2023-09-15",
     regions=["510100"], source="chinadaily.com.cn")

# ---- en-08: UK trial result on a research-news site; first line is the browser title
page("en-08-weekly-insulin-trial", "en", "UTF-8", "txt", """
C Once-weekly insulin as good as daily injections, NIHR-funded trial finds | Health Research News
C Home » News » Research results
T Once-weekly insulin as good as daily injections, NIHR-funded trial finds
C By Sarah Whitfield | Published 2 October 2023
B A once-weekly basal insulin injection controlled blood sugar as well as standard daily injections in adults with type 2 diabetes, according to the results of a phase 3 trial funded by the National Institute for Health and Care Research (NIHR).
B The 52-week trial randomly assigned 984 adults at 61 NHS sites to the weekly insulin or a once-daily insulin. Average HbA1c fell by 1.3 percentage points in the weekly group and 1.2 points in the daily group, meeting the trial's non-inferiority target.
B Rates of severe hypoglycaemia were low in both groups: 0.8% of participants on the weekly insulin and 0.6% on daily insulin had at least one severe episode.
B Chief investigator Professor Mark Ellison of the University of Leicester said: "For people who struggle with daily injections, one injection a week could make a real difference."
B The findings will be presented at the European Association for the Study of Diabetes meeting next month. The manufacturer has applied to the Medicines and Healthcare products Regulatory Agency for a licence; the National Institute for Health and Care Excellence (NICE) will then decide whether the treatment should be offered on the NHS.
B The trial was registered as ISRCTN 40519327.
C Disclaimer: This article reports research findings for information only and does not constitute medical advice; people with diabetes should not change their treatment without talking to their doctor or nurse.
C Tags: diabetes, insulin, clinical trials
C Comments (3)
C Join the discussion. Log in or register to comment.
C Read more
C New blood test could detect bowel cancer earlier, study suggests
C Researchers to test digital therapy for insomnia in 20 GP practices
C Health Research News is published by Medical Media Ltd. Registered in England and Wales No. 07111111.
""", kind="trial", published="2023-10-02", regions=["GB"])

# ---- en-09: US drugmaker quarterly results mentioning Medicare negotiation, HTML newswire
page("en-09-meridian-q2-earnings", "en", "UTF-8", "html", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Meridian Therapeutics Reports Second Quarter 2024 Financial Results | PharmaWire</title>
<meta name="description" content="Meridian Therapeutics reports Q2 2024 revenue of $2.41 billion.">
<meta property="og:title" content="Meridian Therapeutics Reports Second Quarter 2024 Financial Results">
<meta property="article:published_time" content="2024-08-08T07:00:00-04:00">
<script>window.__PW__={section:"earnings"};</script>
</head>
<body>
<header>
  <div class="pw-top"><a href="/">⟦C|PharmaWire⟧</a> <a href="/login">⟦C|Sign in⟧</a> <a href="/submit">⟦C|Submit a press release⟧</a></div>
  <nav><a href="/news">⟦C|All News⟧</a> <a href="/news/earnings">⟦C|Earnings⟧</a> <a href="/news/fda">⟦C|FDA⟧</a> <a href="/news/deals">⟦C|M&amp;A⟧</a></nav>
</header>
<main>
  <article>
    <h1>⟦T|Meridian Therapeutics Reports Second Quarter 2024 Financial Results⟧</h1>
    <h2 class="subhead">⟦C|Revenue of $2.41 billion, up 7%; full-year guidance narrowed as Medicare negotiation and Part D redesign weigh on 2026 outlook⟧</h2>
    <p class="dateline">⟦C|August 8, 2024 07:00 AM Eastern Daylight Time⟧</p>
    <p>⟦B|PRINCETON, N.J.--(PHARMAWIRE)--Meridian Therapeutics, Inc. (NYSE: MRDN) today reported financial results for the second quarter ended June 30, 2024.⟧</p>
    <p>⟦B|Total revenue for the quarter was $2.41 billion, an increase of 7% compared with the second quarter of 2023, driven by growth of the company's anticoagulant Cardivex and the launch of its migraine treatment in Europe. GAAP net income was $412 million, or $1.38 per diluted share.⟧</p>
    <p>⟦B|Cardivex, which was selected by the Centers for Medicare &amp; Medicaid Services for the second cycle of Medicare drug price negotiation, generated U.S. sales of $864 million. The company expects the negotiated maximum fair price to take effect on January 1, 2027, and continues to assess its impact.⟧</p>
    <p>⟦B|"We delivered another quarter of solid growth while investing in our late-stage pipeline," said Chief Executive Officer Laura Kessler. "We remain committed to working with CMS through the negotiation process."⟧</p>
    <p>⟦B|The company narrowed its full-year 2024 revenue guidance to $9.5 billion to $9.7 billion and raised its quarterly dividend by 5% to $0.42 per share, payable on September 13, 2024.⟧</p>
    <p>⟦B|Meridian will host a conference call and webcast at 8:30 a.m. ET today; a replay will be available on the company's investor relations website.⟧</p>
    <p class="contact">⟦C|Contacts: Investors: Daniel Ortiz, +1 609-555-0117; Media: Priya Raman, +1 609-555-0160⟧</p>
  </article>
  <aside>
    <h3>⟦C|More News From Meridian Therapeutics⟧</h3>
    <ul><li><a href="#">⟦C|Meridian Therapeutics to Present at Upcoming Investor Conferences⟧</a></li></ul>
    <h3>⟦C|Trending⟧</h3>
    <ul><li><a href="#">⟦C|FDA Approves First Oral Treatment for Rare Liver Disease⟧</a></li><li><a href="#">⟦C|Biotech Funding Rebounds in Second Quarter⟧</a></li></ul>
  </aside>
</main>
<footer>
  <p>⟦C|PharmaWire distributes press releases on behalf of issuers and is not responsible for their content; the information in this release was provided by the issuing company, which is solely responsible for its accuracy.⟧</p>
  <p>⟦C|© 2024 PharmaWire Inc.⟧ <a href="/privacy">⟦C|Privacy⟧</a> <a href="/terms">⟦C|Terms⟧</a></p>
</footer>
</body>
</html>
""", kind="earnings", published="2024-08-08", regions=["US"])

# ---- en-10: machine-translated bid result, Fuzhou in JIANGXI (not Fujian), plain text
page("en-10-fuzhou-jx-equipment-bid-mt", "en", "UTF-8", "txt", """
C Fuzhou City Public Resources Trading Network
C Home  Trading information  Policies and regulations  Service guide  Notice announcement
C Location: Home >> Government procurement >> Result announcement
T Fuzhou City First People's Hospital Medical Equipment Procurement Project (Lot 2) Bid Winning Result Announcement
C Published: 2022/9/1   Clicks: 88
B 1. Project number: FZCG2022-0815-2
B 2. Project name: Fuzhou City First People's Hospital medical equipment procurement project (Lot 2: color Doppler ultrasound diagnostic instrument)
B 3. Purchaser: Fuzhou City First People's Hospital (Linchuan District, Fuzhou City, Jiangxi Province)
B 4. Winning bidder: Jiangxi Some Medical Equipment Co., Ltd.
B 5. Winning bid amount: RMB 1,968,000 yuan
B 6. Review expert: Liu Mou, Chen Mou, Zhou Mou, Wu Mou, Xu Mou
B 7. The announcement period is 1 working day. Suppliers who think their rights and interests are damaged can raise questions in writing to the purchaser within 7 working days from the end of the announcement period.
B 8. Contact: Mr. Huang, 0794-8225678
C Attachment: Bid winning notice.pdf
C Warm reminder: This website is best viewed with IE9 or above
C Copyright: Fuzhou City Public Resources Trading Center  Gan ICP No. 12001234
""", kind="tender", published="2022-09-01", regions=["361000"])

# ---- en-11: council heat-health advice page, no full date
page("en-11-heatwave-advice", "en", "UTF-8", "txt", """
C Skip to main content
C Northfield Borough Council
C Bins and recycling | Council tax | Housing | Health and social care | Parking | Report it
C Home > Health and social care > Public health > News
T Hot weather: how to stay safe this week
C Posted: Yesterday, 4.15pm
B The UK Health Security Agency has issued an amber heat-health alert for our area until Friday, with temperatures expected to reach 32C.
B Most of us welcome hot weather, but high temperatures can be dangerous, especially for older people, babies and young children, and people with heart or breathing problems.
B Stay out of the sun between 11am and 3pm.
B Drink plenty of water and avoid too much alcohol.
B Keep your home cool: close curtains on windows that face the sun and open windows when it is cooler at night.
B Check on older neighbours, friends and relatives who live alone.
B Never leave anyone, including pets, in a closed, parked vehicle.
B If you feel dizzy, weak or have intense thirst and a headache, move to a cool place and drink some water. Call NHS 111 if symptoms do not improve within 30 minutes, or 999 in an emergency.
C Was this page helpful? Yes / No
C Sign up for email updates from Northfield Borough Council
C Follow us on Facebook, X and Instagram
C Accessibility | Cookies | Privacy notice | Contact us
C © Northfield Borough Council
C --- end of page ---
""", kind="wellness", regions=["GB"])

# ---- en-12: Taizhou (JIANGSU) hospital talent recruitment, MT English, old table HTML
page("en-12-taizhou-js-hospital-recruitment", "en", "UTF-8", "html", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Taizhou People's Hospital</title>
<meta name="keywords" content="Taizhou People's Hospital,recruitment,talent">
<script type="text/javascript" src="/js/swfobject.js"></script>
</head>
<body bgcolor="#ffffff">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><img src="/en/images/head.jpg" width="980" height="120" alt="Taizhou People's Hospital"></td></tr>
<tr><td colspan="2" class="nav" bgcolor="#0b5aa2">
  <a href="/en/">⟦C|HOME⟧</a>&nbsp;&nbsp;<a href="/en/about/">⟦C|ABOUT US⟧</a>&nbsp;&nbsp;<a href="/en/dept/">⟦C|DEPARTMENTS⟧</a>&nbsp;&nbsp;<a href="/en/news/">⟦C|NEWS⟧</a>&nbsp;&nbsp;<a href="/en/jobs/">⟦C|RECRUITMENT⟧</a>&nbsp;&nbsp;<a href="/">⟦C|中文版⟧</a>
</td></tr>
<tr>
<td width="200" valign="top" bgcolor="#eef4fa">
  <table width="100%" cellpadding="6">
  <tr><td><b>⟦C|Join Us⟧</b></td></tr>
  <tr><td><a href="/en/jobs/talent/">⟦C|Talent introduction⟧</a></td></tr>
  <tr><td><a href="/en/jobs/nurse/">⟦C|Nurse recruitment⟧</a></td></tr>
  <tr><td><a href="/en/jobs/train/">⟦C|Standardized training⟧</a></td></tr>
  <tr><td>⟦C|Hospital hotline: 0523-86361234⟧</td></tr>
  </table>
</td>
<td width="780" valign="top" style="padding:10px">
  <div class="path">⟦C|Your position: Home - Recruitment - Talent introduction⟧</div>
  <table width="100%"><tr><td align="center"><font size="4" color="#0b5aa2"><b>⟦T|Taizhou People's Hospital 2024 High-level Talent Recruitment Announcement⟧</b></font></td></tr>
  <tr><td align="center"><font color="#999999">⟦C|Date: 2024.01.08  Hits: 1530⟧</font></td></tr></table>
  <div class="content">
  <p>⟦B|Taizhou People's Hospital (Taizhou, Jiangsu Province) is a Grade III Class A comprehensive hospital with 2,600 beds, and is a teaching hospital of Nanjing Medical University. In order to meet the needs of the hospital's high-quality development, we now sincerely invite high-level talents at home and abroad to join us.⟧</p>
  <p>⟦B|I. Recruitment positions: cardiology, oncology, neurosurgery, reproductive medicine, critical care medicine, pathology, each 1-3 persons.⟧</p>
  <p>⟦B|II. Conditions: doctoral degree, age under 40 years old; or senior professional title, age under 50 years old. Candidates with overseas study experience are preferred.⟧</p>
  <p>⟦B|III. Treatment: settling-in allowance of 300,000 to 1 million yuan, research start-up funds, and help to solve spouse employment and children's schooling.⟧</p>
  <p>⟦B|IV. Application: please send the resume to the e-mail rsk@tzph.example.cn before March 31, 2024, and indicate "name + position" in the subject. Only candidates who meet the conditions will be contacted.⟧</p>
  <p>⟦B|Contact person: Teacher Zhou, Human Resources Department, Tel: 0523-86361888⟧</p>
  </div>
  <div align="right"><a href="javascript:window.print()">⟦C|[Print]⟧</a> <a href="javascript:window.close()">⟦C|[Close]⟧</a></div>
</td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#0b5aa2"><font color="#ffffff">⟦C|Copyright © Taizhou People's Hospital All rights reserved⟧<br>⟦C|Address: No. 366 Taihu Road, Taizhou City, Jiangsu Province Su ICP No. 05012399⟧</font></td></tr>
</table>
</body>
</html>
""", kind="job-ad", published="2024-01-08", regions=["321200"])

# ---- en-13: Hangzhou marathon traffic control (not health), plain text
page("en-13-hangzhou-marathon-traffic", "en", "UTF-8", "txt", """
C Hangzhou, China | Official English portal
C Home > News > City Services
T Traffic controls announced for Hangzhou Marathon on Sunday
C Published: 1 November 2023    Editor: Lin Xue
B Several roads around West Lake and along the Qiantang River will be closed from 6am to 1pm on Sunday, November 5, for the Hangzhou Marathon, the city's traffic police said.
B About 36,000 runners are expected to take part in the full marathon, half marathon and mini-marathon, which start at Huanglong Sports Center.
B Metro Lines 1, 2 and 19 will begin service at 5am on race day. Drivers are advised to use the Shangtang Elevated Road and the Zhijiang Road tunnels.
B First-aid stations staffed by local hospitals will be set up every 2.5 kilometers along the course, and spectators are asked to keep the medical lanes clear.
C Related: Hangzhou Marathon 2023 route map
C Download the "Hangzhou Pass" app for real-time traffic information
C Copyright © Hangzhou Municipal People's Government. All Rights Reserved.
""", kind="other", published="2023-11-01", regions=["330100"])


if __name__ == "__main__":
    main()
