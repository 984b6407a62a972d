#!/usr/bin/env python3
"""Generate tests/holdout7: a blind held-out evaluation set for healthfeed.

Invented pages (never copied from the web) with gold labels in the format of
tests/corpus/README.md. The script checks its own output and exits non-zero on
any inconsistency. Regenerate with: python3 scripts/make_holdout7.py
"""
import os
import re
import sys
import tomllib
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "holdout7")

PAGES = []


def text_page(name, lang, encoding, lines, labels, crlf=False, source=None):
    PAGES.append(dict(name=name, lang=lang, encoding=encoding, kind="txt", lines=lines,
                      labels=labels, crlf=crlf, source=source))


def html_page(name, lang, encoding, html, title, body, chrome, labels, source=None):
    PAGES.append(dict(name=name, lang=lang, encoding=encoding, kind="html", html=html,
                      title=title, body=body, chrome=chrome, labels=labels, source=source))


def L(policy, kind, tags, regions, published=None):
    return dict(health_policy=policy, kind=kind, tags=tags, regions=regions, published=published)


T, B, C = "T", "B", "C"

# ---------------------------------------------------------------- zh-01 county portal, text
text_page("h7-zh-01-jinyun-elderly-canteen", "zh", "UTF-8", [
    (C, "缙云县人民政府  政务服务  政务公开  互动交流  走进缙云"),
    (C, "无障碍浏览  长者模式  繁體版"),
    (C, "当前位置：首页 > 政务公开 > 部门动态 > 县民政局"),
    (T, "我县出台老年助餐服务提升三年行动方案"),
    (C, "发布日期：2024年5月10日  信息来源：县民政局  浏览次数：1,286  【字体：大 中 小】"),
    (B, "近日，县民政局、县卫生健康局、县财政局联合印发《缙云县老年助餐服务提升三年行动方案（2024—2026年）》，明确到2026年底全县建成老年食堂（助餐点）210个，实现城乡社区助餐服务全覆盖。"),
    (B, "方案提出，对年满80周岁的本地户籍老年人、低保低边家庭老年人和失能老年人，每餐分别给予3元至5元不等的助餐补贴，补贴资金由县、乡两级财政按7:3比例承担。"),
    (B, "一是推进“中心厨房+助餐点+送餐上门”模式，在壶镇、新建、东渡等中心镇建设中心厨房；"),
    (B, "二是依托乡镇卫生院和村卫生室，为在助餐点就餐的老年人提供血压测量、健康咨询等服务，推动助餐与医养结合服务衔接；"),
    (B, "三是将助餐点纳入“浙里康养”平台统一管理，老年人可凭社保卡或刷脸就餐。"),
    (B, "方案自2024年6月1日起施行。对行动不便的独居老人，各乡镇（街道）要组织志愿者每周至少上门探访一次。"),
    (B, "咨询电话：0578-3123456（县民政局养老服务科）"),
    (C, "【打印本页】 【关闭窗口】 【收藏】"),
    (C, "上一篇：县政协调研我县残疾人托养服务工作"),
    (C, "下一篇：关于2024年度县级福彩公益金项目申报的通知"),
    (C, "主办：缙云县人民政府办公室  承办：缙云县大数据发展中心"),
    (C, "网站标识码：3311220001  浙ICP备05012345号-1  浙公网安备 33112202000123号"),
    (C, "建议使用1366*768以上分辨率浏览本站"),
], L(True, "policy", ["elderly-care", "primary-care"], ["331122"], "2024-05-10"))

# ---------------------------------------------------------------- zh-02 WeChat scrape, no full date
text_page("h7-zh-02-wechat-taizhou-dip", "zh", "UTF-8", [
    (C, "URL: https://mp.weixin.qq.com/s/Xk3vQ8nTz2mLp0aRb7cD1w"),
    (C, "[Scraped at 2024-03-22 09:14:07]"),
    (T, "DIP付费改革两周年，泰州医保交出这份“成绩单”"),
    (C, "原创 泰州医保 泰州医保 3月19日 18:30 江苏"),
    (B, "2022年起，我市在全市二级以上定点医疗机构全面推行按病种分值付费（DIP），实现住院费用DIP结算全覆盖。两年来，全市住院患者次均费用下降6.2%，个人负担比例下降2.4个百分点。"),
    (C, "图片来源：泰州市医疗保障局"),
    (B, "市医保局相关负责人介绍，今年将重点做好三件事："),
    (B, "1. 动态调整病种分值，将新技术、新项目纳入除外支付范围，支持医疗机构开展新技术；"),
    (B, "2. 建立“结余留用、合理超支分担”机制，结余部分按70%留用给医疗机构；"),
    (B, "3. 推进医保基金智能监管，对高套分值、分解住院等违规行为开展专项治理。"),
    (B, "靖江市人民医院院长刘建国表示，DIP改革倒逼医院从“规模扩张”转向“提质增效”，医院药占比和耗材占比均明显下降。"),
    (C, "▼ 相关阅读"),
    (C, "泰州出台门诊共济保障实施细则，这些变化与你有关"),
    (B, "市民如对DIP结算有疑问，可拨打医保服务热线12393咨询，或关注“泰州医保”微信公众号在线留言。"),
    (C, "来源：泰州市医疗保障局"),
    (C, "编辑：王晓雯  审核：陈立"),
    (C, "长按识别二维码 关注我们"),
    (C, "阅读原文"),
    (C, "分享 收藏 在看 点赞"),
    (C, "--- end of page ---"),
], L(True, "policy", ["medical-insurance", "medical-reform"], ["321200"]))

# ---------------------------------------------------------------- zh-03 national Q&A, GBK HTML, table layout
html_page("h7-zh-03-nhsa-vbp-qa-gbk", "zh", "GBK", """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>一图读懂｜第九批国家组织药品集采十问十答_政策解读_国家医疗保障局</title>
<meta name="ArticleTitle" content="第九批国家组织药品集中带量采购十问十答">
<meta name="PubDate" content="2023-11-21 10:32">
<meta name="ContentSource" content="国家医疗保障局">
<link rel="stylesheet" href="/images/zwgk.css" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.7.2.min.js"></script>
<style>.zw_con{font-size:16px;line-height:30px}</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top_bg">
<tr><td class="logo"><img src="/images/logo.png" alt="国家医疗保障局"></td>
<td class="top_lj"><a href="/">首页</a><a href="/col/col1/">机构</a><a href="/col/col2/">新闻</a><a href="/col/col104/">政策法规</a><a href="/col/col109/">政策解读</a><a href="/col/col111/">互动</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="dqwz">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col109/">政策解读</a></td></tr>
<tr><td class="bt_title"><h2>第九批国家组织药品集中带量采购十问十答</h2></td></tr>
<tr><td class="bt_fbsj">发布时间：2023-11-21 10:32 &nbsp;&nbsp;来源：医药价格和招标采购司 &nbsp;&nbsp;<span id="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></td></tr>
<tr><td class="zw_con">
<p><strong>问：本次集采覆盖哪些药品？</strong></p>
<p>答：第九批国家组织药品集采共纳入41个品种，涵盖抗感染、抗过敏、抗肿瘤、心血管疾病等治疗领域，其中包括多个儿童常用药和急抢救药。</p>
<p><strong>问：患者什么时候能用上中选药品？</strong></p>
<p>答：预计2024年3月起，全国患者可陆续用上本次集采中选药品。各地医保部门将在执行前做好中选结果落地各项准备工作。</p>
<p><strong>问：价格降了，质量有保障吗？</strong></p>
<p>答：中选的仿制药均已通过质量和疗效一致性评价。国家药监局将对中选药品开展全覆盖抽检，对中选企业开展全覆盖检查。</p>
<p><strong>问：医疗机构如何执行？</strong></p>
<p>答：医保基金对中选药品按中选价格支付，对医疗机构实行“结余留用”激励，医疗机构应优先配备使用中选药品，不得以费用控制、药占比等为由影响中选药品的合理使用。</p>
<p style="text-align:center"><img src="/picture/0/2311211032.jpg" /></p>
<p style="text-align:center;color:#666">（图：国家医保局医药价格和招标采购司 制图）</p>
<p>此外，群众如发现医疗机构未按规定执行中选结果，可拨打12393医保服务热线反映。</p>
</td></tr>
<tr><td class="fj">附件：<a href="/attach/0/ff8080818bde.pdf">第九批国家组织药品集采中选结果.pdf</a></td></tr>
<tr><td class="dy"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></td></tr>
</table>
<table width="1000" border="0" align="center" class="xgwz">
<tr><td><b>相关文章</b></td></tr>
<tr><td><a href="/art/2023/11/6/art_14_11501.html">国家组织药品联合采购办公室关于公布第九批国家组织药品集采拟中选结果的通知</a></td></tr>
<tr><td><a href="/art/2023/10/30/art_14_11466.html">国家医保局有关负责人就医保药品目录调整答记者问</a></td></tr>
</table>
<table width="1000" border="0" align="center" class="foot">
<tr><td>版权所有：国家医疗保障局 &nbsp; 地址：北京市西城区月坛北小街2号</td></tr>
<tr><td>京ICP备18054012号 &nbsp; <img src="/images/ga.png"> 京公网安备 11010202008888号</td></tr>
<tr><td>网站标识码：bm95000001 &nbsp; 网站支持IPv6</td></tr>
</table>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?a1b2";})();</script>
</body>
</html>
""",
    "第九批国家组织药品集中带量采购十问十答",
    ["问：本次集采覆盖哪些药品？",
     "答：第九批国家组织药品集采共纳入41个品种，涵盖抗感染、抗过敏、抗肿瘤、心血管疾病等治疗领域，其中包括多个儿童常用药和急抢救药。",
     "问：患者什么时候能用上中选药品？",
     "答：预计2024年3月起，全国患者可陆续用上本次集采中选药品。各地医保部门将在执行前做好中选结果落地各项准备工作。",
     "问：价格降了，质量有保障吗？",
     "答：中选的仿制药均已通过质量和疗效一致性评价。国家药监局将对中选药品开展全覆盖抽检，对中选企业开展全覆盖检查。",
     "问：医疗机构如何执行？",
     "答：医保基金对中选药品按中选价格支付，对医疗机构实行“结余留用”激励，医疗机构应优先配备使用中选药品，不得以费用控制、药占比等为由影响中选药品的合理使用。",
     "此外，群众如发现医疗机构未按规定执行中选结果，可拨打12393医保服务热线反映。"],
    ["首页", "机构", "新闻", "政策法规", "政策解读", "互动",
     "您现在的位置：首页 > 政策解读",
     "发布时间：2023-11-21 10:32 来源：医药价格和招标采购司 字号：大 中 小",
     "（图：国家医保局医药价格和招标采购司 制图）",
     "附件：第九批国家组织药品集采中选结果.pdf",
     "【打印】", "【关闭】",
     "相关文章",
     "国家组织药品联合采购办公室关于公布第九批国家组织药品集采拟中选结果的通知",
     "国家医保局有关负责人就医保药品目录调整答记者问",
     "版权所有：国家医疗保障局 地址：北京市西城区月坛北小街2号",
     "京ICP备18054012号 京公网安备 11010202008888号",
     "网站标识码：bm95000001 网站支持IPv6"],
    L(True, "policy", ["drug-policy", "medical-insurance"], [], "2023-11-21"))

# ---------------------------------------------------------------- zh-04 Hong Kong press release, Big5 text
text_page("h7-zh-04-hk-school-hpv-big5", "zh", "Big5", [
    (C, "香港特別行政區政府 新聞公報"),
    (C, "English | 繁體 | 簡體"),
    (T, "衛生署明年起將九價疫苗接種擴展至中二女生"),
    (B, "衛生署今日（九月二日）宣布，由2025/26學年起，「香港兒童免疫接種計劃」下的人類乳頭瘤病毒（HPV）疫苗接種，將由現時的小五及小六女生擴展至中二女生的補種，並改用九價疫苗。"),
    (B, "衛生署衛生防護中心總監表示，接種HPV疫苗是預防子宮頸癌最有效的方法之一。過去五年，小五女生首劑接種率維持在九成以上，但仍有部分學童因病或其他原因未能完成兩劑接種。"),
    (B, "衛生署學童疫苗接種小組將於本學年內到訪全港約四百五十間中學，為合資格學生免費接種。家長須於2024年10月31日前透過學校交回同意書。"),
    (B, "市民如有查詢，可於辦公時間致電衛生署熱線2125 2125。"),
    (C, "完"),
    (C, "2024年9月2日（星期一）"),
    (C, "香港時間16時45分"),
    (C, "今日新聞 | 新聞公報 | 相片 | 網誌"),
    (C, "重要告示 | 私隱政策 | 版權告示"),
    (C, "本網站由政府新聞處管理"),
], L(True, "policy", ["public-health", "maternal-child"], ["810000"], "2024-09-02"))

# ---------------------------------------------------------------- zh-05 tender result, GB18030 text (app repost)
text_page("h7-zh-05-fuzhou-hospital-tender-gb18030", "zh", "GB18030", [
    (C, "抚州公共资源交易网"),
    (T, "抚州市第一人民医院全院智慧病房信息化建设项目中标（成交）结果公告"),
    (C, "首页 / 交易信息 / 政府采购 / 中标（成交）公告"),
    (T, "抚州市第一人民医院全院智慧病房信息化建设项目中标（成交）结果公告"),
    (C, "发布日期：2024.01.15  阅读：433"),
    (B, "一、项目编号：FZCG2023-G-1187"),
    (B, "二、项目名称：抚州市第一人民医院全院智慧病房信息化建设项目"),
    (B, "三、中标（成交）信息"),
    (B, "供应商名称：江西赣医信息科技有限公司  供应商地址：南昌市红谷滩区丽景路88号  中标（成交）金额：3,268,000.00元"),
    (B, "四、主要标的信息：智慧病房交互终端、护理信息系统、移动护理推车等，详见采购文件。"),
    (B, "五、评审专家名单：李明远、张秀珍、吴䶮、黄建平、刘芳（采购人代表）"),
    (B, "六、公告期限：自本公告发布之日起1个工作日。供应商对中标结果有异议的，可在2024年1月22日前以书面形式提出质疑。"),
    (B, "七、采购人信息：抚州市第一人民医院，联系人：彭工，联系电话：0794-8201234"),
    (C, "【我要打印】【关闭】"),
    (C, "温馨提示：本网站所载信息由采购人或代理机构提供，其真实性、合法性由信息发布人负责，本网站不承担任何法律责任。"),
    (C, "赣ICP备12003456号  技术支持：江西省公共资源交易集团"),
], L(False, "tender", [], ["361000"], "2024-01-15"))

# ---------------------------------------------------------------- zh-06 aggregator repost, economy, CRLF
text_page("h7-zh-06-suzhou-anhui-investment-fair", "zh", "UTF-8", [
    (C, "网易首页 > 网易号 > 正文"),
    (C, "申请入驻"),
    (T, "宿州市2022年秋季招商引资推介会签约项目87个 总投资512亿元"),
    (C, "2022/9/1 17:26:03 来源：宿州发布"),
    (C, "举报"),
    (B, "8月31日，宿州市2022年秋季招商引资推介会在合肥举行。市委、市政府主要负责同志出席并推介宿州投资环境。"),
    (B, "本次推介会共签约项目87个，总投资512亿元，涉及新材料、高端装备制造、绿色食品、现代物流等领域，其中超10亿元项目19个。"),
    (B, "推介会上，宿州高新区、宿马园区等重点园区作了专题推介，重点介绍了土地、用能、人才等方面的优惠政策。"),
    (B, "会议指出，要坚持“项目为王”，全力抓好签约项目落地转化，做到签约一批、开工一批、投产一批。此次签约项目中还包括一个医疗器械生产项目。"),
    (C, "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。"),
    (C, "热点推荐"),
    (C, "安徽高考录取分数线公布，一本线较去年有所下降"),
    (C, "打开网易新闻 查看更多精彩"),
], L(False, "economy", [], ["341300"], "2022-09-01"), crlf=True)

# ---------------------------------------------------------------- zh-07 hospital recruitment, HTML modern-ish div soup
html_page("h7-zh-07-suzhou-hospital-recruitment", "zh", "UTF-8", """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>苏州市立医院2022年公开招聘备案制工作人员公告-人才招聘-苏州市立医院</title>
<meta name="keywords" content="苏州市立医院,招聘,备案制">
<meta property="og:title" content="苏州市立医院2022年公开招聘备案制工作人员公告">
<link rel="stylesheet" href="/static/css/main.css?v=20220301">
<script src="/static/js/swiper.min.js"></script>
</head>
<body>
<div class="tou">
  <div class="tou_l"><a href="/"><img src="/static/img/logo.png" alt="苏州市立医院"></a></div>
  <div class="tou_r"><a href="/yyzn/">就医指南</a><a href="/ksdh/">科室导航</a><a href="/zjjs/">专家介绍</a><a href="/xwzx/">新闻中心</a><a href="/rczp/">人才招聘</a></div>
</div>
<div class="wz_main">
  <div class="zuobian">
    <div class="zb_tit">人才招聘</div>
    <ul><li><a href="/rczp/zpgg/">招聘公告</a></li><li><a href="/rczp/jxjy/">进修培训</a></li><li><a href="/rczp/gsgg/">公示公告</a></li></ul>
  </div>
  <div class="youbian">
    <div class="dqwz">当前位置：<a href="/">首页</a>-&gt;<a href="/rczp/">人才招聘</a>-&gt;招聘公告</div>
    <div class="nr_bt">苏州市立医院2022年公开招聘备案制工作人员公告</div>
    <div class="nr_xx"><span>Addtime:2022-05-13</span><span>点击：3021</span></div>
    <div class="nr_zw">
      <p>根据《事业单位公开招聘人员暂行规定》和苏州市卫生健康委员会有关要求，经研究，我院决定面向社会公开招聘备案制工作人员65名。现将有关事项公告如下：</p>
      <p>一、招聘岗位：临床医师32名、护理人员25名、医技人员8名，具体岗位及条件见附件《招聘岗位简介表》。</p>
      <p>二、报名时间：2022年5月16日至5月25日，报名采取网上报名方式，不接受现场报名。</p>
      <p>三、招聘程序：资格审查、笔试、面试、体检、考察、公示、聘用。笔试成绩与面试成绩分别按40%、60%计入总成绩。</p>
      <p>四、待遇：聘用人员实行备案制管理，享受与在编人员同等薪酬待遇，按规定参加社会保险和住房公积金。</p>
      <p>咨询电话：0512-62360000（人事处）</p>
      <p>苏州市立医院</p>
      <p>2022年5月13日</p>
    </div>
    <div class="fj_list">附件下载：<a href="/uploads/2022/05/gwb.xlsx">招聘岗位简介表.xlsx</a></div>
    <div class="sx_p"><p>上一条：<a href="/rczp/zpgg/1203.html">苏州市立医院2022年规范化培训住院医师招收简章</a></p><p>下一条：没有了</p></div>
  </div>
</div>
<div class="weibu">
  <div class="wb_ewm"><img src="/static/img/ewm.jpg"><p>扫一扫 关注医院服务号</p><p>预约挂号 报告查询</p></div>
  <div class="wb_xx"><p>地址：苏州市姑苏区道前街26号  邮编：215002</p><p>Copyright © 2022 苏州市立医院 All Rights Reserved  苏ICP备11008765号</p></div>
</div>
<script>$(function(){$('.banner').swiper();});</script>
</body>
</html>
""",
    "苏州市立医院2022年公开招聘备案制工作人员公告",
    ["根据《事业单位公开招聘人员暂行规定》和苏州市卫生健康委员会有关要求，经研究，我院决定面向社会公开招聘备案制工作人员65名。现将有关事项公告如下：",
     "一、招聘岗位：临床医师32名、护理人员25名、医技人员8名，具体岗位及条件见附件《招聘岗位简介表》。",
     "二、报名时间：2022年5月16日至5月25日，报名采取网上报名方式，不接受现场报名。",
     "三、招聘程序：资格审查、笔试、面试、体检、考察、公示、聘用。笔试成绩与面试成绩分别按40%、60%计入总成绩。",
     "四、待遇：聘用人员实行备案制管理，享受与在编人员同等薪酬待遇，按规定参加社会保险和住房公积金。",
     "咨询电话：0512-62360000（人事处）",
     "苏州市立医院",
     "2022年5月13日"],
    ["就医指南", "科室导航", "专家介绍", "新闻中心", "人才招聘",
     "招聘公告", "进修培训", "公示公告",
     "当前位置：首页->人才招聘->招聘公告",
     "Addtime:2022-05-13", "点击：3021",
     "附件下载：招聘岗位简介表.xlsx",
     "上一条：苏州市立医院2022年规范化培训住院医师招收简章", "下一条：没有了",
     "扫一扫 关注医院服务号", "预约挂号 报告查询",
     "地址：苏州市姑苏区道前街26号 邮编：215002",
     "Copyright © 2022 苏州市立医院 All Rights Reserved 苏ICP备11008765号"],
    L(False, "job-ad", [], ["320500"], "2022-05-13"))

# ---------------------------------------------------------------- en-01 machine-translated Suzhou page, UTF-8 BOM text
text_page("h7-en-01-mt-suzhou-family-doctor", "en", "UTF-8-BOM", [
    (C, "Suzhou Municipal People's Government  |  中文  |  日本語"),
    (C, "You are here: Home > Government Information > Health"),
    (T, "Health Suzhou: our city grasps the implementation of family doctor contract service to benefit the masses"),
    (C, "Release time: 2023/07/06  Source: Municipal Health and Health Committee  Views: 218"),
    (B, "In order to further deepen the family doctor contract service, the Municipal Health and Health Committee recently issued the \"Suzhou Family Doctor Contract Service Quality Improvement Work Plan\", requiring that by the end of 2023 the contract coverage rate of key populations in the city reaches more than 80%."),
    (B, "The plan makes clear that community health service centers and township health centers are the main position of contract service. Each family doctor team is composed of general practitioners, community nurses and public health personnel, and the number of contracted residents per team shall not exceed 2,000 people."),
    (B, "For the hypertension and diabetes patients among the masses, family doctor teams shall provide at least four follow-up visits per year, and the medicine of chronic disease can be prescribed for long prescription up to 12 weeks."),
    (B, "The plan also encourages to add traditional Chinese medicine health management in the service package. Contracted residents over 65 years old can enjoy TCM constitution identification once a year and moxibustion, cupping and other appropriate TCM technology at the community."),
    (B, "The masses can sign through the \"Health Suzhou Palm Cloud\" APP or go to the nearby community health service center."),
    (C, "[Print]  [Close]  [Font: A+ A A-]"),
    (C, "Related links: Suzhou issues implementation opinions on promoting high-quality development of public hospitals"),
    (C, "Disclaimer: The English version is translated by machine for reference only. In case of any discrepancy, the Chinese version shall prevail."),
    (C, "Copyright © Suzhou Municipal People's Government. All Rights Reserved. 苏ICP备10218193号"),
], L(True, "policy", ["primary-care", "chronic-disease", "tcm"], ["320500"], "2023-07-06"))

# ---------------------------------------------------------------- en-02 English edition, modern HTML with meta date
html_page("h7-en-02-chengdu-internet-hospital", "en", "UTF-8", """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<title>Chengdu hospitals go online to cut queues | China Daily</title>
<meta name="description" content="Sichuan's capital now has 46 internet hospitals, with follow-up visits reimbursed by medical insurance.">
<meta property="og:title" content="Chengdu hospitals go online to cut queues">
<meta property="article:published_time" content="2023-03-03T08:00:00+08:00">
<meta name="twitter:card" content="summary_large_image">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<div id="cookie-bar">We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. <button>Accept</button></div>
<header class="site-header">
  <nav><ul><li><a href="/china">China</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/life">Lifestyle</a></li><li><a href="/regional">Regional</a></li></ul></nav>
  <a class="app" href="/app">Download the app</a>
</header>
<main>
<article>
  <div class="breadcrumb"><a href="/">Home</a> » <a href="/regional">Regional</a> » <a href="/regional/sichuan">Sichuan</a></div>
  <p class="kicker">DIGITAL HEALTH</p>
  <h1>Chengdu's internet hospitals let patients skip the queue</h1>
  <p class="standfirst">Online follow-up visits are now covered by medical insurance in Sichuan's capital</p>
  <div class="byline">By Huang Zhiling in Chengdu | Updated: 2023-03-03 08:00</div>
  <div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">WeChat</a></div>
  <figure><img src="/img/2023/03/03/chengdu.jpg" alt=""><figcaption>A doctor at West China Hospital consults a patient by video in Chengdu on Thursday. [Photo by Li Hanyu/For China Daily]</figcaption></figure>
  <p>Chengdu, capital of Sichuan province, now has 46 internet hospitals attached to brick-and-mortar medical institutions, the city's health commission said on Thursday.</p>
  <p>Patients with chronic conditions can book follow-up consultations by video, have prescriptions reviewed online by a pharmacist and receive medicine by courier within a day, said Zhou Ming, deputy director of the Chengdu Municipal Health Commission.</p>
  <p>Since January, fees for online follow-up visits have been settled directly with the city's basic medical insurance, in the same way as outpatient visits.</p>
  <p class="ad">Advertisement</p>
  <p>The city plans to link the electronic health records of all 23 districts and counties by the end of 2024, and to build three regional medical centers in the eastern new area, Zhou said.</p>
  <p>Construction of a 1,200-bed national regional medical center in the eastern new area, run jointly with West China Hospital of Sichuan University, is due to finish next year. The city will also add 3,000 beds at district-level public hospitals by 2025 to ease pressure on its top hospitals.</p>
  <p>"A patient in Jianyang no longer needs to take a two-hour trip to see a specialist for a repeat prescription," he said.</p>
</article>
<aside class="most-viewed">
  <h3>Most viewed</h3>
  <ol><li><a href="/a/1">Giant pandas return to Chengdu base after loan ends</a></li><li><a href="/a/2">Sichuan hotpot chain opens its first store in London</a></li><li><a href="/a/3">Spring travel rush sees record rail trips in Southwest China</a></li></ol>
</aside>
</main>
<footer>
  <p><a href="/about">About China Daily</a> <a href="/contact">Contact us</a> <a href="/terms">Terms of use</a></p>
  <p>Copyright 1995 - 2023. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). Without written authorization from CDIC, such content shall not be republished or used in any form.</p>
</footer>
</body>
</html>
""",
    "Chengdu's internet hospitals let patients skip the queue",
    ["Online follow-up visits are now covered by medical insurance in Sichuan's capital",
     "Chengdu, capital of Sichuan province, now has 46 internet hospitals attached to brick-and-mortar medical institutions, the city's health commission said on Thursday.",
     "Patients with chronic conditions can book follow-up consultations by video, have prescriptions reviewed online by a pharmacist and receive medicine by courier within a day, said Zhou Ming, deputy director of the Chengdu Municipal Health Commission.",
     "Since January, fees for online follow-up visits have been settled directly with the city's basic medical insurance, in the same way as outpatient visits.",
     "The city plans to link the electronic health records of all 23 districts and counties by the end of 2024, and to build three regional medical centers in the eastern new area, Zhou said.",
     "Construction of a 1,200-bed national regional medical center in the eastern new area, run jointly with West China Hospital of Sichuan University, is due to finish next year. The city will also add 3,000 beds at district-level public hospitals by 2025 to ease pressure on its top hospitals.",
     "\"A patient in Jianyang no longer needs to take a two-hour trip to see a specialist for a repeat prescription,\" he said."],
    ["We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
     "Accept",
     "China", "World", "Business", "Lifestyle", "Regional",
     "Download the app",
     "Home » Regional » Sichuan",
     "DIGITAL HEALTH",
     "By Huang Zhiling in Chengdu | Updated: 2023-03-03 08:00",
     "Facebook", "X", "LinkedIn", "WeChat",
     "A doctor at West China Hospital consults a patient by video in Chengdu on Thursday. [Photo by Li Hanyu/For China Daily]",
     "Advertisement",
     "Most viewed",
     "Giant pandas return to Chengdu base after loan ends",
     "Sichuan hotpot chain opens its first store in London",
     "Spring travel rush sees record rail trips in Southwest China",
     "About China Daily", "Contact us", "Terms of use",
     "Copyright 1995 - 2023. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). Without written authorization from CDIC, such content shall not be republished or used in any form."],
    L(True, "policy", ["digital-health", "medical-insurance", "hospital-development"], ["510100"], "2023-03-03"),
    source="China Daily")

# ---------------------------------------------------------------- en-03 international agency, text
text_page("h7-en-03-who-nurse-migration-code", "en", "UTF-8", [
    (C, "World Health Organization"),
    (C, "Health Topics  Countries  Newsroom  Emergencies  Data  About WHO"),
    (C, "Home / Newsroom / Detail / News"),
    (T, "WHO updates list of countries needing safeguards against active recruitment of health workers"),
    (C, "12 March 2024  |  News release  |  Geneva"),
    (C, "Reading time: 2 min (560 words)"),
    (B, "WHO today published an updated Health Workforce Support and Safeguards List, naming 55 countries whose health workforce density falls below the global median and where international recruitment of nurses and doctors should not be actively pursued."),
    (B, "Countries on the list are not barred from having their health workers migrate. Instead, governments and recruitment agencies in destination countries are asked to avoid active recruitment unless it is covered by a government-to-government agreement that benefits the health system of the source country."),
    (B, "\"Every nurse recruited from a country already short of nurses leaves a gap that is felt in a rural clinic or a maternity ward,\" said the Director of WHO's Health Workforce Department."),
    (B, "The list will next be reviewed in 2027. Member States are invited to report on implementation of the Global Code of Practice on the International Recruitment of Health Personnel by 31 May 2025."),
    (C, "Related"),
    (C, "Global strategy on human resources for health: Workforce 2030"),
    (C, "Fact sheet: Nursing and midwifery"),
    (C, "Media Contacts"),
    (C, "WHO Media Team  mediainquiries@who.int"),
    (C, "Subscribe to our newsletters →"),
    (C, "Privacy  Terms of use  Report misconduct  © 2024 WHO"),
], L(True, "policy", ["health-workforce"], [], "2024-03-12"), source=None)

# ---------------------------------------------------------------- en-04 MT English city site, HTML with layout tables/divs
html_page("h7-en-04-mt-lishui-healthy-city-industry", "en", "UTF-8", """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Lishui Accelerates the Construction of Healthy City and Big Health Industry_Lishui News_Lishui Municipal People's Government</title>
<meta name="PubDate" content="2024-03-08">
<link href="/en/css/style.css" rel="stylesheet">
</head>
<body>
<div class="top"><div class="lang"><a href="/">中文版</a> | <a href="/en/">English</a></div><div class="search"><input type="text" value="Search"><a href="#">GO</a></div></div>
<div class="menu"><a href="/en/">HOME</a><a href="/en/news/">NEWS</a><a href="/en/gov/">GOVERNMENT</a><a href="/en/invest/">INVESTMENT</a><a href="/en/travel/">TRAVEL</a></div>
<div class="main">
<div class="weizhi">Position: <a href="/en/">Home</a> &gt;&gt; <a href="/en/news/">Lishui News</a></div>
<div class="xl_title">Lishui Accelerates the Construction of Healthy City and Big Health Industry</div>
<div class="xl_info">Date: Mar. 8, 2024 &nbsp; Source: Lishui Daily &nbsp; Author: Ye Qing</div>
<div class="xl_con">
<p>&nbsp;&nbsp;On March 6, Lishui City held the healthy Lishui construction work promotion meeting, deploying the tasks of this year's Healthy China action and the creation of national healthy city.</p>
<p>&nbsp;&nbsp;The meeting pointed out that Lishui should adhere to the concept of "great health", integrate health into all policies, and strive to make the national health city assessment rank in the forefront of the province in 2024. Patriotic health campaign will carry out in all towns and streets, focusing on the improvement of rural toilets and the environment of farmers' markets.</p>
<p>&nbsp;&nbsp;At the same time, Lishui will grasp the big health industry as a new growth engine. Relying on the ecological advantages of "Lishui mountain and water", the Lishui Health Industry Park in Liandu District will introduce biological medicine, health food and rehabilitation equipment enterprises, with the output value of the health industry reaching 30 billion yuan by 2025.</p>
<p>&nbsp;&nbsp;Wu Xiaodong, Vice Mayor of Lishui City</p>
<p>&nbsp;&nbsp;attended the meeting and made a speech, requiring all departments to strengthen responsibility and grasp the implementation, so that the masses have more sense of gain.</p>
</div>
<div class="share">Share to: <a href="#">WeChat</a> <a href="#">Weibo</a></div>
<table class="sxp" width="100%"><tr><td>Previous: <a href="/en/news/2024/0307/1.html">Jinyun hosts Yellow Emperor memorial ceremony</a></td><td>Next: <a href="/en/news/2024/0309/2.html">Lishui launches spring tea picking season</a></td></tr></table>
</div>
<div class="foot">
<p>Sponsored by: Lishui Municipal People's Government Office &nbsp; Undertaken by: Lishui Big Data Development Administration</p>
<p>Zhejiang ICP No. 05001234 &nbsp; Zhejiang Public Network Security No. 33110202000188</p>
</div>
</body>
</html>
""",
    "Lishui Accelerates the Construction of Healthy City and Big Health Industry",
    ["On March 6, Lishui City held the healthy Lishui construction work promotion meeting, deploying the tasks of this year's Healthy China action and the creation of national healthy city.",
     "The meeting pointed out that Lishui should adhere to the concept of \"great health\", integrate health into all policies, and strive to make the national health city assessment rank in the forefront of the province in 2024. Patriotic health campaign will carry out in all towns and streets, focusing on the improvement of rural toilets and the environment of farmers' markets.",
     "At the same time, Lishui will grasp the big health industry as a new growth engine. Relying on the ecological advantages of \"Lishui mountain and water\", the Lishui Health Industry Park in Liandu District will introduce biological medicine, health food and rehabilitation equipment enterprises, with the output value of the health industry reaching 30 billion yuan by 2025.",
     "Wu Xiaodong, Vice Mayor of Lishui City",
     "attended the meeting and made a speech, requiring all departments to strengthen responsibility and grasp the implementation, so that the masses have more sense of gain."],
    ["中文版", "English", "GO",
     "HOME", "NEWS", "GOVERNMENT", "INVESTMENT", "TRAVEL",
     "Position: Home >> Lishui News",
     "Date: Mar. 8, 2024 Source: Lishui Daily Author: Ye Qing",
     "Share to: WeChat Weibo",
     "Previous: Jinyun hosts Yellow Emperor memorial ceremony",
     "Next: Lishui launches spring tea picking season",
     "Sponsored by: Lishui Municipal People's Government Office Undertaken by: Lishui Big Data Development Administration",
     "Zhejiang ICP No. 05001234 Zhejiang Public Network Security No. 33110202000188"],
    L(True, "policy", ["healthy-city", "health-industry", "public-health"], ["331100"], "2024-03-08"),
    source="Lishui Daily")

# ---------------------------------------------------------------- en-05 pharma earnings press release, CRLF text
text_page("h7-en-05-hangzhou-pharma-earnings", "en", "UTF-8", [
    (C, "PR Newswire  |  Health  |  Pharmaceuticals"),
    (C, "News provided by Qiantang BioPharma Co., Ltd."),
    (T, "Qiantang BioPharma Reports Full-Year 2023 Results; Revenue from Centrally Procured Products Rises 18%"),
    (C, "March 28, 2024, 07:00 ET"),
    (B, "HANGZHOU, China, March 28, 2024 -- Qiantang BioPharma Co., Ltd. (SSE: 688xxx), a Hangzhou-based maker of generic and innovative medicines, today announced its financial results for the fiscal year ended December 31, 2023."),
    (B, "Total revenue reached RMB 4.12 billion, up 9.6% year over year. Net profit attributable to shareholders was RMB 612 million, up 4.1%."),
    (B, "Revenue from products selected in national volume-based procurement rounds grew 18% on higher volumes, partly offsetting price cuts of 45% to 60% on the selected products. Two products won bids in the ninth national procurement round, with supply starting in the second quarter of 2024."),
    (B, "R&D expenses were RMB 538 million, or 13.1% of revenue. The company's GLP-1 candidate QT-207 entered Phase III in the fourth quarter."),
    (B, "The board proposed a final dividend of RMB 0.15 per share."),
    (B, "About Qiantang BioPharma"),
    (B, "Qiantang BioPharma, founded in 2004 and headquartered in Hangzhou, Zhejiang, develops, manufactures and sells medicines for cardiovascular, metabolic and respiratory diseases. Its products are sold in more than 30 countries."),
    (C, "Forward-Looking Statements"),
    (C, "This press release contains forward-looking statements within the meaning of applicable securities laws, which are subject to risks and uncertainties that could cause actual results to differ materially; the company undertakes no obligation to update them."),
    (C, "Media contact: Lina Zhou, ir@qiantangbio.example, +86 571 8888 0000"),
    (C, "SOURCE Qiantang BioPharma Co., Ltd."),
    (C, "Related Links"),
    (C, "http://www.qiantangbio.example"),
], L(False, "earnings", [], ["330100"], "2024-03-28"), crlf=True)

# ---------------------------------------------------------------- en-06 trial result, news app, no full date
text_page("h7-en-06-diabetes-trial-app", "en", "UTF-8", [
    (C, "Open in app  |  Sign in"),
    (C, "HEALTH & SCIENCE"),
    (T, "Once-weekly insulin matches daily shots in Chinese phase 3 trial"),
    (C, "Yesterday (March 19) · 4 min read"),
    (C, "By Sarah Chen, health correspondent"),
    (B, "A once-weekly basal insulin developed by a Shanghai drugmaker lowered blood sugar as well as a daily injection in adults with type 2 diabetes, according to phase 3 results presented at a diabetes meeting in Beijing."),
    (B, "The 52-week study enrolled 986 patients at 64 hospitals across China. Average HbA1c fell by 1.52 percentage points in the weekly group and 1.47 points in the daily group, meeting the pre-set non-inferiority margin."),
    (B, "Rates of severe hypoglycaemia were low in both groups, at 0.9% and 0.7%."),
    (C, "Listen to this article"),
    (B, "\"Fewer injections could help patients stick to treatment,\" said Professor Ji Linong, the study's lead investigator."),
    (B, "The company said it plans to file for approval with the National Medical Products Administration in the second half of the year."),
    (C, "Sign up for our daily health briefing"),
    (C, "Comments (12)"),
    (C, "Great news for my father, he hates his daily shots."),
    (C, "You might also like"),
    (C, "Why are more young Chinese being diagnosed with type 2 diabetes?"),
], L(False, "trial", [], []))

# ---------------------------------------------------------------- en-07 other: marathon, no full date
text_page("h7-en-07-taizhou-marathon-other", "en", "UTF-8", [
    (C, "Taizhou English Channel  |  taizhou.com.cn"),
    (C, "Home » Sports » Local"),
    (T, "Kenyan runner sets course record at Taizhou Marathon"),
    (C, "Editor: Lin Yue"),
    (B, "Kenyan runner Edwin Kiprop won the men's race at the Taizhou (Zhejiang) Marathon last Sunday in 2 hours 8 minutes 41 seconds, breaking the course record by almost a minute."),
    (B, "More than 20,000 runners took part in the full marathon, half marathon and 5-kilometre fun run, which started at the Jiaojiang riverside and finished at the Taizhou Sports Center."),
    (B, "Organizers said 48 medical stations and 300 volunteers were positioned along the route. Two runners were treated for cramps and released the same day."),
    (B, "Local runner Chen Jie was the fastest Chinese woman, finishing in 2:31:06."),
    (C, "Scan the QR code to follow Taizhou Release on WeChat"),
    (C, "Read more:"),
    (C, "Taizhou opens 200 km of greenways along the coast"),
], L(False, "other", [], ["331000"]))


# ================================================================ generation and checks
ENC = {"UTF-8": "utf-8", "UTF-8-BOM": "utf-8-sig", "GBK": "gbk", "GB18030": "gb18030", "Big5": "big5"}
TAGS = {"medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
        "medical-insurance", "primary-care", "hospital-development", "healthy-city",
        "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease"}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}
BLOCK = {"p", "div", "li", "ul", "ol", "td", "tr", "table", "th", "h1", "h2", "h3", "h4", "h5",
         "h6", "header", "footer", "nav", "aside", "article", "main", "section", "figure",
         "figcaption", "br", "body", "html", "head", "form", "dl", "dt", "dd", "button"}
HIDDEN = {"script", "style", "title"}
SEPARATORS = set("|>»/·-–—:： ")

ERRORS = []


def fail(name, msg):
    ERRORS.append(f"{name}: {msg}")


def norm(s):
    return " ".join(s.split())


class Visible(HTMLParser):
    """Visible text as lines: a new line at every block element boundary."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = [""]
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        if tag in BLOCK:
            self.lines.append("")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden -= 1
        if tag in BLOCK:
            self.lines.append("")

    def handle_data(self, data):
        if not self.hidden:
            self.lines[-1] += data


def toml_str(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def toml_list(items):
    if not items:
        return "[]"
    return "[\n" + "".join(f"    {toml_str(x)},\n" for x in items) + "]"


def gold_text(p, title, body, chrome):
    lab = p["labels"]
    g = [f"lang = {toml_str(p['lang'])}", f"encoding = {toml_str(p['encoding'])}",
         f"title = {toml_str(title)}", f"body = {toml_list(body)}",
         f"chrome = {toml_list(chrome)}", "", "[labels]",
         f"health_policy = {'true' if lab['health_policy'] else 'false'}",
         f"kind = {toml_str(lab['kind'])}",
         "tags = [" + ", ".join(toml_str(t) for t in lab["tags"]) + "]"]
    if lab.get("published"):
        g.append(f"published = {toml_str(lab['published'])}")
    g.append("regions = [" + ", ".join(toml_str(r) for r in lab["regions"]) + "]")
    if p.get("source"):
        g.append(f"source = {toml_str(p['source'])}")
    return "\n".join(g) + "\n"


def dedup(xs):
    seen, out = set(), []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def build(p):
    name = p["name"]
    if p["kind"] == "txt":
        title = next((s for k, s in p["lines"] if k == T), "")
        body = [s.strip() for k, s in p["lines"] if k == B]
        chrome = dedup([s.strip() for k, s in p["lines"] if k == C])
        nl = "\r\n" if p["crlf"] else "\n"
        text = nl.join(s for _, s in p["lines"]) + nl
        ext = "txt"
    else:
        title, body, chrome = p["title"], p["body"], dedup(p["chrome"])
        text = p["html"]
        ext = "html"
    data = text.encode(ENC[p["encoding"]])
    if p["encoding"] == "UTF-8-BOM" and not data.startswith(b"\xef\xbb\xbf"):
        fail(name, "BOM missing")
    gold = gold_text(p, title, body, chrome)
    return ext, text, data, gold, title, body, chrome


def check(p, ext, text, data, gold, title, body, chrome):
    name = p["name"]
    # decoding round trip
    try:
        back = data.decode(ENC[p["encoding"]])
    except UnicodeDecodeError as e:
        fail(name, f"does not decode as {p['encoding']}: {e}")
        return
    if back != text:
        fail(name, "decode does not equal intended text")
    if p["encoding"] in ("GBK", "GB18030", "Big5"):
        try:
            data.decode("utf-8")
            fail(name, "non-UTF-8 page is valid UTF-8 (encoding untested)")
        except UnicodeDecodeError:
            pass
    # gold parses, keys known, values valid
    try:
        g = tomllib.loads(gold)
    except tomllib.TOMLDecodeError as e:
        fail(name, f"gold does not parse: {e}")
        return
    if set(g) - TOP_KEYS or set(g["labels"]) - LABEL_KEYS:
        fail(name, "unknown keys in gold")
    lab = g["labels"]
    if lab["kind"] not in KINDS or (lab["kind"] == "policy") != lab["health_policy"]:
        fail(name, "kind/health_policy inconsistent")
    if set(lab["tags"]) - TAGS:
        fail(name, f"unknown tags {set(lab['tags']) - TAGS}")
    if not lab["health_policy"] and lab["tags"]:
        fail(name, "tags on a non-policy page")
    if lab["health_policy"] and not 1 <= len(lab["tags"]) <= 4:
        fail(name, "policy page needs 1-4 tags")
    if "published" in lab and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", lab["published"]):
        fail(name, "bad published")
    for r in lab["regions"]:
        if not re.fullmatch(r"\d{6}|[A-Z]{2}", r):
            fail(name, f"bad region {r}")
    if g["title"] != title or g["body"] != body or g["chrome"] != chrome:
        fail(name, "gold round trip mismatch")
    # visible lines
    if ext == "txt":
        lines = [norm(l) for l in text.splitlines()]
    else:
        v = Visible()
        v.feed(text)
        v.close()
        lines = [norm(l) for l in v.lines]
    lines = [l for l in lines if l]
    golds = ([title] if title else []) + body + chrome
    for s in golds:
        if not any(norm(s) in l for l in lines):
            fail(name, f"gold string not in visible text: {s[:60]!r}")
    if ext == "txt":
        allowed = {norm(s) for s in golds}
        for l in lines:
            if l not in allowed:
                fail(name, f"unlabelled line: {l[:60]!r}")
    else:
        ordered = sorted({norm(s) for s in golds}, key=len, reverse=True)
        for l in lines:
            rest = l
            for s in ordered:
                rest = rest.replace(s, " ")
            if any(ch not in SEPARATORS for ch in rest.replace("\xa0", " ")):
                fail(name, f"visible text not covered: {rest.strip()[:60]!r} in {l[:60]!r}")
    # chrome must not be (in) body; title not in chrome/body
    for c in chrome:
        nc = norm(c)
        for b in body:
            nb = norm(b)
            if nc == nb or (len("".join(nc.split())) >= 10 and nc in nb):
                fail(name, f"chrome line inside body: {c[:60]!r}")
    if title and (norm(title) in map(norm, chrome) or norm(title) in map(norm, body)):
        fail(name, "title listed in chrome/body")
    if "\ufffd" in text:
        fail(name, "replacement character in page")


def readme(stats):
    return f"""# holdout7: blind held-out evaluation set

Fourteen invented pages (never copied from the web) with gold labels in the format of
tests/corpus/README.md, written to measure how healthfeed generalises to sites and
templates its authors never saw: a county portal, a WeChat article scrape, a national
policy-interpretation Q&A on an old table-layout site, a Hong Kong government press
release, a public-resource trading site repost, a portal "self-media" repost, a hospital
site, an English-language newspaper edition, an international agency, a machine-translated
city English site, a wire press release, a news app and a local English channel.

Written blind: without looking at src/, config/, scripts/ (other than this set's
generator) or other corpora.

## Counts

- pages: {stats['n']} ({stats['zh']} zh incl. 1 traditional, {stats['en']} en)
- format: {stats['html']} HTML, {stats['txt']} scraper plain text
- encodings: {stats['enc']}; {stats['crlf']} pages with CRLF line ends
- health policy: {stats['policy']}; not policy: {stats['neg']} ({stats['kinds']})
- pages without a full publication date (gold omits `published`): {stats['nodate']}
- tags used: {stats['tags']} of 14

Regenerate with python3 scripts/make_holdout7.py (the script also checks its output:
every gold string occurs in the visible text, every visible line/text node is labelled,
gold parses with known keys, pages decode with their declared encoding).
"""


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("h7-"):
            os.remove(os.path.join(OUT, f))
    names = set()
    for p in PAGES:
        if p["name"] in names:
            fail(p["name"], "duplicate name")
        names.add(p["name"])
        ext, text, data, gold, title, body, chrome = build(p)
        check(p, ext, text, data, gold, title, body, chrome)
        with open(os.path.join(OUT, f"{p['name']}.{ext}"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, f"{p['name']}.gold.toml"), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(gold)
    from collections import Counter
    enc = Counter(p["encoding"] for p in PAGES)
    kinds = Counter(p["labels"]["kind"] for p in PAGES if p["labels"]["kind"] != "policy")
    tags = set(t for p in PAGES for t in p["labels"]["tags"])
    if tags != TAGS:
        fail("set", f"tags not covered: {TAGS - tags}")
    stats = dict(
        n=len(PAGES), zh=sum(p["lang"] == "zh" for p in PAGES), en=sum(p["lang"] == "en" for p in PAGES),
        html=sum(p["kind"] == "html" for p in PAGES), txt=sum(p["kind"] == "txt" for p in PAGES),
        enc=", ".join(f"{k} {v}" for k, v in sorted(enc.items())),
        crlf=sum(bool(p.get("crlf")) for p in PAGES),
        policy=sum(p["labels"]["health_policy"] for p in PAGES),
        neg=sum(not p["labels"]["health_policy"] for p in PAGES),
        kinds=", ".join(f"{k} {v}" for k, v in sorted(kinds.items())),
        nodate=sum(not p["labels"].get("published") for p in PAGES),
        tags=len(tags))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(stats))
    if ERRORS:
        print("\n".join(ERRORS), file=sys.stderr)
        print(f"{len(ERRORS)} error(s)", file=sys.stderr)
        sys.exit(1)
    print(f"ok: {stats}")


if __name__ == "__main__":
    main()
