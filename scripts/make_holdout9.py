#!/usr/bin/env python3
"""Generate the blind held-out set tests/holdout9/ (pages, gold files, README) and check it.

Written without looking at healthfeed's src/, config/, scripts/ (other than this file) or
any other corpus: the pages imitate the web (news portals, provincial papers, English
editions, municipal English portals, wire copy, trade press, newsletters, PDFs turned into
text), not the rules. Every page is invented.

Page sources are written in two small notations so that the gold labels cannot drift from
the page text:

* text pages: one line per page line, `T|` title, `B|` body paragraph, `C|` chrome, an empty
  line is an empty line. Leading indentation of a body line is not part of the paragraph.
* HTML pages: the markup with `[[T:…]]`, `[[B:…]]`, `[[C:…]]` around the fragment whose
  visible text is the title, one body paragraph, or one chrome block.

After writing, the script re-reads every file from disk and checks it independently (an
HTML renderer of its own, tomllib for the gold) and exits non-zero on any problem.

Regenerate with: python3 scripts/make_holdout9.py
"""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import json
import re
import sys
import tomllib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "holdout9"

TAGS = {
    "medical-reform", "public-health", "tcm", "elderly-care", "health-industry",
    "medical-insurance", "primary-care", "hospital-development", "healthy-city",
    "digital-health", "health-workforce", "drug-policy", "maternal-child", "chronic-disease",
}
KINDS = {"policy", "marketing", "wellness", "trial", "earnings", "job-ad", "tender", "economy", "other"}
HARD_NEGATIVES = KINDS - {"policy", "other"}
CODECS = {
    "UTF-8": "utf-8", "UTF-8-BOM": "utf-8", "GBK": "gbk", "GB18030": "gb18030",
    "Big5": "big5", "windows-1252": "cp1252", "UTF-16LE": "utf-16-le",
}
# charset names a page may declare in <meta> for each gold encoding
META_CHARSETS = {
    "UTF-8": {"utf-8"}, "UTF-8-BOM": {"utf-8"}, "GBK": {"gbk", "gb2312"},
    "GB18030": {"gb18030", "gbk", "gb2312"}, "Big5": {"big5"}, "windows-1252": {"windows-1252", "iso-8859-1"},
}
TOP_KEYS = {"lang", "encoding", "title", "body", "chrome", "labels"}
LABEL_KEYS = {"health_policy", "kind", "tags", "published", "regions", "source"}

WS = re.compile(r"\s+")
ALNUM = re.compile(r"[^\W_]")


def norm(s: str) -> str:
    return WS.sub(" ", s).strip()


def nonws_len(s: str) -> int:
    return len(WS.sub("", s))


PAGES: list[dict] = []


def page(name, lang, encoding, labels, *, txt=None, html=None, crlf=False, traditional=False):
    PAGES.append(dict(name=name, lang=lang, encoding=encoding, labels=labels, txt=txt, html=html,
                      crlf=crlf, traditional=traditional))


def L(health_policy, kind, tags, regions, published=None, source=None):
    d = {"health_policy": health_policy, "kind": kind, "tags": tags}
    if published:
        d["published"] = published
    d["regions"] = regions
    if source:
        d["source"] = source
    return d


# ---------------------------------------------------------------------------------------------
# The pages. Chinese first (h9-zh-01 … 10), then English (h9-en-01 … 10).
# ---------------------------------------------------------------------------------------------

# zh-01: a national portal reposting a provincial paper; 责任编辑, 举报, 打开APP, comments.
page("h9-zh-01-portal-sichuan-drg-dip", "zh", "UTF-8",
     L(True, "policy", ["medical-insurance", "medical-reform"], ["510000"], "2024-04-18", "蜀江日报"),
     txt="""
C|云帆网首页
C|新闻  财经  科技  体育  娱乐  汽车  房产  健康  教育  视频  直播
C|登录 | 注册 | 下载客户端
C|云帆新闻 > 国内新闻 > 正文
T|四川出台医保支付方式改革三年行动计划 2025年底DRG/DIP付费全覆盖
C|2024-04-18 07:32  蜀江日报
C|举报
C|0
C|A-  A+

B|　　4月17日，记者从四川省医疗保障局获悉，《四川省深化医保支付方式改革三年行动计划（2024—2026年）》近日印发。计划明确，到2025年底，全省21个市（州）全面实施按疾病诊断相关分组（DRG）或按病种分值（DIP）付费，实现统筹地区、医疗机构、病种和医保基金四个方面全覆盖；到2026年，基本建成管用高效的多元复合式医保支付体系。
B|　　“按项目付费，做得越多、收得越多，容易诱导过度检查、过度治疗。”省医保局医药服务管理处负责人介绍，DRG/DIP付费是根据疾病诊断、治疗方式等把病例分组，医保部门对每一组病例事先确定支付标准，“相当于给医院一个打包价，结余留用、合理超支分担，引导医院主动控成本、提质量。”
C|相关阅读：四川职工医保门诊共济改革全面落地，个人账户可为家人缴纳居民医保
B|　　记者了解到，成都、德阳、泸州等地已于2022年启动DRG/DIP实际付费。德阳实施DIP付费一年来，参保患者住院次均费用下降7.8%，个人负担比例下降2.3个百分点，平均住院日缩短0.6天。
B|　　计划提出，要坚持医保、医疗、医药协同发展和治理，把支付方式改革与公立医院综合改革、医疗服务价格改革、药品耗材集中带量采购统筹推进，同步深化公立医院薪酬制度改革，让医务人员多劳多得、优绩优酬，而不是靠开药和检查增加收入。
C|广告  五一出行季｜云帆旅行酒店低至5折，点击领券>>
B|　　对于群众关心的“医院会不会推诿重病患者”问题，计划要求建立特例单议机制，对住院时间长、医疗费用高、新药耗材使用多的复杂病例，经专家评议后可按实际费用单独支付，确保“该用的药能用、该做的检查能做”。
B|　　省医保局还将依托全省统一的医保信息平台，把分解住院、高套分组、转嫁费用等行为纳入智能监控规则库。参保群众就医时如被要求自费购买目录内药品，或未达出院标准被要求出院，可拨打12393医保服务热线投诉。
B|　　此外，计划还提出在紧密型县域医共体推行医保基金“总额付费、结余留用、合理超支分担”，2024年先在30个县（市、区）开展试点。
C|（原标题：我省印发深化医保支付方式改革三年行动计划）
C|责任编辑：李沐阳 SN208
C|打开云帆新闻APP，阅读全文
C|举报 / 反馈

C|我要评论  已有312条评论
C|热门评论
C|蜀南老张  四川宜宾  04-18 09:12
C|县医院什么时候也能跟上？别光是大城市搞改革，我们小地方看病一样要花钱
C|赞(126)  回复
C|云帆网友8832  四川成都  04-18 08:47
C|按病种付费以后住院天数确实短了，就是出院以后还得自己再找地方康复
C|赞(58)  回复
C|查看全部312条评论 >
C|猜你喜欢
C|医保个人账户改革后，门诊报销比例怎么算？一文看懂
C|成都：第九批国家集采药品4月底前全部落地
C|三甲医院医生提醒：这3项体检不必每年都做
C|24小时热榜
C|1  清明假期全省接待游客同比增长28%
C|2  四川多地发布大风蓝色预警
C|3  川南高铁最新进展来了
C|关于云帆 | 广告服务 | 联系我们 | 诚聘英才 | 网站律师 | 隐私保护 | 意见反馈
C|Copyright © 1998-2024 YUNFAN. All Rights Reserved. 云帆公司版权所有
C|京ICP证000123号  京网文〔2022〕0876-036号  京公网安备11010802020123号
C|违法和不良信息举报电话：010-62675188  举报邮箱：jubao@yunfan.com
C|[Scraped at 2024-04-19T02:11:08Z]
""")

# zh-02: a red-header policy document (PDF) turned into text: page numbers and viewer page
# markers between body paragraphs, one paragraph cut by a page break mid-sentence.
page("h9-zh-02-taizhou-js-family-doctor-pdf", "zh", "GB18030",
     L(True, "policy", ["primary-care", "chronic-disease"], ["321200"], "2023-08-15"),
     txt="""
C|泰州市卫生健康委员会网站
C|首页 > 信息公开 > 规范性文件 > 附件
C|文件下载：泰卫基〔2023〕42号.pdf（PDF格式，共6页，312KB）
C|====== 以下为PDF文档转换文本，格式可能有偏差 ======

C|泰州市卫生健康委员会文件
C|泰卫基〔2023〕42号

T|关于印发《泰州市家庭医生签约服务提质扩面实施方案（2023—2025年）》的通知

B|各市（区）卫生健康委（局），委直属各单位：
B|　　为进一步做实做优家庭医生签约服务，推动我市基层医疗卫生服务高质量发展，现将《泰州市家庭医生签约服务提质扩面实施方案（2023—2025年）》印发给你们，请结合实际认真贯彻落实。
B|泰州市卫生健康委员会
B|2023年8月15日
B|（此件公开发布）

C|— 1 —
C|第 1 页 共 6 页

B|泰州市家庭医生签约服务提质扩面实施方案（2023—2025年）
B|　　为深入贯彻落实《关于推进家庭医生签约服务高质量发展的指导意见》（国卫基层发〔2022〕10号）和江苏省卫生健康委等部门工作要求，持续扩大签约服务覆盖面、提升签约服务质量，增强群众获得感，结合我市实际，制定本方案。
B|一、工作目标
B|　　到2025年，全市家庭医生签约服务覆盖率在2022年基础上每年提升1—3个百分点，重点人群签约服务覆盖率达到75%以上，签约居民续约率达到80%以上；高血压、2型糖尿病患者基层规范管理服务率均达到65%以上。海陵区、高港区、姜堰区、医药高新区和兴化市、靖江市、泰兴市各建成不少于5个示范性家庭医生工作室。
B|二、重点任务
B|　　（一）扩大签约服务覆盖面。在确保服务质量和签约感受度的前提下，优先覆盖老年人、孕产妇、儿童、残疾人、脱贫人口以及高血压、糖尿病、结核病、严重精神障碍患者等重点人群，逐步扩展到全人群。鼓励二级及以上医院在职医师、退休临床医师和中医类别医师加入家庭医生团队，到2025年，每个团队至少有1名具有中级及以上职称的医师。

C|— 2 —
C|第 2 页 共 6 页

B|　　（二）丰富签约服务内容。根据签约居民健康需求，设计不同类型的个性化服务包。签约居民可享受以下服务：
B|• 个性化健康评估，制定健康管理方案；
B|• 预约转诊、优先就诊和优先检查；
B|• 慢性病长期处方，病情稳定的可一次开具最长12周用量；
B|• 家庭病床、上门巡诊等服务（按规定收取相应费用）。
B|　　（三）推进医防融合服务。依托基层慢性病管理中心和“两病”专病门诊，为签约的高血压、糖尿病患者提供随访评估、用药指导和并发症筛查服务。对血压、血糖控制不满意的患者，家庭医生应及时通过医联体内上级医院的专家号源

C|— 3 —
C|第 3 页 共 6 页

B|优先转诊，转诊后3个工作日内完成回访，并将诊疗结果纳入居民电子健康档案。
B|　　（四）落实签约服务费政策。签约服务费由医保基金、基本公共卫生服务经费和签约居民付费等分担，原则上每人每年不低于120元。签约服务费的70%以上用于家庭医生团队，在绩效工资分配时单列，不纳入单位绩效工资总量核定基数。
B|　　（五）开展示范创建。各地要在2024年6月底前完成示范性家庭医生工作室申报，市卫生健康委组织评估后予以命名，并在基层医疗卫生机构等级评审中予以加分。
B|附表：各市（区）重点人群签约服务覆盖率年度目标
B|地区　　　2023年　　2024年　　2025年
B|海陵区　　71%　　　73%　　　75%
B|高港区　　70%　　　73%　　　75%
B|姜堰区　　70%　　　72%　　　75%
B|兴化市　　68%　　　72%　　　75%

C|— 4 —
C|第 4 页 共 6 页

B|靖江市　　69%　　　72%　　　75%
B|泰兴市　　68%　　　71%　　　75%
B|医药高新区　72%　　　74%　　　76%
B|三、保障措施
B|　　（一）加强组织领导。各市（区）要将家庭医生签约服务纳入深化医药卫生体制改革重点任务，明确责任分工，每季度调度工作进展，确保各项目标任务按期完成。
B|　　（二）强化信息支撑。依托全民健康信息平台，推进签约、履约、转诊、随访等信息互联互通，签约居民可在线查询本人签约信息和健康档案。

C|— 5 —
C|第 5 页 共 6 页

B|　　（三）加强宣传引导。充分利用各类媒体宣传家庭医生签约服务政策和典型经验。居民可关注“健康泰州”微信公众号或拨打12320卫生健康热线，了解签约服务内容并就近选择家庭医生团队。
B|　　本方案自2023年10月1日起施行，有效期至2025年12月31日。
C|抄送：市医保局，市财政局，市人社局。
C|泰州市卫生健康委员会办公室　　　　　　　2023年8月15日印发

C|— 6 —
C|第 6 页 共 6 页
C|====== 文档结束 ======
C|【打印】【关闭窗口】
C|URL: https://wjw.taizhou.gov.cn/art/art_51234_3456789.html
""")

# zh-03: a provincial newspaper's city channel, old table layout, GBK page that declares gb2312
# (the reporter's name 喆 is outside GB2312), hit counter written by a script.
page("h9-zh-03-zhehai-wenling-elder-canteens", "zh", "GBK",
     L(True, "policy", ["elderly-care"], ["331081"], "2024-01-09", "浙海日报"),
     html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>温岭83个村社实现老年助餐全覆盖_台州频道_浙海网</title>
<meta name="keywords" content="温岭,长者食堂,老年助餐,民生实事" />
<meta name="description" content="温岭市83个村（社区）实现老年助餐服务全覆盖，80周岁以上老人每餐补助3元。" />
<link href="/css/style2012.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript">
function doZoom(size){ document.getElementById('zoom').style.fontSize=size+'px'; }
</script>
<style type="text/css">
.zw_title{font-size:26px;font-weight:bold;color:#000;}
.pic_txt{color:#666;font-size:12px;}
</style>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr>
    <td width="300"><a href="http://www.zhehai.com.cn/"><img src="/images/logo_zh.gif" alt="浙海网" width="280" height="60" /></a></td>
    <td align="right" class="top_link">[[C:<a href="/app/">浙海新闻客户端</a>]] | [[C:<a href="/epaper/">数字报</a>]] | [[C:<a href="/sitemap.html">网站地图</a>]] | [[C:<a href="javascript:AddFavorite();">加入收藏</a>]]</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav">
  <tr>
    <td class="nav_td">
      [[C:<a href="/">首页</a>]]&nbsp;&nbsp;[[C:<a href="/news/zj/">浙江新闻</a>]]&nbsp;&nbsp;[[C:<a href="/news/gn/">国内国际</a>]]&nbsp;&nbsp;[[C:<a href="/hz/">杭州</a>]]&nbsp;&nbsp;[[C:<a href="/nb/">宁波</a>]]&nbsp;&nbsp;[[C:<a href="/wz/">温州</a>]]&nbsp;&nbsp;[[C:<a href="/tz/">台州</a>]]&nbsp;&nbsp;[[C:<a href="/ls/">丽水</a>]]&nbsp;&nbsp;[[C:<a href="/pl/">评论</a>]]&nbsp;&nbsp;[[C:<a href="/ms/">民生</a>]]&nbsp;&nbsp;[[C:<a href="/video/">视频</a>]]
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td height="30" class="dqwz">[[C:当前位置：<a href="/">浙海网</a> &gt;&gt; <a href="/tz/">台州频道</a> &gt;&gt; <a href="/tz/xsq/">县市区</a> &gt;&gt; 正文]]</td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="680" valign="top" class="left_main">
      <div class="yt">[[C:【民生实事看落实】]]</div>
      <div class="zw_title">[[T:温岭：“长者食堂”开到老人家门口]]</div>
      <div class="zw_info">[[C:2024-01-09 08:45:12　来源：浙海日报　作者：记者 陈喆 通讯员 温民宣　浏览次数：<script type="text/javascript" src="/count.php?id=2024010934521"></script>]]</div>
      <div class="zw_font">[[C:字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]]</div>
      <div id="zoom" class="zw_content">
<p>[[B:　　“今天中午是红烧带鱼、炒青菜，还有一碗紫菜蛋花汤，一共才花了7块钱。”1月8日中午，在温岭市城东街道横湖社区的长者食堂里，82岁的林阿婆一边吃饭一边说。]]</p>
<p>[[B:　　记者从温岭市民政局获悉，2023年温岭把老年助餐服务列入民生实事项目，全市新建、改建长者食堂和助餐点83个，实现有需求的村（社区）助餐服务全覆盖，全年累计提供助餐服务42.6万人次。]]</p>
<p align="center"><img src="/pic/2024/01/09/wl_zsst.jpg" width="560" border="0" alt="" /></p>
<p class="pic_txt" align="center">[[C:图为温岭市一家长者食堂内，老人们正在就餐。记者 陈喆 摄]]</p>
<p>[[B:　　根据《温岭市老年助餐服务补助实施办法》，60周岁以上本市户籍老人在助餐点就餐，每餐可享受1元补助；80周岁以上老人以及低保、低边家庭中的老人，每餐补助3元。对失能、独居等行动不便的老人，由村（社区）组织志愿者送餐上门，送餐费用由村级集体经济和慈善资金承担。]]</p>
<p>[[B:　　为解决长者食堂“开得起、办得久”的问题，温岭探索“政府补一点、集体出一点、社会捐一点、个人付一点”的运营模式。市财政对新建长者食堂按每家最高8万元给予建设补助，并按实际就餐人次给予运营补助；同时引导辖区卫生院在长者食堂设立健康服务点，每月开展一次免费血压血糖检测。]]</p>
<p>[[B:　　民生无小事，一餐总关情。]]</p>
<p>[[B:　　温岭市民政局相关负责人表示，2024年将再新增助餐点20个，推动长者食堂与居家养老服务照料中心融合运营，并试点“刷脸就餐”，老人刷脸或出示社保卡即可自动识别补助资格。]]</p>
      </div>
      <div class="zw_bj">[[C:责任编辑：吴一帆]]</div>
      <div class="zw_gn">[[C:<a href="javascript:window.print();">【打印本页】</a>]]&nbsp;[[C:<a href="javascript:window.close();">【关闭窗口】</a>]]</div>
      <div class="sxp">
        [[C:上一篇：<a href="/tz/xsq/202401/t20240109_34520.shtml">临海古城新春灯会1月20日亮灯</a>]]<br />
        [[C:下一篇：<a href="/tz/xsq/202401/t20240109_34522.shtml">玉环渔民赶海“冬捕”忙</a>]]
      </div>
    </td>
    <td width="20">&nbsp;</td>
    <td width="300" valign="top" class="right_side">
      <div class="r_tit">[[C:热点推荐]]</div>
      <ul class="r_list">
        <li>[[C:<a href="/tz/202401/t20240108_34488.shtml">台州市区新增3条公交线路 1月15日起开通</a>]]</li>
        <li>[[C:<a href="/tz/202401/t20240108_34470.shtml">三门县人民医院新院区正式启用</a>]]</li>
        <li>[[C:<a href="/tz/202401/t20240107_34432.shtml">天台县60岁以上老人可免费乘坐城乡公交</a>]]</li>
        <li>[[C:<a href="/tz/202401/t20240106_34401.shtml">黄岩蜜橘“上新”电商直播间 一天卖出12万斤</a>]]</li>
      </ul>
      <div class="r_tit">[[C:图片新闻]]</div>
      <div class="r_pic"><img src="/pic/2024/01/08/tz_snow.jpg" width="280" alt="" /><br />[[C:括苍山迎来今冬首场雾凇]]</div>
      <div class="r_ewm"><img src="/images/ewm_wx.jpg" width="120" alt="" /><br />[[C:扫一扫 关注浙海日报微信公众号]]</div>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr>
    <td align="center">
      [[C:<a href="/about/">关于我们</a>]] | [[C:<a href="/ad/">广告服务</a>]] | [[C:<a href="/contact/">联系我们</a>]] | [[C:<a href="/copyright/">版权声明</a>]]<br />
      [[C:浙海日报社版权所有 未经书面授权禁止复制或建立镜像]]<br />
      [[C:<a href="https://beian.miit.gov.cn/">浙ICP备05012345号-1</a>]]　[[C:浙公网安备 33010302000123号]]<br />
      [[C:违法和不良信息举报电话：0571-85310000]]<br />
      [[C:建议使用1024×768分辨率 IE8.0以上版本浏览器访问本站]]
    </td>
  </tr>
</table>
<script type="text/javascript">var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="//hm.example.com/hm.js?a1b2c3";document.body.appendChild(hm);})();</script>
</body>
</html>
""")

# zh-04: Hong Kong government press release, traditional script, Big5 (衛 rather than 衞:
# the Big5 table has no 衞); almost no chrome; 完 and the date/time lines end it.
page("h9-zh-04-hk-school-flu-vaccination", "zh", "Big5",
     L(True, "policy", ["public-health", "maternal-child"], ["810000"], "2023-10-05"),
     traditional=True,
     txt="""
C|香港特別行政區政府 新聞公報
C|English | 繁體版 | 簡體版
C|主頁 > 新聞公報 > 衛生
T|流感疫苗學校外展計劃新學年展開 衛生防護中心籲家長盡早同意子女接種

B|　　衛生署衛生防護中心今日（十月五日）宣布，2023/24年度季節性流感疫苗學校外展（免費）計劃本月起陸續在全港幼稚園、幼兒中心、小學及中學展開。中心呼籲家長盡快交回同意書，讓子女在流感季節高峰期來臨前接種疫苗。
B|　　衛生防護中心總監區德明醫生表示：「流感可以引致嚴重併發症，甚至死亡，幼童、長者和長期病患者的風險尤其高。接種疫苗是預防季節性流感及其併發症的有效方法之一，我們強烈建議所有六個月或以上的兒童每年接種。」
B|　　本年度已有超過1 900所學校和幼兒教育機構登記參加外展計劃，較上年度增加約一成，政府今年亦首次把計劃擴展至全港所有特殊幼兒中心。未能在學校接種的合資格兒童，可透過「疫苗資助計劃」到已登記的私家醫生診所接種，每劑資助額為260元；部分參與的醫生不會另收額外費用。
B|　　此外，懷孕婦女屬優先接種群組，可於衛生署轄下的母嬰健康院或醫院管理局的產前診所免費接種季節性流感疫苗。衛生署提醒，孕婦接種疫苗不但可以保護自己，亦可透過胎盤把抗體傳給胎兒，在嬰兒出生後首數個月提供保護。
B|　　市民如對計劃有查詢，可於辦公時間致電衛生防護中心熱線2961 8988，或瀏覽中心網頁的季節性流感專題。
C|完

C|2023年10月5日（星期四）
C|香港時間16時30分
C|今日新聞　　新聞公報封存
C|返回頁首
C|版權所有 2023  |  重要告示  |  私隱政策  |  無障礙聲明
""")

# zh-05: Taiwanese news portal, wellness tips dressed in agency vocabulary; relative time only.
page("h9-zh-05-tw-portal-cold-wave-blood-pressure", "zh", "UTF-8",
     L(False, "wellness", [], ["710000"]),
     traditional=True,
     html="""<!doctype html>
<html lang="zh-Hant-TW">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>寒流來襲血壓易飆升 醫師教你「三不一要」護心 | 生活 | 聯晴新聞網</title>
<meta property="og:title" content="寒流來襲血壓易飆升 醫師教你「三不一要」護心">
<meta property="og:site_name" content="聯晴新聞網">
<meta property="og:type" content="article">
<meta name="description" content="冷氣團接連報到，國民健康署提醒高血壓患者及中老年人注意保暖。">
<link rel="stylesheet" href="https://static.lianqing.tw/css/main.9f3c1.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body class="article-page">
<div class="top-bar">
  <a class="logo" href="/"><img src="/img/logo.svg" alt="聯晴新聞網"></a>
  <ul class="main-menu">
    <li>[[C:<a href="/politics">政治</a>]]</li><li>[[C:<a href="/society">社會</a>]]</li><li>[[C:<a href="/life">生活</a>]]</li><li>[[C:<a href="/health">健康</a>]]</li><li>[[C:<a href="/finance">財經</a>]]</li><li>[[C:<a href="/world">國際</a>]]</li><li>[[C:<a href="/ent">娛樂</a>]]</li>
  </ul>
  <div class="member">[[C:<a href="/login">登入</a>]] [[C:<a href="/join">加入會員</a>]]</div>
</div>
<div class="app-banner">[[C:下載聯晴新聞APP，即時新聞不漏接]] [[C:<a href="/app">立即下載</a>]]</div>
<main class="container">
<article class="story">
  <div class="story-cat">[[C:<a href="/life">生活</a>]]</div>
  <h1 class="story-title">[[T:寒流來襲血壓易飆升 醫師教你「三不一要」護心]]</h1>
  <div class="story-meta">[[C:<span class="author">文／記者林怡君</span> <span class="time">3小時前</span>]]</div>
  <div class="share-bar">[[C:分享]] [[C:<a class="s-line" href="#">LINE</a>]] [[C:<a class="s-fb" href="#">Facebook</a>]] [[C:<button class="copy">複製連結</button>]] [[C:<button class="fs">A+</button>]]</div>
  <figure class="story-img">
    <img src="https://img.lianqing.tw/2024/bp_cold.jpg" alt="量血壓">
    <figcaption>[[C:國健署提醒，氣溫驟降時血壓容易上升。（圖／翻攝自國健署臉書）]]</figcaption>
  </figure>
  <div class="story-body">
    <p>[[B:冷氣團接連報到，日夜溫差大，衛生福利部國民健康署提醒，氣溫驟降時血管收縮，血壓容易上升，高血壓患者及中老年人要特別注意保暖，避免心血管疾病發作。]]</p>
    <p>[[B:國健署指出，依據調查，國內18歲以上民眾約每4人就有1人患有高血壓，但其中約3成不知道自己血壓偏高。醫師表示，寒流期間清晨起床是最危險的時段，建議起床前先在被窩裡活動手腳，再慢慢坐起。]]</p>
    <div class="ad-inline">[[C:廣告]]</div>
    <p>[[B:新光紀念醫院心臟內科主治醫師王柏翰建議，天冷護心可把握「三不一要」原則：]]</p>
    <p>[[B:一、不要一起床就外出運動，等太陽出來、氣溫回升再出門。]]</p>
    <p>[[B:二、不要洗太燙的熱水澡，水溫以40度以下為宜，時間不超過15分鐘。]]</p>
    <p>[[B:三、不要暴飲暴食，少吃火鍋湯底、醃漬品等高鈉食物。]]</p>
    <p>[[B:一要：每天早晚量血壓並記錄下來，回診時交給醫師參考。]]</p>
    <p class="read-more">[[C:推薦閱讀：<a href="/health/8812341">冬天洗澡先洗哪裡？醫師：這個順序最不傷心血管</a>]]</p>
    <p>[[B:國健署也提醒，40歲以上民眾每3年可使用1次免費成人預防保健服務，65歲以上每年1次，檢查血壓、血糖與血脂。如出現胸悶、單側手腳無力、說話不清等症狀，應立即撥打119送醫。]]</p>
  </div>
  <div class="story-tags">[[C:<a href="/tag/寒流">#寒流</a>]] [[C:<a href="/tag/高血壓">#高血壓</a>]] [[C:<a href="/tag/國健署">#國健署</a>]]</div>
  <div class="follow">[[C:追蹤聯晴新聞LINE官方帳號，健康資訊每天送到你手機]] [[C:<a href="#">加入好友</a>]]</div>
</article>
<section class="comments">
  <h3>[[C:留言 23]]</h3>
  <div class="c-item">[[C:<span class="c-user">阿霞</span> <span class="c-text">我爸每次寒流都不肯穿外套，要把這篇給他看</span>]]</div>
  <div class="c-item">[[C:<span class="c-user">Kevin Chen</span> <span class="c-text">洗熱水澡那點真的要注意</span>]]</div>
  <a class="c-more" href="#">[[C:看更多留言]]</a>
</section>
<aside class="sidebar">
  <h3>[[C:熱門新聞]]</h3>
  <ol>
    <li>[[C:<a href="/society/8812290">北部低溫下探8度 山區有機會降雪</a>]]</li>
    <li>[[C:<a href="/finance/8812277">電價審議會結果出爐 住宅用電不調漲</a>]]</li>
    <li>[[C:<a href="/life/8812265">長照2.0新制上路 這些家庭可多領補助</a>]]</li>
  </ol>
  <h3>[[C:你可能也喜歡]]</h3>
  <ul>
    <li>[[C:<a href="/health/8811102">空腹喝咖啡傷胃？營養師揭3大迷思</a>]]</li>
    <li>[[C:<a href="/health/8810955">久坐族注意！每坐1小時起來動5分鐘</a>]]</li>
  </ul>
</aside>
</main>
<div class="cookie-notice">[[C:本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。]] [[C:<button>我知道了</button>]]</div>
<footer class="site-footer">
  <div class="f-links">[[C:<a href="/about">關於我們</a>]] [[C:<a href="/privacy">隱私權政策</a>]] [[C:<a href="/terms">服務條款</a>]] [[C:<a href="/contact">聯絡我們</a>]] [[C:<a href="/ad">廣告刊登</a>]]</div>
  <div class="f-copy">[[C:Copyright © 聯晴媒體股份有限公司 版權所有，禁止轉載]]</div>
</footer>
<script src="https://static.lianqing.tw/js/app.5e21.js"></script>
</body>
</html>
""")

# zh-06: tender result notice for a public hospital in 宿州 (Anhui), written in 集采 vocabulary;
# CRLF line ends; the deadline dates in the body are not the publication date.
page("h9-zh-06-suzhou-ah-ortho-consumables-award", "zh", "UTF-8",
     L(False, "tender", [], ["341300"], "2023-11-21"),
     crlf=True,
     txt="""
C|宿州市公共资源交易中心
C|首页 | 交易信息 | 政策法规 | 服务指南 | 信用信息 | 专家管理 | 监督投诉
C|当前位置：首页 > 交易信息 > 政府采购 > 中标（成交）公告
T|宿州市立医院2023年度医用耗材（骨科类）院内遴选采购项目中标（成交）结果公告
C|发布时间：2023-11-21 10:32    信息来源：宿州市立医院    浏览次数：386
C|【字体：大 中 小】  【打印】  【关闭】

B|一、项目编号：SZSL-2023-HC-0917
B|二、项目名称：宿州市立医院2023年度医用耗材（骨科类）院内遴选采购项目
B|三、中标（成交）信息
B|包1：创伤类骨科耗材
B|供应商名称：安徽泽康医疗器械有限公司
B|供应商地址：安徽省合肥市蜀山区长江西路688号
B|中标（成交）金额：按安徽省医用耗材集中带量采购中选价格执行；非中选产品按省医药集中采购平台挂网价下浮12.5%
B|包2：脊柱类骨科耗材
B|供应商名称：宿州市恒达医药有限公司
B|供应商地址：安徽省宿州市埇桥区银河一路26号
B|中标（成交）金额：按国家组织骨科脊柱类耗材集中带量采购中选价格执行；非中选产品按挂网价下浮10.8%
B|四、主要标的信息
B|包号  名称  数量  服务要求
B|包1  创伤类骨科耗材（接骨板、髓内钉等）  一批  供货期两年，接到订单后24小时内送达
B|包2  脊柱类骨科耗材（椎弓根螺钉、椎间融合器等）  一批  供货期两年，接到订单后24小时内送达
B|五、评审专家（单一来源采购人员）名单：王建、刘庆华、孙蕾、赵一鸣、陈晓（采购人代表）
B|六、代理服务收费标准及金额：参照原国家计委计价格〔2002〕1980号文件标准收取，由中标（成交）供应商支付。
B|七、公告期限
B|自本公告发布之日起1个工作日。
B|八、其他补充事宜
B|各有关当事人对中标（成交）结果有异议的，可以在公告期限届满之日起7个工作日内，即2023年12月1日17:00前，以书面形式向采购人或采购代理机构提出质疑，逾期不予受理。中标（成交）供应商须于2023年12月5日前与采购人签订采购合同。
B|九、凡对本次公告内容提出询问，请按以下方式联系。
B|1.采购人信息
B|名称：宿州市立医院
B|地址：安徽省宿州市埇桥区汴河中路299号
B|联系方式：0557-3021188
B|2.采购代理机构信息
B|名称：安徽皖北招标咨询有限公司
B|地址：宿州市埇桥区淮海南路华夏大厦11层
B|项目联系人：周工  电话：0557-3905126
C|附件：中标（成交）通知书.pdf
C|分享到：微信  QQ  微博
C|上一篇：宿州市埇桥区人民医院医疗设备维保服务项目竞争性磋商公告
C|下一篇：灵璧县中医医院医用防护物资采购项目成交公告

C|主办单位：宿州市公共资源交易中心  地址：宿州市埇桥区汴河中路269号  邮编：234000
C|皖ICP备05012987号-1  皖公网安备 34130202000218号  网站标识码：3413000007
C|--- end of page ---
""")

# zh-07: a hospital recruitment notice on a prefecture HR bureau site (抚州, Jiangxi): div soup
# with pinyin class names, a table of posts, registration dates that are not the post date.
page("h9-zh-07-fuzhou-jx-hospital-recruitment", "zh", "UTF-8",
     L(False, "job-ad", [], ["361000"], "2024-02-26"),
     html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>抚州市第一人民医院2024年公开招聘编外专业技术人员公告-抚州市人力资源和社会保障局</title>
<meta name="SiteName" content="抚州市人力资源和社会保障局">
<meta name="ColumnName" content="事业单位招聘">
<meta name="ArticleTitle" content="抚州市第一人民医院2024年公开招聘编外专业技术人员公告">
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="tb">
  <div class="tb_nr">
    <span class="tb_zz">[[C:抚州市人民政府]]</span>
    <span class="tb_yy">[[C:<a href="#">无障碍浏览</a>]] [[C:<a href="#">长者模式</a>]] [[C:<a href="#">简</a>]] [[C:<a href="#">繁</a>]]</span>
  </div>
</div>
<div class="tt"><img src="/static/img/logo_rsj.png" alt="抚州市人力资源和社会保障局"></div>
<div class="dh">
  <ul>
    <li>[[C:<a href="/">首页</a>]]</li><li>[[C:<a href="/col/zwgk/">政务公开</a>]]</li><li>[[C:<a href="/col/jyfw/">就业服务</a>]]</li><li>[[C:<a href="/col/shbz/">社会保障</a>]]</li><li>[[C:<a href="/col/rcrs/">人才人事</a>]]</li><li>[[C:<a href="/col/ldgx/">劳动关系</a>]]</li><li>[[C:<a href="/col/hdjl/">互动交流</a>]]</li>
  </ul>
</div>
<div class="zt_bj">
  <div class="wzy_dqwz">[[C:您现在的位置：<a href="/">首页</a> » <a href="/col/rcrs/">人才人事</a> » <a href="/col/sydwzp/">事业单位招聘</a>]]</div>
  <div class="wzy_nr">
    <div class="xxgk_bt">[[T:抚州市第一人民医院2024年公开招聘编外专业技术人员公告]]</div>
    <div class="ly_sj">[[C:信息来源：抚州市第一人民医院　发布日期：2024.02.26　阅读次数：5832]]</div>
    <div class="zh_kz">[[C:【<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】]]</div>
    <div class="zw_nr" id="zoomcon">
      <p>[[B:　　为进一步加强医院人才队伍建设，满足医疗业务发展需要，根据国家、省、市有关人事管理规定，经研究，我院决定面向社会公开招聘编外专业技术人员28名。现将有关事项公告如下：]]</p>
      <p>[[B:　　<strong>一、招聘岗位及人数</strong>]]</p>
      <table class="zp_gw" border="1" cellspacing="0" cellpadding="4" width="100%">
        <tr>[[B:<td>岗位代码</td><td>岗位名称</td><td>招聘人数</td><td>学历要求</td><td>专业要求</td><td>其他条件</td>]]</tr>
        <tr>[[B:<td>A01</td><td>急诊医学科医师</td><td>4</td><td>全日制本科及以上</td><td>临床医学</td><td>具有执业医师资格证</td>]]</tr>
        <tr>[[B:<td>A02</td><td>重症医学科医师</td><td>3</td><td>全日制本科及以上</td><td>临床医学、麻醉学</td><td>具有执业医师资格证</td>]]</tr>
        <tr>[[B:<td>B01</td><td>护士</td><td>18</td><td>全日制大专及以上</td><td>护理、护理学</td><td>具有护士执业资格证，年龄30周岁以下</td>]]</tr>
        <tr>[[B:<td>C01</td><td>康复治疗师</td><td>3</td><td>全日制本科及以上</td><td>康复治疗学</td><td>无</td>]]</tr>
      </table>
      <p>[[B:　　<strong>二、报名条件</strong>]]</p>
      <p>[[B:　　1.具有中华人民共和国国籍，遵守宪法和法律，具有良好的品行和职业道德；]]</p>
      <p>[[B:　　2.身体健康，具有正常履行岗位职责的身体条件；]]</p>
      <p>[[B:　　3.年龄在18周岁以上、35周岁以下（1988年2月26日以后出生），具有中级及以上职称者可放宽至40周岁；]]</p>
      <p>[[B:　　4.具备岗位所需的学历、专业和资格条件，2024年应届毕业生须在2024年7月31日前取得相应学历学位证书。]]</p>
      <p>[[B:　　<strong>三、报名时间及方式</strong>]]</p>
      <p>[[B:　　报名时间：2024年3月4日至3月8日（上午8:30—12:00，下午14:30—17:30）。报名地点：江西省抚州市临川区赣东大道1188号抚州市第一人民医院行政楼三楼人事科。应聘人员须携带本人身份证、毕业证、学位证、资格证原件及复印件现场报名。]]</p>
      <p>[[B:　　<strong>四、考试与考核</strong>]]</p>
      <p>[[B:　　考试采取笔试与面试相结合的方式，笔试、面试成绩各占50%。笔试内容为岗位相关专业知识，具体时间、地点另行通知。考试合格人员按1:1比例进入体检和考察。]]</p>
      <p>[[B:　　<strong>五、薪酬待遇</strong>]]</p>
      <p>[[B:　　聘用人员与医院签订劳动合同，试用期3个月，实行同岗同酬，按规定缴纳养老、医疗、失业、工伤、生育保险及住房公积金。]]</p>
      <p>[[B:　　咨询电话：0794-8233516（黄老师）　监督电话：0794-8233502]]</p>
      <p>[[B:　　本公告由抚州市第一人民医院负责解释。]]</p>
      <p class="fj">[[C:附件：<a href="/att/2024/02/26/gwb.xlsx">1.抚州市第一人民医院2024年公开招聘编外专业技术人员岗位表.xlsx</a>]]</p>
      <p class="fj">[[C:<a href="/att/2024/02/26/bmb.docx">2.报名登记表.docx</a>]]</p>
      <p style="text-align:right">[[B:抚州市第一人民医院]]</p>
      <p style="text-align:right">[[B:2024年2月26日]]</p>
    </div>
    <div class="fx">[[C:分享到：]]<a class="wx" href="#"></a><a class="wb" href="#"></a><a class="qq" href="#"></a></div>
    <div class="dy_gb">[[C:<a href="javascript:window.print()">打印本页</a>]] [[C:<a href="javascript:window.close()">关闭窗口</a>]]</div>
  </div>
</div>
<div class="yqlj">
  <select onchange="window.open(this.value)">
    <option>[[C:国家部委网站]]</option>
    <option value="http://www.mohrss.gov.cn">[[C:人力资源和社会保障部]]</option>
  </select>
  <select onchange="window.open(this.value)">
    <option>[[C:省内人社网站]]</option>
    <option value="http://rst.jiangxi.gov.cn">[[C:江西省人力资源和社会保障厅]]</option>
  </select>
</div>
<div class="db">
  <div class="db_nr">
    <p>[[C:主办单位：抚州市人力资源和社会保障局　承办：抚州市人社信息中心]]</p>
    <p>[[C:地址：抚州市临川区赣东大道市行政中心　联系电话：0794-8256012]]</p>
    <p>[[C:网站标识码：3610000031　<a href="https://beian.miit.gov.cn">赣ICP备12003456号-2</a>　<img src="/static/img/ga.png" alt="">赣公网安备 36100202000088号]]</p>
    <p><img src="/static/img/jiucuo.png" alt="政府网站找错"> [[C:政府网站找错]]</p>
  </div>
</div>
</body>
</html>
""")

# zh-08: pharma annual results on a finance portal, UTF-8 with BOM; 集采 vocabulary everywhere,
# a long investment-risk disclaimer, stock widget lines, an app wall.
page("h9-zh-08-portal-pharma-annual-results", "zh", "UTF-8-BOM",
     L(False, "earnings", [], [], "2024-03-29", "鲸闻财经"),
     txt="""
T|瑞澄药业2023年净利润同比下降21.4% 集采续约降价拖累仿制药收入
C|鲸闻财经 > 公司 > 医药
C|2024年03月29日 19:05  鲸闻财经  作者：马骁
C|瑞澄药业 603917  23.15  -1.28%
C|收藏  分享  评论(56)

B|　　3月29日晚间，瑞澄药业（603917.SH）发布2023年年度报告。报告期内，公司实现营业收入68.32亿元，同比下降6.9%；归属于上市公司股东的净利润7.41亿元，同比下降21.4%；扣非净利润6.88亿元，同比下降24.7%。
B|　　对于业绩下滑，瑞澄药业在年报中解释，主要受国家组织药品集中带量采购接续采购影响，公司多个已中选品种在续约中价格进一步下降，其中降压药和降糖药两大核心产品收入分别减少3.1亿元和2.4亿元；同时，部分未中选品种在公立医院终端的销量明显萎缩。
B|　　分业务看，2023年公司仿制药业务收入45.17亿元，同比下降13.2%，占总收入比重降至66.1%；创新药业务收入9.85亿元，同比增长41.6%，其中首个1类新药上市首年即纳入国家医保药品目录，贡献收入3.02亿元。
C|打开鲸闻财经APP，查看完整财报数据
B|　　研发方面，公司全年研发投入11.26亿元，占营业收入的16.5%，同比提高2.8个百分点。截至报告期末，公司共有在研项目62个，其中处于临床III期的创新药项目4个。
B|　　瑞澄药业表示，面对集采常态化、医保控费和医药反腐持续深入的行业环境，公司将加快从仿制药向创新药转型，2024年计划再推动2至3个创新药提交上市申请，并加大海外市场拓展力度。
B|　　利润分配方面，公司拟向全体股东每10股派发现金红利3.00元（含税），合计派发现金红利约3.74亿元。
B|　　截至3月29日收盘，瑞澄药业报23.15元/股，下跌1.28%，总市值约288亿元。
C|风险提示：本文内容仅供参考，不构成任何投资建议。市场有风险，投资需谨慎，投资者据此操作，风险自担。
C|声明：本文由鲸闻财经原创，未经授权不得转载，转载请注明出处及作者。
C|责任编辑：程蕾
C|举报/反馈
C|相关阅读
C|医药板块持续调整 机构称创新药估值已处历史低位
C|第九批国家集采开标：平均降价58%，你常用的药可能更便宜了
C|多家药企发布年报预告 超六成业绩预增
C|展开剩余内容
C|鲸闻财经 © 2024 版权所有 | 沪ICP备18000000号-3 | 沪公网安备31010402009999号
C|[Scraped at 2024-03-30T06:44:19+08:00]
""")

# zh-09: a municipal medical-insurance bureau's 政策解读 page in Q&A form, modern markup with
# <main>/<article>, the date in a meta tag and a byline; effective date in the body.
page("h9-zh-09-fuzhou-internet-hospital-insurance-qa", "zh", "UTF-8",
     L(True, "policy", ["digital-health", "medical-insurance"], ["350100"], "2024-05-10"),
     html="""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>政策解读_福州市医疗保障局</title>
<meta name="ArticleTitle" content="《关于将互联网医院复诊服务纳入医保支付范围的通知》政策解读">
<meta name="PubDate" content="2024-05-10 16:00">
<meta property="article:published_time" content="2024-05-10T16:00:00+08:00">
<meta name="ContentSource" content="福州市医疗保障局">
<link rel="stylesheet" href="/css/fzyb-2023.css">
<script src="/js/jquery-3.6.0.min.js"></script>
<script src="/js/jquery.qrcode.min.js"></script>
</head>
<body>
<header class="g-header">
  <div class="g-top">
    <span>[[C:欢迎访问福州市医疗保障局网站！]]</span>
    <span class="g-tools">[[C:<a href="#" id="wza">无障碍</a>]] [[C:<a href="#" id="zzms">长者模式</a>]] [[C:<a href="#" id="jt">简体</a>]] [[C:<a href="#" id="ft">繁体</a>]] [[C:<a href="/login">登录</a>]]</span>
  </div>
  <div class="g-logo"><img src="/images/logo.png" alt="福州市医疗保障局"></div>
  <form class="g-search" action="/search"><input type="text" placeholder="请输入关键字"><button type="submit">[[C:搜索]]</button></form>
  <nav class="g-nav">
    <a href="/">[[C:首页]]</a><a href="/jgzn/">[[C:机构职能]]</a><a href="/zwgk/">[[C:政务公开]]</a><a href="/zcfg/">[[C:政策法规]]</a><a href="/ywbl/">[[C:业务办理]]</a><a href="/hdjl/">[[C:互动交流]]</a><a href="/ztzl/">[[C:专题专栏]]</a>
  </nav>
</header>
<main class="g-main">
  <div class="crumbs">[[C:您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcjd/">政策解读</a>]]</div>
  <article class="art">
    <h1 class="art-title">[[T:《关于将互联网医院复诊服务纳入医保支付范围的通知》政策解读]]</h1>
    <div class="art-info">[[C:<span>发布时间：2024-05-10 16:00</span> <span>来源：市医保局</span> <span>作者：医药服务管理科</span>]] <span class="art-tools">[[C:字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]] [[C:<a href="javascript:window.print()">打印</a>]] [[C:<a href="#">收藏</a>]]</span></div>
    <div class="art-content TRS_Editor">
      <p>[[B:<strong>一、《通知》出台的背景是什么？</strong>]]</p>
      <p>[[B:答：近年来，我市互联网医院发展较快，目前全市已有互联网医院21家，但参保人在互联网医院复诊开药的费用此前不能使用医保结算，群众“线上看病、线下缴费”的问题较为突出。为落实国家和福建省关于积极推进“互联网+”医疗服务医保支付工作的要求，市医保局会同市卫健委制定了《通知》。]]</p>
      <p>[[B:<strong>二、哪些互联网医院可以纳入医保支付？</strong>]]</p>
      <p>[[B:答：依托我市定点医疗机构设立、已取得互联网诊疗资质并与市医保经办机构签订补充协议的互联网医院，可纳入医保支付范围。首批纳入的为福建医科大学附属协和医院、福州市第一总医院等12家互联网医院，名单将在市医保局网站动态公布。]]</p>
      <p>[[B:<strong>三、哪些费用可以报销？怎么报？</strong>]]</p>
      <p>[[B:答：参保人在纳入医保支付的互联网医院进行常见病、慢性病复诊，发生的诊察费和符合规定的药品费用，按照线下同级定点医疗机构门诊的支付政策结算。首诊、检查检验费用和配送费暂不纳入。参保人通过医保电子凭证或社保卡完成实名认证后，可在线直接结算个人负担部分。]]</p>
      <p>[[B:<strong>四、门诊慢特病患者能否在线续方？</strong>]]</p>
      <p>[[B:答：可以。已办理高血压、糖尿病等门诊慢特病待遇认定的参保人，在互联网医院复诊续方的费用纳入门诊慢特病支付范围，单次处方用量原则上不超过4周，病情稳定的可延长至12周。]]</p>
      <p>[[B:<strong>五、如何防止医保基金被滥用？</strong>]]</p>
      <p>[[B:答：互联网医院须全程留存诊疗记录和处方流转信息，并实时上传至医保信息平台。市医保局将把线上诊疗纳入智能监管，对虚构诊疗、串换药品等违规行为，依法依规严肃处理。]]</p>
      <p>[[B:<strong>六、《通知》什么时候开始执行？</strong>]]</p>
      <p>[[B:答：《通知》自2024年6月1日起施行。参保人可关注“榕城医保”微信公众号，在“互联网医院”栏目查询可结算的医院名单和操作指南，也可拨打12393咨询。]]</p>
    </div>
    <div class="art-link">[[C:相关文件：<a href="/zwgk/tzgg/202405/t20240510_4823101.htm">福州市医疗保障局 福州市卫生健康委员会关于将互联网医院复诊服务纳入医保支付范围的通知</a>]]</div>
    <div class="art-share">[[C:分享到：]] [[C:<a href="#">微信</a>]] [[C:<a href="#">微博</a>]] [[C:<a href="#">QQ空间</a>]]</div>
    <div class="art-qr"><div id="qrcode"></div>[[C:扫一扫在手机打开当前页]]</div>
  </article>
  <aside class="related">
    <h2>[[C:相关解读]]</h2>
    <ul>
      <li>[[C:<a href="/zwgk/zcjd/202403/t20240315_4790012.htm">图解：2024年福州市城乡居民医保缴费指南</a>]]</li>
      <li>[[C:<a href="/zwgk/zcjd/202401/t20240122_4752203.htm">一图读懂门诊共济保障机制改革</a>]]</li>
    </ul>
  </aside>
</main>
<footer class="g-footer">
  <div class="f-wx"><img src="/images/ewm_rcyb.png" alt=""><p>[[C:扫码关注“榕城医保”公众号]]</p></div>
  <p>[[C:主办单位：福州市医疗保障局　地址：福州市鼓楼区五四路158号　电话：0591-87511234]]</p>
  <p>[[C:网站标识码：3501000083]]　[[C:<a href="https://beian.miit.gov.cn">闽ICP备19018765号-1</a>]]　[[C:闽公网安备 35010202000456号]]</p>
  <p>[[C:您是本站第 <span id="visitor">1268430</span> 位访客]]</p>
</footer>
<script>$('#qrcode').qrcode({width:96,height:96,text:location.href});</script>
</body>
</html>
""")

# zh-10: a district media-centre page about an investment signing; health is one project of
# many; the only dates are month-day; the scraper saved the <title> (with suffix) first.
page("h9-zh-10-wujiang-investment-signing", "zh", "UTF-8",
     L(False, "economy", [], ["320509"], None, "吴江区融媒体中心"),
     txt="""
C|总投资286亿元！吴江区一季度重大项目集中签约 - 松陵新闻网
C|松陵新闻网 | 吴江区融媒体中心主办
C|首页  吴江要闻  镇区动态  民生  视频  专题  图片  融媒矩阵
C|当前位置：首页>吴江要闻>要闻
T|总投资286亿元！吴江区一季度重大项目集中签约
C|发布于 03-19 18:20 | 来源：吴江区融媒体中心 | 编辑：钱枫 | 阅读 2.1万
C|听新闻

B|　　3月19日，吴江区一季度重大项目集中签约仪式在长三角生态绿色一体化发展示范区先行启动区举行。本次共签约项目32个，总投资286亿元，涵盖新能源、高端装备、光电通信、新一代信息技术等领域。
B|　　区委主要领导在致辞中表示，吴江将坚持“项目为王”，持续优化营商环境，全力以赴为企业提供全生命周期服务，推动签约项目早开工、早投产、早见效，为苏州打造具有国际竞争力的先进制造业基地贡献吴江力量。
B|　　从签约项目看，产业链延链补链特征明显：投资超10亿元的项目9个，外资项目11个，总部类项目5个。其中，某光伏组件企业拟投资52亿元建设高效电池片及组件基地；一家医疗器械企业拟在汾湖高新区设立研发生产基地，主要生产微创手术器械。
B|　　活动现场，吴江区还发布了今年的“投资吴江”机会清单，涉及产业载体、应用场景、人才项目等100余项，并为首批“吴江产业服务专员”颁发聘书。
B|　　据了解，今年以来，吴江已累计招引亿元以上项目58个，实际使用外资同比增长12.3%。
C|扫码下载“今吴江”客户端
C|关注“吴江发布”抖音号、视频号，获取更多一手资讯
C|相关新闻
C|吴江举行2024年“项目攻坚年”推进会
C|汾湖高新区：打造长三角智能制造新高地
C|【免责声明】本网转载的其他媒体作品，目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。
C|版权所有：吴江区融媒体中心  苏ICP备13045678号  苏公网安备32050902101234号
C|URL: https://www.songlingnews.cn/wjyw/yw/art_102938.html
""")

# ---------------------------------------------------------------------------------------------
# English pages
# ---------------------------------------------------------------------------------------------

# en-01: municipal English portal of 宿州 (Anhui), machine translated; no full date.
page("h9-en-01-suzhou-ah-patriotic-health-mt", "en", "UTF-8",
     L(True, "policy", ["healthy-city", "public-health"], ["341300"]),
     txt="""
C|Suzhou, Anhui Province - Chinese Government Portal (English)
C|Home | About Suzhou | Government | Investment | Tourism | News | 中文版
C|You are here: Home > News > City News
T|Our city held the Patriotic Health Campaign and Healthy Suzhou construction work promotion meeting
C|Source: Municipal Health and Health Commission  Hits: 215
C|【Font: Large Medium Small】

B|On the afternoon of the 14th, the city's Patriotic Health Campaign and Healthy Suzhou construction work promotion meeting was held in the city administrative center. The meeting summarized the work of last year and deployed the key tasks of this year. Vice Mayor Zhang Hongwei attended the meeting and delivered a speech.
B|The meeting pointed out that in the past year, the whole city adhered to the people's health as the center, solidly promoted the creation of national health city and the Healthy Suzhou action, Yongqiao District passed the provincial health district review, and the proportion of national health towns in Dangshan County, Xiaoxian County, Lingbi County and Sixian County reached 41%.
B|The meeting demanded that all counties and districts should further improve the political position, grasp the implementation of the responsibility, and regard the patriotic health work as an important starting point for serving the masses. The main work of this year is:
B|1. Carry out the urban and rural environmental sanitation clean action, focus on the back streets and alleys, farmers' markets, urban-rural fringe areas and rural toilet revolution, and do a good job of "four pests" elimination.
B|2. Deepen the Healthy Suzhou action, implement 15 special actions such as health literacy improvement, reasonable diet and national fitness, and strive to build 10 healthy villages and 30 healthy units.
B|3. Strengthen the health education, and make the health literacy level of the masses reach more than 28% by the end of the year.
B|Zhang Hongwei stressed that it is necessary to compact the responsibility of territorial management, establish the monthly scheduling and notification mechanism, and the work results will be included in the target assessment of the county and district governments.
B|The masses can call the 12345 government service hotline to report the environmental sanitation problems around them.
C|【Print】【Close】
C|Related news: Lingbi County was named the provincial health county and the creation of the national health county entered the acceptance stage
C|Previous: Suzhou city enterprise resumption rate reached 98%
C|Next: Our city launched the "Spring Breeze Action" employment service
C|Copyright © Suzhou Municipal People's Government, Anhui Province. All Rights Reserved.
C|Wan ICP No. 05001234-2  Technical support: Suzhou Big Data Center
C|Best viewed at 1920x1080 resolution
""")

# en-02: English edition of a Chinese daily: national drug procurement; audio player, photo
# caption between paragraphs, inline "Related", most viewed / editor's picks, long copyright.
page("h9-en-02-huaxia-daily-vbp-tenth-batch", "en", "UTF-8",
     L(True, "policy", ["drug-policy"], [], "2023-11-06", "Huaxia Daily"),
     html="""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Latest drug procurement cuts prices by 58% - Huaxia Daily</title>
<meta name="description" content="The 10th batch of national volume-based drug procurement covers 62 drugs.">
<meta property="og:title" content="Latest drug procurement cuts prices by 58%">
<meta property="og:site_name" content="Huaxia Daily">
<meta property="og:url" content="https://en.huaxiadaily.cn/a/202311/06/WS6548a1f2.html">
<meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="//img.huaxiadaily.cn/static/en/css/article.css">
<script type="text/javascript">var hx_channel="china_society";</script>
</head>
<body>
<div class="topbar">
  <span class="edition">[[C:Global Edition]]</span> <span class="edition">[[C:<a href="#">Asia</a>]]</span> <span class="edition">[[C:<a href="#">中文</a>]]</span>
  <a class="subscribe" href="/subscribe">[[C:Subscribe]]</a> <a class="mobile" href="/app">[[C:Mobile]]</a>
</div>
<div class="header"><a href="/"><img src="//img.huaxiadaily.cn/logo_en.png" alt="Huaxia Daily"></a></div>
<div class="mainnav">
  <a href="/">[[C:Home]]</a> <a href="/china/">[[C:China]]</a> <a href="/world/">[[C:World]]</a> <a href="/business/">[[C:Business]]</a> <a href="/lifestyle/">[[C:Lifestyle]]</a> <a href="/culture/">[[C:Culture]]</a> <a href="/travel/">[[C:Travel]]</a> <a href="/sports/">[[C:Sports]]</a> <a href="/opinion/">[[C:Opinion]]</a> <a href="/regional/">[[C:Regional]]</a> <a href="/video/">[[C:Video]]</a>
</div>
<div class="container">
  <div class="crumb">[[C:<a href="/">Home</a> / <a href="/china/">China</a> / <a href="/china/society/">Society</a>]]</div>
  <div class="lft_art">
    <h1>[[T:Tenth batch of national drug procurement to cut prices by 58% on average]]</h1>
    <div class="info">[[C:By ZHOU LAN | Huaxia Daily | Updated: 2023-11-06 09:18]]</div>
    <div class="audio">[[C:Listen to this article 00:00 / 04:12]] [[C:1x]]</div>
    <div class="share">[[C:<a href="#">Share on Facebook</a>]] [[C:<a href="#">Share on X</a>]] [[C:<a href="#">Share on LinkedIn</a>]] [[C:<a href="#">WeChat</a>]] [[C:<a href="#">Email</a>]]</div>
    <div id="Content">
      <p>[[B:Patients in China will pay considerably less for 62 commonly used drugs, including treatments for cancer, hypertension and infections, after the 10th round of national volume-based procurement concluded with an average price cut of 58 percent, the National Healthcare Security Administration said on Sunday.]]</p>
      <p>[[B:The reduced prices will take effect at public hospitals and participating private medical institutions nationwide from next spring, and are expected to save patients and the medical insurance fund about 18 billion yuan ($2.5 billion) a year, the administration said.]]</p>
      <figure><img src="//img.huaxiadaily.cn/images/202311/06/pharmacy.jpeg" alt=""><figcaption>[[C:A pharmacist checks medicines at a hospital pharmacy in Hangzhou, Zhejiang province. [Photo/VCG]]]</figcaption></figure>
      <p>[[B:Under the volume-based model, public hospitals pool their projected annual demand for a drug and manufacturers bid for guaranteed sales volumes, with the lowest qualified bids winning contracts that usually run for two to three years.]]</p>
      <p>[[B:A total of 263 companies took part in the latest round and 234 products were selected. Ding Yifan, an official with the administration's pharmaceutical pricing and tendering department, said the selection rules were adjusted this time to prevent "irrationally low bids" that could threaten supply or quality.]]</p>
      <p class="related">[[C:Related: <a href="/a/202310/19/WS6530b2c1.html">China adds 126 new drugs to national medical insurance list</a>]]</p>
      <p>[[B:"We will strengthen monitoring of the selected products, including their supply and quality, and companies that fail to deliver will be blacklisted," Ding said.]]</p>
      <p>[[B:Since the first round in 2018, the country's centralized procurement has covered 374 drugs, and the average price cut has exceeded 50 percent, according to the administration.]]</p>
      <p>[[B:Wang Lijuan, a 67-year-old retiree in Beijing who takes medication for high blood pressure, said her monthly drug bill had already fallen from about 150 yuan to less than 20 yuan after earlier rounds. "I hope more medicines for older people will be included," she said.]]</p>
    </div>
    <div class="editor">[[C:Editor: Xu Min]]</div>
    <div class="report">[[C:<a href="#">Report an error</a>]]</div>
  </div>
  <div class="rt_side">
    <div class="tit">[[C:Most Viewed in 24 Hours]]</div>
    <ul>
      <li>[[C:<a href="#">China's outbound tourism recovers faster than expected in October</a>]]</li>
      <li>[[C:<a href="#">Respiratory illnesses rise as temperatures drop, health officials say</a>]]</li>
      <li>[[C:<a href="#">Shanghai expo draws record number of exhibitors</a>]]</li>
    </ul>
    <div class="tit">[[C:Editor's Picks]]</div>
    <ul>
      <li>[[C:<a href="#">Village doctors get a digital upgrade in Guizhou</a>]]</li>
      <li>[[C:<a href="#">Photos: Autumn colors paint the Great Wall</a>]]</li>
    </ul>
  </div>
</div>
<div class="cookie">[[C:We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.]] <a href="#">[[C:Accept]]</a> <a href="/privacy">[[C:Learn more]]</a></div>
<div class="footer">
  <div class="flinks">[[C:<a href="#">About Huaxia Daily</a>]] | [[C:<a href="#">Advertise on Site</a>]] | [[C:<a href="#">Contact Us</a>]] | [[C:<a href="#">Job Offer</a>]]</div>
  <p>[[C:Copyright 1995 - 2023. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Huaxia Daily Information Co. Without written authorization from Huaxia Daily, such content shall not be republished or used in any form.]]</p>
  <p>[[C:License for publishing multimedia online 0108263]]</p>
  <p>[[C:Registration Number: 130349]]</p>
  <p>[[C:Download the Huaxia Daily app for iOS and Android]]</p>
</div>
</body>
</html>
""")

# en-03: NHS England news page: cookie banner, skip link, "Home » News" breadcrumb, feedback
# widget; modern <main>/<article>.
page("h9-en-03-nhs-england-nursing-associates", "en", "UTF-8",
     L(True, "policy", ["health-workforce"], ["GB"], "2024-03-12"),
     html="""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>NHS to train thousands more nursing associates | NHS England</title>
<meta property="og:title" content="NHS to train thousands more nursing associates through new apprenticeship route">
<meta property="og:site_name" content="NHS England">
<meta property="article:published_time" content="2024-03-12T00:01:00+00:00">
<link rel="stylesheet" href="/wp-content/themes/nhsengland/css/style.min.css">
<script src="/wp-content/themes/nhsengland/js/cookie-consent.js"></script>
</head>
<body>
<div class="cookie-banner" role="region">
  <h2>[[C:Cookies on the NHS England website]]</h2>
  <p>[[C:We've put some small files called cookies on your device to make our site work. We'd also like to use analytics cookies. These send information about how our site is used to a service called Google Analytics. We use this information to improve our site.]]</p>
  <button>[[C:Accept analytics cookies]]</button> <button>[[C:Reject analytics cookies]]</button> <a href="/privacy-policy/">[[C:View cookie policy]]</a>
</div>
<a class="skip-link" href="#maincontent">[[C:Skip to main content]]</a>
<header class="nhsuk-header">
  <a href="/"><span class="nhsuk-logo" aria-label="NHS England homepage"></span></a>
  <nav>
    <ul>
      <li><a href="/about-us/">[[C:About us]]</a></li>
      <li><a href="/news/">[[C:News]]</a></li>
      <li><a href="/publication/">[[C:Publications]]</a></li>
      <li><a href="/statistics/">[[C:Statistics]]</a></li>
      <li><a href="/contact-us/">[[C:Contact us]]</a></li>
    </ul>
  </nav>
  <form role="search"><label for="s">[[C:Search]]</label><input id="s" type="search"></form>
</header>
<div class="breadcrumb">[[C:<a href="/">Home</a> » <a href="/news/">News</a> » NHS to train thousands more nursing associates]]</div>
<main id="maincontent">
<article>
  <h1>[[T:NHS to train thousands more nursing associates through new apprenticeship route]]</h1>
  <p class="date">[[C:12 March 2024]]</p>
  <p class="category">[[C:News]]</p>
  <p>[[B:Thousands more healthcare support workers will be able to train as nursing associates while they continue to earn a salary, under plans announced by NHS England today.]]</p>
  <p>[[B:The expanded apprenticeship route will fund up to 5,000 additional places over the next two years, with trusts receiving a contribution of £8,000 per apprentice towards backfill costs so that staff can be released for study and placements.]]</p>
  <p>[[B:Nursing associates are registered with the Nursing and Midwifery Council and work alongside registered nurses, taking on tasks such as administering medicines, monitoring patients and providing personal care. Many go on to top up their qualification to become registered nurses.]]</p>
  <p>[[B:The move forms part of the NHS Long Term Workforce Plan, which aims to train more staff domestically and reduce reliance on international recruitment and expensive agency staff.]]</p>
  <p>[[B:Dr Helen Ashworth, national director for workforce, training and education at NHS England, said:]]</p>
  <blockquote><p>[[B:"Nursing associates have quickly become a vital part of our workforce. This funding means more people who already care for patients every day can build a career in nursing without having to give up their income."]]</p></blockquote>
  <p>[[B:Applications will open to trusts in April, with the first funded cohorts starting in September. Priority will be given to areas with the highest nursing vacancy rates, including mental health and community services.]]</p>
  <p>[[B:Anyone interested in becoming a nursing associate should speak to their employer or visit the Health Careers website.]]</p>
  <div class="share">[[C:Share this page]] <a href="#">[[C:Share on X]]</a> <a href="#">[[C:Share on LinkedIn]]</a> <a href="#">[[C:Share by email]]</a></div>
</article>
<aside class="related-news">
  <h2>[[C:Related news]]</h2>
  <ul>
    <li><a href="#">[[C:Record number of student nurses begin training this autumn]]</a></li>
    <li><a href="#">[[C:NHS sets out plans to retain more experienced staff]]</a></li>
  </ul>
</aside>
<div class="feedback">
  <p>[[C:Was this page helpful?]]</p> <button>[[C:Yes]]</button> <button>[[C:No]]</button>
  <p>[[C:Help us improve this website. Do not include any personal or medical information.]]</p>
</div>
</main>
<section class="newsletter">
  <h2>[[C:Sign up to our newsletter]]</h2>
  <p>[[C:Get the latest NHS England news straight to your inbox.]]</p>
  <a class="btn" href="/email-bulletins/">[[C:Subscribe]]</a>
</section>
<footer>
  <ul class="footer-links">
    <li><a href="/accessibility/">[[C:Accessibility statement]]</a></li>
    <li><a href="/privacy-policy/">[[C:Privacy notice]]</a></li>
    <li><a href="/terms-and-conditions/">[[C:Terms and conditions]]</a></li>
    <li><a href="/sitemap/">[[C:Site map]]</a></li>
  </ul>
  <p>[[C:© NHS England]]</p>
</footer>
</body>
</html>
""")

# en-04: a health-policy newsletter post behind a paywall; the body stops at the wall.
page("h9-en-04-newsletter-medicare-negotiation", "en", "UTF-8",
     L(True, "policy", ["medical-insurance", "drug-policy"], ["US"], "2024-08-19"),
     txt="""
C|The Formulary Ledger
C|Subscribe
C|Sign in
C|Home  Notes  Archive  About
T|What the first negotiated Medicare drug prices actually change
B|Ten drugs, a 2026 start date, and the part of the announcement nobody is talking about
C|Dana Whitfield
C|Aug 19, 2024
C|Paid
C|142
C|18
C|Share

B|Last week the Centers for Medicare & Medicaid Services published the first-ever prices negotiated directly between Medicare and drugmakers. The headline number, that the new prices would have saved Medicare about $6 billion had they applied last year, got most of the coverage. It is also the least useful number in the release.
B|Here is what I think matters, in order.
B|1. The prices do not start until January 1, 2026. Nothing changes at the pharmacy counter this year or next, and a lot can happen in the rulemaking between now and then.
B|2. The discounts are measured against list price, not against the net price Medicare plans already pay after rebates. For several of the ten drugs, the real savings to Part D plans will be a fraction of the advertised 38 to 79 percent.
B|3. Beneficiaries will feel the change mostly through the new $2,000 annual out-of-pocket cap, not through the negotiated prices themselves.
B|That third point is where the politics and the policy part ways, and it is what the rest of this post is about.
C|Subscribe to The Formulary Ledger to keep reading this post and get 7 days of free access to the full post archives.
C|Start trial
C|Already a paid subscriber? Sign in
C|Previous
C|Next
C|Discussion about this post
C|Comments
C|Restacks
C|Ready for more?
C|Type your email...
C|Subscribe
C|© 2024 Dana Whitfield
C|Privacy ∙ Terms ∙ Collection notice
C|Start writing  Get the app
C|URL: https://formularyledger.pub/p/first-negotiated-medicare-prices
""")

# en-05: municipal English portal of 台州 (Zhejiang), old table layout with <font>, machine
# translated; date "2022/9/1"; health-industry park + TCM hospital campus.
page("h9-en-05-taizhou-zj-health-projects-mt", "en", "UTF-8",
     L(True, "policy", ["health-industry", "hospital-development", "tcm"], ["331000"], "2022-09-01"),
     html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Taizhou Municipal People's Government Portal (English)</title>
<meta name="keywords" content="Taizhou, Zhejiang, health, project">
<script language="javascript" src="/script/common.js"></script>
<style>
.en_title {font-family: Arial; font-size: 20px; color: #0b4a8b;}
</style>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td><img src="/images/en_banner.jpg" width="980" height="120"></td>
  </tr>
  <tr>
    <td bgcolor="#0b4a8b" height="32"><font color="#FFFFFF">[[C:<a href="/en/"><font color="#FFFFFF">HOME</font></a>]] | [[C:<a href="/en/about/"><font color="#FFFFFF">ABOUT TAIZHOU</font></a>]] | [[C:<a href="/en/gov/"><font color="#FFFFFF">GOVERNMENT</font></a>]] | [[C:<a href="/en/news/"><font color="#FFFFFF">NEWS</font></a>]] | [[C:<a href="/en/invest/"><font color="#FFFFFF">INVESTMENT</font></a>]] | [[C:<a href="/en/travel/"><font color="#FFFFFF">TRAVEL</font></a>]] | [[C:<a href="/"><font color="#FFFFFF">中文</font></a>]]</font></td>
  </tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td width="220" valign="top" bgcolor="#eef3f8">
      <table width="100%" border="0" cellpadding="6">
        <tr><td><b>[[C:News]]</b></td></tr>
        <tr><td>[[C:<a href="/en/news/city/">City News</a>]]</td></tr>
        <tr><td>[[C:<a href="/en/news/county/">Counties and Districts</a>]]</td></tr>
        <tr><td>[[C:<a href="/en/news/notice/">Notices</a>]]</td></tr>
        <tr><td>[[C:<a href="/en/news/photo/">Photo News</a>]]</td></tr>
      </table>
    </td>
    <td width="20"></td>
    <td valign="top">
      <table width="100%" border="0" cellpadding="0">
        <tr><td height="28"><font size="2">[[C:Location: <a href="/en/">Home</a> &gt;&gt; <a href="/en/news/">News</a> &gt;&gt; <a href="/en/news/city/">City News</a>]]</font></td></tr>
        <tr><td align="center" class="en_title"><b>[[T:Taizhou concentrated start of major health projects with a total investment of 4.6 billion yuan]]</b></td></tr>
        <tr><td align="center"><font size="2" color="#666666">[[C:Release time: 2022/9/1 10:05:31 &nbsp; Source: Taizhou Health and Health Commission &nbsp; Click: 87]]</font></td></tr>
        <tr><td><hr size="1"></td></tr>
        <tr><td>
<p>[[B:On the morning of September 1, the concentrated start ceremony of the city's major health projects was held in the Huangyan District Medical and Health Industry Park. A total of 9 projects started this time, with a total investment of 4.6 billion yuan, covering medical and health infrastructure, biomedicine manufacturing and other fields.]]</p>
<p>[[B:Among them, the new campus of Taizhou Hospital of Traditional Chinese Medicine has a total investment of 1.8 billion yuan, a planned 1,200 beds, and will build the TCM characteristic specialty building, TCM preventive treatment center and rehabilitation center. After completion, it will effectively alleviate the problem of "difficult to see a doctor" of the masses in Jiaojiang District and Luqiao District.]]</p>
<p>[[B:The Huangyan Medical and Health Industry Park focuses on the introduction of chemical APIs, medical devices and health food enterprises, and strives to achieve output value of 30 billion yuan by 2025, to build the "pharmaceutical valley" of the southeast coast.]]</p>
<p>[[B:The relevant person in charge of the Municipal Health and Health Commission said that the city will grasp the implementation of the "Health Taizhou" strategy, speed up the construction of regional medical centers, and promote the high-quality development of public hospitals, so that the masses can enjoy high-level medical services at their doorstep.]]</p>
<p>[[B:It is reported that the city will establish a project leader responsibility system, implement "one project, one special class", and ensure that the projects are completed and put into use on schedule.]]</p>
        </td></tr>
        <tr><td align="right"><font size="2">[[C:[<a href="javascript:window.print()">Print</a>]]] [[C:[<a href="javascript:window.close()">Close</a>]]]</font></td></tr>
        <tr><td><font size="2">[[C:Previous: <a href="#">Taizhou launched the autumn food safety inspection</a>]]<br>[[C:Next: <a href="#">The 2022 Taizhou International Manufacturing Expo will open in October</a>]]</font></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="8" align="center" bgcolor="#0b4a8b">
  <tr>
    <td align="center"><font color="#FFFFFF" size="2">[[C:Sponsored by: The Foreign Affairs Office of Taizhou Municipal People's Government]]<br>[[C:Zhe ICP No. 05002211 &nbsp; Zhe Gong Wang An Bei 33100202000015]]<br>[[C:Website ID: 3310000003]]</font></td>
  </tr>
</table>
</body>
</html>
""")

# en-06: a ministry press release (Singapore) saved from its PDF: running header, "Page n of 4"
# footers between paragraphs, an all-caps title and date line.
page("h9-en-06-sg-moh-healthier-sg-pdf", "en", "UTF-8",
     L(True, "policy", ["chronic-disease", "primary-care"], ["SG"], "2024-11-27"),
     txt="""
C|Ministry of Health, Singapore > News Highlights > Press Releases
C|Download: PR_HealthierSG_27Nov2024.pdf (4 pages, 186 KB)

C|MINISTRY OF HEALTH, SINGAPORE
C|PRESS RELEASE
T|MORE THAN 1.2 MILLION RESIDENTS ENROLLED IN HEALTHIER SG; LOWER COSTS FOR CHRONIC MEDICATIONS AT GP CLINICS FROM 1 JANUARY 2025
B|More than 1.2 million residents have enrolled in Healthier SG since the programme was launched, the Ministry of Health (MOH) announced today. About 8 in 10 enrollees have completed their first health consultation with their family doctor and set out a health plan.
B|2. To further support residents with chronic conditions, MOH will enhance the Healthier SG Chronic Tier from 1 January 2025. Healthier SG enrollees with chronic conditions such as hypertension, diabetes and high cholesterol will pay no more than what they would pay at polyclinics for a list of common chronic medications when they see their enrolled Healthier SG GP clinic.
C|Page 1 of 4
C|MINISTRY OF HEALTH, SINGAPORE
B|3. More than 1,100 GP clinics are now part of Healthier SG, covering almost all neighbourhoods. Enrolled residents receive a one-time $20 in Healthpoints after their first consultation, and further Healthpoints for completing recommended screenings and vaccinations.
B|Early results
B|4. Among enrollees aged 40 and above with hypertension or diabetes, the proportion with their condition under control has increased by about 6 percentage points after one year with their family doctor. The uptake of recommended cancer screenings among enrollees has also risen.
B|5. Minister for Health Ong Wei Keat said: "Healthier SG is a long-term effort. The early results are encouraging, but the real test is whether residents stay with their family doctor and keep up the healthy habits."
C|Page 2 of 4
C|MINISTRY OF HEALTH, SINGAPORE
B|Enrolment remains open
B|6. Residents who have not enrolled can do so through the HealthHub app at any time. Those who need help can visit their nearest Community Centre or call the Healthier SG hotline at 1800-000-7777.
B|7. The list of chronic medications covered under the enhanced Chronic Tier is at Annex A. MOH will review the list annually.
C|Page 3 of 4
C|MINISTRY OF HEALTH, SINGAPORE
B|MINISTRY OF HEALTH
B|27 NOVEMBER 2024
C|Annex A: List of common chronic medications (not reproduced in this text version)
C|Page 4 of 4
C|Copyright 2024, Government of Singapore. Last updated on 27 November 2024
""")

# en-07: a private clinic's news post that reads like a cross-border insurance policy update.
page("h9-en-07-shenzhen-clinic-crossborder-billing", "en", "UTF-8",
     L(False, "marketing", [], ["440300"], "2023-03-03"),
     html="""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Direct Billing for Hong Kong Insurance Now Available – Bay Harmony International Medical Center</title>
<meta name="description" content="Hong Kong residents can now use direct billing at our Futian clinic.">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-03-03T09:30:00+08:00">
<link rel="stylesheet" id="astra-theme-css-css" href="https://bayharmonyclinic.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.0.2" media="all">
<script src="https://bayharmonyclinic.com/wp-includes/js/jquery/jquery.min.js?ver=3.6.1" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post">
<a class="skip-link screen-reader-text" href="#content">[[C:Skip to content]]</a>
<div class="top-strip">[[C:24/7 Hotline: +86 755 8888 0120]] [[C:English | 中文 | 日本語]]</div>
<header class="site-header">
  <div class="site-branding"><a href="/"><img src="/wp-content/uploads/2022/08/logo-bh.png" alt="Bay Harmony"></a></div>
  <nav class="main-navigation">
    <ul id="primary-menu">
      <li><a href="/">[[C:Home]]</a></li>
      <li><a href="/services/">[[C:Services]]</a></li>
      <li><a href="/doctors/">[[C:Our Doctors]]</a></li>
      <li><a href="/insurance/">[[C:Insurance]]</a></li>
      <li><a href="/news/">[[C:News]]</a></li>
      <li><a href="/contact/">[[C:Contact]]</a></li>
      <li class="cta"><a href="/book/">[[C:Book Now]]</a></li>
    </ul>
  </nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish">
  <header class="entry-header">
    <h1 class="entry-title">[[T:New: Direct Billing for Hong Kong Insurance Plans at Our Futian Clinic]]</h1>
    <div class="entry-meta">[[C:Posted on <time datetime="2023-03-03T09:30:00+08:00">March 3, 2023</time> by Bay Harmony Team]]</div>
  </header>
  <div class="entry-content">
    <p>[[B:In line with the Greater Bay Area's policies to promote cross-border medical cooperation, Bay Harmony International Medical Center is pleased to announce that Hong Kong residents insured with our partner insurers can now enjoy direct billing at our Futian clinic in Shenzhen.]]</p>
    <p>[[B:No more paying upfront and waiting weeks for reimbursement. Simply show your insurance card and Hong Kong identity card at registration, and we will settle eligible outpatient, dental and health check-up costs directly with your insurer.]]</p>
    <p>[[B:Why choose Bay Harmony?]]</p>
    <ul>
      <li>[[B:Hong Kong-registered and internationally trained doctors, consultations in Cantonese, English and Mandarin]]</li>
      <li>[[B:Same-day appointments, usually with no waiting]]</li>
      <li>[[B:Five minutes' walk from Futian Checkpoint]]</li>
      <li>[[B:Comprehensive health check-up packages from RMB 1,288]]</li>
    </ul>
    <p>[[B:For a limited time, new patients who book through our WeChat account will receive a complimentary dental cleaning with any executive health check-up package.]]</p>
    <p>[[B:Call our 24-hour hotline on +86 755 8888 0120 or message us on WhatsApp to book your visit today.]]</p>
    <p><em>[[C:Direct billing is subject to the terms of your insurance policy. Please check your coverage with your insurer before your visit. Bay Harmony reserves the right of final interpretation of this promotion.]]</em></p>
  </div>
  <footer class="entry-footer">[[C:Categories: <a href="/category/news/">News</a>, <a href="/category/insurance/">Insurance</a>]] [[C:Tags: <a href="/tag/direct-billing/">direct billing</a>, <a href="/tag/hong-kong/">Hong Kong</a>, <a href="/tag/gba/">GBA</a>]]</footer>
</article>
<nav class="post-navigation">
  <div class="nav-previous">[[C:<a href="/news/lunar-new-year-hours/">← Previous Post: Lunar New Year Opening Hours</a>]]</div>
  <div class="nav-next">[[C:<a href="/news/hpv-vaccine-appointments/">HPV Vaccine Appointments Now Open for Adults up to 45 → Next Post</a>]]</div>
</nav>
<div id="comments" class="comments-area">
  <h3 id="reply-title">[[C:Leave a Reply]]</h3>
  <form id="commentform">
    <p class="comment-notes">[[C:Your email address will not be published. Required fields are marked *]]</p>
    <p><label for="comment">[[C:Comment *]]</label><textarea id="comment"></textarea></p>
    <p><label for="author">[[C:Name *]]</label><input id="author"></p>
    <p><label for="email">[[C:Email *]]</label><input id="email"></p>
    <p><input type="submit" value="Post Comment"></p>
  </form>
</div>
</main>
<aside class="widget-area">
  <h2 class="widget-title">[[C:Recent Posts]]</h2>
  <ul>
    <li><a href="/news/hpv-vaccine-appointments/">[[C:HPV Vaccine Appointments Now Open for Adults up to 45]]</a></li>
    <li><a href="/news/lunar-new-year-hours/">[[C:Lunar New Year Opening Hours]]</a></li>
    <li><a href="/news/new-paediatrician/">[[C:Welcome Dr. Chan, Our New Paediatrician]]</a></li>
  </ul>
  <div class="wechat-qr"><img src="/wp-content/uploads/2022/08/qr-wechat.png" alt=""><p>[[C:Scan to follow us on WeChat: BayHarmonySZ]]</p></div>
</aside>
</div>
<footer class="site-footer">
  <p>[[C:Bay Harmony International Medical Center, 2/F, 88 Fuhua Road, Futian District, Shenzhen]]</p>
  <p>[[C:Medical Institution Practice License No. PDY00012344030417A1002]]</p>
  <p>[[C:© 2023 Bay Harmony International Medical Center. All rights reserved.]] [[C:<a href="/privacy/">Privacy Policy</a>]]</p>
</footer>
<div class="chat-widget">[[C:Chat with us]]</div>
<script src="https://bayharmonyclinic.com/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.0.2"></script>
</body>
</html>
""")

# en-08: wire copy of a late-stage drug trial, saved as windows-1252 text; the only title line
# carries the wire's name as a suffix.
page("h9-en-08-wire-weekly-hypertension-pill-trial", "en", "windows-1252",
     L(False, "trial", [], [], "2023-10-17", "Meridian Wire"),
     txt="""
T|Halden's once-weekly blood pressure pill meets main goal in late-stage trial | Meridian Wire
C|Healthcare & Pharmaceuticals
C|By Marta Eklund
C|October 17, 2023 10:42 AM GMT+1  Updated 2 hours ago

B|AMSTERDAM, Oct 17 (Meridian) - Halden Therapeutics’ experimental once-weekly pill lowered blood pressure significantly more than a placebo in patients whose hypertension was not controlled by existing drugs, the Danish company said on Tuesday, sending its shares up 9% in early trading.
B|The Phase III trial, which enrolled 1,430 patients in 14 countries, showed that the drug, HLD-402, reduced systolic blood pressure by 12.4 mmHg more than placebo after 12 weeks when added to standard treatment, Halden said.
B|Around one in ten patients with high blood pressure do not reach their target despite taking three or more medicines, a condition known as resistant hypertension that sharply raises the risk of heart attack and stroke.
B|“A pill that patients only need to remember once a week could make a real difference to adherence,” said Dr. Léa Moreau, a cardiologist at Hôpital Saint-Roch in Lyon who was an investigator in the study and presented the data at a medical congress in Amsterdam.
B|The most common side effects were dizziness and mild increases in blood potassium levels. Six patients on the drug stopped treatment because of side effects, compared with four on placebo.
B|Halden said it planned to file for approval with the European Medicines Agency and the U.S. Food and Drug Administration in the first half of 2024. Analysts at Nordbank estimate peak annual sales of about €1.1 billion ($1.16 billion) if the drug is approved.
C|(Reporting by Marta Eklund; Editing by Tom Hargreave)
C|Our Standards: The Meridian Wire Editorial Code.
C|Read Next
C|Drugmakers brace for lower prices as European health budgets tighten
C|Obesity drug demand keeps pharma stocks near record highs
C|Sign up for the Meridian Health Briefing newsletter
C|All quotes delayed a minimum of 15 minutes.
C|© 2023 Meridian Wire. All rights reserved
""")

# en-09: a WHO regional office feature with heat-health tips; agency vocabulary; no date.
page("h9-en-09-who-europe-heat-tips", "en", "UTF-8",
     L(False, "wellness", [], []),
     txt="""
C|Skip to main content
C|World Health Organization - Regional Office for Europe
C|English  Français  Deutsch  Русский
C|Home / Health topics / Climate change and health / News
C|Share
C|Print
T|Heat and health: how to protect yourself and others during a heatwave
B|Heatwaves are becoming more frequent and more intense across the WHO European Region, and they are among the deadliest weather events. Everyone is at risk, but older people, infants, people with chronic conditions and those who work outdoors are the most vulnerable.
B|Most heat-related illness and death is preventable. WHO/Europe recommends these simple measures:
B|Keep your home cool. Close curtains and shutters on windows that face the sun during the day, and open windows at night when it is cooler outside.
B|Keep out of the heat. Avoid going out and doing strenuous activity during the hottest part of the day, usually between 11:00 and 15:00. Stay in the shade and never leave children or animals in parked vehicles.
B|Keep your body cool and hydrated. Take cool showers, wear light and loose-fitting clothes, and drink water regularly. Avoid alcohol and drinks with a lot of sugar or caffeine.
B|Help others. Check on older family members, neighbours and people who live alone at least once a day during a heatwave.
B|If you feel dizzy, weak or anxious, or have intense thirst and a headache, move to a cool place and drink some water. If symptoms persist, seek medical help. In an emergency, call 112.
B|Many countries in the Region, including Spain, Italy and Hungary, issue public heat alerts when high temperatures are forecast. Follow the advice of your local health authorities.
C|Related
C|Heat and health in the WHO European Region: updated evidence for effective prevention
C|Climate change is already harming health in Europe, and the toll is rising
C|Media contacts
C|WHO/Europe Press Office
C|Email: eupress@who.example.int
C|Subscribe to our newsletters
C|Privacy  Terms of use  Contact us
C|© 2024 WHO
""")

# en-10: municipal English portal notice on road closures for a half marathon (other), CRLF;
# medical stations mentioned in passing; event dates differ from the posting date.
page("h9-en-10-chengdu-half-marathon-traffic", "en", "UTF-8",
     L(False, "other", [], ["510100"], "2023-03-01"),
     crlf=True,
     txt="""
T|Traffic control measures during the 2023 Chengdu Tianfu Greenway Half Marathon
C|Author:Chengdu Public Security Traffic Management Bureau  Addtime:2023-03-01 17:20
C|Views: 1,024

B|In order to ensure the smooth holding of the 2023 Chengdu Tianfu Greenway Half Marathon, according to the relevant provisions of the "Road Traffic Safety Law of the People's Republic of China", traffic control will be implemented on some roads in Jinjiang District, Wuhou District and Chengdu Hi-tech Zone on March 5, 2023 (Sunday) from 6:00 to 13:00. The relevant matters are hereby announced as follows:
B|1. Control road sections: Jiaozi Avenue, Tianfu Avenue (from Jincheng Avenue to Third Ring Road), Jincheng Avenue, Yizhou Avenue and the Jincheng Lake Greenway.
B|2. During the control period, motor vehicles and non-motor vehicles are prohibited from passing through the control sections, except for vehicles with event passes, police cars, ambulances and fire engines on duty.
B|3. Metro Line 1 and Line 18 will start operation at 5:30 on the day of the race. The public is advised to travel by metro and plan routes in advance.
B|4. The organizing committee has set up 12 medical stations and 2 ambulance standby points along the route. Runners who feel unwell should stop running and seek help from the nearest medical station.
B|Citizens who need help can call the traffic police service hotline 96110 or 12345.
B|Chengdu Public Security Traffic Management Bureau
B|March 1, 2023
C|Share to: WeChat | Weibo | QQ
C|Editor's Picks
C|Chengdu's new metro lines to open by end of year
C|Panda base extends opening hours for spring
C|Copyright © Chengdu Municipal People's Government All Rights Reserved  Shu ICP No. 05026785
""")


# ---------------------------------------------------------------------------------------------
# Building: page text and gold from the notations
# ---------------------------------------------------------------------------------------------

# the closing "]]" is the last two of a run of brackets, so "[Photo/VCG]]]" closes after "]"
MARK = re.compile(r"\[\[([TBC]):(.*?)\]\](?!\])", re.S)
TAG = re.compile(r"<[^>]*>", re.S)


def fragment_text(fragment: str) -> str:
    """Visible text of an inline HTML fragment (tags dropped, entities decoded)."""
    # table cells are separated by a space (as the renderer below does), inline tags by nothing
    stripped = TAG.sub(lambda m: " " if re.match(r"</?t[dh]\b", m.group(0), re.I) else "", fragment)
    return norm(htmlmod.unescape(stripped))


def build_text(p):
    title, body, chrome = None, [], []
    out_lines = []
    src = p["txt"].strip("\n").split("\n")
    for raw in src:
        if raw == "":
            out_lines.append("")
            continue
        if len(raw) < 2 or raw[1] != "|" or raw[0] not in "TBC":
            raise SystemExit(f"{p['name']}: bad source line {raw!r}")
        kind, content = raw[0], raw[2:]
        out_lines.append(content)
        text = norm(content)
        if kind == "T":
            if title is not None and title != text:
                # a title line with a site suffix: gold title is the headline before the suffix
                raise SystemExit(f"{p['name']}: two different T lines")
            title = text
        elif kind == "B":
            body.append(text)
        else:
            chrome.append(text)
    nl = "\r\n" if p["crlf"] else "\n"
    return nl.join(out_lines) + nl, title, body, chrome


def build_html(p):
    title, body, chrome = None, [], []

    def repl(m):
        nonlocal title
        kind, frag = m.group(1), m.group(2)
        text = fragment_text(frag)
        if not text:
            raise SystemExit(f"{p['name']}: empty marked fragment {frag!r}")
        if kind == "T":
            title = text
        elif kind == "B":
            body.append(text)
        else:
            chrome.append(text)
        return frag

    out = MARK.sub(repl, p["html"])
    if "[[" in out:
        raise SystemExit(f"{p['name']}: unclosed marker")
    return out, title, body, chrome


def dedupe(xs):
    seen, out = set(), []
    for x in xs:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


SUFFIX_TITLES = {
    # pages whose only title line carries a site suffix: the gold title drops it
    "h9-en-08-wire-weekly-hypertension-pill-trial": (" | Meridian Wire", "Meridian Wire"),
}


def encode(text: str, encoding: str) -> bytes:
    data = text.encode(CODECS[encoding])  # strict: an unencodable character fails loudly
    if encoding == "UTF-8-BOM":
        data = b"\xef\xbb\xbf" + data
    return data


def toml_str(s: str) -> str:
    # JSON string escapes are a subset of TOML basic-string escapes
    return json.dumps(s, ensure_ascii=False)


def gold_toml(p, title, body, chrome) -> str:
    lab = p["labels"]
    lines = [
        f"lang = {toml_str(p['lang'])}",
        f"encoding = {toml_str(p['encoding'])}",
        f"title = {toml_str(title)}",
        "body = [",
        *[f"  {toml_str(b)}," for b in body],
        "]",
        "chrome = [",
        *[f"  {toml_str(c)}," for c in chrome],
        "]",
        "",
        "[labels]",
        f"health_policy = {'true' if lab['health_policy'] else 'false'}",
        f"kind = {toml_str(lab['kind'])}",
        "tags = [" + ", ".join(toml_str(t) for t in lab["tags"]) + "]",
    ]
    if "published" in lab:
        lines.append(f"published = {toml_str(lab['published'])}")
    lines.append("regions = [" + ", ".join(toml_str(r) for r in lab["regions"]) + "]")
    if "source" in lab:
        lines.append(f"source = {toml_str(lab['source'])}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Independent checks, run on the files as written
# ---------------------------------------------------------------------------------------------

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "button", "dd", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "label", "li", "main", "nav", "ol", "option", "p", "pre", "section",
    "select", "table", "tbody", "thead", "tfoot", "tr", "ul", "textarea",
}
CELL_TAGS = {"td", "th"}
HIDDEN_TAGS = {"script", "style", "title", "noscript", "template", "textarea"}


class Renderer(HTMLParser):
    """Visible text of a page, one line per block; table cells of a row share a line."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.cur: list[str] = []
        self.hidden = 0
        self.meta_charsets: list[str] = []

    def flush(self):
        text = norm("".join(self.cur))
        if text:
            self.lines.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            if a.get("charset"):
                self.meta_charsets.append(a["charset"].lower())
            ct = a.get("content") or ""
            m = re.search(r"charset=([\w-]+)", ct, re.I)
            if (a.get("http-equiv") or "").lower() == "content-type" and m:
                self.meta_charsets.append(m.group(1).lower())
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag in BLOCK_TAGS:
            self.flush()
        elif tag in CELL_TAGS:
            self.cur.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCK_TAGS:
            self.flush()
        elif tag in CELL_TAGS:
            self.cur.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in HIDDEN_TAGS:
            self.handle_endtag(tag)
        else:
            self.hidden = max(0, self.hidden - 1)

    def handle_data(self, data):
        if not self.hidden:
            self.cur.append(data)

    def close(self):
        super().close()
        self.flush()


ERRORS: list[str] = []


def err(name, msg):
    ERRORS.append(f"{name}: {msg}")


def covered(line: str, golds: list[str]) -> bool:
    """A line is covered when it is a gold string, or nothing but gold strings and separators."""
    if line in golds:
        return True
    rest = line
    for g in sorted(golds, key=len, reverse=True):
        rest = rest.replace(g, " ")
    return not ALNUM.search(rest)


def check_page(p):
    name = p["name"]
    ext = "html" if p["html"] is not None else "txt"
    path = OUT / f"{name}.{ext}"
    gpath = OUT / f"{name}.gold.toml"
    data = path.read_bytes()

    # gold parses and has only known keys
    try:
        gold = tomllib.loads(gpath.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001 - any parse failure is a failed check
        err(name, f"gold does not parse: {e}")
        return None
    unknown = set(gold) - TOP_KEYS
    if unknown:
        err(name, f"unknown gold keys {unknown}")
    labels = gold.get("labels", {})
    unknown = set(labels) - LABEL_KEYS
    if unknown:
        err(name, f"unknown label keys {unknown}")
    for k in ("lang", "encoding", "title", "body", "chrome", "labels"):
        if k not in gold:
            err(name, f"gold lacks {k}")
    if gold["lang"] not in ("zh", "en"):
        err(name, "lang")
    if gold["encoding"] not in CODECS:
        err(name, f"encoding {gold['encoding']}")
    if not name.startswith(f"h9-{gold['lang']}-"):
        err(name, "name does not match lang")

    # labels
    hp, kind, tags = labels.get("health_policy"), labels.get("kind"), labels.get("tags")
    if kind not in KINDS:
        err(name, f"kind {kind}")
    if (kind == "policy") != (hp is True):
        err(name, "kind = policy iff health_policy")
    if not isinstance(tags, list) or set(tags) - TAGS:
        err(name, f"tags {tags}")
    elif hp and not 1 <= len(tags) <= 4:
        err(name, "policy pages carry 1-4 tags")
    elif not hp and tags:
        err(name, "non-policy pages carry no tags")
    pub = labels.get("published")
    if pub is not None:
        try:
            dt.date.fromisoformat(pub)
        except (TypeError, ValueError):
            err(name, f"published {pub!r}")
    for r in labels.get("regions", []):
        if not re.fullmatch(r"\d{6}|[A-Z]{2}", r):
            err(name, f"region {r}")
    if "regions" not in labels:
        err(name, "no regions")

    # decode: the bytes decode with the declared encoding to exactly the intended text
    enc = gold["encoding"]
    intended = p["_text"]
    try:
        if enc == "UTF-8-BOM":
            if not data.startswith(b"\xef\xbb\xbf"):
                err(name, "UTF-8-BOM page without BOM")
            decoded = data[3:].decode("utf-8")
        else:
            if data.startswith(b"\xef\xbb\xbf"):
                err(name, "BOM on a page not declared UTF-8-BOM")
            decoded = data.decode(CODECS[enc])
    except UnicodeDecodeError as e:
        err(name, f"does not decode as {enc}: {e}")
        return None
    if decoded != intended:
        err(name, "decoded text differs from the intended text")
    if "\ufffd" in decoded:
        err(name, "U+FFFD in page")
    if p["crlf"]:
        if "\r\n" not in decoded or re.search(r"(?<!\r)\n", decoded):
            err(name, "CRLF page with bare LF")
    elif "\r" in decoded:
        err(name, "CR in a page not declared CRLF")

    title, body, chrome = gold["title"], gold["body"], gold["chrome"]
    if not title:
        err(name, "empty title")
    if not body:
        err(name, "empty body")

    # visible lines
    if ext == "html":
        r = Renderer()
        r.feed(decoded)
        r.close()
        lines = r.lines
        if not r.meta_charsets:
            err(name, "HTML page declares no charset")
        for cs in r.meta_charsets:
            if cs not in META_CHARSETS[enc]:
                err(name, f"meta charset {cs} does not fit {enc}")
    else:
        lines = [norm(x) for x in decoded.splitlines()]
        lines = [x for x in lines if x]

    golds = [title] + body + chrome
    suffix = SUFFIX_TITLES.get(name)
    for line in lines:
        if ext == "txt":
            ok = line in golds or (suffix and line == title + suffix[0] and suffix[1] in chrome)
        else:
            ok = covered(line, golds)
        if not ok:
            err(name, f"visible line not labelled: {line[:80]!r}")

    # every gold string occurs in the visible text
    for g in [title] + body:
        if ext == "txt":
            found = g in lines or (g == title and suffix and title + suffix[0] in lines)
        else:
            found = g in lines
        if not found:
            err(name, f"gold title/body not a visible line: {g[:80]!r}")
    for c in chrome:
        if ext == "txt":
            found = c in lines or (suffix and c == suffix[1])
        else:
            found = any(c == x or (c in x and covered(x, golds)) for x in lines)
        if not found:
            err(name, f"gold chrome not visible: {c[:80]!r}")

    # the metrics must be able to tell chrome from body and title
    for c in chrome:
        for b in body + [title]:
            if c == b or (nonws_len(c) >= 10 and c in b):
                err(name, f"chrome {c[:40]!r} is (in) body/title {b[:40]!r}")
    if title in body:
        err(name, "title repeated in body")
    if len(set(chrome)) != len(chrome):
        err(name, "duplicate chrome")

    # the page itself must not leak labels: a page without `published` states no full date
    if "published" not in labels:
        if re.search(r"(19|20)\d\d[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}", decoded) or re.search(
                r"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) (19|20)\d\d\b"
                r"|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (19|20)\d\d\b", decoded):
            err(name, "page without published states a full date")
    return gold


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.iterdir():
        if f.name != "README.md":
            f.unlink()

    names = [p["name"] for p in PAGES]
    if len(set(names)) != len(names):
        raise SystemExit("duplicate page names")

    for p in PAGES:
        if p["html"] is not None:
            text, title, body, chrome = build_html(p)
            ext = "html"
        else:
            text, title, body, chrome = build_text(p)
            ext = "txt"
        if p["name"] in SUFFIX_TITLES:
            suf, site = SUFFIX_TITLES[p["name"]]
            if not title.endswith(suf.strip()) and not title.endswith(suf):
                raise SystemExit(f"{p['name']}: title lacks its suffix")
            title = title[: -len(suf)].rstrip()
            chrome.append(site)
        if title is None:
            raise SystemExit(f"{p['name']}: no title")
        chrome = dedupe(chrome)
        p["_text"] = text
        p["_ext"] = ext
        try:
            data = encode(text, p["encoding"])
        except UnicodeEncodeError as e:
            raise SystemExit(f"{p['name']}: cannot encode as {p['encoding']}: {e}") from e
        (OUT / f"{p['name']}.{ext}").write_bytes(data)
        (OUT / f"{p['name']}.gold.toml").write_text(gold_toml(p, title, body, chrome), encoding="utf-8")

    golds = {}
    for p in PAGES:
        g = check_page(p)
        if g is not None:
            golds[p["name"]] = g
            # gold read back equals what was meant
            if g["labels"] != p["labels"]:
                err(p["name"], "labels read back differ")

    check_set(golds)
    write_readme(golds)
    if ERRORS:
        print("holdout9: FAILED", file=sys.stderr)
        for e in ERRORS:
            print("  " + e, file=sys.stderr)
        return 1
    print(f"holdout9: wrote and checked {len(PAGES)} pages in {OUT.relative_to(ROOT)}")
    return 0


def stats(golds):
    s = {}
    s["lang"] = Counter(g["lang"] for g in golds.values())
    s["format"] = Counter(p["_ext"] for p in PAGES)
    s["encoding"] = Counter(g["encoding"] for g in golds.values())
    s["crlf"] = [p["name"] for p in PAGES if p["crlf"]]
    s["kind"] = Counter(g["labels"]["kind"] for g in golds.values())
    s["nodate"] = [n for n, g in golds.items() if "published" not in g["labels"]]
    s["tags"] = Counter(t for g in golds.values() for t in g["labels"]["tags"])
    s["traditional"] = [p["name"] for p in PAGES if p["traditional"]]
    return s


def check_set(golds):
    s = stats(golds)
    n = len(PAGES)
    if n != 20:
        err("set", f"{n} pages, want 20")
    if s["lang"]["zh"] != s["lang"]["en"]:
        err("set", f"languages {dict(s['lang'])}")
    if s["format"]["html"] * 3 < n:
        err("set", "less than a third HTML")
    for e in ("GBK", "Big5", "UTF-8-BOM"):
        if not s["encoding"][e]:
            err("set", f"no {e} page")
    if not s["crlf"]:
        err("set", "no CRLF page")
    if len(s["traditional"]) < 2:
        err("set", "fewer than 2 traditional-script pages")
    big5 = [p for p in PAGES if p["encoding"] == "Big5"]
    if not any(p["traditional"] for p in big5):
        err("set", "the Big5 page is not the traditional one")
    for p in PAGES:
        if p["encoding"] == "GB18030":
            try:
                p["_text"].encode("gbk")
                err(p["name"], "labelled GB18030 but GBK would do; keep a GB18030-only character")
            except UnicodeEncodeError:
                pass
    if set(s["tags"]) != TAGS:
        err("set", f"tags not covered: {TAGS - set(s['tags'])}")
    if len(s["nodate"]) < 3:
        err("set", "fewer than 3 pages without a date")
    policy = s["kind"]["policy"]
    neg = sum(s["kind"][k] for k in HARD_NEGATIVES)
    if not (0.5 <= policy / n <= 0.6) or not (0.35 <= neg / n <= 0.45) or not 1 <= s["kind"]["other"] <= 2:
        err("set", f"kind mix {dict(s['kind'])}")
    for k in HARD_NEGATIVES:
        if not s["kind"][k]:
            err("set", f"no {k} page")


def write_readme(golds):
    s = stats(golds)

    def fmt(c):
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))

    rows = []
    for p in PAGES:
        g = golds.get(p["name"])
        if not g:
            continue
        lab = g["labels"]
        rows.append(
            f"| {p['name']} | {p['_ext']} | {g['encoding']}{' CRLF' if p['crlf'] else ''} | {lab['kind']} | "
            f"{', '.join(lab['tags']) or '—'} | {lab.get('published', '—')} | {', '.join(lab['regions']) or '—'} |")
    text = f"""# holdout9: a blind held-out set

Twenty invented pages with gold labels, in the format of `tests/corpus/README.md`, for
measuring how healthfeed generalises to pages its rules were not written against.

Written blind: without looking at src/, config/, scripts/ (other than this set's generator)
or other corpora. Every page is invented (names, numbers, outlets, URLs); nothing is copied
from the web or from the seeds.

Regenerate with `python3 scripts/make_holdout9.py` (it rewrites every file here and checks
them: every gold string is visible, every visible line is labelled, gold parses with only
known keys, each page decodes with its declared encoding to exactly the intended text).

## What it leans on

News portals reposting provincial papers (责任编辑, 举报, 打开APP阅读全文, comment counts),
a provincial newspaper's city channel, English editions of Chinese media, municipal English
portals in machine translation, wire copy, a paywalled newsletter, a ministry press release
and a red-header policy document both saved from PDF (page numbers and viewer page markers
between body paragraphs, one paragraph cut by a page break mid-sentence: its two halves are
two gold body entries).

## Counts

- pages: {len(PAGES)}; languages: {fmt(s['lang'])}; traditional script: {len(s['traditional'])}
  ({', '.join(s['traditional'])})
- format: {fmt(s['format'])}
- encodings: {fmt(s['encoding'])}; CRLF line ends: {', '.join(s['crlf'])}
- kinds: {fmt(s['kind'])}
- pages without a full date (no `published`): {len(s['nodate'])} ({', '.join(s['nodate'])})
- tags over the policy pages: {fmt(s['tags'])}

| page | format | encoding | kind | tags | published | regions |
|---|---|---|---|---|---|---|
{chr(10).join(rows)}

## Judgement calls

- Subtitles: the newsletter's standfirst (under its title) is body; a column kicker
  (【民生实事看落实】) is chrome.
- Documents that close with their issuer and date (the 落款 of the 泰州 notice and of the
  抚州 recruitment notice, "MINISTRY OF HEALTH / 27 NOVEMBER 2024" at the end of the
  Singapore press release, the bureau and "March 1, 2023" under the Chengdu notice) keep
  those lines as body: they are part of the document. Letterheads, document numbers,
  抄送/印发 lines, running headers, page numbers and viewer page markers are chrome, and so
  are the web page's own timestamp lines (the Hong Kong release's date and time after 完).
- The wire story's only title line carries the wire's name ("… | Meridian Wire"): gold title
  drops the suffix, and the suffix is a chrome entry.
- Pages without `published`: the Wujiang page says "一季度" and "03-19" but never a year;
  the Taiwanese portal says "3小時前"; the 宿州 English page says "the 14th"; the
  WHO/Europe page has no date at all.
- Dates in bodies that are not publication dates: effective dates (2023-10-01, 2024-06-01,
  1 January 2025, January 1, 2026), deadlines (2023-12-01, 2023-12-05, 2024-03-04 to 03-08), race day.
- Regions: 泰州 (Jiangsu, 321200) vs 台州 (Zhejiang, 331000 / 温岭 331081), 宿州 (Anhui,
  341300) vs 苏州 (吴江区 320509), 抚州 (Jiangxi, 361000) vs 福州 (350100) are told apart
  only by districts, counties and province names in the text; in English, "Suzhou" is
  宿州 (Yongqiao, Dangshan, Lingbi) and "Taizhou" is 台州 (Huangyan, Jiaojiang, Luqiao).
  The trial (dateline Amsterdam, Danish company, 14 countries), the WHO/Europe tips and
  the national procurement story are about no single place (`[]`); the earnings story
  names none.
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
