"""Ledger tables (ingest.tables): every format, row validation with locations, skip-bad-rows,
Excel date cells, English headers, unreadable files, and the docs staying in step."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from ingest.identity import document_id
from ingest.table_schema import EVENT_TYPE_WORDS, RECORD_TYPES, split_duties
from ingest.tables import RowError, TableError, read_table
from kg.model import EventType, Mention

DOCS = Path(__file__).resolve().parent.parent / "docs" / "table-schema.md"


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def workbook(path: Path, sheets: dict[str, list[list[object]]], formats: dict[tuple[str, str], str] | None = None,
             merge: dict[str, str] | None = None) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    for (sheet, coord), fmt in (formats or {}).items():
        wb[sheet][coord].number_format = fmt
    for sheet, rng in (merge or {}).items():
        wb[sheet].merge_cells(rng)
    wb.save(path)
    return path


def messages(errors: list[RowError]) -> list[str]:
    return [str(e) for e in errors]


# ---------------------------------------------------------------- csv


def test_csv_with_type_comment_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "单位.csv", (
        "# 类型: 单位\n"
        "# 行政区划: 示例县\n"
        "# 标题: 示例县单位名录\n"
        "名称,机构类别,规格,上级单位,隶属关系,加挂牌子,简称/别名,成立日期\n"
        "县自然资源局,县政府工作部门,正科级,,,县林业局,县自然资源局、自然资源局,2019-03\n"
        "县不动产登记中心,公益一类事业单位,副科级,县自然资源局,所属,,,2015年12月\n"
    ))
    result = read_table(path)
    facts = result.facts
    assert facts.document.title == "示例县单位名录"
    assert facts.document.jurisdiction == "示例县"
    assert facts.document.kind == "table"
    assert [u.unit.name for u in facts.units] == ["县自然资源局", "县不动产登记中心"]
    first, second = facts.units
    assert first.signs == ["县林业局"] and first.aliases == ["县自然资源局", "自然资源局"]
    assert first.valid_from == "2019-03" and first.kind == "县政府工作部门" and first.rank == "正科级"
    assert second.parent == Mention("县自然资源局") and second.parent_relation == "所属"
    assert second.valid_from == "2015-12"
    # rows as seen in Excel: 3 comment lines, header on row 4, data from row 5
    assert [u.prov.start for u in facts.units] == [5, 6]
    assert all(u.prov.start == u.prov.end for u in facts.units)
    assert result.errors == [] and result.warnings == []


def test_csv_type_detected_from_headers_and_gbk(tmp_path: Path) -> None:
    path = write(tmp_path / "编制.csv", (
        "单位,编制类型,变动,数量,日期,经费形式\n"
        "县投资促进服务中心,事业编制,核定,十,2020-04,全额\n"
        ",事业编制,收回,6,2021-06,全额拨款\n"
    ), encoding="gb18030")
    facts = read_table(path, overrides={"jurisdiction": "示例县"}).facts
    assert len(facts.staffing) == 2
    first, pool = facts.staffing
    assert (first.unit, first.kind, first.change, first.amount, first.funding) == (
        Mention("县投资促进服务中心"), "事业编制", "核定", 10, "全额拨款")
    assert pool.unit is None and pool.change == "收回"
    assert first.prov.start == 2 and pool.prov.start == 3
    assert first.prov.sentence == "2020-04 核定县投资促进服务中心全额拨款事业编制10名"
    assert pool.prov.sentence == "2021-06 示例县共收回空余全额拨款事业编制6名"


def test_csv_english_headers(tmp_path: Path) -> None:
    path = write(tmp_path / "events.csv", (
        "# type: events\n"
        "Type,Date,Inputs,Outputs,Duties,Source\n"
        "transfer_duty,2019-03,县农业局,县应急管理局,草原防火职责,将县农业局的草原防火职责划入县应急管理局。\n"
        "upgrade,2022-03,县投资促进服务中心,,,\n"
    ))
    result = read_table(path, skip_bad_rows=True, overrides={"jurisdiction": "示例县"})
    # upgrade without a rank is refused, the duty transfer is kept
    assert len(result.facts.events) == 1
    ev = result.facts.events[0]
    assert ev.type == EventType.TRANSFER_DUTY
    assert ev.inputs == [Mention("县农业局")] and ev.outputs == [Mention("县应急管理局")]
    assert ev.duties[0].source == Mention("县农业局") and ev.duties[0].text == "草原防火职责"
    assert ev.prov.sentence == "将县农业局的草原防火职责划入县应急管理局。"
    assert messages(result.errors) == ["events.csv 第4行 “规格”列：“升格”事件需要填写规格（调整后的规格）"]


def test_csv_unknown_type_and_undetectable_headers(tmp_path: Path) -> None:
    bad_type = write(tmp_path / "a.csv", "# 类型: 人员\n名称\n县财政局\n")
    with pytest.raises(TableError, match="未知的记录类型“人员”"):
        read_table(bad_type, overrides={"jurisdiction": "示例县"})
    no_type = write(tmp_path / "b.csv", "甲,乙\n1,2\n")
    with pytest.raises(TableError, match="无法根据表头判断记录类型"):
        read_table(no_type, overrides={"jurisdiction": "示例县"})


# ---------------------------------------------------------------- xlsx


def test_xlsx_sheets_meta_dates_title_row_and_merged_cells(tmp_path: Path) -> None:
    path = workbook(tmp_path / "示例县台账.xlsx", {
        "说明": [["项目", "内容"], ["标题", "示例县台账"], ["行政区划", "示例县"], ["日期", "2025-06-30"],
                 ["文号", "示例县编委〔2019〕3号"], ["上级行政区划", "示例市"], ["备注", "测试"]],
        "单位": [["示例县单位名录"],  # a title row above the header
                 ["名称", "机构类别", "规格", "成立日期", "撤销日期"],
                 ["县自然资源局", "县政府工作部门", "正科级", dt.datetime(2019, 3, 1), None],
                 ["县林业局", "县政府工作部门", "正科级", None, dt.datetime(2023, 12, 15)],
                 ["合计", None, None, None, None]],
        "职责": [["单位", "序号", "职责", "起始日期"],
                 ["县自然资源局", 1, "负责全县自然资源调查监测评价。", dt.datetime(2019, 1, 1)],
                 [None, 2, "负责全县国土空间用途管制。", 2019]],
        "事件": [["类型", "日期", "结果单位", "依据"],
                 ["新设", "2020-04", "县投资促进服务中心", None]],
    }, formats={("单位", "D3"): "yyyy-mm", ("单位", "E4"): "yyyy-mm-dd", ("职责", "D2"): "yyyy"},
        merge={"职责": "A2:A3"})
    result = read_table(path)
    facts = result.facts
    doc = facts.document
    assert (doc.title, doc.jurisdiction, doc.date, doc.number) == ("示例县台账", "示例县", "2025-06-30", "示例县编委〔2019〕3号")
    assert doc.meta["上级行政区划"] == "示例市" and doc.meta["备注"] == "测试" and doc.meta["format"] == "xlsx"
    # Excel date cells keep the precision of their display format
    assert [u.valid_from for u in facts.units] == ["2019-03", None]
    assert facts.units[1].valid_to == "2023-12-15"
    assert [u.prov.start for u in facts.units] == [3, 4]
    assert [d.valid_from for d in facts.duties] == ["2019", "2019"]
    # the merged 单位 cell counts for both rows
    assert [d.unit.name for d in facts.duties] == ["县自然资源局", "县自然资源局"]
    assert [d.item for d in facts.duties] == [1, 2]
    ev = facts.events[0]
    assert ev.prov.sentence == "2020-04 新设县投资促进服务中心（来源：示例县编委〔2019〕3号）"
    assert any("合计行" in str(w) for w in result.warnings)


def test_xlsx_row_errors_name_sheet_row_and_column(tmp_path: Path) -> None:
    path = workbook(tmp_path / "示例县台账.xlsx", {
        "说明": [["行政区划", "示例县"]],
        "编制": [["单位", "编制类型", "变动", "数量", "日期", "备用列"],
                 ["县委办公室", "行政编制", "核定", 14, "2019-03", "x"],
                 ["县委组织部", "行政编制", "核定", "十二点五", "2019-03", None],
                 ["县委宣传部", "行政编号", "核定", 8, "2019-03", None],
                 ["县委统战部", "行政编制", "核多", -2, "2019-13", None],
                 ["县委政法委", "行政编制", "核定", 12.5, None, None],
                 ["县委编办", None, "核定", "六", None, None]],
    })
    with pytest.raises(TableError) as info:
        read_table(path)
    errors = messages(info.value.errors)
    assert errors == [
        "示例县台账.xlsx 工作表“编制” 第3行 “数量”列：“十二点五”不是整数",
        "示例县台账.xlsx 工作表“编制” 第4行 “编制类型”列：“行政编号”不是可用的值，可选：行政编制、事业编制、政法专项编制、"
        "工勤编制、编制、领导职数、内设机构",
        "示例县台账.xlsx 工作表“编制” 第5行 “变动”列：“核多”不是可用的值，可选：核定、核增、核减、收回、划转、划入、划出、周转、"
        "归还、调剂、实有",
        "示例县台账.xlsx 工作表“编制” 第5行 “数量”列：“-2”不能为负数",
        "示例县台账.xlsx 工作表“编制” 第5行 “日期”列：“2019-13”不是有效日期，请写成 2018、2018-03、2018-03-21 或 2018年3月",
        "示例县台账.xlsx 工作表“编制” 第6行 “数量”列：“12.5”不是整数",
        "示例县台账.xlsx 工作表“编制” 第7行 “编制类型”列：必填，不能为空",
    ]
    message = str(info.value)
    assert message.startswith("示例县台账.xlsx 有 7 处错误，未导入：")
    assert all(e in message for e in errors)
    # skip_bad_rows keeps the good rows; the unknown column is a warning, not an error
    result = read_table(path, skip_bad_rows=True)
    assert [s.unit.name for s in result.facts.staffing] == ["县委办公室"]
    assert len(result.errors) == 7
    assert messages(result.warnings) == ["示例县台账.xlsx 工作表“编制” 第1行 “备用列”列：未知列“备用列”，已忽略"]


def test_xlsx_missing_required_header_and_unknown_sheet(tmp_path: Path) -> None:
    path = workbook(tmp_path / "t.xlsx", {
        "说明": [["行政区划", "示例县"]],
        "事件": [["日期", "来源单位"], ["2019-03", "县规划局"]],
        "附表": [["随便", "什么"], [1, 2]],
        "单位": [["名称"], ["县财政局"]],
    })
    result = read_table(path, skip_bad_rows=True)
    assert [u.unit.name for u in result.facts.units] == ["县财政局"]
    assert messages(result.errors) == ["t.xlsx 工作表“事件”：找不到表头：前10行中没有包含必填列“类型”、“日期”的一行"]
    assert any("工作表“附表”" in w and "已跳过" in w for w in messages(result.warnings))


def test_corrupt_and_unsupported_files(tmp_path: Path) -> None:
    corrupt = tmp_path / "坏.xlsx"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(TableError) as info:
        read_table(corrupt, skip_bad_rows=True)
    assert str(info.value).startswith("坏.xlsx：无法打开：文件已损坏，或不是 .xlsx 格式的 Excel 工作簿")
    assert "Traceback" not in str(info.value)
    text_as_xlsx = write(tmp_path / "文本.xlsx", "名称\n县财政局\n")
    with pytest.raises(TableError, match="无法打开"):
        read_table(text_as_xlsx)
    old = tmp_path / "旧.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TableError, match=r"旧版 Excel 格式（\.xls），请在 Excel 中另存为 \.xlsx"):
        read_table(old)
    with pytest.raises(TableError, match="不支持的表格格式“.txt”"):
        read_table(write(tmp_path / "a.txt", "x"))
    with pytest.raises(TableError, match="文件不存在"):
        read_table(tmp_path / "没有.csv")
    binary = tmp_path / "乱码.csv"
    binary.write_bytes(bytes(range(128, 256)) * 4)
    with pytest.raises(TableError, match="无法识别文件编码"):
        read_table(binary)


# ---------------------------------------------------------------- json / yaml


def test_json_all_sections(tmp_path: Path) -> None:
    data = {
        "文件": {"标题": "JSON台账", "行政区划": "示例县", "日期": "2019-03"},
        "单位": [{"名称": "县应急管理局", "规格": "正科级", "成立日期": "2019-03"},
                 {"名称": "市自然资源局", "行政区划": "示例市"}],
        "职责": [{"单位": "县应急管理局", "职责": "牵头组织协调全县防汛抗旱工作。", "角色": "牵头", "序号": 2}],
        "事件": [{"类型": "隶属调整", "日期": "2019-03", "来源单位": "县不动产登记中心", "上级单位": "市自然资源局",
                  "隶属关系": "所属"}],
        "编制": [{"单位": "县林业局", "编制类型": "行政编制", "变动": "划转", "数量": 5, "对方单位": "市自然资源局",
                  "日期": "2023-12"}],
        "分工": [{"单位": ["县应急管理局", "县水利局"], "内容": "县应急管理局牵头，县水利局配合。"}],
    }
    path = write(tmp_path / "t.json", json.dumps(data, ensure_ascii=False))
    facts = read_table(path).facts
    assert facts.document.date == "2019-03" and facts.document.meta["format"] == "json"
    assert facts.counts() == {"units": 2, "duties": 1, "events": 1, "staffing": 1, "boundaries": 1}
    assert facts.units[1].unit == Mention("市自然资源局", "示例市")
    assert facts.duties[0].role == "牵头" and facts.duties[0].item == 2
    ev = facts.events[0]
    # a unit declared in another jurisdiction keeps it wherever the file names it
    assert ev.outputs == [Mention("市自然资源局", "示例市")] and ev.relation == "所属"
    assert ev.prov.sentence == "2019-03 县不动产登记中心划归市自然资源局，为其所属单位"
    assert facts.staffing[0].counterpart == Mention("市自然资源局", "示例市")
    assert facts.boundaries[0].units == [Mention("县应急管理局"), Mention("县水利局")]
    # records are numbered as workbook rows: the first record of a list is row 2
    assert facts.units[1].prov.start == 3 and facts.events[0].prov.start == 2


def test_yaml_english_keys_and_errors_with_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "t.yaml", (
        "meta:\n"
        "  jurisdiction: 示例县\n"
        "units:\n"
        "  - {name: 县委办公室, kind: 党委工作机关, rank: 正科级, aliases: [县委办]}\n"
        "  - {name: '', rank: 科级}\n"
        "events:\n"
        "  - {type: 加挂牌子, date: 2017-05-02, inputs: 县林业局, sign: 县湿地保护管理局}\n"
        "  - {type: 划转, date: 2019}\n"
        "staffing:\n"
        "  - {unit: 县委办公室, kind: 领导职数, level: 正科级, change: set, amount: 1, date: 2019-03, whatever: 1}\n"
    ))
    result = read_table(path, skip_bad_rows=True)
    facts = result.facts
    assert facts.units[0].aliases == ["县委办"] and facts.units[0].kind == "党委工作机关"
    sign = facts.events[0]
    assert sign.type == EventType.ADD_SIGN and sign.inputs == [Mention("县林业局")] and sign.sign == "县湿地保护管理局"
    assert sign.date == "2017-05-02"
    assert facts.staffing[0].level == "正科级" and facts.staffing[0].change == "核定"
    assert facts.staffing[0].prov.sentence == "2019-03 核定县委办公室正科级领导职数1名"
    errors = messages(result.errors)
    assert errors[0] == "t.yaml “units” 第2条（第5行） “名称”：必填，不能为空"
    assert errors[1].startswith("t.yaml “units” 第2条（第5行） “规格”：“科级”不是可用的规格")
    assert errors[2].startswith("t.yaml “events” 第2条（第8行） “类型”：“划转”不是可用的值，可选：组建、设立、新设")
    assert messages(result.warnings) == ["t.yaml “staffing” 第1条（第10行） “whatever”：未知列“whatever”，已忽略"]


def test_yaml_and_json_syntax_errors(tmp_path: Path) -> None:
    with pytest.raises(TableError, match=r"YAML 格式错误（第\d+行）"):
        read_table(write(tmp_path / "bad.yaml", "单位:\n  - {名称: 县财政局\n  - x: [\n"))
    with pytest.raises(TableError, match=r"JSON 格式错误（第1行第\d+列）"):
        read_table(write(tmp_path / "bad.json", '{"单位": [}'))
    with pytest.raises(TableError, match="顶层应为一个映射"):
        read_table(write(tmp_path / "list.yaml", "- 1\n- 2\n"), overrides={"jurisdiction": "示例县"})


# ---------------------------------------------------------------- validation details


def test_event_shapes_and_checks(tmp_path: Path) -> None:
    rows = [
        {"类型": "组建", "日期": "2019-03", "来源单位": "县国土资源局、县规划局、县林业局", "结果单位": "县自然资源局",
         "划转职责": "县林业局：森林、湿地等资源调查和确权登记管理职责", "机构类别": "县政府工作部门", "规格": "正科级"},
        {"类型": "更名", "日期": "2019-03", "来源单位": "县农业局", "结果单位": "县农业农村局"},
        {"类型": "升格", "日期": "2022-03", "结果单位": "县投资促进服务中心", "规格": "正科级", "依据": "示例县编委〔2022〕2号"},
        {"类型": "合署办公", "日期": "2018-02", "来源单位": "县纪律检查委员会", "结果单位": "县监察委员会"},
        {"类型": "摘牌", "日期": "2019-03", "来源单位": "县林业局", "结果单位": "县湿地保护管理局"},
        {"类型": "并入", "日期": "2023-12", "来源单位": "县林业局", "结果单位": "县自然资源局、县农业农村局"},
        {"类型": "更名", "日期": "2019-03", "来源单位": "县农业局"},
        {"类型": "职责划转", "日期": "2019-03", "结果单位": "县应急管理局"},
        {"类型": "合署办公", "日期": "2018-02", "来源单位": "县纪律检查委员会"},
        {"类型": "隶属调整", "日期": "2019-03", "来源单位": "县不动产登记中心"},
        {"类型": "性质调整", "日期": "2019-03", "来源单位": "县委编办"},
    ]
    path = write(tmp_path / "e.json", json.dumps({"文件": {"行政区划": "示例县"}, "事件": rows}, ensure_ascii=False))
    result = read_table(path, skip_bad_rows=True)
    establish, rename, upgrade, co_locate, remove_sign = result.facts.events
    assert establish.outputs == [Mention("县自然资源局")] and len(establish.inputs) == 3
    assert establish.duties[0].source == Mention("县林业局")
    assert establish.duties[0].text == "森林、湿地等资源调查和确权登记管理职责"
    assert establish.prov.sentence.startswith("2019-03 组建县自然资源局（整合县国土资源局、县规划局、县林业局），划入县林业局的")
    assert rename.prov.sentence == "2019-03 县农业局更名为县农业农村局"
    assert upgrade.inputs == upgrade.outputs == [Mention("县投资促进服务中心")] and upgrade.rank == "正科级"
    assert upgrade.prov.sentence == "2022-03 县投资促进服务中心升格为正科级（来源：示例县编委〔2022〕2号）"
    assert co_locate.inputs == [Mention("县纪律检查委员会"), Mention("县监察委员会")]
    assert remove_sign.sign == "县湿地保护管理局" and remove_sign.inputs == [Mention("县林业局")] and not remove_sign.outputs
    assert messages(result.errors) == [
        "e.json “事件” 第6条 “结果单位”：“并入”事件只能有一个结果单位，多个请分行填写",
        "e.json “事件” 第7条 “结果单位”：“更名”事件需要填写结果单位（新名称）",
        "e.json “事件” 第8条 “划转职责”：“职责划转”事件需要填写划转职责",
        "e.json “事件” 第9条 “来源单位”：“合署办公”事件至少要有两个单位",
        "e.json “事件” 第10条 “上级单位”：“隶属调整”事件需要填写上级单位（新的上级单位）或结果单位",
        "e.json “事件” 第11条 “机构类别”：“性质调整”事件需要填写机构类别（调整后的类别）",
    ]


def test_unit_and_boundary_checks(tmp_path: Path) -> None:
    path = write(tmp_path / "u.yaml", (
        "文件: {行政区划: 示例县}\n"
        "单位:\n"
        "  - {名称: 县林业局, 成立日期: 2020, 撤销日期: 2019-03}\n"
        "  - {名称: 县林业工作站, 隶属关系: 所属}\n"
        "  - {名称: 县某某中心, 机构类别: 某某机构}\n"
        "  - {名称: 县财政局, 规格: 正处(县)级, 隶属关系: 直属, 上级单位: 县人民政府}\n"
        "分工:\n"
        "  - {单位: 县应急管理局, 内容: 只有一个单位。}\n"
    ))
    result = read_table(path, skip_bad_rows=True)
    assert [u.unit.name for u in result.facts.units] == ["县财政局"]
    assert result.facts.units[0].rank == "正处级" and result.facts.units[0].parent_relation == "所属"
    errors = messages(result.errors)
    assert errors[0] == "u.yaml “单位” 第1条（第3行） “撤销日期”：撤销日期2019-03早于成立日期2020"
    assert errors[1] == "u.yaml “单位” 第2条（第4行） “上级单位”：填写了隶属关系“所属”，但没有填写上级单位"
    assert errors[2].startswith("u.yaml “单位” 第3条（第5行） “机构类别”：“某某机构”不是可识别的机构类别")
    assert errors[3] == "u.yaml “分工” 第1条（第8行） “单位”：职责分工至少要有两个单位（用“、”分隔）"


def test_dates_and_amounts_accepted() -> None:
    from ingest.table_schema import CellProblem, parse_amount, parse_date

    assert parse_date("2018年3月") == "2018-03"
    assert parse_date("2018年3月21日") == "2018-03-21"
    assert parse_date("2018/3/21") == "2018-03-21"
    assert parse_date(2018) == "2018"
    assert parse_date(dt.date(2018, 3, 21)) == "2018-03-21"
    assert parse_amount("一百四十六") == 146
    assert parse_amount("两") == 2
    assert parse_amount("18名") == 18
    assert parse_amount(12.0) == 12
    for bad in ("2018-02-30", "去年", 2018.5):
        with pytest.raises(CellProblem):
            parse_date(bad)
    for bad in ("十二点五", "12.5", "-1", "若干", True):
        with pytest.raises(CellProblem):
            parse_amount(bad)


def test_split_duties() -> None:
    assert split_duties("草原防火职责、森林防火相关职责") == [(None, "草原防火职责"), (None, "森林防火相关职责")]
    assert split_duties("县林业局：森林、湿地等资源调查和确权登记管理职责；县水利局:水资源调查和确权登记管理职责") == [
        ("县林业局", "森林、湿地等资源调查和确权登记管理职责"), ("县水利局", "水资源调查和确权登记管理职责")]
    assert split_duties("县发展和改革局：组织编制主体功能区规划职责、县水利局：水旱灾害防治相关职责") == [
        ("县发展和改革局", "组织编制主体功能区规划职责"), ("县水利局", "水旱灾害防治相关职责")]
    assert split_duties(["优抚、安置", "县民政局：救灾职责"]) == [(None, "优抚、安置"), ("县民政局", "救灾职责")]


# ---------------------------------------------------------------- document identity and metadata


def test_document_id_follows_the_name_and_place_not_the_content(tmp_path: Path) -> None:
    path = write(tmp_path / "台账.csv", "# 类型: 单位\n# 行政区划: 示例县\n名称\n县财政局\n")
    first = read_table(path).facts.document
    write(path, "# 类型: 单位\n# 行政区划: 示例县\n名称\n县财政局\n县教育局\n")
    second = read_table(path).facts.document
    assert first.id == second.id == document_id(path, "示例县")
    assert first.sha256 != second.sha256
    other = write(tmp_path / "台账2.csv", path.read_text("utf-8"))
    assert read_table(other).facts.document.id != first.id
    (tmp_path / "moved").mkdir()
    moved = write(tmp_path / "moved" / "台账.csv", path.read_text("utf-8"))
    assert read_table(moved).facts.document.id == first.id
    (tmp_path / "b").mkdir()
    other_place = write(tmp_path / "b" / "台账.csv", "# 类型: 单位\n# 行政区划: 另一县\n名称\n县财政局\n")
    assert read_table(other_place).facts.document.id != first.id


def test_jurisdiction_from_override_units_or_error(tmp_path: Path) -> None:
    path = write(tmp_path / "j.csv", "名称,行政区划\n县财政局,示例县\n县教育局,示例县\n")
    assert read_table(path).facts.document.jurisdiction == "示例县"
    assert read_table(path, overrides={"行政区划": "另一县"}).facts.document.jurisdiction == "另一县"
    bare = write(tmp_path / "k.csv", "名称\n县财政局\n")
    with pytest.raises(TableError, match="没有指明行政区划"):
        read_table(bare, skip_bad_rows=True)
    facts = read_table(bare, overrides={"jurisdiction": "示例县", "title": "覆盖标题", "date": "2020年5月"}).facts
    assert (facts.document.title, facts.document.date) == ("覆盖标题", "2020-05")
    with pytest.raises(ValueError):
        read_table(bare, overrides={"颜色": "红"})


def test_basis_sentence_or_reference(tmp_path: Path) -> None:
    path = write(tmp_path / "s.yaml", (
        "文件: {行政区划: 示例县, 文号: 示例县编委〔2021〕1号}\n"
        "编制:\n"
        "  - {单位: 县应急管理局, 编制类型: 行政编制, 变动: 核增, 数量: 3, 日期: 2021-06, 依据: 为县应急管理局核增行政编制3名。}\n"
        "  - {单位: 县林业局, 对方单位: 县自然资源局, 编制类型: 行政编制, 变动: 划转, 数量: 5, 依据: 《关于县林业局机构编制事项的通知》}\n"
        "  - {单位: 县自然资源局, 编制类型: 行政编制, 变动: 实有, 数量: 22, 日期: 2025-06}\n"
    ))
    staffing = read_table(path).facts.staffing
    assert [s.prov.sentence for s in staffing] == [
        "为县应急管理局核增行政编制3名。",
        "将县林业局行政编制5名划转至县自然资源局（来源：《关于县林业局机构编制事项的通知》）",
        "2025-06 县自然资源局实有行政编制人员22名（来源：示例县编委〔2021〕1号）",
    ]


# ---------------------------------------------------------------- the docs


def test_docs_list_every_column_alias_and_event_word() -> None:
    text = DOCS.read_text("utf-8")
    missing = []
    for rtype in RECORD_TYPES:
        for col in rtype.columns:
            for spelling in (col.name, *col.aliases):
                token = f"`{spelling}`" if spelling.isascii() else spelling
                if token not in text:
                    missing.append(f"{rtype.name}.{col.name}: {spelling}")
            for word in (col.values or {}) if col.values is not EVENT_TYPE_WORDS else ():
                token = f"`{word}`" if word.isascii() else word
                if token not in text:
                    missing.append(f"{rtype.name}.{col.name} value: {word}")
    for word in EVENT_TYPE_WORDS:
        token = f"`{word}`" if word.isascii() else word
        if not re.search(re.escape(token), text):
            missing.append(f"event word: {word}")
    assert not missing, missing


def test_csv_in_utf16_reads_like_utf8(tmp_path: Path) -> None:
    text = "# 类型: 单位\n# 行政区划: 示例县\n名称\n县财政局\n"
    utf8 = read_table(write(tmp_path / "a.csv", text)).facts
    utf16 = tmp_path / "b.csv"
    utf16.write_bytes(text.encode("utf-16"))
    assert [u.unit.name for u in read_table(utf16).facts.units] == [u.unit.name for u in utf8.units] == ["县财政局"]


def test_skipped_sheets_and_columns_are_told_through_the_pipeline(tmp_path: Path) -> None:
    """A sheet or column the reader does not know is skipped; the user is told so by kg ingest."""
    import openpyxl

    from ingest.pipeline import ingest_paths
    from kg.stores.networkx_store import NetworkxStore

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "单位"
    ws.append(["名称", "行政区划", "备忘"])
    ws.append(["县财政局", "示例县", "随便写的"])
    wb.create_sheet("编制明细").append(["随便"])
    path = tmp_path / "台账.xlsx"
    wb.save(path)
    [result] = ingest_paths(NetworkxStore(tmp_path / "kg"), [path])
    assert result.status == "成功"
    notes = "\n".join(result.reviews)
    assert "编制明细" in notes and "备忘" in notes


def test_a_basis_that_already_names_its_source_is_kept_as_written(tmp_path: Path) -> None:
    basis = "核定县财政局行政编制5名（来源：示例县编〔2019〕1号）"
    path = write(tmp_path / "编制.csv", "# 类型: 编制\n# 行政区划: 示例县\n单位,编制类型,变动,数量,依据\n"
                                      f"县财政局,行政编制,核定,5,{basis}\n")
    [st] = read_table(path).facts.staffing
    assert st.prov.sentence == basis
