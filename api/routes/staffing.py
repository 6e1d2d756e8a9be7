"""编制: a unit's ledger and figures, checks, the pool, a review of a request, and the
ledger as an Excel workbook (export; import with the write token)."""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api.deps import LockDep, ReadAccess, SettingsDep, StoreDep, WriteAuth, parse_day, parse_uploads
from api.errors import ApiError
from api.routes.responses import errors
from api.schemas import (
    IngestResponse,
    StaffingChecks,
    StaffingPool,
    StaffingReview,
    StaffingReviewRequest,
    StaffingUnit,
)
from api.uploads import ingest_uploaded, receive_files
from ingest.pipeline import Overrides, apply_parsed
from kg.store import GraphStore
from queries.resolve import find_unit
from queries.staffing import PoolNotFound, pool_account, unit_staffing
from queries.staffing_rules import StaffingRulesError, load_rules, review_request, run_checks

router = APIRouter(prefix="/staffing", tags=["编制"], responses=errors(400, 422))

AtQuery = Annotated[str | None, Query(description="查询日期：2018、2018-03 或 2018-03-21（默认今天）", max_length=40)]
JurQuery = Annotated[str | None, Query(description="行政区划，如 示例县", max_length=100)]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _place(store: GraphStore, jurisdiction: str | None, *, required: bool) -> str | None:
    place = (jurisdiction or "").strip() or None
    if place is None:
        if required:
            raise ApiError(422, "invalid_request", "缺少行政区划（jurisdiction）")
        return None
    if place not in {j.id for j in store.jurisdictions()}:
        raise ApiError(404, "jurisdiction_not_found", f"找不到行政区划“{place}”")
    return place


def _unit(store: GraphStore, unit: str, jurisdiction: str | None, at: str | None) -> str:
    name = unit.strip()
    if not name:
        raise ApiError(422, "invalid_request", "缺少单位")
    return find_unit(store, name, jurisdiction=jurisdiction, at=parse_day(at) if at else None)


def _rules() -> Any:
    try:
        return load_rules()
    except StaffingRulesError as exc:
        raise ApiError(500, "staffing_rules_error", f"编制检查规则文件有误：{exc}") from None


@router.get("/units/{unit_id}", response_model=StaffingUnit, summary="单位编制台账", dependencies=[ReadAccess],
            responses=errors(404, 409))
def get_unit_staffing(
    store: StoreDep,
    unit_id: Annotated[str, PathParam(description="单位编号（或名称、简称）", max_length=200)],
    at: AtQuery = None,
    jurisdiction: JurQuery = None,
) -> dict[str, Any]:
    """查询日期的编制数（按类型、经费形式）、领导职数（按职级）、内设机构数、周转使用、实有人数、空编和超编，
    以及截至该日的编制台账（每笔附原文依据）和与台账推算不符的核定数。"""
    day = parse_day(at)
    uid = _unit(store, unit_id, jurisdiction, at)
    return unit_staffing(store, uid, day)


@router.get("/checks", response_model=StaffingChecks, summary="编制检查", dependencies=[ReadAccess],
            responses=errors(404, 409, 500))
def get_checks(store: StoreDep, jurisdiction: JurQuery = None, at: AtQuery = None,
               unit: Annotated[str | None, Query(description="只检查一个单位（名称或编号）", max_length=200)] = None,
               ) -> dict[str, Any]:
    """超编、超职数、超内设机构数、长期空编、乡镇编制标准、台账核定数不符、周转编制超期未归还。
    规则见 kg/data/staffing_rules.yaml（可用 KG_STAFFING_RULES 指定本单位的规则文件）。"""
    day = parse_day(at)
    place = _place(store, jurisdiction, required=False)
    uid = _unit(store, unit, place, at) if unit and unit.strip() else None
    result = run_checks(store, place, day, unit=uid, rules=_rules())
    if result.get("rules_file"):  # the rules file by name, not where the server keeps it
        result["rules_file"] = PurePath(str(result["rules_file"]).replace("\\", "/")).name
    return result


@router.post("/review", response_model=StaffingReview, summary="增编申请初审", dependencies=[ReadAccess],
             responses=errors(404, 409, 500))
def post_review(store: StoreDep, body: StaffingReviewRequest) -> dict[str, Any]:
    """按初审规则审查一项增加编制的申请：单位空编2名以上的、主管部门管理所属机构存在未整改到位问题的、
    新增职能适宜政府购买服务的，不予受理。已知问题及整改情况在 findings 中给出。"""
    day = parse_day(body.at)
    place = _place(store, body.jurisdiction, required=False)
    request = body.model_dump(exclude={"findings", "at"})
    request["jurisdiction"] = place
    return review_request(store, request, findings=[f.model_dump() for f in body.findings], at=day, rules=_rules())


@router.get("/pool", response_model=StaffingPool, summary="编制池", dependencies=[ReadAccess], responses=errors(404))
def get_pool(store: StoreDep, jurisdiction: JurQuery = None, at: AtQuery = None) -> dict[str, Any]:
    """周转编制池（人才编制池）账户：收回入池、周转借出与归还、调剂，各类型余额，借出未归还的单位和起始日期。"""
    day = parse_day(at)
    place = _place(store, jurisdiction, required=True)
    assert place is not None
    try:
        return pool_account(store, place, day)
    except PoolNotFound as exc:
        raise ApiError(404, "jurisdiction_not_found", str(exc)) from None


@router.get("/export", summary="导出编制台账（Excel）", dependencies=[ReadAccess], response_class=Response,
            responses={200: {"content": {XLSX: {"schema": {"type": "string", "format": "binary"}}},
                             "description": "编制台账工作簿（.xlsx）"}, **errors(404, 409, 500)})
def get_export(
    store: StoreDep,
    unit: Annotated[str | None, Query(description="导出一个单位（名称或编号）；同时给出 jurisdiction 时用于辨别同名单位",
                                      max_length=200)] = None,
    jurisdiction: JurQuery = None,
    at: AtQuery = None,
) -> Response:
    """一个单位或一个行政区划的编制台账工作簿：说明、核定编制、编制变动、实有人员、领导职数、编制池，
    以及计算得出的编制情况、编制池余额、检查结果。台账工作表可原样导入（POST /staffing/import）。"""
    from api.ledger_export import export_workbook

    day = parse_day(at)
    has_unit = bool(unit and unit.strip())
    if not has_unit and not (jurisdiction and jurisdiction.strip()):
        raise ApiError(422, "invalid_request", "请指定单位（unit）或行政区划（jurisdiction）")
    if has_unit:
        assert unit is not None
        uid = _unit(store, unit, _place(store, jurisdiction, required=False), at)
        _rules()
        name, data = export_workbook(store, unit=uid, at=day)
    else:
        place = _place(store, jurisdiction, required=True)
        _rules()
        name, data = export_workbook(store, jurisdiction=place, at=day)
    disposition = f"attachment; filename=\"staffing.xlsx\"; filename*=UTF-8''{quote(name)}"
    return Response(content=data, media_type=XLSX, headers={"Content-Disposition": disposition})


_YES = {"1", "true", "yes", "是"}
_NO = {"", "0", "false", "no", "否"}

_OPENAPI = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["files"],
                    "additionalProperties": False,
                    "properties": {
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}, "minItems": 1, "maxItems": 50,
                                  "description": "一个或多个编制台账工作簿（.xlsx，字段名 files 或 file）"},
                        "jurisdiction": {"type": "string", "description": "行政区划（覆盖工作簿“说明”中的行政区划）"},
                        "skip_bad_rows": {"type": "string", "enum": sorted(_YES | _NO),
                                          "description": "true：跳过有错误的行，其余照常导入"},
                    },
                },
                # the type of each file is decided by its name's extension
                "encoding": {"files": {"headers": {"Content-Disposition": {
                    "description": "每个文件的文件名（应为 .xlsx）",
                    "schema": {"type": "string", "example": 'form-data; name="files"; filename="ledger.xlsx"'}}}}},
            }
        },
    }
}


@router.post("/import", response_model=IngestResponse, summary="导入编制台账（Excel）", dependencies=[WriteAuth],
             openapi_extra=_OPENAPI, responses=errors(400, 401, 403, 413, 415, 422))
async def post_import(request: Request, store: StoreDep, settings: SettingsDep, lock: LockDep) -> dict[str, Any]:
    """上传编制台账工作簿（multipart/form-data），每个文件作为一份文件导入（再次导入同名文件即替换）。
    有错误的行逐一列出工作表、行和列；默认整份文件不导入。需要令牌（Authorization: Bearer …）。"""
    files, fields = await receive_files(request, settings, suffixes=(".xlsx", ".xlsm"), kinds="编制台账应为 .xlsx 文件",
                                        max_files=50, known_fields=("jurisdiction", "skip_bad_rows"))
    overrides = {"jurisdiction": fields["jurisdiction"]} if fields.get("jurisdiction") else {}
    flag = fields.get("skip_bad_rows", "").lower()
    if flag not in _YES | _NO:
        raise ApiError(422, "invalid_request", f"表单字段“skip_bad_rows”应为 true 或 false，当前为“{flag[:20]}”")
    skip = flag in _YES

    def run(paths: list[str], exclusive: Any) -> list[Any]:
        # as import_ledger_workbooks, read in the parser process without any lock
        parsed, failed = parse_uploads(request, paths, skip_bad_rows=skip, ledger_only=True,
                                       overrides=Overrides(jurisdiction=overrides.get("jurisdiction")))
        return apply_parsed(store, parsed, failed, exclusive=exclusive)

    return await run_in_threadpool(ingest_uploaded, lock, files, run)
