-- healthfeed schema v2: site-template counts, the tag vocabulary, key/value facts
-- about the database, and read-only views for people who query it directly.

-- How many documents of each source (URL host or inbox subfolder) have been counted.
CREATE TABLE sites (
    source_key TEXT    PRIMARY KEY,
    documents  INTEGER NOT NULL               -- new documents counted (duplicates are not)
);

-- For each source, how many of its documents contained each short normalised line.
-- Lines that recur across many documents of one source are site template (chrome).
-- Bounded: 64 documents after a line was first seen, it is dropped if it was in fewer
-- than one in eight of them; a source keeps at most 20,000 lines (README, "Site templates").
CREATE TABLE site_line_counts (
    source_key TEXT    NOT NULL,
    line       TEXT    NOT NULL,
    documents  INTEGER NOT NULL,              -- documents of this source containing the line
    first_seen INTEGER NOT NULL,              -- sites.documents when the line was first counted
    PRIMARY KEY (source_key, line)
) WITHOUT ROWID;

-- The closed set of topic tags, with labels for people reading the data.
CREATE TABLE tags (
    tag      TEXT PRIMARY KEY,
    label_en TEXT NOT NULL,
    label_zh TEXT NOT NULL
);
INSERT INTO tags (tag, label_en, label_zh) VALUES
    ('medical-reform',       'Medical reform',                 '医药卫生体制改革'),
    ('public-health',        'Public health',                  '公共卫生'),
    ('tcm',                  'Traditional Chinese medicine',   '中医药'),
    ('elderly-care',         'Elderly care',                   '养老服务'),
    ('health-industry',      'Health industry',                '健康产业'),
    ('medical-insurance',    'Medical insurance',              '医疗保障'),
    ('primary-care',         'Primary care',                   '基层医疗'),
    ('hospital-development', 'Hospital development',           '医院发展'),
    ('healthy-city',         'Healthy city',                   '健康城市'),
    ('digital-health',       'Digital health',                 '数字健康'),
    ('health-workforce',     'Health workforce',               '卫生人才'),
    ('drug-policy',          'Drug policy',                    '药品政策'),
    ('maternal-child',       'Maternal and child health',      '妇幼健康'),
    ('chronic-disease',      'Chronic disease',                '慢性病防治');

-- Facts about this database file: schema_version (mirrors PRAGMA user_version),
-- created_at, created_by (healthfeed version that created it).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per document with its tags and regions joined, for browsing and export.
-- tags: comma-separated tag ids, strongest first; regions: names; region_codes: codes.
CREATE VIEW documents_overview AS
SELECT
    d.id, d.published, d.title, d.lang, d.health_policy, d.health_score,
    (SELECT group_concat(tag, ',') FROM
        (SELECT tag FROM document_tags WHERE document_id = d.id ORDER BY score DESC, tag))
        AS tags,
    (SELECT group_concat(name, ',') FROM
        (SELECT name FROM document_regions WHERE document_id = d.id ORDER BY score DESC, code))
        AS regions,
    (SELECT group_concat(code, ',') FROM
        (SELECT code FROM document_regions WHERE document_id = d.id ORDER BY score DESC, code))
        AS region_codes,
    d.source_path, d.source_key, d.url, d.text,
    d.cleaner_version, d.classifier_version, d.ingested_at, d.processed_at
FROM documents d;

-- The documents classified as health policy: what most analyses start from.
CREATE VIEW health_policy_documents AS
SELECT * FROM documents_overview WHERE health_policy = 1;

-- The provincial-level divisions (GB/T 2260), so that a region filter or a join can
-- name a province even when documents only mention its cities. Codes of cities and
-- counties share their province's first two digits (320500 苏州市 is in 320000 江苏省).
CREATE TABLE regions (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    short_name TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    level      TEXT NOT NULL
);
INSERT INTO regions (code, name, short_name, name_en, level) VALUES
    ('110000', '北京市', '北京', 'Beijing', 'province'),
    ('120000', '天津市', '天津', 'Tianjin', 'province'),
    ('130000', '河北省', '河北', 'Hebei', 'province'),
    ('140000', '山西省', '山西', 'Shanxi', 'province'),
    ('150000', '内蒙古自治区', '内蒙古', 'Inner Mongolia', 'province'),
    ('210000', '辽宁省', '辽宁', 'Liaoning', 'province'),
    ('220000', '吉林省', '吉林', 'Jilin', 'province'),
    ('230000', '黑龙江省', '黑龙江', 'Heilongjiang', 'province'),
    ('310000', '上海市', '上海', 'Shanghai', 'province'),
    ('320000', '江苏省', '江苏', 'Jiangsu', 'province'),
    ('330000', '浙江省', '浙江', 'Zhejiang', 'province'),
    ('340000', '安徽省', '安徽', 'Anhui', 'province'),
    ('350000', '福建省', '福建', 'Fujian', 'province'),
    ('360000', '江西省', '江西', 'Jiangxi', 'province'),
    ('370000', '山东省', '山东', 'Shandong', 'province'),
    ('410000', '河南省', '河南', 'Henan', 'province'),
    ('420000', '湖北省', '湖北', 'Hubei', 'province'),
    ('430000', '湖南省', '湖南', 'Hunan', 'province'),
    ('440000', '广东省', '广东', 'Guangdong', 'province'),
    ('450000', '广西壮族自治区', '广西', 'Guangxi', 'province'),
    ('460000', '海南省', '海南', 'Hainan', 'province'),
    ('500000', '重庆市', '重庆', 'Chongqing', 'province'),
    ('510000', '四川省', '四川', 'Sichuan', 'province'),
    ('520000', '贵州省', '贵州', 'Guizhou', 'province'),
    ('530000', '云南省', '云南', 'Yunnan', 'province'),
    ('540000', '西藏自治区', '西藏', 'Xizang', 'province'),
    ('610000', '陕西省', '陕西', 'Shaanxi', 'province'),
    ('620000', '甘肃省', '甘肃', 'Gansu', 'province'),
    ('630000', '青海省', '青海', 'Qinghai', 'province'),
    ('640000', '宁夏回族自治区', '宁夏', 'Ningxia', 'province'),
    ('650000', '新疆维吾尔自治区', '新疆', 'Xinjiang', 'province'),
    ('710000', '台湾省', '台湾', 'Taiwan', 'province'),
    ('810000', '香港特别行政区', '香港', 'Hong Kong', 'province'),
    ('820000', '澳门特别行政区', '澳门', 'Macao', 'province');
