#!/usr/bin/env python3
"""Generate tests/holdout16: a blind held-out set of 24 scraped pages with gold labels.

The pages imitate what the users' scrapers save from Chinese city, county and
provincial government sites (health commissions, medical-insurance bureaus, county
news centres, district portals), their English machine-translated editions and a few
international health-policy sites: mostly plain scraper text (one line per block,
full site chrome), a third full HTML.  All content is invented.

Written blind: without looking at src/, config/, scripts/ (other than this file) or
any other corpus.  The gold format is tests/corpus/README.md.

The script checks its own output and exits non-zero when a page and its gold disagree
(see `check_page`).  Stdlib only, Python 3.11.

    python3 scripts/make_holdout16.py
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tomllib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout16"

TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child",
    "chronic-disease",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender",
         "economy", "other"}
HARD_NEGATIVES = KINDS - {"policy", "other"}
ENCODINGS = {"UTF-8", "UTF-8-BOM", "GBK", "GB18030", "Big5", "windows-1252", "UTF-16LE"}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}

PAGES: list[dict] = []


def collapse(s: str) -> str:
    return " ".join(s.split())


def nonws_len(s: str) -> int:
    return len("".join(s.split()))


def labels(policy: bool, kind: str, tags: list[str], published: str | None,
           regions: list[str], source: str | None = None) -> dict:
    lab = {"health_policy": policy, "kind": kind, "tags": tags, "regions": regions}
    if published is not None:
        lab["published"] = published
    if source is not None:
        lab["source"] = source
    return lab


def text_page(name: str, lang: str, encoding: str, lab: dict, lines: str,
              crlf: bool = False, traditional: bool = False) -> None:
    """A scraper text page written as marked lines: `c ` chrome, `t ` title, `b ` body,
    a blank (or whitespace-only) line is kept as it is.  The text after the two-character mark is the line as
    saved (indentation and inner spacing included); gold gets it whitespace-collapsed."""
    out, title, body, chrome = [], [], [], []
    for raw in lines.strip("\n").split("\n"):
        if raw.strip() == "":
            out.append(raw)
            continue
        mark, content = raw[:2], raw[2:]
        if mark not in ("c ", "t ", "b ") or not content.strip():
            sys.exit(f"{name}: bad marked line {raw!r}")
        out.append(content)
        {"c ": chrome, "t ": title, "b ": body}[mark].append(collapse(content))
    if len(set(title)) != 1:
        sys.exit(f"{name}: title lines differ or missing: {title}")
    nl = "\r\n" if crlf else "\n"
    PAGES.append(dict(
        name=name, ext="txt", lang=lang, encoding=encoding, crlf=crlf,
        traditional=traditional, text=nl.join(out) + nl, title=title[0], body=body,
        chrome=list(dict.fromkeys(chrome)), labels=lab))


def html_page(name: str, lang: str, encoding: str, lab: dict, html: str, title: str,
              body: str, chrome: str, traditional: bool = False) -> None:
    """A full HTML page; `body` and `chrome` are one gold entry per line."""
    def entries(block: str) -> list[str]:
        return [collapse(x) for x in block.strip("\n").split("\n") if x.strip()]
    PAGES.append(dict(
        name=name, ext="html", lang=lang, encoding=encoding, crlf=False,
        traditional=traditional, text=html.lstrip("\n"), title=collapse(title),
        body=entries(body), chrome=list(dict.fromkeys(entries(chrome))), labels=lab))


# --------------------------------------------------------------------------- pages

text_page("h16-zh-01-jiaojiang-chronic-family-doctor", "zh", "UTF-8",
          labels(True, "policy", ["primary-care", "chronic-disease"], "2024-04-16",
                 ["331002"]), r"""
c 无障碍 | 长者模式 | 繁體 | English
c 登录   注册
c 台州市椒江区人民政府
c 欢迎您访问椒江区政府门户网站
c 首页
c 走进椒江
c 政务公开
c 政务服务
c 互动交流
c 数据开放
c 专题专栏
c 全站搜索
c 热门搜索：家庭医生 医保报销 新生入学 公积金提取
c 当前位置：首页 > 政务公开 > 部门信息 > 区卫生健康局

t 椒江全面推行“两慢病”家庭医生签约服务包
c 信息来源：区卫生健康局　　发布时间：2024-04-16 09:25　　浏览次数：1362
c 【字体：大 中 小】【打印本页】【关闭窗口】

b 　　为进一步做实做细家庭医生签约服务，提升高血压、糖尿病（以下简称“两慢病”）患者规范管理水平，近日，椒江区卫生健康局会同区医疗保障分局印发《椒江区“两慢病”家庭医生签约服务包实施方案》，在全区8个街道社区卫生服务中心和2个镇卫生院全面推行个性化签约服务包。
b 　　方案明确，签约服务包分为基础包和“两慢病”个性化包两类。基础包面向全区常住居民免费提供；个性化包面向已确诊的“两慢病”患者，年服务费120元，由医保基金、基本公共卫生服务经费和签约居民个人共同分担。
b 服务包类别　年服务费　医保基金支付　公卫经费承担　个人支付
b 个性化包　120元　70元　30元　20元
b 　　签约“两慢病”个性化包的居民可享受以下服务：
b 　　1.每季度至少1次面对面随访，每年1次免费健康体检和眼底、尿微量白蛋白等并发症筛查；
b 　　2.病情稳定的患者可享受长期处方服务，单次最长可开具12周用药；
b 　　3.通过区域医共体上转绿色通道，优先预约上级医院专家号源；
b 　　4.在签约基层医疗机构门诊就医，医保报销比例提高5个百分点。
b 　　区卫生健康局相关负责人介绍，截至3月底，全区已组建家庭医生团队186个，“两慢病”患者签约率达78.6%，规范管理率较去年同期提高6.2个百分点。下一步，该局将把签约服务包落实情况纳入基层医疗机构年度绩效考核，推动家庭医生签约服务“签而有约、约而有效”。
b 　　居民如需签约或咨询，可就近前往所在街道（镇）社区卫生服务中心，或拨打椒江区卫生健康服务热线0576-88826120。

c 【打印】【关闭】
c 上一篇：椒江区开展2024年世界防治结核病日主题宣传活动
c 下一篇：区卫生健康局召开一季度安全生产暨信访维稳工作例会
c 相关信息
c 椒江区2024年基本公共卫生服务项目绩效评价结果公示
c 关于公布椒江区家庭医生签约服务团队名单的通知
c 扫一扫 手机看
c 网站地图 | 联系我们 | 隐私声明 | 网站纠错
c 主办：台州市椒江区人民政府办公室　承办：椒江区大数据发展中心
c 地址：台州市椒江区市府大道358号　邮编：318000
c 浙ICP备10025318号-2　浙公网安备 33100202000117号　网站标识码：3310020003
c 建议使用1366×768及以上分辨率、Chrome或Edge浏览器浏览本站
c 您是本站第 3281556 位访客
""")

text_page("h16-zh-02-fuzhou-jx-dip-qa", "zh", "GBK",
          labels(True, "policy", ["medical-insurance", "medical-reform"], "2023-08-22",
                 ["361000"]), r"""
c 抚州市医疗保障局
c 首页
c 机构概况
c 政务公开
c 政策文件
c 政策解读
c 医保服务
c 互动交流
c 专题专栏
c 长者模式
c 无障碍
c 站内搜索：        搜索
c 位置：首页 >> 政策解读 >> 文字解读

t 《抚州市区域点数法总额预算和按病种分值付费（DIP）实施细则》政策解读
c 发布日期：2023年08月22日　　来源：市医保局医药服务管理科　　字号：[ 大 中 小 ]

b 　　近日，市医保局、市财政局、市卫生健康委联合印发《抚州市区域点数法总额预算和按病种分值付费（DIP）实施细则》（以下简称《实施细则》）。为便于广大参保群众和定点医疗机构了解政策，现就有关问题解读如下。
b 　　一、为什么要出台《实施细则》？
b 　　答：按病种分值付费是医保支付方式改革的重要内容。我市自2021年起开展DIP支付方式改革试点，在前期实践基础上，需要进一步统一规则、规范经办，推动医保基金从“按项目付费”向“按价值付费”转变，引导定点医疗机构主动控制成本、规范诊疗行为。
b 　　二、《实施细则》适用于哪些医疗机构？
b 　　答：适用于全市范围内开展住院服务的职工医保和城乡居民医保定点医疗机构，包括临川区、东乡区及各县的公立医院和民营医院。精神类、康复类等长期住院病例按床日付费，不纳入DIP结算。
b 　　三、什么是“病种分值”？如何计算？
b 　　答：病种分值是根据每一病种组合历史平均医疗费用与全部病种次均费用的比值确定的相对值。医保部门每年根据基金预算总额和全市医疗机构总分值确定每分值的结算单价，医疗机构的DIP结算金额等于其病例总分值乘以分值单价。
b 　　四、参保群众住院报销会受影响吗？
b 　　答：不会。DIP是医保基金与定点医疗机构之间的结算方式，参保人员住院的起付标准、报销比例和最高支付限额等待遇政策不变，出院时仍按现行规定直接结算，个人负担不因DIP结算而增加。
b 　　五、如何防止医疗机构推诿病人、分解住院？
b 　　答：《实施细则》建立了病例评审和违规扣分机制。对推诿重症患者、分解住院、高套分值等行为，一经查实，扣减相应分值并纳入定点医疗机构年度考核；情节严重的，依法依规处理。参保群众发现相关问题，可拨打抚州医保服务热线0794-12393投诉举报。
b 　　六、《实施细则》什么时候开始执行？
b 　　答：《实施细则》自2023年10月1日起执行，有效期5年。此前我市出台的相关规定与本细则不一致的，以本细则为准。

c 附件：抚州市区域点数法总额预算和按病种分值付费（DIP）实施细则.pdf
c 相关链接：关于印发《抚州市区域点数法总额预算和按病种分值付费（DIP）实施细则》的通知
c 【打印此页】　【关闭窗口】　【返回顶部】
c 扫一扫在手机上查看当前页面
c 友情链接：国家医疗保障局 | 江西省医疗保障局 | 抚州市人民政府 | 中国政府网
c 版权所有：抚州市医疗保障局　　主办：抚州市医疗保障局办公室
c 地址：江西省抚州市临川区文昌大道369号
c 赣ICP备18006217号-1　　赣公网安备 36100202000241号　　网站标识码：3610000035
c 技术支持：抚州市大数据中心　　联系电话：0794-8263317
""")

text_page("h16-zh-03-yongqiao-elderly-canteens", "zh", "UTF-8",
          labels(True, "policy", ["elderly-care"], None, ["341302"],
                 source="埇桥区融媒体中心"), r"""
c 宿州市埇桥区人民政府
c 长者版 | 无障碍 | 繁體
c 登录 ｜ 我的政府
c 首页
c 政务公开
c 新闻动态
c 埇桥要闻
c 部门动态
c 乡镇动态
c 政务服务
c 政民互动
c 走进埇桥
c 请输入搜索内容
c 您现在的位置： 首页 > 新闻动态 > 部门动态

c “小食堂”端出“大民生”
t 埇桥区老年助餐服务实现城区社区全覆盖
c 来源：埇桥区融媒体中心　作者：王静 文/图　点击数：
c 分享到：微信　微博　QQ空间

b 　　3月15日中午11点，道东街道颐养家园老年食堂里饭菜飘香，七十多位老人排队刷卡取餐。两荤两素一汤，80岁以上老人刷卡后只需支付7元。“以前自己在家随便对付一口，现在走几步路就能吃上热乎饭，还有人陪着拉呱。”82岁的居民李秀兰笑着说。
c ▲老人们在颐养家园老年食堂就餐　王静 摄
b 　　记者从区民政局了解到，埇桥区已在城区建成老年助餐点46个，实现城区社区全覆盖，日均服务老年人3200余人次。助餐点采取“中央厨房+社区配送”“社区食堂自营”“餐饮企业嵌入”等多种模式运营，政府提供场地，水电气价格按居民生活类执行。
b 　　补贴标准方面，辖区户籍60周岁以上老年人每餐补贴2元，80周岁以上每餐补贴3元，特困、低保、失能及重度残疾老年人每餐补贴5元，补贴资金由区财政和街道按7:3比例分担，通过老年人助餐卡直接抵扣。行动不便的老年人可申请送餐上门服务。
c 相关阅读：埇桥区启动“智慧养老”服务平台建设
b 　　上周五，区民政局召开全区老年助餐服务推进会，明确今年底前将助餐服务向农村延伸，在符离、栏杆等乡镇试点“村级邻里互助餐桌”，并建立食品安全、价格和服务质量三方监管机制。
b 　　“下一步，我们将推动助餐服务向乡镇延伸，让更多老人在家门口吃上放心饭、舒心饭。”
b 　　——埇桥区民政局局长 刘海
b 　　老年人可持身份证到所在社区居委会办理助餐卡，咨询电话：0557-3021516。

c 责任编辑：李娜
c 【打印】　【关闭】　【收藏】
c 相关新闻
c 埇桥区召开民生实事项目推进会部署全年重点工作
c 道东街道：“银发食堂”让老人吃得舒心放心
c 扫码关注“埇桥发布”微信公众号
c 版权所有：宿州市埇桥区人民政府　主办：埇桥区人民政府办公室　运维：埇桥区数据资源管理局
c 皖ICP备05008821号-1　皖公网安备 34130202000091号　网站标识码：3413020001
c 本站支持IPv6访问
""")

text_page("h16-zh-04-jinyun-tcm-villages", "zh", "UTF-8",
          labels(True, "policy", ["tcm", "primary-care"], "2024-06-03", ["331122"],
                 source="缙云新闻网"), r"""
c 缙云新闻网
c 缙云县新闻传媒中心主办
c 今天是：2024年6月5日 星期三
c 首页  缙云要闻  部门动态  乡镇街道  社会民生  视听缙云  专题  数字报
c 下载“缙云”APP
c 缙云：中医药服务进村入户 “治未病”守护山区群众健康_缙云新闻网
c 您当前的位置 ： 缙云新闻网 >> 缙云要闻 >> 正文
t 缙云：中医药服务进村入户 “治未病”守护山区群众健康
c 时间：2024.06.03　来源：缙云新闻网　记者 应丽君 通讯员 朱建平
b 　　近日，在壶镇镇岩背村文化礼堂，县中医院医共体壶镇分院的中医师正为村民义诊把脉、开方，艾灸、拔罐、耳穴压豆等中医适宜技术体验点前排起了长队。这是我县推进中医药服务“进村入户”的一个缩影。
b 　　今年以来，县卫生健康局以县域医共体为依托，印发《缙云县基层中医药服务能力提升行动方案》，明确到年底全县所有乡镇卫生院（社区卫生服务中心）建成标准化中医馆，80%以上的村卫生室能够提供6类以上中医药适宜技术服务。
b 　　目前，全县18个乡镇（街道）卫生院已全部设立中医馆，县中医院派出32名中医师下沉基层坐诊带教，组建“中医药健康服务小分队”14支，定期深入山区村开展巡回诊疗，重点为老年人、慢性病患者提供中医体质辨识和健康指导。
c 相关阅读：缙云县中医院入选省级中医药重点专科建设单位
b 　　在“治未病”方面，我县将中医药健康管理纳入家庭医生签约服务，推出“三伏贴”“膏方调理”等特色服务包，并将符合条件的中药饮片、中医诊疗项目纳入医保报销范围，减轻群众负担。
b 　　群众的获得感，就在这一针一灸间。
b 　　县卫生健康局有关负责人表示，下一步将继续推进中医药人才“县管乡用”，深化县中医院与省级中医医院的合作，力争把缙云打造成为浙西南山区中医药强基层示范县。
c 编辑：叶子　审核：李明　终审：王华
c 网友评论
c 发表评论
c 请文明上网，理性发言。您发表的评论仅代表您个人观点，与本网站立场无关，本网站有权删除违反国家法律法规或含有不良信息的评论。
c 已有0条评论
c 相关新闻
c 县委主要领导调研卫生健康工作时强调 加快建设山区卫生健康现代化先行县
c 壶镇镇：家门口的中医馆让村民看病更方便
c 缙云县新闻传媒中心版权所有，未经书面授权禁止复制或建立镜像
c 互联网新闻信息服务许可证编号：33120210017　违法和不良信息举报电话：0578-3180110
c 浙ICP备14036720号-1　浙公网安备 33112202000036号
""")

html_page("h16-zh-05-nhsa-vbp-drugs-primary", "zh", "UTF-8",
          labels(True, "policy", ["drug-policy", "medical-insurance", "primary-care"],
                 "2024-04-02", []), r"""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>国家医疗保障局办公室关于推动集中带量采购中选药品在基层医疗机构配备使用的通知_通知公告_国家医疗保障局</title>
<meta name="SiteName" content="国家医疗保障局">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="国家医疗保障局办公室关于推动集中带量采购中选药品在基层医疗机构配备使用的通知">
<meta name="PubDate" content="2024-04-02T10:00:00+08:00">
<meta name="ContentSource" content="医药价格和招标采购司">
<meta name="Keywords" content="集中带量采购,中选药品,基层医疗卫生机构">
<meta property="og:type" content="article">
<meta property="og:title" content="国家医疗保障局办公室关于推动集中带量采购中选药品在基层医疗机构配备使用的通知">
<link rel="stylesheet" href="/static/css/base.css?v=20240108">
<script src="/static/js/jquery-3.6.0.min.js"></script>
<script>
  var _hmt = _hmt || [];
  (function () {
    var hm = document.createElement("script");
    hm.src = "https://stat.example.cn/hm.js?3f9e0c";
    document.head.appendChild(hm);
  })();
</script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <span class="fl">欢迎访问国家医疗保障局政府网站</span>
    <div class="fr">
      <a href="/old/">长者模式</a>
      <a href="javascript:;" id="cniil_wza">无障碍浏览</a>
      <a href="/en/">English</a>
      <a href="/wap/">手机版</a>
    </div>
  </div>
</div>
<div class="header w1200">
  <a class="logo" href="/"><img src="/static/img/logo.png" alt="国家医疗保障局"></a>
  <form class="search-box" action="/search" method="get">
    <input type="text" name="q" placeholder="请输入关键词">
    <button type="submit">搜索</button>
  </form>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/jggk/">机构概况</a></li>
    <li><a href="/xwdt/">新闻动态</a></li>
    <li class="on"><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zcfg/">政策法规</a></li>
    <li><a href="/zcjd/">政策解读</a></li>
    <li><a href="/bsfw/">办事服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
  <table class="xxgk-info" cellspacing="0">
    <tr>
      <td><b>索引号：</b>000014672/2024-00128</td>
      <td><b>主题分类：</b>医药价格和招标采购</td>
    </tr>
    <tr>
      <td><b>发文机关：</b>国家医疗保障局办公室</td>
      <td><b>成文日期：</b>2024年03月29日</td>
    </tr>
    <tr>
      <td><b>发文字号：</b>医保办发〔2024〕6号</td>
      <td><b>发布日期：</b>2024年04月02日</td>
    </tr>
  </table>
  <div class="article">
    <h1 class="article-title">国家医疗保障局办公室关于推动集中带量采购中选药品在基层医疗机构配备使用的通知</h1>
    <div class="article-info">
      <span>发布时间：2024-04-02 10:00</span>
      <span>来源：医药价格和招标采购司</span>
      <span class="font">字号：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span>
      <a href="javascript:window.print();" class="print">打印</a>
    </div>
    <div class="article-content" id="zoom">
      <p>各省、自治区、直辖市及新疆生产建设兵团医疗保障局：</p>
      <p>　　为进一步巩固国家组织药品集中带量采购改革成果，推动中选药品在基层医疗机构配备使用，让基层群众在家门口用上质优价宜的中选药品，现就有关事项通知如下。</p>
      <p>　　一、扩大基层配备范围。各地要指导乡镇卫生院、社区卫生服务中心（站）和有条件的村卫生室，结合功能定位和用药需求，优先配备使用国家和省级集中带量采购中选药品。原则上2024年6月底前，高血压、糖尿病等常见慢性病治疗用中选药品在基层医疗机构的配备品种数不少于30种。</p>
      <p>　　二、完善上下级用药衔接。依托紧密型县域医共体，推动牵头医院与基层医疗机构用药目录统一、采购统一、配送统一，保障从上级医院转诊的慢性病患者在基层能够延续用药。</p>
      <p>　　三、落实医保支付政策。对基层医疗机构使用的中选药品，按规定纳入医保支付并执行医保支付标准；在医保基金总额预算中，对基层医疗机构中选药品使用量增长予以合理考虑。</p>
      <p>　　四、加强配送保障。各省级医保部门要督促中选企业和配送企业履行协议，对偏远地区基层医疗机构的配送响应时间原则上不超过48小时，对配送不及时的企业依规采取约谈、纳入信用评价等措施。</p>
      <p>　　五、强化监测评估。国家医保局将依托全国统一的医保信息平台，按季度监测各地基层医疗机构中选药品采购使用情况，并适时通报。</p>
      <p>　　请各省级医保部门于2024年5月15日前将本地区工作方案报送国家医保局医药价格和招标采购司。</p>
      <p style="text-align:right">国家医疗保障局办公室</p>
      <p style="text-align:right">2024年3月29日</p>
    </div>
    <div class="share-bar">分享到：
      <a class="bds_weixin" title="分享到微信">微信</a>
      <a class="bds_tsina" title="分享到微博">微博</a>
    </div>
    <div class="print-close"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
    <div class="prenext">
      <p>上一篇：<a href="./t20240328_1.html">国家医疗保障局办公室关于开展2024年医疗保障基金飞行检查工作的通知</a></p>
      <p>下一篇：<a href="./t20240407_2.html">国家医疗保障局办公室关于进一步做好异地就医直接结算工作的通知</a></p>
    </div>
  </div>
  <div class="related">
    <div class="hd">相关解读</div>
    <ul>
      <li><a href="/zcjd/1.html">一图读懂：中选药品进基层，群众家门口用药更方便</a> <span>2024-04-03</span></li>
      <li><a href="/zcjd/2.html">国家医保局有关负责人就推动中选药品在基层配备使用答记者问</a> <span>2024-04-02</span></li>
    </ul>
  </div>
</div>
<div class="footer">
  <div class="footer-links"><a href="/wzdt/">网站地图</a><span>|</span><a href="/lxwm/">联系我们</a><span>|</span><a href="/wzsm/">网站声明</a></div>
  <p>主办单位：国家医疗保障局</p>
  <p>版权所有：国家医疗保障局　网站标识码：bm83000002</p>
  <p><a href="https://beian.miit.gov.cn/">京ICP备18059873号</a>　<a href="#"><img src="/static/img/beian.png" alt="">京公网安备 11010202009168号</a></p>
  <p>建议使用1920×1080分辨率，Chrome、Edge等浏览器访问本站</p>
  <div class="dzjg"><a href="#"><img src="/static/img/red.png" alt="党政机关"></a> <a href="#"><img src="/static/img/zc.png" alt="政府网站找错"></a></div>
</div>
<script src="/static/js/common.js"></script>
<script>$(function () { $('#zoom').fontZoom(); });</script>
</body>
</html>
""",
          title="国家医疗保障局办公室关于推动集中带量采购中选药品在基层医疗机构配备使用的通知",
          body="""
各省、自治区、直辖市及新疆生产建设兵团医疗保障局：
为进一步巩固国家组织药品集中带量采购改革成果，推动中选药品在基层医疗机构配备使用，让基层群众在家门口用上质优价宜的中选药品，现就有关事项通知如下。
一、扩大基层配备范围。各地要指导乡镇卫生院、社区卫生服务中心（站）和有条件的村卫生室，结合功能定位和用药需求，优先配备使用国家和省级集中带量采购中选药品。原则上2024年6月底前，高血压、糖尿病等常见慢性病治疗用中选药品在基层医疗机构的配备品种数不少于30种。
二、完善上下级用药衔接。依托紧密型县域医共体，推动牵头医院与基层医疗机构用药目录统一、采购统一、配送统一，保障从上级医院转诊的慢性病患者在基层能够延续用药。
三、落实医保支付政策。对基层医疗机构使用的中选药品，按规定纳入医保支付并执行医保支付标准；在医保基金总额预算中，对基层医疗机构中选药品使用量增长予以合理考虑。
四、加强配送保障。各省级医保部门要督促中选企业和配送企业履行协议，对偏远地区基层医疗机构的配送响应时间原则上不超过48小时，对配送不及时的企业依规采取约谈、纳入信用评价等措施。
五、强化监测评估。国家医保局将依托全国统一的医保信息平台，按季度监测各地基层医疗机构中选药品采购使用情况，并适时通报。
请各省级医保部门于2024年5月15日前将本地区工作方案报送国家医保局医药价格和招标采购司。
国家医疗保障局办公室
2024年3月29日
""",
          chrome="""
欢迎访问国家医疗保障局政府网站
长者模式
无障碍浏览
English
手机版
搜索
首页
机构概况
新闻动态
政务公开
政策法规
政策解读
办事服务
互动交流
当前位置：首页 > 政务公开 > 通知公告
索引号：000014672/2024-00128
主题分类：医药价格和招标采购
发文机关：国家医疗保障局办公室
成文日期：2024年03月29日
发文字号：医保办发〔2024〕6号
发布日期：2024年04月02日
发布时间：2024-04-02 10:00
来源：医药价格和招标采购司
字号：大 中 小
打印
分享到：
微信
微博
【打印】
【关闭】
上一篇：国家医疗保障局办公室关于开展2024年医疗保障基金飞行检查工作的通知
下一篇：国家医疗保障局办公室关于进一步做好异地就医直接结算工作的通知
相关解读
一图读懂：中选药品进基层，群众家门口用药更方便 2024-04-03
国家医保局有关负责人就推动中选药品在基层配备使用答记者问 2024-04-02
网站地图
联系我们
网站声明
主办单位：国家医疗保障局
版权所有：国家医疗保障局 网站标识码：bm83000002
京ICP备18059873号
京公网安备 11010202009168号
建议使用1920×1080分辨率，Chrome、Edge等浏览器访问本站
""")

html_page("h16-zh-06-hk-ha-hospital-plan", "zh", "UTF-8",
          labels(True, "policy", ["hospital-development"], "2024-01-17", ["810000"]), r"""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="zh-HK">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>新聞公報：醫管局推展第二個十年醫院發展計劃</title>
<meta name="keywords" content="醫院管理局, 醫院發展計劃, 大埔, 病床">
<meta name="date" content="2024-01-17">
<link rel="stylesheet" type="text/css" href="/tc/css/press.css">
<script type="text/javascript" src="/common/js/fontsize.js"></script>
<script type="text/javascript">
<!--
function printPage() { window.print(); }
//-->
</script>
</head>
<body bgcolor="#FFFFFF">
<table width="100%" border="0" cellspacing="0" cellpadding="0" summary="layout">
  <tr><td class="skip"><a href="#content">跳至主要內容</a></td></tr>
  <tr><td><a href="/tc/index.htm"><img src="/tc/images/banner.gif" alt="香港特別行政區政府新聞公報" border="0"></a></td></tr>
  <tr>
    <td class="toplink" align="right">
      <a href="/en/">English</a> |
      <a href="/sc/">简体版</a> |
      <a href="/text/">純文字版</a> |
      <a href="javascript:fontsize()">字體大小</a> |
      <a href="/tc/search.htm">搜尋</a>
    </td>
  </tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" summary="layout">
<tr>
<td width="170" valign="top" class="leftmenu">
  <a href="/tc/index.htm">主頁</a><br>
  <a href="/tc/press.htm">新聞公報</a><br>
  <a href="/tc/bydate.htm">按日期瀏覽</a><br>
  <a href="/tc/bytopic.htm">按題材瀏覽</a><br>
  <a href="/tc/photo.htm">新聞圖片</a><br>
  <a href="/tc/rss.htm">RSS訂閱</a><br>
  <a href="/tc/archive.htm">公報檔案</a>
</td>
<td width="10">&nbsp;</td>
<td valign="top" class="content"><a name="content"></a>
<span id="PRHeadlineSpan">醫管局推展第二個十年醫院發展計劃　大埔新急症醫院大樓預計二〇三一年啟用</span>
<p id="pressrelease">　　醫院管理局（醫管局）今日（一月十七日）向立法會衞生事務委員會匯報第二個十年醫院發展計劃的最新進展。計劃涵蓋的新建及重建項目落成後，將合共提供約九千張額外病床及逾九十個手術室，以應對人口老化帶來的服務需求。<br><br>　　醫管局發言人表示，位於大埔的新急症醫院大樓地盤平整工程已經完成，主體工程將於今年第三季展開，預計二〇三一年起分階段啟用，提供約一千二百張病床，並設有急症室、日間手術中心、專科門診及復康設施。新大樓啟用後，將與區內現有醫院組成服務群組，紓緩新界東聯網的病床及輪候壓力。<br><br>　　發言人說：「醫院發展不單是興建大樓，更要配合服務模式的轉變。新醫院在設計階段已預留空間推行智慧醫院，包括病人自助登記、電子藥物管理及病房遙距監察系統，讓前線醫護人員把更多時間留給病人。」<br><br>　　此外，醫管局亦正推展多間現有醫院的重建及擴建工程，當中包括九龍中聯網一所醫院的第二期重建，以及新界西聯網兩所醫院的擴建項目。各項目的工程進度、人手需求及建築成本，會由醫管局與醫務衞生局定期檢視。<br><br>　　政府已為第二個十年醫院發展計劃預留約二千七百億元。醫管局會因應人口變化及服務需求，適時調整各項目的推展次序，並繼續定期向立法會匯報。<br><br>完<br><br>2024年1月17日（星期三）<br>香港時間16時30分</p>
<table border="0" summary="tools"><tr>
  <td><a href="javascript:printPage()">列印本頁</a></td>
  <td><a href="mailto:?subject=%E6%96%B0%E8%81%9E%E5%85%AC%E5%A0%B1">電郵給朋友</a></td>
  <td><a href="#top">返回頁首</a></td>
</tr></table>
</td>
</tr>
</table>
<table width="100%" class="footer" summary="footer"><tr><td>
<a href="/tc/notice.htm">重要告示</a> | <a href="/tc/privacy.htm">私隱政策</a> | <a href="/tc/access.htm">無障礙瀏覽</a> | <a href="/tc/contact.htm">聯絡我們</a><br>
本網頁最近修訂日期：2024年1月17日
</td></tr></table>
</body>
</html>
""",
          title="醫管局推展第二個十年醫院發展計劃　大埔新急症醫院大樓預計二〇三一年啟用",
          body="""
醫院管理局（醫管局）今日（一月十七日）向立法會衞生事務委員會匯報第二個十年醫院發展計劃的最新進展。計劃涵蓋的新建及重建項目落成後，將合共提供約九千張額外病床及逾九十個手術室，以應對人口老化帶來的服務需求。
醫管局發言人表示，位於大埔的新急症醫院大樓地盤平整工程已經完成，主體工程將於今年第三季展開，預計二〇三一年起分階段啟用，提供約一千二百張病床，並設有急症室、日間手術中心、專科門診及復康設施。新大樓啟用後，將與區內現有醫院組成服務群組，紓緩新界東聯網的病床及輪候壓力。
發言人說：「醫院發展不單是興建大樓，更要配合服務模式的轉變。新醫院在設計階段已預留空間推行智慧醫院，包括病人自助登記、電子藥物管理及病房遙距監察系統，讓前線醫護人員把更多時間留給病人。」
此外，醫管局亦正推展多間現有醫院的重建及擴建工程，當中包括九龍中聯網一所醫院的第二期重建，以及新界西聯網兩所醫院的擴建項目。各項目的工程進度、人手需求及建築成本，會由醫管局與醫務衞生局定期檢視。
政府已為第二個十年醫院發展計劃預留約二千七百億元。醫管局會因應人口變化及服務需求，適時調整各項目的推展次序，並繼續定期向立法會匯報。
""",
          chrome="""
跳至主要內容
English
简体版
純文字版
字體大小
搜尋
主頁
新聞公報
按日期瀏覽
按題材瀏覽
新聞圖片
RSS訂閱
公報檔案
完
2024年1月17日（星期三）
香港時間16時30分
列印本頁
電郵給朋友
返回頁首
重要告示
私隱政策
無障礙瀏覽
聯絡我們
本網頁最近修訂日期：2024年1月17日
""", traditional=True)

# Taiwan government sites date pages in the Minguo calendar: 113-07-05 is 2024-07-05.
text_page("h16-zh-07-tw-heat-injury-tips", "zh", "Big5",
          labels(False, "wellness", [], "2024-07-05", ["710000"]), r"""
c 跳到主要內容區塊
c 衛生福利部國民健康署
c :::
c 網站導覽 | 回首頁 | English | 常見問答 | RSS
c 字級：小 中 大
c 搜尋
c 熱門關鍵字：戒菸 乳癌篩檢 孕產婦 兒童發展
c 關於本署
c 健康主題
c 新聞專區
c 政府資訊公開
c 便民服務
c 首頁 > 新聞專區 > 新聞稿
t 夏日酷熱 國健署提醒：多補水、避開高溫時段 預防熱傷害
c 發布日期：113-07-05
c 更新日期：113-07-08
c 點閱次數：3,182
b 　　入夏以來全臺各地高溫炎熱，中央氣象署連日發布高溫資訊。國民健康署提醒，高溫環境下長時間活動容易引發熱痙攣、熱衰竭，甚至危及生命的中暑，尤其是65歲以上長者、嬰幼兒、慢性病患者及戶外工作者，更要做好防曬與補水。
b 　　國健署建議民眾掌握「保持涼爽、補充水分、提高警覺」三原則：
b 　　一、保持涼爽：穿著輕便、淺色、寬鬆衣物，室內保持通風，上午10時至下午2時盡量避免戶外活動。
b 　　二、補充水分：不要等口渴才喝水，每日飲水量可依體重每公斤30至40毫升估算；避免含糖飲料及酒精性飲料。
b 　　三、提高警覺：出現頭暈、噁心、皮膚發燙卻不流汗等症狀時，應立即移至陰涼處，鬆開衣物並以濕毛巾擦拭身體降溫，意識不清時請立即撥打119。
b 　　國健署提醒，慢性病患者若因病情限制飲水量，應先詢問醫師；家中有長者的民眾，也可多關心長輩的身體狀況，避免長時間待在悶熱的室內。
b 　　更多熱傷害預防資訊，可追蹤國健署臉書粉絲專頁「國民健康署」或至本署網站「健康主題」專區查詢。
c 資料來源：社區健康組
c 友善列印　回上一頁
c 分享至：Facebook　LINE　X
c 相關連結
c 熱傷害預防衛教單張（PDF）
c 高溫資訊查詢（中央氣象署）
c 本署地址：10341臺北市大同區承德路一段92號
c 總機：(02)2531-0746
c 服務時間：週一至週五 上午8:30至下午5:30
c 隱私權及安全政策 | 政府網站資料開放宣告 | 著作權聲明
c 最佳瀏覽解析度為1280x1024，建議使用Chrome、Edge、Firefox瀏覽器
c 衛生福利部國民健康署 版權所有
""", traditional=True)

text_page("h16-zh-08-wujiang-dental-implant-promo", "zh", "UTF-8",
          labels(False, "marketing", [], "2023-11-21", ["320509"], source="吴江新闻网"), r"""
c 吴江新闻网
c 吴江区融媒体中心主办
c 首页 | 吴江要闻 | 民生 | 镇区 | 健康 | 教育 | 文旅 | 视频 | 专题
c 登录 | 注册 | 爆料
c 您的位置：首页 » 健康 » 正文
t 响应种植牙集采政策 吴江一口腔医院推出老年人“焕齿”惠民行动
c 发布时间：2023-11-21 10:32　　来源：吴江新闻网　　阅读：5621
b 　　随着口腔种植医疗服务价格专项治理和种植牙集中带量采购政策落地，越来越多的缺牙老人开始关注种植牙。为让更多老年朋友享受到政策红利，苏州吴江康美口腔医院即日起至2024年1月31日推出老年人“焕齿”惠民行动。
b 　　活动期间，60周岁以上老年人到院可享受免费口腔检查和全景片拍摄；单颗种植牙（含集采种植体、牙冠及医疗服务费）4280元起，满口种植可享分期付款，签约即送洁牙一次。
b 　　康美口腔医院是一家集口腔预防、治疗、修复、种植、正畸于一体的民营专科医院，拥有主治以上医师20余名，配备进口CBCT及数字化种植导航设备。医院已开通医保个人账户支付，部分项目可使用职工医保个人账户结算。
b 　　院方提醒，缺牙不及时修复会导致邻牙倾斜、咀嚼功能下降，影响营养吸收。有种植需求的市民可提前电话预约，避免排队等候。
b 　　预约热线：0512-63018866
b 　　医院地址：吴江区松陵街道中山南路1688号（近鲈乡路口）
c （本文为企业供稿，内容仅供参考，不构成任何诊疗建议，具体以医院实际为准）
c 编辑：沈佳
c 【广告】冬季进补选“吴江老字号”，点击查看年货节优惠
c 热点推荐
c 吴江区2024年度城乡居民医保集中参保缴费开始啦
c 松陵街道开展“敬老月”健康义诊活动
c 猜你喜欢
c 冬季流感高发，这份就医指南请收好
c 吴江这家医院新开了夜间门诊！
c 关注“吴江新闻”微信公众号 获取更多本地资讯
c 版权所有 吴江区融媒体中心　未经授权禁止转载
c 苏ICP备10213877号　苏公网安备 32058402010633号
c 互联网新闻信息服务许可证：32120180022
""")

text_page("h16-zh-09-wenjiang-pharma-group-results", "zh", "GB18030",
          labels(False, "earnings", [], "2024-04-28", ["510115"]), r"""
c 成都市温江区人民政府门户网站
c 智能问答　长辈版　无障碍　English
c 我的政府 | 登录 | 注册
c 首页
c 走进温江
c 新闻中心
c 温江要闻
c 部门动态
c 镇街动态
c 国资国企
c 政务公开
c 政务服务
c 投资温江
c 互动交流
c 请输入关键字　　搜索
c 首页 / 新闻中心 / 国资国企
t 区属国企康和药业集团2023年营收48.6亿元 同比增长12.3%
c 2024年4月28日　来源：区国资金融局　浏览量：
c 【字号：大 中 小】
b 　　4月26日，区属国有企业成都天府康和药业集团有限公司召开2023年度经营工作总结会。会议通报，2023年集团实现营业收入48.6亿元，同比增长12.3%；实现利润总额5.9亿元，同比增长9.8%；归属于母公司的净利润4.7亿元；年末资产总额112.4亿元，资产负债率控制在52%以内。
b 　　分板块看，医药工业板块实现收入21.3亿元，同比增长15.6%，主要得益于3个品种在国家组织药品集中带量采购中中选后放量；医药商业板块实现收入24.1亿元，与上年基本持平；医疗器械板块实现收入3.2亿元，同比增长31.0%。
b 　　研发方面，集团全年研发投入3.1亿元，占医药工业收入的14.6%，新获药品注册证书4个，6个品种通过仿制药质量和疗效一致性评价。会议提出，2024年力争实现营业收入54亿元、利润总额6.5亿元，加快推进温江医学城生产基地二期项目建设，计划明年一季度投产。
c 【打印】【关闭】
c 分享：微信 QQ 微博
c 上一条：温江区召开国有企业改革深化提升行动推进会
c 下一条：区国资金融局开展一季度国有企业安全生产检查
c 温江要闻
c 温江区召开2024年优化营商环境大会
c 区领导调研重大项目建设推进情况
c 全区春季植树活动启动
c 政务服务
c 个人办事
c 法人办事
c 部门服务
c 便民查询
c 办件公示
c 网站地图 • 联系我们 • 网站声明 • 政府网站找错
c 主办单位：成都市温江区人民政府办公室　承办单位：温江区政务服务和网络理政办公室
c 蜀ICP备05003312号　川公网安备 51011502000165号　网站标识码：5101150003
c 版权所有©2012-2024 成都市温江区人民政府
c 您是第 0018562 位访问者
""")

html_page("h16-zh-10-luqiao-health-staff-recruitment", "zh", "UTF-8",
          labels(False, "job-ad", [], "2024-03-08", ["331004"]), r"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>台州市路桥区卫生健康局下属事业单位2024年公开招聘医学类专业技术人员公告</title>
<meta name="keywords" content="招聘,路桥区卫生健康局,事业单位" />
<meta name="description" content="路桥区卫生健康局下属事业单位面向社会公开招聘医学类专业技术人员42名" />
<link type="text/css" rel="stylesheet" href="/css/style.css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size) { document.getElementById('zoom').style.fontSize = size + 'px'; }
</script>
</head>
<body>
<div class="top">
  <div class="top_l">路桥区人民政府门户网站</div>
  <div class="top_r"><a href="#">设为首页</a> <a href="#">加入收藏</a> <a href="/lzms/">长者模式</a></div>
</div>
<div class="dh">
  <ul class="dh_nav">
    <li><a href="/">首页</a></li>
    <li><a href="/lqgk/">路桥概况</a></li>
    <li><a href="/zfxxgk/">政府信息公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/zmhd/">政民互动</a></li>
    <li><a href="/ztzl/">专题专栏</a></li>
  </ul>
</div>
<div class="main">
  <div class="left">
    <div class="lm_bt">人事信息</div>
    <ul class="lm_list">
      <li><a href="#">人事任免</a></li>
      <li><a href="#">公务员招录</a></li>
      <li><a href="#" class="on">事业单位招聘</a></li>
      <li><a href="#">公示公告</a></li>
    </ul>
  </div>
  <div class="right">
    <div class="wz">您现在所在的位置：<a href="/">首页</a> &gt;&gt; <a href="#">人事信息</a> &gt;&gt; <a href="#">事业单位招聘</a></div>
    <div class="wzy_bt">路桥区卫生健康局下属事业单位2024年公开招聘医学类专业技术人员公告</div>
    <div class="fbsj">发布日期：2024/3/8　　信息来源：区人力社保局　　阅读次数：<span id="hits">2867</span>　　字体：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]</div>
    <div class="nr_zw" id="zoom">
      <p>　　根据《事业单位人事管理条例》和浙江省、台州市事业单位公开招聘有关规定，经研究决定，路桥区卫生健康局下属事业单位面向社会公开招聘医学类专业技术人员42名。现将有关事项公告如下：</p>
      <p>　　一、招聘岗位及计划</p>
      <p>　　本次招聘岗位涉及区人民医院、区中医院、区妇幼保健院及各街道社区卫生服务中心，招聘临床医学、中医学、医学影像、护理等专业人员共42名，具体岗位、人数及资格条件详见附件《招聘计划表》。</p>
      <p>　　二、招聘对象及条件</p>
      <p>　　1.具有中华人民共和国国籍，遵守宪法和法律；</p>
      <p>　　2.年龄35周岁以下（1988年3月8日以后出生），具有副高级及以上职称或博士研究生学历的，年龄放宽到45周岁以下（1978年3月8日以后出生）；</p>
      <p>　　3.具有岗位所需的学历、专业和执业资格。</p>
      <p>　　三、报名方式及时间</p>
      <p>　　报名采取网上报名方式，报名时间为2024年3月11日9:00至3月15日17:00，报名网址：路桥人才网。</p>
      <p>　　四、考试与聘用</p>
      <p>　　考试分笔试和面试，笔试、面试成绩分别按50%计入总成绩。根据总成绩从高到低等额确定体检、考察对象，经公示无异议的，办理聘用手续，试用期为12个月。</p>
      <p>　　咨询电话：0576-82415630（区卫生健康局组织人事科）</p>
      <p>　　监督电话：0576-82417012（区人力社保局）</p>
      <p>　　附件：<a href="/att/2024/03/08/zpjh.xlsx">路桥区卫生健康局下属事业单位2024年公开招聘计划表.xlsx</a></p>
      <p align="right">台州市路桥区卫生健康局</p>
      <p align="right">台州市路桥区人力资源和社会保障局</p>
      <p align="right">2024年3月8日</p>
    </div>
    <div class="fx">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
    <div class="dy"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
    <div class="sxp">
      <p>上一篇：<a href="#">路桥区2024年公开招聘中小学教师公告</a></p>
      <p>下一篇：<a href="#">关于2024年路桥区公开选调公务员的公告</a></p>
    </div>
  </div>
</div>
<div class="foot">
  <div class="yqlj">
    <select onchange="window.open(this.value)">
      <option value="">----国家部委网站----</option>
      <option value="#">中国政府网</option>
      <option value="#">国家卫生健康委员会</option>
    </select>
    <select onchange="window.open(this.value)">
      <option value="">----市区政府网站----</option>
      <option value="#">台州市人民政府</option>
      <option value="#">椒江区人民政府</option>
      <option value="#">黄岩区人民政府</option>
    </select>
  </div>
  <p>主办：台州市路桥区人民政府办公室　承办：路桥区大数据发展中心</p>
  <p>浙ICP备05012377号-2　<a href="#"><img src="/images/ga.png" />浙公网安备 33100402000058号</a>　网站标识码：3310040008</p>
  <p>建议使用1024*768以上分辨率浏览本站</p>
</div>
<script type="text/javascript">
  $.get('/counter?id=4417', function (n) { $('#hits').text(n); });
</script>
</body>
</html>
""",
          title="路桥区卫生健康局下属事业单位2024年公开招聘医学类专业技术人员公告",
          body="""
根据《事业单位人事管理条例》和浙江省、台州市事业单位公开招聘有关规定，经研究决定，路桥区卫生健康局下属事业单位面向社会公开招聘医学类专业技术人员42名。现将有关事项公告如下：
一、招聘岗位及计划
本次招聘岗位涉及区人民医院、区中医院、区妇幼保健院及各街道社区卫生服务中心，招聘临床医学、中医学、医学影像、护理等专业人员共42名，具体岗位、人数及资格条件详见附件《招聘计划表》。
二、招聘对象及条件
1.具有中华人民共和国国籍，遵守宪法和法律；
2.年龄35周岁以下（1988年3月8日以后出生），具有副高级及以上职称或博士研究生学历的，年龄放宽到45周岁以下（1978年3月8日以后出生）；
3.具有岗位所需的学历、专业和执业资格。
三、报名方式及时间
报名采取网上报名方式，报名时间为2024年3月11日9:00至3月15日17:00，报名网址：路桥人才网。
四、考试与聘用
考试分笔试和面试，笔试、面试成绩分别按50%计入总成绩。根据总成绩从高到低等额确定体检、考察对象，经公示无异议的，办理聘用手续，试用期为12个月。
咨询电话：0576-82415630（区卫生健康局组织人事科）
监督电话：0576-82417012（区人力社保局）
台州市路桥区卫生健康局
台州市路桥区人力资源和社会保障局
2024年3月8日
""",
          chrome="""
路桥区人民政府门户网站
设为首页
加入收藏
长者模式
首页
路桥概况
政府信息公开
政务服务
政民互动
专题专栏
人事信息
人事任免
公务员招录
事业单位招聘
公示公告
您现在所在的位置：首页 >> 人事信息 >> 事业单位招聘
发布日期：2024/3/8 信息来源：区人力社保局 阅读次数：2867 字体：[大 中 小]
附件：路桥区卫生健康局下属事业单位2024年公开招聘计划表.xlsx
分享到：
微信
微博
QQ空间
【打印本页】
【关闭窗口】
上一篇：路桥区2024年公开招聘中小学教师公告
下一篇：关于2024年路桥区公开选调公务员的公告
----国家部委网站----
中国政府网
国家卫生健康委员会
----市区政府网站----
台州市人民政府
椒江区人民政府
黄岩区人民政府
主办：台州市路桥区人民政府办公室　承办：路桥区大数据发展中心
浙ICP备05012377号-2
浙公网安备 33100402000058号
网站标识码：3310040008
建议使用1024*768以上分辨率浏览本站
""")

text_page("h16-zh-11-taizhou-js-dr-bid-result", "zh", "UTF-8",
          labels(False, "tender", [], "2023-12-04", ["321200"]), r"""
c 泰州市公共资源交易平台
c 首页 | 交易信息 | 政策法规 | 服务指南 | 信用信息 | 专家管理 | 下载中心
c 用户登录 / CA办理
c 当前位置：首页 > 交易信息 > 政府采购 > 中标（成交）结果公告
t 泰州市人民医院数字化X射线摄影系统（DR）采购项目中标结果公告
c 【信息时间：2023-12-04】【阅读次数：413】【我要打印】【关闭】
b 一、项目编号：JSZC-321200-TZHZ-G2023-0187
b 二、项目名称：泰州市人民医院数字化X射线摄影系统（DR）采购项目
b 三、中标信息
b 供应商名称：江苏瑞影医疗科技有限公司
b 供应商地址：南京市江宁区秣陵街道将军大道519号
b 中标金额：人民币叁佰捌拾陆万元整（¥3,860,000.00）
b 四、主要标的信息
b 名称：双板数字化X射线摄影系统　品牌：瑞影　规格型号：RY-DR8600　数量：2套　单价：193万元
b 五、评审专家名单：朱建华、钱晓燕、孙明、周立新、吴静（采购人代表）
b 六、代理服务收费标准及金额：参照原国家计委计价格〔2002〕1980号文件标准下浮20%收取，金额：人民币3.52万元。
b 七、公告期限
b 自本公告发布之日起1个工作日。
b 八、其他补充事宜
b 本项目采购预算为人民币400万元，采购方式为公开招标。各有关当事人对中标结果有异议的，可以在中标公告发布之日起7个工作日内，以书面形式向采购人或采购代理机构提出质疑。
b 九、凡对本次公告内容提出询问，请按以下方式联系。
b 1.采购人信息
b 名　称：泰州市人民医院
b 地　址：江苏省泰州市海陵区凤凰西路210号
b 联系方式：李老师 0523-86602135
b 2.采购代理机构信息
b 名　称：江苏泰和工程项目管理有限公司
b 地　址：泰州市海陵区东进西路188号
b 联系方式：王工 0523-86881207
c 附件：中标结果公告.pdf
c 上一条：泰州市第四人民医院食堂食材配送服务项目成交结果公告
c 下一条：靖江市中医院医用耗材SPD服务项目采购公告
c 服务热线：0523-86390000　技术支持：泰州市数据局
c 主办单位：泰州市公共资源交易中心　苏ICP备12067735号-1　苏公网安备 32120202000310号
""", crlf=True)

html_page("h16-zh-12-fuzhou-taijiang-his-tender", "zh", "GBK",
          labels(False, "tender", [], "2022-06-30", ["350103"]), r"""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>福州市台江区医院医院信息系统（HIS）升级改造项目竞争性磋商公告--台江区人民政府</title>
<link href="../../css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../js/menu.js"></script>
<style type="text/css">
.STYLE1 { color: #FF0000; font-weight: bold; }
.content p { text-indent: 2em; line-height: 28px; }
</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" class="top_bg">福州市台江区人民政府网站 | <a href="/sitemap.htm">网站地图</a> | <a href="javascript:void(0)" onclick="wza()">无障碍</a> | <a href="javascript:zh_tran()">简/繁</a></td>
  </tr>
  <tr><td><img src="../../images/banner.jpg" width="1000" height="150" alt="台江区人民政府"></td></tr>
  <tr>
    <td>
      <table width="100%" border="0" cellspacing="0" cellpadding="0" class="nav">
        <tr>
          <td><a href="/">首页</a></td>
          <td><a href="/zjtj/">走进台江</a></td>
          <td><a href="/zwgk/">政务公开</a></td>
          <td><a href="/zwfw/">政务服务</a></td>
          <td><a href="/hdjl/">互动交流</a></td>
          <td><a href="/ztzl/">专题专栏</a></td>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" class="left_bg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_title">政务公开</td></tr>
        <tr><td class="left_list"><a href="../tzgg/">通知公告</a></td></tr>
        <tr><td class="left_list"><a href="../zbcg/"><span class="STYLE1">招标采购</span></a></td></tr>
        <tr><td class="left_list"><a href="../czzj/">财政资金</a></td></tr>
        <tr><td class="left_list"><a href="../rsxx/">人事信息</a></td></tr>
      </table>
    </td>
    <td width="20">&nbsp;</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="dqwz">当前位置：<a href="/">首页</a>&gt;&gt;<a href="/zwgk/">政务公开</a>&gt;&gt;<a href="../zbcg/">招标采购</a></td></tr>
        <tr><td align="center" class="title">福州市台江区医院医院信息系统（HIS）升级改造项目竞争性磋商公告</td></tr>
        <tr><td align="center" class="date">日期：2022年06月30日　来源：台江区医院　点击数：<script language="javascript">document.write(getHits(20220630017));</script></td></tr>
        <tr>
          <td class="content">
<p>福建恒信招标代理有限公司受福州市台江区医院委托，对医院信息系统（HIS）升级改造项目进行竞争性磋商采购，欢迎符合资格条件的供应商参加。</p>
<p>一、项目编号：FJHX-2022-CS-0617</p>
<p>二、项目名称：福州市台江区医院医院信息系统（HIS）升级改造项目</p>
<p>三、采购预算：人民币185万元，最高限价185万元。</p>
<p>四、采购内容：对医院现有HIS系统进行升级改造，新增电子病历系统功能应用水平五级评审所需功能模块，建设互联网医院预约挂号接口，接入医保移动支付及医保电子凭证，具体详见磋商文件第三章。</p>
<p>五、供应商资格要求：1.满足《中华人民共和国政府采购法》第二十二条规定；2.未被列入“信用中国”网站失信被执行人名单；3.本项目不接受联合体投标。</p>
<p>六、获取磋商文件：时间为2022年7月1日至2022年7月7日（北京时间，法定节假日除外），在福建省政府采购网上公开信息系统免费获取。</p>
<p>七、响应文件提交截止时间及开启时间：2022年7月12日9时30分（北京时间），地点：福州市台江区江滨中大道358号12层开标室。</p>
<p>八、联系方式：采购人：福州市台江区医院，联系人：林喆，电话：0591-83276415；采购代理机构：福建恒信招标代理有限公司，联系人：陈珺，电话：0591-87539208。</p>
          </td>
        </tr>
        <tr><td align="center"><a href="javascript:window.print()">[打印本页]</a>&nbsp;&nbsp;<a href="javascript:window.close()">[关闭窗口]</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td align="center">版权所有：福州市台江区人民政府　承办：台江区融媒体中心<br>
    闽ICP备05018873号　闽公网安备 35010302000124号　网站标识码：3501030004<br>
    建议使用IE8.0以上浏览器、1024×768分辨率浏览</td>
  </tr>
</table>
</body>
</html>
""",
          title="福州市台江区医院医院信息系统（HIS）升级改造项目竞争性磋商公告",
          body="""
福建恒信招标代理有限公司受福州市台江区医院委托，对医院信息系统（HIS）升级改造项目进行竞争性磋商采购，欢迎符合资格条件的供应商参加。
一、项目编号：FJHX-2022-CS-0617
二、项目名称：福州市台江区医院医院信息系统（HIS）升级改造项目
三、采购预算：人民币185万元，最高限价185万元。
四、采购内容：对医院现有HIS系统进行升级改造，新增电子病历系统功能应用水平五级评审所需功能模块，建设互联网医院预约挂号接口，接入医保移动支付及医保电子凭证，具体详见磋商文件第三章。
五、供应商资格要求：1.满足《中华人民共和国政府采购法》第二十二条规定；2.未被列入“信用中国”网站失信被执行人名单；3.本项目不接受联合体投标。
六、获取磋商文件：时间为2022年7月1日至2022年7月7日（北京时间，法定节假日除外），在福建省政府采购网上公开信息系统免费获取。
七、响应文件提交截止时间及开启时间：2022年7月12日9时30分（北京时间），地点：福州市台江区江滨中大道358号12层开标室。
八、联系方式：采购人：福州市台江区医院，联系人：林喆，电话：0591-83276415；采购代理机构：福建恒信招标代理有限公司，联系人：陈珺，电话：0591-87539208。
""",
          chrome="""
福州市台江区人民政府网站
网站地图
无障碍
简/繁
首页
走进台江
政务公开
政务服务
互动交流
专题专栏
通知公告
招标采购
财政资金
人事信息
当前位置：首页>>政务公开>>招标采购
日期：2022年06月30日　来源：台江区医院　点击数：
[打印本页]
[关闭窗口]
版权所有：福州市台江区人民政府　承办：台江区融媒体中心
闽ICP备05018873号　闽公网安备 35010302000124号　网站标识码：3501030004
建议使用IE8.0以上浏览器、1024×768分辨率浏览
""")

text_page("h16-en-13-fuzhou-internet-hospitals-mt", "en", "UTF-8",
          labels(True, "policy", ["digital-health"], "2023-07-14", ["350100"]), r"""
c Barrier-free | Elderly mode | Simplified Chinese | English
c Fuzhou Municipal Health Commission
c Home
c Organization
c Government information disclosure
c Health news
c Public service
c Interaction
c Special topic
c Please enter keywords
c Search
c Current location: Home > Health news > Work trends
t Fuzhou City Health and Health Committee grasp the implementation of "Internet + medical health" to let the masses run less errands
c Release time: 2023-07-14 10:05   Source: Planning and Information Office   Number of views: 904
c [Font size: large medium small] [Print] [Close]
b In order to thoroughly implement the decision-making and deployment of the provincial party committee and provincial government on the construction of "Digital Fujian", the Fuzhou Municipal Health and Health Committee take the masses' medical treatment "urgent difficulties and anxious expectations" as the starting point, solidly promote the construction of smart hospitals and Internet hospitals, and let the data run more and the masses run less errands.
b Up to now, 23 secondary and above public hospitals in the city have all realized the "one code medical" of the electronic health card and the electronic medical insurance certificate, the masses can complete the registration, payment, report inquiry and other whole process with one QR code, without need to handle the physical card repeatedly.
b Relying on the regional health information platform, the city has built 11 Internet hospitals, providing online follow-up consultation, chronic disease prescription extension and drug delivery to home services. In the first half of the year, the Internet hospitals of the city provided a total of 386,000 online diagnosis and treatment services, a year-on-year increase of 41.2%.
b The mutual recognition of examination and test results has been promoted among 86 medical institutions, which avoided repeated examination of the masses and saved medical expenses about 27 million yuan.
b Next step, the Municipal Health and Health Committee will promote "Internet + nursing service" and "Internet + family doctor", and extend the smart medical services to the township health centers and village clinics.
b The citizens can follow the WeChat official account "Healthy Fuzhou" or download the "Minzhengtong" APP to bind the electronic health card and make appointment online.
c Previous: Fuzhou carried out the 2023 "Health Fujian Action" publicity week activity in Gulou District
c Next: The municipal health and health committee held a work meeting on safety production in flood season
c Share to:
c WeChat
c Weibo
c Scan to follow the official WeChat
c Sitemap | Contact us | Website statement
c Sponsored by: Fuzhou Municipal Health Commission   Undertaken by: Fuzhou Municipal Health Information Center
c Address: No. 125, Guping Road, Gulou District, Fuzhou City, Fujian Province
c Min ICP No. 12017458-1   Min Gong Wang An Bei 35010202000763   Website identification code: 3501000039
c It is recommended to use a browser above IE9 and a resolution of 1366*768
""", crlf=True)

text_page("h16-en-14-sichuan-order-medical-students", "en", "UTF-8-BOM",
          labels(True, "policy", ["health-workforce", "primary-care"], "2024-03-12",
                 ["510000"]), r"""
t Sichuan to train 1,300 rural order-directed medical students in 2024 for township health centers
c Updated: 12 March 2024 | Source: Science, Technology and Education Division
b Recently, the Provincial Health Commission, the Provincial Department of Education, the Provincial Development and Reform Commission, the Provincial Department of Finance and the Provincial Department of Human Resources and Social Security jointly issued the notice on the 2024 training plan of rural order-directed free medical students, which plans to enroll 1,300 order-directed medical undergraduates and junior college students, 150 more than last year.
b The order-directed students will be trained in 8 medical colleges in the province, including Chengdu University of Traditional Chinese Medicine, North Sichuan Medical College and Southwest Medical University. During the school period, tuition and accommodation fees are exempted and living allowances are subsidized by the provincial finance.
b After graduation, they shall work in the township health centers or community health service centers of the contracted county (city, district) for not less than 6 years, in which the undergraduates shall first receive 3 years of standardized residency training.
b The notice requires the counties to reserve establishment posts (bianzhi) for the order-directed graduates, and implement the policies of salary, professional title promotion and housing subsidy, so that the grassroots talents "can come down, stay and do well".
b The enrollment mainly serves the 39 counties of ethnic areas and the former deep poverty counties, and the students are recruited from candidates whose household registration is in the county.
b Candidates can consult the admission office of each medical college or call 028-86137425 for policy consultation.
c Print this page | Close
""")

text_page("h16-en-15-hangzhou-patriotic-health-campaign", "en", "UTF-8",
          labels(True, "policy", ["healthy-city", "public-health"], "2023-03-03",
                 ["330100"], source="Hangzhou Daily"), r"""
c Hangzhou Municipal People's Government
c 中文版
c Home | Government | Living | Business | Travel | News
c Search
c News > City News
t Hangzhou launches spring patriotic health campaign to consolidate national healthy city achievements
c Mar. 3, 2023 | Source: Hangzhou Daily | Editor: Zhu Yiwen

b On March 2, the Hangzhou Patriotic Health Campaign Committee held a mobilization meeting for the spring patriotic health campaign, deploying a three-month environmental sanitation improvement action across the city's 13 districts and counties (cities).

b The campaign focuses on "four cleanings and one elimination": cleaning up residential communities, urban villages, farmers' markets and construction sites, and eliminating vector breeding grounds such as stagnant water, to reduce the density of mosquitoes, flies, rats and cockroaches before the rainy season.

b According to the plan, Hangzhou will carry out the "Healthy Hangzhou 2023" action, creating 120 healthy communities, 60 healthy villages and 80 healthy enterprises within the year, and the residents' health literacy level should reach 40% by the end of 2023.

b The meeting required all districts to incorporate the campaign into the assessment of Healthy Hangzhou construction, and the results will be announced monthly through unannounced inspections.

b "Patriotic health work is not a one-time job, it needs everyone's participation," said Zhang Min, deputy director of the Hangzhou Patriotic Health Campaign Committee Office.

b Residents who find sanitation problems can report them through the 12345 citizen hotline.

c Related Stories
c Hangzhou's health literacy level ranks first among provincial capitals for three consecutive years
c Xihu District opens 15 new "health huts" in parks
c Most Read
c Asian Games venues to open to the public from this weekend
c Metro Line 10 extension to start trial operation
c Copyright © Hangzhou Municipal People's Government. All rights reserved.
c Organized by: Information Office of Hangzhou Municipal People's Government
c Zhe ICP No. 05020891 | Website identification code: 3301000028
c Scan the QR code to follow Hangzhou Official
""")

text_page("h16-en-16-shenzhen-childcare-subsidy-mt", "en", "UTF-8",
          labels(True, "policy", ["maternal-child"], None, ["440300"],
                 source="Shenzhen Special Zone Daily"), r"""
c Long press to identify the QR code and follow "Shenzhen Health" for more good information
c Barrier-free reading | Care version | My Government | Login
c Shenzhen Municipal Health Commission
c Home page
c Institutional overview
c Information disclosure
c Office services
c Interactive exchanges
c Health science popularization
c Location: Home > News center > Health news
c Shenzhen will issue childcare subsidy of 3,600 yuan per child each year to promote the development of inclusive childcare services-Shenzhen Municipal Health Commission
t Shenzhen will issue childcare subsidy of 3,600 yuan per child each year to promote the development of inclusive childcare services
c Information source: Shenzhen Special Zone Daily
  
b   Yesterday (March 19), the reporter learned from the Municipal Health Commission that Shenzhen has issued the "Several Measures on Promoting the Development of Inclusive Childcare Services". From this year, the inclusive childcare institutions will receive operation subsidies according to the number of children under 3 years old actually received, 3,600 yuan per child per year.
  
b   The measures put forward that by the end of 2025, the city's childcare places per 1,000 population will reach 5.5, and each street will have at least one inclusive childcare institution with more than 80 places.
  
b   For the childcare institutions newly built in the community, the construction subsidy of 10,000 yuan per place will be given, and the maximum for one institution is not more than 1 million yuan. The kindergartens with conditions are encouraged to set up nursery classes to receive children of 2 to 3 years old.
  
b   At the same time, the city will strengthen the health management of infants and young children in childcare institutions, and the community health service centers will provide regular physical examination, vaccination checking and nutrition guidance for the children in the institutions, implementing the "medical and childcare combination".
  
b   Parents who need to enquire the inclusive childcare institutions nearby can log in the "i Shenzhen" APP to check the map of childcare.
  
b   "Let the families dare to give birth and be willing to raise," said the relevant person in charge of the Population and Family Division of the Municipal Health Commission.
  
c Editor: Chen Xiaoling
c [Print] [Close]
c Related reading
c What are the conditions for applying for the filing of childcare institutions? The answer is here
c Shenzhen's maternal mortality rate remains at a low level in the country
c Website map | Contact us | Privacy statement
c Organizer: Shenzhen Municipal Health Commission   Contractor: Shenzhen Health Development Research and Data Management Center
c Yue ICP No. 11033582   Yue Gong Wang An Bei 44030402003571   Website code: 4403000047
c You are the 8762354 visitor
c Note: This page is machine translated and is for reference only. Please take the Chinese version as the standard.
""")

text_page("h16-en-17-taizhou-js-medical-city-measures", "en", "UTF-8",
          labels(True, "policy", ["health-industry"], "2022-11-08", ["321200"]), r"""
c Taizhou Medical High-tech Industrial Development Zone
c Official Website of China Medical City, Taizhou
c Home
c Park overview
c Investment promotion
c Industry news
c Policy documents
c Enterprise services
c Contact us
c Home >> Policy documents >> Park policies
t The Medical High-tech Zone issued "Ten Measures" to support the high-quality development of big health industry
c Time:2022/11/8 16:20:05  Hits:2315  [Big Middle Small]
b In order to grasp the implementation of the provincial and municipal deployment on building the "China Medical City" into a world-class biomedical industry cluster, recently, the Management Committee of Taizhou Medical High-tech Zone of Jiangsu Province issued the "Several Measures on Supporting the High-quality Development of Big Health Industry" (hereinafter referred to as the "Ten Measures").
b The "Ten Measures" focus on the whole chain of new drug research and development, clinical trial, registration and industrialization, and the main contents include:
b 1. For class 1 innovative drugs that obtain clinical trial approval and complete phase II and phase III clinical trials, a phased support of up to 30 million yuan will be given;
b 2. For enterprises that obtain the registration certificate of class III medical devices, a one-time reward of 2 million yuan will be given;
b 3. For newly settled headquarters of biomedical enterprises, the office rent will be exempted for three years;
b 4. High-level talents introduced will be given housing subsidy and start-up funds of up to 5 million yuan.
b The "Ten Measures" also put forward to build a public service platform for the biomedical industry, including a drug evaluation consultation service station and a medical device testing center, to shorten the product registration cycle.
b The measures will be implemented from January 1, 2023 and are valid for three years. Relevant enterprises can apply through the "Medical City Enterprise Service" online platform.
c Attachment: Several Measures on Supporting the High-quality Development of Big Health Industry.pdf
c Previous article: China Medical City held the 2022 biomedical industry investment promotion conference in Shanghai
c Next article: Notice on declaring the 2022 district-level industry leading talent plan
c Copyright: Taizhou Medical High-tech Zone Management Committee
c Address: No. 8 Yaocheng Avenue, Taizhou City, Jiangsu Province   Postcode: 225300
c Su ICP No. 09087212-1
""")

html_page("h16-en-18-sg-healthier-sg-chronic-tier", "en", "UTF-8",
          labels(True, "policy", ["primary-care", "chronic-disease"], "2024-02-26",
                 ["SG"]), r"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>MOH | News Highlights</title>
<meta name="description" content="Enrolment in Healthier SG has crossed 1.2 million; more chronic medications to be subsidised at Healthier SG GP clinics from 1 April 2024.">
<meta property="og:title" content="More chronic medications to be subsidised at Healthier SG clinics as enrolment crosses 1.2 million">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Ministry of Health">
<link rel="stylesheet" href="/assets/css/main.4f2a1c.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-EXAMPLE1');
</script>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"More chronic medications to be subsidised at Healthier SG clinics as enrolment crosses 1.2 million","datePublished":"2024-02-26T17:00:00+08:00","publisher":{"@type":"GovernmentOrganization","name":"Ministry of Health"}}
</script>
</head>
<body>
<div id="cookie-banner" class="cookie-notice" role="dialog" aria-live="polite">
  <p>This site uses cookies to give you a better browsing experience. By continuing to browse, you agree to our use of cookies as described in our <a href="/privacy-statement">Privacy Statement</a>.</p>
  <button type="button" class="btn btn-accept">Got it</button>
</div>
<div class="sgds-masthead">
  <div class="container">
    <span class="sgds-icon sgds-icon-sg-crest"></span>
    <span>A Singapore Government Agency Website</span>
    <a href="#" class="masthead-toggle">How to identify</a>
  </div>
</div>
<header class="site-header">
  <a class="navbar-brand" href="/"><img src="/assets/img/moh-logo.svg" alt="Ministry of Health"></a>
  <nav class="navbar" aria-label="Main navigation">
    <ul class="navbar-menu">
      <li><a href="/about-us">About Us</a></li>
      <li><a href="/newsroom">Newsroom</a></li>
      <li><a href="/resources-statistics">Resources &amp; Statistics</a></li>
      <li><a href="/cost-financing">Cost &amp; Financing</a></li>
      <li><a href="/policies">Policies &amp; Legislation</a></li>
      <li><a href="/careers">Careers</a></li>
    </ul>
    <form class="search" role="search">
      <input type="search" placeholder="Search moh.gov.sg" aria-label="Search">
      <button type="submit" class="btn-search">Search</button>
    </form>
  </nav>
</header>
<main id="main-content">
  <section class="breadcrumb-section">
    <nav aria-label="breadcrumb">
      <ol class="breadcrumb">
        <li><a href="/">Home</a></li>
        <li><a href="/newsroom">Newsroom</a></li>
        <li aria-current="page">News Highlights</li>
      </ol>
    </nav>
  </section>
  <article class="news-article">
    <div class="article-header">
      <span class="label label-category">Press Release</span>
      <h1>More chronic medications to be subsidised at Healthier SG clinics as enrolment crosses 1.2 million</h1>
      <p class="meta">Published Date: 26 Feb 2024</p>
    </div>
    <div class="article-body">
      <p class="lead">Residents enrolled in Healthier SG will be able to get about 40 more chronic medications at polyclinic-comparable prices from their family doctors from 1 April 2024.</p>
      <p>1. More than 1.2 million residents have enrolled in Healthier SG since the national preventive care programme began in July 2023. About six in ten residents aged 60 and above have now chosen a family doctor, and close to 1,100 General Practitioner (GP) clinics are taking part.</p>
      <p>2. Under the Healthier SG Chronic Tier, enrolled residents who hold a Community Health Assist Scheme (CHAS) card receive higher subsidies for the management of chronic conditions such as hypertension, diabetes and high cholesterol at their enrolled GP clinic. From 1 April 2024, the list of covered drugs will be extended to include medications for asthma, chronic obstructive pulmonary disease and gout.</p>
      <p>3. MOH will also extend the annual health plan consultation to residents who enrolled in the first six months of the programme, so that family doctors can review each resident's screening, vaccination and lifestyle goals with them.</p>
      <figure class="article-image">
        <img src="/assets/news/2024/hsg-clinic.jpg" alt="A family doctor speaking with a patient">
        <figcaption>A Healthier SG clinic in Punggol. Photo: MOH</figcaption>
      </figure>
      <p>4. GPs say the changes make it easier for patients to stay with one doctor. "Before this, some of my patients went back to the polyclinic just for cheaper medicine. Now they can get everything here, and I can follow them over the years."</p>
      <p>- Dr Samuel Koh, family physician, Punggol</p>
      <p>5. Residents who have not enrolled can do so through the HealthHub app with their Singpass, and book their first health plan consultation with the clinic of their choice.</p>
    </div>
  </article>
  <div class="article-share">
    <span>Share this article:</span>
    <a href="#" class="share-fb">Facebook</a>
    <a href="#" class="share-x">X</a>
    <a href="#" class="share-li">LinkedIn</a>
    <a href="#" class="share-mail">Email</a>
  </div>
  <div class="feedback-widget">
    <p>Was this article useful?</p>
    <button type="button">Yes</button>
    <button type="button">No</button>
  </div>
  <aside class="related-news">
    <h2>Related News</h2>
    <ul>
      <li><a href="#">Over 1,000 GP clinics on board ahead of Healthier SG national launch</a></li>
      <li><a href="#">Updates to CHAS subsidies for common chronic conditions</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer">
  <div class="footer-top">
    <p class="footer-title">Ministry of Health</p>
    <ul class="footer-links">
      <li><a href="/contact-us">Contact Us</a></li>
      <li><a href="/feedback">Feedback</a></li>
      <li><a href="/careers">Careers</a></li>
    </ul>
    <div class="social">
      <a href="#" aria-label="Facebook"><i class="icon-fb"></i></a>
      <a href="#" aria-label="Instagram"><i class="icon-ig"></i></a>
    </div>
  </div>
  <div class="footer-bottom">
    <ul>
      <li><a href="#">Report Vulnerability</a></li>
      <li><a href="/privacy-statement">Privacy Statement</a></li>
      <li><a href="/terms-of-use">Terms of Use</a></li>
    </ul>
    <p>&copy; 2024 Government of Singapore</p>
    <p>Last Updated 26 Feb 2024</p>
  </div>
</footer>
<script src="/assets/js/main.9c01e2.js"></script>
</body>
</html>
""",
          title="More chronic medications to be subsidised at Healthier SG clinics as enrolment crosses 1.2 million",
          body="""
Residents enrolled in Healthier SG will be able to get about 40 more chronic medications at polyclinic-comparable prices from their family doctors from 1 April 2024.
1. More than 1.2 million residents have enrolled in Healthier SG since the national preventive care programme began in July 2023. About six in ten residents aged 60 and above have now chosen a family doctor, and close to 1,100 General Practitioner (GP) clinics are taking part.
2. Under the Healthier SG Chronic Tier, enrolled residents who hold a Community Health Assist Scheme (CHAS) card receive higher subsidies for the management of chronic conditions such as hypertension, diabetes and high cholesterol at their enrolled GP clinic. From 1 April 2024, the list of covered drugs will be extended to include medications for asthma, chronic obstructive pulmonary disease and gout.
3. MOH will also extend the annual health plan consultation to residents who enrolled in the first six months of the programme, so that family doctors can review each resident's screening, vaccination and lifestyle goals with them.
4. GPs say the changes make it easier for patients to stay with one doctor. "Before this, some of my patients went back to the polyclinic just for cheaper medicine. Now they can get everything here, and I can follow them over the years."
- Dr Samuel Koh, family physician, Punggol
5. Residents who have not enrolled can do so through the HealthHub app with their Singpass, and book their first health plan consultation with the clinic of their choice.
""",
          chrome="""
This site uses cookies to give you a better browsing experience. By continuing to browse, you agree to our use of cookies as described in our Privacy Statement.
Got it
A Singapore Government Agency Website
How to identify
About Us
Newsroom
Resources & Statistics
Cost & Financing
Policies & Legislation
Careers
Search
Home
News Highlights
Press Release
Published Date: 26 Feb 2024
A Healthier SG clinic in Punggol. Photo: MOH
Share this article:
Facebook
X
LinkedIn
Email
Was this article useful?
Yes
No
Related News
Over 1,000 GP clinics on board ahead of Healthier SG national launch
Updates to CHAS subsidies for common chronic conditions
Ministry of Health
Contact Us
Feedback
Report Vulnerability
Privacy Statement
Terms of Use
© 2024 Government of Singapore
Last Updated 26 Feb 2024
""")

html_page("h16-en-19-cms-part-b-coinsurance", "en", "UTF-8",
          labels(True, "policy", ["medical-insurance", "drug-policy"], "2023-08-10",
                 ["US"]), r"""
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Medicare Coinsurance to Drop for 29 Part B Drugs Under Inflation Rebate Program | CMS</title>
<meta name="description" content="People with Medicare who take any of 29 Part B drugs may pay lower coinsurance from October 1 through December 31, 2023.">
<meta property="og:title" content="CMS: Lower Coinsurance for 29 Medicare Part B Drugs This Fall">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-08-10T09:00:00-04:00">
<link rel="canonical" href="https://www.example.gov/newsroom/press-releases/part-b-coinsurance-q4-2023">
<link rel="stylesheet" href="/themes/custom/cms_evo/css/style.css?s0k2la">
<script>window.utag_data = {"page_type": "press-release", "site_section": "newsroom"};</script>
<script src="/libraries/usa-banner/usa-banner.min.js" defer></script>
</head>
<body class="path-node page-node-type-press-release">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government">
  <div class="usa-banner__header">
    <p class="usa-banner__header-text">An official website of the United States government</p>
    <button type="button" class="usa-banner__button" aria-expanded="false">Here's how you know</button>
  </div>
</section>
<header class="site-header" role="banner">
  <a href="/" class="site-logo"><img src="/themes/custom/cms_evo/logo.svg" alt="CMS.gov: Centers for Medicare &amp; Medicaid Services"></a>
  <nav class="main-nav" aria-label="Main">
    <ul>
      <li><a href="/medicare">Medicare</a></li>
      <li><a href="/medicaid-chip">Medicaid/CHIP</a></li>
      <li><a href="/marketplace">Marketplace &amp; Private Insurance</a></li>
      <li><a href="/priorities">Priorities</a></li>
      <li><a href="/training-education">Training &amp; Education</a></li>
      <li><a href="/data-research">Research, Statistics, Data &amp; Systems</a></li>
      <li><a href="/regulations-guidance">Regulations &amp; Guidance</a></li>
    </ul>
  </nav>
  <div class="header-search"><label for="search-input">Search</label><input id="search-input" type="search"></div>
</header>
<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/newsroom">Newsroom</a> &raquo; Press Releases</div>
<main id="main-content" role="main">
  <article class="press-release">
    <div class="press-release__meta">
      <span class="date">Aug 10, 2023</span>
      <span class="type">Press release</span>
    </div>
    <h1 class="page-title">Medicare coinsurance to drop for 29 Part B drugs this fall under inflation rebate program</h1>
    <div class="field--name-body">
      <p>The Centers for Medicare &amp; Medicaid Services (CMS) today announced that people with Medicare who take any of 29 Part B prescription drugs may pay a lower coinsurance for those drugs from October 1 through December 31, 2023, because the drug companies raised prices faster than the rate of inflation.</p>
      <p>Under the Inflation Reduction Act, drug companies that raise prices for certain Part B drugs faster than inflation must pay a rebate to Medicare, and the coinsurance for those drugs is based on a lower, inflation-adjusted amount. Depending on the drug and their coinsurance, some people with Medicare may save up to $390 per dose.</p>
      <p>This quarter's list includes treatments for cancer, rheumatoid arthritis and macular degeneration. About 750,000 people with Medicare used at least one of these drugs in a recent year.</p>
      <p>"Lower coinsurance means people with Medicare keep more money in their pockets every time they get these medicines at the doctor's office," the agency's Medicare director said.</p>
      <p>Providers and suppliers do not need to take any action; Medicare will adjust payment amounts and coinsurance automatically. CMS will publish the next quarterly list of rebatable drugs in November.</p>
      <p>The full list of drugs and the adjusted coinsurance amounts is available on the Medicare Part B Inflation Rebate Program page.</p>
      <p>###</p>
      <p>Follow CMS on X, sign up for our email updates and find more news in the CMS Newsroom.</p>
    </div>
    <div class="press-release__contact">Contact: CMS Media Relations Group</div>
  </article>
  <aside class="share-tools">
    <h2>Share</h2>
    <ul>
      <li><a href="#">Facebook</a></li>
      <li><a href="#">X</a></li>
      <li><a href="#">LinkedIn</a></li>
      <li><a href="#">Email</a></li>
      <li><a href="javascript:window.print()">Print</a></li>
    </ul>
  </aside>
</main>
<footer class="site-footer" role="contentinfo">
  <ul class="footer-links">
    <li><a href="/help">Help</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/privacy">Privacy Policy</a></li>
    <li><a href="/foia">Freedom of Information Act</a></li>
    <li><a href="/nondiscrimination">Nondiscrimination Notice</a></li>
  </ul>
  <div class="footer-language">
    <span>Language assistance:</span>
    <a href="#" lang="es">Español</a>
    <a href="#" lang="zh">中文</a>
    <a href="#" lang="vi">Tiếng Việt</a>
  </div>
  <p class="footer-agency">An official website managed by the U.S. Centers for Medicare &amp; Medicaid Services, Baltimore, Maryland.</p>
</footer>
<script src="/themes/custom/cms_evo/js/global.js"></script>
</body>
</html>
""",
          title="Medicare coinsurance to drop for 29 Part B drugs this fall under inflation rebate program",
          body="""
The Centers for Medicare & Medicaid Services (CMS) today announced that people with Medicare who take any of 29 Part B prescription drugs may pay a lower coinsurance for those drugs from October 1 through December 31, 2023, because the drug companies raised prices faster than the rate of inflation.
Under the Inflation Reduction Act, drug companies that raise prices for certain Part B drugs faster than inflation must pay a rebate to Medicare, and the coinsurance for those drugs is based on a lower, inflation-adjusted amount. Depending on the drug and their coinsurance, some people with Medicare may save up to $390 per dose.
This quarter's list includes treatments for cancer, rheumatoid arthritis and macular degeneration. About 750,000 people with Medicare used at least one of these drugs in a recent year.
"Lower coinsurance means people with Medicare keep more money in their pockets every time they get these medicines at the doctor's office," the agency's Medicare director said.
Providers and suppliers do not need to take any action; Medicare will adjust payment amounts and coinsurance automatically. CMS will publish the next quarterly list of rebatable drugs in November.
The full list of drugs and the adjusted coinsurance amounts is available on the Medicare Part B Inflation Rebate Program page.
""",
          chrome="""
Skip to main content
An official website of the United States government
Here's how you know
Medicare
Medicaid/CHIP
Marketplace & Private Insurance
Priorities
Training & Education
Research, Statistics, Data & Systems
Regulations & Guidance
Search
Home » Newsroom » Press Releases
Aug 10, 2023
Press release
###
Follow CMS on X, sign up for our email updates and find more news in the CMS Newsroom.
Contact: CMS Media Relations Group
Share
Facebook
X
LinkedIn
Email
Print
Help
Accessibility
Privacy Policy
Freedom of Information Act
Nondiscrimination Notice
Language assistance:
Español
中文
Tiếng Việt
An official website managed by the U.S. Centers for Medicare & Medicaid Services, Baltimore, Maryland.
""")

html_page("h16-en-20-changning-clinic-family-doctor-plus", "en", "UTF-8",
          labels(False, "marketing", [], "2024-05-20", ["310105"]), r"""
<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hongqiao clinic launches family doctor membership for international families - Changning, Shanghai</title>
<meta name="author" content="Lin Yue">
<meta name="description" content="A Hongqiao clinic rolls out an annual family doctor plan with chronic care packages.">
<meta property="og:title" content="Hongqiao clinic launches family doctor membership">
<meta property="og:image" content="https://en.example-changning.cn/uploads/2024/05/clinic.jpg">
<meta property="article:published_time" content="2024-05-20T14:02:00+08:00">
<meta property="article:section" content="Business">
<link rel="stylesheet" href="/static/css/app.min.css">
<script defer src="/static/js/vendor.min.js"></script>
</head>
<body class="article-page">
<div class="cookie-bar" id="cookieBar">
  <span>We use cookies to analyse traffic and personalise content.</span>
  <a href="/en/cookies">Cookie settings</a>
  <button type="button" onclick="acceptCookies()">Accept all</button>
</div>
<div class="topbar">
  <ul class="lang-switch">
    <li><a href="/en/">EN</a></li>
    <li><a href="/cn/">中文</a></li>
    <li><a href="/jp/">日本語</a></li>
  </ul>
  <a class="app-promo" href="/app">Get the Changning Now app</a>
</div>
<header class="masthead">
  <div class="logo">Changning · Shanghai</div>
  <nav>
    <ul>
      <li><a href="/en/">Home</a></li>
      <li><a href="/en/news/">News</a></li>
      <li><a href="/en/business/">Business</a></li>
      <li><a href="/en/living/">Living</a></li>
      <li><a href="/en/culture/">Culture</a></li>
      <li><a href="/en/services/">Services</a></li>
    </ul>
  </nav>
</header>
<main class="container">
  <div class="crumbs">You are here: <a href="/en/">Home</a> / <a href="/en/business/">Business</a> / Health &amp; Wellness</div>
  <article class="story">
    <h1>Hongqiao clinic launches "Family Doctor Plus" membership for international families</h1>
    <div class="byline">By Lin Yue | Published 2024-05-20 14:02</div>
    <figure>
      <img src="/uploads/2024/05/clinic.jpg" alt="Clinic reception">
      <figcaption>The clinic's new family medicine wing in Hongqiao. Photo: courtesy of the clinic</figcaption>
    </figure>
    <div class="story-body">
      <p>Families living around Hongqiao can now sign up for a private family doctor, as Hongqiao International Medical Clinic rolls out its "Family Doctor Plus" membership this month.</p>
      <p>The annual plan, priced at 6,800 yuan for adults and 4,200 yuan for children, covers unlimited GP consultations, a yearly health check, round-the-clock phone access to a bilingual doctor and a chronic care package for patients with hypertension or diabetes.</p>
      <p>Members also get priority referrals to partner specialists at top-tier hospitals and direct billing with more than 30 international insurers, the clinic said.</p>
      <div class="ad-slot"><span class="ad-label">Advertisement</span></div>
      <p>"Many expat families told us they wanted one doctor who knows their whole history," said Dr Grace Chen, the clinic's medical director.</p>
      <p>The first 100 families to enrol before June 30 will get 15 percent off and a free dental cleaning.</p>
      <p>To book a consultation, scan the clinic's WeChat QR code or call 021-6209-8812.</p>
    </div>
  </article>
  <section class="newsletter">
    <h3>Stay in the loop</h3>
    <p>Get the week's top Changning stories in your inbox every Friday.</p>
    <form><input type="email" placeholder="Your email"> <button type="submit">Subscribe</button></form>
  </section>
  <aside class="sidebar">
    <h3>Editor's Picks</h3>
    <ul>
      <li><a href="#">New cross-border clinic hub opens in Hongqiao business district</a></li>
      <li><a href="#">Five parks in Changning where you can picnic this summer</a></li>
    </ul>
    <h3>Most Viewed</h3>
    <ol>
      <li><a href="#">How to register your pet in Shanghai: a step-by-step guide</a></li>
      <li><a href="#">Changning launches English-language hotline for foreign residents</a></li>
    </ol>
  </aside>
  <div class="comments">
    <h3>Comments (0)</h3>
    <p>Log in to leave a comment.</p>
  </div>
</main>
<footer>
  <p>Changning District Information Office</p>
  <p>&copy; 2024 Changning District People's Government, Shanghai. All rights reserved.</p>
  <p>沪ICP备09008832号</p>
</footer>
<script>
  function acceptCookies(){document.getElementById('cookieBar').remove();}
</script>
</body>
</html>
""",
          title='Hongqiao clinic launches "Family Doctor Plus" membership for international families',
          body="""
Families living around Hongqiao can now sign up for a private family doctor, as Hongqiao International Medical Clinic rolls out its "Family Doctor Plus" membership this month.
The annual plan, priced at 6,800 yuan for adults and 4,200 yuan for children, covers unlimited GP consultations, a yearly health check, round-the-clock phone access to a bilingual doctor and a chronic care package for patients with hypertension or diabetes.
Members also get priority referrals to partner specialists at top-tier hospitals and direct billing with more than 30 international insurers, the clinic said.
"Many expat families told us they wanted one doctor who knows their whole history," said Dr Grace Chen, the clinic's medical director.
The first 100 families to enrol before June 30 will get 15 percent off and a free dental cleaning.
To book a consultation, scan the clinic's WeChat QR code or call 021-6209-8812.
""",
          chrome="""
We use cookies to analyse traffic and personalise content.
Cookie settings
Accept all
EN
中文
日本語
Get the Changning Now app
Changning · Shanghai
Home
News
Business
Living
Culture
Services
You are here: Home / Business / Health & Wellness
By Lin Yue | Published 2024-05-20 14:02
The clinic's new family medicine wing in Hongqiao. Photo: courtesy of the clinic
Advertisement
Stay in the loop
Get the week's top Changning stories in your inbox every Friday.
Subscribe
Editor's Picks
New cross-border clinic hub opens in Hongqiao business district
Five parks in Changning where you can picnic this summer
Most Viewed
How to register your pet in Shanghai: a step-by-step guide
Changning launches English-language hotline for foreign residents
Comments (0)
Log in to leave a comment.
Changning District Information Office
© 2024 Changning District People's Government, Shanghai. All rights reserved.
沪ICP备09008832号
""")

text_page("h16-en-21-health-suzhou-spring-allergy-tips", "en", "UTF-8",
          labels(False, "wellness", [], None, ["320500"]), r"""
c Suzhou Municipal Health Commission
c Elderly-friendly version | Accessibility
c Home | Organization | Open government | Health services | Health science popularization | Interaction
c Login | Register
c Your current location: Home > Health science popularization > Health tips
t Health Suzhou reminds you: spring is the high season of allergic rhinitis, please keep these protection tips
c Time: 04-08   Source: Health Suzhou   Reading: 12,097
b Spring returns to the earth, the flowers in Suzhou are blooming, and the pollen, catkins and dust mites in the air are increasing. In recent days, the allergy clinics of many hospitals in our city have ushered in a peak of consultation, and many citizens have symptoms of sneezing, runny nose and itchy eyes.
b Experts of the Municipal Health and Health Committee remind the citizens that allergic rhinitis is not a "cold". If the symptoms last more than two weeks, you should go to the hospital in time.
b How to prevent it? Please keep the following tips:
b First, reduce going out during the peak period of pollen from 10 am to 4 pm, and wear masks and glasses when going out;
b Second, close the windows in windy weather, and use the air purifier indoors;
b Third, wash the face and rinse the nasal cavity after returning home, and change the clothes in time;
b Fourth, do not stop the medicine by yourself, and follow the doctor's advice to use the nasal spray.
b If you have difficulty breathing or wheezing, please seek medical treatment immediately or call the 12320 health hotline for consultation.
c Responsible editor: Gu Yan
c Scan the QR code, pay attention to "Health Suzhou"
c Guess you like
c Suzhou's second batch of "health huts" has been put into use, have you gone?
c Is it safe to take the children to get the flu vaccine in spring?
c Website identification code: 3205000012   Su ICP No. 05006532   Su Gong Wang An Bei 32050802010529
c Host: Suzhou Municipal Health Commission   Technical support: Suzhou Digital Government Service Center
c --- end of page ---
""")

html_page("h16-en-22-sip-bispecific-phase3-result", "en", "UTF-8",
          labels(False, "trial", [], "2023-03-03", ["320500"]), r"""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>SIP News-Suzhou Industrial Park</title>
<meta name="pubdate" content="2023-03-03T08:00:00+08:00" />
<meta name="keywords" content="SIP, biomedicine, clinical trial" />
<meta property="og:title" content="SIP biotech's bispecific antibody meets primary endpoint in Phase III lung cancer trial" />
<link href="/en/css/sip_global.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/en/js/jquery.js"></script>
<script type="text/javascript">
  $(function(){ $(".sip_nav li").hover(function(){ $(this).addClass("on"); }); });
</script>
</head>
<body>
<div class="sip_top">
  <div class="w1200">
    <div class="sip_lang"><a href="/cn/">中文</a> | <a href="/en/">English</a> | <a href="/jp/">日本語</a> | <a href="/kr/">한국어</a></div>
  </div>
</div>
<div class="sip_head">
  <div class="w1200">
    <a href="/en/" class="sip_logo"><img src="/en/images/logo.png" alt="Suzhou Industrial Park" /></a>
    <ul class="sip_nav">
      <li><a href="/en/">Home</a></li>
      <li><a href="/en/about/">About SIP</a></li>
      <li><a href="/en/invest/">Invest in SIP</a></li>
      <li class="on"><a href="/en/news/">News</a></li>
      <li><a href="/en/living/">Living</a></li>
      <li><a href="/en/contact/">Contact</a></li>
    </ul>
  </div>
</div>
<div class="sip_con w1200">
  <div class="sip_crumb"><a href="/en/">Home</a> &raquo; <a href="/en/news/">News</a> &raquo; Enterprise News</div>
  <div class="news_l">
    <div class="news_tit">SIP biotech's bispecific antibody meets primary endpoint in Phase III lung cancer trial</div>
    <div class="news_info">Source: SIP Administrative Committee | Date: March 3, 2023 | Views: 1,284</div>
    <div class="news_txt">
      <p>Suhe Biologics, an innovative drug developer based in Suzhou Industrial Park (SIP), announced on March 2 that its PD-1/VEGF bispecific antibody SH-2107 met the primary endpoint in a randomized, double-blind Phase III trial in patients with advanced non-small cell lung cancer.</p>
      <p class="pic"><img src="/en/upload/2023/03/sh2107.jpg" alt="" /></p>
      <p class="pic_note">Photo/Suhe Biologics</p>
      <p>The trial enrolled 486 patients at 52 hospitals across China. At a pre-specified interim analysis, patients receiving SH-2107 with chemotherapy had a median progression-free survival of 11.2 months, compared with 6.9 months for those receiving a PD-1 inhibitor with chemotherapy (hazard ratio 0.48).</p>
      <p>Grade 3 or higher treatment-related adverse events occurred in 41.6% of patients in the SH-2107 group and 37.9% in the control group, and no new safety signals were observed.</p>
      <p>"These results show that a Chinese biotech can deliver first-in-class data in one of the most competitive areas of oncology," said Dr. Zhou Hang, chief medical officer of Suhe Biologics.</p>
      <p>Detailed results will be presented at an upcoming international medical conference. The company plans to submit a new drug application to the National Medical Products Administration in the second half of 2023.</p>
      <p>Founded in 2016, Suhe Biologics has five clinical-stage candidates and employs about 600 people in SIP.</p>
    </div>
    <div class="news_tools"><a href="javascript:window.print();">[Print]</a> <a href="javascript:window.close();">[Close]</a></div>
  </div>
  <div class="news_r">
    <h3>Read more</h3>
    <ul>
      <li><a href="#">SIP's biomedical industry output exceeds 150 billion yuan in 2022</a></li>
      <li><a href="#">Three SIP companies win approval for innovative drugs in February</a></li>
      <li><a href="#">SIP hosts 2023 China biomedical innovation forum</a></li>
    </ul>
  </div>
</div>
<div class="sip_foot">
  <p>Copyright &copy; 2023 Suzhou Industrial Park Administrative Committee All Rights Reserved</p>
  <p>Su ICP No. 05025310 &nbsp; Website identification code: 3205900001</p>
  <p>Recommended browsers: Chrome, Firefox, Edge</p>
</div>
</body>
</html>
""",
          title="SIP biotech's bispecific antibody meets primary endpoint in Phase III lung cancer trial",
          body="""
Suhe Biologics, an innovative drug developer based in Suzhou Industrial Park (SIP), announced on March 2 that its PD-1/VEGF bispecific antibody SH-2107 met the primary endpoint in a randomized, double-blind Phase III trial in patients with advanced non-small cell lung cancer.
The trial enrolled 486 patients at 52 hospitals across China. At a pre-specified interim analysis, patients receiving SH-2107 with chemotherapy had a median progression-free survival of 11.2 months, compared with 6.9 months for those receiving a PD-1 inhibitor with chemotherapy (hazard ratio 0.48).
Grade 3 or higher treatment-related adverse events occurred in 41.6% of patients in the SH-2107 group and 37.9% in the control group, and no new safety signals were observed.
"These results show that a Chinese biotech can deliver first-in-class data in one of the most competitive areas of oncology," said Dr. Zhou Hang, chief medical officer of Suhe Biologics.
Detailed results will be presented at an upcoming international medical conference. The company plans to submit a new drug application to the National Medical Products Administration in the second half of 2023.
Founded in 2016, Suhe Biologics has five clinical-stage candidates and employs about 600 people in SIP.
""",
          chrome="""
中文
English
日本語
한국어
Home
About SIP
Invest in SIP
News
Living
Contact
Home » News » Enterprise News
Source: SIP Administrative Committee | Date: March 3, 2023 | Views: 1,284
Photo/Suhe Biologics
[Print]
[Close]
Read more
SIP's biomedical industry output exceeds 150 billion yuan in 2022
Three SIP companies win approval for innovative drugs in February
SIP hosts 2023 China biomedical innovation forum
Copyright © 2023 Suzhou Industrial Park Administrative Committee All Rights Reserved
Su ICP No. 05025310 Website identification code: 3205900001
Recommended browsers: Chrome, Firefox, Edge
""")

text_page("h16-en-23-jinhua-investment-conference", "en", "UTF-8",
          labels(False, "economy", [], "2024-04-26", ["330700"], source="Jinhua Daily"), r"""
c URL: http://english.jinhua.gov.cn/art/2024/4/26/art_1229630412_58892731.html
c Jinhua Municipal People's Government
c Chinese | English
c Home   News   Government Affairs   Investment   Living   Tourism
c Home > News > Jinhua News
t Jinhua held the 2024 spring investment promotion conference, 58 major projects signed with a total investment of 61.2 billion yuan
c 2024-04-26 08:51:17   Source: Jinhua Daily   Author: Wu Xiaodan
b On April 25, the 2024 spring investment promotion conference of Jinhua was held in the Jinhua Economic and Technological Development Zone. Leaders of the municipal party committee and municipal government attended the conference and witnessed the signing.
b A total of 58 major projects were signed at the conference, with a total investment of 61.2 billion yuan, including 21 projects with an investment of more than 1 billion yuan. The projects cover new energy vehicles and parts, digital economy, new materials, modern logistics and other fields.
b Among them, the new energy vehicle power battery project invested by a leading enterprise reached 12 billion yuan, the single project with the largest investment at the conference. A medical device production base project with an investment of 1.5 billion yuan also settled in Jindong District.
b The main leader of the municipal party committee said in the speech that Jinhua will continue to optimize the business environment, do a good job of the "one project, one special class" service, and promote the signed projects to start construction as soon as possible.
b In the first quarter of this year, Jinhua actually utilized foreign capital of 286 million US dollars, a year-on-year increase of 17.4%, and the investment of provincial key projects completed 34.6% of the annual plan.
c Share:
c WeChat Moments
c Weibo
c Statement: The English version of this website is translated by machine and is for reference only.
c Copyright Jinhua Municipal People's Government   Zhe ICP Bei 05012809 Hao
c [Scraped at 2024-04-27 03:12 UTC]
""")

text_page("h16-en-24-lishui-village-basketball", "en", "UTF-8",
          labels(False, "other", [], "2023-09-18", ["331100"], source="Lishui Daily"), r"""
t "Village BA" finals light up Lishui: 16 rural teams compete for the championship
c Lishui Municipal People's Government
c Text-only | Elderly version | 中文
c Home | About Lishui | News | Open Government | Services | Invest | Visit
c Home » News » Local News
t "Village BA" finals light up Lishui: 16 rural teams compete for the championship
c Posted on: September 18, 2023 | Source: Lishui Daily | Views: 3,406
b On the evening of September 16, the finals of the 2023 Lishui "Village BA" rural basketball league kicked off at the Liandu District Sports Center, attracting more than 5,000 spectators.
b The league started in June and lasted three months. A total of 168 teams from 9 counties (cities, districts) took part in the preliminary round, and 16 teams entered the finals.
b In the championship game, the team from Dagang village of Longquan beat the defending champion from Suichang by 78 to 71. The players are farmers, teachers, drivers and shop owners, and many villagers traveled more than two hours to cheer for their team.
b The organizers said that the league will become an annual event, and next year a women's group and a youth group will be added.
b The final ranking is as follows:
b Champion: Longquan Dagang Village   Runner-up: Suichang Wangcun Village   Third place: Qingtian Fangshan Village
c Previous: Lishui City held the autumn tea culture festival in Songyang
c Next: Yunhe wooden toy town welcomes the peak of tourists in the National Day holiday
c Follow us on Douyin: @LishuiRelease
c Lishui Municipal People's Government Office sponsors | Zhe ICP No. 05080196 | Website identification code: 3311000001
""")


# --------------------------------------------------------------------------- output

def encode(page: dict) -> bytes:
    text, enc = page["text"], page["encoding"]
    if enc == "UTF-8-BOM":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    codec = {"UTF-8": "utf-8", "GBK": "gbk", "GB18030": "gb18030", "Big5": "big5"}[enc]
    return text.encode(codec, errors="strict")


def decode(raw: bytes, enc: str) -> str:
    if enc == "UTF-8-BOM":
        if not raw.startswith(b"\xef\xbb\xbf"):
            raise ValueError("no BOM")
        return raw[3:].decode("utf-8")
    if enc == "UTF-8" and raw.startswith(b"\xef\xbb\xbf"):
        raise ValueError("UTF-8 page starts with a BOM")
    codec = {"UTF-8": "utf-8", "GBK": "gbk", "GB18030": "gb18030", "Big5": "big5"}[enc]
    return raw.decode(codec, errors="strict")


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


def toml_list(items: list[str]) -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f"  {toml_str(x)},\n" for x in items) + "]"


def gold_toml(page: dict) -> str:
    lab = page["labels"]
    lines = [
        f'lang = {toml_str(page["lang"])}',
        f'encoding = {toml_str(page["encoding"])}',
        f'title = {toml_str(page["title"])}',
        f'body = {toml_list(page["body"])}',
        f'chrome = {toml_list(page["chrome"])}',
        "",
        "[labels]",
        f'health_policy = {"true" if lab["health_policy"] else "false"}',
        f'kind = {toml_str(lab["kind"])}',
        "tags = [" + ", ".join(toml_str(t) for t in lab["tags"]) + "]",
    ]
    if "published" in lab:
        lines.append(f'published = {toml_str(lab["published"])}')
    lines.append("regions = [" + ", ".join(toml_str(r) for r in lab["regions"]) + "]")
    if "source" in lab:
        lines.append(f'source = {toml_str(lab["source"])}')
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- checks

class VisibleLines(HTMLParser):
    """Visible text of an HTML page, one line per block; script/style/title and
    attributes are not visible."""

    BLOCK = {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
        "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol",
        "option", "p", "section", "select", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    }
    HIDDEN = {"script", "style", "title", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.hidden = 0

    def flush(self) -> None:
        line = collapse("".join(self.buf))
        if line:
            self.lines.append(line)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def visible_lines(page: dict, text: str) -> list[str]:
    if page["ext"] == "txt":
        return [collapse(x) for x in text.splitlines() if x.strip()]
    parser = VisibleLines()
    parser.feed(text)
    parser.close()
    return parser.lines


SEPARATORS = set("|｜>＞›»<«/\\·•-–—_:：,，、;；.。()（）[]【】{}*#=+~!！?？'\"“”‘’…")


def covered(line: str, items: list[str]) -> bool:
    rest = line
    for item in items:
        if item in rest:
            rest = rest.replace(item, "\x00")
    return all(ch == "\x00" or ch.isspace() or ch in SEPARATORS for ch in rest)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FULL_DATE = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
    r"|\b\d{2,3}-\d{2}-\d{2}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}")


def date_renderings(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    m, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return [
        iso, f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02}月{d.day:02}日",
        f"{d.year}.{d.month:02}.{d.day:02}", f"{d.year}/{d.month}/{d.day}",
        f"{m} {d.day}, {d.year}", f"{mon}. {d.day}, {d.year}", f"{mon} {d.day:02}, {d.year}",
        f"{mon} {d.day}, {d.year}", f"{d.day} {m} {d.year}", f"{d.day:02} {mon} {d.year}",
        f"{d.year - 1911}-{d.month:02}-{d.day:02}",
    ]


def check_page(page: dict, raw: bytes, gold_text: str) -> list[str]:
    name, errs = page["name"], []

    def err(msg: str) -> None:
        errs.append(f"{name}: {msg}")

    if not re.fullmatch(r"h16-(zh|en)-\d{2}-[a-z0-9]+(-[a-z0-9]+)*", name):
        err("bad name")
    if name.split("-")[1] != page["lang"]:
        err("name prefix and lang differ")

    # Encoding: the bytes decode with the declared encoding to exactly the intended text.
    try:
        text = decode(raw, page["encoding"])
    except (UnicodeDecodeError, ValueError) as e:
        err(f"does not decode as {page['encoding']}: {e}")
        return errs
    if text != page["text"]:
        err("decoded text differs from the intended text")
    if "\ufffd" in text:
        err("U+FFFD in page")
    if page["crlf"] != ("\r\n" in text):
        err("CRLF flag and line ends disagree")
    if page["crlf"] and re.search(r"(?<!\r)\n", text):
        err("mixed line ends")
    if page["encoding"] == "GB18030" and all(_enc_ok(ch, "gbk") for ch in text):
        err("GB18030 page has no character outside GBK")
    if page["ext"] == "html" and "charset=gb2312" in text and all(
            _enc_ok(ch, "gb2312") for ch in text):
        err("page declared gb2312 has no GBK-only character")

    # Gold parses, has only known keys and values from the closed sets.
    try:
        gold = tomllib.loads(gold_text)
    except tomllib.TOMLDecodeError as e:
        err(f"gold does not parse: {e}")
        return errs
    if set(gold) != TOP_KEYS:
        err(f"gold keys {sorted(gold)}")
    lab = gold.get("labels", {})
    if not set(lab) <= LABEL_KEYS or not {"health_policy", "kind", "tags", "regions"} <= set(lab):
        err(f"label keys {sorted(lab)}")
    if gold.get("lang") != page["lang"] or gold.get("encoding") != page["encoding"]:
        err("lang/encoding in gold differ from the page")
    if gold.get("encoding") not in ENCODINGS:
        err("unknown encoding")
    if lab.get("kind") not in KINDS or (lab.get("kind") == "policy") != lab.get("health_policy"):
        err("kind/health_policy inconsistent")
    tags = lab.get("tags", [])
    if not set(tags) <= TAGS or len(set(tags)) != len(tags):
        err(f"bad tags {tags}")
    if lab.get("health_policy") and not 1 <= len(tags) <= 4:
        err("policy page needs 1-4 tags")
    if not lab.get("health_policy") and tags:
        err("non-policy page with tags")
    for r in lab.get("regions", []):
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)) or r == "CN":
            err(f"bad region {r}")
    if "published" in lab:
        try:
            dt.date.fromisoformat(lab["published"])
        except (TypeError, ValueError):
            err(f"published is not a date: {lab['published']!r}")
    if (gold.get("title"), gold.get("body"), gold.get("chrome")) != (
            page["title"], page["body"], page["chrome"]):
        err("gold file does not round-trip")

    # Every gold string occurs in the visible text; every visible line is labelled.
    lines = visible_lines(page, text)
    title, body, chrome = page["title"], page["body"], page["chrome"]
    if not title:
        err("empty title")
    if title not in lines:
        err("title is not a whole visible line")
    for b in body:
        if b not in lines:
            err(f"body paragraph is not a whole visible line: {b[:40]!r}")
    for c in chrome:
        if not any(c in line for line in lines):
            err(f"chrome not in visible text: {c!r}")
    if title in body or title in chrome:
        err("title repeated in body or chrome")
    for c in chrome:
        if c in body or (nonws_len(c) >= 10 and any(c in b for b in body)):
            err(f"chrome line is (in) a body paragraph: {c!r}")
    if len(set(body)) != len(body):
        err("duplicate body paragraph")
    items = sorted({title, *body, *chrome}, key=len, reverse=True)
    for line in lines:
        if page["ext"] == "txt":
            if line not in items:
                err(f"unlabelled text line: {line[:60]!r}")
        elif not covered(line, items):
            err(f"visible HTML text not covered by gold: {line[:60]!r}")

    # Dates: a gold date is written on the page; a page without one has no full date.
    if "published" in lab:
        if not any(r in text for r in date_renderings(lab["published"])):
            err(f"published {lab['published']} is not written on the page")
    else:
        for line in lines:
            if FULL_DATE.search(line):
                err(f"page without gold date has a full date: {line[:60]!r}")
    return errs


def _enc_ok(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def check_set(pages: list[dict]) -> list[str]:
    """The brief's targets for the set as a whole."""
    errs = []
    n = len(pages)
    langs = Counter(p["lang"] for p in pages)
    html = sum(p["ext"] == "html" for p in pages)
    encs = Counter(p["encoding"] for p in pages)
    kinds = Counter(p["labels"]["kind"] for p in pages)
    policy = kinds["policy"]
    negatives = sum(kinds[k] for k in HARD_NEGATIVES)
    tags = {t for p in pages for t in p["labels"]["tags"]}
    undated = sum("published" not in p["labels"] for p in pages)
    want = [
        (n == 24, f"24 pages, got {n}"),
        (langs["zh"] == langs["en"] == 12, f"12 zh + 12 en, got {dict(langs)}"),
        (sum(p["traditional"] for p in pages) >= 2, "2 traditional-script pages"),
        (3 * html >= n, f"at least a third HTML, got {html}"),
        (n - html >= 16, f"at least 16 text pages, got {n - html}"),
        (all(encs[e] for e in ("GBK", "GB18030", "Big5", "UTF-8-BOM")), f"encodings {dict(encs)}"),
        (any(p["crlf"] for p in pages), "a CRLF page"),
        (any(p["traditional"] and p["encoding"] == "Big5" for p in pages), "Big5 traditional page"),
        (12 <= policy <= 14, f"~55% policy, got {policy}"),
        (9 <= negatives <= 11, f"~40% hard negatives, got {negatives}"),
        (all(kinds[k] for k in HARD_NEGATIVES), f"every hard-negative kind, got {dict(kinds)}"),
        (1 <= kinds["other"] <= 2, "1-2 other pages"),
        (tags == TAGS, f"all 14 tags, missing {sorted(TAGS - tags)}"),
        (undated >= 3, f"3+ pages without a date, got {undated}"),
        (len({p['name'].split('-')[2] for p in pages}) == n, "unique page numbers"),
    ]
    errs += [f"set: {msg}" for ok, msg in want if not ok]
    return errs


# --------------------------------------------------------------------------- README

def readme(pages: list[dict]) -> str:
    n = len(pages)
    langs = Counter(p["lang"] for p in pages)
    html = sum(p["ext"] == "html" for p in pages)
    encs = Counter(p["encoding"] for p in pages)
    crlf = [p["name"] for p in pages if p["crlf"]]
    kinds = Counter(p["labels"]["kind"] for p in pages)
    negatives = sum(kinds[k] for k in HARD_NEGATIVES)
    undated = [p["name"] for p in pages if "published" not in p["labels"]]
    trad = [p["name"] for p in pages if p["traditional"]]
    tag_count = Counter(t for p in pages for t in p["labels"]["tags"])
    neg_kinds = ", ".join(f"{k} {kinds[k]}" for k in sorted(HARD_NEGATIVES))
    rows = "\n".join(
        f"| {p['name']} | {p['ext']} | {p['encoding']}{' CRLF' if p['crlf'] else ''} | "
        f"{p['labels']['kind']} | {', '.join(p['labels']['tags']) or '-'} | "
        f"{p['labels'].get('published', '-')} | {', '.join(p['labels']['regions']) or '-'} |"
        for p in pages)
    return f"""# holdout16: blind held-out set

{n} pages written for healthfeed's evaluation (never copied from the web) in the gold
format of `tests/corpus/README.md`. The emphasis is on what the users' scrapers really
save: plain-text scrapes of Chinese city, county, district and provincial government
sites (health commissions, medical-insurance bureaus, county news centres, district
portals, a public-resource trading platform) and their English machine-translated
editions, with the whole site chrome a text scraper keeps (menus dumped one item per
line, elder-mode and accessibility toggles, search boxes, login and "My Government"
links, bylines, share bars, related lists, footers with ICP / 公网安备 / 网站标识码
numbers, organiser and maintenance lines, visitor counters, browser notes, scraper
markers). The HTML pages are full pages of government and portal sites (national,
Hong Kong, district, Singapore, US, a park portal, a district English portal).

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora, and without running healthfeed on the pages.

Regenerate with `python3 scripts/make_holdout16.py` (it rewrites this folder and fails
loudly when a page and its gold disagree: a gold string missing from the visible text,
an unlabelled text line or uncovered HTML text node, gold that does not parse or has
unknown keys, a page that does not decode to the intended text with its encoding).

## Counts

- pages: {n} ({langs['zh']} zh, {langs['en']} en; traditional script: {', '.join(trad)})
- format: {n - html} scraper text, {html} HTML
- encodings: {', '.join(f'{e} {c}' for e, c in sorted(encs.items()))}; CRLF line ends: {', '.join(crlf)}
- health policy: {kinds['policy']}; hard negatives: {negatives} ({neg_kinds}); other: {kinds['other']}
- tags (policy pages): {', '.join(f'{t} {c}' for t, c in sorted(tag_count.items()))}
- pages without a full publication date (no `published`): {len(undated)} ({', '.join(undated)})

| page | format | encoding | kind | tags | published | regions |
|---|---|---|---|---|---|---|
{rows}

## Labelling decisions

- A kicker line above the headline (引题, "“小食堂”端出“大民生”") and category labels
  ("Press Release") are chrome; the headline alone is the title.
- A page-title line with the site name appended ("…_缙云新闻网", "…-Shenzhen Municipal
  Health Commission") is chrome when the bare headline is also on the page.
- Image captions and photo credits, attachment links (附件：…), "相关阅读" links and ad
  lines are chrome even when they sit between body paragraphs.
- The issuing body and the signing date at the foot of an official notice (落款) are
  body: they belong to the document. A press release's "完" and its release time
  lines are chrome.
- Hotline, address and "follow the account / download the app" sentences written as
  part of the article are body; the site's own follow-us and QR prompts are chrome.
- Recurring press-release boilerplate after the end marker ("###", "Follow CMS on X…")
  is chrome.
- `published` is the page's own publication date (发布日期 / byline / meta tag), not a
  document's signing date (成文日期), a deadline, an effective date, the "今天是" date of
  the site header or a scraper timestamp. Taiwanese pages date in the Minguo calendar:
  113-07-05 is 2024-07-05.
- Pages with only "3月15日", "上周五", "Yesterday (March 19)" or "Time: 04-08" have no
  `published`.
- Regions are the place the page is about at the most specific level that fits
  (district or county where the story is about one); places named in passing (a
  supplier's city, a partner hospital, a venue) are not labelled. A national notice has
  no region.
"""


# --------------------------------------------------------------------------- main

def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.is_file():
            old.unlink()
    for page in PAGES:
        (OUT / f"{page['name']}.{page['ext']}").write_bytes(encode(page))
        (OUT / f"{page['name']}.gold.toml").write_text(gold_toml(page), encoding="utf-8")
    (OUT / "README.md").write_text(readme(PAGES), encoding="utf-8")

    errs = []
    for page in PAGES:
        raw = (OUT / f"{page['name']}.{page['ext']}").read_bytes()
        gold_text = (OUT / f"{page['name']}.gold.toml").read_text(encoding="utf-8")
        errs += check_page(page, raw, gold_text)
    errs += check_set(PAGES)
    pages_on_disk = {p.name.split(".")[0] for p in OUT.iterdir() if p.suffix in (".txt", ".html")}
    golds_on_disk = {p.name[: -len(".gold.toml")] for p in OUT.glob("*.gold.toml")}
    if pages_on_disk != golds_on_disk:
        errs.append(f"pages and gold files differ: {sorted(pages_on_disk ^ golds_on_disk)}")
    if errs:
        print("\n".join(errs), file=sys.stderr)
        print(f"FAILED: {len(errs)} problem(s)", file=sys.stderr)
        return 1
    print(f"wrote {len(PAGES)} pages + gold to {OUT.relative_to(ROOT)}; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
