//! Unit tests for the whole classifier on small documents written for these tests,
//! and on excerpts of the seed pages as a cleaner would deliver them.

use super::*;
use crate::document::{Cleaned, PageMeta};

fn doc(title: &str, text: &str) -> Cleaned {
    Cleaned {
        title: (!title.is_empty()).then(|| title.to_string()),
        text: text.to_string(),
        removed: Vec::new(),
        meta: PageMeta::default(),
    }
}

fn tax() -> &'static Taxonomy {
    static TAX: std::sync::LazyLock<Taxonomy> =
        std::sync::LazyLock::new(|| Taxonomy::builtin(0.5).unwrap());
    &TAX
}

fn tag_ids(c: &Classified) -> Vec<&str> {
    c.tags.iter().map(|t| t.id.as_str()).collect()
}

fn region_codes(c: &Classified) -> Vec<&str> {
    c.regions.iter().map(|r| r.code.as_str()).collect()
}

// ---- positives --------------------------------------------------------------------

#[test]
fn municipal_health_conference_is_policy() {
    let c = classify(
        &doc(
            "全市卫生健康现代化建设动员部署会暨健康丽水建设推进会召开",
            "昨日，全市卫生健康现代化建设动员部署会召开。市委书记出席会议并讲话，省卫生健康委主任出席。\n会上，市卫生健康委、市医保局、缙云县、市中心医院负责人作交流发言。\n要深化医改，推进分级诊疗，加强基层医疗卫生服务体系建设，推进医共体建设。",
        ),
        tax(),
    );
    assert!(c.health_policy.is_policy);
    assert!(c.health_policy.score > 0.8, "{}", c.health_policy.score);
    assert_eq!(c.lang, "zh");
    let tags = tag_ids(&c);
    assert!(tags.contains(&"medical-reform"), "{tags:?}");
    assert!(tags.contains(&"healthy-city"), "{tags:?}");
    assert!(tags.len() <= 4);
    let regions = region_codes(&c);
    assert!(
        regions.contains(&"331100") && regions.contains(&"331122"),
        "{regions:?}"
    );
    assert!(c.health_policy.evidence.iter().any(|e| e.field == "title"));
}

#[test]
fn machine_translated_policy_is_policy() {
    let c = classify(
        &doc(
            "Work hard to provide Suzhou people with more convenient and high-quality health and health services",
            "Yesterday (March 19), the city held a health Suzhou Construction Promotion Conference. The Secretary of the Municipal Party Committee and the director of the Provincial Health and Health Commission attended and spoke, promoting the construction of Healthy Suzhou. The Suzhou Municipal Government and the Chinese Academy of Traditional Chinese Medicine signed a contract to build a National Medical Center of TCM.",
        ),
        tax(),
    );
    assert!(c.health_policy.is_policy, "{}", c.health_policy.score);
    assert_eq!(c.published, None, "no year on the page");
    assert_eq!(c.lang, "en");
    assert!(
        region_codes(&c).contains(&"320500"),
        "{:?}",
        region_codes(&c)
    );
    assert!(tag_ids(&c).contains(&"healthy-city"), "{:?}", tag_ids(&c));
}

#[test]
fn foreign_health_policy_counts_too() {
    let c = classify(
        &doc(
            "NHS England publishes plan to cut waiting lists",
            "The Department of Health and Social Care said the government will fund new diagnostic centres. The plan sets targets for hospitals and primary care, the minister told Parliament, and the policy will be reviewed next year.",
        ),
        tax(),
    );
    assert!(c.health_policy.is_policy, "{}", c.health_policy.score);
    // Enrolment is what residents do in insurance and programmes, not only in trials.
    assert!(
        !c.health_policy
            .evidence
            .iter()
            .any(|e| e.weight < 0.0 && e.term.starts_with("enrol")),
        "{:?}",
        c.health_policy.evidence
    );
}

#[test]
fn traditional_script_matches() {
    let c = classify(
        &doc(
            "市衛生健康委印發深化醫改實施方案",
            "為推進分級診療，市衛生健康委、市醫保局聯合印發實施方案，加強基層醫療衛生服務。",
        ),
        tax(),
    );
    assert!(c.health_policy.is_policy, "{}", c.health_policy.score);
    assert!(tag_ids(&c).contains(&"medical-reform"));
}

// ---- hard negatives (written for these tests) ---------------------------------------

fn assert_not_policy(title: &str, text: &str) {
    let c = classify(&doc(title, text), tax());
    assert!(
        !c.health_policy.is_policy,
        "{title}: score {} evidence {:?}",
        c.health_policy.score, c.health_policy.evidence
    );
}

#[test]
fn clinic_promotion_is_not_policy() {
    assert_not_policy(
        "春季体检套餐限时优惠，专家坐诊",
        "本院特推出春季体检套餐，原价598元，现价298元，限时优惠。预约热线：400-000-0000。名医坐诊，扫码加微信享更多折扣。",
    );
    assert_not_policy(
        "Spring check-up special offer at our clinic",
        "Book now: our clinic offers a limited time discount on full health check packages. Our doctors are available seven days a week. Call now for a free consultation, coupon code SPRING.",
    );
}

#[test]
fn wellness_tips_are_not_policy() {
    assert_not_policy(
        "秋冬养生：这几种食物要多吃",
        "专家提醒，秋冬季节要注意养生，多喝水，睡前不要吃太多。建议大家吃什么好呢？这几种食物有助于健康，你知道吗？",
    );
    assert_not_policy(
        "Five simple ways to sleep better",
        "Here's how to boost your sleep: keep regular habits, avoid screens, and try these wellness tips. Your body will thank you, and a better diet helps your health too.",
    );
}

#[test]
fn trial_results_are_not_policy() {
    assert_not_policy(
        "某创新药III期临床试验达到主要终点",
        "公司宣布，其在研药物的随机对照III期临床试验达到主要终点，与安慰剂组相比，受试者无进展生存期显著延长，客观缓解率提高。",
    );
    assert_not_policy(
        "Phase 3 trial of new drug meets primary endpoint",
        "The randomized, placebo-controlled phase 3 trial enrolled 800 participants. Topline data showed the drug met its primary endpoint, improving progression-free survival; efficacy was consistent across subgroups.",
    );
}

#[test]
fn earnings_are_not_policy() {
    assert_not_policy(
        "某医药集团发布年报：净利润同比增长12%",
        "报告期内，公司实现营业收入120亿元，同比增长8%；归母净利润15亿元，同比增长12%。医药板块毛利率提升，每股收益0.85元，拟向股东分红。",
    );
    assert_not_policy(
        "Drugmaker beats quarterly earnings estimates",
        "The company reported quarterly revenue of $4.2 billion and net income of $900 million, or $1.10 per share. Shares rose after it raised full-year guidance; gross margin improved on strong hospital demand.",
    );
}

#[test]
fn job_ads_are_not_policy() {
    assert_not_policy(
        "某市人民医院2024年公开招聘护理人员公告",
        "根据工作需要，我院招聘护士20名。报名条件：全日制大专及以上学历，年龄要求35周岁以下。报名方式：将简历发送至邮箱。待遇：五险一金，薪资面议。笔试、面试时间另行通知。",
    );
}

#[test]
fn tenders_are_not_policy() {
    assert_not_policy(
        "某县人民医院医疗设备采购项目招标公告",
        "项目名称：医疗设备采购项目。预算金额：300万元，最高限价300万元。采购人：某县人民医院。投标人须具备相关资质，开标时间另行通知，供应商请于截止时间前递交投标文件。",
    );
}

#[test]
fn economic_conference_mentioning_health_once_is_not_policy() {
    assert_not_policy(
        "全市经济工作会议召开",
        "会议指出，今年全市地区生产总值增长6%，固定资产投资稳步增长，招商引资成效明显，签约项目120个，营商环境持续优化，制造业和数字经济加快发展。工业增加值、外贸进出口保持增长，开发区和高新区建设提速。会议要求，做好民生保障，办好教育、医疗等民生实事。",
    );
}

#[test]
fn threshold_is_configurable() {
    let text = "市卫生健康委召开会议，部署公共卫生工作。";
    let low = classify(&doc("", text), &Taxonomy::builtin(0.01).unwrap());
    let high = classify(&doc("", text), &Taxonomy::builtin(0.999).unwrap());
    assert_eq!(low.health_policy.score, high.health_policy.score);
    assert!(low.health_policy.is_policy);
    assert!(!high.health_policy.is_policy);
}

#[test]
fn scores_stay_in_unit_interval_and_evidence_is_signed() {
    let c = classify(
        &doc("招聘公告", "招聘 招聘 招聘 优惠 限时 营收 净利润 中标 招标"),
        tax(),
    );
    assert!((0.0..=1.0).contains(&c.health_policy.score));
    // Every term here is a negative cue; only the topic summary (招聘 is workforce
    // vocabulary) may count the other way.
    assert!(c
        .health_policy
        .evidence
        .iter()
        .filter(|e| e.field != "topics")
        .all(|e| e.weight < 0.0));
    let empty = classify(&doc("", ""), tax());
    assert!(!empty.health_policy.is_policy);
    assert!(empty.tags.is_empty() && empty.regions.is_empty());
    assert_eq!(empty.lang, "und");
}

// ---- tags ----------------------------------------------------------------------------

#[test]
fn passing_mentions_do_not_make_tags() {
    let c = classify(
        &doc(
            "市医保局部署医保基金监管工作",
            "会议强调，要加强医保基金监管，严厉打击欺诈骗保行为，推进医保支付方式改革，做好参保扩面和异地就医直接结算工作，确保医保基金安全。会议还提到中医。",
        ),
        tax(),
    );
    let tags = tag_ids(&c);
    assert_eq!(tags.first(), Some(&"medical-insurance"), "{tags:?}");
    assert!(!tags.contains(&"tcm"), "{tags:?}");
    assert!(c.tags.iter().all(|t| t.score > 0.0 && t.score < 1.0));
}

#[test]
fn english_tags_from_machine_translation() {
    let c = classify(
        &doc(
            "Changzhou propels health initiative with nine key actions, forging path for healthy city development",
            "Changzhou has introduced the Three-Year Action Plan for Advancing Healthcare, complemented by nine subsidiary plans, including the systematic integration of pharmaceuticals, health insurance, and medical care, the deepening of the tiered diagnosis and treatment system, training programs for medical and health professionals, promoting family doctor contract services, public health service capabilities, the citywide medical emergency service network, and the innovative development of traditional Chinese medicine.",
        ),
        tax(),
    );
    let tags = tag_ids(&c);
    assert!(tags.contains(&"healthy-city"), "{tags:?}");
    assert!(tags.len() <= 4, "{tags:?}");
    assert!(c.health_policy.is_policy);
    assert!(region_codes(&c).contains(&"320400"));
    assert_eq!(c.published, None);
}

// ---- language --------------------------------------------------------------------------

#[test]
fn language_detection() {
    assert_eq!(
        detect_lang("市卫生健康委召开会议 www.example.gov.cn Home English"),
        "zh"
    );
    assert_eq!(
        detect_lang("The commission issued a notice on health reform."),
        "en"
    );
    assert_eq!(
        detect_lang("厚生労働省は、医療制度について発表した。"),
        "ja"
    );
    assert_eq!(detect_lang("보건복지부는 의료 개혁을 발표했다"), "ko");
    assert_eq!(detect_lang("12345 ---"), "und");
}

// ---- seed-like documents, dates and regions end to end -----------------------------------

#[test]
fn seed_like_documents() {
    let t = tax();
    let lishui = Cleaned {
        meta: PageMeta {
            published: vec!["2024年5月10日".into()],
            ..PageMeta::default()
        },
        ..doc(
            "全市卫生健康现代化建设动员部署会暨健康丽水建设推进会召开",
            "会上，市卫生健康委、市医保局、缙云县负责人作交流发言。",
        )
    };
    let c = classify(&lishui, t);
    assert_eq!(
        c.published.map(|d| d.to_string()).as_deref(),
        Some("2024-05-10")
    );

    let liupanshui = doc(
        "Liupanshui City leaders went to Shuicheng District to investigate health and health work",
        "Author:Guizhou Window Time:2022.09.01\nOn September 1, the deputy mayor of the Liupanshui City People's Government went to Shuicheng District to investigate medical reform, the national basic drug system, village doctors and epidemic prevention and control.",
    );
    let c = classify(&liupanshui, t);
    assert!(c.health_policy.is_policy, "{}", c.health_policy.score);
    assert_eq!(
        c.published.map(|d| d.to_string()).as_deref(),
        Some("2022-09-01")
    );
    let r = region_codes(&c);
    assert!(
        r.contains(&"520200")
            && r.contains(&"520204")
            && r.contains(&"520000")
            && !r.contains(&"520221"),
        "{r:?}"
    );

    let chengdu = doc(
        "Leaders of health Service Development Department of Municipal Health Commission visited Chengdu High-tech Medical Association to guide the work",
        "Author:质控  Addtime:2022-05-13\nOn the afternoon of May 12, 2022, the director of Chengdu Health Commission visited Chengdu High-tech Medical Association, discussing the big health industry, biological medicine and health chengdu construction.",
    );
    let c = classify(&chengdu, t);
    assert!(c.health_policy.is_policy, "{}", c.health_policy.score);
    assert_eq!(
        c.published.map(|d| d.to_string()).as_deref(),
        Some("2022-05-13")
    );
    assert!(region_codes(&c).contains(&"510100"));
}

#[test]
fn one_kind_of_evidence_alone_is_not_enough() {
    // Government action without health content.
    assert_not_policy(
        "市政府召开常务会议",
        "市长主持召开市政府常务会议，研究部署交通、教育、城市建设等工作，印发实施方案，推进改革试点，落实政策文件。",
    );
    // Health content without any government action.
    assert_not_policy(
        "",
        "医院的医生和护士为患者提供诊疗服务，健康和医疗是大家关心的话题，患者就医更方便。",
    );
}

// ---- the shipped gazetteer ---------------------------------------------------------------

fn builtin_regions(title: &str, body: &str) -> Vec<String> {
    let mut c: Vec<String> = tax()
        .gazetteer
        .regions(&Text::new(title), &Text::new(body))
        .into_iter()
        .map(|h| h.code)
        .collect();
    c.sort();
    c
}

#[test]
fn shipped_gazetteer_resolves_suzhou_by_context() {
    assert_eq!(builtin_regions("Healthy Suzhou", ""), ["320000", "320500"]);
    assert_eq!(builtin_regions("", "苏州市卫健委"), ["320000", "320500"]);
    let anhui = builtin_regions("Suzhou, Anhui Province, trains village doctors", "");
    assert!(anhui.contains(&"341300".to_string()), "{anhui:?}");
    assert!(!anhui.contains(&"320500".to_string()), "{anhui:?}");
    assert_eq!(
        builtin_regions("", "宿州市砀山县"),
        ["340000", "341300", "341321"]
    );
}

#[test]
fn shipped_gazetteer_counties_pinyin_and_countries() {
    let r = builtin_regions("Liupanshui City leaders went to Shuicheng District", "");
    for code in ["520000", "520200", "520204"] {
        assert!(r.contains(&code.to_string()), "{code} {r:?}");
    }
    assert!(
        !r.contains(&"520221".to_string()),
        "a former code is not a place: {r:?}"
    );
    assert_eq!(
        builtin_regions("健康丽水", "缙云县、莲都区"),
        ["330000", "331100", "331102", "331122"]
    );
    assert_eq!(
        builtin_regions("", "Changzhou hosted the conference"),
        ["320000", "320400"]
    );
    assert_eq!(builtin_regions("", "日本和英国的卫生部门"), ["GB", "JP"]);
    // Common words, institutions and pronouns are not places.
    assert!(
        builtin_regions("", "中山大学附属医院 白银价格 日照时间 contact US who said").is_empty()
    );
}

#[test]
fn english_hard_negatives() {
    assert_not_policy(
        "City hospital invites bids for new outpatient building",
        "Tender notice: the municipal people's hospital invites qualified bidders for the construction of its outpatient building. Budget amount: 48 million yuan. Suppliers must submit bidding documents before 9:00 on May 20; bid opening will take place at the procurement agency.",
    );
    assert_not_policy(
        "We are hiring: registered nurses for the cardiology department",
        "The hospital is recruiting 20 registered nurses. Requirements: nursing degree, valid licence, two years of experience. Salary is competitive with full benefits. Applicants should send a resume before the application deadline; shortlisted candidates will be invited to an interview.",
    );
    assert_not_policy(
        "City economic work conference sets 6% growth target",
        "The municipal government held its economic work conference, setting a GDP growth target of 6 percent. Investment in manufacturing and the digital economy will rise, exports remain stable and the business environment will improve. Officials also mentioned education and health among livelihood projects.",
    );
}

#[test]
fn notices_issued_by_health_authorities_are_still_not_policy() {
    assert_not_policy(
        "某市卫生健康委员会所属事业单位2024年公开招聘工作人员公告",
        "根据有关规定，市卫生健康委所属事业单位公开招聘工作人员30名。报名条件：具有全日制本科及以上学历，年龄要求35周岁以下。报名方式：网上报名，报名时间为5月6日至5月10日。笔试、面试成绩合成总成绩，按招聘岗位计划数确定体检人选。薪资待遇按事业单位有关规定执行。",
    );
    assert_not_policy(
        "某县卫生健康局基层医疗机构设备采购项目招标公告",
        "项目名称：基层医疗机构设备采购项目。采购人：某县卫生健康局。预算金额：560万元，最高限价560万元。投标人须具备医疗器械经营资质，供应商应于投标截止时间前递交投标文件，开标地点为县公共资源交易中心，评标委员会依法组建。",
    );
}

#[test]
fn a_term_listed_under_two_topics_counts_for_both() {
    let toml = "[[topic]]\nid = \"medical-reform\"\nterms = [\"county medical community\", \"reform\"]\n\
                [[topic]]\nid = \"primary-care\"\nterms = [\"county medical community\", \"village doctor\"]\n";
    let t = Taxonomy::from_sources(&[("t.toml".to_string(), toml.to_string())], 0.5).unwrap();
    let title = Text::new("County medical community construction");
    let body = Text::new("The county medical community serves every village.");
    let mut ids: Vec<String> = super::tags(&super::topic_evidence(&title, &body, &t), &t)
        .into_iter()
        .map(|t| t.id)
        .collect();
    ids.sort();
    assert_eq!(ids, ["medical-reform", "primary-care"]);
}

#[test]
fn mt_county_medical_community_and_village_doctor_teams() {
    let c = classify(
        &doc(
            "Zunyi City held the county-level medical community and village doctor team construction meeting",
            "The municipal health commission said the city has built 17 county medical communities. \
             The government will strengthen the training and recruitment of village doctors and \
             include them in township health center management.",
        ),
        tax(),
    );
    let ids = tag_ids(&c);
    for want in ["medical-reform", "primary-care", "health-workforce"] {
        assert!(ids.contains(&want), "{want} missing from {ids:?}");
    }
}

#[test]
fn source_name_places_a_page_that_names_no_place() {
    let mut d = doc("医保局召开工作会议", "会议部署全省医保基金监管工作。");
    d.meta.source = Some("湖北省医疗保障局".to_string());
    assert_eq!(region_codes(&classify(&d, tax())), ["420000"]);
    // The article's own places win over the site's.
    let mut d = doc("武汉医保工作会议", "武汉市医保局部署工作。");
    d.meta.source = Some("江苏省医疗保障局".to_string());
    assert!(!region_codes(&classify(&d, tax())).contains(&"320000"));
}

#[test]
fn kaifeng_as_a_word_in_traditional_script_is_no_place() {
    let c = classify(
        &doc(
            "益生菌怎麼吃才有效",
            "益生菌開封後請冷藏，未開封的產品放在陰涼處。",
        ),
        tax(),
    );
    assert!(c.regions.is_empty(), "{:?}", region_codes(&c));
}

#[test]
fn site_header_and_footer_place_a_page_whose_article_names_none() {
    use crate::document::Removal;
    let mut d = doc(
        "省医保局部署门诊慢特病跨省直接结算工作",
        "会议部署全省医保基金监管工作。",
    );
    let removal = |text: &str| Removal {
        text: text.to_string(),
        rule: "test".to_string(),
    };
    d.removed = vec![
        removal("湖北省医疗保障局"),
        removal("首页 > 新闻动态"),
        removal("主办单位：湖北省医疗保障局  地址：武汉市武昌区中北路"),
    ];
    // The footer's address (武汉, 武昌) is not the publisher's identity.
    assert_eq!(region_codes(&classify(&d, tax())), ["420000"]);
}

#[test]
fn a_strong_topic_counts_as_health_evidence() {
    // A service-delivery policy in the topic's own words (elderly meals) with few
    // of the policy model's health-system cues.
    let page = doc(
        "市民政局印发老年助餐服务行动方案",
        "市民政局会同市财政局印发《老年助餐服务行动方案》，明确到年底全市城乡社区老年食堂和助餐点实现全覆盖。\n\
         对年满60周岁的老年人实行分类助餐补贴，失能、半失能老年人可享受送餐上门服务。\n\
         各区要在6月底前完成助餐点布局规划，民政部门将老年助餐纳入养老服务质量评价。",
    );
    let with_topics = classify(&page, tax());
    assert!(
        with_topics.health_policy.is_policy,
        "{}",
        with_topics.health_policy.score
    );
    assert!(with_topics
        .health_policy
        .evidence
        .iter()
        .any(|e| e.field == "topics" && e.term == "topic elderly-care"));
    assert_eq!(tag_ids(&with_topics), ["elderly-care"]);

    let sources = [
        (
            "taxonomy.toml".to_string(),
            include_str!("../../config/taxonomy/taxonomy.toml").to_string(),
        ),
        (
            "no-topics.toml".to_string(),
            "[policy]\ntopic_weight = 0.0\n".to_string(),
        ),
    ];
    let without = Taxonomy::from_sources(&sources, 0.5).unwrap();
    let score = classify(&page, &without).health_policy.score;
    assert!(
        score < with_topics.health_policy.score,
        "{score} vs {}",
        with_topics.health_policy.score
    );
}

#[test]
fn advice_from_a_health_authority_is_not_policy() {
    assert_not_policy(
        "Cold snap: keeping warm and well",
        "The county health department has issued a cold-weather alert until Monday.\n\
         Make sure you heat at least one room to 18C, and try to keep moving indoors.\n\
         Drink plenty of warm drinks and check on elderly neighbours.\n\
         If you feel unwell, call the NHS helpline or seek medical advice from your pharmacist.",
    );
    assert_not_policy(
        "冬季流感高发 这份防护指南请收好",
        "区疾控中心专家提醒，冬季是流感高发季节，市民要做好以下几点：\n\
         1. 勤洗手、常通风，少去人群密集场所；\n2. 注意保暖，多喝温水；\n\
         3. 出现发热、咳嗽等症状要及时就医。\n小贴士：老年人和儿童可到社区卫生服务中心接种流感疫苗。",
    );
}

#[test]
fn research_findings_are_not_policy_but_programme_enrolment_is() {
    assert_not_policy(
        "Twice-yearly injection cuts blood pressure, trial finds",
        "A twice-yearly injection lowered blood pressure as well as daily tablets in a trial \
         run at 40 NHS hospitals, researchers reported in a medical journal.\n\
         Patients were randomly assigned to the injection or to tablets; the chief investigator \
         said the findings support a larger study. The drug regulator will review the data.",
    );
    let c = classify(
        &doc(
            "More family doctors join national chronic care programme",
            "The Ministry of Health said 1.2 million residents have enrolled in the national \
             chronic care programme, and 300 more family doctors will join it from July.\n\
             Enrolled residents receive subsidised check-ups for diabetes and hypertension \
             under the government's plan, the minister told parliament.",
        ),
        tax(),
    );
    assert!(c.health_policy.is_policy, "{}", c.health_policy.score);
    // Enrolment is what residents do in insurance and programmes, not only in trials.
    assert!(
        !c.health_policy
            .evidence
            .iter()
            .any(|e| e.weight < 0.0 && e.term.starts_with("enrol")),
        "{:?}",
        c.health_policy.evidence
    );
}

#[test]
fn the_national_addressee_formula_names_no_region() {
    let regions = builtin_regions(
        "关于做好药品集中带量采购中选结果落地工作的通知",
        "各省、自治区、直辖市及新疆生产建设兵团医疗保障局：\n现就做好中选结果落地工作通知如下。",
    );
    assert!(regions.is_empty(), "{regions:?}");
    let regions = builtin_regions(
        "新疆启动全民健康体检",
        "新疆维吾尔自治区卫生健康委部署全民健康体检工作。",
    );
    assert_eq!(regions, ["650000"]);
}

#[test]
fn a_publisher_footer_places_a_page_whose_article_names_no_place() {
    use crate::document::Removal;
    let removal = |rule: &str, text: &str| Removal {
        rule: rule.to_string(),
        text: text.to_string(),
    };
    let mut page = doc(
        "Weekly pill halves migraine days, study finds",
        "A weekly pill halved the number of migraine days in a study of 600 adults.",
    );
    page.removed = vec![
        removal("header-chrome", "Health Daily"),
        removal("nav-menu", "News  Singapore  Asia  Sport"),
        removal(
            "publisher-footer",
            "Health Daily is published by Example Media Ltd. Registered in England and Wales No. 01234567.",
        ),
    ];
    assert_eq!(region_codes(&classify(&page, tax())), ["GB"]);
    // A navigation tab is not the publisher.
    page.removed.truncate(2);
    assert!(region_codes(&classify(&page, tax())).is_empty());
}

#[test]
fn event_notices_and_contract_awards_are_not_policy() {
    assert_not_policy(
        "2024滨江半程马拉松周六开跑 部分路段实行交通管制",
        "市公安局交警支队发布通告，赛事期间江滨大道等路段实行交通管制，请市民提前规划出行路线、绕行。\n\
         赛道沿线设置医疗救护点12个，市卫生健康部门安排医疗志愿者保障参赛选手安全。\n\
         地铁1号线当天提前一小时运营，公交线路临时调整。",
    );
    assert_not_policy(
        "Community Podiatry Service: contract award notice",
        "Notice identifier: 2025/S 000-001234. The NHS integrated care board has awarded the contract \
         for community podiatry to Footcare Partners Ltd.\n\
         Contract value: £4.2 million. Number of tenders received: 3. Contract period: 1 April 2025 to \
         31 March 2028. The contractor will provide clinics in GP practices across the county.",
    );
}

#[test]
fn single_country_health_institutions_name_their_country() {
    let c = classify(
        &doc(
            "Negotiated drug prices cut Part D spending",
            "The Centers for Medicare & Medicaid Services released the prices negotiated under the \
             Inflation Reduction Act; federal officials said Medicare would save billions.",
        ),
        tax(),
    );
    assert_eq!(region_codes(&c), ["US"]);
    let c = classify(
        &doc(
            "Dentists offered golden hellos",
            "The Department of Health and Social Care said NHS dentists in under-served areas \
             will be paid more from April.",
        ),
        tax(),
    );
    assert_eq!(region_codes(&c), ["GB"]);
}
