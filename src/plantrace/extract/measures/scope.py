"""What a value covers: one year (``annual``), an average annual rate over a period
(``period_average``, 年均) or a total or change over a period (``period_cumulative``, 累计, 翻一番),
and which years that period spans.

The period comes from the words of the sentence first (2021—2025年, “十四五”时期, 过去五年, 今后五年),
then from the headings above the value, then from the document (a plan's own period, the five
years a work report reviews or opens).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from plantrace.extract.measures import context as C
from plantrace.extract.measures import timeline as T
from plantrace.extract.measures.periods import SPAN, Period, five_year_section, from_to, named_period, period_of
from plantrace.extract.measures.scan import Hit
from plantrace.extract.measures.years import YEAR
from plantrace.numerals import cn_int

# 年均增长, 平均年增速, 两年平均增长, 平均贡献率: an average over the years of a period
# (not 比多年平均值偏少2.0%: one year's value against a long-run mean)
# (not 全国平均年降水量为631.5mm, one year's mean over an area)
# (not PM2.5年均浓度, 细颗粒物年平均浓度: one year's mean concentration, a level of that year)
# (not 按2019年平均汇率计算: the exchange rate a value is converted at)
_AVERAGE = re.compile(
    r"年均(?!浓度)|平均每年|(?<!多)年平均(?!浓度|汇率)|每年平均|平均年(?:增速|增长|增幅|递增)|平均(?:增长|增速|贡献率)")
# 每年城镇新增就业40万人以上, 连续5年压减比例超5%: a value repeated every year (not 每人每年 or 每生每年,
# a rate per head); 单产连续3年居粮食主产省第1位: a rank held N years running, each year's (not 每年…第一)
_EVERY_YEAR = re.compile(r"(?<![人户月])(?<!每.)每年|(?P<streak>连续(?:[两二三四五六七八九十]|\d{1,2})年)")
# 增速高于GDP 0.42个百分点, 高于全省1.8个百分点: a gap between two growth rates (an average when they are)
_RATE_GAP = re.compile(r"增速|增幅|高于|低于|快于|慢于")
_CUMULATIVE = re.compile(r"累计|五年(?:共|合计|总计)")
# 同期世界3.9%的年均增速: the average named after the value
_AVERAGE_AFTER = re.compile(r"的?(?:年均|年平均)(?:增速|增长率|增幅)")
# a start value (从10.62亿千瓦) or the value reached from it (…增长到22亿千瓦)
_FROM = re.compile(r"(?:从|由)(?:的|约|近)?$")
_FROM_TO = re.compile(r"(?:从|由)[^,，;；。]*(?:到|至)$")
_INCREMENT = re.compile(r"增量")  # an increase over a span, cumulative when the sentence or paragraph names it


@dataclass(frozen=True, slots=True)
class Coverage:
    scope: str                 # annual | period_average | period_cumulative
    period: Period | None
    named: bool = False        # the text names the period (not the document's default)


ANNUAL = Coverage("annual", None)


def coverage(
    text: str, spans: tuple[int, int, int], hit: Hit, kind: str, stance: str, profile: T.Profile,
    headings: tuple[str, ...], marks: list[T.YearMark], year: int | None, paragraph: T.Frame = T.NO_FRAME,
) -> Coverage:
    """The scope and period of the value ``hit``, whose year is ``year`` as read so far.

    ``spans`` are the starts of its sentence, its clause and its own part of the clause (after the
    value before it). 年均 reaches every growth rate of its clause (年均分别增长4.5%、3%) but no level
    after them (年均增长5%左右、迈上3万亿元台阶); 累计 reaches every item of its clause's list. A
    change measured from a base more than a year back (比2020年增长, 较“十三五”末净增, 是2020年的3.2倍)
    is cumulative over the years after the base. ``paragraph`` is what the paragraph's opening words (or
    the lead line before it) say: the period it reviews (五年来), or that it tells one year's work (一年来).
    """
    frame = paragraph.period
    sentence_start, clause_start, own_start = spans
    start = hit.start
    own, whole = text[own_start:start], text[clause_start:start]
    within = _over_years(own, year, profile)
    if within is not None:
        return Coverage("period_cumulative", within, True)
    held = _held(text[sentence_start:start], own, stance, profile, headings, frame)
    if held is not None:
        return held
    if hit.shape == "doubling":
        scope = "period_cumulative"
    elif (_AVERAGE.search(own) or (kind in ("growth", "change") and _AVERAGE.search(whole))
          or (kind == "change" and _RATE_GAP.search(whole) and _AVERAGE.search(text, sentence_start, start))
          or _repeated(own, kind)
          or _AVERAGE_AFTER.match(text, hit.end)):
        scope = "period_average"
    elif _CUMULATIVE.search(whole) and not (_FROM.search(own) or _FROM_TO.search(whole)):
        scope = "period_cumulative"  # but 累计容量从10.62亿千瓦增长到22亿千瓦: two stocks, each of its year
    else:
        base = (_base_year(marks, clause_start, start) or _base_clause(text, sentence_start, start)
                or _carried_base(text, marks, (clause_start, start), year)
                or _from_start(text, sentence_start, start) if kind in ("growth", "change", "ratio") else None)
        if base is not None and year is not None and base < year - 1:
            return Coverage("period_cumulative", (base + 1, year), True)
        over = named_period(text[sentence_start:start], profile) or frame if _INCREMENT.search(whole) else None
        if over is not None:
            return Coverage("period_cumulative", over, True)  # 五年增量, “十四五”时期…增量…占比
        return _framed(text, sentence_start, (own, whole), hit, (kind, stance), profile,
                       frame or _heading_period(headings, profile))
    streak = _last_n_years(own, year) if scope == "period_average" else None
    if streak is not None:
        return Coverage(scope, streak, True)  # 粮食总产量连续18年保持在100万吨以上: the last 18 years
    period, named = period_of(text[sentence_start:start], stance, profile, headings, frame)
    one_year = profile.doc_type == "work_report" and (
        (hit.shape != "doubling" and not named and not five_year_section(headings))
        or (((paragraph.one_year and kind not in ("growth", "change"))
             or (hit.shape == "doubling" and stance == "target" and year == profile.report_year)
             or (hit.shape == "doubling" and _one_year_review(headings)))
            and not period_of(text[sentence_start:start], stance, profile, (), frame)[1]))
    # (今年…资金翻一番; 一年来，…高原炊具累计销售5.1亿元 under 2025年和“十四五”时期工作回顾, but 能耗强度累计下降17.3%
    # there is the plan period's fall)
    if scope == "period_cumulative" and one_year:
        period = None  # 累计拉动消费126亿元 under 2024年工作回顾 adds up within that one year
    if hit.shape == "doubling" and period is not None:
        base = _base_year(marks, clause_start, start)  # 国内生产总值…比2010年翻一番: since the base
        period = (base + 1, period[1]) if base is not None and base < period[1] - 1 else _last_years(own, period)
    if period is None:
        return _without_named_period(text, (clause_start, start), scope, marks, year, one_year)
    return Coverage(scope, period, named)


def _repeated(own: str, kind: str) -> bool:
    """每年新增就业40万人以上, 连续5年保持97%以上, 连续两年全国第一: a value said of every year of a span (a rank
    only with 连续N年)."""
    if kind in ("ratio", "other"):
        return False
    every = _EVERY_YEAR.search(own)
    return every is not None and (kind != "rank" or every.group("streak") is not None)


def _one_year_review(headings: tuple[str, ...]) -> bool:
    """2024年工作回顾 (not 2025年和“十四五”时期工作回顾): a section about one year and no plan period."""
    return T.heading_year(headings) is not None and not T.heading_plan_period(headings) and not five_year_section(
        headings)


def _held(
    sentence: str, own: str, stance: str, profile: T.Profile, headings: tuple[str, ...], frame: Period | None
) -> Coverage | None:
    """A level held through a span the sentence names (2021~2030年，能源消费总量控制在60亿吨以内; 2012年到
    2021年，…初中毛入学率始终保持在100%以上), or always held through a period named anywhere around it
    (始终保持在, 一直稳定在): every year of it, not one year's value."""
    verb = _HELD.search(own)
    if verb is None:
        return None
    span = SPAN.search(sentence)
    if span is not None and int(span.group(1)) < int(span.group(2)):
        return Coverage("period_average", (int(span.group(1)), int(span.group(2))), True)
    if not verb.group(1):
        return None
    period, named = period_of(sentence, stance, profile, headings, frame)
    return Coverage("period_average", period, True) if named and period is not None else None


# 控制在, 保持在, 始终保持在, 一直稳定在: a level held (always, with 一直/始终)
_HELD = re.compile(r"(一直|始终|长期)?(?:保持|稳定|控制|维持)在?$")


def _without_named_period(
    text: str, bounds: tuple[int, int], scope: str, marks: list[T.YearMark], year: int | None, one_year: bool,
) -> Coverage:
    """A period figure whose text names no period: the years after its comparison base (比2020年, or the
    base of the run's first item), a total within one year (一季度…累计, 累计拉动 in a year's review),
    else a period the text leaves unknown."""
    clause_start, start = bounds
    if year is not None:
        base = _base_year(marks, clause_start, start)
        if base is None and scope == "period_average":
            base = _carried_base(text, marks, bounds, year)  # 比1952年增长6.1倍…；…增长9.6倍，年均增长3.6%
        if base is not None and base < year:
            return Coverage(scope, (base + 1, year), True)
        years = _N_YEAR_AVERAGE.search(text, clause_start, start)
        if scope == "period_average" and years is not None:  # 两年平均增长6.5%: the last two years
            return Coverage(scope, (year - (cn_int(years.group(1)) or 1) + 1, year), True)
        if scope == "period_cumulative" and one_year:
            return ANNUAL
    if scope == "period_cumulative" and _PART_OF_YEAR.search(text, 0, start):
        return ANNUAL  # 1-7月…累计完成, 前4天累计接待, 第一季度累计入库: a total within one year
    return Coverage(scope, None)


# 两年平均增长, 三年平均增长: an average over the last N years (a base disturbed, as 2020 was)
_N_YEAR_AVERAGE = re.compile(r"(?<![\d年第])([两二三四五]|[2-5])年平均")
# the parts of a year a total may add up within: 1-7月, 4月, 一季度, 上半年, 前4天, 今年以来
_PART_OF_YEAR = re.compile(
    r"\d{1,2}\s?月|[一二三四五六七八九十]{1,2}月|季度|上半年|下半年|前\d{1,2}[天日]|年初以来|今年以来|\d{1,2}日")


_ADDING_VERBS = (
    "新增|新建|建成|累计|净增|培育|引进|创建|打造|补充|完成|减少|增加|压减|淘汰|落地|开通|开工|获批|认定|核准|入选|"
    "办理|制定|修订|审议|出台|举办|承办|实施|竣工|投产|搬迁|改造|转移|建设|扩建|荣获|开行|落户|布局|增设")
# 新增高新技术企业1200家; 新增7名院士、9个全国重点实验室 (the verb reaches the items of its list); a long
# name between the verb and its count (实施中华优秀传统文化保护传承和精品工程项目1239个, 打造贵阳“青云市集”等
# 夜间消费聚集区55个)
_ADDING = re.compile(f"(?:{_ADDING_VERBS})(?:[^,，;；。]{{0,24}}|[^,，;；。]*、[^,，;；。、]{{0,16}})$")
# 30个县区通过…评估, 6个抽水蓄能项目核准建设: the event after the count, in its own clause
_EVENT_AFTER = re.compile(
    r"(?:[^,，;；。、]{0,12}、[^,，;；。]{0,6}?\d[^,，;；。]{0,16}?|[^,，;；。、]{0,16}?)"
    r"(?:通过|获得|获评|获批|荣获|当选|晋级|落地|开工|建成|投运|投产|核准|开通|入选|认定|开诊|挂牌|创建|进入|跻身|脱贫|"
    r"摘帽|甩掉|化解|推广|获|贯通|住上|用上|共享|结对|晋位|制定|出台|划转|建立|消除|投入运营)")
# 11个县（市、区）通过…评估: what a bracket names within the counted noun
_BRACKETED = re.compile(r"[（(][^（()）]{0,12}[)）]")
_REACHED = re.compile(r"(?:到|至|达|达到)$")  # 从1.9万座增加到14.3万座: the level reached, not the increment
# 完成投资近1万亿元, 民生投入累计超过1万亿元: a flow summed over the years reviewed
_FLOW = re.compile(r"(?:完成投资|投资|投入|拉动|带动|新增|补充|累计|增加(?!值)|净增|减负)[^,，;；。]{0,12}$")
# 完成…生态修复117平方公里, 完成2100万千瓦火电机组…超低排放改造: works done add up (but 收入完成32.9亿元 is the
# year's level)
_DONE = re.compile(r"完成[^,，;；。]{0,16}$")
# 完成2100万千瓦火电机组、2812万吨钢铁产能、395台燃煤锅炉超低排放改造: the items after the first share its verb
_DONE_LISTED = re.compile(r"完成[^,，;；。]{0,16}、[^,，;；。、]{0,16}$")
_BARE = ("万", "亿", "千", "百", "十万", "百万", "千万")  # a bare magnitude counts the noun after it
_WORKS = re.compile(r"改造|修复|治理|整治|搬迁|造林|绿化|复垦|关停|退出")
# 建设改造城镇地下管网2.24万公里, 开展村村通双车道建设1500公里, 实施农村公路安全生命防护工程3万公里: lengths and
# areas built or worked on add up (not 建设用地)
_BUILT = re.compile(r"(?:建设|新建|改扩建|铺设|改造|实施)(?!用地)[^,，;；。]{0,12}$")
_LAID = ("公里", "米", "亩", "公顷")
# 改造城镇老旧小区7323个、棚户区5.2万套、…、老旧管道1.68万公里: the last item of a list shares its verb
_BUILT_LISTED = re.compile(r"(?:建设|新建|改扩建|铺设|改造)(?!用地)[^,，;；。]*、[^,，;；。、]{0,12}$")
# 人均预期寿命提高1岁, 浓度下降10微克: a level moved by an amount (not 提高到, the level reached)
_MOVED = re.compile(r"(?:提高|提升|下降|降低|减少|缩小|缩短|延长|增加(?!值))$")
_HORIZON_REACH = 4
_CLAUSE_REACH = 60  # how far after a value its clause is read for the works it names
_FALL = re.compile(r"下降|降低|减少|压减|缩小")
_FRAME_WINDOW = 300  # a frame opening the paragraph reaches this far


def _increment(text: str, before: tuple[str, str], hit: Hit, kind: str) -> bool:
    """Whether a value adds up over years: a growth rate or a change; a count after 新增/建成/落地 …
    (in its clause: 新增7名院士、9个重点实验室) or before the event that made it (30个县区通过…评估);
    a flow after 完成投资/投入/新增. ``before`` is the text before the value in its part of the clause
    and in the whole clause."""
    own, whole = before
    if _REACHED.search(own):
        return False
    if kind in ("change", "growth"):
        return True
    if kind == "count" or (kind == "level" and hit.unit in _BARE):  # 100多万群众住上了安全房: people counted
        return bool(_ADDING.search(whole) or _EVENT_AFTER.match(_BRACKETED.sub("", text[hit.end:hit.end + 60])))
    if kind != "level":
        return False
    if _FLOW.search(own) or _MOVED.search(own) or (hit.unit.endswith(_LAID) and (
            _BUILT.search(own) or _BUILT_LISTED.search(whole))):
        return True
    done = _DONE.search(own) or _DONE_LISTED.search(whole)
    after = re.split(r"[,，;；。]", text[hit.end:hit.end + _CLAUSE_REACH], maxsplit=1)[0]
    return bool(done and (_WORKS.search(done.group(0)) or _WORKS.search(after)))


def _framed(
    text: str, sentence_start: int, before: tuple[str, str], hit: Hit, kind_stance: tuple[str, str],
    profile: T.Profile, paragraph: Period | None,
) -> Coverage:
    """五年来，…新增高新技术企业1200家: an increment (:func:`_increment`) in a sentence framed by a period
    (五年来, 过去五年, “十四五”时期 at the start of the sentence or of the paragraph, or the period
    ``paragraph`` of the paragraph's frame) covers that period, when its own sentence names no year.
    In a plan, a promised increment whose sentence names no year (新建、改扩建2万所幼儿园, 人均预期寿命
    提高1岁, 单位GDP能源消耗降低13.5%) covers the plan's period."""
    kind, stance = kind_stance
    if not _increment(text, before, hit, kind):
        return ANNUAL
    sentence = text[sentence_start:hit.start]
    clause = len(sentence) - len(before[1])  # where the value's clause starts in its sentence
    if any(not _FRAME.fullmatch(sentence[m.start:m.end]) and not (paragraph and m.start == 0 and m.year == paragraph[1])
           and not (m.start < clause and _end_of_a_change(sentence, m)) for m in T.year_marks(sentence, None)):
        return ANNUAL  # 2025年，新增…: the sentence dates its own value (not “十四五”发展成就 opening the frame)
    earlier = C.window_before(text, sentence_start, C.REACH)
    earlier = earlier[earlier.rfind("。") + 1:]  # 预计2025年，…；规上工业增加值增长16%
    if any(m.role == "at" and not _FRAME.fullmatch(earlier[m.start:m.end]) for m in T.year_marks(earlier, None)):
        return ANNUAL
    frame = _FRAME.search(sentence)
    if frame is None and hit.start <= _FRAME_WINDOW:
        frame = _FRAME.match(text)  # 五年来，… opening the paragraph
    if frame is None and paragraph is None and stance == "target" and _plan_wide(text, hit, kind, before[1], profile):
        return Coverage("period_cumulative", profile.period, False)
    if frame is None:
        return Coverage("period_cumulative", paragraph, True) if paragraph else ANNUAL
    period = named_period(frame.group(0), profile)
    ref = profile.reference_year
    if period and ref is not None and period[0] < ref <= period[1]:
        period = (period[0], ref - 1)  # “十四五”以来 in a 2023 report: the results so far
    return Coverage("period_cumulative", period, True) if period else ANNUAL


@functools.lru_cache(maxsize=1024)  # speed only: every value of a section asks for it
def _heading_period(headings: tuple[str, ...], profile: T.Profile) -> Period | None:
    """The plan period the deepest heading with a time names (“十三五”成就, 不平凡的“十二五”, 第一节
    “十三五”时期发展成就), when it names no single year (2025年和“十四五”时期工作回顾 is both)."""
    for heading in reversed(headings):
        simple = T.simplified(heading)
        if YEAR.search(simple):
            return None
        period = named_period(simple, profile)
        if period is not None:
            ref = profile.reference_year
            return (period[0], ref - 1) if ref is not None and period[0] < ref <= period[1] else period
    return None


def _plan_wide(text: str, hit: Hit, kind: str, clause: str, profile: T.Profile) -> bool:
    """A promise of a multi-year plan that adds up over its period: no time stated before it in its
    line (not 今年…增长5%), and not a growth rate unless a fall (能耗降低13.5%; 增长6% may be any year's)."""
    if profile.doc_type not in ("fyp_outline", "special_plan") or profile.period is None:
        return False
    if profile.period[0] >= profile.period[1]:
        return False
    if T.year_marks(C.window_before(text, hit.start, _TIME_REACH), profile.report_year):
        return False
    if T.horizon_year(text[max(0, hit.start - _HORIZON_REACH):hit.start], profile) is not None:
        return False  # 城中村改造三年4条、五年13条: a phased target of its own year
    return kind != "growth" or bool(_FALL.search(clause))


def _end_of_a_change(sentence: str, mark: T.YearMark) -> bool:
    """从2020年的41.6%提升至2025年的52%以上，14所省属高职院校划转为…: a year that starts or ends a change (从, 比,
    至 after 从 in its clause) dates that change only, not a later clause of the review (but 截至2025年底，… dates
    the sentence)."""
    if mark.role in ("from", "baseline"):
        return True
    opening = C.last_of(sentence, C.CLAUSE_END, 0, mark.start) + 1
    return mark.role == "to" and bool(_FROM_IN_CLAUSE.search(sentence, opening, mark.start))


_FROM_IN_CLAUSE = re.compile(r"[从由](?:[^从由到至]{0,12}?)(?:19|20)\d{2}年")
_TIME_REACH = 1000  # a time stated this far before a value in its line (lines.py's reach of year marks)
_FRAME = re.compile(r"(?<![比较与同是])(?:过去(?:五|5)年|五年来|这五年|“?十[一二三四五]?五”?(?:时期|期间|以来))")


# 五年, 5年来, 三年间: the last N years a change or a flow is summed over
_N_YEARS = r"([二三四五六七八九十两]|\d{1,2})年(?:来|间|内)?"
# 五年增长2.1倍, 5年增加7683户, 五年净增近8万人口, 三年累计下降12%, 十年提高了23.6个百分点: a change over the last N
# years
_N_YEARS_CHANGE = re.compile(r"(?<![\d年第])" + _N_YEARS + "(?:累计)?(?:增长|增加|净增|提高|下降|减少|降低)了?$")
# 5年完成基础设施投资2.2万亿元, 5年累计投资2754亿元, 中央财政连续三年累计投入90亿元: a flow summed over the last N
# years (but 连续5年投入 without 累计 may be each year's)
_N_YEARS_FLOW = re.compile(
    r"(?<![\d年第])(?:(?<!连续)" + _N_YEARS + "(?:累计)?|" + _N_YEARS + "累计)(?:完成|投入|投资)[^,，;；。、]{0,12}$")


def _over_years(own: str, year: int | None, profile: T.Profile) -> Period | None:
    """The last N years up to the value's year (or the year before the report) of 五年增长2.1倍 or
    5年完成基础设施投资2.2万亿元."""
    match = _N_YEARS_CHANGE.search(own) or _N_YEARS_FLOW.search(own)
    years = cn_int(next(group for group in match.groups() if group)) if match else None
    end = year if year is not None else (profile.report_year - 1 if profile.report_year else None)
    if not years or end is None or years > _MAX_SPAN:
        return None
    return end - years + 1, end


_MAX_SPAN = 15
_STREAK = re.compile(r"连续([两二三四五六七八九十]{1,3}|\d{1,2})年")
_MAX_STREAK = 40


def _last_n_years(own: str, year: int | None) -> Period | None:
    """连续18年保持在100万吨以上: a value held every year of the last N years up to its year."""
    match = _STREAK.search(own)
    years = cn_int(match.group(1)) if match else None
    if not years or year is None or not 1 < years <= _MAX_STREAK:
        return None
    return year - years + 1, year
_IN_YEARS = re.compile(r"(?<![\d年])([一二三四五六七八九十两]|\d{1,2})年(?:内|间|来)?(?:实现|就)?$")


def _last_years(before: str, period: Period) -> Period:
    """高新技术企业数3年翻一番: a doubling within N years covers the last N years of its period."""
    match = _IN_YEARS.search(before)
    years = cn_int(match.group(1)) if match else None
    if not years or years >= period[1] - period[0] + 1:
        return period
    return period[1] - years + 1, period[1]


# 与2020年相比，2023年…提高1.2个百分点: a base year in a clause of its own opening the sentence
_BASE_CLAUSE = re.compile(r"(?:与|同|和)((?:19|20)\d{2})年(?:末)?(?:相比|比较)[,，]")


def _base_clause(text: str, sentence_start: int, start: int) -> int | None:
    match = _BASE_CLAUSE.search(text, sentence_start, start)
    return int(match.group(1)) if match else None


def _from_start(text: str, sentence_start: int, start: int) -> int | None:
    """从1952年…339万吨，2018年增加到6523万吨，增长18.3倍: a change after a span is over the span."""
    span = from_to(text[sentence_start:start])
    return span[0] - 1 if span else None


def _carried_base(text: str, marks: list[T.YearMark], bounds: tuple[int, int], year: int | None) -> int | None:
    """A base year stated for the first item of a run and left out of the next ones (2018年全国木材产量
    8811万立方米，比1952年增长6.1倍；油茶籽产量263万吨，增长9.6倍; 高技术制造业增加值比“十三五”末增长42%，
    数字经济核心产业增加值增长73.8%): the base of an earlier clause of the same full sentence (up to 。),
    when no year is stated between it and the value."""
    clause_start, start = bounds
    opening = C.last_of(text, "。\n", 0, clause_start) + 1
    lo = bisect.bisect_left(marks, opening, key=lambda m: m.start)
    hi = bisect.bisect_left(marks, clause_start, key=lambda m: m.start)
    before = marks[lo:hi]
    if not before or before[-1].role != "baseline" or before[-1].year == T.LOST_YEAR:
        return None
    if year is None or before[-1].year >= year - 1 or _OWN_BASE.search(text, before[-1].end, start):
        return None
    return before[-1].year


_OWN_BASE = re.compile(r"同比|比上年|较上年|上年同期|环比")


def _base_year(marks: list[T.YearMark], clause_start: int, start: int) -> int | None:
    """The comparison base of a value's clause (比2020年, 较“十三五”末, 是2020年的), if it has one."""
    lo = bisect.bisect_left(marks, clause_start, key=lambda m: m.start)  # the clause's marks only
    hi = bisect.bisect_left(marks, start, key=lambda m: m.start)
    bases = [m.year for m in marks[lo:hi] if m.role == "baseline" and m.year != T.LOST_YEAR]
    return bases[-1] if bases else None
