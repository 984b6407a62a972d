//! Unit tests of the line pass, one per rule family, on small pages written for
//! these tests (Chinese simplified and traditional, and English).

use super::*;
use crate::document::Hints;

fn text_doc(text: &str) -> Decoded {
    Decoded {
        text: text.into(),
        encoding: "UTF-8".into(),
        format: Format::Text,
        hints: Hints::default(),
    }
}

fn run(text: &str) -> Cleaned {
    clean(
        &text_doc(text),
        &Rules::builtin().unwrap(),
        &SiteProfile::default(),
    )
    .unwrap()
}

/// The rule that removed `line`, if any.
fn rule_for<'a>(c: &'a Cleaned, line: &str) -> Option<&'a str> {
    c.removed
        .iter()
        .find(|r| r.text == line)
        .map(|r| r.rule.as_str())
}

const ZH_BODY: &str = "3月19日，市卫生健康委召开全市医保支付方式改革推进会，部署下一阶段重点工作。\n会议强调，要持续深化医保、医疗、医药协同发展和治理，提升基层医疗卫生服务能力。\n会议要求，各地要压实责任，确保各项改革任务按期落地见效。";

#[test]
fn removes_follow_prompt_and_related_tail() {
    let c = run("Welcome to follow the official WeChat: abc\nA title\nBody sentence.\nYou May Also Like\nOther headline");
    assert_eq!(c.title.as_deref(), Some("A title"));
    assert_eq!(c.text, "Body sentence.");
    let rules_hit: Vec<_> = c.removed.iter().map(|r| r.rule.as_str()).collect();
    assert_eq!(rules_hit, ["follow-prompt", "related-tail", "related-tail"]);
}

#[test]
fn chinese_header_chrome_byline_and_footer() {
    let page = format!(
        "首页 > 新闻中心 > 工作动态\n市卫健委部署医保支付方式改革\n来源：某市日报　发布时间：2024-03-19 10:20\n字号：大 中 小 【打印】【关闭】\n{ZH_BODY}\n上一篇：全市开展健康义诊活动\n下一篇：某区召开卫生工作会议\n扫一扫在手机打开当前页\n版权所有：某市卫生健康委员会　主办单位：某市卫生健康委员会\n浙ICP备12345678号-2　浙公网安备 33010202000123号\n网站标识码：3301000001\n建议使用IE9以上浏览器，1366*768分辨率浏览"
    );
    let c = run(&page);
    assert_eq!(c.title.as_deref(), Some("市卫健委部署医保支付方式改革"));
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(
        rule_for(&c, "首页 > 新闻中心 > 工作动态"),
        Some("breadcrumb")
    );
    assert_eq!(
        rule_for(&c, "来源：某市日报　发布时间：2024-03-19 10:20"),
        Some("byline")
    );
    assert_eq!(
        rule_for(&c, "字号：大 中 小 【打印】【关闭】"),
        Some("font-control")
    );
    assert_eq!(
        rule_for(&c, "上一篇：全市开展健康义诊活动"),
        Some("prev-next")
    );
    assert_eq!(rule_for(&c, "网站标识码：3301000001"), Some("icp-filing"));
    assert_eq!(
        rule_for(&c, "建议使用IE9以上浏览器，1366*768分辨率浏览"),
        Some("browser-note")
    );
    assert_eq!(c.meta.source.as_deref(), Some("某市日报"));
    assert_eq!(c.meta.published, ["2024-03-19"]);
}

#[test]
fn traditional_chinese_chrome() {
    let body = "衛生福利部今日宣布，將擴大長期照顧服務範圍，提升偏鄉醫療資源。\n相關措施預計於明年一月起實施，民眾可向各縣市衛生局洽詢。";
    let page = format!(
        "首頁 > 最新消息\n擴大長照服務 偏鄉醫療再升級\n發布日期：2023-12-01　來源：衛生福利部\n{body}\n相關新聞\n長照十年計畫成果發表\n版權所有 © 衛生福利部"
    );
    let c = run(&page);
    assert_eq!(c.title.as_deref(), Some("擴大長照服務 偏鄉醫療再升級"));
    assert_eq!(c.text, body);
    assert_eq!(rule_for(&c, "相關新聞"), Some("related-tail"));
    assert_eq!(rule_for(&c, "首頁 > 最新消息"), Some("breadcrumb"));
    assert_eq!(c.meta.source.as_deref(), Some("衛生福利部"));
    assert_eq!(c.meta.published, ["2023-12-01"]);
}

#[test]
fn english_chrome_and_byline() {
    let body = "The provincial health commission announced on Tuesday that 120 county hospitals will join the telemedicine network by the end of the year.\nOfficials said the programme would cut travel for rural patients, and the commission set up a hotline for doctors who want to join.";
    let page = format!(
        "Home | 中文 | Français\nSkip to content\nProvince links county hospitals to telemedicine network\nBy Jane Doe\nUpdated: March 19, 2024 | Source: Example Daily\nShare:\n{body}\n- END -\nMore stories\nAnother headline about something\nWe use cookies to improve your experience. By continuing you accept our cookie policy.\nSubscribe to our newsletter\nCopyright © 2024 Example Daily. All rights reserved."
    );
    let c = run(&page);
    assert_eq!(
        c.title.as_deref(),
        Some("Province links county hospitals to telemedicine network")
    );
    assert_eq!(c.text, body);
    assert_eq!(c.meta.author.as_deref(), Some("Jane Doe"));
    assert_eq!(c.meta.source.as_deref(), Some("Example Daily"));
    assert_eq!(c.meta.published, ["March 19, 2024"]);
    assert_eq!(rule_for(&c, "- END -"), Some("end-marker"));
    assert_eq!(
        rule_for(&c, "Home | 中文 | Français"),
        Some("language-menu")
    );
}

#[test]
fn body_sentences_that_look_like_chrome_survive() {
    let body = "会议指出，要拓展预约挂号渠道，群众可通过“健康某市”微信公众号或拨打12345服务热线预约专家门诊。\n会议强调，各医疗机构要加强宣传，确保群众知晓预约方式，切实减少排队等候时间。\nThe commission will also publish weekly updates on its official WeChat account, an official said.\n会议最后要求，各单位要关注群众反映的问题，及时回应社会关切，保障改革平稳推进。";
    let page = format!("某市优化预约诊疗服务\n{body}");
    let c = run(&page);
    assert_eq!(c.text, body, "removed: {:?}", c.removed);
}

#[test]
fn repeated_quotation_in_body_is_not_site_template() {
    let quote = "“人民至上，生命至上。”";
    let body = format!("会议指出，要坚持以人民健康为中心，推动优质医疗资源扩容下沉。\n{quote}\n会议要求，全市卫生健康系统要以更高标准推进各项工作落实。");
    let page = format!("某市召开卫生健康工作会议\n{body}\n某市卫生健康委员会 主办");
    let profile = SiteProfile {
        documents: 10,
        line_counts: [
            (quote.to_string(), 9),
            ("某市卫生健康委员会 主办".to_string(), 10),
        ]
        .into_iter()
        .collect(),
    };
    let c = clean(&text_doc(&page), &Rules::builtin().unwrap(), &profile).unwrap();
    assert_eq!(c.text, body);
    assert!(c
        .removed
        .iter()
        .any(|r| r.rule == "copyright-footer" || r.rule == "site-template"));

    // A footer no rule knows is removed once the site profile has seen it often.
    let page = format!("某市召开卫生健康工作会议\n{body}\n某市融媒体中心出品");
    let profile = SiteProfile {
        documents: 6,
        line_counts: [("某市融媒体中心出品".to_string(), 5)]
            .into_iter()
            .collect(),
    };
    // (Rules without the learned line model, which knows such footers too.)
    let rules = rules_without_model();
    let c = clean(&text_doc(&page), &rules, &profile).unwrap();
    assert_eq!(c.text, body);
    assert_eq!(rule_for(&c, "某市融媒体中心出品"), Some("site-template"));
    let c = clean(&text_doc(&page), &rules, &SiteProfile::default()).unwrap();
    assert!(
        c.text.ends_with("某市融媒体中心出品"),
        "without a profile it stays"
    );
}

#[test]
fn scraper_hint_title_is_not_repeated() {
    let mut doc = text_doc(&format!(
        "网站首页\n市卫健委部署医保支付方式改革\n{ZH_BODY}"
    ));
    doc.hints.title = Some("市卫健委部署医保支付方式改革".into());
    let c = clean(&doc, &Rules::builtin().unwrap(), &SiteProfile::default()).unwrap();
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(c.title.as_deref(), Some("市卫健委部署医保支付方式改革"));
}

#[test]
fn signup_and_hotline_spam_at_the_foot() {
    let page = format!("某市医保新政发布\n{ZH_BODY}\n注册会员 享受贴心服务\n咨询热线：400-000-0000\n本站声明\n本站信息仅供参考，转载请注明出处。");
    let c = run(&page);
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(rule_for(&c, "注册会员 享受贴心服务"), Some("signup-spam"));
    assert_eq!(rule_for(&c, "咨询热线：400-000-0000"), Some("hotline"));
    assert_eq!(rule_for(&c, "本站声明"), Some("disclaimer"));
}

#[test]
fn html_page_goes_through_extractor_and_line_rules() {
    let html = r#"<html><head><title>某市部署医保改革 - 某市卫健委</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/a">政务公开</a></div>
<div class="article"><h1>某市部署医保改革</h1><div class="info">来源：某市日报 发布时间：2024-03-19</div>
<div id="zoom"><p>3月19日，市卫生健康委召开全市医保支付方式改革推进会，部署下一阶段重点工作。</p>
<p>会议强调，要持续深化医保、医疗、医药协同发展和治理，提升基层医疗卫生服务能力。</p></div>
<p>相关阅读</p><p><a href="/x">另一条新闻</a></p></div></body></html>"#;
    let doc = Decoded {
        text: html.into(),
        encoding: "UTF-8".into(),
        format: Format::Html,
        hints: Hints::default(),
    };
    let c = clean(&doc, &Rules::builtin().unwrap(), &SiteProfile::default()).unwrap();
    assert_eq!(c.title.as_deref(), Some("某市部署医保改革"));
    assert_eq!(c.text, "3月19日，市卫生健康委召开全市医保支付方式改革推进会，部署下一阶段重点工作。\n会议强调，要持续深化医保、医疗、医药协同发展和治理，提升基层医疗卫生服务能力。");
    assert_eq!(c.meta.source.as_deref(), Some("某市日报"));
    assert!(c.removed.iter().any(|r| r.rule == "related-tail"));
}

#[test]
fn site_lines_are_short_and_folded() {
    let c = run(&format!("标题在此处\n{ZH_BODY}\n某市  卫健委  主办"));
    let lines = site_lines(&c);
    assert!(lines.contains(&"某市 卫健委 主办".to_string()), "{lines:?}");
}

/// A government notice: menus and a breadcrumb above the headline, salutation,
/// numbered headings, contact line, attachment link, issuer and sign-off date below.
const NOTICE: &str = r#"无障碍浏览 | 长者模式
简体 | 繁體 | English
首页
政务公开
办事服务
互动交流
当前位置：首页 > 新闻中心 > 卫生健康要闻
关于进一步加强基层医疗卫生服务能力建设的通知
发布时间：2024-06-01 来源：市卫生健康委 浏览次数：1234
【字体：大 中 小】 【打印】 【关闭】
各区县卫生健康局，委直属各单位：
为贯彻落实党中央、国务院关于加强基层医疗卫生服务体系建设的决策部署，现就有关事项通知如下。
一、总体要求
坚持以人民健康为中心，推动优质医疗资源扩容下沉和区域均衡布局。
二、主要任务
（一）加强人才队伍建设。各地要落实乡村医生待遇保障政策。
联系人：张三，联系电话：0571-12345678。
附件：1.基层医疗卫生服务能力评价标准
某市卫生健康委员会
2024年6月1日
（此件主动公开）
分享到：
相关链接
国家卫生健康委
主办：某市人民政府办公室 承办：某市大数据中心
网站标识码：3301000001 浙ICP备12345678号"#;

#[test]
fn government_notice_keeps_its_own_furniture() {
    let c = run(NOTICE);
    assert_eq!(
        c.title.as_deref(),
        Some("关于进一步加强基层医疗卫生服务能力建设的通知")
    );
    let lines: Vec<&str> = c.text.lines().collect();
    assert_eq!(lines.first(), Some(&"各区县卫生健康局，委直属各单位："));
    for body in [
        "一、总体要求",
        "联系人：张三，联系电话：0571-12345678。",
        "某市卫生健康委员会",
        "2024年6月1日",
    ] {
        assert!(lines.contains(&body), "lost {body}: {:?}", c.removed);
    }
    // The openness marker under the date is printed as part of the document as issued
    // (three of four blind labellers agreed), unlike the "公开方式：主动公开" meta line.
    assert!(lines.contains(&"（此件主动公开）"), "{:?}", c.removed);
    // The attachment line above the issuer and date is part of the document as issued
    // (held-out labels); under the sign-off it would be the page's (see
    // `attachment_above_the_sign_off_is_the_notices`).
    assert!(lines.contains(&"附件：1.基层医疗卫生服务能力评价标准"));
    assert_eq!(lines.len(), 11, "{}", c.text);
    assert_eq!(rule_for(&c, "互动交流"), Some("header-chrome"));
    assert_eq!(rule_for(&c, "简体 | 繁體 | English"), Some("language-menu"));
    assert_eq!(c.meta.source.as_deref(), Some("市卫生健康委"));
    assert_eq!(c.meta.published, ["2024-06-01"]);
}

/// An English portal page: skip links, breadcrumb, byline with the outlet after
/// the date, tool bars, a related list and a footer menu.
const PORTAL: &str = r#"Skip to main content
Search
Home > News > Health
China to expand basic medical insurance coverage
Updated: 2024-03-19 10:00 | Xinhua
Print | Email | Share
Text size: A A A
BEIJING, March 19 (Xinhua) -- China will extend basic medical insurance to cover more outpatient services for chronic diseases, the National Healthcare Security Administration said Tuesday.
"We want every patient to be able to afford the medicines they need," an official said.
The administration also urged residents to follow its official WeChat account for updates on reimbursement rules.
Related:
China pledges more support for rural doctors
Health authorities step up flu monitoring
Contact us | Sitemap | Privacy
Copyright © The State Council of the People's Republic of China. All rights reserved."#;

#[test]
fn english_portal_page() {
    let c = run(PORTAL);
    assert_eq!(
        c.title.as_deref(),
        Some("China to expand basic medical insurance coverage")
    );
    assert_eq!(c.text.lines().count(), 3, "{}", c.text);
    assert!(c.text.contains("follow its official WeChat account"));
    assert_eq!(c.meta.source.as_deref(), Some("Xinhua"));
    assert_eq!(rule_for(&c, "Text size: A A A"), Some("font-control"));
    assert_eq!(rule_for(&c, "Skip to main content"), Some("nav-menu"));
}

#[test]
fn related_heading_inside_the_body_does_not_cut_it() {
    let body = "The commission published its annual report on Monday, covering hospital capacity, insurance reimbursement and the rollout of family doctor contracts across the province.\nMore stories\nThe second half of the report, which officials described as the most important part, sets out targets for rural clinics and for training 3,000 general practitioners by 2027.\nOfficials said progress would be reviewed every six months by an independent panel of experts.";
    let c = run(&format!("Annual health report published\n{body}"));
    assert_eq!(c.text, body, "{:?}", c.removed);
}

#[test]
fn page_without_chrome_or_title_is_kept_whole() {
    let body = "市医保局近日印发通知，明确自7月1日起将20种门诊慢特病纳入医保报销范围。\n通知要求，各定点医疗机构要做好政策衔接，确保参保群众按时享受待遇。";
    let c = run(body);
    assert_eq!(c.title, None);
    assert_eq!(c.text, body);
    assert!(c.removed.is_empty());
}

#[test]
fn page_that_is_only_chrome_is_an_error() {
    let page = "首页 > 新闻中心\n版权所有 © 某市卫生健康委员会\n浙ICP备12345678号";
    let err = clean(
        &text_doc(page),
        &Rules::builtin().unwrap(),
        &SiteProfile::default(),
    );
    assert_eq!(err, Err(CleanError::NoArticle));
    let c =
        run("某市卫生健康委员会工作动态\n版权所有 © 某市卫生健康委员会\n2024年度部门预算公开表");
    assert_eq!(
        rule_for(&c, "版权所有 © 某市卫生健康委员会"),
        Some("copyright-footer")
    );
    assert_eq!(c.text, "2024年度部门预算公开表");
}

/// A traditional-Chinese portal page: body in one `<div>` split by `<br>`, a dated
/// reporter line, tags, a related list in plain `<div>`s, and a hot-news column.
const PORTAL_HANT: &str = r#"<html><head><meta charset="utf-8"><title>衛福部擴大癌症篩檢補助｜健康新聞網</title>
<meta property="og:site_name" content="健康新聞網"></head><body>
<div id="topnav"><a>首頁</a> | <a>新聞</a> | <a>專題</a> | <a>影音</a></div>
<div class="col-md-8">
<div class="article-title">衛福部擴大癌症篩檢補助</div>
<div class="date">2024-03-19 10:20 健康新聞網 記者王小明／台北報導</div>
<div id="zoom">衛生福利部今天宣布，自明年起將肺癌篩檢補助對象擴大至有家族史的民眾，預計每年多服務二十萬人。<br>
國民健康署表示，低劑量電腦斷層檢查能及早發現肺癌，提高治癒率。<br>
民眾可洽詢各縣市衛生局或撥打諮詢專線0800-000-000了解詳情。<br></div>
<div class="tags">標籤：癌症 篩檢 衛福部</div>
<div>延伸閱讀</div><div><a href="/x">全台流感疫苗開打</a></div><div><a href="/y">長照2.0新制上路</a></div>
</div>
<div class="col-md-4"><div class="hot-news"><h3>熱門新聞</h3><a>某某新聞一</a></div></div>
<div id="copyright">Copyright © 2024 健康新聞網 版權所有</div>
</body></html>
"#;

#[test]
fn traditional_html_portal_page() {
    let doc = Decoded {
        text: PORTAL_HANT.into(),
        encoding: "UTF-8".into(),
        format: Format::Html,
        hints: Hints::default(),
    };
    let c = clean(&doc, &Rules::builtin().unwrap(), &SiteProfile::default()).unwrap();
    assert_eq!(c.title.as_deref(), Some("衛福部擴大癌症篩檢補助"));
    assert_eq!(c.text, "衛生福利部今天宣布，自明年起將肺癌篩檢補助對象擴大至有家族史的民眾，預計每年多服務二十萬人。\n國民健康署表示，低劑量電腦斷層檢查能及早發現肺癌，提高治癒率。\n民眾可洽詢各縣市衛生局或撥打諮詢專線0800-000-000了解詳情。");
    assert_eq!(c.meta.source.as_deref(), Some("健康新聞網"));
    assert_eq!(c.meta.author.as_deref(), Some("王小明"));
    assert_eq!(c.meta.published, ["2024-03-19"]);
    assert_eq!(rule_for(&c, "延伸閱讀"), Some("related-tail"));
    assert_eq!(rule_for(&c, "熱門新聞"), Some("html-hot"));
}

#[test]
fn headlines_naming_languages_or_sections_are_not_menus() {
    let body = "Winter is the season of storage in traditional Chinese medicine, when the body should conserve energy and keep warm, doctors say.";
    let c = run(&format!("Home | 中文 | English\nFive traditional Chinese medicine tips to keep warm this winter\nBy Lin Yue\n{body}"));
    assert_eq!(
        c.title.as_deref(),
        Some("Five traditional Chinese medicine tips to keep warm this winter")
    );
    assert_eq!(c.text, body);
    assert_eq!(rule_for(&c, "Home | 中文 | English"), Some("language-menu"));
}

/// A WeChat official-account article as a scraper saves it: account header, follow
/// prompts, app artefacts and the "people who liked this" list.
const WECHAT: &str = "健康某城 健康某城 2024-05-06 08:00 发表于浙江
原创 市卫健委 健康某城
点击上方蓝字 关注我们
我市启动夏季儿童用药安全宣传月活动
5月6日，市卫生健康委联合市市场监管局启动夏季儿童用药安全宣传月活动，将在全市社区卫生服务中心开展用药咨询。
活动期间，家长可通过“健康某城”微信公众号预约药师一对一咨询服务，每场限额20人。
市卫生健康委提醒，儿童用药应遵医嘱，切勿自行加大剂量。
预览时标签不可点
阅读原文
阅读 1.2万+
喜欢此内容的人还喜欢
夏季高温来袭，这份防暑指南请收好
";

#[test]
fn wechat_article() {
    let c = run(WECHAT);
    assert_eq!(
        c.title.as_deref(),
        Some("我市启动夏季儿童用药安全宣传月活动")
    );
    assert_eq!(c.text.lines().count(), 3, "{}", c.text);
    assert!(
        c.text.contains("微信公众号预约药师"),
        "a body sentence naming WeChat stays"
    );
    assert_eq!(c.meta.published, ["2024-05-06"]);
    assert_eq!(rule_for(&c, "预览时标签不可点"), Some("wechat-ui"));
    assert_eq!(rule_for(&c, "点击上方蓝字 关注我们"), Some("follow-prompt"));
}

/// An English edition page: "By NAME | outlet | Updated" byline, tool row, tags,
/// and a short closing sentence that starts like a byline.
const EN_EDITION: &str = "Home | China | World | Business | Lifestyle
Beijing to open 20 more community clinics this year
By ZHANG SAN | example.com.cn | Updated: 2024-03-19 10:20
Print Mail Large Medium Small
Beijing will open 20 more community health clinics this year to ease pressure on large hospitals, the municipal health commission said on Tuesday.
Each clinic will have at least five general practitioners and offer chronic disease follow-up, vaccination and basic rehabilitation services.
By December, Beijing will open 20 clinics.
Tags: clinics Beijing health
Related Topics
Shanghai expands family doctor services
";

#[test]
fn english_edition_page() {
    let c = run(EN_EDITION);
    assert_eq!(
        c.title.as_deref(),
        Some("Beijing to open 20 more community clinics this year")
    );
    assert_eq!(c.text.lines().count(), 3, "{}", c.text);
    assert!(c
        .text
        .ends_with("By December, Beijing will open 20 clinics."));
    assert_eq!(c.meta.author.as_deref(), Some("ZHANG SAN"));
    assert_eq!(c.meta.published, ["2024-03-19"]);
    assert_eq!(
        rule_for(&c, "Print Mail Large Medium Small"),
        Some("font-control")
    );
    assert_eq!(rule_for(&c, "Tags: clinics Beijing health"), Some("tags"));
}

#[test]
fn question_headline_and_numbered_steps() {
    let body = "近日，不少市民来电咨询职工医保个人账户家庭共济的有关政策。\n市医保局介绍，自2024年起，职工医保个人账户可用于支付配偶、父母、子女就医发生的个人负担费用。\n办理方式：\n1. 登录“某市医保”微信公众号\n2. 选择“家庭共济”\n3. 填写家庭成员信息并提交\n如有疑问，可拨打12393医保服务热线咨询。";
    let c = run(&format!("医保个人账户的钱能给家人用吗？\n{body}"));
    assert_eq!(c.title.as_deref(), Some("医保个人账户的钱能给家人用吗？"));
    assert_eq!(c.text, body);

    let body = "The provincial health commission on Monday published a plan to strengthen rural health services over the next three years, with three targets.\nThe targets are:\n- 95 percent of villages with a staffed clinic\n- 500 new township health centres\n- free cancer screening for residents over 65";
    let c = run(&format!(
        "Province sets three targets for rural health\n{body}\nTel: 010-12345678"
    ));
    assert_eq!(c.text, body);
    assert_eq!(rule_for(&c, "Tel: 010-12345678"), Some("hotline"));
}

#[test]
fn html_byline_outside_the_article_container_is_still_read() {
    let html = r#"<html><head><title>Clinic hours extended - Example City Health</title></head><body>
<div class="wrap"><h1>Clinic hours extended</h1>
<div class="meta-row">Source: Example City Health Commission | Date: 2024-07-01</div></div>
<div class="wrap2"><div class="article-body">
<p>Community clinics in Example City will stay open until 8 pm on weekdays from July, the city health commission said on Monday, to serve working residents.</p>
<p>The commission said 40 clinics would take part and more doctors would be hired to cover the evening shifts, with extra nurses at the busiest sites.</p>
</div></div>
<div class="footer">Copyright 2024 Example City</div></body></html>"#;
    let doc = Decoded {
        text: html.into(),
        encoding: "UTF-8".into(),
        format: Format::Html,
        hints: Hints::default(),
    };
    let c = clean(&doc, &Rules::builtin().unwrap(), &SiteProfile::default()).unwrap();
    assert_eq!(c.title.as_deref(), Some("Clinic hours extended"));
    assert_eq!(c.text.lines().count(), 2, "{}", c.text);
    assert_eq!(c.meta.published, ["2024-07-01"]);
    assert_eq!(
        c.meta.source.as_deref(),
        Some("Example City Health Commission")
    );
}

#[test]
fn date_widget_is_chrome_but_not_the_page_date() {
    let c = run(&format!("今天是：2023年10月17日 星期二\n今日入伏！三伏天这5件事千万别做\n来源：某市日报 发布时间：2023-07-11\n{ZH_BODY}"));
    assert_eq!(c.title.as_deref(), Some("今日入伏！三伏天这5件事千万别做"));
    assert_eq!(c.meta.published, ["2023-07-11"]);
    assert_eq!(
        rule_for(&c, "今天是：2023年10月17日 星期二"),
        Some("date-widget")
    );
}

/// A portal news page: channel bar, dated source line, tool row, source and editor
/// lines, an app slogan and a related list.
const PORTAL_ZH: &str = r#"新浪首页 新闻 体育 财经 娱乐 科技 博客 图片 专栏 更多
登录 注册
国家医保局：2024年医保目录调整工作正式启动
2024年06月28日 16:32 中国新闻网
新浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享
中新网6月28日电 国家医保局28日发布《2024年国家基本医疗保险、工伤保险和生育保险药品目录调整工作方案》，标志着今年医保目录调整工作正式启动。
方案明确，今年目录调整将重点考虑支持创新药，优先将临床急需的罕见病用药、儿童用药纳入。
据介绍，2023年目录调整共新增126种药品，平均降价61.7%。
（文章来源：中国新闻网）
责任编辑：王五 SF183
海量资讯、精准解读，尽在新浪财经APP
相关阅读
医保目录调整带动创新药放量
"#;

#[test]
fn chinese_portal_news_page() {
    let c = run(PORTAL_ZH);
    assert_eq!(
        c.title.as_deref(),
        Some("国家医保局：2024年医保目录调整工作正式启动")
    );
    assert_eq!(c.text.lines().count(), 3, "{}", c.text);
    assert!(c.text.starts_with("中新网6月28日电"));
    assert_eq!(c.meta.source.as_deref(), Some("中国新闻网"));
    assert_eq!(c.meta.published, ["2024年06月28日"]);
    assert_eq!(
        rule_for(&c, "海量资讯、精准解读，尽在新浪财经APP"),
        Some("app-promo")
    );
}

/// A Hong Kong government press release: portal header, language menu, a row of
/// asterisks under the headline, full-width indents, and "完" followed by the date.
const PRESS_RELEASE_HK: &str = r#"GovHK 香港政府一站通
繁體版 简体版 English
新聞公報
衞生署推出長者疫苗資助計劃新安排
＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊
　　衞生署今日（三月十九日）宣布，由四月一日起，六十五歲或以上長者接種季節性流感疫苗可獲全數資助。
　　衞生署發言人表示，長者可前往參與計劃的私家診所接種，毋須預約。
　　市民可致電衞生署熱線2125 2125查詢。
完
2024年3月19日（星期二）
香港時間11時30分
今日新聞
"#;

#[test]
fn hong_kong_press_release() {
    let c = run(PRESS_RELEASE_HK);
    assert_eq!(c.title.as_deref(), Some("衞生署推出長者疫苗資助計劃新安排"));
    assert_eq!(c.text.lines().count(), 3, "{}", c.text);
    assert!(c.text.ends_with("市民可致電衞生署熱線2125 2125查詢。"));
    assert_eq!(c.meta.published, ["2024年3月19日"]);
    assert_eq!(rule_for(&c, "完"), Some("end-marker"));
    assert_eq!(rule_for(&c, "GovHK 香港政府一站通"), Some("header-chrome"));
}

#[test]
fn short_closing_lines_that_start_like_chrome_stay() {
    let body = format!("{ZH_BODY}\n患者正在看诊\nUpdated guidance follows.\n请关注5号台风动向");
    let c = run(&format!("某市卫生健康工作简讯\n{body}"));
    assert_eq!(c.text, body, "{:?}", c.removed);
}

#[test]
fn how_to_steps_naming_wechat_stay_between_paragraphs() {
    let body = "市医保局介绍，参保人可通过以下方式办理异地就医备案，备案后可直接结算。\n1. 关注“某市医保”微信公众号\n2. 在线咨询：登录市政务服务网\n办理成功后，参保人可在备案地定点医疗机构直接结算，无需垫付资金。";
    let c = run(&format!("异地就医备案怎么办\n{body}"));
    assert_eq!(c.text, body, "{:?}", c.removed);
}

#[test]
fn site_name_above_headline_is_not_the_title() {
    let c = run(&format!(
        "某市卫生健康委员会\n某市全面推行医保支付方式改革\n{ZH_BODY}"
    ));
    assert_eq!(c.title.as_deref(), Some("某市全面推行医保支付方式改革"));
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(rule_for(&c, "某市卫生健康委员会"), Some("header-chrome"));
    // A headline that merely names an organisation is still the headline.
    let c = run(&format!(
        "某市卫生健康委员会召开全市医保工作会议\n{ZH_BODY}"
    ));
    assert_eq!(
        c.title.as_deref(),
        Some("某市卫生健康委员会召开全市医保工作会议")
    );
}

#[test]
fn editor_credit_at_the_end_of_a_paragraph_is_cut_off() {
    let c = run(&format!("某市部署医保改革\n{ZH_BODY}（责任编辑：张三）"));
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(rule_for(&c, "（责任编辑：张三）"), Some("byline"));
}

#[test]
fn source_names_are_tidied() {
    assert_eq!(tidy_name("By Xinhua"), "Xinhua");
    assert_eq!(tidy_name("Guangdong Today | 2023-07-21"), "Guangdong Today");
    assert_eq!(tidy_name("钱江晚报·小时新闻"), "钱江晚报");
    assert_eq!(tidy_name("长沙晚报全媒体"), "长沙晚报");
    assert_eq!(tidy_name("广州市爱卫办 【字号：大 中 小】"), "广州市爱卫办");
    assert_eq!(tidy_name("来源：人民日报"), "人民日报");
}

// --- held-out generalisation: each kind of chrome in a phrasing of our own -----------

const EN_BODY: &str = "The city health bureau said on Tuesday that community clinics will open on weekends from next month to shorten waiting times.\nResidents can book a slot through the city's online service platform, and walk-in patients will still be seen.\nThe bureau expects the change to serve about 12,000 extra patients each month.";

#[test]
fn long_copyright_sentence_and_meta_under_it_are_chrome() {
    let page = format!(
        "Clinics to open on weekends\n{EN_BODY}\nEditor: Li Ming\nSource: Metro Evening Post\nRelated Stories\nHospital car parks to go cashless\nCopyright 2001 - 2025. All rights reserved. Material on this site (text, pictures and video) is the property of Metro Media Group and may not be reproduced or redistributed in any form without prior written consent."
    );
    let c = run(&page);
    assert_eq!(c.text, EN_BODY);
    assert_eq!(rule_for(&c, "Editor: Li Ming"), Some("byline"));
    assert_eq!(c.meta.source.as_deref(), Some("Metro Evening Post"));
    assert_eq!(rule_for(&c, "Related Stories"), Some("related-tail"));
    assert!(c
        .removed
        .iter()
        .any(|r| r.rule == "copyright-footer" && r.text.starts_with("Copyright 2001")));
}

#[test]
fn body_sentence_mentioning_copyright_at_the_end_stays() {
    // A sentence about copyright is prose; only a line opening with the mark and a year is a footer.
    for last in [
        "The new copyright rules for medical textbooks take effect in 2025, officials said.",
        "Copyright protection for hospital formulas was also strengthened, the bureau added.",
    ] {
        let c = run(&format!("Clinics to open on weekends\n{EN_BODY}\n{last}"));
        assert!(c.text.ends_with(last), "{}", c.text);
    }
}

#[test]
fn byline_with_place_is_not_the_title() {
    let page = format!(
        "Clinics to open on weekends\nBy LIU FANG in Kunming | metro.example.com | Updated: 2025-02-11 08:30\nPrint | E-mail | Share\n{EN_BODY}"
    );
    let c = run(&page);
    assert_eq!(c.title.as_deref(), Some("Clinics to open on weekends"));
    assert_eq!(c.text, EN_BODY);
    assert_eq!(c.meta.author.as_deref(), Some("LIU FANG"));
}

#[test]
fn ranking_sidebar_after_the_body_is_dropped() {
    let c = run(&format!(
        "市卫健委部署医保支付方式改革\n{ZH_BODY}\n一周点击排行\n某区新建三座口袋公园\n地铁新线开通首日客流破十万"
    ));
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(rule_for(&c, "一周点击排行"), Some("related-tail"));
    assert_eq!(rule_for(&c, "某区新建三座口袋公园"), Some("related-tail"));
}

#[test]
fn visitor_counters_are_chrome() {
    let c = run(&format!(
        "市卫健委部署医保支付方式改革\n{ZH_BODY}\n你是本网站第 10,482 位访问者\n访问人数：99812"
    ));
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(
        rule_for(&c, "你是本网站第 10,482 位访问者"),
        Some("views-counter")
    );
    assert_eq!(rule_for(&c, "访问人数：99812"), Some("views-counter"));
}

#[test]
fn reading_time_and_helpfulness_widget_are_chrome() {
    let page = format!(
        "Clinics to open on weekends\nBy Tom Reed\n3-4 minute read\n{EN_BODY}\nDid you find this page useful? Yes / No\n本文对您有帮助吗？"
    );
    let c = run(&page);
    assert_eq!(c.text, EN_BODY);
    assert_eq!(rule_for(&c, "3-4 minute read"), Some("reading-time"));
    assert_eq!(
        rule_for(&c, "Did you find this page useful? Yes / No"),
        Some("feedback-widget")
    );
    assert_eq!(rule_for(&c, "本文对您有帮助吗？"), Some("feedback-widget"));
}

#[test]
fn a_question_about_helpfulness_inside_the_body_stays() {
    let q = "Was this policy helpful to rural patients? The bureau says early figures suggest it was, with 3,000 more visits recorded.";
    let page = format!("Clinics to open on weekends\n{q}\n{EN_BODY}");
    let c = run(&page);
    assert!(c.text.starts_with(q), "{}", c.text);
}

#[test]
fn company_section_closing_a_press_release_stays_its_contacts_go() {
    // "About <company>" is part of the release as issued (blind labellers mostly keep
    // it); the contact lines after it are the wire's furniture.
    let about = "About Meridian Health Partners\nMeridian Health Partners runs 40 outpatient clinics across the region.";
    let page = format!(
        "Clinics to open on weekends\n{EN_BODY}\n{about}\nInvestor contact: ir@meridian.example"
    );
    let c = run(&page);
    assert_eq!(c.text, format!("{EN_BODY}\n{about}"), "{:?}", c.removed);
    assert!(rule_for(&c, "Investor contact: ir@meridian.example").is_some());
}

#[test]
fn about_heading_with_paragraphs_below_is_a_subheading() {
    let page = format!(
        "Clinics to open on weekends\n{EN_BODY}\nAbout The Programme\nThe programme was first piloted in two districts in 2023, where waiting times fell by a third within six months of the change. Doctors in both districts said weekend sessions also eased pressure on hospital emergency departments, which had been treating many minor complaints."
    );
    let c = run(&page);
    assert!(c.text.contains("About The Programme"), "{:?}", c.removed);
}

#[test]
fn lone_symbol_cta_buttons_and_contact_footer_are_chrome() {
    let page = format!(
        "Clinics to open on weekends\n{EN_BODY}\n↓\nSchedule a free consultation today\n在线预约\nCity Health Bureau  Address: 8 Riverside Road, Eastgate  Tel: 0871-1234567  Postcode: 650011"
    );
    let c = run(&page);
    assert_eq!(c.text, EN_BODY);
    assert_eq!(rule_for(&c, "↓"), Some("symbol-line"));
    assert_eq!(
        rule_for(&c, "Schedule a free consultation today"),
        Some("signup-spam")
    );
    assert_eq!(rule_for(&c, "在线预约"), Some("signup-spam"));
    assert_eq!(
        rule_for(
            &c,
            "City Health Bureau  Address: 8 Riverside Road, Eastgate  Tel: 0871-1234567  Postcode: 650011"
        ),
        Some("contact-footer")
    );
}

#[test]
fn site_name_header_and_footer_and_content_label() {
    let page = format!(
        "Department of Health\nHome / Media Centre\nClinics to open on weekends\nMedia release\n11 February 2025\n{EN_BODY}\nDepartment of Health, Eastland\nPrivacy Statement | Terms and Conditions\n© 2025 Eastland Government"
    );
    let c = run(&page);
    assert_eq!(c.title.as_deref(), Some("Clinics to open on weekends"));
    assert_eq!(c.text, EN_BODY);
    assert_eq!(rule_for(&c, "Media release"), Some("content-label"));
    assert_eq!(
        rule_for(&c, "Department of Health, Eastland"),
        Some("site-name")
    );
    assert_eq!(
        rule_for(&c, "Privacy Statement | Terms and Conditions"),
        Some("cookie-banner")
    );
}

#[test]
fn notice_signature_naming_the_site_stays() {
    // The signature is followed by its date, so it is never the page's last line.
    let page = format!(
        "某市卫生健康委员会\n关于开展义诊活动的通知\n{ZH_BODY}\n某市卫生健康委员会\n2024年6月1日"
    );
    let c = run(&page);
    assert!(
        c.text.ends_with("某市卫生健康委员会\n2024年6月1日"),
        "{}",
        c.text
    );
}

#[test]
fn follow_sentences_that_say_how_to_use_a_service_stay() {
    let service = "居民也可关注“健康某区”微信公众号，进入“预约服务”栏目在线挂号。";
    let promo = "本周仅剩20个名额。扫码添加健康顾问微信，即可预留体检套餐。";
    let c = run(&format!(
        "市卫健委部署医保支付方式改革\n{ZH_BODY}\n{service}\n{promo}\n扫码关注我们，获取更多资讯\n欢迎关注我们的视频号。精彩内容，天天更新！"
    ));
    assert_eq!(
        rule_for(&c, "欢迎关注我们的视频号。精彩内容，天天更新！"),
        Some("follow-prompt")
    );
    assert!(c.text.contains(service), "{:?}", c.removed);
    assert!(c.text.contains(promo), "{:?}", c.removed);
    assert_eq!(
        rule_for(&c, "扫码关注我们，获取更多资讯"),
        Some("follow-prompt")
    );
}

#[test]
fn title_is_the_candidate_that_shares_words_with_the_lead() {
    // A shop name sits just above the date line; the headline above it names what
    // the first paragraph is about.
    let c = run("首页\n登录\n仁和堂中医馆秋季义诊周启动，老年人免费测骨密度\n仁和堂中医馆\n2025-09-02 08:30·浙江·头条号\n关注\n　　仁和堂中医馆秋季义诊周将于9月5日启动，六十岁以上老年人可免费测骨密度，中医师现场提供养生咨询，义诊周持续七天。\n　　义诊期间，馆内各门店同步开放预约，市民可通过电话登记。");
    assert_eq!(
        c.title.as_deref(),
        Some("仁和堂中医馆秋季义诊周启动，老年人免费测骨密度")
    );
    // An English trial offer in the menu is passed over for the headline.
    let c = run("BrightMind\nArticles\nBegin a 14-day trial today\nQuiet mornings: five ways to lower stress before work\nIf your mornings feel rushed, stress builds before work has even begun, and small habits can lower it.\nStart with a glass of water and five minutes without a screen.");
    assert_eq!(
        c.title.as_deref(),
        Some("Quiet mornings: five ways to lower stress before work")
    );
}

#[test]
fn labelled_fields_of_a_notice_are_body_not_outlet_bylines() {
    let c = run("某县中医院住院楼装修工程中标结果公示\n项目名称：某县中医院住院楼装修工程\n采购人：某县中医院\n中标单位：某市建工集团有限公司\n本项目包括住院楼内部装修及给排水改造，总面积约八千平方米，工期一百八十天。\n公示期为三个工作日。");
    assert!(c.text.contains("采购人：某县中医院"), "{}", c.text);
    assert!(
        c.text.contains("中标单位：某市建工集团有限公司"),
        "{}",
        c.text
    );
}

#[test]
fn government_page_metadata_and_closing_furniture_are_chrome() {
    let c = run("Home > Newsroom\nFree flu shots extended to all school children\nContent type: News article\nAudience: Health professionals\nFree influenza vaccines will now be offered to every child enrolled in a primary or secondary school across the state this winter, the Chief Health Officer said.\nSchools will host vaccination days in May and June, and parents can also book a free shot at a participating pharmacy.\nTopics:\nImmunisation\nSchools\nPage last updated: 3 April 2025\nIs this page helpful?\nYes\nNo\nWe pay our respects to the Elders past and present of the lands on which we work and live.\nBack to top");
    assert_eq!(
        c.text,
        "Free influenza vaccines will now be offered to every child enrolled in a primary or secondary school across the state this winter, the Chief Health Officer said.\nSchools will host vaccination days in May and June, and parents can also book a free shot at a participating pharmacy."
    );
    assert_eq!(
        rule_for(&c, "Audience: Health professionals"),
        Some("page-meta")
    );
    assert_eq!(rule_for(&c, "Topics:"), Some("page-end"));
}

#[test]
fn closing_furniture_does_not_cut_paragraphs_that_follow_it() {
    // "Topics:" mid-page heads a real section: long paragraphs follow, so only the
    // line itself may go, never the text under it.
    let long = "The review will look at how clinics record waiting times, how referrals are made between hospitals, and how patients are told about their options when a specialist is not available nearby.";
    let c = run(&format!("Review of specialist waiting times announced\nThe health department has announced an independent review of specialist waiting times in regional areas, to report by the end of the year.\nTags:\n{long}\nSubmissions close on 30 June."));
    assert!(c.text.contains(long), "{}", c.text);
    assert!(
        c.text.contains("Submissions close on 30 June."),
        "{}",
        c.text
    );
}

#[test]
fn press_release_legal_and_contact_tail_is_chrome() {
    let c = run("Acme Health reports record second-quarter sales\nAcme Health today reported second-quarter revenue of $820 million, up 14 per cent from a year earlier, driven by demand for its diagnostic tests.\nThe company raised its full-year outlook and said it would open a new plant in Ohio next spring.\nCautionary Statement Regarding Forward-Looking Statements\nStatements in this release about future results are forward-looking and involve risks that could cause results to differ.\nMedia Relations: press@acme.example\nSOURCE Acme Health Corp.");
    assert_eq!(
        c.text,
        "Acme Health today reported second-quarter revenue of $820 million, up 14 per cent from a year earlier, driven by demand for its diagnostic tests.\nThe company raised its full-year outlook and said it would open a new plant in Ohio next spring."
    );
}

#[test]
fn wire_credits_share_buttons_store_badges_and_read_next_are_chrome() {
    let c = run("Hospital staff shortages ease in rural clinics\nWriting by Ana Ruiz; Editing by Paul Chen\nTweetShareEmail\nRural clinics reported fewer vacant nursing posts this year after a recruitment drive offered housing support to new graduates.\nOfficials said the programme would be extended to midwives from next January.\nSave your favourite articles in our app\nDownload on the App Store\nGet it from Google Play\nUp next\nCity opens third cooling centre");
    assert_eq!(
        c.text,
        "Rural clinics reported fewer vacant nursing posts this year after a recruitment drive offered housing support to new graduates.\nOfficials said the programme would be extended to midwives from next January."
    );
    assert_eq!(
        rule_for(&c, "Writing by Ana Ruiz; Editing by Paul Chen"),
        Some("credit-line")
    );
}

#[test]
fn account_name_between_headline_and_date_line_is_a_byline() {
    let c = run("首页\n登录\n社区卫生服务中心推出夜间门诊，下班后也能看病\n城东健康小站\n2025-06-11 19:20·江苏·头条号\n关注\n　　城东社区卫生服务中心从6月15日起开设夜间门诊，每周一至周五18时至21时接诊，提供常见病诊疗和慢病配药服务。\n　　中心负责人表示，夜间门诊主要方便上班族就医，医保可正常结算。");
    assert_eq!(
        c.title.as_deref(),
        Some("社区卫生服务中心推出夜间门诊，下班后也能看病")
    );
    assert_eq!(rule_for(&c, "城东健康小站"), Some("byline"));
    assert!(!c.text.contains("城东健康小站"), "{}", c.text);
}

#[test]
fn team_bylines_and_dates_with_time_zones_are_bylines() {
    let c = run("Clinic chain expands weekend hours\nMar 14, 2025, 09:30 ET\nBy the Wellness Desk · 3 min read · Updated 1 hour ago\nThe clinic chain said on Friday that all of its sites will open on Saturdays and Sundays from April, adding about 2,000 appointments a week.\nThe change follows complaints about long waits for weekday slots.");
    assert_eq!(rule_for(&c, "Mar 14, 2025, 09:30 ET"), Some("byline"));
    assert_eq!(
        rule_for(&c, "By the Wellness Desk · 3 min read · Updated 1 hour ago"),
        Some("byline")
    );
    assert_eq!(c.meta.published, ["Mar 14, 2025"]);
    assert_eq!(c.meta.author.as_deref(), Some("Wellness Desk"));
}

#[test]
fn a_deck_under_the_headline_does_not_take_the_title() {
    let c = run("City to fund school nurses\nBy Mia Long | 2 May 2025\nEvery public school in the city will have a nurse on site three days a week from September under a new funding plan\nEvery public school in the city will have a nurse on site three days a week from September, under a funding plan approved by the council on Thursday.\nThe council said school nurses would also run vaccination catch-up clinics.");
    assert_eq!(c.title.as_deref(), Some("City to fund school nurses"));
}

#[test]
fn back_to_top_between_sections_removes_only_itself() {
    let c = run("Questions about the new dental scheme\nWho can join the scheme?\nAdults on a low income can join from 1 July.\nBack to top\nHow do I book?\nCall your local dental clinic and give your card number.\nBack to top\nWhat does it cost?\nCheck-ups are free; fillings cost a small fee.");
    assert!(
        c.text
            .contains("Call your local dental clinic and give your card number."),
        "{}",
        c.text
    );
    assert!(
        c.text
            .contains("Check-ups are free; fillings cost a small fee."),
        "{}",
        c.text
    );
    // The one in the second half of the page goes; what follows it stays.
    assert_eq!(rule_for(&c, "Back to top"), Some("page-end"));
}

#[test]
fn a_kicker_headline_with_a_colon_is_the_title_not_page_metadata() {
    let c = run("Measles: Clinics open late\nBy Sam Ortiz | 9 June 2025\nClinics across the region will stay open until 8 pm this week so that working parents can bring children for a measles jab, health officials said.\nNo appointment is needed.");
    assert_eq!(c.title.as_deref(), Some("Measles: Clinics open late"));
}

const COUNTY_BODY: &str = "The county health bureau said on Monday that all 14 township clinics will offer free blood pressure checks for residents over 65 from next month.\nThe checks are part of a plan to find more cases of hypertension early, officials said.\nResidents can book a check at their township clinic or through the county hotline.";

#[test]
fn machine_translated_government_footers() {
    let page = format!(
        "Lanxi City People's Government\nYour position: Home - News - Department news\nLanxi health bureau expands free blood pressure checks\n{COUNTY_BODY}\nScan the code to pay attention to \"Lanxi Health\"\nHost unit: Lanxi City People's Government Office  Contractor: Lanxi City Data Center\nZhe ICP Prepared No. 20001234-1  Public Network Security Record No. 33078102000111\nSite identification code: 3307810002"
    );
    let c = run(&page);
    assert_eq!(c.text, COUNTY_BODY);
    assert_eq!(
        rule_for(&c, "Your position: Home - News - Department news"),
        Some("breadcrumb")
    );
    assert_eq!(
        rule_for(&c, "Scan the code to pay attention to \"Lanxi Health\""),
        Some("follow-prompt")
    );
    assert_eq!(
        rule_for(
            &c,
            "Host unit: Lanxi City People's Government Office  Contractor: Lanxi City Data Center"
        ),
        Some("copyright-footer")
    );
    assert_eq!(
        rule_for(
            &c,
            "Zhe ICP Prepared No. 20001234-1  Public Network Security Record No. 33078102000111"
        ),
        Some("icp-filing")
    );
    assert_eq!(
        rule_for(&c, "Site identification code: 3307810002"),
        Some("icp-filing")
    );
}

#[test]
fn sentence_footers_do_not_extend_the_body() {
    // The ownership sentence closing the page used to count as the last paragraph, so
    // nothing between it and the article stood at the page's edge.
    let page = format!(
        "Free blood pressure checks for older residents\n{COUNTY_BODY}\nContact: Office of Communications, (555) 010-2200\nPage last reviewed: 12/05/2024 10:00 AM\nAn official website managed and paid for by the State Department of Health.\n[crawled at 2024-05-13T08:00:00Z]"
    );
    let c = run(&page);
    assert_eq!(c.text, COUNTY_BODY);
    assert_eq!(
        rule_for(
            &c,
            "An official website managed and paid for by the State Department of Health."
        ),
        Some("publisher-footer")
    );
    assert_eq!(
        rule_for(&c, "Contact: Office of Communications, (555) 010-2200"),
        Some("contact-block")
    );
    assert_eq!(
        rule_for(&c, "[crawled at 2024-05-13T08:00:00Z]"),
        Some("scraper-marker")
    );
    // An article sentence about a website goes on after the owner's name: it stays.
    let body = format!(
        "{COUNTY_BODY}\nA new website run by the NHS will let patients book checks online."
    );
    let c = run(&format!("Free checks\n{body}\n--- end of page ---"));
    assert_eq!(c.text, body);
    assert_eq!(rule_for(&c, "--- end of page ---"), Some("end-marker"));
}

#[test]
fn news_site_tail_with_disclaimer_comments_and_registration() {
    let page = format!(
        "Free blood pressure checks for older residents\n{COUNTY_BODY}\nDisclaimer: This story is for general information only and does not constitute medical advice; speak to your own doctor first.\nTags: hypertension, older people, clinics\nComments (12)\nJoin the conversation. Sign in to comment.\nRead more\nCity opens two new walk-in clinics ahead of winter\nNurses to run evening vaccination sessions in three towns\nDaily Health Wire is published by Wire Media Ltd. Registered in Scotland No. SC123456."
    );
    let c = run(&page);
    assert_eq!(c.text, COUNTY_BODY);
    assert_eq!(
        rule_for(
            &c,
            "Daily Health Wire is published by Wire Media Ltd. Registered in Scotland No. SC123456."
        ),
        Some("publisher-footer")
    );
    assert_eq!(rule_for(&c, "Read more"), Some("related-tail"));
    assert_eq!(
        rule_for(&c, "City opens two new walk-in clinics ahead of winter"),
        Some("related-tail")
    );
}

#[test]
fn policy_interpretation_page_furniture() {
    let page = format!(
        "《某省基层卫生服务能力提升方案》政策解读\n发布日期：2024-04-02\n政策原文：某省卫生健康委关于印发基层卫生服务能力提升方案的通知\n{ZH_BODY}\n解读单位：某省卫生健康委    解读人：基层卫生处 张某\n【上一篇】某省家庭医生签约服务政策解读\n【下一篇】关于《某省医疗服务价格调整方案》的解读\n相关公告\n某某医院信息系统采购项目竞争性磋商公告\n某某医院病案质控系统采购项目中标结果公告\n友情链接： 中国政府网 某省人民政府"
    );
    let c = run(&page);
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(
        rule_for(
            &c,
            "政策原文：某省卫生健康委关于印发基层卫生服务能力提升方案的通知"
        ),
        Some("related-link")
    );
    assert_eq!(
        rule_for(&c, "解读单位：某省卫生健康委    解读人：基层卫生处 张某"),
        Some("byline")
    );
    assert_eq!(
        rule_for(&c, "【上一篇】某省家庭医生签约服务政策解读"),
        Some("prev-next")
    );
    assert_eq!(rule_for(&c, "相关公告"), Some("related-tail"));
}

#[test]
fn press_contact_and_photo_caption_go_a_notice_contact_stays() {
    let body = "3月19日，市疾控中心启动秋季流感疫苗接种工作，全市60个接种点同步开放。\n图为市民在社区卫生服务中心排队接种疫苗 记者 王某某 摄\n疾控中心提醒，65岁以上老人和慢性病患者应尽早接种，接种前请携带身份证件。\n联系人：李老师 电话：0571-87654321";
    let page = format!("秋季流感疫苗开打\n{body}\n新闻联系人：宣传科 陈某 电话：0571-12345678");
    let c = run(&page);
    assert!(
        c.text.contains("联系人：李老师 电话：0571-87654321"),
        "{}",
        c.text
    );
    assert!(!c.text.contains("记者 王某某 摄"), "{}", c.text);
    assert_eq!(
        rule_for(&c, "新闻联系人：宣传科 陈某 电话：0571-12345678"),
        Some("contact-block")
    );
}

#[test]
fn attachment_above_the_sign_off_is_the_notices() {
    let head = "关于调整部分医疗服务项目价格的通知\n各县（市、区）医疗保障局：\n为进一步理顺医疗服务比价关系，经研究，决定调整部分医疗服务项目价格，现将有关事项通知如下。\n一、调整后的价格自2024年5月1日起执行，各医疗机构要按规定做好价格公示。";
    let doc = "附件：部分医疗服务项目价格表\n序号 | 项目名称 | 计价单位 | 价格（元）\n1 | 普通门诊诊查费 | 次 | 12\n某市医疗保障局\n2024年4月20日";
    let page = format!("{head}\n{doc}\n相关链接：\n某市医保局关于做好医保支付工作的通知");
    let c = run(&page);
    assert!(c.text.ends_with(doc), "{}", c.text);
    // Without a sign-off under it, the same attachment line is the page's tail.
    let c = run(&format!(
        "{head}\n附件：部分医疗服务项目价格表.pdf\n【打印】【关闭】"
    ));
    assert_eq!(
        rule_for(&c, "附件：部分医疗服务项目价格表.pdf"),
        Some("attachment")
    );
}

#[test]
fn field_lines_inside_the_footer_whatever_their_label() {
    let page = format!(
        "市卫健委部署医保支付方式改革\n{ZH_BODY}\n报名地点：市体育中心东门\n【打印本页】【关闭窗口】\n网站运营：某某传媒有限公司\nSite curator: Digital Team"
    );
    let c = run(&page);
    // A notice's own field above the footer stays.
    assert_eq!(c.text, format!("{ZH_BODY}\n报名地点：市体育中心东门"));
    assert_eq!(
        rule_for(&c, "网站运营：某某传媒有限公司"),
        Some("footer-field")
    );
    assert_eq!(
        rule_for(&c, "Site curator: Digital Team"),
        Some("footer-field")
    );
}

#[test]
fn footer_kind_words_leave_article_lines_alone() {
    // A closing sentence naming a charity, a tender's contractor, a headline about
    // network-security registration: the footer rules' kind words without a number or
    // a site owner's name.
    let body = format!("{COUNTY_BODY}\nAge UK, a registered charity, said the checks would help thousands of older people.\nContractor: Lanxi Medical Equipment Co., Ltd.");
    let c = run(&format!(
        "Network security registration rules tightened for hospital websites\n{body}"
    ));
    assert_eq!(
        c.title.as_deref(),
        Some("Network security registration rules tightened for hospital websites")
    );
    assert_eq!(c.text, body);
}

fn html_doc(html: &str) -> Cleaned {
    let doc = Decoded {
        text: html.into(),
        encoding: "UTF-8".into(),
        format: Format::Html,
        hints: Hints::default(),
    };
    clean(&doc, &Rules::builtin().unwrap(), &SiteProfile::default()).unwrap()
}

/// A scraper that wrote the <title> first: the headline appears again under the
/// breadcrumb, and the stats bar under it (date, publisher, read count) is no title.
#[test]
fn echoed_headline_beats_a_stats_bar() {
    let c = run("秋冬季节如何预防流感 医生支招\n首页 / 健康科普 / 传染病防治\n秋冬季节如何预防流感 医生支招\n10月8日 某区卫生健康局 阅读 3.4万\n字号 大 中 小\n进入秋冬季节，流感进入高发期，专家提醒市民要注意个人防护，勤洗手、常通风。\n老年人、儿童和慢性病患者是流感的高危人群，建议及时接种流感疫苗。");
    assert_eq!(c.title.as_deref(), Some("秋冬季节如何预防流感 医生支招"));
    assert!(!c.text.contains("阅读 3.4万"), "{}", c.text);
}

/// The same stats bar with no echo: still never the title.
#[test]
fn a_read_counter_line_is_never_the_title() {
    let c = run("秋冬季节如何预防流感 医生支招\n10月8日 某区疾病预防控制中心 阅读 3.4万\n【打印】【关闭】\n进入秋冬季节，流感进入高发期，某区疾病预防控制中心专家提醒市民注意个人防护。\n老年人、儿童和慢性病患者是流感的高危人群，建议及时接种流感疫苗。");
    assert_eq!(c.title.as_deref(), Some("秋冬季节如何预防流感 医生支招"));
}

/// Headline, standfirst, byline: the standfirst is longer and says the lead's things
/// at length, so the shorter line above it is the headline; the standfirst is the
/// article's and stays in the text.
#[test]
fn standfirst_under_the_headline_stays_below_the_title() {
    let c = run("HARBOUR CITY NEWS\nHealth > Policy\nRegion to cap ambulance waits for heart attack patients\nHealth board wants every cardiac emergency reached within 15 minutes after complaints about rural delays\nBy Ana Cruz | Health Reporter\nThe regional health board on Monday approved a plan to cap ambulance waits for suspected heart attack patients at 15 minutes across the region.\nRural districts have reported waits of more than 40 minutes, the board said, and new stations will open in three towns.");
    assert_eq!(
        c.title.as_deref(),
        Some("Region to cap ambulance waits for heart attack patients")
    );
    assert!(
        c.text.starts_with(
            "Health board wants every cardiac emergency reached within 15 minutes after complaints about rural delays\n"
        ),
        "{}",
        c.text
    );
    assert_eq!(
        rule_for(&c, "By Ana Cruz | Health Reporter"),
        Some("byline")
    );
}

/// A short kicker above the headline does not take the title from it.
#[test]
fn kicker_above_the_headline_is_not_the_title() {
    let c = run("首页 > 新闻中心 > 工作动态\n基层卫生\n某县推动乡村医生队伍建设 三年培养定向医学生300名\n来源：某县卫健局 发布时间：2024-04-02\n4月1日，某县召开乡村医生队伍建设推进会，提出三年内培养定向医学生300名，充实村卫生室人员。\n会议要求，各乡镇要落实乡村医生待遇，稳定基层医疗卫生队伍。");
    assert_eq!(
        c.title.as_deref(),
        Some("某县推动乡村医生队伍建设 三年培养定向医学生300名")
    );
}

/// A <title> that only names the site (it is the footer's copyright name) is no
/// headline: the printed one above the date line is.
#[test]
fn site_only_html_title_gives_way_to_the_printed_headline() {
    let c = html_doc(
        r#"<html><head><title>Riverside County Hospital</title></head><body>
<table><tr><td class="menu"><a href="/a">Home</a> <a href="/b">About</a> <a href="/c">Careers</a></td></tr>
<tr><td><p><b>Riverside County Hospital opens new dialysis unit for 40 patients</b></p>
<p>Posted: 2024-05-06</p>
<div class="text"><p>The hospital opened a new dialysis unit on Monday with 20 stations, enough to treat 40 patients a day in two shifts.</p>
<p>Patients who travelled to the city for treatment can now be treated closer to home, the hospital said.</p></div></td></tr>
<tr><td>Copyright © Riverside County Hospital. All rights reserved.</td></tr></table></body></html>"#,
    );
    assert_eq!(
        c.title.as_deref(),
        Some("Riverside County Hospital opens new dialysis unit for 40 patients")
    );
}

/// `og:title` shortened, `<title>` with the site name: the <h1> the <title> holds.
#[test]
fn html_h1_in_the_title_beats_a_shortened_og_title() {
    let c = html_doc(
        r#"<html><head><title>某市召开卫生健康工作会议暨党风廉政建设会议 - 某市卫生健康委</title>
<meta property="og:title" content="某市召开卫生健康工作会议"></head><body>
<div class="article"><h1>某市召开卫生健康工作会议暨党风廉政建设会议</h1>
<div class="info">来源：某市卫生健康委 发布时间：2024-02-20</div>
<div id="zoom"><p>2月19日，某市召开全市卫生健康工作会议暨党风廉政建设会议，总结2023年工作，部署2024年任务。</p>
<p>会议强调，要深化医药卫生体制改革，推动优质医疗资源扩容下沉。</p></div></div></body></html>"#,
    );
    assert_eq!(
        c.title.as_deref(),
        Some("某市召开卫生健康工作会议暨党风廉政建设会议")
    );
}

/// An <h1> saying in other words what `og:title` says behind a kicker is the headline.
#[test]
fn html_h1_agreeing_with_a_kicker_og_title_is_the_headline() {
    let c = html_doc(
        r#"<html><head><title>Press corner</title>
<meta property="og:title" content="Public health: Council backs funding to expand cancer screening"></head><body>
<header><p class="kicker">Public health</p><h1>Council backs new funding to widen cancer screening for adults</h1></header>
<main><p>The Council today backed new funding that will let member states widen cancer screening for adults over 50, including lung and prostate screening.</p>
<p>The funding will be available from next year, the Council said.</p></main></body></html>"#,
    );
    assert_eq!(
        c.title.as_deref(),
        Some("Council backs new funding to widen cancer screening for adults")
    );
}

/// A <title> that is a longer variant of the printed headline (words added) gives way
/// to the headline as printed; the subtitle under it stays with the article.
#[test]
fn printed_headline_beats_a_longer_title_variant() {
    let c = html_doc(
        r#"<html><head><title>某市2024年“健康进万家”义诊活动启动 服务群众超万人次</title></head><body>
<div id="main"><div class="bt">某市2024年义诊活动启动 服务群众超万人次</div>
<div class="ft">50家医疗机构参与 覆盖全部乡镇</div>
<div class="xx">2024-06-01 来源：某市日报</div>
<div class="zw"><p>5月31日，某市2024年“健康进万家”义诊活动在市民广场启动，50家医疗机构的专家为群众提供免费咨询。</p>
<p>活动将持续一个月，覆盖全市所有乡镇，预计服务群众超过一万人次。</p>
<p>市卫生健康委表示，将把义诊与家庭医生签约、慢病随访结合起来，让群众在家门口享受优质医疗服务。</p></div></div></body></html>"#,
    );
    assert_eq!(
        c.title.as_deref(),
        Some("某市2024年义诊活动启动 服务群众超万人次")
    );
    assert!(
        c.text.starts_with("50家医疗机构参与 覆盖全部乡镇\n"),
        "{}",
        c.text
    );
    // Left outside a narrower article container, the printed headline still wins.
    let c = html_doc(
        r#"<html><head><title>某县“送医下乡”巡回医疗队出发 首站到达某镇</title></head><body>
<div class="tt"><div class="bt">某县巡回医疗队出发 首站到达某镇</div></div>
<div class="nr"><div class="zw"><p>6月3日，某县“送医下乡”巡回医疗队从县人民医院出发，首站来到某镇卫生院。</p>
<p>医疗队将在一个月内走遍全县所有乡镇。</p></div></div></body></html>"#,
    );
    assert_eq!(c.title.as_deref(), Some("某县巡回医疗队出发 首站到达某镇"));
}

/// A labelled field between the headline and the date line belongs to the notice,
/// even when its words recur in the text; a line that says nothing the article says
/// is no deck either.
#[test]
fn fields_under_the_headline_are_not_decks() {
    let c = run("某市人民医院医用耗材采购项目中标结果公告\n项目编号：ZB2024-017 采购方式：公开招标\n发布时间：2024-03-01 来源：某市公共资源交易中心\n某市人民医院医用耗材采购项目于2024年2月28日公开招标开标，经评标委员会评审，现将中标结果公告如下。\n中标供应商：某某医疗器械有限公司，中标金额：128.6万元。\n公告期限为自本公告发布之日起1个工作日。");
    assert_eq!(
        c.title.as_deref(),
        Some("某市人民医院医用耗材采购项目中标结果公告")
    );
    assert!(c.text.contains("项目编号：ZB2024-017"), "{:?}", c.removed);
    let c = run("Town to build new health centre\nWinter edition 2024 number 12\nBy Ana Cruz | 3 March 2024\nThe town council approved plans on Monday for a new health centre with ten consulting rooms and a pharmacy.\nBuilding work is due to start in the spring.");
    assert!(
        c.text.contains("Winter edition 2024 number 12"),
        "{:?}",
        c.removed
    );
}

/// An award notice made of "label: value" fields goes on with fields after its last
/// sentence: those stay, whatever their labels ("Date of award: …" reads like a dated
/// byline), while the page's links and footer under them go.
#[test]
fn a_notices_fields_after_its_last_sentence_stay() {
    let tail = "Award procedure: Restricted\nDate of award: 03/02/2024\nLots: 2\nWinning supplier: Soundcheck Audiology Ltd, Bristol\nThe supplier is a charity: No\nAppeals body: Eastvale County Court";
    let page = format!("Contract notices\nMobile hearing test service\nPage ID: 55102\nAwarding body: Eastvale District Council\nLocation: Eastvale, United Kingdom\nSummary: The council has awarded a contract for a mobile hearing test service visiting village halls across the district.\nThe service will offer free tests to residents aged 60 and over.\n{tail}\nReport a problem with this page\nDownload this page as PDF\nCookies | Privacy | Terms of use");
    let c = run(&page);
    assert!(c.text.ends_with(tail), "{:?}", c.removed);
    assert!(c.text.starts_with("Awarding body:"), "{}", c.text);
    assert_eq!(rule_for(&c, "Page ID: 55102"), Some("page-meta"));
    assert_eq!(
        rule_for(&c, "Report a problem with this page"),
        Some("page-tools")
    );
    assert_eq!(
        rule_for(&c, "Download this page as PDF"),
        Some("page-tools")
    );
    // The same fields under a prose article, once the footer has begun, are the site's.
    let c = run(&format!(
        "Clinic hours extended\n{COUNTY_BODY}\nPrint this page\nDate of award: 03/02/2024\nAppeals body: Eastvale County Court"
    ));
    assert_eq!(c.text, COUNTY_BODY);
}

/// A notice telling applicants where its next steps will be announced is the notice's
/// own text, though it names the official account; a bare prompt to follow is not.
#[test]
fn a_notice_saying_where_its_next_steps_appear_keeps_that_line() {
    let own = "面试时间、地点等安排请留意本单位官网及微信公众号“某某卫健”公告，请保持电话畅通。";
    let c = run(&format!(
        "某县卫生健康局招聘公告\n{ZH_BODY}\n{own}\n报名咨询：0571-1234 5678（办公室，工作日）\n欢迎关注“某某健康”微信公众号"
    ));
    assert!(c.text.contains(own), "{:?}", c.removed);
    assert!(
        c.text.contains("报名咨询：0571-1234 5678"),
        "{:?}",
        c.removed
    );
    assert_eq!(
        rule_for(&c, "欢迎关注“某某健康”微信公众号"),
        Some("follow-prompt")
    );
}

#[test]
fn audio_players_role_bylines_and_relative_dates_are_chrome() {
    let c = run(&format!(
        "Clinics to open on weekends\nStaff Reporter\nListen to the story · 5 mins\n{COUNTY_BODY}"
    ));
    assert_eq!(c.text, COUNTY_BODY);
    assert_eq!(rule_for(&c, "Staff Reporter"), Some("byline"));
    assert_eq!(
        rule_for(&c, "Listen to the story · 5 mins"),
        Some("audio-player")
    );
    let c = run(&format!(
        "Clinics to open on weekends\nPublished yesterday by the Editorial Desk · 6 min read\n{COUNTY_BODY}"
    ));
    assert_eq!(c.text, COUNTY_BODY);
    assert_eq!(
        rule_for(&c, "Published yesterday by the Editorial Desk · 6 min read"),
        Some("byline")
    );
}

#[test]
fn safe_harbour_section_closing_a_release_is_chrome() {
    let c = run(&format!(
        "Acme Bio reports trial results\n{EN_BODY}\nCautionary Statement\nThis news release includes forward-looking statements about the timing of filings and future sales. Actual results could differ materially from those described, and the company undertakes no obligation to update them."
    ));
    assert_eq!(c.text, EN_BODY);
    assert_eq!(
        rule_for(&c, "Cautionary Statement"),
        Some("press-boilerplate")
    );
}

#[test]
fn section_related_headings_and_inline_related_links_are_chrome() {
    let c = run(&format!(
        "Clinics to open on weekends\n{COUNTY_BODY}\nMORE IN HEALTH\nNew ward opens at the district hospital\nFlu jabs offered at pharmacies"
    ));
    assert_eq!(c.text, COUNTY_BODY);
    assert_eq!(rule_for(&c, "MORE IN HEALTH"), Some("related-tail"));
    let c = run(&format!(
        "Clinics to open on weekends\n{COUNTY_BODY}\nYou might also be interested in\nNew ward opens at the district hospital"
    ));
    assert_eq!(c.text, COUNTY_BODY);
    let (first, rest) = ZH_BODY.split_once('\n').unwrap();
    let link = "【延伸阅读】某县启动家庭医生签约服务提质行动";
    let c = run(&format!(
        "市卫健委部署医保支付方式改革\n{first}\n{link}\n{rest}"
    ));
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(rule_for(&c, link), Some("related-link"));
}

/// A site's note on what its pages are for is chrome; an author's own note in the
/// article ("This article is for general information …") is the article's.
#[test]
fn a_sites_guidance_note_is_chrome_an_articles_own_note_stays() {
    let note = "The content on this site is general information and is not a substitute for advice from your doctor or nurse.";
    let c = run(&format!(
        "Clinics to open on weekends\n{COUNTY_BODY}\n{note}"
    ));
    assert_eq!(c.text, COUNTY_BODY);
    assert_eq!(rule_for(&c, note), Some("disclaimer"));
    let own =
        "This article is for general information and does not replace a visit to your doctor.";
    let c = run(&format!(
        "Clinics to open on weekends\n{COUNTY_BODY}\n{own}"
    ));
    assert!(c.text.ends_with(own), "{:?}", c.removed);
}

#[test]
fn reference_codes_handles_add_friend_prompts_and_control_rows_are_chrome() {
    let c = run(&format!(
        "Clinics to open on weekends\n{COUNTY_BODY}\nMEMO/24/118\n[Print this page]  [Close this window]"
    ));
    assert_eq!(c.text, COUNTY_BODY);
    assert_eq!(rule_for(&c, "MEMO/24/118"), Some("reference-code"));
    assert_eq!(
        rule_for(&c, "[Print this page]  [Close this window]"),
        Some("font-control")
    );
    let c = run(&format!(
        "市卫健委部署医保支付方式改革\nA-　A+　分享至：\n{ZH_BODY}\n☆ 加入我们的LINE官方帐号 预约更快捷 ☆\n@city_dental"
    ));
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(rule_for(&c, "A-　A+　分享至："), Some("font-control"));
    assert_eq!(
        rule_for(&c, "☆ 加入我们的LINE官方帐号 预约更快捷 ☆"),
        Some("follow-prompt")
    );
    assert_eq!(rule_for(&c, "@city_dental"), Some("follow-prompt"));
}

/// A government notice: the markup's titles name the issuer the site also bears, and
/// shorten the title; the headline printed in full on the page (issuer included) is
/// the title.
#[test]
fn printed_document_title_beats_a_shortened_markup_title_with_its_issuer() {
    let c = html_doc(
        r#"<html><head><title>某市卫生健康委员会关于开展基层医疗机构服务能力提升行动的通知_通知公告_某市卫生健康委员会</title>
<meta name="SiteName" content="某市卫生健康委员会">
<meta name="ArticleTitle" content="某市卫生健康委员会关于开展基层医疗机构服务能力提升行动的通知"></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">政务公开</a> <a href="/b">通知公告</a></div>
<div class="box"><div class="title">某市卫生健康委员会关于开展2024年基层医疗机构服务能力和质量安全提升行动的通知</div>
<div class="info">发布日期：2024-04-02 来源：基层卫生处</div>
<div class="content"><p>各区县卫生健康局，委直属各单位：</p>
<p>为提升基层医疗卫生机构服务能力，保障医疗质量安全，决定在全市开展基层医疗机构服务能力和质量安全提升行动。现将有关事项通知如下。</p>
<p>各单位要高度重视，按要求做好组织实施工作。</p></div></div></body></html>"#,
    );
    assert_eq!(
        c.title.as_deref(),
        Some("某市卫生健康委员会关于开展2024年基层医疗机构服务能力和质量安全提升行动的通知")
    );
}

/// The page's address spells its headline: the line holding the slug's words is the
/// title, though an issuer credit sharing the lead's names stands above the byline.
#[test]
fn headline_spelled_by_the_url_slug_is_the_title() {
    let page = "URL: https://newswire.example/releases/northbay-medical-opens-cancer-centre-in-harbour-district-118822.html\nIssued by Northbay Medical Group Ltd.\n12 March 2024 09:00 GMT\nNorthbay Medical opens cancer centre in Harbour District\nNorthbay Medical Group today opened a cancer centre in the Harbour District with twelve treatment rooms and two radiotherapy machines.\nThe centre will treat up to 4,000 patients a year, the group said.";
    let c = run(page);
    assert_eq!(
        c.title.as_deref(),
        Some("Northbay Medical opens cancer centre in Harbour District")
    );
    // An address that spells no words leaves the choice to the page's structure.
    assert!(slug_words(
        Some("https://www.example.gov.cn/art/2024/3/12/art_1229_5123.html"),
        &[]
    )
    .is_empty());
    assert_eq!(
        slug_words(
            Some("https://a.example/news/clinic-opens-in-eastville-302011.html?ref=rss"),
            &[]
        ),
        ["clinic", "opens", "in", "eastville"]
    );
}

/// "News provided by …" credits a supplier: never the headline, even right above the
/// byline.
#[test]
fn supplier_credit_is_never_the_title() {
    let c = run("News provided by Northbay Medical Group Ltd.\n12 March 2024 09:00 GMT\nShare this article\nNorthbay Medical opens cancer centre in Harbour District\nNorthbay Medical Group today opened a cancer centre in the Harbour District with twelve treatment rooms and two radiotherapy machines.\nThe centre will treat up to 4,000 patients a year, the group said.");
    assert_eq!(
        c.title.as_deref(),
        Some("Northbay Medical opens cancer centre in Harbour District")
    );
}

/// A shop's blog post sets a product card into the article: name, rating, price and a
/// buy button go; the article's sentences naming the product stay. A box of short
/// facts with no sign of trade is the article's.
#[test]
fn product_card_inside_an_article_is_chrome() {
    let c = html_doc(
        r#"<html><head><title>Sleep and magnesium – Example Wellness</title></head><body>
<article><h1>What to know about magnesium and sleep</h1>
<div class="body"><p>Magnesium helps regulate the nervous system, and several small studies suggest it may help older adults fall asleep faster.</p>
<p>That is why our team developed Calm Night with 300 mg of magnesium glycinate in every serving, a form that is gentle on the stomach.</p>
<div class="tile"><img src="/p/calm.jpg" alt="bottle"><p>Calm Night · 90 capsules</p><p>4.7 out of 5 (812 reviews)</p><p>$19.50</p><a href="/p/calm-night">Buy now</a></div>
<div class="facts"><p>Adults: 310–420 mg a day</p><p>Upper limit from supplements: 350 mg</p></div>
<p>Speak to a pharmacist before taking magnesium with antibiotics or blood pressure medicines.</p></div></article></body></html>"#,
    );
    for chrome in [
        "Calm Night · 90 capsules",
        "$19.50",
        "Buy now",
        "(812 reviews)",
    ] {
        assert!(!c.text.contains(chrome), "{chrome} leaked: {}", c.text);
    }
    assert!(c.text.contains("That is why our team developed Calm Night"));
    assert!(c.text.contains("Upper limit from supplements: 350 mg"));
    assert!(c.text.contains("Speak to a pharmacist"));
}

/// A table flattened to '|' rows between the notice's paragraphs is its text, even
/// above the first paragraph and even when its cells are as short as menu items.
#[test]
fn text_table_rows_are_the_articles() {
    let c = run("某县政府采购网\n首页 | 采购公告 | 结果公告 | 政策法规\n某县中心卫生院设备采购项目成交结果公告\n发布时间：2024-03-05\n一、成交信息\n序号 | 设备名称 | 数量 | 成交金额\n1 | 彩色超声仪 | 2台 | 86万元\n2 | 全自动生化分析仪 | 1台 | 45万元\n二、其他事项\n本公告期限为一个工作日，供应商对成交结果有异议的，可以在公告期限届满之日起七个工作日内提出质疑。\n联系人：李工 电话：0000-1234567");
    for row in [
        "序号 | 设备名称 | 数量 | 成交金额",
        "1 | 彩色超声仪 | 2台 | 86万元",
        "2 | 全自动生化分析仪 | 1台 | 45万元",
    ] {
        assert!(c.text.contains(row), "{row}: {:?}", c.removed);
    }
    // The one-line menu bar above the headline is still the site's.
    assert!(
        rule_for(&c, "首页 | 采购公告 | 结果公告 | 政策法规").is_some(),
        "{}",
        c.text
    );
}

/// Two '|' lines under a headline that are a byline and a share bar are no table.
#[test]
fn byline_over_share_bar_is_no_table() {
    let c = run("Clinic hours extended in the valley\nBy Sam Reed | Valley Post | Updated: 2024-04-02 10:15\nPrint | E-mail | Share\nThe valley clinic will stay open until 9 pm on weekdays from May, the health board said on Tuesday.\nThe board said the change follows a rise in evening visits to the emergency department.");
    assert!(!c.text.contains("Print | E-mail | Share"), "{}", c.text);
    assert!(!c.text.contains("By Sam Reed"), "{}", c.text);
}

/// A notice's lead-in ("…，现将有关事项公告如下：") is its first paragraph: the
/// headings and rows under it are body, not page head.
#[test]
fn lead_in_paragraph_opens_the_body() {
    let c = run("某医院2024年公开招聘护理人员公告\n发布时间：2024-05-06\n因业务发展需要，经研究决定，面向社会公开招聘护理人员20名，现将有关事项公告如下：\n一、招聘岗位\n二、报名条件\n1.具有中华人民共和国国籍，遵纪守法，品行端正；\n2.已取得护士执业资格证书，身体健康，能适应岗位要求。");
    assert!(c.text.contains("二、报名条件"), "{:?}", c.removed);
    assert!(c.text.contains("一、招聘岗位"), "{:?}", c.removed);
}

/// A subtitle made of clauses joined by '，' is a lead sentence that lost its stop,
/// not a deck.
#[test]
fn comma_clause_subtitle_is_not_a_deck() {
    let mut doc = text_doc("某市推进家庭医生签约服务\n今年起，全市社区卫生服务中心将全部开设家庭医生工作室，重点人群签约率力争达到八成\n发布时间：2024-03-02 来源：某市卫生健康委\n3月1日，某市召开家庭医生签约服务推进会，部署全市社区卫生服务中心开设家庭医生工作室。\n会议要求，重点人群签约率今年力争达到八成，签约服务质量要同步提升。");
    doc.hints.title = Some("某市推进家庭医生签约服务".into());
    let c = clean(&doc, &Rules::builtin().unwrap(), &SiteProfile::default()).unwrap();
    assert!(
        c.text
            .contains("今年起，全市社区卫生服务中心将全部开设家庭医生工作室"),
        "{:?}",
        c.removed
    );
}

/// An English notice signs off with its issuer over a spelled-out date; the date is
/// the document's, like the Chinese 年月日 one.
#[test]
fn english_sign_off_date_is_the_notices() {
    let c = run("Notice on Improving Rural Clinic Staffing\nThe county health bureau will fund two additional nurse posts in every rural clinic from next year.\nClinics should submit staffing plans to the bureau by the end of June.\nGeneral Office of the Riverside County Health Bureau\nApril 9, 2024\nPrint | Close");
    assert!(c.text.ends_with("April 9, 2024"), "{}", c.text);
}

/// Printed-page furniture in text converted from a PDF: page numbers and the running
/// header repeated after a page break.
#[test]
fn printed_page_numbers_and_running_header_go() {
    let c = run("Harbour City Health Office Document\nHC Health [2024] No. 7\nNotice on Flu Vaccination for Care Home Staff\nPublished: 2 September 2024\nAll care homes in the city shall offer flu vaccination to their staff before the end of October each year.\n- 1 -\nHarbour City Health Office Document\nCare homes shall report the number of staff vaccinated to the district health office every month.\nPage 2 of 2");
    assert_eq!(rule_for(&c, "- 1 -"), Some("page-number"));
    assert_eq!(rule_for(&c, "Page 2 of 2"), Some("page-number"));
    assert!(
        !c.text.contains("Harbour City Health Office Document"),
        "{}",
        c.text
    );
    assert!(c.text.contains("report the number of staff"), "{}", c.text);
}

/// A press release ends at its "###" mark; a kicker label above the headline does not
/// take the title from it.
#[test]
fn press_release_end_mark_and_kicker_label() {
    let c = run("Agency for Rural Health\nPress release\nAgency Launches Grants for Rural Maternity Units\nJan 12, 2024\nThe Agency for Rural Health today launched a grant program to keep maternity units open in rural hospitals.\nHospitals may apply for up to three years of funding to cover staffing and equipment.\n###\nMedia Relations Desk\n(555) 010-2000 | Media Inquiries");
    assert_eq!(
        c.title.as_deref(),
        Some("Agency Launches Grants for Rural Maternity Units")
    );
    assert!(!c.text.contains("Media Relations Desk"), "{}", c.text);
    assert!(!c.text.contains("Media Inquiries"), "{}", c.text);
}

/// Wire-story tails and health-advice disclaimers close the page.
#[test]
fn wire_tail_and_health_disclaimer_go() {
    let c = run("Drugmaker profit rises on hospital sales\nA Chinese drugmaker said on Monday its first-half profit rose 12% as sales to hospitals recovered.\nThe company expects demand for its injectables to keep growing this year.\n($1 = 7.1000 yuan)\nReporting by Harbour newsroom; Editing by Jo Smith\nOur Standards: The Wire Trust Principles.");
    for line in [
        "($1 = 7.1000 yuan)",
        "Reporting by Harbour newsroom; Editing by Jo Smith",
        "Our Standards: The Wire Trust Principles.",
    ] {
        assert!(!c.text.contains(line), "{line}: {}", c.text);
    }
    let c = run("春季血压波动 专家教你这样应对\n春季气温变化大，高血压患者血压容易出现波动，需要加强监测。\n专家建议，患者应坚持每天定时测量血压，按医嘱规律服药，不要自行停药。\n温馨提示：以上内容仅供科普参考，不能替代专业医生的诊断和治疗。");
    assert_eq!(
        rule_for(
            &c,
            "温馨提示：以上内容仅供科普参考，不能替代专业医生的诊断和治疗。"
        ),
        Some("disclaimer")
    );
}

#[test]
fn comment_prompts_and_supplier_credits_are_chrome() {
    let c = run(&format!(
        "市卫健委部署医保支付方式改革\n{ZH_BODY}\n用户评论（12）\n请文明发言，留言经审核后公开\n"
    ));
    assert_eq!(c.text, ZH_BODY, "{:?}", c.removed);
    assert_eq!(
        rule_for(&c, "请文明发言，留言经审核后公开"),
        Some("comment-box")
    );
    let c = run(&format!(
        "Clinics to open on weekends\nContent supplied by Meridian Health Partners Inc.\n{EN_BODY}\nComments are moderated before they appear."
    ));
    assert_eq!(c.text, EN_BODY, "{:?}", c.removed);
    assert_eq!(
        rule_for(&c, "Content supplied by Meridian Health Partners Inc."),
        Some("credit-line")
    );
}

#[test]
fn advice_to_call_a_hotline_or_message_an_account_is_the_articles() {
    let advice =
        "居民如对报销有疑问，可拨打医保服务热线12393咨询，或关注“某市医保”微信公众号在线留言。";
    let c = run(&format!(
        "市卫健委部署医保支付方式改革\n{ZH_BODY}\n{advice}\n长按识别二维码 关注我们"
    ));
    assert_eq!(c.text, format!("{ZH_BODY}\n{advice}"), "{:?}", c.removed);
    assert_eq!(
        rule_for(&c, "长按识别二维码 关注我们"),
        Some("follow-prompt")
    );
}

#[test]
fn english_control_rows_and_long_reading_time_labels_are_chrome() {
    let c = run(&format!(
        "Clinics to open on weekends\n[Print] [Close] [Font: A+ A A-]\nReading time: 3 min (740 words)\n{EN_BODY}"
    ));
    assert_eq!(c.text, EN_BODY, "{:?}", c.removed);
    assert_eq!(
        rule_for(&c, "[Print] [Close] [Font: A+ A A-]"),
        Some("font-control")
    );
    assert_eq!(
        rule_for(&c, "Reading time: 3 min (740 words)"),
        Some("reading-time")
    );
}

#[test]
fn a_related_block_between_paragraphs_goes_and_the_article_after_it_stays() {
    let closing = "市民如对结算有疑问，可拨打医保服务热线咨询，或在线留言反映问题，相关部门将在三个工作日内及时答复，并定期公布办理结果。";
    let page = format!(
        "某市医保改革取得新进展\n{ZH_BODY}\n▼ 相关阅读\n某市出台门诊共济保障实施细则，这些变化与你有关\n{closing}"
    );
    let c = run(&page);
    assert_eq!(c.text, format!("{ZH_BODY}\n{closing}"));
    assert_eq!(rule_for(&c, "▼ 相关阅读"), Some("related-tail"));
    // A related heading with only paragraphs under it is the article's subheading.
    let page = format!("某市医保改革取得新进展\n{ZH_BODY}\n相关政策\n{closing}");
    let c = run(&page);
    assert!(c.text.contains("相关政策"), "{}", c.text);
}

#[test]
fn picture_credits_and_chart_notes_are_chrome_wherever_they_stand() {
    let page = format!(
        "某市医保改革取得新进展\n{ZH_BODY}\n图片来源：某市医疗保障局\n（图：国家医保局价格招采司 制图）\nPhoto credit: City Health Bureau\n{ZH_BODY}"
    );
    let c = run(&page);
    assert_eq!(c.text, format!("{ZH_BODY}\n{ZH_BODY}"));
    for credit in [
        "图片来源：某市医疗保障局",
        "（图：国家医保局价格招采司 制图）",
        "Photo credit: City Health Bureau",
    ] {
        assert_eq!(rule_for(&c, credit), Some("caption"), "{credit}");
    }
}

#[test]
fn a_comment_section_and_a_mid_article_audio_player_are_chrome() {
    let page = "Weekly insulin matches daily shots in trial\nA once-weekly insulin lowered blood sugar as well as a daily injection in adults with type 2 diabetes, the results showed.\nListen to this article\nThe company said it plans to file for approval with regulators in the second half of the year.\nComments (12)\nGreat news for my father, he hates his daily shots.\nYou might also like\nWhy are more young people being diagnosed with diabetes?";
    let c = run(page);
    assert_eq!(
        c.text,
        "A once-weekly insulin lowered blood sugar as well as a daily injection in adults with type 2 diabetes, the results showed.\nThe company said it plans to file for approval with regulators in the second half of the year."
    );
    assert_eq!(rule_for(&c, "Listen to this article"), Some("audio-player"));
    assert_eq!(
        rule_for(&c, "Great news for my father, he hates his daily shots."),
        Some("comment-box")
    );
}

#[test]
fn a_site_disclaimer_of_liability_is_chrome() {
    let page = format!(
        "某医院设备采购项目中标结果公告\n{ZH_BODY}\n温馨提示：本网站所载信息由采购人或代理机构提供，其真实性、合法性由信息发布人负责，本网站不承担任何法律责任。"
    );
    let c = run(&page);
    assert_eq!(c.text, ZH_BODY);
}

#[test]
fn a_tender_notice_keeps_its_contact_fields_under_numbered_parts() {
    let fields = "一、项目编号：SZCG2023-0716-01\n二、项目名称：某市立医院医用耗材集中采购项目\n三、中标金额：2,368,500.00元\n四、公告期限：自本公告发布之日起1个工作日。\n五、凡对本次公告内容提出询问，请按以下方式联系。\n1.采购人信息\n名称：某市立医院\n地址：某市某区汴河中路299号\n联系方式：0557-3021188\n2.采购代理机构信息\n名称：某某招标咨询有限公司\n项目联系人：周工 电话：0557-3905126";
    let page = format!(
        "某市立医院医用耗材集中采购项目中标结果公告\n{fields}\n相关公告\n某市立医院医用耗材集中采购项目招标公告\n版权所有：某市公共资源交易中心\n皖ICP备12008735号-1"
    );
    let c = run(&page);
    assert_eq!(c.text, fields);
}

#[test]
fn titles_of_scraped_pages_skip_controls_running_heads_and_outlet_suffixes() {
    // The <title> first, above the breadcrumb; under it only a byline and controls.
    let c = run(&format!(
        "某药业2023年净利润同比下降21.4% 集采续约降价拖累仿制药收入\n某财经 > 公司 > 医药\n2024年03月29日 19:05  某财经  作者：马某\n某药业 603917  23.15  -1.28%\n收藏  分享  评论(56)\n{ZH_BODY}"
    ));
    assert_eq!(
        c.title.as_deref(),
        Some("某药业2023年净利润同比下降21.4% 集采续约降价拖累仿制药收入")
    );
    assert_eq!(c.text, ZH_BODY);
    // An outlet's name after a bar.
    let c = run("Weekly blood pressure pill meets main goal in late-stage trial | Meridian Wire\nBy Marta Eklund\nThe experimental once-weekly pill lowered blood pressure significantly more than a placebo, the company said on Tuesday.");
    assert_eq!(
        c.title.as_deref(),
        Some("Weekly blood pressure pill meets main goal in late-stage trial")
    );
    // A document printed to text repeats its issuer on every page.
    let para = "More than 1.2 million residents have enrolled in the programme since it was launched, the ministry announced today.";
    let c = run(&format!(
        "MINISTRY OF HEALTH\nPRESS RELEASE\nMORE THAN 1.2 MILLION RESIDENTS ENROLLED IN HEALTHIER SG\n{para}\nPage 1 of 3\nMINISTRY OF HEALTH\n{para}\nPage 2 of 3\nMINISTRY OF HEALTH\n{para}"
    ));
    assert_eq!(
        c.title.as_deref(),
        Some("MORE THAN 1.2 MILLION RESIDENTS ENROLLED IN HEALTHIER SG")
    );
}

#[test]
fn held_out_chrome_kinds_of_set_eight() {
    let body = "The city will open 30 more community health stations this year, the municipal health commission said on Monday.\nResidents over 65 can book a free annual check-up at any of the stations from April.";
    let page = format!(
        "Our city held the healthy city construction promotion meeting\nAuthor:Chengdu Public Security Traffic Management Bureau  Addtime:2023-03-01 17:20\nDepartmental news\n{body}\nRelated reading: China Medical City signed 38 projects in the first quarter\n(Reporter Zhou Yun Correspondent Wei Hongmei)\nJoin our WhatsApp channel and get the latest health news delivered to you.\n[QR code]\nMedical advertisement review No.: (Yue) Yi Guang Shen Zi [2023] No. 03-18-2471\nHot Topics\nLishui named among China's top 10 ecological cities\nLinks\nZhejiang Provincial Government | China.org.cn | Lishui Daily"
    );
    let c = run(&page);
    assert_eq!(c.text, body);
    assert_eq!(
        c.meta.author.as_deref(),
        Some("Chengdu Public Security Traffic Management Bureau")
    );
    let page = format!(
        "某市推进老年助餐服务\n{ZH_BODY}\n▲志愿者为行动不便的老人送餐上门。（记者 李某 摄）\n{ZH_BODY}\n點閱數：1,024\n某某市人民政府办公室主办 某某市大数据管理局承办"
    );
    let c = run(&page);
    assert_eq!(c.text, format!("{ZH_BODY}\n{ZH_BODY}"));
}

#[test]
fn newsletter_walls_head_counters_and_portal_furniture_are_chrome() {
    let body = "Last week the agency published the first prices negotiated directly with drugmakers for ten medicines.\nHere is what I think matters, in order, for patients and for the plans that pay for their drugs.";
    let page = format!(
        "What the first negotiated drug prices actually change\nDana Whitfield\nAug 19, 2024\nPaid\n142\n18\n{body}\nSubscribe to The Ledger to keep reading this post and get 7 days of free access to the full post archives.\nStart trial\nDiscussion about this post\nRestacks"
    );
    let c = run(&page);
    assert_eq!(c.text, body);
    assert_eq!(
        rule_for(
            &c,
            "Subscribe to The Ledger to keep reading this post and get 7 days of free access to the full post archives."
        ),
        Some("paywall")
    );
    let page = format!(
        "某省出台医保支付方式改革三年行动计划\n2024-04-18 07:32  某某日报\n举报\n0\n{ZH_BODY}\n广告  五一出行季｜某某酒店低至5折，点击领券>>\n{ZH_BODY}\n举报 / 反馈\n我要评论  已有312条评论\n热门评论\n县医院什么时候也能跟上？"
    );
    let c = run(&page);
    assert_eq!(c.text, format!("{ZH_BODY}\n{ZH_BODY}"));
}

/// A government document's copy list and print line under its signature are its
/// colophon; the signature and its date stay. A download link standing between the
/// last paragraph and the signature is the site's; an attachment named without a
/// file is the document's.
#[test]
fn document_colophon_and_download_links_above_the_signature() {
    let c = run("某市卫生健康委员会关于推进家庭医生签约服务的通知\n各县（市、区）卫生健康局：\n为推进家庭医生签约服务提质增效，现就有关事项通知如下。\n一、各地要在今年底前实现重点人群签约服务全覆盖，签约居民可在线查询本人签约信息。\n本通知自2023年10月1日起施行。\n附件：1.某市家庭医生签约服务考核细则.xlsx\n附件：2.重点人群签约服务覆盖率年度目标\n某市卫生健康委员会\n2023年8月10日\n抄送：市医保局，市财政局，市人社局。\n某市卫生健康委员会办公室　　2023年8月15日印发\n====== 文档结束 ======");
    assert_eq!(
        rule_for(&c, "附件：1.某市家庭医生签约服务考核细则.xlsx"),
        Some("attachment")
    );
    assert_eq!(
        rule_for(&c, "抄送：市医保局，市财政局，市人社局。"),
        Some("document-colophon")
    );
    assert_eq!(rule_for(&c, "====== 文档结束 ======"), Some("end-marker"));
    assert!(
        c.text
            .ends_with("附件：2.重点人群签约服务覆盖率年度目标\n某市卫生健康委员会\n2023年8月10日"),
        "{}",
        c.text
    );
}

/// A table's header row laid out with runs of spaces reads like a menu of short
/// names; the rows under it with as many cells make it the table's.
#[test]
fn a_spaced_table_header_over_its_rows_is_text() {
    let c = run("某医院医用耗材采购项目中标结果公告\n发布时间：2023-11-21 10:32 信息来源：某医院\n一、项目编号：ZB-2023-0917，项目名称：某医院2023年度医用耗材院内遴选采购项目。\n二、主要标的信息\n包号  名称  数量  服务要求\n包1  创伤类骨科耗材（接骨板、髓内钉等）  一批  供货期两年，接到订单后24小时内送达\n包2  脊柱类骨科耗材（椎弓根螺钉、椎间融合器等）  一批  供货期两年\n三、公告期限：自本公告发布之日起1个工作日。\n首页  交易信息  政策法规  服务指南");
    assert!(
        c.text.contains("包号  名称  数量  服务要求"),
        "{:?}",
        c.removed
    );
    assert!(!c.text.contains("服务指南"), "{}", c.text);
}

/// A supplement page's statutory FDA note is chrome even where it is the last
/// sentence; an inline "Related reading:" line with a long headline is too, and so is
/// a long byline with both stamps.
#[test]
fn statutory_notes_long_related_links_and_long_bylines() {
    let c = run("Vitamin D guidance for older adults\nBy Rachel Lim, Health Correspondent | Published Jan 15, 2025, 05:00 AM | Updated Jan 15, 2025, 11:42 AM\nOur skin makes less vitamin D as we age, and many of us spend most of the day indoors, the company said in its product notes.\nRelated reading: China Medical City signed 38 projects in the first quarter with a total investment of 21.6 billion yuan\nTalk to your doctor before starting any supplement, especially if you take blood thinners.\n*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.");
    assert!(
        c.text.ends_with("especially if you take blood thinners."),
        "{}",
        c.text
    );
    assert!(!c.text.contains("Related reading"), "{}", c.text);
    assert!(!c.text.contains("Rachel Lim"), "{}", c.text);
}

/// A WeChat article saved as text: the account's name under the headline repeats the
/// byline's, its profile card, reaction counts, empty comment box and the next
/// article's teaser after the swipe prompt are chrome; a sentence pointing readers at
/// "阅读原文" is the article's.
#[test]
fn wechat_article_furniture() {
    let c = run("原创 健康丽水 健康丽水 2024-05-10 18:30 浙江\n丽水全面推开“两慢病”门诊用药保障 高血压糖尿病患者看病更省钱\n健康丽水\n微信号 jiankanglishui\n功能介绍 丽水市卫生健康委员会官方微信公众号，发布卫生健康权威信息。\n5月10日，记者从市卫生健康委获悉，我市将于6月1日起全面推开高血压、糖尿病门诊用药保障机制，参保患者政策范围内门诊用药费用报销比例提高到70%。\n据介绍，今年全市将新增家庭医生签约团队120个，重点人群签约率力争达到80%以上。\n点击下方“阅读原文”，可查询附近的签约服务点。\n阅读原文\n阅读 3521\n在看 56\n写留言\n暂无留言\n已无更多数据\n继续滑动看下一个\n健康丽水\n向上滑动看下一个");
    assert!(
        c.text.starts_with("5月10日，记者从市卫生健康委获悉"),
        "{}",
        c.text
    );
    assert!(
        c.text
            .ends_with("点击下方“阅读原文”，可查询附近的签约服务点。"),
        "{}",
        c.text
    );
    assert_eq!(rule_for(&c, "健康丽水"), Some("byline"));
    assert_eq!(rule_for(&c, "微信号 jiankanglishui"), Some("wechat-ui"));
}

/// "Is this page useful?" under an article: its Yes/No buttons and what follows are
/// the widget's and the footer's.
#[test]
fn feedback_widget_takes_its_buttons() {
    let c = run("Free flu vaccine for over-65s starts this week\nAdults aged 65 and over can now book their free flu vaccination at a GP surgery or pharmacy, NHS England said on Monday.\nYou can book online through the NHS App or by calling 119.\nPage last reviewed: 02 October 2024\nIs this page useful?\nYes\nNo\nSupport links\nAbout us\n© NHS England");
    assert!(c.text.ends_with("by calling 119."), "{}", c.text);
    assert_eq!(rule_for(&c, "Yes"), Some("feedback-widget"));
}

/// A caption's sentence is the article's, the credit after it is not: the line is
/// split where the credit starts. A caption that is no sentence, credit and all, goes
/// whole; a "图为…" sentence between paragraphs stays.
#[test]
fn caption_sentences_stay_and_their_credits_go() {
    let c = run(&format!("{ZH_BODY}\n福州市医保局工作人员在一家定点医院向患者讲解DIP改革政策。（福州日报记者 林涛 摄）\n图为杜桥镇卫生院家庭医生团队上门随访 通讯员 郑晓雯 摄\n图为患者在门诊大厅自助机上扫码登录互联网医院。\n会议要求，各地要在年底前完成全部统筹地区的改革任务，确保参保群众待遇不受影响。"));
    assert!(
        c.text
            .contains("福州市医保局工作人员在一家定点医院向患者讲解DIP改革政策。\n"),
        "{}",
        c.text
    );
    assert_eq!(rule_for(&c, "（福州日报记者 林涛 摄）"), Some("caption"));
    assert_eq!(
        rule_for(&c, "图为杜桥镇卫生院家庭医生团队上门随访 通讯员 郑晓雯 摄"),
        Some("caption")
    );
    assert!(
        c.text
            .contains("图为患者在门诊大厅自助机上扫码登录互联网医院。"),
        "{}",
        c.text
    );
    let c = run("Medicare to keep paying for telehealth visits\nMedicare would keep paying for most telehealth visits that patients receive at home through the end of 2024, the agency said.\nA physician conducts a video visit with a Medicare patient from a clinic in rural Virginia. Photo: Jordan Lee/Capitol Health Wire\nThe proposal would also cut the conversion factor used to calculate physician payments by about 3.3%.");
    assert!(
        c.text
            .contains("from a clinic in rural Virginia.\nThe proposal"),
        "{}",
        c.text
    );
    assert_eq!(
        rule_for(&c, "Photo: Jordan Lee/Capitol Health Wire"),
        Some("caption")
    );
}

/// A repost's provenance and the platform's note on its uploader, a video player's
/// furniture, an account card's counts, the IP location under the byline, topic
/// hashtags and "Story continues" between paragraphs are all the site's.
#[test]
fn repost_player_and_platform_furniture() {
    let c = run("福州DIP付费改革政策解读\n2,415文章 1,203万总阅读\n2小时前 · 四川\n发布于：福建\n本文来自：福州日报\n3月19日，市卫生健康委召开全市医保支付方式改革推进会，部署下一阶段重点工作。\n03:25\n播放量：1.2万\n加载中...\n点击播放\nStory continues\n会议强调，要持续深化医保、医疗、医药协同发展和治理，提升基层医疗卫生服务能力。\n展开全文\n会议要求，各地要压实责任，确保各项改革任务按期落地见效。\n#医保改革#民生实事\n特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。\nThis article was syndicated from Capitol Health Wire. Originally published at capitolhealthwire.com.");
    assert_eq!(
        c.text,
        "3月19日，市卫生健康委召开全市医保支付方式改革推进会，部署下一阶段重点工作。\n会议强调，要持续深化医保、医疗、医药协同发展和治理，提升基层医疗卫生服务能力。\n会议要求，各地要压实责任，确保各项改革任务按期落地见效。"
    );
    assert_eq!(rule_for(&c, "本文来自：福州日报"), Some("syndication"));
    assert_eq!(rule_for(&c, "03:25"), Some("media-player"));
    assert_eq!(rule_for(&c, "发布于：福建"), Some("ip-location"));
}

/// A press release ends with its issuer in capitals over the dateline: the template's
/// sign-off block, dated as the release. A notice's signature in ordinary case stays.
#[test]
fn a_capitalised_press_release_sign_off_is_chrome() {
    let c = run("MOH to enhance subsidies for chronic medications\nThe Ministry of Health will enhance subsidies for chronic disease medications dispensed at general practitioner clinics from 1 July 2024.\nResidents who have not yet enrolled can do so through the HealthHub app.\nMINISTRY OF HEALTH\n12 MARCH 2024");
    assert!(c.text.ends_with("through the HealthHub app."), "{}", c.text);
    assert_eq!(rule_for(&c, "MINISTRY OF HEALTH"), Some("sign-off"));
    assert_eq!(c.meta.published, ["12 MARCH 2024"]);
}

/// Credits a WeChat editor sets with a bar for a colon ("文字 | 刘思雨") are bylines; a
/// lone account name beside the mid-article follow card, printed in the byline too,
/// is the card's.
#[test]
fn bar_credits_and_account_names_beside_follow_cards() {
    let c = run("原创 泰州发布 泰州发布 2024-05-10 21:07 江苏\n泰州出台生物医药产业新政\n3月19日，市卫生健康委召开全市医保支付方式改革推进会，部署下一阶段重点工作。\n微信扫一扫关注该公众号\n泰州发布\n会议强调，要持续深化医保、医疗、医药协同发展和治理，提升基层医疗卫生服务能力。\n会议要求，各地要压实责任，确保各项改革任务按期落地见效。\n文字 | 刘思雨\n审核 | 赵敏");
    assert!(!c.text.contains("泰州发布"), "{}", c.text);
    assert_eq!(rule_for(&c, "泰州发布"), Some("follow-prompt"));
    assert_eq!(rule_for(&c, "文字 | 刘思雨"), Some("byline"));
    // "文字" credits the writer: the article's author, not the account.
    assert_eq!(c.meta.author.as_deref(), Some("刘思雨"));
}

/// A tender notice's numbered "Contact information" part heading does not end its run
/// of fields: the agency's telephone line under it is the notice's.
#[test]
fn contact_fields_under_a_numbered_part_heading_are_the_notices() {
    let c = run("Bid-winning result announcement of the hospital information system project\nRelease time: 2022/9/1   Clicks: 208\n1. Project number: FJZC-2022-0815\nSupplier name: Fujian Zhiyi Information Technology Co., Ltd.\nSupplier address: No. 89 Software Avenue, Gulou District, Fuzhou City\nWinning bid amount: RMB 6,385,000.00 yuan\n7. Other supplementary matters: The bid opening was held on August 26, 2022 at the Fuzhou Public Resources Trading Center, and suppliers may submit questions in writing within 7 working days.\n8. Contact information\nPurchaser: Fuzhou Rongcheng Hospital   Contact: Mr. Zhang   Tel: 0591-87651234\nAgency: Fujian Hengxin Tendering Co., Ltd.   Tel: 0591-83345678\n【Print】【Close】");
    assert!(
        c.text
            .ends_with("Agency: Fujian Hengxin Tendering Co., Ltd.   Tel: 0591-83345678"),
        "{}",
        c.text
    );
}

/// A disclosure page's metadata table names the document ("名　　称：…"); the headline
/// printed under it is the title, and the table's line is metadata.
#[test]
fn a_disclosure_tables_name_field_is_not_the_title() {
    let c = run("宿州市人民政府\n当前位置：首页 > 信息公开 > 政策文件\n发文字号：宿政办发〔2024〕9号\n发布日期：2024-05-13\n名　　称：宿州市人民政府办公室关于印发慢性病综合防控实施办法的通知\n\n宿州市人民政府办公室关于印发慢性病综合防控实施办法的通知\n宿政办发〔2024〕9号\n各县、区人民政府，市政府有关部门：\n《宿州市慢性病综合防控实施办法》已经市政府同意，现印发给你们，请认真贯彻执行。\n宿州市人民政府办公室\n2024年5月10日");
    assert_eq!(
        c.title.as_deref(),
        Some("宿州市人民政府办公室关于印发慢性病综合防控实施办法的通知")
    );
    assert!(c.text.starts_with("宿政办发〔2024〕9号\n"), "{}", c.text);
}

/// A question headline the markup names reads like the first paragraph; it is the
/// title all the same, and the account name above it is header.
#[test]
fn a_question_headline_named_by_the_markup_is_the_title() {
    let c = html_doc(
        r#"<html><head><title>福州DIP付费改革，参保人最关心的问题一次说清_某某网</title></head><body>
<div class="article"><div class="user-name">福州日报</div>
<h1>福州DIP付费改革政策解读：参保人看病会受影响吗？</h1>
<p>今年起，福州市全面推行按病种分值付费改革，全市212家定点医疗机构纳入改革范围，参保人待遇不受影响。</p>
<p>问：改革后参保人的报销比例会变吗？</p><p>答：不会。改革改变的是医保部门与医疗机构之间的结算方式，参保人的待遇政策不变。</p></div></body></html>"#,
    );
    assert_eq!(
        c.title.as_deref(),
        Some("福州DIP付费改革政策解读：参保人看病会受影响吗？")
    );
    assert!(c.text.starts_with("今年起，福州市"), "{}", c.text);
}

/// A few words alone at the page's end, below the footer's first known line, are its
/// links; a list the article closes with stays.
#[test]
fn bare_words_in_the_footer_go_and_a_closing_list_stays() {
    let c = run("Nurses to earn while they learn\nThousands more nurses will be able to earn while they learn, under plans to expand apprenticeship routes into the health service.\nOther measures announced today include:\na new pharmacy technician apprenticeship standard for trusts\n© Example Trust 2024\nHealthcare\nOur regional teams");
    assert!(
        c.text
            .ends_with("Other measures announced today include:\na new pharmacy technician apprenticeship standard for trusts"),
        "{}",
        c.text
    );
    assert_eq!(rule_for(&c, "Healthcare"), Some("footer-line"));
    assert_eq!(rule_for(&c, "Our regional teams"), Some("footer-line"));
}

/// Between a headline and its first paragraph, an app's name, a location tag or a
/// timestamp alone is header; a numbered part heading is the article's.
#[test]
fn bare_labels_under_the_headline_are_header() {
    let c = run("总投资超千亿元！2024成都投资推介会签约项目61个\n民生 · 社会\n2小时前 · 四川\n3月19日，2024成都投资推介会在天府国际会议中心举行，现场集中签约重大项目61个，总投资1162亿元。\n推介会上，市投资促进局负责人介绍了成都“建圈强链”行动和营商环境建设成果。");
    assert!(
        c.text.starts_with("3月19日，2024成都投资推介会"),
        "{}",
        c.text
    );
    assert_eq!(rule_for(&c, "民生 · 社会"), Some("header-chrome"));
    let c = run("某市推进家庭医生签约服务实施方案\n一、总体要求\n为推进家庭医生签约服务提质增效，现就有关事项通知如下，请各地认真贯彻执行。\n二、重点任务\n各地要在今年底前实现重点人群签约服务全覆盖，签约居民可在线查询本人签约信息。");
    assert!(c.text.starts_with("一、总体要求\n"), "{}", c.text);
}

/// Platform names listed one per line under a share heading go with it, whatever the
/// platform; the paragraph after them stays.
#[test]
fn share_list_items_go_with_their_heading() {
    let c = run("Measles cases prompt MMR catch-up clinics\nThe council's public health team is urging parents to check their children's MMR vaccinations after three measles cases were confirmed in the borough.\nShare this page\nBluesky\nThreads\nMastodon\nFree catch-up clinics will run at four libraries on Saturday mornings throughout March, the council said.");
    assert!(!c.text.contains("Bluesky"), "{}", c.text);
    assert!(!c.text.contains("Mastodon"), "{}", c.text);
    assert_eq!(rule_for(&c, "Threads"), Some("share-bar"));
    assert!(c.text.ends_with("the council said."), "{}", c.text);
}

/// A newsroom's notes on its own copy at the foot (a correction, a promise to update,
/// an appeal for support, a sponsor's credit, the author's bio) are not the article.
#[test]
fn newsroom_notes_at_the_foot_are_chrome() {
    let c = run("Measles clinics open across the county\nUpdated 4:15 p.m. Tuesday\nThe county health department opened four walk-in measles vaccination clinics on Tuesday after two more cases were confirmed.\nThe trust declined to comment.\nThis story will be updated throughout the day. Our newsroom makes coverage of public-health emergencies free to read; if you value this reporting, please consider subscribing.\nThis article was amended on 6 February 2025. An earlier version gave the wrong number of clinics.\nThis article is sponsored by VitaLion. Consult your doctor before taking supplements.\nHelen Marsh is the Herald's health policy editor. She previously covered social care.\nGet breaking news alerts on your phone. Download the Riverton Herald app.");
    assert_eq!(
        c.text,
        "The county health department opened four walk-in measles vaccination clinics on Tuesday after two more cases were confirmed.\nThe trust declined to comment."
    );
    assert_eq!(rule_for(&c, "Updated 4:15 p.m. Tuesday"), Some("byline"));
    assert_eq!(
        rule_for(
            &c,
            "Helen Marsh is the Herald's health policy editor. She previously covered social care."
        ),
        Some("author-bio")
    );
}

/// A self-media page's account card under the headline: the account's name, its
/// verification badge, a yearless time with the province, a reporter's card line.
#[test]
fn self_media_account_card_under_the_headline() {
    let c = run("春季流感高发，福州市卫健委专家提醒：做好这5点，少生病\n福州健康生活\n已认证 · 优质健康领域创作者\n03-19 10:21 · 福建\n澎湃新闻记者，长期关注医药健康领域\n上周五，福州市卫生健康委员会召开季节性传染病防控专题会，会上专家介绍，近期我市流感样病例就诊比例有所上升。\n进入3月以来，福州早晚温差大，不少市民出现咳嗽、发热等症状。\n作者最新文章\n福州这家社区医院开通夜间门诊，附就诊时间");
    assert_eq!(
        c.text,
        "上周五，福州市卫生健康委员会召开季节性传染病防控专题会，会上专家介绍，近期我市流感样病例就诊比例有所上升。\n进入3月以来，福州早晚温差大，不少市民出现咳嗽、发热等症状。"
    );
    assert_eq!(
        rule_for(&c, "已认证 · 优质健康领域创作者"),
        Some("account-badge")
    );
}

/// A text browser's dump wraps paragraphs at a fixed width: the standfirst wrapped
/// over two lines is one line again, so the headline above it is the title; text saved
/// one paragraph per line is left as it is.
#[test]
fn paragraphs_wrapped_at_a_fixed_width_are_joined() {
    let page = "   [1]Skip to main content\n   [2]Tokyo Health Wire\n\n        Childbirth costs to be covered by public health insurance\n\n   Ministry panel backs plan to end out-of-pocket payments for standard\n   deliveries from fiscal 2026\n\n   By [14]Kenji Morita, Staff Writer\n   Jan. 22, 2024 18:40 JST\n\n   TOKYO -- A health ministry advisory panel on Monday endorsed a plan to\n   cover the cost of standard childbirth under the public health insurance\n   system, in a move aimed at easing the financial burden on young families\n   as the number of births continues to fall.\n\n   Under the current system, childbirth is not regarded as an illness and\n   is largely paid for by the mother. Families instead receive a lump-sum\n   childbirth allowance of 500,000 yen from their insurer, but average\n   costs now exceed that amount in many urban areas, the panel said.\n";
    let c = run(page);
    assert_eq!(
        c.title.as_deref(),
        Some("Childbirth costs to be covered by public health insurance")
    );
    assert!(
        c.text.contains("Ministry panel backs plan to end out-of-pocket payments for standard deliveries from fiscal 2026\n"),
        "{}",
        c.text
    );
    assert!(
        c.text
            .contains("endorsed a plan to cover the cost of standard childbirth"),
        "{}",
        c.text
    );
    assert_eq!(reflow("短行\n第二行"), ["短行", "第二行"]);
}

/// What other tools add to a saved page: Markdown menus and images, a text browser's
/// link numbers and address list, a PDF's contents, page numbers and running head
/// repeated at every page; the article's Markdown headings and links stay as written.
#[test]
fn markdown_link_dumps_and_printed_documents() {
    let c = run("![Pinnacle Family Clinic](https://example.sg/logo.svg)\n* [Home](https://example.sg/)\n* [Services](https://example.sg/services/)\n# Workplace Health Screening for Employers\nOur corporate packages help employers keep staff healthy, with [on-site screening](https://example.sg/onsite/) at your office.\n## What is included\nEach package includes a consultation, blood tests and a report for every employee who takes part.\n### You may also like\n* [5 ways employers can support mental well-being](https://example.sg/blog/a/)");
    assert_eq!(
        c.title.as_deref(),
        Some("Workplace Health Screening for Employers")
    );
    assert_eq!(
        c.text,
        "Our corporate packages help employers keep staff healthy, with [on-site screening](https://example.sg/onsite/) at your office.\n## What is included\nEach package includes a consultation, blood tests and a report for every employee who takes part."
    );
    let c = run("四川省药品监督管理局关于促进中药传承创新发展的若干措施\n【字体：[16]大 [17]中 [18]小】 [19]打印\n为深入贯彻落实党中央、国务院关于促进中医药传承创新发展的决策部署，结合我省实际，制定以下措施。\n支持中药新药研发，对取得中药新药注册证书的企业给予奖励，鼓励医疗机构中药制剂向中药新药转化。\n[qrcode.jpg]\nReferences:\n1. https://yjj.sc.gov.cn/scyjj/c104235/list.shtml\n16. javascript:doZoom(18)");
    assert!(
        c.text.ends_with("鼓励医疗机构中药制剂向中药新药转化。"),
        "{}",
        c.text
    );
    assert_eq!(rule_for(&c, "16. javascript:doZoom(18)"), Some("link-list"));
    let page = "Expanding access to occupational health\nContents\nMinisterial foreword .......................... 3\n1. Summary of responses ........................ 4\nThe government will expand access to occupational health services for employers of every size across the country.\n2\nExpanding access to occupational health: government response\nSmall employers told us that cost was the main barrier to buying occupational health services for their staff.\n3\nExpanding access to occupational health: government response\nWe will test a subsidy for small businesses from April next year in three regions of England.\n4\nExpanding access to occupational health: government response";
    let c = run(page);
    assert!(!c.text.contains("government response"), "{}", c.text);
    assert!(!c.text.contains("...."), "{}", c.text);
    assert_eq!(
        rule_for(
            &c,
            "Expanding access to occupational health: government response"
        ),
        Some("running-head")
    );
}

/// A table header set out with single ideographic spaces under a lead-in is the
/// table's, not a bare label; a sentence sending readers to an account for what the
/// article is about is the article's.
#[test]
fn ideographic_spaced_table_header_and_subject_follow_sentence_stay() {
    let c = run("臺北市立聯合醫院113年度約用護理師甄選\n發布日期：113-03-05\n一、甄選職缺：\n職稱　名額　工作地點\n約用護理師　60名　中興、仁愛、和平婦幼院區\n專科護理師　8名　仁愛院區\n二、報名資格：具中華民國國籍，領有護理師證書，具醫學中心臨床護理經驗一年以上者尤佳。\n市民可关注“健康台北”微信公众号，了解甄选各项安排和报名须知。");
    assert!(c.text.contains("職稱　名額　工作地點"), "{:?}", c.removed);
    assert!(
        c.text.ends_with("了解甄选各项安排和报名须知。"),
        "{}",
        c.text
    );
}

/// The builtin rule files, without the learned line model.
fn rule_sources() -> Vec<(String, String)> {
    [
        (
            "chrome.toml",
            include_str!("../../config/clean/chrome.toml"),
        ),
        (
            "byline.toml",
            include_str!("../../config/clean/byline.toml"),
        ),
    ]
    .iter()
    .map(|(f, t)| (f.to_string(), t.to_string()))
    .collect()
}

fn rules_without_model() -> Rules {
    Rules::from_sources(&rule_sources()).unwrap()
}

/// Cleans a text page with the builtin rules but no line model, so that a test sees
/// what the structural passes alone do.
fn run_plain(text: &str) -> Cleaned {
    clean(
        &text_doc(text),
        &rules_without_model(),
        &SiteProfile::default(),
    )
    .unwrap()
}

/// Builtin rules with a small line model that knows "widget", "loading" and "返回"
/// lines as chrome.
fn rules_with_model() -> Rules {
    let model = "threshold\t1\nprior\t0\nw:widget\t3\nw:loading\t3\nb:返回\t3\nw:general\t3\nw:deck\t3\nw:about\t3\n";
    let mut sources = rule_sources();
    sources.push(("model.tsv".into(), model.into()));
    Rules::from_sources(&sources).unwrap()
}

#[test]
fn the_line_model_removes_unnamed_edge_furniture_only() {
    let page = "A city widens its clinic hours\nDeck widget lines under the headline are kept\nloading the widget for this page\nThe city said on Monday that clinics will open until nine in the evening.\nWidget notes in the middle stay put\nloading widget box\nClinics across all six districts will also open on Saturday mornings from next month.\nGeneral Office of the City Government\nLoading widget\n返回专栏合集";
    let c = clean(
        &text_doc(page),
        &rules_with_model(),
        &SiteProfile::default(),
    )
    .unwrap();
    assert_eq!(
        rule_for(&c, "loading the widget for this page"),
        Some(LEARNED)
    );
    assert_eq!(rule_for(&c, "Loading widget"), Some(LEARNED));
    assert_eq!(rule_for(&c, "返回专栏合集"), Some(LEARNED));
    // Between paragraphs the model must be surer: two chrome words go, one stays.
    assert_eq!(rule_for(&c, "loading widget box"), Some(LEARNED));
    // A deck under the headline, a line between paragraphs and the signing office
    // right under the last paragraph are the article's, whatever the model says.
    for kept in [
        "Deck widget lines under the headline are kept",
        "Widget notes in the middle stay put",
        "General Office of the City Government",
    ] {
        assert!(c.text.lines().any(|l| l == kept), "{kept} in {:?}", c.text);
    }
    // Without a model nothing is learned-chrome.
    let plain = run_plain(page);
    assert!(
        plain.removed.iter().all(|r| r.rule != LEARNED),
        "{:?}",
        plain.removed
    );
}

#[test]
fn a_learned_model_round_trips_through_training() {
    let rules = Rules::builtin().unwrap();
    let mut trainer = Trainer::default();
    let body = vec![
        "一、工作目标".to_string(),
        "The city said on Monday that clinics will open until nine in the evening.".to_string(),
    ];
    let chrome = vec!["返回顶部".to_string(), "返回首页".to_string()];
    learn_lines(&mut trainer, &body, &chrome, &rules);
    // The paragraph is not a line the model is asked about, so it is not counted.
    assert_eq!(trainer.lines(), (1, 2));
}

#[test]
fn a_footer_saved_among_the_paragraphs_goes_as_a_block() {
    let page = format!(
        "Clinics to open on weekends\n{EN_BODY}\nSponsored by: General Office of the City Government Undertaken by: City Big Data Center\nSu ICP Prepared No. 05012418-1 Su Gong Net An Bei 32050802010522\nThe bureau will review the scheme after six months and publish the figures on its website."
    );
    let c = run_plain(&page);
    assert!(
        c.text.ends_with("publish the figures on its website."),
        "{}",
        c.text
    );
    assert!(!c.text.contains("ICP"), "{}", c.text);
    assert!(!c.text.contains("Sponsored by"), "{}", c.text);
    // One footer-like line alone between paragraphs is left to the edge rules.
    let page = format!(
        "Clinics to open on weekends\n{EN_BODY}\nSponsored by: General Office of the City Government\nThe bureau will review the scheme after six months and publish the figures on its website."
    );
    let c = run_plain(&page);
    assert!(c.text.contains("Sponsored by"), "{}", c.text);
}

#[test]
fn a_pull_quote_repeating_the_article_goes() {
    let page = format!(
        "市卫健委出台互联网医院若干措施\n{ZH_BODY}\n市卫生健康委相关负责人表示：“让数据多跑路、群众少跑腿，是互联网医院建设的出发点。”\n“让数据多跑路、群众少跑腿”——市卫生健康委相关负责人\n会议要求，各地要压实责任，确保各项改革任务按期落地见效并定期通报。"
    );
    let c = run(&page);
    assert_eq!(
        rule_for(&c, "“让数据多跑路、群众少跑腿”——市卫生健康委相关负责人"),
        Some("pull-quote")
    );
    assert!(c.text.contains("是互联网医院建设的出发点"));
    // A quotation the article does not print elsewhere is its own text.
    let page = format!("市卫健委出台互联网医院若干措施\n{ZH_BODY}\n“健康是幸福生活最重要的指标”——一位社区医生\n会议要求，各地要压实责任，确保各项改革任务按期落地见效并定期通报。");
    let c = run(&page);
    assert!(c.text.contains("——一位社区医生"), "{}", c.text);
}

#[test]
fn between_the_article_and_the_footer_only_the_document_s_own_lines_stay() {
    let page = format!(
        "区属国企召开年度经营工作会\n{ZH_BODY}\n某某市卫生健康委员会\n2024年4月28日\n（此件公开发布）\n附件：岗位表\n温江区召开2024年优化营商环境大会\n全区春季植树活动启动\n法人办事\n部门服务\n联系电话：028-12345678\n版权所有©2012-2024 某某区人民政府\n蜀ICP备05003312号"
    );
    let c = run_plain(&page);
    for kept in [
        "某某市卫生健康委员会",
        "2024年4月28日",
        "（此件公开发布）",
        "附件：岗位表",
    ] {
        assert!(c.text.lines().any(|l| l == kept), "{kept}: {}", c.text);
    }
    for gone in [
        "温江区召开2024年优化营商环境大会",
        "全区春季植树活动启动",
        "法人办事",
        "部门服务",
    ] {
        assert_eq!(rule_for(&c, gone), Some("tail-chrome"), "{gone}");
    }
    // Without a footer to close the page nothing is swept.
    let page = format!("区属国企召开年度经营工作会\n{ZH_BODY}\n法人办事\n部门服务");
    let c = run_plain(&page);
    assert!(c.text.ends_with("部门服务"), "{}", c.text);
}

#[test]
fn an_exclaiming_teaser_is_a_related_item() {
    let page = format!(
        "吴江一口腔医院推出惠民行动\n{ZH_BODY}\n猜你喜欢\n冬季流感高发，这份就医指南请收好\n吴江这家医院新开了夜间门诊！\n版权所有 吴江区融媒体中心"
    );
    let c = run(&page);
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(
        rule_for(&c, "吴江这家医院新开了夜间门诊！"),
        Some("related-tail")
    );
}

#[test]
fn a_headline_over_a_longer_standfirst_keeps_the_title() {
    let page = "ASIA HEALTH DESK\nPOLICY\nJapan to make wealthier seniors pay more for long-term care\nHealth ministry panel backs higher co-payments and premiums from fiscal 2027\nUpdated 2 hours ago\nTOKYO — A Japanese health ministry advisory panel on Thursday approved a plan to raise long-term care insurance contributions for older people with higher incomes.\nThe ministry estimates the measures would save the insurance system about 30 billion yen a year.";
    let c = run(page);
    assert_eq!(
        c.title.as_deref(),
        Some("Japan to make wealthier seniors pay more for long-term care")
    );
    assert!(c
        .text
        .starts_with("Health ministry panel backs higher co-payments"));
    // A browser title over the headline is not the headline.
    let page = "Hangzhou Municipal Education Bureau - Notice\nHangzhou announces 2024 primary school enrollment schedule\nPublished: 2024-04-01\nThe Hangzhou Municipal Education Bureau announced the 2024 primary school enrollment schedule on Monday, with online registration from May 8.\nParents of children born between September 2017 and August 2018 should register online.";
    let c = run(page);
    assert_eq!(
        c.title.as_deref(),
        Some("Hangzhou announces 2024 primary school enrollment schedule")
    );
}

#[test]
fn furniture_phrasings_of_comment_boxes_counters_and_promotions() {
    let page = format!(
        "缙云：中医药服务进村入户\n{ZH_BODY}\n编辑：叶子　审核：李明\n网友评论\n请文明上网，理性发言。您发表的评论仅代表您个人观点，与本网站立场无关。\n已有0条评论"
    );
    let c = run(&page);
    assert_eq!(c.text, ZH_BODY);
    let c = run(&format!("某区召开会议\n{ZH_BODY}\n您是第 0018562 位访问者"));
    assert_eq!(
        rule_for(&c, "您是第 0018562 位访问者"),
        Some("views-counter")
    );
    assert_eq!(c.text, ZH_BODY);
    let c = run(&format!(
        "某医院推出体检套餐\n{ZH_BODY}\n【限時優惠】升級方案即日起至6月30日止，預約再送早餐券一張"
    ));
    assert_eq!(c.text, ZH_BODY);
    let c = run(&format!(
        "入冬后坚持这5个习惯\n收录于合集 #冬季养生 14个\n{ZH_BODY}"
    ));
    assert_eq!(rule_for(&c, "收录于合集 #冬季养生 14个"), Some("wechat-ui"));
}

#[test]
fn english_furniture_phrasings() {
    let page = format!(
        "Clinics to open on weekends\n{EN_BODY}\nScan the QR code, pay attention to \"Health Suzhou\"\nGuess you like\nIs it safe to take the children to get the flu vaccine in spring this year?\nRSS"
    );
    let c = run(&page);
    assert_eq!(c.text, EN_BODY);
    let page = format!(
        "Clinics to open on weekends\nLast updated 5 February 2026 — corrected the number of practices in the North East\n{EN_BODY}\nEarn up to 1,500 points when you log 10,000 steps a day. Download the app now.\nThe bureau will review the scheme after six months and publish the figures on its website.\nGet the Daily Brief\nThe day's top health policy stories, in your inbox every weekday by 7 a.m. ET.\nThis article has been reviewed by dietitians at a public healthcare cluster.\nAttachment: List of recruiting hospitals and positions (xlsx)"
    );
    let c = run(&page);
    assert_eq!(
        c.text,
        format!("{EN_BODY}\nThe bureau will review the scheme after six months and publish the figures on its website.")
    );
    assert_eq!(
        rule_for(
            &c,
            "Last updated 5 February 2026 — corrected the number of practices in the North East"
        ),
        Some("page-meta")
    );
}

#[test]
fn a_goods_row_is_no_metadata_byline() {
    let page = "数字化X射线摄影系统采购项目中标结果公告\n一、项目编号：JSZC-2023-0187\n四、主要标的信息\n名称：双板数字化X射线摄影系统　品牌：瑞影　规格型号：RY-DR8600　数量：2套\n本项目采购预算为人民币400万元，采购方式为公开招标，各有关当事人对中标结果有异议的，可在公告期限届满之日起七个工作日内提出质疑。";
    let c = run(page);
    assert!(
        c.text.contains("名称：双板数字化X射线摄影系统"),
        "{}",
        c.text
    );
}

#[test]
fn a_sidebar_dumped_above_the_footer_goes_with_its_teaser_questions() {
    let page = format!(
        "Yulin launches free HPV vaccination for girls\n{EN_BODY}\nNext: Our center holds the National Children's Vaccination Day publicity\nHealth Education\nScientific understanding of rabies exposure post-exposure disposal\nWhat should parents know before the child's first vaccination?\nNotice Board\nAddress: Yulin CDC, Guangxi   Tel: 0775-2682301   桂ICP备13002416号"
    );
    let c = run_plain(&page);
    assert_eq!(c.text, EN_BODY);
    assert_eq!(
        rule_for(
            &c,
            "What should parents know before the child's first vaccination?"
        ),
        Some("tail-chrome")
    );
}

#[test]
fn a_footer_s_two_cell_lines_are_no_table_and_its_copyright_sentence_goes() {
    let page = format!(
        "花蓮醫院招募約用護理師\n{ZH_BODY}\n分享：Facebook LINE X 列印\n回上一頁　回頁首\n970花蓮縣花蓮市民權路236號　總機：(03)822-7630\nCopyright © 衛生福利部花蓮醫院 All rights reserved."
    );
    let c = run_plain(&page);
    assert_eq!(rule_for(&c, "回上一頁　回頁首"), Some("tail-chrome"));
    assert_eq!(
        rule_for(&c, "Copyright © 衛生福利部花蓮醫院 All rights reserved."),
        Some("copyright-footer")
    );
    // A two-column table with a figure in every row stays.
    let page =
        format!("某院招聘护士公告\n{ZH_BODY}\n急诊科　3名\n内科病房　2名\n版权所有 某某医院");
    let c = run_plain(&page);
    assert!(c.text.ends_with("急诊科　3名\n内科病房　2名"), "{}", c.text);
}

#[test]
fn a_tip_that_something_cannot_replace_treatment_is_no_disclaimer() {
    let tip = "Tips: Portable oxygen bottles can be bought at pharmacies, but they are only for emergency relief and cannot replace medical treatment.";
    let c = run(&format!("Altitude sickness tips\n{EN_BODY}\n{tip}"));
    assert!(c.text.ends_with(tip), "{}", c.text);
    let note = "The information in this article cannot replace medical advice from your doctor.";
    let c = run(&format!("Altitude sickness tips\n{EN_BODY}\n{note}"));
    assert_eq!(c.text, EN_BODY);
}

#[test]
fn a_mobile_post_s_timestamp_and_reaction_bar_go() {
    let page = format!(
        "苏州部署健康城市建设新三年行动\n苏州日报 3月19日 08:30\n{ZH_BODY}\n赞 128 分享 举报"
    );
    let c = run(&page);
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(rule_for(&c, "苏州日报 3月19日 08:30"), Some("byline"));
    // A yearless date alone in a sentence's opening is the article's.
    assert!(run(&format!(
        "标题\n{ZH_BODY}\n3月19日 全市开展爱国卫生运动，各社区同步行动。"
    ))
    .text
    .contains("3月19日 全市开展"));
}

#[test]
fn widgets_buttons_review_dates_and_crawler_status_go() {
    let page = format!(
        "<< 抓取完成 | 耗时 1.4s >>\n华澄药业上半年营收增长12.3%\n{ZH_BODY}\n文中提及\n华澄药业 688317\n康屹生物 301452"
    );
    let c = run(&page);
    assert_eq!(c.text, ZH_BODY);
    assert_eq!(rule_for(&c, "文中提及"), Some("stock-quote"));
    let page = format!(
        "Stay well this winter\n{EN_BODY}\nLast reviewed: January 2024 · Next review due: January 2027\nBook your free check ›"
    );
    let c = run(&page);
    assert_eq!(c.text, EN_BODY);
}

#[test]
fn fields_below_the_site_s_furniture_are_the_site_s() {
    let page = format!(
        "Taizhou lands the ninth batch of volume-based procurement\n{EN_BODY}\n[Print this page] [Close window]\nTaizhou Medical Security Bureau Address: No. 618 Shifu Avenue, Jiaojiang District  Zip code: 318000\nZhejiang ICP No. 10203581-2"
    );
    let c = run_plain(&page);
    assert_eq!(c.text, EN_BODY);
    // A notice's own fields right under its text stay.
    let page = format!(
        "Taizhou lands the ninth batch of volume-based procurement\n{EN_BODY}\nContact person: Ms. Ye\nOffice: Room 301, City Medical Security Bureau\nZhejiang ICP No. 10203581-2"
    );
    let c = run_plain(&page);
    assert!(
        c.text
            .ends_with("Contact person: Ms. Ye\nOffice: Room 301, City Medical Security Bureau"),
        "{}",
        c.text
    );
}

#[test]
fn the_h1_the_og_title_names_beats_a_subtitle_of_the_same_length() {
    let c = html_doc(
        r#"<html><head><title>泰州（上海）重点产业招商推介会举行 现场签约项目56个 总投资628亿元 - 泰州市人民政府</title>
<meta property="og:title" content="泰州（上海）重点产业招商推介会举行"></head><body>
<div class="article"><h2 class="yt">拼经济 抓项目 促发展</h2><h1>泰州（上海）重点产业招商推介会举行</h1>
<h3 class="ft">现场签约项目56个 总投资628亿元</h3>
<p>3月14日，泰州（上海）重点产业招商推介会在上海举行，来自长三角地区的200余位企业家参加活动。</p>
<p>现场集中签约项目56个，总投资628亿元，涵盖储能电池、海工装备、高性能纤维等领域。</p></div></body></html>"#,
    );
    assert_eq!(
        c.title.as_deref(),
        Some("泰州（上海）重点产业招商推介会举行")
    );
}

#[test]
fn a_bracketed_advertisement_between_paragraphs_goes() {
    let ad = "[Advertisement] Taizhou Bank \"Pharmaceutical Enterprise Loan\": low interest, fast approval, click to learn more";
    let page = "Taizhou pharma group reports higher annual revenue\nThe group said on Monday that its revenue rose 12 percent last year as hospital demand for its generic drugs recovered.\n"
        .to_string()
        + ad
        + "\nThe company plans to spend more on research into new drugs for chronic diseases over the next three years.";
    let c = run(&page);
    assert_eq!(rule_for(&c, ad), Some("ad"));
}

#[test]
fn an_article_s_own_header_keeps_its_standfirst() {
    let c = html_doc(
        r#"<html><head><title>Trusts to bid for 2,000 extra nursing apprenticeships | Health Service Journal</title></head><body>
<header class="masthead"><a href="/">Health Service Journal</a><nav><a href="/news">News</a></nav></header>
<article class="story"><header class="story-head"><h1>Trusts to bid for 2,000 extra nursing apprenticeships</h1>
<p class="standfirst">Trusts told to bid by the end of June as national bodies try to cut agency spending</p></header>
<p>NHS trusts in England can bid for a share of 2,000 extra registered nurse degree apprenticeships, national bodies said on Tuesday.</p>
<p>The places will be funded from September and are aimed at healthcare support workers already employed by trusts.</p></article></body></html>"#,
    );
    assert!(
        c.text.starts_with("Trusts told to bid by the end of June"),
        "{}",
        c.text
    );
    assert!(!c.text.contains("News"), "{}", c.text);
}

#[test]
fn a_byline_ending_with_a_company_s_name_is_a_byline() {
    let page = format!(
        "Kangtai reports 2023 results\nMar 28, 2024, 06:30 ET Source: Kangtai Pharmaceutical Group Co., Ltd.\n{EN_BODY}\n[crawl] fetched 2024-05-21T05:11:09Z"
    );
    let c = run(&page);
    assert_eq!(c.text, EN_BODY);
    assert_eq!(
        rule_for(
            &c,
            "Mar 28, 2024, 06:30 ET Source: Kangtai Pharmaceutical Group Co., Ltd."
        ),
        Some("byline")
    );
    assert_eq!(
        c.meta.source.as_deref(),
        Some("Kangtai Pharmaceutical Group Co., Ltd.")
    );
    let page = format!("福州市家庭医生签约服务提质增效行动方案解读\n{ZH_BODY}\n原文链接：福州市卫生健康委员会等6部门关于印发《福州市家庭医生签约服务提质增效行动方案》的通知");
    let c = run(&page);
    assert_eq!(c.text, ZH_BODY);
}
