"""The file and pandas API: kjstats.extract_file reads as the CLI reads, kjstats.to_dataframe."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import kjstats
import kjstats.parallel
from clirun import invoke
from fixtures_build import build_docx, build_html, seed_text, write_text_variants
from kjstats.records import OUTPUT_FIELDS, Indicator
from kjstats.writers import record_row

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_a87d58a2556ee7bf.txt"


def cli_records(path: Path, *options) -> list[dict]:
    code, out, err = invoke("extract", path, "-f", "jsonl", *options)
    assert code == 0, err
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def as_json(records) -> list[dict]:
    """Records as the JSON Lines writer writes them (numbers exact)."""
    from kjstats.writers import _json_object

    return [json.loads(_json_object(r)) for r in records]


def test_extract_file_gives_the_records_of_the_cli(tmp_path):
    text = seed_text()
    files = [SEED, *write_text_variants(tmp_path, text).values()]
    page = tmp_path / "seed.html"
    page.write_text(build_html(text), encoding="utf-8")
    files.append(page)
    try:
        import docx  # noqa: F401

        build_docx(tmp_path / "seed.docx", text)
        files.append(tmp_path / "seed.docx")
    except ImportError:
        pass
    for path in files:
        records = kjstats.extract_file(path)
        assert records and all(isinstance(r, Indicator) for r in records)
        assert as_json(records) == cli_records(path), path
        assert records[0].doc == str(path)
    assert kjstats.extract_file(str(SEED), doc="x.txt")[0].doc == "x.txt"


def test_extract_file_encoding(tmp_path):
    big5 = tmp_path / "big5.txt"
    big5.write_bytes("2020年，全區新增高新技術企業68家。".encode("big5"))
    records = kjstats.extract_file(big5, encoding="big5")
    assert as_json(records) == cli_records(big5, "--encoding", "big5")
    assert [r.value for r in records] == [Decimal(68)]


def test_extract_file_reads_a_large_text_in_pieces_as_the_cli(tmp_path, monkeypatch):
    text = seed_text()
    big = tmp_path / "big.txt"
    big.write_text(text * 3, encoding="utf-8")
    monkeypatch.setattr(kjstats.parallel, "LARGE_TEXT_BYTES", 1000)
    monkeypatch.setattr(kjstats.parallel, "PIECE_CHARS", 1500)
    assert kjstats.parallel.is_large_text(str(big))
    records = kjstats.extract_file(big)
    assert as_json(records) == cli_records(big)
    whole = (text * 3).replace("\r\n", "\n")
    assert all(whole[r.start : r.end] == r.text for r in records)
    assert len(records) == 3 * len(kjstats.extract(text))


def test_extract_file_errors(tmp_path):
    with pytest.raises(kjstats.ReadError, match="nope.txt: no such file"):
        kjstats.extract_file(tmp_path / "nope.txt")
    with pytest.raises(kjstats.ReadError, match="is a directory"):
        kjstats.extract_file(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert kjstats.extract_file(empty) == []


def test_extract_file_lexicon(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("2020年，全区发放小巨人奖补资金300万元。", encoding="utf-8")
    words = tmp_path / "words.toml"
    words.write_text('[words]\ntech_sme = ["小巨人"]\n', encoding="utf-8")
    assert as_json(kjstats.extract_file(doc, lexicon=words)) == cli_records(doc, "--lexicon", words)


def test_extract_file_refuses_an_unknown_category(tmp_path):
    # as the CLI does (exit 2): a typo in a category would otherwise add words to nothing
    doc = tmp_path / "a.txt"
    doc.write_text("2020年，全区发放小巨人奖补资金300万元。", encoding="utf-8")
    words = tmp_path / "words.toml"
    words.write_text('[words]\nmoney = ["奖补"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown category money"):
        kjstats.extract_file(doc, lexicon=words)


# ---------------------------------------------------------------------------
# to_dataframe


def test_to_dataframe_columns_and_types():
    pd = pytest.importorskip("pandas")
    records = kjstats.extract_file(SEED)
    records.append(
        Indicator(
            0,
            4,
            "1~3家",
            Decimal(1),
            Decimal(3),
            unit="家",
            qualifier="about",
            planned=True,
            measure="rd_institutions",
            region_code="330602",
            region="越城区",
            doc=None,
        )
    )
    df = kjstats.to_dataframe(records)
    assert list(df.columns) == list(OUTPUT_FIELDS)
    assert len(df) == len(records)
    assert str(df["value"].dtype) == "float64" and str(df["value_max"].dtype) == "float64"
    assert str(df["start"].dtype) == "int64" and str(df["end"].dtype) == "int64"
    assert str(df["planned"].dtype) == "bool"
    for f in ("unit", "kind", "region", "measure", "region_code", "sentence"):
        assert pd.api.types.is_string_dtype(df[f]), f
    for i, r in enumerate(records):
        row = record_row(r)
        assert df["value"].iat[i] == float(r.value)
        assert (pd.isna(df["value_max"].iat[i]) and r.value_max is None) or df["value_max"].iat[i] == float(r.value_max)
        assert df["start"].iat[i] == r.start and bool(df["planned"].iat[i]) is r.planned
        assert df["text"].iat[i] == r.text and df["measure"].iat[i] == r.measure
        assert pd.isna(df["qualifier"].iat[i]) if row["qualifier"] is None else df["qualifier"].iat[i] == r.qualifier
    last = df.iloc[-1]
    assert (last["value_max"], last["region_code"], last["measure"]) == (3.0, "330602", "rd_institutions")
    assert pd.isna(last["doc"])
    assert isinstance(records[0].value, Decimal)  # the records keep the exact value
    assert df.groupby("region")["value"].count().sum() == len(records)  # a region is never missing, "" at most


def test_to_dataframe_of_nothing_has_the_columns():
    pytest.importorskip("pandas")
    df = kjstats.to_dataframe(iter([]))
    assert list(df.columns) == list(OUTPUT_FIELDS) and len(df) == 0
    assert str(df["value"].dtype) == "float64" and str(df["planned"].dtype) == "bool"


def test_to_dataframe_without_pandas_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r"needs pandas: .* -m pip install pandas"):
        kjstats.to_dataframe([])


def test_importing_kjstats_imports_no_pandas():
    code = "import sys, kjstats; print([m for m in ('pandas', 'numpy') if m in sys.modules])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_record_at_keeps_every_field_but_the_span():
    # Indicator.at is written out field by field (for speed): a field added to Indicator and
    # not to at() would be lost when a record's span is mapped back to the text as read
    from dataclasses import fields, replace

    values = {f.name: f"x{i}" for i, f in enumerate(fields(Indicator))}
    r = Indicator(**values)
    assert r.at(7, 9, "ab") == replace(r, start=7, end=9, text="ab")
