"""Hostile and careless inputs (issue 16): each costs what its size says, fails in one line,
and never ends the run (D05-D08, D10, D11, D14, D17 of ../shared/attacks/repro.py)."""

from __future__ import annotations

import io
import multiprocessing
import os
import resource
import subprocess
import sys
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

import fixtures_build as fb
from kjstats import budget
from kjstats.escape import encodable, printable
from kjstats.readers import (
    ReadError,
    iter_inputs,
    iter_text_chunks,
    read_docx,
    read_html,
    read_path,
    read_pdf,
    read_stdin,
)

SEED_LINE = "全区高新技术产业增加值34.9亿元，同比增长3.8%，新增高新技术企业120家。\n"
SRC = str(Path(__file__).resolve().parent.parent / "src")


def _kjstats(*args, stdin=None, input=None, as_mb=None, timeout=120, cwd=None):
    """kjstats in a subprocess (these sources), optionally under an address-space cap."""

    def cap():
        if as_mb:
            resource.setrlimit(resource.RLIMIT_AS, (as_mb << 20, as_mb << 20))

    env = {**os.environ, "PYTHONPATH": SRC}
    code = "import sys; from kjstats.cli import main; sys.exit(main())"
    return subprocess.run(
        [sys.executable, "-c", code, *map(os.fsdecode, args)],
        capture_output=True,
        stdin=stdin,
        input=input,
        timeout=timeout,
        preexec_fn=cap,
        env=env,
        cwd=cwd,
    )


def _in_child(fn, *args, seconds: float):
    """fn(*args) in a forked child; its result, or a failure if it runs past `seconds`."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)

    def run():
        try:
            child.send(("ok", fn(*args)))
        except Exception as e:  # noqa: BLE001 - raised again in the parent
            child.send(("error", e))

    proc = ctx.Process(target=run, daemon=True)
    proc.start()
    try:
        if not parent.poll(seconds):
            pytest.fail(f"still running after {seconds} s", pytrace=False)
        status, value = parent.recv()
    finally:
        proc.kill()
        proc.join(5)
    if status == "error":
        raise value
    return value


# ---------------------------------------------------------------------------
# D05: old-style HTML is linear

PARA = "<p>研发经费25.9亿元，增长3.8%。</p>"
HOSTILE_HTML = {
    "unclosed <b>, stray </i>": lambda n: "<b>" * n + PARA + "</i>" * n,
    "unclosed <span>, stray </p>": lambda n: "<span>" * n + PARA + "</p>" * n,
    "unclosed <b>, many <header>": lambda n: "<b>" * n + "<header>x</header>" * n + PARA,
    "nested <div> closed by </span>": lambda n: "<div>" * n + PARA + "</span>" * n + "</div>" * n,
}


def _html_seconds(page: str) -> tuple[float, str]:
    t0 = time.process_time()
    text = read_html(page)
    return time.process_time() - t0, text


@pytest.mark.parametrize("name", list(HOSTILE_HTML))
def test_old_style_html_is_linear(name):
    make = HOSTILE_HTML[name]
    small, text = _in_child(_html_seconds, make(5_000), seconds=30)
    large, text = _in_child(_html_seconds, make(20_000), seconds=30)
    assert "研发经费25.9亿元，增长3.8%。" in text
    assert large < 3.0, f"{large:.2f} s for n=20000"
    assert large < 8 * max(small, 0.02), f"n=5000 {small:.3f} s, n=20000 {large:.3f} s: super-linear"


# ---------------------------------------------------------------------------
# D06: compressed inputs are measured before they are parsed

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships'
    '+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image'
    '/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
_P = "<w:p><w:r><w:t>研发经费25.9亿元，增长3.8%。</w:t></w:r></w:p>"


def _docx(path: Path, body: str, image_mb: int = 0, xml_tail: bytes = b"") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>{body}'.encode())
            if xml_tail:
                fh.write(xml_tail)
            fh.write(b"</w:body></w:document>")
        if image_mb:
            rel = _RELS.replace("rId1", "rId5").replace("relationships/officeDocument", "relationships/image")
            z.writestr("word/_rels/document.xml.rels", rel.replace("word/document.xml", "media/image1.png"))
            with z.open("word/media/image1.png", "w", force_zip64=True) as fh:
                block = b"\0" * (1 << 20)
                for _ in range(image_mb):
                    fh.write(block)
    return path


def _peak(fn, *args):
    tracemalloc.start()
    try:
        result = fn(*args)
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_docx_huge_grid_span_is_cheap(tmp_path):
    cell = '<w:tc><w:tcPr><w:gridSpan w:val="100000000"/></w:tcPr>' + _P + "</w:tc>"
    path = _docx(tmp_path / "gridspan.docx", "<w:tbl><w:tr>" + cell + "<w:tc>" + _P + "</w:tc></w:tr></w:tbl>")
    text, peak = _in_child(_peak, read_docx, str(path), seconds=30)
    assert text.startswith("研发经费25.9亿元，增长3.8%。 | ")
    assert text.endswith(" | 研发经费25.9亿元，增长3.8%。")
    assert peak < 20 << 20, peak


def test_docx_vertical_merge_is_linear_and_repeats_the_cell(tmp_path):
    rows = "<w:tr><w:tc>" + _P + "</w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>"
    merged = (
        "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr>"
    )
    path = _docx(tmp_path / "vmerge.docx", "<w:tbl>" + rows + merged * 3000 + "</w:tbl>")
    text = _in_child(read_docx, str(path), seconds=30)
    lines = text.split("\n")
    assert len(lines) == 3001
    assert lines[-1] == "研发经费25.9亿元，增长3.8%。 | 2"


def test_docx_unused_huge_image_is_never_inflated(tmp_path):
    path = _docx(tmp_path / "image.docx", _P, image_mb=300)
    text, peak = _in_child(_peak, read_docx, str(path), seconds=60)
    assert text == "研发经费25.9亿元，增长3.8%。"
    assert peak < 20 << 20, peak


def test_docx_zip_bomb_is_refused_before_parsing(tmp_path):
    path = _docx(tmp_path / "bomb.docx", _P, xml_tail=b" " * (budget.XML_BYTES + 1))
    assert path.stat().st_size < 1 << 20
    with pytest.raises(ReadError) as excinfo:
        _, peak = _peak(read_docx, str(path))
    message = str(excinfo.value)
    assert message.startswith(f"{path}: ") and "zip bomb" in message and "\n" not in message


def test_docx_element_bomb_is_refused(tmp_path):
    path = _docx(tmp_path / "elements.docx", _P, xml_tail=b"<w:p/>" * (budget.XML_ELEMENTS + 1))
    with pytest.raises(ReadError, match="XML elements"):
        read_docx(str(path))


def _flate_bomb_pdf(path: Path, megabytes: int) -> Path:
    """A one-page PDF whose content stream inflates to `megabytes` MB of spaces."""
    packer = zlib.compressobj(9)
    block = b" " * (1 << 20)
    packed = b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
    ]
    data, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(data))
    return path


def test_pdf_flate_bomb_is_refused_before_parsing(tmp_path):
    path = _flate_bomb_pdf(tmp_path / "bomb.pdf", (budget.PDF_STREAM_BYTES >> 20) + 50)
    assert path.stat().st_size < 2 << 20

    def read():
        try:
            read_pdf(str(path))
        except ReadError as e:
            return str(e), _peak_rss_mb()
        return None, _peak_rss_mb()

    message, _ = _in_child(read, seconds=60)
    assert message is not None and message.startswith(f"{path}: ") and "bomb" in message


def test_pdf_below_the_stream_budget_is_read(tmp_path):
    path = _flate_bomb_pdf(tmp_path / "spaces.pdf", 2)
    with pytest.raises(ReadError, match="no text layer"):  # read, and found to hold no text
        read_pdf(str(path))


def _peak_rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10


# ---------------------------------------------------------------------------
# D07: only regular files by name; stdin bounded


def test_a_device_by_name_is_refused_at_once(tmp_path):
    for name in ("/dev/zero", "/dev/urandom"):
        with pytest.raises(ReadError, match="a device, not a regular file"):
            _in_child(read_path, name, seconds=10)
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(ReadError, match="a device"):
        _in_child(read_path, str(link), seconds=10)


def test_a_fifo_by_name_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(ReadError, match="a named pipe"):
        _in_child(read_path, str(fifo), seconds=10)
    assert [(n, p, str(e)) for n, p, e in iter_inputs([str(tmp_path)])] == [
        (str(fifo), None, f"{fifo}: a named pipe, not a regular file: skipped")
    ]


def test_dev_zero_is_one_line_under_a_700_mb_cap(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    (tmp_path / "ok.txt").write_text(SEED_LINE, encoding="utf-8")
    done = _kjstats("extract", link, tmp_path / "ok.txt", "-f", "jsonl", as_mb=700, timeout=60)
    err = done.stderr.decode().strip().splitlines()
    assert done.returncode == 1, done.stderr
    assert err == [f"kjstats: {link}: a device, not a regular file (give - to read standard input)"]
    assert done.stdout.count(b"\n") == 3


def test_stdin_is_bounded():
    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    with pytest.raises(ReadError) as excinfo:
        read_stdin(stream=io.BufferedReader(Endless()), limit=10_000)
    assert str(excinfo.value) == (
        "<stdin>: more than 10000 bytes on standard input: save it to a file and give the file's name"
    )
    assert read_stdin(stream=io.BytesIO(SEED_LINE.encode()), limit=len(SEED_LINE.encode())) == SEED_LINE


def test_endless_stdin_is_one_line_under_a_700_mb_cap():
    with open("/dev/zero", "rb") as zero:
        done = _kjstats("extract", "-", "-f", "jsonl", stdin=zero, as_mb=700, timeout=120)
    assert done.returncode == 1, done.stderr
    assert done.stderr.decode().strip() == (
        "kjstats: <stdin>: more than 256 MB on standard input: save it to a file and give the file's name"
    )


# ---------------------------------------------------------------------------
# D08: large files are cut where no figure and no table is


def _pieces(tmp_path: Path, text: str, chunk: int) -> list[tuple[int, str]]:
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    pieces = list(iter_text_chunks(str(path), chunk_chars=chunk))
    assert "".join(t for _, t in pieces) == text
    return pieces


def _cuts(pieces) -> list[int]:
    return [offset for offset, _ in pieces[1:]]


def test_a_cut_never_falls_inside_a_figure(tmp_path):
    text = "研" * 996 + "12345678亿元" + "研" * 500
    cuts = _cuts(_pieces(tmp_path, text, 1000))
    start = text.index("1234")
    assert cuts and all(not (start < c < start + len("12345678亿元") + 4) for c in cuts), cuts


def test_a_cut_falls_between_sentences_before_anywhere_else(tmp_path):
    text = "研发经费增长3.8%。" + "研" * 985 + "投入123亿元" + "研" * 300
    cuts = _cuts(_pieces(tmp_path, text, 1000))
    assert cuts[0] == text.index("。") + 1


def test_a_cut_never_falls_inside_a_run_of_digits(tmp_path):
    text = "7" * 999 + "万" + "8" * 999 + "家"
    cuts = _cuts(_pieces(tmp_path, text, 1000))
    for c in cuts:  # no quiet place: between two characters that are not both parts of a number
        assert not (text[c - 1].isdigit() and text[c].isdigit()), c


def test_a_table_is_never_cut(tmp_path):
    line = "全区研发经费投入增长3.8%，新增高新技术企业120家。\n"
    head = line * (900 // len(line))
    table = "指标 | 数量(家) | 增长(%)\n" + "".join(f"企业类{i} | {i + 10} | {i % 10}.5\n" for i in range(20))
    text = head + "表1 企业情况\n" + table + line * 40
    pieces = _pieces(tmp_path, text, 1000)
    start, end = text.index("表1"), text.index(table) + len(table)
    assert any(start <= o and o + len(t) >= end for o, t in pieces), "the table and its title are not in one piece"


def test_figure_across_the_4mb_piece_boundary_keeps_its_value(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_text("研" * 999_996 + "1234" + "5678亿元" + "研" * 500_000 + "\n", encoding="utf-8")
    done = _kjstats("extract", path, "-f", "csv", timeout=300)
    assert done.returncode == 0, done.stderr
    rows = done.stdout.decode().splitlines()[1:]
    assert len(rows) == 1 and ",12345678亿元,1234567800000000," in rows[0], rows


# ---------------------------------------------------------------------------
# D10, D11, D17: one bad entry is one line; the walk goes on; every skipped entry is named


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_undecodable_file_name_is_read_and_named_escaped(tmp_path, jobs):
    folder = os.fsencode(tmp_path / "names")
    os.makedirs(folder)
    for name in (b"bad\xff.txt", b"zgood.txt"):
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(SEED_LINE.encode())
    done = _kjstats("extract", tmp_path / "names", "-f", "csv", "-j", jobs)
    assert done.returncode == 0, done.stderr
    docs = [line.split(",")[0] for line in done.stdout.decode("utf-8").splitlines()[1:]]
    assert docs == [f"{tmp_path}/names/bad\\xff.txt"] * 3 + [f"{tmp_path}/names/zgood.txt"] * 3


def test_symlink_loop_and_deep_folder_are_one_line_each_and_the_run_goes_on(tmp_path):
    loop = tmp_path / "loop"
    loop.mkdir()
    (loop / "a.txt").write_text(SEED_LINE, encoding="utf-8")
    (loop / "b.txt").symlink_to("c.txt")
    (loop / "c.txt").symlink_to("b.txt")
    (loop / "d.txt").write_text(SEED_LINE, encoding="utf-8")
    deep = tmp_path / "deep"
    deep.mkdir()
    fd = os.open(deep, os.O_RDONLY)
    try:
        for _ in range(1000):  # level by level (pathlib.mkdir(parents=True) recurses once a level)
            os.mkdir("d", dir_fd=fd)
            fd, above = os.open("d", os.O_RDONLY, dir_fd=fd), fd
            os.close(above)
        x = os.open("x.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(x, SEED_LINE.encode())
        os.close(x)
    finally:
        os.close(fd)
    (tmp_path / "after.txt").write_text(SEED_LINE, encoding="utf-8")
    try:
        done = _kjstats("extract", loop, deep, tmp_path / "after.txt", "-f", "jsonl")
    finally:
        _remove_deep(deep)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        f"kjstats: {loop / 'b.txt'}: symbolic link loop: skipped",
        f"kjstats: {loop / 'c.txt'}: symbolic link loop: skipped",
    ]
    assert done.stdout.count(b"\n") == 12  # a.txt, d.txt, x.txt 1000 folders down, after.txt


def _remove_deep(top: Path) -> None:
    """Remove top/d/d/.../x.txt one level at a time (shutil.rmtree recurses once a level)."""
    while (top / "d").is_dir():
        inner = top / "d"
        if (inner / "d").is_dir():
            os.rename(inner / "d", top / "next")
        for f in inner.iterdir():
            f.unlink()
        os.rmdir(inner)
        if (top / "next").is_dir():
            os.rename(top / "next", top / "d")


def test_every_skipped_entry_is_named(tmp_path):
    (tmp_path / "a.txt").write_text(SEED_LINE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")  # not a report: silent, as the README says
    (tmp_path / ".hidden").mkdir()  # hidden: silent
    (tmp_path / "broken.txt").symlink_to("missing.txt")
    (tmp_path / "broken.md").symlink_to("missing.md")  # not a report: silent
    other = tmp_path.parent / f"{tmp_path.name}-other"
    other.mkdir()
    (other / "o.txt").write_text(SEED_LINE, encoding="utf-8")
    (tmp_path / "linked").symlink_to(other)
    os.mkfifo(tmp_path / "pipe.html")
    found = [(n, p, e and str(e)) for n, p, e in iter_inputs([str(tmp_path)])]
    assert found == [
        (str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), None),
        (str(tmp_path / "broken.txt"), None, f"{tmp_path / 'broken.txt'}: broken symbolic link: skipped"),
        (str(tmp_path / "linked"), None, f"{tmp_path / 'linked'}: link to a folder, not followed: skipped"),
        (str(tmp_path / "pipe.html"), None, f"{tmp_path / 'pipe.html'}: a named pipe, not a regular file: skipped"),
    ]


def test_an_unreadable_folder_is_named_and_the_walk_goes_on(tmp_path, monkeypatch):
    from kjstats import walk

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(SEED_LINE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SEED_LINE, encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("/a"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(walk.os, "scandir", scandir)
    found = [(n, e and str(e)) for n, _, e in iter_inputs([str(tmp_path)])]
    assert found == [(str(tmp_path / "a"), f"{tmp_path / 'a'}: permission denied"), (str(tmp_path / "b.txt"), None)]


# ---------------------------------------------------------------------------
# D14: one line per error, whatever the name; pdfminer says nothing


@pytest.mark.parametrize(
    "raw, shown",
    [
        ("nofile\nkjstats: forged line", "nofile\\nkjstats: forged line"),
        ("a\x1b]0;PWNED\x07.txt", "a\\x1b]0;PWNED\\x07.txt"),
        ("x\r.txt", "x\\r.txt"),
        ("bad\udcff.txt", "bad\\xff.txt"),
        ("rtl\u202egpj.txt", "rtl\\u202egpj.txt"),
        ("研发\u2028报告", "研发\\u2028报告"),
        ("普通的名字 report 1.txt", "普通的名字 report 1.txt"),
    ],
)
def test_printable(raw, shown):
    assert printable(raw) == shown
    assert printable(shown) == shown  # once is enough


def test_encodable_escapes_only_undecodable_bytes():
    assert encodable("bad\udcff\t.txt") == "bad\\xff\t.txt"
    assert encodable("研发.txt") == "研发.txt"


def test_a_name_with_a_newline_or_escapes_gives_one_clean_line(tmp_path):
    for name in ("nofile\nkjstats: forged line", "no\x1b[2Jfile\x07.txt"):
        done = _kjstats("extract", name, "-o", os.devnull)
        err = done.stderr.decode()
        assert done.returncode == 1
        assert err.count("\n") == 1 and "\x1b" not in err and "\x07" not in err, repr(err)
        assert err == f"kjstats: {printable(name)}: no such file or directory\n"


def test_pdfminer_logs_nothing(tmp_path):
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 3 0 R /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    text = b"BT /F1 12 Tf 72 720 Td (R&D 25.9 yi yuan, 3.8%) Tj ET"
    objects.append(b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream")
    data, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path = tmp_path / "self_resources.pdf"
    path.write_bytes(bytes(data))
    done = _kjstats("extract", path, "-o", os.devnull)
    assert done.stderr.decode() in ("", f"kjstats: {path}: no text layer in PDF (scanned image?)\n"), done.stderr


def test_seed_reads_the_same_after_all_this(tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(fb.seed_text(), encoding="utf-8")
    assert read_path(str(path)) == fb.seed_text()


# ---------------------------------------------------------------------------
# Memory (issue 15): a whole document read in a few times its size


@pytest.mark.parametrize("encoding, newline", [("utf-8", "\r\n"), ("gb18030", "\n")])
def test_stdin_is_read_within_a_few_times_its_size(encoding, newline):
    data = fb.big_report(20_000_000, fb.seed_text(), encoding, newline=newline)
    stream = io.BytesIO(data)
    text, peak = _peak(read_stdin, None, stream)
    assert len(text) > 6_000_000
    # the bytes (20 MB) and the text: decoded in one go, CPython's decoders alone peaked at 57 MB
    assert peak < 2.5 * len(data), f"{peak >> 20} MB for {len(data) >> 20} MB"
