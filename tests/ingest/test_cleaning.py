"""DATA-NOTES 6–7 and 22: web chrome, footers, spam and near duplicates, on the corpus and on
pages written in the style of other government sites."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plantrace.ingest import noise
from plantrace.ingest.clean import clean
from plantrace.ingest.readers import read_source
from plantrace.ingest.rules import chrome_rules, spam_vocabulary
from plantrace.models import CleanText, SourceText

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"
MAX = 50 * 1024 * 1024
BODY = [
    "一、发展基础",
    "“十三五”期间,全区经济实力显著增强,地区生产总值年均增长7.2%,人民生活水平持续提高。",
    "二、主要目标",
    "到2025年,全区地区生产总值达到2500亿元,城乡居民收入增长与经济增长基本同步,生态环境持续改善。",
    "三、重点任务",
    "加快建设现代化产业体系,推动制造业高端化、智能化、绿色化发展,培育壮大战略性新兴产业集群。",
]


def cleaned_corpus(name: str) -> CleanText:
    return clean(read_source(CORPUS / name, max_bytes=MAX))


def cleaned_lines(lines: list[str]) -> CleanText:
    return clean(SourceText(source="t.txt", sha256="0" * 64, format="txt", encoding="utf-8", lines=tuple(lines)))


def removed_numbers(cleaned: CleanText) -> dict[int, str]:
    return {
        n: run.reason for run in cleaned.removed for n in range(run.line_start, run.line_end + 1)
        if cleaned.lines[n - 1].raw.strip()
    }


# 6. The corpus --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "runs"),
    [
        # LW L1 breadcrumb, L3 truncated title, L5 timestamp + 人已围观, L7 teaser ending "...";
        # L197–205 tags, 标签云, 站点信息, 文章统计938篇文章, 微信公众号
        ("liwan_fyp14_outline_scraped.txt", [(1, 7, "web_chrome"), (197, 205, "web_chrome")]),
        # WR L1 欢迎您, L3 首页 >, L7 时间/来源/字体:; L237–243 友情链接, 版权所有, ICP/公安备案, 总访问量
        ("guangzhou_work_report_2021.txt", [(1, 3, "web_chrome"), (7, 7, "web_chrome"), (237, 243, "footer")]),
        ("guangzhou_fyp14_outline_partial.txt", [(564, 564, "footer")]),  # 来源:广州市人民政府
        ("conghua_fyp14_outline_2022.txt", [(1, 1, "web_chrome")]),  # (广东省)…(2022年更新)
        ("haizhu_fyp14_outline_hant.txt", []),
        ("national/national_work_report_2010.txt", []),
        ("national/national_work_report_2017.txt", []),
    ],
)
def test_corpus_removed_runs(name: str, runs: list[tuple[int, int, str]]) -> None:
    removed = cleaned_corpus(name).removed
    assert [(r.line_start, r.line_end, r.reason) for r in removed] == runs
    # every run names the versioned rules that found it
    names = [name for r in removed for name in r.rule.split(",")]
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z_]+)+\.v\d+", name) for name in names)


@pytest.mark.parametrize(
    ("name", "numbers"),
    [
        ("guangzhou_work_report_2021.txt", [5, 9, 10, 12]),  # title, ——date/session, speaker, 各位代表
        ("haizhu_fyp14_outline_hant.txt", [2, 3, 4, 5, 6, 7]),  # doc number, addressees, notice, date, title
        ("liwan_fyp14_outline_scraped.txt", [9, 11, 195]),  # the notice, the first paragraph, the last
        ("conghua_fyp14_outline_2022.txt", [2, 3]),
    ],
)
def test_metadata_lines_are_kept(name: str, numbers: list[int]) -> None:
    cleaned = cleaned_corpus(name)
    removed = removed_numbers(cleaned)
    assert not [n for n in numbers if n in removed]


def test_every_line_is_still_there() -> None:
    cleaned = cleaned_corpus("liwan_fyp14_outline_scraped.txt")
    assert len(cleaned.lines) == 205
    assert [line.number for line in cleaned.lines] == list(range(1, 206))
    assert cleaned.lines[1].blank and 2 not in removed_numbers(cleaned)  # blank lines are not "removed"


def test_liwan_truncated_title_is_reported() -> None:
    cleaned = cleaned_corpus("liwan_fyp14_outline_scraped.txt")
    assert [(w.code, w.line_start) for w in cleaned.warnings] == [("truncated", 3)]


def test_spam_name_never_survives_in_the_corpus() -> None:
    cleaned = cleaned_corpus("liwan_fyp14_outline_scraped.txt")
    assert not [line.number for line in cleaned.lines if "网投" in line.simp]
    assert cleaned.lines[6].text.startswith("简介《广州市荔湾区")  # masked inside the teaser line


# 6. Pages written in the style of other sites ---------------------------------------------

HANGZHOU_PAGE = [
    "当前位置:首页 > 政务公开 > 规划计划",
    "杭州市余杭区国民经济和社会发展第十四个五年规划纲要",
    "发布日期:2021-06-15 浏览次数:1234",
    "【字体:大 中 小】",
    *BODY,
    "【打印本页】【关闭窗口】",
    "上一篇:余杭区2020年国民经济和社会发展统计公报",
    "主办单位:杭州市余杭区人民政府办公室 承办单位:余杭区大数据管理局",
    "浙ICP备05000000号-1 浙公网安备 33011002000000号",
    "网站标识码:3301100001",
    "联系我们 | 网站地图",
]


def test_written_page_head_and_tail() -> None:
    cleaned = cleaned_lines(HANGZHOU_PAGE)
    removed = removed_numbers(cleaned)
    assert removed == {1: "web_chrome", 3: "web_chrome", 4: "web_chrome", 11: "web_chrome", 12: "web_chrome",
                       13: "footer", 14: "footer", 15: "footer", 16: "footer"}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("您现在的位置:首页 > 政策文件", "web_chrome"),
        ("首页 > 信息公开 > 计划总结", "web_chrome"),
        ("欢迎您访问长沙市人民政府门户网站", "web_chrome"),
        ("时间:2021-02-04 来源:广州日报 字体:", "web_chrome"),
        ("2021-07-28 22:37 人已围观", "web_chrome"),
        ("发布时间:2022年3月1日", "web_chrome"),
        ("分享到:微信 微博", "web_chrome"),
        ("Tags:规划 纲要", "web_chrome"),
        ("标签:十四五", "web_chrome"),
        ("• 文章统计938篇文章", "web_chrome"),
        ("版权所有:成都市人民政府办公厅", "footer"),
        ("Copyright © 2021 www.example.gov.cn All Rights Reserved", "footer"),
        ("蜀ICP备05003311号", "footer"),
        ("川公网安备 51010402000507号", "footer"),
        ("来源:成都市发展和改革委员会", "footer"),
        ("版權所有:海珠區人民政府", "footer"),  # traditional characters match through the simplified layer
    ],
)
def test_chrome_at_the_tail(line: str, reason: str) -> None:
    cleaned = cleaned_lines([*BODY, line])
    assert removed_numbers(cleaned) == {len(BODY) + 1: reason}


@pytest.mark.parametrize(
    "line",
    [
        "——2021年1月29日在广州市第十五届人民代表大会第六次会议上",
        "广州市市长 温国辉",
        "海府〔2021〕18號",
        "各街道,区政府各部门、各直属机构:",
        "2021年7月26日",
        "(2021年4月20日广州市十五届人民代表大会第六次会议批准)",
        "前 言",
        "第一章 发展基础",
        "第三节 完善纠错机制",  # TOC headings at the head use words web footers also use
        "第四节 建设无障碍环境",
        "日期:2021年7月26日",
        "关键领域改革取得突破",
    ],
)
def test_metadata_lines_at_the_head_are_kept(line: str) -> None:
    assert removed_numbers(cleaned_lines([line, *BODY])) == {}


@pytest.mark.parametrize("line", ["— 3 —", "- 12 -", "第3页 共20页", "第 12 页"])
def test_page_numbers_in_the_body(line: str) -> None:
    cleaned = cleaned_lines([*BODY[:2], line, *BODY[2:]])
    assert removed_numbers(cleaned) == {3: "footer"}


@pytest.mark.parametrize(
    "line",
    [
        "来源:国家统计局,2020年数据。",  # a source note inside the body
        "加快完善版权保护体系,建设网站地图等公共服务平台,推动政务公开标准化、规范化。",
        "建设12345政务服务便民热线,推动1314幸福线、5G基站和PM2.5监测网络建设。",
        "落实省委“1+1+9”工作部署,推进G105国道改造和14号线建设。",
        "时间:2021年至2025年,任务:建设国家中心城市。",
        "——2035年",
        "第3页的表格列出了主要指标。",
    ],
)
def test_body_lines_are_kept_and_unchanged(line: str) -> None:
    cleaned = cleaned_lines([*BODY[:2], line, *BODY[2:]])
    assert removed_numbers(cleaned) == {}
    assert cleaned.lines[2].text == line.replace(" ", "")


# Spam ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "masked"),
    [
        ("加快建设澳门在线网投平台现代产业体系,推动高质量发展。", "加快建设现代产业体系,推动高质量发展。"),
        ("深化改革开放,娱乐城百家乐全面提升城市综合竞争力。", "深化改革开放,全面提升城市综合竞争力。"),
        ("推進澳門在線網投平台粵港澳大灣區建設,打造國際一流灣區。", "推進粵港澳大灣區建設,打造國際一流灣區。"),
    ],
)
def test_spam_terms_are_masked_inside_real_lines(line: str, masked: str) -> None:
    cleaned = cleaned_lines([*BODY[:2], line, *BODY[2:]])
    kept = cleaned.lines[2]
    assert kept.text == masked
    assert len(kept.simp) == len(kept.text) == len(kept.index)
    assert "".join(line[i] for i in kept.index) == kept.text
    assert removed_numbers(cleaned) == {}
    assert [(w.code, w.line_start) for w in cleaned.warnings] == [("spam_masked", 3)]


@pytest.mark.parametrize(
    "line",
    [
        "澳门在线网投平台 娱乐城 www.example-bet.com 注册送彩金",
        "【澳门网投】官网注册开户",
        "百家乐 真人娱乐 时时彩",
    ],
)
def test_lines_that_are_mostly_spam_are_removed(line: str) -> None:
    cleaned = cleaned_lines([*BODY[:2], line, *BODY[2:]])
    assert removed_numbers(cleaned) == {3: "spam"}
    assert not cleaned.warnings


@pytest.mark.parametrize(
    "line",
    [
        "加大电网投资力度,建设坚强智能电网,推进管网投入运营。",  # 网投 inside 电网投资 is not spam
        "支持澳门经济适度多元发展,深化粤澳合作。",
        "丰富群众文化娱乐生活,建设一批城市书房。",
    ],
)
def test_ordinary_words_are_not_spam(line: str) -> None:
    cleaned = cleaned_lines([*BODY, line])
    assert cleaned.lines[-1].text == line
    assert not cleaned.warnings and not cleaned.removed


def test_spam_vocabulary_is_data() -> None:
    vocab = spam_vocabulary()
    assert vocab.mask.spans("简介澳门在线网投平台《纲要》") == [(2, 10)]
    assert vocab.mask.spans("BET365 和 bet365") == [(0, 6), (9, 15)]
    assert not vocab.mask.spans("加大电网投资")
    assert {rule.name for rule in chrome_rules().rules} >= {"chrome.breadcrumb.v1", "footer.registration.v1"}


@pytest.mark.parametrize(
    "cut",
    [
        "成都市人民政府关于印发成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通",
        "成都市人民政府关于印发成都市国民经济和社会发展第十四个五...",
        "成都市国民经济和社会发展第十四个五年规",
    ],
)
def test_cut_title_at_the_head_is_chrome(cut: str) -> None:
    notice = "成都市人民政府关于印发成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知"
    cleaned = cleaned_lines([cut, notice, *BODY])
    assert removed_numbers(cleaned) == {1: "web_chrome"}
    assert [(w.code, w.line_start) for w in cleaned.warnings] == [("truncated", 1)]


@pytest.mark.parametrize(
    "line",
    [
        "成都市国民经济和社会发展第十四个五年规划",  # complete without its period: not cut
        "成都市人民政府",
        "成都市人民政府关于印发",
    ],
)
def test_complete_or_short_head_lines_are_not_cut_titles(line: str) -> None:
    notice = "成都市国民经济和社会发展第十四个五年规划(2021—2025年)"
    assert removed_numbers(cleaned_lines([line, notice, *BODY])) == {}


# Duplicates (DATA-NOTES 22) -----------------------------------------------------------------


def test_repeated_sentence_nearby_is_a_duplicate() -> None:
    cleaned = cleaned_lines([*BODY[:4], "", BODY[3], *BODY[4:]])
    assert removed_numbers(cleaned) == {6: "duplicate"}


def test_teaser_before_its_paragraph_is_chrome() -> None:
    teaser = "摘要:" + BODY[3][:30] + "..."
    cleaned = cleaned_lines([*BODY[:3], teaser, BODY[3], *BODY[4:]])
    assert removed_numbers(cleaned) == {4: "web_chrome"}


def test_table_of_contents_is_not_a_duplicate() -> None:
    toc = ["第一章 发展基础", "第二章 主要目标", "第三章 重点任务"]
    cleaned = cleaned_lines([*toc, *toc, *BODY])
    assert removed_numbers(cleaned) == {}


def test_far_repeats_are_left_to_later_stages() -> None:
    filler = [f"第{n}项任务是推进城市更新,完善公共服务设施,提升人居环境质量和城市品质。" for n in range(8)]
    cleaned = cleaned_lines([*BODY[:2], *filler, BODY[1], *BODY[2:]])
    assert removed_numbers(cleaned) == {}


# Properties ------------------------------------------------------------------------------

_PIECES = st.sampled_from([
    "首页 > ", "版权所有", "ICP备12345号", "澳门在线网投平台", "娱乐城", "...", "。", "来源:", "字体:",
    "广州市海珠区", "第一章 ", "2021-07-28 22:37", "《纲要》", "  ", "\u00a0", "二O三五年", "人已围观",
])
_LINE = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=6).map("".join)


@given(st.lists(_LINE, max_size=30))
@settings(max_examples=200, deadline=None)
def test_clean_never_crashes_and_runs_stay_inside(raws: list[str]) -> None:
    raws = [raw.replace("\n", " ").replace("\r", " ") for raw in raws]
    cleaned = cleaned_lines(raws)
    assert len(cleaned.lines) == len(raws)
    previous_end = 0
    for run in cleaned.removed:
        assert previous_end < run.line_start <= run.line_end <= len(raws)
        assert cleaned.lines[run.line_start - 1].raw.strip() and cleaned.lines[run.line_end - 1].raw.strip()
        assert run.reason in {"web_chrome", "footer", "spam", "duplicate"}
        previous_end = run.line_end
    for line in cleaned.lines:
        assert len(line.simp) == len(line.text) == len(line.index)
        assert "澳门在线网投平台" not in line.simp
        assert all(a < b for a, b in itertools.pairwise(line.index))


# 7. Numbers in chrome are removed with it; codes and names in the body survive intact -------


@pytest.mark.parametrize(
    ("name", "number", "token"),
    [
        ("guangzhou_work_report_2021.txt", 241, "16042710"),  # ICP 备案
        ("guangzhou_work_report_2021.txt", 241, "44010402000227"),  # 公网安备
        ("guangzhou_work_report_2021.txt", 7, "2021-02-04"),
        ("liwan_fyp14_outline_scraped.txt", 5, "2021-07-28 22:37"),
        ("liwan_fyp14_outline_scraped.txt", 203, "938"),
    ],
)
def test_chrome_numbers_are_inside_removed_runs(name: str, number: int, token: str) -> None:
    cleaned = cleaned_corpus(name)
    assert token in cleaned.lines[number - 1].raw
    assert number in removed_numbers(cleaned)


@pytest.mark.parametrize(
    ("name", "number", "token"),
    [
        ("guangzhou_work_report_2021.txt", 84, "12345"),
        ("conghua_fyp14_outline_2022.txt", 367, "724"),
        ("guangzhou_work_report_2021.txt", 64, "5080"),
        ("guangzhou_fyp14_outline_partial.txt", 154, "4N"),
        ("guangzhou_fyp14_outline_partial.txt", 130, "C40"),
        ("conghua_fyp14_outline_2022.txt", 11, "5G"),
        ("conghua_fyp14_outline_2022.txt", 61, "PM2.5"),
        ("conghua_fyp14_outline_2022.txt", 61, "O3"),
        ("haizhu_fyp14_outline_hant.txt", 200, "3D"),
        ("liwan_fyp14_outline_scraped.txt", 99, "2.0模式"),
        ("liwan_fyp14_outline_scraped.txt", 165, "营商环境3.0"),
        ("guangzhou_work_report_2021.txt", 166, "营商环境4.0"),
        ("conghua_fyp14_outline_2022.txt", 407, "1+1+9"),
        ("guangzhou_fyp14_outline_partial.txt", 215, "1+2+4"),
        ("guangzhou_fyp14_outline_partial.txt", 538, "3+X"),
        ("liwan_fyp14_outline_scraped.txt", 17, "1+11"),
        ("conghua_fyp14_outline_2022.txt", 208, "5+1"),
        ("conghua_fyp14_outline_2022.txt", 269, "G105"),
        ("conghua_fyp14_outline_2022.txt", 271, "S118"),
        ("conghua_fyp14_outline_2022.txt", 284, "X285"),
        ("conghua_fyp14_outline_2022.txt", 271, "14号线"),
        ("conghua_fyp14_outline_2022.txt", 13, "Ⅱ类"),
        ("guangzhou_fyp14_outline_partial.txt", 331, "劣Ⅴ类"),
        ("guangzhou_work_report_2021.txt", 62, "第45届"),
        ("guangzhou_work_report_2021.txt", 154, "20万吨级"),
        ("conghua_fyp14_outline_2022.txt", 336, "《3-6岁儿童学习与发展指南》"),
        ("liwan_fyp14_outline_scraped.txt", 19, "(2019-2025年)"),
        ("guangzhou_fyp14_outline_partial.txt", 98, "附件2名词解释"),
    ],
)
def test_body_codes_survive_cleaning_verbatim(name: str, number: int, token: str) -> None:
    cleaned = cleaned_corpus(name)
    line = cleaned.lines[number - 1]
    assert token in line.simp
    start = line.simp.index(token)
    raw_start, raw_end = line.raw_span(start, start + len(token))
    assert line.raw[raw_start:raw_end] == token
    assert number not in removed_numbers(cleaned)


# 7. Real pages of other provinces (2026 government work reports, as published on the web) ----

# 内蒙古自治区 2026 report page, head and tail (mirrored by johncodes404/china-provincial-gov-reports-2026).
NEIMENGGU_PAGE = [
    "下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】",
    "2026年内蒙古自治区政府工作报告",
    "——2026年2月4日在内蒙古自治区第十四届人民代表大会第五次会议上",
    "来源：内蒙古日报",
    "时间：2026-02-12",
    "自治区人民政府主席 包钢",
    *BODY,
    "相关报道：",
]
# 宁夏回族自治区 (nx.gov.cn) head and tail: a breadcrumb one item a line, credit labels and their values.
NINGXIA_PAGE = [
    "当前位置：", "首页", ">", "政务信息", ">", "宁夏要闻",
    "2026年宁夏回族自治区政府工作报告",
    "发表时间：", "2026-02-09 09:45:30", "来源：", "宁夏日报客户端", "阅读量：", "【字体：", "小", "中", "大", "】",
    *BODY,
    "扫一扫在手机打开当前页", "【", "打印本页", "】", "【", "关闭窗口", "】",
]
# 陕西省 (shaanxi.gov.cn): the page title and date line shown again below the breadcrumb.
SHAANXI_PAGE = [
    "分享:",
    "陕西省2026年政府工作报告",
    "2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚",
    "首页", ">", "政府信息公开", ">", "政府工作报告", ">", "省政府工作报告",
    "陕西省2026年政府工作报告",
    "2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚",
    "时间:", "2026-02-02 09:20",
    *BODY,
]
# 云南省 (yn.gov.cn) tail and 贵州省 (guizhou.gov.cn) photo caption.
YUNNAN_TAIL = ["》》点击图片进入专题《《", "收藏", "|", "分享到：", "分享到微信", "×", "相关文档："]
GUIZHOU_HEAD = ["政府工作报告。 贵州日报天眼新闻记者 李森 摄", "政府工作报告"]


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (NEIMENGGU_PAGE, [10, 11, 14]),
        (NINGXIA_PAGE, [7]),
        (SHAANXI_PAGE, [2, 3]),
        ([*GUIZHOU_HEAD, *BODY, *YUNNAN_TAIL], [2]),
    ],
)
def test_page_debris_at_both_ends_is_removed_with_a_reason(page: list[str], kept: list[int]) -> None:
    cleaned = cleaned_lines(page)
    removed = removed_numbers(cleaned)
    body_start = page.index(BODY[0]) + 1
    head = [n for n in range(1, body_start) if n not in removed]
    tail = [n for n in range(body_start + len(BODY), len(page) + 1) if n not in removed]
    assert (head, tail) == (kept, [])
    assert set(removed.values()) <= {"web_chrome", "footer"}
    assert all(run.rule for run in cleaned.removed)


@pytest.mark.parametrize("page", [NEIMENGGU_PAGE, NINGXIA_PAGE, SHAANXI_PAGE, [*GUIZHOU_HEAD, *BODY, *YUNNAN_TAIL]])
def test_page_debris_raises_no_truncation_warning(page: list[str]) -> None:
    from plantrace.ingest.metadata import detect_metadata

    document = detect_metadata(cleaned_lines(page))
    assert [w.code for w in document.warnings] == []
    assert document.title.endswith("政府工作报告")


@given(st.lists(st.sampled_from(["简介:", "摘要", "规划", ".", "…", "。", "\n", " ", "a"]), max_size=12).map("".join))
def test_a_teaser_stem_is_found_from_the_last_run_of_ellipsis_characters(simp: str) -> None:
    """The ellipsis ends the line, so the search starts at the line's last run of its characters."""
    cut = noise._ELLIPSIS.search(simp)
    expected = None if cut is None else noise._TEASER_LABEL.sub("", simp[: cut.start()]).strip()
    assert noise._teaser_stem(simp) == expected
