#!/usr/bin/env python3
"""Generate the sealed blind held-out set tests/holdout5 (pages, gold files, README).

Written blind: without looking at src/, config/, scripts/ (other than this file) or
other corpora. Every page is invented. The generator labels each line or HTML block
as it writes it (title / body / chrome) and then checks its own output independently:
gold strings occur in the visible text, every visible line or HTML text block is
covered by a gold string, gold parses with tomllib and uses only known keys and
values, and every page decodes with its declared encoding back to the intended text.

Run: python3 scripts/make_holdout5.py
"""

from __future__ import annotations

import html as htmllib
import re
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout5"

TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child",
    "chronic-disease",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender",
         "economy", "other"}
ENCODINGS = {"UTF-8", "UTF-8-BOM", "GBK", "GB18030", "Big5", "windows-1252", "UTF-16LE"}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}

WS = re.compile(r"\s+")


def norm(s: str) -> str:
    return WS.sub(" ", s).strip()


# ---------------------------------------------------------------- HTML helpers

BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "tbody", "thead", "br", "section", "article", "main", "header", "footer",
    "nav", "aside", "form", "dl", "dt", "dd", "blockquote", "figure", "figcaption",
    "hr", "body", "html", "button", "select", "option", "label", "address", "center",
}
HIDDEN_TAGS = {"script", "style", "title", "noscript", "template"}


class Visible(HTMLParser):
    """Visible text of an HTML document, one line per block-level element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)

    def lines(self) -> list[str]:
        return [n for n in (norm(x) for x in "".join(self.parts).split("\n")) if n]


def visible_lines(markup: str) -> list[str]:
    v = Visible()
    v.feed(markup)
    v.close()
    return v.lines()


def vis(markup: str) -> str:
    return norm(" ".join(visible_lines(markup)))


class G:
    """Collects gold labels while an HTML page is being written."""

    def __init__(self) -> None:
        self.title = ""
        self.body: list[str] = []
        self.chrome: list[str] = []

    def t(self, s: str) -> str:
        self.title = vis(s)
        return s

    def b(self, s: str) -> str:
        self.body.append(vis(s))
        return s

    def c(self, s: str) -> str:
        v = vis(s)
        if v and v not in self.chrome:
            self.chrome.append(v)
        return s

    def items(self, items: list[str], fmt: str, sep: str = "\n") -> str:
        """A menu / link list: each item is one chrome entry."""
        return sep.join(self.c(fmt.format(i)) for i in items)

    def p(self, s: str, tag: str = "p") -> str:
        return self.b(f"<{tag}>{s}</{tag.split()[0]}>")


# ---------------------------------------------------------------- page registry

PAGES: list[dict] = []


def text_page(name, lang, encoding, labels, src, crlf=False):
    """src: lines 'T|…', 'B|…', 'C|…' or blank; the prefix labels the line."""
    title, body, chrome, out = "", [], [], []
    for raw in src.strip("\n").split("\n"):
        if not raw.strip():
            out.append("")
            continue
        kind, _, content = raw.partition("|")
        out.append(content)
        n = norm(content)
        if kind == "T":
            if title and title != n:
                raise SystemExit(f"{name}: two different titles")
            title = n
        elif kind == "B":
            body.append(n)
        elif kind == "C":
            if n not in chrome:
                chrome.append(n)
        else:
            raise SystemExit(f"{name}: bad line prefix in {raw!r}")
    text = "\n".join(out) + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    PAGES.append(dict(name=name, ext="txt", lang=lang, encoding=encoding, text=text,
                      title=title, body=body, chrome=chrome, labels=labels, crlf=crlf))


def html_page(name, lang, encoding, labels, g: G, markup: str):
    PAGES.append(dict(name=name, ext="html", lang=lang, encoding=encoding, text=markup,
                      title=g.title, body=g.body, chrome=g.chrome, labels=labels,
                      crlf=False))


def L(kind, tags=(), published=None, regions=(), source=None):
    d = {"health_policy": kind == "policy", "kind": kind, "tags": list(tags)}
    if published:
        d["published"] = published
    d["regions"] = list(regions)
    if source:
        d["source"] = source
    return d


# ---------------------------------------------------------------- pages
# (defined in the second half of this file)

# ---- zh-01: county portal, old table layout, GBK ---------------------------------
def zh01():
    g = G()
    head = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>天台县召开县域医共体建设暨医保支付方式改革推进会_部门动态_天台县人民政府门户网站</title>
<meta name="keywords" content="医共体,医保支付,天台" />
<meta name="description" content="8月31日下午，天台县召开县域医共体建设暨医保支付方式改革推进会。" />
<link href="/css/tt_main.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
"""
    nav = ["网站首页", "走进天台", "政务动态", "信息公开", "政务服务", "互动交流", "专题专栏"]
    m = f"""<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bg">
  <tr>
    <td height="28" class="top_lj">{g.c('<a href="#">设为首页</a>')} | {g.c('<a href="#">加入收藏</a>')} | {g.c('<a href="#">无障碍浏览</a>')} | {g.c('<a href="#">长者模式</a>')}</td>
    <td align="right" class="top_rq">{g.c('<span id="today">今天是：</span>')}<script>document.write(new Date().toLocaleDateString());</script></td>
  </tr>
  <tr><td colspan="2" height="120"><img src="/images/tt_banner.jpg" width="1000" height="120" alt="天台县人民政府" /></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="dh_bg">
  <tr>
{g.items(nav, '    <td class="dh_a"><a href="#">{}</a></td>')}
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td class="wz_dq">{g.c('您现在的位置：<a href="#">首页</a> &gt;&gt; <a href="#">政务动态</a> &gt;&gt; <a href="#">部门动态</a>')}</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nr_bk">
  <tr>
    <td height="60" align="center" class="nr_bt">{g.t('天台县召开县域医共体建设暨医保支付方式改革推进会')}</td>
  </tr>
  <tr>
    <td align="center" class="nr_xx">{g.c('发布日期：2022.09.01&nbsp;&nbsp;&nbsp;信息来源：县卫生健康局&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1286</span>')}</td>
  </tr>
  <tr>
    <td align="right" class="nr_zh">{g.c('【字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】')}</td>
  </tr>
  <tr>
    <td id="zoom" class="nr_zw">
{g.p('　　8月31日下午，天台县召开县域医共体建设暨医保支付方式改革推进会，总结上半年县域医共体运行情况，部署下一阶段医保支付方式改革重点任务。副县长周建华出席会议并讲话。')}
{g.p('　　会议指出，自2019年县人民医院、县中医院两大健康共同体组建以来，全县15家乡镇卫生院全部纳入医共体统一管理，人员、财务、药品实现统一调配，基层就诊率由2018年的56.3%提升至今年上半年的68.9%，县域就诊率稳定在90%以上。')}
<p align="center"><img src="/uploadfiles/202209/20220901093512.jpg" width="560" /></p>
{g.c('<p align="center" class="tpsm">（图为会议现场　县卫生健康局供图）</p>')}
{g.p('　　会议要求，各医共体要紧紧围绕“县强、乡活、村稳、上下联、信息通”目标，重点抓好以下工作：')}
{g.p('　　1.全面推行医共体医保基金“总额预算、结余留用、合理超支分担”管理机制，10月1日起住院费用全部按DRG点数法付费；')}
{g.p('　　2.推进县级医院专家下沉，每家分院至少有1名县级医院副高以上职称医师常驻；')}
{g.p('　　3.完善慢病一体化门诊，年底前实现高血压、糖尿病患者基层规范管理率均达到65%以上；')}
{g.p('　　4.加快医共体信息平台二期建设，实现检查检验结果县域内互认共享。')}
{g.p('　　周建华强调，医共体建设是深化医药卫生体制改革的“牛鼻子”工程，各相关部门要树牢“一盘棋”思想，县医保局、县卫生健康局要加强数据共享和联合监管，确保医保基金用在刀刃上，让群众在家门口就能看得上病、看得好病。')}
{g.p('　　县医保局、县财政局、县人力社保局负责人，两大医共体总院及各分院负责人参加会议。')}
    </td>
  </tr>
  <tr>
    <td class="nr_dy" align="right">{g.c('<a href="javascript:window.print()">【打印本页】</a>')} {g.c('<a href="javascript:window.close()">【关闭窗口】</a>')}</td>
  </tr>
  <tr>
    <td class="nr_sx">{g.c('上一篇：<a href="#">天台县开展2022年“世界母乳喂养周”宣传活动</a>')}<br />{g.c('下一篇：<a href="#">县卫生健康局召开秋冬季新冠肺炎疫情防控工作部署会</a>')}</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="xglj">
  <tr><td class="xglj_bt">{g.c('相关链接')}</td></tr>
  <tr><td>{g.c('<a href="#">·台州市全面推开县域医共体医保总额付费改革</a>')}</td></tr>
  <tr><td>{g.c('<a href="#">·我县两家医共体入选省级紧密型医共体建设示范</a>')}</td></tr>
  <tr><td>{g.c('<a href="#">·天台县中医院医共体平桥分院新门诊楼投入使用</a>')}</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center">{g.c('主办：天台县人民政府办公室　承办：天台县大数据发展中心')}</td></tr>
  <tr><td align="center">{g.c('网站标识码：3310230001　浙ICP备05017762号　<img src="/images/ga.png" />浙公网安备 33102302000118号')}</td></tr>
  <tr><td align="center">{g.c('建议使用1024×768分辨率　IE8.0以上版本浏览器')}</td></tr>
</table>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
"""
    html_page("h5-zh-01-tiantai-yigongti-meeting", "zh", "GBK",
              L("policy", ["primary-care", "medical-reform", "medical-insurance"],
                "2022-09-01", ["331023"]), g, head + m)


zh01()

# ---- zh-02: provincial health commission, policy Q&A, text ----------------------
text_page("h5-zh-02-sichuan-jiating-yisheng-jiedu", "zh", "UTF-8",
          L("policy", ["primary-care", "chronic-disease"], "2023-11-21", ["510000"]), """
C|无障碍
C|长者模式
C|登录
C|四川省卫生健康委员会
C|首页
C|机构
C|新闻
C|政务公开
C|政务服务
C|互动交流
C|当前位置：首页 > 政务公开 > 政策解读
T|《四川省家庭医生签约服务提质增效三年行动方案（2023—2025年）》政策解读
C|发布时间：2023-11-21 10:32　来源：基层卫生健康处　【字体：大 中 小】【打印】【关闭】
C|扫一扫在手机打开当前页

B|近日，省卫生健康委等8部门联合印发《四川省家庭医生签约服务提质增效三年行动方案（2023—2025年）》（以下简称《方案》）。现就有关内容解读如下。
B|一、《方案》出台的背景是什么？
B|家庭医生签约服务是转变基层医疗卫生服务模式、推动分级诊疗的重要抓手。近年来，我省签约覆盖面持续扩大，但仍存在签而不约、服务内容单一、居民获得感不强等问题。为贯彻落实国家卫生健康委等部门《关于推进家庭医生签约服务高质量发展的指导意见》，结合我省实际，制定本《方案》。
B|二、《方案》的主要目标是什么？
B|到2025年，全省家庭医生签约服务覆盖率在2022年基础上每年提升1—3个百分点，重点人群签约服务覆盖率达到75%以上，高血压、2型糖尿病患者规范管理率均达到70%以上，签约居民对服务的满意度达到85%以上。
B|三、在提升慢性病签约服务质量方面有哪些举措？
B|（一）推行“1+1+X”组合签约。居民可自愿选择1名家庭医生、1家县级医院和若干专科医生组成的服务团队，优先为高血压、糖尿病、慢阻肺、严重精神障碍患者提供连续服务。
B|（二）实施长处方和用药衔接。对病情稳定的签约慢病患者，可开具最长12周的长处方，基层医疗卫生机构与上级医院用药目录逐步统一。
B|（三）推进医防融合。将慢病随访、健康评估与门诊诊疗结合，每年至少为签约慢病患者提供4次面对面随访和1次健康体检。
B|四、居民如何签约？
B|居民可到户籍所在地或居住地的乡镇卫生院、社区卫生服务中心签约，也可通过“天府健康通”小程序在线签约。有疑问的，可拨打12320卫生健康热线咨询。
B|五、签约服务费如何保障？
B|签约服务费由医保基金、基本公共卫生服务经费和签约居民付费等分担，具体标准由各市（州）结合实际确定。签约服务费的70%以上用于家庭医生团队的绩效分配。

C|相关文件：四川省卫生健康委员会等8部门关于印发《四川省家庭医生签约服务提质增效三年行动方案（2023—2025年）》的通知
C|【我要纠错】
C|分享到：
C|微信
C|微博
C|QQ空间
C|主办：四川省卫生健康委员会　地址：成都市上翔街23号　邮编：610041
C|网站标识码：5100000042　蜀ICP备05006548号-1　川公网安备 51010402000507号
C|版权所有 四川省卫生健康委员会 未经授权禁止复制或建立镜像
""")

# ---- zh-03: WeChat article scrape, no full date ----------------------------------
text_page("h5-zh-03-suzhou-anhui-zhangzhe-shitang", "zh", "UTF-8",
          L("policy", ["elderly-care"], None, ["341300"]), """
C|[Scraped at 2024-03-20 09:14:07]
C|URL: https://mp.weixin.qq.com/s/Qk7vR2xLmT0aZ-sz_minzheng
T|@宿州老年朋友 家门口的“长者食堂”又添12家！助餐补贴这样领→
C|原创 宿州民政 宿州民政 3月19日 18:02 安徽
C|听全文

B|“一荤两素一汤，才花了6块钱，比自己在家做还划算！”近日，在埇桥区道东街道长者食堂，78岁的刘大爷一边吃饭一边说。
B|记者从市民政局获悉，今年以来，我市新建改建社区长者食堂和老年助餐点12家，全市助餐服务网点总数达到96个，覆盖城区所有街道和60%以上的乡镇。
C|▲道东街道长者食堂 图/宿州民政
B|助餐补贴怎么领？
B|补贴对象：具有本市户籍、年满60周岁的老年人，其中80周岁以上高龄老人、低保及特困老年人、失能半失能老年人为重点补助对象。
B|补贴标准：一般老年人每餐补贴2元；80周岁以上老人、低保老人每餐补贴4元；特困老人及失能老人每餐补贴6元。补贴标准自2024年4月1日起执行。
B|领取方式：老年人持身份证或社保卡到就近助餐点登记后，刷卡就餐时系统自动扣减补贴，无需另外申请。
B|行动不便的老年人，还可以电话预约“送餐上门”服务，由社区网格员和志愿者配送，并结合上门探访了解老人身体状况。
B|关注“宿州民政”微信公众号，点击菜单栏“为老服务—助餐地图”即可查询附近助餐点。
C|相关阅读：我市出台居家社区养老服务提升十条措施
B|市民政局相关负责人表示，下一步将探索“中央厨房+配送”模式，推动助餐服务向农村延伸，年内实现县区全覆盖。

C|来源：宿州市民政局养老服务科
C|编辑：王璐 | 审核：张峰
C|预览时标签不可点
C|微信扫一扫
C|关注该公众号
C|继续滑动看下一个
C|轻触阅读原文
C|阅读 2.1万
C|在看
C|分享
C|写留言
C|--- end of page ---
""")

# ---- zh-04: hospital site, recruitment notice, div soup -------------------------
def zh04():
    g = G()
    nav = ["网站首页", "医院概况", "新闻动态", "科室导航", "专家介绍", "就医指南", "党建园地", "人才招聘", "联系我们"]
    side = ["招聘公告", "招聘结果", "人才政策"]
    m = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>抚州市第一人民医院2022年公开招聘编外护理人员公告-抚州市第一人民医院</title>
<meta name="keywords" content="抚州市第一人民医院,招聘,护理">
<link rel="stylesheet" href="/static/css/yy_style.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="yy_top">
  <div class="yy_logo"><img src="/static/img/logo.png" alt="抚州市第一人民医院"></div>
  <div class="yy_tel">{g.c('<span>急救电话：0794-8225120</span>')}{g.c('<span>预约挂号：0794-8266114</span>')}</div>
</div>
<div class="yy_dh"><ul>
{g.items(nav, '<li><a href="#">{}</a></li>')}
</ul></div>
<div class="yy_main clearfix">
  <div class="yy_left">
    <div class="zlm_bt">{g.c('人才招聘')}</div>
    <ul class="zlm_lb">
{g.items(side, '<li><a href="#">{}</a></li>')}
    </ul>
    <div class="jzzn">{g.c('<a href="#"><img src="/static/img/yyyy.png" alt="">就诊预约</a>')}{g.c('<a href="#"><img src="/static/img/bgcx.png" alt="">报告查询</a>')}</div>
  </div>
  <div class="yy_right">
    <div class="dqwz">{g.c('<span>当前位置：</span><a href="#">首页</a>&gt;<a href="#">人才招聘</a>&gt;<a href="#">招聘公告</a>')}</div>
    <div class="wz_nr">
      <div class="wz_bt">{g.t('<h2>抚州市第一人民医院2022年公开招聘编外护理人员公告</h2>')}</div>
      <div class="wz_sj">{g.c('Addtime:2022-05-13 Hits:3417')}</div>
      <div class="wz_zw">
{g.p('因医院业务发展需要，经研究决定，面向社会公开招聘编外护理人员40名。现将有关事项公告如下：')}
{g.p('<strong>一、招聘岗位及人数</strong>')}
{g.p('岗位名称 | 招聘人数 | 学历要求 | 专业要求')}
{g.p('临床护士 | 32 | 全日制大专及以上 | 护理、护理学')}
{g.p('助产士 | 8 | 全日制大专及以上 | 助产、护理学')}
{g.p('<strong>二、报名条件</strong>')}
{g.p('1.具有中华人民共和国国籍，遵纪守法，品行端正；')}
{g.p('2.年龄在30周岁以下（1991年5月13日以后出生），具有中级职称者可放宽至35周岁；')}
{g.p('3.已取得护士执业资格证书或2022年护士执业资格考试成绩合格；')}
{g.p('4.身体健康，能适应岗位要求。')}
{g.p('<strong>三、报名时间及方式</strong>')}
{g.p('报名时间：2022年5月16日至5月25日（工作日上午8:00—12:00，下午14:30—17:30）。报名地点：医院行政楼三楼人力资源部。')}
{g.p('<strong>四、考试与聘用</strong>')}
{g.p('考试采取笔试和操作技能考核相结合的方式，笔试占40%，操作技能考核占60%。拟聘人员按规定签订劳动合同，试用期3个月，薪酬待遇按医院编外人员管理办法执行，缴纳五险一金。')}
{g.p('联系人：黄老师　联系电话：0794-8266031')}
{g.p('抚州市第一人民医院人力资源部')}
{g.p('2022年5月13日')}
      </div>
      <div class="fj">{g.c('附件：<a href="#">抚州市第一人民医院2022年公开招聘编外护理人员报名表.doc</a>')}</div>
      <div class="sxp">{g.c('<p>上一条：<a href="#">抚州市第一人民医院2022年住院医师规范化培训招收简章</a></p>')}{g.c('<p>下一条：<a href="#">关于2021年度公开招聘合同制人员拟聘用人员的公示</a></p>')}</div>
    </div>
  </div>
</div>
<div class="yy_foot">
  {g.c('<p>地址：江西省抚州市临川区赣东大道1008号　邮编：344000</p>')}
  {g.c('<p>Copyright &copy; 2016-2022 抚州市第一人民医院 All Rights Reserved　赣ICP备12004469号-1</p>')}
  {g.c('<p>技术支持：江西云翼网络科技有限公司</p>')}
</div>
<script>var hm=document.createElement("script");</script>
</body>
</html>
"""
    html_page("h5-zh-04-fuzhou-jiangxi-hospital-nurse-recruit", "zh", "UTF-8",
              L("job-ad", [], "2022-05-13", ["361000"]), g, m)


zh04()

# ---- zh-05: news app scrape, national NHSA notice, UTF-8 with BOM ------------------
text_page("h5-zh-05-nhsa-jicai-new-batch", "zh", "UTF-8-BOM",
          L("policy", ["drug-policy", "medical-insurance"], "2024-05-10", [], "海鸥新闻"), """
C|海鸥新闻
C|打开APP
T|国家医保局部署新一批国家组织药品集采 中选结果明年2月起落地
C|海鸥新闻 记者 李然 2024年5月10日 21:47 北京
C|+关注
T|国家医保局部署新一批国家组织药品集采 中选结果明年2月起落地
B|5月10日，国家医保局召开新一批国家组织药品集中带量采购工作部署视频会。记者从会上获悉，本批集采拟纳入约60个药品品种，涵盖抗感染、抗肿瘤、心血管、消化系统等常见病、慢性病用药，中选结果预计于2025年2月起在全国各地陆续落地执行。
B|国家医保局医药价格和招标采购司有关负责人介绍，本批集采将继续坚持“一品双规则”，对同一药品区分不同剂型规格开展采购，同时进一步优化“锚点价”规则，防止企业非理性低价竞争，保障中选药品质量和稳定供应。
B|据介绍，截至目前，国家组织药品集采已开展多批，共纳入药品数百个，平均降价超过50%。此外，各地还组织开展了省级和省际联盟集采，医用耗材集采也在持续扩围。
B|“集采不是简单的降价，而是要让群众用上质优价宜的药品。”该负责人表示，各地医保部门要落实集采医保资金结余留用政策，激励医疗机构优先使用中选药品，并加强对中选企业供应情况的监测。
C|相关阅读：多地医保部门：集采药品进基层，村卫生室也能买到
B|本批集采的具体工作由国家组织药品联合采购办公室承担，办公室设在上海市医药集中招标采购事务管理所。企业申报材料的截止时间另行通知。
C|责任编辑：周琪　校对：许敏
C|本文为海鸥新闻原创稿件，未经授权不得转载。
C|打开海鸥新闻APP，阅读体验更佳
C|热点推荐
C|医保个人账户家庭共济扩围：父母子女可互相使用
C|端午假期出行热度攀升 多地景区推出预约优惠
C|国家卫健委：今年将新增一批国家区域医疗中心项目
C|猜你喜欢
C|集采后的人工关节：价格降了，质量怎么保障？
C|全部评论（36）
C|广西网友 阿杰：希望降价的药能在县医院买到
C|山东网友 147****2218：支持！
C|查看更多评论
C|下载海鸥新闻客户端 | 举报 | 违法和不良信息举报电话：0531-85196000
""")

# ---- zh-06: Hong Kong government press release, traditional, Big5 -----------------
def zh06():
    g = G()
    m = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>衛生署公布2023/24季節性流感疫苗接種計劃安排</title>
<link rel="stylesheet" type="text/css" href="/css/pr_c.css">
<script language="JavaScript" src="/js/lang_switch.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="hdr"><img src="/images/govhk_logo.gif" alt="GovHK 香港政府一站通"></td>
<td align="right" class="lang">{g.c('<a href="#">English</a>')} | {g.c('<a href="#">簡體版</a>')} | {g.c('<a href="#">文字版</a>')}</td></tr>
<tr><td colspan="2" class="bar">{g.c('<a href="#">新聞公報</a>')} {g.c('<a href="#">今日的新聞公報</a>')} {g.c('<a href="#">新聞公報檔案</a>')} {g.c('<a href="#">搜尋</a>')}</td></tr>
</table>
<table width="92%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td>
<span id="PRHeadlineSpan" class="prhdl">{g.t('衛生署公布2023/24季節性流感疫苗接種計劃安排')}</span>
<p>
<span id="pressrelease" class="prtxt">
{g.b('　　衛生署今日（十月五日）公布，2023/24年度政府防疫注射計劃、疫苗資助計劃及學校流感疫苗接種計劃將於十月十一日起陸續展開，為合資格人士免費或以資助形式接種季節性流感疫苗。')}<br /><br />
{g.b('　　衛生署衛生防護中心總監區偉聰醫生表示，香港通常於每年一月至三月進入流感季節，長者、兒童及長期病患者感染流感後出現併發症甚至死亡的風險較高，市民應及早接種疫苗，以便在流感季節來臨前獲得足夠保護。')}<br /><br />
{g.b('　　今年的計劃有以下主要安排：')}<br />
{g.b('（一）五十歲或以上人士、孕婦、六個月至未滿十八歲的兒童及青少年，以及安老院舍和殘疾人士院舍的院友，均屬合資格接種人士；')}<br />
{g.b('（二）學校流感疫苗接種計劃繼續涵蓋全港幼稚園、幼兒中心、小學及中學，外展隊伍將到校為學生接種；')}<br />
{g.b('（三）參與疫苗資助計劃的私家醫生每劑資助額維持為二百六十元。')}<br /><br />
{g.b('　　區醫生呼籲，合資格人士可向家庭醫生查詢接種安排，或致電衛生防護中心熱線2125 1111查詢。有關計劃詳情可瀏覽衛生防護中心網頁（www.chp.gov.hk）。')}<br /><br />
{g.c('完')}<br /><br />
{g.c('2023年10月5日（星期四）')}<br />
{g.c('香港時間15時12分')}
</span>
</p>
</td></tr>
</table>
<table width="92%" align="center" class="ftr">
<tr><td>{g.c('<a href="javascript:window.print()">列印本頁</a>')} | {g.c('<a href="#">電郵本頁</a>')} | {g.c('<a href="#">返回頁首</a>')}</td></tr>
<tr><td>{g.c('2023 &copy;')} | {g.c('<a href="#">重要告示</a>')} | {g.c('<a href="#">私隱政策</a>')} | {g.c('<a href="#">無障礙聲明</a>')}</td></tr>
<tr><td>{g.c('最近修訂日期：2023年10月5日')}</td></tr>
</table>
</body>
</html>
"""
    html_page("h5-zh-06-hk-flu-vaccination-programme", "zh", "Big5",
              L("policy", ["public-health"], "2023-10-05", ["810000"]), g, m)


zh06()

# ---- zh-07: Taiwan financial news, traditional, earnings --------------------------
text_page("h5-zh-07-tw-generic-drugmaker-q1-earnings", "zh", "UTF-8",
          L("earnings", [], "2024-04-29", ["710000"], "匯鑫財訊"), """
C|宏晟生醫首季EPS 0.82元 學名藥外銷成長挹注獲利 | 匯鑫財訊 | 台股新聞
C|首頁
C|台股
C|美股
C|基金
C|生技醫療
C|加入LINE好友，掌握第一手財經消息
C|生技醫療 > 產業動態
T|宏晟生醫首季EPS 0.82元 學名藥外銷成長挹注獲利
C|記者 陳育廷／台北 2024/4/29 14:05
C|字級
C|分享
B|學名藥廠宏晟生醫（6987）今（29）日公布第一季財報，合併營收12.6億元，年增18.4%；稅後純益2.31億元，年增26.7%，每股純益（EPS）0.82元，創同期新高。
B|宏晟指出，首季成長主要來自美國及東南亞學名藥外銷出貨增加，其中兩項緩釋劑型產品取得美國FDA核准後放量，外銷比重已提高至47%。
B|在國內市場方面，受健保署年度藥價調整影響，部分慢性病用藥價格下修約5%至8%，公司透過調整產品組合及擴大自有原料藥比重，毛利率仍維持在52.3%，較去年同期增加1.6個百分點。
B|展望後市，宏晟表示，竹南新廠第二期針劑產線預計第三季取得衛福部食藥署GMP認證，下半年可望挹注營收；法人預估今年全年營收可望年增兩成以上。
B|宏晟今日股價收在138.5元，上漲3.5元，漲幅2.6%，成交量3,218張。
C|延伸閱讀
C|衛福部擬調整新藥納保流程 生技業者：有助縮短給付時程
C|台股收盤》電子權值股回檔 生技類股逆勢走揚
C|免責聲明：本文所提供之資訊僅供參考，投資人應審慎評估並自負投資風險，本網站不負任何法律責任。
C|下載匯鑫財訊APP
C|© 2024 匯鑫財訊 版權所有
""")

# ---- zh-08: procurement portal, bid result, GB18030 ------------------------------
text_page("h5-zh-08-taizhou-jiangsu-hospital-bid-result", "zh", "GB18030",
          L("tender", [], "2022-09-01", ["321200"]), """
C|泰州市政府采购网
C|首页 | 采购公告 | 结果公告 | 政策法规 | 下载专区
C|您的位置：首页 → 采购结果公告 → 市级
T|泰州市第四人民医院智慧口腔诊疗中心设备采购项目中标（成交）结果公告
C|发布时间：2022/9/1 16:40　　发布人：泰州市公共资源交易中心
B|一、项目编号：JSTZ2022-GK-0417
B|二、项目名称：泰州市第四人民医院智慧口腔诊疗中心设备采购项目
B|三、中标（成交）信息
B|包号 | 供应商名称 | 供应商地址 | 中标（成交）金额
B|01包 | 江苏康睿医疗器械有限公司 | 泰州市海陵区鼓楼南路218号 | 人民币叁佰贰拾陆万捌仟元整（¥3,268,000.00）
B|02包 | 南京德齿医学科技有限公司 | 南京市江宁区诚信大道988号 | 人民币玖拾柒万伍仟元整（¥975,000.00）
B|四、主要标的信息
B|01包：口腔综合治疗台16台、口腔数字化影像系统1套、口腔诊疗信息管理系统1套；02包：咬𬌗分析仪2台、口腔种植机3台。
B|五、评审专家名单：顾建平、孙晓梅、钱立新、朱红、吴国强
B|六、公告期限：自本公告发布之日起1个工作日。
B|七、其他补充事宜：各参加政府采购活动的供应商认为该中标（成交）结果和采购过程等使自己的权益受到损害的，可以自本公告期限届满之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑。
B|八、凡对本次公告内容提出询问，请按以下方式联系。
B|采购人：泰州市第四人民医院　联系人：许工　电话：0523-86061234
B|采购代理机构：江苏中恒项目管理有限公司　联系人：陆女士　电话：0523-86998810
C|附件：中标供应商报价明细表.pdf
C|【打印】　【关闭】
C|主办单位：泰州市财政局　技术支持：泰州数联信息技术有限公司
C|苏ICP备10212345号-2
""")

# ---- zh-09: district news portal, investment signing (economy), date only in meta --
def zh09():
    g = G()
    nav = ["首页", "吴中要闻", "部门动态", "镇区动态", "图片新闻", "视频吴中", "专题"]
    hot = [
        "吴中区召开一季度经济运行分析会 全力冲刺“开门红”",
        "太湖生态岛建设推进会召开 明确今年32项重点任务",
        "吴中经开区获评省级生物医药特色产业基地",
        "“吴中人才周”启动 发布十条人才新政",
    ]
    m = f"""<!doctype html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<title>2023苏州国际精英创业周吴中专场暨重大项目集中签约活动举行 总投资326亿元 - 吴中新闻网</title>
<meta property="og:title" content="总投资326亿元！吴中区42个重大项目集中签约">
<meta property="og:site_name" content="吴中新闻网">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-03-03T08:00:00+08:00">
<meta name="author" content="吴中新闻网">
<link rel="stylesheet" href="/dist/wz-news.8c1f.css">
<style>.share-bar a{{margin:0 4px}}</style>
</head>
<body>
<header class="wz-header">
  <div class="wz-logo"><a href="/"><img src="/dist/img/logo.svg" alt="吴中新闻网"></a></div>
  <nav class="wz-nav"><ul>
{g.items(nav, '<li><a href="#">{}</a></li>')}
  </ul></nav>
  <form class="wz-search"><input type="text" placeholder="请输入关键词"><button type="submit">{g.c('搜索')}</button></form>
</header>
<main class="wz-main">
  <div class="wz-crumb">{g.c('<a href="/">首页</a> / <a href="#">吴中要闻</a> / <span>正文</span>')}</div>
  <article class="wz-article">
    <h1 class="wz-article__title">{g.t('2023苏州国际精英创业周吴中专场暨重大项目集中签约活动举行')}</h1>
    <div class="wz-article__meta">{g.c('<span>来源：吴中日报</span> <span>记者 沈嘉怡 通讯员 吴宣</span>')}</div>
    <div class="wz-article__content">
{g.p('3月2日下午，2023苏州国际精英创业周吴中专场暨重大项目集中签约活动在太湖新城举行。活动现场集中签约重大项目42个，总投资326亿元，涵盖智能制造、新能源、新一代信息技术、数字经济和现代服务业等领域。')}
{g.p('区委书记在致辞中表示，吴中将持续打造市场化、法治化、国际化一流营商环境，以“拿地即开工”“交地即发证”等改革举措为项目落地提供全周期服务，真诚欢迎海内外企业家和高层次人才来吴中投资兴业。')}
{g.p('本次签约项目呈现体量大、质量优、结构新的特点。其中，超10亿元项目11个，外资项目9个，总投资达67亿元。智能装备产业园、储能电池研发生产基地、车规级芯片封测等一批龙头项目落户吴中经济技术开发区和甪直镇。')}
<figure><img src="/upload/2023/03/qy0302.jpg" alt="">{g.c('<figcaption>签约仪式现场。记者 钱晟 摄</figcaption>')}</figure>
{g.p('活动中，吴中区还发布了2023年产业招商地图和人才政策“吴中十条”，推介了机器人与智能制造、生物医药及大健康、新材料等重点产业的发展空间和配套政策。')}
{g.p('据了解，去年吴中区实际使用外资7.8亿美元，新增高新技术企业312家，全年完成固定资产投资同比增长9.2%。')}
    </div>
    <div class="share-bar">{g.c('分享到：')}<a href="#" class="wx">{g.c('微信')}</a><a href="#" class="wb">{g.c('微博')}</a><a href="#" class="qq">{g.c('QQ')}</a></div>
    <div class="wz-editor">{g.c('责任编辑：顾晓雯')}</div>
  </article>
  <aside class="wz-side">
    <h3>{g.c('热门阅读')}</h3>
    <ol>
{g.items(hot, '<li><a href="#">{}</a></li>')}
    </ol>
    <div class="wz-qr"><img src="/dist/img/qr.png" alt="">{g.c('<p>扫码关注“吴中发布”</p>')}</div>
  </aside>
</main>
<footer class="wz-footer">
  {g.c('<p>吴中新闻网版权所有 未经许可不得转载</p>')}
  {g.c('<p>苏ICP备09051234号　<a href="#">苏公网安备 32050602010345号</a></p>')}
  {g.c('<p>互联网新闻信息服务许可证：32120180005</p>')}
</footer>
<script src="/dist/wz-news.8c1f.js"></script>
</body>
</html>
"""
    html_page("h5-zh-09-wuzhong-investment-signing", "zh", "UTF-8",
              L("economy", [], "2023-03-03", ["320506"], "吴中日报"), g, m)


zh09()

# ---- zh-10: community health centre site, wellness tips, CRLF, no full date --------
text_page("h5-zh-10-chengdu-wuhou-spring-bp-tips", "zh", "UTF-8",
          L("wellness", [], None, ["510107"]), """
C|成都市武侯区玉林社区卫生服务中心
C|中心首页 | 中心简介 | 健康教育 | 家庭医生 | 预防接种 | 办事指南
C|位置：中心首页 / 健康教育 / 健康科普
T|“倒春寒”来袭，高血压患者这几件事要做好
C|作者：全科医学科　何静 | 上周五 16:20 | 阅读：482
B|近期气温忽高忽低，早晚温差可达10℃以上。社区医生提醒，气温骤降时血管收缩，血压容易波动，高血压患者尤其是老年患者要格外注意。
B|一、每天测血压。建议早晨起床后、晚上睡前各测一次，并记录下来。若收缩压持续高于160毫米汞柱，或出现头痛、胸闷、肢体麻木等症状，应及时就医。
B|二、按时服药，不要擅自停药或减药。有些患者觉得血压“正常了”就自行停药，容易引起血压反跳。
B|三、注意保暖，特别是头颈部和手脚。清晨外出锻炼可以推迟到太阳出来以后，运动以散步、太极拳等为宜。
B|四、饮食清淡，每人每天食盐不超过5克，少吃腌菜、腊肉等高盐食物，多吃新鲜蔬菜水果。
B|五、保持情绪稳定，保证充足睡眠，戒烟限酒。
B|已签约家庭医生的居民，如对用药有疑问，可直接拨打签约医生的服务电话咨询，也可在工作日到中心慢病门诊复诊。
C|温馨提示：本文内容仅供健康科普参考，不能替代医生面对面诊疗，如有不适请及时就医。
C|上一篇：春季是诺如病毒高发季，做好这些防护
C|下一篇：4月起中心预防接种门诊服务时间调整的通知
C|地址：成都市武侯区玉林北路14号　咨询电话：028-85551230
C|蜀ICP备16021358号
""", crlf=True)

# ---- zh-11: private dental clinic promotion dressed as policy news ------------------
def zh11():
    g = G()
    nav = ["首页", "品牌介绍", "专家团队", "种植牙", "牙齿矫正", "儿童齿科", "新闻资讯", "来院路线"]
    tj = ["种植牙前需要做哪些检查？", "隐形矫正适合哪些人群？", "孩子换牙期家长要注意什么"]
    m = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>种植牙集采价落地！禾悦口腔医保定点 单颗种植全包价2980元起_新闻资讯_杭州禾悦口腔门诊部</title>
<meta name="keywords" content="杭州种植牙,种植牙集采,杭州口腔医院,种植牙价格" />
<meta name="description" content="杭州禾悦口腔门诊部执行种植牙集采政策，医保定点，单颗种植全包价2980元起。" />
<link rel="stylesheet" href="/skin/css/hy.css" />
<script src="/skin/js/kefu.js"></script>
</head>
<body>
<div class="tb">
  <div class="tb_l">{g.c('欢迎来到杭州禾悦口腔门诊部！')}</div>
  <div class="tb_r">{g.c('<span>全国免费咨询热线：</span><b>400-867-2929</b>')}</div>
</div>
<div class="dh"><ul>
{g.items(nav, '<li><a href="#">{}</a></li>')}
</ul></div>
<div class="ban"><img src="/skin/images/ban_zz.jpg" alt="种植牙集采"></div>
<div class="nyzt clearfix">
  <div class="nyzt_l">
    <div class="mbx">{g.c('首页 &gt; 新闻资讯 &gt; 院内动态')}</div>
    <div class="xwxq">
      <h1>{g.t('种植牙集采价落地！禾悦口腔医保定点 单颗种植全包价2980元起')}</h1>
      <div class="xwxq_xx">{g.c('发布日期：2023年06月15日　作者：禾悦口腔　点击量：2096')}</div>
      <div class="xwxq_nr">
{g.p('随着浙江省口腔种植体集中带量采购结果落地，种植牙价格大幅下降。杭州禾悦口腔门诊部作为杭州市医保定点医疗机构，第一时间执行集采价格和医疗服务价格调控政策，让更多缺牙市民“种得起、种得好”。')}
{g.p('<strong>活动期间，单颗种植牙全包价2980元起</strong>，包含种植体、基台、牙冠、手术费及术后复查，无任何隐形消费。')}
{g.p('即日起至7月31日，到院咨询种植的前50名顾客可享受：')}
{g.p('1. 免费口腔CT拍片（价值300元）；')}
{g.p('2. 免费全口洁牙一次；')}
{g.p('3. 60岁以上老人额外立减500元。')}
<div class="ad_zx">{g.c('<a href="#">点击在线咨询，专家一对一为您制定种植方案 &gt;&gt;</a>')}</div>
{g.p('禾悦口腔种植中心主任陈志远医师拥有20年种植经验，累计完成种植手术8000余例。门诊部引进德国进口种植系统和数字化导板技术，微创种植，当天可吃饭。')}
{g.p('参保人员种植牙费用可按规定使用医保个人账户支付，具体以医保结算为准。预约电话：0571-86082929，或关注“禾悦口腔”微信公众号在线预约。')}
      </div>
      <div class="sxy">{g.c('<span>上一篇：<a href="#">夏季口腔护理小贴士</a></span>')}{g.c('<span>下一篇：<a href="#">禾悦口腔荣获“诚信示范门诊”称号</a></span>')}</div>
    </div>
  </div>
  <div class="nyzt_r">
    <div class="yy_form">
      <h3>{g.c('预约挂号')}</h3>
      <form>
        <input type="text" placeholder="您的姓名">
        <input type="text" placeholder="联系电话">
        <button type="button">{g.c('立即预约')}</button>
      </form>
      {g.c('<p class="ts">*我们将对您的信息严格保密</p>')}
    </div>
    <div class="rmtj">
      <h3>{g.c('热门推荐')}</h3>
      <ul>
{g.items(tj, '<li><a href="#">{}</a></li>')}
      </ul>
    </div>
  </div>
</div>
<div class="db">
  {g.c('<p>杭州禾悦口腔门诊部　地址：杭州市拱墅区莫干山路579号</p>')}
  {g.c('<p>浙ICP备19033412号-1　医疗机构执业许可证登记号：PDY30281433010513D2152</p>')}
  {g.c('<p>本站内容仅供参考，具体诊疗方案请以医生面诊为准。</p>')}
</div>
<div class="kf_float">{g.c('<a href="#">在线咨询</a>')}{g.c('<a href="#">预约</a>')}{g.c('<a href="#">回到顶部</a>')}</div>
</body>
</html>
"""
    html_page("h5-zh-11-hangzhou-dental-implant-promo", "zh", "UTF-8",
              L("marketing", [], "2023-06-15", ["330100"]), g, m)


zh11()

# ---- zh-12: city health commission, modern markup, kicker + standfirst -------------
def zh12():
    g = G()
    nav = ["首页", "机构概况", "新闻动态", "政务公开", "政务服务", "公众参与", "专题专栏"]
    lang = ["简", "繁", "EN"]
    rel = [
        "深圳市全面推行电子健康码“一码通用”",
        "市卫生健康委召开2024年全市卫生健康工作会议",
        "深圳新增3家互联网医院 可提供在线复诊和处方流转服务",
    ]
    m = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>市卫生健康委召开互联网医院建设推进会--深圳市卫生健康委员会</title>
<meta name="ArticleTitle" content="市卫生健康委召开互联网医院建设推进会">
<meta name="PubDate" content="2024-01-18 16:05">
<meta name="ContentSource" content="深圳市卫生健康委员会">
<meta name="SiteName" content="深圳市卫生健康委员会">
<link rel="stylesheet" href="/szwsjk/css/main.css">
<script>window.__CHANNEL__ = "xwdt";</script>
</head>
<body>
<div class="g-topbar">
  <div class="g-lang">{g.items(lang, '<a href="#">{}</a>', ' ')}</div>
  <div class="g-tools">{g.c('<a href="#">无障碍</a>')} {g.c('<a href="#">关怀版</a>')} {g.c('<a href="#">智能问答</a>')}</div>
</div>
<header class="g-header"><img src="/szwsjk/img/logo.png" alt="深圳市卫生健康委员会"></header>
<nav class="g-nav"><ul>
{g.items(nav, '<li><a href="#">{}</a></li>')}
</ul></nav>
<main class="g-main">
  <div class="g-crumb">{g.c('<span>您当前所在位置：</span><a href="#">首页</a> &gt; <a href="#">新闻动态</a> &gt; <a href="#">工作动态</a>')}</div>
  <article class="g-art">
    {g.c('<p class="g-art__kicker">聚焦智慧医疗</p>')}
    <h1 class="g-art__title">{g.t('市卫生健康委召开互联网医院建设推进会')}</h1>
    {g.p('今年底前，全市二级以上公立医院将全部开通互联网诊疗服务，常见病、慢性病复诊患者足不出户即可在线续方', 'p class="g-art__sub"')}
    <div class="g-art__info">{g.c('<span>发布时间：2024-01-18 16:05</span> <span>来源：深圳市卫生健康委员会</span>')} {g.c('<span class="fs">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span>')}</div>
    <div class="g-art__body">
{g.p('1月17日，市卫生健康委召开全市互联网医院建设推进会，通报2023年全市互联网医院建设和运行情况，部署2024年“智慧医疗”重点工作。')}
{g.p('会议通报，截至2023年底，全市已有互联网医院48家，全年提供在线诊疗服务312万人次，电子处方流转82万张。全市公立医院电子健康卡、医保电子凭证就诊结算已全面覆盖，检查检验结果互认项目扩大到186项。')}
{g.p('会议要求，2024年要重点抓好四方面工作：')}
{g.p('一是扩面提质。年底前二级以上公立医院全部开通互联网诊疗，推动互联网医院与实体医院同质化管理。')}
{g.p('二是打通支付。会同市医疗保障局推进互联网复诊医保在线结算，实现“问诊、开方、支付、配送”全流程线上办理。')}
{g.p('三是强化监管。全面接入市互联网医疗服务监管平台，对在线处方实行事前审核、全程留痕。')}
{g.p('四是建设智慧医院。以公立医院高质量发展为牵引，开展智慧服务、智慧管理分级评估，建成一批市级智慧医院示范单位。')}
<div class="g-inline-ad"><a href="#"><img src="/szwsjk/img/jkz.png" alt=""></a>{g.c('<p>“健康深圳”小程序上线预约挂号新功能，点击了解</p>')}</div>
{g.p('市卫生健康委有关负责人表示，各医院要把互联网医院作为改善患者就医体验的重要抓手，不能“建而不用”。市民可通过“健康深圳”小程序或各医院官方公众号进入互联网医院。')}
{g.p('各区卫生健康局、市属医院、部分区属医院分管负责人参加会议。')}
    </div>
    <div class="g-art__foot">{g.c('<a href="javascript:window.print()">打印</a>')} {g.c('<a href="#">收藏</a>')} {g.c('<a href="javascript:window.close()">关闭</a>')}</div>
  </article>
  <section class="g-rel">
    <h2>{g.c('相关新闻')}</h2>
    <ul>
{g.items(rel, '<li><a href="#">{}</a></li>')}
    </ul>
  </section>
</main>
<footer class="g-footer">
  {g.c('<p><a href="#">网站地图</a></p>')}{g.c('<p><a href="#">联系我们</a></p>')}{g.c('<p><a href="#">隐私声明</a></p>')}
  {g.c('<p>主办单位：深圳市卫生健康委员会　网站标识码：4403000052</p>')}
  {g.c('<p>粤ICP备05027633号　粤公网安备 44030402003781号</p>')}
  <div class="g-qr">{g.c('<span>微信公众号</span>')}{g.c('<span>政务微博</span>')}{g.c('<span>抖音号</span>')}</div>
</footer>
<script src="/szwsjk/js/common.js"></script>
</body>
</html>
"""
    html_page("h5-zh-12-shenzhen-internet-hospital-meeting", "zh", "UTF-8",
              L("policy", ["digital-health", "hospital-development"], "2024-01-18",
                ["440300"]), g, m)


zh12()

# ---- en-01: machine-translated county page ------------------------------------------
text_page("h5-en-01-jinyun-healthy-county-mt", "en", "UTF-8",
          L("policy", ["healthy-city", "public-health"], "2022-05-20", ["331122"]), """
C|Jinyun County People's Government
C|Chinese | English
C|Current location: Home > Government Information > Work Dynamics
T|Jinyun County grasp the implementation of the national healthy county creation work
C|Release time: 2022-05-20 15:47 Source: County Health and Health Bureau Views: 208
C|[Print] [Close]
B|Recently, Jinyun County held a mobilization meeting for the creation of a national healthy county, and comprehensively deployed the work of the Patriotic Health Campaign and the construction of a healthy Jinyun in 2022.
B|The meeting pointed out that creating a national healthy county is an important starting point for implementing the Healthy China strategy and an important measure to improve the sense of gain of the masses. All townships (streets) and departments should further unify their thinking, grasp the implementation, and ensure that the creation work passes the provincial assessment within the year.
B|In accordance with the requirements of the Lishui City healthy city construction plan, Jinyun County will focus on the following work:
B|1. Carry out urban and rural environmental sanitation remediation, and complete the renovation of 36 public toilets and 12 farmers' markets by the end of September;
B|2. Strengthen vector control, and the density of rats, mosquitoes, flies and cockroaches in built-up areas shall reach the national C-level standard;
B|3. Build 20 healthy villages, 15 healthy enterprises and 30 healthy schools, and popularize health knowledge to the masses;
B|4. Promote smoke-free party and government organs, and the smoking rate of adults shall be controlled below 20%.
B|Wang Lijun, deputy county magistrate of Jinyun County, said that health and health departments at all levels should play the role of "leading geese", and the Patriotic Health Campaign Committee Office should strengthen supervision and notification, and the problems found should be rectified within a time limit.
B|Citizens who find environmental sanitation problems can report them through the "Jinyun Release" WeChat official account or call 0578-3188110.
C|Related articles:
C|Jinyun County Held the 2022 Patriotic Health Month Launch Ceremony
C|Hu Town Health Center Was Rated as a Provincial Standardized Township Health Center
C|Sponsor: Jinyun County People's Government Office  Zhejiang ICP No. 13012283-1
C|Website identification code: 3311220001
C|Note: The English content of this website is machine translated and is for reference only.
""")

# ---- en-02: NHS England news, modern markup, cookie banner -----------------------
def en02():
    g = G()
    nav = ["About us", "Our work", "Commissioning", "Publications", "Statistics", "News"]
    rel = [
        "Record number of GP trainees start placements across England",
        "NHS expands blood donation sessions to tackle shortage of rare blood types",
        "Health visitors to offer new checks to families with two-year-olds",
    ]
    m = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NHS to double medical degree apprenticeships in workforce drive | NHS England</title>
<meta name="description" content="Thousands more nurses, doctors and allied health professionals will be able to earn while they learn.">
<meta property="og:title" content="NHS to double medical degree apprenticeships in workforce drive">
<meta property="og:site_name" content="NHS England">
<meta property="article:modified_time" content="2024-03-13T09:12:44+00:00">
<link rel="stylesheet" href="/wp-content/themes/nhsengland/css/style.min.css?ver=6.4.3">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
</head>
<body class="single single-post">
<div id="cookie-banner" class="nhsuk-cookie-banner">
  {g.c('<p>We use cookies to make this website work and to understand how you use it. You can choose to accept or reject analytics cookies.</p>')}
  <button>{g.c('Accept analytics cookies')}</button> <button>{g.c('Reject analytics cookies')}</button> {g.c('<a href="#">Cookie policy</a>')}
</div>
{g.c('<a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>')}
<header class="nhsuk-header">
  <a class="nhsuk-header__link" href="/" aria-label="NHS England homepage"><svg role="img"><path d=""></path></svg></a>
  <form class="nhsuk-header__search-form"><input type="search" placeholder="Search"><button type="submit">{g.c('Search')}</button></form>
  <nav class="nhsuk-header__navigation"><ul>
{g.items(nav, '<li><a href="#">{}</a></li>')}
  </ul></nav>
</header>
<nav class="nhsuk-breadcrumb" aria-label="Breadcrumb">{g.c('<a href="/">Home</a> <span>›</span> <a href="#">News</a>')}</nav>
<main id="maincontent" class="nhsuk-main-wrapper">
  <h1>{g.t('NHS to double medical degree apprenticeships as part of long-term workforce drive')}</h1>
  {g.p('Thousands more nurses, doctors and allied health professionals will be able to earn while they learn, under plans to expand apprenticeship routes into the health service.', 'p class="nhsuk-lede-text"')}
  <p class="nhsuk-body-s">{g.c('Published 12 March 2024')}</p>
  <div class="nhsuk-article">
{g.p('The number of degree apprenticeship places for nursing will rise by a third from September, while the first medical doctor apprentices will start training at 14 NHS trusts in partnership with five universities.')}
{g.p('Under the plans, apprentices will be employed by an NHS trust from day one and will combine paid work on wards and in GP practices with university study, with their tuition covered through the apprenticeship levy and additional central funding of £127 million over three years.')}
{g.p('The expansion is part of the NHS Long Term Workforce Plan, which aims to train more staff domestically and reduce reliance on international recruitment and agency spending.')}
{g.p('Dr Helen Marsh, NHS England’s chief workforce, training and education officer, said:')}
{g.p('“Apprenticeships open up careers in the NHS to people who might never have considered going to university, including many who already work for us as healthcare support workers. This is about growing our own workforce from the communities we serve.”')}
{g.p('Trusts will be able to bid for funding until 30 April, and successful applicants will be told in June.')}
<figure><img src="/wp-content/uploads/2024/03/apprentices.jpg" alt="">{g.c('<figcaption>Nursing apprentices at a training session in Leeds. Photo: NHS England</figcaption>')}</figure>
{g.p('Other measures announced today include:')}
<ul>
{g.b('<li>a new pharmacy technician apprenticeship standard</li>')}
{g.b('<li>protected learning time of at least one day a week for all apprentices</li>')}
{g.b('<li>a national recruitment campaign aimed at school leavers</li>')}
</ul>
  </div>
  <div class="share">{g.c('Share this page')} {g.items(['Facebook', 'X', 'LinkedIn', 'Email'], '<a href="#">{}</a>', ' ')}</div>
  <section class="related">
    <h2>{g.c('Related news')}</h2>
    <ul>
{g.items(rel, '<li><a href="#">{}</a></li>')}
    </ul>
  </section>
  <div class="nhsuk-newsletter">{g.c('<p>Sign up to our In Touch newsletter for the latest news from NHS England, direct to your inbox.</p>')} {g.c('<a href="#">Subscribe</a>')}</div>
</main>
<footer class="nhsuk-footer">
  <ul>
{g.items(['Accessibility statement', 'Contact us', 'Privacy notice', 'Terms and conditions', 'Freedom of information'], '<li><a href="#">{}</a></li>')}
  </ul>
  {g.c('<p class="nhsuk-footer__copyright">&copy; NHS England 2024</p>')}
</footer>
<script src="/wp-content/themes/nhsengland/js/app.min.js"></script>
</body>
</html>
"""
    html_page("h5-en-02-nhs-england-apprenticeships", "en", "UTF-8",
              L("policy", ["health-workforce"], "2024-03-12", ["GB"]), g, m)


en02()

# ---- en-03: US federal agency press release, text scrape -------------------------
text_page("h5-en-03-cms-rural-global-budget-model", "en", "UTF-8",
          L("policy", ["medical-insurance"], "2023-03-03", ["US"]), """
C|An official website of the United States government
C|Here's how you know
C|Skip to main content
C|CMS.gov Centers for Medicare & Medicaid Services
C|Newsroom
C|Press release
T|CMS Announces New Model to Give Rural Hospitals Predictable Medicare Payments
C|Mar 03, 2023
C|Share
C|Facebook
C|Twitter
C|LinkedIn
B|Today, the Centers for Medicare & Medicaid Services (CMS) announced the Rural Community Stability Model, a voluntary payment model that will pay participating rural hospitals a fixed annual global budget for inpatient and outpatient services instead of traditional fee-for-service payments.
B|Under the model, a hospital’s Medicare payments will be set in advance each year based on its historical revenue, adjusted for inflation and changes in the population it serves. CMS expects up to eight states to participate, with state Medicaid agencies and at least one commercial payer in each state adopting aligned budgets.
B|“Rural hospitals told us that unpredictable volume makes it impossible to plan,” said CMS Administrator Dana Whitfield. “A stable budget lets them keep their doors open and invest in primary care, behavioral health and the services their communities need most.”
B|Participating hospitals must commit to quality and health equity targets, including reducing avoidable admissions and expanding access to care for Medicare and Medicaid beneficiaries with chronic conditions.
B|States may apply by August 15, 2023, and the first performance period is expected to begin on January 1, 2024. Hospitals may join in later years.
B|The model is being tested by the CMS Innovation Center under section 1115A of the Social Security Act.
B|For a fact sheet on the Rural Community Stability Model, visit the CMS Innovation Center website.
C|###
C|Get CMS news at cms.gov/newsroom, sign up for CMS news via email and follow CMS on X @CMSgov
C|Contact
C|CMS Media Relations
C|(202) 690-6145 | CMS Media Inquiries
C|Related Resources
C|Fact sheet: Rural Community Stability Model
C|A federal government website managed and paid for by the U.S. Centers for Medicare & Medicaid Services. 7500 Security Boulevard, Baltimore, MD 21244
""")

# ---- en-04: Australian health department ministerial media release ---------------
def en04():
    g = G()
    nav = ["Health topics", "Our work", "Resources", "About us", "Contact us"]
    m = f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>Bulk billing incentive extended to after-hours GP visits in regional and remote Australia | Australian Government Department of Health and Aged Care</title>
<meta name="dcterms.date" content="2024-03-01">
<meta property="og:type" content="article">
<link rel="stylesheet" media="all" href="/themes/custom/health/dist/css/main.css">
</head>
<body class="path-node page-node-type-ministerial-media-release">
{g.c('<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>')}
<div class="au-banner">{g.c('<p>An official website of the Australian Government</p>')}</div>
<header role="banner">
  <div class="health-header__logo"><img src="/themes/custom/health/logo.svg" alt="Australian Government Department of Health and Aged Care"></div>
  <nav class="health-main-menu"><ul>
{g.items(nav, '<li><a href="#">{}</a></li>')}
  </ul></nav>
</header>
<div class="health-breadcrumb">{g.c('<nav aria-label="breadcrumb">You are here: <a href="/">Home</a> » <a href="#">Ministers</a> » <a href="#">Media releases</a></nav>')}</div>
<main id="main-content" role="main">
  <div class="health-page-header">
    {g.c('<div class="health-page-header__type">Media release</div>')}
    <h1 class="au-display-xxl">{g.t('Bulk billing incentive extended to after-hours GP visits in regional and remote Australia')}</h1>
    {g.c('<div class="health-minister">The Hon Sarah Lindqvist MP, Minister for Health and Aged Care</div>')}
    {g.c('<div class="health-date">Date published: <time datetime="2024-03-01T00:00:00Z">1 March 2024</time></div>')}
    {g.c('<div class="health-type">Media type: Media release</div>')}
    {g.c('<div class="health-audience">Audience: General public</div>')}
  </div>
  <div class="health-content">
{g.p('Australians living in regional and remote communities will find it easier to see a doctor after hours without paying out of pocket, with the Albanese Government extending the bulk billing incentive to after-hours GP consultations from 1 July.')}
{g.p('Currently the higher incentive payment only applies to standard consultations during business hours. From 1 July, GPs in Modified Monash Model areas 3 to 7 will receive the same incentive when they bulk bill children under 16, pensioners and other Commonwealth concession card holders for after-hours visits.')}
{g.p('The measure is worth $96.4 million over four years and is expected to support around 1.1 million additional bulk billed visits every year.')}
{g.p('Since the tripling of the bulk billing incentive in November last year, the GP bulk billing rate has increased in every state and territory, with the biggest increases in regional Tasmania and Queensland.')}
{g.p('The extension follows consultation with the Royal Australian College of General Practitioners, the Australian College of Rural and Remote Medicine and Primary Health Networks.')}
{g.p('Quotes attributable to Minister Lindqvist:')}
{g.p('“Getting sick doesn’t stop at 5pm, and people in the bush shouldn’t have to choose between paying a big gap fee or waiting hours in an emergency department.”')}
{g.p('“Strengthening Medicare means making sure general practice works for everyone, wherever they live.”')}
<div class="health-inline-callout">{g.c('<p>Related: <a href="#">Medicare Urgent Care Clinics – find a clinic near you</a></p>')}</div>
{g.p('Patients can find a bulk billing GP near them using the healthdirect Service Finder or by calling 1800 022 222.')}
  </div>
  <div class="health-media-contact">{g.c('<h2>Media contact</h2>')}{g.c('<p>Minister Lindqvist’s office: 02 6277 7220</p>')}</div>
  <div class="health-tags">{g.c('<span>Tags:</span>')} {g.items(['Primary care', 'Medicare', 'Rural health'], '<a href="#">{}</a>', ' ')}</div>
  <div class="health-share">{g.c('Share this page')}</div>
</main>
<footer role="contentinfo">
  {g.c('<p>We acknowledge the Traditional Custodians of Australia and their continuing connection to land, sea and community. We pay our respects to all Elders past and present.</p>')}
  <ul>{g.items(['Copyright', 'Accessibility', 'Disclaimer', 'Privacy', 'Freedom of information'], '<li><a href="#">{}</a></li>', '')}</ul>
  {g.c('<p>&copy; Commonwealth of Australia</p>')}
</footer>
</body>
</html>
"""
    html_page("h5-en-04-au-after-hours-bulk-billing", "en", "UTF-8",
              L("policy", ["primary-care", "medical-insurance"], "2024-03-01", ["AU"]), g, m)


en04()

# ---- en-05: Canadian wire story, trial result, CRLF -------------------------------
text_page("h5-en-05-ca-rsv-antibody-trial", "en", "UTF-8",
          L("trial", [], "2023-10-17", ["CA"], "Northern Press Wire"), """
C|HEALTH
T|Ontario biotech's RSV antibody cut infant hospital stays by 71% in late-stage trial
C|By Priya Raman, Northern Press Wire
C|Published Oct. 17, 2023 9:41 a.m. ET | Updated Oct. 17, 2023 1:15 p.m. ET
C|Text size: A A A
B|TORONTO — A single injection of an experimental antibody developed by a Mississauga, Ont., biotech company reduced hospitalizations for respiratory syncytial virus (RSV) among babies by 71 per cent over a full winter season, according to late-stage trial results released Tuesday.
B|The Phase 3 study enrolled 3,870 healthy infants born at 35 weeks or later in Canada, Spain, South Africa and Chile. Half received one dose of the antibody, called VX-417, before their first RSV season; the rest got a placebo.
B|Eleven babies in the antibody group were hospitalized with RSV, compared with 38 in the placebo group, the company, Laurentide Biologics, said. Rates of side effects such as rash and fever at the injection site were similar in both groups.
B|“These are very encouraging numbers,” said Dr. Martin Okafor, a pediatric infectious disease specialist at a Winnipeg hospital who was not involved in the research. “But we will want to see the full data and how long protection lasts.”
B|The results have not yet been published in a peer-reviewed journal. Laurentide said it plans to file for approval with Health Canada and the U.S. Food and Drug Administration in the first half of 2024.
B|Shares of the company rose 22 per cent on the Toronto Stock Exchange.
C|ADVERTISEMENT
C|Report an error
C|Editorial standards and policies
C|MOST READ
C|1. Province to add 400 long-term care beds in Niagara region
C|2. Why your flu shot might feel different this year
C|3. Canada's inflation rate dips to 3.8%
C|Sign up for our daily health newsletter
C|© 2023 Northern Press Wire. All rights reserved.
""", crlf=True)

# ---- en-06: Indian government press release, text ------------------------------
text_page("h5-en-06-in-zero-dose-immunisation-drive", "en", "UTF-8",
          L("policy", ["public-health", "maternal-child"], "2024-02-14", ["IN"]), """
C|Press Information Bureau
C|Government of India
C|Ministry of Health and Family Welfare
C|Select Language: English | हिन्दी | उर्दू | मराठी | বাংলা | தமிழ்
T|Union Health Ministry launches catch-up immunisation drive for zero-dose children in 143 districts
C|Posted On: 14 FEB 2024 4:27PM by PIB Delhi
B|The Union Health Ministry today launched a nationwide catch-up immunisation drive to reach children and pregnant women who have missed one or more doses under the Universal Immunisation Programme (UIP).
B|The drive will be conducted in three rounds of six days each in March, April and May 2024 in 143 districts across 23 States and Union Territories, identified on the basis of the number of zero-dose and partially vaccinated children.
B|Highlights of the drive:
B|• Children up to five years of age and pregnant women will be covered;
B|• Special focus on urban slums, migrant populations, brick kilns and hard-to-reach tribal areas;
B|• Due-list of beneficiaries prepared through house-to-house surveys by ASHA and Anganwadi workers;
B|• All vaccinations to be recorded on the U-WIN digital platform so that families receive a digital vaccination certificate.
B|Addressing the launch event, the Union Health Secretary said that India had made remarkable progress in routine immunisation, but pockets of low coverage remained. He urged States to ensure that no child is left behind and that measles and rubella vaccination receives special attention.
B|States have been asked to complete microplanning by 29 February 2024 and to involve district magistrates, religious leaders and local influencers to address vaccine hesitancy.
C|****
C|MV/AK/HFW/Immunisation drive/14thFeb2024/2
C|(Release ID: 2005931) Visitor Counter : 1473
C|Read this release in: Hindi , Urdu , Tamil
C|Follow us on social media:
C|Download PIB App
""")

# ---- en-07: African provincial health department vacancy circular ------------------
text_page("h5-en-07-za-clinical-nurse-vacancies", "en", "UTF-8",
          L("job-ad", [], "2024-03-08", ["ZA"]), """
C|Eastern Cape Department of Health
C|Home / Careers / Vacancies
C|Published: 08 March 2024
T|Vacancy: Professional Nurse – Primary Health Care (Clinical Nurse Practitioner) x 6 posts
B|Reference No: ECDOH/OTD/PHC/03/2024
B|Centre: Mthatha Sub-District Clinics (O.R. Tambo District)
B|Salary: R451 533 – R530 376 per annum (OSD Grade 1), plus 13th cheque, medical aid (optional), housing allowance (employee must meet prescribed requirements) and rural allowance where applicable.
B|Requirements: Basic R425 qualification (Diploma/Degree in Nursing) or equivalent that allows registration with the South African Nursing Council (SANC) as a Professional Nurse, plus a one-year post-basic qualification in Clinical Nursing Science, Health Assessment, Treatment and Care (PHC). Current SANC registration receipt (2024). A valid driver’s licence is an added advantage.
B|Duties: Provide comprehensive primary health care services including management of chronic conditions (HIV, TB, hypertension and diabetes), maternal and child health and immunisation; implement Ideal Clinic standards; supervise nursing staff and community health workers.
B|Enquiries: Ms N. Mbele, tel: 047 531 0000
B|Applications: Applications must be submitted on the new Z83 form, obtainable from any Public Service department or online, together with a detailed CV. Only shortlisted candidates will be required to submit certified copies of qualifications. Applications may be hand-delivered to the O.R. Tambo District Office, Nelson Mandela Drive, Mthatha, or emailed to ortjobs@example-ecdoh.gov.za quoting the reference number.
B|Closing date: 22 March 2024
B|Note: The Department is an equal opportunity, affirmative action employer. People with disabilities are encouraged to apply. If you have not been contacted within three months of the closing date, please accept that your application was unsuccessful.
C|Share: Facebook | X | WhatsApp
C|Other vacancies
C|Medical Officer Grade 1 – Frere Hospital (x3)
C|Pharmacist Assistant (Post-Basic) – Cecilia Makiwane Hospital
C|Report fraud and corruption: National Anti-Corruption Hotline 0800 701 701
C|Copyright © 2024 Eastern Cape Department of Health | Privacy Policy | PAIA Manual
""")

# ---- en-08: newspaper English edition, h1 differs from <title> --------------------
def en08():
    g = G()
    nav = ["HOME", "CHINA", "WORLD", "BUSINESS", "LIFESTYLE", "CULTURE", "TRAVEL", "SPORTS", "OPINION", "REGIONAL"]
    picks = [
        "Village doctors in Guizhou get smart diagnosis kits",
        "Hangzhou's 15-minute elderly care circles take shape",
        "Acupuncture goes global as overseas clinics multiply",
        "Summer heat sends demand for herbal teas soaring",
    ]
    m = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Zhejiang brings TCM to the village clinic - Chinadaily.com.cn</title>
<meta name="keywords" content="TCM, Zhejiang, village doctor, primary healthcare">
<meta name="description" content="Zhejiang province will set up traditional Chinese medicine corners in all township health centers by 2025.">
<meta name="publishdate" content="2023-08-14 09:21">
<meta name="author" content="Shen Yujie">
<link rel="stylesheet" href="//img3.chinadaily.com.cn/static/common/css/article.css">
<script src="//img3.chinadaily.com.cn/static/common/js/jquery.min.js"></script>
</head>
<body>
<div class="topNav">
  <div class="dingtou">{g.items(['Global Edition', 'China Edition', 'ASIA', 'AFRICA'], '<a href="#">{}</a>', ' ')}</div>
  <div class="topright">{g.c('<a href="#">中文</a>')} {g.c('<a href="#">Subscribe</a>')}</div>
</div>
<div class="topBar"><ul class="dropdown">
{g.items(nav, '<li><a href="#">{}</a></li>')}
</ul></div>
<div class="main_art">
  <div class="lft_art">
    <div class="da-bre">{g.c('<a href="#">Home</a> / <a href="#">China</a> / <a href="#">Society</a>')}</div>
    <h1>{g.t('Zhejiang to put TCM corners in every township health center by 2025')}</h1>
    <div class="info">{g.c('<span class="info_l">By SHEN YUJIE in Hangzhou | chinadaily.com.cn | Updated: 2023-08-14 09:21</span>')}</div>
    <div class="share">{g.c('<a href="#">Share</a>')} {g.c('<a href="#">CLOSE</a>')}</div>
    <div id="Content">
{g.p('Zhejiang province will set up traditional Chinese medicine service areas in all of its township health centers and community health service centers by the end of 2025, as part of efforts to make TCM treatment more accessible to rural residents, the provincial health authority said.')}
{g.p('The service areas, known locally as "guoyi tang" or TCM halls, will offer at least six types of TCM therapies, including acupuncture, cupping, moxibustion and tuina massage, according to a plan released by the Zhejiang Administration of Traditional Chinese Medicine.')}
<figure class="picture"><img src="//img2.chinadaily.com.cn/images/202308/14/tcm.jpeg">{g.c('<figcaption>A doctor applies moxibustion to a villager at a township health center in Jinyun county, Zhejiang province, on Aug 9. [Photo by Wu Pei/For China Daily]</figcaption>')}</figure>
{g.p('About 83 percent of the province&#39;s primary-level medical institutions already provide TCM services, the administration said. The remaining centers, mostly in mountainous areas in the south of the province, will receive funding for equipment and staff training.')}
{g.p('Under the plan, county-level TCM hospitals will send senior doctors to rotate at township centers for at least six months, and village doctors will receive training in simple and low-cost TCM techniques. Reimbursement ratios for TCM services at primary-level facilities under basic medical insurance will remain higher than at county hospitals.')}
{g.p('"Many elderly villagers with chronic pain prefer acupuncture and herbal treatment, but they used to travel to the county seat for it," said Lou Hong, deputy head of a township health center in Lishui. "Now they can get it close to home."')}
{g.p('The province aims to have 98 percent of residents able to access TCM services within a 15-minute walk or drive by 2025.')}
    </div>
    <div class="pages">{g.c('<a href="#">Previous page</a>')} {g.items(['1', '2'], '<a href="#">{}</a>', ' ')} {g.c('<a href="#">Next page</a>')}</div>
  </div>
  <div class="rt_art">
    <div class="tit">{g.c('<h3>Editor&#39;s picks</h3>')}</div>
    <ul>
{g.items(picks, '<li><a href="#">{}</a></li>')}
    </ul>
    <div class="ad">{g.c('<span>Advertisement</span>')}</div>
  </div>
</div>
<div class="footer">
  <div class="foot-links">{g.items(['About China Daily', 'Advertise on Site', 'Contact Us', 'Job Offer', 'Expat Employment'], '<a href="#">{}</a>', ' | ')}</div>
  {g.c('<p>Copyright 1995 - 2023. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). Without written authorization from CDIC, such content shall not be republished or used in any form.</p>')}
  {g.c('<p>Note: Browsers with 1024*768 or higher resolution are suggested for this site.</p>')}
  {g.c('<p>License for publishing multimedia online 0108263 Registration Number: 130349</p>')}
</div>
</body>
</html>
"""
    html_page("h5-en-08-zhejiang-tcm-township", "en", "UTF-8",
              L("policy", ["tcm", "primary-care"], "2023-08-14", ["330000"], "China Daily"),
              g, m)


en08()

# ---- en-09: PDF-to-text of a machine-translated municipal notice --------------------
text_page("h5-en-09-fuzhou-fujian-biomedicine-measures-pdf", "en", "UTF-8",
          L("policy", ["health-industry"], "2023-03-03", ["350100"]), """
C|[pdftotext] source: rzbf-2023-41-en.pdf  pages: 3
C|Fuzhou Municipal People's Government Office Document
C|Rong Zheng Ban [2023] No. 41
T|Notice of the General Office of Fuzhou Municipal People's Government on Printing and Distributing Several Measures to Accelerate the Development of the Biomedicine and Big Health Industry
B|The people's governments of all counties (cities) and districts, the Management Committee of Fuzhou New Area, the Management Committee of Fuzhou High-tech Zone, and all departments of the municipal government:
B|The "Several Measures to Accelerate the Development of the Biomedicine and Big Health Industry" have been agreed by the municipal government and are hereby printed and distributed to you. Please conscientiously organize and implement them.
B|Several Measures to Accelerate the Development of the Biomedicine and Big Health Industry
B|In order to implement the deployment of the provincial party committee and provincial government on building a strong biomedicine province, grasp the implementation of the industrial chain "chain length system", and promote the biomedicine and big health industry of our city to become bigger and stronger, the following measures are formulated.
B|1. Support the construction of industrial parks. For biomedical industrial parks newly identified as provincial-level characteristic parks, a one-time reward of 5 million yuan will be given to the park operating subject; priority will be given to the Mawei biomedicine industrial park and the Minhou bio-industry base in land use indicators.
C|- 1 -
B|2. Encourage innovative drug research and development. For Class 1 innovative drugs that complete Phase I, Phase II and Phase III clinical trials in our city, subsidies of up to 2 million yuan, 3 million yuan and 5 million yuan will be given respectively; for products that obtain marketing approval and are industrialized in our city, a reward of up to 10 million yuan will be given.
B|3. Support medical device enterprises to expand. For Class III medical devices that obtain registration certificates for the first time, a reward of 1 million yuan per product will be given, and the annual reward to a single enterprise shall not exceed
C|- 2 -
C|Fuzhou Municipal People's Government Office Document
B|5 million yuan.
B|4. Develop the health service industry. Support social forces to set up high-end medical institutions, rehabilitation hospitals and medical and elderly care combined institutions, and promote the integrated development of health, tourism, sports and elderly care in Yongtai and Lianjiang.
B|5. Strengthen talent guarantee. High-level talents introduced by biomedicine enterprises shall enjoy the city's talent housing, children's enrollment and medical security treatment in accordance with regulations.
B|6. These measures shall come into force from the date of issuance and shall be valid until December 31, 2025. The municipal bureau of industry and information technology is responsible for interpretation.
B|General Office of Fuzhou Municipal People's Government
B|March 3, 2023
C|- 3 -
""")

# ---- en-10: wire story, drugmaker half-year results --------------------------------
text_page("h5-en-10-taizhou-drugmaker-h1-results", "en", "UTF-8",
          L("earnings", [], "2023-08-28", ["321200"], "Asia Markets Wire"), """
C|Jiangsu Hengrun Pharma H1 profit falls 18% as volume-based procurement bites | Asia Markets Wire
C|Markets
C|Companies
C|Healthcare & Pharma
T|Jiangsu Hengrun Pharma H1 profit falls 18% as volume-based procurement bites
C|By Staff Reporter
C|August 28, 2023 8:15 PM GMT+8 Updated a day ago
B|SHANGHAI, Aug 28 (AMW) - Jiangsu Hengrun Pharmaceutical Co, a generic drugmaker based in the China Medical City in Taizhou, Jiangsu province, reported an 18.2% drop in first-half net profit on Monday, as price cuts under China's national volume-based procurement (VBP) programme weighed on sales of its older cardiovascular drugs.
B|Net profit attributable to shareholders fell to 412 million yuan ($56.5 million) in the six months to June 30, from 504 million yuan a year earlier, the company said in a filing to the Shenzhen Stock Exchange. Revenue slipped 6.1% to 3.27 billion yuan.
B|Two of Hengrun's best-selling products, an amlodipine tablet and a rosuvastatin tablet, failed to win contracts in the latest procurement round, the company said, while a third saw its price cut by 61%.
B|Sales of innovative drugs, however, rose 34% and now account for 27% of revenue, helped by the inclusion of its diabetes drug in the national reimbursement drug list from January.
B|"The transition from generics to innovative drugs is painful but unavoidable," chairman Zhou Weiming told analysts on a call.
B|Hengrun shares closed down 2.3% at 31.06 yuan before the results. The Shenzhen benchmark index fell 0.8%.
C|($1 = 7.2880 Chinese yuan)
C|Reporting by AMW Shanghai newsroom; Editing by Louise Heath
C|Our Standards: AMW Editorial Principles.
C|Read Next
C|China's hospital anti-graft campaign rattles medical device makers
C|Hong Kong biotech listings stall as valuations slide
""")

# ---- en-11: Singapore health portal, wellness tips ---------------------------------
def en11():
    g = G()
    nav = ["Live Healthy", "Programmes", "Health Services", "Medications", "Conditions & Illnesses"]
    more = [
        "Eating Out? Here’s How to Make Healthier Choices at the Hawker Centre",
        "Healthier SG: What Enrolling With a Family Doctor Means for You",
        "5 Simple Stretches You Can Do at Your Desk",
    ]
    m = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Festive Feasting With Diabetes: 6 Tips to Keep Your Blood Sugar in Check | HealthHub</title>
<meta name="description" content="Chinese New Year goodies are hard to resist. Here's how to enjoy the celebrations without sending your blood sugar soaring.">
<meta property="og:image" content="/assets/articles/cny-diabetes.jpg">
<script type="application/ld+json">{{"@type":"Article","datePublished":"2024-01-12"}}</script>
<link rel="stylesheet" href="/assets/app.9f2e.css">
</head>
<body>
<div class="gov-masthead">{g.c('<span>A Singapore Government Agency Website</span>')} {g.c('<a href="#">How to identify</a>')}</div>
<header class="hh-header">
  <a href="/" class="hh-logo"><img src="/assets/logo.svg" alt="HealthHub"></a>
  <nav><ul>
{g.items(nav, '<li><a href="#">{}</a></li>')}
  </ul></nav>
  <a class="hh-login" href="#">{g.c('Log in with Singpass')}</a>
</header>
<main>
  <section class="hh-article">
    <div class="hh-article__cat">{g.c('Diabetes')}</div>
    <h1>{g.t('Festive Feasting With Diabetes: 6 Tips to Keep Your Blood Sugar in Check')}</h1>
    <div class="hh-article__meta">{g.c('Published on 12 Jan 2024 | 5 min read')}</div>
    <div class="hh-article__body">
{g.p('Pineapple tarts, bak kwa and love letters — Chinese New Year goodies are hard to resist. If you have diabetes, you do not have to skip the celebrations altogether. With a little planning, you can enjoy the festivities while keeping your blood sugar under control.')}
<h2>{g.b('1. Don’t skip meals before visiting')}</h2>
{g.p('Skipping breakfast to “save room” for house visits can cause your blood sugar to swing. Eat regular, balanced meals and keep to your usual medication schedule.')}
<h2>{g.b('2. Watch your portions')}</h2>
{g.p('Two pineapple tarts contain about as many calories as a bowl of rice. Take one or two pieces, put them on a plate and avoid eating straight from the container.')}
<h2>{g.b('3. Choose drinks wisely')}</h2>
{g.p('Go for plain water or Chinese tea instead of canned drinks. A can of soft drink can contain up to 9 teaspoons of sugar.')}
<div class="hh-promo">{g.c('<p>Download the HealthHub app to track your steps and earn Healthpoints.</p>')}</div>
<h2>{g.b('4. Stay active')}</h2>
{g.p('Take a brisk walk after meals, or join the family for a game instead of sitting down for long periods.')}
<h2>{g.b('5. Monitor your blood sugar')}</h2>
{g.p('Check your blood glucose more often during the festive period, especially if you are on insulin.')}
<h2>{g.b('6. Talk to your doctor')}</h2>
{g.p('If you are enrolled with a family doctor under Healthier SG, discuss your festive plans at your next review. Your doctor can help you adjust your health plan.')}
{g.p('<em>This article was written in collaboration with dietitians from a public healthcare cluster.</em>')}
    </div>
    <div class="hh-share">{g.c('Share:')} {g.items(['WhatsApp', 'Telegram', 'Facebook', 'Copy link'], '<a href="#">{}</a>', ' ')}</div>
    <div class="hh-feedback">{g.c('<p>Was this article helpful?</p>')}<button>{g.c('Yes')}</button><button>{g.c('No')}</button></div>
  </section>
  <aside class="hh-more">
    <h3>{g.c('Read more')}</h3>
    <ul>
{g.items(more, '<li><a href="#">{}</a></li>')}
    </ul>
  </aside>
</main>
<footer class="hh-footer">
  {g.items(['Contact Us', 'Feedback', 'FAQ', 'Report Vulnerability', 'Privacy Statement', 'Terms of Use'], '<a href="#">{}</a>', ' ')}
  {g.c('<p>The information provided on this site is for general educational purposes only and is not intended to replace the advice of a qualified healthcare professional.</p>')}
  {g.c('<p>&copy; 2024 Government of Singapore. Last updated on 12 Jan 2024</p>')}
</footer>
</body>
</html>
"""
    html_page("h5-en-11-sg-cny-diabetes-tips", "en", "UTF-8",
              L("wellness", [], "2024-01-12", ["SG"]), g, m)


en11()

# ---- en-12: Macao government press release, not health, no full date -------------
text_page("h5-en-12-macao-dragon-boat-traffic", "en", "UTF-8",
          L("other", [], None, ["820000"]), """
C|Government Information Bureau of the Macao SAR
C|中文 | Português | English
C|News
C|Society & Security
T|Traffic arrangements and bus diversions for the Macao International Dragon Boat Races
B|The Public Security Police Force (PSP) announced yesterday (20 June) the temporary traffic arrangements for the Macao International Dragon Boat Races, to be held at Nam Van Lake this weekend.
B|From 7 a.m. to 7 p.m. on both race days, the section of Avenida Dr. Stanley Ho between Rotunda Dr. Stanley Ho and Avenida da República will be closed to all vehicles, except emergency vehicles and vehicles authorised by the PSP.
B|Eleven bus routes will be diverted during the closure. The Transport Bureau reminded residents and visitors to check the latest bus information on its website or mobile app, and to take public transport to the venue as parking spaces nearby will be limited.
B|First-aid stations staffed by the Fire Services Bureau will be set up at the grandstand and the finishing area.
B|For enquiries, please call the Transport Bureau hotline 8866 3773 during office hours.
C|Related news
C|Macao residents' Dragon Boat Festival holiday: 1.02 million border crossings expected
C|Sports Bureau opens registration for Macao youth rowing training camp
C|Back to top
C|Copyright © Government Information Bureau of the Macao SAR Government
""")

# ================================================================= output and checks

SEP_CHARS = " |>»/·\\-–—•:：,，、»›→"
META_CHARSETS = {
    "UTF-8": {"utf-8"}, "UTF-8-BOM": {"utf-8"}, "GBK": {"gbk", "gb2312"},
    "GB18030": {"gb18030"}, "Big5": {"big5"},
}
PY_CODEC = {"UTF-8": "utf-8", "UTF-8-BOM": "utf-8", "GBK": "gbk", "GB18030": "gb18030",
            "Big5": "big5"}


def encode(text: str, encoding: str) -> bytes:
    data = text.encode(PY_CODEC[encoding], errors="strict")
    return b"\xef\xbb\xbf" + data if encoding == "UTF-8-BOM" else data


def decode(data: bytes, encoding: str) -> str:
    if encoding == "UTF-8-BOM":
        if not data.startswith(b"\xef\xbb\xbf"):
            raise ValueError("missing BOM")
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith(b"\xef\xbb\xbf"):
        raise ValueError("unexpected BOM")
    return data.decode(PY_CODEC[encoding], errors="strict")


def tq(s: str) -> str:
    out = []
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
    return '"' + "".join(out) + '"'


def tlist(items: list[str], multiline: bool) -> str:
    if not items:
        return "[]"
    if not multiline:
        return "[" + ", ".join(tq(i) for i in items) + "]"
    return "[\n" + "".join(f"  {tq(i)},\n" for i in items) + "]"


def gold_toml(p: dict) -> str:
    lab = p["labels"]
    lines = [
        f"lang = {tq(p['lang'])}",
        f"encoding = {tq(p['encoding'])}",
        f"title = {tq(p['title'])}",
        f"body = {tlist(p['body'], True)}",
        f"chrome = {tlist(p['chrome'], True)}",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['health_policy'] else 'false'}",
        f"kind = {tq(lab['kind'])}",
        f"tags = {tlist(lab['tags'], False)}",
    ]
    if "published" in lab:
        lines.append(f"published = {tq(lab['published'])}")
    lines.append(f"regions = {tlist(lab['regions'], False)}")
    if "source" in lab:
        lines.append(f"source = {tq(lab['source'])}")
    return "\n".join(lines) + "\n"


ERRORS: list[str] = []


def fail(name: str, msg: str) -> None:
    ERRORS.append(f"{name}: {msg}")


def check_gold(name: str, raw: str) -> dict:
    try:
        gold = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        fail(name, f"gold does not parse: {e}")
        return {}
    for k in set(gold) - TOP_KEYS:
        fail(name, f"unknown key {k}")
    for k in TOP_KEYS - set(gold):
        fail(name, f"missing key {k}")
    lab = gold.get("labels", {})
    for k in set(lab) - LABEL_KEYS:
        fail(name, f"unknown label key {k}")
    for k in {"health_policy", "kind", "tags", "regions"} - set(lab):
        fail(name, f"missing label {k}")
    if gold.get("lang") not in {"zh", "en"} or not name.startswith(f"h5-{gold.get('lang')}-"):
        fail(name, "lang does not match name")
    if gold.get("encoding") not in ENCODINGS:
        fail(name, "bad encoding")
    if lab.get("kind") not in KINDS:
        fail(name, "bad kind")
    if (lab.get("kind") == "policy") != lab.get("health_policy"):
        fail(name, "kind/policy mismatch")
    tags = lab.get("tags", [])
    if any(t not in TAGS for t in tags):
        fail(name, f"bad tag in {tags}")
    if lab.get("health_policy") and not 1 <= len(tags) <= 4:
        fail(name, "policy page needs 1-4 tags")
    if not lab.get("health_policy") and tags:
        fail(name, "negative page must have tags = []")
    if "published" in lab and not re.fullmatch(r"20\d\d-[01]\d-[0-3]\d", str(lab["published"])):
        fail(name, "published is not a date")
    for r in lab.get("regions", []):
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)):
            fail(name, f"bad region {r}")
        if r == "CN":
            fail(name, "CN is not used (national pages have regions = [])")
    if not isinstance(gold.get("title"), str) or not all(
            isinstance(x, str) for x in gold.get("body", []) + gold.get("chrome", [])):
        fail(name, "title/body/chrome have wrong types")
    return gold


def covered_by(line: str, golds: list[str]) -> bool:
    alts = "|".join(re.escape(s) for s in sorted(set(golds), key=len, reverse=True))
    sep = "[" + re.escape(SEP_CHARS) + "]*"
    return re.fullmatch(f"(?:{sep}(?:{alts}){sep})+", line) is not None


def check_page(p: dict, data: bytes, gold: dict) -> None:
    name, enc = p["name"], gold.get("encoding", "")
    try:
        text = decode(data, enc)
    except (ValueError, UnicodeDecodeError, KeyError) as e:
        fail(name, f"does not decode as {enc}: {e}")
        return
    if text != p["text"]:
        fail(name, "decoded text differs from the intended text")
    if "\ufffd" in text:
        fail(name, "U+FFFD in page")
    if p["crlf"] != ("\r\n" in text):
        fail(name, "CRLF flag does not match the bytes")
    title, body, chrome = gold["title"], gold["body"], gold["chrome"]
    golds = ([title] if title else []) + body + chrome
    if p["ext"] == "html":
        mc = re.search(r'charset=["\']?([A-Za-z0-9_-]+)', text)
        if not mc or mc.group(1).lower() not in META_CHARSETS[enc]:
            fail(name, "meta charset does not agree with the declared encoding")
        lines = visible_lines(text)
        for ln in lines:
            if not covered_by(ln, golds):
                fail(name, f"visible text not labelled: {ln!r}")
    else:
        lines = [norm(x) for x in text.splitlines() if norm(x)]
        allowed = set(golds)
        for ln in lines:
            if ln not in allowed:
                fail(name, f"line not labelled: {ln!r}")
    joined = "\n".join(lines)
    for s in golds:
        if not s or s != norm(s):
            fail(name, f"gold string empty or not normalised: {s!r}")
        elif s not in joined:
            fail(name, f"gold string not in visible text: {s!r}")
    for c in chrome:
        if c in body or (len(re.sub(r"\s", "", c)) >= 10 and any(c in b for b in body)):
            fail(name, f"chrome line is (in) a body paragraph: {c!r}")
        if c == title:
            fail(name, "title listed as chrome")
    if title in body:
        fail(name, "title repeated in body")
    if not body:
        fail(name, "no body")
    if len(set(body)) != len(body):
        fail(name, "duplicate body paragraph")


def readme(pages: list[dict]) -> str:
    def count(pred):
        return sum(1 for p in pages if pred(p))

    n = len(pages)
    zh = count(lambda p: p["lang"] == "zh")
    trad = [p["name"] for p in pages if p["name"] in TRADITIONAL]
    html_n = count(lambda p: p["ext"] == "html")
    encs: dict[str, int] = {}
    for p in pages:
        encs[p["encoding"]] = encs.get(p["encoding"], 0) + 1
    crlf = count(lambda p: p["crlf"])
    kinds: dict[str, int] = {}
    for p in pages:
        kinds[p["labels"]["kind"]] = kinds.get(p["labels"]["kind"], 0) + 1
    nodate = count(lambda p: "published" not in p["labels"])
    tagset = sorted({t for p in pages for t in p["labels"]["tags"]})
    enc_s = ", ".join(f"{k} {v}" for k, v in sorted(encs.items()))
    kind_s = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
    return f"""# holdout5: sealed blind held-out set

{n} invented pages that imitate what healthfeed meets in the wild, with gold files in
the format of tests/corpus/README.md. This set is **sealed**: it is meant to be
measured once, at the end, and must not be used to tune rules.

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora. All content is invented, never copied from the web.

## Counts

- languages: zh {zh} ({len(trad)} in traditional script: Hong Kong, Taiwan), en {n - zh}
  (including machine-translated Chinese government pages and a PDF-to-text notice)
- markup: HTML {html_n}, scraper plain text {n - html_n}
- encodings: {enc_s}; CRLF line ends: {crlf}
- kinds: {kind_s}
  (health policy {count(lambda p: p['labels']['health_policy'])},
  hard negatives {count(lambda p: p['labels']['kind'] not in ('policy', 'other'))},
  other {count(lambda p: p['labels']['kind'] == 'other')})
- pages without a full publication date (gold omits `published`): {nodate}
- tags used on policy pages: {len(tagset)} of 14
- sites: county and district portals, provincial and city health commissions, a
  hospital site, a procurement portal, a WeChat article scrape, a news app, a Hong Kong
  government press release, a Taiwan financial news site, a Macao government release,
  UK / US / Australian / Indian / South African / Singapore agencies, wire stories and a
  newspaper English edition.

## Regenerate

    python3 scripts/make_holdout5.py

The generator rewrites this folder and checks its own output (gold strings occur in the
visible text, every visible line or HTML text block is labelled, gold parses and uses
only known keys and values, every page decodes with its declared encoding to the
intended text); it exits non-zero on any failure.
"""


TRADITIONAL = {"h5-zh-06-hk-flu-vaccination-programme", "h5-zh-07-tw-generic-drugmaker-q1-earnings"}


def main() -> int:
    names = [p["name"] for p in PAGES]
    if len(names) != len(set(names)):
        raise SystemExit("duplicate page names")
    if OUT.exists():
        for f in OUT.iterdir():
            f.unlink()
    OUT.mkdir(parents=True, exist_ok=True)
    for p in PAGES:
        try:
            data = encode(p["text"], p["encoding"])
        except UnicodeEncodeError as e:
            fail(p["name"], f"cannot encode as {p['encoding']}: {e}")
            continue
        (OUT / f"{p['name']}.{p['ext']}").write_bytes(data)
        (OUT / f"{p['name']}.gold.toml").write_text(gold_toml(p), encoding="utf-8")
    (OUT / "README.md").write_text(readme(PAGES), encoding="utf-8")

    # Independent re-read of what is on disk.
    for p in PAGES:
        page = OUT / f"{p['name']}.{p['ext']}"
        gpath = OUT / f"{p['name']}.gold.toml"
        if not page.exists() or not gpath.exists():
            continue
        gold = check_gold(p["name"], gpath.read_text(encoding="utf-8"))
        if gold:
            check_page(p, page.read_bytes(), gold)
    for f in OUT.glob("*.gold.toml"):
        stem = f.name[: -len(".gold.toml")]
        if not any((OUT / f"{stem}.{e}").exists() for e in ("txt", "html")):
            fail(stem, "gold without page")

    # Set-level requirements.
    zh = [p for p in PAGES if p["lang"] == "zh"]
    if len(PAGES) != 24 or len(zh) != 12:
        fail("set", f"expected 24 pages, 12 zh; got {len(PAGES)}, {len(zh)}")
    if sum(p["ext"] == "html" for p in PAGES) < 8:
        fail("set", "fewer than a third HTML")
    encs = {p["encoding"] for p in PAGES}
    for e in ("GBK", "GB18030", "Big5", "UTF-8-BOM"):
        if e not in encs:
            fail("set", f"no {e} page")
    if not any(p["crlf"] for p in PAGES):
        fail("set", "no CRLF page")
    if sum("published" not in p["labels"] for p in PAGES) < 3:
        fail("set", "fewer than 3 pages without a date")
    used = {t for p in PAGES for t in p["labels"]["tags"]}
    if used != TAGS:
        fail("set", f"tags not covered: {sorted(TAGS - used)}")
    kinds = {p["labels"]["kind"] for p in PAGES}
    if kinds != KINDS:
        fail("set", f"kinds not covered: {sorted(KINDS - kinds)}")

    if ERRORS:
        print("\n".join(ERRORS), file=sys.stderr)
        print(f"FAILED: {len(ERRORS)} problem(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(PAGES)} pages written to {OUT.relative_to(ROOT)} and checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
