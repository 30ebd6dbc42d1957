"""Reading inputs and the done-when of issue 2: bad files named with a reason, the rest stored once."""

import gzip
import json
import shutil

import pytest
from click.testing import CliRunner

from rasad.cli import cli
from rasad.read import read_inputs
from rasad.read.decode import decode_bytes, is_persian
from rasad.records import RawDocument, Rejection
from rasad.run.local import ingest
from rasad.store.store import Store
from rasad.text.normalize import ascii_digits
from tests.conftest import SEEDS


@pytest.fixture
def messy_folder(tmp_path, seeds_available):
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    seed = (SEEDS / "004_fc04969042098be9.txt").read_text(encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "random.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "cut.html").write_text("<html><head><title>t</title></head><body><article><p>" + seed[:600], encoding="utf-8")
    # Windows-1256 has no Persian ye or Persian digits: such files carry Arabic ي and ASCII digits
    (folder / "copy_cp1256.txt").write_bytes(ascii_digits(seed.replace("ی", "ي")).encode("cp1256"))
    (folder / "copy_utf16.txt").write_bytes(seed.encode("utf-16"))
    return folder


def test_decodes_bom_utf16_and_windows_1256():
    text = "سرپرست وزارت امور خارجه در دیدار با رئیس دفتر سیاسی حماس گفت"
    assert decode_bytes(text.encode("utf-8-sig"), "x")[0] == text
    assert decode_bytes(text.encode("utf-16"), "x")[0] == text
    assert decode_bytes(text.encode("utf-16-le"), "x")[0] == text
    decoded, enc = decode_bytes(text.replace("ی", "ي").encode("cp1256"), "x")
    assert decoded == text.replace("ی", "ي") and enc.replace("_", "").lower() in ("cp1256", "windows1256")


def test_bad_files_are_named_with_reasons_and_batch_goes_on(messy_folder, db_url):
    store = Store(db_url)
    report = ingest([messy_folder], store)
    reasons = {f.source.rsplit("/", 1)[-1]: f.reason for f in report.failed}
    assert reasons == {"empty.txt": "empty", "random.bin": "binary", "cut.html": "malformed"}
    assert all(f.detail for f in report.failed)
    # five seeds stored; the Windows-1256 and UTF-16 copies of seed 004 are the same article: already present
    assert report.stored == 5
    assert report.present == 2
    assert store.count() == 5
    assert {r["reason"] for r in store.list_rejections()} == {"empty", "binary", "malformed"}
    again = ingest([messy_folder], store)
    assert again.stored == 0 and again.present == 7
    assert store.count() == 5
    # a rejection is stored once per file and reason, counting how often it was seen
    assert {r["seen"] for r in store.list_rejections()} == {2}


def test_cli_summary_and_exit_code(messy_folder, db_url):
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(messy_folder), "--db", db_url, "--no-progress"])
    assert result.exit_code == 1
    assert "stored 5" in result.output and "failed 3" in result.output
    assert "random.bin: binary" in result.output and "empty.txt: empty" in result.output
    ok = runner.invoke(cli, ["ingest", str(SEEDS), "--db", db_url, "--no-progress"])
    assert ok.exit_code == 0 and "stored 0, already present 5, failed 0" in ok.output


def test_jsonl_gzip_and_bad_lines(tmp_path, seeds_available):
    seed = (SEEDS / "001_e8fa24dd2d8419e6.txt").read_text(encoding="utf-8")
    lines = [json.dumps({"text": seed, "url": "https://www.borna.news/x", "outlet": "Borna"}, ensure_ascii=False),
             "{not json", json.dumps({"url": "no text"}), json.dumps(["a list"])]
    path = tmp_path / "batch.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    items = list(read_inputs([path]))
    assert isinstance(items[0], RawDocument) and items[0].url == "https://www.borna.news/x"
    assert [(type(x).__name__, getattr(x, "reason", None)) for x in items[1:]] == [
        ("Rejection", "malformed"), ("Rejection", "empty"), ("Rejection", "malformed")]
    assert items[1].source.endswith("batch.jsonl.gz:2")
    broken = tmp_path / "broken.txt.gz"
    broken.write_bytes(gzip.compress(seed.encode())[:200])
    (rej,) = list(read_inputs([broken]))
    assert isinstance(rej, Rejection) and rej.reason == "malformed"


def test_huge_file_is_rejected_not_read(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("خبر " * 2000, encoding="utf-8")
    (rej,) = list(read_inputs([big], max_bytes=1000))
    assert rej.reason == "too-large" and "1,000" in rej.detail


def test_missing_path_is_reported(tmp_path):
    (rej,) = list(read_inputs([tmp_path / "nope.txt"]))
    assert rej.reason == "missing"


def test_persian_detection_by_letters():
    assert is_persian("سرپرست وزارت امور خارجه در دیدار با رئیس دفتر سیاسی گفت که چنین است")
    assert not is_persian("قال وزير الخارجية إن المحادثات كانت مثمرة وتناولت العلاقات الثنائية")
    assert not is_persian("The foreign minister met his counterpart in Doha on Thursday.")
