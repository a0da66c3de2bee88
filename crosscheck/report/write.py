"""Writing reports: atomically, only where asked, never through a symlink."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import OutputError
from ..interrupt import checkpoint


def write_atomic(path: str | Path, content: str | bytes, *, force: bool = False, root: str | Path | None = None) -> Path:
    """Write ``content`` to ``path`` through a temporary file in the same folder and a rename.

    An existing file is replaced only with ``force``; a symlink is never followed. With
    ``root``, the file must end up inside that folder once every link on the way is resolved.
    """
    path = Path(path)
    if root is not None:
        base = Path(root).resolve()
        target = path.parent.resolve() / path.name
        if base != target.parent and base not in target.parents:
            raise OutputError(f"{path}: would be written outside {root} (a link leads out of it)")
    if path.is_symlink():
        raise OutputError(f"{path}: is a symbolic link; refusing to write through it")
    if path.exists() and not force:
        raise OutputError(f"{path}: exists; use --force to replace it, or another name")
    if path.exists() and not path.is_file():
        raise OutputError(f"{path}: exists and is not a file")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {e.strerror or e}") from None
    try:
        binary = isinstance(content, bytes)
        with (os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="\n")) as f:
            f.write(content)
            f.flush()
            os.fsync(f.fileno())
        checkpoint()  # an interrupt swallowed on the way leaves no report
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
