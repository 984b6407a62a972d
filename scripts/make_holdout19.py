#!/usr/bin/env python3
"""Generate tests/holdout19/: a blind held-out evaluation set for healthfeed.

Twenty-four invented pages imitating one day of a health-policy monitor's inbox
(Chinese provincial, city and county sites, state media and their English editions,
international agencies and trade press), each with a gold file in the format of
tests/corpus/README.md, plus a README.md with the counts.

Written blind: without looking at src/, config/, scripts/ (other than this file) or
any other corpus. Stdlib only (Python 3.11).

Pages are written in a small markup so that the gold labels come from the same source
as the page:

* text pages: one line per scraped line, prefixed by its label
  ("T " title, "B " body, "C " chrome); an empty spec line is an empty page line.
  Leading indentation (ASCII or full-width spaces) is kept in the page and dropped
  from the gold.
* HTML pages: the page source, with every visible text run wrapped in a marker
  "⟦t:…⟧", "⟦b:…⟧" or "⟦c:…⟧". The marker is removed from the page; its gold is the
  visible text of what it wrapped (tags stripped, entities decoded, whitespace
  collapsed).

After writing, the script re-reads everything it wrote and fails loudly (exit 1) when
a page does not decode to the intended text, a line or visible text node is not
labelled, a gold string is missing from the page, or a gold file does not parse or
has unknown keys or values.

Regenerate with: python3 scripts/make_holdout19.py
"""

from __future__ import annotations

import datetime
import html
import re
import sys
import tomllib
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout19"

CODECS = {
    "UTF-8": "utf-8",
    "UTF-8-BOM": "utf-8-sig",
    "GBK": "gbk",
    "GB18030": "gb18030",
    "Big5": "big5",
    "windows-1252": "cp1252",
}
KINDS = ["policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"]
TAGS = [
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease",
]
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}

PAGES: list[dict] = []


def page(name, fmt, encoding, spec, *, kind, tags=(), published=None, regions=(),
         source=None, crlf=False, blank_between=False, note=""):
    PAGES.append(dict(name=name, fmt=fmt, encoding=encoding, spec=spec, kind=kind,
                      tags=list(tags), published=published, regions=list(regions),
                      source=source, crlf=crlf, blank_between=blank_between, note=note))


# ---------------------------------------------------------------------------
# Chinese pages
# ---------------------------------------------------------------------------

page("h19-zh-01-sichuan-county-medical-community-plan", "txt", "UTF-8", r"""
C 无障碍浏览 | 关怀版 | 繁體版 | 手机版
C 四川省卫生健康委员会门户网站
C Health Commission of Sichuan Province
C 首页 | 机构职能 | 信息公开 | 办事服务 | 公众参与 | 数据发布 | 专题专栏
C 所在位置：首页 > 信息公开 > 法定主动公开内容 > 规范性文件
T 四川省卫生健康委员会等7部门关于印发《四川省紧密型县域医疗卫生共同体建设实施方案（2024—2026年）》的通知
C 索引号：008871203/2024-00136    文号：川卫发〔2024〕11号
C 发布日期：2024-05-14    来源：基层卫生健康处    阅读量：4127
C 【字号 大 中 小】【打印本页】【关闭窗口】
B 各市（州）卫生健康委、党委编办、发展改革委、财政局、人力资源社会保障局、医保局、药品监管局：
B 　　为深入贯彻党中央、国务院关于推进紧密型县域医疗卫生共同体建设的决策部署，进一步优化县域医疗卫生资源配置，提升基层医疗卫生服务能力，我们研究制定了《四川省紧密型县域医疗卫生共同体建设实施方案（2024—2026年）》，现印发给你们，请结合实际认真抓好落实。
B 四川省卫生健康委员会　　　　中共四川省委机构编制委员会办公室
B 四川省发展和改革委员会　　　　四川省财政厅
B 四川省人力资源和社会保障厅　　　　四川省医疗保障局
B 四川省药品监督管理局
B 2024年5月9日
B 四川省紧密型县域医疗卫生共同体建设实施方案（2024—2026年）
B 　　为推动优质医疗资源扩容下沉和区域均衡布局，构建分工协作、优质高效的整合型县域医疗卫生服务体系，结合我省实际，制定本方案。
B 一、总体要求
B 　　坚持以人民健康为中心，坚持政府主导、公益性主导、公立医院主导，以县级医院为龙头、乡镇卫生院为枢纽、村卫生室为基础，推进县域内医疗卫生机构人员、财务、业务、药械、信息一体化管理，让群众就近享有公平可及、系统连续的医疗卫生服务。
B 　　到2024年底，全省以县（市、区）为单位推进紧密型县域医共体建设全覆盖；到2025年底，县域内住院量占比达到90%左右，基层诊疗量占比达到65%以上；到2026年底，县域医共体管理体制和运行机制更加成熟定型，县域就诊率稳定在90%以上，基本实现“大病不出县、小病就近看”。
B 二、重点任务
B 　　（一）健全管理体制。各县（市、区）成立由党委或政府主要负责同志牵头的医共体管理委员会，统筹医共体规划建设、投入保障、人事安排和考核监管等重大事项。医共体实行党委领导下的院长负责制，牵头医院院长兼任医共体总院长。
B 　　（二）推进人员统筹使用。医共体内人员实行“县管乡用”“乡聘村用”，编制由县级机构编制部门核定后统筹使用。医共体牵头医院每年选派不少于10%的中级以上职称医师到乡镇卫生院、社区卫生服务中心驻点服务，服务时间累计不少于6个月。
B 　　（三）实行财务统一管理。医共体设立财务管理中心，对成员单位实行统一财务管理、统一核算、统一审计，成员单位原有法人资格和财政投入渠道保持不变。
B 　　（四）深化医保支付方式改革。医保部门对紧密型县域医共体实行总额付费，加强监督考核，结余留用、合理超支分担。有条件的地区可将按疾病诊断相关分组（DRG）或按病种分值（DIP）付费与总额付费相结合。
B 　　（五）统一药品耗材管理。医共体内建立统一的药品耗材目录，实行统一采购、统一配送，落实国家和省级药品耗材集中带量采购中选结果，保障基层用药与上级医院衔接。
B 　　（六）建设县域资源共享中心。依托牵头医院建设医学影像、心电诊断、医学检验、病理诊断和消毒供应等资源共享中心，推行“基层检查、县级诊断”，推动检查检验结果互认。
B 　　（七）强化信息化支撑。统筹推进医共体信息平台建设，实现电子病历、电子健康档案和远程医疗系统互联互通，2025年底前所有乡镇卫生院接入县级远程会诊系统。
B 三、保障措施
B 　　1.加强组织领导。各市（州）要将医共体建设纳入深化医药卫生体制改革重点工作，建立部门协调推进机制，每季度调度一次工作进展。
B 　　2.落实投入保障。按规定落实政府对医共体成员单位的投入责任，不得因组建医共体而减少财政投入。
B 　　3.加强监测评价。省卫生健康委会同有关部门建立监测评价制度，评价结果与医保基金、财政补助挂钩，并作为医共体负责人绩效考核的重要依据。
B 　　本方案自印发之日起施行，有效期至2026年12月31日。
C 附件：四川省紧密型县域医共体建设监测评价指标（2024年版）.pdf
C 政策解读：一图看懂我省紧密型县域医共体建设“三年行动”
C 前一篇：四川省卫生健康委员会关于公布第二批省级临床重点专科建设项目名单的通知
C 后一篇：关于做好2024年基本公共卫生服务项目工作的通知
C 手机扫一扫 打开当前页
C 主办：四川省卫生健康委员会　　技术支持：四川省卫生健康信息中心
C 网站标识码：5100000047　　蜀ICP备11007296号-2　　川公网安备 51010402000877号
C 本站支持IPv6访问　推荐使用1920×1080分辨率浏览
""", kind="policy", tags=["medical-reform", "primary-care"], published="2024-05-14",
     regions=["510000"], crlf=True,
     note="long provincial plan; signature date 2024-05-09 differs from 发布日期 2024-05-14; "
          "other dates (2025, 2026 targets) in the body")


page("h19-zh-02-taizhou-elderly-meal-service", "html", "GBK", r"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>全市老年助餐服务实现城乡社区全覆盖_工作动态_台州市民政局</title>
<meta name="keywords" content="老年助餐,老年食堂,居家养老服务" />
<meta name="description" content="截至4月底，全市建成老年食堂和助餐服务点1862个，城乡社区助餐服务覆盖率均达到100%。" />
<meta name="SiteName" content="台州市民政局" />
<meta name="ColumnName" content="工作动态" />
<meta name="ArticleTitle" content="全市老年助餐服务实现城乡社区全覆盖" />
<meta name="PubDate" content="2024-05-08 16:21" />
<meta name="ContentSource" content="台州日报" />
<link href="/css/mzj_style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }
$(function(){ $('#jt_date').text(new Date().toLocaleDateString()); });
</script>
<style type="text/css">.xxnr p{ text-indent:2em; line-height:30px; }</style>
</head>
<body>
<div class="top_bg">
  <div class="top w1000">
    <div class="top_l">⟦c:今天是：<span id="jt_date"></span>⟧</div>
    <div class="top_r"><a href="javascript:void(0)" onclick="SetHome(this,window.location)">⟦c:设为首页⟧</a> | <a href="javascript:void(0)" onclick="AddFavorite(window.location,document.title)">⟦c:加入收藏⟧</a> | <a href="/wza/">⟦c:无障碍浏览⟧</a></div>
  </div>
</div>
<div class="banner w1000"><img src="/images/banner_mzj.jpg" alt="台州市民政局" width="1000" height="120" /></div>
<div class="dh w1000">
  <ul>
    <li><a href="/">⟦c:首 页⟧</a></li>
    <li><a href="/col/col1229001/">⟦c:机构概况⟧</a></li>
    <li><a href="/col/col1229002/">⟦c:政务公开⟧</a></li>
    <li class="on"><a href="/col/col1229003/">⟦c:工作动态⟧</a></li>
    <li><a href="/col/col1229004/">⟦c:政策法规⟧</a></li>
    <li><a href="/col/col1229005/">⟦c:办事服务⟧</a></li>
    <li><a href="/col/col1229006/">⟦c:互动交流⟧</a></li>
  </ul>
</div>
<div class="main w1000">
  <div class="dqwz">⟦c:当前栏目：<a href="/">首页</a> &gt;&gt; <a href="/col/col1229003/">工作动态</a> &gt;&gt; <a href="/col/col1229031/">市局动态</a>⟧</div>
  <div class="wz_box">
    <div class="art_bt">⟦t:全市老年助餐服务实现城乡社区全覆盖⟧</div>
    <div class="art_fbt">⟦b:1862个助餐点织密“15分钟助餐服务圈”⟧</div>
    <div class="art_xx">⟦c:发布日期：2024.05.08&nbsp;&nbsp;文章来源：台州日报&nbsp;&nbsp;作者：记者 何佳怡 通讯员 林民宣⟧</div>
    <div class="art_zt">⟦c:字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]⟧</div>
    <div class="xxnr" id="zoom">
<p>⟦b:记者从市民政局获悉，截至今年4月底，我市已建成老年食堂和助餐服务点1862个，城市社区、农村社区（村）助餐服务覆盖率均达到100%。今年以来，全市累计提供助餐服务312万人次，基本形成城乡统筹、布局合理的“15分钟助餐服务圈”。⟧</p>
<p>⟦b:中午11时，椒江区海门街道东山社区老年食堂里已坐满了前来就餐的老人。两荤两素一汤，老人刷卡后只需支付8元。⟧</p>
<p>⟦b:“以前中午随便对付一口，现在荤素搭配才几块钱，子女也放心。”⟧</p>
<p>⟦b:——椒江区海门街道东山社区居民 陈秀英⟧</p>
<p style="text-align:center;text-indent:0"><img src="/picture/0/2405081621387.jpg" border="0" alt="" /></p>
<p class="tpsm" style="text-align:center;text-indent:0">⟦c:（章丽 摄）⟧</p>
<p>⟦b:补助政策方面，我市对60周岁以上老年人在老年食堂就餐给予分档补助：80周岁以上老年人每餐补助3元，低保、低边家庭和特困老年人每餐补助5元，补助资金由市、县两级财政按比例承担。各县（市、区）可结合实际提高补助标准。⟧</p>
<p>⟦b:针对农村山区老人“吃饭远”的问题，临海、天台、仙居等地探索“中心食堂＋送餐上门”模式，由志愿者和网格员为行动不便的高龄、失能老人送餐上门，目前全市已有4200余名老人享受送餐服务。⟧</p>
<p>⟦b:市民政局养老服务处负责人表示，下一步将重点推进老年食堂规范化建设，年内新增示范型老年食堂100家，并将助餐服务纳入“浙里康养”应用统一管理，实现就餐刷脸识别、补助自动结算。⟧</p>
<p>⟦b:老年人及家属可拨打12345政务服务便民热线，或关注“台州民政”微信公众号，在“助餐地图”栏目查询附近助餐点。⟧</p>
    </div>
    <div class="art_gn">⟦c:<a href="javascript:window.print()">【打印】</a>⟧ ⟦c:<a href="javascript:window.close()">【关闭】</a>⟧</div>
  </div>
  <div class="xglj">
    <div class="xglj_bt">⟦c:相关链接⟧</div>
    <ul>
      <li><a href="/art/2024/4/19/art_1229031_58812.html">⟦c:椒江区：老年食堂开进城中村⟧</a></li>
      <li><a href="/art/2024/3/27/art_1229031_58530.html">⟦c:临海市出台老年助餐服务管理办法⟧</a></li>
      <li><a href="/art/2024/2/22/art_1229031_58107.html">⟦c:我市召开2024年全市民政工作会议⟧</a></li>
    </ul>
  </div>
</div>
<div class="foot_bg">
  <div class="foot w1000">
    <p>⟦c:主办单位：台州市民政局　地址：台州市椒江区市府大道339号　邮编：318000⟧</p>
    <p>⟦c:浙ICP备05012347号　浙公网安备 33100202000123号　网站标识码：3310000031⟧</p>
    <p><a href="/wzdt/">⟦c:网站地图⟧</a> | <a href="/lxwm/">⟦c:联系我们⟧</a></p>
  </div>
</div>
<script type="text/javascript" src="/js/tj.js"></script>
</body>
</html>
""", kind="policy", tags=["elderly-care"], published="2024-05-08", regions=["331000"],
     source="台州日报",
     note="GBK; 台州 resolved by 椒江/临海/天台/仙居 and 浙里康养; <title> with column and site "
          "suffix; subtitle kept as body; photo credit between paragraphs")


page("h19-zh-03-taizhou-jiangsu-drg-payment", "txt", "GB18030", r"""
C 泰州市医疗保障局
C 网站首页 ┊ 机构设置 ┊ 政策文件 ┊ 医保要闻 ┊ 办事指南 ┊ 公开目录
C 位置导航 >> 首页 >> 医保要闻
T 我市DRG付费改革实现全覆盖 今年前10月医保基金住院支出增速回落4.2个百分点
C Addtime：2023-11-27　作者：市医保局待遇保障科　点击：876
B 　　11月24日，记者从市医疗保障局召开的全市医保支付方式改革推进会上获悉，我市按疾病诊断相关分组（DRG）付费改革已覆盖全市所有开展住院服务的定点医疗机构，海陵、高港、姜堰三区及靖江、泰兴、兴化三市实现统一分组、统一权重、统一结算。
B 　　据介绍，我市自2021年启动DRG实际付费以来，按照“总额预算、病组付费、结余留用、超支合理分担”原则，将全市住院病例分为716个DRG病组，病组覆盖率达98.6%。今年1至10月，全市医保基金住院支出同比增长5.1%，增速较上年同期回落4.2个百分点；参保患者住院次均费用下降3.7%，平均住院日由8.9天缩短至8.2天。
C 相关阅读：我市出台DRG付费特例单议管理办法
B 　　“以前按项目付费，做得越多收得越多；现在一个病组一个价，医院更有动力控成本、提质量。”泰州市人民医院医保办负责人说。
B 　　会议明确，2024年我市将重点做好三方面工作：
B 　　一是完善特例单议机制，对新技术、重症病例等费用异常高的病例实行专家评审、按项目付费，保障参保人员合理就医需求；
B 　　二是推行医保基金“月预结、年清算”，每月按不低于月度预算的90%向医疗机构预拨资金，缓解医院资金压力；
B 　　三是将中医优势病种纳入按病种付费范围，2024年1月1日起首批遴选20个中医优势病种。
B 　　据悉，江苏省医疗保障局近日对全省DRG付费改革工作进行评估，我市综合评分位列全省第二。
C • 分享到：微信 / 微博 / QQ空间
C 【打印本页】【关闭窗口】
C 上一条：泰州市2024年度城乡居民基本医疗保险集中参保缴费工作全面启动
C 下一条：市医保局开展定点医药机构医保基金使用专项检查
C 泰州市医疗保障局版权所有　地址：泰州市海陵区迎春东路86号
C 苏ICP备19064417号-1　苏公网安备32120202010633号
""", kind="policy", tags=["medical-insurance"], published="2023-11-27", regions=["321200"],
     note="GB18030 (the • bullet is not in GBK); 泰州 resolved by 海陵/靖江/泰兴/兴化 and 江苏; "
          "'Addtime' date; inline 相关阅读 between paragraphs; older page")


def zh04_list(items):
    return "\n".join(f'        <li><a href="{h}" target="_blank" title="{t}">⟦c:{t}⟧</a></li>' for h, t in items)


page("h19-zh-04-fuzhou-family-doctor-interpretation", "html", "UTF-8", r"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>《福州市家庭医生签约服务提质增效行动方案》政策解读 - 福州市卫生健康委员会</title>
<meta name="SiteName" content="福州市卫生健康委员会">
<meta name="ColumnName" content="政策解读">
<meta name="ArticleTitle" content="《福州市家庭医生签约服务提质增效行动方案》政策解读">
<meta name="PubDate" content="2024-04-30 09:15">
<meta name="ContentSource" content="市卫健委基层卫生健康处">
<meta property="og:title" content="一文读懂福州家庭医生签约服务新政">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/css/main.min.css?v=20240301">
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.example-stat.cn/hm.js?7f1c";document.head.appendChild(hm);})();</script>
</head>
<body class="page-zcjd">
<header class="site-header">
  <div class="hd-top wrap">
    <a class="logo" href="/"><img src="/static/img/logo.png" alt="福州市卫生健康委员会"></a>
    <ul class="hd-links">
      <li><a href="/zgb/">⟦c:长者版⟧</a></li>
      <li><a href="javascript:;" id="wza">⟦c:无障碍⟧</a></li>
      <li><a href="/en/">⟦c:English⟧</a></li>
    </ul>
    <form class="hd-search" action="/search/"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">⟦c:检索⟧</button></form>
  </div>
  <nav class="main-nav wrap">
    <ul>
      <li><a href="/">⟦c:首页⟧</a></li>
      <li><a href="/jggk/">⟦c:机构概况⟧</a></li>
      <li><a href="/zwgk/">⟦c:政务公开⟧</a></li>
      <li class="active"><a href="/zcjd/">⟦c:政策解读⟧</a></li>
      <li><a href="/jkfw/">⟦c:健康服务⟧</a></li>
      <li><a href="/hdhy/">⟦c:互动回应⟧</a></li>
    </ul>
  </nav>
</header>
<main class="wrap main-body">
  <div class="crumb">⟦c:你在这里：<a href="/">首页</a> › <a href="/zwgk/">政务公开</a> › <a href="/zcjd/">政策解读</a>⟧</div>
  <div class="grid">
  <article class="zcjd-article">
    <span class="jd-type">⟦c:文字解读⟧</span>
    <h1>⟦t:《福州市家庭医生签约服务提质增效行动方案》政策解读⟧</h1>
    <div class="art-meta">
      ⟦c:<span>发布时间：2024-04-30 09:15</span> <span>来源：市卫健委基层卫生健康处</span>⟧
      <span class="fontsize">⟦c:字号：<a href="javascript:;" data-s="18">大</a> <a href="javascript:;" data-s="16">中</a> <a href="javascript:;" data-s="14">小</a>⟧</span>
    </div>
    <div class="art-content">
      <p>⟦b:日前，福州市卫生健康委员会等6部门联合印发《福州市家庭医生签约服务提质增效行动方案》（以下简称《行动方案》）。现就有关内容解读如下。⟧</p>
      <h3>⟦b:一、《行动方案》出台的背景是什么？⟧</h3>
      <p>⟦b:家庭医生签约服务是推进分级诊疗、为群众提供连续性健康管理的重要抓手。截至2023年底，我市常住人口家庭医生签约率达到42.6%，重点人群签约率达到78.3%，但仍存在签约服务内容不够丰富、“签而不约”、居民获得感不强等问题。为此，市卫健委会同市医保局、市财政局等部门研究制定了《行动方案》。⟧</p>
      <h3>⟦b:二、《行动方案》的主要目标是什么？⟧</h3>
      <p>⟦b:到2025年，全市每万名常住人口拥有全科医生数达到4.5名，常住人口签约率每年提高1至3个百分点，高血压、2型糖尿病患者基层规范管理服务率均达到65%以上；到2027年，力争实现每个家庭拥有一名合格的家庭医生。⟧</p>
      <h3>⟦b:三、签约居民能享受哪些服务？⟧</h3>
      <p>⟦b:《行动方案》明确，签约居民可享受以下服务：⟧</p>
      <p>⟦b:（一）优先就诊。签约居民在签约机构就诊享受优先挂号、优先检查等便利。⟧</p>
      <p>⟦b:（二）转诊绿色通道。鼓楼、台江、仓山、晋安等城区二级以上医院每月拿出不少于20%的专家号源，优先向家庭医生开放，由家庭医生为签约居民预约转诊。⟧</p>
      <p>⟦b:（三）长期处方。对病情稳定的高血压、糖尿病等慢性病签约患者，可一次开具4至12周的长期处方，减少往返医院次数。⟧</p>
      <p>⟦b:（四）上门服务。为行动不便的失能、半失能老年人提供上门巡诊、家庭病床等服务。⟧</p>
      <h3>⟦b:四、签约服务费如何收取？⟧</h3>
      <p>⟦b:家庭医生签约服务费按每人每年120元标准收取，由医保基金、基本公共卫生服务经费和签约居民个人分担，其中个人承担部分不超过20元，低保对象、特困人员个人承担部分予以减免。⟧</p>
      <h3>⟦b:五、居民怎样签约？⟧</h3>
      <p>⟦b:居民可就近到社区卫生服务中心、乡镇卫生院现场签约，也可以通过“e福州”APP“家医签约”专区线上签约。如需咨询，可拨打12320卫生健康服务热线。⟧</p>
      <h3>⟦b:六、《行动方案》什么时候开始实施？⟧</h3>
      <p>⟦b:《行动方案》自2024年5月1日起施行。⟧</p>
    </div>
    <div class="art-doc">⟦c:原文链接：<a href="/zwgk/tzgg/202404/t20240426_4821930.htm">福州市卫生健康委员会等6部门关于印发《福州市家庭医生签约服务提质增效行动方案》的通知</a>⟧</div>
    <div class="art-tools">
      <div class="share">⟦c:分享到：⟧ <a class="s-wx" href="javascript:;">⟦c:微信⟧</a> <a class="s-wb" href="javascript:;">⟦c:微博⟧</a> <a class="s-qq" href="javascript:;">⟦c:QQ空间⟧</a></div>
      <div class="ops"><a href="javascript:window.print();">⟦c:【打印】⟧</a> <a href="javascript:window.close();">⟦c:【关闭】⟧</a></div>
    </div>
  </article>
  <aside class="side">
    <div class="side-box">
      <h4>⟦c:热门解读⟧</h4>
      <ul>
""" + zh04_list([
        ("/zcjd/202403/t20240318_4790114.htm", "《福州市促进3岁以下婴幼儿照护服务发展实施方案》解读"),
        ("/zcjd/202402/t20240222_4761275.htm", "一图读懂：2024年市委市政府为民办实事项目卫生健康篇"),
        ("/zcjd/202401/t20240115_4730862.htm", "《福州市基层医疗卫生机构绩效考核办法》政策问答"),
    ]) + r"""
      </ul>
    </div>
    <div class="side-box qr">
      <img src="/static/img/qr_fzwj.png" alt="福州卫健公众号二维码">
      <p>⟦c:扫码关注“福州卫健”微信公众号⟧</p>
    </div>
  </aside>
  </div>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>⟦c:福州市卫生健康委员会 主办⟧　⟦c:地址：福州市鼓楼区华林路118号⟧　⟦c:健康咨询热线：12320⟧</p>
    <p>⟦c:闽ICP备05017126号-1⟧　<a href="http://www.beian.example.cn/">⟦c:闽公网安备 35010202000451号⟧</a>　⟦c:网站标识码：3501000014⟧</p>
    <p><a href="/wzdt/">⟦c:网站地图⟧</a> <a href="/jc/">⟦c:我要纠错⟧</a></p>
  </div>
</footer>
<script src="/static/js/app.min.js"></script>
</body>
</html>
""", kind="policy", tags=["primary-care", "chronic-disease"], published="2024-04-30",
     regions=["350100"],
     note="Q&A interpretation; 福州 resolved by 鼓楼/台江/仓山/晋安 and 闽; question headings are body; "
          "effective date 2024-05-01 in the body; footer hotline chrome vs hotline sentence in body")


def zh05_meta_row(a, b, c, d):
    return (f'<tr><td class="xxgk_t">⟦c:{a}⟧</td><td class="xxgk_v">⟦c:{b}⟧</td>'
            f'<td class="xxgk_t">⟦c:{c}⟧</td><td class="xxgk_v">⟦c:{d}⟧</td></tr>')


ZH05_TITLE = "国家医疗保障局办公室关于做好国家组织药品集中带量采购协议期满品种接续采购工作的通知"

page("h19-zh-05-nhsa-procurement-renewal-notice", "html", "UTF-8", r"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>""" + ZH05_TITLE + r"""_国家医疗保障局</title>
<meta name="firstdate" content="2024-05-06">
<meta name="keywords" content="集中带量采购,接续采购,协议期满">
<link rel="stylesheet" type="text/css" href="/css/base.css">
<link rel="stylesheet" type="text/css" href="/css/xxgk.css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tb_top">
  <tr>
    <td width="600"><img src="/images/logo_nhsa.png" width="520" height="90" alt="国家医疗保障局"></td>
    <td align="right" valign="top" class="toplink"><a href="/">⟦c:首页⟧</a> | <a href="/wza/">⟦c:无障碍⟧</a> | <a href="/en/">⟦c:English⟧</a></td>
  </tr>
</table>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tb_nav">
  <tr>
    <td><a href="/">⟦c:首页⟧</a></td>
    <td><a href="/col/jgsz/">⟦c:机构设置⟧</a></td>
    <td><a href="/col/xwdt/">⟦c:新闻动态⟧</a></td>
    <td><a href="/col/zwgk/">⟦c:政务信息⟧</a></td>
    <td><a href="/col/zcfg/">⟦c:政策法规⟧</a></td>
    <td><a href="/col/bsfw/">⟦c:办事服务⟧</a></td>
    <td><a href="/col/hdjl/">⟦c:互动交流⟧</a></td>
  </tr>
</table>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="wz">⟦c:位置：<a href="/">首页</a> &gt; <a href="/col/zwgk/">政务信息</a> &gt; <a href="/col/zwgk/tzgg/">通知公告</a>⟧</td></tr>
</table>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="1" class="xxgk_tb">
  """ + zh05_meta_row("索 引 号：", "000014672/2024-00219", "主题分类：", "医药服务管理") + r"""
  """ + zh05_meta_row("发布机构：", "国家医疗保障局", "成文日期：", "2024年04月28日") + r"""
  <tr><td class="xxgk_t">⟦c:名　　称：⟧</td><td class="xxgk_v" colspan="3">⟦t:""" + ZH05_TITLE + r"""⟧</td></tr>
  """ + zh05_meta_row("文　　号：", "医保办发〔2024〕6号", "发布日期：", "2024年05月06日") + r"""
</table>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tb_content">
  <tr><td class="bt" align="center">⟦t:""" + ZH05_TITLE + r"""⟧</td></tr>
  <tr><td class="fontsize" align="right">⟦c:【<a href="javascript:fontZoom(18)">大</a>】【<a href="javascript:fontZoom(16)">中</a>】【<a href="javascript:fontZoom(14)">小</a>】⟧</td></tr>
  <tr>
    <td class="TRS_Editor" id="zoom">
<p>⟦b:各省、自治区、直辖市及新疆生产建设兵团医疗保障局：⟧</p>
<p>⟦b:国家组织药品集中带量采购（以下简称集采）开展以来，已累计完成9批次、374种药品的集中采购，中选药品平均降价超过50%，有效减轻了群众用药负担。目前，第一批至第五批部分集采品种协议期陆续届满。为巩固集采改革成果，保障临床用药平稳衔接，现就做好协议期满品种接续采购工作通知如下：⟧</p>
<p>⟦b:一、坚持接续采购基本原则。协议期满后，各省份要坚持“带量采购、量价挂钩、以量换价”原则开展接续采购，不得简单延续原中选价格，不得以挂网采购代替带量采购。接续采购中选价格原则上不高于本省现行中选价格。⟧</p>
<p>⟦b:二、合理确定采购量。接续采购约定采购量原则上不低于上一采购周期约定采购量。各省份应根据医疗机构上年度实际使用量、临床需求等因素合理确定，医疗机构报量不得低于上年度实际采购量的80%。⟧</p>
<p>⟦b:三、鼓励开展省际联盟采购。支持各省份以省际联盟形式开展接续采购，提高采购规模效应。联盟牵头省份应于2024年6月30日前向国家医保局报送联盟组建情况。⟧</p>
<p>⟦b:四、做好中选结果落地执行。各地要按时落实医保基金预付、结余留用等配套措施，医保经办机构与医疗机构结算货款时间不得超过交货验收合格后次月底。⟧</p>
<p>⟦b:五、加强监测和应急保障。各省份要加强对接续品种供应、使用情况的监测，对出现断供、配送不及时等情况的企业，按规定纳入医药价格和招采信用评价。⟧</p>
<p>⟦b:接续采购主要时间节点见下表。⟧</p>
<table border="1" cellpadding="4" cellspacing="0" align="center" width="90%">
<tr><td align="center">⟦b:时间节点⟧</td><td align="center">⟦b:工作安排⟧</td></tr>
<tr><td>⟦b:2024年6月30日前⟧</td><td>⟦b:各省份（联盟）完成接续采购方案制定并报国家医保局备案⟧</td></tr>
<tr><td>⟦b:2024年9月30日前⟧</td><td>⟦b:完成接续采购报量、企业申报和中选结果公示⟧</td></tr>
<tr><td>⟦b:2024年11月1日起⟧</td><td>⟦b:全面执行接续采购中选结果⟧</td></tr>
</table>
<p>⟦b:联系人：医药价格和招标采购司　刘宁　010-89361784⟧</p>
<p align="right">⟦b:国家医疗保障局办公室⟧</p>
<p align="right">⟦b:2024年4月28日⟧</p>
    </td>
  </tr>
  <tr><td class="gn" align="right"><a href="javascript:window.print()">⟦c:【打印】⟧</a> <a href="javascript:window.close()">⟦c:【关闭】⟧</a></td></tr>
</table>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tb_xg">
  <tr><td class="xg_bt">⟦c:相关链接⟧</td></tr>
  <tr><td><a href="/art/2024/1/12/art_52_11843.html">⟦c:国家医保局召开药品集中带量采购工作座谈会⟧</a></td></tr>
  <tr><td><a href="/art/2023/12/20/art_52_11702.html">⟦c:关于公布国家组织药品集采中选结果执行情况监测结果的通报⟧</a></td></tr>
</table>
<table width="1100" border="0" align="center" cellpadding="0" cellspacing="0" class="tb_foot">
  <tr>
    <td width="120"><img src="/images/qr_site.png" width="90" height="90" alt="手机版"></td>
    <td>⟦c:扫一扫在手机上查看当前页面⟧</td>
    <td>
      ⟦c:版权所有：国家医疗保障局⟧　⟦c:地址：北京市西城区月坛北小街2号⟧<br>
      ⟦c:京ICP备18056224号⟧　⟦c:京公网安备 11010202008822号⟧　⟦c:网站标识码：bm94000001⟧
    </td>
  </tr>
</table>
</body>
</html>
""", kind="policy", tags=["drug-policy", "medical-insurance"], published="2024-05-06", regions=[],
     note="national notice in an info-disclosure table: 成文日期 2024-04-28 vs 发布日期 2024-05-06; "
          "title in the 名称 cell and again as the heading; body table cells are body; national, no region")


page("h19-zh-06-hk-elderly-voucher-preventive-care", "html", "UTF-8", r"""<!DOCTYPE html>
<html lang="zh-HK">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>長者醫療券下月起可用於更多預防性服務 | 政府新聞網</title>
<meta name="description" content="衞生署今日公布長者醫療券計劃優化措施。">
<meta property="og:title" content="長者醫療券下月起可用於更多預防性服務">
<meta property="og:site_name" content="政府新聞網">
<meta property="og:locale" content="zh_HK">
<meta name="date" content="2024-05-17">
<link rel="stylesheet" href="/assets/css/pr.css">
<link rel="alternate" hreflang="en" href="/en/2024/05/17/P2024051700512.htm">
</head>
<body>
<a class="skip-link" href="#pr-main">⟦c:跳至主要內容⟧</a>
<header class="gov-header">
  <div class="brand">
    <img src="/assets/img/regionflower.svg" alt="">
    <span class="brand-1">⟦c:香港特別行政區政府⟧</span>
    <span class="brand-2">⟦c:新聞公報⟧</span>
  </div>
  <ul class="lang-switch">
    <li><a href="/en/2024/05/17/P2024051700512.htm" lang="en">⟦c:English⟧</a></li>
    <li><a href="/sc/2024/05/17/P2024051700512.htm" lang="zh-CN">⟦c:简体版⟧</a></li>
  </ul>
  <nav class="gov-nav" aria-label="主選單">
    <a href="/">⟦c:今日新聞⟧</a>
    <a href="/archive/">⟦c:新聞公報檔案⟧</a>
    <a href="/photo/">⟦c:新聞圖片⟧</a>
    <a href="/gazette/">⟦c:政府公告⟧</a>
    <a href="/search/">⟦c:搜尋⟧</a>
  </nav>
</header>
<main id="pr-main">
  <div class="pr-tools">
    <button onclick="window.print()">⟦c:列印本頁⟧</button>
    <button onclick="mailPage()">⟦c:電郵本頁⟧</button>
  </div>
  <h1 id="PRHeadline">⟦t:長者醫療券下月起可用於更多預防性服務⟧</h1>
  <div id="pressrelease">
<p>⟦b:衞生署今日（五月十七日）公布，長者醫療券計劃將於六月一日起推出優化措施，合資格長者使用醫療券支付指定預防性及慢性病管理服務的費用，可獲發額外獎賞額度，以鼓勵長者善用醫療券進行疾病預防和健康管理。⟧</p>
<p>⟦b:根據優化措施，長者在同一年度內使用醫療券支付累計滿1,000元的指定基層醫療服務，包括疫苗接種、癌症篩查、血壓及血糖監測，以及參與地區康健中心的慢性病管理計劃等，可獲額外500元醫療券獎賞額度，獎賞只可用於上述指定服務。⟧</p>
<p>⟦b:衞生署發言人表示：「現時不少長者主要把醫療券用於治療急性疾病。我們希望透過獎賞額度，引導長者及早接受預防性服務，並與家庭醫生建立長期關係，這亦是推動基層醫療發展的重要一步。」⟧</p>
<p>⟦b:長者醫療券計劃自二○○九年推出以來，已有超過180萬名長者曾使用醫療券。年滿65歲並持有有效香港身份證的長者，每年可獲發2,000元醫療券，累積上限為8,000元。另外，在香港大學深圳醫院試行的大灣區長者醫療券計劃亦會繼續運作。⟧</p>
<p>⟦b:參與計劃的醫療服務提供者須於五月三十一日前透過醫健通（資助）系統確認是否提供指定服務。⟧</p>
<p>⟦b:市民如欲查詢，可瀏覽醫療券網站或致電醫療券熱線3582 4102。⟧</p>
<p class="end">⟦c:完⟧</p>
  </div>
  <div class="pr-date">
    <p>⟦c:2024年5月17日（星期五）⟧</p>
    <p>⟦c:香港時間16時05分⟧</p>
  </div>
  <div class="share-bar">
    <span>⟦c:分享⟧</span>
    <a href="#" class="fb">⟦c:Facebook⟧</a>
    <a href="#" class="wa">⟦c:WhatsApp⟧</a>
    <a href="#" class="x">⟦c:X⟧</a>
  </div>
  <section class="related">
    <h2>⟦c:同日新聞⟧</h2>
    <ul>
      <li><a href="/2024/05/17/P2024051700433.htm">⟦c:衞生防護中心調查一宗甲型流感（H9N2）個案⟧</a></li>
      <li><a href="/2024/05/17/P2024051700298.htm">⟦c:醫院管理局公布急症室輪候時間安排⟧</a></li>
      <li><a href="/2024/05/17/P2024051700187.htm">⟦c:政務司司長明日出席地區活動⟧</a></li>
    </ul>
  </section>
  <a href="#top" class="to-top">⟦c:返回頁首⟧</a>
</main>
<footer class="gov-footer">
  <ul>
    <li><a href="/notice.htm">⟦c:重要告示⟧</a></li>
    <li><a href="/privacy.htm">⟦c:私隱政策⟧</a></li>
    <li><a href="/accessibility.htm">⟦c:無障礙聲明⟧</a></li>
  </ul>
  <p>⟦c:2024 © 政府新聞網⟧</p>
  <p>⟦c:最後修訂日期：2024年5月17日⟧</p>
</footer>
<script src="/assets/js/pr.min.js"></script>
</body>
</html>
""", kind="policy", tags=["elderly-care", "primary-care"], published="2024-05-17", regions=["810000"],
     note="traditional script (Hong Kong); date line after the release; 深圳 mentioned in passing; "
          "hotline sentence is body, '完' end mark is chrome")


page("h19-zh-07-fuzhou-jiangxi-maternal-hospital-flash", "txt", "UTF-8", r"""
C 抚州新闻网
C 首页 | 时政 | 本地 | 民生 | 县区 | 视频 | 专题 | 抚州发布
C 本地 > 民生
T 市妇幼保健院新院区正式启用
C 来源：抚州日报　编辑：黄可欣　审核：周建
B 上周五，位于抚州高新区的抚州市妇幼保健院新院区正式投入使用。新院区总建筑面积12.6万平方米，编制床位500张，设有产科、儿科、新生儿重症监护室（NICU）、儿童保健、生殖医学等28个临床医技科室，是赣东地区规模最大的妇女儿童专科医院。院方介绍，新院区将牵头组建覆盖临川区、南城县、南丰县等11个县（区）妇幼保健机构的妇幼专科联盟，推动全市孕产妇和儿童就近享有同质化服务。
C 阅读 3425　点赞 61
C 网友评论
C 发表评论
C 网友评论仅供其表达个人看法，并不表明本网同意其观点或证实其描述。
C 本地热读
C 全市中小学生“护苗”安全教育活动启动
C 抚州至南丰高速公路正式通车 南丰蜜桔运输更便捷
C 临川区新增3条城乡公交线路 方便群众出行
C 打开抚州新闻APP 看更多本地资讯
C 抚州新闻网 版权所有　未经书面授权禁止转载
C 赣ICP备11008572号　赣公网安备36100202000210号
""", kind="policy", tags=["hospital-development", "maternal-child"], published=None,
     regions=["361000"], source="抚州日报",
     note="one-paragraph news flash on a chrome-heavy portal; no full date (上周五); 抚州 resolved by "
          "赣东/临川区/南城县 (Jiangxi, not 福州)")


page("h19-zh-08-suzhou-anhui-linac-bid-result", "txt", "GBK", r"""
C 宿州市公共资源交易网
C 首页 | 交易信息 | 政策法规 | 服务指南 | 信用信息 | 专家管理 | 联系我们
C 您的位置：交易信息 >> 政府采购 >> 结果公告
T 宿州市立医院医用直线加速器采购项目中标（成交）结果公告
C 信息时间：2024-05-15 17:02:11　阅读次数：315
B 一、项目编号：SZSCG2024-0417（招标文件编号：AHSZ-ZB-2024-0532）
B 二、项目名称：宿州市立医院医用直线加速器采购项目
B 三、中标（成交）信息
B 供应商名称：安徽康德医疗设备有限公司
B 供应商地址：安徽省合肥市蜀山区长江西路1688号
B 中标（成交）金额：2368.0000000（万元）
B 四、主要标的信息
B 货物类：名称：医用直线加速器；品牌（如有）：——；规格型号：HX-Linac 6；数量：1台；单价：2368万元
B 五、评审专家（单一来源采购人员）名单：
B 王建国、陈淑芬、刘卫东、张晓、孙立平
B 六、代理服务收费标准及金额：
B 收费标准：参照原国家计委《招标代理服务收费管理暂行办法》（计价格〔2002〕1980号）执行；收费金额：16.52万元
B 七、公告期限
B 自本公告发布之日起1个工作日。
B 八、其他补充事宜
B 本项目采购资金来源为宿州市2024年医疗卫生服务能力提升专项资金，所购设备用于宿州市立医院肿瘤放疗中心建设。
B 九、凡对本次公告内容提出询问，请按以下方式联系。
B 1.采购人信息
B 名称：宿州市立医院
B 地址：安徽省宿州市埇桥区淮河西路299号
B 联系方式：0557-3960271
B 2.采购代理机构信息
B 名称：安徽诚远项目管理有限公司
B 联系方式：0557-3025168
C 【我要打印】　【关闭窗口】
C 上一篇：宿州市第一人民医院医用耗材配送服务项目竞争性磋商公告
C 下一篇：萧县人民医院信息化提升工程（二期）招标公告
C 主办单位：宿州市公共资源交易监督管理局　承办：宿州市公共资源交易中心
C 皖ICP备09017325号　皖公网安备 34130202000314号
C 技术支持：宿州市数据资源管理局
""", kind="tender", published="2024-05-15", regions=["341300"], crlf=True,
     note="GBK with CRLF; bid result made of fields; 宿州 (Anhui) resolved by 安徽/埇桥区; supplier "
          "address in 合肥 is passing")


page("h19-zh-09-hangzhou-health-commission-recruitment", "txt", "UTF-8-BOM", r"""
C 杭州市卫生健康委员会　杭州市中医药管理局
C 首页　委局概况　新闻中心　政务公开　公共服务　互动交流
C 位置：首页 » 政务公开 » 人事信息
T 杭州市卫生健康委员会所属事业单位2024年公开招聘高层次紧缺专业人才公告（第二批）
C 发布日期：2024-05-17　信息来源：市卫生健康委人事处　访问量：8231
C 字体：大｜中｜小　　打印　　关闭
B 　　为满足市属医疗卫生单位发展需要，根据《浙江省事业单位公开招聘人员暂行办法》等有关规定，经研究，杭州市卫生健康委员会所属事业单位面向社会公开招聘高层次、紧缺专业人才。现将有关事项公告如下：
B 　　一、招聘单位及计划
B 　　本次招聘涉及杭州市第一人民医院、杭州市中医院、杭州市妇产科医院、杭州市儿童医院等14家单位，计划招聘186人，具体岗位见附件《招聘计划表》。
B 　　二、招聘对象和条件
B 　　（一）具有正高级专业技术职称的，年龄一般不超过50周岁（1973年5月17日以后出生）；
B 　　（二）具有副高级专业技术职称或博士研究生学历的，年龄一般不超过45周岁（1978年5月17日以后出生）；
B 　　（三）紧缺专业硕士研究生，年龄一般不超过35周岁（1988年5月17日以后出生）。
B 　　三、报名方式
B 　　采取网上报名方式，报名时间为2024年5月20日9:00至5月29日17:00。报考人员登录“杭州市卫生人才网”招聘报名系统填报个人信息，每人限报一个岗位。
B 　　四、聘用待遇
B 　　聘用人员纳入事业编制管理，按规定享受杭州市高层次人才分类认定及住房补贴等相关政策。
B 　　五、其他事项
B 　　咨询电话：0571-87052316（工作日上午8:30—12:00，下午14:30—17:30）
B 　　监督电话：0571-87052209
B 　　杭州市卫生健康委员会
B 　　2024年5月17日
C 附件下载：杭州市卫生健康委员会所属事业单位2024年公开招聘高层次紧缺专业人才计划表.xlsx
C 【纠错】【收藏】
C 相关推荐
C 杭州市卫生健康委员会所属事业单位2024年公开招聘高层次紧缺专业人才（第一批）拟聘用人员公示
C 杭州市卫生健康委员会2024年度公开招聘编外合同制工作人员公告
C 版权所有：杭州市卫生健康委员会　地址：杭州市上城区新业路201号
C 浙ICP备10206553号-3　浙公网安备 33010202000741号　网站标识码：3301000068
C 使用微信“扫一扫”关注杭州卫健
""", kind="job-ad", published="2024-05-17", regions=["330100"], blank_between=True,
     note="UTF-8 with BOM; recruitment notice in policy vocabulary; birth-date cut-offs and the "
          "application window are dates that are not the publication date")


def zh10_li(items):
    return "\n".join(f'<li><a href="{h}" target="_blank">⟦c:{t}⟧</a><span class="rq">⟦c:{d}⟧</span></li>'
                     for h, t, d in items)


page("h19-zh-10-shenzhen-pingshan-investment-conference", "html", "UTF-8", r"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>坪山区2024年投资推介大会举行 58个项目集中签约_深圳市坪山区人民政府门户网站</title>
<meta name="SiteName" content="深圳市坪山区人民政府门户网站">
<meta name="ColumnName" content="坪山要闻">
<meta name="ArticleTitle" content="坪山区2024年投资推介大会举行">
<meta name="PubDate" content="2024-05-11 10:05">
<meta name="ContentSource" content="坪山区投资推广署">
<meta property="og:description" content="58个项目集中签约，意向投资总额超1100亿元。">
<link rel="stylesheet" href="/szpsq/xhtml/css/common.css">
<script src="/szpsq/xhtml/js/jquery.js"></script>
<script src="/szpsq/xhtml/js/share.js"></script>
</head>
<body>
<div class="zx_top">
  <div class="zx_w">
    <div class="zx_top_l"><a href="http://www.sz.example.cn/">⟦c:深圳政府在线⟧</a> <span>⟦c:坪山区人民政府⟧</span></div>
    <div class="zx_top_r"><a href="javascript:;" class="wza">⟦c:无障碍⟧</a> <a href="/zzb/">⟦c:长者版⟧</a> <a href="/user/login">⟦c:登录⟧</a></div>
  </div>
</div>
<div class="zx_logo zx_w"><img src="/szpsq/xhtml/images/logo.png" alt="深圳市坪山区人民政府"></div>
<div class="zx_nav">
  <ul class="zx_w">
    <li><a href="/">⟦c:首页⟧</a></li>
    <li><a href="/psgk/">⟦c:坪山概况⟧</a></li>
    <li class="cur"><a href="/xxgk/">⟦c:政务公开⟧</a></li>
    <li><a href="/zwfw/">⟦c:政务服务⟧</a></li>
    <li><a href="/tzps/">⟦c:投资坪山⟧</a></li>
    <li><a href="/zmhd/">⟦c:政民互动⟧</a></li>
  </ul>
</div>
<div class="lmy_dqwz zx_w">⟦c:<a href="/">首页</a> / <a href="/xxgk/">新闻资讯</a> / <a href="/xxgk/psyw/">坪山要闻</a>⟧</div>
<div class="xl_box zx_w">
  <div class="xl_tit">⟦t:坪山区2024年投资推介大会举行⟧</div>
  <div class="xl_fbt">⟦b:58个项目集中签约 意向投资总额超1100亿元⟧</div>
  <div class="xl_ly">
    ⟦c:<span>2024-05-11 10:05</span> <span>来源：坪山区投资推广署</span>⟧
    <span class="zh">⟦c:字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a>⟧</span>
    <a href="javascript:window.print();" class="dy">⟦c:打印⟧</a>
  </div>
  <div class="xl_nr" id="zoom">
<p>⟦b:5月10日，以“智造坪山 向新而行”为主题的坪山区2024年投资推介大会在坪山大剧院举行，来自国内外的300余名企业家、投资机构代表和行业协会负责人参加。⟧</p>
<p>⟦b:大会现场集中签约重大项目58个，意向投资总额达1126亿元，涵盖新能源汽车、半导体与集成电路、生物医药、智能传感器等战略性新兴产业领域。其中，超百亿元项目3个，世界500强及行业龙头企业投资项目12个。⟧</p>
<p style="text-align:center"><img src="/szpsq/c1234/202405/a8f3c2.jpg" alt="" width="600"></p>
<p style="text-align:center" class="img_ms">⟦c:（坪山区融媒体中心 供图）⟧</p>
<p>⟦b:坪山区主要负责同志在推介中表示，坪山将持续打造市场化、法治化、国际化一流营商环境，落实“要素跟着项目走”机制，为企业提供从项目签约、用地保障到投产达产的全周期服务。⟧</p>
<p>⟦b:会上，区政府还发布了《坪山区关于支持先进制造业高质量发展的若干措施》，从产业空间、人才引进、金融支持等方面推出23条举措，单个项目最高可获5000万元扶持。⟧</p>
<p>⟦b:据介绍，2023年坪山区实现地区生产总值1036亿元，同比增长8.1%，规模以上工业增加值增速连续三年位居全市前列。⟧</p>
  </div>
  <div class="xl_fx">⟦c:分享：⟧<a class="bds_weixin" href="javascript:;">⟦c:微信⟧</a><a class="bds_tsina" href="javascript:;">⟦c:微博⟧</a> <a href="javascript:;" class="sc">⟦c:【收藏】⟧</a></div>
  <div class="xl_xg">
    <div class="xg_tit">⟦c:延伸阅读⟧</div>
    <ul>
""" + zh10_li([
        ("/xxgk/psyw/content/post_11290381.html", "坪山区举办新能源汽车产业链供需对接会", "2024-04-26"),
        ("/xxgk/psyw/content/post_11263017.html", "坪山出台促进招商引资高质量发展十条措施", "2024-04-12"),
    ]) + r"""
    </ul>
  </div>
  <div class="xl_xg">
    <div class="xg_tit">⟦c:大家都在看⟧</div>
    <ul>
""" + zh10_li([
        ("/xxgk/psyw/content/post_11301552.html", "坪山河干流碧道全线贯通 沿河绿道串联12个公园", "2024-05-09"),
        ("/xxgk/psyw/content/post_11298840.html", "2024年坪山区公办中小学招生报名指引发布", "2024-05-07"),
    ]) + r"""
    </ul>
  </div>
</div>
<div class="zx_foot">
  <div class="zx_w">
    <div class="ft_l"><img src="/szpsq/xhtml/images/dzjg.png" alt="党政机关"></div>
    <div class="ft_c">
      <p>⟦c:主办：深圳市坪山区人民政府办公室⟧　⟦c:承办：深圳市坪山区政务服务数据管理局⟧</p>
      <p>⟦c:粤ICP备17059127号⟧　⟦c:粤公网安备 44031002000089号⟧　⟦c:网站标识码：4403100016⟧</p>
    </div>
    <div class="ft_r">
      <img src="/szpsq/xhtml/images/ewm_dy.png" alt="">
      <p>⟦c:扫码关注“深圳坪山”抖音号⟧</p>
    </div>
  </div>
</div>
</body>
</html>
""", kind="economy", published="2024-05-11", regions=["440300"],
     note="investment conference on a district government site; 生物医药 named once in a list of sectors")


page("h19-zh-11-taiwan-cold-wave-heart-care", "txt", "Big5", r"""
C 跳到主要內容區塊
C 國民健康資訊網
C 首頁 | 健康主題 | 衛教素材 | 常見問答 | 網站導覽 | English
C ::: 首頁 > 健康主題 > 心血管保健
T 寒流來襲 心血管疾病患者保暖「5要訣」
C 發布日期：113-01-22　更新日期：113-01-23　瀏覽人次：12,806
C 字級：小 中 大　列印　回上一頁
B 　　中央氣象署預報本週將有強烈大陸冷氣團南下，各地氣溫明顯下降。醫師提醒，氣溫驟降時血管收縮、血壓升高，心肌梗塞及腦中風風險隨之增加，高血壓、糖尿病、高血脂等慢性病患者及65歲以上長者應特別注意保暖。
B 　　以下提供民眾禦寒保健「5要訣」：
B 1. 注意頭頸部及手腳保暖：外出時戴帽子、圍巾、手套，採洋蔥式穿衣。
B 2. 起床動作放慢：早晨醒來先在床上躺1至2分鐘，再慢慢坐起下床。
B 3. 規律量血壓並按時服藥：慢性病患者應遵醫囑服藥，不可自行停藥或減藥。
B 4. 飲食清淡適量：避免大量飲酒及高油、高鹽飲食，洗澡水溫不宜過高。
B 5. 留意身體警訊：如出現胸悶、胸痛、冒冷汗、單側肢體無力或口齒不清等症狀，應立即撥打119送醫。
B 　　醫師也提醒，室內使用瓦斯熱水器或燃燒式暖爐時應保持通風，預防一氧化碳中毒。
C 分享至：Facebook　LINE　X
C 本網站衛教資料僅供參考，不能取代專業醫師之診斷與治療，如有身體不適請儘速就醫。
C 隱私權政策 | 資訊安全政策 | 政府網站資料開放宣告
C 地址：10341臺北市大同區承德路一段70號　總機：(02)2522-0888
C 建議使用 Chrome、Edge、Firefox 最新版本瀏覽，最佳解析度 1280x768
C 版權所有 國民健康資訊網
""", kind="wellness", published="2024-01-22", regions=["710000"],
     note="Big5, traditional script (Taiwan); Minguo date 113-01-22 = 2024-01-22; site-wide "
          "'cannot replace a doctor' sentence is chrome")


page("h19-zh-12-beijing-cold-wave-warning", "txt", "UTF-8", r"""
C 京城在线 > 北京 > 天气
T 北京市气象台发布寒潮蓝色预警 今夜起气温骤降8至10℃
C 京城在线北京频道　3月19日 16:42
C 听新闻 | A+ | A-
B 　　北京市气象台3月19日16时发布寒潮蓝色预警信号：受强冷空气影响，预计19日夜间至21日，本市将出现大风降温天气，最低气温下降8至10℃，21日早晨城区最低气温降至-2℃左右，山区可达-8℃。
B 　　同时，19日夜间至20日白天偏北风较大，阵风可达7级左右，山区阵风可达8级。
B 　　防御指南：
B 　　1.政府及有关部门按照职责做好防寒潮准备工作；
B 　　2.注意添衣保暖；
B 　　3.对农业设施、露天作物采取防风防冻措施；
B 　　4.做好户外广告牌、临时搭建物的加固工作。
B 　　气象专家提醒，近期天气变化频繁，市民出行请关注最新天气预报，老人、儿童及慢性病患者尽量减少户外活动。
C 责任编辑：孟晓彤
C 24小时排行
C 本周六起多家公园迎春花进入盛花期
C 地铁17号线北段年内开通试运营
C 京津冀今年将新开行多条城际列车
C 下载京城在线客户端 随时随地看新闻
C ——页面结束——
""", kind="other", published=None, regions=["110000"],
     note="weather warning (other); only '3月19日' without a year; health advice in passing")


# ---------------------------------------------------------------------------
# English pages
# ---------------------------------------------------------------------------

page("h19-en-01-suzhou-health-city-conference", "txt", "UTF-8-BOM", r"""
C SUZHOU China  |  苏州市人民政府英文门户
C Home    About Suzhou    News    Government    Business    Living    Visiting
C Location: Home > News > Municipal News
T Our city held the 2024 Health Suzhou construction and patriotic health campaign work conference
C Release time: 2024-04-12    Source: Suzhou Daily    Hits: 361
C Font size: [Big] [Middle] [Small]
B On April 11, our city held the 2024 Health Suzhou construction and patriotic health campaign work conference to summarize the work of last year and deploy the key tasks of this year. Vice mayor Wang Jianhua attended the meeting and made speech.
B The meeting pointed out that in 2023, our city took the creation of the national healthy city demonstration as the starting point, the patriotic health campaign was deeply carried out, the urban and rural environmental sanitation was continuously improved, and the health literacy level of residents reached 41.2%, ranking the front in Jiangsu Province.
B The meeting required that all districts and departments should grasp the implementation of the following key tasks:
B 1. Deepen the patriotic health campaign, carry out the spring and autumn "clean homes" actions, and do a good job in the prevention and control of vectors such as mosquitoes, flies, rats and cockroaches.
B 2. Promote the construction of healthy cells, and build 200 healthy villages, healthy communities, healthy enterprises and healthy schools in the year.
B 3. Strengthen the health education of the masses, popularize the knowledge of tobacco control, and make the smoking rate of adults drop below 18%.
B 4. Implement the "Health Suzhou 2030" planning outline, and improve the evaluation index system of healthy city construction.
B The municipal health and health committee, the municipal patriotic health office and the responsible persons of Gusu District, Wuzhong District, Xiangcheng District, Suzhou Industrial Park and other places made exchange speeches at the meeting.
C [Print]  [Close]  [Top]
C Previous article: Suzhou issued the implementation opinions on promoting the high-quality development of elderly care service
C Next article: Our city launched the 36th patriotic health month activity
C Copyright © 2024 The People's Government of Suzhou Municipality All Rights Reserved
C Su ICP Bei No. 05016752    Website identification code: 3205000001
""", kind="policy", tags=["healthy-city", "public-health"], published="2024-04-12",
     regions=["320500"], source="Suzhou Daily", blank_between=True,
     note="UTF-8 with BOM; machine translation; Suzhou resolved by Jiangsu/Gusu/Wuzhong (not 宿州); "
          "meeting date April 11 vs release date")


page("h19-en-02-jinyun-tcm-township-clinics", "txt", "UTF-8", r"""
C Jinyun county puts TCM halls in every township clinic - Eastern Horizon
C Eastern Horizon | 东方视野英文网
C HOME  CHINA  ZHEJIANG  BUSINESS  CULTURE  LIFE  OPINION  VIDEO
C China > Zhejiang > Society
T Jinyun county puts TCM halls in every township clinic
C By Xu Lingyi in Lishui | Eastern Horizon | Updated: 2024-05-09 07:42
B Villagers in Jinyun county, Lishui city in Zhejiang province, can now get acupuncture, cupping and herbal prescriptions at their local township health center, after the county finished building traditional Chinese medicine halls at all 18 of its township-level clinics last month.
B The halls, known locally as guoyi guan, are staffed by TCM doctors who rotate from the Jinyun County Hospital of Traditional Chinese Medicine on a weekly schedule. Each hall offers a decoction service so that patients can collect ready-to-drink herbal medicine.
C [Photo provided to Eastern Horizon]
B "In the past, older villagers had to take a bus for more than an hour to see a TCM doctor in the county seat," said Zhu Haiqing, head of the Jinyun county health bureau. "Now most common conditions can be treated on their doorstep."
B The county spent 26 million yuan ($3.6 million) on the project, funded jointly by the county government and a provincial program to strengthen TCM services in rural areas. TCM treatments at the halls are reimbursed by basic medical insurance at the same rate as other outpatient visits.
C Related: Zhejiang sets targets for TCM services in community clinics by 2025
B Visits to the halls reached 86,000 in the first four months of the year, up 37 percent year-on-year.
B Zhu said the county would train 120 village doctors in basic TCM techniques such as tuina massage and moxibustion by the end of the year.
B The halls open seven days a week.
C Share: WeChat  Weibo  Facebook  X  LinkedIn
C Editor: Wang Qian
C Hot Topics
C Hangzhou Asian Games venues reopen to public for summer fitness programs
C Ningbo port handles record container volume in April
C Wenzhou startup brings AI tutoring to rural schools
C Download the Eastern Horizon app for iOS and Android
C Copyright 2024 Eastern Horizon. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Eastern Horizon. Without written authorization from Eastern Horizon, such content shall not be republished or used in any form.
""", kind="policy", tags=["tcm", "primary-care"], published="2024-05-09", regions=["331122"],
     source="Eastern Horizon",
     note="state-media English edition; title line repeated with a site suffix (the suffixed line is "
          "chrome); county-level region 缙云县; related link between paragraphs")


def en03_list(items):
    return "\n".join(f'      <li><a href="{h}">⟦c:{t}⟧</a></li>' for h, t in items)


page("h19-en-03-nhs-nursing-apprenticeships", "html", "UTF-8", r"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Extra 1,500 nursing apprenticeships as NHS England moves to cut reliance on agency staff | Health Service Bulletin</title>
<meta name="description" content="Trusts have until the end of June to bid for funded places.">
<meta property="og:title" content="NHS England funds 1,500 more nursing degree apprenticeships">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-05-14T09:30:00+01:00">
<meta property="article:section" content="Workforce">
<link rel="stylesheet" href="/assets/hsb.3f9a1c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"NHS England funds 1,500 more nursing degree apprenticeships","datePublished":"2024-05-14T09:30:00+01:00","author":{"@type":"Person","name":"Hannah Okafor"}}</script>
<script async src="https://analytics.example.net/tag.js?id=HSB-2281"></script>
</head>
<body>
<div id="cookie-consent" class="cc-banner" role="dialog" aria-live="polite">
  <p>⟦c:We and our partners use cookies to personalise content, measure our audience and remember your preferences. You can change your choice at any time via "Privacy settings" at the bottom of every page.⟧</p>
  <button class="cc-accept">⟦c:Accept all⟧</button>
  <button class="cc-reject">⟦c:Essential only⟧</button>
  <a href="/privacy-settings" class="cc-manage">⟦c:Manage preferences⟧</a>
</div>
<header class="masthead">
  <a class="logo" href="/">⟦c:Health Service Bulletin⟧</a>
  <nav class="primary-nav">
    <ul>
      <li><a href="/news">⟦c:News⟧</a></li>
      <li><a href="/workforce">⟦c:Workforce⟧</a></li>
      <li><a href="/finance">⟦c:Finance⟧</a></li>
      <li><a href="/primary-care">⟦c:Primary care⟧</a></li>
      <li><a href="/mental-health">⟦c:Mental health⟧</a></li>
      <li><a href="/comment">⟦c:Comment⟧</a></li>
      <li><a href="/events">⟦c:Events⟧</a></li>
    </ul>
  </nav>
  <div class="account"><a href="/subscribe" class="btn">⟦c:Subscribe⟧</a> <a href="/login">⟦c:Sign in⟧</a></div>
</header>
<main id="main">
  <article class="story">
    <header class="story-head">
      <p class="kicker"><a href="/workforce">⟦c:WORKFORCE⟧</a></p>
      <h1>⟦t:NHS England funds 1,500 more nursing degree apprenticeships⟧</h1>
      <p class="standfirst">⟦b:Trusts told to bid by the end of June as national bodies try to cut agency spending and grow a home-grown workforce⟧</p>
      <div class="byline">⟦c:By <a href="/authors/hannah-okafor">Hannah Okafor</a>, workforce correspondent⟧</div>
      <time datetime="2024-05-14T09:30:00+01:00">⟦c:14 May 2024⟧</time>
    </header>
    <div class="story-body">
      <p>⟦b:NHS England will fund an additional 1,500 registered nurse degree apprenticeships in 2024-25, bringing the number of funded places to more than 5,000, according to a letter sent to trust chief executives yesterday.⟧</p>
      <p>⟦b:The money, worth around £45m, covers backfill costs so that healthcare support workers can study for a nursing degree while continuing to work part-time on wards.⟧</p>
      <p>⟦b:Trusts must submit bids by 28 June, with the first apprentices expected to start in September. Priority will go to organisations in regions with the highest nurse vacancy rates and the heaviest use of agency staff, including the Midlands and the East of England.⟧</p>
      <aside class="inline-related"><span>⟦c:Read next⟧</span> <a href="/workforce/agency-nurse-spending-fell-by-a-fifth">⟦c:Agency nurse spending fell by a fifth last year, trust accounts show⟧</a></aside>
      <p>⟦b:In the letter, the chief nursing officer for England wrote:⟧</p>
      <blockquote><p>⟦b:"Apprenticeships open a route into registered nursing for people who might never have considered university. They also help us keep experienced support workers who already know our patients and our services."⟧</p></blockquote>
      <p>⟦b:The move is part of the Long Term Workforce Plan, published last summer, which aims to raise the share of nurses trained through apprenticeships from 9 per cent to 28 per cent by 2031-32.⟧</p>
      <p>⟦b:Unions welcomed the extra places but warned that funding for practice placements, supervision and apprentices' pay must keep pace. Professor Dami Lawal, chair of the Council of Deans of Health, called the announcement "a welcome step" but said universities needed certainty about numbers beyond next year.⟧</p>
      <p>⟦b:NHS England said further guidance on the bidding process would be published on its website next week.⟧</p>
    </div>
    <footer class="story-foot">
      <ul class="topics">
        <li><a href="/topic/nursing">⟦c:Nursing⟧</a></li>
        <li><a href="/topic/workforce">⟦c:Workforce⟧</a></li>
        <li><a href="/topic/education-and-training">⟦c:Education and training⟧</a></li>
      </ul>
      <div class="share"><span>⟦c:Share this article⟧</span> <a href="mailto:?subject=NHS">⟦c:Email⟧</a> <a href="#">⟦c:LinkedIn⟧</a> <a href="#">⟦c:X⟧</a></div>
    </footer>
  </article>
  <section class="newsletter-box">
    <h2>⟦c:Get the Daily Bulletin⟧</h2>
    <p>⟦c:Our free morning briefing on the stories shaping health and care, in your inbox before 7am.⟧</p>
    <form><label for="nl-email">⟦c:Work email⟧</label><input id="nl-email" type="email"><button>⟦c:Sign up⟧</button></form>
  </section>
  <section class="comments">
    <h2>⟦c:Comments (3)⟧</h2>
    <p>⟦c:You must be signed in to comment. Comments are moderated and may take a few hours to appear.⟧</p>
  </section>
  <aside class="most-read">
    <h2>⟦c:Most read this week⟧</h2>
    <ol>
""" + en03_list([
        ("/finance/trusts-told-to-find-further-savings", "Trusts told to find a further £1bn of savings before the autumn"),
        ("/primary-care/gp-collective-action-ballot", "GPs to be balloted on collective action over contract"),
        ("/mental-health/crisis-beds-report", "Mental health crisis beds at lowest level in a decade, report finds"),
    ]) + r"""
    </ol>
  </aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/about">⟦c:About us⟧</a></li>
    <li><a href="/contact">⟦c:Contact⟧</a></li>
    <li><a href="/advertise">⟦c:Advertise⟧</a></li>
    <li><a href="/terms">⟦c:Terms and conditions⟧</a></li>
    <li><a href="/privacy">⟦c:Privacy policy⟧</a></li>
    <li><a href="/privacy-settings">⟦c:Privacy settings⟧</a></li>
  </ul>
  <p>⟦c:© 2024 Bulletin Media Ltd. Registered in England and Wales, company number 08231756.⟧</p>
</footer>
</body>
</html>
""", kind="policy", tags=["health-workforce"], published="2024-05-14", regions=["GB"],
     note="UK trade press; cookie banner, newsletter, comments, most-read; <title> and og:title differ "
          "from the h1; standfirst is body; deadline 28 June in the body")


page("h19-en-04-medicare-negotiation-initial-offers", "html", "UTF-8", r"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CMS sends first Medicare drug price offers to makers of 10 drugs - Capitol Health Ledger</title>
<meta name="parsely-pub-date" content="2024-02-01T22:45:00Z">
<meta property="article:modified_time" content="2024-02-02T18:10:00Z">
<meta property="og:title" content="Medicare sends opening price offers for first 10 negotiated drugs">
<meta property="og:site_name" content="Capitol Health Ledger">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/wp-content/themes/chl/style.css?ver=6.4.2">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"section":"drug-pricing"});</script>
</head>
<body class="single single-post">
<div class="top-bar"><a href="/newsletters">⟦c:Newsletters⟧</a> <a href="/events">⟦c:Events⟧</a> <a href="/login">⟦c:Log in⟧</a> <a class="subscribe" href="/subscribe">⟦c:Subscribe⟧</a></div>
<header class="site-header">
  <a class="site-title" href="/">⟦c:Capitol Health Ledger⟧</a>
  <nav>
    <a href="/congress">⟦c:Congress⟧</a>
    <a href="/medicare">⟦c:Medicare⟧</a>
    <a href="/medicaid">⟦c:Medicaid⟧</a>
    <a href="/aca">⟦c:ACA⟧</a>
    <a href="/drug-pricing">⟦c:Drug Pricing⟧</a>
    <a href="/public-health">⟦c:Public Health⟧</a>
  </nav>
</header>
<main>
<article class="post">
  <a class="section-label" href="/drug-pricing">⟦c:Drug Pricing⟧</a>
  <h1 class="entry-title">⟦t:Medicare sends opening price offers for first 10 negotiated drugs⟧</h1>
  <div class="entry-meta">⟦c:By Daniel Whitcomb⟧ <span class="sep">·</span> ⟦c:Published Feb. 1, 2024⟧ <span class="sep">·</span> ⟦c:Updated Feb. 2, 2024⟧</div>
  <figure class="wp-block-image">
    <img src="/wp-content/uploads/2024/02/cms-building.jpg" alt="The CMS headquarters in Baltimore">
    <figcaption>⟦c:Photo: J. Ramirez for Capitol Health Ledger⟧</figcaption>
  </figure>
  <div class="entry-content">
<p>⟦b:The Centers for Medicare &amp; Medicaid Services said Thursday it had sent initial price offers to the manufacturers of the 10 prescription drugs selected for the first round of Medicare drug price negotiation, starting a months-long exchange that will set the first negotiated prices in the program's history.⟧</p>
<p>⟦b:The agency did not disclose the offers. Drugmakers have 30 days to accept them or make counteroffers, and negotiations must end by Oct. 31. CMS is required to publish the agreed "maximum fair prices" by Nov. 30, 2024, and the prices take effect on Jan. 1, 2026.⟧</p>
<div class="ad-slot ad-inarticle"><span class="ad-label">⟦c:Advertisement⟧</span><div id="div-gpt-ad-2"></div></div>
<p>⟦b:The selected drugs — among them blood thinners, diabetes treatments and a heart failure medicine — accounted for about $50 billion in Medicare Part D spending in the year before they were chosen, according to the agency.⟧</p>
<p>⟦b:In a statement, the CMS administrator said the offers were based on "a careful review of each drug's clinical benefit, the cost of developing and producing it, and the prices of therapeutic alternatives."⟧</p>
<p>⟦b:Industry groups have filed several lawsuits challenging the negotiation program, created by the Inflation Reduction Act of 2022, arguing that it amounts to price-setting. Federal judges have so far declined to halt it.⟧</p>
<h2>⟦b:What happens next⟧</h2>
<ul>
<li>⟦b:March 2: deadline for manufacturers to accept or counter CMS's initial offers⟧</li>
<li>⟦b:Spring and summer: up to three negotiation meetings per drug⟧</li>
<li>⟦b:Oct. 31: negotiation period ends⟧</li>
<li>⟦b:Nov. 30: CMS publishes the negotiated prices⟧</li>
</ul>
  </div>
  <div class="share-tools"><a href="#">⟦c:Share on Facebook⟧</a> <a href="#">⟦c:Share on X⟧</a> <a href="#">⟦c:Copy link⟧</a></div>
</article>
<section class="related-coverage">
  <h3>⟦c:Related Coverage⟧</h3>
  <ul>
    <li><a href="/drug-pricing/drugmakers-appeal-negotiation-rulings">⟦c:Drugmakers take fight over Medicare negotiation to appeals courts⟧</a></li>
    <li><a href="/medicare/part-d-redesign-2025">⟦c:What the Part D redesign means for seniors' out-of-pocket costs in 2025⟧</a></li>
  </ul>
</section>
<section class="nl-signup">
  <p>⟦c:Don't miss a beat on health policy. Get the Ledger Daily in your inbox every weekday morning.⟧</p>
  <form><label>⟦c:Email address⟧</label> <input type="email"> <button>⟦c:Sign up⟧</button></form>
</section>
</main>
<footer class="site-footer">
  <p>⟦c:© 2024 Capitol Health Ledger LLC. All rights reserved.⟧</p>
  <p><a href="/about">⟦c:About⟧</a> <a href="/ethics">⟦c:Ethics policy⟧</a> <a href="/privacy">⟦c:Privacy⟧</a> <a href="/do-not-sell">⟦c:Do Not Sell My Personal Information⟧</a></p>
</footer>
</body>
</html>
""", kind="policy", tags=["drug-policy", "medical-insurance"], published="2024-02-01", regions=["US"],
     note="US policy news; 'Published Feb. 1' vs 'Updated Feb. 2'; ad label and photo credit inside the "
          "article; many future dates in the body")


page("h19-en-05-singapore-health-information-bill", "html", "UTF-8", r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Healthcare providers to contribute key patient data to NEHR under proposed Health Information Bill</title>
<meta name="description" content="MOH will introduce a Health Information Bill in the second half of 2024.">
<meta property="og:title" content="Proposed Health Information Bill">
<meta property="og:url" content="https://www.moh-sg.example/newsroom/proposed-health-information-bill">
<link rel="stylesheet" href="/assets/css/sgds.css">
<script src="/assets/js/sgds.js" defer></script>
</head>
<body>
<div class="sgds-masthead">
  <span>⟦c:Official website of the Singapore Government⟧</span>
  <a href="#" class="identify">⟦c:Check the URL⟧</a>
</div>
<header class="navbar">
  <a href="/" class="navbar-brand">⟦c:Ministry of Health Singapore⟧</a>
  <ul class="navbar-menu">
    <li><a href="/about-us">⟦c:About Us⟧</a></li>
    <li><a href="/our-healthcare-system">⟦c:Our Healthcare System⟧</a></li>
    <li><a href="/resources-statistics">⟦c:Resources &amp; Statistics⟧</a></li>
    <li><a href="/newsroom">⟦c:Newsroom⟧</a></li>
    <li><a href="/contact-us">⟦c:Contact⟧</a></li>
  </ul>
</header>
<main>
  <nav class="breadcrumb" aria-label="breadcrumb">⟦c:<a href="/">Home</a> / <a href="/newsroom">Newsroom</a> / Press Releases⟧</nav>
  <section class="article-header">
    <span class="tag">⟦c:Press Release⟧</span>
    <h1>⟦t:Healthcare Providers to Contribute Key Patient Data to National Electronic Health Record Under Proposed Health Information Bill⟧</h1>
    <p class="pub-date">⟦c:Published: 06 Mar 2024⟧</p>
  </section>
  <section class="article-content">
    <p>⟦b:The Ministry of Health (MOH) will introduce a Health Information Bill that will require all licensed healthcare providers, including private general practitioner clinics, to contribute key health information of their patients to the National Electronic Health Record (NEHR). MOH intends to table the Bill in Parliament in the second half of 2024.⟧</p>
    <p>⟦b:Under the Bill, providers will have to contribute a standard set of information, such as diagnoses, allergies, medication records and laboratory results. Patients will continue to be able to restrict who may access their records, but will not be able to opt out of contribution.⟧</p>
    <p>⟦b:The Bill will also set out cybersecurity and data security requirements for providers that access the NEHR. Providers that fail to safeguard health information may face financial penalties.⟧</p>
    <p>⟦b:The move supports Healthier SG, under which residents enrol with a family doctor who coordinates their preventive care. "For family doctors to care for residents well, they need a complete picture of each patient's health history, regardless of where the patient was seen," MOH said.⟧</p>
    <p>⟦b:To help smaller clinics, MOH will provide a one-time grant of up to $20,000 per clinic to upgrade clinic management systems so that they can contribute data to the NEHR. Details of the grant will be announced later this year.⟧</p>
    <p>⟦b:MOH will hold consultation sessions with healthcare providers and the public over the next two months. Members of the public can submit feedback through the REACH portal until 5 April 2024.⟧</p>
    <p>⟦b:MINISTRY OF HEALTH⟧</p>
    <p>⟦b:6 MARCH 2024⟧</p>
  </section>
  <section class="page-feedback">
    <p>⟦c:Was this page helpful?⟧</p>
    <button>⟦c:Yes⟧</button> <button>⟦c:No⟧</button>
  </section>
  <div class="share-print"><a href="#" onclick="window.print()">⟦c:Print⟧</a> <a href="#">⟦c:Share⟧</a></div>
</main>
<footer class="sgds-footer">
  <ul>
    <li><a href="/contact-us">⟦c:Contact Us⟧</a></li>
    <li><a href="https://www.reach.example/">⟦c:Feedback⟧</a></li>
    <li><a href="/sitemap">⟦c:Sitemap⟧</a></li>
  </ul>
  <ul class="legal">
    <li><a href="/report-vulnerability">⟦c:Report Vulnerability⟧</a></li>
    <li><a href="/privacy-statement">⟦c:Privacy Statement⟧</a></li>
    <li><a href="/terms-of-use">⟦c:Terms of Use⟧</a></li>
  </ul>
  <p>⟦c:© 2024, Government of Singapore⟧</p>
  <p>⟦c:Last Updated: 08 Mar 2024⟧</p>
</footer>
</body>
</html>
""", kind="policy", tags=["digital-health"], published="2024-03-06", regions=["SG"],
     note="government press release; h1 in title case differs from <title>; 'Published: 06 Mar 2024' "
          "vs 'Last Updated: 08 Mar 2024'; feedback deadline 5 April 2024 in the body; sign-off lines are body")


page("h19-en-06-chengdu-biomedicine-measures", "html", "UTF-8", r"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Chengdu issued several measures to support the high-quality development of the biomedical industry--Chengdu Municipal People's Government</title>
<meta name="keywords" content="biomedical industry, measures, Chengdu">
<link href="/english/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/english/js/menu.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td width="700" height="96" background="/english/images/top_bg.jpg">⟦c:Chengdu Government English Portal⟧</td>
    <td align="right"><a href="/">⟦c:中文⟧</a> | <a href="/english/">⟦c:English⟧</a> | <a href="/japanese/">⟦c:日本語⟧</a></td>
  </tr>
</table>
<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center" class="menu">
  <tr>
    <td><a href="/english/">⟦c:Home⟧</a></td>
    <td><a href="/english/about/">⟦c:About Chengdu⟧</a></td>
    <td><a href="/english/news/">⟦c:News⟧</a></td>
    <td><a href="/english/gov/">⟦c:Gov Affairs⟧</a></td>
    <td><a href="/english/invest/">⟦c:Invest⟧</a></td>
    <td><a href="/english/living/">⟦c:Living⟧</a></td>
    <td><a href="/english/visit/">⟦c:Visit⟧</a></td>
  </tr>
</table>
<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr><td class="position">⟦c:Position: <a href="/english/">Home</a> &gt; <a href="/english/news/">News</a> &gt; <a href="/english/news/policy/">Policy Release</a>⟧</td></tr>
</table>
<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td width="220" valign="top" class="left_bg">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="left_title">⟦c:News⟧</td></tr>
        <tr><td class="left_link"><a href="/english/news/local/">⟦c:Chengdu News⟧</a></td></tr>
        <tr><td class="left_link"><a href="/english/news/policy/">⟦c:Policy Release⟧</a></td></tr>
        <tr><td class="left_link"><a href="/english/news/notice/">⟦c:Announcements⟧</a></td></tr>
        <tr><td class="left_link"><a href="/english/news/photo/">⟦c:Photo News⟧</a></td></tr>
      </table>
    </td>
    <td width="20">&nbsp;</td>
    <td valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="con_title" align="center">⟦t:Chengdu issued several measures to support high-quality development of biomedical industry⟧</td></tr>
        <tr><td class="con_info" align="center">⟦c:Date:2024/4/23 10:12:08&nbsp;&nbsp;&nbsp;Source:Chengdu Municipal Bureau of Economy and Information Technology⟧</td></tr>
        <tr><td class="con_text">
<p>⟦b:Recently, the General Office of Chengdu Municipal People's Government issued the "Several Measures of Chengdu on Supporting the High-quality Development of Biomedical Industry" (hereinafter referred to as the "Measures"), which put forward 20 policy measures from the aspects of innovation research and development, clinical trial, achievement transformation, industrial space and financial support, and will be implemented from June 1, 2024.⟧</p>
<p>⟦b:According to the Measures, for the Class 1 innovative drugs developed in Chengdu which complete phase I, phase II and phase III clinical trials in China, a maximum of 3 million yuan, 5 million yuan and 10 million yuan will be given respectively; for the Class III innovative medical devices which obtain the registration certificate, a one-time reward of up to 5 million yuan will be given.⟧</p>
<p>⟦b:The Measures clearly support the construction of Tianfu International Bio-City, Chengdu Medical City in Wenjiang District and other professional parks. For the enterprises which newly rent the standard factory buildings in the parks, a rent subsidy of 50% in the first three years will be given.⟧</p>
<p>⟦b:In the aspect of talents, the high-level biomedical talent teams introduced by enterprises can get a maximum of 20 million yuan of comprehensive funding support.⟧</p>
<p>⟦b:The responsible comrade of the Municipal Bureau of Economy and Information Technology said that in 2023 the scale of the biomedical industry of Chengdu exceeded 200 billion yuan. All districts (cities) and counties should grasp the implementation of the Measures, build a biomedical industry cluster with world influence, and let the masses enjoy more good medicines and good devices.⟧</p>
        </td></tr>
        <tr><td align="right" class="con_tool"><a href="javascript:window.print()">⟦c:【Print】⟧</a> <a href="javascript:window.close()">⟦c:【Close】⟧</a></td></tr>
        <tr><td class="xg_title">⟦c:Related News:⟧</td></tr>
        <tr><td class="xg_list"><a href="/english/news/policy/2024/0318/7721.html">⟦c:Chengdu released the action plan for building a national medical center city⟧</a></td></tr>
        <tr><td class="xg_list"><a href="/english/news/local/2024/0410/7809.html">⟦c:Tianfu International Bio-City attracted 16 new projects in the first quarter⟧</a></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1002" border="0" cellspacing="0" cellpadding="0" align="center" class="bottom">
  <tr><td align="center">⟦c:Sponsored by: General Office of Chengdu Municipal People's Government⟧</td></tr>
  <tr><td align="center">⟦c:Copyright © Chengdu Municipal People's Government. All Rights Reserved.⟧　⟦c:Shu ICP Bei 05026613⟧</td></tr>
  <tr><td align="center">⟦c:Best viewed at 1024×768 resolution with IE8.0 or above⟧</td></tr>
</table>
</body>
</html>
""", kind="policy", tags=["health-industry"], published="2024-04-23", regions=["510100"],
     note="old table-layout English portal, machine translation; 'Date:2024/4/23'; effective date "
          "June 1, 2024 in the body")


page("h19-en-07-oral-glp1-phase3-results", "txt", "UTF-8", r"""
C URL: https://www.biopulseasia.example/news/clinical/ht-2291-phase-3-china
C [Saved by crawler 2024-05-21 06:02 UTC]
C BioPulse Asia
C News | Clinical | Regulatory | Deals | China | Events | Subscribe
T HT-2291 oral GLP-1 cuts HbA1c by up to 1.9 points in Chinese phase 3 trial
C By Rachel Tan | May 20, 2024
B Hengtai Biopharma said its once-daily oral GLP-1 receptor agonist HT-2291 met the primary endpoint in a phase 3 trial in Chinese adults with type 2 diabetes inadequately controlled on metformin, lowering glycated hemoglobin (HbA1c) significantly more than placebo at week 40.
B The randomized, double-blind study enrolled 612 patients at 52 hospitals across China. Patients received 10 mg, 20 mg or 40 mg of HT-2291, or placebo.
B Results at week 40:
B Placebo | HbA1c -0.4 | body weight -0.6%
B HT-2291 10 mg | HbA1c -1.2 | body weight -3.1%
B HT-2291 20 mg | HbA1c -1.6 | body weight -4.8%
B HT-2291 40 mg | HbA1c -1.9 | body weight -6.2%
B The most common adverse events were nausea, diarrhea and decreased appetite, mostly mild to moderate and occurring during dose escalation. Discontinuation due to adverse events was 4.9% in the 40 mg group versus 1.3% on placebo.
B The company plans to file a new drug application with China's National Medical Products Administration in the second half of 2024 and will present the full data at a scientific meeting later this year.
C Read more: Oral GLP-1 race heats up as three Chinese developers enter late-stage trials
B Analysts said an oral option could widen access in China, where more than 140 million adults live with diabetes, but that pricing and eventual inclusion in the national reimbursement drug list would decide uptake.
C Topics: Diabetes, GLP-1, Phase 3, China
C Get BioPulse Asia's free daily newsletter: the day's biotech news from across Asia, delivered at 7am SGT.
C © 2024 BioPulse Asia Media Pte Ltd
""", kind="trial", published="2024-05-20", regions=[], crlf=True,
     note="CRLF; trade-press trial result with a results table as text rows; crawler stamp "
          "2024-05-21 is not the publication date; China named only as the trial setting")


page("h19-en-08-kangtai-annual-results", "html", "UTF-8", r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kangtai Pharmaceutical Reports 2023 Annual Results; Innovative Drug Revenue Up 38% | AsiaNewsWire</title>
<meta name="dcterms.date" content="2024-03-28">
<meta property="og:title" content="Kangtai Pharmaceutical Reports 2023 Annual Results">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/static/anw.css">
<script src="/static/anw.js"></script>
</head>
<body>
<header class="anw-header">
  <a href="/" class="anw-logo">⟦c:AsiaNewsWire.com⟧</a>
  <nav>
    <ul>
      <li><a href="/news">⟦c:News⟧</a></li>
      <li><a href="/industries">⟦c:Industries⟧</a></li>
      <li><a href="/regions">⟦c:Regions⟧</a></li>
      <li><a href="/submit">⟦c:Submit a Release⟧</a></li>
      <li><a href="/login">⟦c:Log In⟧</a></li>
    </ul>
  </nav>
</header>
<div class="crumbs">⟦c:<a href="/">Home</a> › <a href="/industries/health">Health</a> › <a href="/industries/health/pharmaceuticals">Pharmaceuticals</a>⟧</div>
<main class="release">
  <h1>⟦t:Kangtai Pharmaceutical Reports 2023 Annual Results⟧</h1>
  <h2 class="subhead">⟦b:Innovative drug revenue rises 38%, offsetting price cuts from volume-based procurement⟧</h2>
  <div class="release-meta">⟦c:Mar 28, 2024, 06:30 ET⟧ ⟦c:Source: Kangtai Pharmaceutical Group Co., Ltd.⟧</div>
  <div class="release-body">
<p>⟦b:TAIZHOU, China, March 28, 2024 /AsiaNewsWire/ -- Kangtai Pharmaceutical Group Co., Ltd. ("Kangtai" or the "Company"), a pharmaceutical company headquartered in Taizhou, Zhejiang Province, today announced its audited financial results for the year ended December 31, 2023.⟧</p>
<h3>⟦b:2023 Financial Highlights⟧</h3>
<ul>
<li>⟦b:Total revenue was RMB 8.41 billion, down 4.7% year-on-year.⟧</li>
<li>⟦b:Revenue from innovative drugs reached RMB 2.96 billion, up 38.2%, accounting for 35.2% of total revenue.⟧</li>
<li>⟦b:Net profit attributable to shareholders was RMB 1.12 billion, up 6.3%.⟧</li>
<li>⟦b:R&amp;D expenses were RMB 1.47 billion, representing 17.5% of revenue.⟧</li>
<li>⟦b:The Board proposed a final dividend of RMB 0.20 per share.⟧</li>
</ul>
<p>⟦b:Revenue from generic drugs declined 19.6%, mainly because three of the Company's products were subject to price reductions after winning bids in the ninth batch of national volume-based procurement, and because sales of certain antibiotics were affected by tighter controls on hospital prescriptions.⟧</p>
<p>⟦b:Mr. Ye Zhongming, Chairman of Kangtai, said: "2023 was a year of transition. Our innovative products now make up more than a third of our sales, and we expect them to become our main source of growth as five more products enter the national reimbursement drug list this year."⟧</p>
<h3>⟦b:About Kangtai Pharmaceutical Group⟧</h3>
<p>⟦b:Founded in 1998, Kangtai Pharmaceutical Group develops, manufactures and sells innovative and generic medicines in oncology, cardiovascular and anti-infective therapy. The Company's shares are listed on the Shanghai Stock Exchange.⟧</p>
<p>⟦b:Investor contact: Kangtai Investor Relations, ir@kangtai-pharma.example, +86 576 8866 1200⟧</p>
  </div>
  <p class="source-line">⟦c:SOURCE Kangtai Pharmaceutical Group Co., Ltd.⟧</p>
  <div class="share"><span>⟦c:Share this release⟧</span> <a href="#">⟦c:LinkedIn⟧</a> <a href="#">⟦c:X⟧</a> <a href="#">⟦c:Email⟧</a></div>
  <p class="disclaimer">⟦c:AsiaNewsWire distributes releases on behalf of issuers and is not responsible for the accuracy or completeness of their content, which remains the sole responsibility of the issuing company.⟧</p>
</main>
<aside class="more-from">
  <h4>⟦c:More releases from this issuer⟧</h4>
  <ul>
    <li><a href="/news/kangtai-kt-118-nda-accepted">⟦c:Kangtai's KT-118 new drug application accepted by NMPA for priority review⟧</a></li>
    <li><a href="/news/kangtai-2023-interim-results">⟦c:Kangtai Pharmaceutical Reports 2023 Interim Results⟧</a></li>
  </ul>
</aside>
<footer class="anw-footer">
  <p>⟦c:© 2024 AsiaNewsWire Ltd.⟧ <a href="/terms">⟦c:Terms of Use⟧</a> <a href="/privacy">⟦c:Privacy⟧</a> <a href="/contact">⟦c:Contact Us⟧</a></p>
</footer>
</body>
</html>
""", kind="earnings", published="2024-03-28", regions=["331000"],
     note="wire press release of a pharma company; volume-based procurement and the reimbursement list "
          "named as business context; dateline 'TAIZHOU, China' resolved to Zhejiang by the body; "
          "contact line is body, wire disclaimer is chrome")


page("h19-en-09-shanghai-clinic-health-check-offer", "txt", "UTF-8", r"""
C Skip to content
C Concord International Medical Centre Shanghai
C Home  Our Doctors  Services  Insurance & Billing  Locations  Contact
C EN | 中文 | 日本語
C Home / Health Screening / Spring Executive Check-up Offer
T Spring Executive Health Check-up: Screening Aligned with Healthy China 2030 Guidelines
B Under the national Healthy China 2030 initiative, regular screening is recommended for adults over 40 for hypertension, diabetes and common cancers. Our Jing'an and Pudong clinics now offer three executive check-up packages designed around these recommendations, with results reviewed by a bilingual physician on the same day.
B Essential Package – RMB 3,280: physical exam, blood count, liver and kidney function, fasting glucose, lipid panel, ECG and abdominal ultrasound.
B Advanced Package – RMB 6,880: everything in Essential, plus low-dose chest CT, thyroid ultrasound, tumor markers and HbA1c.
B Premier Package – RMB 12,800: everything in Advanced, plus gastroscopy and colonoscopy under sedation, a coronary calcium score and a nutritionist consultation.
B Book any package before the end of May and receive 15% off, plus a complimentary flu vaccination for one family member.
B We offer direct billing with more than 40 international insurers. Please note that our clinics are not designated providers under Shanghai's basic medical insurance scheme.
B To book, call our 24-hour service line 400-820-7788 or message us on WeChat (ID: ConcordMedSH).
C Book Now
C Chat with us on WhatsApp
C Scan the QR code to add us on WeChat
C Jing'an Clinic: 8/F, 1366 West Nanjing Road | Pudong Clinic: 2/F, 99 Century Avenue
C This page is for general information only and does not constitute medical advice. Package contents and prices may change without notice; please confirm with our service team when booking.
C © Concord International Medical Centre. All rights reserved.  沪ICP备18033921号
""", kind="marketing", published=None, regions=["310000"],
     note="private clinic promotion dressed in Healthy China 2030 and insurance vocabulary; no date "
          "('before the end of May' only)")


page("h19-en-10-fuzhou-digital-economy-signing", "txt", "UTF-8", r"""
C Fuzhou Municipal Government English Website
C Home | Fuzhou Overview | News | Investment | Living | Tourism
C Location: Home >> News >> Fuzhou News
T 2024 Fuzhou digital economy key projects signing ceremony held, 36 projects signed with total investment of 41.8 billion yuan
C 2024.05.16    From: Fuzhou Evening News    Views: 212
B On May 15, the 2024 Fuzhou digital economy key projects centralized signing ceremony was held in Mawei District. A total of 36 projects were signed on the spot, with a total investment of 41.8 billion yuan, covering the fields of big data, artificial intelligence, industrial internet, smart health care and new display.
B The responsible comrade of the municipal government said that Fuzhou is the birthplace of "Digital Fujian", and the digital economy has become an important engine of the high-quality development of our city. All counties (cities) and districts and departments should grasp the implementation of the signed projects, adhere to "one project, one special class", and promote the projects to start construction, put into production and reach the production as soon as possible.
B It is reported that in 2023, the scale of the digital economy of Fuzhou exceeded 640 billion yuan, accounting for more than 50% of the GDP. In the next step, our city will continue to optimize the business environment, so that the masses and enterprises have more sense of gain.
C [Print this page]  [Close the window]
C Previous: Fuzhou launched the "Spring Breeze Action" to promote employment
C Next: Minjiang River estuary wetland welcomes 30,000 migratory birds
C Sponsored by Fuzhou Municipal People's Government Office    Min ICP Bei 05002135
C [crawl] fetched 2024-05-21T05:11:09Z
""", kind="economy", published="2024-05-16", regions=["350100"], source="Fuzhou Evening News",
     note="machine translation; 'smart health care' once in a list of sectors; Fuzhou resolved by "
          "Digital Fujian/Mawei (福州, not 抚州); date '2024.05.16'; crawl stamp is not the date")


page("h19-en-11-pollen-season-tips", "txt", "windows-1252", r"""
C Harbor Valley Medical Center
C Find a Doctor | Locations | Patients & Visitors | Pay My Bill | MyChart Login
C Health Connections Blog › Allergy & Immunology
T Pollen season is here: 6 ways to breathe easier this spring
C Posted Tuesday, April 16 by the Harbor Valley Allergy & Immunology team  ·  4 min read
B If your eyes are itchy and your nose won’t stop running, you’re not alone. Tree pollen counts in the Cincinnati area have climbed to “very high” on several days this month, and our allergy clinics are seeing more patients than at any time since last spring.
B Here are six things our allergists recommend:
B 1. Check the daily pollen forecast and plan outdoor exercise for late afternoon, when counts are usually lower.
B 2. Keep windows closed at home and in the car; use air conditioning with a clean filter instead.
B 3. Shower and change clothes after spending time outside.
B 4. Start an over-the-counter nasal steroid spray a week or two before your symptoms usually begin.
B 5. Rinse your sinuses with saline — and always use distilled or boiled water.
B 6. Don’t hang laundry outside to dry on high-pollen days.
B If over-the-counter medicines aren’t enough, allergy shots or tablets can retrain your immune system over time. Ask your primary care provider for a referral.
B Call 513-555-0142 to schedule an appointment with one of our allergists.
C Related posts
C Is it a cold, the flu or allergies? How to tell the difference
C Asthma action plans: what every parent should know
C Subscribe to Health Connections and get new posts every week.
C This blog provides general health information and is not a substitute for professional medical advice, diagnosis or treatment.
C © Harbor Valley Health System · Privacy · Nondiscrimination Notice · Price Transparency
""", kind="wellness", published=None, regions=["US"],
     note="windows-1252 (curly quotes, em dash, middle dot, ›); hospital blog tips; no year "
          "('Tuesday, April 16'); appointment sentence is body")


page("h19-en-12-guangdong-football-league", "txt", "UTF-8", r"""
T Guangdong provincial football league kicks off with 21 cities competing
C Release Date: May 13, 2024    Source: Guangdong Provincial Sports Bureau
B The 2024 Guangdong Provincial Football Super League kicked off on May 11 at Foshan Century Lotus Stadium, with teams from all 21 prefecture-level cities of the province competing in a home-and-away season that will last until November.
B The league is organized by the provincial sports bureau together with the people's governments of the cities. Players are mainly local amateurs, including teachers, delivery riders and university students, and tickets for most matches are priced at 10 yuan or free.
B The provincial sports bureau said the league is an important measure to implement the national fitness strategy and enrich the cultural and sports life of the masses, and will also drive consumption of catering, accommodation and tourism in host cities.
B The opening match between Foshan and Zhaoqing drew more than 26,000 spectators.
""", kind="other", published="2024-05-13", regions=["440000"],
     note="sports (other); title on the first line and almost no chrome; 'national fitness' vocabulary")


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

MARK = re.compile(r"⟦([tbc]):(.*?)⟧", re.S)


def collapse(s: str) -> str:
    return " ".join(s.split())


def visible_of_fragment(fragment: str) -> str:
    return collapse(html.unescape(re.sub(r"<[^>]*>", "", fragment)))


def render(p: dict) -> tuple[str, dict]:
    """Return (page text, gold dict without labels)."""
    title, body, chrome = None, [], []

    def set_title(t):
        nonlocal title
        if title is not None and title != t:
            fail(p["name"], f"two different titles: {title!r} / {t!r}")
        title = t

    if p["fmt"] == "txt":
        spec = p["spec"].strip("\n")
        lines = []
        for raw in spec.split("\n"):
            if raw == "":
                lines.append("")
                continue
            tag, content = raw[0], raw[2:]
            if raw[1:2] != " " or tag not in "TBC" or not content.strip():
                fail(p["name"], f"bad spec line {raw!r}")
            gold = content.strip()
            if tag == "T":
                set_title(gold)
            elif tag == "B":
                body.append(gold)
            elif gold not in chrome:
                chrome.append(gold)
            lines.append(content.rstrip())
        if p["blank_between"]:
            spaced = []
            for ln in lines:
                if ln:
                    spaced.append(ln)
                    spaced.append("")
            lines = spaced[:-1]
        eol = "\r\n" if p["crlf"] else "\n"
        text = eol.join(lines) + eol
    else:
        def sub(m):
            tag, frag = m.group(1), m.group(2)
            gold = visible_of_fragment(frag)
            if not gold:
                fail(p["name"], f"empty marker {m.group(0)!r}")
            if tag == "t":
                set_title(gold)
            elif tag == "b":
                body.append(gold)
            elif gold not in chrome:
                chrome.append(gold)
            return frag

        text = MARK.sub(sub, p["spec"])
        if "⟦" in text or "⟧" in text:
            fail(p["name"], "unbalanced marker")
        if p["crlf"]:
            text = text.replace("\n", "\r\n")
    return text, {"title": title or "", "body": body, "chrome": chrome}


# ---------------------------------------------------------------------------
# TOML output
# ---------------------------------------------------------------------------

def tq(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def tarr(items, multiline=True) -> str:
    if not items:
        return "[]"
    if not multiline:
        return "[" + ", ".join(tq(i) for i in items) + "]"
    return "[\n" + "".join(f"  {tq(i)},\n" for i in items) + "]"


def gold_toml(p: dict, g: dict) -> str:
    lang = p["name"].split("-")[1]
    out = [
        f"lang = {tq(lang)}",
        f"encoding = {tq(p['encoding'])}",
        f"title = {tq(g['title'])}",
        f"body = {tarr(g['body'])}",
        f"chrome = {tarr(g['chrome'])}",
        "",
        "[labels]",
        f"health_policy = {'true' if p['kind'] == 'policy' else 'false'}",
        f"kind = {tq(p['kind'])}",
        f"tags = {tarr(p['tags'], multiline=False)}",
    ]
    if p["published"]:
        out.append(f"published = {tq(p['published'])}")
    out.append(f"regions = {tarr(p['regions'], multiline=False)}")
    if p["source"]:
        out.append(f"source = {tq(p['source'])}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------

ERRORS: list[str] = []


def fail(name: str, msg: str):
    ERRORS.append(f"{name}: {msg}")


class Visible(HTMLParser):
    """Visible text of an HTML page, one entry per block-level line."""

    HIDDEN = {"script", "style", "title", "noscript", "template", "head"}
    BLOCK = {
        "address", "article", "aside", "blockquote", "body", "br", "button", "caption", "dd",
        "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "html", "label", "li", "main", "nav", "ol", "option", "p",
        "pre", "section", "select", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
    VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.cur: list[str] = []
        self.lines: list[str] = []

    def flush(self):
        line = collapse("".join(self.cur))
        if line:
            self.lines.append(line)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in self.BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.hidden:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


def nonws(s: str) -> int:
    return sum(1 for ch in s if not ch.isspace())


def check_page(p: dict, path: Path, gold_path: Path, intended: str):
    name = p["name"]
    raw = path.read_bytes()
    codec = CODECS[p["encoding"]]
    try:
        decoded = raw.decode(codec)
    except UnicodeDecodeError as e:
        fail(name, f"does not decode as {p['encoding']}: {e}")
        return
    if decoded != intended:
        fail(name, "decoded page differs from the intended text")
    if p["encoding"] == "UTF-8-BOM" and not raw.startswith(b"\xef\xbb\xbf"):
        fail(name, "UTF-8-BOM page without a BOM")
    if p["encoding"] == "UTF-8" and raw.startswith(b"\xef\xbb\xbf"):
        fail(name, "UTF-8 page with a BOM")
    if p["crlf"] != ("\r\n" in decoded):
        fail(name, "line-end style differs from the spec")
    if p["crlf"] and re.search(r"(?<!\r)\n", decoded):
        fail(name, "mixed line ends")
    if p["encoding"] not in ("UTF-8", "UTF-8-BOM"):
        try:
            raw.decode("utf-8")
            if any(ord(ch) > 0x7F for ch in decoded):
                fail(name, f"{p['encoding']} page also decodes as UTF-8")
        except UnicodeDecodeError:
            pass

    # gold file
    try:
        gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        fail(name, f"gold does not parse: {e}")
        return
    unknown = set(gold) - TOP_KEYS
    if unknown:
        fail(name, f"unknown gold keys {sorted(unknown)}")
    missing = TOP_KEYS - set(gold)
    if missing:
        fail(name, f"missing gold keys {sorted(missing)}")
        return
    labels = gold["labels"]
    unknown = set(labels) - LABEL_KEYS
    if unknown:
        fail(name, f"unknown label keys {sorted(unknown)}")
    for key in ("health_policy", "kind", "tags", "regions"):
        if key not in labels:
            fail(name, f"missing label {key}")
            return
    if gold["lang"] not in ("zh", "en"):
        fail(name, f"bad lang {gold['lang']!r}")
    if gold["encoding"] not in CODECS and gold["encoding"] != "UTF-16LE":
        fail(name, f"bad encoding {gold['encoding']!r}")
    if labels["kind"] not in KINDS:
        fail(name, f"bad kind {labels['kind']!r}")
    if labels["health_policy"] != (labels["kind"] == "policy"):
        fail(name, "health_policy and kind disagree")
    for t in labels["tags"]:
        if t not in TAGS:
            fail(name, f"unknown tag {t!r}")
    if labels["kind"] == "policy" and not 1 <= len(labels["tags"]) <= 4:
        fail(name, "policy page needs 1-4 tags")
    if labels["kind"] != "policy" and labels["tags"]:
        fail(name, "tags on a non-policy page")
    if "published" in labels:
        try:
            datetime.date.fromisoformat(labels["published"])
        except (TypeError, ValueError):
            fail(name, f"published is not a date: {labels['published']!r}")
    for r in labels["regions"]:
        if not (re.fullmatch(r"[1-8]\d{5}", r) or re.fullmatch(r"[A-Z]{2}", r)) or r == "CN":
            fail(name, f"bad region {r!r}")

    title, body, chrome = gold["title"], gold["body"], gold["chrome"]
    if not title or not body:
        fail(name, "empty title or body")
    cbody = [collapse(b) for b in body]
    for c in chrome:
        cc = collapse(c)
        if cc in cbody or cc == collapse(title):
            fail(name, f"chrome line is also body/title: {c!r}")
        if nonws(cc) >= 10 and any(cc in b for b in cbody):
            fail(name, f"chrome line inside a body paragraph: {c!r}")
    if collapse(title) in cbody:
        fail(name, "title repeated as body")

    golds = [collapse(s) for s in [title, *body, *chrome]]
    if p["fmt"] == "txt":
        lines = [ln.strip() for ln in decoded.splitlines()]
        labelled = set(golds)
        for ln in lines:
            if ln and collapse(ln) not in labelled:
                fail(name, f"unlabelled line {ln!r}")
        present = {collapse(ln) for ln in lines if ln}
        for g in golds:
            if g not in present:
                fail(name, f"gold string not a line of the page: {g!r}")
    else:
        m = re.search(r"charset=[\"']?([\w-]+)", decoded, re.I)
        if not m or m.group(1).lower() not in {"UTF-8": {"utf-8"}, "GBK": {"gbk", "gb2312"}}.get(
                p["encoding"], {p["encoding"].lower()}):
            fail(name, f"declared charset {m and m.group(1)!r} does not match {p['encoding']}")
        v = Visible()
        v.feed(decoded)
        v.close()
        ordered = sorted(set(golds), key=len, reverse=True)
        for ln in v.lines:
            rest = ln
            for g in ordered:
                if g in rest:
                    rest = rest.replace(g, " ")
            if any(ch.isalnum() for ch in rest):
                fail(name, f"visible text not covered by gold: {ln!r} (left: {collapse(rest)!r})")
        for g in golds:
            if not any(g in ln for ln in v.lines):
                fail(name, f"gold string not in the visible text: {g!r}")


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------

def readme(rendered) -> str:
    n = len(PAGES)
    lang = {"zh": 0, "en": 0}
    fmt = {"html": 0, "txt": 0}
    enc: dict[str, int] = {}
    kinds: dict[str, int] = {}
    tags: dict[str, int] = {}
    crlf = sum(1 for p in PAGES if p["crlf"])
    nodate = [p["name"] for p in PAGES if not p["published"]]
    for p in PAGES:
        lang[p["name"].split("-")[1]] += 1
        fmt[p["fmt"]] += 1
        enc[p["encoding"]] = enc.get(p["encoding"], 0) + 1
        kinds[p["kind"]] = kinds.get(p["kind"], 0) + 1
        for t in p["tags"]:
            tags[t] = tags.get(t, 0) + 1
    neg = sum(v for k, v in kinds.items() if k not in ("policy", "other"))
    body_lines = sum(len(g["body"]) for _, g in rendered)
    chrome_lines = sum(len(g["chrome"]) for _, g in rendered)

    def fmtd(d, order=None):
        keys = order or sorted(d)
        return ", ".join(f"{k} {d[k]}" for k in keys if d.get(k))

    rows = "\n".join(
        f"| {p['name']} | {p['fmt']} | {p['encoding']}{' CRLF' if p['crlf'] else ''} | {p['kind']} | "
        f"{', '.join(p['tags']) or '–'} | {p['published'] or '–'} | {', '.join(p['regions']) or '–'} | {p['note']} |"
        for p in PAGES)
    return f"""# holdout19: a blind held-out set (one day of a health-policy monitor's inbox)

{n} invented pages imitating what a health-policy monitor's scrapers collect in one day:
Chinese provincial, city and county government sites, state media and their English
editions, a Hong Kong and a Taiwan site in traditional script, international agencies and
trade press. Long plans, one-paragraph news flashes, notices made mostly of fields and
tables, a Q&A interpretation (政策解读), and hard negatives that borrow official vocabulary.
Every page has a gold file in the format of `tests/corpus/README.md`.

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora. No content was copied from the web; sites, people, numbers
and phone numbers are invented.

Regenerate with `python3 scripts/make_holdout19.py` (it also checks its own output:
decoding, every line or visible text node labelled, every gold string present, gold
parses with no unknown keys).

## Counts

- pages: {n} — zh {lang['zh']} (2 in traditional script), en {lang['en']}
- format: HTML {fmt['html']}, scraper text {fmt['txt']}
- encodings: {fmtd(enc, list(CODECS))}; CRLF line ends: {crlf}
- kinds: {fmtd(kinds, KINDS)} — health policy {kinds.get('policy', 0)}, hard negatives {neg}, other {kinds.get('other', 0)}
- tags (policy pages): {fmtd(tags, TAGS)} — all {len(tags)} of {len(TAGS)} tags used
- pages without a full date (no `published`): {len(nodate)} — {', '.join(nodate)}
- gold lines: {body_lines} body paragraphs, {chrome_lines} chrome lines

## Labelling decisions (kept consistent across the set)

- Kickers, subtitles and standfirsts that carry content are body; section labels
  ("WORKFORCE", "文字解读", "Press Release") are chrome.
- Signature blocks and sign-off dates of notices, contact persons and hotline sentences
  inside an article, question headings of a Q&A, and table cells of a notice are body.
- Attachment download links, 政策解读/related links, the "完" end mark, photo credits,
  crawler stamps and site-wide "not medical advice" sentences are chrome.
- `published` is the page's own publication date: 发布日期 rather than 成文日期,
  "Published" rather than "Updated", a Minguo date converted (113-01-22 → 2024-01-22);
  never a crawl stamp, deadline, effective date or birth-date cut-off.
- Regions: the place the page is about, most specific level; a company release is about
  its dateline city; trial sites "across China" and places named in passing are not
  labelled; a national notice has none.

## Pages

| page | format | encoding | kind | tags | published | regions | notes |
|---|---|---|---|---|---|---|---|
{rows}
"""


# ---------------------------------------------------------------------------

def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.is_file():
            old.unlink()
    names = [p["name"] for p in PAGES]
    if len(set(names)) != len(names):
        print("duplicate page names", file=sys.stderr)
        return 1
    rendered = []
    for p in PAGES:
        if not re.fullmatch(r"h19-(zh|en)-\d\d-[a-z0-9-]+", p["name"]):
            fail(p["name"], "bad page name")
        text, g = render(p)
        rendered.append((p, g))
        path = OUT / f"{p['name']}.{p['fmt']}"
        try:
            path.write_bytes(text.encode(CODECS[p["encoding"]]))
        except UnicodeEncodeError as e:
            fail(p["name"], f"cannot encode as {p['encoding']}: {e}")
            continue
        gold_path = OUT / f"{p['name']}.gold.toml"
        gold_path.write_text(gold_toml(p, g), encoding="utf-8", newline="\n")
        check_page(p, path, gold_path, text)
    (OUT / "README.md").write_text(readme(rendered), encoding="utf-8", newline="\n")

    # set-level checks
    used = {t for p in PAGES for t in p["tags"]}
    if used != set(TAGS):
        ERRORS.append(f"set: tags not covered: {sorted(set(TAGS) - used)}")
    kinds = {p["kind"] for p in PAGES}
    for k in KINDS:
        if k not in kinds:
            ERRORS.append(f"set: kind {k} missing")
    if sum(1 for p in PAGES if not p["published"]) < 3:
        ERRORS.append("set: fewer than 3 pages without a date")
    if sum(1 for p in PAGES if p["fmt"] == "html") * 3 < len(PAGES):
        ERRORS.append("set: fewer than a third HTML")
    for e in ("GBK", "GB18030", "Big5", "UTF-8-BOM"):
        if not any(p["encoding"] == e for p in PAGES):
            ERRORS.append(f"set: no {e} page")
    if not any(p["crlf"] for p in PAGES):
        ERRORS.append("set: no CRLF page")

    if ERRORS:
        for e in ERRORS:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(ERRORS)} error(s)", file=sys.stderr)
        return 1
    print(f"wrote {len(PAGES)} pages + gold + README to {OUT.relative_to(ROOT)}; all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
