"""The OpenAPI document states the limits the server enforces, from one table.

Routes declare their parameters as usual; this module adds, by parameter (or JSON property)
name, what the server checks beyond the type: the date forms it accepts, the longest free
text (``KG_MAX_QUERY_CHARS``), that free text may not be blank or hold NUL characters. Clients
and property-based tests (tests/test_schemathesis.py) then know exactly which requests are
valid. Dates are stated in their canonical forms (2018, 2018-03, 2018-03-21; blank = today);
the server also understands 2018年 and 2018/03.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from api.settings import Settings

_YEAR = "[1-9][0-9]{3}"
_D28 = "(?:0?[1-9]|1[0-9]|2[0-8])"
_DATE = (f"{_YEAR}(?:-(?:(?:0?[13578]|1[02])(?:-(?:{_D28}|29|30|31))?|(?:0?[469]|11)(?:-(?:{_D28}|29|30))?"
         f"|0?2(?:-{_D28})?))?")
DATE_PATTERN = rf"^\s*(?:{_DATE})?\s*$"
NO_NUL = "^[^\\u0000]*$"
NOT_BLANK = "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$"  # some visible character, no NUL


def limits(settings: Settings) -> dict[str, dict[str, Any]]:
    """What the server enforces, by the name of a query parameter or JSON property."""
    text = {"maxLength": settings.max_query_chars, "pattern": NO_NUL}
    required_text = {"maxLength": settings.max_query_chars, "pattern": NOT_BLANK}
    date = {"maxLength": 40, "pattern": DATE_PATTERN}
    return {
        "at": date, "from": date, "to": date,
        "q": text, "question": required_text, "unit": {"maxLength": 200, "pattern": NO_NUL},
        "root": {"maxLength": 200, "pattern": NO_NUL},
        "jurisdiction": {"maxLength": 100, "pattern": NO_NUL}, "kind": {"maxLength": 50, "pattern": NO_NUL},
        "date": date, "title": {"maxLength": 200, "pattern": NO_NUL},
    }


# what one operation requires beyond the table: free text it strips and refuses when blank,
# and the parameter it cannot do without (the spec cannot say "unit or jurisdiction": the
# export is stated as by jurisdiction, a unit of it optional)
_PER_OPERATION: dict[tuple[str, str], dict[str, Any]] = {
    ("/who-handles", "q"): {"pattern": NOT_BLANK},
    ("/staffing/pool", "jurisdiction"): {"pattern": NOT_BLANK, "required": True},
    ("/staffing/export", "jurisdiction"): {"pattern": NOT_BLANK, "required": True},
}


def _string_branch(schema: dict[str, Any]) -> dict[str, Any] | None:
    if schema.get("type") == "string":
        return schema
    for option in schema.get("anyOf", []):
        if option.get("type") == "string":
            return option
    return None


def _constrain(schema: dict[str, Any], extra: dict[str, Any]) -> None:
    target = _string_branch(schema)
    if target is None or "format" in target or "enum" in target:
        return
    for key, value in extra.items():
        if key == "maxLength" and "maxLength" in target:
            target[key] = min(target[key], value)
        else:
            target[key] = value


def _properties(schema: dict[str, Any], table: dict[str, dict[str, Any]]) -> None:
    for name, prop in schema.get("properties", {}).items():
        if name in table:
            _constrain(prop, table[name])


def state_limits(doc: dict[str, Any], settings: Settings) -> dict[str, Any]:
    table = limits(settings)
    for path, operations in doc.get("paths", {}).items():
        for operation in operations.values():
            for param in operation.get("parameters", []):
                name = param.get("name")
                if param.get("in") == "query" and name in table:
                    extra = {**table[name], **_PER_OPERATION.get((path, name), {})}
                    if extra.pop("required", False):
                        param["required"] = True
                        branch = _string_branch(param.get("schema", {}))
                        if branch is not None and branch is not param.get("schema"):  # no longer optional
                            param["schema"] = {**branch, "title": param["schema"].get("title")}
                    _constrain(param.get("schema", {}), extra)
                elif param.get("in") == "path":
                    _constrain(param.get("schema", {}), {"pattern": NOT_BLANK})
            for media in operation.get("requestBody", {}).get("content", {}).values():
                _properties(media.get("schema", {}), table)
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if name.endswith(("Request", "Finding")):  # request bodies only: responses carry full dates
            _properties(schema, table)
    return doc


def install(app: FastAPI, settings: Settings) -> None:
    """Make ``app.openapi()`` state the limits (built once, like FastAPI's own)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = state_limits(build(), settings)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
