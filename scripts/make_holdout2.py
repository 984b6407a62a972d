#!/usr/bin/env python3
"""Write tests/holdout2/: a second held-out set of 16 invented pages with gold labels.

Written without looking at tests/corpus/ (except its README), tests/holdout/, src/ or
config/. Each document is declared once (page parts + labels); the page bytes and the
gold file are generated from the same strings, then checked:
  - every title/body/chrome string occurs in the page's visible text,
  - for text pages every non-empty line is exactly one gold string (nothing unlabelled),
  - for HTML pages every visible text node belongs to some gold string,
  - every gold file parses with tomllib, and the page decodes with its declared encoding.
Run: python3 scripts/make_holdout2.py
"""
import html as htmlmod
import os
import re
import sys
import tomllib
from html.parser import HTMLParser

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "holdout2")

DOCS = []


def doc(name, ext, lang, encoding, title, body, chrome, labels, page, crlf=False):
    DOCS.append(dict(name=name, ext=ext, lang=lang, encoding=encoding, title=title,
                     body=body, chrome=chrome, labels=labels, page=page, crlf=crlf))


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- text pages
# A text page is a list of ("c"|"t"|"b", line, indent) items; blank lines between.

def textpage(items, blank_every=True):
    out = []
    for kind, line in items:
        if kind == "b":
            out.append("\u3000\u3000" + line if re.search(r"[\u4e00-\u9fff]", line) else line)
        elif kind == "blank":
            out.append("")
        else:
            out.append(line)
        if blank_every and kind == "b":
            out.append("")
    return "\n".join(out) + "\n"


def split(items):
    title = [l for k, l in items if k == "t"]
    body = [l for k, l in items if k == "b"]
    chrome = [l for k, l in items if k == "c"]
    return (title[0] if title else ""), body, chrome


def tdoc(name, lang, encoding, items, labels, crlf=False, blank_every=True):
    title, body, chrome = split(items)
    doc(name, "txt", lang, encoding, title, body, chrome, labels,
        textpage(items, blank_every), crlf)


# =================================================================== h2-01
tdoc("h2-01-hangzhou-elderly-meals", "zh", "UTF-8", [
    ("c", "杭州市人民政府门户网站"),
    ("c", "无障碍"), ("c", "长者模式"), ("c", "English"), ("c", "登录"), ("c", "注册"),
    ("c", "首页"), ("c", "政务公开"), ("c", "政务服务"), ("c", "互动交流"), ("c", "走进杭州"), ("c", "数据开放"),
    ("c", "当前位置：首页 > 政务公开 > 部门动态"),
    ("t", "杭州出台老年助餐服务提升行动方案 2025年底前实现城乡社区全覆盖"),
    ("c", "发布日期：2025-03-14 16:20  来源：市民政局  浏览次数：1386"),
    ("c", "字号：[ 大 中 小 ]"),
    ("b", "近日，市民政局会同市财政局、市市场监管局印发《杭州市老年助餐服务提升行动方案（2025—2027年）》（以下简称《方案》），明确到2025年底，全市城乡社区老年食堂和助餐点实现全覆盖，到2027年形成布局均衡、方便可及、价格实惠、质量可靠的老年助餐服务网络。"),
    ("b", "《方案》提出，对年满60周岁的本市户籍老年人实行分类助餐补贴，其中80周岁以上老年人、低保及低保边缘家庭老年人每餐补贴标准提高至5元，失能、半失能老年人可享受送餐上门服务，送餐费用由区、街道（乡镇）按规定承担。"),
    ("b", "在服务供给上，鼓励社区嵌入式养老服务机构、社会餐饮企业、机关企事业单位食堂向老年人开放，支持农村地区依托村级居家养老服务照料中心开设“邻里餐桌”，各区（县、市）要在今年6月底前完成助餐点布局规划。"),
    ("b", "《方案》还要求强化食品安全监管，老年食堂须落实“明厨亮灶”，市场监管部门每季度开展一次抽检；民政部门将老年助餐纳入养老服务质量评价，评价结果与运营补助挂钩。"),
    ("b", "市民政局有关负责人表示，老年人可通过“浙里康养”应用查询附近助餐点、预约送餐，也可拨打12345政务服务热线咨询补贴政策。"),
    ("c", "【打印】【关闭】"),
    ("c", "扫一扫在手机打开当前页"),
    ("c", "相关链接："),
    ("c", "浙江省人民政府"), ("c", "中国政府网"), ("c", "杭州市民政局"),
    ("c", "主办单位：杭州市人民政府办公厅  承办单位：杭州市数据资源管理局"),
    ("c", "浙ICP备05009347号-1  浙公网安备 33010302000040号  网站标识码：3301000001"),
    ("c", "建议使用1920×1080分辨率浏览本网站"),
], dict(health_policy=True, kind="policy", tags=["elderly-care"], published="2025-03-14",
        regions=["330100"]))

# =================================================================== h2-02 (GBK)
tdoc("h2-02-chengdu-insurance-family-pooling", "zh", "GBK", [
    ("c", "人民网>>四川频道>>民生"),
    ("t", "成都：职工医保个人账户家庭共济范围扩大至兄弟姐妹"),
    ("c", "2025年06月03日09:12 | 来源：人民网－四川频道"),
    ("c", "小字号"),
    ("b", "人民网成都6月3日电 记者从成都市医疗保障局获悉，自7月1日起，成都市职工基本医疗保险参保人员的个人账户共济使用范围，将由配偶、父母、子女扩大至兄弟姐妹，共济资金可用于支付上述人员在定点医药机构发生的政策范围内自付费用。"),
    ("b", "根据新出台的办法，共济双方均须在成都市参加基本医疗保险，参保人可通过“天府市民云”或医保经办窗口办理绑定，每名参保人最多可绑定共济对象6人，绑定关系可随时解除。个人账户资金还可用于为共济对象缴纳城乡居民医保个人缴费部分。"),
    ("b", "市医保局相关负责人介绍，截至5月底，全市已有超过120万参保职工办理家庭共济绑定，累计划转个人账户资金9.8亿元。此次扩围后，预计将有更多家庭减轻门诊和购药负担。"),
    ("b", "该负责人提醒，个人账户资金不得用于购买保健品、日用品等非医疗用途，医保部门将通过大数据监测严查违规套现行为。"),
    ("c", "(责编：李晓、王伟)"),
    ("c", "本文来源：人民网－四川频道"),
    ("c", "分享让更多人看到"),
    ("c", "举报"),
    ("c", "推荐阅读"),
    ("c", "四川启动新一轮医保定点医药机构专项检查"),
    ("c", "眉山：城乡居民医保缴费进入倒计时"),
    ("c", "热点排行"),
    ("c", "1. 成都地铁新线开通时间公布"),
    ("c", "2. 九寨沟景区暑期门票预约须知"),
    ("c", "人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明 | 网站律师 | 信息保护 | 联系我们"),
    ("c", "人民网版权所有，未经书面授权禁止使用"),
], dict(health_policy=True, kind="policy", tags=["medical-insurance"], published="2025-06-03",
        regions=["510100"], source="人民网"))

# =================================================================== h2-03 aggregator pharmacy promo
tdoc("h2-03-toutiao-pharmacy-member-day", "zh", "UTF-8", [
    ("c", "首页"), ("c", "下载头条"), ("c", "登录"),
    ("t", "康民大药房会员日来了！全场8.8折，积分翻倍，免费测血糖"),
    ("c", "康民大药房广州"),
    ("c", "2025-07-18 10:05·广东·头条号"),
    ("c", "关注"),
    ("b", "家人们，一年一度的康民会员日又来啦！7月20日至7月22日，广州地区128家康民大药房门店同步开启会员专享福利，非处方药、保健食品、医疗器械全场8.8折，部分品牌满199元再减30元。"),
    ("b", "活动期间，会员消费积分翻倍，积分可兑换血压计、体温枪、定制药箱等好礼。新注册会员还可领取20元无门槛券，邀请一位好友注册再得10元券，上不封顶！"),
    ("b", "门店还准备了免费测血糖、测血压服务，执业药师现场提供用药咨询。支持医保个人账户支付的门店以店内公示为准，处方药需凭处方购买。"),
    ("b", "到店出示会员码即可参与，数量有限，先到先得。快叫上家里人一起来吧！"),
    ("c", "免责声明：本文内容由作者发布，仅代表作者观点，不代表平台立场。"),
    ("c", "举报/反馈"),
    ("c", "点赞 432"), ("c", "评论 86"), ("c", "收藏 215"), ("c", "分享"),
    ("c", "相关推荐"),
    ("c", "夏季常备药清单，这几样家里一定要有"),
    ("c", "广州又一家大型商超开业，现场人山人海"),
    ("c", "血糖高的人，早餐最好别吃这三样"),
    ("c", "下载头条APP，阅读更多精彩内容"),
], dict(health_policy=False, kind="marketing", tags=[], published="2025-07-18",
        regions=["440100"]))

# =================================================================== h2-05 traditional HK primary care
tdoc("h2-05-hk-primary-care-chronic", "zh", "UTF-8", [
    ("c", "政府新聞公報"),
    ("c", "English"), ("c", "簡體版"), ("c", "列印本頁"), ("c", "電郵本頁"),
    ("t", "基層醫療署公布慢性疾病共同治理計劃最新進展"),
    ("b", "基層醫療署今日（一月八日）公布「慢性疾病共同治理先導計劃」的最新進展。計劃自推出以來，已有超過八萬名四十五歲或以上、未有已知高血壓或糖尿病病歷的市民登記參加，當中約三成經篩查後被發現患有或懷疑患有相關疾病，並已轉介予私家家庭醫生跟進。"),
    ("b", "基層醫療署署長表示，政府會在二○二五年內把計劃的服務範圍擴展至血脂異常，並逐步增加參與計劃的家庭醫生及社區藥劑師數目。現時全港十八區的地區康健中心或地區康健站均為參加者提供健康評估及護士診所服務。"),
    ("b", "發言人指出，計劃採用「共同付費」模式，參加者每次診症須支付的共付額由醫生訂定，政府則按既定標準提供資助，目的是鼓勵市民建立長期的家庭醫生關係，把服務重心由治療轉向預防。"),
    ("b", "市民可透過「醫健通」流動應用程式或致電2157 0500查詢計劃詳情及登記。"),
    ("c", "完"),
    ("c", "2025年1月8日（星期三）"),
    ("c", "香港時間17時30分"),
    ("c", "今日新聞"),
    ("c", "新聞公報主頁"),
    ("c", "重要告示 | 私隱政策 | 版權告示 | 無障礙聲明"),
    ("c", "2025 © 香港特別行政區政府"),
], dict(health_policy=True, kind="policy", tags=["primary-care", "chronic-disease"],
        published="2025-01-08", regions=["810000"]))

# =================================================================== h2-07 investment forum (economy)
tdoc("h2-07-wuhan-investment-forum", "zh", "UTF-8", [
    ("c", "长江网"),
    ("c", "首页 | 新闻 | 武汉 | 经济 | 文旅 | 视频 | 专题"),
    ("c", "您当前的位置 ：长江网 > 经济 > 要闻"),
    ("t", "2025光谷投资合作洽谈会举行 现场签约项目86个总投资逾千亿元"),
    ("c", "2025.05.20 08:31  长江日报"),
    ("b", "5月19日，2025中国光谷投资合作洽谈会在武汉开幕，来自海内外的600余名企业家、投资机构代表齐聚一堂，共话合作、共谋发展。现场集中签约项目86个，总投资1068亿元，涵盖光电子信息、新能源与智能网联汽车、高端装备等领域。"),
    ("b", "会上，东湖高新区发布了新一轮产业扶持政策，对新落户的总部企业最高给予5000万元奖励，并设立总规模200亿元的科创母基金，重点投向集成电路、人工智能和生物医药等赛道。"),
    ("b", "签约项目中，既有投资超百亿元的新型显示面板产线，也有一批“专精特新”企业的研发中心和区域总部，另有2个医疗器械生产基地项目落户光谷生物城。"),
    ("b", "武汉市相关负责人表示，将持续优化营商环境，强化要素保障，推动签约项目早落地、早投产、早见效，全年力争招引亿元以上项目300个以上。"),
    ("c", "【编辑：周文】"),
    ("c", "相关新闻"),
    ("c", "武汉一季度GDP同比增长5.6%"),
    ("c", "光谷再添一家独角兽企业"),
    ("c", "长江网版权所有 鄂ICP备09010436号 鄂公网安备42010302000128号"),
], dict(health_policy=False, kind="economy", tags=[], published="2025-05-20",
        regions=["420100"], source="长江日报"))

# =================================================================== h2-10 official English (Australia)
tdoc("h2-10-au-bulk-billing-incentive", "en", "UTF-8", [
    ("c", "Skip to main content"),
    ("c", "Australian Government Department of Health and Aged Care"),
    ("c", "Home"), ("c", "Topics"), ("c", "Our work"), ("c", "Resources"), ("c", "News"), ("c", "Contact us"),
    ("c", "Home > News > Media releases"),
    ("t", "Bulk billing incentive expanded to all Medicare-eligible patients"),
    ("c", "Date published: 3 February 2025"),
    ("c", "Media type: Media release"),
    ("c", "Audience: General public"),
    ("b", "From 1 November 2025, the triple bulk billing incentive will be available for every consultation with a Medicare-eligible patient, not only concession card holders and children under 16, the Minister for Health and Aged Care announced today."),
    ("b", "General practices that bulk bill all of their patients will also be eligible for a new 12.5 per cent loyalty payment on Medicare benefits, paid quarterly and shared between the practice and its GPs."),
    ("b", "The Government will invest $7.9 billion over four years in the measure, which modelling suggests will lift the GP bulk billing rate to around 90 per cent and allow an extra 4,800 practices to offer free visits."),
    ("b", "Patients will not need to do anything to benefit. Practices can register for the loyalty payment through the Health Professional Online Services portal from 1 August 2025."),
    ("b", "More information on the incentive, including fact sheets in 15 languages, is available at health.gov.au/bulkbilling."),
    ("c", "Tags:"), ("c", "Medicare"), ("c", "GPs"), ("c", "Primary care"),
    ("c", "Last updated: 10 February 2025"),
    ("c", "Was this page useful?"),
    ("c", "Yes"), ("c", "No"),
    ("c", "Help us improve health.gov.au"),
    ("c", "Back to top"),
    ("c", "We acknowledge the Traditional Owners and Custodians of Country throughout Australia, and their continuing connection to land, sea and community."),
    ("c", "Accessibility | Copyright | Disclaimer | Privacy | Freedom of information"),
    ("c", "© Commonwealth of Australia"),
], dict(health_policy=True, kind="policy", tags=["medical-insurance", "primary-care"],
        published="2025-02-03", regions=["AU"]))

# =================================================================== h2-11 fitness-app wellness (CRLF, no date)
tdoc("h2-11-fitness-app-sleep-tips", "en", "UTF-8", [
    ("c", "PulseFit"),
    ("c", "Workouts"), ("c", "Nutrition"), ("c", "Sleep"), ("c", "Community"), ("c", "Get the app"),
    ("c", "Start your 7-day free trial"),
    ("c", "Journal / Sleep & Recovery"),
    ("t", "7 evening habits that help you fall asleep faster"),
    ("c", "By the PulseFit Coaching Team · 5 min read · Updated 2 days ago"),
    ("b", "If you lie awake scrolling long after you meant to switch off, you are not alone. Roughly one in three adults say they regularly struggle to fall asleep, and what you do in the two hours before bed matters more than most people think."),
    ("b", "1. Keep a consistent bedtime. Going to bed and waking at the same time every day, weekends included, trains your body clock."),
    ("b", "2. Dim the lights after 9 pm. Bright overhead light delays the release of melatonin; switch to warm lamps instead."),
    ("b", "3. Finish hard workouts at least three hours before bed. A gentle 10-minute stretch is fine, and the PulseFit Wind-Down session is built for exactly that."),
    ("b", "4. Cut caffeine after lunch. Its effect can last six hours or more."),
    ("b", "5. Try the 4-7-8 breath: breathe in for four counts, hold for seven, breathe out for eight."),
    ("b", "6. Keep the bedroom cool, around 18 degrees."),
    ("b", "7. Park your phone outside the bedroom, or at least turn on Focus mode."),
    ("b", "This article is for general information and is not medical advice. If sleep problems persist for more than a few weeks, talk to your doctor."),
    ("c", "Track your sleep score in the app"),
    ("c", "Download on the App Store"), ("c", "Get it on Google Play"),
    ("c", "Related articles"),
    ("c", "The best stretches for lower back pain"),
    ("c", "How much protein do you really need?"),
    ("c", "Why your resting heart rate matters"),
    ("c", "Get weekly tips in your inbox"),
    ("c", "Subscribe"),
    ("c", "We use cookies to personalise content. Accept all | Manage preferences"),
    ("c", "© 2025 PulseFit Inc. Terms · Privacy · Help"),
], dict(health_policy=False, kind="wellness", tags=[], regions=[]), crlf=True)

# =================================================================== h2-13 machine translated Shenzhen (BOM, no date)
tdoc("h2-13-shenzhen-smart-hospital-mt", "en", "UTF-8-BOM", [
    ("c", "Shenzhen Government Online"),
    ("c", "Home | 简体中文 | 繁體中文 | Contact Us"),
    ("c", "About Shenzhen  Government  Business  Living  Visiting  News"),
    ("t", "Shenzhen promotes the construction of smart hospitals and the mutual recognition of electronic health records in the city's medical institutions"),
    ("c", "Font: Big Medium Small"),
    ("b", "Yesterday (August 20), the Municipal Health and Health Commission held a promotion meeting on the construction of \"Internet + medical health\" and smart hospitals, and deployed the next stage of the city's digital health work."),
    ("b", "The meeting pointed out that by the end of this year, all public hospitals at level two and above in the city should realize the mutual recognition and sharing of inspection and examination results and electronic medical records, and residents' electronic health files will be opened to the citizens themselves through the \"i Shenzhen\" APP, so that the masses can check their health information in one place."),
    ("b", "The meeting required that the medical institutions should accelerate the construction of smart service, smart medical and smart management, promote appointment diagnosis and treatment by time period, mobile payment and online follow-up visits, and strengthen the network security and data security protection of health medical big data."),
    ("b", "Responsible comrades of the district health and health bureaus and the municipal hospitals attended the meeting."),
    ("c", "Print"), ("c", "Close"),
    ("c", "Source: Shenzhen Health Commission"),
    ("c", "Sponsored by: Information Office of Shenzhen Municipal People's Government"),
    ("c", "粤ICP备05021688号  粤公网安备44030402000102号"),
    ("c", "Best viewed with a resolution of 1366*768 or above"),
], dict(health_policy=True, kind="policy", tags=["digital-health"], regions=["440300"]))

# =================================================================== h2-14 Kenya, almost no chrome
tdoc("h2-14-kenya-community-health-promoters", "en", "UTF-8", [
    ("t", "Kenya moves community health promoters onto county payrolls under new primary health care law"),
    ("b", "Nairobi, 14 May 2025 – Kenya's 107,000 community health promoters will receive a monthly stipend paid jointly by the national and county governments from July, the Ministry of Health said on Wednesday, as the country rolls out regulations under the Primary Health Care Act."),
    ("b", "The promoters, who visit households to screen for hypertension and diabetes, follow up pregnant women and refer sick children to facilities, have until now depended largely on donor-funded programmes. Under the regulations each promoter will be attached to a primary care network and carry a digital toolkit for reporting."),
    ("b", "Counties are required to publish the list of promoters on their payroll and to train them to a national curriculum within two years. The ministry said the national government would meet half of the stipend cost in the first three years."),
    ("b", "Health officials said the measure is central to the government's plan to provide free primary care to every Kenyan, financed through the Primary Healthcare Fund."),
    ("c", "Related: Primary health care in Kenya"),
], dict(health_policy=True, kind="policy", tags=["health-workforce", "primary-care"],
        published="2025-05-14", regions=["KE"]), blank_every=True)

# =================================================================== h2-16 other (marathon traffic)
tdoc("h2-16-singapore-marathon-road-closures", "en", "UTF-8", [
    ("c", "CityPulse SG"),
    ("c", "News  Singapore  Asia  Business  Sport  Lifestyle"),
    ("c", "Sport"),
    ("t", "Road closures and extended MRT hours for marathon weekend"),
    ("c", "Published 5 Dec 2025, 6:40 AM"),
    ("b", "Several roads in the city centre will be closed from Saturday night for this weekend's marathon, which is expected to draw more than 50,000 runners."),
    ("b", "Parts of Nicoll Highway, Esplanade Drive and Fullerton Road will be closed from 10 pm on Saturday to 2 pm on Sunday. Motorists are advised to use the Marina Coastal Expressway instead."),
    ("b", "Train services on the North-South and East-West lines will start at 4 am on Sunday, an hour earlier than usual, to help participants reach the start line."),
    ("b", "Organisers said water points and first-aid stations will be set up every two kilometres along the route."),
    ("c", "Share this article"),
    ("c", "Read next"),
    ("c", "Hawker centre reopens after six-month revamp"),
    ("c", "Weekend weather: thundery showers expected"),
    ("c", "Copyright 2025 CityPulse SG. All rights reserved."),
], dict(health_policy=False, kind="other", tags=[], published="2025-12-05", regions=["SG"]))


# ---------------------------------------------------------------- HTML pages
# An HTML page is built from a template with {slots}; each gold string is inserted
# html-escaped so its visible text is exactly the gold string.

def e(s):
    return htmlmod.escape(s, quote=False)


def hdoc(name, lang, encoding, title, body, chrome, labels, page):
    doc(name, "html", lang, encoding, title, body, chrome, labels, page)


# =================================================================== h2-04 tender (中标公告)
c4_nav = ["首页", "交易信息", "政策法规", "服务指南", "信用信息", "专家库", "办事指南"]
c4 = c4_nav + [
    "当前位置：首页 > 交易信息 > 工程建设 > 中标结果公告",
    "发布时间：2025年4月2日 信息来源：合肥市公共资源交易中心 阅读次数：527",
    "附件：中标通知书（公示版）.pdf",
    "上一篇：合肥市蜀山区中小学校舍维修工程招标公告",
    "下一篇：肥西县人民医院医用耗材集中采购项目结果公告",
    "主办：合肥市公共资源交易中心 地址：合肥市滨湖新区南京路2588号",
    "皖ICP备12004558号-1",
]
t4 = "合肥市第三人民医院滨湖院区二期工程施工总承包中标结果公告"
b4 = [
    "项目名称：合肥市第三人民医院滨湖院区二期工程施工总承包",
    "项目编号：HFGC2025-0317",
    "招标人：合肥市第三人民医院",
    "招标代理机构：安徽中信项目管理有限公司",
    "中标人：中建安装集团有限公司",
    "中标价：人民币陆亿叁仟贰佰肆拾万元整（¥632,400,000.00）",
    "工期：900日历天",
    "项目经理：王建国（一级注册建造师，皖134151617890）",
    "本项目建设内容包括住院综合楼、医技楼及地下车库，总建筑面积约15.6万平方米，新增床位800张。",
    "公示期自2025年4月2日至2025年4月7日。投标人或其他利害关系人对中标结果有异议的，应在公示期内以书面形式向招标人提出。",
]
p4 = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{e(t4)}-合肥市公共资源交易中心</title>
<meta name="PubDate" content="2025-04-02 15:30">
<style>.nav li{{display:inline}}</style>
</head>
<body>
<div class="top"><img src="/img/logo.png" alt="合肥市公共资源交易中心"></div>
<ul class="nav">{''.join(f'<li><a href="#">{e(x)}</a></li>' for x in c4_nav)}</ul>
<div class="crumb">{e(c4[7])}</div>
<div class="detail">
<h1 class="detail-title">{e(t4)}</h1>
<div class="detail-info">{e(c4[8])}</div>
<div class="detail-content">
{''.join(f'<p>{e(x)}</p>' + chr(10) for x in b4)}</div>
<div class="attach"><a href="/file/zbtzs.pdf">{e(c4[9])}</a></div>
</div>
<div class="pager"><p><a href="#">{e(c4[10])}</a></p><p><a href="#">{e(c4[11])}</a></p></div>
<div class="footer"><p>{e(c4[12])}</p><p>{e(c4[13])}</p></div>
<script>var visits = 527; document.title = document.title;</script>
</body>
</html>
"""
hdoc("h2-04-hefei-hospital-bid-winner", "zh", "UTF-8", t4, b4, c4,
     dict(health_policy=False, kind="tender", tags=[], published="2025-04-02", regions=["340100"]), p4)

# =================================================================== h2-06 Deqing family doctor, almost no chrome
t6 = "德清县推进家庭医生签约服务提质扩面 “两慢病”患者规范管理率达82%"
b6 = [
    "今年以来，德清县卫生健康局以家庭医生签约服务为抓手，推动基层医疗卫生机构由“以治病为中心”向“以健康为中心”转变。截至8月底，全县常住人口签约覆盖率达46.3%，高血压、糖尿病患者规范管理率达82.1%。",
    "该县在各镇（街道）卫生院组建家庭医生团队148个，由全科医生、护士和公共卫生人员组成，为签约的“两慢病”患者提供每季度一次随访、每年一次健康体检和个性化用药指导，并将长期处方用量放宽至12周。",
    "同时，县人民医院、县中医院向基层下沉专科医生，每周到卫生院坐诊，建立慢病联合门诊，患者在家门口即可获得专科诊疗；病情需要的，可由家庭医生通过绿色通道转诊至县级医院。",
    "下一步，德清县将把签约服务与医保支付方式改革相衔接，探索按签约人头付费，激励家庭医生做好居民健康“守门人”。",
]
c6 = ["来源：德清县卫生健康局 发布时间：2025年9月12日"]
p6 = f"""<html><head><meta charset="utf-8"><title>{e(t6)}</title></head>
<body>
<h1>{e(t6)}</h1>
<p class="info">{e(c6[0])}</p>
{''.join(f'<p>{e(x)}</p>' + chr(10) for x in b6)}</body></html>
"""
hdoc("h2-06-deqing-family-doctors", "zh", "UTF-8", t6, b6, c6,
     dict(health_policy=True, kind="policy", tags=["primary-care", "chronic-disease"],
          published="2025-09-12", regions=["330521"]), p6)

# =================================================================== h2-08 Shandong flu vaccination, mostly chrome
nav8 = ["首页", "机构概况", "信息公开", "政务服务", "互动交流", "专题专栏", "数据发布"]
side8_h = "热点信息"
side8 = ["山东省卫生健康委员会关于2025年度全省医疗机构校验工作的通知",
         "全省基层卫生健康工作会议在济南召开",
         "山东省开展“323”健康山东行动成效评估",
         "关于公布第三批省级临床重点专科建设项目名单的通知",
         "山东省2025年度卫生专业技术资格考试合格人员名单公示"]
t8 = "山东省启动2025—2026年度流感疫苗接种工作"
b8 = [
    "为降低流感对人群健康的危害，省卫生健康委近日部署启动2025—2026年度流感疫苗接种工作，要求各地在10月底前完成医务人员、60岁及以上老年人、中小学生等重点人群接种动员。",
    "各市要合理设置接种门诊，延长服务时间，有条件的地区可为60岁及以上老年人提供免费接种；疾控机构要加强疫苗流通和接种环节监管，做好疑似预防接种异常反应监测处置。",
]
c8 = (["山东省卫生健康委员会", "无障碍浏览", "长者模式", "繁體", "English"] + nav8 +
      ["您现在的位置：首页 > 信息公开 > 工作动态",
       "发布时间：2025-10-09 09:45 来源：疾病预防控制处",
       "【字体：大 中 小】",
       "分享到：",
       "【打印本页】", "【关闭窗口】",
       side8_h] + side8 +
      ["相关阅读",
       "秋冬季呼吸道传染病防控知识问答",
       "国家疾控局发布流感疫苗接种技术指南（2025—2026）",
       "网站地图", "联系我们", "隐私声明",
       "主办单位：山东省卫生健康委员会 地址：济南市燕子山西路9号 邮编：250014",
       "鲁ICP备05018291号 鲁公网安备37010202000517号 网站标识码：3700000031",
       "扫码关注“健康山东”微信公众号"])
p8 = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{e(t8)}_山东省卫生健康委员会</title>
<meta name="ArticleTitle" content="{e(t8)}">
<meta name="PubDate" content="2025-10-09 09:45">
</head>
<body>
<div id="header">
<div class="logo">{e(c8[0])}</div>
<div class="tools"><a href="#">{e(c8[1])}</a> <a href="#">{e(c8[2])}</a> <a href="#">{e(c8[3])}</a> <a href="#">{e(c8[4])}</a></div>
<ul id="nav">{''.join(f'<li><a href="#">{e(x)}</a></li>' for x in nav8)}</ul>
</div>
<div class="main">
<div class="left">
<h3>{e(side8_h)}</h3>
<ul>{''.join(f'<li><a href="#">{e(x)}</a></li>' for x in side8)}</ul>
</div>
<div class="right">
<div class="position">{e(c8[12])}</div>
<div class="article">
<h1>{e(t8)}</h1>
<div class="info">{e(c8[13])}</div>
<div class="font">{e(c8[14])}</div>
<div class="content">
{''.join(f'<p>{e(x)}</p>' + chr(10) for x in b8)}</div>
<div class="share">{e(c8[15])}<a class="wx" href="#"></a><a class="wb" href="#"></a></div>
<div class="print"><a href="javascript:window.print()">{e(c8[16])}</a> <a href="javascript:window.close()">{e(c8[17])}</a></div>
</div>
<div class="related"><h3>相关阅读</h3><ul><li><a href="#">{e("秋冬季呼吸道传染病防控知识问答")}</a></li><li><a href="#">{e("国家疾控局发布流感疫苗接种技术指南（2025—2026）")}</a></li></ul></div>
</div>
</div>
<div id="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>{e(c8[-3])}</p>
<p>{e(c8[-2])}</p>
<p><img src="/qr.png" alt="健康山东">{e(c8[-1])}</p>
</div>
</body>
</html>
"""
hdoc("h2-08-shandong-flu-vaccination", "zh", "UTF-8", t8, b8, c8,
     dict(health_policy=True, kind="policy", tags=["public-health"], published="2025-10-09",
          regions=["370000"]), p8)

# =================================================================== h2-09 English portal, NHS dentistry
t9 = "Government sets out new NHS dental contract to tackle 'dental deserts'"
b9 = [
    "Dentists in England will be paid more for treating patients with complex needs and offered up to £20,000 to work in the areas with the fewest NHS practices, under a new contract set out by the Department of Health and Social Care on Wednesday.",
    "The reforms replace the much-criticised system of \"units of dental activity\", which dentists say pays the same for one filling as for ten and has driven many to stop taking NHS patients altogether.",
    "Under the new arrangements, practices will receive a fixed payment for each registered patient plus additional fees for complex treatment. Around 240 trainee dentists will be offered \"golden hello\" payments to spend three years in under-served parts of the North West, East Anglia and Cornwall.",
    "The British Dental Association welcomed the end of the old contract but warned that the funding envelope had not increased in real terms. \"Without new money this is rearranging the deckchairs,\" its chair said.",
    "Ministers said the changes would take effect from April 2026 after consultation with the profession.",
]
c9 = ["The Daily Courier", "News", "UK", "World", "Politics", "Health", "Business", "Opinion",
      "Subscribe", "Sign in",
      "Trending", "Budget 2025", "Energy bills", "Junior doctors' strike",
      "By Hannah Price, Health Correspondent",
      "12 March 2025 · 4 min read",
      "Share this article", "Facebook", "X", "LinkedIn", "Email",
      "Advertisement",
      "Most Read",
      "1. Hosepipe ban lifted across the South East",
      "2. Rail fares to rise 4.6% in spring",
      "3. Premier League club fined over spending rules",
      "Follow us on X", "Follow us on Instagram",
      "Back to top",
      "© 2025 The Daily Courier Ltd. All rights reserved.",
      "Cookie settings", "Terms", "Privacy"]
p9 = f"""<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(t9)} | The Daily Courier</title>
<meta property="og:title" content="{e(t9)}">
<meta property="article:published_time" content="2025-03-12T07:15:00Z">
</head>
<body>
<header>
<div class="brand">The Daily Courier</div>
<nav><a href="/">News</a><a href="/uk">UK</a><a href="/world">World</a><a href="/politics">Politics</a><a href="/health">Health</a><a href="/business">Business</a><a href="/opinion">Opinion</a></nav>
<div class="account"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div>
<div class="trending"><span>Trending</span><a href="#">Budget 2025</a><a href="#">Energy bills</a><a href="#">Junior doctors' strike</a></div>
</header>
<main>
<article>
<h1>{e(t9)}</h1>
<div class="byline"><span class="author">By Hannah Price, Health Correspondent</span></div>
<div class="meta"><time datetime="2025-03-12T07:15:00Z">12 March 2025 · 4 min read</time></div>
<div class="share"><span>Share this article</span><a href="#">Facebook</a><a href="#">X</a><a href="#">LinkedIn</a><a href="#">Email</a></div>
<div class="article-body">
{''.join(f'<p>{e(x)}</p>' + chr(10) for x in b9[:2])}<div class="ad">Advertisement</div>
{''.join(f'<p>{e(x)}</p>' + chr(10) for x in b9[2:])}</div>
</article>
<aside>
<h2>Most Read</h2>
<ol>
<li><a href="#">1. Hosepipe ban lifted across the South East</a></li>
<li><a href="#">2. Rail fares to rise 4.6% in spring</a></li>
<li><a href="#">3. Premier League club fined over spending rules</a></li>
</ol>
</aside>
</main>
<footer>
<div class="social"><a href="#">Follow us on X</a> <a href="#">Follow us on Instagram</a></div>
<a href="#top" class="top">Back to top</a>
<p>{e("© 2025 The Daily Courier Ltd. All rights reserved.")}</p>
<p><a href="#">Cookie settings</a> <a href="#">Terms</a> <a href="#">Privacy</a></p>
</footer>
</body>
</html>
"""
hdoc("h2-09-nhs-dental-contract", "en", "UTF-8", t9, b9, c9,
     dict(health_policy=True, kind="policy", tags=["primary-care", "health-workforce"],
          published="2025-03-12", regions=["GB"], source="The Daily Courier"), p9)

# =================================================================== h2-12 vaccine maker Q3 results
t12 = "Veridian Biologics Reports Third-Quarter 2025 Financial Results and Raises Full-Year Revenue Guidance"
b12 = [
    "CAMBRIDGE, Mass., November 6, 2025 -- Veridian Biologics, Inc. (NASDAQ: VRDB), a vaccine company, today reported financial results for the third quarter ended September 30, 2025.",
    "Total revenue was $612 million, up 18% from $519 million in the third quarter of 2024, driven by U.S. sales of the company's respiratory syncytial virus (RSV) vaccine for adults aged 60 and older, which reached $388 million.",
    "Net income was $94 million, or $0.81 per diluted share, compared with a net loss of $12 million, or $0.11 per share, a year earlier. Research and development expenses were $171 million.",
    "The company now expects full-year 2025 revenue of $2.15 billion to $2.25 billion, up from its previous range of $1.95 billion to $2.10 billion. Guidance assumes no change to current CDC recommendations for the 2025-2026 respiratory season.",
    "Cash, cash equivalents and investments totaled $3.4 billion at quarter end.",
    "Veridian will host a conference call and webcast at 8:00 a.m. ET today.",
]
c12 = ["Newsroom", "Press Releases", "Investors", "Media Contacts", "Search",
       "News provided by Veridian Biologics",
       "Nov 06, 2025, 07:00 ET",
       "Forward-Looking Statements",
       "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially from those indicated.",
       "Investor Contact: ir@veridianbio.example",
       "SOURCE Veridian Biologics, Inc.",
       "Related Links",
       "Q3 2025 Earnings Presentation",
       "View original content",
       "Also from this source",
       "Veridian Biologics to Present at Healthcare Investor Conference",
       "Sign up for email alerts",
       "© 2025 Newswire Distribution Services. All Rights Reserved."]
p12 = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{e(t12)}</title>
<meta name="date" content="2025-11-06">
</head>
<body>
<div class="topbar"><a href="#">Newsroom</a> <a href="#">Press Releases</a> <a href="#">Investors</a> <a href="#">Media Contacts</a> <button>Search</button></div>
<div class="release">
<div class="issuer">News provided by Veridian Biologics</div>
<h1>{e(t12)}</h1>
<p class="mb-no-margin">Nov 06, 2025, 07:00 ET</p>
<section class="release-body">
{''.join(f'<p>{e(x)}</p>' + chr(10) for x in b12)}<p><b>Forward-Looking Statements</b></p>
<p>{e(c12[8])}</p>
<p>Investor Contact: ir@veridianbio.example</p>
<p>SOURCE Veridian Biologics, Inc.</p>
</section>
<div class="links"><h3>Related Links</h3><a href="#">Q3 2025 Earnings Presentation</a></div>
<p><a href="#">View original content</a></p>
</div>
<aside><h4>Also from this source</h4><ul><li><a href="#">Veridian Biologics to Present at Healthcare Investor Conference</a></li></ul>
<p><a href="#">Sign up for email alerts</a></p></aside>
<footer>{e(c12[-1])}</footer>
</body>
</html>
"""
hdoc("h2-12-vaccine-maker-q3-results", "en", "UTF-8", t12, b12, c12,
     dict(health_policy=False, kind="earnings", tags=[], published="2025-11-06", regions=["US"]), p12)

# =================================================================== h2-15 trial result
t15 = "Weekly insulin as good as daily jabs for type 2 diabetes, UK trial finds"
b15 = [
    "A once-weekly insulin injection controlled blood sugar as well as daily injections in people with type 2 diabetes, according to results of a phase 3 trial presented at a diabetes conference in Glasgow.",
    "The trial, led by researchers at the University of Leeds, randomly assigned 1,040 adults who had not used insulin before to either the weekly treatment or a standard daily basal insulin for 52 weeks.",
    "After a year, average HbA1c fell by 1.4 percentage points in the weekly group and 1.3 points in the daily group, meeting the trial's non-inferiority goal. Rates of severe low blood sugar were similar in both groups.",
    "\"Fewer injections could make it easier for people to start and stay on insulin,\" said the study's lead author. The manufacturer said it would apply for a licence next year.",
    "The results have not yet been published in a peer-reviewed journal.",
]
c15 = ["MedWire Today", "Menu", "Latest", "Oncology", "Cardiology", "Diabetes", "Infectious disease",
       "Endocrinology",
       "Reporting by Tom Ellis",
       "Published: 3 June 2025",
       "Tweet", "Share", "Email",
       "Sponsored content",
       "Sign up for the MedWire daily briefing",
       "You May Also Like",
       "GLP-1 drugs linked to lower risk of kidney failure",
       "Continuous glucose monitors cut hospital visits, study says",
       "About us · Advertise · Contact · Privacy policy"]
p15 = f"""<html>
<head><meta charset="utf-8"><title>{e(t15)} - MedWire Today</title></head>
<body>
<div id="masthead"><span class="logo">MedWire Today</span> <button>Menu</button></div>
<ul class="sections"><li>Latest</li><li>Oncology</li><li>Cardiology</li><li>Diabetes</li><li>Infectious disease</li></ul>
<div class="story">
<div class="kicker">Endocrinology</div>
<h1 class="headline">{e(t15)}</h1>
<div class="byline">Reporting by Tom Ellis</div>
<div class="dateline">Published: 3 June 2025</div>
<div class="sharebar"><a>Tweet</a><a>Share</a><a>Email</a></div>
{''.join(f'<p>{e(x)}</p>' + chr(10) for x in b15)}</div>
<div class="promo"><small>Sponsored content</small></div>
<div class="newsletter"><a href="#">Sign up for the MedWire daily briefing</a></div>
<div class="more"><h4>You May Also Like</h4>
<a href="#">GLP-1 drugs linked to lower risk of kidney failure</a>
<a href="#">Continuous glucose monitors cut hospital visits, study says</a></div>
<div class="foot">{e(c15[-1])}</div>
</body></html>
"""
hdoc("h2-15-weekly-insulin-trial", "en", "UTF-8", t15, b15, c15,
     dict(health_policy=False, kind="trial", tags=[], published="2025-06-03", regions=["GB"]), p15)


# ---------------------------------------------------------------- writing + checks

class Visible(HTMLParser):
    SKIP = {"script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(ws(data))


def tq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tlist(xs):
    if not xs:
        return "[]"
    return "[\n" + "".join(f"  {tq(x)},\n" for x in xs) + "]"


def gold_toml(d):
    L = d["labels"]
    out = [f"lang = {tq(d['lang'])}", f"encoding = {tq(d['encoding'])}",
           f"title = {tq(d['title'])}", f"body = {tlist(d['body'])}",
           f"chrome = {tlist(d['chrome'])}", "", "[labels]",
           f"health_policy = {'true' if L['health_policy'] else 'false'}",
           f"kind = {tq(L['kind'])}", f"tags = {tlist(L['tags']) if L['tags'] else '[]'}"]
    if "published" in L:
        out.append(f"published = {tq(L['published'])}")
    out.append(f"regions = [{', '.join(tq(r) for r in L['regions'])}]")
    if "source" in L:
        out.append(f"source = {tq(L['source'])}")
    return "\n".join(out) + "\n"


def encode(d):
    text = d["page"]
    if d["crlf"]:
        text = text.replace("\n", "\r\n")
    enc = d["encoding"]
    if enc == "UTF-8":
        return text.encode("utf-8")
    if enc == "UTF-8-BOM":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode({"GBK": "gbk"}[enc])


def check(d, raw):
    errs = []
    enc = d["encoding"]
    dec = raw.decode({"UTF-8": "utf-8", "UTF-8-BOM": "utf-8-sig", "GBK": "gbk"}[enc])
    if "\ufffd" in dec:
        errs.append("U+FFFD after decoding")
    golds = ([d["title"]] if d["title"] else []) + d["body"] + d["chrome"]
    if d["ext"] == "txt":
        lines = [ws(l) for l in dec.splitlines() if l.strip()]
        lineset = set(lines)
        for g in golds:
            if ws(g) not in lineset:
                errs.append(f"gold string is not a line of the page: {g[:40]}")
        gs = set(ws(g) for g in golds)
        for l in lines:
            if l not in gs:
                errs.append(f"unlabelled line: {l[:40]}")
    else:
        v = Visible()
        v.feed(dec)
        vis = ws(" ".join(v.nodes))
        for g in golds:
            if ws(g) not in vis:
                errs.append(f"gold string not visible: {g[:40]}")
        for n in v.nodes:
            if not re.search(r"\w", n):
                continue  # separators such as | are not listed
            if not any(n in ws(g) for g in golds):
                errs.append(f"unlabelled visible text: {n[:40]}")
    # chrome must not be a body paragraph or (10+ chars) inside one
    for c in d["chrome"]:
        for b in d["body"] + ([d["title"]] if d["title"] else []):
            cc = ws(c)
            if cc == ws(b) or (len(re.sub(r"\s", "", cc)) >= 10 and cc in ws(b)):
                errs.append(f"chrome inside body/title: {c[:40]}")
    if len(set(d["chrome"])) != len(d["chrome"]):
        errs.append("duplicate chrome entries")
    return errs


def main():
    os.makedirs(OUT, exist_ok=True)
    bad = 0
    for d in DOCS:
        raw = encode(d)
        with open(os.path.join(OUT, f"{d['name']}.{d['ext']}"), "wb") as f:
            f.write(raw)
        g = gold_toml(d)
        with open(os.path.join(OUT, f"{d['name']}.gold.toml"), "w", encoding="utf-8") as f:
            f.write(g)
        parsed = tomllib.loads(g)
        assert parsed["title"] == d["title"] and parsed["body"] == d["body"]
        errs = check(d, raw)
        for x in errs:
            print(f"{d['name']}: {x}")
        bad += len(errs)
    print(f"{len(DOCS)} documents, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
