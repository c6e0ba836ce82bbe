"""`foidesk scan` and `foidesk clean` from the command line: JSON shape and exit statuses."""

import json

from foidesk.cli import main


def test_scan_json_lists_each_file_with_verdict_and_findings(corpus, capsys):
    clean = corpus["xlsx_clean.xlsx"].path
    leaky = corpus["xlsx_hidden_rows.xlsx"].path
    status = main(["scan", str(clean), str(leaky), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert status == 1
    assert [f["verdict"] for f in report["files"]] == ["clean", "leaky"]
    finding = report["files"][1]["findings"][0]
    assert set(finding) == {"kind", "where", "excerpt"}
    assert finding["kind"] == "hidden_rows"
    assert finding["where"] == "sheet 'Summary' rows 6-7"


def test_scan_exits_0_when_every_file_is_clean(corpus, capsys):
    assert main(["scan", str(corpus["csv_clean.csv"].path)]) == 0
    assert "clean" in capsys.readouterr().out


def test_scan_exits_2_when_any_file_cannot_be_judged(corpus, tmp_path, capsys):
    odd = tmp_path / "slides.pptx"
    odd.write_bytes(b"not really")
    status = main(["scan", str(corpus["xlsx_hidden_rows.xlsx"].path), str(odd), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert status == 2
    assert report["files"][1]["verdict"] == "error"
    assert "unsupported" in report["files"][1]["error"]


def test_names_and_allowed_text_are_taken_from_the_command_line(corpus, capsys):
    letter = corpus["docx_clean.docx"].path
    assert main(["scan", str(letter)]) == 1  # the ICO paragraph's contact details
    capsys.readouterr()
    allow = ["--allow", "foi@anytown.example.gov.uk", "--allow", "01632 960000",
             "--allow", "Information Commissioner's Office, Wycliffe House, Water Lane, "
             "Wilmslow, Cheshire SK9 5AF", "--allow", "0303 123 1113"]
    assert main(["scan", str(letter), *allow]) == 0
    capsys.readouterr()
    personal = corpus["docx_personal_data.docx"].path
    main(["scan", str(personal), "--json", "--name", "Morgan Quill", *allow])
    excerpts = [f["excerpt"] for f in json.loads(capsys.readouterr().out)["files"][0]["findings"]]
    assert "name: Morgan Quill" in excerpts


def test_clean_writes_a_copy_that_rescans_clean(corpus, tmp_path, capsys):
    out = tmp_path / "clean.xlsx"
    assert main(["clean", str(corpus["xlsx_pivot_cache.xlsx"].path), "-o", str(out)]) == 0
    assert out.exists()
    assert "re-scans clean" in capsys.readouterr().out


def test_clean_exits_1_and_points_to_redact_when_visible_personal_data_remains(corpus, tmp_path,
                                                                               capsys):
    out = tmp_path / "out.txt"
    assert main(["clean", str(corpus["txt_personal_data.txt"].path), "-o", str(out)]) == 1
    assert "foidesk redact" in capsys.readouterr().err


def test_clean_refuses_to_overwrite_its_input(corpus, capsys):
    path = str(corpus["csv_clean.csv"].path)
    assert main(["clean", path, "-o", path]) == 2
