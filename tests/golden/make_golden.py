#!/usr/bin/env python3
"""Writes tests/golden/<seed>.title and .text from a reading of each seed.

The expected output is the seed's own lines, chosen by line number (1-based) after
reading the page: which line is the headline, which lines are the article. Chrome
is every line not listed. Run from the project root; review the diff like code.
"""

SPEC = {
    # kicker (title), main headline + subtitle kept as the first text line, 6 paragraphs
    "000_e81490a6cc49a26e": (3, [5, 7, 9, 11, 13, 15]),
    # headline above the 发布日期 byline; body between the ZJEG_RSS markers
    "001_57729d44d6e8ba6d": (4, [10, 12, 14, 16, 18, 20, 22]),
    # headline, Author/Time byline, body up to "- END -"
    "002_661160e56e02ad60": (1, list(range(3, 11))),
    # headline, Author/Addtime byline, body (the appended State Council passage included)
    "003_346bc2a09467088f": (1, [4, 7, 10, 12, 14, 17]),
    # headline between the menus and the font control; footer dropped
    "004_69df79372daf6b46": (3, [6, 8, 10]),
}

for name, (title, body) in SPEC.items():
    with open(f"seeds/{name}.txt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    with open(f"tests/golden/{name}.title", "w", encoding="utf-8") as f:
        f.write(lines[title - 1].strip() + "\n")
    with open(f"tests/golden/{name}.text", "w", encoding="utf-8") as f:
        f.write("\n".join(lines[i - 1].strip() for i in body) + "\n")
