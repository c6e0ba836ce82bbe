"""`foidesk eval`: how splits, outcomes and findings are scored."""

import json
from pathlib import Path

import pytest

from foidesk.cli import main
from foidesk.text.evaluation import evaluate, load_checker, load_corpus
from foidesk.text.evaluation.corpus import CorpusError, Document, GoldFlaw, GoldQuestion
from foidesk.text.evaluation.findings import FindingsScore
from foidesk.text.evaluation.splits import exact_reason, similarity
from foidesk.text.questions import parse_request

REQUEST = """Dear Wessex Fire and Rescue Service,

1. Do you use drones?
If yes:
a) How many do you own?
b) What did they cost?
2. Please limit the scope to 2023.

Yours faithfully,
Nell Trent
"""


def _q(index: int, text: str, parent: int | None = None, condition: str | None = None,
       kind: str = "question") -> GoldQuestion:  # fmt: skip
    return GoldQuestion(index, None, text, kind, parent, condition, None)


GOLD = (
    _q(0, "Do you use drones?"),
    _q(1, "How many do you own?", 0, "if yes"),
    _q(2, "What did they cost?", 0, "if yes"),
    _q(3, "Please limit the scope to 2023.", kind="instruction"),
)


def _document(**changes: object) -> Document:
    fields: dict[str, object] = {
        "name": "001.json",
        "request_text": REQUEST,
        "response_text": "",
        "regime": "foia",
        "truncated": "no",
        "questions": GOLD,
        "flaws": (),
    }
    fields.update(changes)
    return Document(**fields)  # type: ignore[arg-type]


def test_a_split_matching_questions_nesting_and_conditions_is_exactly_right() -> None:
    assert exact_reason(GOLD, parse_request(REQUEST)) == ""


def test_instruction_items_are_left_out_of_the_exact_comparison() -> None:
    without_instruction = GOLD[:3]
    assert exact_reason(without_instruction, parse_request(REQUEST)) == ""


def test_a_missing_condition_makes_the_split_wrong() -> None:
    gold = (GOLD[0], _q(1, "How many do you own?", 0), GOLD[2])
    assert exact_reason(gold, parse_request(REQUEST)) == "question 2: condition unexpected"


def test_a_different_parent_makes_the_split_wrong() -> None:
    gold = (GOLD[0], _q(1, "How many do you own?", None, "if yes"), GOLD[2])
    assert exact_reason(gold, parse_request(REQUEST)) == "question 2: parent differs"


def test_similarity_tolerates_the_annotators_ellipses() -> None:
    assert similarity(
        "Please provide the bidding documents ... regarding the grant",
        "Please provide the bidding documents",
    ) == pytest.approx(1.0)
    assert similarity("[field not captured]", "How many drones?") == 0.0


def test_only_confirmed_flaws_are_truth_and_unverified_codes_are_ignored() -> None:
    score = FindingsScore()
    document = _document(
        flaws=(
            GoldFlaw("s12_no_estimate", "confirmed"),
            GoldFlaw("duplicated_text", "unverified"),
        )
    )
    score.add(document, ["s12_no_estimate", "duplicated_text", "wrong_numbering"])
    assert score.per_code["s12_no_estimate"].tp == 1
    assert "duplicated_text" not in score.per_code
    assert score.per_code["wrong_numbering"].fp == 1
    assert (score.pooled.tp, score.pooled.fp, score.pooled.fn) == (1, 1, 0)


def test_closing_paragraph_codes_are_ignored_where_the_capture_may_be_cut_off() -> None:
    """FOIA s17(7): the review and s50 paragraphs close the letter, so a cut-off capture hides them."""
    flaws = (GoldFlaw("missing_internal_review_info", "confirmed"),)
    cut = FindingsScore()
    cut.add(_document(truncated="yes", flaws=flaws), ["missing_ico_s50_info"])
    assert cut.per_code == {}
    whole = FindingsScore()
    whole.add(_document(truncated="no", flaws=flaws), ["missing_ico_s50_info"])
    assert whole.per_code["missing_internal_review_info"].fn == 1
    assert whole.per_code["missing_ico_s50_info"].fp == 1


def test_codes_outside_the_named_list_do_not_count_in_the_pooled_figure() -> None:
    score = FindingsScore()
    score.add(_document(flaws=(GoldFlaw("dangling_reference", "confirmed"),)), [])
    assert score.per_code["dangling_reference"].fn == 1
    assert score.pooled.fn == 0


def _write_corpus(directory: Path) -> None:
    document = {
        "request_text": REQUEST,
        "response_text": "Dear Ms Trent, we hold no drones.",
        "regime": "FOIA",
        "capture": {"truncated": "no"},
        "questions": [
            {"index": 0, "label": "1", "text": "Do you use drones?", "kind": "question",
             "parent": None, "condition": None, "outcome": "not_held"},
            {"index": 1, "label": "a", "text": "How many do you own?", "kind": "question",
             "parent": 0, "condition": "if yes", "outcome": None},
            {"index": 2, "label": "b", "text": "What did they cost?", "kind": "question",
             "parent": 0, "condition": "if yes", "outcome": None},
        ],
        "response_flaws": [],
    }  # fmt: skip
    (directory / "001.json").write_text(json.dumps(document), encoding="utf-8")


def test_evaluate_reports_the_parse_figures_of_a_corpus(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    report = evaluate(load_corpus(tmp_path), checker=None, checker_note="not asked for")
    figures = report.to_dict()
    assert figures["parse"]["split_exactly_right"] == 1
    assert figures["parse"]["question_recall"] == 1.0
    assert figures["findings"] is None and figures["checker"] == "not asked for"


def test_the_eval_command_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_corpus(tmp_path)
    assert main(["eval", str(tmp_path), "--parse-only", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["documents"] == 1
    assert figures["parse"]["split_exactly_right_share"] == 1.0


def test_the_eval_command_refuses_a_directory_without_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["eval", str(tmp_path)]) == 2
    assert "no annotated documents" in capsys.readouterr().err


def test_a_document_that_is_not_json_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_bytes(b"\xff\xfe not json")
    with pytest.raises(CorpusError, match="bad.json"):
        load_corpus(tmp_path)


RESPONSE_WITHOUT_RIGHTS = """Dear Ms Trent,

Freedom of Information request FOI-2024-0042

Thank you for your request of 2 May 2024.

1. Do you use drones?
Wessex Fire and Rescue Service does not use drones, so we do not hold information about drones.

Yours sincerely,
Information Governance Team
"""


def test_evaluate_runs_the_real_checker_and_scores_its_findings(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    path = tmp_path / "001.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["response_text"] = RESPONSE_WITHOUT_RIGHTS
    document["response_flaws"] = [
        {"flaw": "missing_internal_review_info", "confidence": "confirmed", "detail": ""}
    ]
    path.write_text(json.dumps(document), encoding="utf-8")
    checker, note = load_checker()
    report = evaluate(load_corpus(tmp_path), checker=checker, checker_note=note)
    assert report.findings is not None and report.outcomes is not None
    assert report.findings.per_code["missing_internal_review_info"].tp == 1
    assert report.outcomes.annotated == 1
