"""Files in, records out, and records as a pandas DataFrame.

    >>> import kjstats
    >>> records = kjstats.extract_file("seeds/000_a87d58a2556ee7bf.txt")   # doctest: +SKIP
    >>> df = kjstats.to_dataframe(records)                                # doctest: +SKIP
    >>> df.groupby("region")["value"].count()                             # doctest: +SKIP

``extract_file`` reads a report as ``kjstats extract`` does (readers.read_path: the encoding
found from a BOM, else UTF-8, else GB18030; HTML, DOCX and PDF by their readers; a large
plain-text file in paragraph-aligned pieces with the document's offsets), so its records are
the ones the command writes for that path. pandas is optional (``pip install
the ``pandas`` extra); it is imported only when ``to_dataframe`` is called.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from . import parallel
from .extras import install_hint
from .lexicon import load_lexicon
from .pipeline import extract, extract_pieces
from .readers import iter_text_chunks, read_path, read_stdin
from .records import OUTPUT_FIELDS, Indicator

__all__ = ["extract_file", "to_dataframe", "DATAFRAME_COLUMNS"]

DATAFRAME_COLUMNS = OUTPUT_FIELDS  # the order of every output format


def extract_file(
    path: str | os.PathLike[str],
    encoding: str | None = None,
    *,
    doc: str | None = None,
    lexicon: str | Path | None = None,
) -> list[Indicator]:
    """Every figure of one report file (``"-"``: standard input), in document order.

    ``encoding`` overrides the detected one for plain text and HTML (``--encoding``);
    ``doc`` is put in each record (default: the path as given, as the CLI does); ``lexicon``
    names a TOML file of extra category words (``--lexicon``). A file that cannot be read
    raises ``kjstats.ReadError`` with the one line the CLI would print; a bad lexicon,
    ``ValueError``.
    """
    name = os.fspath(path)
    categories = load_lexicon(lexicon) if lexicon else None
    doc = name if doc is None else doc
    if parallel.is_large_text(name):  # never read whole, as the CLI does it
        pieces = iter_text_chunks(name, encoding, parallel.PIECE_CHARS)
        return list(extract_pieces(pieces, doc=doc, categories=categories))
    text = read_stdin(encoding) if name == "-" else read_path(name, encoding)
    return extract(text, doc=doc, categories=categories)


def to_dataframe(records: Iterable[Indicator]):
    """The records as a pandas DataFrame: a row per record, the columns of the outputs in
    their order (``DATAFRAME_COLUMNS``). ``start``/``end`` are int64, ``value``/``value_max``
    float64 (NaN where there is no upper end; the exact ``Decimal`` stays in the records),
    ``planned`` bool, the other columns text (missing where a record has None: ``doc``
    without a name, ``qualifier`` without an approximation)."""
    try:
        import numpy as np
        import pandas as pd
    except ImportError:
        raise ImportError(f"kjstats.to_dataframe needs pandas: {install_hint('pandas')}") from None
    records = list(records)
    text = pd.Series(["x"]).dtype  # pandas' own text dtype (object before pandas 3, str since)
    columns = {}
    for f in OUTPUT_FIELDS:
        values = [getattr(r, f) for r in records]
        if f in ("start", "end"):
            columns[f] = pd.Series(np.array(values, dtype="int64"))
        elif f in ("value", "value_max"):
            columns[f] = pd.Series(np.array([np.nan if v is None else float(v) for v in values], dtype="float64"))
        elif f == "planned":
            columns[f] = pd.Series(np.array([bool(v) for v in values], dtype="bool"))
        else:
            columns[f] = pd.Series(values, dtype=text)
    return pd.DataFrame(columns, columns=list(OUTPUT_FIELDS))
