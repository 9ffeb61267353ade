"""Parse: the structure tree of a cleaned document.

Public entry points: :func:`parse_document` -> (nodes, warnings), and :func:`owned_lines`, which
says which node owns each line (the rule is in :mod:`plantrace.parse.ownership`).

Decisions worth knowing:

- The table of contents is one ``toc`` node; its entries are its ``attrs`` as (line number,
  heading) pairs, never body headings. Missing body headings are reported from it
  (``missing_chapters``, ``missing_headings``, ``truncated``) and a top-level body heading whose
  chapter is missing gets the TOC's headings as the start of its ``path`` (attr ``path_from_toc``).
- A run-in heading (``经济实力迈上新台阶。2020年…``) is the ``title`` of its paragraph, not a node.
  ``一是…`` paragraphs keep ``一是`` as label and 1 as number.
- A flattened table inside a box becomes one ``item`` per row: ``title`` = the first cell,
  ``attrs`` = (column header, cell) for the other columns; the box's ``attrs`` has ``columns``.
- A table written row by row (cells between ``|``: how the Word and PDF readers write tables) is a
  ``table`` node (title = the caption line above it, attrs ``columns``) with one ``item`` per row as
  above, and the note right under it as its child.
- Notes (注:/说明:) and figure captions (图4, (略)) are ``note`` nodes (captions carry
  ``("role", "figure_caption")``). The labels read off a chart (a scan's OCR: axis ticks, values, a row of
  years) are one ``note`` with ``("role", "chart_labels")`` (:mod:`plantrace.parse.charts`).
- A Word line with no label that the file makes a heading by its formatting
  (:attr:`plantrace.models.SourceText.headings`) is an ``item`` with attr ``heading`` (``outline1``…,
  ``bold``); its levels nest, and the outermost become chapters and sections as numbered levels do.
"""

from __future__ import annotations

from plantrace.parse.ownership import owned_lines
from plantrace.parse.tree import parse_document

__all__ = ["owned_lines", "parse_document"]
