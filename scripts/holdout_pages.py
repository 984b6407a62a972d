"""Page templates of the held-out set (see make_holdout_encodings.py). Invented pages, Chinese part."""

DOCS = []

# 01: provincial medical-insurance bureau, left sidebar menu, UTF-8 text
DOCS.append(dict(name="ho-01-hubei-ybj-sidebar", ext="txt", encoding="UTF-8", lang="zh", page="""
C|湖北省医疗保障局
C|无障碍  长者模式  English
C|首页 > 新闻动态 > 工作动态
C|机构概况
C|领导信息
C|内设机构
C|政务公开
C|政策文件
C|政策解读
C|办事服务
C|互动交流
C|专题专栏
T|省医保局部署推进门诊慢特病跨省直接结算扩面提质工作
C|发布时间：2024-06-18 09:30  来源：待遇保障处  浏览次数：1362
C|【字体：大 中 小】  【打印】  【关闭】

B|　　6月17日，省医疗保障局召开全省门诊慢特病跨省直接结算工作推进视频会，通报前一阶段工作进展，部署下一步扩面提质任务。局党组成员、副局长出席会议并讲话。
B|　　会议指出，截至5月底，全省已有2860家定点医药机构开通高血压、糖尿病、恶性肿瘤门诊放化疗、尿毒症透析、器官移植术后抗排异治疗等5种门诊慢特病相关治疗费用跨省直接结算服务，累计结算4.7万人次，为参保群众减少垫付资金1.3亿元。
B|　　会议要求，各市州医保部门要在年底前实现每个县（市、区）至少有1家定点医疗机构能够提供5种门诊慢特病跨省直接结算服务，并同步做好异地就医备案“掌上办”“网上办”，让参保群众少跑腿、好报销。
B|　　会议强调，要加强医保基金监管，对跨省就医费用开展智能审核，严厉打击欺诈骗保行为，确保医保基金安全、高效、合理使用。咨询电话：12393。

C|【我要纠错】  【收藏】  【分享到：微信 微博 QQ空间】
C|上一篇：省医保局召开2024年医保基金监管工作会议
C|下一篇：全省医保系统开展“医保服务进社区”主题活动
C|相关链接：国家医疗保障局  湖北省人民政府  湖北政务服务网
C|主办单位：湖北省医疗保障局  地址：武汉市武昌区中北路
C|鄂ICP备19006389号-1  鄂公网安备42010602004187号  网站标识码：4200000104
C|建议使用1280×1024分辨率浏览本网站
""",
    labels=dict(kind="policy", tags=["medical-insurance"], published="2024-06-18",
                regions=["420000"])))

# 02: county 政务公开 page with 索引号/发文机关/成文日期 table, GBK text
DOCS.append(dict(name="ho-02-anji-zhengwu-yigongti", ext="txt", encoding="GBK", lang="zh", crlf=True, page="""
C|安吉县人民政府门户网站
C|首页  政务公开  政务服务  互动交流  走进安吉
C|当前位置：首页 > 政务公开 > 政策文件 > 县政府办公室文件
C|索引号：	002593618/2024-00214
C|发文机关：	安吉县人民政府办公室
C|成文日期：	2024年03月12日
C|发布日期：	2024年03月15日
C|文号：	安政办发〔2024〕9号
C|主题分类：	卫生、体育\\医药管理
C|有效性：	有效
T|安吉县人民政府办公室关于深化紧密型县域医疗卫生共同体建设的实施意见
B|各乡镇人民政府、街道办事处，县政府直属各单位：
B|　　为进一步推动优质医疗资源下沉，提升县域医疗卫生服务能力，经县政府同意，现就深化紧密型县域医疗卫生共同体（以下简称医共体）建设提出如下实施意见。
B|　　一、总体目标。到2025年，县域就诊率稳定在90%以上，基层就诊率达到65%以上，乡镇卫生院（社区卫生服务中心）全部达到国家服务能力基本标准，群众看病就医获得感明显增强。
B|　　二、主要任务。（一）完善医共体管理体制。两家医共体实行人员统一招聘、统一培训、统一调配，财务统一管理、集中核算。（二）推进医保支付方式改革。对医共体实行医保基金总额预算管理，结余留用、合理超支分担。（三）强化基层服务能力。每个医共体分院至少建成1个特色专科，推广家庭医生签约服务，重点人群签约率达到80%以上。
B|　　三、保障措施。县卫生健康局要会同县财政局、县医保分中心、县人力社保局等部门建立联席会议制度，每半年通报一次工作进展，确保各项任务落到实处。
B|　　本意见自2024年4月15日起施行。
B|安吉县人民政府办公室
B|2024年3月12日
B|（此件公开发布）
C|【打印本页】 【关闭窗口】
C|扫一扫在手机打开当前页
C|版权所有：安吉县人民政府办公室  浙ICP备05076521号-1
C|浙公网安备 33052302000118号  网站标识码：3305230001
""", labels=dict(kind="policy", tags=["medical-reform", "primary-care"], published="2024-03-15",
                 regions=["330523"])))

# 03: news portal HTML, 责任编辑, 扫一扫在手机打开当前页
DOCS.append(dict(name="ho-03-jinan-yiyang-portal", ext="html", encoding="UTF-8", lang="zh", page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>济南出台医养结合新政 每个区县至少建成一家医养结合机构_山东频道_齐鲁视窗网</title>
<meta name="keywords" content="医养结合,济南">
<meta name="publishdate" content="2024-05-21">
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); })();</script>
<style>.nav li{float:left} .share{color:#999}</style>
</head>
<body>
<div class="top-bar"><a href="/">[[c:齐鲁视窗网首页]]</a> <a href="/login">[[c:登录]]</a> <a href="/reg">[[c:注册]]</a></div>
<div class="nav"><ul>
<li><a href="/news">[[c:要闻]]</a></li><li><a href="/sd">[[c:山东]]</a></li><li><a href="/fin">[[c:财经]]</a></li>
<li><a href="/health">[[c:健康]]</a></li><li><a href="/edu">[[c:教育]]</a></li><li><a href="/video">[[c:视频]]</a></li>
</ul></div>
<div class="crumb">[[c:您的位置：首页 > 山东频道 > 济南]]</div>
<div class="wrap">
<div class="left-col">
<h1>[[t:济南出台医养结合新政 每个区县至少建成一家医养结合机构]]</h1>
<div class="info"><span>[[c:2024-05-21 10:08]]</span> <span>[[c:来源：济南日报]]</span> <span>[[c:作者：记者 孙晓雯]]</span></div>
<div class="share">[[c:分享到：]]<a>[[c:微信]]</a><a>[[c:微博]]</a><a>[[c:QQ空间]]</a></div>
<div class="article-content">
<p>[[b:记者从市卫生健康委获悉，《济南市推进医养结合高质量发展实施方案》日前印发，明确到2025年，全市每个区县至少建成1家以医疗为主、兼具养老功能的医养结合机构，二级及以上综合医院设置老年医学科的比例达到85%以上。]]</p>
<p>[[b:方案提出，鼓励基层医疗卫生机构与周边养老机构签约合作，为入住老年人提供健康评估、慢病管理、康复护理等服务；支持有条件的乡镇卫生院利用闲置床位开展医养结合服务。]]</p>
<p>[[b:在居家养老方面，我市将为65岁及以上失能、半失能老年人提供上门巡诊服务，家庭病床服务纳入医保支付范围。市民可拨打12345市民服务热线咨询具体办理流程。]]</p>
<p>[[b:市卫生健康委有关负责人表示，下一步将会同民政、医保等部门建立医养结合工作联席会议制度，对各区县落实情况开展年度评估。]]</p>
</div>
<div class="editor">[[c:责任编辑：刘晨]] [[c:编辑：张琳琳]]</div>
<div class="qr"><img src="/qr.png" alt="二维码"><p>[[c:扫一扫在手机打开当前页]]</p></div>
<div class="related"><h3>[[c:相关新闻]]</h3><ul>
<li><a href="/a1">[[c:省卫健委：今年新增家庭病床5000张]]</a></li>
<li><a href="/a2">[[c:济南长清区首家嵌入式养老服务中心启用]]</a></li>
<li><a href="/a3">[[c:老年人健康体检这些项目免费]]</a></li>
</ul></div>
</div>
<div class="right-col"><h3>[[c:热点排行]]</h3><ol>
<li><a href="/h1">[[c:泉城夜市五一客流创新高]]</a></li>
<li><a href="/h2">[[c:济南地铁4号线最新进展来了]]</a></li>
</ol></div>
</div>
<div class="footer"><p>[[c:关于我们]] [[c:联系我们]] [[c:广告服务]]</p>
<p>[[c:齐鲁视窗网 版权所有 未经授权禁止转载]]</p><p>[[c:鲁ICP备10200357号]]</p></div>
</body>
</html>
""", labels=dict(kind="policy", tags=["elderly-care"], published="2024-05-21", regions=["370100"],
                 source="济南日报")))

# 04: WeChat repost, 阅读原文/点赞/在看, 长按识别二维码
DOCS.append(dict(name="ho-04-wechat-chengdu-manbing", ext="txt", encoding="UTF-8", lang="zh", page="""
T|@成都市民 高血压糖尿病患者可在家门口免费领取慢病管理包
C|原创 健康成都官微 健康成都官微 2023-11-07 17:32 发表于四川
C|点击蓝字 关注我们
B|近日，市卫生健康委印发《成都市基层高血压糖尿病医防融合管理工作方案》，在全市社区卫生服务中心和乡镇卫生院推行“一人一档一方案”的慢病管理模式。
B|根据方案，辖区内已签约家庭医生的高血压、2型糖尿病患者，每年可免费获得4次随访评估、1次健康体检和1个慢病管理包（含电子血压计或血糖仪）。
B|各区（市）县要在2024年6月底前完成基层慢病管理中心标准化建设，实现与上级医院检查结果互认、处方流转。
B|市民可关注“健康成都官微”公众号，点击“家医签约”在线办理签约。
C|▼
C|来源：成都市卫生健康委员会
C|编辑：小健
C|审核：李娜
C|长按识别二维码
C|关注我们
C|往期推荐
C|成都新增5家互联网医院 看病不用跑
C|冬季流感高发 这份就诊指南请收好
C|阅读原文
C|分享
C|收藏
C|点赞
C|在看
C|微信扫一扫
C|关注该公众号
""", labels=dict(kind="policy", tags=["chronic-disease", "primary-care"], published="2023-11-07",
                 regions=["510100"], source="成都市卫生健康委员会")))

# 05: private hospital promotion, no full date (hard negative)
DOCS.append(dict(name="ho-05-guangzhou-minying-yanke", ext="txt", encoding="UTF-8", lang="zh", page="""
C|广州爱明眼科医院官网
C|医院首页 | 医院介绍 | 专家团队 | 特色技术 | 优惠活动 | 来院路线
C|预约挂号热线：020-8888 6666
T|暑期近视手术季 全飞秒激光手术立减3000元
C|7月15日 | 浏览量：3216
B|暑假到了，不少高考结束的同学想摘掉眼镜轻松迎接大学生活。即日起至8月31日，我院推出“暑期摘镜季”活动，全飞秒、半飞秒激光近视手术均可享受立减优惠。
B|活动期间，凭高考准考证可额外领取价值680元的术前全套检查一次。我院引进德国蔡司全飞秒激光设备，由从业20年的眼科专家团队亲自主刀，术后3天即可正常用眼。
B|名额有限，先到先得。添加客服微信即可锁定优惠名额，到院还可获赠护眼礼包一份。
C|在线咨询
C|免费预约
C|温馨提示：本站内容仅供参考，具体诊疗请以医生面诊为准。
C|粤ICP备17091234号  医疗广告审查证明文号：（粤）医广【2024】第07-15-002号
""", labels=dict(kind="marketing", tags=[], regions=["440100"])))

# 06: Hong Kong newspaper, traditional Chinese, Big5 text, about a Guangdong policy
DOCS.append(dict(name="ho-06-big5-yaoxietong", ext="txt", encoding="Big5", lang="zh", crlf=True, page="""
C|新聞首頁 > 中國 > 大灣區
T|「港澳藥械通」再擴容 廣東新增十五家指定醫療機構
C|2024年4月2日 星期二
C|【字體：大 中 小】 【列印】
B|廣東省藥品監督管理局昨日公布第五批「港澳藥械通」指定醫療機構名單，新增十五家內地醫療機構，可按規定使用已在港澳上市的藥品和醫療器械，總數增至四十五家。
B|根據政策，指定醫療機構可申請使用臨床急需、已在香港或澳門公立醫院採購使用的藥品，以及在港澳公立醫院已採購使用、具有臨床應用先進性的醫療器械，經廣東省藥監局審批後使用。
B|省藥監局表示，將進一步簡化審批流程，將審批時限由二十個工作日壓縮至十個工作日，並加強對使用全過程的追溯管理，確保用藥用械安全。
B|業界認為，政策擴容有助內地病人就近使用先進藥械，亦為港澳藥企進入大灣區市場提供便利。
C|責任編輯：陳嘉欣
C|相關新聞
C|大灣區醫療合作再添新措施
C|本網站內容版權所有，不得轉載。
""", labels=dict(kind="policy", tags=["drug-policy"], published="2024-04-02", regions=["440000"])))

# 07: traditional-Chinese health portal, supplement wellness article, HTML (hard negative)
DOCS.append(dict(name="ho-07-tw-yijunsu-wellness", ext="html", encoding="UTF-8", lang="zh", page="""
<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="UTF-8">
<title>益生菌怎麼吃才有效？營養師教你挑選3大重點 | 健康生活誌</title>
<meta property="og:title" content="益生菌怎麼吃才有效？營養師教你挑選3大重點">
<meta property="article:published_time" content="2024-02-05T08:00:00+08:00">
</head>
<body>
<header><nav>
<a href="/">[[c:首頁]]</a><a href="/food">[[c:飲食營養]]</a><a href="/fit">[[c:運動健身]]</a><a href="/beauty">[[c:美容保養]]</a><a href="/sub">[[c:訂閱電子報]]</a>
</nav></header>
<main>
<article>
<h1>[[t:益生菌怎麼吃才有效？營養師教你挑選3大重點]]</h1>
<div class="meta"><span>[[c:文／營養師 林怡君]]</span> <time datetime="2024-02-05">[[c:2024/02/05]]</time></div>
<p>[[b:近年來益生菌保健食品琳瑯滿目，許多人每天都會補充，但吃了卻感覺沒什麼效果。營養師提醒，挑選與食用方法都會影響益生菌的效果。]]</p>
<h2>[[b:重點一：看菌株編號]]</h2>
<p>[[b:同一種菌的不同菌株，功效可能差很多。選購時應確認包裝上標示完整的菌株編號，並有相關研究支持。]]</p>
<h2>[[b:重點二：看活菌數與保存方式]]</h2>
<p>[[b:建議選擇每日攝取量達百億以上活菌數的產品，開封後盡量放在陰涼處或冷藏保存。]]</p>
<h2>[[b:重點三：飯後吃較好]]</h2>
<p>[[b:胃酸會破壞益生菌，飯後胃酸被食物稀釋，此時補充存活率較高。另外也要避免與熱開水一起服用。]]</p>
<p>[[b:營養師也提醒，益生菌不能取代均衡飲食，多吃蔬菜、水果與全穀類，才能讓好菌長期穩定。]]</p>
</article>
<aside><h3>[[c:你可能也喜歡]]</h3><ul>
<li><a href="/p/1">[[c:早餐這樣吃，血糖不飆升]]</a></li>
<li><a href="/p/2">[[c:葉黃素什麼時候吃最好？]]</a></li>
</ul>
<div class="ad">[[c:廣告]]</div>
</aside>
</main>
<footer><p>[[c:Copyright © 2024 健康生活誌 All rights reserved.]]</p><p>[[c:本站內容僅供參考，不能取代專業醫療建議。]]</p></footer>
</body>
</html>
""", labels=dict(kind="wellness", tags=[], published="2024-02-05", regions=[])))

# 08: drug trial result (hard negative), UTF-8 text
DOCS.append(dict(name="ho-08-shanghai-linchuang-sanqi", ext="txt", encoding="UTF-8", lang="zh", page="""
C|医药财经网 > 创新药 > 临床进展
T|恒瑞康生物宣布其PD-1/VEGF双抗三期临床达到主要终点
C|2024年9月3日 14:26  来源：公司公告
B|9月2日晚间，总部位于上海张江的恒瑞康生物发布公告称，其自主研发的PD-1/VEGF双特异性抗体HRK-207在一线治疗晚期非小细胞肺癌的III期临床研究中达到无进展生存期（PFS）主要终点。
B|该研究共入组526例患者，期中分析显示，HRK-207组的中位PFS为11.1个月，对照组为5.8个月，疾病进展或死亡风险降低49%。安全性方面，未发现新的安全性信号。
B|公司表示，将于近期在国际学术会议上公布详细数据，并计划于年内向国家药品监督管理局药品审评中心递交上市申请。
B|受此消息影响，9月3日公司股价高开逾8%。
C|风险提示：本文仅供参考，不构成投资建议。
C|推荐阅读
C|创新药出海首选哪里？三季度授权交易盘点
C|ADC赛道再迎重磅合作
""", labels=dict(kind="trial", tags=[], published="2024-09-03", regions=["310000"])))

# 09: medical-device company earnings, HTML in GB18030 (hard negative)
DOCS.append(dict(name="ho-09-shenzhen-qixie-zhongbao", ext="html", encoding="GB18030", lang="zh", page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>迈德康医疗上半年营收同比增长18% 海外收入占比首超四成-证券要闻-鹏城财经</title>
<meta name="pubdate" content="2024-08-28 07:45">
</head>
<body>
<table width="100%" class="topnav"><tr>
<td><a href="/">[[c:首页]]</a></td><td><a href="/stock">[[c:股票]]</a></td><td><a href="/fund">[[c:基金]]</a></td><td><a href="/hk">[[c:港股]]</a></td><td><a href="/data">[[c:数据中心]]</a></td>
</tr></table>
<div id="main">
<div class="title"><h2>[[t:迈德康医疗上半年营收同比增长18% 海外收入占比首超四成]]</h2></div>
<div class="source">[[c:2024年08月28日 07:45 鹏城财经 记者 黄志强]]</div>
<div id="ContentBody">
<p>[[b:8月27日晚，深圳医疗器械企业迈德康医疗披露2024年半年度报告。报告期内，公司实现营业收入86.3亿元，同比增长18.2%；归属于上市公司股东的净利润21.5亿元，同比增长15.6%。]]</p>
<p>[[b:分业务看，生命信息与支持类产品收入38.9亿元，体外诊断类产品收入29.4亿元，医学影像类产品收入16.1亿元。海外市场收入同比增长31%，占总收入比重达到41.7%，首次超过四成。]]</p>
<p>[[b:公司在业绩说明会上表示，国内医疗设备更新项目招标自二季度起逐步恢复，预计下半年国内业务将环比改善。公司拟向全体股东每10股派发现金红利12元（含税）。]]</p>
</div>
<div class="disclaimer">[[c:郑重声明：本文仅代表作者个人观点，与鹏城财经无关。股市有风险，投资需谨慎。]]</div>
<div class="hot"><b>[[c:24小时热文]]</b>
<a href="/x1">[[c:北向资金今日净买入超50亿元]]</a>
<a href="/x2">[[c:券商板块午后异动拉升]]</a>
</div>
</div>
<div class="foot">[[c:Copyright 鹏城财经网 版权所有]] [[c:粤ICP备12048577号]]</div>
</body>
</html>
""", labels=dict(kind="earnings", tags=[], published="2024-08-28", regions=["440300"])))

# 10: hospital nurse recruitment notice (hard negative), mostly chrome
DOCS.append(dict(name="ho-10-xuzhou-hushi-zhaopin", ext="txt", encoding="UTF-8", lang="zh", page="""
C|徐州市第三人民医院
C|网站首页
C|医院概况
C|新闻中心
C|科室导航
C|专家介绍
C|就医指南
C|护理园地
C|人才招聘
C|党建园地
C|您现在的位置：网站首页 > 人才招聘 > 招聘公告
T|徐州市第三人民医院2024年公开招聘合同制护理人员公告
C|发布者：人事科  发布日期：2024-04-08  点击：5872
B|因医院发展需要，经研究决定，面向社会公开招聘合同制护理人员40名。
B|一、招聘条件：全日制大专及以上学历，护理学专业，已取得护士执业资格证书或通过护士执业资格考试，年龄在30周岁以下。
B|二、报名方式：请于2024年4月20日前将个人简历、学历证书、资格证书扫描件发送至医院人事科邮箱，邮件主题注明“应聘护理+姓名”。
B|三、薪酬待遇：按医院合同制人员薪酬标准执行，缴纳五险一金。
B|联系电话：0516-83956210（人事科）
C|附件：徐州市第三人民医院应聘人员报名登记表.docx
C|上一条：徐州市第三人民医院2024年规范化培训住院医师招收简章
C|下一条：没有了
C|【打印此页】【关闭窗口】
C|医院地址：徐州市铜山区北京南路  急诊电话：0516-83956120
C|版权所有：徐州市第三人民医院  苏ICP备13034512号
C|技术支持：徐州云网信息科技有限公司
C|您是本站第 2897156 位访客
""", labels=dict(kind="job-ad", tags=[], published="2024-04-08", regions=["320300"])))

# 11: public resource trading centre tender for hospital CT equipment, HTML (hard negative)
DOCS.append(dict(name="ho-11-luoyang-ct-zhaobiao", ext="html", encoding="UTF-8", lang="zh", page="""
<!DOCTYPE html>
<html>
<head><meta charset="utf-8"><title>洛阳市中心医院64排螺旋CT采购项目招标公告 - 洛阳市公共资源交易中心</title></head>
<body>
<div class="header"><span>[[c:洛阳市公共资源交易中心]]</span><span>[[c:今天是：]]</span></div>
<ul class="menu"><li>[[c:首页]]</li><li>[[c:交易信息]]</li><li>[[c:政策法规]]</li><li>[[c:办事指南]]</li><li>[[c:诚信体系]]</li><li>[[c:CA办理]]</li></ul>
<div class="sidebar"><div class="side-title">[[c:交易信息]]</div><ul>
<li><a>[[c:工程建设]]</a></li><li><a>[[c:政府采购]]</a></li><li><a>[[c:土地矿产]]</a></li><li><a>[[c:国有产权]]</a></li></ul></div>
<div class="content">
<div class="position">[[c:当前位置：首页 > 交易信息 > 政府采购 > 招标公告]]</div>
<h3 class="art-title">[[t:洛阳市中心医院64排螺旋CT采购项目招标公告]]</h3>
<div class="art-info">[[c:【信息时间：2024年07月15日】]] <a href="javascript:window.print()">[[c:【打印】]]</a> <a href="javascript:window.close()">[[c:【关闭】]]</a></div>
<div class="art-body">
<p>[[b:项目概况：洛阳市中心医院64排螺旋CT采购项目的潜在投标人应在本中心网站“交易信息”栏目获取招标文件，并于2024年08月06日09时30分（北京时间）前递交投标文件。]]</p>
<p>[[b:一、项目基本情况]]</p>
<p>[[b:项目编号：LYZC-2024-0716]]</p>
<p>[[b:预算金额：680.00万元]]</p>
<p>[[b:采购需求：64排螺旋CT一台，含安装、调试、培训及五年原厂维保。]]</p>
<p>[[b:二、申请人的资格要求：具有独立承担民事责任的能力；具有医疗器械经营许可证；本项目不接受联合体投标。]]</p>
<p>[[b:三、联系方式：采购人：洛阳市中心医院，联系人：王先生，电话：0379-63892000。]]</p>
</div>
</div>
<div class="footer"><p>[[c:主办单位：洛阳市公共资源交易中心]]</p><p>[[c:豫ICP备10009341号-1]] [[c:豫公网安备41030202000375号]]</p></div>
</body>
</html>
""", labels=dict(kind="tender", tags=[], published="2024-07-15", regions=["410300"])))

# 12: city economic work meeting mentioning health once (hard negative)
DOCS.append(dict(name="ho-12-changsha-jingji-huiyi", ext="txt", encoding="UTF-8", lang="zh", page="""
C|长沙新闻网
C|首页  时政  民生  经济  区县  视频
T|市委经济工作会议召开 奋力推动全市经济高质量发展
C|长沙新闻网  2023.12.22 08:05  作者：记者 周扬  字号：T T T
B|12月21日至22日，中共长沙市委经济工作会议召开。会议总结2023年经济工作，分析当前经济形势，部署2024年经济工作。
B|会议指出，今年以来，全市地区生产总值增长4.8%，规模以上工业增加值增长5.3%，实际使用外资增长12%，先进制造业集群发展成效明显。
B|会议强调，明年要坚持稳中求进，大力发展工程机械、新一代自主安全计算系统、生物医药等产业集群，加快建设国家综合货运枢纽，扩大有效投资，推动消费持续恢复。要持续保障和改善民生，办好教育、医疗、养老等民生实事。
B|会议要求，全市上下要锚定目标、真抓实干，确保完成全年目标任务。
C|编辑：李婷
C|大家都在看
C|长沙地铁7号线一期工程最新进度
C|湘江新区发布人才新政
C|扫码关注长沙新闻网官方微信
""", labels=dict(kind="economy", tags=[], published="2023-12-22", regions=["430100"])))

# ---------------------------------------------------------------- English

# 13: China Daily-style English edition, Print | E-mail | Share, Editor, Related Stories
DOCS.append(dict(name="ho-13-hainan-boao-drugs-en", ext="txt", encoding="UTF-8", lang="en", page="""
C|Home | China | World | Business | Lifestyle | Opinion | Video
C|Home > China > Society
T|Hainan pilot zone speeds up access to imported drugs and devices
C|By WANG XIAOLU in Haikou | chinadaily.com.cn | Updated: 2024-05-28 09:12
C|Print | E-mail | Share
B|The Boao Lecheng International Medical Tourism Pilot Zone in Hainan province will cut the approval time for urgently needed imported drugs and medical devices to 10 working days under new rules released by the provincial government on Monday.
B|Under the rules, licensed medical institutions in the zone may use drugs and devices that have been approved abroad but not yet in China, provided they are clinically needed and prescribed by qualified doctors. Real-world data collected from patients in the zone can be used to support applications for approval on the mainland.
B|"Patients no longer need to travel abroad for some cutting-edge therapies," said an official of the Hainan Medical Products Administration. By the end of April, the zone had introduced more than 400 such drugs and devices, benefiting about 68,000 patients.
B|The province also plans to expand commercial health insurance products that cover the cost of these treatments.
C|Editor: Zhang Yu
C|Source: China Daily
C|Related Stories
C|Hainan free trade port attracts more medical investment
C|New rules to ease access to rare disease drugs
C|Copyright 1995 - 2024. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to China Daily Information Co (CDIC). Without written authorization from CDIC, such content shall not be republished or used in any form.
""", labels=dict(kind="policy", tags=["drug-policy"], published="2024-05-28",
                 regions=["460000"], source="China Daily")))

# 14: machine-translated county news, Author/Time line
DOCS.append(dict(name="ho-14-zunyi-village-doctors-mt", ext="txt", encoding="UTF-8", lang="en", page="""
T|Zunyi City held the county -level medical community construction and village doctor team construction on -site promotion meeting
C|Author:Zunyi Health Commission Time:2023/08/15 16:20 Views:1128
B|On August 14, the city's county -level medical community construction and the village doctor team construction on -site promotion meeting was held in Meitan County. The meeting summarized the work of the county medical community in the first half of the year, and deployed the next stage of work.
B|The meeting pointed out that the city has built 17 closely -type county medical communities, and the ability of township health centers to serve has been significantly improved. The construction of village doctor teams is the "net bottom" of the rural health and health service system, and it is necessary to solve the problem of "no one to see the doctor" in the village.
B|The meeting requested that all counties (cities, districts) should implement the policy of "county recruitment and rural use, rural employment village use", and the village doctors will be included in the management of the township health center, and the pension insurance of the village doctor will be implemented. It is necessary to strengthen the training of village doctors, and each village doctor must participate in no less than 2 weeks of centralized training every year.
B|The relevant responsible comrades of the health and health bureau of each county (city, district) attended the meeting.
C|Share to:
C|Previous: Zunyi launched the special rectification of the medical field
C|Next: The city's maternal and child health work meeting was held
C|Zunyi Municipal Health Commission  Address: Xinpu New District, Zunyi City  Tel: 0851-28622345
C|黔ICP备13002586号
""", labels=dict(kind="policy", tags=["primary-care", "health-workforce", "medical-reform"], published="2023-08-15",
                 regions=["520300"])))

# 15: WHO-style news release, HTML with cookie banner
DOCS.append(dict(name="ho-15-who-workforce-charter", ext="html", encoding="UTF-8", lang="en", page="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>WHO calls on countries to protect and invest in the health and care workforce</title>
<meta property="og:title" content="WHO calls on countries to protect and invest in the health and care workforce">
<meta name="DC.date" content="2024-03-14">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-14"}</script>
</head>
<body>
<div id="cookie-banner" role="dialog"><p>[[c:We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.]]</p><button>[[c:Accept all cookies]]</button> <button>[[c:Manage settings]]</button></div>
<header>
<a class="skip" href="#main">[[c:Skip to main content]]</a>
<nav><ul><li><a>[[c:Health Topics]]</a></li><li><a>[[c:Countries]]</a></li><li><a>[[c:Newsroom]]</a></li><li><a>[[c:Emergencies]]</a></li><li><a>[[c:Data]]</a></li><li><a>[[c:About WHO]]</a></li></ul></nav>
<div class="lang"><a>[[c:العربية]]</a> <a>[[c:中文]]</a> <a>[[c:Français]]</a> <a>[[c:Русский]]</a> <a>[[c:Español]]</a></div>
</header>
<main id="main">
<nav class="breadcrumb">[[c:Home / Newsroom / News]]</nav>
<div class="type">[[c:News release]]</div>
<h1>[[t:WHO calls on countries to protect and invest in the health and care workforce]]</h1>
<div class="date">[[c:14 March 2024]]</div>
<div class="sf-detail-body-wrapper">
<p>[[b:The World Health Organization today released a Global Health and Care Worker Compact, setting out what governments should do to protect the rights, safety and working conditions of health and care workers.]]</p>
<p>[[b:The world faces a projected shortfall of 10 million health workers by 2030, mostly in low- and lower-middle-income countries. Many workers continue to face violence, excessive working hours and delayed pay.]]</p>
<p>[[b:"Countries cannot build resilient health systems without the people who staff them," the WHO Director-General said. "This compact gives governments practical tools to retain and protect their health workforce."]]</p>
<p>[[b:The compact recommends that Member States adopt national workforce strategies, guarantee decent pay, strengthen occupational safety, and manage international recruitment ethically, in line with the WHO Global Code of Practice.]]</p>
<h3>[[b:Note to editors]]</h3>
<p>[[b:The compact was developed through consultations with Member States, professional associations and trade unions between 2022 and 2023.]]</p>
</div>
<div class="share"><span>[[c:Share]]</span></div>
<section class="related"><h2>[[c:Related]]</h2>
<a>[[c:Fact sheet: Health workforce]]</a>
<a>[[c:WHO Global Code of Practice on the International Recruitment of Health Personnel]]</a>
</section>
</main>
<footer><a>[[c:Subscribe to our newsletters]]</a> <a>[[c:Privacy policy]]</a> <a>[[c:Contact us]]</a> <p>[[c:© 2024 WHO]]</p></footer>
</body>
</html>
""", labels=dict(kind="policy", tags=["health-workforce"], published="2024-03-14", regions=[])))

# 16: NHS England-style news, HTML, cookie banner and newsletter prompt
DOCS.append(dict(name="ho-16-nhs-pharmacy-first", ext="html", encoding="UTF-8", lang="en", page="""
<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Pharmacy First: millions to get treatment for common conditions from high street pharmacies | NHS England News</title>
<meta property="og:site_name" content="NHS England">
</head>
<body>
<section class="cookie"><h2>[[c:Cookies on the NHS England website]]</h2><p>[[c:We've put some small files called cookies on your device to make our site work.]]</p><button>[[c:Yes, I'm happy]]</button><button>[[c:No, do not track me]]</button></section>
<header class="nhsuk-header"><a class="logo"><img src="/logo.svg" alt="NHS England"></a>
<form><label>[[c:Search the NHS England website]]</label></form>
<nav><a>[[c:About us]]</a><a>[[c:Our work]]</a><a>[[c:Commissioning]]</a><a>[[c:Publications]]</a><a>[[c:News]]</a></nav></header>
<div class="wrapper">
<div class="crumbs">[[c:Home > News]]</div>
<article>
<h1>[[t:Pharmacy First: millions to get treatment for common conditions from high street pharmacies]]</h1>
<p class="byline">[[c:Published: 31 January 2024]]</p>
<p>[[b:Patients will be able to get treatment for seven common conditions, including sinusitis, sore throat and urinary tract infections, directly from their local pharmacy without needing to see a GP, under the new Pharmacy First service launched today.]]</p>
<p>[[b:More than 10,000 community pharmacies in England have signed up to the scheme, which is expected to free up to 10 million GP appointments a year once fully established.]]</p>
<p>[[b:Pharmacists will follow clinical pathways agreed with NHS England and will be able to supply prescription-only medicines, including antibiotics, where clinically appropriate.]]</p>
<p>[[b:The service is part of the NHS plan to recover access to primary care, backed by up to £645 million of investment over two years.]]</p>
<p>[[b:People can find their nearest participating pharmacy by visiting the NHS website or calling 111.]]</p>
</article>
<aside class="newsletter"><h2>[[c:Subscribe to our newsletter]]</h2><p>[[c:Get the latest news from NHS England straight to your inbox.]]</p><a>[[c:Sign up]]</a></aside>
</div>
<footer><ul><li>[[c:Accessibility statement]]</li><li>[[c:Privacy notice]]</li><li>[[c:Cookies]]</li><li>[[c:Terms and conditions]]</li></ul><p>[[c:© NHS England]]</p></footer>
</body>
</html>
""", labels=dict(kind="policy", tags=["primary-care"], published="2024-01-31", regions=["GB"])))

# 17: machine-translated elderly-care news in windows-1252, no full date
DOCS.append(dict(name="ho-17-wuxi-elderly-meal-mt", ext="txt", encoding="windows-1252", lang="en", crlf=True, page="""
C|Wuxi China | English
C|News | Government | Business | Travel | Living
T|Wuxi's ?15-minute elderly care service circle? covers all streets
C|Source: Wuxi Daily  Clicks: 402
B|On the morning of January 9th, the reporter learned from the Municipal Civil Affairs Bureau that the city has built 386 community elderly canteens and 112 street -level comprehensive elderly care service centers, and the "15-minute elderly care service circle" has covered all streets of the city.
B|According to the relevant person in charge, the city will promote the "medical and elderly care integration" in the next step, and the community health service center will sign contracts with the elderly care service center to provide health management and family doctor services for the elderly over 65 years old. The long -term care insurance will be expanded to cover all urban and rural residents.
B|The elderly can apply for meal assistance subsidies of 3 to 5 yuan per meal at the community, and the disabled elderly and the elderly who live alone enjoy the door -to -door meal delivery service.
C|[Print] [Close]
C|Copyright © Wuxi Municipal People's Government. All Rights Reserved.
""".replace("?15-minute elderly care service circle?", "\u201c15-minute elderly care service circle\u201d"),
    labels=dict(kind="policy", tags=["elderly-care"], regions=["320200"], source="Wuxi Daily")))

# 18: US Medicare negotiation, no chrome at all
DOCS.append(dict(name="ho-18-medicare-negotiated-prices", ext="txt", encoding="UTF-8", lang="en", page="""
T|Medicare announces negotiated prices for first 10 drugs
B|WASHINGTON, August 15, 2024 - The federal government today announced the prices it negotiated with drugmakers for the first 10 prescription drugs selected for Medicare price negotiation under the Inflation Reduction Act.
B|The new prices, which take effect on January 1, 2026, would have saved Medicare about $6 billion in 2023 had they been in effect, a reduction of 22 percent in net spending on the selected drugs. People with Medicare Part D are expected to save $1.5 billion in out-of-pocket costs in the first year.
B|The selected drugs treat conditions including diabetes, heart failure, blood clots and certain cancers, and were used by about 9 million people enrolled in Medicare prescription drug plans.
B|The Centers for Medicare & Medicaid Services will select up to 15 more drugs for the next round of negotiation by February 2025.
""", labels=dict(kind="policy", tags=["drug-policy", "medical-insurance"], published="2024-08-15", regions=["US"])))

# 19: private international clinic promotion in Shanghai, HTML (hard negative)
DOCS.append(dict(name="ho-19-shanghai-clinic-checkup-promo", ext="html", encoding="UTF-8", lang="en", page="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Spring Health Check Packages Now 20% Off - Harborview International Medical Center Shanghai</title>
<meta property="article:published_time" content="2024-03-05T09:00:00+08:00">
</head>
<body>
<div class="topbar">[[c:24/7 Emergency Hotline: +86 21 6288 0000]] <a>[[c:中文]]</a> <a>[[c:Book Online]]</a></div>
<nav class="main-nav"><a>[[c:Home]]</a><a>[[c:Our Services]]</a><a>[[c:Find a Doctor]]</a><a>[[c:Insurance Partners]]</a><a>[[c:Locations]]</a><a>[[c:Blog]]</a></nav>
<div class="container">
<div class="post">
<h1 class="entry-title">[[t:Spring Health Check Packages Now 20% Off]]</h1>
<div class="entry-meta">[[c:Posted on March 5, 2024 by Harborview Marketing Team]]</div>
<div class="entry-content">
<p>[[b:Spring is the perfect time to take stock of your health. From now until April 30, all Harborview executive health check packages are 20% off for new and returning patients.]]</p>
<p>[[b:Our comprehensive packages include a full blood panel, cardiac screening, low-dose CT, ultrasound and a one-on-one consultation with an English-speaking internal medicine specialist, all completed in a single morning at our Jing'an clinic.]]</p>
<p>[[b:We offer direct billing with more than 40 international insurance partners, so most patients pay nothing at the time of their visit.]]</p>
<p>[[b:Spaces are limited. Book online or call our patient service team to reserve your appointment today.]]</p>
</div>
<div class="cta"><a class="btn">[[c:Book Your Check-up]]</a></div>
</div>
<div class="sidebar"><h4>[[c:Recent Posts]]</h4><ul><li>[[c:Five Tips for Managing Seasonal Allergies]]</li><li>[[c:Welcome Dr. Emily Chen to Our Pediatrics Team]]</li></ul></div>
</div>
<div class="newsletter">[[c:Subscribe to our newsletter for health tips and exclusive offers.]] <button>[[c:Subscribe]]</button></div>
<footer>[[c:© 2024 Harborview International Medical Center. All rights reserved.]] [[c:沪ICP备18023456号-1]]</footer>
</body>
</html>
""", labels=dict(kind="marketing", tags=[], published="2024-03-05", regions=["310106"])))

# 20: wellness article (hard negative), UTF-8 text
DOCS.append(dict(name="ho-20-winter-vitamin-d-wellness", ext="txt", encoding="UTF-8", lang="en", page="""
C|Wellbeing | Nutrition | Fitness | Sleep | Mind
C|ADVERTISEMENT
T|Should you take vitamin D this winter? What the evidence says
C|By Sarah Collins, Health Writer
C|Published: 3 Dec 2023
C|5 min read
B|As the days get shorter, many of us spend less time outdoors, and our skin makes less vitamin D from sunlight. Low levels have been linked to tiredness, muscle aches and weaker bones.
B|Most adults can get enough vitamin D from a combination of diet and a daily supplement of 10 micrograms during autumn and winter. Oily fish, eggs and fortified cereals are good food sources.
B|Taking more is not always better. Very high doses over a long period can cause too much calcium to build up in the body, so stick to the recommended amount unless your doctor advises otherwise.
B|If you have darker skin or rarely go outside, you may want to take a supplement all year round.
C|Was this article helpful? Yes / No
C|You May Also Like
C|7 foods that may help you sleep better
C|Is cold water swimming good for you?
C|Subscribe to our newsletter
C|This content is for information only and is not a substitute for professional medical advice.
C|© 2023 Wellbeing Weekly Media Ltd
""", labels=dict(kind="wellness", tags=[], published="2023-12-03", regions=[])))

# 21: drug-trial press release, UTF-8 with BOM (hard negative)
DOCS.append(dict(name="ho-21-basel-phase3-press-release", ext="txt", encoding="UTF-8-BOM", lang="en", page="""
C|Media & Investors > Media releases
T|Novantis reports positive Phase III results for once-weekly oral obesity treatment
C|Jun 12, 2024
B|Basel, 12 June 2024 - Novantis today announced that its Phase III STEP-ORAL 2 trial of velutide, an investigational once-weekly oral GLP-1 receptor agonist, met its primary endpoint in adults with obesity.
B|Participants treated with velutide achieved a mean weight loss of 14.6% at week 68, compared with 2.1% with placebo. The most common adverse events were mild to moderate nausea and diarrhoea, consistent with the drug class.
B|Full results will be presented at an upcoming medical congress. Novantis plans to submit applications to regulatory authorities in the United States and the European Union in early 2025.
R|
B|About Novantis
B|Novantis is a global medicines company headquartered in Basel, Switzerland.
C|Disclaimer: This press release contains forward-looking statements that are subject to risks and uncertainties.
C|Media contact: media.relations@novantis.example
""", labels=dict(kind="trial", tags=[], published="2024-06-12", regions=["CH"])))

# 22: mostly-chrome portal page about a marathon, no full date (other)
DOCS.append(dict(name="ho-22-xiamen-marathon-mostly-chrome", ext="txt", encoding="UTF-8", lang="en", page="""
C|Xiamen Online English
C|Sign in | Register
C|Home
C|News
C|Business
C|Culture
C|Travel
C|Photos
C|Video
C|Services
C|Home > News > Sports
T|30,000 runners take part in Xiamen Marathon
C|Source: Xiamen Daily | Editor: Lin Yi
C|Font size: A+ A-
B|About 30,000 runners from home and abroad took part in the Xiamen Marathon on Sunday morning, running along the island's coastal roads under clear skies.
B|Kenyan runner Edwin Kiptoo won the men's full marathon in 2 hours 7 minutes.
C|Share to: Facebook Twitter WeChat Weibo
C|Related News
C|Xiamen launches new cruise routes
C|Gulangyu Island welcomes record visitors
C|Xiamen metro Line 6 starts trial run
C|Hot Topics
C|Invest in Xiamen
C|Study in Xiamen
C|Xiamen Weather
C|Follow us on WeChat: scan the QR code
C|About Us | Contact Us | Sitemap | Disclaimer
C|Copyright © Xiamen Online. All rights reserved.
C|闽ICP备05012345号
""", labels=dict(kind="other", tags=[], regions=["350200"], source="Xiamen Daily")))

# 23: provincial English edition, machine-translated TCM policy, HTML
DOCS.append(dict(name="ho-23-gansu-tcm-policy-mt", ext="html", encoding="UTF-8", lang="en", page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Gansu issued measures to promote the inheritance and innovation development of traditional Chinese medicine_Gansu Province English</title>
<meta name="PubDate" content="2023-10-26 15:40">
</head>
<body>
<div class="head"><img src="logo.png" alt="Gansu"> <span>[[c:中文版]]</span> <span>[[c:Search]]</span></div>
<div class="navbar"><a>[[c:HOME]]</a> <a>[[c:GOVERNMENT]]</a> <a>[[c:NEWS]]</a> <a>[[c:INVESTMENT]]</a> <a>[[c:TRAVEL]]</a> <a>[[c:LIVING]]</a></div>
<div class="main">
<div class="location">[[c:Location: Home > News > Provincial News]]</div>
<div class="art">
<div class="art-tit">[[t:Gansu issued measures to promote the inheritance and innovation development of traditional Chinese medicine]]</div>
<div class="art-info">[[c:Release time: 2023-10-26 15:40]] [[c:Source: Gansu Daily]]</div>
<div class="art-con">
<p>[[b:Recently, the General Office of the Provincial People's Government issued "Several Measures on Promoting the Inheritance and Innovation Development of Traditional Chinese Medicine" (hereinafter referred to as "Measures"), putting forward 20 measures from six aspects.]]</p>
<p>[[b:The "Measures" clearly stated that by 2025, all county -level public Chinese medicine hospitals in the province will reach the second -level A standard, and 100% of township health centers and community health service centers can provide Chinese medicine services.]]</p>
<p>[[b:In terms of medical insurance, the "Measures" require that qualified Chinese medicine preparations of medical institutions be included in the scope of medical insurance payment, and the reimbursement ratio of Chinese medicine services will be increased by 5 percentage points.]]</p>
<p>[[b:The province will also support the standardized planting of genuine medicinal materials such as Angelica, Codonopsis and Astragalus, and build a whole industrial chain of Longyao.]]</p>
</div>
</div>
<div class="prenext"><p>[[c:Previous: Lanzhou new area medical device industrial park started]]</p><p>[[c:Next: Provincial health commission held a press conference]]</p></div>
</div>
<div class="foot"><p>[[c:Sponsored by: Information Office of Gansu Provincial People's Government]]</p><p>[[c:Copyright: Gansu Province English Website]]</p><p>[[c:陇ICP备09004100号]]</p></div>
</body>
</html>
""", labels=dict(kind="policy", tags=["tcm"], published="2023-10-26", regions=["620000"],
                 source="Gansu Daily")))

# 24: Singapore ministry press release, UTF-8 text
DOCS.append(dict(name="ho-24-singapore-healthier-sg", ext="txt", encoding="UTF-8", lang="en", page="""
C|Ministry of Health
C|A Singapore Government Agency Website  How to identify
C|Home / News Highlights
T|Healthier SG enrolment opens to all residents aged 40 and above
C|Press release
C|10 July 2023
B|From 5 July 2023, all Singapore residents aged 40 and above can enrol in Healthier SG, the national preventive care strategy, by choosing a family doctor at one of more than 1,000 participating clinics.
B|Enrolled residents will receive a fully subsidised first health plan consultation with their family doctor, who will work with them on a personalised health plan covering lifestyle, screening and vaccination.
B|Nationally recommended screenings and vaccinations will be fully subsidised at Healthier SG clinics. Residents with chronic conditions such as diabetes and hypertension will pay lower prices for medication under the Healthier SG Chronic Tier.
B|MOH will also work with community partners to offer more than 2,000 physical activity and healthy eating programmes in the neighbourhoods.
C|Ministry of Health Singapore
C|Report Vulnerability | Privacy Statement | Terms of Use
C|© 2023, Government of Singapore
C|Last updated on 10 July 2023
""", labels=dict(kind="policy", tags=["primary-care", "chronic-disease", "public-health"], published="2023-07-10",
                 regions=["SG"])))
