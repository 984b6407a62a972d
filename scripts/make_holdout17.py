#!/usr/bin/env python3
"""Generate tests/holdout17/: a blind held-out set of 24 invented pages with gold labels.

The pages imitate what today's content systems serve (Chinese government CMS templates,
WordPress/Drupal sites of agencies and NGOs, server-rendered framework markup, AMP and
mobile pages) and what text scrapers save from them. Every page is written here together
with its gold labels, and the script then re-reads its own output and refuses it (exit 1)
when a gold string is not visible on the page, a visible line or text node is left
unlabelled, a gold file does not parse or has unknown keys, or a page does not decode
back to the intended text with its declared encoding.

The set was written blind: without looking at the cleaner/classifier sources, their
configuration, other scripts, or other corpora. Stdlib only (Python 3.11).

    python3 scripts/make_holdout17.py
"""

from __future__ import annotations

import datetime
import re
import sys
import tomllib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout17"
PREFIX = "h17"

TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"}
HARD_NEGATIVES = KINDS - {"policy", "other"}
CODECS = {
    "UTF-8": "utf-8", "UTF-8-BOM": "utf-8-sig", "GBK": "gbk", "GB18030": "gb18030",
    "Big5": "big5", "windows-1252": "cp1252", "UTF-16LE": "utf-16-le",
}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}


def norm(s: str) -> str:
    """Collapse whitespace runs (incl. U+3000, U+00A0) to one space and trim, as the scorer does."""
    return " ".join(s.split())


def nonspace_len(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


# ---------------------------------------------------------------------------------------
# Visible text of HTML, cut into blocks
# ---------------------------------------------------------------------------------------

BLOCK_TAGS = {
    "html", "head", "body", "div", "p", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tfoot", "tr", "caption", "section", "article", "main", "header",
    "footer", "nav", "aside", "form", "fieldset", "legend", "dl", "dt", "dd", "br", "hr",
    "blockquote", "figure", "figcaption", "address", "pre", "noscript", "template", "select",
    "option", "details", "summary", "dialog", "center", "iframe", "amp-sidebar", "amp-consent",
    "amp-ad", "amp-carousel", "textarea",
}
CELL_TAGS = {"td", "th"}


class BlockText(HTMLParser):
    """Visible text nodes grouped into blocks (block elements break, table cells join with a space).

    Not visible: <script>, <style>, the document <title> and attributes. Everything else a
    text scraper could emit counts as visible and must be labelled: <noscript> and
    <template> text, and the <title> of an inline SVG icon.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._cur: list[str] = []
        self._hidden = 0
        self._svg = 0

    def _flush(self) -> None:
        text = norm("".join(self._cur))
        self._cur = []
        if text:
            self.blocks.append(text)

    def _is_hidden_tag(self, tag: str) -> bool:
        return tag in ("script", "style") or (tag == "title" and self._svg == 0)

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self._svg += 1
        if self._is_hidden_tag(tag):
            self._hidden += 1
        elif tag in BLOCK_TAGS:
            self._flush()
        elif tag in CELL_TAGS:
            self._cur.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag):
        if self._is_hidden_tag(tag):
            self._hidden -= 1
        elif tag in BLOCK_TAGS:
            self._flush()
        elif tag in CELL_TAGS:
            self._cur.append(" ")
        if tag == "svg":
            self._svg -= 1

    def handle_data(self, data):
        if self._hidden == 0:
            self._cur.append(data)

    def close(self):
        super().close()
        self._flush()


def html_blocks(markup: str) -> list[str]:
    p = BlockText()
    p.feed(markup)
    p.close()
    return p.blocks


# ---------------------------------------------------------------------------------------
# Page builders: the page text and its gold are written in one pass, in document order
# ---------------------------------------------------------------------------------------


class Page:
    def __init__(self, slug: str, lang: str, ext: str, encoding: str, *, crlf: bool = False):
        self.slug, self.lang, self.ext, self.encoding, self.crlf = slug, lang, ext, encoding, crlf
        self.title: str | None = None
        self.body: list[str] = []
        self.chrome: list[str] = []
        self.labels: dict = {}
        self.date_hint: str | None = None  # how the page states its date (checked to be there)

    # gold registration -------------------------------------------------------------
    def _title(self, s: str) -> None:
        s = norm(s)
        if self.title is not None and self.title != s:
            raise SystemExit(f"{self.slug}: two different titles: {self.title!r} / {s!r}")
        self.title = s

    def _body(self, s: str) -> None:
        self.body.append(norm(s))

    def _chrome(self, s: str) -> None:
        s = norm(s)
        if s and s not in self.chrome:
            self.chrome.append(s)

    def label(self, *, kind: str, tags=(), published: str | None = None, regions=(),
              source: str | None = None, date_hint: str | None = None) -> None:
        self.labels = {"health_policy": kind == "policy", "kind": kind, "tags": list(tags),
                       "regions": list(regions)}
        if published:
            self.labels["published"] = published
        if source:
            self.labels["source"] = source
        self.date_hint = date_hint


class TextPage(Page):
    """A scraper's plain-text dump: one block per line."""

    def __init__(self, slug, lang, encoding="UTF-8", *, crlf=False):
        super().__init__(slug, lang, "txt", encoding, crlf=crlf)
        self.lines: list[str] = []

    def t(self, line: str) -> None:
        self.lines.append(line)
        self._title(line)

    def b(self, *lines: str) -> None:
        for line in lines:
            self.lines.append(line)
            self._body(line)

    def c(self, *lines: str) -> None:
        for line in lines:
            self.lines.append(line)
            self._chrome(line)

    def blank(self) -> None:
        self.lines.append("")

    def mix(self, line: str, *, title: str | None = None, chrome=(), body=()) -> None:
        """A line made of several gold pieces (a title with a site suffix, a menu bar…)."""
        self.lines.append(line)
        if title:
            self._title(title)
        for s in body:
            self._body(s)
        for s in chrome:
            self._chrome(s)

    def text(self) -> str:
        nl = "\r\n" if self.crlf else "\n"
        return nl.join(self.lines) + nl


class HtmlPage(Page):
    """A full HTML page. raw() adds markup; t()/b()/c() add markup and label each of its blocks."""

    def __init__(self, slug, lang, encoding="UTF-8", *, crlf=False):
        super().__init__(slug, lang, "html", encoding, crlf=crlf)
        self.parts: list[str] = []

    def raw(self, markup: str) -> None:
        self.parts.append(markup)

    def _add(self, markup: str, register) -> None:
        blocks = html_blocks(markup)
        if not blocks:
            raise SystemExit(f"{self.slug}: labelled fragment has no visible text: {markup[:80]!r}")
        self.parts.append(markup)
        for blk in blocks:
            register(blk)

    def t(self, markup: str) -> None:
        self._add(markup, self._title)

    def b(self, markup: str) -> None:
        self._add(markup, self._body)

    def c(self, markup: str) -> None:
        self._add(markup, self._chrome)

    def svg_title(self, text: str) -> None:
        """The <title> of an inline SVG icon: not shown, but a text scraper emits it, so chrome."""
        self.parts.append(f"<title>{text}</title>")
        self._chrome(text)

    def bar(self, items, *, sep=" | ", open_tag="<div>", close_tag="</div>", link=True) -> None:
        """A link bar kept in one block: each item is its own chrome entry."""
        self.raw(open_tag)
        for i, item in enumerate(items):
            if i:
                self.raw(sep)
            self.c(f'<a href="#">{item}</a>' if link else f"<span>{item}</span>")
        self.raw(close_tag)

    def ul(self, items, *, cls="", link=True) -> None:
        self.raw(f'<ul class="{cls}">' if cls else "<ul>")
        for item in items:
            self.c(f'<li><a href="#">{item}</a></li>' if link else f"<li>{item}</li>")
        self.raw("</ul>")

    def text(self) -> str:
        s = "".join(self.parts)
        return s.replace("\n", "\r\n") if self.crlf else s


PAGES: list[Page] = []


def page(fn):
    """Register a page-writing function; it returns the finished Page."""
    PAGES.append(fn())
    return fn


# =======================================================================================
# Chinese pages
# =======================================================================================


@page
def zh01():
    """Old TRS-like government CMS: table layout, gb2312 declared but GBK content (堃)."""
    p = HtmlPage("zh-01-taizhou-yigongti-jiedu", "zh", "GBK")
    title = "《泰州市深化紧密型县域医疗卫生共同体建设实施方案》政策解读"
    p.raw(f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_政策解读_泰州市卫生健康委员会</title>
<meta name="SiteName" content="泰州市卫生健康委员会" />
<meta name="SiteDomain" content="wjw.taizhou.gov.cn" />
<meta name="SiteIDCode" content="3212000011" />
<meta name="ColumnName" content="政策解读" />
<meta name="ColumnType" content="政策解读" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2024-03-08 16:45" />
<meta name="ContentSource" content="泰州市卫生健康委员会" />
<meta name="Keywords" content="医共体,县域医疗,分级诊疗" />
<link href="/images/tzwjw_2019.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size){{ var o=document.getElementById("wzzt"); if(!o) return; o.style.fontSize=size+"px"; }}
</script>
<style type="text/css">
.wz_biaoti{{font-size:24px;color:#c00;font-weight:bold;line-height:40px}}
.fbxx{{color:#666;border-bottom:1px dashed #ccc}}
</style>
</head>
<body>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" class="top_bg">
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="40%" align="left" class="top_rq"><span id="rq"></span><script type="text/javascript">var d=new Date();document.getElementById("rq").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script></td>
        <td align="right" class="top_lj">''')
    p.c('<a href="#" onclick="this.style.behavior=\'url(#default#homepage)\';this.setHomePage(location.href);">设为首页</a>')
    p.raw(" | ")
    p.c('<a href="javascript:window.external.AddFavorite(location.href,document.title)">加入收藏</a>')
    p.raw(" | ")
    p.c('<a href="/wza/index.html">无障碍</a>')
    p.raw(" | ")
    p.c('<a href="http://www.taizhou.gov.cn/" target="_blank">泰州市人民政府</a>')
    p.raw('''</td>
      </tr>
    </table>
    </td>
  </tr>
  <tr>
    <td><img src="/images/tzwjw_banner.jpg" width="1002" height="136" border="0" alt="泰州市卫生健康委员会" /></td>
  </tr>
  <tr>
    <td height="40" class="nav_bg">
    <table border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
''')
    for item in ["网站首页", "机构概况", "卫健要闻", "政务公开", "办事服务", "健康科普", "互动交流", "专题专栏"]:
        p.c(f'        <td class="nav_td"><a href="#">{item}</a></td>\n')
    p.raw('''      </tr>
    </table>
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="main_k">
  <tr>
    <td height="36" class="dqwz">''')
    p.c('<img src="/images/ico_home.gif" />&nbsp;所在位置：<a href="/">首页</a>&nbsp;&gt;&gt;&nbsp;<a href="/col/col4521/">政务公开</a>&nbsp;&gt;&gt;&nbsp;<a href="/col/col4530/">政策解读</a>')
    p.raw('''</td>
  </tr>
  <tr>
    <td valign="top">
    <table width="94%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr>
        <td align="center" class="wz_biaoti">''')
    p.t(title)
    p.raw('''</td>
      </tr>
      <tr>
        <td align="center" height="32" class="fbxx">''')
    p.c('发布日期：2024-03-08&nbsp;&nbsp;&nbsp;&nbsp;来源单位：泰州市卫生健康委员会&nbsp;&nbsp;&nbsp;&nbsp;访问次数：<span id="hits">1273</span>')
    p.raw('''</td>
      </tr>
      <tr>
        <td align="right" height="28" class="zt_kz">【''')
    p.c('字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>')
    p.raw('】 【')
    p.c('<a href="javascript:window.print()">打印本页</a>')
    p.raw('】 【')
    p.c('<a href="javascript:window.close()">关闭</a>')
    p.raw('''】</td>
      </tr>
      <tr>
        <td valign="top" class="wz_nr">
        <div id="wzzt" class="bt_content">
<!--<$[信息内容]>begin--><div class="Custom_UnionStyle">
''')
    paras = [
        "近日，泰州市人民政府办公室印发《泰州市深化紧密型县域医疗卫生共同体建设实施方案》（以下简称《实施方案》）。为便于社会公众和基层单位准确理解、抓好落实，现就有关内容解读如下。",
        "一、为什么要出台《实施方案》？",
        "紧密型县域医共体建设是推进分级诊疗、提升县域医疗卫生服务能力的重要抓手。2019年以来，兴化市、靖江市、泰兴市先后开展医共体建设试点，共组建14个医共体，乡镇卫生院门急诊人次占比稳步提高。但对照国家和省里的要求，仍存在牵头医院与成员单位“联而不紧”、医保基金打包支付尚未全面落地、人员下沉不够等问题。市卫生健康委基层卫生健康处负责人王堃介绍，《实施方案》着眼于把医共体由“形式上的联合”推向“管理、服务、利益、责任”的共同体。",
        "二、《实施方案》的主要目标是什么？",
        "到2025年底，全市紧密型县域医共体实现全覆盖，县域内就诊率稳定在90%以上，基层医疗卫生机构诊疗量占比达到65%以上；到2027年，县域医疗卫生服务体系进一步完善，“大病不出县、小病在基层”的格局基本形成。",
        "三、有哪些重点任务？",
        "《实施方案》从五个方面提出了18项具体措施：",
        "（一）统一管理。医共体内人员统筹使用、财务统一管理、药品耗材统一采购配送，牵头医院对成员单位实行一体化运营。",
        "（二）医保打包付费。对医共体实行“总额付费、结余留用、合理超支分担”，结余资金主要用于基层医务人员绩效。",
        "（三）人才下沉。县级医院中级以上职称医师晋升副高级职称前，须累计到基层医疗卫生机构服务满一年。",
        "（四）资源共享。建设县域影像、心电、检验、病理、消毒供应五大共享中心，推动“基层检查、县级诊断”。",
        "（五）考核评价。建立以健康结果为导向的考核体系，考核结果与医保支付、院长年薪挂钩。",
        "四、群众能得到哪些实惠？",
        "群众在家门口的卫生院就能预约县级医院专家号，检查检验结果在医共体内互认，不再重复检查；签约家庭医生的慢性病患者可享受长期处方服务，一次最长可开具12周用量。",
        "五、《实施方案》什么时候开始实施？",
        "《实施方案》自2024年4月1日起施行，有效期5年。市有关部门将按照职责分工，制定配套文件，抓好贯彻落实。",
        "群众如有疑问，可拨打市卫生健康委政策咨询电话0523-86831127（工作日上午8:30—12:00，下午2:30—5:30）。",
    ]
    for para in paras:
        style = ' style="font-weight:bold"' if para[:2] in ("一、", "二、", "三、", "四、", "五、") else ""
        p.b(f'<p{style}>&nbsp;&nbsp;&nbsp;&nbsp;{para}</p>\n')
    p.raw('''</div><!--<$[信息内容]>end-->
        </div>
        </td>
      </tr>
      <tr>
        <td class="gl_wj" height="40">''')
    p.c('关联文件：<a href="/art/2024/3/5/art_4530_3325871.html">泰州市人民政府办公室关于印发深化紧密型县域医共体建设实施方案的通知</a>')
    p.raw('''</td>
      </tr>
      <tr>
        <td class="sxp">''')
    p.c('上一条：<a href="#">市卫生健康委召开2024年全市卫生健康工作会议</a>')
    p.raw("<br />")
    p.c('下一条：<a href="#">关于《泰州市托育机构综合奖补办法》的解读</a>')
    p.raw('''</td>
      </tr>
      <tr>
        <td align="center" class="ewm"><img src="/images/ewm_wz.png" width="100" height="100" /><br />''')
    p.c("手机扫码 随时阅读")
    p.raw('''</td>
      </tr>
    </table>
    </td>
  </tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td width="120" align="center"><script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/11/000/0000/60000000/CA110000000000000000.js' type='text/javascript'%3E%3C/script%3E"));</script></td>
    <td class="foot_wz">''')
    p.c('主办：泰州市卫生健康委员会&nbsp;&nbsp;地址：泰州市海陵区迎春西路188号&nbsp;&nbsp;邮编：225300')
    p.raw("<br />\n")
    p.c('<a href="https://beian.miit.gov.cn/" target="_blank">苏ICP备10050213号-2</a>')
    p.raw("&nbsp;&nbsp;<img src=\"/images/gaba.png\" />")
    p.c('<a href="#" target="_blank">苏公网安备 32120202000482号</a>')
    p.raw("&nbsp;&nbsp;")
    p.c('<span>网站标识码：3212000011</span>')
    p.raw("<br />\n")
    p.c("推荐使用1280×800及以上分辨率、IE9及以上版本浏览器访问")
    p.raw('''</td>
    <td width="120" align="center"><script id="_jiucuo_" sitecode="3212000011" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></td>
  </tr>
</table>
</body>
</html>
''')
    p.label(kind="policy", tags=["primary-care", "medical-reform"], published="2024-03-08",
            regions=["321200"], source="泰州市卫生健康委员会", date_hint="发布日期：2024-03-08")
    return p


@page
def zh02():
    """National NHSA notice as a text scraper saved it; signature date and crawl stamp are not the date."""
    p = TextPage("zh-02-nhsa-drg-dip-kuomian", "zh")
    title = "国家医保局办公室关于推进按病组和病种分值付费改革扩面提质的通知"
    p.c("[抓取于 2025-01-03 08:12:45 | node=crawler-07 | status=200]")
    p.mix(f"{title}_国家医疗保障局", title=title, chrome=["国家医疗保障局"])
    p.blank()
    p.c("国家医疗保障局", "首页", "机构概况", "新闻发布", "政务信息", "政策法规", "互动交流", "统计数据")
    p.c("搜索本站")
    p.blank()
    p.c("位置导航：首页 >> 政务信息 >> 通知公告")
    p.blank()
    p.t(title)
    p.c("日期：2024年07月23日    供稿单位：医药服务管理司    【字体：大 中 小】")
    p.blank()
    p.b("医保办发〔2024〕9号")
    p.b("各省、自治区、直辖市及新疆生产建设兵团医疗保障局：")
    p.b("　　为深入贯彻党中央、国务院关于深化医疗保障制度改革的决策部署，巩固按病组（DRG）和病种分值（DIP）付费改革三年行动成果，推动支付方式改革由“扩面”向“提质”转变，现就有关事项通知如下。")
    p.b("　　一、实现统筹地区和医疗机构全覆盖。2024年底前，各统筹地区原则上全面开展DRG或DIP付费，符合条件的开展住院服务的医疗机构全部纳入，病种入组率不低于90%，按DRG/DIP付费的医保基金支出占统筹地区住院医保基金支出比例不低于70%。")
    p.b("　　二、统一使用2.0版分组方案。国家医保局组织临床、统计、医保管理等方面专家，在广泛收集各地数据和意见的基础上，对1.0版分组方案进行了调整完善。各地要在2025年1月1日前完成新旧版本切换，确保“国家分组、地方落地、规范统一”。")
    p.b("　　三、建立特例单议机制。对住院时间长、医疗费用高、新药耗新技术使用以及复杂危重症多学科诊疗等不适合按DRG/DIP标准支付的病例，医疗机构可自主申报特例单议，数量原则上不超过统筹地区同期DRG出院总病例的5%或DIP出院总病例的5‰。")
    p.b("　　四、推进医保基金预付和及时结算。有条件的统筹地区可按上年度月平均按病组或病种付费的基金支出额，向定点医疗机构预付1个月左右的资金。医保基金月度结算清算时限原则上不超过次月底。")
    p.b("　　五、加强数据公开和协商谈判。各统筹地区要定期向定点医疗机构反馈病组（病种）权重（分值）、费率（点值）及结算情况，建立与医疗机构常态化沟通协商机制，主动听取临床一线意见。")
    p.b("　　六、强化组织实施。省级医疗保障部门要加强对统筹地区的指导，细化工作方案，明确时间表、路线图。工作进展情况请于每季度末月20日前报送国家医保局医药服务管理司。")
    p.b("　　特此通知。")
    p.blank()
    p.b("　　附件：按病组（DRG）和病种分值（DIP）付费2.0版分组方案")
    p.blank()
    p.b("国家医疗保障局办公室")
    p.b("2024年7月19日")
    p.blank()
    p.c("相关附件：", "1. 按病组（DRG）付费2.0版分组方案.pdf", "2. 按病种分值（DIP）付费2.0版病种库.xlsx")
    p.blank()
    p.c("【打印本页】 【关闭窗口】")
    p.blank()
    p.c("联系我们 | 网站地图 | 使用帮助")
    p.c("主办单位：国家医疗保障局 版权所有 未经授权禁止复制或建立镜像")
    p.c("京ICP备18054393号  京公网安备 11010202008963号  网站识别码：bm78000001")
    p.c("--- 页面结束 ---")
    p.label(kind="policy", tags=["medical-insurance"], published="2024-07-23", regions=[],
            source="医药服务管理司", date_hint="日期：2024年07月23日")
    return p


@page
def zh03():
    """Server-rendered Vue news portal: hashed classes, data-v attributes, state JSON, SVG titles, consent."""
    p = HtmlPage("zh-03-sichuan-hulianwang-yiyuan", "zh")
    title = "四川出台互联网医院管理办法 复诊患者可线上开方、医保在线结算"
    p.raw(f'''<!DOCTYPE html>
<html lang="zh-CN" data-n-head-ssr>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>{title}_蜀光新闻</title>
<meta data-n-head="ssr" name="description" content="《四川省互联网医院管理办法（试行）》明确，互联网医院必须依托实体医疗机构，首诊不得在线进行。">
<meta data-n-head="ssr" property="og:title" content="四川互联网医院新规来了：线上复诊可开方，医保可在线结算 | 蜀光新闻">
<meta data-n-head="ssr" property="og:type" content="article">
<meta data-n-head="ssr" property="article:published_time" content="2024-11-05T09:41:00+08:00">
<meta data-n-head="ssr" property="article:section" content="健康">
<link rel="preload" href="/_nuxt/app.8c1f2a7.js" as="script">
<link rel="stylesheet" href="/_nuxt/css/6f3e91b.css">
<style data-vue-ssr-id="3b2f9d1a:0">._3kP9x{{max-width:720px;margin:0 auto}}.sr-only{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}</style>
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div class="_1aQ0v" data-v-6f2a1c3e>
''')
    p.c('<a href="#post-main" class="sr-only" data-v-6f2a1c3e>跳到正文</a>')
    p.raw('''<header class="_2mZr8 _hdr" data-v-6f2a1c3e>
<a href="/" class="_logo" aria-label="蜀光新闻首页" data-v-6f2a1c3e><svg viewBox="0 0 120 32" role="img" data-v-6f2a1c3e>''')
    p.svg_title("蜀光新闻")
    p.raw('''<path d="M4 4h24v24H4z"/></svg></a>
<nav class="_3nV1d" aria-label="频道" data-v-6f2a1c3e>''')
    p.ul(["首页", "要闻", "四川", "健康", "财经", "视频", "政务"], cls="_nav_ul")
    p.raw('''</nav>
<div class="_srch" data-v-6f2a1c3e><input type="search" placeholder="搜索新闻、话题" aria-label="搜索"><button type="button" aria-label="搜索"><svg viewBox="0 0 24 24">''')
    p.svg_title("搜索")
    p.raw('''<circle cx="11" cy="11" r="7"/></svg></button></div>
<a class="_login" href="/passport" data-v-6f2a1c3e>''')
    p.c("登录")
    p.raw('''</a>
</header>
<div class="_3kP9x" id="post-main" data-v-6f2a1c3e>
<div class="_kicker" data-v-6f2a1c3e>''')
    p.c('<a href="/channel/health">政策速递</a>')
    p.raw('</div>\n')
    p.t(f'<h1 class="_2Wm3b" data-v-6f2a1c3e>{title}</h1>')
    p.raw('<div class="_meta" data-v-6f2a1c3e>')
    p.c('<span class="_src">蜀光新闻记者 何静雯</span> <span class="_dot">·</span> <time datetime="2024-11-05T09:41:00+08:00">2024-11-05 09:41</time> <span class="_dot">·</span> <span class="_pv">阅读 2.3万</span>')
    p.raw('''</div>
<div class="_0tXq1 rich-txt" data-v-6f2a1c3e>
''')
    p.b("<p>11月4日，四川省卫生健康委员会、四川省医疗保障局联合印发《四川省互联网医院管理办法（试行）》（以下简称《办法》），对互联网医院的设置审批、执业规则、处方管理、医保支付和监督管理作出系统规定。</p>\n")
    p.b("<p>《办法》明确，互联网医院必须依托实体医疗机构设置，实体医疗机构对互联网医院的诊疗活动承担法律责任。互联网医院只能为部分常见病、慢性病患者提供复诊服务，<strong>不得对首诊患者开展互联网诊疗</strong>。</p>\n")
    p.raw('<figure class="_fig" data-v-6f2a1c3e><img src="https://img.shuguang.example/2024/11/05/a81f.jpg" alt="互联网诊室" loading="lazy">')
    p.b("<figcaption>成都一家三级医院的互联网诊室内，医生正在为复诊患者视频问诊。</figcaption>")
    p.c('<div class="_credit">资料图 记者 罗川 摄</div>')
    p.raw("</figure>\n")
    p.b("<p>在处方管理方面，医师在线开具处方前，应当掌握患者病历资料，确认患者在实体医疗机构明确诊断为某种或某几种常见病、慢性病。所有在线处方须经药师审核后方可调配，严禁使用人工智能等自动生成处方。</p>\n")
    p.raw('<div class="_inline-rel" data-v-6f2a1c3e>')
    p.c('<a href="/a/20240918/77120">延伸阅读｜全省电子健康卡实现“一码通用”，看病不用再带实体卡</a>')
    p.raw("</div>\n")
    p.b("<p>群众最关心的医保报销问题也有了明确答案。《办法》提出，符合条件的互联网医院可按程序申请签订医保补充协议，参保人在线复诊的诊察费和药品费用，可按照线下同级别医疗机构的政策规定在线结算，个人只需支付自付部分。</p>\n")
    p.raw('<div class="_ad" data-v-6f2a1c3e>')
    p.c('<span class="_ad-tag">推广</span>')
    p.raw("\n")
    p.c('<a href="https://ad.example/c?id=3391">川味年货节开抢 满199元立减50元</a>')
    p.raw("</div>\n")
    p.b("<p>数据安全同样是监管重点。《办法》要求，互联网医院应当严格执行信息安全和医疗数据保密规定，患者信息不得出境，诊疗过程中产生的电子病历、处方、影像等数据保存时间不少于15年。</p>\n")
    p.b("<p>省卫生健康委相关负责人表示，截至今年9月底，全省已有互联网医院286家，今年前三季度累计提供在线诊疗服务超过1200万人次。《办法》将于2024年12月1日起施行，此前已取得执业登记的互联网医院应在6个月内对照新规完成整改。</p>\n")
    p.raw('''</div>
<div class="_foot-meta" data-v-6f2a1c3e>''')
    p.c("<p>责编：吴丹 审核：李涛</p>")
    p.c("<p>本文为蜀光新闻原创稿件，未经书面授权，任何单位和个人不得转载、摘编或以其他方式使用。</p>")
    p.raw('''</div>
<div class="_share" data-v-6f2a1c3e>''')
    p.c("<span>转发到</span>")
    for label in ["微信好友", "朋友圈", "新浪微博", "复制链接"]:
        p.raw('\n<button type="button" class="_s-btn"><svg viewBox="0 0 24 24" aria-hidden="false">')
        p.svg_title(label)
        p.raw('<path d="M2 2h20v20H2z"/></svg></button>')
    p.raw('''</div>
<section class="_cmt" data-v-6f2a1c3e>''')
    p.c("<h3>评论 (12)</h3>")
    p.raw('<template id="tpl-login-tip">')
    p.c('<div class="_tip">登录后才能参与讨论哦</div>')
    p.raw('</template><ul class="_cmt-list">')
    p.c('<li><span class="_u">蓉城小王</span> <span class="_t">1小时前</span><p>希望线上医保报销尽快覆盖到我们县里的医院。</p></li>')
    p.c('<li><span class="_u">阿坝的风</span> <span class="_t">2小时前</span><p>慢病复诊不用跑几百公里了，点赞！</p></li>')
    p.raw('</ul>')
    p.c('<a class="_more" href="#">查看全部12条评论</a>')
    p.raw('''</section>
<section class="_rec" data-v-6f2a1c3e>''')
    p.c("<h3>相关推荐</h3>")
    p.ul([
        "全省二级以上公立医院明年起全面推行检查检验结果互认",
        "成都上线“智慧药房”，慢病患者可就近取药",
        "四川新增3家国家区域医疗中心建设项目",
        "看病就医新变化：这些服务明年1月起可以“掌上办”",
    ], cls="_rec_ul")
    p.raw('''</section>
</div>
<div class="_app-bar" data-v-6f2a1c3e>''')
    p.c("<p>下载蜀光新闻客户端 看更多四川好新闻</p>")
    p.c('<a href="/download" class="_open">立即打开</a>')
    p.raw('''</div>
<footer class="_ftr" data-v-6f2a1c3e>''')
    p.bar(["关于我们", "联系我们", "广告服务", "隐私政策", "用户协议"], sep=" ", open_tag='<div class="_f-links">')
    p.c("<p>互联网新闻信息服务许可证：51120170003</p>")
    p.c("<p>违法和不良信息举报电话：028-86968100</p>")
    p.c('<p>Copyright © 2016-2024 蜀光新闻 版权所有 <a href="https://beian.miit.gov.cn/">蜀ICP备16012345号-1</a></p>')
    p.c("<p>川公网安备 51019002003456号</p>")
    p.raw('''</footer>
<div class="_consent" role="dialog" aria-modal="false" aria-labelledby="ck-h" data-v-6f2a1c3e>''')
    p.c('<h4 id="ck-h">关于Cookie的说明</h4>')
    p.c("<p>为了给您提供更好的阅读体验，我们会使用Cookie等技术记录您的浏览偏好。继续浏览即视为您同意我们的《隐私政策》。</p>")
    p.c('<button type="button" class="_ok">我知道了</button>')
    p.raw("\n")
    p.c('<button type="button" class="_set">偏好设置</button>')
    p.raw('''</div>
</div></div></div>
<noscript>''')
    p.c("<div>检测到您的浏览器已禁用脚本，部分功能可能无法正常使用。</div>")
    p.raw('''</noscript>
<script>window.__NUXT__={layout:"default",data:[{article:{id:"77913",title:"四川出台互联网医院管理办法 复诊患者可线上开方、医保在线结算",author:"何静雯",pubTime:1730770860000,channel:"health",pv:23418}}],state:{user:null,ads:{inline:3391}}};</script>
<script src="/_nuxt/app.8c1f2a7.js" defer></script>
</body>
</html>
''')
    p.label(kind="policy", tags=["digital-health"], published="2024-11-05", regions=["510000"],
            source="蜀光新闻", date_hint="2024-11-05T09:41:00+08:00")
    return p


@page
def zh04():
    """County news in GB18030 (bullets and an emoji outside GBK); caption and credit on separate lines."""
    p = TextPage("zh-04-jinyun-jiayi-shangmen", "zh", "GB18030")
    title = "缙云推行“家医上门”签约服务 让失能半失能老人在家看上病"
    p.c("缙云县人民政府门户网站")
    p.c("网站导航：首页 • 政务公开 • 政务服务 • 互动交流 • 走进缙云")
    p.c("简体 | 繁體 | 长者模式")
    p.c("您的位置 ▶ 首页 • 部门动态")
    p.blank()
    p.t(title)
    p.c("2023.10.17  稿源：缙云县卫生健康局  阅读：836")
    p.blank()
    p.b("　　“周医生，你们又来啦！”10月16日上午，壶镇镇岩背村82岁的应大伯一见到家庭医生团队，就从藤椅上撑起身来。应大伯患有脑梗后遗症，行动不便，过去每次复查都要子女请假陪同。今年起，他成了县里“家医上门”签约服务的第一批受益者。")
    p.b("　　为解决失能、半失能老人“看病难、出门难”问题，缙云县卫生健康局依托县域医共体，在全县18个乡镇（街道）全面推行“家医上门”个性化签约服务，由家庭医生、护士、公卫人员和康复治疗师组成团队，定期入户提供诊疗、护理和健康管理。")
    p.c("▲点击图片查看大图")
    p.b("家庭医生团队在壶镇镇为失能老人测量血压、调整用药。")
    p.c("通讯员 朱晓玲 摄")
    p.b("　　服务包主要包括以下内容：")
    p.b("　　1.每月至少1次上门随访，测量血压、血糖，评估用药情况；")
    p.b("　　2.提供换药、导尿管护理、压疮护理等居家护理服务；")
    p.b("　　3.为卧床老人开展康复指导，教会家属翻身、拍背等照护技能；")
    p.b("　　4.开通家庭医生“直通号”，需要时可预约县人民医院专家号和转诊。")
    p.b("　　在费用上，服务包年费为120元，其中医保基金和基本公共卫生服务经费承担100元，老人自付20元；低保、特困老人的自付部分由县财政全额兜底。上门服务产生的医疗费用按规定纳入医保报销。")
    p.b("　　“以前是病人跑医院，现在是医生跑病人。这项服务我们要一直做下去，让老人安心、子女放心。”")
    p.b("　　——缙云县卫生健康局党委委员、副局长 应晓军")
    p.b("　　截至9月底，全县已为2137名失能、半失能老人签订上门服务协议，累计入户服务1.1万人次。下一步，缙云县将把这一做法推广到独居、高龄老人群体，并争取在丽水市率先实现重点人群家庭医生签约全覆盖。")
    p.blank()
    p.c("（编辑：樊静 终审：徐立）")
    p.c("👍 点赞 36    ☆ 收藏    ⤴ 分享")
    p.blank()
    p.c("上篇：县疾控中心开展秋冬季传染病防控业务培训")
    p.c("下篇：缙云县2023年“世界精神卫生日”宣传活动走进五云街道")
    p.blank()
    p.c("主办单位：缙云县人民政府办公室  承办单位：缙云县大数据发展中心")
    p.c("浙ICP备05004688号-1  浙公网安备33112202000108号  政府网站标识码：3311220001")
    p.label(kind="policy", tags=["primary-care", "elderly-care"], published="2023-10-17",
            regions=["331122"], source="缙云县卫生健康局", date_hint="2023.10.17")
    return p


@page
def zh05():
    """Hanweb-like div soup on a health commission site (CRLF), a bid-result notice with body tables."""
    p = HtmlPage("zh-05-suzhou-ct-zhongbiao", "zh", crlf=True)
    title = "宿州市立医院64排螺旋CT采购项目中标（成交）结果公告"
    p.raw(f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}-宿州市卫生健康委员会</title>
<meta name="SiteName" content="宿州市卫生健康委员会">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-05-10 17:02">
<link rel="stylesheet" href="/_res/css/szwjw-xl.css">
<script src="/_res/js/jquery.min.js"></script>
<script src="/_res/js/hw_zoom.js"></script>
</head>
<body class="xl-body">
<div class="wzy-top">
  <div class="w1200 clearfix">
    <div class="fl">''')
    p.c("<span>欢迎访问宿州市卫生健康委员会网站</span>")
    p.raw('</div>\n    <div class="fr">')
    p.bar(["长者版", "无障碍", "English", "微信", "微博"], sep=" | ", open_tag="<span>", close_tag="</span>")
    p.raw('''</div>
  </div>
</div>
<div class="wzy-head"><div class="w1200"><a href="/" class="logo"><img src="/_res/img/logo-szwjw.png" alt="宿州市卫生健康委员会"></a>
<div class="ss"><form action="/search" method="get"><input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="wzy-nav"><div class="w1200">''')
    p.ul(["首页", "机构职能", "信息公开", "卫健动态", "公共服务", "政民互动", "健康宿州"], cls="nav-ul clearfix")
    p.raw('''</div></div>
<div class="w1200 wzy-main">
  <div class="wzy-dqwz">''')
    p.c('<span class="ico"></span>所在栏目：<a href="/">首页</a> / <a href="/xxgk/">信息公开</a> / <a href="/xxgk/tzgg/">通知公告</a>')
    p.raw('''</div>
  <div class="xxgk-xxb">
    <table class="xxgk-table" cellspacing="0" cellpadding="0">
''')
    for row in [("索引号：", "11341300MB1548207X/202405-00031", "发布机构：", "宿州市卫生健康委员会"),
                ("主题分类：", "卫生健康/政府采购", "生成日期：", "2024-05-10"),
                ("名　　称：", title, "文　　号：", "")]:
        p.raw("<tr>")
        for i, cell in enumerate(row):
            tag = "td" if i % 2 else "th"
            if cell == title:
                p.raw(f"<{tag}>{cell}</{tag}>")  # the headline itself: counted as title
            elif cell:
                p.c(f"<{tag}>{cell}</{tag}>")
            else:
                p.raw(f"<{tag}></{tag}>")
        p.raw("</tr>\n")
    p.raw('''    </table>
  </div>
  <div class="wzy-xl">
    <div class="xl-tit">''')
    p.t(f"<h2>{title}</h2>")
    p.raw('</div>\n    <div class="xl-info">')
    p.c('<span class="sj">公开日期：2024年5月10日</span> <span class="ly">发布部门：规划发展与信息化科</span> <span class="djl">点击量：<i id="hw_hits">418</i></span>')
    p.raw(' <span class="zh">')
    p.c('字体：[<a href="javascript:;" onclick="hwZoom(20)">大</a> <a href="javascript:;" onclick="hwZoom(16)">中</a> <a href="javascript:;" onclick="hwZoom(14)">小</a>]')
    p.raw('''</span></div>
    <div class="xl-ctn" id="hwFontCon">
''')
    p.b("<p>一、项目编号：SZZC-2024-HW0417</p>\n")
    p.b("<p>二、项目名称：宿州市立医院64排螺旋CT采购项目</p>\n")
    p.b("<p>三、中标（成交）信息</p>\n")
    p.raw('<table border="1" cellspacing="0" cellpadding="4" class="tb-data">\n')
    p.b("<tr><td>供应商名称</td><td>供应商地址</td><td>中标（成交）金额</td></tr>\n")
    p.b("<tr><td>安徽恒远医疗器械有限公司</td><td>安徽省合肥市蜀山区黄山路602号</td><td>人民币肆佰陆拾捌万元整（￥4,680,000.00）</td></tr>\n")
    p.raw("</table>\n")
    p.b("<p>四、主要标的信息</p>\n")
    p.raw('<table border="1" cellspacing="0" cellpadding="4" class="tb-data">\n')
    p.b("<tr><td>名称</td><td>品牌</td><td>规格型号</td><td>数量</td><td>单价</td></tr>\n")
    p.b("<tr><td>64排螺旋CT</td><td>联影</td><td>uCT 550+</td><td>1台</td><td>4,680,000.00元</td></tr>\n")
    p.raw("</table>\n")
    p.b("<p>五、评审专家名单：孙立群、高卫东、马欣、周建、刘倩（采购人代表）</p>\n")
    p.b("<p>六、代理服务收费标准及金额：参照原国家计委计价格〔2002〕1980号文件标准收取，金额为人民币伍万叁仟元整。</p>\n")
    p.b("<p>七、公告期限：自本公告发布之日起1个工作日。</p>\n")
    p.b("<p>八、其他补充事宜：本项目于2024年4月26日9时30分在宿州市公共资源交易中心开标，共有4家供应商参与投标。各参加政府采购活动的供应商认为中标结果使其权益受到损害的，可在知道或应知其权益受到损害之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑。</p>\n")
    p.b("<p>九、凡对本次公告内容提出询问，请按以下方式联系。</p>\n")
    p.b("<p>1.采购人信息：名称：宿州市立医院；地址：宿州市埇桥区汴河中路299号；联系方式：0557-3028136</p>\n")
    p.b("<p>2.采购代理机构信息：名称：安徽中澜项目管理有限公司；地址：宿州市埇桥区银河一路国购广场B座1106室；联系方式：0557-3699081</p>\n")
    p.raw('''    </div>
    <div class="xl-fj">''')
    p.c("<span>附件下载：</span>")
    p.c('<a href="/group1/M00/0A/3F/hw0417.pdf">宿州市立医院64排螺旋CT采购项目中标结果公告.pdf（382KB）</a>')
    p.raw('''</div>
    <div class="xl-bot clearfix">
      <div class="fx fl">''')
    p.c("<span>分享：</span>")
    p.raw('<a class="wx" href="javascript:;" title="微信"></a><a class="wb" href="javascript:;" title="微博"></a><a class="qq" href="javascript:;" title="QQ空间"></a>')
    p.raw('</div>\n      <div class="cz fr">')
    p.c('<a href="javascript:window.print();">[ 打印此页 ]</a>')
    p.raw(" ")
    p.c('<a href="javascript:window.opener=null;window.close();">[ 关闭此页 ]</a>')
    p.raw('''</div>
    </div>
    <div class="xl-xgwz">''')
    p.c("<h3>本栏最新</h3>")
    p.ul([
        "宿州市第二人民医院医用耗材SPD服务项目采购公告",
        "关于2024年度全市医疗机构校验工作的通知",
        "宿州市妇幼保健院彩色多普勒超声诊断仪询价结果公示",
    ])
    p.raw('''</div>
  </div>
</div>
<div class="wzy-foot">
  <div class="w1200">
''')
    p.bar(["网站地图", "联系我们", "隐私声明"], sep=" | ", open_tag='    <div class="foot-lj">', close_tag="</div>\n")
    p.c("<p>主办单位：宿州市卫生健康委员会　　地址：宿州市埇桥区拂晓大道168号</p>\n")
    p.c('<p><a href="https://beian.miit.gov.cn">皖ICP备12008763号</a>　<a href="#">皖公网安备 34130202000155号</a>　网站标识码：3413000028</p>\n')
    p.c("<p>技术支持：安徽汇网科技有限公司</p>\n")
    p.raw('''  </div>
</div>
<script>$(function(){ $.get("/hw/hits?id=3325871", function(n){ $("#hw_hits").text(n); }); });</script>
</body>
</html>
''')
    p.label(kind="tender", published="2024-05-10", regions=["341300"], date_hint="公开日期：2024年5月10日")
    return p


@page
def zh06():
    """Taiwanese government news in Big5; the dates are in the Minguo calendar (113 = 2024)."""
    p = TextPage("zh-06-taiwan-jingzhun-jiankang", "zh", "Big5")
    title = "院會通過「精準健康產業跨域推動方案」 4年投入逾200億元"
    p.c(":::")
    p.c("跳到主要內容區塊")
    p.c("行政院全球資訊網")
    p.c("首頁 | 網站導覽 | English | 雙語詞彙 | RSS")
    p.c("本院新聞 政策與計畫 重要施政成果 院會議案 行政院公報")
    p.c(":::")
    p.c("首頁 > 新聞與公告 > 本院新聞")
    p.blank()
    p.t(title)
    p.c("發布日期：113-08-22 　更新日期：113-08-23")
    p.c("字級設定：小 中 大　 列印　 回上一頁")
    p.blank()
    p.b("行政院會今（22）日聽取國家發展委員會、衛生福利部及經濟部報告「精準健康產業跨域推動方案」，並決議通過。方案自114年至117年推動，4年預計投入新臺幣207億元，目標在117年帶動精準健康產業產值突破新臺幣1兆元。")
    p.b("行政院發言人表示，精準健康是臺灣具備國際競爭力的重點產業，政府將整合基因檢測、精準醫療、智慧醫材與健康大數據等領域資源，從法規調適、資料串接、人才培育及國際市場拓展四個面向同步推進。")
    p.b("方案重點包括：")
    p.b("一、建置國家級生物資料庫整合平臺，在保障個人隱私前提下，開放研究機構及業者申請使用去識別化健康資料；")
    p.b("二、修正《再生醫療法》相關子法，建立細胞治療及基因治療產品的有條件許可上市機制；")
    p.b("三、於竹北、南港及南部科學園區設置精準健康產業聚落，提供研發補助及租稅優惠；")
    p.b("四、推動「精準健康國家隊」赴東南亞及中東市場，協助業者取得當地上市許可。")
    p.b("經濟部產業發展署副署長林志遠指出，113年上半年生技醫藥產業營業額較去年同期成長6.8%，其中醫療器材出口表現亮眼。方案通過後，經濟部將於114年1月1日起受理第一梯次產業聚落進駐申請。")
    p.b("衛福部也表示，將同步檢討健保給付制度，研議將具臨床實證的精準檢測項目納入健保給付，讓民眾能以合理費用使用新醫療科技。")
    p.blank()
    p.c("分享至 Facebook　分享至 LINE　分享至 X")
    p.c("瀏覽人次：1,532")
    p.blank()
    p.c("相關連結")
    p.c("國家發展委員會新聞稿：精準健康產業跨域推動方案簡報")
    p.c("衛生福利部：生技醫藥產業發展推動小組")
    p.blank()
    p.c("隱私權及資訊安全政策 | 政府網站資料開放宣告 | 著作權聲明 | 意見信箱")
    p.c("地址：100009臺北市中正區○○路1段1號　總機：(02)0000-6500")
    p.c("本網站建議使用 Chrome、Edge、Firefox 最新版本瀏覽，最佳解析度1280x800")
    p.c("通過A無障礙檢測")
    p.label(kind="policy", tags=["health-industry"], published="2024-08-22", regions=["710000"],
            date_hint="發布日期：113-08-22")
    return p


@page
def zh07():
    """Macau health bureau press release: trilingual menu, DD/MM/YYYY date, related items written as sentences."""
    p = HtmlPage("zh-07-macau-liugan-yimiao", "zh")
    title = "2023/2024年度季節性流感疫苗接種計劃10月16日起分階段展開"
    p.raw(f'''<!DOCTYPE html>
<html lang="zh-Hant-MO">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>衛生局 - 新聞稿 - {title}</title>
<meta property="og:site_name" content="澳門特別行政區政府衛生局">
<meta property="og:title" content="{title}">
<link rel="stylesheet" href="/assets/css/ssm-main.min.css?v=20230901">
<script async src="/assets/js/analytics.js"></script>
</head>
<body class="page-press">
''')
    p.c('<a class="visually-hidden-focusable" href="#conteudo">跳至主要內容</a>')
    p.raw('''
<div class="gov-strip">''')
    p.c('<a href="https://www.gov.mo/">澳門特別行政區政府入口網站</a>')
    p.raw('</div>\n<header class="site-header">\n<div class="brand"><img src="/assets/img/ssm-logo.svg" alt="衛生局 Serviços de Saúde"></div>\n<div class="lang-switch" role="navigation" aria-label="語言">')
    p.bar(["繁體中文", "Português", "English"], sep=" ", open_tag="", close_tag="")
    p.raw('</div>\n<div class="font-ctl" aria-label="字體大小">')
    p.c('<button type="button">A-</button>')
    p.raw(" ")
    p.c('<button type="button">A</button>')
    p.raw(" ")
    p.c('<button type="button">A+</button>')
    p.raw('</div>\n<nav class="main-menu">')
    p.ul(["主頁", "關於衛生局", "新聞稿", "衛生資訊", "傳染病防控", "服務指南", "聯絡我們"])
    p.raw('''</nav>
</header>
<main id="conteudo">
<ol class="breadcrumb">''')
    for item in ["主頁", "新聞稿", "新聞詳情"]:
        p.c(f'<li class="breadcrumb-item"><a href="#">{item}</a></li>')
    p.raw('</ol>\n<div class="press-detail">\n')
    p.t(f"<h1 class=\"press-title\">{title}</h1>")
    p.raw('<div class="press-meta">')
    p.c('<span>發佈日期：09/10/2023</span>\n<span>發佈單位：衛生局</span>')
    p.raw('</div>\n<div class="press-body">\n')
    p.b("<p>衛生局今（9）日公佈，2023/2024年度季節性流感疫苗接種計劃將於10月16日起分階段展開，今年共採購四價流感疫苗約26萬劑，澳門居民及合資格人士可免費接種。</p>\n")
    p.b("<p>為讓高風險群體優先獲得保護，接種計劃分兩個階段進行：</p>\n")
    p.b("<p>第一階段（10月16日起）：65歲或以上長者、6個月至未滿18歲兒童及青少年、孕婦、長期病患者、醫護人員及安老院舍院友和員工；</p>\n")
    p.b("<p>第二階段（11月1日起）：其他所有有意接種的澳門居民。</p>\n")
    p.b("<p>市民可前往各衛生中心、衛生站及參與計劃的私家診所接種，並可透過「澳門健康碼」或「一戶通」預約。學童及幼兒由外展接種隊到校為學生接種，家長須於10月13日前交回同意書。</p>\n")
    p.b("<p>衛生局指出，流感疫苗須每年接種，接種後約兩星期可產生保護力。本澳每年流感高峰期一般在1月至3月，當局呼籲合資格人士盡早接種，特別是長者及慢性病患者，以減少出現嚴重併發症及住院的風險。</p>\n")
    p.b("<p>市民如有查詢，可於辦公時間致電衛生局預防接種諮詢熱線28700800。</p>\n")
    p.raw('</div>\n<div class="press-tools">')
    p.c('<a href="javascript:window.print()">列印本頁</a>')
    p.raw(" ")
    p.c('<a href="#top">返回頁首</a>')
    p.raw('''</div>
</div>
<aside class="related-press">''')
    p.c("<h2>其他新聞稿</h2>")
    p.ul([
        "衛生局提醒市民秋冬季節注意預防呼吸道感染，出現發熱症狀應及早求醫。",
        "本澳新增一例輸入性登革熱個案，衛生局加強社區滅蚊工作。",
        "衛生局與教育及青年發展局合辦校園健康推廣日。",
    ])
    p.raw('''</aside>
</main>
<footer class="site-footer">
''')
    p.bar(["網站地圖", "私隱政策", "免責聲明", "常見問題"], sep=" ", open_tag='<div class="f-links">', close_tag="</div>\n")
    p.c("<p>© 2023 衛生局 版權所有</p>\n")
    p.c("<p>建議使用最新版本的 Chrome、Edge 或 Safari 瀏覽本網站</p>\n")
    p.raw('''</footer>
<script src="/assets/js/ssm-main.min.js"></script>
</body>
</html>
''')
    p.label(kind="policy", tags=["public-health"], published="2023-10-09", regions=["820000"],
            date_hint="發佈日期：09/10/2023")
    return p


@page
def zh08():
    """Prefecture government portal, pinyin class names; an investment fair held in Hangzhou (not the region)."""
    p = HtmlPage("zh-08-taizhou-zhaoshang-tuijiehui", "zh")
    title = "台州（杭州）招商引资推介会举行 现场签约项目42个总投资386亿元"
    p.raw(f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{title} - 台州市人民政府</title>
<meta name="keywords" content="招商引资,推介会,台州">
<meta name="description" content="6月13日，台州（杭州）招商引资推介会在杭州举行。">
<link href="/static/tzsrmzf/css/xilan.css" rel="stylesheet">
</head>
<body>
<div class="tz-top"><div class="tz-w">
<div class="tz-top-l">''')
    p.c('<a href="#">浙江政务服务网</a>')
    p.raw(" ")
    p.c('<a href="#">台州发布</a>')
    p.raw('</div><div class="tz-top-r">')
    p.c('<a href="#">登录</a>')
    p.raw(" ")
    p.c('<a href="#">注册</a>')
    p.raw(" ")
    p.c('<a href="#">适老化版</a>')
    p.raw('''</div>
</div></div>
<div class="tz-tou"><div class="tz-w"><img src="/static/tzsrmzf/img/toubu.png" alt="台州市人民政府"><div class="tz-ss"><input type="text" value="" placeholder="全站搜索"><a href="#" class="tz-ss-an"></a></div></div></div>
<div class="tz-dh"><div class="tz-w">''')
    p.ul(["首页", "政务公开", "政务服务", "政民互动", "数据开放", "走进台州"], cls="tz-dh-ul")
    p.raw('''</div></div>
<div class="tz-w tz-nr">
<div class="dqwz">''')
    p.c('您的位置：<a href="#">首页</a> &gt; <a href="#">今日台州</a> &gt; <a href="#">台州要闻</a>')
    p.raw('''</div>
<div class="xl_zuo">
  <div class="xl_bt">''')
    p.t(title)
    p.raw('</div>\n  <div class="xl_xx">')
    p.c('<span>时间：2024-06-14 16:20:11</span>\n    <span>出处：台州日报</span>\n    <span>文/记者 陈晓璐 通讯员 林一帆</span>')
    p.raw(' <span class="zh">')
    p.c('【 字号：<a href="javascript:void(0)" onclick="zh(14)">小</a> <a href="javascript:void(0)" onclick="zh(16)">中</a> <a href="javascript:void(0)" onclick="zh(18)">大</a> 】')
    p.raw('''</span></div>
  <div class="xl_nr" id="fontArea">
''')
    p.b("<p>6月13日，台州（杭州）招商引资推介会在杭州举行。推介会以“活力台州 智造未来”为主题，邀请在杭的上市公司、投资机构、行业协会及台州籍企业家共300余人参加。</p>\n")
    p.b("<p>推介会上，台州市有关负责同志从区位交通、产业基础、营商环境等方面全面推介了台州。台州是中国民营经济的发祥地之一，拥有汽车、缝制设备、智能马桶、医药化工等多个千亿级、百亿级产业集群，去年全市实现地区生产总值6240亿元。</p>\n")
    p.b("<p>现场共签约项目42个，总投资386亿元，涵盖新能源汽车零部件、高端装备、新材料、数字经济等领域。其中，生物医药领域项目5个，涉及创新药研发及高端医疗器械制造。椒江区、黄岩区、路桥区和温岭市、临海市分别作了专场推介。</p>\n")
    p.b("<p>“台州的产业链配套能力和政府服务效率，是我们最终选择落户的重要原因。”一家签约企业负责人说。</p>\n")
    p.b("<p>据了解，今年以来，台州市已在上海、深圳、杭州等地举办专场招商活动8场，累计签约亿元以上项目156个。下一步，台州将持续优化“一件事”集成服务，为签约项目落地提供全周期保障。</p>\n")
    p.raw('''  </div>
  <div class="xl_bj">''')
    p.c("编辑：王婕")
    p.raw('</div>\n  <div class="xl_fx">')
    p.c("<span>扫一扫 分享到手机</span>")
    p.raw('<div id="qrcode"></div></div>\n  <div class="xl_xgwz">')
    p.c('<div class="xgwz_tit">相关文章</div>')
    p.ul([
        "台州出台促进民营经济高质量发展“二十条”",
        "一季度台州实际使用外资同比增长21.3%",
        "台州湾新区与上海张江签订产业合作框架协议",
    ])
    p.raw('''  </div>
</div>
<div class="xl_you">
  <div class="you_tit">''')
    p.c("政务新媒体")
    p.raw('</div>\n  <div class="you_ewm"><img src="/static/tzsrmzf/img/ewm_wx.jpg">')
    p.c("<p>“台州发布”微信</p>")
    p.raw('<img src="/static/tzsrmzf/img/ewm_wb.jpg">')
    p.c("<p>“台州发布”微博</p>")
    p.raw('<img src="/static/tzsrmzf/img/ewm_dy.jpg">')
    p.c("<p>“台州发布”抖音号</p>")
    p.raw('''</div>
</div>
</div>
<div class="tz-di"><div class="tz-w">
''')
    p.bar(["关于本网", "网站地图", "联系我们", "纠错"], sep="|", open_tag='<div class="tz-di-lj">', close_tag="</div>\n")
    p.c("<p>主办：台州市人民政府办公室　承办：台州市大数据发展管理局</p>\n")
    p.c("<p>浙ICP备05003417号-1　浙公网安备 33100202000118号　政府网站标识码：3310000010</p>\n")
    p.raw('''</div></div>
<script src="/static/tzsrmzf/js/jquery-3.5.1.min.js"></script>
<script src="/static/tzsrmzf/js/qrcode.min.js"></script>
<script>new QRCode(document.getElementById("qrcode"), location.href);</script>
</body>
</html>
''')
    p.label(kind="economy", published="2024-06-14", regions=["331000"], source="台州日报",
            date_hint="时间：2024-06-14 16:20:11")
    return p


@page
def zh09():
    """Recruitment notice for municipal hospitals on the health commission site; deadlines are not the date."""
    p = TextPage("zh-09-fuzhou-yiyuan-zhaopin", "zh")
    title = "福州市卫生健康委员会关于2024年市属公立医院公开招聘编内工作人员的公告"
    p.c("[source-url] https://wjw.fuzhou.gov.cn/zwgk/tzgg/202402/t20240226_4781123.htm")
    p.c("福州市卫生健康委员会 ｜ 福州市中医药管理局")
    p.c("首页 机构概况 政务公开 卫健动态 办事服务 互动交流")
    p.c("当前页面：首页 › 政务公开 › 通知公告")
    p.t(title)
    p.c("日期：2024-02-26 10:32 发布者：人事教育处 点击：1826")
    p.blank()
    p.b("　　根据《事业单位公开招聘人员暂行规定》和福建省事业单位公开招聘工作有关要求，经研究，福州市第一总医院、福州市妇幼保健院、福州市榕南医院等7家市属公立医院面向社会公开招聘编内工作人员87名。现将有关事项公告如下：")
    p.b("　　一、招聘岗位及人数")
    p.b("序号\t招聘单位\t岗位名称\t人数\t学历要求")
    p.b("1\t福州市第一总医院\t心血管内科医师\t4\t硕士研究生及以上")
    p.b("2\t福州市妇幼保健院\t儿科医师\t6\t本科及以上")
    p.b("3\t福州市榕南医院\t护理\t12\t本科及以上")
    p.b("　　（其余岗位详见附件《2024年福州市属公立医院公开招聘岗位信息表》）")
    p.b("　　二、报名条件")
    p.b("　　（一）具有中华人民共和国国籍，遵守宪法和法律；")
    p.b("　　（二）年龄一般在35周岁以下（1988年2月26日以后出生），博士研究生或具有副高级以上职称的可放宽至45周岁；")
    p.b("　　（三）具备岗位所需的学历、学位和执业资格条件。")
    p.b("　　三、报名时间和方式")
    p.b("　　报名时间为2024年3月4日8:00至3月8日17:00，报名一律在福州人事考试网上进行，不接受现场报名。")
    p.b("　　四、考试和考察")
    p.b("　　笔试时间暂定于2024年3月23日，面试采取结构化面试或专业技能测试方式。笔试、面试成绩分别按50%计入总成绩。")
    p.b("　　五、咨询电话")
    p.b("　　政策咨询：0591-83345120（工作日8:00—12:00，14:30—17:30）；岗位咨询请拨打各招聘单位电话。")
    p.blank()
    p.b("　　附件：2024年福州市属公立医院公开招聘岗位信息表")
    p.blank()
    p.b("福州市卫生健康委员会")
    p.b("2024年2月26日")
    p.blank()
    p.c("附件下载：2024年福州市属公立医院公开招聘岗位信息表.xls")
    p.c("打印 | 关闭")
    p.c("前一篇：关于开展2024年度医师定期考核工作的通知")
    p.c("后一篇：福州市2023年度医疗机构不良执业行为记分情况通报")
    p.c("版权所有：福州市卫生健康委员会  闽ICP备14009210号-1")
    p.c("闽公网安备 35010202000933号 | 网站标识码：3501000027")
    p.c("<< 抓取完成 | 耗时 1.4s >>")
    p.label(kind="job-ad", published="2024-02-26", regions=["350100"], date_hint="日期：2024-02-26 10:32")
    return p


@page
def zh10():
    """Mobile (m.) news page: little chrome, a month-day date without a year, so no published label."""
    p = HtmlPage("zh-10-suzhou-jiankang-chengshi-m", "zh")
    title = "苏州启动健康城市建设新三年行动 到2026年建成500个健康社区"
    p.raw(f'''<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:image" content="https://m.kansuzhou.example/static/share-logo.png">
<link rel="canonical" href="https://www.kansuzhou.example/news/jk/a38815.html">
<link rel="stylesheet" href="/static/m/css/detail.7e1c.css">
</head>
<body>
<div class="m-head">''')
    p.c('\n<a class="m-back" href="javascript:history.back()">&lt; 返回</a>\n')
    p.c('<span class="m-logo">看苏州</span>\n')
    p.c('<a class="m-open" href="kansuzhou://open?id=38815">APP内打开</a>')
    p.raw('</div>\n<div class="m-art">\n')
    p.t(f'<h1 class="m-tit">{title}</h1>')
    p.raw('<div class="m-info">')
    p.c('<span>苏州日报</span> <span>3月19日 08:30</span>')
    p.raw('</div>\n<div class="m-txt">\n')
    p.b("<p>3月18日，苏州市爱国卫生运动委员会召开全体会议，部署启动新一轮健康城市建设三年行动。根据行动方案，到2026年，全市将建成健康社区500个、健康村300个、健康企业200家，人均预期寿命保持在84岁以上。</p>\n")
    p.b("<p>新三年行动聚焦“健康环境、健康人群、健康服务、健康文化”四大领域，提出20项重点任务。其中，城乡环境卫生整治将向老旧小区、城中村和农贸市场延伸，病媒生物密度控制水平要全部达到国家C级以上标准。</p>\n")
    p.b("<p>在健康人群方面，苏州将推动健康支持性环境进社区，新建改建健身步道、口袋公园等设施，并在全市推广“健康积分”制度，市民参加健康讲座、慢病筛查等活动可累计积分兑换服务。</p>\n")
    p.b("<p>会议要求，各县级市、区要把健康城市建设纳入政府年度目标考核，昆山、张家港、常熟、太仓等地要在全国健康城市评价中继续保持前列。</p>\n")
    p.b("<p>据悉，2023年苏州市居民健康素养水平达到38.6%，连续多年位居全省前列。</p>\n")
    p.b("<p>市民可关注“健康苏州”微信公众号，查询所在社区的健康积分兑换点和健身设施分布。</p>\n")
    p.raw('</div>\n<div class="m-tool">')
    p.c('<span class="zan">赞 128</span>')
    p.raw(" ")
    p.c('<span class="fx">分享</span>')
    p.raw(" ")
    p.c('<span class="jb">举报</span>')
    p.raw('</div>\n<div class="m-more">')
    p.c("<h3>看了又看</h3>")
    p.ul([
        "苏州轨交6号线今起全线调图",
        "苏州这些社区卫生服务中心开设夜门诊",
        "春季过敏高发 医生教你如何应对",
    ], cls="m-list")
    p.c('<div class="m-end">—— 已经到底啦 ——</div>')
    p.raw('''</div>
</div>
<div class="m-foot">''')
    p.c("<p>打开看苏州APP，查看更多精彩内容</p>")
    p.raw('''</div>
<script src="/static/m/js/zepto.min.js"></script>
<script>var _page={id:38815,channel:"jiankang",share:{title:document.title}};</script>
</body>
</html>
''')
    p.label(kind="policy", tags=["healthy-city"], regions=["320500"], source="苏州日报")
    return p


@page
def zh11():
    """CDC heat-stroke advice on a government site (wellness), UTF-8 with BOM; a 120 line is body."""
    p = TextPage("zh-11-fuzhou-cdc-fangshu", "zh", "UTF-8-BOM")
    title = "高温天气持续 市疾控中心提醒：这份防暑降温指南请收好"
    p.t(title)
    p.c("抚州市疾病预防控制中心")
    p.c("首页 | 中心概况 | 疾病防控 | 健康教育 | 卫生监测 | 党建园地")
    p.c("您当前所处位置：首页 > 健康教育 > 科普知识")
    p.blank()
    p.t(title)
    p.c("文章来源：健康教育所 发布日期：2023年7月12日 【大 中 小】")
    p.blank()
    p.b("　　近日，我市持续出现35℃以上高温天气，临川区、南城县等地最高气温接近39℃。高温环境下人体容易出现中暑、热射病等健康问题，老年人、婴幼儿、孕妇、慢性病患者及户外作业人员尤其需要注意防护。市疾病预防控制中心提醒广大市民：")
    p.b("　　一、合理安排出行。尽量避免在上午10时至下午4时外出，确需外出时要做好遮阳防护，戴遮阳帽、打遮阳伞，穿浅色透气衣服。")
    p.b("　　二、及时补充水分。不要等口渴了再喝水，每天饮水量不少于1500毫升，大量出汗后可适当饮用淡盐水或含电解质的饮料。")
    p.b("　　三、注意饮食卫生。夏季饭菜容易变质，剩菜剩饭要冷藏保存，食用前彻底加热；生熟砧板分开使用，不吃来历不明的野生蘑菇。")
    p.b("　　四、科学使用空调。室内温度以26℃左右为宜，室内外温差不要超过8℃，空调房间要定时开窗通风。")
    p.b("　　五、学会识别中暑。出现头晕、口渴、多汗、四肢无力等症状时，应立即转移到阴凉通风处休息，补充含盐清凉饮料。")
    p.b("　　如出现高热、意识模糊、抽搐等症状，请立即拨打120急救电话。")
    p.c("　　（健康教育所 供稿）")
    p.blank()
    p.c("审核：邓晓峰  编辑：黄莉")
    p.c("【打印】【关闭】【返回顶部】")
    p.blank()
    p.c("长按识别下方二维码，关注“抚州疾控”")
    p.c("[二维码图片]")
    p.blank()
    p.c("版权所有：抚州市疾病预防控制中心 地址：抚州市临川区赣东大道2099号")
    p.c("赣ICP备12003155号-1")
    p.label(kind="wellness", published="2023-07-12", regions=["361000"], source="健康教育所",
            date_hint="发布日期：2023年7月12日")
    return p


@page
def zh12():
    """React SSR finance portal: styled-components classes, preloaded state JSON, ticker bar, risk disclaimer."""
    p = HtmlPage("zh-12-hangzhou-yiyao-banniandu", "zh")
    title = "杭州三家医药上市公司半年报出炉：集采影响边际减弱 创新药收入占比提升"
    p.raw(f'''<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{title} - 钱江财经</title>
<meta name="description" content="华澄药业、康屹生物、启明医疗半年报解读"/>
<meta property="og:title" content="{title}"/>
<meta name="publishdate" content="2024-08-28"/>
<link rel="stylesheet" href="/static/css/main.5b2e7c1d.css"/>
<style data-styled="active" data-styled-version="5.3.6">.kLmQzX{{display:flex}}.hZtRwp{{font-size:17px;line-height:1.9}}</style>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-08-28T20:15:00+08:00","author":{{"@type":"Person","name":"钱江财经记者 沈一鸣"}},"publisher":{{"@type":"Organization","name":"钱江财经"}}}}</script>
</head>
<body>
<div id="root"><div class="sc-bdVaJa kLmQzX" data-reactroot="">
<div class="sc-htpNat gYkLpA">''')
    for name, val in [("上证指数", "2837.43 -0.39%"), ("深证成指", "8206.95 -0.92%"), ("创业板指", "1545.21 -1.27%"), ("医药生物", "6712.08 +0.35%")]:
        p.c(f'<span class="sc-bxivhb tick"><b>{name}</b> {val}</span>')
        p.raw(" ")
    p.raw('''</div>
<header class="sc-EHOje cdzvCY"><a href="/" class="sc-bZQynM logo" aria-label="钱江财经"><svg width="96" height="28" viewBox="0 0 96 28">''')
    p.svg_title("钱江财经")
    p.raw('<rect width="96" height="28"/></svg></a><nav class="sc-gzVnrw">')
    p.bar(["首页", "快讯", "公司", "医药", "基金", "行情"], sep=" ", open_tag="", close_tag="")
    p.raw('</nav><div class="sc-htoDjs user">')
    p.c('<a href="/login">登录</a>')
    p.raw(" / ")
    p.c('<a href="/reg">注册</a>')
    p.raw('''</div></header>
<div class="sc-dnqmqq jZkbEn">
<div class="sc-iwsKbI dCBraX">''')
    p.c('<a href="/yiyao">医药</a>')
    p.raw(" / ")
    p.c('<a href="/yiyao/gongsi">公司观察</a>')
    p.raw("</div>\n")
    p.t(f'<h1 class="sc-gZMcBi bSsTwF">{title}</h1>')
    p.raw('<div class="sc-gqjmRU fCsZbW">')
    p.c('<span>钱江财经记者 沈一鸣</span> <span>2024-08-28 20:15</span> <span>浙江杭州</span>')
    p.raw('</div>\n<div class="sc-VigVT hZtRwp">\n')
    p.b("<p>8月27日至28日晚间，总部位于杭州的华澄药业、康屹生物和启明医疗器械先后发布2024年半年度报告。从数据看，三家公司业绩均实现增长，此前国家药品和耗材集中带量采购带来的降价影响正逐步消化。</p>\n")
    p.b("<p>华澄药业上半年实现营业收入38.62亿元，同比增长12.3%；归母净利润5.71亿元，同比增长9.8%。公司表示，核心仿制药品种在第九批国家集采中标后以价换量，销量同比增长超过四成；两款一类创新药纳入国家医保目录后放量明显，创新药收入占比由去年同期的18%提升至27%。</p>\n")
    p.b("<p>康屹生物上半年营业收入14.05亿元，同比增长21.6%，净利润2.36亿元，同比扭亏为盈。其自主研发的重组蛋白药物海外授权首付款1.2亿美元已于6月到账，成为利润增长的主要来源。</p>\n")
    p.raw('<div class="sc-jzJRlG ad-slot">')
    p.c("<span>广告</span>")
    p.raw("\n")
    p.c('<a href="#">开户享万0.85佣金 限时福利点击领取</a>')
    p.raw("</div>\n")
    p.b("<p>启明医疗器械则受冠脉支架、人工关节等耗材集采续约影响，营收微增3.1%至9.87亿元，净利润同比下降6.4%。公司在业绩说明会上表示，下半年将加快海外注册，预计境外收入占比将提升至30%以上。</p>\n")
    p.b("<p>一位券商医药行业分析师认为，随着集采规则趋于温和、续约降幅收窄，仿制药企业业绩的“出清”阶段已基本结束，具备创新能力的药企有望迎来估值修复。</p>\n")
    p.raw('<table class="sc-cSHVUG">\n')
    p.b("<tr><th>公司</th><th>营业收入（亿元）</th><th>同比</th><th>归母净利润（亿元）</th><th>同比</th></tr>\n")
    p.b("<tr><td>华澄药业</td><td>38.62</td><td>+12.3%</td><td>5.71</td><td>+9.8%</td></tr>\n")
    p.b("<tr><td>康屹生物</td><td>14.05</td><td>+21.6%</td><td>2.36</td><td>扭亏</td></tr>\n")
    p.b("<tr><td>启明医疗器械</td><td>9.87</td><td>+3.1%</td><td>1.12</td><td>-6.4%</td></tr>\n")
    p.raw("</table>\n</div>\n")
    p.raw('<div class="sc-kAzzGY risk">')
    p.c("<p>风险提示：本文所涉及的公司及数据仅供参考，不构成任何投资建议。市场有风险，投资需谨慎，投资者据此操作，风险自担。</p>")
    p.raw('</div>\n<div class="sc-chPdSV stocks">')
    p.c("<h4>文中提及</h4>")
    p.raw("<ul>")
    for s in ["华澄药业 688317", "康屹生物 301452", "启明医疗器械 300936"]:
        p.c(f"<li>{s}</li>")
    p.raw('</ul></div>\n<div class="sc-kgoBCf hot">')
    p.c("<h4>24小时热榜</h4>")
    p.raw("<ol>")
    for s in [
        "医保局：第十批集采9月开标，涉及62个品种",
        "创新药板块午后拉升，多只个股涨超10%",
        "多家CXO公司上半年订单回暖",
        "公募基金二季度加仓医药生物，持仓比例升至三年新高",
    ]:
        p.c(f'<li><a href="#">{s}</a></li>')
    p.raw('</ol></div>\n</div>\n<div class="sc-kpOJdX app">')
    p.c("<p>打开钱江财经APP 查看实时行情与研报</p>")
    p.c('<a href="#">立即下载</a>')
    p.raw('</div>\n<footer class="sc-dxgOiQ">')
    p.c("<p>钱江财经 版权所有 © 2024 浙ICP备20001234号-3</p>")
    p.c("<p>浙公网安备 33010602011234号</p>")
    p.c("<p>投资者关系邮箱：ir@qjcj.example</p>")
    p.raw('''</footer>
</div></div>
<script>window.__PRELOADED_STATE__={"article":{"id":"a-20240828-5521","title":"杭州三家医药上市公司半年报出炉：集采影响边际减弱 创新药收入占比提升","pubDate":"2024-08-28 20:15","tags":["半年报","集采","创新药"]},"ticker":{"refresh":15}};</script>
<script src="/static/js/main.41e9c2a0.chunk.js"></script>
</body>
</html>
''')
    p.label(kind="earnings", published="2024-08-28", regions=["330100"], source="钱江财经",
            date_hint="2024-08-28 20:15")
    return p


# =======================================================================================
# English pages
# =======================================================================================


@page
def en01():
    """English edition of an Anhui city government site: machine translation, table layout, gb2312 label."""
    p = HtmlPage("en-01-suzhou-anhui-tcm-mt", "en", "GBK")
    title = "Suzhou City promotes the inheritance and innovation development of traditional Chinese medicine work"
    p.raw(f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GB2312">
<title>{title}-Suzhou Municipal People's Government</title>
<meta name="keywords" content="Suzhou,TCM,traditional Chinese medicine,Anhui">
<link rel="stylesheet" type="text/css" href="/en/css/en_style.css">
<script language="javascript" src="/en/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td class="en_top" align="right">''')
    p.c('<a href="http://www.ahsz.gov.cn/">简体中文</a>')
    p.raw(" | ")
    p.c('<a href="http://www.ahsz.gov.cn/big5/">繁體中文</a>')
    p.raw(" | ")
    p.c('<a href="/en/">English</a>')
    p.raw('''</td>
</tr>
<tr><td><img src="/en/images/en_banner.jpg" width="980" height="150" alt="Suzhou China"></td></tr>
<tr>
<td class="en_nav">''')
    p.bar(["HOME", "ABOUT SUZHOU", "NEWS", "GOVERNMENT", "INVESTMENT", "TRAVEL", "CONTACT US"],
          sep="&nbsp;&nbsp;|&nbsp;&nbsp;", open_tag="", close_tag="")
    p.raw('''</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top" class="en_left">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="en_lt">''')
    p.c("NEWS CENTER")
    p.raw("</td></tr>\n")
    for item in ["Suzhou News", "Announcement", "Photo News", "Special Topics"]:
        p.c(f'<tr><td class="en_li"><a href="#">{item}</a></td></tr>\n')
    p.raw('<tr><td class="en_lt">')
    p.c("QUICK LINKS")
    p.raw("</td></tr>\n")
    for item in ["Anhui Province", "China.org.cn", "Invest in Suzhou"]:
        p.c(f'<tr><td class="en_li"><a href="#">{item}</a></td></tr>\n')
    p.raw('''</table>
</td>
<td width="20"></td>
<td valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="en_wz">''')
    p.c('Current location: <a href="/en/">Home</a> &gt; <a href="/en/news/">News</a> &gt; <a href="/en/news/szxw/">Suzhou News</a>')
    p.raw('</td></tr>\n<tr><td class="en_xl_tit" align="center">')
    p.t(f"<b>{title}</b>")
    p.raw('</td></tr>\n<tr><td class="en_xl_sj" align="center">')
    p.c("Release time: 2023/9/1 10:26:00&nbsp;&nbsp;&nbsp;Views: 213")
    p.raw('&nbsp;&nbsp;&nbsp;')
    p.c('Font size: <a href="javascript:setsize(16)">[Big]</a> <a href="javascript:setsize(14)">[Middle]</a>'
        ' <a href="javascript:setsize(12)">[Small]</a>')
    p.raw('</td></tr>\n<tr><td class="en_xl_nr">\n')
    p.b("&nbsp;&nbsp;&nbsp;&nbsp;Recently, the Municipal Health and Health Commission held the city's traditional Chinese medicine work promotion meeting, summarized the traditional Chinese medicine work in the first half of the year, and deployed the key tasks for the next stage.<br /><br />\n")
    p.b("&nbsp;&nbsp;&nbsp;&nbsp;The meeting pointed out that since the beginning of this year, our city has thoroughly implemented the decision-making and deployment of the provincial party committee and provincial government on promoting the inheritance and innovation development of traditional Chinese medicine, and the service capacity of traditional Chinese medicine has been continuously improved. At present, the city has 5 public traditional Chinese medicine hospitals, and 100% of the township health centers and community health service centers have set up the traditional Chinese medicine hall \"Guoyi Hall\".<br /><br />\n")
    p.b("&nbsp;&nbsp;&nbsp;&nbsp;The meeting requires that all counties and districts should grasp the implementation of the following work:<br /><br />\n")
    p.b("&nbsp;&nbsp;&nbsp;&nbsp;First, strengthen the construction of traditional Chinese medicine service system. Support the Municipal Hospital of Traditional Chinese Medicine to create a provincial regional traditional Chinese medicine medical center, and promote Dangshan County, Xiao County, Lingbi County and Si County traditional Chinese medicine hospitals to reach the second-level A standard.<br /><br />\n")
    p.b("&nbsp;&nbsp;&nbsp;&nbsp;Second, give play to the unique advantages of traditional Chinese medicine in the prevention and treatment of diseases. Promote appropriate techniques of traditional Chinese medicine in primary medical institutions, and carry out \"treating the disease before it occurs\" health management for the elderly and children.<br /><br />\n")
    p.b("&nbsp;&nbsp;&nbsp;&nbsp;Third, do a good job in the training of traditional Chinese medicine talents. Implement the \"famous doctor teaching\" project, and select 50 backbone traditional Chinese medicine doctors in the whole city every year to study under the famous old traditional Chinese medicine experts.<br /><br />\n")
    p.b("&nbsp;&nbsp;&nbsp;&nbsp;The meeting emphasized that all units should firmly establish the people-centered development idea, let the masses enjoy convenient, effective and cheap traditional Chinese medicine services at their doorstep, and make new contributions to the construction of \"Health Suzhou\" and the high-quality development of Anhui.<br /><br />\n")
    p.b("&nbsp;&nbsp;&nbsp;&nbsp;The responsible comrades of the health and health departments of each county and district, Yongqiao District, and the heads of the municipal medical institutions attended the meeting.<br /><br />\n")
    p.raw('</td></tr>\n<tr><td class="en_xl_gb" align="right">')
    p.c('<a href="javascript:window.print()">[Print]</a>')
    p.raw(" ")
    p.c('<a href="javascript:window.close()">[Close]</a>')
    p.raw('''</td></tr>
</table>
</td>
</tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="en_foot">
<tr><td align="center">''')
    p.c("Sponsored by: General Office of Suzhou Municipal People's Government")
    p.raw("<br>")
    p.c("Copyright &copy; Suzhou Municipal People's Government All Rights Reserved")
    p.raw("<br>")
    p.c("皖ICP备05001521号")
    p.raw("&nbsp;&nbsp;")
    p.c("Website identification code: 3413000002")
    p.raw("""</td></tr>
</table>
</body>
</html>
""")
    p.label(kind="policy", tags=["tcm"], published="2023-09-01", regions=["341300"],
            date_hint="Release time: 2023/9/1 10:26:00")
    return p


@page
def en02():
    """Machine-translated meeting report from Taizhou, Zhejiang (not Jiangsu), saved with CRLF line ends."""
    p = TextPage("en-02-taizhou-zhejiang-jicai-mt", "en", crlf=True)
    title = "Our city held a promotion meeting on the landing implementation of centralized procurement of drugs and medical consumables"
    p.c("page_url = http://ybj.zjtz.gov.cn/art/2022/5/13/art_1229412_5887613.html")
    p.mix("Title: " + title + "_Taizhou Medical Security Bureau", title=title,
          chrome=["Title:", "Taizhou Medical Security Bureau"])
    p.blank()
    p.c("Taizhou Medical Security Bureau")
    p.c("Home Page | Organization | Government Information | Policy Interpretation | Medical Insurance Service")
    p.c("Position: Home Page >> Work Dynamics")
    p.blank()
    p.t(title)
    p.c("Addtime:2022-05-13 Article source: Taizhou Medical Security Bureau Hits: 97")
    p.blank()
    p.b("On May 12, the Municipal Medical Security Bureau held a promotion meeting on the landing implementation of the centralized procurement of drugs and medical consumables in Jiaojiang District. The principal responsible comrades of the medical security bureaus of all counties (cities, districts) and the heads of 46 public medical institutions attended the meeting.")
    p.b("The meeting informed the execution of the centralized procurement in the first quarter. Since the sixth batch of national organized drug centralized procurement results landed, the city's public medical institutions have completed the agreed procurement amount of 112.3%, and the average price of the selected drugs has dropped by 56%, saving the medical insurance fund and the masses about 86 million yuan.")
    p.b("The meeting pointed out that centralized band procurement is an important measure to deepen the reform of the medical security system and reduce the burden of the masses' medical treatment. All medical institutions should stand on the height of politics, effectively grasp the implementation of the selected products, and must not use the reasons of \"cost control\" and \"drug list\" to prevent the use of the selected drugs.")
    p.b("The meeting requires:")
    p.b("1. Strictly implement the \"surplus retention\" policy. The surplus of the medical insurance fund caused by centralized procurement shall be retained by the medical institutions according to the proportion of 50%, and mainly used for the performance salary of medical personnel.")
    p.b("2. Strengthen the monitoring of the use of non-selected products. For the medical institutions whose use proportion of non-selected products is too high, the medical security department will carry out interviews.")
    p.b("3. Do a good job in the connection of the payment of medical insurance. The payment standard of the selected drugs shall be implemented in accordance with the medical insurance payment standard of the province, and Wenling City and Linhai City shall take the lead in the pilot of the direct settlement of the payment for goods between the medical insurance fund and the enterprises.")
    p.b("The meeting also interpreted the Zhejiang provincial alliance centralized procurement plan for orthopedic trauma consumables, which will be implemented in the city's medical institutions from June 1.")
    p.b("The responsible comrade said that the next step, the Municipal Medical Security Bureau will continue to build the \"Health Taizhou\" and make the masses have more sense of gain in the medical security.")
    p.blank()
    p.c("[Print this page] [Close window]")
    p.c("Prev article: Notice on the adjustment of the payment standard for the outpatient chronic disease")
    p.c("Next article: The city's medical insurance fund supervision special rectification action was launched")
    p.blank()
    p.c("Taizhou Medical Security Bureau Address: No. 618 Shifu Avenue, Jiaojiang District  Zip code: 318000")
    p.c("Zhejiang ICP No. 10203581-2")
    p.c("<<< end of capture >>>")
    p.label(kind="policy", tags=["drug-policy", "medical-insurance"], published="2022-05-13", regions=["331000"],
            source="Taizhou Medical Security Bureau", date_hint="Addtime:2022-05-13")
    return p


@page
def en03():
    """Singapore agency press release on a Next.js site: masthead, hashed jsx classes, __NEXT_DATA__."""
    p = HtmlPage("en-03-singapore-chronic-meds-gp", "en")
    title = "Lower costs for chronic disease medicines at GP clinics under Healthier SG"
    p.raw(f'''<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{title} | Ministry of Health</title>
<meta name="description" content="From 1 April 2024, more chronic medicines at Healthier SG GP clinics will be priced comparably to polyclinics."/>
<meta property="og:title" content="{title}"/>
<meta property="og:type" content="article"/>
<meta name="article:published_time" content="2024-03-12"/>
<link rel="preload" href="/_next/static/css/a41c0d9e2f.css" as="style"/><link rel="stylesheet" href="/_next/static/css/a41c0d9e2f.css" data-n-g=""/>
<noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-ee7e63bc15b31913.js" defer=""></script>
</head><body><div id="__next">
''')
    p.c('<a class="jsx-1893470124 skip-link" href="#main-content">Jump to main content</a>')
    p.raw('<div class="jsx-2456151703 masthead"><div class="jsx-2456151703 container">')
    p.c('<span class="jsx-2456151703">An official site of a Singapore public agency</span>')
    p.raw(" ")
    p.c('<button type="button" class="jsx-2456151703 masthead-toggle">Check how to spot one</button>')
    p.raw('''</div></div>
<header class="jsx-3279823414 navbar"><a href="/" class="jsx-3279823414 brand"><img src="/logo-moh.svg" alt="Ministry of Health"/></a>
<nav class="jsx-3279823414">''')
    p.ul(["About Us", "Newsroom", "Resources &amp; Statistics", "Cost &amp; Financing", "Healthier SG Programme", "Contact"],
         cls="jsx-3279823414 nav-list")
    p.raw('<button type="button" class="jsx-3279823414 search-btn" aria-label="Search"><svg viewBox="0 0 16 16" width="16">')
    p.svg_title("Search")
    p.raw('''<path d="M11 6a5 5 0 1 1-10 0 5 5 0 0 1 10 0z"/></svg></button></nav></header>
<main id="main-content" class="jsx-1122771130">
<div class="jsx-1122771130 banner">''')
    p.raw('<nav aria-label="breadcrumb" class="jsx-1122771130 crumbs">')
    p.bar(["Home", "Newsroom", "Press Releases"], sep=" / ", open_tag="<span>", close_tag="</span>")
    p.raw("</nav>\n")
    p.c('<p class="jsx-1122771130 eyebrow">PRESS RELEASE</p>')
    p.t(f'<h1 class="jsx-1122771130">{title}</h1>')
    p.c('<p class="jsx-1122771130 date">12 March 2024</p>')
    p.raw('''</div>
<section class="jsx-4103366722 content-wrap"><div class="jsx-4103366722 row"><div class="jsx-4103366722 col-md-8">
''')
    p.b("<p>Residents enrolled in Healthier SG will pay less for their chronic disease medicines at participating general practitioner (GP) clinics from 1 April 2024, the Ministry of Health (MOH) announced today.</p>\n")
    p.b("<p>Under the enhanced Healthier SG Chronic Tier, more than 100 commonly used medicines for conditions such as hypertension, diabetes and high cholesterol will be priced comparably to those at polyclinics. Previously, patients seeing their regular family doctor often paid more for the same drugs than at a polyclinic, which discouraged some from staying with one GP.</p>\n")
    p.b("<p>The subsidies will be tiered according to household income:</p>\n")
    p.raw('<ul class="jsx-4103366722">\n')
    p.b("<li>CHAS Blue and Merdeka Generation cardholders: up to 87.5% subsidy on the listed medicines;</li>\n")
    p.b("<li>CHAS Orange cardholders: up to 75% subsidy;</li>\n")
    p.b("<li>Singapore Citizens without a CHAS card: up to 50% subsidy.</li>\n")
    p.raw("</ul>\n")
    p.b("<p>Patients can continue to use MediSave for their chronic disease management, with the annual withdrawal limit under the Chronic Disease Management Programme raised from $500 to $700 per account.</p>\n")
    p.b("<p>About 1,100 GP clinics, or nearly two-thirds of all GP clinics in Singapore, have joined Healthier SG. MOH will provide participating clinics with an additional $2 million in grants this year to upgrade their IT systems and connect to the National Electronic Health Record.</p>\n")
    p.b("<p>\u201cWe want residents to see their family doctor as their first stop for care, not only when they fall ill,\u201d said a MOH spokesperson. \u201cMaking chronic medicines affordable at GPs removes one of the main reasons patients give for switching to polyclinics.\u201d</p>\n")
    p.b("<p>Residents who have not enrolled can do so through the HealthHub app or by calling the Healthier SG hotline at 6123 4567.</p>\n")
    p.raw('''</div>
<aside class="jsx-4103366722 col-md-4">''')
    p.c("<h2>Related</h2>")
    p.ul([
        "Healthier SG enrolment crosses one million residents",
        "Speech by Senior Minister of State at the Healthier SG Primary Care Forum",
        "FAQs: Healthier SG Chronic Tier",
    ], cls="jsx-4103366722 related")
    p.raw('</aside></div></section>\n<div class="jsx-77123092 share">')
    p.c("<span>Share this article</span>")
    for label in ["Facebook", "LinkedIn", "Email", "Copy link"]:
        p.raw('\n<a href="#" class="jsx-77123092"><svg width="20" height="20" viewBox="0 0 20 20">')
        p.svg_title(label)
        p.raw('<path d="M0 0h20v20H0z"/></svg></a>')
    p.raw('</div>\n<div class="jsx-99012773 feedback">')
    p.c("<p>Was this page helpful?</p>")
    p.c('<button type="button">Yes</button>')
    p.raw(" ")
    p.c('<button type="button">No</button>')
    p.raw('''</div>
</main>
<footer class="jsx-661230983 footer">''')
    p.bar(["Report Vulnerability", "Privacy Statement", "Terms of Use", "Sitemap"], sep=" ",
          open_tag='<div class="jsx-661230983 links">', close_tag="</div>")
    p.c('<p class="jsx-661230983">\u00a9 2024 Government of Singapore</p>')
    p.c('<p class="jsx-661230983">Last updated on 14 March 2024</p>')
    p.raw('''</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"lower-costs-chronic-medicines-gp","type":"press-release","date":"2024-03-12","title":"Lower costs for chronic disease medicines at GP clinics under Healthier SG"}}},"page":"/newsroom/[slug]","buildId":"vG3k2PqZ9xY1","isFallback":false,"gsp":true}</script>
</body></html>
''')
    p.label(kind="policy", tags=["chronic-disease", "primary-care"], published="2024-03-12", regions=["SG"],
            date_hint="12 March 2024")
    return p


@page
def en04():
    """AMP article: amp-sidebar menu, amp-consent text, ad label, JSON-LD; a deck under the headline."""
    p = HtmlPage("en-04-cms-physician-fee-amp", "en")
    title = "CMS finalizes 2025 physician pay rule, keeps virtual supervision and most telehealth flexibilities"
    p.raw(f'''<!doctype html>
<html \u26a1 lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.org/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{title} | Capitol Health Wire</title>
<link rel="canonical" href="https://www.capitolhealthwire.example/policy/cms-2025-physician-fee-schedule-final-rule">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"{title}","datePublished":"2024-11-01T17:42:00-04:00","dateModified":"2024-11-02T09:10:00-04:00","author":[{{"@type":"Person","name":"Dana Whitfield"}}],"publisher":{{"@type":"Organization","name":"Capitol Health Wire"}}}}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>.hdr{{display:flex}}.kicker{{text-transform:uppercase;color:#b00}}.dek{{font-size:1.2rem}}</style>
</head>
<body>
<amp-sidebar id="menu" layout="nodisplay" side="left">
''')
    p.ul(["Policy", "Payers", "Providers", "Pharma", "Health Tech", "Podcasts", "Events"], cls="side-nav")
    p.c('<a href="/newsletters" class="side-cta">Get the morning briefing</a>')
    p.raw('''
</amp-sidebar>
<header class="hdr">
<button on="tap:menu.toggle" aria-label="Open menu"><svg width="24" height="24" viewBox="0 0 24 24">''')
    p.svg_title("Menu")
    p.raw('<path d="M3 6h18M3 12h18M3 18h18"/></svg></button>\n<a href="/" class="logo">')
    p.c("Capitol Health Wire")
    p.raw('''</a>
</header>
<article class="story">
''')
    p.c('<div class="kicker">Health Policy</div>')
    p.t(f"<h1>{title}</h1>")
    p.b('<p class="dek">The agency trimmed the conversion factor by about 2.8% but let teaching physicians and supervising doctors keep working through real-time video, a change physician groups had lobbied for.</p>\n')
    p.c('<div class="byline">Dana Whitfield, Senior Reporter \u00b7 Nov. 1, 2024 5:42 PM ET</div>')
    p.raw('<amp-social-share type="twitter" width="32" height="32"></amp-social-share><amp-social-share type="linkedin" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share>\n')
    p.raw('<figure><amp-img src="https://img.capitolhealthwire.example/2024/11/cms-hq.jpg" width="1200" height="675" layout="responsive" alt="CMS headquarters in Baltimore"></amp-img>')
    p.b("<figcaption>The Centers for Medicare &amp; Medicaid Services headquarters in Woodlawn, Maryland.</figcaption>")
    p.c('<small class="credit">Photo: Capitol Health Wire archive</small>')
    p.raw("</figure>\n")
    p.b("<p>The Centers for Medicare &amp; Medicaid Services on Friday released its final physician fee schedule for calendar year 2025, setting payment rates for more than 1 million clinicians who bill Medicare Part B.</p>\n")
    p.b("<p>The final rule lowers the conversion factor, the dollar amount used to turn relative value units into payments, to $32.35 from $33.29 this year. The cut reflects the expiration of a temporary 2.93% bump Congress approved for 2024 and a small budget-neutrality adjustment.</p>\n")
    p.b("<p>On telehealth, CMS said it will continue to allow practitioners to report their practice address rather than their home address when they provide virtual visits from home, and will permanently allow direct supervision through real-time audio and video for a list of lower-risk services. Most other pandemic-era flexibilities for Medicare telehealth are set by statute and expire on Dec. 31 unless Congress acts.</p>\n")
    p.raw('<div class="ad-wrap">')
    p.c('<p class="ad-label">Advertisement</p>')
    p.raw('<amp-ad width="300" height="250" type="doubleclick" data-slot="/2109/chw_amp/policy"></amp-ad></div>\n')
    p.b("<p>The rule also creates new billing codes for caregiver training, for monthly advanced primary care management, and for digital mental health treatment devices cleared by the Food and Drug Administration.</p>\n")
    p.b("<p>\u201cThe payment cut is the fifth in a row, and it lands on practices that are already struggling with staffing costs,\u201d said Ellen Marsh, a health policy researcher who studies Medicare physician payment. \u201cThe telehealth pieces are welcome, but they are a patch, not a fix.\u201d</p>\n")
    p.b("<p>The fee schedule takes effect Jan. 1, 2025. Physician groups said they would press lawmakers to reverse the cut during the lame-duck session.</p>\n")
    p.raw('''</article>
<section class="more">''')
    p.c("<h2>More on Medicare</h2>")
    p.ul([
        "Medicare Advantage insurers brace for tougher star ratings in 2025",
        "Hospital outpatient rule expands site-neutral payments for drug administration",
        "What the Part D redesign means for seniors who hit the $2,000 cap",
    ])
    p.raw('''</section>
<footer class="ftr">''')
    p.bar(["About", "Advertise", "Privacy", "Terms", "Do Not Sell My Personal Information"], sep=" \u00b7 ",
          open_tag="<nav>", close_tag="</nav>")
    p.c("<p>\u00a9 2024 Capitol Health Wire LLC. All rights reserved.</p>")
    p.raw('''</footer>
<amp-consent id="consent" layout="nodisplay">
<script type="application/json">{"consentInstanceId":"chw-consent","consentRequired":true,"promptUI":"consent-ui"}</script>
<div id="consent-ui" class="consent-box">''')
    p.c("<p>We and our partners use cookies to personalize content and ads and to measure traffic. You can change your choice at any time in Privacy settings.</p>")
    p.c('<button on="tap:consent.accept">Accept all</button>')
    p.raw(" ")
    p.c('<button on="tap:consent.reject">Decline</button>')
    p.raw('''</div>
</amp-consent>
</body>
</html>
''')
    p.label(kind="policy", tags=["medical-insurance", "digital-health"], published="2024-11-01", regions=["US"],
            date_hint="Nov. 1, 2024")
    return p


@page
def en05():
    """Japanese policy news as a scraper saved it: paywall prompt, topic tags, caption and credit lines."""
    p = TextPage("en-05-japan-care-worker-pay", "en")
    title = "Japan to lift care worker pay in 2024 fee revision as staffing gap widens"
    p.c("Skip to article")
    p.c("THE TOKYO LEDGER")
    p.c("Politics  Business  Society  Health  Science  Opinion")
    p.c("Subscribe for full access \u2014 first month free")
    p.c("Sign in")
    p.blank()
    p.c("SOCIETY / AGING")
    p.t(title)
    p.c("By Kenji Arai, staff writer")
    p.c("February 6, 2024 | 19:02 JST")
    p.blank()
    p.b("The health ministry will raise the fees paid to nursing care providers by 1.59% from fiscal 2024, with most of the increase earmarked for wages, as Japan struggles to keep enough workers to look after its fast-growing elderly population.")
    p.b("Under the revision, approved by a ministry advisory panel on Monday, providers that meet conditions on career paths and working environments will be able to claim a single, simplified \"treatment improvement\" allowance. The government aims to raise care workers' monthly pay by 2.5% in fiscal 2024 and by a further 2.0% in fiscal 2025.")
    p.b("A care worker assists a resident at a nursing home in Saitama Prefecture.")
    p.c("(Tokyo Ledger file photo)")
    p.b("The average monthly wage of care workers was about \u00a5293,000 in 2022, some \u00a570,000 below the average for all industries, according to ministry data. The gap has made it hard for operators to recruit, and the ministry estimates Japan will need about 570,000 more care workers by fiscal 2040.")
    p.b("Most of the revision takes effect in April, but the new wage allowance will start in June to give operators time to adjust their payroll systems.")
    p.b("The revision also raises fees for home-visit nursing and for facilities that use sensors and other technology to reduce night-time staffing burdens, and expands the number of foreign care workers who can be counted toward staffing requirements in their first six months.")
    p.b("\"Without a clear pay rise, young people will not choose this job,\" said Mariko Tanaka, who runs two day-care centers for the elderly in Yokohama. \"2.5% is a start, but the gap with other jobs is still large.\"")
    p.b("Premiums for the long-term care insurance system, which covers people aged 40 and over, are expected to rise as a result of the revision.")
    p.blank()
    p.c("Topics: Aging society / Nursing care / Wages")
    p.c("Share: X  Facebook  LINE  Hatena")
    p.blank()
    p.c("MORE FROM SOCIETY")
    p.c("Hospitals in rural Hokkaido cut night shifts as doctors' overtime cap nears")
    p.c("Record 9.2 million vacant homes put pressure on local governments")
    p.c("Tokyo to offer free day care for second children from September")
    p.blank()
    p.c("\u00a9 The Tokyo Ledger. Unauthorized reproduction prohibited.")
    p.label(kind="policy", tags=["elderly-care", "health-workforce"], published="2024-02-06", regions=["JP"],
            date_hint="February 6, 2024")
    return p


@page
def en06():
    """English-language Chinese news portal: <article>, ISO date in a meta tag, language menu, editor credit."""
    p = HtmlPage("en-06-chengdu-pediatric-beds", "en")
    title = "Chengdu to add 3,000 pediatric beds and build two regional medical centers by 2025"
    p.raw(f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Chengdu to add 3,000 pediatric beds by 2025 - Tianfu Today</title>
<meta name="description" content="Chengdu plans to ease pressure on children's hospitals by expanding beds and building regional medical centers.">
<meta property="og:title" content="Chengdu to add 3,000 pediatric beds by 2025">
<meta property="article:published_time" content="2023-03-03T08:00:00+08:00">
<meta name="author" content="Zhang Yue">
<link rel="stylesheet" href="/assets/tt/css/article.css?20230110">
</head>
<body class="article-page">
<div class="topline">''')
    p.bar(["\u4e2d\u6587", "English", "Fran\u00e7ais", "\u65e5\u672c\u8a9e"], sep=" | ", open_tag='<div class="langs">')
    p.raw('<div class="follow">')
    p.c("<span>Follow Tianfu Today:</span>")
    p.raw(" ")
    p.bar(["Weibo", "WeChat", "X", "YouTube"], sep=" ", open_tag="<span>", close_tag="</span>")
    p.raw('''</div>
</div>
<header class="masthead"><a href="/en/"><img src="/assets/tt/img/logo-en.png" alt="Tianfu Today"></a>
<nav class="channels">''')
    p.ul(["Home", "Sichuan", "China", "Business", "Culture", "Travel", "Pandas", "Video"])
    p.raw('''</nav></header>
<div class="wrap">
<div class="crumb">''')
    p.c('<a href="/en/">Home</a> \u203a <a href="/en/sichuan/">Sichuan</a> \u203a <a href="/en/sichuan/health/">Health</a>')
    p.raw('''</div>
<article class="art">
''')
    p.t(f"<h1>{title}</h1>")
    p.raw('<div class="art-info">')
    p.c("<span>2023-03-03 08:00</span> | <span>Zhang Yue</span> | <span>Tianfu Today</span>")
    p.raw('</div>\n<div class="art-body">\n')
    p.b("<p>Chengdu, capital of Southwest China's Sichuan province, will add about 3,000 pediatric beds and build two national regional medical centers for children and women by 2025, the city's health commission said on Thursday.</p>\n")
    p.b("<p>The plan comes after a winter in which waiting times at the city's children's hospitals stretched to more than five hours at peak periods, prompting complaints from parents on social media.</p>\n")
    p.b("<p>According to the plan, a new 800-bed campus of the municipal women's and children's central hospital will open in Tianfu New Area next year, and every district and county-level city will have at least one general hospital with a stand-alone pediatric department and round-the-clock pediatric emergency service.</p>\n")
    p.b("<p>The two regional medical centers, to be built with partner hospitals from Beijing and Shanghai, will focus on neonatal intensive care, pediatric oncology and high-risk pregnancy, so that families from Sichuan and neighboring provinces will no longer need to travel east for complex treatment.</p>\n")
    p.b("<p>The city will also recruit 500 pediatricians over three years, and doctors who move to pediatrics from other specialties after training will receive a one-off allowance of 50,000 yuan ($7,240).</p>\n")
    p.b("<p>\u201cChildren's health services have long been a weak link,\u201d said Liu Min, deputy director of the Chengdu Municipal Health Commission. \u201cWe want parents to find a pediatrician within a 15-minute ride.\u201d</p>\n")
    p.b("<p>Chengdu had about 21 million permanent residents at the end of 2022 and recorded 143,000 births last year.</p>\n")
    p.raw('</div>\n<div class="art-foot">')
    p.c("<p>Edited by Zhou Lin</p>")
    p.raw('</div>\n</article>\n<aside class="side">')
    p.c("<h3>Trending</h3>")
    p.raw("<ol>")
    for s in [
        "Panda cub twins make public debut at Chengdu base",
        "Sichuan opens new high-speed rail link to Yibin",
        "Chengdu metro adds late-night services for concerts",
    ]:
        p.c(f'<li><a href="#">{s}</a></li>')
    p.raw('''</ol></aside>
</div>
<footer class="ft">''')
    p.c("<p>Copyright 2023 Tianfu Today. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Tianfu Today. Without written authorization from Tianfu Today, such content shall not be republished or used in any form.</p>")
    p.c("<p>\u8700ICP\u590714022311\u53f7-4</p>")
    p.raw('''</footer>
<script src="/assets/tt/js/article.js"></script>
</body>
</html>
''')
    p.label(kind="policy", tags=["hospital-development", "maternal-child"], published="2023-03-03",
            regions=["510100"], source="Tianfu Today", date_hint="2023-03-03T08:00:00+08:00")
    return p


@page
def en07():
    """WordPress blog of a private clinic: promotion dressed in policy vocabulary; comment form, cookie bar."""
    p = HtmlPage("en-07-tampines-clinic-healthier-sg", "en")
    title = "Healthier SG enrolment: why choose Tampines Family Clinic as your regular doctor"
    p.raw(f'''<!DOCTYPE html>
<html lang="en-SG">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{title} &#8211; Tampines Family Clinic</title>
<meta name="robots" content="max-image-preview:large">
<link rel="alternate" type="application/rss+xml" title="Tampines Family Clinic &raquo; Feed" href="https://tampinesfamilyclinic.example/feed/">
<link rel="stylesheet" id="wp-block-library-css" href="https://tampinesfamilyclinic.example/wp-includes/css/dist/block-library/style.min.css?ver=6.2.2" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="https://tampinesfamilyclinic.example/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.1.5" media="all">
<script src="https://tampinesfamilyclinic.example/wp-includes/js/jquery/jquery.min.js?ver=3.6.4" id="jquery-core-js"></script>
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2023-07-18T09:15:27+00:00">
<meta property="article:modified_time" content="2023-07-20T02:41:03+00:00">
</head>
<body class="post-template-default single single-post postid-1184 single-format-standard wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar">
<div class="hfeed site" id="page">
''')
    p.c('<a class="skip-link screen-reader-text" href="#content">Skip to content</a>')
    p.raw('''
<header class="site-header header-main-layout-1" id="masthead" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div class="ast-above-header-bar">''')
    p.c('<span class="ast-header-html">Open daily 8am\u201310pm incl. Sundays &amp; PH \u00b7 Blk 201D Tampines St 21 #01-1137</span>')
    p.raw('''</div>
<div class="site-branding"><a href="https://tampinesfamilyclinic.example/" class="custom-logo-link" rel="home"><img width="220" height="60" src="https://tampinesfamilyclinic.example/wp-content/uploads/2021/03/tfc-logo.png" class="custom-logo" alt="Tampines Family Clinic"></a></div>
<nav id="site-navigation" class="main-header-bar-navigation" aria-label="Site Navigation">''')
    p.ul(["Home", "Our Doctors", "Services", "Screening Packages", "HSG Programme", "Blog", "Contact"],
         cls="main-header-menu ast-nav-menu")
    p.c('<a class="menu-cta" href="https://tampinesfamilyclinic.example/book/">Book Appointment</a>')
    p.raw('''</nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-1184 post type-post status-publish format-standard has-post-thumbnail hentry category-healthier-sg category-clinic-news ast-article-single" id="post-1184" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1">
<header class="entry-header">
''')
    p.t(f'<h1 class="entry-title" itemprop="headline">{title}</h1>')
    p.c('<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">July 18, 2023</span></span> / By <span class="author vcard"><a class="url fn n" href="#" itemprop="url"><span class="author-name" itemprop="name">TFC Admin</span></a></span> / <span class="cat-links"><a href="#" rel="category tag">Clinic News</a>, <a href="#" rel="category tag">Healthier SG</a></span></div>')
    p.raw('''</header>
<div class="entry-content clear" itemprop="text">
''')
    p.b("<p>From 5 July 2023, Singapore residents aged 60 and above can enrol in Healthier SG, the Ministry of Health's national preventive care programme, and residents aged 40 to 59 will be invited progressively. If you are eligible, you will receive an SMS with a link to enrol and choose one clinic as your regular family doctor.</p>\n")
    p.b("<p>We are proud to be one of the first clinics in Tampines to join Healthier SG. Here is why more than 2,000 of our patients have already chosen us:</p>\n")
    p.raw('<ol class="wp-block-list">\n')
    p.b("<li><strong>Same doctor, every visit.</strong> Dr. Lim Wei Ming and Dr. Nur Aisyah have cared for Tampines families for over 15 years.</li>\n")
    p.b("<li><strong>Your first health plan consultation is fully subsidised.</strong> No cash payment needed when you enrol with us.</li>\n")
    p.b("<li><strong>Extended hours.</strong> We open till 10pm every day, including Sundays and public holidays, so you never have to take leave to see us.</li>\n")
    p.b("<li><strong>In-house lab and ECG.</strong> Get your recommended screenings done on the spot and your results on our app within 48 hours.</li>\n")
    p.raw("</ol>\n")
    p.raw('<figure class="wp-block-image size-large"><img decoding="async" src="https://tampinesfamilyclinic.example/wp-content/uploads/2023/07/hsg-enrol.jpg" alt="Healthier SG enrolment at our clinic">')
    p.b('<figcaption class="wp-element-caption">Our nurses can help you enrol on the spot with your Singpass app.</figcaption>')
    p.raw("</figure>\n")
    p.b("<p><strong>Special for July:</strong> enrol with us and enjoy 20% off our Comprehensive Health Screening package (U.P. $188, now $150). Not applicable with CHAS or other subsidies.</p>\n")
    p.b("<p>Ready to make us your regular doctor? Call 6781 2290 or WhatsApp 8123 4590 to book your health plan consultation today.</p>\n")
    p.raw('''</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts">''')
    p.c('<div class="nav-previous"><a href="#" rel="prev"><span class="ast-left-arrow">\u2190</span> Older post: Travelling this holiday? Get your vaccines 4 weeks before you fly</a></div>')
    p.c('<div class="nav-next"><a href="#" rel="next">Newer post: Flu season is here: walk-in flu jabs now available <span class="ast-right-arrow">\u2192</span></a></div>')
    p.raw('''</nav>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">''')
    p.c('<h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>')
    p.raw('<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form">')
    p.c('<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>')
    p.raw('<p class="comment-form-textarea"><label for="comment" class="screen-reader-text">')
    p.c("Type here..")
    p.raw('</label><textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></p>')
    p.raw('<p class="comment-form-author"><label for="author" class="screen-reader-text">')
    p.c("Name*")
    p.raw('</label><input id="author" name="author" type="text" placeholder="Name*"></p>')
    p.raw('<p class="comment-form-email"><label for="email" class="screen-reader-text">')
    p.c("Email*")
    p.raw('</label><input id="email" name="email" type="text" placeholder="Email*"></p>')
    p.c('<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Save my name, email, and website in this browser for the next time I comment.</label></p>')
    p.raw('<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form>\n</div>\n</div>\n')
    p.raw('''</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="recent-posts-3" class="widget widget_recent_entries">''')
    p.c('<h2 class="widget-title">Recent Posts</h2>')
    p.ul([
        "What your cholesterol numbers mean",
        "Flu season is here: walk-in flu jabs now available",
        "Healthier SG enrolment: your questions answered",
    ])
    p.raw('</aside>\n<aside id="text-4" class="widget widget_text">')
    p.c('<h2 class="widget-title">We accept</h2>')
    p.c('<div class="textwidget"><p>CHAS \u00b7 Merdeka Generation \u00b7 Pioneer Generation \u00b7 MediSave for chronic conditions \u00b7 Most corporate panels</p></div>')
    p.raw('''</aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon">''')
    p.c('<div class="ast-footer-copyright"><p>Copyright \u00a9 2023 Tampines Family Clinic Pte Ltd | Powered by Astra WordPress Theme</p></div>')
    p.raw('</footer>\n</div>\n<a href="https://wa.me/6581234590" class="wa-float" aria-label="WhatsApp">')
    p.c("<span>Chat with us</span>")
    p.raw('</a>\n<div id="cookie-law-info-bar" data-nosnippet="true">')
    p.c('<span>This website uses cookies to improve your experience. We\'ll assume you\'re ok with this, but you can opt-out if you wish.</span>')
    p.raw(" ")
    p.c('<a role="button" class="cli_settings_button">Cookie settings</a>')
    p.raw(" ")
    p.c('<a role="button" id="cookie_action_close_header" class="cli_action_button">ACCEPT</a>')
    p.raw('''</div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":"","is_scroll_to_top":""};</script>
<script src="https://tampinesfamilyclinic.example/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.1.5" id="astra-theme-js-js"></script>
</body>
</html>
''')
    p.label(kind="marketing", published="2023-07-18", regions=["SG"], date_hint="July 18, 2023")
    return p


@page
def en08():
    """A pharmacy chain's promotion built on an NHS service, windows-1252 text, no full date anywhere."""
    p = TextPage("en-08-castlegate-pharmacy-bp-checks", "en", "windows-1252")
    title = "Free NHS blood pressure checks now in all 48 Castlegate pharmacies \u2013 plus 20% off home monitors"
    p.c("Castlegate Pharmacy \u2013 Your local chemist since 1962")
    p.c("FREE delivery on orders over \u00a330 | Click & Collect in 2 hours")
    p.c("Shop  Prescriptions  Health Services  Travel Clinic  Offers  Store Finder")
    p.c("Basket (0)")
    p.c("Home / Health hub / News")
    p.blank()
    p.t(title)
    p.c("Posted yesterday by the Castlegate Health Team \u2022 3 min read")
    p.blank()
    p.b("High blood pressure rarely has symptoms, which is why around one in three adults in England who have it don\u2019t know. That\u2019s why every one of our 48 branches now offers the NHS Blood Pressure Check Service \u2013 free for anyone aged 40 or over who hasn\u2019t had a reading in the last six months.")
    p.b("The check takes about 10 minutes in a private consultation room. If your reading is high, our pharmacist may offer you a 24-hour ambulatory monitor to wear at home, and we\u2019ll share the results with your GP practice so they can follow up.")
    p.b("No appointment is needed: just walk in and ask at the counter, or book a slot online.")
    p.b("Want to keep an eye on your numbers between visits? This month only, get 20% off all clinically validated home blood pressure monitors with code BP20 \u2013 including the Omrix Comfort M3, now \u00a335.99 (was \u00a344.99).")
    p.b("Offer ends Sunday at midnight. While stocks last. Code valid online and in store.")
    p.blank()
    p.c("Book your free check \u203a")
    p.c("Find your nearest Castlegate \u203a")
    p.blank()
    p.c("You might also like")
    p.c("Omrix Comfort M3 Upper Arm Monitor \u2013 \u00a335.99")
    p.c("Castlegate Omega-3 1000mg, 90 capsules \u2013 3 for 2")
    p.c("Pharmacy First: 7 conditions we can now treat without a GP appointment")
    p.blank()
    p.c("Sign up to Castlegate Rewards and get \u00a35 off your first order")
    p.c("Castlegate Pharmacy Ltd, registered in England No. 00718845. GPhC registered pharmacies. Prices correct at time of publishing; offers subject to availability.")
    p.c("Accept cookies | Manage preferences")
    p.label(kind="marketing", regions=["GB"])
    return p


@page
def en09():
    """Drupal site of a heart charity: winter tips (wellness); only a month-and-year review date."""
    p = HtmlPage("en-09-heartwise-winter-tips", "en")
    title = "Cold snap: seven ways to look after your heart this winter"
    p.raw(f'''<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="Cold weather makes your heart work harder. Our cardiac nurses share simple ways to stay well." />
<link rel="canonical" href="https://www.heartwise.example/health-information/living-well/winter-heart" />
<meta property="og:site_name" content="Heartwise" />
<meta property="og:title" content="{title}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title} | Heartwise</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq4nVY2sz0bHq1mGf0eR5t.css?delta=0&amp;language=en&amp;theme=heartwise&amp;include=eJxLzs8pS80rKUrMKdZPSizOSCxJzdEvKMpPKU0u0U8ByRbn5udlpxYBAP0aEBw" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/4127","currentLanguage":"en"}},"ajaxTrustedUrl":{{"\\/search":true}},"user":{{"uid":0}}}}</script>
</head>
<body class="path-node page-node-type-health-article">
''')
    p.c('<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>')
    p.raw('''
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner">
<div class="region region-header-top">''')
    p.c('<div class="helpline">Heart helpline 0300 330 4417 (Mon\u2013Fri, 9am\u20135pm)</div>')
    p.raw(" ")
    p.c('<a class="button button--donate" href="/donate">Donate</a>')
    p.raw('''</div>
<div class="region region-header"><div id="block-heartwise-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/heartwise/logo.svg" alt="Home" /></a></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-heartwise-main-menu-menu" id="block-heartwise-main-menu">
''')
    p.c('<h2 class="visually-hidden" id="block-heartwise-main-menu-menu">Main navigation</h2>')
    p.ul(["Health information", "Support for you", "Research", "Get involved", "Shop", "About us"], cls="menu")
    p.raw('''</nav></div>
</header>
<div class="region region-breadcrumb"><div id="block-heartwise-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
''')
    p.c('<h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>')
    p.raw("<ol>")
    for item in ["Home", "Health information", "Living well"]:
        p.c(f'<li><a href="#">{item}</a></li>')
    p.raw('''</ol>
</nav></div></div>
<main role="main">
<a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-heartwise-page-title" class="block block-core block-page-title-block">
''')
    p.t(f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{title}</span></h1>')
    p.raw('''
</div>
<div id="block-heartwise-content" class="block block-system block-system-main-block">
<article data-history-node-id="4127" class="node node--type-health-article node--view-mode-full">
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">''')
    p.b("<p>When the temperature drops, your blood vessels narrow and your heart has to work harder to pump blood around your body. Blood also becomes slightly thicker, which can raise the risk of clots. If you live with a heart condition, a cold spell is a good time to take a few extra precautions.</p>\n")
    p.b("<h3>1. Keep your home warm</h3>\n")
    p.b("<p>Try to heat the rooms you use most to at least 18\u00b0C. Close curtains at dusk and keep doors shut to hold the heat in.</p>\n")
    p.b("<h3>2. Layer up when you go out</h3>\n")
    p.b("<p>Several thin layers trap warm air better than one thick jumper. A hat, scarf and gloves matter more than you might think.</p>\n")
    p.b("<h3>3. Keep moving</h3>\n")
    p.b("<p>Stay active indoors if it is icy outside: march on the spot during adverts, or follow a gentle chair-based routine.</p>\n")
    p.b("<h3>4. Eat at least one hot meal a day</h3>\n")
    p.b("<p>Soups and stews are an easy way to get extra vegetables. Go easy on salt, which can raise blood pressure.</p>\n")
    p.b("<h3>5. Get your winter vaccines</h3>\n")
    p.b("<p>Flu and COVID-19 can put extra strain on your heart. If you are eligible for free vaccines, ask your GP surgery or pharmacy.</p>\n")
    p.b("<h3>6. Keep your medicines stocked</h3>\n")
    p.b("<p>Order repeat prescriptions early, especially before bank holidays, and keep a list of your medicines in your wallet.</p>\n")
    p.b("<h3>7. Know when to get help</h3>\n")
    p.b("<p>If you have chest pain that spreads to your arms, neck or jaw, or feel suddenly breathless, call 999 straight away.</p>\n")
    p.b("<p>Not sure whether a symptom is worrying? Our cardiac nurses are happy to talk it through on 0300 330 4417.</p>\n")
    p.raw('''</div>
<div class="field field--name-field-review-dates">''')
    p.c('<div class="field__item">Last reviewed: January 2024 \u00b7 Next review due: January 2027</div>')
    p.raw('''</div>
</div>
</article>
</div>
<div id="block-newslettersignup" class="block block-webform">''')
    p.c("<h2>Get Heart Matters in your inbox</h2>")
    p.c("<p>Recipes, activity ideas and expert advice, once a month. Unsubscribe any time.</p>")
    p.raw('<form class="webform-submission-form" action="/newsletter" method="post"><div class="form-item">')
    p.c('<label for="edit-email">Email address</label>')
    p.raw('<input type="email" id="edit-email" name="email" class="form-email required" required="required" /></div>')
    p.raw('<input type="submit" value="Sign me up" class="button js-form-submit form-submit" /></form>\n</div>\n')
    p.raw('<div id="block-relatedcontent" class="block block-views">')
    p.c("<h2>You may also find useful</h2>")
    p.ul(["Understanding blood pressure readings", "Heart-healthy recipes for busy weeknights",
          "Staying active with a heart condition"], cls="related-list")
    p.raw('''</div>
</div>
</div>
</main>
<footer role="contentinfo">
<div class="region region-footer">''')
    p.ul(["Contact us", "Accessibility", "Privacy notice", "Cookie settings"], cls="menu menu--footer")
    p.c("<p>Heartwise is a registered charity in England and Wales (1098765) and in Scotland (SC043210). Our health information is reviewed by cardiac nurses and is not a substitute for advice from your own doctor.</p>")
    p.c("<p>\u00a9 Heartwise 2024</p>")
    p.raw('''</div>
</footer>
</div>
</div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text">''')
    p.c('<div id="popup-text"><h2>We use cookies on this site to enhance your user experience</h2><p>By clicking the Accept button, you agree to us doing so.</p></div>')
    p.c('<button type="button" class="agree-button eu-cookie-compliance-default-button">Accept</button>')
    p.raw(" ")
    p.c('<button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button>')
    p.raw('''</div>
<script src="/sites/default/files/js/js_kq8zGf1Yc7rA0lL9wPuT3c.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=heartwise"></script>
</body>
</html>
''')
    p.label(kind="wellness", regions=[])
    return p


@page
def en10():
    """University press release (Bootstrap, <main>/<article>): a trial result written in official register."""
    p = HtmlPage("en-10-hongkong-weekly-insulin-trial", "en")
    title = "Once-weekly insulin as effective as daily injections for type 2 diabetes, Hong Kong-led trial finds"
    p.raw(f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Press Releases | {title} | Faculty of Medicine</title>
<link rel="stylesheet" href="/themes/medfac/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/medfac/css/style.css?v=3.2">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX1234"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXX1234');</script>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary fixed-top" id="mainNav">
<div class="container">
<a class="navbar-brand" href="/">''')
    p.c("Harbour University \u00b7 Faculty of Medicine")
    p.raw('</a>\n<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#navbarResponsive" aria-controls="navbarResponsive" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>\n<div class="collapse navbar-collapse" id="navbarResponsive">')
    p.ul(["About", "Study", "Research", "Clinical Trials Centre", "News &amp; Media", "Giving"], cls="navbar-nav ml-auto")
    p.raw('<div class="lang-sel">')
    p.bar(["EN", "\u7e41", "\u7b80"], sep=" ", open_tag="", close_tag="")
    p.raw('''</div>
</div>
</div>
</nav>
<main class="container py-5">
<div class="row">
<div class="col-lg-8">
<article class="node-press">
''')
    p.c('<p class="label-type">Press Releases</p>')
    p.t(f'<h2 class="node-title">{title}</h2>')
    p.c('<div class="submitted"><span>Tue, 05/14/2024 - 10:00</span></div>')
    p.raw('<div class="field-body">\n')
    p.b("<p>A once-weekly basal insulin injection controlled blood sugar as well as daily insulin in adults with type 2 diabetes, according to a phase 3 trial led by the Faculty of Medicine and published today in a leading international diabetes journal.</p>\n")
    p.b("<p>The 52-week randomised trial enrolled 984 adults who had not used insulin before at 71 sites in Hong Kong, mainland China, Korea and Thailand. Participants were assigned to the weekly insulin or to a standard once-daily insulin, both combined with their existing oral medicines.</p>\n")
    p.b("<p>At 52 weeks, HbA1c fell by 1.55 percentage points in the weekly group and 1.42 points in the daily group, meeting the pre-specified criterion for non-inferiority. Rates of clinically significant hypoglycaemia were low and similar in both groups (0.31 vs 0.27 events per patient-year).</p>\n")
    p.b("<p>\u201cFor many patients, the fear of daily injections is the main reason they delay starting insulin,\u201d said the trial's principal investigator, Professor Andrea Cheung Wing-sze, Chair of Endocrinology. \u201cReplacing 365 injections a year with 52 could make that step much easier.\u201d</p>\n")
    p.b("<p>The study was funded by the manufacturer of the weekly insulin. The investigators said further studies are needed in people already using insulin and in those with kidney disease.</p>\n")
    p.b("<p>Media enquiries: Ms Karen Lau, Communications Office, tel 3917 2222, email mediaoffice@med.example.hk</p>\n")
    p.raw('</div>\n<div class="tags">')
    p.c("<span>Tags:</span>")
    p.raw(" ")
    p.bar(["Diabetes", "Clinical trials", "Endocrine research"], sep=", ", open_tag="<span>", close_tag="</span>")
    p.raw('''</div>
</article>
</div>
<div class="col-lg-4">
<div class="card sidebar-card">''')
    p.c('<h5 class="card-header">Latest Press Releases</h5>')
    p.ul([
        "Faculty researchers identify gut bacteria linked to childhood asthma",
        "New day-surgery centre opens at teaching hospital",
        "Medical students win international simulation contest",
    ], cls="list-group list-group-flush")
    p.raw('''</div>
</div>
</div>
</main>
<footer class="py-4 bg-dark text-white-50">
<div class="container">''')
    p.c('<p class="m-0">Copyright \u00a9 2024 Faculty of Medicine. All Rights Reserved.</p>')
    p.bar(["Disclaimer", "Privacy Policy", "Sitemap"], sep=" | ", open_tag='<p class="m-0">', close_tag="</p>")
    p.raw('''</div>
</footer>
<script src="/themes/medfac/js/jquery.min.js"></script>
<script src="/themes/medfac/js/bootstrap.bundle.min.js"></script>
</body>
</html>
''')
    p.label(kind="trial", published="2024-05-14", regions=["810000"], date_hint="05/14/2024")
    return p


@page
def en11():
    """Machine-translated bid-winning notice of a Lishui hospital, dumped as text with table rows."""
    p = TextPage("en-11-lishui-hospital-pharmacy-bid-mt", "en")
    title = "Lishui Municipal Central Hospital intelligent pharmacy equipment procurement project winning bid result announcement"
    p.c("[capture 7f3a2c | encoding=utf-8 | 1 page]")
    p.c("Lishui Central Hospital | Official Website")
    p.c("Hospital Home | Hospital Overview | Medical Guide | Department Navigation | Hospital Affairs Open | Talent Recruitment")
    p.c("Your position: Home > Hospital Affairs Open > Bidding Procurement")
    p.blank()
    p.t(title)
    p.c("Release time: 2022.09.01    Publisher: Equipment Department    Read: 356 times")
    p.blank()
    p.b("1. Project number: LSZX-2022-CG058")
    p.b("2. Project name: Lishui Municipal Central Hospital intelligent pharmacy equipment procurement project")
    p.b("3. Winning bid information")
    p.b("Supplier name\tSupplier address\tWinning bid amount (yuan)")
    p.b("Zhejiang Yunkang Medical Technology Co., Ltd.\tNo. 1288 Binkang Road, Binjiang District, Hangzhou City\t3,265,000.00")
    p.b("4. Main subject information")
    p.b("Name: automatic dispensing machine for outpatient pharmacy; Brand: Yunkang; Specification model: YK-ADS 900; Quantity: 2 sets; Unit price: 1,632,500.00 yuan")
    p.b("5. Review expert list: Wu Jianping, Chen Lu, Ye Qing, Zhou Lei, Lan Haiyan (purchaser representative)")
    p.b("6. Announcement period: 1 working day from the date of publication of this announcement.")
    p.b("7. Other supplementary matters: The bid opening of this project was held on August 25, 2022 at the Lishui Public Resources Trading Center (Liandu District). If the suppliers participating in the procurement activities think that the procurement documents, procurement process and winning bid result make their rights and interests damaged, they can raise questions in writing to the purchaser or the procurement agency within 7 working days.")
    p.b("8. Contact information of purchaser: Lishui Municipal Central Hospital, No. 289 Kuocang Road, Liandu District, Lishui City, Zhejiang Province; contact: Mr. Mao; telephone: 0578-2285017")
    p.blank()
    p.c("Attachment: Winning bid result announcement (stamped).pdf")
    p.c("Previous article: Lishui Municipal Central Hospital property management service project tender announcement")
    p.c("Next article: Notice on the adjustment of outpatient hours during the Mid-Autumn Festival")
    p.blank()
    p.c("Copyright: Lishui Municipal Central Hospital  Zhejiang ICP 05018745-1")
    p.c("Best viewed at 1920x1080 resolution")
    p.label(kind="tender", published="2022-09-01", regions=["331100"], date_hint="Release time: 2022.09.01")
    return p


@page
def en12():
    """A city portal's event and traffic notice (other): ambulances mentioned in passing; no year given."""
    p = TextPage("en-12-shenzhen-dragon-boat-traffic", "en")
    title = "Dragon boat races return to Shenzhen Bay this weekend, traffic controls on Binhai Avenue"
    p.t(title)
    p.c("Updated last Friday 17:20 | Views 4,812")
    p.blank()
    p.b("More than 60 teams from Hong Kong, Macao and cities across Guangdong will compete in the Shenzhen Bay dragon boat races on Saturday and Sunday (June 8 and 9), the Nanshan District sports bureau said.")
    p.b("Heats start at 9 am on both days off the Shenzhen Bay Park waterfront near the Talent Park section, with the finals on Sunday afternoon. Spectators can watch for free from the promenade between Houhai and Shekou.")
    p.b("To make way for the event, the eastbound side road of Binhai Avenue between Houhai Avenue and Keyuan Road will be closed to vehicles from 6 am to 7 pm on both days. Drivers are advised to use Shahe West Road or Baishi Road instead.")
    p.b("Metro Line 2 and Line 11 will add trains in the morning and evening, and visitors are encouraged to take Line 9 to Shenzhen Bay Park Station.")
    p.b("Lifeguards, two ambulance crews and a first-aid tent from Nanshan District People's Hospital will be on standby near the finish line throughout the races.")
    p.b("Organizers reminded spectators not to fly drones over the course and to bring sun protection.")
    p.blank()
    p.c("Related: Dragon Boat Festival holiday: what's open in Shenzhen")
    p.label(kind="other", regions=["440300"])
    return p


# =======================================================================================
# Writing and checking
# =======================================================================================


def toml_str(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_list(items, indent=True) -> str:
    if not items:
        return "[]"
    if not indent:
        return "[" + ", ".join(toml_str(i) for i in items) + "]"
    return "[\n" + "".join(f"  {toml_str(i)},\n" for i in items) + "]"


def gold_toml(p: Page) -> str:
    lab = p.labels
    lines = [
        f"lang = {toml_str(p.lang)}",
        f"encoding = {toml_str(p.encoding)}",
        f"title = {toml_str(p.title or '')}",
        f"body = {toml_list(p.body)}",
        f"chrome = {toml_list(p.chrome)}",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['health_policy'] else 'false'}",
        f"kind = {toml_str(lab['kind'])}",
        f"tags = {toml_list(lab['tags'], indent=False)}",
    ]
    if "published" in lab:
        lines.append(f"published = {toml_str(lab['published'])}")
    lines.append(f"regions = {toml_list(lab['regions'], indent=False)}")
    if "source" in lab:
        lines.append(f"source = {toml_str(lab['source'])}")
    return "\n".join(lines) + "\n"


def name_of(p: Page) -> str:
    return f"{PREFIX}-{p.slug}"


class Problems:
    def __init__(self) -> None:
        self.items: list[str] = []

    def __call__(self, where: str, msg: str) -> None:
        self.items.append(f"{where}: {msg}")


def segmentable(unit: str, pieces: list[str]) -> bool:
    """Can this visible line/block be cut into gold strings and separators (no letter/digit left)?

    Two gold strings may not touch letter to letter ("返回看苏州"): a page that runs them
    together gives a scraper one undivided word, and the gold would not say what to expect.
    """
    n = len(unit)
    # reach[i] holds the states at position i: "sep" (after a separator or at the start),
    # "piece" (right after a gold string)
    reach: list[set[str]] = [set() for _ in range(n + 1)]
    reach[0].add("sep")
    for i in range(n):
        if not reach[i]:
            continue
        if not unit[i].isalnum():
            reach[i + 1].add("sep")
        for piece in pieces:
            if not unit.startswith(piece, i):
                continue
            if "sep" not in reach[i] and piece[0].isalnum() and unit[i - 1].isalnum():
                continue
            reach[i + len(piece)].add("piece")
    return bool(reach[n])


FULL_DATE_PATTERNS = [
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}",
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b",
    r"\b\d{3}-\d{2}-\d{2}\b",
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b",
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b",
]


def check_page(p: Page, problems: Problems) -> None:
    name = name_of(p)
    page_path = OUT / f"{name}.{p.ext}"
    gold_path = OUT / f"{name}.gold.toml"
    intended = p.text()
    raw = page_path.read_bytes()

    # 1. encoding: the bytes decode with the declared encoding back to the intended text
    codec = CODECS.get(p.encoding)
    if codec is None:
        problems(name, f"unknown encoding {p.encoding}")
        return
    try:
        decoded = raw.decode(codec)
    except UnicodeDecodeError as e:
        problems(name, f"does not decode as {p.encoding}: {e}")
        return
    if decoded != intended:
        problems(name, f"decoding as {p.encoding} does not give the intended text")
    if (p.encoding == "UTF-8-BOM") != raw.startswith(b"\xef\xbb\xbf"):
        problems(name, "BOM presence does not match the declared encoding")
    if p.encoding != "UTF-8" and p.encoding != "UTF-8-BOM":
        try:
            raw.decode("utf-8")
            problems(name, f"declared {p.encoding} but the bytes are also valid UTF-8 (nothing to detect)")
        except UnicodeDecodeError:
            pass
    has_cr = b"\r" in raw
    if p.crlf and (not has_cr or re.search(rb"(?<!\r)\n", raw)):
        problems(name, "CRLF page has bare LF line ends")
    if not p.crlf and has_cr:
        problems(name, "LF page contains CR")
    if p.ext == "html":
        m = re.search(r'charset=["\']?([\w-]+)', decoded[:2000], re.I)
        declared = (m.group(1).lower() if m else "")
        ok = {"UTF-8": {"utf-8"}, "GBK": {"gbk", "gb2312"}, "GB18030": {"gb18030"},
              "Big5": {"big5"}}.get(p.encoding, set())
        if declared not in ok:
            problems(name, f"HTML declares charset {declared!r} for a {p.encoding} page")

    # 2. the gold parses and has only known keys and values
    try:
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        problems(name, f"gold does not parse: {e}")
        return
    if set(gold) - TOP_KEYS or TOP_KEYS - set(gold):
        problems(name, f"gold top-level keys wrong: {sorted(set(gold) ^ TOP_KEYS)}")
    labels = gold.get("labels", {})
    if set(labels) - LABEL_KEYS:
        problems(name, f"unknown label keys {sorted(set(labels) - LABEL_KEYS)}")
    for key in ("health_policy", "kind", "tags", "regions"):
        if key not in labels:
            problems(name, f"label {key} missing")
    if gold.get("lang") not in ("zh", "en") or gold.get("lang") != name.split("-")[1]:
        problems(name, f"lang {gold.get('lang')!r} does not fit the name")
    if gold.get("encoding") not in CODECS:
        problems(name, f"encoding {gold.get('encoding')!r} not in the closed set")
    kind = labels.get("kind")
    if kind not in KINDS:
        problems(name, f"kind {kind!r} not in the closed set")
    if labels.get("health_policy") is not (kind == "policy"):
        problems(name, "health_policy must be true exactly when kind = policy")
    tags = labels.get("tags", [])
    if set(tags) - TAGS:
        problems(name, f"unknown tags {sorted(set(tags) - TAGS)}")
    if kind == "policy" and not 1 <= len(tags) <= 4:
        problems(name, "a policy page needs 1-4 tags")
    if kind != "policy" and tags:
        problems(name, "tags are written only on policy pages")
    if "published" in labels:
        try:
            datetime.date.fromisoformat(labels["published"])
        except (TypeError, ValueError):
            problems(name, f"published {labels['published']!r} is not YYYY-MM-DD")
    for r in labels.get("regions", []):
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)) or r == "CN":
            problems(name, f"region {r!r} is neither a GB/T 2260 code nor a foreign ISO alpha-2 code")
    if not (isinstance(gold.get("body"), list) and gold["body"] and isinstance(gold.get("chrome"), list)):
        problems(name, "body must be a non-empty list and chrome a list")
        return
    if gold.get("title") != p.title or gold["body"] != p.body or gold["chrome"] != p.chrome:
        problems(name, "gold file does not round-trip")

    title, body, chrome = gold["title"], gold["body"], gold["chrome"]

    # 3. the visible units of the page: lines of a text dump, text blocks of HTML
    if p.ext == "txt":
        units = [norm(line) for line in decoded.splitlines()]
        units = [u for u in units if u]
    else:
        units = html_blocks(decoded)
    pieces = sorted({s for s in [title, *body, *chrome] if s}, key=len, reverse=True)

    for kind_name, items in (("title", [title] if title else []), ("body", body), ("chrome", chrome)):
        for s in items:
            if s != norm(s) or not s:
                problems(name, f"{kind_name} entry not whitespace-normalised or empty: {s!r}")
            if not any(s in u for u in units):
                problems(name, f"{kind_name} entry not visible on the page: {s!r}")
    for u in units:
        if not segmentable(u, pieces):
            problems(name, f"visible {'line' if p.ext == 'txt' else 'text'} not labelled: {u!r}")

    # body paragraphs come in page order
    last = -1
    for s in body:
        idx = next((i for i, u in enumerate(units) if s in u and i >= last), None)
        if idx is None:
            problems(name, f"body paragraph out of page order: {s[:40]!r}")
        else:
            last = idx

    # the scorer's own consistency rules, and a few of ours
    for c in chrome:
        for b in body:
            if c == b or (nonspace_len(c) >= 10 and c in b):
                problems(name, f"chrome entry is (in) a body paragraph: {c!r}")
        if c == title or (title and nonspace_len(c) >= 10 and c in title):
            problems(name, f"chrome entry is (in) the title: {c!r}")
    if title in body:
        problems(name, "title repeated as a body paragraph")
    if len(set(body)) != len(body):
        problems(name, "a body paragraph is listed twice")

    # dates: the stated date is on the page; a page without a date has no full date anywhere
    if "published" in labels:
        if not p.date_hint or p.date_hint not in decoded:
            problems(name, f"date hint {p.date_hint!r} not found on the page")
    else:
        for pat in FULL_DATE_PATTERNS:
            m = re.search(pat, decoded)
            if m:
                problems(name, f"no published label, but the page has a full date: {m.group(0)!r}")


def check_set(problems: Problems) -> Counter:
    c: Counter = Counter()
    names = [name_of(p) for p in PAGES]
    if len(names) != 24 or len(set(names)) != 24:
        problems("set", f"need 24 distinct pages, have {len(set(names))}")
    for p in PAGES:
        if not re.fullmatch(rf"{PREFIX}-(zh|en)-\d\d-[a-z0-9-]+", name_of(p)):
            problems(name_of(p), "name does not follow <prefix>-<lang>-<NN>-<slug>")
        c[f"lang:{p.lang}"] += 1
        c[f"ext:{p.ext}"] += 1
        c[f"enc:{p.encoding}"] += 1
        c["crlf"] += p.crlf
        c[f"kind:{p.labels['kind']}"] += 1
        c["nodate"] += "published" not in p.labels
        for t in p.labels["tags"]:
            c[f"tag:{t}"] += 1
    if c["lang:zh"] != 12 or c["lang:en"] != 12:
        problems("set", "need 12 zh and 12 en pages")
    if c["ext:html"] < 12:
        problems("set", "need at least 12 HTML pages")
    for enc in ("GBK", "GB18030", "Big5", "UTF-8-BOM"):
        if not c[f"enc:{enc}"]:
            problems("set", f"no {enc} page")
    if not c["crlf"]:
        problems("set", "no CRLF page")
    if c["nodate"] < 3:
        problems("set", "need 3+ pages without a full date")
    missing = [t for t in sorted(TAGS) if not c[f"tag:{t}"]]
    if missing:
        problems("set", f"tags never used: {missing}")
    if not 1 <= c["kind:other"] <= 2:
        problems("set", "need 1-2 'other' pages")
    return c


def write_readme(c: Counter) -> None:
    neg = {k: c[f"kind:{k}"] for k in sorted(HARD_NEGATIVES)}
    enc = {k: c[f"enc:{k}"] for k in CODECS if c[f"enc:{k}"]}
    tags = {t: c[f"tag:{t}"] for t in sorted(TAGS)}
    rows = []
    for p in PAGES:
        lab = p.labels
        rows.append(f"| {name_of(p)}.{p.ext} | {p.encoding}{' CRLF' if p.crlf else ''} | {lab['kind']} | "
                    f"{', '.join(lab['tags']) or '–'} | {lab.get('published', '(none)')} | "
                    f"{', '.join(lab['regions']) or '–'} |")
    text = f"""# holdout17: a blind held-out set

{len(PAGES)} invented pages (never copied from the web) with gold labels in the format of
`tests/corpus/README.md`, written to measure how healthfeed generalises to pages its
rules never saw. The emphasis of this set is HTML as today's content systems serve it:
Chinese government CMS templates (table layouts, div soup with pinyin/abbreviated class
names, article containers under invented names), WordPress and Drupal sites of agencies,
clinics and charities, server-rendered Vue/Next/React news and finance portals (hashed
class names, `data-*` attributes, state JSON and JSON-LD in script tags, `<template>`
and `<noscript>` blocks, inline SVG icons with `<title>`, skip links, cookie dialogs),
an AMP page and mobile (m.) pages. The text pages are scraper dumps of such pages.

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora. Regenerate with `python3 scripts/make_holdout17.py`; the
generator checks its own output and exits 1 on any problem (gold strings not visible,
unlabelled visible lines or text nodes, gold that does not parse or has unknown keys,
pages that do not decode back with their declared encoding).

## Counts

- language: {c['lang:zh']} zh (2 in traditional script: Taiwan Big5, Macau UTF-8), {c['lang:en']} en
  (3 machine-translated Chinese government pages)
- format: {c['ext:html']} HTML, {c['ext:txt']} plain text
- encodings: {', '.join(f'{k} {v}' for k, v in enc.items())}; {c['crlf']} pages with CRLF line ends
  (the two GBK HTML pages declare `gb2312` but contain characters outside GB2312: 堃, 體)
- kinds: policy {c['kind:policy']}, hard negatives {sum(neg.values())}
  ({', '.join(f'{k} {v}' for k, v in neg.items())}), other {c['kind:other']}
- tags (policy pages): {', '.join(f'{k} {v}' for k, v in tags.items())}
- pages without a full date (no `published`): {c['nodate']}

## Pages

| page | encoding | kind | tags | published | regions |
|---|---|---|---|---|---|
{chr(10).join(rows)}

## Labelling decisions used throughout the set

- Visible text of HTML is every text node outside `<script>`, `<style>`, the document
  `<title>` and attributes. Text a scraper may emit although a browser hides it —
  `<noscript>` and `<template>` content, the `<title>` of an inline SVG icon, visually
  hidden skip links, cookie dialogs — is listed as chrome.
- Chrome tables (the 信息公开 metadata grid) are listed cell by cell; a byline made of
  several spans is one entry.
- A table row in the article is one body entry, its cells joined by one space (the
  scorer ignores whitespace inside a paragraph, so cells on separate lines still count).
- Decks and subtitles written for the article are body; category kickers above a
  headline ("政策速递", "Health Policy", "SOCIETY / AGING") are chrome. Section
  subheadings and the questions of a Q&A interpretation are body, as is a quote's
  attribution on its own line ("——缙云县卫生健康局党委委员、副局长 应晓军").
- A line that repeats the headline with a site suffix or a scraper's "Title:" label is
  the title plus chrome pieces (the suffix, the label); the headline is the title.
- Photo captions that describe the picture are body; photo credits ("通讯员 … 摄",
  "Photo: …") and "click to enlarge" hints are chrome.
- The document number, addressee, signature (issuing body and date) and the in-text
  attachment note of an official notice are body; download widgets listing files are
  chrome. A signature date or deadline is never the publication date.
- Bylines, contributor credits ("（… 供稿）"), editor and reviewer lines, view counts,
  comment threads, "more on this" lists (even when their items are full sentences) and
  risk or copyright disclaimers are chrome.
- A hotline or "follow our account" sentence inside the article text is body; the same
  prompt in a widget outside the article is chrome.
- `published` is the page's own publication date (byline or meta tag). Taiwanese
  Minguo dates (113-08-22) and Macau day-first dates (09/10/2023) are converted.
  A crawl timestamp, an effective date or a "last reviewed: month year" is not a
  publication date; pages giving only month and day have no `published`.
- Regions are the places a page is about; the venue of an event held elsewhere
  (a Taizhou fair held in Hangzhou) and places named in passing are not labelled.
  English "Suzhou"/"Taizhou" pages are disambiguated from their districts and province.
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob(f"{PREFIX}-*"):
        old.unlink()
    for p in PAGES:
        if p.title is None or not p.labels:
            raise SystemExit(f"{p.slug}: page has no title or no labels")
        codec = CODECS[p.encoding]
        (OUT / f"{name_of(p)}.{p.ext}").write_bytes(p.text().encode(codec))
        (OUT / f"{name_of(p)}.gold.toml").write_text(gold_toml(p), encoding="utf-8")
    problems = Problems()
    for p in PAGES:
        check_page(p, problems)
    counts = check_set(problems)
    write_readme(counts)
    if problems.items:
        for item in problems.items:
            print("PROBLEM", item, file=sys.stderr)
        print(f"{len(problems.items)} problem(s); the set is NOT valid", file=sys.stderr)
        return 1
    print(f"wrote {len(PAGES)} pages to {OUT.relative_to(ROOT)}: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
