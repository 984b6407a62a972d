#!/usr/bin/env python3
"""Re-encode the Chinese evaluation pages (tests/corpus/zh-*) to the encoding their gold file declares.

The pages are authored in UTF-8; real scraped Chinese pages arrive as GBK, GB18030, Big5, UTF-8 with a
BOM and with CRLF line endings, so this script writes those bytes. It is idempotent: a page whose bytes
already decode as the declared encoding (and are not plain UTF-8 Chinese) is left alone. Gold files stay
UTF-8. Run from the repository root: `python3 scripts/make_zh_encodings.py`.
"""
import pathlib
import tomllib

CORPUS = pathlib.Path("tests/corpus")
# Pages saved with Windows line endings (as some scrapers and Windows editors write them).
CRLF = {
    "zh-03-lishui-jinyun-yigongti.txt",
    "zh-09-nanjing-yibao-mentu.txt",
    "zh-18-tw-jianbao-bufen-fudan.txt",
    "zh-28-wechat-yangsheng-sanfu.txt",
    "zh-42-toutiao-chengdu-tuoyu-butie.txt",
}
CODECS = {"GBK": "gbk", "GB18030": "gb18030", "Big5": "big5", "UTF-8": "utf-8", "UTF-8-BOM": "utf-8"}


def main() -> None:
    for gold in sorted(CORPUS.glob("zh-*.gold.toml")):
        spec = tomllib.loads(gold.read_text(encoding="utf-8"))
        stem = gold.name[: -len(".gold.toml")]
        page = next(p for p in CORPUS.glob(stem + ".*") if p.suffix in (".txt", ".html"))
        raw = page.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue  # already transcoded
        if raw.startswith(b"\xef\xbb\xbf") or (b"\r\n" in raw and spec["encoding"].startswith("UTF-8")):
            continue  # already done
        text = text.replace("\r\n", "\n")
        if page.name in CRLF:
            text = text.replace("\n", "\r\n")
        data = text.encode(CODECS[spec["encoding"]])  # strict: a character the codec lacks is an error
        if spec["encoding"] == "UTF-8-BOM":
            data = b"\xef\xbb\xbf" + data
        if data != raw:
            page.write_bytes(data)
            print(f"{page.name}: {spec['encoding']}{' CRLF' if page.name in CRLF else ''}")


if __name__ == "__main__":
    main()
