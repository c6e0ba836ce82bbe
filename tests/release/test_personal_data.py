"""Personal data in text (UK GDPR art 4(1), FOIA s40(2)); every person here is invented."""

import pytest

from foidesk.release.findings import ScanOptions
from foidesk.release.personal_data import find_personal_data, nhs_checksum_ok

NONE = ScanOptions()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Contact jo.example@example.org today", "email address"),
        ("Mobile 07700 900123", "UK phone number"),
        ("Mobile 07700900456", "UK phone number"),
        ("Call +44 7700 900789", "UK phone number"),
        ("Call +44 (0) 1632 960 001", "UK phone number"),
        ("Tel (01632) 960002", "UK phone number"),
        ("NI QQ 12 34 56 C", "National Insurance number"),
        ("ni: qq123456c", "National Insurance number"),
        ("She lives at 4 Elm Row, Anytown AB1 2CD.", "postcode"),
        ("Postcode SW1A 1AA", "postcode"),
        ("NHS number 943 476 5919", "NHS number"),
        ("NHS 9434765919", "NHS number"),
    ],
)
def test_personal_data_of_each_kind_is_found_under_uk_gdpr_art_4(text, label):
    findings = find_personal_data(text, "line 1", NONE)
    assert [f.excerpt.split(":")[0] for f in findings] == [label]
    assert findings[0].kind == "personal_data"
    assert findings[0].where == "line 1"


@pytest.mark.parametrize(
    "text",
    [
        "The total was 1,234,567 pounds in 2023-24.",
        "Reference FOI-2024-0012 was answered on 12/03/2024.",
        "NHS number 943 476 5918 fails its checksum.",
        "Section 40(2) of the Freedom of Information Act 2000 applies.",
        "We received 0 complaints and 1234567890123 rows.",
        "Our invoice id 1234567890 is internal.",
    ],
)
def test_ordinary_text_is_not_personal_data(text):
    assert find_personal_data(text, "x", NONE) == []


def test_nhs_checksum_follows_modulus_11():
    assert nhs_checksum_ok("9434765919")
    assert not nhs_checksum_ok("9434765918")
    assert not nhs_checksum_ok("12345")


def test_supplied_names_are_found_in_either_order_and_any_case():
    options = ScanOptions(names=("Alice Marchbank",))
    text = "Prepared by ALICE  MARCHBANK; copy to Marchbank, Alice."
    findings = find_personal_data(text, "p", options)
    assert [f.excerpt for f in findings] == ["name: ALICE MARCHBANK", "name: Marchbank, Alice"]


def test_a_name_inside_a_longer_word_is_not_a_match():
    options = ScanOptions(names=("Ann Lee",))
    assert find_personal_data("Joann Leeming signed", "p", options) == []


def test_the_authoritys_allowed_contact_details_are_not_flagged():
    options = ScanOptions(
        allow=(
            "foi@police.example.org",
            "01632 960000",
            "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF",
        )
    )
    text = (
        "Write to foi@police.example.org or call 01632 960 000. You may complain to the "
        "Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF. "
        "The officer was jo.example@example.org."
    )
    findings = find_personal_data(text, "p", options)
    assert [f.excerpt for f in findings] == ["email address: jo.example@example.org"]


def test_a_supplied_name_is_found_with_a_title_an_initial_or_a_middle_initial():
    options = ScanOptions(names=("Morgan Quill",))
    text = "Dear Ms Quill, M. Quill and Morgan T. Quill wrote; Quillan did not."
    found = [f.excerpt for f in find_personal_data(text, "p", options)]
    assert found == ["name: Ms Quill", "name: M. Quill", "name: Morgan T. Quill"]


def test_ten_digits_run_together_are_an_nhs_number_only_in_issued_ranges():
    assert find_personal_data("id 4010232137", "x", NONE)[0].excerpt == "NHS number: 4010232137"
    assert find_personal_data("epoch 1700000004", "x", NONE) == []
    assert find_personal_data("NHS 170 000 0004", "x", NONE)[0].excerpt.startswith("NHS")


def test_a_mobile_number_stored_as_a_number_gets_its_leading_zero_back():
    from foidesk.release.personal_data import restore_lost_zero

    assert restore_lost_zero("7700900123") == "07700900123"
    assert restore_lost_zero("447700900123") == "07700900123"
    assert restore_lost_zero("7700900123.0") == "07700900123"
    assert restore_lost_zero("1234567890") == "1234567890"
    assert restore_lost_zero("143") == "143"
