"""Indicator names in the sentence shapes of statistical bulletins and data releases (issue #8, session 28).

Probed with phrases written in the style of bulletins; each class fixed here is tested on real phrases:

- a rate's move said with 增幅/降幅 and 扩大/收窄 (降幅比上年全年收窄0.8个百分点, 降幅收窄1.3个百分点) is a change of
  the indicator of its sentence, not of an indicator named 降幅 or 增幅比上年扩大. Phrases: 国家统计局's release on
  real estate of January-February (wallstreetcn.com live news 2879334); 国家发改委's digest of regional real estate
  investment (cn.chinagate.cn 2015-06, and its traditional copy on m.sxsjbj.com 2016-12); a county's finance news of a
  first quarter (dev: 增幅同比提高了30.93个百分点).
- an amount said as more or less than the year or month before (同比多增207.1亿元, 但比上月少增53.2亿元, 同比多减94.4
  亿元) is of the indicator of its sentence, not of 同比多 or 但比上月少. Phrases: 中国人民银行上海总部's credit report
  of July 2008 (business.sohu.com 20080812) and its national half-year figures in the same report.
- the concentration of fine particles named 细颗粒物(PM2.5)平均浓度 is the indicator PM2.5平均浓度, not 广义货币 (M2 was
  found inside PM2.5: a Latin synonym inside a longer code names something else). Phrases: the national government
  work report of 2018 (examples/corpus, 重点地区细颗粒物（PM2.5）平均浓度下降30%以上), a province's environment
  report of a first half-year (a public repository's page of 河北's 四减四增 campaign: 全省细颗粒物（PM2.5）平均浓度为
  55μg/m3), 陕西's work report of 2025 (dev, 全省PM2.5平均浓度不超过35微克每立方米), and broad money in the national
  government work report of 2016 (examples/corpus: 广义货币M2预期增长13%左右, still 广义货币).
- a fall told as 下跌 (按年下跌1.3%, the 香港/澳门 wording, also 价格下跌 on the mainland) or as a bare 跌 before the
  percentage is a growth of the indicator of its sentence, not of an indicator named 按年下跌 or …亦下跌. Phrases: 香港
  政府統計處's retail figures of May as a news page gives them (5月零售業總銷貨價值…按年下跌1.3%), 香港's 財政司司長 on
  the economy as a mainland news page quotes him (零售业销货值在今年首四个月按年下跌了2%，整体投资开支亦下跌7.1%), and
  澳门's housing prices of 2024 in a public repository's slides (全年整體均價為 85,114 元，按年下跌 9.0%).
"""

from __future__ import annotations

import pytest
from tests.extract.measures_support import names_of, one

from plantrace.extract.measures.metric import canonical

BULLETIN = {"doc_type": "statistical_bulletin", "period": None, "issued": "2021-03-10"}


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("1-2月份,全国房地产开发投资10720亿元,同比下降9.8%,降幅比上年全年收窄0.8个百分点;"
         "其中住宅投资8056亿元,下降9.2%,降幅收窄1.3个百分点。", "0.8个百分点", "房地产开发投资"),
        ("1-2月份,全国房地产开发投资10720亿元,同比下降9.8%,降幅比上年全年收窄0.8个百分点;"
         "其中住宅投资8056亿元,下降9.2%,降幅收窄1.3个百分点。", "1.3个百分点", "住宅投资"),
        ("1-2月份,新建商品房销售面积10746万平方米,同比下降5.1%,降幅比上年全年收窄7.8个百分点;"
         "其中住宅销售面积下降3.4%,降幅收窄10.7个百分点。", "10.7个百分点", "住宅销售面积"),
        ("1-10月,東部地區房地產開發投資46416億元,同比增長5%,增速同比提高2.7個百分點,比1-9月提高1.4個百分點。",
         "1.4個百分點", "东部地区房地产开发投资"),
        ("全县地方财政支出21405万元,同比增长44.53%,增幅同比提高了30.93个百分点", "30.93个百分点", "地方财政支出"),
    ],
)
def test_a_rate_that_widens_or_narrows_is_the_sentence_indicator(phrase: str, surface: str, metric: str) -> None:
    assert names_of(phrase, **BULLETIN)[surface] == metric


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("当月全市人民币储蓄存款增加108.1亿元,同比多增207.1亿元。", "207.1亿元", "全市人民币储蓄存款"),
        ("7月份,全市新增人民币贷款127.6亿元,同比多增49.4亿元,但比上月少增53.2亿元。", "49.4亿元", "新增人民币贷款"),
        ("7月份,全市新增人民币贷款127.6亿元,同比多增49.4亿元,但比上月少增53.2亿元。", "53.2亿元", "新增人民币贷款"),
        ("其中,中资银行新增存款93.2亿元,同比多增232亿元;外资银行存款减少62.4亿元,同比多减94.4亿元。",
         "94.4亿元", "外资银行存款"),
        ("截至6月末,全国人民币各项存款余额达到43.90万亿元,同比增长18.85%,其中,居民储蓄存款增加22070亿元,"
         "同比多增13798亿元。", "13798亿元", "居民储蓄存款"),
    ],
)
def test_more_or_less_than_before_is_the_sentence_indicator(phrase: str, surface: str, metric: str) -> None:
    assert names_of(phrase, **BULLETIN)[surface].endswith(metric)


@pytest.mark.parametrize(
    ("phrase", "surface", "indicator"),
    [
        ("重点地区细颗粒物（PM2.5）平均浓度下降30%以上。", "30%以上", "PM2.5平均浓度"),
        ("上半年，全省细颗粒物（PM2.5）平均浓度为55μg/m3，同比下降15.4%；可吸入颗粒物（PM10）平均浓度为108μg/m3，"
         "同比下降10.0%。", "15.4%", "PM2.5平均浓度"),
        ("全省PM2.5平均浓度不超过35微克每立方米。", "35微克每立方米", "PM2.5平均浓度"),
        ("今年广义货币M2预期增长13%左右，社会融资规模余额增长13%左右。", "13%左右", "广义货币"),
    ],
)
def test_fine_particles_are_not_broad_money(phrase: str, surface: str, indicator: str) -> None:
    first = next(m for m in one(phrase, doc_type="fyp_outline") if m.surface == surface)
    assert first.metric_canonical == indicator


@pytest.mark.parametrize(("name", "indicator"), [("细颗粒物(PM2.5)未达标地级及以上城市平均浓度", None),
                                                 ("M2余额", "广义货币"), ("人均GDP", "人均地区生产总值")])
def test_a_latin_synonym_inside_a_longer_code_names_nothing(name: str, indicator: str | None) -> None:
    assert canonical(name) == indicator


@pytest.mark.parametrize(
    ("phrase", "surface", "metric"),
    [
        ("5月零售業總銷貨價值臨時估計為400億元，按年下跌1.3%，優於市場預期的跌4.3%。", "1.3%", "零售业总销货价值"),
        ("零售业销货值在今年首四个月按年下跌了2%，整体投资开支亦下跌7.1%。", "7.1%", "整体投资开支"),
        ("2024 年全年整體均價為 85,114 元，按年下跌 9.0%，但全年住宅買賣數目反而增加 17.4%。", "9.0%", "整体均价"),
    ],
)
def test_a_fall_told_as_xiadie_is_a_growth_of_the_sentence_indicator(phrase: str, surface: str, metric: str) -> None:
    found = {m.surface: m for m in one(phrase, doc_type="other", period=None, issued="2024-07-10")}
    assert found[surface].metric.startswith(metric)
    assert (found[surface].kind, found[surface].direction) == ("growth", "down")
