"""Readers (ingest/readers) and text normalization (kg/text.py).

The real documents live in ../shared (corpus/ and seeds/) next to the repository; the
copies in other encodings and formats (GBK, GB18030, UTF-8 with BOM, UTF-16, Big5, .docx,
.html, .pdf) are made by the tests in tmp_path. The PDFs are written by a tiny PDF
generator below: Chinese text uses the standard Adobe-GB1 font STSong-Light with the
UniGB-UCS2-H encoding, so no font file is needed and pdfminer maps it back to Unicode.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
import zhconv

import kg.paths as kg_paths
from ingest.readers import SUPPORTED_SUFFIXES, RawDocument, ReadError, find_gaps, read_file
from ingest.readers.meta import infer_meta, normalize_date
from ingest.readers.text import display_width, split_header
from kg.text import (
    GAP_MARK,
    normalize_name,
    normalize_text,
    normalize_with_map,
    original_span,
    parse_cn_number,
    split_sentences,
)

SHARED_DIR = kg_paths.shared_dir()
HUNAN_NOTICE = "local-hunan-2019-xinfangju-notice.txt"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


# ---------------------------------------------------------------------------
# Fixtures and helpers
# ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED_DIR / "corpus").is_dir() or not (SHARED_DIR / "seeds").is_dir():
        pytest.fail(
            f"找不到真实文档目录 {SHARED_DIR}/corpus 和 {SHARED_DIR}/seeds："
            "测试需要仓库旁边的 shared/ 目录（与 main/ 同级）"
        )
    return SHARED_DIR


def _real_files() -> list[Path]:
    return sorted([*SHARED_DIR.glob("corpus/*.txt"), *SHARED_DIR.glob("seeds/*.txt")])


def _file_id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


REAL_FILES = _real_files()


@pytest.fixture(scope="session")
def hunan(shared_dir: Path) -> RawDocument:
    return read_file(shared_dir / "corpus" / HUNAN_NOTICE)


def make_pdf(lines: list[str], *, chinese: bool = True, encrypt: bool = False) -> bytes:
    """A one-page PDF whose text layer holds lines (no font file needed)."""
    content = ["BT", "/F1 12 Tf", "14 TL", "40 800 Td"]
    for line in lines:
        if chinese:
            content.append(f"<{line.encode('utf-16-be').hex().upper()}> Tj T*")
        else:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            content.append(f"({escaped}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    if chinese:
        fonts = [
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
            b"/DescendantFonts [6 0 R] >>",
            b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
            b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>",
            b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] "
            b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        ]
    else:
        fonts = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        *fonts,
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    encryption = b""
    if encrypt:  # standard security handler with a user password we do not know
        encryption = (
            b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32
            + b"> /P -4 >> /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] "
        )  # fmt: skip
    out += b"trailer\n<< %s/Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        encryption,
        len(objects) + 1,
        xref_at,
    )
    return bytes(out)


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row_index, row in enumerate(table):
            for col_index, value in enumerate(row):
                grid.cell(row_index, col_index).text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def assert_read_error(path: Path, *words: str) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_file(path)
    error = caught.value
    message = str(error)
    assert message == error.message
    assert path.name in message, message
    assert CHINESE.search(message), message
    assert error.path == str(path)
    for word in words:
        assert word in message, message
    return error


# ---------------------------------------------------------------------------
# The real documents
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", REAL_FILES, ids=_file_id)
def test_every_real_file_reads(shared_dir: Path, path: Path) -> None:
    document = read_file(path)
    raw = path.read_text(encoding="utf-8")
    assert document.fmt == "txt"
    assert document.encoding == "utf-8"
    assert document.text.strip()
    assert document.text in raw  # the body is a verbatim part of the file
    assert not re.search(r"^# ?(source|title|status|also-from):", document.text, re.MULTILINE)
    if raw.startswith("# source:"):
        assert {"source", "title", "status"} <= document.meta.keys()
        header_lines = [line for line in raw.split("\n") if re.match(r"# [a-z-]+:", line)]
        assert raw == "\n".join(header_lines) + "\n" + document.text
        assert document.meta["title"] in raw.split("\n", 2)[1]
    else:
        assert "source" not in document.meta


def test_real_files_are_there(shared_dir: Path) -> None:
    assert len(list((shared_dir / "corpus").glob("*.txt"))) >= 20
    assert len(list((shared_dir / "seeds").glob("*.txt"))) >= 5


@pytest.mark.parametrize("path", REAL_FILES, ids=_file_id)
def test_gaps_found_where_marked(shared_dir: Path, path: Path) -> None:
    document = read_file(path)
    marks = document.text.count("[……")
    assert len(document.gaps) == marks
    for start, end in document.gaps:
        gap = document.text[start:end]
        assert gap.startswith("[……") and gap.endswith("]"), gap


def test_gap_spans_in_partial_plan(shared_dir: Path) -> None:
    document = read_file(shared_dir / "corpus" / "reform-2018-plan-partial.txt")
    gaps = [document.text[start:end] for start, end in document.gaps]
    assert gaps == ["[……以下/以上原文缺失……]", "[……以下/以上原文缺失……]", "[……以下原文缺失……]"]
    long_gap = read_file(shared_dir / "corpus" / "reform-2013-plan-news.txt")
    ((start, end),) = long_gap.gaps
    assert "重新组建国家能源局" in long_gap.text[start:end]


def test_header_meta_of_hunan_notice(hunan: RawDocument) -> None:
    assert hunan.meta["number"] == "湘办〔2019〕66号"
    assert hunan.meta["date"] == "2019-03-01"
    assert hunan.meta["issuer"] == "中共湖南省委办公厅 湖南省人民政府办公厅"
    assert hunan.meta["status"].startswith("complete")
    assert hunan.meta["title"].startswith("中共湖南省委办公厅 湖南省人民政府办公厅关于")
    assert hunan.text.startswith("中共湖南省委办公厅\n湖南省人民政府办公厅\n关于")


def test_repeated_header_key_is_joined(shared_dir: Path) -> None:
    document = read_file(shared_dir / "corpus" / "reform-2013-plan-news.txt")
    also_from = document.meta["also-from"].split("\n")
    assert len(also_from) == 3
    assert also_from[1].startswith("http://tv.people.com.cn/")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("npc-2018-decision.txt", {"date": "2018-03-17", "issuer": "第十三届全国人民代表大会第一次会议"}),
        ("sanding-mee-2018-partial.txt", {"date": "2018", "issuer": "中共中央办公厅 国务院办公厅"}),
        ("bianzhi-2007-notice.txt", {"date": "2007", "number": "中办发〔2007〕2号"}),
        ("bianzhi-tiaoli-2019-excerpts.txt", {"date": "2019-08", "issuer": "中共中央"}),
        ("reg-state-council-org-1997-partial.txt", {"date": "1997-08-03", "number": "国务院令第227号"}),
        ("reform-2018-plan-partial.txt", {"date": "2018-03-21", "issuer": "中共中央"}),
        ("adjust-nhc-2023-notice.txt", {"date": "2023-09-24", "issuer": "中共中央办公厅 国务院办公厅"}),
    ],
)
def test_meta_from_header_title(shared_dir: Path, name: str, expected: dict[str, str]) -> None:
    meta = read_file(shared_dir / "corpus" / name).meta
    assert {key: meta.get(key) for key in expected} == expected


def test_seed_meta_comes_from_text(shared_dir: Path) -> None:
    liuyang = read_file(shared_dir / "seeds" / "001_ba64a25122699c8f.txt").meta
    assert liuyang["date"] == "2023-09-15"
    assert liuyang["title"].startswith("优化体制机制促发展 规范编制管理添动力——浏阳")
    shimen = read_file(shared_dir / "seeds" / "004_f3f7c51bc1eba02a.txt").meta
    assert shimen["issuer"] == "石门县委编办"


# ---------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig", "utf-16"])
def test_encoded_copies_read_identically(tmp_path: Path, hunan: RawDocument, encoding: str) -> None:
    original = (SHARED_DIR / "corpus" / HUNAN_NOTICE).read_text(encoding="utf-8")
    copy = tmp_path / f"copy-{encoding}.txt"
    copy.write_bytes(original.encode(encoding))
    document = read_file(copy)
    assert document.text == hunan.text
    assert document.meta == hunan.meta
    assert document.gaps == hunan.gaps


@pytest.mark.parametrize("path", REAL_FILES, ids=_file_id)
def test_gb18030_copy_of_every_real_file(tmp_path: Path, path: Path) -> None:
    copy = tmp_path / path.name
    copy.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    document = read_file(copy)
    assert document.encoding == "gb18030"
    assert document.text == read_file(path).text


def test_gbk_copy_with_crlf_and_partial_plan(tmp_path: Path, shared_dir: Path) -> None:
    source = shared_dir / "corpus" / "reform-2018-plan-partial.txt"
    copy = tmp_path / "plan-gbk-crlf.txt"
    copy.write_bytes(source.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gbk"))
    document, reference = read_file(copy), read_file(source)
    assert document.text == reference.text
    assert document.gaps == reference.gaps
    assert document.meta["also-from"] == reference.meta["also-from"]


def test_big5_copy_is_not_garbled(tmp_path: Path, shared_dir: Path) -> None:
    body = read_file(shared_dir / "corpus" / "npc-2018-decision.txt").text
    traditional = zhconv.convert(body, "zh-tw")
    copy = tmp_path / "big5.txt"
    copy.write_bytes(traditional.encode("big5"))
    document = read_file(copy)
    assert document.text == traditional
    assert document.encoding == "big5"
    assert "国务院机构改革方案" in normalize_text(document.text)


def test_undecodable_bytes_report_the_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    good = "第一行中文内容\n第二行中文内容\n第三行".encode("gbk")
    broken.write_bytes(good + b"\x80\xff" * 20 + "后面还有中文".encode("gbk"))
    error = assert_read_error(broken, "GBK")
    assert error.line == 3
    assert "第 3 行" in str(error)


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_copy_cut_inside_a_character(tmp_path: Path, hunan: RawDocument, encoding: str) -> None:
    original = (SHARED_DIR / "corpus" / HUNAN_NOTICE).read_text(encoding="utf-8").rstrip("\n")
    cut = tmp_path / f"cut-{encoding}.txt"
    cut.write_bytes(original.encode(encoding)[:-1])  # half of the final "日"
    document = read_file(cut)
    assert document.encoding == encoding
    assert document.text == hunan.text.rstrip("\n")[:-1] + "\ufffd"


def test_header_only_in_top_lines(tmp_path: Path) -> None:
    sample = tmp_path / "notes.md"
    sample.write_text(
        "\n# title: 测试文件\n# also-from: a\n# also-from: b\n# 第一章：总则\n正文 # key: not meta\n",
        encoding="utf-8",
    )
    document = read_file(sample)
    assert document.fmt == "md"
    assert document.meta["title"] == "测试文件"
    assert document.meta["also-from"] == "a\nb"
    assert document.text == "# 第一章：总则\n正文 # key: not meta\n"


def test_markdown_heading_is_not_a_header(tmp_path: Path) -> None:
    sample = tmp_path / "heading.md"
    sample.write_text("# 机构编制工作总结\n\n今年核减编制12名。\n", encoding="utf-8")
    document = read_file(sample)
    assert document.text.startswith("# 机构编制工作总结")
    assert document.meta["title"] == "机构编制工作总结"


def test_split_header_keeps_body_offsets() -> None:
    meta, body = split_header("# source: x\n# title: 标题\n正文第一行\n\n正文第二行")
    assert meta == {"source": "x", "title": "标题"}
    assert body == "正文第一行\n\n正文第二行"


# ---------------------------------------------------------------------------
# Other formats
# ---------------------------------------------------------------------------


def test_docx_copy_reads_same_paragraphs(tmp_path: Path, hunan: RawDocument) -> None:
    lines = hunan.text.rstrip("\n").split("\n")
    copy = tmp_path / "notice.docx"
    copy.write_bytes(make_docx(lines, table=[["机构", "编制"], ["省信访局", "78名"]]))
    document = read_file(copy)
    assert document.fmt == "docx"
    assert document.text.split("\n") == [*lines, "机构\t编制", "省信访局\t78名"]
    for key in ("title", "number", "date", "issuer"):
        assert document.meta[key] == infer_meta(hunan.text)[key]


def test_docx_named_txt_is_read_as_docx(tmp_path: Path) -> None:
    disguised = tmp_path / "really-word.txt"
    disguised.write_bytes(make_docx(["关于调整某局机构编制的通知", "核增事业编制5名。"]))
    document = read_file(disguised)
    assert document.fmt == "docx"
    assert document.text == "关于调整某局机构编制的通知\n核增事业编制5名。"


def test_html_copy(tmp_path: Path, hunan: RawDocument) -> None:
    lines = hunan.text.rstrip("\n").split("\n")
    paragraphs = "\n".join(f"<p>\n  {line}\n</p>" for line in lines)
    page = (
        '<!DOCTYPE html><html><head><meta charset="gb2312">'
        "<title>关于湖南省信访局机构编制调整的通知_湖南省人民政府门户网站</title>"
        '<meta name="PubDate" content="2019-03-05 10:00">'
        "<style>p {color: red}</style><script>var junk = '不要这个';</script></head>"
        "<body><nav>首页 | 政务公开</nav><div class='article'>"
        f"{paragraphs}<table><tr><td>机构</td><td>编制</td></tr>"
        "<tr><td>省信访局</td><td>78<br>名</td></tr></table></div></body></html>"
    )
    copy = tmp_path / "notice.html"
    copy.write_bytes(page.encode("gbk"))
    document = read_file(copy)
    assert document.fmt == "html"
    assert document.encoding == "gb18030"
    assert document.text.split("\n")[: len(lines)] == lines
    assert "不要这个" not in document.text and "首页" not in document.text and "color" not in document.text
    assert document.text.endswith("机构\t编制\n省信访局\t78\n名")
    assert document.meta["number"] == "湘办〔2019〕66号"
    assert document.meta["date"] == "2019-03-01"  # the text's own date beats the page's PubDate


def test_html_title_and_date_from_markup(tmp_path: Path) -> None:
    page = (
        "<html><head><title>市委编办召开全体会议 - 某某市机构编制网</title>"
        '<meta name="publishdate" content="2022-04-18"></head>'
        "<body><h1>市委编办召开全体会议</h1><p>会上，传达学习了有关文件精神。</p></body></html>"
    )
    copy = tmp_path / "page.txt"  # HTML saved with a .txt name
    copy.write_text(page, encoding="utf-8")
    document = read_file(copy)
    assert document.fmt == "html"
    assert document.meta["title"] == "市委编办召开全体会议"
    assert document.meta["date"] == "2022-04-18"
    assert document.text == "市委编办召开全体会议\n会上，传达学习了有关文件精神。"


def test_chinese_pdf(tmp_path: Path, hunan: RawDocument) -> None:
    lines = hunan.text.rstrip("\n").split("\n")
    copy = tmp_path / "notice.pdf"
    copy.write_bytes(make_pdf(lines))
    document = read_file(copy)
    assert document.fmt == "pdf"
    assert document.text == hunan.text.rstrip("\n")
    assert document.meta["pages"] == "1"
    assert document.meta["number"] == "湘办〔2019〕66号"
    assert document.meta["issuer"] == "中共湖南省委办公厅 湖南省人民政府办公厅"


def test_pdf_visual_line_wraps_are_joined(tmp_path: Path) -> None:
    paragraph = "为加强乡镇公共安全监督管理，强化乡镇安全生产监督职能，按照市上的相关要求，结合本县实际，瓜州县将安全生产职责进行整合，为15个乡镇设立了公共安全监管中心。"  # noqa: E501
    width = 20
    wrapped = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    lines = ["瓜州县规范乡镇公共安全监督管理体制", *wrapped, "一、职责整合", *wrapped]
    copy = tmp_path / "wrapped.pdf"
    copy.write_bytes(make_pdf(lines))
    document = read_file(copy)
    assert document.text.split("\n") == [
        "瓜州县规范乡镇公共安全监督管理体制",
        paragraph,
        "一、职责整合",
        paragraph,
    ]


def _wrapped_by_columns(paragraph: str, columns: int) -> list[str]:
    """A paragraph broken where a printed line of ``columns`` display columns ends (a CJK character takes two)."""
    lines, line = [], ""
    for ch in paragraph:
        if display_width(line + ch) > columns:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


@pytest.mark.parametrize("columns", [28, 40, 76])
def test_pdf_wraps_read_by_display_width(tmp_path: Path, columns: int) -> None:
    """A PDF's lines fill the page's width in display columns (``text.printed_width``, as for a printed page's text):
    a line holding figures (half-width) is as full as one of Chinese only, and a narrow column is a page too."""
    paragraph = ("经县委机构编制委员会研究同意，为县农业农村局核增行政编制2名，调整后该局行政编制为18名，领导职数1正3副，"
                 "内设机构7个，所属事业单位3个，2023年10月起执行。")
    wrapped = _wrapped_by_columns(paragraph, columns)
    lines = ["机构编制事项通知", *wrapped, "二、其他事项", *wrapped]
    copy = tmp_path / "columns.pdf"
    copy.write_bytes(make_pdf(lines))
    assert read_file(copy).text.split("\n") == ["机构编制事项通知", paragraph, "二、其他事项", paragraph]


def test_ascii_pdf(tmp_path: Path) -> None:
    copy = tmp_path / "ascii.pdf"
    copy.write_bytes(make_pdf(["Annual report", "Staffing quota: 78"], chinese=False))
    assert read_file(copy).text == "Annual report\nStaffing quota: 78"


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".docx", ".pdf", ".html", ".htm"} <= set(SUPPORTED_SUFFIXES)


# ---------------------------------------------------------------------------
# Broken files: always a ReadError with a Chinese message naming the file
# ---------------------------------------------------------------------------


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(make_pdf([], chinese=False))
    assert_read_error(scan, "没有文本层", "扫描件", "文字识别")


def test_encrypted_pdf(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(make_pdf(["secret"], chinese=False, encrypt=True))
    assert_read_error(locked, "加密")


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("random.pdf", bytes(range(256)) * 4, ("PDF",)),
        ("truncated.pdf", make_pdf(["中文内容"])[:150], ("PDF", "损坏")),
        ("empty.txt", b"", ("空",)),
        ("blank.txt", b"\xef\xbb\xbf \r\n\t\n", ("空",)),
        ("junk.txt", bytes(range(256)) * 8, ("不是文本",)),
        ("junk-no-nul.txt", bytes(range(1, 256)) * 8, ("编码",)),
        ("text.docx", "这不是 Word 文档".encode(), ("Word",)),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, (".docx",)),
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, ("图片",)),
        ("header-only.txt", "# source: x\n# title: 只有标题\n".encode(), ("没有正文",)),
        ("table.xlsx", b"", ("空",)),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_broken_files(tmp_path: Path, name: str, content: bytes, words: tuple[str, ...]) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert_read_error(path, *words)


def test_truncated_docx(tmp_path: Path) -> None:
    full = make_docx(["关于调整某局机构编制的通知", "核增事业编制5名。"])
    broken = tmp_path / "broken.docx"
    broken.write_bytes(full[: len(full) // 2])
    assert_read_error(broken, "Word", "损坏")


def test_documents_without_text(tmp_path: Path) -> None:
    blank_word = tmp_path / "blank.docx"
    blank_word.write_bytes(make_docx(["", "  "]))
    assert_read_error(blank_word, "没有文字")
    script_page = tmp_path / "script.html"
    script_page.write_text("<html><body><script>var a = '编制';</script></body></html>", encoding="utf-8")
    assert_read_error(script_page, "没有可读的正文")


def test_zip_that_is_not_word(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data.csv", "a,b\n")
    archive_path = tmp_path / "data.docx"
    archive_path.write_bytes(buffer.getvalue())
    assert_read_error(archive_path, "ZIP")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert_read_error(tmp_path / "nope.txt", "不存在")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert_read_error(folder, "文件夹")


def test_unknown_suffix(tmp_path: Path) -> None:
    text_file = tmp_path / "notice.log"
    text_file.write_text("关于某局机构编制调整的通知\n核减编制2名。", encoding="utf-8")
    assert read_file(text_file).fmt == "txt"
    binary = tmp_path / "data.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    assert_read_error(binary, "不支持的文件类型", ".bin")


# ---------------------------------------------------------------------------
# Meta inference on texts without a header
# ---------------------------------------------------------------------------

NOTICE_WITHOUT_HEADER = """中共湖南省委办公厅
湖南省人民政府办公厅
关于湖南省信访局机构编制调整的通知
湘办〔2019〕66号
各市州、县市区委，各市州、县市区人民政府，省直机关各单位：
根据《中共中央办公厅国务院办公厅关于印发〈湖南省机构改革方案〉的通知》（厅字〔2018〕113号），经研究并报省委、省政府批准，现就有关事项通知如下。
核减机关行政编制4名。
中共湖南省委办公厅
湖南省人民政府办公厅
2019年3月1日
"""

XINHUA_WITHOUT_HEADER = """十三届全国人大一次会议表决通过国务院机构改革方案
新华社北京3月17日电 十三届全国人大一次会议17日下午在人民大会堂举行第七次全体会议，表决通过了关于国务院机构改革方案的决定。
根据2018年的方案，国务院正部级机构减少8个，副部级机构减少7个。
"""


def test_notice_without_header(tmp_path: Path) -> None:
    sample = tmp_path / "notice.txt"
    sample.write_text(NOTICE_WITHOUT_HEADER, encoding="utf-8")
    meta = read_file(sample).meta
    assert meta["number"] == "湘办〔2019〕66号"  # not the cited 厅字〔2018〕113号
    assert meta["date"] == "2019-03-01"
    assert meta["issuer"] == "中共湖南省委办公厅 湖南省人民政府办公厅"
    assert meta["title"] == "中共湖南省委办公厅 湖南省人民政府办公厅关于湖南省信访局机构编制调整的通知"


def test_xinhua_item_without_header() -> None:
    meta = infer_meta(XINHUA_WITHOUT_HEADER, {})
    assert meta["date"] == "2018-03-17"
    assert meta["title"] == "十三届全国人大一次会议表决通过国务院机构改革方案"
    assert "number" not in meta


def test_dated_decision_without_header() -> None:
    text = (
        "第十三届全国人民代表大会第一次会议关于国务院机构改革方案的决定\n\n"
        "（2018年3月17日第十三届全国人民代表大会第一次会议通过）\n\n"
        "第十三届全国人民代表大会第一次会议听取了国务委员王勇受国务院委托所作的说明。\n"
    )
    meta = infer_meta(text, {})
    assert meta["date"] == "2018-03-17"
    assert meta["issuer"] == "第十三届全国人民代表大会第一次会议"


def test_sanding_and_report_without_header() -> None:
    sanding = "自然资源部职能配置、内设机构和人员编制规定\n第一条 根据……制定本规定。\n"
    assert infer_meta(sanding, {}) == {"title": "自然资源部职能配置、内设机构和人员编制规定"}
    report = "2021年工作总结\n2021年，在市委的正确领导下，市委编办以改革为抓手，核减编制30名。\n"
    meta = infer_meta(report, {})
    assert meta["date"] == "2021"
    assert meta["issuer"] == "市委编办"


def test_year_from_number_and_not_from_targets() -> None:
    notice = "国务院办公厅关于印发国家能源局主要职责内设机构和人员编制规定的通知\n国办发〔2008〕66号\n各省、自治区、直辖市人民政府：\n"
    assert infer_meta(notice, {})["date"] == "2008"
    news = (
        "中共中央 国务院印发《党和国家机构改革方案》\n"
        "新华社北京3月16日电 近日，中共中央、国务院印发了《党和国家机构改革方案》。\n"
        "地方机构改革任务到2024年年底前完成。2023年党和国家机构改革。\n"
    )
    meta = infer_meta(news, {})
    assert meta["date"] == "2023-03-16"
    assert meta["issuer"] == "中共中央 国务院"


def test_number_variants() -> None:
    for line in ("国办发[2018]1号", "国办发（2018）1号", "国办发【2018】1号", "国办发〔2018〕第1号"):
        meta = infer_meta(f"国务院办公厅关于调整某机构的通知\n{line}\n正文。", {})
        assert meta["number"] == "国办发〔2018〕1号", line
    cn_date = infer_meta("某某决定\n二〇一九年三月二十一日\n", {})
    assert cn_date["date"] == "2019-03-21"


def test_header_values_are_kept() -> None:
    meta = infer_meta("关于某事的通知\n2019年3月1日", {"title": "原标题", "date": "2020"})
    assert meta["title"] == "原标题"
    assert meta["date"] == "2020"


def test_overrides_win(tmp_path: Path) -> None:
    sample = tmp_path / "notice.txt"
    sample.write_text(NOTICE_WITHOUT_HEADER, encoding="utf-8")
    document = read_file(
        sample, overrides={"date": "2019-3-5", "jurisdiction": "湖南省", "title": "自定标题", "x": None}
    )
    assert document.meta["date"] == "2019-03-05"
    assert document.meta["jurisdiction"] == "湖南省"
    assert document.meta["title"] == "自定标题"
    assert "x" not in document.meta
    with pytest.raises(ReadError) as caught:
        read_file(sample, overrides={"date": "去年春天"})
    assert "日期" in str(caught.value) and "notice.txt" in str(caught.value)


def test_normalize_date() -> None:
    assert normalize_date("2019") == "2019"
    assert normalize_date("2019-3") == "2019-03"
    assert normalize_date("2019年3月1日") == "2019-03-01"
    assert normalize_date("2019/02/30") is None
    assert normalize_date("昨天") is None


# ---------------------------------------------------------------------------
# kg/text.py
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("18", 18),
        ("１８", 18),
        ("十八", 18),
        ("十二", 12),
        ("二十", 20),
        ("两", 2),
        ("一百四十六", 146),
        ("三千零五", 3005),
        ("1.2万", 12000),
        ("三千五", 3500),
        ("二〇一九", 2019),
        ("1,200", 1200),
        ("零", 0),
        ("一亿二千万", 120_000_000),
        ("百", None),
        ("十十", None),
        ("第一", None),
        ("3.5", None),
        ("编制", None),
        ("", None),
    ],
)
def test_parse_cn_number(text: str, value: int | None) -> None:
    assert parse_cn_number(text) == value


def test_normalize_text_rules() -> None:
    assert normalize_text("自然资源 部") == "自然资源部"
    assert normalize_text("機構編制") == "机构编制"
    assert normalize_text("ＡＢＣ１２３\u3000编制") == "ABC123编制"
    assert normalize_text("县(市),创成;好:的") == "县（市），创成；好：的"
    assert normalize_text("He said (hello), ok") == "He said (hello), ok"
    assert normalize_text("「機構」\u00a0改革――方案") == "“机构”改革——方案"
    assert normalize_text('他说"改革。"然后') == "他说“改革。”然后"
    assert normalize_text("第一条，（一）、《条例》：“编制”。") == "第一条，（一）、《条例》：“编制”。"
    assert normalize_text("a\r\nb\u200bc") == "a\nbc"
    assert normalize_text("  第一条\u3000为了 ") == "第一条为了"
    assert (
        normalize_text("中共中央办公厅 国务院办公厅", join_cjk_spaces=False) == "中共中央办公厅 国务院办公厅"
    )


def test_normalize_with_map_offsets() -> None:
    original = "　第一条　機構 編制(市)，核定ＡＢ１２名\r\n第二条"
    text, offsets = normalize_with_map(original)
    assert text == "第一条机构编制（市），核定AB12名\n第二条"
    assert len(offsets) == len(text)
    assert offsets == sorted(offsets)
    for index, char in enumerate(text):
        if CHINESE.match(char):
            assert zhconv.convert(original[offsets[index]], "zh-cn") == char
    assert original[offsets[text.index("（")]] == "("
    assert original[offsets[text.index("A")]] == "Ａ"
    assert original[offsets[text.index("\n")]] == "\n"  # "\r\n" keeps the offset of its "\n"
    start = text.index("机构编制")
    assert original_span(offsets, start, start + 4) == (5, 10)
    assert original[5:10] == "機構 編制"


@pytest.mark.parametrize("path", REAL_FILES, ids=_file_id)
def test_normalization_is_stable_on_real_files(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    text, offsets = normalize_with_map(raw)
    assert len(offsets) == len(text)
    assert all(a < b for a, b in zip(offsets, offsets[1:], strict=False))
    assert normalize_text(text) == text


def test_normalize_name() -> None:
    assert normalize_name(" “自然资源部” ") == "自然资源部"
    assert normalize_name("《国家 能源局》。") == "国家能源局"
    assert normalize_name("（一）办公厅（二）") == "（一）办公厅（二）"
    assert normalize_name("【國家能源局】") == "国家能源局"


def test_split_sentences_with_quotes() -> None:
    text = "他说：“我们要改革。要加快。”会议强调，要坚持（见附件。）。第二句！  \n第三句？“引语。”\n\n尾巴"
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences == [
        "他说：“我们要改革。要加快。”",
        "会议强调，要坚持（见附件。）。",
        "第二句！",
        "第三句？",
        "“引语。”",
        "尾巴",
    ]


def test_split_sentences_unbalanced_quote_stops_at_line_end() -> None:
    text = "开头“没有关闭。仍在引号里\n下一行。"
    assert [text[a:b] for a, b in split_sentences(text)] == ["开头“没有关闭。仍在引号里", "下一行。"]


def test_gap_mark_variants() -> None:
    for mark in (
        "[……]",
        "[……以下原文缺失……]",
        "[……中间原文缺失……]",
        "……（略）",
        "（略）",
        "【以下略】",
        "［……］",
    ):
        assert GAP_MARK.fullmatch(mark), mark
    for text in ("荣获全国示范县(市)……", "（以下简称省信访局）", "〔2019〕", "（下称，三定方案）"):
        assert not GAP_MARK.search(text), text
    assert find_gaps("甲[……]乙……（略）") == [(1, 5), (6, 11)]


@pytest.mark.parametrize(("text", "expected"), [
    ("成都市全面启动机构改革\n\n来源:川报观察 2019年01月11日 15:01\n\n正文。", "2019-01-11"),
    ("市委编办完善部门职责边界\n\n来自: 行政机构编制科 时间: 2020-11-24 09:52\n\n正文。", "2020-11-24"),
    ("某省农业农村厅挂牌仪式在省会举行\n\n26.10.2018  00:11\n\n正文。", "2018-10-26"),
    ("摘要\n《上海医药》2008年第10期\n记者近日从卫生部获悉。", "2008"),
    ("2021年，全市收回编制89名。2022年上半年又拿出编制30名，目前正在调剂。", "2022"),
])
def test_document_dates_from_bylines_and_years(text: str, expected: str) -> None:
    assert infer_meta(text, {}).get("date") == expected


def test_a_timestamp_line_dates_the_page() -> None:
    assert infer_meta("某部已有司局设立\n\n澎湃新闻记者 张三\n2018-09-15 08:02\n来源:澎湃新闻\n\n正文。", {}).get("date") == "2018-09-15"


def test_a_plans_target_year_does_not_date_it() -> None:
    # a year named once dates nothing (eleventh session: unknown over a guess); named twice it does, never the target
    assert infer_meta("某县机构改革实施意见\n\n2019年，全县启动改革。力争到2025年基本完成，到2035年全面建成。", {}).get("date") is None
    assert infer_meta("某县机构改革实施意见\n\n2019年，全县启动改革。2019年底前完成方案。力争到2025年基本完成，到2035年全面建成。",
                      {}).get("date") == "2019"


def test_a_period_or_an_estimate_is_no_document_date() -> None:
    """"（约2014—2017年）", "志（1990—2005年）": a period or an estimate dates no document."""
    from ingest.readers.meta import _year_in

    assert _year_in("县部门职责分工表（约2014—2017年）") == ""
    assert _year_in("某县机构编制志（1990—2005年）") == ""
    assert _year_in("约2019年印发") == ""
    assert _year_in("2019年工作总结") == "2019"
    assert _year_in("2018年、2019年两次调整") == "2018"


@pytest.mark.parametrize("text", [
    # a unit profile: the body defines a body ("X（简称Y）是…"), its years are its history
    "某县文化馆（简称县文化馆）是县文化和旅游局所属的公益一类事业单位。县文化馆成立于1979年5月，目前核定编制8名。",
    "某县档案局是县委、县政府直属的工作机构。2002年3月，县委决定成立县档案局，与县档案馆合署办公。",
    "某縣婦女聯合會是縣委領導下的人民團體。縣婦聯成立于1956年，目前機關編制4名。",
    "一、单位概况\n（一）主要职责\n负责全县农产品质量检测。\n（四）2018年主要工作任务\n完成检测样品3000批次。",
    # a book's section or entry: its years are the book's content
    "第九篇 教育\n第二章 教育行政\n第一节 教育机构\n县教育局成立于1950年。1968年撤销，1973年恢复。",
    "一级目：政府机构\n二级目：县统计局\n【县统计局工作概况】县统计局内设3个股室。2019年完成经济普查。",
    # an outlet's lead: the site's page dates it
    "【某某网】去年以来，多地调整了县级机构。2023年5月，某县将甲局职责划入乙局。",
])
def test_a_genre_whose_years_date_its_content_gives_no_document_date(text: str) -> None:
    assert infer_meta(text, {}).get("date") is None


@pytest.mark.parametrize(("text", "expected"), [
    # a body's budget or campaign year, and a comparison's base year, are periods of the content
    ("某县水利局2019年部门预算收入总额800万元。“三公”经费较2018年下降2万元。", None),
    ("天气炎热，某县2015年夏季安全生产专项行动正在开展。各部门联合检查企业30家。", None),
    ("目 录\n第一部分 部门概况\n第二部分 2019年部门预算表\n第一部分 部门概况\n某局内设4个股室。", None),
    ("一、单位基本情况\n某中心核定事业编制12名，以下说明2020年单位决算的收支情况。", None),
    # a work report's own years date it (year precision) when its latest year is named twice or it speaks from its
    # present (eleventh session: a year named once dates nothing), and a photo caption's year is no campaign's
    ("2020年，县委编办收回空编50名。2021年上半年又调剂编制20名。", None),
    ("2020年，县委编办收回空编50名。2021年上半年又调剂编制20名，2021年底前全部到位。", "2021"),
    ("2020年，县委编办收回空编50名。2021年上半年又调剂编制20名，目前运行平稳。", "2021"),
    ("某市深化机构改革。▲2022年6月某市企业服务日活动现场。2021年，全市新设机构3个。", None),
    # a body acting "为…" opens a report, not a profile
    ("县委编委会为推进改革，2022年收回编制40名。2023年上半年又调剂编制15名。2023年底前完成。", "2023"),
    # a sentence defining a concept is no unit profile
    ("机构编制是重要的执政资源。2022年，全县收回编制40名。2022年底前完成调剂。", "2022"),
])
def test_a_content_period_year_does_not_date_the_document(text: str, expected: str | None) -> None:
    assert infer_meta(text, {}).get("date") == expected


def test_a_byline_of_a_day_and_an_author_dates_the_page() -> None:
    assert infer_meta("某县扎实推进机构改革\n\n2019-03-08某县委编办\n\n正文。", {}).get("date") == "2019-03-08"
    # a numbered list item is no byline (and a year named once dates nothing, eleventh session)
    assert infer_meta("某县扎实推进机构改革\n\n正文。2019年，改革启动。", {}).get("date") is None
    assert infer_meta("某县扎实推进机构改革\n\n正文。2019年，改革启动。2019年底完成。", {}).get("date") == "2019"


def test_a_flattened_one_line_copy_gets_its_lines_back() -> None:
    from ingest.readers.text import unflatten_one_line

    flat = ("某市人民政府关于印发某市统计局主要职责内设机构和人员编制规定的通知 某府办发〔2010〕21 号 "
            "各县(市)、区人民政府: 《某市统计局主要职责、内设机构和人员编制规定》已经市政府同意,现予印发。 "
            "某市人民政府办公室 二〇一〇年三月五日 一、职责调整 将经济普查组织职责划归市发展和改革委员会。 "
            "二、主要职责 (一)负责全市统计调查工作,组织实施统计调查项目。 (二)负责全市统计数据的发布工作。"
            " (三)指导全市统计信息化建设,管理统计信息资料。 (四)组织实施全市人口、经济、农业等重大国情国力普查,"
            "汇总、整理和提供有关调查的统计数据。 (五)承办市政府交办的其他事项。")
    out = unflatten_one_line(flat)
    lines = out.split("\n")
    assert "二〇一〇年三月五日" in lines and "二、主要职责" in lines
    assert any(line.startswith("(二)负责") for line in lines)
    assert "〔2010〕21 号" in out  # a space after a digit stays
    one_paragraph = "县统计局是县政府工作部门 负责全县统计工作。" * 3
    assert unflatten_one_line(one_paragraph) == one_paragraph  # short, or few spaces: left alone


def test_a_repost_is_of_the_day_of_the_report_it_carries() -> None:
    text = "新部门接连挂牌\n发布时间:2019-04-12 08:15:03 | 来源:某网\n据某某网客户端4月5日报道，更名、挂牌……工作正紧密开展。\n"
    assert infer_meta(text, {})["date"] == "2019-04-05"
    later = "新部门接连挂牌\n发布时间:2019-04-02 08:15:03\n据某某网4月5日报道，更名、挂牌……\n"
    assert infer_meta(later, {})["date"] == "2019-04-02"  # a report after the posting is no repost's source


def test_a_chronicle_is_not_dated_by_its_last_entry() -> None:
    text = ("1956年4月，县委、县人委各设档案室1个。1959年11月，两室合并为县档案馆。"
            "1970年4月1日，改名为县革命委员会档案馆。1981年12月，成立档案局。\n")
    assert "date" not in infer_meta(text, {})
    report = "2021年，全县共核减编制20名；2022年上半年又收回空编10名，目前运行平稳。\n"
    assert infer_meta(report, {})["date"] == "2022"


def test_a_web_stamp_with_page_widgets_and_a_xun_dateline_date_the_page() -> None:
    from ingest.readers.meta import infer_meta

    text = "某县融媒体中心挂牌成立\n2019-06-26 15:30:21 字号:\n某网6月26日讯 6月26日上午，某县融媒体中心挂牌成立。"
    assert infer_meta(text)["date"] == "2019-06-26"
    text = "某局挂牌\n某报融媒体3月11日讯 3月11日，某市某局正式挂牌。本轮机构改革于2019年完成。"
    assert infer_meta(text)["date"] == "2019-03-11"


def test_a_byline_below_a_long_navigation_and_an_opening_day_date_the_page() -> None:
    from ingest.readers.meta import infer_meta

    nav = ["首页", "新闻中心", "政务公开", "本地新闻", "图片新闻", "视频", "专题", "互动", "服务", "关于我们",
           "搜索", "登录", "注册", "当前位置：首页 > 新闻", "某县数据局挂牌", "作者：王五"]
    assert infer_meta("\n".join([*nav, "发布日期：2024-05-21", "近日，县数据局挂牌。"]))["date"] == "2024-05-21"
    assert "date" not in infer_meta("\n".join([*nav, "活动时间：2024-05-21", "县数据局挂牌。"]))  # not a byline
    # no byline: the full day the body opens with, when nothing later is spoken of
    assert infer_meta("某县数据局挂牌\n2024年5月21日，县数据局正式挂牌。")["date"] == "2024-05-21"
    assert "date" not in infer_meta("某县数据局挂牌\n2018年5月21日，县政务中心成立。2024年，县数据局挂牌。")
    assert infer_meta("某县数据局挂牌\n2018年5月21日，县政务中心成立。2024年，县数据局挂牌，2024年底运行。")["date"] == "2024"


def test_an_opening_day_followed_by_later_days_is_history() -> None:
    from ingest.readers.meta import infer_meta

    text = "某市某局揭牌\n2024年2月3日，省委编委批复设立某局。\n4月18日，某局正式揭牌。"
    assert "date" not in infer_meta(text)  # not the opening day; the year named once dates nothing (eleventh session)
    assert infer_meta(text + "2024年底前，某局完成组建。")["date"] == "2024"


def test_a_news_item_with_a_yearless_dateline_is_not_dated_by_a_past_year() -> None:
    """"本网讯 5月18日，…。…2016年撤县设区时，…": the item's own day has no year; the year in its body dates a past event."""
    text = ("某区3乡镇撤销乡镇建制设立街道\n本网讯 5月18日，某区举行新设街道授牌仪式，撤销甲镇、乙乡建制，同时设立甲街道、乙街道。\n"
            "某区共有12个乡镇，2016年撤县设区时，有4个乡镇改设街道办事处。\n")
    assert "date" not in infer_meta(text, {})
    dated = "本网讯 2021年5月18日，某区举行新设街道授牌仪式，撤销甲镇建制。\n"
    assert infer_meta(dated, {})["date"] == "2021-05-18"
    report = "2021年，全县共核减编制20名；2022年上半年又收回空编10名，目前运行平稳。\n"
    assert infer_meta(report, {})["date"] == "2022"


def test_a_signing_date_comes_before_the_pages_date_lines() -> None:
    """A page whose first line is an archive or posting label: the label line is no title, and the
    transmittal notice's signing date (org lines, then the date) is the document's, not the label's."""
    text = ("归档时间：2021-11-02\n当前位置：首页 > 政务公开\n某市人民政府办公室关于印发《某市政务公开实施办法》的通知（某政办发〔2020〕3号）\n"
            "来源：某市政府网 日期：2020-02-14 10:08\n各县区人民政府，市直各单位：\n《某市政务公开实施办法》已经市政府同意，现印发给你们。\n"
            "某市人民政府办公室\n2020年2月10日\n某市政务公开实施办法\n第一条 为推进政务公开，制定本办法。\n")
    meta = infer_meta(text, {})
    assert meta["date"] == "2020-02-10"
    assert not meta["title"].startswith("归档时间")


@pytest.mark.parametrize(("signing", "expected"), [
    ("2007年8月l5日", "2007-08-15"),  # l for 1
    ("2016年1l月3日", "2016-11-03"),
    ("2019年O3月1日", "2019-03-01"),  # O for 0
    ("二00五年六月十七日", "2005-06-17"),  # Arabic zeros among Chinese numerals
    ("二OO八年三月五日", "2008-03-05"),
])
def test_a_signing_date_typed_with_a_letter_for_a_digit(signing: str, expected: str) -> None:
    text = f"关于印发《某县编制管理办法》的通知\n各乡镇，县直各单位：\n现将《办法》印发给你们，请遵照执行。\n中共某县委\n某县人民政府\n{signing}\n"
    assert infer_meta(text, {})["date"] == expected


def test_a_letter_beside_a_number_elsewhere_stays() -> None:
    from ingest.readers.meta import _date_digits

    assert _date_digits("第lO号文件") == "第lO号文件"
    assert _date_digits("Iowa State 2019年访问") == "Iowa State 2019年访问"


@pytest.mark.parametrize(("text", "expected"), [
    # an information-disclosure table: the label on its own line, the value below
    ("某县人民政府工作规则\n• 发文字号:\n某政发〔2022〕5号\n• 发文日期:\n2022年03月09日 10:20\n• 发布日期:\n2022年03月10日 09:00\n"
     "第一章 总则\n一、为规范县政府工作，制定本规则。", "2022-03-09"),
    ("某镇应急预案\n成文日期：\n2021-06-18\n正文。", "2021-06-18"),
    # a stamp with its clock inside a short line, between a column name and an author
    ("街道与街道办事处的区别\n政务常识2020-07-21 16:05:33李老师\n正文说明了二者的不同。", "2020-07-21"),
    ("论乡镇治理的路径\n2017-04-02 09:41张三\n某市委党校学报 2017年2期\n正文。", "2017-04-02"),
])
def test_a_pages_date_label_and_stamp_variants(text: str, expected: str) -> None:
    assert infer_meta(text, {})["date"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a repost site's stamp years after the document's own number: the number's year
    ("某政发〔2014〕20号《某省人民政府关于深化预算管理改革的意见》\n时间：2016-01-17 23:45:19\n"
     "某省人民政府关于深化预算管理改革的意见\n某政发〔2014〕20号\n各市人民政府：\n现提出以下意见。", "2014"),
    ("发布时间：2024-11-01 21:09:52\n某院关于支持某区发展的意见\n某发〔2023〕16号\n各省人民政府：\n现提出如下意见。", "2023"),
    # the same year: the posting day stands
    ("发布时间：2023-03-15 09:28\n某市人民政府办公室关于印发方案的通知\n某政办发〔2023〕9号\n各县区：\n现印发给你们。", "2023-03-15"),
    # a title's own number in the bracket closing it
    ("某市委办公室印发《某意见》的通知(某办发〔2017〕2号)\n日期：2019-01-12\n各县市区委：\n现印发给你们。", "2017"),
])
def test_a_reposts_stamp_after_the_documents_number_year(text: str, expected: str) -> None:
    assert infer_meta(text, {})["date"] == expected


def test_a_number_cited_in_the_title_is_another_documents() -> None:
    from ingest.readers.meta import _year_of_title_number

    assert _year_of_title_number("某县关于转发《某省实施意见》(某办发〔2018〕5号)的通知") == ""
    assert _year_of_title_number("某县实施方案 (inferred: it implements 某发〔2014〕14号) 略") == ""
    assert _year_of_title_number("某市关于某事的通知(某政发〔2019〕24号)") == "2019"
    assert _year_of_title_number("某政发〔2014〕20号《某省人民政府关于某事的意见》") == "2014"


@pytest.mark.parametrize(("text", "expected"), [
    ("4月25日下午，区委书记张三主持召开区委编委2024年第一次会议。会议审议了工作要点。", "2024-04-25"),
    ("本报讯（记者 李四）3月2日，县委编委召开2021年度第二次全体会议，研究机构编制事项。", "2021-03-02"),
])
def test_a_yearless_opening_day_takes_the_year_of_the_meeting_it_opens(text: str, expected: str) -> None:
    assert infer_meta(text, {})["date"] == expected


def test_a_yearless_opening_day_without_a_meeting_year_stays_undated() -> None:
    text = "5月8日，县委编办召开全体干部会议。2019年以来，全县共核减编制30名。\n"
    assert "date" not in infer_meta(text, {})


@pytest.mark.parametrize(("text", "expected"), [
    # signing date > publication line > the own number's year
    ("某县人民政府办公室关于调整机构的通知\n发布时间：2020-05-06\n某政办发〔2019〕24号\n各乡镇：\n经研究，决定调整。\n"
     "某县人民政府办公室\n2020年4月28日", "2020-04-28"),
    # a dateline (with a year in the text) > a publication line
    ("某局挂牌\n发布时间：2020-05-06 10:00\n新华社北京4月30日电 2020年，某局正式挂牌。", "2020-04-30"),
    # a source line's date; a number cited in a sentence dates nothing
    ("某县关于调整机构的通知\n来源：某县政府网  2020-05-06\n各乡镇：\n根据《某省实施意见》（某办发〔2018〕5号），经研究，决定调整。",
     "2020-05-06"),
    # the own number alone: year precision
    ("某县关于调整机构的通知\n某政办发〔2019〕24号\n各乡镇：\n根据《某省实施意见》（某办发〔2018〕5号），经研究，决定调整。", "2019"),
    # a date line in brackets under or over the title
    ("（2021年5月8日）\n某县机构编制管理办法\n第一条 为规范管理，制定本办法。", "2021-05-08"),
])
def test_document_date_precedence(text: str, expected: str) -> None:
    assert infer_meta(text, {})["date"] == expected


def test_only_a_cited_number_gives_no_date() -> None:
    text = "某县关于调整机构的通知\n各乡镇：\n根据《某省实施意见》（中办发〔2018〕5号），经研究，决定调整。"
    assert "date" not in infer_meta(text, {})


def test_a_chronicle_entry_cut_before_its_full_stop_is_no_title() -> None:
    """A printed 志 line "1956年3月，某县人民委员会设统计科，负责全县统" (wrapped before its 。) is an entry, not
    a title: it dates the entry, not the page."""
    text = ("第二节 机构\n\n1956年3月，某县人民委员会设统计科，负责全县统\n计工作。1958年，统计科改称计划统计科。\n"
            "1961年10月，恢复县统计科。1975年，县统计科改称县统计局。\n")
    meta = infer_meta(text, {})
    assert not meta.get("title", "").startswith("1956")
    assert "date" not in meta


@pytest.mark.parametrize("title", ["某市机构编制志（1990—2005年）第一节 机构沿革", "某县年鉴(2001-2010) 机构", "某县志 1986至2005年 政府机构"])
def test_a_book_stating_the_period_it_covers_is_not_dated_by_its_entries(title: str) -> None:
    text = "1989年底，经省编委批准设置的市级党政机构共67个。其中市委10个，市政府57个。\n"
    assert "date" not in infer_meta(text, {"title": title})
    # without the period the latest year of a report dates it, when it is named twice (eleventh session)
    assert "date" not in infer_meta(text, {"title": "某市机构设置情况"})
    assert infer_meta(text + "1989年以后未再调整。\n", {"title": "某市机构设置情况"})["date"] == "1989"


def test_a_page_flattened_in_part_gets_the_lines_of_that_part_back() -> None:
    from ingest.readers.text import unflatten_one_line

    part = ("一、单位主要职能 (一)负责全县统计调查工作,组织实施统计调查项目,管理统计调查队伍和统计资料。"
            " (二)负责全县统计数据的审核、汇总和发布工作,向县委、县政府提供统计信息和咨询意见。"
            " (三)指导全县统计信息化建设,管理统计信息资料和统计数据库。 (四)承办县政府交办的其他事项。"
            " 二、人员情况 本单位核定编制10名,实有在职人员9人。 三、预算情况 见附表。")
    text = "某县统计局2021年部门预算公开\n" + part + "\n2021年3月1日"
    out = unflatten_one_line(text)
    assert len(out) == len(text)  # offsets hold
    lines = out.split("\n")
    assert lines[0] == "某县统计局2021年部门预算公开" and lines[-1] == "2021年3月1日"
    assert "一、单位主要职能" in lines and "二、人员情况" in lines
    assert any(line.startswith("(三)指导全县统计信息化建设") for line in lines)
    # a long line of ordinary prose with stray spaces inside its words is left alone
    prose = "某县统计局 是县政府工作部门，负责全县统 计调查工作，组织实施统计 调查项目。" * 6
    assert unflatten_one_line("标题\n" + prose) == "标题\n" + prose
