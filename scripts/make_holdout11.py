#!/usr/bin/env python3
"""Generate tests/holdout11/, a blind held-out evaluation set for healthfeed.

Each page below is a template in which every visible piece of text is wrapped in a
label marker: ⟦T|…⟧ the title, ⟦B|…⟧ a body paragraph, ⟦C|…⟧ chrome. Plain text
pages may instead label a whole line with a prefix ("T|", "B|", "C|"), or use "M|"
for a line that mixes markers with bare separators. The script strips the markers
to get the page, derives the gold file from them, writes both, then re-reads what
it wrote from disk and checks it without looking at the markers (check_page):
decoding, every line or text node labelled, every gold string present, gold parses
with known keys and values. Any failure is printed and the script exits 1.

Written blind: without looking at src/, config/, scripts/ (other than this file) or
other corpora; all content is invented. Python 3.11, stdlib only.

    python3 scripts/make_holdout11.py
"""

from __future__ import annotations

import datetime
import html.parser
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout11"
PREFIX = "h11"

MARK = re.compile(r"⟦([TBC])\|(.*?)⟧", re.S)

# Gold encoding name -> Python codec used to write the page, plus other codecs that
# must decode the bytes to the same text (the WHATWG decoders a Rust reader uses are
# supersets of Python's strict ones; agreeing with the superset codec here keeps a
# page away from the few code points where the tables differ).
CODECS = {
    "UTF-8": ("utf-8", []),
    "UTF-8-BOM": ("utf-8-sig", []),
    "GBK": ("gbk", ["gb18030"]),
    "GB18030": ("gb18030", []),
    "Big5": ("big5", ["cp950", "big5hkscs"]),
}

KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"}
NEGATIVE_KINDS = KINDS - {"policy", "other"}
TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease",
}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}
REQUIRED_LABELS = {"health_policy", "kind", "tags", "regions"}

# Tags that would make the HTML parser start a new line of visible text; everything
# else (a, span, font, strong, img, …) runs inline with its neighbours.
BLOCK = {
    "address", "article", "aside", "blockquote", "body", "br", "button", "caption",
    "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
    "html", "iframe", "li", "main", "nav", "ol", "option", "p", "pre", "section",
    "select", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    "video", "audio",
}
HIDDEN = {"script", "style", "title", "template", "noscript"}


class Failure(Exception):
    pass


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class _Visible(html.parser.HTMLParser):
    """Visible text of an HTML document, one entry per block-level line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._cur: list[str] = []
        self._hidden = 0

    def _flush(self) -> None:
        s = collapse("".join(self._cur))
        self._cur = []
        if s:
            self.lines.append(s)

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self._hidden += 1
        elif tag in BLOCK:
            self._flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self._flush()

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in BLOCK:
            self._flush()

    def handle_data(self, data):
        if not self._hidden:
            self._cur.append(data)

    def close(self):
        super().close()
        self._flush()


def html_lines(doc: str) -> list[str]:
    p = _Visible()
    p.feed(doc)
    p.close()
    return p.lines


def text_lines(doc: str) -> list[str]:
    return [c for c in (collapse(l) for l in re.split(r"\r\n|\n|\r", doc)) if c]


@dataclass
class Page:
    num: int
    lang: str
    slug: str
    fmt: str  # "txt" | "html"
    encoding: str
    template: str
    labels: dict
    crlf: bool = False
    notes: str = ""
    # filled by build()
    text: str = ""
    title: str = ""
    body: list[str] = field(default_factory=list)
    chrome: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{PREFIX}-{self.lang}-{self.num:02d}-{self.slug}"


# ---------------------------------------------------------------------------
# building


def _take(kind: str, inner: str, is_html: bool, gold: dict) -> None:
    if is_html:
        entry = collapse(" ".join(html_lines(inner)))
    else:
        entry = collapse(inner)
    if not entry:
        raise Failure(f"empty {kind} marker")
    gold[kind].append(entry)


def build(page: Page) -> None:
    gold: dict[str, list[str]] = {"T": [], "B": [], "C": []}
    tpl = page.template.strip("\n")
    if page.fmt == "html":

        def sub(m):
            _take(m[1], m[2], True, gold)
            return m[2]

        text = MARK.sub(sub, tpl) + "\n"
    else:
        out = []
        for raw in tpl.split("\n"):
            if raw.strip() == "":
                out.append("")
                continue
            pre, rest = raw[:2], raw[2:]
            if pre in ("T|", "B|", "C|"):
                if "⟦" in rest:
                    raise Failure(f"marker inside a prefixed line: {raw!r}")
                _take(pre[0], rest, False, gold)
                out.append(rest)
            elif pre == "M|":

                def sub(m):
                    _take(m[1], m[2], False, gold)
                    return m[2]

                out.append(MARK.sub(sub, rest))
            else:
                raise Failure(f"{page.name}: line without a label prefix: {raw!r}")
        text = "\n".join(out) + "\n"
    if "⟦" in text or "⟧" in text:
        raise Failure(f"{page.name}: unbalanced marker left in the page")
    titles = set(gold["T"])
    if len(titles) > 1:
        raise Failure(f"{page.name}: several different titles {titles}")
    page.title = titles.pop() if titles else ""
    page.body = gold["B"]
    seen: set[str] = set()
    page.chrome = [c for c in gold["C"] if not (c in seen or seen.add(c))]
    page.text = text.replace("\n", "\r\n") if page.crlf else text


def toml_str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
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


def gold_toml(page: Page) -> str:
    lb = page.labels
    lines = [
        f"lang = {toml_str(page.lang)}",
        f"encoding = {toml_str(page.encoding)}",
        f"title = {toml_str(page.title)}",
        f"body = {toml_list(page.body, True)}",
        f"chrome = {toml_list(page.chrome, True)}",
        "",
        "[labels]",
        f"health_policy = {'true' if lb['health_policy'] else 'false'}",
        f"kind = {toml_str(lb['kind'])}",
        f"tags = {toml_list(lb['tags'], False)}",
    ]
    if "published" in lb:
        lines.append(f"published = {toml_str(lb['published'])}")
    lines.append(f"regions = {toml_list(lb['regions'], False)}")
    if "source" in lb:
        lines.append(f"source = {toml_str(lb['source'])}")
    return "\n".join(lines) + "\n"


def write(page: Page) -> None:
    codec = CODECS[page.encoding][0]
    data = page.text.encode(codec)  # strict: a character outside the charset fails here
    (OUT / f"{page.name}.{page.fmt}").write_bytes(data)
    (OUT / f"{page.name}.gold.toml").write_text(gold_toml(page), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# checking (reads the files back; does not use the markers)


def covered(lines: list[str], entries: set[str]) -> list[str]:
    """Lines not explained by the gold entries, in order."""
    bad = []
    by_len = sorted(entries, key=len, reverse=True)
    i = 0
    while i < len(lines):
        line = lines[i]
        if line in entries:
            i += 1
            continue
        # an entry that spans several consecutive lines (table row, split block)
        spanned = False
        for e in entries:
            if len(e) > len(line) and e.startswith(line + " "):
                acc, j = line, i
                while len(acc) < len(e) and j + 1 < len(lines):
                    j += 1
                    acc = acc + " " + lines[j]
                if acc == e:
                    i = j + 1
                    spanned = True
                    break
        if spanned:
            continue
        # a line made of several entries and separators ("首页 | 新闻 | 关于")
        rest = line
        for e in by_len:
            if e in rest:
                rest = rest.replace(e, " ")
        if any(ch.isalnum() for ch in rest):
            bad.append(line)
        i += 1
    return bad


def check_gold_shape(name: str, gold: dict) -> list[str]:
    errs = []
    unknown = set(gold) - TOP_KEYS
    if unknown:
        errs.append(f"unknown top-level keys {unknown}")
    missing = TOP_KEYS - set(gold)
    if missing:
        errs.append(f"missing keys {missing}")
    lb = gold.get("labels", {})
    if set(lb) - LABEL_KEYS:
        errs.append(f"unknown label keys {set(lb) - LABEL_KEYS}")
    if REQUIRED_LABELS - set(lb):
        errs.append(f"missing label keys {REQUIRED_LABELS - set(lb)}")
    if gold.get("lang") not in ("zh", "en"):
        errs.append("lang must be zh or en")
    if gold.get("encoding") not in CODECS:
        errs.append(f"encoding {gold.get('encoding')!r} not used by this set")
    if lb.get("kind") not in KINDS:
        errs.append(f"kind {lb.get('kind')!r}")
    if (lb.get("kind") == "policy") != (lb.get("health_policy") is True):
        errs.append("kind = policy iff health_policy = true")
    tags = lb.get("tags", [])
    if set(tags) - TAGS:
        errs.append(f"unknown tags {set(tags) - TAGS}")
    if lb.get("health_policy") and not (1 <= len(tags) <= 4):
        errs.append("a policy page needs 1-4 tags")
    if not lb.get("health_policy") and tags:
        errs.append("tags must be [] on non-policy pages")
    if "published" in lb:
        try:
            datetime.date.fromisoformat(lb["published"])
        except (TypeError, ValueError):
            errs.append(f"published {lb['published']!r} is not a date")
    for r in lb.get("regions", []):
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)):
            errs.append(f"region {r!r}")
        if r == "CN":
            errs.append("CN is never labelled (a national page has regions = [])")
    if not isinstance(gold.get("body"), list) or not gold.get("body"):
        errs.append("body must be a non-empty list")
    if not isinstance(gold.get("chrome"), list):
        errs.append("chrome must be a list")
    return [f"{name}: {e}" for e in errs]


def nonws(s: str) -> int:
    return len(re.sub(r"\s", "", s))


def check_page(page: Page) -> list[str]:
    errs: list[str] = []
    name = page.name
    path = OUT / f"{name}.{page.fmt}"
    gpath = OUT / f"{name}.gold.toml"
    try:
        gold = tomllib.loads(gpath.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        return [f"{name}: gold does not parse: {e}"]
    errs += check_gold_shape(name, gold)
    if errs:
        return errs

    # decoding: the declared encoding gives back exactly the intended text
    raw = path.read_bytes()
    codec, others = CODECS[gold["encoding"]]
    if gold["encoding"] == "UTF-8-BOM" and not raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: UTF-8-BOM page without a BOM")
    if gold["encoding"] == "UTF-8" and raw.startswith(b"\xef\xbb\xbf"):
        errs.append(f"{name}: UTF-8 page starts with a BOM")
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as e:
        return errs + [f"{name}: does not decode as {gold['encoding']}: {e}"]
    if text != page.text:
        errs.append(f"{name}: decoded text differs from the intended text")
    for other in others:
        try:
            if raw.decode(other) != text:
                errs.append(f"{name}: {other} decodes differently from {codec}")
        except UnicodeDecodeError as e:
            errs.append(f"{name}: not decodable as {other}: {e}")
    if "\ufffd" in text:
        errs.append(f"{name}: U+FFFD in the page")
    if page.crlf != ("\r\n" in text):
        errs.append(f"{name}: line ends are not what the page declares (crlf={page.crlf})")
    if page.crlf and re.search(r"(?<!\r)\n", text):
        errs.append(f"{name}: mixed line ends")
    if page.fmt == "html":
        charset = re.search(r"charset=[\"']?([\w-]+)", text[:2000], re.I)
        declared = charset.group(1).lower() if charset else None
        expect = {"UTF-8": {"utf-8"}, "UTF-8-BOM": {"utf-8"}, "GBK": {"gbk", "gb2312"},
                  "GB18030": {"gb18030"}, "Big5": {"big5"}}[gold["encoding"]]
        if declared not in expect:
            errs.append(f"{name}: meta charset {declared!r} does not fit {gold['encoding']}")

    lines = html_lines(text) if page.fmt == "html" else text_lines(text)
    title = collapse(gold["title"])
    body = [collapse(b) for b in gold["body"]]
    chrome = [collapse(c) for c in gold["chrome"]]
    entries = set(body) | set(chrome) | ({title} if title else set())

    for line in covered(lines, entries):
        errs.append(f"{name}: unlabelled line {line!r}")

    flat = " ".join(lines)
    for label, items in (("title", [title] if title else []), ("body", body), ("chrome", chrome)):
        for s in items:
            if not s:
                errs.append(f"{name}: empty {label} entry")
            elif s not in flat:
                errs.append(f"{name}: {label} not in the visible text: {s!r}")
    pos = 0
    for b in body:
        at = flat.find(b, pos)
        if at < 0:
            errs.append(f"{name}: body paragraph out of order: {b[:40]!r}")
        else:
            pos = at + len(b)

    # the consistency rules healthfeed eval applies, and a few of our own
    for c in chrome:
        for b in body:
            if c == b or (nonws(c) >= 10 and c in b):
                errs.append(f"{name}: chrome {c!r} is (in) body paragraph {b[:30]!r}")
        if title and (c == title or (nonws(c) >= 10 and c in title)):
            errs.append(f"{name}: chrome {c!r} is (in) the title")
    if title and title in body:
        errs.append(f"{name}: the title is repeated as a body paragraph")
    if len(set(body)) != len(body):
        errs.append(f"{name}: a body paragraph is listed twice")
    if gold["lang"] != page.lang or not name.startswith(f"{PREFIX}-{gold['lang']}-"):
        errs.append(f"{name}: lang does not match the name")
    return errs


# ---------------------------------------------------------------------------
# README


def readme(pages: list[Page]) -> str:
    def count(pred):
        return sum(1 for p in pages if pred(p))

    kinds: dict[str, int] = {}
    for p in pages:
        kinds[p.labels["kind"]] = kinds.get(p.labels["kind"], 0) + 1
    encs: dict[str, int] = {}
    for p in pages:
        encs[p.encoding] = encs.get(p.encoding, 0) + 1
    tags: dict[str, int] = {}
    for p in pages:
        for t in p.labels["tags"]:
            tags[t] = tags.get(t, 0) + 1
    undated = [p.name for p in pages if "published" not in p.labels]
    rows = []
    for p in pages:
        lb = p.labels
        rows.append(
            f"| {p.name} | {p.fmt} | {p.encoding}{' CRLF' if p.crlf else ''} | {lb['kind']} | "
            f"{', '.join(lb['tags']) or '-'} | {lb.get('published', '(none)')} | "
            f"{', '.join(lb['regions']) or '-'} | {p.notes.replace('|', '/')} |"
        )
    kind_s = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    enc_s = ", ".join(f"{k} {v}" for k, v in sorted(encs.items(), key=lambda kv: (-kv[1], kv[0])))
    tag_s = ", ".join(f"{k} {v}" for k, v in sorted(tags.items()))
    return f"""# holdout11: a blind held-out set

{len(pages)} invented pages with gold labels, in the format of tests/corpus/README.md, to
measure how healthfeed generalises to pages its rules were not written against. This set
leans on very short flash items (快讯) buried in portal chrome and a very long provincial
plan with 章/条 structure and a table; reposting portals and aggregators (网易, 搜狐号,
a Yahoo-style English portal) with "本文来自", "声明：该文观点仅代表作者本人",
"Originally published at", author cards and follow buttons; hospital websites
(医院新闻, 院务公开) and Hong Kong / Taiwan health sites in traditional script
(列印本頁, 返回頁首, 最後更新日期) plus a Singapore and a Malaysian page; English
machine translation of Chinese government pages in the style of a translation plugin,
chrome translated too ("Font size: large medium small", "Sponsored by: … Undertaken
by: …", "Website identification code"); and image galleries and video players whose
durations, play counts and "Loading..." lines are chrome while some photo captions are
real body sentences.

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora. All content is invented; names of people, companies,
phone numbers, record numbers and figures are made up.

Regenerate with `python3 scripts/make_holdout11.py` (it also checks its output: every
line or HTML text node labelled as title, body or chrome, every gold string present in
the visible text, gold parsing with known keys, each page decoding back to the intended
text with its declared encoding).

## Counts

- pages: {len(pages)}; zh {count(lambda p: p.lang == 'zh')} (2 in traditional script: Taiwan, Hong Kong), en {count(lambda p: p.lang == 'en')}
- format: HTML {count(lambda p: p.fmt == 'html')}, plain text {count(lambda p: p.fmt == 'txt')}
- encodings: {enc_s}; CRLF line ends: {count(lambda p: p.crlf)}
- health policy: {count(lambda p: p.labels['health_policy'])}; hard negatives: {count(lambda p: p.labels['kind'] in NEGATIVE_KINDS)}; other: {count(lambda p: p.labels['kind'] == 'other')}
- kinds: {kind_s}
- tags (policy pages): {tag_s}
- pages without a full date (no `published`): {len(undated)} ({', '.join(undated)})

## Pages

| page | format | encoding | kind | tags | published | regions | notes |
|---|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"


# ---------------------------------------------------------------------------
# main


def main() -> int:
    pages = PAGES
    errs: list[str] = []
    names = [p.name for p in pages]
    if len(set(names)) != len(names):
        errs.append("duplicate page names")
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.name.startswith(PREFIX + "-") or old.name == "README.md":
            old.unlink()
    for p in pages:
        try:
            build(p)
            write(p)
        except (Failure, UnicodeEncodeError) as e:
            errs.append(f"{p.name}: {e}")
    if not errs:
        for p in pages:
            errs += check_page(p)
        errs += check_set(pages)
    if errs:
        for e in errs:
            print("FAIL", e, file=sys.stderr)
        print(f"{len(errs)} problem(s); tests/holdout11 is not usable", file=sys.stderr)
        return 1
    (OUT / "README.md").write_text(readme(pages), encoding="utf-8", newline="\n")
    print(f"wrote {len(pages)} pages to {OUT.relative_to(ROOT)}; all checks passed")
    return 0


def check_set(pages: list[Page]) -> list[str]:
    """The mix the brief asks for, so an edit cannot quietly break it."""
    errs = []
    n = len(pages)
    zh = [p for p in pages if p.lang == "zh"]
    if n != 20 or len(zh) != 10:
        errs.append(f"want 20 pages, half zh (have {n}, zh {len(zh)})")
    if sum(p.fmt == "html" for p in pages) * 3 < n:
        errs.append("fewer than a third HTML")
    for enc in ("GBK", "GB18030", "Big5", "UTF-8-BOM"):
        if not any(p.encoding == enc for p in pages):
            errs.append(f"no {enc} page")
    if not any(p.crlf for p in pages):
        errs.append("no CRLF page")
    used = {t for p in pages for t in p.labels["tags"]}
    if used != TAGS:
        errs.append(f"tags not covered: {TAGS - used}")
    if sum("published" not in p.labels for p in pages) < 3:
        errs.append("fewer than 3 undated pages")
    neg = {p.labels["kind"] for p in pages} & NEGATIVE_KINDS
    if neg != NEGATIVE_KINDS:
        errs.append(f"negative kinds missing: {NEGATIVE_KINDS - neg}")
    return errs


# ---------------------------------------------------------------------------
# the pages

# zh-01: a 网易号 flash item (快讯): three sentences inside a portal's full chrome.
ZH01 = """
C|URL: https://www.163.com/dy/article/J3K8R2QF0519DDQ2.html
C|[Scraped at 2024-06-12 10:02:55 +0800]
C|网易首页
C|应用
C|网易新闻
C|网易公开课
C|网易严选
C|网易邮箱
C|登录
C|注册
C|快讯
T|国家医保局：第十批国家组织药品集采拟中选结果公布，平均降价58%
C|2024-06-12 09:41:07　来源: 中国经济网
C|举报
C|分享至
C|用微信扫码二维码
C|分享至好友和朋友圈

B|　　中国经济网北京6月12日讯 记者从国家医保局获悉，第十批国家组织药品集中带量采购今日在天津开标，共有62种药品采购成功，拟中选药品平均降价58%。
B|　　按约定采购量测算，此次集采预计每年可节约药费182亿元。拟中选结果将于今年10月起在全国落地执行，患者可在所在地定点医疗机构用上降价后的中选药品。

C|特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。
C|Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.
C|打开网易新闻 查看精彩图片
C|相关推荐
C|热点推荐
C|医保局回应集采药品质量问题：中选企业将接受全覆盖抽检，不合格的一律取消中选资格
C|多地医保个人账户实现家庭共济，这些变化与你有关
C|30秒｜一图读懂集采“国家队”怎么砍价
C|01:12
C|加载中...
C|网易新闻APP 下载
C|跟贴 0 参与 0
C|发跟贴
C|登录并发贴
C|网友评论仅供其表达个人看法，并不表明网易立场。
C|目前没有跟贴，欢迎你发表观点
C|关于网易 - About NetEase - 公司新闻 - 网站导航 - 侵权投诉
C|网易公司版权所有 ©1997-2024
C|--- end of page ---
"""

# zh-02: a provincial implementation plan on an old table-layout site, GBK bytes under a
# gb2312 meta. Long: notice + plan with 一、/（一） headings + a task table + an attached
# 办法 with 章/条. Headings are body. 成文日期 and the 落款 date are not the publication date.
ZH02 = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>四川省卫生健康委员会 四川省医疗保障局等10部门关于印发《四川省全面推进紧密型县域医疗卫生共同体建设实施方案》的通知_四川省卫生健康委员会</title>
<meta name="keywords" content="县域医共体,紧密型,实施方案,基层卫生" />
<meta name="description" content="四川省卫生健康委员会 四川省医疗保障局等10部门关于印发《四川省全面推进紧密型县域医疗卫生共同体建设实施方案》的通知" />
<meta name="SiteName" content="四川省卫生健康委员会" />
<meta name="ColumnName" content="通知公告" />
<meta name="PubDate" content="2023-11-21 10:32" />
<meta name="ContentSource" content="基层卫生健康处" />
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
function dyzt(){ window.print(); }
var _hmt = _hmt || [];
</script>
</head>
<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="620" height="110"><img src="/images/logo_sw.png" width="560" height="80" alt="四川省卫生健康委员会" /></td>
    <td class="top_r" valign="top">⟦C|<a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a>⟧ | ⟦C|<a href="javascript:void(0)" onclick="AddFavorite()">加入收藏</a>⟧ | ⟦C|<a href="/wza/">无障碍浏览</a>⟧ | ⟦C|<a href="/ydb/">移动版</a>⟧</td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="dh">
  <tr>
    <td class="dh_a">⟦C|<a href="/">首　页</a>⟧</td>
    <td class="dh_a">⟦C|<a href="/jggk/">机构概况</a>⟧</td>
    <td class="dh_a">⟦C|<a href="/zwgk/">政务公开</a>⟧</td>
    <td class="dh_a">⟦C|<a href="/xwzx/">新闻中心</a>⟧</td>
    <td class="dh_a">⟦C|<a href="/ggfw/">公共服务</a>⟧</td>
    <td class="dh_a">⟦C|<a href="/hdjl/">互动交流</a>⟧</td>
    <td class="dh_a">⟦C|<a href="/ztzl/">专题专栏</a>⟧</td>
    <td class="ss"><form action="/search/" method="get"><input type="text" name="q" value="" placeholder="请输入关键字" /><button type="submit">⟦C|搜索⟧</button></form></td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td class="dqwz">⟦C|当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a>⟧</td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="nr">
  <tr>
    <td width="740" valign="top" class="nr_l">
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk">
        <tr>
          <td width="50%">⟦C|索引号：11510000MB1517339X/2023-00873⟧</td>
          <td>⟦C|发布机构：四川省卫生健康委员会⟧</td>
        </tr>
        <tr>
          <td>⟦C|成文日期：2023-11-15⟧</td>
          <td>⟦C|发布日期：2023-11-21⟧</td>
        </tr>
        <tr>
          <td>⟦C|主题分类：卫生、体育\\医药管理⟧</td>
          <td>⟦C|有效性：有效⟧</td>
        </tr>
      </table>
      <h1 class="bt">⟦T|关于印发《四川省全面推进紧密型县域医疗卫生共同体建设实施方案》的通知⟧</h1>
      <div class="ly">⟦C|发布时间：2023-11-21 10:32　　来源：基层卫生健康处　　浏览次数：<span id="hits">4172</span>⟧　　⟦C|【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】⟧</div>
      <div id="zoom" class="zw">
        <p style="text-align:center">⟦B|川卫发〔2023〕38号⟧</p>
        <p>⟦B|各市（州）卫生健康委、医疗保障局、发展改革委、财政局、人力资源社会保障局，各县（市、区）人民政府有关部门：⟧</p>
        <p style="text-indent:2em">⟦B|为贯彻落实国家卫生健康委等10部门《关于全面推进紧密型县域医疗卫生共同体建设的指导意见》，经省政府同意，现将《四川省全面推进紧密型县域医疗卫生共同体建设实施方案》印发给你们，请结合实际认真贯彻落实。⟧</p>
        <p style="text-align:right">⟦B|四川省卫生健康委员会　四川省医疗保障局　四川省发展和改革委员会　四川省财政厅　四川省人力资源和社会保障厅⟧</p>
        <p style="text-align:right">⟦B|2023年11月15日⟧</p>
        <p style="text-indent:2em">⟦B|（此件主动公开）⟧</p>
        <p style="text-align:center"><strong>⟦B|四川省全面推进紧密型县域医疗卫生共同体建设实施方案⟧</strong></p>
        <p style="text-indent:2em"><strong>⟦B|一、总体要求⟧</strong></p>
        <p style="text-indent:2em">⟦B|坚持以人民健康为中心，坚持保基本、强基层、建机制，以紧密型县域医疗卫生共同体（以下简称县域医共体）建设为抓手，推动优质医疗资源扩容下沉和区域均衡布局，加快构建县乡村三级联动、上下贯通的县域医疗卫生服务体系，让群众就近就便获得更加公平可及、系统连续的医疗卫生服务。⟧</p>
        <p style="text-indent:2em">⟦B|工作目标：到2024年6月底，全省以市（州）为单位全面推开紧密型县域医共体建设；到2025年底，力争90%以上的县（市、区）基本建成布局合理、人财物统一管理、权责清晰、运行高效、分工协作、服务连续、信息共享的县域医共体，县域内就诊率稳定在90%以上。⟧</p>
        <p style="text-indent:2em"><strong>⟦B|二、重点任务⟧</strong></p>
        <p style="text-indent:2em">⟦B|（一）科学组建县域医共体。各县（市、区）原则上组建1至2个由县级医院牵头，其他县级医疗卫生机构、乡镇卫生院、社区卫生服务中心为成员单位的县域医共体。人口较少、面积较小的县原则上组建1个。鼓励将村卫生室纳入乡镇卫生院一体化管理。⟧</p>
        <p style="text-indent:2em">⟦B|（二）完善管理体制。县级党委和政府成立由主要负责同志或分管负责同志任主任的县域医共体管理委员会，统筹县域医共体规划建设、投入保障、人事安排、考核监管等重大事项。县域医共体实行党委领导下的院长负责制。⟧</p>
        <p style="text-indent:2em">⟦B|（三）推进人员统筹使用。在县域医共体内实行“县管乡用”“乡聘村用”，由牵头医院统一招聘、统一培训、统一调配成员单位专业技术人员。具备条件的地区可探索建立县域医共体编制周转池，编制向基层倾斜。⟧</p>
        <p style="text-indent:2em">⟦B|（四）改革薪酬分配制度。落实“两个允许”要求，合理核定县域医共体绩效工资总量，向基层一线、关键岗位、业务骨干倾斜。对下沉到乡镇卫生院、村卫生室工作的医务人员，在职称评聘、薪酬待遇等方面予以倾斜。⟧</p>
        <p style="text-indent:2em">⟦B|（五）加强基层人才队伍建设。每年为县域医共体定向培养农村订单定向医学生不少于800名，实施乡村医生能力提升行动。到2025年底，乡村医生中具备执业（助理）医师资格的人员比例达到45%以上。⟧</p>
        <p style="text-indent:2em">⟦B|（六）推进医保支付方式改革。对紧密型县域医共体实行医保基金总额付费，加强监督考核，结余留用、合理超支分担，引导县域医共体主动做好辖区居民健康管理。具体办法见附件2。⟧</p>
        <p style="text-indent:2em">⟦B|（七）推进信息互联互通。建设县域医共体信息平台，统一电子病历、检查检验、远程诊疗等系统，推动县域内检查检验结果互认。⟧</p>
        <p style="text-indent:2em"><strong>⟦B|三、保障措施⟧</strong></p>
        <p style="text-indent:2em">⟦B|（一）加强组织领导。各地要将县域医共体建设纳入深化医药卫生体制改革重点任务，建立部门协调推进机制，定期研究解决建设中的重大问题。⟧</p>
        <p style="text-indent:2em">⟦B|（二）加大投入保障。落实政府办医责任，各级财政按规定落实对县域医共体内各医疗卫生机构的投入政策，不得因组建县域医共体而减少投入。⟧</p>
        <p style="text-indent:2em">⟦B|（三）强化监测评价。省卫生健康委会同有关部门建立县域医共体建设监测指标体系，每年开展一次评估，评估结果与相关资金分配挂钩。⟧</p>
        <p style="text-indent:2em">⟦B|附件1：重点任务分工表⟧</p>
        <table width="96%" border="1" align="center" cellpadding="4" cellspacing="0" class="rwb">
          <tr>⟦B|<th>序号</th><th>重点任务</th><th>牵头单位</th><th>完成时限</th>⟧</tr>
          <tr>⟦B|<td>1</td><td>科学组建县域医共体</td><td>省卫生健康委</td><td>2024年6月底前</td>⟧</tr>
          <tr>⟦B|<td>2</td><td>推进人员统筹使用</td><td>省委编办、省卫生健康委</td><td>2024年12月底前</td>⟧</tr>
          <tr>⟦B|<td>3</td><td>改革薪酬分配制度</td><td>省人力资源社会保障厅</td><td>2025年6月底前</td>⟧</tr>
          <tr>⟦B|<td>4</td><td>推进医保支付方式改革</td><td>省医保局</td><td>2024年12月底前</td>⟧</tr>
          <tr>⟦B|<td>5</td><td>落实财政投入政策</td><td>省财政厅</td><td>持续推进</td>⟧</tr>
        </table>
        <p style="text-indent:2em">⟦B|附件2⟧</p>
        <p style="text-align:center"><strong>⟦B|四川省紧密型县域医共体医保基金总额付费管理办法（试行）⟧</strong></p>
        <p style="text-align:center">⟦B|第一章　总　则⟧</p>
        <p style="text-indent:2em">⟦B|第一条　为深化医保支付方式改革，提高医保基金使用效率，根据《中华人民共和国社会保险法》《医疗保障基金使用监督管理条例》等规定，结合我省实际，制定本办法。⟧</p>
        <p style="text-indent:2em">⟦B|第二条　本办法适用于全省纳入紧密型县域医共体建设范围的县（市、区）。⟧</p>
        <p style="text-align:center">⟦B|第二章　总额确定⟧</p>
        <p style="text-indent:2em">⟦B|第三条　县域医共体医保基金年度总额以上年度县域内医保基金实际支出为基础，综合考虑参保人数变化、基金收入增长、医疗费用合理增长等因素确定。⟧</p>
        <p style="text-indent:2em">⟦B|第四条　年度总额由县级医保部门与县域医共体牵头医院协商确定，报市（州）医保部门备案。⟧</p>
        <p style="text-align:center">⟦B|第三章　结余留用与超支分担⟧</p>
        <p style="text-indent:2em">⟦B|第五条　年度清算后，医保基金结余部分由县域医共体留用，主要用于成员单位医务人员绩效奖励和能力建设；因收治患者数量增加等合理因素超支的，由医保基金和县域医共体按比例分担。⟧</p>
        <p style="text-align:center">⟦B|第四章　附　则⟧</p>
        <p style="text-indent:2em">⟦B|第六条　本办法自2024年1月1日起施行，有效期2年。⟧</p>
      </div>
      <div class="fj">⟦C|附件下载：⟧<a href="/upload/2023/11/P020231121.pdf">⟦C|四川省全面推进紧密型县域医疗卫生共同体建设实施方案.pdf⟧</a></div>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="gn">
        <tr>
          <td>⟦C|分享到：⟧<a href="#" class="wx" title="微信"></a><a href="#" class="wb" title="微博"></a><a href="#" class="qq" title="QQ空间"></a></td>
          <td align="right">⟦C|【<a href="javascript:dyzt()">打印本页</a>】⟧ ⟦C|【<a href="javascript:window.close()">关闭窗口</a>】⟧</td>
        </tr>
      </table>
      <div class="sxp">
        <p>⟦C|上一篇：<a href="/zwgk/tzgg/202311/t20231117_22.html">四川省卫生健康委员会关于开展2023年度基层医疗卫生机构绩效评价工作的通知</a>⟧</p>
        <p>⟦C|下一篇：<a href="/zwgk/tzgg/202311/t20231123_09.html">关于公布第二批省级县域医疗卫生次中心建设单位名单的通知</a>⟧</p>
      </div>
    </td>
    <td width="12"></td>
    <td width="250" valign="top" class="nr_r">
      <div class="bt_r">⟦C|相关文章⟧</div>
      <ul class="xglb">
        <li>⟦C|<a href="/xwzx/202311/t20231108_01.html">我省召开县域医共体建设现场推进会</a>⟧</li>
        <li>⟦C|<a href="/xwzx/202310/t20231027_03.html">全省县域内就诊率达到89.6%，基层服务能力持续提升</a>⟧</li>
        <li>⟦C|<a href="/zcjd/202311/t20231122_02.html">图解：一图读懂我省紧密型县域医共体建设实施方案</a>⟧</li>
      </ul>
      <div class="ewm"><img src="/images/ewm.png" alt="二维码" /><p>⟦C|扫一扫在手机打开当前页⟧</p></div>
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td align="center">
      <p>⟦C|<a href="/wzdt/">网站地图</a>⟧ | ⟦C|<a href="/lxwm/">联系我们</a>⟧ | ⟦C|<a href="/syb/">使用帮助</a>⟧</p>
      <p>⟦C|主办：四川省卫生健康委员会　　承办：四川省卫生健康信息中心⟧</p>
      <p>⟦C|网站标识码：5100000036⟧　⟦C|<a href="https://beian.miit.gov.cn/" target="_blank">蜀ICP备05003827号</a>⟧　<img src="/images/ga.png" />⟦C|<a href="http://www.beian.gov.cn/" target="_blank">川公网安备 51010402000523号</a>⟧</p>
      <p>⟦C|Copyright &copy; 2018-2023 四川省卫生健康委员会 版权所有　建议使用1366&times;768分辨率浏览⟧</p>
    </td>
  </tr>
</table>
<script type="text/javascript">
document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E"));
</script>
</body>
</html>
"""

# zh-03: county government site, no full date anywhere ("上周五", "今年"). A kicker line
# above the headline, a 相关阅读 link between paragraphs, a numbered list of measures and
# a closing hotline / 公众号 sentence that are body.
ZH03 = """
C|缙云县人民政府门户网站
M|⟦C|无障碍⟧ | ⟦C|长者模式⟧ | ⟦C|繁體⟧ | ⟦C|English⟧
C|首页
C|政务公开
C|政务服务
C|互动交流
C|走进缙云
C|您现在的位置：首页 > 政务公开 > 部门动态 > 民政
C|民生实事·看落实
T|缙云：老年食堂开到村口 家庭医生跟着上门
C|信息来源：县民政局　　浏览次数：1283　　【字体：大 中 小】
B|　　上周五中午11点，壶镇镇前路村的“幸福食堂”里已经坐满了老人。两荤一素一汤，80周岁以上老人每餐只需付3元，其余部分由县、镇两级财政和村集体补贴。
B|　　这是缙云县今年推进老年助餐服务的一个缩影。根据县里印发的老年助餐服务实施方案，到今年底，全县将建成老年食堂和助餐点186个，实现乡镇（街道）全覆盖，行政村覆盖率达到85%以上。
C|相关阅读：丽水市发布十方面民生实事项目，老年助餐列入其中
B|　　在助餐的同时，县卫生健康局组织家庭医生团队“跟着饭点上门”：每月在老年食堂开展一次血压、血糖测量和用药指导，对行动不便的失能、半失能老人提供上门随访服务。
B|　　“以前量个血压要跑镇卫生院，现在吃个饭就量好了。”今年78岁的村民应大伯说。
B|　　县民政局相关负责人介绍，缙云县对老年食堂实行星级分级补助：
B|　　1.新建老年食堂每个一次性补助5万元；
B|　　2.每月服务60周岁以上老人600人次以上的，按每人次2元给予运营补助；
B|　　3.星级评定结果每年复核一次，与补助资金挂钩。
B|　　据统计，今年以来全县家庭医生团队已为65岁以上老年人提供上门服务4100余人次，签约老年人规范管理率达到78.6%。
B|　　有助餐需求的老人可拨打民政服务热线0578-3123456咨询，或关注“缙云民政”微信公众号查询就近助餐点。
C|（缙云县融媒体中心记者 李晓 通讯员 朱静）
C|责任编辑：王丹
C|【打印本页】【关闭窗口】【收藏】
C|上一篇：县卫健局开展“世界家庭医生日”宣传活动
C|下一篇：壶镇镇召开老年助餐服务推进会
C|扫一扫在手机上查看当前页面
C|主办单位：缙云县人民政府办公室　　承办单位：缙云县大数据发展中心
C|网站标识码：3311220001　浙ICP备05012345号-1　浙公网安备 33112202000111号
C|联系电话：0578-3139999　　技术支持：浙江某某科技有限公司
"""

# zh-04: a hospital website (div soup, pinyin class names). <title> and <h1> differ; a
# photo gallery whose captions are body sentences while credits, counters and buttons
# are chrome.
ZH04 = """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>我院“台州健康云”互联网医院上线 复诊开药不出门-台州市中心医院</title>
<meta name="keywords" content="台州市中心医院,互联网医院,在线复诊">
<meta name="description" content="5月9日，经浙江省卫生健康委审核批准，我院互联网医院正式上线运行。">
<link rel="stylesheet" href="/statics/css/yy_style.css">
<script src="/statics/js/jquery.min.js"></script>
<script>
$(function(){ $(".tpzs_an .xyz").click(function(){ tpIndex++; }); });
</script>
</head>
<body>
<div class="yy_top">
  <div class="yy_top_c">
    <div class="yy_top_l">⟦C|<a href="/">欢迎访问台州市中心医院</a>⟧</div>
    <div class="yy_top_r">⟦C|<a href="/wza">无障碍浏览</a>⟧ | ⟦C|<a href="/zzb">长者版</a>⟧ | ⟦C|<a href="http://oa.tzzxyy.com">院内OA</a>⟧</div>
  </div>
</div>
<div class="yy_logo">
  <a href="/"><img src="/statics/images/logo.png" alt="台州市中心医院"></a>
  <div class="yy_dh_tel">⟦C|急救电话：120⟧ ⟦C|预约挂号：0576-88526000⟧</div>
</div>
<div class="dh">
  <ul>
    <li>⟦C|<a href="/">首页</a>⟧</li>
    <li>⟦C|<a href="/yygk/">医院概况</a>⟧</li>
    <li>⟦C|<a href="/xwzx/">新闻中心</a>⟧</li>
    <li>⟦C|<a href="/ksdh/">科室导航</a>⟧</li>
    <li>⟦C|<a href="/zjjs/">专家介绍</a>⟧</li>
    <li>⟦C|<a href="/jyzn/">就医指南</a>⟧</li>
    <li>⟦C|<a href="/ywgk/">院务公开</a>⟧</li>
    <li>⟦C|<a href="/djyd/">党建园地</a>⟧</li>
  </ul>
</div>
<div class="main_box">
  <div class="left_nav">
    <div class="left_tit">⟦C|新闻中心⟧</div>
    <ul>
      <li class="on">⟦C|<a href="/xwzx/yyxw/">医院新闻</a>⟧</li>
      <li>⟦C|<a href="/xwzx/mtjj/">媒体聚焦</a>⟧</li>
      <li>⟦C|<a href="/xwzx/tzgg/">通知公告</a>⟧</li>
      <li>⟦C|<a href="/xwzx/spxw/">视频新闻</a>⟧</li>
    </ul>
    <div class="left_ewm"><img src="/statics/images/wx_ewm.jpg" alt="">
      <p>⟦C|扫码关注医院微信公众号⟧</p>
      <p>⟦C|预约挂号 报告查询 一键搞定⟧</p>
    </div>
  </div>
  <div class="right_con">
    <div class="dqwz">⟦C|当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xwzx/">新闻中心</a> &gt;&gt; <a href="/xwzx/yyxw/">医院新闻</a>⟧</div>
    <div class="nr_bt"><h1>⟦T|我院互联网医院正式上线运行 复诊续方可在线完成⟧</h1></div>
    <div class="nr_xx">⟦C|时间：2024年5月10日 16:05　|　来源：党委宣传部　|　点击：<span id="hits">1024</span>⟧</div>
    <div class="nr_nr">
      <p>⟦B|5月9日，经浙江省卫生健康委审核批准，我院互联网医院正式上线运行。患者通过“浙里办”App或医院微信公众号即可在线复诊、续方，处方药品可选择配送到家。⟧</p>
      <div class="tpzs">
        <div class="tpzs_img"><img src="/uploads/2024/0510/hlwyy01.jpg" alt="互联网医院上线"></div>
        <p class="tpzs_tit">⟦B|图为患者在门诊大厅自助机上扫码登录互联网医院。⟧</p>
        <p class="tpzs_zz">⟦C|摄影：陈立⟧</p>
        <div class="tpzs_an">⟦C|<a href="javascript:;" class="syz">上一张</a>⟧ <span class="ys">⟦C|1/4⟧</span> ⟦C|<a href="javascript:;" class="xyz">下一张</a>⟧ ⟦C|<a href="/uploads/2024/0510/hlwyy01_big.jpg">查看原图</a>⟧</div>
      </div>
      <p>⟦B|首批上线的有心血管内科、内分泌科、呼吸内科、儿科等28个临床科室，共有186名医师注册开展线上诊疗服务，高血压、糖尿病等慢性病患者的复诊续方可全程在线完成。⟧</p>
      <p>⟦B|院长林建国表示，建设互联网医院是医院推进公立医院高质量发展、建设智慧医院的重要举措。下一步，医院将依托台州市紧密型城市医疗集团，把线上服务延伸到社区卫生服务中心和乡镇卫生院，让群众少跑腿。⟧</p>
      <div class="tpzs">
        <div class="tpzs_img"><img src="/uploads/2024/0510/hlwyy02.jpg" alt=""></div>
        <p class="tpzs_tit">⟦B|内分泌科医师在互联网诊室通过视频为一名糖尿病患者复诊。⟧</p>
        <p class="tpzs_zz">⟦C|摄影：陈立⟧</p>
        <div class="tpzs_an">⟦C|<a href="javascript:;" class="syz">上一张</a>⟧ <span class="ys">⟦C|2/4⟧</span> ⟦C|<a href="javascript:;" class="xyz">下一张</a>⟧ ⟦C|<a href="/uploads/2024/0510/hlwyy02_big.jpg">查看原图</a>⟧</div>
      </div>
      <p>⟦B|“我是老慢病患者，以前每个月都要请半天假来医院配药，现在手机上十分钟就搞定了。”市民王女士说。⟧</p>
      <p>⟦B|据了解，医院新院区二期工程预计于2025年底投入使用，届时将新增床位800张，建成胸痛、卒中、创伤“三大中心”一体化的区域医疗中心。⟧</p>
      <p>⟦B|温馨提示：互联网医院仅提供常见病、慢性病复诊服务，首诊患者请到院就诊。咨询电话：0576-88526123。⟧</p>
    </div>
    <div class="nr_fx">⟦C|分享到：⟧ ⟦C|<a href="#" class="fx_wx">微信</a>⟧ ⟦C|<a href="#" class="fx_wb">微博</a>⟧ ⟦C|<a href="#" class="fx_qq">QQ空间</a>⟧</div>
    <div class="nr_sxp">
      <div>⟦C|上一篇：<a href="/xwzx/yyxw/2024/0508/1187.html">我院举办“5·12”国际护士节表彰大会</a>⟧</div>
      <div>⟦C|下一篇：<a href="/xwzx/yyxw/2024/0513/1192.html">我院专家赴天台县开展义诊活动</a>⟧</div>
    </div>
    <div class="xgxw">
      <div class="xgxw_tit">⟦C|相关新闻⟧</div>
      <ul>
        <li>⟦C|<a href="/xwzx/yyxw/2024/0422/1160.html">我院上线“先诊疗后付费”信用就医服务，患者离院前一次结清</a>⟧<span>⟦C|2024-04-22⟧</span></li>
        <li>⟦C|<a href="/xwzx/yyxw/2024/0315/1121.html">我院获评省级智慧医院服务三级</a>⟧<span>⟦C|2024-03-15⟧</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="foot">
  <div class="foot_c">
    <p>⟦C|地址：浙江省台州市椒江区东海大道999号　邮编：318000⟧</p>
    <p>⟦C|Copyright &copy; 2024 台州市中心医院 版权所有⟧　⟦C|<a href="https://beian.miit.gov.cn/">浙ICP备10012345号-2</a>⟧　⟦C|<a href="http://www.beian.gov.cn/">浙公网安备 33100202000345号</a>⟧</p>
    <p>⟦C|技术支持：台州网源科技有限公司⟧</p>
  </div>
</div>
<script>var tpIndex = 0;</script>
</body>
</html>
"""

# zh-05: a 搜狐号 repost of a newspaper's policy Q&A (政策解读). Author card with
# follow button, "本文来自", the platform 声明, a photo credit between paragraphs, a
# recommended list whose first item is a full sentence. Fuzhou is 福州 (福建).
ZH05 = """
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>福州DIP支付方式改革，参保人最关心的问题一次说清_搜狐网</title>
<meta name="keywords" content="福州,DIP,医保,支付方式改革">
<meta name="description" content="今年起，福州市全面推行按病种分值付费（DIP）改革。">
<meta property="og:type" content="news">
<meta property="og:title" content="福州DIP付费改革政策解读：参保人看病会受影响吗？">
<meta property="og:image" content="https://p3.itc.cn/q_70/images03/20240510/dip.jpeg">
<meta property="article:published_time" content="2024-05-10T08:15:00+08:00">
<meta name="mediaid" content="福州日报">
<link rel="stylesheet" href="//statics.itc.cn/web/v3/static/css/main-6708fcb.css">
<script>window.sohu_mp = {"article_id":"779912345","media_id":"100381","channel_id":"15"};</script>
</head>
<body>
<header id="head" class="head">
  <div class="area">
    <a class="logo" href="//www.sohu.com"><img src="//statics.itc.cn/web/static/images/logo.png" alt="搜狐"></a>
    <ul class="nav">
      <li>⟦C|<a href="//www.sohu.com">搜狐首页</a>⟧</li>
      <li>⟦C|<a href="//news.sohu.com">新闻</a>⟧</li>
      <li>⟦C|<a href="//sports.sohu.com">体育</a>⟧</li>
      <li>⟦C|<a href="//auto.sohu.com">汽车</a>⟧</li>
      <li>⟦C|<a href="//health.sohu.com">健康</a>⟧</li>
      <li>⟦C|<a href="//business.sohu.com">财经</a>⟧</li>
      <li>⟦C|<a href="javascript:;">更多</a>⟧</li>
    </ul>
    <div class="user-login">⟦C|<a href="javascript:;">登录</a>⟧</div>
  </div>
</header>
<div class="article-page area">
  <div class="left">
    <div class="user-info" data-role="author-card">
      <div class="user-pic"><img src="//p2.itc.cn/mpbp/pro/20220301/fzrb_avatar.jpeg" alt=""></div>
      <div class="user-name">⟦C|福州日报⟧</div>
      <div class="user-num">⟦C|2,415文章⟧ ⟦C|1,203万总阅读⟧</div>
      <div class="user-more">⟦C|<a href="//mp.sohu.com/profile?xpt=fzrb">查看TA的文章&gt;</a>⟧</div>
      <button class="follow-btn" type="button">⟦C|+关注⟧</button>
    </div>
  </div>
  <div class="main">
    <article class="article" id="mp-editor">
      <div class="text-title">
        <h1>⟦T|福州DIP付费改革政策解读：参保人看病会受影响吗？⟧</h1>
        <div class="article-info">
          <span class="time" id="news-time">⟦C|2024-05-10 08:15⟧</span>
          <span class="ip">⟦C|发布于：福建⟧</span>
          <span class="tag">⟦C|<a href="//www.sohu.com/tag/49912">医保</a>⟧</span>
        </div>
      </div>
      <p>⟦C|本文来自：福州日报⟧</p>
      <p>⟦B|今年起，福建省福州市全面推行按病种分值付费（DIP）改革，全市212家定点医疗机构纳入改革范围。DIP是什么？对参保人看病有什么影响？记者就群众关心的问题采访了福州市医疗保障局相关负责人。⟧</p>
      <p><strong>⟦B|问：什么是DIP？⟧</strong></p>
      <p>⟦B|答：DIP是按病种分值付费的简称。它利用医保大数据将疾病诊断与治疗方式进行组合，形成一个个“病种”，每个病种对应一定的分值，医保部门根据病种分值和点值与医疗机构进行结算，不再按服务项目逐项付费。⟧</p>
      <p><strong>⟦B|问：改革后参保人的报销比例会变吗？⟧</strong></p>
      <p>⟦B|答：不会。DIP改革改变的是医保部门与医疗机构之间的结算方式，参保人的待遇政策不变，住院费用仍按现行政策报销，个人负担不会因此增加。⟧</p>
      <p class="ql-align-center"><img src="https://p3.itc.cn/q_70/images03/20240510/dip.jpeg" alt=""></p>
      <p class="ql-align-center">⟦B|福州市医保局工作人员在一家定点医院向患者讲解DIP改革政策。⟧⟦C|（福州日报记者 林涛 摄）⟧</p>
      <p><strong>⟦B|问：医院会不会因为“控费”推诿病人？⟧</strong></p>
      <p>⟦B|答：不会。福州市建立了特例单议机制，对住院时间长、费用高的危重病例，医疗机构可申请按实际费用结算。对推诿病人、分解住院、高套病种等行为，一经查实，将按协议严肃处理。⟧</p>
      <p><strong>⟦B|问：遇到问题向哪里反映？⟧</strong></p>
      <p>⟦B|答：参保人可拨打12393医保服务热线，或在“福州医保”微信公众号留言反映。⟧</p>
      <p>⟦C|（福州日报记者 陈晓东 通讯员 郑宇）⟧</p>
      <p>⟦C|<a href="//www.sohu.com/?strategyid=00001" target="_blank" id="backsohucom">返回搜狐，查看更多</a>⟧</p>
      <div class="statement">⟦C|平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。⟧</div>
      <div class="article-bottom">
        <span class="read-num">⟦C|阅读 (3245)⟧</span>
        <span class="btn-like">⟦C|点赞⟧</span>
        <span class="btn-report">⟦C|投诉⟧</span>
      </div>
    </article>
    <div class="recommend">
      <div class="title">⟦C|推荐阅读⟧</div>
      <ul>
        <li>⟦C|<a href="//www.sohu.com/a/779800001_100381">全省医保部门将在年底前实现DRG/DIP支付方式改革统筹地区全覆盖。</a>⟧</li>
        <li>⟦C|<a href="//www.sohu.com/a/779800002_100381">福州这些医院可以用医保电子凭证扫码就医了</a>⟧</li>
        <li>⟦C|<a href="//www.sohu.com/a/779800003_100381">门诊共济保障后，职工医保个人账户还能这样用</a>⟧</li>
      </ul>
    </div>
    <div class="comment">
      <div class="c-title">⟦C|我来说两句⟧</div>
      <div class="c-num">⟦C|0人参与，0条评论⟧</div>
      <div class="c-login">⟦C|<a href="javascript:;">登录并发表</a>⟧</div>
    </div>
  </div>
</div>
<footer class="footer">
  <div>⟦C|<a href="//www.sohu.com/about">关于搜狐</a>⟧ ⟦C|<a href="//www.sohu.com/help">客服中心</a>⟧ ⟦C|<a href="//www.sohu.com/report">举报中心</a>⟧</div>
  <div>⟦C|Copyright &copy; 2024 Sohu.com Inc. All Rights Reserved. 搜狐公司 版权所有⟧</div>
</footer>
<script src="//statics.itc.cn/web/v3/static/js/main-ae43b1d.js"></script>
</body>
</html>
"""

# zh-06 (economy): an investment conference on a city news portal that mentions the
# biomedicine industry once. Video player chrome (duration, play count, 加载中).
# No full date: "3月19日" only, no year anywhere.
ZH06 = """
C|杭州网 首页 > 新闻中心 > 杭州新闻
M|⟦T|杭州·全球投资推介会举行 现场签约项目总投资1268亿元⟧_⟦C|杭州网⟧
T|杭州·全球投资推介会举行 现场签约项目总投资1268亿元
C|来源：杭州日报　　作者：记者 周颖 通讯员 杭商宣　　编辑：周晓
C|视频：推介会现场直击
C|03:25
C|播放量：1.2万
C|加载中...
C|点击播放
B|　　3月19日，杭州·全球投资推介会在杭州国际博览中心举行。来自美国、德国、新加坡等32个国家和地区的500余名客商参会，现场集中签约重大项目86个，总投资1268亿元。
B|　　此次签约项目涵盖数字经济、高端装备、新能源汽车、新材料等领域，其中外资项目21个，合同外资43.6亿美元。
B|　　推介会现场，中外客商集中签约重大项目。
C|杭州网记者 张帆 摄
B|　　市领导在致辞中表示，杭州将持续打造市场化、法治化、国际化一流营商环境，为企业提供“全周期、全要素”服务，让投资者在杭州安心、放心、舒心发展。
B|　　推介会上，钱塘区、余杭区分别作了专题推介，生物医药企业代表也分享了在杭投资发展的经验。
B|　　据悉，今年杭州将深入实施重大产业项目“攻坚行动”，全年计划招引10亿元以上产业项目120个。
C|相关视频
C|02:18
C|钱塘区：打造万亿级智能制造产业集群
C|播放量：8635
C|01:47
C|外资企业负责人：我们为什么选择杭州
C|播放量：5102
C|下载杭州网APP，看更多杭州新闻
C|关注杭州网抖音号、视频号，获取更多现场视频
C|杭州网版权所有，未经书面授权禁止转载、摘编
C|互联网新闻信息服务许可证：33120170004　浙ICP备09003500号
"""

# zh-07 (job-ad): recruitment notice in a hospital site's 院务公开 section, old CMS
# ("Addtime:"). Fuzhou is 抚州 (江西). Numbered conditions, a table of posts, a
# birth-date limit and an application window are body dates, not the publication date.
ZH07 = """
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>抚州市第一人民医院2022年公开招聘编外专业技术人员公告--抚州市第一人民医院</title>
<meta name="keywords" content="招聘,编外,专业技术人员">
<link href="/skin/default/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/e/data/js/ajax.js"></script>
</head>
<body>
<div id="top">
  <div class="logo"><img src="/skin/default/images/logo.jpg" alt="抚州市第一人民医院"></div>
  <div class="toptel">⟦C|24小时服务热线：0794-8221000⟧</div>
</div>
<div id="menu">
  ⟦C|<a href="/">网站首页</a>⟧
  ⟦C|<a href="/yygk/">医院概况</a>⟧
  ⟦C|<a href="/xwdt/">新闻动态</a>⟧
  ⟦C|<a href="/ksjs/">科室介绍</a>⟧
  ⟦C|<a href="/zjfc/">专家风采</a>⟧
  ⟦C|<a href="/ywgk/">院务公开</a>⟧
  ⟦C|<a href="/rczp/">人才招聘</a>⟧
  ⟦C|<a href="/lxwm/">联系我们</a>⟧
</div>
<div id="main">
  <div class="lmleft">
    <div class="lmtitle">⟦C|院务公开⟧</div>
    <div class="lmlist">
      ⟦C|<a href="/ywgk/xxgk/">医院信息公开</a>⟧
      ⟦C|<a href="/ywgk/jggs/">价格公示</a>⟧
      ⟦C|<a href="/ywgk/zbcg/">招标采购</a>⟧
      ⟦C|<a href="/ywgk/rszp/">人事招聘</a>⟧
      ⟦C|<a href="/ywgk/yzxx/">院长信箱</a>⟧
    </div>
  </div>
  <div class="lmright">
    <div class="position">⟦C|您现在的位置：<a href="/">网站首页</a>&nbsp;&gt;&nbsp;<a href="/ywgk/">院务公开</a>&nbsp;&gt;&nbsp;<a href="/ywgk/rszp/">人事招聘</a>⟧</div>
    <div class="newstitle">⟦T|抚州市第一人民医院2022年公开招聘编外专业技术人员公告⟧</div>
    <div class="newsinfo">⟦C|Addtime:2022-05-13&nbsp;&nbsp;Hits:<script src="/e/public/ViewClick/?classid=12&id=881&addclick=1"></script>356⟧&nbsp;&nbsp;⟦C|【<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】⟧</div>
    <div class="newstext" id="fontzoom">
      <p>⟦B|根据医院发展需要，经研究决定，面向社会公开招聘编外专业技术人员35名。现将有关事项公告如下：⟧</p>
      <p><b>⟦B|一、招聘岗位及人数⟧</b></p>
      <table border="1" cellspacing="0" cellpadding="3" width="100%">
        <tr>⟦B|<td>岗位代码</td><td>岗位名称</td><td>人数</td><td>学历要求</td><td>专业要求</td>⟧</tr>
        <tr>⟦B|<td>101</td><td>临床医师</td><td>12</td><td>本科及以上</td><td>临床医学</td>⟧</tr>
        <tr>⟦B|<td>102</td><td>护理</td><td>18</td><td>大专及以上</td><td>护理、护理学</td>⟧</tr>
        <tr>⟦B|<td>103</td><td>医学影像技师</td><td>5</td><td>本科及以上</td><td>医学影像技术</td>⟧</tr>
      </table>
      <p><b>⟦B|二、报考条件⟧</b></p>
      <p>⟦B|1.具有中华人民共和国国籍，遵守宪法和法律；⟧</p>
      <p>⟦B|2.年龄在35周岁以下（1986年5月13日以后出生）；⟧</p>
      <p>⟦B|3.具有岗位所需的学历、专业和资格条件，护理岗位须持有护士执业资格证书；⟧</p>
      <p>⟦B|4.身体健康，能适应岗位工作要求。⟧</p>
      <p><b>⟦B|三、报名时间及方式⟧</b></p>
      <p>⟦B|报名时间：2022年5月16日至5月20日（上午8:00-12:00，下午14:30-17:30）。⟧</p>
      <p>⟦B|报名地点：江西省抚州市临川区医院行政楼三楼人事科。联系电话：0794-8221234，联系人：李老师。⟧</p>
      <p><b>⟦B|四、聘用待遇⟧</b></p>
      <p>⟦B|聘用人员实行同岗同酬，按规定缴纳五险一金，试用期3个月。⟧</p>
      <p>⟦C|附件：<a href="/d/file/rczp/2022-05-13/bmb.docx">抚州市第一人民医院2022年公开招聘编外专业技术人员报名表.docx</a>⟧</p>
      <p align="right">⟦B|抚州市第一人民医院⟧</p>
      <p align="right">⟦B|2022年5月13日⟧</p>
    </div>
    <div class="newsbottom">
      ⟦C|【<a href="javascript:window.print()">打印</a>】⟧ ⟦C|【<a href="javascript:window.close()">关闭</a>】⟧
    </div>
    <div class="prenext">
      <div>⟦C|上一条：<a href="/ywgk/rszp/879.html">抚州市第一人民医院2022年住院医师规范化培训招收简章</a>⟧</div>
      <div>⟦C|下一条：<a href="/ywgk/rszp/884.html">关于2022年公开招聘编外专业技术人员资格审查结果的公示</a>⟧</div>
    </div>
  </div>
</div>
<div id="footer">
  ⟦C|版权所有：抚州市第一人民医院　地址：江西省抚州市临川区赣东大道1号⟧<br>
  ⟦C|<a href="https://beian.miit.gov.cn">赣ICP备12001234号-1</a>⟧　⟦C|技术支持：抚州云帆网络⟧
</div>
</body>
</html>
"""

# zh-08: Taiwan, traditional script, Big5 bytes with CRLF line ends, saved by a text
# scraper. 發布日期 is the publication date; 最後更新日期 uses the ROC calendar; the body
# counts years in ROC years too.
ZH08 = """
C|衛生福利部國民健康署
C|:::
C|跳到主要內容區塊
M|⟦C|首頁⟧ | ⟦C|網站導覽⟧ | ⟦C|English⟧ | ⟦C|常見問答⟧
C|字級：小 中 大
C|分享
C|列印本頁
C|首頁 > 新聞與公告 > 新聞稿
T|擴大癌症篩檢服務 乳癌、肺癌篩檢對象放寬
C|發布日期：2024-03-05
C|資料來源：國民健康署
B|為提升癌症早期發現率，國民健康署宣布自今年起擴大癌症篩檢服務，將乳房X光攝影篩檢年齡下修至40歲，並將肺癌低劑量電腦斷層掃描篩檢對象擴及具家族史之40歲以上民眾。
B|國健署署長林文彬表示，112年全國共篩檢約520萬人次，發現癌前病變及癌症個案約3萬7千人，早期發現、早期治療，可大幅提高存活率。
B|此次擴大的篩檢項目如下：
B|一、乳癌：40至74歲婦女，每2年1次乳房X光攝影檢查。
B|二、肺癌：50至74歲具重度吸菸史者，以及40至74歲具肺癌家族史者，每2年1次低劑量電腦斷層掃描檢查。
B|三、大腸癌：50至74歲民眾，每2年1次糞便潛血檢查。
B|國健署提醒，符合資格的民眾可攜帶健保卡至合約醫療院所接受篩檢，費用由政府補助，民眾不需自付。
B|相關合約醫療院所名單，可洽各縣市衛生局，或撥打免付費健康諮詢專線0800-636363查詢。
C|最後更新日期：113-03-08
C|瀏覽人次：5321
C|返回頁首
C|回上一頁
C|相關連結
C|癌症篩檢專區
C|各縣市衛生局聯絡資訊
M|⟦C|隱私權政策⟧ | ⟦C|政府網站資料開放宣告⟧ | ⟦C|資訊安全政策⟧
C|地址：103臺北市大同區塔城街100號　總機：(02)2522-1234
C|衛生福利部國民健康署 版權所有
"""

# zh-09: Hong Kong press release on a health site, traditional script in UTF-8. The
# dateline uses Chinese numerals in the body ("今日（十月二日）"); the full date sits
# in the release footer and in 最後修訂日期.
ZH09 = """
<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="UTF-8">
<title>衞生防護中心 - 新聞稿 - 二○二四／二五年度季節性流感疫苗接種計劃明日展開</title>
<meta name="description" content="衞生署衞生防護中心今日宣布，二○二四／二五年度政府防疫注射計劃及季節性流感疫苗資助計劃將於明日展開。">
<meta name="date" content="2024-10-02">
<meta property="og:site_name" content="衞生防護中心">
<link rel="stylesheet" href="/tc/css/chp_main.css">
<script src="/js/jquery.min.js"></script>
<script>var lang = "tc";</script>
</head>
<body>
<a href="#content" class="skip">⟦C|跳至主要內容⟧</a>
<div id="header">
  <div class="logo"><img src="/images/chp_logo_tc.png" alt="衞生署 衞生防護中心"></div>
  <ul class="lang">
    <li>⟦C|<a href="/en/">English</a>⟧</li>
    <li>⟦C|<a href="/sc/">简体</a>⟧</li>
  </ul>
  <div class="fontsize">⟦C|文字大小 <a href="#" class="s">A</a> <a href="#" class="m">A</a> <a href="#" class="l">A</a>⟧</div>
  <div class="search"><input type="text" title="搜尋"><button>⟦C|搜尋⟧</button></div>
  <ul class="mainnav">
    <li>⟦C|<a href="/tc/">主頁</a>⟧</li>
    <li>⟦C|<a href="/tc/healthtopics/">健康主題</a>⟧</li>
    <li>⟦C|<a href="/tc/resources/">資源</a>⟧</li>
    <li>⟦C|<a href="/tc/media/">新聞及媒體</a>⟧</li>
    <li>⟦C|<a href="/tc/statistics/">統計數字</a>⟧</li>
  </ul>
</div>
<div id="breadcrumb">⟦C|<a href="/tc/">主頁</a> &gt; <a href="/tc/media/">新聞及媒體</a> &gt; 新聞稿⟧</div>
<div id="content">
  <div class="tools">⟦C|<a href="javascript:window.print()">列印本頁</a>⟧ ⟦C|<a href="mailto:?subject=chp">電郵本頁</a>⟧</div>
  <h2 class="pr_title">⟦T|二○二四／二五年度季節性流感疫苗接種計劃明日展開⟧</h2>
  <div class="pr_body">
    <p>⟦B|衞生署衞生防護中心今日（十月二日）宣布，二○二四／二五年度政府防疫注射計劃及季節性流感疫苗資助計劃將於明日（十月三日）展開，合資格人士可免費或獲資助接種季節性流感疫苗。⟧</p>
    <p>⟦B|本年度合資格人士包括：⟧</p>
    <p>⟦B|（一）五十歲或以上人士；⟧</p>
    <p>⟦B|（二）六個月至未滿十八歲的兒童及青少年；⟧</p>
    <p>⟦B|（三）孕婦；⟧</p>
    <p>⟦B|（四）居於安老院舍的長者及殘疾人士。⟧</p>
    <p>⟦B|衞生署今年繼續推行學校外展疫苗接種計劃，預計約九成中小學及幼稚園參與，外展隊伍亦會到幼兒中心為兒童接種。已登記參與的學校家長會經學校收到同意書。⟧</p>
    <p>⟦B|衞生防護中心總監梁家明醫生表示：「季節性流感可引致嚴重併發症，甚至死亡。長者、幼童及長期病患者應盡早接種疫苗，以保障自己和家人的健康。」⟧</p>
    <p>⟦B|市民可致電衞生署熱線2833 0111或瀏覽衞生防護中心網頁，查閱參與計劃的私家醫生名單。⟧</p>
    <p class="pr_end">⟦C|完⟧</p>
    <p class="pr_date">⟦C|2024年10月2日（星期三）⟧<br>⟦C|香港時間15時30分⟧</p>
  </div>
  <div class="sharebar">⟦C|分享：⟧ ⟦C|<a href="#">Facebook</a>⟧ ⟦C|<a href="#">WhatsApp</a>⟧ ⟦C|<a href="#">電郵</a>⟧</div>
  <div class="related">
    <h3>⟦C|相關資訊⟧</h3>
    <ul>
      <li>⟦C|<a href="/tc/features/">季節性流感疫苗接種計劃常見問題</a>⟧</li>
      <li>⟦C|<a href="/tc/features/102.html">疫苗可預防疾病科學委員會建議</a>⟧</li>
    </ul>
  </div>
  <div class="backtop">⟦C|<a href="#header">返回頁首</a>⟧</div>
</div>
<div id="footer">
  <ul>
    <li>⟦C|<a href="/tc/notice/">重要告示</a>⟧</li>
    <li>⟦C|<a href="/tc/privacy/">私隱政策</a>⟧</li>
    <li>⟦C|<a href="/tc/accessibility/">無障礙瀏覽</a>⟧</li>
    <li>⟦C|<a href="/tc/sitemap/">網頁指南</a>⟧</li>
    <li>⟦C|<a href="/tc/contact/">聯絡我們</a>⟧</li>
  </ul>
  <p>⟦C|2024 &copy; 衞生署⟧</p>
  <p>⟦C|最後修訂日期：2024年10月2日⟧</p>
</div>
</body>
</html>
"""

# zh-10 (marketing): a pharmacy chain's promotion on a local portal, dressed in policy
# words (健康中国, 医保电子凭证, 集采中选药品). GB18030 bytes: the pharmacist's name uses
# a CJK Extension A character that GBK cannot encode. An ad line between paragraphs.
ZH10 = """
C|苏州本地宝
M|⟦C|首页⟧ | ⟦C|办事指南⟧ | ⟦C|苏州生活⟧ | ⟦C|健康⟧ | ⟦C|便民查询⟧
C|当前位置：苏州本地宝 > 苏州生活 > 健康资讯
T|医保惠民进万家 济民堂大药房苏州28家门店开启会员日
C|发布日期：2022.09.01　　来源：本地宝　　浏览：2,876
B|　　为响应“健康中国”行动，让广大市民用上质优价廉的药品，济民堂大药房苏州地区28家医保定点门店于9月1日至9月7日开展“医保惠民会员日”活动。
B|　　活动期间，会员使用医保电子凭证结算满100元立减15元，高血压、糖尿病等慢病常用药品低至8.8折，部分国家集采中选药品与医院同价销售。
C|【广告】苏州口腔连锁 种植牙限时特惠 点击预约
B|　　门店执业药师王㛃介绍，9月3日、9月4日两天，苏州工业园区星湖街店还将举办免费测血压、测血糖及用药咨询活动，现场办理会员可领取家用药箱一个。
B|　　活动详情可关注“济民堂大药房”微信公众号，或拨打客服热线400-826-1234咨询。
B|　　本活动最终解释权归济民堂大药房所有。
C|分享到：微信　朋友圈　微博　QQ
C|猜你喜欢
C|苏州医保电子凭证怎么激活？手把手教你三步搞定
C|苏州哪些药店可以刷医保？最新定点药店名单来了
C|苏州9月起这些新规将影响你的生活
C|扫码关注苏州本地宝公众号，办事攻略早知道
C|本站内容均来自网络整理，如有侵权请联系删除。
C|Copyright © 本地宝 All Rights Reserved　苏ICP备10212345号
"""

# en-01: a Chinese municipal health commission page run through an in-browser
# translation plugin and saved as HTML (<font> wrappers, lang still zh-CN). Chrome is
# translated too. Suzhou is 宿州 (Anhui): Yongqiao District, Dangshan, Lingbi, Si County.
EN01 = """
<!DOCTYPE html>
<html lang="zh-CN" class="translated-ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Our city held the 2024 patriotic health campaign mobilization meeting_Suzhou Municipal Health and Health Commission</title>
<meta name="ArticleTitle" content="我市召开2024年爱国卫生运动暨国家卫生城市巩固提升工作动员会">
<meta name="PubDate" content="2024-04-08 09:30">
<meta name="ContentSource" content="市爱卫办">
<link rel="stylesheet" href="/css/wjw_style.css">
<script src="/js/jquery-1.11.3.min.js"></script>
<script>
var d = new Date(); document.getElementById("jt") && (document.getElementById("jt").innerHTML = "Today is: " + d.toLocaleDateString());
</script>
</head>
<body>
<div class="wjw_top">
  <div class="wjw_top_c">
    <span class="hy"><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">⟦C|Welcome to the website of Suzhou Municipal Health and Health Commission!⟧</font></font></span>
    <span id="jt"></span>
    <span class="fr">⟦C|<a href="/wza/">Barrier-free browsing</a>⟧ | ⟦C|<a href="/ydb/">Mobile version</a>⟧</span>
  </div>
</div>
<div class="goog-te-gadget">⟦C|Select Language⟧
  <select class="goog-te-combo">
    <option value="">⟦C|Chinese (Simplified)⟧</option>
    <option value="en">⟦C|English⟧</option>
    <option value="ja">⟦C|Japanese⟧</option>
  </select>
  <span>⟦C|Powered by Translate⟧</span>
</div>
<div class="wjw_logo"><img src="/images/logo.png" alt="宿州市卫生健康委员会"></div>
<div class="wjw_dh">
  <ul>
    <li>⟦C|<a href="/">Home page</a>⟧</li>
    <li>⟦C|<a href="/jgzn/">Organization</a>⟧</li>
    <li>⟦C|<a href="/zfxxgk/">Government information disclosure</a>⟧</li>
    <li>⟦C|<a href="/zwfw/">Government services</a>⟧</li>
    <li>⟦C|<a href="/hdjl/">Interactive communication</a>⟧</li>
    <li>⟦C|<a href="/jkkp/">Health science popularization</a>⟧</li>
  </ul>
</div>
<div class="dqwz">⟦C|Current location: <a href="/">Home page</a> &gt; <a href="/zfxxgk/">Government information disclosure</a> &gt; <a href="/zfxxgk/tzgg/">Notice announcement</a>⟧</div>
<div class="xl_box">
  <div class="xl_bt"><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">⟦T|Our city held the 2024 patriotic health campaign and national health city consolidation and improvement work mobilization meeting⟧</font></font></div>
  <div class="xl_xx">⟦C|Release time: 2024-04-08 09:30 Source: Municipal Patriotic Health Office Views: <span id="views">268</span>⟧</div>
  <div class="xl_zh">⟦C|Font size: <a href="javascript:fontsize(18)">large</a> <a href="javascript:fontsize(16)">medium</a> <a href="javascript:fontsize(14)">small</a>⟧</div>
  <div class="xl_nr" id="zoom">
    <p><font style="vertical-align: inherit;"><font style="vertical-align: inherit;">⟦B|On April 7, our city held the 2024 patriotic health campaign and national health city consolidation and improvement work mobilization meeting. Vice Mayor Zhang Wei attended the meeting and made a speech.⟧</font></font></p>
    <p style="text-align:center"><img src="/uploads/2024/04/08/aw01.jpg" alt=""></p>
    <p style="text-align:center">⟦C|(Photo by Li Ming)⟧</p>
    <p>⟦B|The meeting pointed out that since our city was named a national health city, all counties and districts have adhered to the people-centered, deeply carried out the patriotic health campaign, the urban and rural environmental sanitation has been significantly improved, and the health literacy level of the masses has been continuously improved.⟧</p>
    <p>⟦B|According to the deployment of the Anhui Provincial Patriotic Health Campaign Committee, the meeting demanded that all departments should grasp the implementation and focus on the following key work:⟧</p>
    <p>⟦B|1. Carry out the "clean homes" environmental sanitation remediation action, and thoroughly clean up the garbage in back streets and alleys, farmers' markets and urban villages;⟧</p>
    <p>⟦B|2. Do a good job in the prevention and control of disease vectors, and the density of rats, mosquitoes, flies and cockroaches should reach the national standard;⟧</p>
    <p>⟦B|3. Promote the construction of healthy villages and towns, healthy communities and healthy units, and build 20 healthy cells this year;⟧</p>
    <p>⟦B|4. Strengthen the publicity of health knowledge and guide the masses to form a civilized and healthy lifestyle.⟧</p>
    <p>⟦B|The meeting stressed that the national health city review will be carried out in the second half of the year. All counties and districts should rectify the problems found in the unannounced inspection with the "zero tolerance" attitude, and the rectification shall be completed before June 30.⟧</p>
    <p>⟦B|Responsible comrades of the Municipal Health and Health Commission, the Municipal Urban Management Bureau and the Municipal Market Supervision Bureau, and the heads of the patriotic health offices of Yongqiao District, Dangshan County, Xiao County, Lingbi County and Si County attended the meeting.⟧</p>
  </div>
  <div class="xl_gn">
    ⟦C|<a href="javascript:window.print()">[Print this page]</a> <a href="javascript:window.close()">[Close the window]</a>⟧
  </div>
  <div class="xl_fx">⟦C|Share to:⟧ <a class="wx" title="WeChat"></a><a class="wb" title="Weibo"></a></div>
  <div class="xl_xg">
    <div class="xg_tit">⟦C|Related articles⟧</div>
    <ul>
      <li>⟦C|<a href="/xwzx/202404/t20240402.html">Our city carried out the publicity activities of the 36th Patriotic Health Month</a>⟧</li>
      <li>⟦C|<a href="/xwzx/202403/t20240325.html">The municipal patriotic health office carried out unannounced inspection of the urban environmental sanitation</a>⟧</li>
    </ul>
  </div>
</div>
<div class="wjw_foot">
  <div class="ewm"><img src="/images/jkszewm.jpg" alt="">⟦C|Scan the QR code to follow the WeChat public account "Health Suzhou"⟧</div>
  <p>⟦C|Sponsored by: Suzhou Municipal Health and Health Commission Undertaken by: Suzhou Municipal Health Information Center⟧</p>
  <p>⟦C|Address: No. 168 Bianhe Road, Yongqiao District, Suzhou City, Anhui Province⟧</p>
  <p>⟦C|Website identification code: 3413000023⟧ ⟦C|<a href="https://beian.miit.gov.cn">Anhui ICP No. 05012345-1</a>⟧ ⟦C|<a href="http://www.beian.gov.cn">Wan Gong Wang An Bei 34130202000123</a>⟧</p>
</div>
</body>
</html>
"""

# en-02: Singapore ministry press release on a modern gov.sg-style site (<main>,
# <article>, masthead, cookie banner). Numbered paragraphs ("2.", "3.") are body, as
# are a price table and a quote attribution line. The ministry/date sign-off is chrome.
EN02 = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MOH | News Highlights | Enhanced Healthier SG subsidies for chronic medications</title>
<meta name="description" content="Residents enrolled with a Healthier SG clinic will pay polyclinic-comparable prices for common chronic medications from 1 July 2024.">
<meta property="og:title" content="Healthier SG: Enhanced Subsidies for Chronic Disease Medications at GP Clinics">
<meta property="og:site_name" content="Ministry of Health">
<meta property="article:published_time" content="2024-03-12T10:00:00+08:00">
<link rel="stylesheet" href="/assets/css/sgds.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div class="sgds-masthead">
  <div class="container">
    <span>⟦C|A Singapore Government Agency Website⟧</span>
    <button class="masthead-toggle">⟦C|How to identify⟧</button>
    <div class="masthead-content">
      <div>⟦C|Official website links end with .gov.sg⟧</div>
      <div>⟦C|Secure websites use HTTPS⟧</div>
    </div>
  </div>
</div>
<header class="site-header">
  <a href="/" class="logo"><img src="/assets/img/moh-logo.svg" alt="Ministry of Health"></a>
  <nav aria-label="Main">
    <ul>
      <li>⟦C|<a href="/about-us">About Us</a>⟧</li>
      <li>⟦C|<a href="/newsroom">News Highlights</a>⟧</li>
      <li>⟦C|<a href="/policies">Policies</a>⟧</li>
      <li>⟦C|<a href="/resources-statistics">Resources &amp; Statistics</a>⟧</li>
      <li>⟦C|<a href="/contact-us">Contact Us</a>⟧</li>
    </ul>
  </nav>
</header>
<main id="main-content">
  <nav class="breadcrumb" aria-label="breadcrumb">⟦C|<a href="/">Home</a> / <a href="/newsroom">News Highlights</a> / Press Releases⟧</nav>
  <article class="news-article">
    <p class="eyebrow">⟦C|PRESS RELEASE⟧</p>
    <h1>⟦T|Healthier SG: Enhanced Subsidies for Chronic Disease Medications at Participating GP Clinics⟧</h1>
    <p class="article-date"><time datetime="2024-03-12">⟦C|12 March 2024⟧</time></p>
    <div class="article-content">
      <p>⟦B|The Ministry of Health (MOH) will enhance subsidies for chronic disease medications dispensed at Healthier SG general practitioner (GP) clinics from 1 July 2024, so that residents who enrol with a Healthier SG clinic pay prices comparable to those at polyclinics.⟧</p>
      <p>⟦B|2. Today, enrolled residents who see their Healthier SG GP for conditions such as hypertension, diabetes and high cholesterol receive subsidies under the Community Health Assist Scheme (CHAS), but many still pay more for their medications than they would at a polyclinic.⟧</p>
      <p>⟦B|3. Under the enhancement, about 100 commonly prescribed chronic medications on a new Healthier SG Chronic Tier will be priced at or below polyclinic levels. The prices residents can expect for some common medications are shown below.⟧</p>
      <table class="table">
        <thead><tr>⟦B|<th>Medication (one month)</th><th>Polyclinic price</th><th>Healthier SG GP price from 1 July 2024</th>⟧</tr></thead>
        <tbody>
          <tr>⟦B|<td>Metformin 500mg</td><td>$2.40</td><td>$2.40</td>⟧</tr>
          <tr>⟦B|<td>Amlodipine 5mg</td><td>$1.80</td><td>$1.70</td>⟧</tr>
          <tr>⟦B|<td>Atorvastatin 20mg</td><td>$3.10</td><td>$3.00</td>⟧</tr>
        </tbody>
      </table>
      <p>⟦B|4. Participating clinics will receive an annual service fee for each enrolled resident with a chronic condition, to support regular follow-up and health plan reviews. More than 1,100 GP clinics have joined Healthier SG to date.⟧</p>
      <blockquote>
        <p>⟦B|"We want residents to see one family doctor who knows them well, without having to worry that their medicines cost more than at a polyclinic."⟧</p>
        <p>⟦B|Dr Lee Wen Hao, Senior Minister of State for Health⟧</p>
      </blockquote>
      <p>⟦B|5. Residents who have not yet enrolled can do so through the HealthHub app. Members of the public with questions may call the Healthier SG hotline at 6388 1234.⟧</p>
      <p class="signoff">⟦C|MINISTRY OF HEALTH⟧<br>⟦C|12 MARCH 2024⟧</p>
    </div>
    <div class="share">⟦C|Share this article:⟧ ⟦C|<a href="#">Facebook</a>⟧ ⟦C|<a href="#">LinkedIn</a>⟧ ⟦C|<a href="#">WhatsApp</a>⟧ ⟦C|<a href="#">Email</a>⟧</div>
  </article>
  <aside class="related-news">
    <h2>⟦C|Related News⟧</h2>
    <ul>
      <li>⟦C|<a href="/newsroom/healthier-sg-enrolment-crosses-one-million">More than one million residents have now enrolled with a Healthier SG clinic</a>⟧</li>
      <li>⟦C|<a href="/newsroom/chas-changes-2024">Changes to CHAS subsidies for dental services</a>⟧</li>
    </ul>
  </aside>
  <section class="feedback">
    <p>⟦C|Was this article helpful?⟧</p>
    <button>⟦C|Yes⟧</button><button>⟦C|No⟧</button>
  </section>
</main>
<footer class="site-footer">
  <ul>
    <li>⟦C|<a href="/contact-us">Contact</a>⟧</li>
    <li>⟦C|<a href="https://www.reach.gov.sg">Feedback</a>⟧</li>
    <li>⟦C|<a href="https://tech.gov.sg/report_vulnerability">Report Vulnerability</a>⟧</li>
    <li>⟦C|<a href="/privacy-statement">Privacy Statement</a>⟧</li>
    <li>⟦C|<a href="/terms-of-use">Terms of Use</a>⟧</li>
  </ul>
  <p>⟦C|&copy; 2024 Government of Singapore⟧</p>
  <p>⟦C|Last Updated 12 Mar 2024⟧</p>
</footer>
<div class="cookie-banner" role="dialog">
  <p>⟦C|We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.⟧</p>
  <button class="cookie-accept">⟦C|Accept⟧</button>
</div>
</body>
</html>
"""

# en-03: a Yahoo-style aggregator reposting a trade outlet's story, with a video player
# (duration, views, "Loading..."), author card and follow button, a syndication line,
# trending list, comments and newsletter prompts. A photo caption is a body sentence.
EN03 = """
<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>CMS proposes keeping Medicare telehealth flexibilities through 2024</title>
<meta name="description" content="Medicare would keep paying for telehealth visits at home under the proposed 2024 physician fee schedule.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Zephyr News">
<meta property="og:title" content="CMS proposes keeping Medicare telehealth flexibilities through 2024">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://news.zephyr.com/cms-proposes-keeping-medicare-telehealth-130512345.html">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-07-13T14:05:00.000Z","author":{"name":"Dana Whitfield"}}</script>
</head>
<body>
<div id="ybar">
  <a href="/" class="zlogo">⟦C|Zephyr⟧</a>
  <ul class="zbar-nav">
    <li>⟦C|<a href="/">Home</a>⟧</li>
    <li>⟦C|<a href="/mail">Mail</a>⟧</li>
    <li>⟦C|<a href="/news">News</a>⟧</li>
    <li>⟦C|<a href="/finance">Finance</a>⟧</li>
    <li>⟦C|<a href="/sports">Sports</a>⟧</li>
    <li>⟦C|<a href="/life">Life</a>⟧</li>
  </ul>
  <a href="/login" class="signin">⟦C|Sign in⟧</a>
</div>
<div id="module-article">
  <header class="caas-header">
    <div class="caas-logo">⟦C|Capitol Health Wire⟧</div>
    <h1>⟦T|CMS proposes keeping Medicare telehealth flexibilities through 2024⟧</h1>
  </header>
  <div class="caas-attr">
    <div class="caas-author-card">
      <img src="https://s.zyimg.com/authors/dwhitfield.jpg" alt="">
      <span class="caas-author-name">⟦C|Dana Whitfield⟧</span>
      <span class="caas-author-role">⟦C|Senior Reporter, Capitol Health Wire⟧</span>
      <button class="follow">⟦C|Follow⟧</button>
    </div>
    <div class="caas-attr-time">⟦C|Jul. 13, 2023 · 4 min read⟧</div>
  </div>
  <div class="caas-body">
    <p>⟦B|Medicare would keep paying for most telehealth visits that patients receive at home through the end of 2024 under a proposal the Centers for Medicare & Medicaid Services released on Thursday, giving doctors another year before stricter in-person rules return.⟧</p>
    <div class="video-player" data-uuid="8f2a1c7e">
      <div class="vp-title">⟦C|How telehealth changed after the pandemic⟧</div>
      <div class="vp-status">⟦C|Loading...⟧</div>
      <span class="vp-duration">⟦C|03:25⟧</span>
      <div class="vp-upnext">⟦C|Up next⟧</div>
      <div class="vp-next-title">⟦C|Medicare Advantage enrollment hits a record high⟧</div>
      <span class="vp-views">⟦C|1.2K views⟧</span>
    </div>
    <p>⟦B|Under the proposed 2024 physician fee schedule, Medicare would continue to pay for behavioral health services delivered by video or phone, and would pay for telehealth visits at the same rate as in-person visits for another year.⟧</p>
    <p>⟦B|The agency also proposed new payment codes for community health workers and for caregiver training, and would allow teaching physicians to supervise residents virtually.⟧</p>
    <figure>
      <img src="https://s.zyimg.com/news/telehealth-visit.jpg" alt="">
      <figcaption>⟦B|A physician conducts a video visit with a Medicare patient from a clinic in rural Virginia.⟧ ⟦C|Photo: Jordan Lee/Capitol Health Wire⟧</figcaption>
    </figure>
    <p>⟦B|The proposal would also cut the conversion factor used to calculate physician payments by about 3.3%, a reduction physician groups warned would squeeze practices already facing rising costs.⟧</p>
    <p>⟦C|Story continues⟧</p>
    <p>⟦B|"Telehealth has become a lifeline for many people with Medicare, especially in rural areas," a CMS spokesperson said in a statement.⟧</p>
    <p>⟦B|CMS will accept public comments on the proposal until Sept. 11, 2023. A final rule is expected in November.⟧</p>
    <p class="syndication">⟦C|This article was syndicated from Capitol Health Wire.⟧ ⟦C|Originally published at capitolhealthwire.com.⟧</p>
  </div>
  <div class="caas-share">⟦C|<a href="#">Share</a>⟧ ⟦C|<a href="#">Tweet</a>⟧ ⟦C|<a href="#">Email</a>⟧</div>
  <div class="newsletter">
    <p>⟦C|Get the Morning Brief sent directly to your inbox every Monday to Friday by 6:30 a.m. ET.⟧</p>
    <button>⟦C|Sign up⟧</button>
  </div>
  <div class="comments">
    <h3>⟦C|Comments (12)⟧</h3>
    <p>⟦C|Join the conversation⟧</p>
    <a href="/login">⟦C|Sign in to comment⟧</a>
  </div>
</div>
<aside id="trending">
  <h2>⟦C|Trending Now⟧</h2>
  <ol>
    <li>⟦C|<a href="/n/1">Stocks rally as inflation cools more than expected</a>⟧</li>
    <li>⟦C|<a href="/n/2">Heat wave to bring triple-digit temperatures to the Southwest this weekend</a>⟧</li>
    <li>⟦C|<a href="/n/3">Hospitals brace for the end of continuous Medicaid enrollment</a>⟧</li>
  </ol>
  <a href="/news" class="more">⟦C|Read more⟧</a>
</aside>
<footer id="zfooter">
  ⟦C|<a href="/terms">Terms and Privacy Policy</a>⟧ ⟦C|<a href="/privacy-dashboard">Privacy Dashboard</a>⟧ ⟦C|<a href="/ads">About Our Ads</a>⟧
  <p>⟦C|&copy; 2023 Zephyr Inc. All rights reserved.⟧</p>
</footer>
</body>
</html>
"""

# en-04: machine-translated municipal policy document (text scrape). Taizhou is 泰州
# (Jiangsu): China Medical City, Xinghua, Jingjiang. "Date of writing" is not the
# release date; the validity date in the body is not either.
EN04 = """
C|Taizhou Municipal People's Government Portal
M|⟦C|Chinese⟧ | ⟦C|English⟧ | ⟦C|Barrier-free⟧
C|Home page
C|Government information disclosure
C|Policy documents
C|Interpretation of policies
C|Your current location: Home page > Government information disclosure > Policy documents > Municipal government documents
C|Index number: 014107235/2023-00412
C|Publishing agency: General Office of Taizhou Municipal People's Government
C|Date of writing: 2023-03-01
C|Release date: 2023-03-03
C|Document number: Tai Zheng Ban Fa [2023] No. 9
T|Several measures of Taizhou City on promoting the inheritance and innovation of traditional Chinese medicine and the development of big health industry
C|Font size: large medium small
B|In order to thoroughly implement the "Opinions of the CPC Central Committee and the State Council on Promoting the Inheritance and Innovation of Traditional Chinese Medicine" and the deployment of the Jiangsu Provincial Party Committee and the Provincial Government, give full play to the advantages of the China Medical City, and promote the high-quality development of the Chinese medicine cause and the big health industry in our city, the following measures are formulated.
B|1. Strengthen the construction of TCM service system. By 2025, all county-level TCM hospitals in the city will reach the level of second-class A or above, and 100% of township health centers and community health service centers will set up TCM halls.
B|2. Support the research and development of TCM new drugs. For TCM innovative drugs that obtain the drug registration certificate and are industrialized in our city, a one-time reward of up to 10 million yuan will be given to the enterprise.
B|3. Cultivate big health industry clusters. Relying on the China Medical City in Taizhou High-tech Zone, build TCM health products, health food and medical devices industrial parks, and strive to make the scale of the big health industry in the city exceed 300 billion yuan by 2025.
B|4. Promote the integrated development of "TCM + health tourism", and support Xinghua, Jingjiang and other places to build TCM health tourism demonstration bases.
B|5. Strengthen the TCM talent team. Implement the famous old TCM expert inheritance studio project, and each studio will be given 200,000 yuan construction funds.
B|These measures shall be implemented from the date of issuance and valid until December 31, 2025. The Municipal Health and Health Commission, the Municipal Development and Reform Commission and the Municipal Bureau of Industry and Information Technology shall be responsible for the interpretation according to their respective duties.
B|General Office of Taizhou Municipal People's Government
C|Related policy interpretation: Graphic interpretation of ten questions to help you understand the new measures of our city to support the big health industry
C|Previous: Notice on printing and distributing the key points of health work in Taizhou City in 2023
C|Next: Implementation opinions on further improving the medical and health service system
C|[Print this page] [Close window]
C|Sponsored by: General Office of Taizhou Municipal People's Government Undertaken by: Taizhou Big Data Management Center
C|Website identification code: 3212000001 Su ICP No. 05004312 Su Gong Wang An Bei 32120202000101
C|--- end of page ---
"""

# en-05 (tender): a bid-winning result from a provincial procurement site, machine
# translated. Lishui is 丽水 (Zhejiang). A table row as text and numbered fields are
# body; the long disclaimer and the scrape marker (another date) are chrome.
EN05 = """
C|URL: https://zfcg.czt.zj.gov.cn/site/detail?parentId=600007&articleId=kG8x2pQ
C|[Scraped at 2022-09-03 08:12:44]
C|Zhejiang Government Procurement Network
M|⟦C|Home⟧ | ⟦C|Procurement announcements⟧ | ⟦C|Policies and regulations⟧ | ⟦C|Supplier services⟧ | ⟦C|Translate this page⟧
C|Home > Procurement announcements > Result announcement > Lishui City
T|Lishui Central Hospital 256-slice spiral CT procurement project bid winning result announcement
C|Release time: 2022/9/1 17:20:03　Views: 1,024　Source: Lishui Central Hospital
B|1. Project number: LSZFCG-2022-0817
B|2. Project name: Lishui Central Hospital 256-slice spiral CT procurement project
B|3. Winning bid information:
B|Supplier name: Zhejiang Kangtai Medical Equipment Co., Ltd.; Supplier address: No. 66 Wensan Road, Xihu District, Hangzhou; Winning bid amount: 12,860,000.00 yuan
B|Serial number | Name | Brand | Specification model | Quantity | Unit price (yuan)
B|1 | 256-slice spiral CT | Kangtai | KT-CT 256 Pro | 1 | 12,860,000.00
B|4. Members of the evaluation committee: Wang Jun, Chen Li, Zhou Ping, Ye Hong, Lan Xiaoming
B|5. Announcement period: 1 working day from the date of publication of this announcement.
B|6. Other supplementary matters: Suppliers who have objections to the results may raise questions in writing to the purchaser and the agency within 7 working days from the expiration of the announcement period.
B|7. Contact information: Purchaser: Lishui Central Hospital; Address: No. 289 Kuocang Road, Liandu District, Lishui City, Zhejiang Province; Contact: Mr. Li; Tel: 0578-2285123
B|Procurement agency: Lishui Zhengcai Tendering Agency Co., Ltd.; Contact: Ms. Ye; Tel: 0578-2137788
C|Disclaimer: The information published on this website is provided by the purchasers and procurement agencies, who are responsible for its authenticity, legality and validity; this website does not assume any responsibility.
C|Service hotline: 400-888-1234 (working days 8:30-17:00)
C|Copyright: Department of Finance of Zhejiang Province　Zhe ICP No. 05001234
C|--- end of page ---
"""

# en-06 (wellness): heat-stroke tips from a machine-translated municipal health
# commission page, in policy vocabulary ("the masses", "Health Chengdu"). No date at
# all: "Recently", no year, no byline date. Follow-account sentence in the body.
EN06 = """
C|Chengdu Municipal Health Commission
C|Home page
C|Government information disclosure
C|Health science popularization
C|Interactive communication
C|Your position: Home page >> Health science popularization >> Health tips
T|The municipal health and health commission reminds: high temperature weather, the masses should do a good job of heatstroke prevention and cooling
C|Source: Health Chengdu　Views: 3,877　Font size: large medium small
B|Recently, our city has continued high temperature weather, and the maximum temperature in some areas has exceeded 38℃. The municipal health and health commission reminds the masses to scientifically prevent heatstroke and pay attention to the following matters:
B|1. Try to avoid going out from 11 a.m. to 4 p.m. If you must go out, do a good job of sun protection, wear a wide-brimmed hat and light-colored breathable clothes.
B|2. Drink water frequently, do not wait until you are thirsty, drink less sugary drinks and iced drinks.
B|3. The elderly, children, pregnant women and patients with chronic diseases such as hypertension and diabetes should reduce outdoor activities and take medicine on time.
B|4. If dizziness, nausea, palpitation and other symptoms appear, move to a cool and ventilated place immediately, and call 120 in time if the symptoms do not relieve.
B|Experts of Chengdu Center for Disease Control and Prevention said that heatstroke can be prevented, and the key is to drink enough water, rest well and keep cool.
B|For more health tips, please follow the WeChat official account "Health Chengdu".
C|Share to: WeChat Weibo QQ
C|Scan to follow
C|Previous: Scientific prevention of dengue fever, these knowledge points should be remembered
C|Next: Healthy weight management, start from eating seven points full
C|Sponsored by: Chengdu Municipal Health Commission　Technical support: Chengdu Municipal Health Information Center
C|Website identification code: 5101000001　Shu ICP No. 12345678-2
C|It is recommended to use a resolution of 1920*1080 or above to browse this site
"""

# en-07 (trial): a company press release with almost no chrome. Title on the first
# line, a dateline, a standfirst. Mentions regulators and submission plans.
EN07 = """
T|Meridian Biotherapeutics' oral GLP-1 candidate meets primary endpoint in Phase 3 diabetes trial
B|Once-daily glutazenatide lowered HbA1c by 1.8 percentage points at 40 weeks; company plans regulatory submissions later this year
C|March 3, 2023 07:00 ET | Source: Meridian Biotherapeutics, Inc.
B|BOSTON--Meridian Biotherapeutics, Inc. today announced topline results from SUMMIT-3, a Phase 3 trial of once-daily oral glutazenatide in 1,240 adults with type 2 diabetes that was not adequately controlled on metformin, conducted at 210 sites in 14 countries.
B|Glutazenatide 30 mg reduced HbA1c by 1.8 percentage points from baseline at week 40, compared with 0.9 points for placebo, meeting the trial's primary endpoint. Patients on the highest dose also lost an average of 7.2% of body weight.
B|The most common adverse events were nausea, diarrhoea and vomiting, which were mostly mild to moderate and occurred during dose escalation. Treatment discontinuation due to adverse events was 6.1% with glutazenatide and 2.3% with placebo.
B|"These results support our belief that an oral GLP-1 can offer the efficacy patients need without injections," said Dr. Hannah Okafor, Chief Medical Officer of Meridian.
B|Meridian plans to submit applications to the U.S. Food and Drug Administration and the European Medicines Agency in the second half of 2023. Full results will be presented at a scientific meeting in June.
C|Media contact: Tom Reyes, +1 617-555-0142, media@meridianbio.example
"""

# en-08 (earnings): a syndicated wire story on a pharma company's results, framed by
# volume-based procurement (集采) so it reads like drug policy. "By … | Published …"
# byline, an "Originally published at" line, ticker chrome, editor's picks, newsletter.
# A results line with pipes is body.
EN08 = """
C|Markets | Companies | Healthcare | Asia
C|You are here: Home › Companies › Healthcare
M|⟦C|SZ 002899⟧ ⟦C|-3.21%⟧ ⟦C|HSI 17,841.23⟧ ⟦C|+0.42%⟧
C|Market data delayed by 15 minutes
T|Hengkang Pharmaceutical's first-half profit falls 8% as volume-based procurement bites
C|By Karen Liu | Published Aug 28, 2024 7:05 PM GMT+8
B|Shenzhen-based Hengkang Pharmaceutical Group reported an 8.3% drop in first-half net profit on Wednesday, as price cuts from China's national volume-based procurement programme weighed on sales of its older generic drugs.
B|Net profit attributable to shareholders fell to 1.12 billion yuan ($157 million) in the six months to June 30, while revenue rose 4.1% to 9.86 billion yuan, the company said in a filing to the Shenzhen Stock Exchange.
B|Revenue: 9.86 billion yuan (+4.1%) | Net profit: 1.12 billion yuan (-8.3%) | R&D spending: 1.05 billion yuan (+15.6%)
B|Sales of its oncology and anti-infective generics, eight of which were included in the ninth round of centralised procurement, fell 21%. Innovative drugs contributed 28% of revenue, up from 19% a year earlier.
C|Read more: China's drug price cuts spread from hospitals to retail pharmacies
B|The company said its new production base in Shenzhen's Pingshan district would start trial operations in the fourth quarter, adding capacity for biologics.
B|Hengkang's shares fell 3.2% in afternoon trading in Shenzhen.
C|Editor: Peter Ng
C|Originally published at MarketWire Asia. This article was syndicated from MarketWire Asia and is republished here with permission.
C|Disclaimer: This article is for information purposes only and does not constitute investment advice. Readers should consult their own advisers before making any investment decision.
C|Editor's picks
C|China's medical insurance fund posts a surplus as hospital spending slows
C|Biotech IPOs return to Hong Kong after a two-year lull
C|Sign up for our Asia Healthcare newsletter
C|Follow us on X @MarketWireAsia
"""

# en-09 (marketing): a private hospital's screening package in Kuala Lumpur, wrapped in
# national NCD policy language. "Home » …" breadcrumb, language menu, cookie banner,
# app prompt. Terms-and-conditions and booking lines are part of the promotion (body).
EN09 = """
C|We use cookies to give you the best experience on our site. Accept all cookies | Manage preferences
C|Language: EN | BM | 中文
M|⟦C|Find a Doctor⟧ | ⟦C|Book Appointment⟧ | ⟦C|Health Packages⟧ | ⟦C|24-Hour Emergency: 03-2222 9999⟧
C|Home » Health Packages » Promotions
T|Healthy Heart Screening Package now at RM399
C|Posted 14/06/2024 by Pantai Sentosa Specialist Hospital
B|In conjunction with the Ministry of Health's national agenda to reduce non-communicable diseases, Pantai Sentosa Specialist Hospital in Kuala Lumpur is offering its Healthy Heart Screening Package at RM399 (usual price RM780) for a limited time.
B|Heart disease remains one of the leading causes of death in Malaysia, and many adults with high blood pressure or high cholesterol are unaware of their condition. Early screening helps detect risks before symptoms appear.
B|The package includes:
B|- Consultation with a cardiologist
B|- Full lipid profile and fasting blood sugar
B|- Resting ECG and treadmill stress test
B|- Body mass index and blood pressure assessment
B|Appointments can be made by calling 03-2222 1234 or via WhatsApp at 012-345 6789.
B|*Terms and conditions apply. Package price valid until 31 August 2024 for Malaysians aged 30 and above.
C|You may also like
C|Women's Wellness Screening Package
C|Diabetes Care Package: know your numbers in one visit
C|Download the PS Health app to book appointments and view your results
C|Follow us on Facebook | Instagram | TikTok
C|© 2024 Pantai Sentosa Healthcare Sdn Bhd (123456-X). All rights reserved.
"""

# en-10 (other): a city sports story; "Yesterday (March 19)" and no year anywhere. Title
# line with an outlet suffix, repeated below a "Home » Sports" breadcrumb.
EN10 = """
M|⟦T|Minhang team wins Shanghai citizens' football league final on penalties⟧ | ⟦C|Shanghai Eye⟧
C|Home » Sports » Local
T|Minhang team wins Shanghai citizens' football league final on penalties
C|By Tom Chen | Updated: 2 hours ago
B|Yesterday (March 19), a team of office workers from Minhang District won the final of the Shanghai Citizens' Football League, beating a Pudong side 4-3 on penalties after a 1-1 draw at Yuanshen Stadium.
B|More than 3,000 spectators watched the final, the last match of a season in which 512 amateur teams played 1,860 games across the city's 16 districts.
B|"Most of us only train on Wednesday nights, so this feels unreal," said goalkeeper Xu Lei, who saved two penalties.
B|Organizers said registration for the next season will open in May, with a new women's division and a veterans' division for players over 45.
C|Editor: Wang Yu
C|Most viewed
C|Metro Line 18 phase two to open by year end
C|Spring flower shows: where to see cherry blossoms in Shanghai this weekend
C|Read more
C|Scan to follow Shanghai Eye on WeChat
C|Copyright © Shanghai Eye. All rights reserved.
"""


def L(kind: str, tags: list[str], regions: list[str], published: str | None = None,
      source: str | None = None) -> dict:
    d: dict = {"health_policy": kind == "policy", "kind": kind, "tags": tags, "regions": regions}
    if published:
        d["published"] = published
    if source:
        d["source"] = source
    return d


PAGES = [
    Page(1, "zh", "wangyi-jicai-kuaixun", "txt", "UTF-8", ZH01,
         L("policy", ["drug-policy"], [], "2024-06-12", "中国经济网"),
         notes="网易号 flash item, 2 paragraphs in heavy portal chrome; 天津 named in passing"),
    Page(2, "zh", "sichuan-yigongti-fangan", "html", "GBK", ZH02,
         L("policy", ["primary-care", "medical-reform", "health-workforce", "medical-insurance"],
           ["510000"], "2023-11-21"),
         notes="long provincial plan: headings, task table, 章/条 annex; gb2312 meta; 成文日期 differs"),
    Page(3, "zh", "jinyun-laonian-shitang", "txt", "UTF-8-BOM", ZH03,
         L("policy", ["elderly-care", "primary-care"], ["331122"]),
         notes="county news, 上周五 only; 相关阅读 between paragraphs; kicker line"),
    Page(4, "zh", "taizhou-hospital-hulianwang", "html", "UTF-8", ZH04,
         L("policy", ["digital-health", "hospital-development"], ["331000"], "2024-05-10"),
         notes="hospital site, 台州 (浙江); gallery captions are body, credits/counters chrome"),
    Page(5, "zh", "sohu-fuzhou-dip-jiedu", "html", "UTF-8", ZH05,
         L("policy", ["medical-insurance"], ["350100"], "2024-05-10", "福州日报"),
         notes="搜狐号 repost, 政策解读 Q&A; author card, 本文来自, 平台声明; 福州 (福建)"),
    Page(6, "zh", "hangzhou-touzi-tuijie", "txt", "UTF-8", ZH06,
         L("economy", [], ["330100"], source="杭州日报"),
         notes="investment conference, biomedicine once; video chrome; 3月19日 without year"),
    Page(7, "zh", "fuzhou-yiyuan-zhaopin", "html", "UTF-8", ZH07,
         L("job-ad", [], ["361000"], "2022-05-13"),
         notes="hospital 院务公开 recruitment, Addtime:; 抚州 (江西); body dates are deadlines"),
    Page(8, "zh", "taiwan-aizheng-shaijian", "txt", "Big5", ZH08,
         L("policy", ["chronic-disease"], ["710000"], "2024-03-05"),
         crlf=True, notes="traditional, Big5 + CRLF; 列印本頁/返回頁首/最後更新日期 (ROC date)"),
    Page(9, "zh", "hk-liugan-yimiao", "html", "UTF-8", ZH09,
         L("policy", ["public-health", "maternal-child"], ["810000"], "2024-10-02"),
         notes="Hong Kong press release, traditional; body date in Chinese numerals"),
    Page(10, "zh", "suzhou-yaofang-huiyuanri", "txt", "GB18030", ZH10,
         L("marketing", [], ["320500"], "2022-09-01"),
         notes="pharmacy promotion in policy words; GB18030-only character; ad line between paragraphs"),
    Page(1, "en", "suzhou-anhui-aiwei-mt", "html", "UTF-8", EN01,
         L("policy", ["healthy-city", "public-health"], ["341300"], "2024-04-08"),
         notes="translation-plugin page (font wrappers, translated chrome); Suzhou is 宿州 (Anhui)"),
    Page(2, "en", "singapore-healthier-sg", "html", "UTF-8", EN02,
         L("policy", ["chronic-disease", "primary-care", "drug-policy"], ["SG"], "2024-03-12"),
         notes="gov.sg-style press release: masthead, cookie banner, numbered paragraphs, price table"),
    Page(3, "en", "aggregator-cms-telehealth", "html", "UTF-8", EN03,
         L("policy", ["medical-insurance", "digital-health"], ["US"], "2023-07-13",
           "Capitol Health Wire"),
         notes="Yahoo-style aggregator: video player, author card, syndication lines, trending"),
    Page(4, "en", "taizhou-jiangsu-tcm-mt", "txt", "UTF-8", EN04,
         L("policy", ["tcm", "health-industry"], ["321200"], "2023-03-03"),
         notes="machine-translated measures; Taizhou is 泰州 (Jiangsu); date of writing differs"),
    Page(5, "en", "lishui-ct-bid-result-mt", "txt", "UTF-8", EN05,
         L("tender", [], ["331100"], "2022-09-01"),
         notes="procurement result, MT; table row as body; scrape marker carries another date"),
    Page(6, "en", "chengdu-heatstroke-tips-mt", "txt", "UTF-8", EN06,
         L("wellness", [], ["510100"]),
         notes="MT health tips in commission vocabulary; no date at all"),
    Page(7, "en", "glp1-phase3-topline", "txt", "UTF-8", EN07,
         L("trial", [], [], "2023-03-03"),
         notes="press release with almost no chrome; title first line; 14 countries, no region"),
    Page(8, "en", "hengkang-interim-results", "txt", "UTF-8", EN08,
         L("earnings", [], ["440300"], "2024-08-28"),
         notes="syndicated wire story framed by 集采; By … | Published …; results row as body"),
    Page(9, "en", "malaysia-heart-screening", "txt", "UTF-8", EN09,
         L("marketing", [], ["MY"], "2024-06-14"),
         notes="Kuala Lumpur private hospital promotion in NCD-policy words; dd/mm/yyyy date"),
    Page(10, "en", "shanghai-football-final", "txt", "UTF-8", EN10,
         L("other", [], ["310000"]),
         notes="sports; Yesterday (March 19) only; title with outlet suffix, repeated"),
]


if __name__ == "__main__":
    sys.exit(main())
