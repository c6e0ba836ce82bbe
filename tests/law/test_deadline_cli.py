"""`foidesk deadline`: the command-line contract of issue 2."""

import json
import subprocess
import sys

import pytest

from foidesk.cli import main


def run(capsys, *argv):
    with pytest.raises(SystemExit) as exit_info:
        code = main(["deadline", *argv])
        raise SystemExit(code)
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_json_output_has_the_due_date_and_the_explanation(capsys):
    """FOIA s10(1) + s10(6): reference worked example, received on a Saturday."""
    code, out, err = run(capsys, "--regime", "foia", "--received", "2025-12-06", "--json")
    data = json.loads(out)
    assert code == 0 and err == ""
    assert data["due"] == "2026-01-08"
    assert any("New Year Holiday" in step for step in data["explanation"])


def test_every_option_of_the_contract_is_accepted(capsys):
    """FOIA s10(2), s10(3), s10(6)(b) together."""
    code, out, _ = run(capsys, "--regime", "foia", "--received", "2026-02-02",
                       "--clarification-received", "2026-02-03", "--fee-notice", "2026-02-09",
                       "--fee-paid", "2026-02-20", "--extend-working-days", "5",
                       "--stage", "request", "--json")
    data = json.loads(out)
    # Restart on Tue 3 Feb: 20th working day Tue 3 Mar, +10 disregarded = Tue 17 Mar,
    # but St Patrick's Day (17 Mar, NI) is skipped -> Wed 18 Mar; then 5 more -> Wed 25 Mar.
    assert code == 0
    assert (data["notice_due"], data["due"]) == ("2026-03-18", "2026-03-25")


def test_an_unpaid_fee_prints_null_due(capsys):
    code, out, _ = run(capsys, "--regime", "eir", "--received", "2026-02-02",
                       "--fee-notice", "2026-02-09", "--json")
    assert code == 0 and json.loads(out)["due"] is None and json.loads(out)["paused"] is True


def test_review_stage_under_foisa(capsys):
    """FOISA s21(1)."""
    code, out, _ = run(capsys, "--regime", "foisa", "--received", "2027-03-01",
                       "--stage", "review", "--json")
    assert code == 0 and json.loads(out)["due"] == "2027-03-30"


def test_administrator_overrides_can_be_given_on_the_command_line(capsys):
    """BFDA 1971 s1(3): a removed or added bank holiday moves the FOISA s73 deadline."""
    _, removed, _ = run(capsys, "--regime", "foisa", "--received", "2026-06-01",
                        "--remove-day", "2026-06-15", "--json")
    _, added, _ = run(capsys, "--regime", "foisa", "--received", "2026-06-01",
                      "--add-day", "2026-06-16=Proclaimed day", "--json")
    assert json.loads(removed)["due"] == "2026-06-29"
    assert json.loads(added)["due"] == "2026-07-01"
    assert "Proclaimed day" in " ".join(json.loads(added)["explanation"])


def test_the_readable_summary_names_the_date_and_the_basis(capsys):
    code, out, _ = run(capsys, "--regime", "foisa", "--received", "2026-07-01")
    assert code == 0
    assert "due 2026-07-29" in out and "FOISA s10(1)" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--regime", "gdpr", "--received", "2026-02-02"], "invalid choice"),
        (["--regime", "foia", "--received", "2026-02-30"], "not a date"),
        (["--regime", "foia", "--received", "yesterday"], "not a date"),
        (["--regime", "foia", "--received", "2026-02-02", "--fee-notice", "2026-02-09",
          "--fee-paid", "2026-02-06"], "before the fees notice"),
        (["--regime", "foia", "--received", "2026-02-02", "--fee-paid", "2026-02-06"],
         "--fee-notice"),
        (["--regime", "foisa", "--received", "2026-02-02", "--extend-working-days", "5"],
         "no extension"),
        (["--regime", "foia", "--received", "2026-02-02", "--extend-working-days", "-1"],
         "negative"),
        (["--regime", "foia", "--received", "2026-02-02", "--extend-working-days", "two"],
         "whole number"),
        (["--regime", "eir", "--received", "2026-02-02", "--extend-working-days", "21"],
         "at most 20"),
        (["--received", "2026-02-02"], "--regime"),
        (["--regime", "foia", "--received", "2026-02-02", "--stage", "review",
          "--fee-notice", "2026-02-03"], "belong to --stage request"),
    ],
)
def test_bad_input_exits_non_zero_with_one_line_on_stderr(capsys, argv, message):
    code, out, err = run(capsys, *argv)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_the_installed_command_reports_errors_without_a_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "foidesk.cli", "deadline", "--regime", "foia",
         "--received", "2026-02-02", "--fee-notice", "2026-02-09", "--fee-paid", "2026-02-01"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("foidesk deadline: error:") and "Traceback" not in result.stderr
