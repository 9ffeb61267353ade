"""Registry of the measure rules: dotted, versioned names, each with what it recognises."""

from __future__ import annotations

from plantrace.errors import NotFound

RULES: dict[str, str] = {
    "measure.growth.v1": "a growth rate: 地区生产总值增长6%以上, 比2015年增长1.03倍",
    "measure.change.v1": "an absolute change: 提高3.1个百分点, 增加26家",
    "measure.share.v1": "a share or rate in %: 占地区生产总值比重30%, 参保率达98.3%, 约七成",
    "measure.level.v1": "an amount with a unit: 地区生产总值突破2.5万亿元, 新建污水管网1.89万公里",
    "measure.count.v1": "a count with a measure word: 高新技术企业1.2万家, 18项指标",
    "measure.range.v1": "a range: 15—20个, 1至2家, 3至5个",
    "measure.ratio.v1": "a ratio or multiple: 三次产业结构0.5:25:74.5, 是2015年的3倍",
    "measure.rank.v1": "a rank: 由2017年第63位提升到2019年第21位, at most N: 进入全国前8位",
    "measure.scale.v1": ("a scale class or threshold, of no year: 千亿级产业链, 300万吨级CCUS, 亿元以上项目, "
                         "3岁以下婴幼儿, 千亿县, 进入ESI前1%"),
    "measure.fraction.v1": "a Chinese fraction: 四分之一, 一半",
    "measure.doubling.v1": "doubling over a period: 翻一番 (2 times the base), 翻两番 (4 times)",
    "measure.distributed.v1": "values distributed over a list by 分别: 分别增长46.1%和5.7%",
    "measure.missing.v1": "a quantity whose number the source lost: 达公里, 约万千瓦, 推进条",
    "measure.missing_year.v1": "a year slot whose number the source lost: 到年, (—年)",
    "measure.table.v1": "a cell of an indicator table, its year and stance from the column header: "
    "地区生产总值(亿元) | 2540.1 | 3400 | 6%左右",
}


def rule(name: str) -> str:
    """The rule name itself, checked against the registry (a typo fails loudly)."""
    if name not in RULES:
        raise NotFound(f"Unknown measure rule {name!r}.", hint=f"Known rules: {', '.join(sorted(RULES))}")
    return name


def kind_rule(kind: str) -> str:
    """The default rule of a measure kind."""
    by_kind = {
        "growth": "measure.growth.v1", "change": "measure.change.v1", "share": "measure.share.v1",
        "level": "measure.level.v1", "count": "measure.count.v1", "ratio": "measure.ratio.v1",
        "rank": "measure.rank.v1",
    }
    return rule(by_kind.get(kind, "measure.level.v1"))
