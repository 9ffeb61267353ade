"""evaluation.agreement.score: annotation B against annotation A with score_unseen's matcher (issue #8)."""

from __future__ import annotations

from evaluation.agreement import score


def test_an_annotation_agrees_fully_with_itself() -> None:
    a = score.load(score.A_SOURCES)
    figures, errors = score.compare(a, a)
    assert errors == []
    assert figures["mention_f1"] == 1.0 and figures["all_fields_f1"] == 1.0


def test_b_covers_a_s_lines_and_its_disagreements_are_counted_by_field() -> None:
    a, b = score.load(score.A_SOURCES), score.load([score.B_SOURCE])
    figures, errors = score.compare(a, b)
    assert len(a) == len(b) == 89
    counts = score.by_field(errors)
    assert sum(counts.values()) == sum(len(e["wrong"]) for e in errors)
    assert 0.0 < figures["all_fields_f1"] <= 1.0


def test_the_blind_b_is_kept_beside_the_settled_one_and_still_disagrees_with_a() -> None:
    # the settled copy agrees with A on every settled point by construction; the blind copy, as committed before
    # any convention was settled, is the one that measures agreement, so it must not be replaced by the settled rows
    a, blind, settled = score.load(score.A_SOURCES), score.load([score.B_BLIND_SOURCE]), score.load([score.B_SOURCE])
    assert len(blind) == len(a) == 89
    blind_figures, blind_errors = score.compare(a, blind)
    settled_errors = score.compare(a, settled)[1]
    assert blind_errors and len(blind_errors) > len(settled_errors)
    assert blind_figures["all_fields_f1"] < 1.0
