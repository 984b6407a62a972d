#!/usr/bin/env python3
"""Generate tests/holdout20: a blind held-out set of 24 scraped pages with gold labels.

Written without looking at src/, config/, scripts/ (other than this generator) or
other corpora. Pages are invented. Fourteen are English machine translations of
Chinese city, county and provincial sites (health commissions, medical-insurance
bureaus, county news centres, hospitals) as browser translation plugins and scrapers
of English editions save them, site chrome translated too; ten are Chinese originals
(two in traditional script). The gold format is tests/corpus/README.md.

Text pages are written as lines prefixed `T|` (title), `B|` (body), `C|` (chrome);
HTML pages mark visible text as [[T:...]], [[B:...]], [[C:...]] (escaped and
registered in order) or [[xB:...]] (registered only, for a paragraph whose HTML has
inline markup and is written out by hand). The script then re-reads what it wrote
and fails loudly when a page does not decode to the intended text, when a visible
line or text node is not covered by title/body/chrome, when a gold string is not on
the page, or when a gold file does not parse or has unknown keys or values.

Regenerate with: python3 scripts/make_holdout20.py
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import json
import re
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout20"

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
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}
REQUIRED_LABEL_KEYS = {"health_policy", "kind", "tags", "regions"}

PAGES: list[dict] = []


class GenError(Exception):
    pass


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# --------------------------------------------------------------------------- pages


def text_page(name, lang, encoding, labels, spec, crlf=False):
    """A scraper's plain-text page: one line per block, each line prefixed T|/B|/C|."""
    lines, title, body, chrome = [], "", [], []
    for raw in spec.strip("\n").split("\n"):
        if raw.strip() == "":
            lines.append("")
            continue
        if len(raw) < 2 or raw[1] != "|" or raw[0] not in "TBC":
            raise GenError(f"{name}: bad spec line {raw!r}")
        tag, content = raw[0], raw[2:]
        lines.append(content)
        g = norm(content)
        if tag == "T":
            if title and title != g:
                raise GenError(f"{name}: two different titles")
            title = g
        elif tag == "B":
            body.append(g)
        elif g not in chrome:
            chrome.append(g)
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    PAGES.append(dict(name=name, ext="txt", lang=lang, encoding=encoding, text=text,
                      title=title, body=body, chrome=chrome, labels=labels, crlf=crlf))


MARK = re.compile(r"\[\[(T|B|C|xB):(.*?)\]\](?!\])", re.S)


def html_page(name, lang, encoding, labels, template):
    title, body, chrome = "", [], []

    def sub(m):
        nonlocal title
        tag, content = m.group(1), m.group(2)
        g = norm(content)
        if tag == "T":
            if title and title != g:
                raise GenError(f"{name}: two different titles")
            title = g
        elif tag in ("B", "xB"):
            body.append(g)
            if tag == "xB":
                return ""
        elif g not in chrome:
            chrome.append(g)
        return _html.escape(content, quote=False)

    text = MARK.sub(sub, template.strip("\n")) + "\n"
    if "[[" in text:
        raise GenError(f"{name}: unbalanced marker")
    PAGES.append(dict(name=name, ext="html", lang=lang, encoding=encoding, text=text,
                      title=title, body=body, chrome=chrome, labels=labels, crlf=False))


def L(kind, tags=(), published=None, regions=(), source=None):
    d = {"health_policy": kind == "policy", "kind": kind, "tags": list(tags)}
    if published:
        d["published"] = published
    d["regions"] = list(regions)
    if source:
        d["source"] = source
    return d


# --------------------------------------------------------------------------- checks

BLOCK = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "tbody", "thead", "br", "section", "article", "header", "footer", "nav",
    "main", "aside", "figure", "figcaption", "hr", "dl", "dt", "dd", "form", "blockquote",
    "body", "html", "button", "label", "address", "caption", "center",
}
INVISIBLE = {"script", "style", "title", "noscript", "template", "head"}


class Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.lines = [""]

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE and tag != "head":
            self.skip += 1
        if tag in BLOCK:
            self.lines.append("")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.lines.append("")

    def handle_endtag(self, tag):
        if tag in INVISIBLE and tag != "head":
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.lines.append("")

    def handle_data(self, data):
        if not self.skip:
            self.lines[-1] += data


def visible_lines(page, text):
    if page["ext"] == "html":
        p = Visible()
        p.feed(text)
        p.close()
        raw = p.lines
    else:
        raw = text.splitlines()
    return [n for n in (norm(x) for x in raw) if n]


def covered(line, golds):
    rest = line
    for g in golds:
        if g and g in rest:
            rest = rest.replace(g, " ")
    return not any(ch.isalnum() for ch in rest)


def check_page(page):
    name = page["name"]
    path = OUT / f"{name}.{page['ext']}"
    data = path.read_bytes()
    enc = page["encoding"]
    if enc == "UTF-8-BOM" and not data.startswith(b"\xef\xbb\xbf"):
        raise GenError(f"{name}: UTF-8-BOM page lacks a BOM")
    if enc == "UTF-8" and data.startswith(b"\xef\xbb\xbf"):
        raise GenError(f"{name}: UTF-8 page has a BOM")
    try:
        text = data.decode(CODECS[enc])
    except UnicodeDecodeError as e:
        raise GenError(f"{name}: does not decode as {enc}: {e}") from e
    if text != page["text"]:
        raise GenError(f"{name}: decoded text differs from the intended text")
    if "\ufffd" in text:
        raise GenError(f"{name}: U+FFFD in text")
    if page["crlf"]:
        if "\n" in text.replace("\r\n", ""):
            raise GenError(f"{name}: CRLF page has a bare LF")
    elif "\r" in text:
        raise GenError(f"{name}: stray CR")
    if enc in ("GBK", "GB18030", "Big5") and page["ext"] == "html":
        if f'charset={CODECS[enc]}' not in text.lower() and f'charset="{CODECS[enc]}"' not in text.lower():
            raise GenError(f"{name}: HTML page does not declare its charset {enc}")

    lines = visible_lines(page, text)
    joined = "\n".join(lines)
    title, body, chrome = page["title"], page["body"], page["chrome"]
    golds = sorted({title, *body, *chrome} - {""}, key=len, reverse=True)
    for line in lines:
        if not covered(line, golds):
            raise GenError(f"{name}: unlabelled visible text: {line!r}")
    for g in [title] * bool(title) + body + chrome:
        if not any(g in ln for ln in lines):
            raise GenError(f"{name}: gold string not on the page: {g!r}")
    pos = -1
    for b in body:
        i = joined.find(b, pos + 1)
        if i < 0:
            raise GenError(f"{name}: body paragraph out of order: {b[:40]!r}")
        pos = i
    for c in chrome:
        for b in body:
            if c == b or (len(re.sub(r"\s", "", c)) >= 10 and c in b):
                raise GenError(f"{name}: chrome line is (inside) a body paragraph: {c!r}")
        if c == title:
            raise GenError(f"{name}: chrome line equals the title")
    if title in body:
        raise GenError(f"{name}: title repeated in body")
    if len(set(body)) != len(body):
        raise GenError(f"{name}: duplicate body paragraph")


def check_gold(page):
    name = page["name"]
    path = OUT / f"{name}.gold.toml"
    try:
        gold = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise GenError(f"{name}: gold does not parse: {e}") from e
    if set(gold) - TOP_KEYS or TOP_KEYS - set(gold):
        raise GenError(f"{name}: gold keys {sorted(gold)}")
    lab = gold["labels"]
    if set(lab) - LABEL_KEYS or REQUIRED_LABEL_KEYS - set(lab):
        raise GenError(f"{name}: label keys {sorted(lab)}")
    if gold["lang"] not in ("zh", "en") or gold["encoding"] not in CODECS:
        raise GenError(f"{name}: lang/encoding")
    if not name.startswith(f"h20-{gold['lang']}-"):
        raise GenError(f"{name}: name does not match lang")
    if lab["kind"] not in KINDS or lab["health_policy"] != (lab["kind"] == "policy"):
        raise GenError(f"{name}: kind/health_policy")
    if set(lab["tags"]) - TAGS:
        raise GenError(f"{name}: unknown tags {lab['tags']}")
    if lab["kind"] == "policy" and not 1 <= len(lab["tags"]) <= 4:
        raise GenError(f"{name}: policy page needs 1-4 tags")
    if lab["kind"] != "policy" and lab["tags"]:
        raise GenError(f"{name}: tags on a non-policy page")
    if "published" in lab:
        _dt.date.fromisoformat(lab["published"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", lab["published"]):
            raise GenError(f"{name}: published not YYYY-MM-DD")
    for r in lab["regions"]:
        if not re.fullmatch(r"[1-8]\d{5}|[A-Z]{2}", r) or r == "CN":
            raise GenError(f"{name}: bad region {r}")
    expect = {"lang": page["lang"], "encoding": page["encoding"], "title": page["title"],
              "body": page["body"], "chrome": page["chrome"], "labels": page["labels"]}
    if gold != expect:
        raise GenError(f"{name}: gold round trip differs")


# --------------------------------------------------------------------------- writing


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def toml_list(items, indent="  ") -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f"{indent}{toml_str(x)},\n" for x in items) + "]"


def gold_toml(page) -> str:
    lab = page["labels"]
    out = [
        f"lang = {toml_str(page['lang'])}",
        f"encoding = {toml_str(page['encoding'])}",
        f"title = {toml_str(page['title'])}",
        f"body = {toml_list(page['body'])}",
        f"chrome = {toml_list(page['chrome'])}",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['health_policy'] else 'false'}",
        f"kind = {toml_str(lab['kind'])}",
        "tags = [" + ", ".join(toml_str(t) for t in lab["tags"]) + "]",
    ]
    if "published" in lab:
        out.append(f"published = {toml_str(lab['published'])}")
    out.append("regions = [" + ", ".join(toml_str(r) for r in lab["regions"]) + "]")
    if "source" in lab:
        out.append(f"source = {toml_str(lab['source'])}")
    return "\n".join(out) + "\n"


def write_page(page):
    path = OUT / f"{page['name']}.{page['ext']}"
    try:
        data = page["text"].encode(CODECS[page["encoding"]])
    except UnicodeEncodeError as e:
        raise GenError(f"{page['name']}: cannot encode as {page['encoding']}: {e}") from e
    path.write_bytes(data)
    (OUT / f"{page['name']}.gold.toml").write_text(gold_toml(page), encoding="utf-8", newline="\n")


# =========================================================================== English
# Machine translations of Chinese city, county and provincial pages.

text_page(
    "h20-en-01-taizhou-dip-payment", "en", "UTF-8",
    L("policy", ["medical-insurance", "medical-reform"], "2023-12-06", ["321200"],
      source="Municipal Medical Insurance Bureau"),
    """
C|Taizhou Medical Security Bureau
C|Home Page    Government Information Disclosure    Policies and Regulations    Medical Insurance Services    Interaction and Exchange
C|Barrier-free browsing    Care for the elderly version    Simplified Chinese
C|Your current location: Home >> Work Trends >> Medical Insurance Dynamics
T|Our city fully implements the DIP payment method reform to let the masses see a doctor more at ease
C|Release time: 2023-12-06 09:15    Source: Municipal Medical Insurance Bureau    Number of visits: 1386
C|[ Large  Medium  Small ]    [Print]    [Close]

B|  In order to grasp the implementation of the deployment requirements of the National Medical Security Administration and the Jiangsu Provincial Medical Security Bureau on the three-year action plan for the reform of DRG/DIP payment methods, recently, the Taizhou Municipal Medical Security Bureau held a city-wide DIP payment reform work promotion meeting, and the payment by the disease score (DIP) was fully launched in all 118 designated medical institutions that carry out hospitalization services in the city.
B|  The so-called DIP, is the "big data diagnosis-intervention packet" payment. Based on the real historical data of the medical insurance settlement list, the diseases are combined with the treatment methods to form disease groups, each disease group is assigned a score, and the medical insurance fund is settled with the medical institution according to the total score and the point value at the end of the year. Compared with the past "pay per item", the medical institutions are guided to change from "doing more and earning more" to "controlling costs and improving quality".
B|  The relevant person in charge of the Municipal Medical Insurance Bureau introduced that the reform adheres to "one city, one policy, one catalogue".The city's 4,732 disease groups have been unified, and Jingjiang, Taixing, Xinghua three county-level cities and Hailing, Gaogang, Jiangyan three districts use the same set of rules, the same point value calculation method, and the same supervision standards.
B|The reform is mainly carried out from the following aspects:
B|1. Improve the special case negotiation mechanism. For severe cases whose costs are far above the average of the group, medical institutions can apply for special case review, so that hospitals "dare to receive" critically ill patients.
B|2. Support the application of new drugs and new technologies. New medical technologies approved in the year may apply for separate payment, and are not included in the DIP total score for two years.
B|3. Strengthen intelligent supervision. The intelligent monitoring system is used to review settlement lists, and "upcoding", "decomposing hospitalization" and other illegal behaviors are severely investigated.
B|4. Keep the burden of insured persons unchanged. Insured persons still settle according to the original reimbursement policy, the DIP reform does not change the proportion of personal payment.
B|  "Medical insurance is the 'strategic purchaser', and the payment method is the 'bull's nose'." Zhou Weiping, Party Secretary and Director of the Taizhou Municipal Medical Security Bureau said. Next, the bureau will establish a monthly operation analysis system, and promote the three medical linkage of medical treatment, medical insurance and medicine, so that the limited fund is used on the blade.
B|  It is understood that from January to October this year, the per capita hospitalization expenses of the city's employee medical insurance fell by 3.8% year-on-year, and the average length of stay was shortened by 0.6 days.
B|  Citizens who have questions about the medical insurance policy can call the medical insurance service hotline 0523-12393 for consultation.

C|Related reading: Notice on printing and distributing the Taizhou City Implementation Rules for the DIP Payment Method (Trial)
C|Previous article: The city carried out the centralized publicity month activity of fund supervision
C|Next article: Notice on adjusting the individual payment standard of urban and rural residents' medical insurance for 2024
C|Scan the code to pay attention to the "Taizhou Medical Insurance" official WeChat
C|Host: Taizhou Municipal Medical Security Bureau    Website identification code: 3212000047
C|Su ICP No. 19028845-1    Su Public Network Security 32120202010771
C|Contact number: 0523-86398110    It is recommended to use a resolution of 1366*768 or above to browse this site
""")


html_page(
    "h20-en-02-jinyun-family-doctor", "en", "UTF-8",
    L("policy", ["primary-care", "elderly-care"], "2024-04-26", ["331122"],
      source="Jinyun County Rong Media Center"),
    """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Jinyun: family doctors go into mountain villages_Jinyun News Network</title>
<meta name="keywords" content="family doctor, contract service, Jinyun, health">
<meta name="description" content="Family doctors walk into mountain villages, and contract services are delivered to the doorstep of the masses">
<meta property="og:title" content="Family doctors walk into mountain villages">
<meta property="og:site_name" content="Jinyun News Network">
<meta name="publishdate" content="2024-04-26">
<link rel="stylesheet" href="/css/jyxw_style.css">
<script src="/js/jquery-1.8.3.min.js"></script>
<script>
var _hmt = _hmt || [];
(function() { var hm = document.createElement("script"); hm.src = "https://hm.example.com/hm.js?a1b2c3"; })();
</script>
</head>
<body>
<div class="top_bar">
  <div class="wza fl"><a href="javascript:;" id="wzaBtn">[[C:Accessibility]]</a> | <a href="javascript:;" class="zhzb">[[C:Elderly mode]]</a></div>
  <div class="rq fr">[[C:Today is Monday, April 29, 2024]]</div>
</div>
<div class="logo_box">
  <a href="/"><img src="/images/jyxw_logo.png" alt="Jinyun News Network"></a>
  <span class="wzmc">[[C:Jinyun News Network]]</span>
</div>
<div class="daohang">
  <ul>
    <li><a href="/">[[C:Home]]</a></li>
    <li><a href="/jyyw/">[[C:Jinyun Important News]]</a></li>
    <li><a href="/xzjd/">[[C:Townships and Streets]]</a></li>
    <li class="on"><a href="/ms/">[[C:People's Livelihood]]</a></li>
    <li><a href="/xdwh/">[[C:Xiandu Culture]]</a></li>
    <li><a href="/sp/">[[C:Video Jinyun]]</a></li>
    <li><a href="/szb/">[[C:Digital Newspaper]]</a></li>
  </ul>
</div>
<div class="dqwz">[[C:Current location: Home > People's Livelihood > Health]]</div>
<div class="wz_main clearfix">
  <div class="wz_left fl">
    <div class="yinti">[[C:Let the "health gatekeeper" stand at the door of the masses]]</div>
    <h1 class="bt">[[T:Family doctors walk into mountain villages, contract services are sent to the doorstep of the masses]]</h1>
    <div class="info">[[C:Source: Jinyun County Rong Media Center   Author: Zhu Lingyan Li Hao   Release time: 2024-04-26 09:41   Views: 2417]]</div>
    <div class="fx">[[C:Share to:]] <a class="wx" href="javascript:;">[[C:WeChat]]</a> <a class="wb" href="javascript:;">[[C:Weibo]]</a> <a class="qz" href="javascript:;">[[C:QQ Zone]]</a></div>
    <div class="content" id="zoom">
      <p>[[B:In the early morning, the family doctor team of Hutang Town Health Center carried the medical box and drove more than 40 minutes along the mountain road to Xiaoling Village. 83-year-old villager Zheng Laohan has hypertension for many years, and his children work outside. "The doctors come every month to measure my blood pressure and tell me how to take medicine, I don't have to run down the mountain anymore." He said.]]</p>
      <p>[[B:This year, Jinyun County takes the "family doctor contract service improvement year" as the starting point, and promotes the family doctor services from "signing up" to "doing well". The county has set up 156 family doctor teams, composed of general practitioners, nurses, public health doctors and village doctors, covering 18 townships (streets) and all administrative villages.]]</p>
      <p style="text-align:center"><img src="/upload/2024/04/26/jtys01.jpg" alt=""></p>
      <p class="pic_sm">[[C:The family doctor team measures blood pressure for elderly villagers in Xiaoling Village. (Photo by correspondent Fan Jianwei)]]</p>
      <p>[[B:For the elderly aged 65 and above, the disabled and semi-disabled elderly, and the elderly living alone, the county launched the "home visit package". Contracted residents can enjoy regular home visits, home blood sampling, chronic disease medication guidance and other services, and the fee of the personalized package is paid by the county finance and the medical insurance fund in proportion, the individual pays only 20 yuan per year.]]</p>
      <p>[[B:At the same time, relying on the county medical community, the county people's hospital and the county hospital of traditional Chinese medicine open a "green channel" for contracted residents, and the family doctors can directly make appointments for specialist numbers and inspections for the masses, realizing "small illness in the village, big illness to the county".]]</p>
      <p>[[B:"Next, we will further grasp the implementation of the assessment mechanism, link the income of family doctors with the quality of service and the satisfaction of the masses, so that the contract is no longer a 'piece of paper'." said the relevant person in charge of the County Health and Health Bureau.]]</p>
      <p>[[B:As of the end of March, the county has signed 152,000 family doctor contracts, and the contract rate of the key population reached 86.4%.]]</p>
    </div>
    <div class="zrbj">[[C:Editor in charge: Ying Xiaoli]]</div>
    <div class="sxp">
      <p><a href="/ms/202404/t20240425_11832.html">[[C:Previous: County launches free "two cancers" screening for rural women]]</a></p>
      <p><a href="/ms/202404/t20240427_11840.html">[[C:Next: Xiandu scenic area welcomes the May Day holiday passenger flow peak]]</a></p>
    </div>
  </div>
  <div class="wz_right fr">
    <div class="tit"><span>[[C:Hot Recommendations]]</span></div>
    <ul class="rdlist">
      <li><a href="#">[[C:Jinyun County holds the county's health work conference to deploy key tasks for this year]]</a></li>
      <li><a href="#">[[C:The new building of the county people's hospital topped out]]</a></li>
      <li><a href="#">[[C:Hutang Town: the "shared canteen" warms the stomach of the elderly]]</a></li>
    </ul>
    <div class="ewm">
      <img src="/images/ewm_jyfb.png" alt="">
      <p>[[C:Scan code to pay attention to "Jinyun Release"]]</p>
    </div>
  </div>
</div>
<div class="footer">
  <p>[[C:Sponsor: Jinyun County Rong Media Center]]  [[C:Address: No. 108 Xiandu Road, Wuyun Street, Jinyun County]]</p>
  <p>[[C:Zhejiang ICP Preparation No. 13018432-2]]  <img src="/images/ga.png" alt="">[[C:Zhejiang Public Network Security 33112202000127]]</p>
  <p>[[C:Without written permission, no reprinting or mirroring is allowed; the content of this site is only for reference, please refer to the official documents issued by the relevant departments.]]</p>
</div>
<script src="/js/wza.js"></script>
</body>
</html>
""")


text_page(
    "h20-en-03-suzhou-regional-medical-center", "en", "UTF-8-BOM",
    L("policy", ["hospital-development"], "2023-06-08", ["341300"],
      source="Planning and Development Division"),
    """
C|Suzhou City Health and Health Committee
C|Home | Organization Overview | Government Information Disclosure | Health News | Online Office | Public Participation
C|Font size: big middle small    Reading mode    Care version
C|You are here: Home > Health News > Work Dynamics
T|The construction project of the provincial regional medical center in our city started
C|Date: 2023/6/8    Information source: Planning and Development Division    Clicks: 964
T|The construction project of the provincial regional medical center in our city started
B|  On the morning of June 7, the construction project of the provincial regional medical center (northern Anhui) started in the new campus of the Municipal Hospital. The project is located in the east of Yongqiao District, with a total investment of 1.86 billion yuan, a planned building area of 216,000 square meters and 1,200 beds, and is expected to be completed and put into use at the end of 2026.
B|  It is reported that in 2022, the Anhui Provincial Health and Health Commission approved our city to build a provincial regional medical center relying on Suzhou Municipal Hospital, and a high-level hospital in Shanghai gives "group-style" assistance. After completion, the center will focus on cardiovascular and cerebrovascular diseases, tumors, trauma, and critical care of pregnant women and newborns, and strive to let the masses in northern Anhui "cure serious diseases without leaving the province, and treat common diseases without leaving the city".
B|The project will be implemented in three phases:
B|Phase I: medical technology building, inpatient building and emergency trauma center, started in June 2023;
B|Phase II: tumor center and rehabilitation building, planned to start in 2024;
B|Phase III: teaching and scientific research building and talent apartment.
B|  Vice Mayor Wang Dongsheng said at the commencement ceremony that the regional medical center is the "number one project" of building Health Suzhou. All departments should grasp the implementation of the project list, time list and responsibility list, open a green light for the approval, and ensure that the project is built into a high-quality project, an honest project and a people's heart project.
B|  After the center is put into use, it will form a linkage with Dangshan, Xiao County, Lingbi and Si County county hospitals through remote consultation and specialist alliances, and drive the improvement of the diagnosis and treatment level of county-level hospitals.
B|  The Municipal Health and Health Commission said that it will also simultaneously promote the reconstruction and expansion of the Municipal Hospital of Traditional Chinese Medicine and the Municipal Maternal and Child Health Hospital, so that the total number of beds in the city's public hospitals will exceed 30,000 by 2025.
C|[Print this page]    [Close window]
C|Previous: The city's 2023 health emergency drill was held in Lingbi County
C|Next: Notice on publishing the list of the second batch of municipal clinical key specialties
C|Site Map | Contact Us | Privacy Statement
C|Copyright: Suzhou Municipal Health Commission All Rights Reserved
C|Anhui ICP No. 09017258    Anhui Public Network Security 34130202000211    Website ID: 3413000011
""")


html_page(
    "h20-en-04-fuzhou-xujiang-medicine-industry", "en", "UTF-8",
    L("policy", ["health-industry", "tcm"], "2022-11-15", ["361000"], source="Fuzhou Daily"),
    """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Fuzhou City: Revitalize Xujiang Medicine and build a 100-billion-level big health industry - Fuzhou Municipal People's Government</title>
<meta name="SiteName" content="Fuzhou Municipal People's Government" />
<meta name="ColumnName" content="Department dynamics" />
<meta name="PubDate" content="2022-11-15 16:20" />
<meta name="ContentSource" content="Fuzhou Daily" />
<link href="/images/gov_css.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
<style type="text/css">.wzy_nr p{line-height:30px;text-indent:2em;}</style>
</head>
<body>
<div class="tb_top">
  <div class="tb_l">[[C:Welcome to the portal website of Fuzhou Municipal People's Government!]]</div>
  <div class="tb_r">
    <a href="/m/">[[C:Mobile version]]</a>
    <a href="javascript:void(0)" onclick="toWza()">[[C:Barrier-free]]</a>
    <a href="javascript:void(0)" class="laoren">[[C:Elderly-friendly mode]]</a>
    <a href="/jt/">[[C:Simplified]]</a> <a href="/ft/">[[C:Complex]]</a>
  </div>
</div>
<div class="head"><div class="logo"><img src="/images/logo_fz.png" alt="Fuzhou Municipal People's Government" /></div>
  <div class="ss"><input type="text" placeholder="Please enter keywords" /><button>[[C:Search]]</button></div>
</div>
<div class="nav">
  <a href="/">[[C:Home]]</a><a href="/zjfz/">[[C:Walk into Fuzhou]]</a><a href="/zwgk/">[[C:Government Affairs Disclosure]]</a><a href="/zwfw/">[[C:Government Services]]</a><a href="/hdjl/">[[C:Interaction and Communication]]</a><a href="/ztzl/">[[C:Special Topics]]</a>
</div>
<div class="wzy_dqwz">[[C:The current position: Home > Government Affairs Disclosure > Department Dynamics]]</div>
<div class="wzy_box">
  <div class="wzy_bt">[[T:Fuzhou City: Revitalize Xujiang Medicine and build a 100-billion-level big health industry]]</div>
  <div class="wzy_ly">
    <span>[[C:Release date: November 15, 2022]]</span>
    <span>[[C:Source: Fuzhou Daily]]</span>
    <span>[[C:Font: [large] [medium] [small]]]</span>
  </div>
  <div class="wzy_nr">
    <p>[[B:Recently, Fuzhou City issued the "Implementation Plan for Promoting the Inheritance and Innovation of Xujiang Medicine and Developing the Big Health Industry (2022-2025)", proposing that by 2025, the city's big health industry will achieve a main business income of more than 100 billion yuan, and build a well-known Xujiang Medicine cultural inheritance highland and a traditional Chinese medicine health industry cluster in Jiangxi Province.]]</p>
    <p>[[B:Xujiang Medicine is one of the four major local medical schools in Jiangxi, and the "Jianchang Gang" processing technique of Chinese medicinal materials in Nancheng County has a history of more than 1,000 years. In recent years, Fuzhou has insisted on "inheritance of the essence, keep the right and innovate", and regarded Chinese medicine as an important starting point for transforming the advantages of resources into the advantages of development.]]</p>
    <p>[[B:The plan clarifies four key tasks. First, strengthen the planting base of genuine medicinal materials, build 200,000 mu of standardized planting bases such as gardenia, Atractylodes and Zexie, and implement the traceability of the whole process. Second, build the Xujiang Medicine Health Industrial Park in Linchuan District, focus on introducing Chinese medicine decoction pieces, Chinese patent medicine and health food enterprises, and form an industrial chain of "planting, processing, research and development, and sales". Third, promote the integration of Chinese medicine and tourism, and create a number of TCM health tourism demonstration bases. Fourth, strengthen the support of talents and science and technology, and support the Municipal Hospital of Traditional Chinese Medicine to build the Xujiang Medicine Research Institute.]]</p>
    <p style="text-align:center"><img src="/upload/2022/11/xjyx.jpg" /></p>
    <p>[[B:In terms of policy support, the city will set up a special fund of 50 million yuan every year for the development of the big health industry, and give a one-time reward of up to 3 million yuan to newly settled enterprises with an investment of more than 100 million yuan; medical institutions at all levels are encouraged to use "Jianchang Gang" decoction pieces, and qualified Chinese medicine preparations of medical institutions can be allocated and used within the region.]]</p>
    <p>[[B:The relevant person in charge of the Municipal Health and Health Commission said that the next step will be to establish a joint meeting system led by the municipal government, regularly dispatch the progress of key projects, and do a good job in the "second half of the article" of Xujiang Medicine, so that the ancient medicine will bloom new vitality.]]</p>
  </div>
  <div class="wzy_gn">
    <a href="javascript:window.print()">[[C:[Print]]]</a>
    <a href="javascript:window.close()">[[C:[Close]]]</a>
    <a href="javascript:void(0)" onclick="addFav()">[[C:[Collect]]]</a>
  </div>
  <div class="wzy_xgwz">
    <h3>[[C:Related articles]]</h3>
    <ul>
      <li><a href="#">[[C:Fuzhou Municipal Hospital of Traditional Chinese Medicine was selected as a provincial TCM advantageous specialty construction unit]]</a></li>
      <li><a href="#">[[C:Nancheng County held the "Jianchang Gang" traditional Chinese medicine culture festival]]</a></li>
    </ul>
  </div>
</div>
<div class="foot">
  <div class="foot_link">[[C:Government websites of other cities:]] <a href="#">[[C:Nanchang]]</a> <a href="#">[[C:Jiujiang]]</a> <a href="#">[[C:Ganzhou]]</a> <a href="#">[[C:Ji'an]]</a></div>
  <p>[[C:Sponsored by: Fuzhou Municipal People's Government Office]]   [[C:Undertaken by: Fuzhou Big Data Center]]</p>
  <p>[[C:Gan ICP No. 05004872]]   [[C:Gan Public Network Security 36100202000104]]   [[C:Website identification code: 3610000001]]</p>
  <p>[[C:You are the 3,481,226th visitor]]</p>
  <div class="dzjg"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac'%3E%3C/span%3E"));</script></div>
</div>
</body>
</html>
""")


html_page(
    "h20-en-05-hangzhou-internet-hospital", "en", "UTF-8",
    L("policy", ["digital-health", "medical-insurance"], "2023-03-03", ["330100"]),
    """
<!doctype html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Hangzhou Municipal Health Commission | Online follow-up visits can now be settled by medical insurance</title>
  <meta name="description" content="The city's internet hospitals open medical insurance online settlement for follow-up visits of chronic diseases.">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Internet hospital follow-up visits in Hangzhou can be settled with medical insurance">
  <meta property="og:url" content="https://wsjkw.hangzhou.example.cn/art/2023/3/3/art_1229_5881.html">
  <meta property="article:published_time" content="2023-03-03T08:00:00+08:00">
  <link rel="stylesheet" href="/static/css/app.4f2a91.css">
  <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-03T08:00:00+08:00"}</script>
</head>
<body class="theme-blue">
<header class="site-header">
  <div class="toolbar">
    <button class="js-aria" type="button">[[C:Accessible reading]]</button>
    <button class="js-old" type="button">[[C:Long-term care version]]</button>
    <a class="lang" href="/cn/">[[C:中文版]]</a>
  </div>
  <div class="brand"><img src="/static/img/logo.svg" alt="Hangzhou Municipal Health Commission"><span>[[C:Hangzhou Municipal Health Commission]]</span></div>
  <nav class="main-nav">
    <ul>
      <li><a href="/">[[C:Home]]</a></li>
      <li><a href="/zwgk/">[[C:Open Government Affairs]]</a></li>
      <li><a href="/bsfw/">[[C:Convenient Services]]</a></li>
      <li><a href="/jkhz/">[[C:Healthy Hangzhou]]</a></li>
      <li><a href="/hdjl/">[[C:Government-People Interaction]]</a></li>
    </ul>
  </nav>
</header>
<main id="main">
  <nav class="crumbs" aria-label="breadcrumb"><a href="/">[[C:Home]]</a> » <a href="/xwzx/">[[C:News Center]]</a> » <span>[[C:Health Dynamics]]</span></nav>
  <article class="article">
    <h1 class="article__title">[[T:Internet hospital follow-up visits in Hangzhou can be settled with medical insurance]]</h1>
    <p class="article__sub">[[C:Patients with chronic diseases can "see a doctor on the phone, get medicine at home"]]</p>
    <div class="article__meta">
      <time datetime="2023-03-03">[[C:Mar. 3, 2023]]</time>
      <span class="views">[[C:Reading 5,209]]</span>
    </div>
    <div class="article__body">
      <p>[[B:Starting from March 1, the 23 internet hospitals in the city that have passed the acceptance of the Municipal Health Commission and the Municipal Medical Security Bureau have fully opened the online settlement of medical insurance for "Internet + follow-up visits". Insured persons who have been diagnosed in the physical hospital can complete the follow-up consultation, prescription and payment on the mobile phone, and the medical insurance part is settled in real time, and the individual only pays the self-paid part.]]</p>
      <p>[[B:The services are mainly for patients with common chronic diseases and slow diseases such as hypertension, diabetes, and chronic obstructive pulmonary disease. The reimbursement policy of online follow-up visits is consistent with that of offline outpatient clinics, and the general diagnosis and treatment fee is included in the scope of payment according to the standard of the hospital at the same level.]]</p>
      <p class="xgyd">[[C:Related reading: Hangzhou's "one code for medical treatment" covers all public hospitals in the city]]</p>
      <p>[[B:Taking the Zhejiang Provincial People's Hospital as an example, the patient opens the "Zheliban" APP or the hospital's mini program, selects the doctor for a video follow-up visit, and the drugs can be delivered to the door by the distribution enterprise, or can be picked up at the nearby community health service center. The whole process "zero running".]]</p>
      <p>[[B:In order to prevent the risk of fund, the medical insurance department has incorporated the internet hospitals into the intelligent supervision, and the electronic prescriptions are circulated through the provincial prescription circulation platform, and the "face recognition + real-name authentication" is implemented for each consultation.]]</p>
      <p>[[B:The relevant person in charge of the Municipal Health Commission said that this year, Hangzhou will continue to promote the construction of "smart medical care", promote the mutual recognition of inspection and examination results of medical institutions in the city, and basically realize the "one card (code) pass" of electronic health cards in medical institutions at and above the second level by the end of the year.]]</p>
      <p>[[B:Citizens can call 12320 for consultation if they have any questions during use.]]</p>
    </div>
    <div class="article__tools">
      <button onclick="window.print()">[[C:Print]]</button>
      <button class="share">[[C:Share]]</button>
      <button class="fav">[[C:Favorite]]</button>
    </div>
  </article>
  <aside class="side">
    <h2>[[C:Most viewed]]</h2>
    <ol>
      <li><a href="#">[[C:How to apply for the 2023 birth medical expense subsidy? This guide tells you]]</a></li>
      <li><a href="#">[[C:The list of designated vaccination clinics for adult vaccines in the main urban area]]</a></li>
      <li><a href="#">[[C:Hangzhou releases the health report of residents in 2022]]</a></li>
    </ol>
    <div class="qr-group">
      <figure><img src="/static/img/qr-wx.png" alt=""><figcaption>[[C:WeChat official account]]</figcaption></figure>
      <figure><img src="/static/img/qr-wb.png" alt=""><figcaption>[[C:Official Weibo]]</figcaption></figure>
      <figure><img src="/static/img/qr-dy.png" alt=""><figcaption>[[C:Douyin number]]</figcaption></figure>
    </div>
    <form class="subscribe"><label>[[C:Enter your email to subscribe to weekly health information]]</label><input type="email"><button type="submit">[[C:Subscribe]]</button></form>
    <p class="qr-tip">[[C:Scan with your mobile phone to follow us and get the latest health information]]</p>
  </aside>
</main>
<div class="cookie-bar" id="cookieBar">
  <p>[[C:This website uses cookies to improve your browsing experience. By continuing to browse, you agree to our use of cookies.]]</p>
  <button type="button">[[C:Accept]]</button>
</div>
<footer class="site-footer">
  <p>[[C:Host: Hangzhou Municipal Health Commission]]   [[C:Address: No. 568 Huancheng North Road, Hangzhou]]</p>
  <p>[[C:Zhejiang ICP No. 05016022]]   [[C:Zhejiang Public Network Security No. 33010302000314]]   [[C:Website identification code: 3301000038]]</p>
  <p>[[C:This English page is machine translated for reference only. In case of any discrepancy, the Chinese version shall prevail.]]</p>
</footer>
<script src="/static/js/app.4f2a91.js"></script>
</body>
</html>
""")


text_page(
    "h20-en-06-sichuan-hpv-vaccination", "en", "UTF-8",
    L("policy", ["public-health", "maternal-child"], "2024-03-12", ["510000"],
      source="Disease Prevention and Control Division"),
    """
C|Sichuan Provincial Health and Health Committee
C|Home  Organization  Information Disclosure  Policy Interpretation  Office Services  Interaction  Special Topics
C|Home » Health Work » Disease Prevention and Control
T|Our province launched the free HPV vaccination work for girls of appropriate age
C|Published: March 12, 2024  Source: Disease Prevention and Control Division  [Font: Large Medium Small]

B|    In order to accelerate the elimination of cervical cancer and protect the health of women and children, according to the deployment of the provincial party committee and the provincial government, the Sichuan Provincial Health and Health Commission, the Provincial Department of Education, the Provincial Department of Finance and the Provincial Women's Federation recently jointly issued the "Work Plan for Free HPV Vaccination for Girls of Appropriate Age in Sichuan Province", which will be included in the provincial livelihood practical matters in 2024.
B|    The plan is clear that girls with Sichuan household registration or studying in Sichuan who are in the first grade of junior high school and are under 14 years old in 2024 can voluntarily receive 2 doses of domestic bivalent HPV vaccine free of charge. It is expected that about 420,000 girls in the province will benefit.
B|    Vaccination will be carried out in the form of "school organization, parent informed consent and voluntary, and centralized vaccination at the vaccination clinic". The first dose will be completed before June 30, 2024, and the whole course of vaccination will be completed before December 31, 2024.
B|    The health departments at all levels should grasp the implementation of the vaccine supply, cold chain and the training of vaccination personnel, and the disease control institutions should do a good job in the monitoring and disposal of suspected abnormal reactions after vaccination. Education departments should do a good job of mobilization, and organize students' health education on cervical cancer prevention.
B|    At the same time, the province will continue to promote the "two cancers" screening for rural women of appropriate age, and strive to achieve the goal of the screening coverage rate of cervical cancer of women aged 35 to 64 reaching 70% by 2030.
B|    Parents can consult the school or the local community health service center (township health center) for specific vaccination arrangements, or call the 12320 health hotline.
B|    Attachment: Work Plan for Free HPV Vaccination for Girls of Appropriate Age in Sichuan Province

C|Share to: WeChat  Weibo  QQ
C|[Print this page] [Close this page]
C|Related information
C|Chengdu: 86 vaccination clinics in the city provide HPV vaccination services for girls in the first grade of junior high school
C|Interpretation of the Work Plan for Free HPV Vaccination for Girls of Appropriate Age in Sichuan Province
C|Sponsor: Sichuan Provincial Health and Health Committee  Address: No. 10 Taisheng North Road, Chengdu
C|Shu ICP No. 05003128  Chuan Gongwang An Bei 51010402000511
C|Note: Please use IE9 and above, Chrome, Firefox browser to visit this site
C|--- end of page ---
""",
    crlf=True)


text_page(
    "h20-en-07-taizhou-county-medical-community", "en", "UTF-8",
    L("policy", ["primary-care", "medical-reform"], "2022-09-15", ["331000"], source="Taizhou Daily"),
    """
C|URL: http://wjw.zjtz.example.gov.cn/art/2022/9/15/art_1229583_59038104.html
C|[Scraped at 2024-02-03 14:22:07]
C|Taizhou Municipal Health Commission
C|Home | News | Government Affairs Disclosure | Convenience Service | Health Taizhou | Party Building
C|Location: Home > News > Health Taizhou
T|The city's county medical community construction on-site promotion meeting was held in Tiantai
C|Time: 2022.09.15  Source: Taizhou Daily  Views: 1208
B|On September 14, the city's county medical and health community construction on-site promotion meeting was held in Tiantai County. The meeting summarized the results of the reform of the county medical community in the past three years, and deployed the next work to deepen the "county medical community" reform and promote the sinking of high-quality medical resources.
B|Participants visited the Tiantai County People's Hospital Medical Community Pingqiao Branch, Jietou Branch and the County Medical Community Shared Center, and learned about the unified management of personnel, finance and drugs in the medical community, the "same quality" of the branch hospitals and the construction of the "township health center-village clinic" integrated management.
B|Since the reform, the city has built 13 county medical communities, and 100% of township health centers have been incorporated. In 2021, the proportion of patients seeing a doctor within the county reached 91.2%, and the number of outpatient and emergency visits of grassroots medical and health institutions accounted for 67.5% of the total in the county, and the phenomenon of "the masses flocking to big hospitals" has been initially reversed.
B|The meeting pointed out that there are still problems such as weak talent teams in grassroots institutions and the "bundled but not integrated" in some medical communities. All localities must grasp the implementation of the "three unifications and three unchanged" requirements, implement the medical insurance "total budget, surplus retention, reasonable excess sharing" payment policy of the medical community, and let the medical community change from "treating diseases" to "managing health".
B|Linhai, Wenling, Yuhuan and Tiantai made exchange speeches at the meeting.
B|Yang Minghui, deputy mayor, attended the meeting and delivered a speech.
C|[Print] [Close]
C|Health Taizhou WeChat public account: scan code to pay attention
C|Sponsored by: Taizhou Municipal Health Commission  Zhejiang ICP No. 10214655-3  Zhejiang Public Network Security 33100202000352
C|Website Identification Code: 3310000046  Technical support: Taizhou Information Technology Co., Ltd.
""")


html_page(
    "h20-en-08-chengdu-village-doctors", "en", "UTF-8",
    L("policy", ["health-workforce", "primary-care"], "2021-11-08", ["510100"],
      source="Municipal Health Commission"),
    """
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Chengdu issues measures to stabilize and optimize the rural doctor team</title>
<meta name="author" content="cdwjw">
<link rel="stylesheet" type="text/css" href="/css/style2014.css">
<script language="javascript" src="/js/font.js"></script>
<script language="javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="110" background="/images/top_bg.jpg"><img src="/images/cdwjw_logo.gif" width="520" height="90"></td>
  </tr>
  <tr>
    <td class="nav" height="36">
      <a href="/">[[C:Home]]</a> | <a href="/jgsz/">[[C:Institutional Settings]]</a> | <a href="/zcfg/">[[C:Policies and Regulations]]</a> | <a href="/gzdt/">[[C:Work Trends]]</a> | <a href="/bmfw/">[[C:Convenience Services]]</a> | <a href="/zxts/">[[C:Consultation and Complaint]]</a>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" class="left_bg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_tit">[[C:Work Trends]]</td></tr>
        <tr><td class="left_lm"><a href="/gzdt/wjyw/">[[C:Health News]]</a></td></tr>
        <tr><td class="left_lm"><a href="/gzdt/qxdt/">[[C:District and County Trends]]</a></td></tr>
        <tr><td class="left_lm"><a href="/gzdt/tzgg/">[[C:Notices and Announcements]]</a></td></tr>
      </table>
    </td>
    <td width="780" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="dqwz" height="30">[[C:You are here: Home - Work Trends - Health News]]</td></tr>
        <tr><td align="center" class="title" height="60">[[T:Chengdu issues measures to stabilize and optimize the rural doctor team]]</td></tr>
        <tr><td align="center" class="fbsj">[[C:Add time: 2021-11-08   Source: Municipal Health Commission   Font: ]]<a href="javascript:doZoom(16)">[[C:Large]]</a> <a href="javascript:doZoom(14)">[[C:Medium]]</a> <a href="javascript:doZoom(12)">[[C:Small]]</a></td></tr>
        <tr><td id="zoom" class="content">
          <p>[[B:Recently, the Chengdu Municipal Health and Health Commission, together with the Municipal Human Resources and Social Security Bureau, the Municipal Finance Bureau and the Municipal Medical Security Bureau, issued the "Several Measures on Further Strengthening the Construction of the Rural Doctor Team", and put forward 12 specific measures from the aspects of access, training, treatment and old-age security to solve the problems of "no one to do, can't keep, and not good at" of village doctors.]]</p>
          <p>[[B:In terms of supplementing the team, the city will implement the "county recruitment and township use, township recruitment and village use" mechanism. Medical graduates who work in village clinics can be recruited by the township health center through direct assessment and included in the staff management, and the annual recruitment plan is not less than 300 people.]]</p>
          <p>[[B:In terms of treatment guarantee, the basic public health service subsidy for village doctors is increased to not less than 40% of the total task, and the minimum annual income of village doctors in remote areas is guaranteed to be not less than 60,000 yuan. Village doctors who have reached the age of 60 and retire from the post will receive a monthly living allowance according to their years of service.]]</p>
          <p>[[B:In terms of ability improvement, relying on the county medical community, village doctors are organized to carry out rotation training in higher-level hospitals for not less than one month every two years, and those who have obtained the qualification of assistant general practitioner will be given a one-time reward of 5,000 yuan.]]</p>
          <p>[[B:The measures will be implemented from January 1, 2022, and are valid for five years.]]</p>
        </td></tr>
        <tr><td align="right" class="gn">
          <a href="javascript:window.print()">[[C:Print this article]]</a>  <a href="javascript:window.close()">[[C:Close window]]</a>
        </td></tr>
        <tr><td class="sxp">[[C:Previous: Chengdu carries out the autumn and winter infectious disease prevention and control training]]<br>[[C:Next: None]]</td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">[[C:Copyright © Chengdu Municipal Health Commission]]  [[C:Shu ICP No. 09010875]]</td></tr>
  <tr><td align="center">[[C:Friendly reminder: This website has been translated by a third-party tool. The translation is for reference only.]]</td></tr>
  <tr><td align="center">[[C:Total visits: 10,382,957]]</td></tr>
</table>
</body>
</html>
""")


text_page(
    "h20-en-09-shenzhen-rehab-equipment-bid", "en", "UTF-8",
    L("tender", [], "2024-01-17", ["440300"]),
    """
C|Shenzhen Government Procurement Network
C|Home | Procurement Announcement | Policies and Regulations | Supplier Service | Procurement Agency | Complaint Handling
C|Current Location: Home > Procurement Announcement > Result Announcement
T|Announcement of the bid-winning result of the procurement project of rehabilitation equipment for the new ward of Shenzhen Bay Area Rehabilitation Hospital
C|Release date: 2024-01-17 17:30:12    Announcement type: Bid-winning announcement    Views: 311
B|1. Project number: SZCG2023001846
B|2. Project name: Procurement project of rehabilitation equipment for the new ward of Shenzhen Bay Area Rehabilitation Hospital
B|3. Procurement method: public bidding
B|4. Date of bid evaluation: January 12, 2024
B|5. Bid-winning information:
B|Package No. | Subject name | Quantity | Winning supplier | Winning amount (yuan)
B|Package 1 | Upper limb rehabilitation robot | 2 sets | Shenzhen Kangyi Medical Technology Co., Ltd. | 1,860,000.00
B|Package 2 | Lower limb intelligent feedback training system | 3 sets | Guangzhou Hengbu Rehabilitation Equipment Co., Ltd. | 1,275,000.00
B|Package 3 | Hyperbaric oxygen chamber (multi-person) | 1 set | Shenzhen Kangyi Medical Technology Co., Ltd. | 2,390,000.00
B|6. Members of the bid evaluation committee: Li Ming, Zhao Jinghua, Huang Wei, Chen Zhiqiang, Liu Fang (owner representative)
B|7. Publicity period: 1 working day from the date of publication of this announcement. If the suppliers participating in this procurement activity think that the bid-winning result has damaged their rights and interests, they can raise questions in writing to the purchaser or the procurement agency within 7 working days from the expiration of the announcement period.
B|8. Purchaser: Shenzhen Bay Area Rehabilitation Hospital, Address: No. 66 Binhai Avenue, Nanshan District, Shenzhen, Contact: Ms. Wu, Tel: 0755-26981130
B|9. Procurement agency: Shenzhen Huaxin Tendering Co., Ltd., Contact: Mr. Deng, Tel: 0755-83516672
C|Attachment: Bid-winning notice.pdf
C|[Print] [Close]
C|Sponsored by: Shenzhen Municipal Finance Bureau  Technical support: Shenzhen Government Procurement Center
C|Yue ICP No. 16057711  Website identification code: 4403000076
C|Disclaimer: The content of the announcement is the responsibility of the publisher, and this website does not assume legal responsibility for its authenticity.
""")


html_page(
    "h20-en-10-lishui-tcm-hospital-recruitment", "en", "UTF-8",
    L("job-ad", [], "2024-02-20", ["331100"], source="Personnel Department"),
    """
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Lishui Municipal Hospital of Traditional Chinese Medicine 2024 Open Recruitment Announcement of Medical and Health Professionals (First Batch)</title>
<meta name="keywords" content="recruitment, Lishui, hospital of traditional Chinese medicine">
<link rel="stylesheet" href="/skin/css/zyy.css">
<script src="/skin/js/jquery.min.js"></script>
</head>
<body>
<div id="header">
  <div class="w1200">
    <div class="logo"><img src="/skin/img/logo.png" alt="Lishui Municipal Hospital of Traditional Chinese Medicine"></div>
    <div class="tel">[[C:Appointment hotline: 0578-2123120]]</div>
  </div>
  <div class="menu">
    <ul>
      <li><a href="/">[[C:Home]]</a></li>
      <li><a href="/yygk/">[[C:Hospital Overview]]</a></li>
      <li><a href="/ksdh/">[[C:Department Navigation]]</a></li>
      <li><a href="/zjjs/">[[C:Expert Introduction]]</a></li>
      <li><a href="/jzzn/">[[C:Medical Guide]]</a></li>
      <li><a href="/rczp/">[[C:Talent Recruitment]]</a></li>
      <li><a href="/dwjs/">[[C:Party Building]]</a></li>
    </ul>
  </div>
</div>
<div class="w1200 nymain">
  <div class="ny_left">
    <div class="lm_tit">[[C:Talent Recruitment]]</div>
    <ul class="lm_list">
      <li class="cur"><a href="/rczp/zpxx/">[[C:Recruitment Information]]</a></li>
      <li><a href="/rczp/zpjg/">[[C:Results Announcement]]</a></li>
    </ul>
    <div class="lxwm">
      <p>[[C:Contact us]]</p>
      <p>[[C:Address: No. 800 Zhongshan Street, Liandu District, Lishui City]]</p>
    </div>
  </div>
  <div class="ny_right">
    <div class="weizhi">[[C:Home › Talent Recruitment › Recruitment Information]]</div>
    <h2 class="art_tit">[[T:Lishui Municipal Hospital of Traditional Chinese Medicine 2024 Open Recruitment Announcement of Medical and Health Professionals (First Batch)]]</h2>
    <div class="art_info">[[C:Publisher: Personnel Department | Date: 2024-02-20 | Hits: 6832]]</div>
    <div class="art_con">
      <p>[[B:In accordance with the "Interim Provisions on Open Recruitment of Personnel by Public Institutions in Zhejiang Province" and other relevant provisions, and in order to meet the needs of the hospital's discipline development, with the approval of the Lishui Municipal Health and Health Commission and the Municipal Human Resources and Social Security Bureau, our hospital decided to openly recruit 46 medical and health professionals for the society. The relevant matters are hereby announced as follows:]]</p>
      <p>[[B:1. Recruitment positions and number]]</p>
      <p>[[B:Traditional Chinese medicine internal medicine physician 12 people, acupuncture and rehabilitation physician 6 people, orthopedics and traumatology physician 5 people, emergency physician 4 people, anesthesiologist 3 people, medical imaging physician 4 people, nurse 12 people. See the attachment for the specific requirements of each position.]]</p>
      <p>[[B:2. Application conditions]]</p>
      <p>[[B:Abide by the Constitution and laws of the People's Republic of China, have good professional ethics; the age is under 35 years old (born after February 20, 1988), and the age of those with a doctoral degree or a senior professional title can be relaxed to 45 years old; full-time undergraduate degree or above, those applying for physician positions must have completed standardized residency training.]]</p>
      <p>[[B:3. Registration time and method]]</p>
      <p>[[B:Registration time: from February 21 to March 5, 2024. Applicants should log in to the Lishui Talent Network to fill in the registration form online, and upload the scanned copies of ID card, academic certificate, qualification certificate and other materials. Each person is limited to apply for one position.]]</p>
      <p>[[B:4. Examination and employment]]</p>
      <p>[[B:The examination is divided into written test and interview, and the comprehensive score is calculated according to 40% of the written test and 60% of the interview. After physical examination and inspection, the candidates to be hired will be publicized for 7 working days. The salary and welfare are implemented in accordance with the relevant regulations of public institutions.]]</p>
      <p>[[B:Consultation telephone: 0578-2123088 (Ms. Ye, Personnel Department), please follow the hospital's WeChat public account for subsequent notices.]]</p>
      <p class="fj">[[C:Attachment: Lishui Municipal Hospital of Traditional Chinese Medicine 2024 open recruitment position table.xlsx]]</p>
    </div>
    <div class="art_page">
      <p>[[C:Previous: Announcement of the list of personnel to be hired by the hospital in the fourth quarter of 2023]]</p>
      <p>[[C:Next: No more]]</p>
    </div>
  </div>
</div>
<div id="footer">
  <div class="w1200">
    <div class="ewm"><img src="/skin/img/wx.jpg" alt=""><span>[[C:Scan code to pay attention to the official WeChat]]</span></div>
    <p>[[C:Copyright © 2024 Lishui Municipal Hospital of Traditional Chinese Medicine All rights reserved]]</p>
    <p>[[C:Zhejiang ICP No. 12037745-1]]  [[C:Zhejiang Public Network Security 33110202000218]]</p>
  </div>
</div>
</body>
</html>
""")


text_page(
    "h20-en-11-xinghua-heatstroke-tips", "en", "UTF-8",
    L("wellness", [], None, ["321281"], source="Municipal Health Commission"),
    """
C|Xinghua Municipal People's Government
C|Home  Walk into Xinghua  Government Information  Online Affairs  Government-Citizen Interaction
C|Your location: Home > Health Xinghua > Health Education
T|High temperature weather, please keep this heatstroke prevention guide
C|Release time: 07-12 15:06  Publishing agency: Municipal Health Commission  Reading: 877
B|Recently, our city has continued high temperature weather, and the highest temperature in many places exceeded 37°C. The Municipal Health and Health Commission reminds the masses to do a good job of heatstroke prevention and cooling, and pay attention to the health of the elderly, children, outdoor workers and patients with chronic diseases.
B|1. Arrange outdoor activities reasonably. Try to avoid going out from 11:00 to 16:00, and do a good job of sun protection such as umbrellas and sun hats when going out.
B|2. Drink water in time. Don't wait until you are thirsty to drink water, drink a small amount of light salt water or mung bean soup several times, and avoid drinking a large amount of ice drinks at one time.
B|3. Diet should be light. Eat more fresh vegetables and fruits, and eat less greasy and spicy food; leftovers should be refrigerated in time to prevent food poisoning.
B|4. Use air conditioners scientifically. The indoor temperature should not be lower than 26°C, and the indoor and outdoor temperature difference should not be too large.
B|5. Pay attention to early symptoms. If dizziness, headache, thirst, sweating, nausea and weakness occur, you should immediately move to a cool and ventilated place, loosen your clothes and replenish water.
B|If symptoms do not improve or high fever and coma occur, please call 120 immediately and send to the hospital in time.
C|Share: WeChat friends  Circle of friends  Weibo
C|Hot articles
C|Xinghua City's 2023 free physical examination for the elderly aged 65 and above has started
C|The city's second batch of "15-minute medical service circle" demonstration points was named
C|Sponsored by: Xinghua Municipal People's Government Office  Undertaken by: Xinghua Big Data Management Center
C|Su ICP No. 05070631  Su Public Network Security No. 32128102010218  Website ID: 3212810001
C|For the best browsing experience, it is recommended to use a browser of IE10 or above
""")


text_page(
    "h20-en-12-taizhou-pharma-annual-results", "en", "UTF-8",
    L("earnings", [], "2024-03-29", ["331000"], source="Taizhou News Network"),
    """
C|Taizhou News Network | Taizhou, Zhejiang
C|Home | Taizhou News | Economy | Society | Livelihood | Commentary | Video
C|Location: Home >> Economy >> Enterprises
T|Haiyuan Pharmaceutical released its 2023 annual report: net profit attributable to the parent increased by 18.6%
C|Source: Taizhou News Network  Reporter: Lin Jiaqi  2024-03-29 20:15
B|On the evening of March 28, Zhejiang Haiyuan Pharmaceutical Co., Ltd. (stock code: 603917), headquartered in Jiaojiang District, released its 2023 annual report. During the reporting period, the company achieved operating income of 6.842 billion yuan, a year-on-year increase of 11.3%; net profit attributable to shareholders of listed companies was 1.027 billion yuan, a year-on-year increase of 18.6%; net profit after deducting non-recurring gains and losses was 968 million yuan, a year-on-year increase of 21.2%.
B|In terms of business, the revenue of the company's formulation segment was 3.91 billion yuan, an increase of 16.8% year-on-year, accounting for 57.1% of the total revenue for the first time. Affected by the price decline of some varieties in the national organized centralized drug procurement, the gross profit margin of the API segment decreased by 2.4 percentage points to 38.7%.
C|[Advertisement] Taizhou Bank "Pharmaceutical Enterprise Loan": low interest, fast approval, click to learn more
B|In terms of overseas markets, the company's sales in the United States and Europe increased by 9.5%, and two generic drugs were approved for marketing in the United States during the year.
B|The company's R&D investment was 712 million yuan, accounting for 10.4% of operating income. At present, there are 5 innovative drugs in clinical trials.
B|The company plans to distribute a cash dividend of 3.00 yuan (tax included) for every 10 shares to all shareholders, with a total dividend of about 412 million yuan.
B|The person in charge of the company said that in 2024, the company will continue to promote the transformation from "API + preparation" to "innovative drug + high-end preparation", and the second phase of the intelligent manufacturing base in the Taizhou Bay New Area is expected to be put into production in the fourth quarter.
C|Editor: Chen Yu  Proofreading: Wang Li
C|Disclaimer: The content of this article is compiled from the public information of the listed company, and is for reference only and does not constitute any investment advice. Investors should make decisions based on the company's announcements.
C|Comments (0)
C|Please log in before posting a comment. Netizens' comments only represent their personal views.
C|Post comment
C|Recommended reading
C|The output value of the city's pharmaceutical industry exceeded 100 billion yuan for the first time last year
C|Taizhou Bay New Area signed 12 major industrial projects
C|Copyright © Taizhou Newspaper Group  Zhejiang ICP No. 07021542  Internet news information service license number: 33120170004
""")


html_page(
    "h20-en-13-wenzhou-kidney-drug-trial", "en", "UTF-8",
    L("trial", [], "2023-09-14", ["330300"], source="Publicity Department"),
    """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Our hospital's phase III clinical study of a new drug for diabetic kidney disease published - Wenzhou Medical Center Hospital</title>
<meta property="og:title" content="Phase III study of new drug for diabetic kidney disease led by our hospital published">
<meta property="og:site_name" content="Wenzhou Medical Center Hospital">
<link rel="stylesheet" href="/assets/css/main.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div class="topline">
  <span>[[C:Outpatient hours: 7:30-17:00 (Monday to Sunday)]]</span>
  <span>[[C:24-hour emergency: 0577-88069120]]</span>
  <a href="/en/">[[C:English]]</a> <a href="/">[[C:Chinese]]</a>
</div>
<header>
  <a class="logo" href="/"><img src="/assets/img/logo.png" alt="Wenzhou Medical Center Hospital"></a>
  <ul class="nav">
    <li><a href="/">[[C:Home]]</a></li>
    <li><a href="/about/">[[C:About Us]]</a></li>
    <li><a href="/news/">[[C:News Center]]</a></li>
    <li><a href="/depts/">[[C:Medical Departments]]</a></li>
    <li><a href="/research/">[[C:Science and Education]]</a></li>
    <li><a href="/service/">[[C:Patient Services]]</a></li>
  </ul>
</header>
<section class="banner"><h2>[[C:News Center]]</h2></section>
<div class="container">
  <div class="path">[[C:Home > News Center > Hospital News]]</div>
  <main class="detail">
    <h1>[[T:Phase III clinical study of a new drug for diabetic kidney disease led by our hospital published in an international journal]]</h1>
    <div class="detail-meta">[[C:Date: 14 September 2023 | Source: Publicity Department | Views: 1,563]]</div>
    <div class="detail-body">
      <p>[[B:Recently, the results of a multicenter, randomized, double-blind, placebo-controlled phase III clinical study led by the Department of Nephrology of our hospital were published online in an international nephrology journal. The study evaluated the efficacy and safety of a new oral drug in the treatment of patients with type 2 diabetic kidney disease.]]</p>
      <p>[[B:The study was carried out in 46 research centers across the country from 2020 to 2022, and a total of 1,128 patients were enrolled. The patients were randomly assigned to the test drug group or the placebo group on the basis of standard treatment, and were followed up for 52 weeks.]]</p>
      <p>[[B:The results showed that compared with the placebo group, the urinary albumin/creatinine ratio of the test drug group decreased by 31.6% from baseline at week 24, and the difference was statistically significant; the rate of decline of the estimated glomerular filtration rate slowed down significantly. In terms of safety, the incidence of hyperkalemia in the test drug group was 3.2%, and there was no significant difference in the incidence of serious adverse events between the two groups.]]</p>
      <figure><img src="/upload/2023/09/dkd.jpg" alt=""><figcaption>[[C:Picture: The research team discusses the trial data (provided by the Department of Nephrology)]]</figcaption></figure>
      <p>[[B:Director Xu Jianping, the principal investigator of the study, said that diabetic kidney disease is the main cause of end-stage renal disease, and the results provide new evidence-based medical evidence for delaying the progression of the disease. The drug's marketing application has been accepted by the drug review agency.]]</p>
      <p>[[B:As one of the national drug clinical trial institutions, our hospital has undertaken more than 300 drug and medical device clinical trials in the past five years.]]</p>
    </div>
    <div class="share-bar">[[C:Share to]] <a href="#">[[C:WeChat]]</a> <a href="#">[[C:Weibo]]</a> <a href="#">[[C:Copy link]]</a></div>
    <div class="pager">
      <a href="#">[[C:« Previous: Our hospital won two Zhejiang Medical and Health Science and Technology Awards]]</a>
      <a href="#">[[C:Next: The hospital carries out the "World Alzheimer's Day" free clinic »]]</a>
    </div>
  </main>
  <aside class="side-news">
    <h3>[[C:Editor's picks]]</h3>
    <ul>
      <li><a href="#">[[C:How to prepare for a day-surgery appointment: the hospital's new process explained]]</a></li>
      <li><a href="#">[[C:The kidney disease patient association held a health lecture on a low-salt diet]]</a></li>
    </ul>
  </aside>
</div>
<footer>
  <div class="f-qr"><img src="/assets/img/qr.png" alt=""><p>[[C:Scan to follow our WeChat service account and make appointments online]]</p></div>
  <p>[[C:Copyright 2023 Wenzhou Medical Center Hospital]]  [[C:Zhejiang ICP No. 14005290]]</p>
  <p>[[C:The health information on this site is for reference only and cannot replace the diagnosis and treatment advice of a professional doctor.]]</p>
</footer>
</body>
</html>
""")


text_page(
    "h20-en-14-fuzhou-health-commission-badminton", "en", "UTF-8",
    L("other", [], None, ["350100"], source="Trade Union of the Commission"),
    """
T|"Health Fuzhou, Move Together" Municipal Health System Staff Badminton Competition Ended Successfully
C|Source: Trade Union of the Commission    Update time: 04-22    Visits: 402
B|On the afternoon of April 19, this year's "Health Fuzhou, Move Together" badminton competition of the city's health system came to a successful conclusion in the Fuzhou Strait Olympic Sports Center. A total of 28 teams from 23 municipal hospitals, the Municipal Center for Disease Control and Prevention, Gulou District, Taijiang District, Cangshan District and other units participated in the competition.
B|The competition lasted for three days, with men's singles, women's singles, men's doubles, women's doubles and mixed doubles. The players fought tenaciously and showed the good mental outlook of the health workers in the city.
B|After fierce competition, the Fuzhou First General Hospital team won the team championship, and the Mawei District Health Bureau team and the Municipal Maternal and Child Health Hospital team won the second and third places respectively.
B|The person in charge of the trade union of the Municipal Health and Health Commission said that the competition enriched the cultural and sports life of the staff, enhanced the cohesion and centripetal force, and next, the trade union will also hold a table tennis competition and a fun sports meeting for the staff.
""")


# =========================================================================== Chinese
# Originals from the same kinds of sites; zh-04 (Hong Kong) and zh-10 (Taiwan) in
# traditional script.

html_page(
    "h20-zh-01-jiangsu-vbp-landing", "zh", "UTF-8",
    L("policy", ["drug-policy", "medical-insurance"], "2024-02-26", ["320000"],
      source="江苏省医疗保障局"),
    """
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>关于做好第九批国家组织药品集中带量采购中选结果落地实施工作的通知_通知公告_江苏省医疗保障局</title>
<meta name="ArticleTitle" content="关于做好第九批国家组织药品集中带量采购中选结果落地实施工作的通知">
<meta name="PubDate" content="2024-02-26 16:05">
<meta name="ContentSource" content="江苏省医疗保障局">
<meta name="SiteIDCode" content="3200000081">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery-3.6.0.min.js"></script>
<script src="/static/js/wza/aria.js" charset="utf-8"></script>
</head>
<body>
<div class="gov-topbar">
  <div class="w1200">
    <span class="fl">[[C:江苏省人民政府]]</span>
    <span class="fr"><a href="javascript:;" id="cniil_wza">[[C:无障碍]]</a><a href="javascript:;" class="zzms">[[C:长者模式]]</a><a href="javascript:;" class="jft">[[C:繁體]]</a><a href="/col/col80001/">[[C:English]]</a></span>
  </div>
</div>
<div class="gov-header w1200">
  <img src="/static/images/logo_ybj.png" alt="江苏省医疗保障局">
  <div class="search"><input type="text" placeholder="请输入关键字"><a href="javascript:;">[[C:搜索]]</a></div>
</div>
<div class="gov-nav"><ul class="w1200">
  <li><a href="/">[[C:首页]]</a></li><li><a href="/col/col78001/">[[C:机构概况]]</a></li><li><a href="/col/col78010/">[[C:政务公开]]</a></li><li><a href="/col/col78020/">[[C:政策法规]]</a></li><li><a href="/col/col78030/">[[C:医保服务]]</a></li><li><a href="/col/col78040/">[[C:互动交流]]</a></li>
</ul></div>
<div class="w1200 main">
  <div class="crumb">[[C:当前位置：首页 > 政务公开 > 通知公告]]</div>
  <div class="article">
    <h1 class="art-title">[[T:关于做好第九批国家组织药品集中带量采购中选结果落地实施工作的通知]]</h1>
    <div class="art-meta">
      <span>[[C:发布日期：2024-02-26 16:05]]</span>
      <span>[[C:信息来源：江苏省医疗保障局]]</span>
      <span>[[C:浏览次数：4127]]</span>
      <span class="zh">[[C:字号：]]<a href="javascript:;">[[C:大]]</a> <a href="javascript:;">[[C:中]]</a> <a href="javascript:;">[[C:小]]</a></span>
    </div>
    <div class="art-con" id="zoom">
      <p>[[B:各设区市医疗保障局、卫生健康委，省各有关医疗机构：]]</p>
      <p>[[B:根据国家医疗保障局等部门有关工作部署，第九批国家组织药品集中带量采购（以下简称“第九批集采”）已产生拟中选结果，共涉及41个品种，平均降价58%。为确保中选结果在我省平稳落地，让群众尽早享受改革红利，现将有关事项通知如下。]]</p>
      <p>[[B:一、执行时间。我省自2024年3月20日起统一执行第九批集采中选结果，采购周期至2027年12月31日。]]</p>
      <p>[[B:二、约定采购量。各公立医疗机构及自愿参加的医保定点社会办医疗机构应按照省阳光采购平台报送的约定采购量，优先使用中选药品，在采购周期内完成约定采购量。]]</p>
      <p>[[B:三、医保支付标准。对中选药品，以中选价格作为医保支付标准；对同通用名未中选药品，医保支付标准原则上不高于中选价格的1.5倍，逐步调整到位。]]</p>
      <p>[[B:四、结余留用。医保基金按照“结余留用、合理超支分担”原则，对完成约定采购量的医疗机构给予结余留用激励，结余留用资金主要用于医务人员激励。]]</p>
      <p>[[B:五、加强监测。各地医保部门要会同卫生健康部门加强中选药品配送、使用情况监测，对无正当理由未完成约定采购量的医疗机构，在医保总额指标分配、医疗机构绩效考核中予以体现。]]</p>
      <p>[[B:执行中如遇问题，请及时与省医疗保障局医药服务管理处联系，联系电话：025-83268315。]]</p>
      <p class="fj">[[C:附件：第九批国家组织药品集中带量采购江苏省中选结果表.xlsx]]</p>
      <p style="text-align:right">[[B:江苏省医疗保障局　江苏省卫生健康委员会]]</p>
      <p style="text-align:right">[[B:2024年2月23日]]</p>
    </div>
    <div class="art-tools">
      <a href="javascript:window.print();">[[C:【打印本页】]]</a>
      <a href="javascript:window.close();">[[C:【关闭窗口】]]</a>
      <div class="qrcode"><div id="qrcode"></div><span>[[C:扫一扫在手机打开当前页]]</span></div>
    </div>
    <div class="xgxx">
      <div class="xgxx-tit">[[C:相关信息]]</div>
      <ul>
        <li><a href="#">[[C:一图读懂：第九批国家组织药品集采中选结果在我省落地]]</a><span>[[C:2024-02-27]]</span></li>
        <li><a href="#">[[C:省医保局召开全省医药集中采购工作推进会]]</a><span>[[C:2024-01-18]]</span></li>
      </ul>
    </div>
  </div>
</div>
<div class="gov-footer">
  <div class="w1200">
    <p>[[C:主办单位：江苏省医疗保障局]]　[[C:地址：南京市建邺区江东中路265号]]　[[C:邮编：210019]]</p>
    <p>[[C:苏ICP备19029745号-1]]　<img src="/static/images/gaba.png" alt="">[[C:苏公网安备 32010502010634号]]　[[C:网站标识码：3200000081]]</p>
    <p>[[C:建议使用1920×1080分辨率、IE10以上版本浏览器访问本站]]</p>
  </div>
</div>
<script src="/static/js/qrcode.min.js"></script>
<script>new QRCode(document.getElementById("qrcode"), location.href);</script>
</body>
</html>
""")


text_page(
    "h20-zh-02-xiaoxian-chronic-disease", "zh", "GBK",
    L("policy", ["chronic-disease", "primary-care"], "2024-05-10", ["341322"], source="萧县融媒体中心"),
    """
C|萧县人民政府门户网站
C|首页　走进萧县　政务公开　政务服务　政民互动　专题专栏
C|您现在的位置：首页 > 新闻中心 > 萧县新闻
T|萧县“两慢病”患者家门口享受“一站式”健康管理
C|发布时间：2024年5月10日　　来源：萧县融媒体中心　　作者：葛颖　　浏览次数：356
C|【字体：大 中 小】　【打印】　【关闭】
B|　　“以前拿药要跑到县城，现在在镇卫生院就能测血糖、开长期处方，医保还能直接报销。”5月8日上午，在龙城镇卫生院慢病管理中心，患糖尿病8年的村民刘大爷说。
B|　　今年以来，萧县依托县域医共体，在全县23个乡镇卫生院（社区卫生服务中心）全部建成慢病管理中心，为高血压、糖尿病“两慢病”患者提供筛查、诊断、治疗、随访、健康教育“一站式”服务，推动慢病管理从“以治病为中心”向“以健康为中心”转变。
B|　　县卫健委相关负责人介绍，全县将“两慢病”管理与家庭医生签约服务深度融合，由县级医院专科医生、乡镇全科医生和村医组成“1+1+1”团队，对患者实行分级分类管理：
B|　　一是对血压、血糖控制良好的患者，由村医每季度随访一次；
B|　　二是对控制不佳的患者，由乡镇卫生院全科医生调整用药，每月随访；
B|　　三是对出现并发症的患者，通过医共体双向转诊“绿色通道”上转县级医院。
C|相关阅读：我县门诊慢特病待遇认定实现“村里申请、县里审核”
B|　　同时，县医保局落实门诊慢特病待遇政策，高血压、糖尿病患者在基层医疗机构门诊用药报销比例提高至70%，实行长处方管理，一次可开具最长12周用量。
B|　　截至4月底，全县在管高血压患者6.8万人、糖尿病患者2.1万人，规范管理率分别达到78.5%和76.2%。
B|　　下一步，萧县将把“两慢病”防治纳入健康萧县建设重点任务，推广智能血压计、血糖仪等可穿戴设备，实现患者数据实时上传、异常预警。
C|上一篇：萧县开展2024年“全国爱卫月”集中宣传活动
C|下一篇：县人民医院胸痛中心通过国家标准版认证
C|扫一扫，关注“萧县发布”
C|版权所有：萧县人民政府办公室　　主办：萧县人民政府办公室　　承办：萧县数据资源管理局
C|皖ICP备05017653号　　皖公网安备 34132202000108号　　网站标识码：3413220001
C|您是第 2,176,440 位访客
""")


html_page(
    "h20-zh-03-kunshan-healthy-city", "zh", "GB18030",
    L("policy", ["healthy-city", "public-health"], None, ["320583"], source="昆山日报"),
    """
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>昆山市人民政府--我市召开国家卫生城市巩固暨健康昆山建设推进会</title>
<meta name="keywords" content="健康昆山,国家卫生城市,爱国卫生">
<link href="/css/ksgov.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/common.js"></script>
<style>.zw p{text-indent:2em;font-size:16px;}</style>
</head>
<body>
<div id="top">
  <div class="toplink"><a href="/">[[C:设为首页]]</a> | <a href="javascript:;">[[C:加入收藏]]</a> | <a href="javascript:;">[[C:无障碍浏览]]</a></div>
  <div class="dh">
    <a href="/">[[C:首页]]</a><a href="/zjks/">[[C:走进昆山]]</a><a href="/zwgk/">[[C:政务公开]]</a><a href="/bsfw/">[[C:办事服务]]</a><a href="/hdjl/">[[C:互动交流]]</a>
  </div>
</div>
<div id="wzlm">
  <div class="wz">[[C:您所在的位置：首页 >> 昆山要闻]]</div>
  <div class="zwbt">[[T:我市召开国家卫生城市巩固暨健康昆山建设推进会]]</div>
  <div class="zwsx">[[C:信息来源：昆山日报　　阅读次数：1835]]</div>
  <div class="zw">
    <p>[[B:上周五，我市召开国家卫生城市巩固暨健康昆山建设推进会，总结去年以来爱国卫生和健康城市建设工作，部署下阶段重点任务。副市长陈䶮出席会议并讲话。]]</p>
    <p>[[B:会议指出，我市自成功创建国家卫生城市以来，始终坚持“创卫为民、巩卫惠民”，城乡环境面貌持续改善，居民健康素养水平由2019年的28.6%提升至去年的38.9%，健康城市建设综合评价连续两年位居全省前列。]]</p>
    <p>[[B:会议强调，要对照国家卫生城市标准，聚焦农贸市场、背街小巷、城中村、建筑工地等薄弱环节，开展环境卫生集中整治，全面落实病媒生物防制措施，坚决防止登革热等蚊媒传染病输入传播。]]</p>
    <p>[[B:要将健康融入所有政策，深入推进健康社区、健康单位、健康学校等“健康细胞”建设，今年新建健康步道30公里、健康主题公园5个，力争10月底前全市所有区镇达到省级卫生镇标准。]]</p>
    <p>[[B:要压实属地责任，健全“市级统筹、区镇主抓、部门协同、全民参与”的工作机制，将巩卫工作纳入年度高质量发展考核，对问题整改不力的单位进行通报。]]</p>
    <p>[[B:会上，玉山镇、市卫健委、市城管局作交流发言。]]</p>
  </div>
  <div class="gn"><a href="javascript:window.print()">[[C:[打印本页]]]</a>　<a href="javascript:window.close()">[[C:[关闭窗口]]]</a></div>
  <div class="xgxw">
    <div class="bt">[[C:猜你喜欢]]</div>
    <ul>
      <li><a href="#">[[C:全市爱国卫生月活动启动　万人参与清洁家园行动]]</a></li>
      <li><a href="#">[[C:我市3个社区获评省级健康社区]]</a></li>
    </ul>
  </div>
</div>
<div id="foot">
  [[C:主办：昆山市人民政府办公室]]　[[C:承办：昆山市大数据管理中心]]<br>
  [[C:苏ICP备05062233号]]　[[C:苏公网安备 32058302001096号]]　[[C:网站标识码：3205830001]]<br>
  [[C:本网站所有内容未经授权不得转载，违者将依法追究法律责任，如有疑问请与网站管理员联系。]]
</div>
</body>
</html>
""")


text_page(
    "h20-zh-04-hk-elderly-voucher-gba", "zh", "UTF-8",
    L("policy", ["elderly-care", "primary-care"], "2024-01-15", ["810000"]),
    """
C|香港特別行政區政府　新聞公報
C|主頁 > 新聞公報 > 2024年1月 > 1月15日
C|English　|　简体
C|字體大小：A　A+　A++　　列印　　電郵
T|長者醫療券大灣區試點計劃擴展至七間醫療機構
B|　　醫務衞生局發言人今日（一月十五日）表示，由即日起，長者醫療券大灣區試點計劃將由現時的香港大學深圳醫院，擴展至另外六間位於廣州、珠海、佛山、中山及東莞的醫療機構，讓身處大灣區的香港長者有更多就醫選擇。
B|　　發言人說：「不少長者在大灣區內地城市居住或經常往返，擴展試點可方便他們在當地使用醫療券支付門診及預防性護理服務的費用，亦有助推動兩地醫療服務的協作。」
B|　　新加入的醫療機構均經衞生署評估，須符合病歷記錄、收費透明及投訴處理等要求。長者在上述機構使用醫療券時，須出示有效的香港永久性居民身份證，並以人民幣結算，匯率按醫療券系統每月公布的匯率計算。
B|　　合資格長者每年可獲發2,000元醫療券，累積上限為8,000元。為鼓勵長者善用基層醫療服務，政府亦推出「長者醫療券獎賞先導計劃」，長者每年使用醫療券於指定基層醫療服務達1,000元，可獲額外500元獎賞金額。
B|　　發言人提醒，醫療券不可用於住院服務、純粹購買藥物或醫療用品。長者如有查詢，可致電醫療券計劃熱線2838 2311。
B|　　參與試點計劃的醫療機構名單已上載至醫療券計劃網站。
C|完
C|2024年1月15日（星期一）
C|香港時間16時30分
C|分享至　Facebook　X　WhatsApp　微信
C|相關新聞公報
C|立法會十二題：基層醫療健康藍圖的落實進度
C|衞生署推出新一輪大腸癌篩查計劃宣傳活動
C|重要告示 | 私隱政策 | 版權告示 | 無障礙說明
C|2024 ©　　版權所有
C|修訂日期：2024年1月15日
""")


text_page(
    "h20-zh-05-fuzhou-ltci-interpretation", "zh", "UTF-8",
    L("policy", ["elderly-care", "medical-insurance"], "2023-12-05", ["350100"], source="福州市医疗保障局"),
    """
C|福州市医疗保障局
C|首页｜机构职能｜政务公开｜政策解读｜办事服务｜互动交流
C|当前位置：首页 > 政务公开 > 政策解读
T|《福州市长期护理保险制度实施细则（试行）》政策解读
C|福州市医疗保障局　　2023-12-05　　来源：福州市医疗保障局　　【大】【中】【小】
B|为积极应对人口老龄化，解决失能人员长期护理保障问题，根据国家医保局、财政部有关扩大长期护理保险制度试点的部署和福建省有关要求，市医保局会同有关部门制定了《福州市长期护理保险制度实施细则（试行）》（以下简称《细则》）。现就有关内容解读如下。
B|一、什么是长期护理保险？
B|长期护理保险是以长期处于失能状态的参保人员为保障对象，重点解决重度失能人员基本生活照料和与之密切相关的医疗护理等所需费用的社会保险制度，被称为社会保险“第六险”。
B|二、哪些人员纳入参保范围？
B|《细则》实施初期，参保范围为本市职工基本医疗保险参保人员，在职职工和退休人员同步参保；条件成熟后逐步扩大至城乡居民基本医疗保险参保人员。
B|三、资金如何筹集？
B|长期护理保险基金按每人每年120元的标准筹集，其中个人缴纳60元，从职工医保个人账户中代扣；医保统筹基金划转60元。退休人员个人缴费部分由个人账户代扣，不增加个人额外负担。
B|四、待遇享受条件是什么？
B|参保人员因年老、疾病、伤残等原因，经不少于6个月的治疗，生活不能自理，按照国家统一的长期护理失能等级评估标准评定为重度失能的，可按规定申请享受长期护理保险待遇。
B|五、可以享受哪些护理服务，报销多少？
B|护理服务分为机构护理、居家上门护理两种形式。机构护理发生的符合规定的费用，长护险基金支付70%；居家上门护理支付75%，每人每月最高支付额度为1800元。
B|六、如何申请？
B|参保人员或其委托人可通过“e福州”APP、定点护理服务机构或各县（市）区医保经办机构提出申请，评估结论自受理之日起30个工作日内作出。
B|《细则》自2024年1月1日起施行，试行期两年。市民如有疑问，可拨打12393医保服务热线咨询。
C|附件：福州市长期护理保险制度实施细则（试行）.pdf
C|相关文件：福州市医疗保障局等五部门关于印发《福州市长期护理保险制度实施细则（试行）》的通知
C|【我要纠错】　【打印】　【关闭】
C|扫一扫 关注“福州医保”公众号
C|主办：福州市医疗保障局　　闽ICP备19010277号-1　　闽公网安备35010202001239号　　网站标识码：3501000062
""")


html_page(
    "h20-zh-06-japan-doctor-overtime-cap", "zh", "UTF-8",
    L("policy", ["health-workforce"], "2024-04-08", ["JP"], source="健康报"),
    """
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>日本4月起对医生加班时长设上限-他山之石-泰州市卫生健康委员会</title>
<meta name="description" content="日本自2024年4月起正式实施医生加班时长上限制度。">
<meta property="og:title" content="日本4月起对医生加班时长设上限">
<meta property="og:description" content="他山之石">
<link rel="stylesheet" href="/res/css/tzwjw.css">
<script src="/res/js/jquery.min.js"></script>
<script>var siteId = "tzwjw"; var pageType = "article";</script>
</head>
<body>
<div class="header">
  <div class="hd-top wrap">
    <div class="hd-date">[[C:泰州市卫生健康委员会欢迎您！]]</div>
    <div class="hd-tools"><a href="javascript:;">[[C:无障碍]]</a><a href="javascript:;">[[C:关怀版]]</a><a href="/wap/">[[C:手机版]]</a></div>
  </div>
  <div class="hd-logo wrap"><img src="/res/img/logo.png" alt="泰州市卫生健康委员会"></div>
  <nav class="hd-nav wrap">
    <a href="/">[[C:首页]]</a>
    <a href="/zwgk/">[[C:政务公开]]</a>
    <a href="/wjdt/">[[C:卫健动态]]</a>
    <a href="/jkzs/">[[C:健康泰州]]</a>
    <a href="/bmfw/">[[C:便民服务]]</a>
    <a href="/hdjl/">[[C:互动交流]]</a>
  </nav>
</div>
<div class="wrap">
  <div class="position">[[C:首页 / 卫健动态 / 他山之石]]</div>
  <div class="detail">
    <h1>[[T:日本4月起对医生加班时长设上限]]</h1>
    <div class="detail-info">
      <span>[[C:来源：健康报]]</span>
      <span>[[C:作者：本报驻东京记者 孙晓岚]]</span>
      <span>[[C:发布时间：2024-04-08 09:30]]</span>
    </div>
    <div class="detail-con">
      <p>[[B:据日本厚生劳动省消息，日本自2024年4月1日起正式实施医生加班时长上限制度，这是日本“劳动方式改革”在医疗领域的落地，被视为日本医疗行业的一次重大变革。]]</p>
      <p>[[B:根据新制度，日本医生的年加班时长原则上不得超过960小时。对于承担急诊救治、地区医疗保障任务的医院以及正在接受专科培训的年轻医生，经都道府县知事认定后，年加班上限可放宽至1860小时，但须在2035年度前逐步降至960小时。]]</p>
      <p>[[B:同时，医疗机构须保障医生连续勤务不超过28小时，两次勤务之间须保证至少9小时的休息时间；对当月加班超过100小时的医生，须安排面谈指导并采取就业调整措施。]]</p>
      <p>[[B:厚生劳动省表示，制度实施后，部分地区可能出现夜间急诊医生不足的问题。为此，政府将推动医院间的功能分工与协作，扩大护士等医疗职员的业务范围，推进医疗数字化以减轻医生的文书工作负担。]]</p>
      <p>[[B:日本医师会有关负责人表示，保障医生的健康与保障患者安全是一致的，但改革不能以牺牲地区医疗为代价，希望政府在医生培养和地区分布方面给予更多支持。]]</p>
    </div>
    <div class="detail-ft">
      <div class="share">[[C:分享到：]]<a class="wx" href="javascript:;">[[C:微信]]</a><a class="wb" href="javascript:;">[[C:微博]]</a></div>
      <div class="print"><a href="javascript:window.print();">[[C:打印]]</a><a href="javascript:window.close();">[[C:关闭]]</a></div>
    </div>
    <div class="prevnext">
      <p>[[C:上一篇：新加坡推出“健康SG”计划　居民可自主选择家庭医生]]</p>
      <p>[[C:下一篇：世卫组织发布2024年世界卫生统计报告]]</p>
    </div>
  </div>
</div>
<div class="footer">
  <div class="wrap">
    <div class="ft-ewm"><img src="/res/img/ewm.jpg" alt=""><p>[[C:“健康泰州”微信公众号]]</p></div>
    <p>[[C:主办单位：泰州市卫生健康委员会]]　[[C:联系电话：0523-86839171]]</p>
    <p>[[C:苏ICP备10211873号-1]]　[[C:苏公网安备32120202010335号]]　[[C:网站标识码：3212000033]]</p>
    <p>[[C:本栏目文章转载自其他媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。]]</p>
  </div>
</div>
</body>
</html>
""")


text_page(
    "h20-zh-07-suzhou-dental-implant-promo", "zh", "UTF-8",
    L("marketing", [], "2024-04-02", ["320500"]),
    """
C|苏州美德口腔医院
C|首页 | 医院概况 | 专家团队 | 种植牙 | 牙齿矫正 | 儿童齿科 | 来院路线
C|咨询热线：400-863-0512　　在线预约
C|当前位置：首页 > 医院动态
T|积极落实种植牙集采政策 我院种植牙单颗全包价3980元起
C|2024.04.02　　文章来源：本站原创　　阅读：3361
B|为贯彻落实国家医保局关于开展口腔种植医疗服务收费和耗材价格专项治理的要求，苏州美德口腔医院作为苏州市医保定点医疗机构，积极承接种植体集采中选结果，让广大市民“种得起、种得好”。
B|据介绍，集采后国产种植体价格下降幅度超过50%，进口种植体平均中选价格也降至千元左右。我院同步执行苏州市口腔种植医疗服务价格调控目标，单颗常规种植牙医疗服务费用控制在4500元以内。
B|目前，我院可提供的种植方案包括：
B|国产集采种植体：单颗全包价3980元起（含种植体、基台、牙冠及手术费）；
B|韩国进口集采种植体：单颗全包价5980元起；
B|瑞士、德国高端种植体：单颗全包价9800元起。
B|我院种植中心由从业20余年的种植科主任领衔，配备口腔CBCT、数字化导板系统，实现“微创、精准、舒适”种植。职工医保参保人员可使用个人账户支付部分费用。
B|即日起至6月30日，凡到院咨询种植的市民，均可享受免费口腔检查及全景片拍摄一次，65周岁以上老人另享种植费用九五折优惠。
B|预约热线：0512-65281899，地址：苏州市姑苏区人民路1128号。
C|免责声明：本站部分文字及图片来源于网络，如有侵权请联系删除；文中所述疗效因人而异，具体以医生面诊为准。
C|上一篇：儿童涂氟防龋，这些家长最关心的问题请收好
C|下一篇：我院荣获“苏州市诚信民营医疗机构”称号
C|苏ICP备2021035884号　　Copyright © 苏州美德口腔医院有限公司　　（苏）医广【2023】第0517-213号
""")


html_page(
    "h20-zh-08-taizhou-shanghai-investment-fair", "zh", "UTF-8",
    L("economy", [], "2024-03-15", ["321200"], source="泰州日报"),
    """
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>泰州（上海）重点产业招商推介会举行 现场签约项目56个 总投资628亿元 - 泰州市人民政府</title>
<meta name="keywords" content="招商推介会,签约项目,泰州">
<meta name="description" content="泰州（上海）重点产业招商推介会举行">
<meta property="og:title" content="泰州（上海）重点产业招商推介会举行">
<meta property="og:image" content="https://www.taizhou.example.gov.cn/images/share.png">
<link rel="stylesheet" href="/css/index.css">
<script src="/js/jquery.js"></script>
</head>
<body>
<div class="sy_top">
  <div class="sy_w">
    <span class="tq">[[C:泰州　多云　12~19℃]]</span>
    <span class="dl"><a href="#">[[C:登录]]</a>｜<a href="#">[[C:注册]]</a>｜<a href="javascript:;">[[C:无障碍浏览]]</a>｜<a href="javascript:;">[[C:长者版]]</a></span>
  </div>
</div>
<div class="sy_dh">
  <ul>
    <li><a href="/">[[C:首页]]</a></li>
    <li><a href="/zwdt/">[[C:政务动态]]</a></li>
    <li><a href="/xxgk/">[[C:信息公开]]</a></li>
    <li><a href="/zwfw/">[[C:政务服务]]</a></li>
    <li><a href="/tzzs/">[[C:投资泰州]]</a></li>
    <li><a href="/hdjl/">[[C:政民互动]]</a></li>
  </ul>
</div>
<div class="ny_con">
  <div class="ny_wz">[[C:首页 > 政务动态 > 泰州要闻]]</div>
  <div class="ny_bt">
    <h2 class="yt">[[C:拼经济 抓项目 促发展]]</h2>
    <h1>[[T:泰州（上海）重点产业招商推介会举行]]</h1>
    <h3 class="ft">[[C:现场签约项目56个 总投资628亿元]]</h3>
  </div>
  <div class="ny_xx">[[C:2024-03-15 08:12 | 来源：泰州日报 | 记者 周洁 王宇航 | 字号 大 中 小]]</div>
  <div class="ny_zw">
    <p>[[B:3月14日，泰州（上海）重点产业招商推介会在上海举行。市委书记出席并致辞，市长作城市推介。来自长三角地区的200余位企业家、投资机构和商协会代表参加活动。]]</p>
    <p>[[B:推介会上，泰州围绕新能源、高端装备、新材料、生物医药等主导产业，重点推介了全市“一区一特色”的产业布局和营商环境。市委书记表示，泰州将以“一流营商环境”回报“一流投资项目”，为企业提供全生命周期服务，真诚欢迎广大企业家到泰州投资兴业。]]</p>
    <p>[[B:现场集中签约项目56个，总投资628亿元。其中，百亿元以上项目2个、50亿元以上项目5个，涵盖储能电池、海工装备、高性能纤维等领域，另有总投资38亿元的医疗器械产业化项目落户医药高新区。]]</p>
    <p>[[B:当天下午，泰州还举办了“泰州人才周”上海专场、科技成果对接会等系列活动，签订校企合作协议11项。]]</p>
    <p>[[B:今年以来，我市已组织赴外招商活动27批次，新签约亿元以上项目183个，实际利用外资同比增长14.6%。]]</p>
  </div>
  <div class="ny_zrbj">[[C:（责任编辑：姜涛）]]</div>
  <div class="ny_fx">[[C:分享：]]<a href="#">[[C:微信]]</a><a href="#">[[C:微博]]</a><a href="#">[[C:抖音]]</a></div>
  <div class="ny_xg">
    <div class="xg_tit">[[C:相关新闻]]</div>
    <ul>
      <li><a href="#">[[C:我市一季度重大项目集中开工　总投资超千亿元]]</a></li>
      <li><a href="#">[[C:泰州医药高新区与上海多家科研院所签署合作协议]]</a></li>
    </ul>
  </div>
</div>
<div class="sy_foot">
  <p>[[C:泰州市人民政府办公室主办]]　[[C:泰州市大数据管理局承办]]</p>
  <p>[[C:苏ICP备05009917号]]　[[C:苏公网安备32120202000251号]]　[[C:政府网站标识码：3212000001]]</p>
  <p>[[C:关注泰州发布]]　[[C:下载“泰州通”APP]]</p>
</div>
</body>
</html>
""")


text_page(
    "h20-zh-09-fuzhou-tcm-autumn-tips", "zh", "UTF-8",
    L("wellness", [], None, ["361000"], source="宣传科"),
    """
C|抚州市中医院　抚州市中医药研究所
C|网站首页　医院概况　科室导航　专家介绍　就医指南　健康科普　旴江医学
C|所在位置：网站首页 → 健康科普 → 中医养生
T|立秋“贴秋膘”要适度 旴江医学专家教你秋季调养
C|发布者：宣传科　　点击数：1029　　更新时间：8月7日
B|今年8月7日迎来立秋节气。立秋是秋季的第一个节气，意味着暑去凉来。民间有立秋“贴秋膘”的习俗，但我院治未病科主任、旴江医学流派传承人黄医生提醒，“贴秋膘”要因人而异，不能盲目进补。
B|黄医生介绍，立秋后暑热未尽，俗称“秋老虎”，此时脾胃功能尚未完全恢复，若大量进食肥甘厚味，容易导致消化不良。秋季调养可以从以下几个方面入手：
B|一、饮食宜“少辛增酸”。可适当多吃百合、银耳、梨、山药、莲子等滋阴润燥的食物，少吃葱、姜、辣椒等辛辣之物。
B|二、起居宜“早卧早起”。秋季应顺应自然，早睡以顺应阴精收藏，早起以舒展阳气。
B|三、运动宜“动中求静”。可选择八段锦、太极拳、散步等较为舒缓的运动，避免大汗淋漓。
B|四、情志宜“收神敛气”。秋季易生悲秋情绪，要保持心情舒畅，多参加户外集体活动。
B|推荐一款秋季养生茶饮：麦冬10克、百合10克、玉竹10克，沸水冲泡代茶饮，适合口干咽燥的人群。
B|温馨提示：以上方法仅供参考，体质因人而异，脾胃虚寒者慎用，具体请在中医师指导下进行。
C|【收藏本页】　【打印本页】　【返回顶部】
C|热点推荐
C|我院“三伏贴”最后一伏贴敷时间安排
C|旴江医学传承工作室获批省级名老中医药专家传承工作室
C|地址：抚州市临川区赣东大道168号　　急诊电话：0794-8236120
C|赣ICP备14004152号-1　　技术支持：抚州云海网络科技有限公司
""")


html_page(
    "h20-zh-10-taichung-elderly-program-award", "zh", "Big5",
    L("tender", [], "2024-04-02", ["710000"], source="長期照護科"),
    """
<!DOCTYPE html>
<html lang="zh-Hant-TW">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>臺中市政府衛生局-決標公告-113年度社區長者健康促進服務委託案決標公告</title>
<meta name="DC.Title" content="113年度社區長者健康促進服務委託案決標公告">
<meta name="DC.Publisher" content="臺中市政府衛生局">
<meta name="DC.Date" content="2024-04-02">
<link rel="stylesheet" href="/css/ch.css">
<script src="/js/jquery.js"></script>
</head>
<body>
<a href="#C" class="skip">[[C:跳到主要內容區塊]]</a>
<div id="header">
  <a href="#U" accesskey="U" title="上方功能區塊">[[C::::]]</a>
  <ul class="toplinks">
    <li><a href="/">[[C:回首頁]]</a></li>
    <li><a href="/sitemap">[[C:網站導覽]]</a></li>
    <li><a href="/en/">[[C:English]]</a></li>
    <li><a href="/rss">[[C:RSS]]</a></li>
  </ul>
  <div class="logo"><img src="/images/logo.png" alt="臺中市政府衛生局"></div>
  <ul class="mainmenu">
    <li><a href="#">[[C:關於本局]]</a></li>
    <li><a href="#">[[C:最新消息]]</a></li>
    <li><a href="#">[[C:業務專區]]</a></li>
    <li><a href="#">[[C:便民服務]]</a></li>
    <li><a href="#">[[C:政府資訊公開]]</a></li>
  </ul>
</div>
<div id="center">
  <a href="#C" accesskey="C" title="中央內容區塊">[[C::::]]</a>
  <div class="path">[[C:首頁 > 政府資訊公開 > 採購資訊 > 決標公告]]</div>
  <h2 class="title">[[T:113年度社區長者健康促進服務委託案決標公告]]</h2>
  <div class="info">
    <span>[[C:發布單位：長期照護科]]</span>
    <span>[[C:公告日期：113-04-02]]</span>
    <span>[[C:點閱次數：214]]</span>
  </div>
  <div class="cp">
    <p>[[B:一、機關名稱：臺中市政府衛生局]]</p>
    <p>[[B:二、標案案號：TCHB113-0218]]</p>
    <p>[[B:三、標案名稱：113年度社區長者健康促進服務委託案]]</p>
    <p>[[B:四、招標方式：公開招標；決標方式：準用最有利標]]</p>
    <p>[[B:五、決標日期：113年3月29日]]</p>
    <p>[[B:六、得標廠商：社團法人臺中市長青健康促進協會]]</p>
    <p>[[B:七、決標金額：新臺幣3,280,000元整]]</p>
    <p>[[B:八、履約期限：自決標次日起至113年12月31日止，於本市29個行政區辦理長者肌力訓練、營養衛教及認知促進課程，預計服務長者6,000人次。]]</p>
    <p>[[B:九、未得標廠商如對決標結果有異議，得於公告日起10日內以書面向本局提出。]]</p>
  </div>
  <div class="fn">
    <a href="javascript:window.print();">[[C:友善列印]]</a>
    <a href="javascript:history.back();">[[C:回上一頁]]</a>
  </div>
  <div class="update">[[C:更新日期：113-04-03]]</div>
</div>
<div id="footer">
  <a href="#Z" accesskey="Z" title="下方功能區塊">[[C::::]]</a>
  <p>[[C:臺中市政府衛生局 版權所有]]</p>
  <p>[[C:地址：臺中市豐原區中興路136號]]　[[C:總機：(04)2526-5394]]</p>
  <p>[[C:服務時間：週一至週五 上午8時至12時，下午1時30分至5時30分]]</p>
  <p>[[C:本網站建議使用Chrome、Edge、Firefox最新版本瀏覽]]</p>
</div>
</body>
</html>
""")


# =========================================================================== set


def check_set():
    names = [p["name"] for p in PAGES]
    if len(set(names)) != len(names) or len(PAGES) != 24:
        raise GenError(f"expected 24 distinct pages, got {len(PAGES)}")
    for p in PAGES:
        if not re.fullmatch(r"h20-(zh|en)-\d{2}-[a-z0-9-]+", p["name"]):
            raise GenError(f"{p['name']}: bad name")
    if sum(p["ext"] == "html" for p in PAGES) * 3 < len(PAGES):
        raise GenError("fewer than a third HTML pages")
    encs = {p["encoding"] for p in PAGES}
    if not {"GBK", "GB18030", "Big5", "UTF-8-BOM"} <= encs or not any(p["crlf"] for p in PAGES):
        raise GenError(f"missing an encoding or CRLF: {encs}")
    tags = {t for p in PAGES for t in p["labels"]["tags"]}
    if tags != TAGS:
        raise GenError(f"tags not covered: {sorted(TAGS - tags)}")
    if sum("published" not in p["labels"] for p in PAGES) < 3:
        raise GenError("fewer than 3 pages without a date")
    if sum(p["lang"] == "en" for p in PAGES) < 14:
        raise GenError("fewer than 14 English pages")


def counts():
    from collections import Counter
    langs = Counter(p["lang"] for p in PAGES)
    fmts = Counter(p["ext"] for p in PAGES)
    encs = Counter(p["encoding"] for p in PAGES)
    kinds = Counter(p["labels"]["kind"] for p in PAGES)
    tags = Counter(t for p in PAGES for t in p["labels"]["tags"])
    nodate = [p["name"] for p in PAGES if "published" not in p["labels"]]
    crlf = [p["name"] for p in PAGES if p["crlf"]]
    return langs, fmts, encs, kinds, tags, nodate, crlf


def readme() -> str:
    langs, fmts, encs, kinds, tags, nodate, crlf = counts()
    neg = sum(v for k, v in kinds.items() if k in NEGATIVE_KINDS)
    rows = "\n".join(
        f"| {p['name']} | {p['ext']} | {p['encoding']}{' CRLF' if p['crlf'] else ''} | "
        f"{p['labels']['kind']} | {', '.join(p['labels']['tags']) or '-'} | "
        f"{p['labels'].get('published', '-')} | {', '.join(p['labels']['regions']) or '-'} |"
        for p in PAGES)
    return f"""# holdout20: a blind held-out set

{len(PAGES)} invented pages with gold labels in the format of `tests/corpus/README.md`,
written to measure how healthfeed generalises to pages its authors never saw. The
emphasis of this set is the English edition of Chinese local government sites:
{langs['en']} pages are English machine translations of Chinese city, county and
provincial pages (health commissions, medical-insurance bureaus, county news centres,
hospitals, a procurement portal) as browser translation plugins and scrapers of English
editions save them, with the site chrome machine-translated too (menus, filing numbers,
accessibility and elder-mode toggles, "scan code to pay attention" prompts, visitor
counts, disclaimers). The other {langs['zh']} are Chinese originals of other pages of such
sites, two of them in traditional script (Hong Kong, Taiwan).

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora; only the five real scraped pages in the shared seeds were
read, for their flavour, and none of their lines is reused.

Regenerate with `python3 scripts/make_holdout20.py`; the script re-reads what it wrote
and fails when a page does not decode to the intended text, when a visible line (text)
or text node (HTML, outside script/style/title/attributes) is not covered by the gold
title/body/chrome, when a gold string is not on the page, or when a gold file does not
parse or has unknown keys or values.

## Counts

- language: {langs['en']} en (all machine-translated), {langs['zh']} zh (2 traditional)
- format: {fmts['html']} HTML, {fmts['txt']} plain text
- encodings: {', '.join(f'{k} {v}' for k, v in sorted(encs.items()))}; CRLF line ends: {', '.join(crlf)}
- kinds: policy {kinds['policy']}, hard negatives {neg} ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()) if k in NEGATIVE_KINDS)}), other {kinds['other']}
- tags (policy pages): {', '.join(f'{k} {v}' for k, v in sorted(tags.items()))}
- pages without a full date (no `published`): {len(nodate)}: {', '.join(nodate)}

## Labelling decisions (kept consistent across the set)

- A kicker (引题) or subtitle (副题) line around the headline is chrome; the title is the
  main headline only, without the site name of `<title>` or a breadcrumb.
- An image caption, even one that describes the photo, is chrome (it carries a credit).
- A numbered list of measures, a table row flattened to text, a notice's addressee,
  signature and date lines, and a closing sentence giving a hotline or telling readers
  to follow an account are body.
- Footer disclaimers ("for reference only", "machine translated", "reprinted to pass on
  information") are chrome even when they are long full sentences.
- `published` is the page's own date (byline, date line or meta tag), not a deadline,
  effective date, the date a notice was signed, the "today is" date of a top bar, a
  scraper's timestamp or a "revised on" date. A Republic of China date (113-04-02) is
  converted (2024-04-02). Pages whose only dates lack a year ("Release time: 07-12",
  "8月7日", "上周五") get no `published`.
- `source` is set whenever a byline or date line names where the item comes from
  ("Source:", "Information source:", "Publisher:", 来源, 信息来源, 发布者, 发布单位), as
  written there; not when it only says the item is the site's own (文章来源：本站原创).
- Regions: the most specific division the page is about. Taizhou is 泰州 (321200) on
  en-01 (Jiangsu, Jingjiang, Xinghua, 0523) and 台州 (331000) on en-07 and en-12
  (Zhejiang, Tiantai, Jiaojiang); Suzhou on en-03 is 宿州 (341300: Anhui, Yongqiao);
  Fuzhou is 抚州 (361000: Jiangxi, Linchuan) on en-04 and 福州 (350100: Gulou, Mawei)
  on en-14. Places named in passing (Shanghai hospitals, the venue of an investment fair,
  Greater Bay Area cities where Hong Kong vouchers can be used, overseas markets of a
  drug maker) are not labelled. Hong Kong is 810000, Taiwan 710000 (no finer code), a
  Chinese city site reposting news about Japan is `JP` only.
- Tags only on policy pages, 1-2 substantive topics each.

## Pages

| page | format | encoding | kind | tags | published | regions |
|---|---|---|---|---|---|---|
{rows}
"""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.iterdir():
        if f.is_file():
            f.unlink()
    try:
        check_set()
        for p in PAGES:
            write_page(p)
        for p in PAGES:
            check_page(p)
            check_gold(p)
    except GenError as e:
        print(f"make_holdout20: FAILED: {e}", file=sys.stderr)
        return 1
    (OUT / "README.md").write_text(readme(), encoding="utf-8", newline="\n")
    langs, fmts, encs, kinds, tags, nodate, crlf = counts()
    print(f"wrote {len(PAGES)} pages to {OUT.relative_to(ROOT)}: {dict(langs)} {dict(fmts)} "
          f"{dict(encs)} {dict(kinds)}; no date: {len(nodate)}; checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
