"""Hostile and mangled PDFs (issue 4 §3): always a report or a clear refusal, never a traceback.

Hypothesis mutates real samples (truncation, flipped bytes, inserted garbage, duplicated
slices); the scanner must either return findings or raise PdfRejected with a one-line reason,
and the cleaner must either write a PDF or refuse the same way.
"""

import pdf_samples as samples
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foidesk.release.pdf_clean import clean_pdf_bytes
from foidesk.release.pdf_scan import PdfRejected, scan_pdf_bytes

BASES = [
    samples.fake_redaction(),
    samples.hidden_layer(),
    samples.annotation(),
    samples.attachment(),
    samples.incremental_update(),
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        action = draw(st.sampled_from(["flip", "insert", "delete", "duplicate", "truncate"]))
        at = draw(st.integers(0, len(data) - 1))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 64))]
        elif action == "duplicate":
            size = draw(st.integers(1, 200))
            data[at:at] = data[at : at + size]
        else:
            del data[at:]
    return bytes(data)


def assert_one_line(exc: PdfRejected) -> None:
    message = str(exc)
    assert message and "\n" not in message and len(message) <= 300


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_mutated_pdf_is_scanned_or_refused_with_a_reason(data):
    try:
        findings = scan_pdf_bytes(data, samples_options())
    except PdfRejected as exc:
        assert_one_line(exc)
    else:
        assert isinstance(findings, list)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_a_mutated_pdf_is_cleaned_or_refused_with_a_reason(data):
    try:
        cleaned = clean_pdf_bytes(data)
    except PdfRejected as exc:
        assert_one_line(exc)
    else:
        assert cleaned.startswith(b"%PDF-")


def samples_options():
    from foidesk.release.findings import ScanOptions

    return ScanOptions(names=(samples.PERSON,), allow=samples.ALLOW)


def test_a_form_that_draws_itself_is_refused_or_scanned_without_recursing_forever():
    pdf = samples.make_pdf(["/Fm1 Do\n"])
    form = pdf.make_stream(b"/Fm1 Do\n", Type=samples.pikepdf.Name.XObject,
                           Subtype=samples.pikepdf.Name.Form,
                           BBox=samples.pikepdf.Array([0, 0, 10, 10]))
    form.Resources = samples.pikepdf.Dictionary(
        XObject=samples.pikepdf.Dictionary(Fm1=form)
    )
    pdf.pages[0].obj.Resources.XObject = samples.pikepdf.Dictionary(Fm1=form)
    data = samples.to_bytes(pdf)
    try:
        assert scan_pdf_bytes(data, samples_options()) == []
    except PdfRejected as exc:
        assert_one_line(exc)


def test_forms_nested_past_the_limit_are_refused():
    pdf = samples.make_pdf(["/Fm0 Do\n"])
    inner = None
    for level in reversed(range(40)):
        form = pdf.make_stream(
            (f"/Fm{level + 1} Do\n" if inner is not None else "").encode(),
            Type=samples.pikepdf.Name.XObject, Subtype=samples.pikepdf.Name.Form,
            BBox=samples.pikepdf.Array([0, 0, 10, 10]),
        )
        if inner is not None:
            form.Resources = samples.pikepdf.Dictionary(
                XObject=samples.pikepdf.Dictionary({f"/Fm{level + 1}": inner})
            )
        inner = form
    pdf.pages[0].obj.Resources.XObject = samples.pikepdf.Dictionary(Fm0=inner)
    try:
        scan_pdf_bytes(samples.to_bytes(pdf), samples_options())
    except PdfRejected as exc:
        assert "nested" in str(exc)
    else:
        raise AssertionError("40 nested forms were accepted")


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated())
def test_a_mutated_pdf_is_redacted_and_verified_or_refused_with_a_reason(tmp_path, data):
    from foidesk.release.redaction import RedactionFailed, redact_file

    src = tmp_path / "in.pdf"
    src.write_bytes(data)
    try:
        result = redact_file(src, tmp_path / "out.pdf", texts=[samples.PERSON])
    except RedactionFailed as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert result.verified_by == ["pdfminer.six", "pypdfium2"]
