"""Documents: list, detail, delete."""

from __future__ import annotations

from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Path

from api.deps import LockDep, ReadAccess, StoreDep, WriteAuth
from api.routes.responses import errors
from api.schemas import DeleteResponse, DocumentDetail, DocumentSummary
from ingest.pipeline import delete_document as delete_and_rebuild
from kg.errors import DocumentNotFound
from kg.model import Document

router = APIRouter(prefix="/documents", tags=["文件"], responses=errors())

DocPath = Annotated[str, Path(description="文件编号（见 GET /documents）", max_length=200)]


def _summary(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "title": doc.title, "date": doc.date, "jurisdiction": doc.jurisdiction, "issuer": doc.issuer,
            "number": doc.number, "kind": doc.kind,
            # the file's name only: where the server keeps it is nobody's business (the stored
            # path stays, for rebuilds)
            "file": PurePath(doc.path.replace("\\", "/")).name if doc.path else None}


@router.get("", response_model=list[DocumentSummary], summary="已导入的文件", dependencies=[ReadAccess])
def list_documents(store: StoreDep) -> list[dict[str, Any]]:
    """按日期排列的全部文件。"""
    docs = sorted(store.documents(), key=lambda d: (d.date or "", d.title))
    return [_summary(d) for d in docs]


@router.get("/{doc_id}", response_model=DocumentDetail, summary="文件详情", dependencies=[ReadAccess],
             responses=errors(404, 422))
def get_document(store: StoreDep, doc_id: DocPath) -> dict[str, Any]:
    """文件的元数据、正文，以及从中提取的机构、职责、事件、编制、分工条数。"""
    doc = store.document(doc_id)
    try:
        counts = store.document_facts(doc_id).counts()
    except DocumentNotFound:
        counts = {}
    return {**_summary(doc), "counts": counts, "text": doc.text, "meta": doc.meta}


@router.delete("/{doc_id}", response_model=DeleteResponse, summary="删除文件", dependencies=[WriteAuth],
                responses=errors(401, 403, 404, 422))
def delete_document(store: StoreDep, lock: LockDep, doc_id: DocPath) -> dict[str, Any]:
    """删除一个文件及由它得出的全部事实（需要令牌）。"""
    removed = delete_and_rebuild(store, doc_id, exclusive=lock.write)  # rebuilds when later documents remain
    if not removed:
        raise DocumentNotFound(f"找不到文件：{doc_id}")
    return {"deleted": doc_id, "message": f"已删除文件 {doc_id} 及其全部事实"}
