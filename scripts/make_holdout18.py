#!/usr/bin/env python3
"""Generate and check tests/holdout18: a blind held-out set of 24 scraped pages.

Written without looking at src/, config/, scripts/ (other than this file) or any other
corpus. Every page is invented. Text pages are written one labelled line at a time
(`T|` title, `B|` body, `C|` chrome, empty line = blank); HTML pages carry inline
markers (⟦t|…⟧, ⟦b|…⟧, ⟦c|…⟧) that are stripped before the page is written and turned
into the gold lists. The checks below then work only from the written bytes and the
gold files, so a marker mistake cannot hide a bad page.

Usage: python3 scripts/make_holdout18.py   (stdlib only, Python 3.11+)
"""

from __future__ import annotations

import datetime
import html
import json
import re
import shutil
import sys
import tomllib
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout18"

CODECS = {
    "UTF-8": "utf-8",
    "UTF-8-BOM": "utf-8-sig",
    "GBK": "gbk",
    "GB18030": "gb18030",
    "Big5": "big5",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"}
NEGATIVE_KINDS = KINDS - {"policy", "other"}
TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease",
}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
REQUIRED_TOP = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}
REQUIRED_LABELS = {"health_policy", "kind", "tags", "regions"}

PAGES: list[dict] = []


def collapse(s: str) -> str:
    return " ".join(s.split())


def nonws_len(s: str) -> int:
    return sum(1 for c in s if not c.isspace())


def page(name, fmt, encoding, labels, src, crlf=False):
    lang = name.split("-")[1]
    PAGES.append(dict(name=name, lang=lang, fmt=fmt, encoding=encoding, labels=labels, src=src, crlf=crlf))


def L(policy, kind, tags, regions, published=None, source=None):
    return dict(health_policy=policy, kind=kind, tags=tags, regions=regions, published=published, source=source)


# ---------------------------------------------------------------- rendering

def render_text(src: str):
    lines = src.strip("\n").split("\n")
    out, title, body, chrome = [], [], [], []
    for raw in lines:
        if raw == "":
            out.append("")
            continue
        code, sep, content = raw.partition("|")
        if not sep or code not in ("T", "B", "C"):
            raise SystemExit(f"bad source line: {raw!r}")
        out.append(content)
        {"T": title, "B": body, "C": chrome}[code].append(collapse(content))
    titles = set(title)
    if len(titles) != 1:
        raise SystemExit(f"text page needs exactly one distinct title, got {titles}")
    return "\n".join(out) + "\n", title[0], body, dedupe(chrome)


MARK = re.compile(r"⟦([tbc])\|(.*?)⟧", re.S)
TAG = re.compile(r"<[^>]*>", re.S)


def render_html(src: str):
    title, body, chrome = [], [], []
    for code, inner in MARK.findall(src):
        text = collapse(html.unescape(TAG.sub("", inner)))
        {"t": title, "b": body, "c": chrome}[code].append(text)
    rest = MARK.sub(lambda m: m.group(2), src)
    if "⟦" in rest or "⟧" in rest:
        raise SystemExit("unbalanced marker")
    if len(set(title)) != 1:
        raise SystemExit(f"html page needs exactly one distinct title, got {title}")
    return src_strip(rest), title[0], body, dedupe(chrome)


def src_strip(s: str) -> str:
    return s.strip("\n") + "\n"


def dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def toml_list(xs) -> str:
    if not xs:
        return "[]"
    return "[\n" + "".join(f"  {toml_str(x)},\n" for x in xs) + "]"


def gold_toml(p, title, body, chrome) -> str:
    lab = p["labels"]
    out = [
        f"lang = {toml_str(p['lang'])}",
        f"encoding = {toml_str(p['encoding'])}",
        f"title = {toml_str(title)}",
        f"body = {toml_list(body)}",
        f"chrome = {toml_list(chrome)}",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['health_policy'] else 'false'}",
        f"kind = {toml_str(lab['kind'])}",
        "tags = [" + ", ".join(toml_str(t) for t in lab["tags"]) + "]",
    ]
    if lab["published"]:
        out.append(f"published = {toml_str(lab['published'])}")
    out.append("regions = [" + ", ".join(toml_str(r) for r in lab["regions"]) + "]")
    if lab["source"]:
        out.append(f"source = {toml_str(lab['source'])}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- checking

class Fail(Exception):
    pass


BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "option", "p", "pre",
    "section", "select", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
INVISIBLE = {"script", "style", "title", "template", "noscript"}


class Blocks(HTMLParser):
    """Visible text of an HTML page, one entry per block-level box."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.buf: list[str] = []
        self.hidden = 0
        self.charsets: list[str] = []

    def flush(self):
        t = collapse("".join(self.buf))
        if t:
            self.blocks.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            if a.get("charset"):
                self.charsets.append(a["charset"].lower())
            m = re.search(r"charset=([\w-]+)", a.get("content") or "", re.I)
            if m and (a.get("http-equiv") or "").lower() == "content-type":
                self.charsets.append(m.group(1).lower())
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in INVISIBLE:
            self.hidden -= 1

    def handle_endtag(self, tag):
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def has_word_char(s: str) -> bool:
    return any(unicodedata.category(c)[0] in "LN" for c in s)


def check_gold(path: Path) -> dict:
    try:
        g = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise Fail(f"{path.name}: does not parse: {e}")
    unknown = set(g) - TOP_KEYS
    if unknown:
        raise Fail(f"{path.name}: unknown keys {unknown}")
    if REQUIRED_TOP - set(g):
        raise Fail(f"{path.name}: missing keys {REQUIRED_TOP - set(g)}")
    lab = g["labels"]
    if set(lab) - LABEL_KEYS:
        raise Fail(f"{path.name}: unknown label keys {set(lab) - LABEL_KEYS}")
    if REQUIRED_LABELS - set(lab):
        raise Fail(f"{path.name}: missing label keys {REQUIRED_LABELS - set(lab)}")
    if g["lang"] not in ("zh", "en"):
        raise Fail(f"{path.name}: bad lang")
    if g["encoding"] not in CODECS:
        raise Fail(f"{path.name}: bad encoding {g['encoding']}")
    if not isinstance(g["title"], str) or not all(isinstance(x, str) for x in g["body"] + g["chrome"]):
        raise Fail(f"{path.name}: title/body/chrome must be strings")
    if lab["kind"] not in KINDS:
        raise Fail(f"{path.name}: bad kind")
    if lab["health_policy"] != (lab["kind"] == "policy"):
        raise Fail(f"{path.name}: health_policy and kind disagree")
    if set(lab["tags"]) - TAGS:
        raise Fail(f"{path.name}: unknown tags {set(lab['tags']) - TAGS}")
    if lab["kind"] != "policy" and lab["tags"]:
        raise Fail(f"{path.name}: tags on a non-policy page")
    if lab["kind"] == "policy" and not 1 <= len(lab["tags"]) <= 4:
        raise Fail(f"{path.name}: policy page needs 1-4 tags")
    if "published" in lab:
        if not isinstance(lab["published"], str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", lab["published"]):
            raise Fail(f"{path.name}: published must be a YYYY-MM-DD string")
        datetime.date.fromisoformat(lab["published"])
    for r in lab["regions"]:
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)) or r == "CN":
            raise Fail(f"{path.name}: bad region {r}")
    # the eval tool's own consistency rule: a chrome line may not be (or, if 10+ chars,
    # sit inside) a body paragraph, and the title is neither body nor chrome
    body = [collapse(b) for b in g["body"]]
    for c in g["chrome"]:
        c = collapse(c)
        for b in body:
            if c == b or (nonws_len(c) >= 10 and c in b):
                raise Fail(f"{path.name}: chrome {c!r} is inside body {b[:40]!r}")
        if c == collapse(g["title"]):
            raise Fail(f"{path.name}: chrome equals title")
    if collapse(g["title"]) in body:
        raise Fail(f"{path.name}: title repeated in body")
    if not g["body"]:
        raise Fail(f"{path.name}: empty body")
    return g


def check_page(p: dict, intended: str) -> None:
    name = p["name"]
    ext = "html" if p["fmt"] == "html" else "txt"
    data = (OUT / f"{name}.{ext}").read_bytes()
    g = check_gold(OUT / f"{name}.gold.toml")
    enc = g["encoding"]
    if enc != p["encoding"]:
        raise Fail(f"{name}: gold encoding differs from page spec")
    try:
        text = data.decode(CODECS[enc])
    except UnicodeDecodeError as e:
        raise Fail(f"{name}: does not decode as {enc}: {e}")
    if text != intended:
        raise Fail(f"{name}: decoded text differs from the intended text")
    if enc == "UTF-8-BOM" and not data.startswith(b"\xef\xbb\xbf"):
        raise Fail(f"{name}: no BOM")
    if enc == "UTF-8" and data.startswith(b"\xef\xbb\xbf"):
        raise Fail(f"{name}: unexpected BOM")
    if enc in ("GBK", "GB18030", "Big5"):
        try:
            data.decode("utf-8")
            raise Fail(f"{name}: a legacy-encoded page that is also valid UTF-8 tests nothing")
        except UnicodeDecodeError:
            pass
    if enc == "GB18030":
        try:
            text.encode("gbk")
            raise Fail(f"{name}: GB18030 page is plain GBK")
        except UnicodeEncodeError:
            pass
    if p["crlf"]:
        if text.count("\n") != text.count("\r\n"):
            raise Fail(f"{name}: CRLF page has bare LF")
    elif "\r" in text:
        raise Fail(f"{name}: stray CR")
    text = text.replace("\r\n", "\n")

    title, body, chrome = collapse(g["title"]), [collapse(b) for b in g["body"]], [collapse(c) for c in g["chrome"]]
    if not title:
        raise Fail(f"{name}: every page in this set has a title")
    if p["fmt"] == "text":
        lines = [collapse(x) for x in text.split("\n")]
        allowed = {title, *body, *chrome}
        for i, ln in enumerate(lines, 1):
            if ln and ln not in allowed:
                raise Fail(f"{name}: line {i} is unlabelled: {ln[:60]!r}")
        for s in [title, *body, *chrome]:
            if s not in lines:
                raise Fail(f"{name}: gold string is not a line of the page: {s[:60]!r}")
        pos = -1
        for b in body:
            nxt = lines.index(b, pos + 1) if b in lines[pos + 1:] else -1
            if nxt < 0:
                raise Fail(f"{name}: body out of order at {b[:40]!r}")
            pos = nxt
    else:
        parser = Blocks()
        parser.feed(text)
        parser.close()
        blocks = parser.blocks
        want = {"UTF-8": "utf-8", "GBK": "gbk", "GB18030": "gb18030", "Big5": "big5"}[enc]
        if parser.charsets != [want]:
            raise Fail(f"{name}: declared charset {parser.charsets} is not {want}")
        for s in [title, *body, *chrome]:
            if not any(s in b for b in blocks):
                raise Fail(f"{name}: gold string not in any visible block: {s[:60]!r}")
        golds = sorted({title, *body, *chrome}, key=len, reverse=True)
        for b in blocks:
            rest = b
            for s in golds:
                rest = rest.replace(s, "\x00")
            if has_word_char(rest):
                raise Fail(f"{name}: visible text not covered by gold: {rest.replace(chr(0), '¦')[:80]!r}")
        stream, pos = "\n".join(blocks), -1
        for b in body:
            nxt = stream.find(b, pos + 1)
            if nxt < 0:
                raise Fail(f"{name}: body out of order at {b[:40]!r}")
            pos = nxt
        if "<title>" not in text.lower() and "<title " not in text.lower():
            raise Fail(f"{name}: html page without <title>")


def check_set(golds: dict) -> None:
    n = len(golds)
    langs = [g["lang"] for g in golds.values()]
    kinds = [g["labels"]["kind"] for g in golds.values()]
    encs = {g["encoding"] for g in golds.values()}
    html_n = sum(1 for p in PAGES if p["fmt"] == "html")
    tags = {t for g in golds.values() for t in g["labels"]["tags"]}
    undated = sum(1 for g in golds.values() if "published" not in g["labels"])
    problems = []
    if n != 24:
        problems.append(f"{n} pages, want 24")
    if langs.count("zh") != 12:
        problems.append("want 12 zh pages")
    if html_n < 8 or n - html_n < 16:
        problems.append("want at least 8 HTML and 16 text pages")
    if not {"GBK", "Big5", "UTF-8-BOM", "GB18030"} <= encs:
        problems.append(f"encodings missing: {encs}")
    if not any(p["crlf"] for p in PAGES):
        problems.append("no CRLF page")
    if tags != TAGS:
        problems.append(f"tags not covered: {TAGS - tags}")
    if undated < 3:
        problems.append("want 3+ pages without a full date")
    if not 1 <= kinds.count("other") <= 2:
        problems.append("want 1-2 other pages")
    if set(kinds) & NEGATIVE_KINDS != NEGATIVE_KINDS:
        problems.append(f"negative kinds missing: {NEGATIVE_KINDS - set(kinds)}")
    pol = kinds.count("policy")
    if not 12 <= pol <= 14:
        problems.append(f"{pol} policy pages, want about 55%")
    if problems:
        raise Fail("set: " + "; ".join(problems))


# ---------------------------------------------------------------- README

def readme(golds: dict) -> str:
    rows = []
    for p in sorted(PAGES, key=lambda p: p["name"]):
        g = golds[p["name"]]
        lab = g["labels"]
        enc = g["encoding"] + (" CRLF" if p["crlf"] else "")
        rows.append(
            f"| {p['name']} | {p['fmt']} | {enc} | {lab['kind']} | {', '.join(lab['tags']) or '-'} "
            f"| {lab.get('published', '(none)')} | {', '.join(lab['regions']) or '-'} |"
        )
    kinds: dict[str, int] = {}
    for g in golds.values():
        kinds[g["labels"]["kind"]] = kinds.get(g["labels"]["kind"], 0) + 1
    encs: dict[str, int] = {}
    for g in golds.values():
        encs[g["encoding"]] = encs.get(g["encoding"], 0) + 1
    html_n = sum(1 for p in PAGES if p["fmt"] == "html")
    undated = [p["name"] for p in PAGES if "published" not in golds[p["name"]]["labels"]]
    crlf = [p["name"] for p in PAGES if p["crlf"]]
    neg = sum(v for k, v in kinds.items() if k in NEGATIVE_KINDS)
    kind_s = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    enc_s = ", ".join(f"{k} {v}" for k, v in sorted(encs.items()))
    return f"""# holdout18: a blind held-out set (24 pages)

Invented pages (nothing copied from the web) that imitate what the users' scrapers save
from sites and regions the five real seeds do not cover: Tibet, Xinjiang, Ningxia,
Qinghai, Gansu, Inner Mongolia, Guangxi, Yunnan, Shaanxi, Chongqing, Heilongjiang,
Hong Kong, Macao and Taiwan government, hospital, CDC, medical-insurance-bureau and
county-media-centre pages, their English machine-translated editions, and a few
international pages. Gold format: tests/corpus/README.md.

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora, and without running healthfeed on the pages.
Regenerate (and re-run the checks) with `python3 scripts/make_holdout18.py`.

## Counts

- {len(PAGES)} pages: zh {sum(1 for g in golds.values() if g['lang'] == 'zh')} (2 in traditional script: Hong Kong in Big5, Taiwan in UTF-8),
  en {sum(1 for g in golds.values() if g['lang'] == 'en')} (6 of them machine-translated editions of Chinese government, CDC,
  hospital and news pages).
- HTML {html_n}, scraper plain text {len(PAGES) - html_n}.
- Encodings: {enc_s}; CRLF line ends: {', '.join(crlf)}.
- Kinds: {kind_s} (health policy {kinds.get('policy', 0)}, hard negatives {neg}).
- Pages without a full date (gold omits `published`): {', '.join(undated)}.

| page | format | encoding | kind | tags | published | regions |
|---|---|---|---|---|---|---|
{chr(10).join(rows)}

## Labelling decisions (kept consistent across the set)

- A kicker, deck, standfirst or subtitle line next to the headline is **body** (the
  article's own words); the title is the main headline only, without site suffix.
- Bylines, source/date/hits lines, editor credits, photo credits, "完"/"- END -"
  end marks, attachment download links, teaser summaries of other articles and every
  related/popular item are **chrome**, even when they read like full sentences.
- The issuing body and date under a notice (signature block) are **body**; so are
  section headings inside the article, Q&A questions, numbered measures, table rows written as text, pull-quote attributions, and
  sentences that tell readers to call a hotline, follow an account or use an app.
- In a promotional article the offer, hotline and address lines belong to the article
  (body); the portal's own disclaimer about promoted content is chrome.
- `published` is the page's own date (byline, meta tag or a dated signature), never a
  scraper timestamp, a related item's date, a deadline or an effective date. A Taiwan
  page dated in the ROC calendar (113-05-06) also shows 2024/05/06.
- `source` is set only when a byline names a news outlet (newspaper, news site);
  agency source lines ("信息来源：某某局") are not outlets.
- `regions`: the most specific division the whole page is about (a county media
  centre's "我县" page gets the county; a prefecture hospital gets the prefecture);
  places named in passing (援疆 partner cities, a supplier's address, a new plant
  elsewhere, footer addresses) are not labelled.
"""


# ---------------------------------------------------------------- pages

def main() -> int:
    define_pages()
    names = [p["name"] for p in PAGES]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate page names")
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    intended = {}
    for p in PAGES:
        if p["fmt"] == "text":
            text, title, body, chrome = render_text(p["src"])
            ext = "txt"
        else:
            text, title, body, chrome = render_html(p["src"])
            ext = "html"
        if p["crlf"]:
            text = text.replace("\n", "\r\n")
        intended[p["name"]] = text
        data = text.encode(CODECS[p["encoding"]])  # strict: unencodable text fails here
        (OUT / f"{p['name']}.{ext}").write_bytes(data)
        (OUT / f"{p['name']}.gold.toml").write_text(gold_toml(p, title, body, chrome), encoding="utf-8")
    golds = {}
    try:
        for p in PAGES:
            check_page(p, intended[p["name"]])
            golds[p["name"]] = check_gold(OUT / f"{p['name']}.gold.toml")
        check_set(golds)
    except Fail as e:
        print(f"CHECK FAILED: {e}", file=sys.stderr)
        return 1
    (OUT / "README.md").write_text(readme(golds), encoding="utf-8")
    print(f"wrote {len(PAGES)} pages to {OUT.relative_to(ROOT)}; all checks passed")
    return 0


def define_pages():
    # ------------------------------------------------------------ zh-01 Lhasa
    # Text scrape of a city health-commission site; the footer landed between body
    # paragraphs (the scraper walked a floated footer before the rest of the column).
    page("h18-zh-01-lhasa-family-doctors", "text", "UTF-8",
         L(True, "policy", ["primary-care", "chronic-disease"], ["540100"], "2024-06-12"), """
C|无障碍阅读 | 关怀版 | 繁體
C|拉萨市卫生健康委员会门户网站　欢迎您！
C|首页　机构设置　信息公开　卫健动态　健康科普　办事指南　公众参与
C|当前栏目：卫健动态 >> 基层卫生

T|拉萨市推进家庭医生签约服务提质扩面
C|稿源：市卫生健康委基层卫生科　　日期：2024年06月12日　　点击数：1386
C|【字号 大 中 小】【打印本页】【关闭窗口】

B|　　为进一步做实做细家庭医生签约服务，近日，拉萨市卫生健康委员会印发《拉萨市2024年家庭医生签约服务提质扩面工作方案》（以下简称《方案》），明确今年全市重点人群签约覆盖率稳定在75%以上，高血压、2型糖尿病患者基层规范管理率分别达到65%、63%以上。

B|　　《方案》提出，以城关区、堆龙德庆区、达孜区为重点，组建由乡镇卫生院（社区卫生服务中心）全科医生、护士、公共卫生人员和村医组成的“1+1+1+N”家庭医生团队，每个团队至少配备一名能够使用藏汉双语交流的成员，入户随访时同步开展健康宣教。

C|主办：拉萨市卫生健康委员会　承办：拉萨市卫生健康信息中心　地址：拉萨市城关区江苏路
C|藏ICP备13000871号-1　　藏公网安备54010202000147号　　网站标识码：5401000017
C|建议使用1280×800以上分辨率、Chrome或Edge浏览器访问本站

B|　　针对高原地区高血压、慢性阻塞性肺疾病、包虫病等多发情况，《方案》要求各县（区）在6月底前完成签约居民电子健康档案的动态更新，对血压控制不达标的患者实行“红黄绿”三色标识管理，红色标识患者每月至少随访一次，黄色标识患者每季度至少随访一次。
B|　　《方案》同时明确了四项便民举措：
B|　　1.慢病签约患者在签约机构可一次开具最长12周用量的常用药；
B|　　2.行动不便的签约老年人可通过电话预约上门服务；
B|　　3.市属二级以上医院预留不少于20%的专家号源，优先向家庭医生团队开放；
B|　　4.在当雄县等纯牧业乡镇实行“流动医疗车+固定巡诊日”服务。
B|　　市卫生健康委基层卫生科负责人表示，居民如需签约或了解服务内容，可拨打12320卫生健康热线，或就近前往社区卫生服务中心、乡镇卫生院办理。

C|分享：微信　微博　QQ空间
C|上一篇：拉萨市开展“世界无烟日”主题宣传活动
C|下一篇：市人民医院顺利通过二级甲等医院复审评价
C|友情链接：西藏自治区卫生健康委员会 | 国家卫生健康委员会 | 拉萨市人民政府
""")

    # ------------------------------------------------------------ zh-02 Kashgar (GBK)
    page("h18-zh-02-kashgar-maternal-hospital", "text", "GBK",
         L(True, "policy", ["hospital-development", "maternal-child"], ["653100"], "2023-10-18", "喀什日报"), """
C|喀什在线 | 新闻 | 政务 | 民生 | 文旅 | 视频 | 专题
C|今天是 星期三　喀什 晴 9℃～22℃
C|首页 - 本地新闻 - 正文

T|喀什地区妇幼保健院新院区投入使用
B|南疆孕产妇和儿童可就近享受三级妇幼专科服务
C|2023/10/18 09:41　来源：喀什日报　记者 古丽巴哈尔·吐尔逊 刘振国
C|字体：A+ A-　　收藏　　打印

B|　　10月17日，由上海援疆资金支持建设的喀什地区妇幼保健院新院区正式投入使用。新院区位于喀什市东城片区，总建筑面积6.8万平方米，开放床位400张，设有产科、儿科、新生儿重症监护室（NICU）、妇女保健、儿童保健等28个临床和保健科室。
B|　　据介绍，新院区建成了南疆首个地区级危重孕产妇救治中心和危重新生儿救治中心，配备转运救护车和新生儿转运暖箱，与莎车县、叶城县、巴楚县等县级妇幼保健机构建立“一对一”转诊绿色通道，县里接诊的危重孕产妇最快2小时内可转入新院区救治。
C|（图片来源：喀什地区卫生健康委员会）
B|　　地区卫生健康委相关负责人介绍，新院区同步启用出生缺陷综合防治中心，为全地区孕妇免费提供产前筛查，为新生儿免费开展遗传代谢性疾病和听力筛查，预计每年可服务孕产妇5万人次以上。依托“组团式”援疆机制，上海多家三级医院将派出妇产科、儿科专家常驻，开展远程会诊和带教。
B|　　“过去遇到疑难病例，只能往乌鲁木齐送，路上要坐一千多公里的车。”地区妇幼保健院院长阿布都热依木·买买提说，新院区运行后，全地区孕产妇死亡率和婴儿死亡率有望进一步下降。

C|责任编辑：马丽
C|【热点推荐】
C|喀什古城景区国庆假期接待游客创新高
C|地区召开秋冬季农业生产工作推进会
C|疏附县：小小无花果“串”起增收致富链
C|新ICP备15001839号-1　新公网安备65310102000207号
C|喀什在线版权所有，未经书面授权禁止转载、摘编或以其他方式使用本网站内容
""")

    # ------------------------------------------------------------ zh-03 Longde county media centre
    # Three short paragraphs buried in a county media centre's furniture; the only date is
    # "3月19日" without a year, and the county is named only by the site ("我县").
    page("h18-zh-03-longde-elderly-meals", "text", "UTF-8",
         L(True, "policy", ["elderly-care"], ["640423"], None, "隆德融媒"), """
C|隆德融媒
C|下载APP　登录　注册
C|首页 | 本地 | 时政 | 乡村振兴 | 六盘山下 | 视听 | 直播 | 问政
C|我县首批村级老年饭桌试运营_隆德县融媒体中心
C|隆德　多云　-2℃/11℃　空气质量：良
C|本地 > 民生
T|我县首批村级老年饭桌试运营
C|3月19日 10:20　隆德融媒记者 马晓燕　　阅读 3826
B|　　3月19日，记者从县民政局获悉，我县首批8个村级老年饭桌已在沙塘镇、联财镇、观庄乡等地开始试运营，为70周岁以上独居、空巢及失能老人提供午餐。
B|　　老年饭桌实行“政府补一点、村集体出一点、个人缴一点”的运营模式，每餐标准10元，其中县财政补贴5元、村集体承担2元，老人自付3元；80周岁以上的低保、特困老人免费就餐。行动不便的老人，由村级互助志愿服务队送餐上门。
B|　　下一步，县民政局将结合农村幸福院改造提升，力争年内实现老年饭桌13个乡镇全覆盖。
C|编辑：王瑞　　审核：李建国
C|点赞 128　　分享
C|评论（0）
C|写下你的评论...
C|暂无评论，快来抢沙发吧~
C|热门推荐
C|隆德县春季植树造林工作全面启动
C|“六盘山花儿”唱响乡村大舞台
C|县人民医院开展“三八”妇女节义诊活动
C|奠安乡：冷凉蔬菜育苗正当时
C|视频 | 航拍隆德：春回六盘 山河如画
C|扫码关注“隆德融媒”微信公众号、抖音号　获取更多本地资讯
C|扫码下载“六盘隆德”客户端
C|宁ICP备19000325号　宁公网安备64042302000012号
C|隆德县融媒体中心主办　新闻热线：0954-6012345　违法和不良信息举报电话：0954-6018866
C|Copyright © 2019-2024 隆德县融媒体中心 All Rights Reserved
""")

    # ------------------------------------------------------------ zh-06 Ordos (teasers around)
    page("h18-zh-06-ordos-investment-fair", "text", "UTF-8",
         L(False, "economy", [], ["150600"], "2024-05-24", "鄂尔多斯日报"), """
C|鄂尔多斯新闻网
C|首页 | 要闻 | 旗区 | 经济 | 民生 | 文化 | 图片 | 视频 | 专题 | 数字报
C|【要闻速览】
C|全市安全生产工作会议召开
C|　　5月23日，全市安全生产工作会议召开，会议传达学习了自治区安全生产电视电话会议精神，分析研判当前全市安全生产形势……[详细]
C|伊金霍洛旗启动2024年适龄妇女“两癌”免费筛查
C|　　近日，伊金霍洛旗妇幼保健计划生育服务中心启动2024年适龄妇女宫颈癌、乳腺癌免费筛查工作，计划为全旗35至64周岁妇女提供筛查服务1.2万人次……[详细]
C|您所在的位置：鄂尔多斯新闻网 > 经济 > 招商引资
T|鄂尔多斯市在京举办招商引资推介会 现场签约项目36个 总投资486亿元
C|2024-05-24 08:30:12　来源：鄂尔多斯日报　作者：记者 高娃 孙志强
B|　　5月23日，2024鄂尔多斯市（北京）招商引资推介会在北京举行。市委、市政府主要领导出席并致辞，来自央企、民营企业、行业协会和金融机构的300余名嘉宾参加推介会。
B|　　推介会上，市投资促进局负责人围绕新能源、现代煤化工、新材料、装备制造、文化旅游等重点产业，推介了鄂尔多斯的资源禀赋、产业基础和营商环境。市委主要领导在致辞中表示，鄂尔多斯将持续打造“蒙”字标营商环境品牌，为企业投资兴业提供全周期、全要素服务保障。
B|　　现场集中签约项目36个，总投资486亿元，涵盖风光制氢、煤基新材料、储能装备、现代物流、数据中心等领域，其中包括一个总投资12亿元的蒙医药大健康产业园项目。
B|　　据了解，今年以来，全市已累计签约落地亿元以上项目217个，到位资金同比增长18.6%。
C|【纠错】　【责任编辑：其其格】
C|相关新闻
C|鄂尔多斯市与宁波市签署新一轮产业合作框架协议
C|　　5月21日，鄂尔多斯市与宁波市在宁波签署新一轮产业合作框架协议，双方将在新能源装备、新材料等领域深化协作……[详细]
C|康巴什区举办“政企面对面”营商环境座谈会
C|本网声明：凡本网注明“来源：鄂尔多斯新闻网”的所有作品，版权均属于鄂尔多斯新闻网，未经本网授权不得转载、摘编或利用其他方式使用上述作品。已经本网授权使用作品的，应在授权范围内使用，并注明“来源：鄂尔多斯新闻网”。
C|蒙ICP备08001256号　蒙公网安备15060202000122号　互联网新闻信息服务许可证：15120190003
""")

    # ------------------------------------------------------------ zh-08 Hualien (traditional, ROC date)
    page("h18-zh-08-hualien-nurse-recruitment", "text", "UTF-8",
         L(False, "job-ad", [], ["710000"], "2024-05-06"), """
C|跳到主要內容區塊
C|衛生福利部花蓮醫院 Hualien Hospital, Ministry of Health and Welfare
C|:::
C|網站導覽 | 常見問答 | English | 兒童版
C|關於本院 醫療團隊 門診資訊 住院服務 最新消息 人才招募 衛教園地 政府資訊公開
C|首頁 > 最新消息 > 人才招募
T|衛生福利部花蓮醫院113年度約用護理師甄選公告
C|發布單位：人事室　公告日期：113-05-06　更新時間：2024/05/06 14:20　點閱次數：1024
B|一、甄選職稱及名額：約用護理師8名（急診室3名、加護病房3名、內科病房2名），另錄取備取若干名，備取期限3個月。
B|二、資格條件：
B|（一）具中華民國國籍，領有護理師證書者。
B|（二）具急重症單位工作經驗一年以上者優先錄用。
B|三、待遇：依本院約用人員薪資標準核支，大學畢業者月支新臺幣4萬6,135元起，另依規定支給夜班費、急重症加給及年終工作獎金。
B|四、報名期間及方式：即日起至113年5月20日（星期一）止，請將報名表、學經歷證件影本及護理師證書影本以掛號郵寄至「970花蓮縣花蓮市民權路236號 人事室收」，信封註明「應徵約用護理師」，逾期不予受理。
B|五、甄選方式：書面審查（30%）、筆試（30%）、口試（40%），筆試及口試日期另行通知。
B|六、聯絡人：人事室 林小姐，電話：(03)822-7630 轉 2156。
C|附件下載：113年度約用護理師報名表.docx（32KB）
C|分享：Facebook LINE X 列印
C|回上一頁　回頁首
C|970花蓮縣花蓮市民權路236號　總機：(03)822-7630
C|Copyright © 衛生福利部花蓮醫院 All rights reserved.
C|本網站最佳瀏覽解析度為1280x1024　隱私權宣告 | 資訊安全政策 | 政府網站資料開放宣告
""")

    # ------------------------------------------------------------ zh-09 Lanzhou TCM hospital (CRLF)
    page("h18-zh-09-lanzhou-winter-tcm-tips", "text", "UTF-8",
         L(False, "wellness", [], ["620100"], "2023-11-08"), """
C|兰州市中医医院　LANZHOU HOSPITAL OF TRADITIONAL CHINESE MEDICINE
C|医院首页 医院概况 新闻动态 科室导航 专家团队 就医指南 健康宣教 党建园地
C|当前位置：首页 > 健康宣教 > 中医养生
T|立冬已至，中医专家提醒：冬季养生重在“藏”
C|时间：2023.11.08　作者：治未病科　浏览：562次
B|　　11月8日是二十四节气中的立冬。中医认为，冬季是万物闭藏的季节，人体阳气内敛，养生应顺应自然，以“藏”为要。兰州地处西北，冬季气候寒冷干燥，昼夜温差大，更要注意防寒保暖、润燥养阴。
B|　　起居宜早睡晚起。《黄帝内经》讲“早卧晚起，必待日光”，建议晚上10点半前入睡，早晨待太阳升起后再外出活动，老年人晨练不宜过早，避开清晨低温时段。
B|　　饮食宜温补而不燥。可适当食用羊肉、牛肉、山药、栗子、核桃等，推荐当归生姜羊肉汤、萝卜炖牛腩；室内供暖后较为干燥，可搭配百合、银耳、梨等润燥食物，少吃辛辣烧烤。
B|　　高血压、冠心病患者要注意头颈保暖，外出戴好帽子和围巾，血压波动明显时应及时就医，不可自行停药、换药。
B|　　此外，每晚用40℃左右的温水泡脚15至20分钟，泡后按揉足底涌泉穴和小腿足三里穴各3至5分钟，有助于温通经络、改善睡眠。
C|（供稿：治未病科 杜文静　审核：医务部）
C|上一篇：我院开展“全民健康生活方式日”义诊活动
C|下一篇：我院召开2023年第三季度医疗质量安全分析会
C|预约挂号 | 检查报告查询 | 住院费用查询 | 满意度评价
C|地址：兰州市城关区庆阳路418号　急诊电话：0931-8461120
C|陇ICP备09000356号-1　甘公网安备62010202001157号
C|关注医院官方微信，在线预约挂号、查询报告
""", crlf=True)

    # ------------------------------------------------------------ zh-10 Nanning DIP (GB18030)
    # The follow prompt carries an emoji, so the page only round-trips as GB18030.
    page("h18-zh-10-nanning-dip-payment", "text", "GB18030",
         L(True, "policy", ["medical-insurance", "medical-reform"], ["450100"], "2024-01-16"), """
C|南宁市医疗保障局
C|English　|　无障碍　|　长者模式
C|首页 机构概况 政务公开 医保动态 政策法规 办事服务 互动交流 专题专栏
C|所在位置：首页 / 医保动态 / 工作动态
T|南宁市DIP支付方式改革实现统筹区定点医疗机构全覆盖
C|信息来源：南宁市医疗保障局　发布时间：2024年01月16日　【字体：大 中 小】 【打印】
B|　　记者从市医保局获悉，2023年，我市按病种分值付费（DIP）支付方式改革已覆盖统筹区内所有开展住院服务的定点医疗机构，DIP付费病种达到4680个，按DIP结算的住院费用占统筹区住院医保基金支出的82.3%，提前实现国家三年行动计划确定的目标。
B|　　按照“以收定支、收支平衡、略有结余”的原则，市医保局每年根据基金预算确定各病种分值和点值，对医疗机构实行年度总额预算下的按病种分值结算，并建立“特例单议”机制，对住院时间长、医疗费用高、新技术应用等特殊病例单独评议，避免医疗机构推诿重症患者。
C|【相关阅读】南宁市医疗保障局关于印发《南宁市按病种分值付费（DIP）特例单议经办规程》的通知
B|　　改革推行以来，医疗机构控费提质成效初步显现。2023年全市DIP付费医疗机构情况如下：
B|医疗机构级别　机构数　出院人次（万）　次均费用同比
B|三级　24　52.6　-4.3%
B|二级　61　38.1　-2.8%
B|一级及以下　139　6.7　-1.5%
B|　　市医保局相关负责人介绍，下一步将把中医优势病种、日间手术等纳入DIP付费范围，并将DIP结算清单数据质量、病案首页填报质量纳入定点医疗机构年度考核，推动医保、医疗、医药协同发展和治理。
B|　　“医保支付方式改革不是为了少花钱，而是把钱花在刀刃上。”市医保局医药服务管理科科长韦明华说。
C|📱 扫码关注“南宁医保”微信公众号
C|分享到：
C|主办：南宁市医疗保障局　地址：南宁市青秀区金湖路60号
C|桂ICP备17004216号-1　桂公网安备45010302000866号　网站标识码：4501000093
C|本站支持IPv6访问
""")

    # ------------------------------------------------------------ zh-12 Harbin private eye hospital
    page("h18-zh-12-harbin-eye-clinic-promo", "text", "UTF-8",
         L(False, "marketing", [], ["230100"]), """
C|冰城生活圈
C|首页　本地资讯　健康　教育　亲子　美食　楼市
C|健康 | 正文
T|响应儿童青少年近视防控行动 冰城明眸眼科医院暑期公益筛查开启
C|推广
C|冰城生活圈 健康频道　阅读 5.2万
B|　　为积极响应国家《综合防控儿童青少年近视实施方案》，助力“健康哈尔滨”建设，冰城明眸眼科医院上周五正式启动“光明护苗”暑期公益行动，面向全市3至18岁儿童青少年免费提供视力筛查、眼轴测量和屈光建档服务。
B|　　据介绍，活动期间，凭学生证到院检查的孩子可免挂号费；经检查需要验配的，角膜塑形镜（OK镜）、离焦镜等产品可享受8折优惠，散瞳验光费用全免。医院还将为每名参与筛查的孩子建立终身视力健康档案。
B|　　医院视光中心主任、副主任医师赵丽娜提醒，近视一旦发生便不可逆，家长应做到“早发现、早干预”，每半年带孩子做一次眼健康检查。
B|　　活动时间：即日起至8月31日
B|　　预约电话：0451-8267 8899（工作日8:00-17:00）
B|　　医院地址：哈尔滨市南岗区学府路357号
C|点击“阅读原文”立即预约
C|阅读原文
C|赞　在看　分享
C|声明：本文为商家推广信息，内容由商家提供，仅供参考，不构成医疗建议。如有健康问题，请咨询正规医疗机构。
C|猜你喜欢
C|哈尔滨这5家宝藏早餐店，本地人排队也要吃
C|今年哈尔滨中考录取分数线公布
C|冰城夏季音乐会本周末开唱，免费！
C|长按二维码 关注冰城生活圈
""")

    # ------------------------------------------------------------ zh-04 Xining medical insurance Q&A (HTML, table layout)
    page("h18-zh-04-xining-outpatient-pooling-qa", "html", "UTF-8",
         L(True, "policy", ["medical-insurance"], ["630100"], "2024-03-05"), """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>《西宁市职工基本医疗保险门诊共济保障实施细则》政策解读-西宁市医疗保障局</title>
<meta name="keywords" content="门诊共济,个人账户,政策解读,西宁医保" />
<meta name="description" content="西宁市医疗保障局就职工医保门诊共济保障机制有关问题进行解读。" />
<meta name="ArticleTitle" content="《西宁市职工基本医疗保险门诊共济保障实施细则》政策解读" />
<meta name="ContentSource" content="西宁市医疗保障局" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<style type="text/css">
.bt{font-size:22px;color:#b40000;font-weight:bold;line-height:40px}
.zw p{text-indent:2em;line-height:30px;font-size:16px}
</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td class="rq">⟦c|今天是：⟧<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></td>
    <td align="right"><a href="#" onclick="SetHome(this,window.location)">⟦c|设为首页⟧</a> | <a href="#" onclick="AddFavorite(window.location,document.title)">⟦c|加入收藏⟧</a> | <a href="/wza/">⟦c|无障碍浏览⟧</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="banner">
  <tr><td><img src="/images/banner.jpg" width="1000" height="150" alt="西宁市医疗保障局" /></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td><a href="/">⟦c|网站首页⟧</a></td>
    <td><a href="/jgzn/">⟦c|机构职能⟧</a></td>
    <td><a href="/zwgk/">⟦c|政务公开⟧</a></td>
    <td><a href="/ybdt/">⟦c|医保动态⟧</a></td>
    <td><a href="/bsfw/">⟦c|办事服务⟧</a></td>
    <td><a href="/hdjl/">⟦c|互动交流⟧</a></td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="230" valign="top" class="left">
      <div class="lmmc">⟦c|政务公开⟧</div>
      <ul class="zlm">
        <li><a href="/zwgk/zcwj/">⟦c|政策文件⟧</a></li>
        <li class="on"><a href="/zwgk/zcjd/">⟦c|政策解读⟧</a></li>
        <li><a href="/zwgk/tzgg/">⟦c|通知公告⟧</a></li>
        <li><a href="/zwgk/ddjg/">⟦c|定点机构名单⟧</a></li>
        <li><a href="/zwgk/jjjd/">⟦c|基金监管⟧</a></li>
      </ul>
      <div class="rx"><img src="/images/rx.jpg" alt="" /><p>⟦c|医保服务热线：0971-12393⟧</p></div>
    </td>
    <td width="20"></td>
    <td valign="top" class="right">
      <div class="dqwz">⟦c|您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a>⟧</div>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="content">
        <tr><td class="bt" align="center">⟦t|《西宁市职工基本医疗保险门诊共济保障实施细则》政策解读⟧</td></tr>
        <tr><td class="fbxx" align="center">⟦c|发布日期：2024-03-05&nbsp;&nbsp;&nbsp;信息来源：西宁市医疗保障局&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">2317</span>⟧</td></tr>
        <tr><td class="zt" align="right">⟦c|【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】⟧</td></tr>
        <tr><td class="zw" id="zoom">
<p>⟦b|近日，西宁市医疗保障局、西宁市财政局联合印发《西宁市职工基本医疗保险门诊共济保障实施细则》（以下简称《细则》），自2024年4月1日起施行。为便于参保单位和参保职工准确理解政策，现就有关问题解读如下。⟧</p>
<p><strong>⟦b|一、为什么要建立门诊共济保障机制？⟧</strong></p>
<p>⟦b|答：过去，职工医保个人账户主要用于本人门诊就医和药店购药，统筹基金对普通门诊费用保障不足，部分慢性病患者和老年人门诊负担较重。建立门诊共济保障机制，就是把普通门诊费用纳入统筹基金支付范围，同时改革个人账户计入办法，实现“一人患病、大家共济”，提高基金使用效率。⟧</p>
<p><strong>⟦b|二、个人账户计入办法有哪些变化？⟧</strong></p>
<p>⟦b|答：在职职工个人账户由本人缴纳的基本医疗保险费计入，计入标准为本人参保缴费基数的2%，单位缴纳部分全部计入统筹基金；退休人员个人账户由统筹基金按定额划入，每人每月划入95元。⟧</p>
<p><strong>⟦b|三、普通门诊费用如何报销？⟧</strong></p>
<p>⟦b|答：参保职工在定点医疗机构发生的政策范围内普通门诊费用，年度起付标准为600元，一级及以下定点医疗机构报销比例为60%、二级为55%、三级为50%，退休人员各提高10个百分点；年度最高支付限额在职职工为3000元、退休人员为3600元。⟧</p>
<p><strong>⟦b|四、个人账户可以给家人用吗？⟧</strong></p>
<p>⟦b|答：可以。个人账户可用于支付参保人本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用，以及在定点零售药店购买药品、医疗器械和医用耗材发生的由个人负担的费用，还可用于配偶、父母、子女参加城乡居民基本医疗保险的个人缴费。⟧</p>
<p><strong>⟦b|五、异地就医能否享受门诊统筹待遇？⟧</strong></p>
<p>⟦b|答：已办理异地就医备案的参保职工，在备案地开通普通门诊费用跨省直接结算的定点医疗机构就医，可直接结算，执行参保地的起付标准、支付比例和最高支付限额。⟧</p>
<p>⟦b|参保职工可通过“国家医保服务平台”APP或“青海医保”微信公众号查询个人账户余额和门诊统筹使用情况，如有疑问，可拨打西宁市医保服务热线0971-12393咨询。⟧</p>
        </td></tr>
      </table>
      <div class="dy"><a href="javascript:window.print()">⟦c|【打印本页】⟧</a>&nbsp;&nbsp;<a href="javascript:window.close()">⟦c|【关闭窗口】⟧</a></div>
      <div class="xgwz">
        <div class="xgbt">⟦c|相关文章⟧</div>
        <ul>
          <li><a href="/zwgk/zcwj/202403/t1029.html">⟦c|西宁市医疗保障局 西宁市财政局关于印发《西宁市职工基本医疗保险门诊共济保障实施细则》的通知⟧</a><span>⟦c|2024-03-01⟧</span></li>
          <li><a href="/zwgk/zcjd/202401/t0988.html">⟦c|图解：2024年度城乡居民医保待遇有哪些新变化⟧</a><span>⟦c|2024-01-10⟧</span></li>
        </ul>
      </div>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">
    <p>⟦c|版权所有：西宁市医疗保障局　　地址：西宁市城中区长江路88号　　邮编：810000⟧</p>
    <p>⟦c|青ICP备18000726号-1⟧&nbsp;&nbsp;<img src="/images/ga.png" alt="" />⟦c|青公网安备 63010302000281号⟧&nbsp;&nbsp;⟦c|网站标识码：6301000035⟧</p>
    <p>⟦c|技术支持：青海云岭数字科技有限公司⟧</p>
  </td></tr>
</table>
<script type="text/javascript">var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="/js/tj.js";document.body.appendChild(hm);})();</script>
</body>
</html>
""")

    # ------------------------------------------------------------ zh-05 Dali hospital bid result (HTML, GBK, CRLF)
    page("h18-zh-05-dali-ultrasound-bid-result", "html", "GBK",
         L(False, "tender", [], ["532900"], "2023-11-21"), """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>大理州人民医院彩色多普勒超声诊断系统采购项目中标（成交）结果公告-大理州人民医院</title>
<meta name="keywords" content="大理州人民医院,招标采购,结果公告" />
<meta name="description" content="大理州人民医院彩色多普勒超声诊断系统采购项目中标（成交）结果公告" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<!--[if lt IE 9]><script src="/templets/default/js/html5.js"></script><![endif]-->
</head>
<body>
<div class="top">
  <div class="top_l">⟦c|您好，欢迎访问大理州人民医院官方网站！⟧</div>
  <div class="top_r"><a href="/yygh/">⟦c|预约挂号⟧</a> | <a href="/yzxx/">⟦c|院长信箱⟧</a> | <a href="/en/">⟦c|English⟧</a></div>
</div>
<div class="logo"><img src="/templets/default/images/logo.jpg" alt="大理州人民医院" /><span class="logo_txt">⟦c|三级甲等综合医院　滇西区域医疗中心⟧</span></div>
<div class="dh">
  <ul>
    <li><a href="/">⟦c|网站首页⟧</a></li>
    <li><a href="/yygk/">⟦c|医院概况⟧</a></li>
    <li><a href="/xwzx/">⟦c|新闻中心⟧</a></li>
    <li><a href="/ksdh/">⟦c|科室导航⟧</a></li>
    <li><a href="/zjjs/">⟦c|专家介绍⟧</a></li>
    <li><a href="/jyzn/">⟦c|就医指南⟧</a></li>
    <li><a href="/zbcg/">⟦c|招标采购⟧</a></li>
    <li><a href="/rczp/">⟦c|人才招聘⟧</a></li>
    <li><a href="/djgz/">⟦c|党建工作⟧</a></li>
  </ul>
</div>
<div class="main">
  <div class="left">
    <div class="lm_bt">⟦c|招标采购⟧</div>
    <ul class="lm_list">
      <li><a href="/zbcg/cgyx/">⟦c|采购意向⟧</a></li>
      <li><a href="/zbcg/cggg/">⟦c|采购公告⟧</a></li>
      <li class="on"><a href="/zbcg/jggg/">⟦c|结果公告⟧</a></li>
      <li><a href="/zbcg/fbgg/">⟦c|废标公告⟧</a></li>
    </ul>
    <div class="lxwm">
      <div class="lxwm_bt">⟦c|联系我们⟧</div>
      <p>⟦c|急诊电话：0872-2120120⟧</p>
      <p>⟦c|预约电话：0872-2125000⟧</p>
    </div>
  </div>
  <div class="right">
    <div class="wzlm">⟦c|当前位置：<a href="/">首页</a>&gt;&gt;<a href="/zbcg/">招标采购</a>&gt;&gt;<a href="/zbcg/jggg/">结果公告</a>⟧</div>
    <div class="nr">
      <div class="nr_bt">⟦t|大理州人民医院彩色多普勒超声诊断系统采购项目中标（成交）结果公告⟧</div>
      <div class="fbsj">⟦c|发布时间：2023-11-21 10:32　发布人：设备科　点击：<script src="/plus/count.php?view=yes&amp;aid=3312&amp;mid=1" type="text/javascript" language="javascript"></script>⟧</div>
      <div class="nr_nr">
<p>⟦b|一、项目编号：DLZRMYY-2023-ZB-046⟧</p>
<p>⟦b|二、项目名称：大理州人民医院彩色多普勒超声诊断系统采购项目⟧</p>
<p>⟦b|三、中标（成交）信息⟧</p>
<p>⟦b|供应商名称：云南滇康医疗器械有限公司⟧</p>
<p>⟦b|供应商地址：昆明市官渡区春城路218号⟧</p>
<p>⟦b|中标（成交）金额：人民币壹佰捌拾陆万元整（￥1,860,000.00）⟧</p>
<p>⟦b|四、主要标的信息⟧</p>
<p>⟦b|货物名称：彩色多普勒超声诊断系统　品牌：迈康　规格型号：MK-Vision 80　数量：2台　单价：￥930,000.00⟧</p>
<p>⟦b|五、评审专家名单：张卫东、杨丽华、段志明、李春燕、赵文（采购人代表）⟧</p>
<p>⟦b|六、公告期限：自本公告发布之日起1个工作日。⟧</p>
<p>⟦b|七、其他补充事宜：本项目于2023年11月17日在大理州公共资源交易中心开标、评标，评标方法为综合评分法。各有关当事人对中标（成交）结果有异议的，可以在公告期限届满之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑。⟧</p>
<p>⟦b|八、凡对本次公告内容提出询问，请按以下方式联系：⟧</p>
<p>⟦b|1.采购人信息　名称：大理白族自治州人民医院　地址：大理市下关镇嘉和路118号　联系方式：杨老师 0872-2125301⟧</p>
<p>⟦b|2.采购代理机构信息　名称：云南苍洱招标代理有限公司　地址：大理市下关镇苍山路56号　联系方式：0872-2318866⟧</p>
<p style="text-align:right">⟦b|大理白族自治州人民医院⟧</p>
<p style="text-align:right">⟦b|2023年11月21日⟧</p>
      </div>
      <div class="sxp">
        <p>⟦c|上一条：<a href="/zbcg/cgyx/3309.html">大理州人民医院医用耗材SPD院内物流服务项目采购意向公开</a>⟧</p>
        <p>⟦c|下一条：<a href="/zbcg/cggg/3315.html">大理州人民医院2023年第四季度办公用品询价采购公告</a>⟧</p>
      </div>
      <div class="dy"><a href="javascript:window.print();">⟦c|【打印此页】⟧</a>　<a href="javascript:window.close();">⟦c|【关闭窗口】⟧</a></div>
    </div>
  </div>
</div>
<div class="foot">
  <p>⟦c|版权所有 &copy; 大理州人民医院　地址：大理市下关镇嘉和路118号　邮编：671000⟧</p>
  <p>⟦c|滇ICP备10203456号-1⟧　⟦c|滇公网安备 53290102000318号⟧</p>
</div>
</body>
</html>
""", crlf=True)

    # ------------------------------------------------------------ zh-07 Hong Kong press release (HTML, Big5)
    page("h18-zh-07-hk-elderly-voucher", "html", "Big5",
         L(True, "policy", ["elderly-care", "primary-care"], ["810000"], "2024-04-12"), """
<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>新聞公報：政府優化長者醫療券計劃</title>
<meta name="description" content="醫務衛生局今日公布優化長者醫療券計劃。">
<meta property="og:title" content="政府優化長者醫療券計劃 推動長者善用基層醫療服務">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/css/pr_main.css">
<script src="/js/jquery.min.js"></script>
<script>
var gPRid = "P2024041200456";
function fontSize(n){ document.getElementById('pr').style.fontSize = n + 'px'; }
</script>
</head>
<body>
<a href="#content" class="skip">⟦c|跳至主要內容⟧</a>
<div id="topbar">
  <div class="lang"><a href="/tc/">⟦c|繁體版⟧</a> | <a href="/sc/">⟦c|簡體版⟧</a> | <a href="/en/">⟦c|English⟧</a></div>
  <div class="fontctrl">⟦c|文字大小⟧ <a href="javascript:fontSize(14)">⟦c|小⟧</a> <a href="javascript:fontSize(16)">⟦c|中⟧</a> <a href="javascript:fontSize(19)">⟦c|大⟧</a></div>
  <form class="search" action="/search"><input type="text" name="q" title="搜尋"><button type="submit">⟦c|搜尋⟧</button></form>
</div>
<div id="masthead"><img src="/images/hb_logo.gif" alt="醫務衛生局"><span class="sitename">⟦c|醫務衛生局 新聞公報⟧</span></div>
<ul id="mainnav">
  <li><a href="/tc/index.html">⟦c|首頁⟧</a></li>
  <li><a href="/tc/press/">⟦c|新聞公報⟧</a></li>
  <li><a href="/tc/policy/">⟦c|政策及計劃⟧</a></li>
  <li><a href="/tc/consult/">⟦c|公眾諮詢⟧</a></li>
  <li><a href="/tc/pub/">⟦c|刊物及報告⟧</a></li>
  <li><a href="/tc/contact/">⟦c|聯絡我們⟧</a></li>
</ul>
<div class="crumb">⟦c|<a href="/tc/index.html">首頁</a> &gt; <a href="/tc/press/">新聞公報</a> &gt; 二○二四年四月⟧</div>
<div id="content">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td valign="top" class="prcol">
<h1 id="prTitle">⟦t|政府優化長者醫療券計劃 推動長者善用基層醫療服務⟧</h1>
<div id="pr">
<p>⟦b|醫務衛生局今日（四月十二日）公布，為配合《基層醫療健康藍圖》的推行，政府將由二○二四年六月一日起優化長者醫療券計劃，鼓勵長者多使用預防性及持續性的基層醫療服務。⟧</p>
<p>⟦b|根據優化安排，六十五歲或以上的合資格長者在地區康健中心或地區康健站完成健康風險評估，並參與慢性疾病篩查或護理計劃後，可獲額外五百元醫療券獎勵金額，用於指定的基層醫療服務。每名長者每年獲發的醫療券金額維持二千元，累積上限維持八千元。⟧</p>
<p>⟦b|政府同時會擴大醫療券的使用範圍，涵蓋以下三類服務：⟧</p>
<p>⟦b|（一）由註冊藥劑師提供的藥物覆核及用藥諮詢；⟧</p>
<p>⟦b|（二）地區康健中心網絡內的物理治療及職業治療服務；⟧</p>
<p>⟦b|（三）經認可機構提供的長者視力及聽力檢查服務。⟧</p>
<p>⟦b|醫務衛生局局長表示：「醫療券的原意是讓長者按需要選擇社區內的私營基層醫療服務。今次優化可引導長者及早預防疾病、妥善管理慢性病，亦有助紓緩公立醫院的壓力。」⟧</p>
<p>⟦b|衛生署會於五月起透過長者中心、地區康健中心及醫療券網站公布詳情。長者或其家人如有查詢，可致電醫療券計劃熱線3582 4102。⟧</p>
<p class="end">⟦c|完⟧</p>
<p class="prdate">⟦c|2024年4月12日（星期五）⟧<br>⟦c|香港時間17時45分⟧</p>
</div>
<div class="tools"><a href="javascript:window.print()">⟦c|列印本頁⟧</a> <a href="/tc/mail.html">⟦c|電郵給朋友⟧</a> <a href="javascript:history.back()">⟦c|返回⟧</a></div>
</td>
<td valign="top" class="sidecol" width="220">
<div class="sidebox">
<h3>⟦c|同日新聞公報⟧</h3>
<ul>
<li><a href="/tc/press/P2024041200312.htm">⟦c|衛生防護中心公布最新登革熱個案⟧</a></li>
<li><a href="/tc/press/P2024041200388.htm">⟦c|衛生署提醒市民注意食物安全⟧</a></li>
<li><a href="/tc/press/P2024041200401.htm">⟦c|立法會十題：公營醫院專科門診輪候時間⟧</a></li>
</ul>
</div>
<div class="sidebox">
<h3>⟦c|相關連結⟧</h3>
<ul>
<li><a href="https://www.hcv.gov.hk/">⟦c|長者醫療券計劃⟧</a></li>
<li><a href="https://www.dhc.gov.hk/">⟦c|地區康健中心⟧</a></li>
<li><a href="/tc/blueprint/">⟦c|基層醫療健康藍圖⟧</a></li>
</ul>
</div>
</td>
</tr>
</table>
</div>
<div id="footer">
<ul>
<li><a href="/tc/notice.html">⟦c|版權告示⟧</a></li>
<li><a href="/tc/privacy.html">⟦c|私隱政策聲明⟧</a></li>
<li><a href="/tc/accessibility.html">⟦c|無障礙瀏覽⟧</a></li>
<li><a href="/tc/sitemap.html">⟦c|網頁指南⟧</a></li>
</ul>
<p>⟦c|2024 &copy; 醫務衛生局⟧</p>
<p>⟦c|修訂日期：2024年4月12日⟧</p>
<a href="#top" class="totop">⟦c|返回頁首⟧</a>
</div>
</body>
</html>
""")

    # ------------------------------------------------------------ zh-11 Shaanxi procurement (modern HTML, date only in meta)
    page("h18-zh-11-shaanxi-drug-procurement", "html", "UTF-8",
         L(True, "policy", ["drug-policy"], ["610000"], "2023-03-03"), """
<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>我省执行新一批药品集采中选结果_陕西省医疗保障局</title>
<meta name="SiteName" content="陕西省医疗保障局">
<meta name="ColumnName" content="医保要闻">
<meta name="ArticleTitle" content="我省执行新一批药品集中带量采购中选结果">
<meta name="PubDate" content="2023-03-03 08:00">
<meta property="og:type" content="article">
<meta property="og:title" content="我省执行新一批药品集中带量采购中选结果 平均降价56%">
<meta property="og:description" content="42个品种中选，4月1日起在全省公立医疗机构执行。">
<meta property="article:published_time" content="2023-03-03T08:00:00+08:00">
<link rel="stylesheet" href="/static/css/main.css">
<script>window.__SITE__={id:"sxyb",col:"ybyw",art:"20230303-1187"};</script>
</head>
<body class="page-article">
<div class="top-bar">
  <div class="wrap">
    <span class="welcome">⟦c|欢迎访问陕西省医疗保障局网站⟧</span>
    <ul class="tool-links">
      <li><a href="#">⟦c|简体⟧</a></li>
      <li><a href="#">⟦c|繁體⟧</a></li>
      <li><a href="/en/">⟦c|English⟧</a></li>
      <li><a href="#">⟦c|无障碍⟧</a></li>
      <li><a href="#">⟦c|长者模式⟧</a></li>
    </ul>
  </div>
</div>
<header class="site-header">
  <div class="wrap">
    <a class="logo" href="/"><img src="/static/img/logo.png" alt="陕西省医疗保障局"></a>
    <form class="search-box" action="/search"><input type="search" name="q" placeholder="请输入关键词"><button type="submit">⟦c|搜索⟧</button></form>
  </div>
</header>
<nav class="main-nav">
  <ul>
    <li><a href="/">⟦c|首页⟧</a></li>
    <li><a href="/jggk/">⟦c|机构概况⟧</a></li>
    <li class="active"><a href="/xwdt/">⟦c|新闻动态⟧</a></li>
    <li><a href="/zwgk/">⟦c|政务公开⟧</a></li>
    <li><a href="/zcjd/">⟦c|政策解读⟧</a></li>
    <li><a href="/bsfw/">⟦c|办事服务⟧</a></li>
    <li><a href="/hdjl/">⟦c|互动交流⟧</a></li>
  </ul>
</nav>
<main class="wrap">
  <div class="crumbs">⟦c|<a href="/">首页</a><span class="sep">&gt;</span><a href="/xwdt/">新闻动态</a><span class="sep">&gt;</span><a href="/xwdt/ybyw/">医保要闻</a>⟧</div>
  <article class="article">
    <h1 class="article-title">⟦t|我省执行新一批药品集中带量采购中选结果 平均降价56%⟧</h1>
    <p class="subtitle">⟦b|——42个品种中选，4月1日起在全省公立医疗机构执行⟧</p>
    <div class="article-meta">⟦c|来源：陕西省医疗保障局⟧ <span class="sep">|</span> ⟦c|阅读：<em id="readNum">--</em>⟧ <span class="fontsize">⟦c|字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>⟧</span></div>
    <div class="article-content">
      <p>⟦b|近日，陕西省医疗保障局印发通知，明确自2023年4月1日起，全省各级公立医疗机构和自愿参加的医保定点社会办医疗机构执行新一批药品集中带量采购中选结果。本批集采共有42个品种中选，涉及降血压、降血糖、抗感染、抗肿瘤等常用药，中选药品平均降价56%，最高降幅达91%。⟧</p>
      <p>⟦b|通知要求，各医疗机构要按照约定采购量优先配备使用中选药品，不得以费用控制、药占比、医疗机构用药目录数量等为由影响中选药品的供应与合理使用。医疗机构应在2023年3月20日前完成中选药品院内采购目录调整。⟧</p>
      <p>⟦b|在医保支付方面，对中选药品和同通用名未中选药品实行同一医保支付标准；集采药品医保资金结余部分，按规定比例留用给医疗机构，用于人员薪酬分配等。⟧</p>
      <p>⟦b|通知明确了四项保障措施：⟧</p>
      <p>⟦b|（一）省医保局每月监测中选药品采购进度，对进度滞后的医疗机构进行约谈；⟧</p>
      <p>⟦b|（二）配送企业须在接到订单后24小时内完成配送，偏远地区不超过48小时；⟧</p>
      <p>⟦b|（三）中选药品货款由医保基金与医药企业直接结算，结算周期不超过30天；⟧</p>
      <p>⟦b|（四）将中选药品使用情况纳入公立医院绩效考核。⟧</p>
      <p>⟦b|省医疗保障局医药价格和招标采购处负责人表示，群众在定点零售药店购买中选药品的，可在“陕西医保”微信小程序查询就近的供药药店。⟧</p>
    </div>
    <div class="article-share">⟦c|分享到：⟧<a class="wx" href="#">⟦c|微信⟧</a><a class="wb" href="#">⟦c|微博⟧</a><a class="qq" href="#">⟦c|QQ⟧</a></div>
    <div class="qr"><img src="/qrcode?u=20230303-1187" alt=""><p>⟦c|扫一扫在手机打开当前页⟧</p></div>
    <div class="article-nav">
      <p>⟦c|上一篇：<a href="#">省医保局召开2023年全省医疗保障工作会议</a>⟧</p>
      <p>⟦c|下一篇：<a href="#">关于开展2023年度医保基金飞行检查的通知</a>⟧</p>
    </div>
  </article>
  <aside class="side">
    <section>
      <h3>⟦c|热点推荐⟧</h3>
      <ul>
        <li><a href="#">⟦c|2023年城乡居民医保集中缴费期延长至3月底⟧</a></li>
        <li><a href="#">⟦c|职工医保个人账户家庭共济政策问答⟧</a></li>
        <li><a href="#">⟦c|全省医保经办服务“一张网”建设全面完成⟧</a></li>
      </ul>
    </section>
    <section>
      <h3>⟦c|相关文章⟧</h3>
      <ul>
        <li><a href="#">⟦c|国家组织药品集采中选药品在我省平稳落地，患者用药负担明显减轻⟧</a></li>
        <li><a href="#">⟦c|陕西省医疗保障局等五部门关于做好集中带量采购中选药品医保支付标准衔接工作的通知⟧</a></li>
      </ul>
    </section>
  </aside>
</main>
<footer class="site-footer">
  <div class="wrap">
    <div class="links"><a href="/wzdt/">⟦c|网站地图⟧</a> <a href="/lxwm/">⟦c|联系我们⟧</a> <a href="/yssm/">⟦c|隐私声明⟧</a></div>
    <p>⟦c|主办单位：陕西省医疗保障局　承办单位：陕西省医疗保障信息中心⟧</p>
    <p>⟦c|陕ICP备19003275号-1⟧ ⟦c|陕公网安备 61010402001093号⟧ ⟦c|网站标识码：6100000062⟧</p>
    <p>⟦c|地址：西安市雁塔区科技路48号　邮编：710065⟧</p>
  </div>
</footer>
<script src="/static/js/stat.js"></script>
</body>
</html>
""")

    # ------------------------------------------------------------ en-01 Urumqi (CRLF; sidebar mid-article)
    page("h18-en-01-urumqi-health-city-review", "text", "UTF-8",
         L(True, "policy", ["healthy-city", "public-health"], ["650100"], "2023-07-14", "Urumqi Evening News"), """
C|Urumqi Municipal People's Government English Website
C|Home | About Urumqi | News | Government | Investment | Tourism | 中文
C|Location: Home > News > Government Affairs
T|Our city deploys the work of national health city re-examination and patriotic health campaign
C|Release time: 2023-07-14 11:02   Source: Urumqi Evening News   Views: 318
C|[Font size: large medium small]
B|On July 13, the city held a mobilization meeting for the national health city re-examination and the patriotic health campaign, to thoroughly implement the spirit of the national and autonomous region patriotic health work conference, grasp the implementation of the re-examination work, and consolidate and improve the achievements of creating a national health city.
B|The meeting pointed out that the national health city re-examination is a "big exam" to test the urban governance ability and the health level of the masses. All districts (counties) and departments should take the re-examination as an opportunity, adhere to the problem orientation, focus on the weak links such as back streets and alleys, urban-rural junctions, farmers' markets, small catering shops and construction sites, and carry out rectification item by item.
C|Hot Topics
C|Urumqi International Land Port Area opens new freight train route to Central Asia
C|Xinjiang Silk Road Culture and Tourism Festival to be held in August
C|The 2023 China-Eurasia Commodity and Trade Expo will be held in Urumqi
B|The meeting requested to carry out the "four pests" prevention and control in depth, and strictly control the density of rats, flies, mosquitoes and cockroaches within the national standard; strengthen the supervision of drinking water hygiene and food safety, and do a good job in the prevention and control of infectious diseases in summer and autumn such as dengue fever and brucellosis.
B|It is necessary to promote the construction of Health Urumqi, carry out the health literacy promotion action, build 50 health communities, health schools and health enterprises this year, and guide the masses to develop a civilized and healthy lifestyle.
B|The responsible person of the municipal health and health committee said that the re-examination work will be fully completed before the end of September, and the masses are welcome to report environmental hygiene problems through the 12345 government service hotline.
C|Print | Close | Share to: WeChat Weibo
C|Sponsored by: Urumqi Municipal People's Government Information Office
C|Copyright © Urumqi Municipal People's Government. All Rights Reserved.
C|新ICP备05000312号
""", crlf=True)

    # ------------------------------------------------------------ en-03 Xishuangbanna (teasers around the article)
    page("h18-en-03-xishuangbanna-dai-medicine", "text", "UTF-8",
         L(True, "policy", ["tcm", "health-industry"], ["532800"], "2023-09-07"), """
C|Xishuangbanna Dai Autonomous Prefecture People's Government
C|中文版 | English | ภาษาไทย | ພາສາລາວ
C|Home  Overview  News  Investment  Tourism  Services
C|Focus News
C|Jinghong Gaozhuang Xishuangjing selected as a national night cultural and tourism consumption cluster
C|The reporter learned from the prefecture culture and tourism bureau that Gaozhuang Xishuangjing in Jinghong City has been successfully selected into the third batch of national night cultural and tourism consumption agglomeration areas... [More]
C|Menghai County: tea garden "carbon sink" trading opens a new road for tea farmers to increase income
C|In the first half of the year, Menghai County completed the first tea garden carbon sink transaction in the prefecture, with a transaction volume of... [More]
C|Current position: Home >> News >> Prefecture News
T|Our prefecture accelerates the inheritance and innovative development of Dai medicine
C|Addtime:2023-09-07   Source: Prefecture Health and Health Commission   Hits: 207
B|Recently, the prefecture people's government issued the "Implementation Plan for Accelerating the Inheritance and Innovative Development of Dai Medicine in Xishuangbanna Prefecture (2023-2027)", proposing that by 2027 the prefecture will build 1 national-level Dai medicine clinical research base, all township health centers will be able to provide Dai medicine and traditional Chinese medicine services, and 80% of village clinics will be able to provide Dai medicine appropriate technology.
B|The plan puts forward to strengthen the construction of the prefecture Dai Medicine Hospital, support Jinghong City, Menghai County and Mengla County to set up Dai medicine departments in county-level hospitals, and include qualified Dai medicine hospital preparations in the scope of medical insurance payment.
B|In terms of industry, the plan proposes to build standardized planting bases of 100,000 mu of southern medicine such as Amomum villosum and dragon's blood, build a Dai medicine health industrial park in Jinghong Industrial Park, cultivate 3 to 5 leading enterprises with an annual output value of more than 100 million yuan, and promote the integrated development of Dai medicine and health tourism.
B|In terms of inheritance, the prefecture will carry out the rescue collation of ancient Dai medicine books written on palm leaves, set up studios for famous old Dai medicine experts, and implement the "master-apprentice" training of Dai medicine talents, so as to grasp the implementation of the inheritance work.
C|[Print this page] [Close]
C|Related reading
C|Yunnan issued measures to support the development of ethnic medicine industry
C|The provincial health and health commission and other 8 departments jointly issued measures, proposing to support the development of Dai, Tibetan, Yi and other ethnic medicine... [More]
C|[Scraped at 2023-10-02 14:33:08 +0800]
C|Host: Xishuangbanna Dai Autonomous Prefecture People's Government Office   滇ICP备05002179号
""")

    # ------------------------------------------------------------ en-04 Yulin, Guangxi CDC (no full date)
    page("h18-en-04-yulin-hpv-vaccination", "text", "UTF-8",
         L(True, "policy", ["public-health", "maternal-child"], ["450900"]), """
C|Yulin Center for Disease Control and Prevention
C|Home | About Us | Disease Control | Immunization | Health Education | Notices | Download Zone
C|Vaccination clinic inquiry   Vaccine knowledge   Complaint and suggestion
C|You are here: Home > Immunization > Work Trends
T|Yulin launches free HPV vaccination for girls in the first year of junior high school
C|Source: Immunization Planning Section | Hits: 96
B|Yesterday (April 8), the free HPV vaccination work for girls of appropriate age in our city was officially launched. 15 vaccination clinics in Yuzhou District, Beiliu City, Bobai County and other counties (cities, districts) of Yulin, Guangxi simultaneously carried out vaccination.
B|This year, the city will provide two doses of domestic bivalent HPV vaccine free of charge to girls who are enrolled in the first year of junior high school and have not been vaccinated, and it is expected to benefit about 31,000 people. The vaccination adopts the principle of "informed, voluntary and free", and parents need to sign the informed consent form in advance.
B|Parents can follow the WeChat public account "Healthy Yulin" to make an appointment for vaccination, or consult the vaccination clinic of the local township health center.
C|Previous: Notice on the adjustment of vaccination clinic opening hours during the Qingming Festival holiday
C|Next: Our center carries out the publicity of the "National Children's Vaccination Day"
C|Health Education
C|Spring is the high incidence season of infectious diseases, these protective knowledge please collect
C|Scientific understanding of rabies exposure post-exposure disposal
C|What should parents know before the child's first vaccination?
C|Notice Board
C|Recruitment announcement of the 2024 public institution staff of our center
C|Scan the code to follow "Yulin CDC" WeChat official account
C|Friendly links: Guangxi CDC | China CDC | Yulin Municipal Health Commission
C|Address: Yulin Center for Disease Control and Prevention, Guangxi   Tel: 0775-2682301   桂ICP备13002416号
C|URL: http://cdc.gxyulin-health.cn/mygh/gzdt/content_58213.html
C|--- end of page ---
""")

    # ------------------------------------------------------------ en-05 Hohhot (UTF-8 with BOM, title twice)
    page("h18-en-05-hohhot-grassroots-talent", "text", "UTF-8-BOM",
         L(True, "policy", ["health-workforce", "primary-care"], ["150100"], "2024-03-12", "Inner Mongolia Daily"), """
T|Hohhot issues ten measures to strengthen grassroots health talent team
C|Inner Mongolia News Network English Channel
C|中文 | ᠮᠣᠩᠭᠣᠯ | English
C|Home » Regional » Hohhot
T|Hohhot issues ten measures to strengthen grassroots health talent team
C|By Wang Lu, Inner Mongolia Daily | Published 12 March 2024
B|Recently, the Hohhot Municipal Health and Health Committee and six other departments jointly issued the "Several Measures to Strengthen the Construction of Grassroots Health Talent Team", which put forward ten measures in terms of recruitment, use, treatment and training, so as to solve the problem that the grassroots "cannot recruit, cannot retain and cannot use well".
B|According to the measures, from this year the city will implement the "county-managed and township-used" management of doctors in township health centers, and newly recruited medical staff will be uniformly recruited by the banner, county and district health and health bureaus and assigned to the township health centers.
B|In the next three years, the city will train 300 order-oriented medical students for rural areas together with Inner Mongolia Medical University. After graduation, they must serve in township health centers for 6 years, and their tuition and accommodation fees during the school period will be borne by the government.
B|For doctors working in remote townships of Wuchuan County, Qingshuihe County and other places, the monthly subsidy will be raised to 1,500 yuan, and they will be given priority in the evaluation of senior professional titles. Grassroots doctors who have worked for 10 years can apply for senior titles through "direct declaration and separate review".
B|"To grasp the implementation of these measures is to let the masses see a good doctor at their doorstep."
B|— Li Hongmei, deputy director of Hohhot Municipal Health and Health Committee
C|Editor: Zhao Min
C|Share to: WeChat | Weibo | Facebook | X
C|Most viewed
C|Inner Mongolia sets 2024 grain output target at over 80 billion jin
C|Baotou rare earth high-tech zone signs 15 projects at spring investment fair
C|Winter tourism boom: Hulunbuir welcomes 3.2 million visitors
C|Scan the QR code to follow Inner Mongolia News on WeChat
C|Copyright © Inner Mongolia News Network. Reproduction without permission is prohibited.
C|蒙ICP备05000221号
""")

    # ------------------------------------------------------------ en-09 Kunming pharma interim results
    page("h18-en-09-kunming-pharma-interim", "text", "UTF-8",
         L(False, "earnings", [], ["530100"], "2023-08-30"), """
C|YUNNAN BUSINESS DAILY · ENGLISH
C|Markets | Companies | Healthcare | Energy | Tourism | Opinion
C|SSE 3,137.14 ▲0.52%   SZSE 10,418.65 ▲0.31%   HSI 18,482.11 ▼0.27%
C|Companies > Healthcare
T|Dianchi Biopharma's H1 profit rises 9.8% as hospital sales shrug off volume-based procurement
C|2023/8/30 21:07  |  Reporter: Li Yunfei
B|Kunming-based Dianchi Biopharmaceutical Group posted a net profit attributable to shareholders of 612 million yuan for the first half of 2023, up 9.8 percent year on year, according to its interim report filed with the Shenzhen Stock Exchange on Tuesday evening.
B|Revenue rose 12.4 percent to 4.87 billion yuan. Sales of its notoginseng-based injections, which were included in the latest round of provincial alliance volume-based procurement, fell 18 percent, but the decline was offset by growth in over-the-counter products and its medical aesthetics business.
B|The company said three of its products were newly added to the National Reimbursement Drug List after price negotiations with the National Healthcare Security Administration, which would "expand patient access in grassroots medical institutions". Its new solid-dosage plant in Taizhou, Jiangsu, is expected to begin trial production in the fourth quarter.
B|Gross margin narrowed to 58.3 percent from 61.0 percent a year earlier. Research and development expenses rose 21 percent to 296 million yuan.
B|Shares of Dianchi Biopharma closed 1.2 percent higher at 38.46 yuan on Wednesday.
C|Disclaimer: The information in this article is for reference only and does not constitute investment advice. Investors who act on it do so at their own risk, and neither the website nor its authors accept liability for any loss arising from it.
C|Related: Yunnan issues plan to build a 100-billion-yuan biomedicine industry cluster by 2025
C|Read more
C|Copyright 2023 Yunnan Business Daily. All rights reserved.
""")

    # ------------------------------------------------------------ en-10 Xining cordyceps promotion
    page("h18-en-10-xining-cordyceps-promo", "text", "UTF-8",
         L(False, "marketing", [], ["630100"], "2024-02-20"), """
C|Plateau Business Guide
C|Home | Enterprises | Products | Investment | Tourism | Contact
C|Enterprise News
T|Sanjiangyuan Bio launches cordyceps capsules to support "Healthy China 2030"
C|Posted: 2024-02-20 | Author: Marketing Department | Views: 1,208
B|In response to the national "Healthy China 2030" plan and the provincial strategy of building an export base for green organic agricultural and livestock products, Xining-based Sanjiangyuan Bio-Tech Co., Ltd. has launched its new "Xueyu Chongcao" cordyceps mycelium capsules.
B|Made from cordyceps mycelium cultivated at 2,800 metres above sea level, each capsule contains 300 mg of extract. The product has passed provincial quality inspection and is suitable for people who tire easily, often stay up late or live at high altitude.
B|To celebrate the launch, the company is offering 20% off all orders placed before 31 March, plus a free gift box with every order of three bottles or more. The capsules are available at the company's flagship store in Chengxi District, Xining, and on major e-commerce platforms.
B|Order hotline: 400-618-2800 (8:30-18:00, Monday to Saturday)
C|Disclaimer: Product information on this page is provided by the enterprise. Plateau Business Guide does not guarantee its accuracy; please consult a doctor before use.
C|Hot products
C|Qinghai yak milk powder
C|Black goji berries from Qaidam
C|Highland barley tea gift set
C|Scan to follow our WeChat official account for more plateau specialties
C|Copyright © 2016-2024 Plateau Business Guide   青ICP备16000512号
""")

    # ------------------------------------------------------------ en-11 Tibet altitude tips (no full date)
    page("h18-en-11-tibet-altitude-tips", "text", "UTF-8",
         L(False, "wellness", [], ["540000"]), """
C|Tibet Window English
C|Home | News | Culture | Travel | Health | Photos
C|Health > Tips
T|Plateau travel in spring: the health and health committee reminds the masses to prevent altitude sickness
C|Source: Health Tibet | Published: 3 days ago
B|With the warming of the weather, more and more tourists come to Tibet. The regional health and health commission reminds that the oxygen content of the air on the plateau is only about 60% to 70% of that in plain areas, and tourists entering Tibet for the first time should pay attention to the prevention of altitude sickness.
B|Before entering Tibet, do a physical examination; people with serious heart and lung diseases, severe hypertension, or a cold with fever should not enter Tibet for the time being.
B|In the first two days after arrival, avoid strenuous exercise, do not bathe frequently, eat light food, drink more water and do not drink alcohol.
B|If you have a severe headache, chest tightness, shortness of breath or cough with pink foamy sputum, you should go to the hospital in time or call 120.
B|Tips: Portable oxygen bottles can be bought at pharmacies, but they are only for emergency relief and cannot replace medical treatment.
C|Like (36)   Comment   Share
C|Comments
C|Traveler_Chen: Very useful, I will go to Lhasa next month!
C|Login to comment
C|Editor's picks
C|Potala Palace reservation system upgraded for peak season
C|Nyingchi Peach Blossom Festival opens on March 22
C|App: Download the Tibet Window app for real-time news
C|Copyright © Tibet Window. All rights reserved. 藏ICP备10000203号
""")

    # ------------------------------------------------------------ en-12 Guilin hospital bid result
    # A content-selector scrape: almost no chrome survives, only the date line.
    page("h18-en-12-guilin-spd-bid-result", "text", "UTF-8",
         L(False, "tender", [], ["450300"], "2022-09-01"), """
T|Announcement of bid winning result of Guilin Municipal People's Hospital medical consumables SPD service project
C|Time: 2022.09.01   Publisher: Equipment Department   Views: 455
B|1. Project number: GLSRMYY-2022-CG-031
B|2. Project name: Guilin Municipal People's Hospital medical consumables SPD (supply, processing and distribution) refined management service project
B|3. Bid-winning supplier: Guangxi Lijiang Medical Supply Chain Management Co., Ltd.
B|Address: No. 88 Qixing Road, Qixing District, Guilin City
B|Bid-winning amount: service fee rate of 1.85% of the annual consumables settlement amount
B|4. Service period: 5 years from the date of signing the contract.
B|5. Bid evaluation date: August 26, 2022. Members of the bid evaluation committee: Huang Wei, Mo Lijun, Qin Hai, Liang Xiaoyan, Zhou Ping.
B|6. Announcement period: 1 working day from the date of publication of this announcement.
B|7. If the relevant suppliers have objections to the result, they can raise a question in writing to the purchaser or the procurement agency within 7 working days from the end of the announcement period.
B|8. Contact information: Purchaser: Guilin Municipal People's Hospital; Contact person: Mr. Tang; Tel: 0773-2823361
B|Guilin Municipal People's Hospital
B|September 1, 2022
""")

    # ------------------------------------------------------------ en-02 Chongqing (modern HTML, <title> differs from <h1>)
    page("h18-en-02-chongqing-internet-hospitals", "html", "UTF-8",
         L(True, "policy", ["digital-health"], ["500000"], "2024-03-29", "Chongqing Daily"), """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Chongqing speeds up internet hospital construction - Chongqing Window</title>
<meta name="description" content="Chongqing has approved 126 internet hospitals; residents of all 38 districts and counties can now consult a doctor online.">
<meta property="og:title" content="Chongqing: online clinics now reach all 38 districts and counties">
<meta property="og:site_name" content="Chongqing Window">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-CQW2024"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-CQW2024');</script>
<style>.cookie-bar{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff}</style>
</head>
<body>
<div class="cookie-bar" id="cookieBar">
  <p>⟦c|We use cookies to give you a better reading experience. By continuing to browse this site, you agree to our use of cookies.⟧</p>
  <button onclick="acceptCookies()">⟦c|Accept⟧</button> <a href="/privacy">⟦c|Learn more⟧</a>
</div>
<header class="site-header">
  <div class="logo">⟦c|CHONGQING WINDOW⟧</div>
  <nav>
    <ul>
      <li><a href="/">⟦c|Home⟧</a></li>
      <li><a href="/news">⟦c|News⟧</a></li>
      <li><a href="/business">⟦c|Business⟧</a></li>
      <li><a href="/culture">⟦c|Culture⟧</a></li>
      <li><a href="/travel">⟦c|Travel⟧</a></li>
      <li><a href="/video">⟦c|Video⟧</a></li>
      <li><a href="/live">⟦c|Live in Chongqing⟧</a></li>
    </ul>
  </nav>
  <div class="lang">
    <select onchange="location=this.value">
      <option value="/en/" selected>⟦c|English⟧</option>
      <option value="/zh/">⟦c|中文⟧</option>
      <option value="/ja/">⟦c|日本語⟧</option>
    </select>
  </div>
</header>
<main>
  <div class="breadcrumb">⟦c|<a href="/">Home</a> » <a href="/news">News</a> » <a href="/news/society">Society</a>⟧</div>
  <article>
    <h1>⟦t|Chongqing's online clinics now reach all 38 districts and counties⟧</h1>
    <p class="standfirst">⟦b|More than 120 internet hospitals approved as the city pushes "smart medical care" into mountain townships⟧</p>
    <div class="byline">⟦c|By Tan Yue | Source: Chongqing Daily | Updated: Mar. 29, 2024⟧</div>
    <figure>
      <img src="/uploads/2024/03/cloud-clinic.jpg" alt="A doctor consults a patient via video link">
      <figcaption>⟦c|Photo: Chongqing Daily / Li Hang⟧</figcaption>
    </figure>
    <p>⟦b|Chongqing has approved 126 internet hospitals, and residents of all 38 districts and counties can now consult a doctor online, the Chongqing Municipal Health Commission said on Thursday.⟧</p>
    <p>⟦b|Under the city's smart medical care action plan, Chongqing will build a unified regulatory platform for internet hospitals by the end of 2025, achieve mutual recognition of electronic medical records and test results among more than 300 secondary and tertiary hospitals, and make electronic health cards usable in all public medical institutions.⟧</p>
    <div class="ad-slot"><span>⟦c|ADVERTISEMENT⟧</span><ins class="adsbygoogle" data-ad-slot="4471"></ins></div>
    <p>⟦b|Patients with common chronic conditions such as hypertension and diabetes can renew prescriptions during online follow-up visits and have medicines delivered to their homes. Fees for online consultations at public hospitals are covered by medical insurance in line with local rules.⟧</p>
    <p>⟦b|In remote areas such as Chengkou, Wuxi and Youyang, township health centers have been linked to district hospitals through a remote consultation system. "Villagers no longer have to travel for hours to the county seat to have an ECG read," said Ran Xiaoqin, a doctor at a township health center in Youyang Tujia and Miao Autonomous County.⟧</p>
    <p>⟦b|Residents can access the services through the "Chongqing Health" WeChat mini program or the Yukuaiban app.⟧</p>
    <div class="share">⟦c|Share:⟧ <a href="#">⟦c|Facebook⟧</a> <a href="#">⟦c|X⟧</a> <a href="#">⟦c|LinkedIn⟧</a> <a href="#">⟦c|Copy link⟧</a></div>
    <p class="editor">⟦c|Editor: Zhou Jing⟧</p>
  </article>
  <aside>
    <h2>⟦c|Editor's Picks⟧</h2>
    <ul>
      <li><a href="#">⟦c|Chongqing launches 24-hour 'night clinics' in 12 downtown hospitals⟧</a></li>
      <li><a href="#">⟦c|How to register for a family doctor in Chongqing: a guide for expats⟧</a></li>
      <li><a href="#">⟦c|Yangtze River cable car to extend night operations during May Day holiday⟧</a></li>
    </ul>
    <div class="newsletter">
      <h3>⟦c|Stay in the loop⟧</h3>
      <p>⟦c|Get the week's top stories from Chongqing delivered to your inbox every Friday.⟧</p>
      <form><input type="email" placeholder="Your email address"><button type="submit">⟦c|Subscribe⟧</button></form>
    </div>
    <div class="app-promo">⟦c|Download the Chongqing Window app⟧ <a href="#">⟦c|App Store⟧</a> <a href="#">⟦c|Google Play⟧</a></div>
  </aside>
</main>
<footer>
  <ul>
    <li><a href="/about">⟦c|About Us⟧</a></li>
    <li><a href="/contact">⟦c|Contact Us⟧</a></li>
    <li><a href="/terms">⟦c|Terms of Service⟧</a></li>
    <li><a href="/privacy">⟦c|Privacy Policy⟧</a></li>
  </ul>
  <p>⟦c|Copyright &copy; 2024 Chongqing Window. All rights reserved.⟧</p>
  <p>⟦c|渝ICP备18003107号-3⟧</p>
</footer>
<script src="/assets/js/app.min.js"></script>
</body>
</html>
""")

    # ------------------------------------------------------------ en-06 Macao traffic arrangements (other)
    page("h18-en-06-macao-marathon-traffic", "html", "UTF-8",
         L(False, "other", [], ["820000"], "2023-11-30"), """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Macao Government News - Traffic arrangements for Macao International Marathon</title>
<meta property="og:title" content="Traffic arrangements for the Macao International Marathon this Sunday">
<meta property="og:site_name" content="Macao Government News">
<link rel="stylesheet" href="/assets/css/news.css">
<script src="/assets/js/vendor.js" defer></script>
</head>
<body>
<a class="skip-link" href="#main">⟦c|Skip to main content⟧</a>
<div class="gov-bar">⟦c|Macao SAR Government Portal⟧</div>
<ul class="langs">
  <li><a href="/zh-hant/">⟦c|中文⟧</a></li>
  <li><a href="/pt/">⟦c|Português⟧</a></li>
  <li class="current"><a href="/en/">⟦c|English⟧</a></li>
</ul>
<header>
  <div class="brand">⟦c|Government Information Bureau⟧</div>
  <nav>
    <ul>
      <li><a href="/en/news">⟦c|News⟧</a></li>
      <li><a href="/en/photos">⟦c|Photos⟧</a></li>
      <li><a href="/en/videos">⟦c|Videos⟧</a></li>
      <li><a href="/en/press">⟦c|Press Releases⟧</a></li>
      <li><a href="/en/spokesperson">⟦c|Government Spokesperson⟧</a></li>
    </ul>
  </nav>
</header>
<main id="main">
  <div class="path">⟦c|You are here: <a href="/en/">Home</a> / <a href="/en/news">News</a> / Transport⟧</div>
  <article>
    <div class="news-date">⟦c|Nov 30, 2023 18:20⟧</div>
    <h1>⟦t|Traffic arrangements for the Macao International Marathon this Sunday⟧</h1>
    <div class="source">⟦c|Source: Transport Bureau⟧</div>
    <div class="content">
      <p>⟦b|The Macao International Marathon will be held this Sunday (3 December). To ensure that the race runs smoothly, the Transport Bureau and the Public Security Police Force will implement temporary traffic control on the Macao peninsula, Taipa and Cotai from 5 a.m. to 1 p.m.⟧</p>
      <p>⟦b|During this period, sections of Avenida da Amizade, the Governor Nobre de Carvalho Bridge and Avenida dos Jogos da Ásia Oriental will be closed to all vehicles. Bus routes 3, 10, 11, 21A, 25 and 26A will be diverted, and passengers are advised to check real-time bus information before setting out.⟧</p>
      <p>⟦b|Parking at the Macao Olympic Sports Centre car park will be suspended from 8 p.m. on Saturday, and vehicles left along the route will be towed away.⟧</p>
      <p>⟦b|The Health Bureau will set up first-aid stations along the route, with ambulances on standby at the start and finish area at the Macao Olympic Sports Centre Stadium.⟧</p>
      <p>⟦b|For enquiries, members of the public may call the traffic information hotline on 8866 3000.⟧</p>
    </div>
    <div class="tools"><a href="javascript:print()">⟦c|Print⟧</a> <a href="#share">⟦c|Share⟧</a> <a href="#top">⟦c|Back to top⟧</a></div>
  </article>
  <aside>
    <h2>⟦c|Related news⟧</h2>
    <ul>
      <li><a href="#">⟦c|Light Rapid Transit to extend operating hours on race day⟧</a></li>
      <li><a href="#">⟦c|Sports Bureau reminds runners to collect race packs by Friday⟧</a></li>
    </ul>
  </aside>
</main>
<footer>
  <p>⟦c|Government Information Bureau of the Macao SAR⟧</p>
  <p>⟦c|Copyright &copy; 2023 Government Information Bureau. All rights reserved.⟧</p>
  <ul>
    <li><a href="/en/terms">⟦c|Terms of Use⟧</a></li>
    <li><a href="/en/privacy">⟦c|Privacy Policy⟧</a></li>
    <li><a href="/en/accessibility">⟦c|Accessibility⟧</a></li>
  </ul>
</footer>
</body>
</html>
""")

    # ------------------------------------------------------------ en-07 Singapore MOH press release
    page("h18-en-07-singapore-healthier-sg", "html", "UTF-8",
         L(True, "policy", ["primary-care", "chronic-disease"], ["SG"], "2024-01-08"), """
<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MOH | Newsroom</title>
<meta name="description" content="Healthier SG enrollees with chronic conditions will pay less for medications at participating GP clinics from 1 April 2024.">
<meta property="og:title" content="More support for Healthier SG enrollees with chronic conditions">
<meta property="article:published_time" content="2024-01-08T15:00:00+08:00">
<link rel="stylesheet" href="/static/css/moh.css">
<script defer src="/static/js/wogaa.js"></script>
</head>
<body>
<div class="masthead">⟦c|Official website of the Ministry of Health, Singapore⟧</div>
<div id="cookie-notice" role="dialog">
  <p>⟦c|This website uses cookies to analyse traffic and remember your preferences. Continue browsing if you are happy with this, or read our Privacy Statement to find out more.⟧</p>
  <button type="button">⟦c|Got it⟧</button>
</div>
<header>
  <a class="logo" href="/"><img src="/static/img/moh-logo.svg" alt="Ministry of Health"></a>
  <nav>
    <ul>
      <li><a href="/about">⟦c|About⟧</a></li>
      <li><a href="/newsroom">⟦c|Newsroom⟧</a></li>
      <li><a href="/policies">⟦c|Policies &amp; Schemes⟧</a></li>
      <li><a href="/statistics">⟦c|Statistics⟧</a></li>
      <li><a href="/careers">⟦c|Careers⟧</a></li>
    </ul>
  </nav>
</header>
<main>
  <nav class="breadcrumb" aria-label="Breadcrumb">⟦c|<a href="/">Home</a> › <a href="/newsroom">Newsroom</a> › Press Releases⟧</nav>
  <article>
    <h1>⟦t|More support for Healthier SG enrollees with chronic conditions⟧</h1>
    <div class="meta"><span class="type">⟦c|Press Release⟧</span> <span class="date">⟦c|08 Jan 2024⟧</span></div>
    <div class="rte">
      <p>⟦b|1. From 1 April 2024, Healthier SG enrollees with chronic conditions will pay less for their long-term medications at participating general practitioner (GP) clinics, the Ministry of Health (MOH) announced today.⟧</p>
      <h3>⟦b|Lower medication costs at GP clinics⟧</h3>
      <p>⟦b|2. Enrollees will be able to obtain about 450 commonly used chronic medications, for conditions such as hypertension, diabetes and high cholesterol, at their enrolled clinic at prices comparable to those at polyclinics. Currently, many residents with chronic conditions return to polyclinics for their medications because of the price difference.⟧</p>
      <h3>⟦b|Higher subsidy caps for complex chronic conditions⟧</h3>
      <p>⟦b|3. MOH will also raise the annual chronic care subsidy cap under the Community Health Assist Scheme (CHAS) for enrollees with complex chronic conditions, from $540 to $720. Enrollees may continue to use MediSave for chronic disease management at their enrolled clinic.⟧</p>
      <p>⟦b|4. As of end-2023, more than 800,000 residents had enrolled in Healthier SG, and over 1,000 GP clinics were participating. Enrollees who have completed their first health plan consultation were more likely to be up to date with recommended screenings and vaccinations.⟧</p>
      <p>⟦b|5. Residents who have yet to enrol can do so on the HealthHub app with their Singpass, and choose a participating clinic near their home.⟧</p>
      <p class="sign">⟦b|MINISTRY OF HEALTH⟧</p>
      <p class="sign">⟦b|8 JANUARY 2024⟧</p>
    </div>
    <div class="share">⟦c|Share this page⟧ <a href="#">⟦c|Facebook⟧</a> <a href="#">⟦c|LinkedIn⟧</a> <a href="#">⟦c|Telegram⟧</a> <a href="#">⟦c|WhatsApp⟧</a> <a href="#">⟦c|Email⟧</a></div>
    <div class="feedback">
      <p>⟦c|Was this article useful?⟧</p>
      <button>⟦c|Yes⟧</button><button>⟦c|No⟧</button>
    </div>
  </article>
  <section class="related">
    <h2>⟦c|You may also be interested in⟧</h2>
    <ul>
      <li><a href="#">⟦c|Healthier SG enrolment opens to residents aged 40 to 59⟧</a></li>
      <li><a href="#">⟦c|Speech by Minister for Health at the Healthier SG Summit⟧</a></li>
    </ul>
  </section>
</main>
<footer>
  <ul>
    <li><a href="/contact">⟦c|Contact Us⟧</a></li>
    <li><a href="/feedback">⟦c|Feedback⟧</a></li>
    <li><a href="/sitemap">⟦c|Sitemap⟧</a></li>
    <li><a href="https://tech.gov.sg/report_vulnerability">⟦c|Report a vulnerability⟧</a></li>
    <li><a href="/privacy">⟦c|Privacy Statement⟧</a></li>
    <li><a href="/terms">⟦c|Terms of Use⟧</a></li>
  </ul>
  <p>⟦c|&copy; 2024 Government of Singapore. Last updated on 08 January 2024⟧</p>
</footer>
</body>
</html>
""")

    # ------------------------------------------------------------ en-08 Hong Kong AI colonoscopy trial
    page("h18-en-08-hk-ai-colonoscopy-trial", "html", "UTF-8",
         L(False, "trial", [], ["810000"], "2023-03-14"), """
<!DOCTYPE html>
<html lang="en-HK">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AI-assisted colonoscopy finds more precancerous polyps in public hospital trial | Faculty of Medicine, Harbourview University</title>
<meta name="description" content="A randomised trial in six public hospitals found an AI system helped endoscopists detect 28% more adenomas.">
<meta property="og:title" content="AI-assisted colonoscopy finds more precancerous polyps">
<meta property="og:type" content="article">
<link rel="canonical" href="https://www.med.hvu.example.hk/news/research/ai-colonoscopy-trial">
<link rel="stylesheet" href="/themes/med/css/site.css">
<script src="/themes/med/js/site.js" defer></script>
</head>
<body>
<a href="#main" class="visually-hidden-focusable">⟦c|Skip to main content⟧</a>
<header class="masthead">
  <div class="uni">⟦c|HARBOURVIEW UNIVERSITY 海景大學⟧</div>
  <div class="faculty">⟦c|Faculty of Medicine 醫學院⟧</div>
  <nav>
    <ul>
      <li><a href="/about">⟦c|About⟧</a></li>
      <li><a href="/study">⟦c|Study⟧</a></li>
      <li><a href="/research">⟦c|Research⟧</a></li>
      <li><a href="/news">⟦c|News &amp; Events⟧</a></li>
      <li><a href="/alumni">⟦c|Alumni⟧</a></li>
      <li><a href="/give">⟦c|Give⟧</a></li>
    </ul>
  </nav>
  <div class="lang"><a href="/tc/">⟦c|繁⟧</a> <a href="/sc/">⟦c|简⟧</a></div>
</header>
<main id="main">
  <nav class="crumbs" aria-label="breadcrumb">⟦c|<a href="/">Home</a> › <a href="/news">News</a> › Research news⟧</nav>
  <article>
    <p class="eyebrow">⟦c|RESEARCH NEWS⟧</p>
    <h1>⟦t|AI-assisted colonoscopy finds more precancerous polyps in public hospital trial⟧</h1>
    <p class="lede">⟦b|A randomised trial in six public hospitals found that an artificial intelligence system helped endoscopists detect 28% more adenomas.⟧</p>
    <p class="byline">⟦c|By Communications Office | Published March 14, 2023⟧</p>
    <div class="body">
      <p>⟦b|A multicentre randomised controlled trial led by the Faculty of Medicine at Harbourview University has found that an artificial intelligence (AI) detection system raised the adenoma detection rate during colonoscopy from 31.2% to 40.1%, a relative increase of 28%.⟧</p>
      <p>⟦b|The trial enrolled 3,180 patients aged 45 to 75 who underwent screening or diagnostic colonoscopy at six public hospitals between 2021 and 2022. Patients were randomly assigned to colonoscopy with or without the AI system. The results were published this week in a leading gastroenterology journal.⟧</p>
      <figure>
        <img src="/sites/default/files/news/ai-colonoscopy.jpg" alt="Endoscopy suite">
        <figcaption>⟦c|Image: Faculty of Medicine, Harbourview University⟧</figcaption>
      </figure>
      <p>⟦b|The benefit was largest among less experienced endoscopists, whose detection rate rose by 35%. The system did not significantly lengthen withdrawal time or increase the number of non-neoplastic polyps removed.⟧</p>
      <p>⟦b|“Colorectal cancer is one of the most common cancers in Hong Kong, and every one-percentage-point increase in adenoma detection is associated with a lower risk of cancers missed at colonoscopy,” said Professor Wong Ka-wai, Chair Professor of Gastroenterology, who led the study.⟧</p>
      <p>⟦b|The study was funded by the Health and Medical Research Fund. The team plans to evaluate the system's cost-effectiveness before any wider use in public colorectal cancer screening.⟧</p>
    </div>
    <div class="media-contact">⟦c|Media enquiries: Ms Chan Wing-yan, Communications Office, tel: 3917 6620, email: medcomms@hvu.example.hk⟧</div>
    <div class="tags">⟦c|Tags:⟧ <a href="#">⟦c|Endoscopy⟧</a> <a href="#">⟦c|AI in medicine⟧</a> <a href="#">⟦c|Clinical trials⟧</a></div>
  </article>
  <section class="more-news">
    <h2>⟦c|More news⟧</h2>
    <ul>
      <li><a href="#">⟦c|Faculty launches community programme to support older adults with diabetes⟧</a></li>
      <li><a href="#">⟦c|Nursing students join district health centres for summer placements⟧</a></li>
      <li><a href="#">⟦c|Public lecture: what the new primary healthcare blueprint means for patients⟧</a></li>
    </ul>
  </section>
</main>
<footer>
  <p>⟦c|&copy; 2023 Harbourview University. All rights reserved.⟧</p>
  <ul>
    <li><a href="/privacy">⟦c|Privacy⟧</a></li>
    <li><a href="/disclaimer">⟦c|Disclaimer⟧</a></li>
    <li><a href="/accessibility">⟦c|Accessibility⟧</a></li>
  </ul>
</footer>
</body>
</html>
""")


if __name__ == "__main__":
    sys.exit(main())
