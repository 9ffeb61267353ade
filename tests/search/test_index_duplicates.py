"""Within-document duplicates (search.index._without_duplicates): a passage inside a longer kept one is
not indexed again; found without searching every kept passage (issue #9: it was quadratic)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from plantrace.search.index import _MIN_NEAR_DUP, _KeptTexts


def _inside_any(text: str, kept: list[str]) -> bool:
    return text in "|".join(kept)  # what the index did before: one search of all kept texts


@given(st.lists(st.text(alphabet="规划建设发展", min_size=1, max_size=60), min_size=1, max_size=40),
       st.lists(st.text(alphabet="规划建设发展", min_size=_MIN_NEAR_DUP, max_size=40), max_size=40))
def test_a_text_inside_a_kept_text_is_found_as_one_search_of_all_finds_it(kept: list[str], asked: list[str]) -> None:
    texts = _KeptTexts()
    for text in kept:
        texts.add(text)
    slices = [k[i:i + n] for k in kept for i in (0, 3, 7) for n in (_MIN_NEAR_DUP, 17, 25) if len(k[i:]) >= n]
    for text in [*asked, *slices]:
        assert texts.holds(text) == _inside_any(text, kept), text


def test_real_passages() -> None:
    kept = ["坚持把发展经济着力点放在实体经济上，坚定不移建设制造强国、质量强国、网络强国、数字中国",
            "推进产业基础高级化、产业链现代化，提高经济质量效益和核心竞争力"]
    texts = _KeptTexts()
    for text in kept:
        texts.add(text)
    assert texts.holds("坚定不移建设制造强国、质量强国、网络强国")
    assert texts.holds("产业链现代化，提高经济质量效益和核心竞争力")
    assert not texts.holds("坚定不移建设制造强国、质量强国、交通强国")
    assert not texts.holds("数字中国推进产业基础高级化、产业链现代化")  # across two passages: not inside one
