"""Text reuse: seeds, alignment across small edits, script folding, the banality filter."""

from __future__ import annotations

import pytest
from tests.link.helpers import passage, plan

from plantrace import link
from plantrace.link import banality, reuse

# A traditional-script district sentence (海珠, machine-converted) and the simplified city sentence it copies.
HANT = ("持續提升住房保障水平。堅持“房子是用來住的,不是用來炒的”的定位,"
        "推進“多主體供給、多渠道保障、租購并舉”住房制度的建設。")
HANS = ("坚持房子是用来住的、不是用来炒的定位,完善房地产长效机制,促进房地产市场平稳健康发展。"
        "健全多主体供给、多渠道保障、租购并举的住房制度")
WOMEN_HANT = "促進婦女全面發展。貫徹落實男女平等憲法原則和基本國策,健全法規政策性別平等評估咨詢機制"
WOMEN_HANS = "贯彻落实男女平等宪法原则和基本国策,深入实施国家妇女发展纲要,持续改善妇女发展环境"
NONE = link.Banality(frozenset())


def test_traditional_lower_plan_reuses_simplified_upper_plan() -> None:
    lower = [passage("hz", 1, WOMEN_HANT)]
    upper = [passage("gz", 9, WOMEN_HANS)]
    found = reuse.reuse_links(lower, upper, NONE)
    assert [lk.evidence for lk in found] == ["贯彻落实男女平等宪法原则和基本国策,"]
    assert found[0].rule == "link.reuse.v1"
    assert found[0].lower.start == WOMEN_HANT.index("貫徹")


def test_near_copy_with_changed_punctuation_is_one_span() -> None:
    spans = reuse.align(passage("hz", 1, HANT).text, HANS, NONE)
    texts = [passage("hz", 1, HANT).text[s.lower_start:s.lower_end] for s in spans]
    assert any("房子是用来住的" in t and "不是用来炒的" in t for t in texts)
    assert any(t.startswith("多主体供给、多渠道保障、租购并举") for t in texts)


@pytest.mark.parametrize("min_chars, expected", [(15, 1), (30, 0)])
def test_min_chars(min_chars: int, expected: int) -> None:
    found = reuse.reuse_links([passage("hz", 1, WOMEN_HANT)], [passage("gz", 2, WOMEN_HANS)], NONE, min_chars)
    assert len(found) == expected


def test_stock_phrase_from_the_data_file_is_not_reuse() -> None:
    stock = "深入学习贯彻习近平新时代中国特色社会主义思想,坚定不移贯彻新发展理念。"
    lower, upper = [passage("cz", 1, "全区上下要" + stock)], [passage("gz", 1, "全市上下" + stock)]
    assert reuse.reuse_links(lower, upper, NONE)
    assert not reuse.reuse_links(lower, upper, banality.learn([]))


def test_shingles_shared_by_two_families_are_banal_and_one_family_is_not() -> None:
    text = "健全多主体供给、多渠道保障、租购并举的住房制度"
    hashes = banality.document_shingles([text])
    within = banality.learn([("广州市", hashes), ("广州市", hashes)])
    across = banality.learn([("广州市", hashes), ("中华人民共和国", hashes)])
    assert not any(h in within for h in hashes)
    assert all(h in across for h in hashes)
    assert all(across.mask(text))


def test_link_pair_runs_every_relation_on_plain_data() -> None:
    lower, upper = plan("hz", [HANT, WOMEN_HANT]), plan("gz", [HANS, WOMEN_HANS])
    stats = link.learn_stats([("a", lower), ("a", upper)])
    found = link.link_pair(lower, upper, stats, relations=["reuse"])
    assert {lk.relation for lk in found} == {"reuse"}
    assert {lk.lower.line_start for lk in found} == {1, 2}
