"""Places from the gazetteer and which document answers which (place and period)."""

from __future__ import annotations

from plantrace.link.places import DocRef, Place, PlaceTree, pairs


def _doc(doc: str, jurisdiction: str, doc_type: str, period: tuple[int, int], issued: str = "") -> DocRef:
    return DocRef(doc, f"{doc}.txt", jurisdiction, doc_type, period, issued or None)


def test_chain_of_a_district_in_either_script() -> None:
    tree = PlaceTree()
    for name in ("广州市海珠区", "廣州市海珠區", "海珠区"):
        place = tree.resolve(name)
        assert place is not None
        assert [p.name for p in tree.chain(place)] == ["中华人民共和国", "广东省", "广州市", "海珠区"]


def test_a_14th_plan_district_outline_answers_the_14th_plan_city_outline_not_the_13th() -> None:
    docs = [
        _doc("hz14", "广州市海珠区", "fyp_outline", (2021, 2025)),
        _doc("gz13", "广州市", "fyp_outline", (2016, 2020)),
        _doc("gz14", "广州市", "fyp_outline", (2021, 2025)),
        _doc("wr21", "广州市", "work_report", (2021, 2021)),
        _doc("wr19", "广州市", "work_report", (2019, 2019)),
        _doc("gd14", "广东省", "fyp_outline", (2021, 2025)),
    ]
    found = {(p.lower, p.upper): p.relations for p in pairs(PlaceTree(), docs)}
    assert found[("hz14", "gz14")] == ("reuse", "commitment", "positioning", "target")
    assert found[("hz14", "wr21")] == ("target",)
    assert ("hz14", "gz13") not in found and ("hz14", "wr19") not in found
    assert ("hz14", "gd14") not in found          # the nearest place above with documents is the city
    assert ("gz14", "gd14") in found and ("gz13", "gd14") not in found


def test_a_district_without_a_city_plan_answers_the_province() -> None:
    docs = [_doc("ch14", "广州市从化区", "fyp_outline", (2021, 2025)),
            _doc("gd14", "广东省", "fyp_outline", (2021, 2025))]
    assert [(p.lower, p.upper) for p in pairs(PlaceTree(), docs)] == [("ch14", "gd14")]


def test_a_user_place_sits_in_the_tree() -> None:
    gz = PlaceTree().resolve("广州市")
    assert gz is not None
    zone = Place("user:中新广州知识城", "中新广州知识城", "district", gz.code, ("知识城",), "user")
    tree = PlaceTree([zone])
    docs = [_doc("zone", "中新广州知识城", "fyp_outline", (2021, 2025)),
            _doc("gz14", "广州市", "fyp_outline", (2021, 2025))]
    assert tree.resolve("知识城") == zone
    assert [(p.lower, p.upper) for p in pairs(tree, docs)] == [("zone", "gz14")]
