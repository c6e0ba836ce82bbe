"""Document properties that name a person (FOIA s40(2)); every person here is invented."""

from foidesk.release.findings import ScanOptions
from foidesk.release.properties import check_properties

NONE = ScanOptions()


def test_an_author_field_holding_a_name_is_a_finding():
    findings = check_properties({"dc:creator": "Priya Example"}, "docProps/core.xml", NONE)
    assert len(findings) == 1
    assert findings[0].kind == "document_properties"
    assert "dc:creator" in findings[0].where
    assert findings[0].excerpt == "Priya Example"


def test_any_person_field_is_flagged_even_without_a_known_given_name():
    findings = check_properties({"cp:lastModifiedBy": "Zed Quorrin"}, "core", NONE)
    assert [f.excerpt for f in findings] == ["Zed Quorrin"]


def test_program_names_and_empty_values_are_clean():
    props = {
        "dc:creator": "openpyxl",
        "cp:lastModifiedBy": "Microsoft Office User",
        "Application": "Microsoft Excel",
        "/Producer": "LibreOffice 7.6",
        "/Creator": "Writer",
        "dc:title": "",
        "dcterms:created": "2024-01-01T00:00:00Z",
    }
    assert check_properties(props, "core", NONE) == []


def test_a_title_is_flagged_only_when_it_names_someone():
    assert check_properties({"dc:title": "Staff directory 2024"}, "core", NONE) == []
    flagged = check_properties({"dc:title": "Notes on Fiona Quill"}, "core", NONE)
    assert [f.excerpt for f in flagged] == ["Notes on Fiona Quill"]
    supplied = check_properties(
        {"dc:subject": "About zed quorrin"}, "core", ScanOptions(names=("Zed Quorrin",))
    )
    assert len(supplied) == 1


def test_an_allowed_value_such_as_the_authority_is_not_flagged():
    options = ScanOptions(allow=("Anytown Council FOI Team",))
    assert check_properties({"author": "Anytown Council FOI Team"}, "core", options) == []


def test_an_organisation_as_author_is_not_a_person():
    assert check_properties({"dc:creator": "Anytown Council FOI Team"}, "core", NONE) == []
    assert len(check_properties({"dc:creator": "Grace Placeholder, FOI Team"}, "core", NONE)) == 1
