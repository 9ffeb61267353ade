"""The national gazetteer (plantrace.gazetteer) on real division names from many provinces."""

from __future__ import annotations

import pytest

from plantrace.gazetteer import NATIONAL_NAME, gazetteer, short_names


@pytest.mark.parametrize(
    ("name", "full", "level", "kind", "chain"),
    [
        ("海珠区", "广东省广州市海珠区", "district", "市辖区", ["广东省", "广州市", "海珠区"]),
        ("海珠", "广东省广州市海珠区", "district", "市辖区", ["广东省", "广州市", "海珠区"]),
        ("广州市海珠区", "广东省广州市海珠区", "district", "市辖区", ["广东省", "广州市", "海珠区"]),
        ("廣州市海珠區", "广东省广州市海珠区", "district", "市辖区", ["广东省", "广州市", "海珠区"]),
        ("新疆维吾尔自治区", "新疆维吾尔自治区", "province", "自治区", ["新疆维吾尔自治区"]),
        ("新疆", "新疆维吾尔自治区", "province", "自治区", ["新疆维吾尔自治区"]),
        ("广西", "广西壮族自治区", "province", "自治区", ["广西壮族自治区"]),
        ("宁夏", "宁夏回族自治区", "province", "自治区", ["宁夏回族自治区"]),
        ("内蒙古", "内蒙古自治区", "province", "自治区", ["内蒙古自治区"]),
        ("重庆市", "重庆市", "province", "直辖市", ["重庆市"]),
        ("天津", "天津市", "province", "直辖市", ["天津市"]),
        ("香港", "香港特别行政区", "province", "特别行政区", ["香港特别行政区"]),
        ("贵阳市", "贵州省贵阳市", "city", "地级市", ["贵州省", "贵阳市"]),
        ("黔东南苗族侗族自治州", "贵州省黔东南苗族侗族自治州", "city", "自治州", ["贵州省", "黔东南苗族侗族自治州"]),
        ("黔东南", "贵州省黔东南苗族侗族自治州", "city", "自治州", ["贵州省", "黔东南苗族侗族自治州"]),
        ("延边", "吉林省延边朝鲜族自治州", "city", "自治州", ["吉林省", "延边朝鲜族自治州"]),
        ("阿里地区", "西藏自治区阿里地区", "city", "地区", ["西藏自治区", "阿里地区"]),
        ("阿拉善盟", "内蒙古自治区阿拉善盟", "city", "盟", ["内蒙古自治区", "阿拉善盟"]),
        ("鄂尔多斯市准格尔旗", "内蒙古自治区鄂尔多斯市准格尔旗", "county", "旗",
         ["内蒙古自治区", "鄂尔多斯市", "准格尔旗"]),
        ("乳源瑶族自治县", "广东省韶关市乳源瑶族自治县", "county", "自治县", ["广东省", "韶关市", "乳源瑶族自治县"]),
        ("仙桃市", "湖北省仙桃市", "county", "县级市", ["湖北省", "仙桃市"]),
        ("石河子市", "新疆维吾尔自治区石河子市", "county", "县级市", ["新疆维吾尔自治区", "石河子市"]),
        ("西宁市城中区", "青海省西宁市城中区", "district", "市辖区", ["青海省", "西宁市", "城中区"]),
        ("陕西省延安市宝塔区", "陕西省延安市宝塔区", "district", "市辖区", ["陕西省", "延安市", "宝塔区"]),
        ("云南省大理白族自治州", "云南省大理白族自治州", "city", "自治州", ["云南省", "大理白族自治州"]),
        ("北京朝阳区", "北京市朝阳区", "district", "市辖区", ["北京市", "朝阳区"]),
    ],
)
def test_names_resolve_to_one_division_with_its_chain(
    name: str, full: str, level: str, kind: str, chain: list[str]
) -> None:
    places = gazetteer()
    division = places.resolve(name)
    assert division is not None, name
    assert places.full_name(division) == full
    assert (division.level, division.kind) == (level, kind)
    assert [d.name for d in places.chain(division)] == [NATIONAL_NAME, *chain]


def test_namesakes_are_told_apart_by_context_or_left_ambiguous() -> None:
    places = gazetteer()
    assert places.resolve("朝阳区") is None
    assert {places.full_name(d) for d in places.lookup("朝阳区")} == {"北京市朝阳区", "吉林省长春市朝阳区"}
    in_changchun = places.resolve("朝阳区", context="长春市人民政府关于…")
    in_beijing = places.resolve("朝阳区", context=["北京市"])
    assert in_changchun is not None and places.full_name(in_changchun) == "吉林省长春市朝阳区"
    assert in_beijing is not None and places.full_name(in_beijing) == "北京市朝阳区"
    assert places.resolve("长春市朝阳区") == in_changchun
    # 朝阳 is also 辽宁省朝阳市 and its 朝阳县: the most likely reading first, all of them kept.
    assert len(places.lookup("朝阳")) >= 4
    assert places.resolve("朝阳") is None
    assert places.resolve("鼓楼区", context="福建省福州市") is not None


def test_unknown_names_and_non_nesting_compounds_resolve_to_nothing() -> None:
    places = gazetteer()
    assert places.resolve("夜间经济") is None
    assert places.resolve("广州市朝阳区") is None   # 朝阳区 is not inside 广州市
    assert places.lookup("全市") == []


def test_prefix_reads_a_division_at_the_start_of_a_title() -> None:
    places = gazetteer()
    found = places.prefix("西藏自治区2026年政府工作报告")
    assert found is not None and found[0].name == "西藏自治区" and found[1] == len("西藏自治区")
    found = places.prefix("广州市海珠区国民经济和社会发展第十四个五年规划")
    assert found is not None and found[0].name == "海珠区" and found[1] == 6
    assert places.prefix("关于印发规划的通知") is None


def test_mentions_in_running_text() -> None:
    places = gazetteer()
    text = "支持广州市海珠区、天河区建设，推进新疆维吾尔自治区乌鲁木齐市和长春市朝阳区改造，城区更新，朝阳产业"
    assert [(m.words, m.division.name) for m in places.mentions(text)] == [
        ("广州市海珠区", "海珠区"),
        ("天河区", "天河区"),
        ("新疆维吾尔自治区乌鲁木齐市", "乌鲁木齐市"),
        ("长春市朝阳区", "朝阳区"),
    ]
    assert [m.division.name for m in places.mentions("宁夏、青海和西藏")] == ["宁夏回族自治区", "青海省", "西藏自治区"]


def test_every_division_hangs_from_the_country_and_has_a_known_level() -> None:
    places = gazetteer()
    assert len(places) > 3000
    for division in places:
        chain = places.chain(division)
        assert chain[0].name == NATIONAL_NAME
        assert [d.rank for d in chain] == sorted(d.rank for d in chain)
        assert division.level in {"national", "province", "city", "district", "county"}


@pytest.mark.parametrize(
    ("name", "short"),
    [("广州市", ("广州",)), ("湘西土家族苗族自治州", ("湘西",)), ("城区", ()), ("澳门特别行政区", ("澳门",))],
)
def test_short_names(name: str, short: tuple[str, ...]) -> None:
    assert short_names(name) == short
