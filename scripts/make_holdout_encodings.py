#!/usr/bin/env python3
"""Write the held-out evaluation set tests/holdout/ (pages + gold files), in the pages' own encodings.

Every page is authored here as a template: in text pages each line starts with a role marker
(`T|` title, `B|` body paragraph, `C|` chrome line, `R|` raw line that is in no gold list, an empty
line is a blank line); in HTML pages the visible text is marked inline as [[t:…]], [[b:…]], [[c:…]].
The gold file's title/body/chrome are taken from those markers, so every gold string occurs in the page
by construction; the script checks that anyway after encoding (decode with the declared encoding, strict).
Pages that are not UTF-8 (GBK, GB18030, Big5, windows-1252, UTF-8 with BOM) are encoded strictly: a
character the codec lacks is an error. Run from the repository root:
`python3 scripts/make_holdout_encodings.py`.
"""
import pathlib
import re
import sys
import tomllib

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from holdout_pages import DOCS  # noqa: E402

OUT = pathlib.Path("tests/holdout")
CODECS = {"UTF-8": "utf-8", "UTF-8-BOM": "utf-8", "GBK": "gbk", "GB18030": "gb18030", "Big5": "big5",
          "windows-1252": "cp1252"}
MARK = re.compile(r"\[\[([tbc]):(.*?)\]\]", re.S)


def norm(s: str) -> str:
    return " ".join(s.split())


def render_text(tpl: str):
    title, body, chrome, out = "", [], [], []
    for line in tpl.strip("\n").split("\n"):
        if line == "":
            out.append("")
            continue
        role, text = line[:1], line[2:]
        assert line[1] == "|", line
        out.append(text)
        if role == "T":
            title = norm(text)
        elif role == "B":
            body.append(norm(text))
        elif role == "C":
            chrome.append(norm(text))
        else:
            assert role == "R", line
    return "\n".join(out) + "\n", title, body, chrome


def render_html(tpl: str):
    title, body, chrome = "", [], []
    for role, text in MARK.findall(tpl):
        if role == "t":
            title = norm(text)
        elif role == "b":
            body.append(norm(text))
        else:
            chrome.append(norm(text))
    page = MARK.sub(lambda m: m.group(2), tpl.strip("\n")) + "\n"
    return page, title, body, chrome


def q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def qlist(items) -> str:
    if not items:
        return "[]"
    return "[\n" + "".join(f"  {q(i)},\n" for i in items) + "]"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    names = set()
    for d in DOCS:
        name, ext, enc = d["name"], d["ext"], d["encoding"]
        assert name not in names
        names.add(name)
        page, title, body, chrome = (render_html if ext == "html" else render_text)(d["page"])
        if d.get("crlf"):
            page = page.replace("\n", "\r\n")
        data = page.encode(CODECS[enc])
        if enc == "UTF-8-BOM":
            data = b"\xef\xbb\xbf" + data
        (OUT / f"{name}.{ext}").write_bytes(data)
        lab = d["labels"]
        g = [f"lang = {q(d['lang'])}", f"encoding = {q(enc)}", f"title = {q(title)}",
             f"body = {qlist(body)}", f"chrome = {qlist(chrome)}", "", "[labels]",
             f"health_policy = {'true' if lab['kind'] == 'policy' else 'false'}",
             f"kind = {q(lab['kind'])}",
             "tags = [" + ", ".join(q(t) for t in lab["tags"]) + "]"]
        if lab.get("published"):
            g.append(f"published = {q(lab['published'])}")
        g.append("regions = [" + ", ".join(q(r) for r in lab["regions"]) + "]")
        if lab.get("source"):
            g.append(f"source = {q(lab['source'])}")
        (OUT / f"{name}.gold.toml").write_text("\n".join(g) + "\n", encoding="utf-8")
        check(OUT / f"{name}.{ext}", OUT / f"{name}.gold.toml", ext)
    print(f"wrote {len(DOCS)} documents to {OUT}")


def check(page_path, gold_path, ext) -> None:
    gold = tomllib.loads(gold_path.read_text(encoding="utf-8"))
    raw = page_path.read_bytes()
    if gold["encoding"] == "UTF-8-BOM":
        assert raw.startswith(b"\xef\xbb\xbf")
        raw = raw[3:]
    text = raw.decode(CODECS[gold["encoding"]])  # strict
    if ext == "html":
        visible = re.sub(r"<(script|style|title)[^>]*>.*?</\1>", " ", text, flags=re.S | re.I)
        visible = norm(re.sub(r"<[^>]+>", " ", visible))
    else:
        visible = norm(text)
    strings = ([gold["title"]] if gold["title"] else []) + gold["body"] + gold["chrome"]
    for s in strings:
        assert s in visible, (page_path.name, s)
    for c in gold["chrome"]:
        nws = len("".join(c.split()))
        for b in gold["body"]:
            assert c != b, (page_path.name, c)
            if nws >= 10:
                assert c not in b, (page_path.name, "chrome inside body", c)
    lab = gold["labels"]
    assert (lab["kind"] == "policy") == lab["health_policy"]
    if not lab["health_policy"]:
        assert lab["tags"] == []


if __name__ == "__main__":
    main()
