import os

import pytest

from crosscheck.errors import OutputError
from crosscheck.report.write import write_atomic


def test_writes_and_leaves_no_temporary_file(tmp_path):
    p = write_atomic(tmp_path / "sub" / "r.json", "{}")
    assert p.read_text() == "{}"
    assert os.listdir(tmp_path / "sub") == ["r.json"]


def test_refuses_to_replace_without_force(tmp_path):
    p = tmp_path / "r.json"
    p.write_text("old")
    with pytest.raises(OutputError, match="exists"):
        write_atomic(p, "new")
    write_atomic(p, "new", force=True)
    assert p.read_text() == "new"


def test_never_writes_through_a_symlink(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("precious")
    link = tmp_path / "reports" / "r.json"
    link.parent.mkdir()
    link.symlink_to(outside)
    with pytest.raises(OutputError, match="symbolic link"):
        write_atomic(link, "x", force=True)
    assert outside.read_text() == "precious"


def test_failure_mid_write_leaves_the_old_file(tmp_path, monkeypatch):
    p = tmp_path / "r.json"
    p.write_text("old")

    def boom(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(p, "new", force=True)
    assert p.read_text() == "old"
    assert os.listdir(tmp_path) == ["r.json"]


def test_never_writes_outside_its_folder_through_a_linked_subfolder(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "sub").symlink_to(outside)
    with pytest.raises(OutputError, match="outside"):
        write_atomic(reports / "sub" / "r.md", "x", root=reports)
    assert list(outside.iterdir()) == []
    write_atomic(reports / "r.md", "x", root=reports)
    assert (reports / "r.md").read_text() == "x"
