"""Writing an events frame (queries/export.sql) as JSON Lines, CSV or Parquet with Polars' writers."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import IO

import polars as pl


def flat_for_csv(frame: pl.DataFrame) -> pl.DataFrame:
    """CSV has no nesting: one row per event, the first source's quote and file in their own columns,
    every source as JSON in ``sources``."""
    if "sources" not in frame.columns:
        return frame
    return frame.with_columns(
        pl.col("sources").list.first().struct.field("quote").alias("quote"),
        pl.col("sources").list.first().struct.field("file").alias("file"),
        pl.col("sources").list.first().struct.field("published").alias("published"),
        pl.col("sources").map_elements(lambda s: json.dumps(s.to_list(), ensure_ascii=False), return_dtype=pl.String),
    )


def write_export(frame: pl.DataFrame, fmt: str, out: str | Path | IO[str]) -> int:
    """Write ``frame`` to a path or a text stream; returns the number of events written.

    A file is written beside its target under another name and renamed into place when
    complete: a full disk leaves no partial file, and an existing file is replaced only by a
    whole one. (A target that is not a regular file, such as /dev/stdout, is written as it is.)
    """
    if isinstance(out, (str, Path)) and not _is_special(Path(out)):
        target = Path(out)
        partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
        try:
            n = _write(frame, fmt, partial)
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return n
    return _write(frame, fmt, out)


def _is_special(path: Path) -> bool:
    return path.exists() and not path.is_file()


def _write(frame: pl.DataFrame, fmt: str, out: str | Path | IO[str]) -> int:
    if fmt == "jsonl":
        text_or_none = frame.write_ndjson(None if not isinstance(out, (str, Path)) else out)
        if text_or_none is not None:
            out.write(text_or_none)  # type: ignore[union-attr]
    elif fmt == "csv":
        flat = flat_for_csv(frame)
        text_or_none = flat.write_csv(None if not isinstance(out, (str, Path)) else out)
        if text_or_none is not None:
            out.write(text_or_none)  # type: ignore[union-attr]
    elif fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise ValueError("parquet needs a file")
        # built in memory (compressed, it is small) and written by Python: Polars' own writer
        # reports a full disk as a damaged thrift transport, without the system's reason
        buffer = io.BytesIO()
        frame.write_parquet(buffer)
        with open(out, "wb") as fh:
            fh.write(buffer.getbuffer())
    else:
        raise ValueError(f"unknown export format {fmt!r}")
    return frame.height
