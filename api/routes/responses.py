"""The error responses of each operation, for the OpenAPI spec.

Every error has the one shape of ``api.errors`` (``{"error": {"code", "message"}}``); a route
lists the statuses it can answer with, and 500 (internal_error) and 503 (store_unavailable)
are added to every route. A listed 422 replaces FastAPI's default validation-error schema,
which is not the shape this API returns.
"""

from __future__ import annotations

from typing import Any

from api.schemas import ErrorResponse

DESCRIPTIONS = {
    400: "请求有误：日期无法识别、请求体无法解析等（invalid_date、bad_request…）",
    401: "写操作缺少令牌或令牌不正确（unauthorized）",
    403: "服务器未配置 KG_API_TOKEN，写操作已关闭（writes_disabled）",
    404: "找不到单位或文件（unit_not_found、document_not_found）",
    409: "名称对应多个单位，附候选（ambiguous_name）",
    413: "上传内容超过 KG_MAX_UPLOAD_MB，或一个文件超过 KG_MAX_FILE_MB（file_too_large）",
    415: "内容类型或文件类型不支持（unsupported_media_type、unsupported_file_type）",
    422: "参数缺失、过长或格式不正确，或含有无效字符（invalid_request、query_too_long、invalid_text…）",
    500: "服务器内部错误（internal_error）",
    503: "数据存储尚未就绪或不可用（store_unavailable）",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route or router that can answer with ``statuses`` (plus 500, 503)."""
    return {status: {"model": ErrorResponse, "description": DESCRIPTIONS[status]}
            for status in sorted({*statuses, 500, 503})}
