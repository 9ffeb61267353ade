"""Names that came from the wrong place, the tail (session 30, issue #8, "metric"), on real phrases of several
governments.

Sources: the 2026 work report of 贵州 (GZ), the 2025 work report of 宁夏 (NX25), 湖北日报 on 湖北's 13th-FYP
mid-term review of 2018 (HB18, traditional script with pinyin debris); a city's news of its economy in 2025 H1
(H1-25) and another city's in 2021 H1 (H1-21, traditional script with pinyin debris), all of the dev set; a
province's statistics release on its industry in 2024 1-4月 (P24, stored page corpus of the search tools,
gybag.com copy of a government site).
"""

from __future__ import annotations

import pytest
from measures_support import one

# a growth breadth (增长面: the share of the industries its sentence counts that grew) is a share of the sector whose
# value added the line gives before it, also past a full stop (从增长面看,…): not a growth rate, not of nothing
BREADTHS = [
    pytest.param("二是工业运行稳中有进。上半年,规上工业增加值增长7.4%,较一季度回升0.3个百分点。从增长面看,38个大类行业中"
                 "32个实现增长、增长面84.2%,较一季度提升7.9个百分点。", "84.2%", "规上工业增长面", id="H1-25"),
    pytest.param("全市規(guī)模以上工業(yè)增加值同比增長(zhǎng)13.3%,,為10年來(lái)最高增幅,。規(guī)模以上工業(yè)企業(yè)"
                 "營(yíng)業(yè)收入增長(zhǎng)31.0%,,居全省第8位;利潤(rùn)增長(zhǎng)180.3%,,居全省第3位,。分行業(yè)看,"
                 "全市35個(gè)行業(yè)大類中28個(gè)行業(yè)增加值實(shí)現(xiàn)增長(zhǎng),,增長(zhǎng)面為80%,。",
                 "80%", "规模以上工业增长面", id="H1-21"),
    pytest.param("1-4月,全省规模以上工业增加值同比增长8.5%,较一季度提高1.2个百分点,居全国第8位。分行业门类看,1-4月,采矿业同比"
                 "增长10.1%,较一季度提高9.2个百分点;制造业增长8.5%。分行业大类看,1-4月,全省38个行业大类中,22个行业增加值同比"
                 "实现增长,增长面达57.9%。", "57.9%", "规模以上工业增长面", id="P24"),
]


@pytest.mark.parametrize(("phrase", "surface", "name"), BREADTHS)
def test_a_growth_breadth_is_a_share_of_the_sector(phrase: str, surface: str, name: str) -> None:
    found = {m.surface: m for m in one(phrase, doc_type="statistical_bulletin", period=(2025, 2025), issued=None)}
    assert (found[surface].metric, found[surface].kind, found[surface].direction) == (name, "share", None)


# a value named only by a deed (改造, 搬迁任务, 改造计划) takes the object of the same deed named last before it in its
# line, up to the verb that governs it (开展|城中村改造, 推进|地质灾害避险搬迁, 实施|城镇棚户区住房改造)
DEED_OBJECTS = [
    pytest.param("开展城中村改造专项行动，年内完成6000套改造计划，力争3年内全部启动五市市辖区城中村1.2万套改造任务。",
                 {"6000套": "城中村改造计划", "1.2万套": "城中村改造任务"}, id="NX25"),
    pytest.param("（5）推进地质灾害避险搬迁，完成2.08万人搬迁任务。", {"2.08万人": "地质灾害避险搬迁任务"}, id="GZ"),
    pytest.param("以城鎮(zhèn)棚戶區(qū)住房改造為例,規(guī)劃期末全省實施城鎮(zhèn)棚戶區(qū)住房改造110萬套。2016年、2017年、"
                 "2018年上半年,全省分別完成完成改造39.6萬套、41.3萬套、14.5萬套,累計完成95.4萬套。",
                 {"39.6萬套": "城镇棚户区住房改造", "95.4萬套": "城镇棚户区住房改造"}, id="HB18"),
]


@pytest.mark.parametrize(("phrase", "names"), DEED_OBJECTS)
def test_a_bare_deed_takes_its_object_from_its_line(phrase: str, names: dict[str, str]) -> None:
    found = {m.surface: m.metric for m in one(phrase)}
    assert {surface: found[surface] for surface in names} == names


# …but not from further back than the sentence before (2025 work report of 陕西, SN25)
NOT_DEED_OBJECTS = [
    pytest.param(
        "西安入选国家第一批制造业新型技术改造试点，铜川、安康获批国家中医药传承创新发展试验区。陕煤煤炭分质利用、国能聚乙"
        "醇酸等重大项目开工建设，延长石油油气当量突破2000万吨。奕斯伟硅产业基地二期、彩虹G8.5+基板玻璃等项目运行"
        "投产，三星闪存芯片扩产项目主体完工，西电智慧产业园建成，宝汉天工业母机、榆鄂宁现代煤化工入选国家先进制造业集群，"
        "新增光子芯片、稀有金属材料2个国家级中小企业特色产业集群。积极布局低空经济、氢能等未来产业，大型多功能固定翼无人"
        "机成功首飞，陕汽氢燃料重卡销量全国第1。5G基站总量12.2万个，新增工业互联网平台10个、数字化典型应用场景3"
        "0个，世界互联网大会数字丝路发展论坛成功举办。新建高标准农田252万亩、改造提升43万亩，",
        "43万亩", id="SN25"),
]


@pytest.mark.parametrize(("phrase", "surface"), NOT_DEED_OBJECTS)
def test_a_deed_object_is_not_read_far_back(phrase: str, surface: str) -> None:
    assert "技术" not in {m.surface: m.metric for m in one(phrase)}[surface]


# what a list of counts ends with (与北京市学校结对办学, 达标, 治理, 开诊运营, 办结) is said of each count of it, not
# only of the last (2026 work reports of 内蒙古 NM, 贵州 GZ and 陕西 SN; 2025 work report of 青海 QH25; news of 合肥's
# 14th-FYP water plan, HF, traditional script with pinyin debris; all dev)
SHARED_PREDICATES = [
    pytest.param("43所高校、职业院校和538所中小学与北京市学校结对办学，300多个医疗专科与援助医院同质发展，",
                 {"43所": "高校与北京市学校结对办学", "538所": "中小学与北京市学校结对办学"}, id="NM"),
    pytest.param("开展大黑河和美岱沟等13条河流、300条中型以上侵蚀沟治理，汛期前完成哈素海等区域水毁工程修复。",
                 {"13条": "河流治理", "300条": "中型以上侵蚀沟治理"}, id="NM-rivers"),
    pytest.param("規劃實施23個萬畝圩口,76個萬畝以上灌區(qū)、795個中小型水庫達標建設和5條美麗河流建設。",
                 {"76個": "万亩以上灌区达标", "795個": "中小型水库达标"}, id="HF"),
    pytest.param("5个国家区域医疗中心、6个省级区域医疗中心开诊运营，建成200个县域医疗次中心。",
                 {"5个": "国家区域医疗中心开诊运营"}, id="GZ"),
    pytest.param("250件人大代表建议、286件政协提案高效办结，满意度保持在100%。",
                 {"250件": "人大代表建议办结"}, id="QH25"),
    pytest.param("完成1679个行政村生活污水和199个农村黑臭水体治理。", {"1679个": "行政村生活污水治理"}, id="SN"),
]


@pytest.mark.parametrize(("phrase", "names"), SHARED_PREDICATES)
def test_what_a_list_of_counts_ends_with_is_said_of_each(phrase: str, names: dict[str, str]) -> None:
    found = {m.surface: m.metric for m in one(phrase)}
    assert {surface: found[surface] for surface in names} == names
