"""Magnitude words read as amounts: a value passed, fallen short of, come near or reached (突破百亿, 经济总量不足百亿,
发放育儿补贴近亿元, 上亿群众) is 1 亿, 100 亿 … though neither a digit nor a unit is written; and an Arabic number with
万/亿 and no unit (常住人口1868万) is still a quantity. Read by :mod:`scan`.
"""

from __future__ import annotations

import re


def bare_magnitude(text: str, match: re.Match[str]) -> bool:
    """常住人口1868万: an Arabic number with 万/亿 and no unit is still a quantity; so is a magnitude word passed
    or fallen short of (突破百亿, 率先破亿)."""
    if passed_magnitude(text, match):
        return True
    mag, n2 = match.group("mag") or "", match.group("n2") or ""
    if not (match.group("n1")[0].isdigit() and mag in ("万", "亿", "万亿")) or (n2 and not n2[0].isdigit()):
        return False  # (城区常住人口100万—300万的Ⅱ型大城市: a range of such numbers too)
    after = text[match.end():match.end() + 1]
    return not (after.isascii() and after.isalnum())


# 技术合同交易额突破百亿, 新能源产业产值破千亿, 率先破亿, 工业产值过百亿的园区, 经济总量不足百亿: a magnitude word
# that a value passed or fell short of is an amount (1000 亿) though neither a digit nor a unit is written
_MAGNITUDE_WORDS = ("亿", "十亿", "百亿", "千亿", "万亿")
# …and one it came near or reached (发放育儿补贴近亿元, 出境旅游近亿人次, 上亿群众喜迁新居, 带动就业近万人): 1 亿, 1 万
_REACHED = "(?<![以线之向马而础加跃迈站登跨])上"  # 上亿: at least 1 亿 (not 线上, 以上, 跃上千亿元台阶)
_PASSED_BEFORE = re.compile(
    f"(?:突破|(?<![打击攻])破|(?<![经通不])过|(?<!不)超过?|逾|不足|不到|将?近|接近|{_REACHED})$")
REACHED_BEFORE = re.compile(f"{_REACHED}$")


def passed_magnitude(text: str, match: re.Match[str]) -> bool:
    word, unit = match.group("n1") + (match.group("mag") or ""), match.group("unit")
    if not (word in _MAGNITUDE_WORDS or (word == "万" and unit)) or match.group("n2") or match.group("approx"):
        return False  # (万 only with its unit: 近万人, 上万家; not 过万, 上万 alone)
    return bool(_PASSED_BEFORE.search(text, max(0, match.start() - 2), match.start()))
