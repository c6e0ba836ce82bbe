"""Casework routes (/casework/). Each view declares its access with foidesk.accounts.access."""

from django.urls import path

from .views import actions, answers, attachments, case, contributions, inbox, letters, log

app_name = "cases"

C = "cases/<int:case_id>/"
urlpatterns = [
    path("", inbox.inbox, name="inbox"),
    path("log/", log.log_request, name="log"),
    path("contributions/<int:contribution_id>/", contributions.contribution, name="contribution"),
    path(C, case.case_page, name="case"),
    path(C + "assign/", case.assign, name="assign"),
    path(C + "questions/split/", case.split_questions, name="split"),
    path(C + "questions/add/", case.add_question, name="add_question"),
    path(C + "questions/<int:question_id>/edit/", case.edit_question, name="edit_question"),
    path(C + "questions/<int:question_id>/answer/", answers.answer, name="answer"),
    path(C + "contributors/ask/", contributions.ask, name="ask_contributor"),
    path(C + "clarification/", actions.request_clarification, name="clarification"),
    path(C + "clarification/received/", actions.record_clarification,
         name="clarification_received"),
    path(C + "fees/", actions.fee_notice, name="fee_notice"),
    path(C + "fees/paid/", actions.fee_paid, name="fee_paid"),
    path(C + "extend/", actions.extend, name="extend"),
    path(C + "submit/", actions.submit_for_approval, name="submit"),
    path(C + "approve/", actions.approve, name="approve"),
    path(C + "return/", actions.return_for_changes, name="return"),
    path(C + "letters/generate/", letters.generate, name="generate_letter"),
    path(C + "letters/<int:letter_id>/", letters.letter_page, name="letter"),
    path(C + "letters/<int:letter_id>/download.<str:fmt>", letters.letter_download,
         name="letter_download"),
    path(C + "send/", actions.send, name="send"),
    path(C + "close/", actions.close, name="close"),
    path(C + "review/", actions.open_review, name="open_review"),
    path(C + "review/decide/", actions.decide_review, name="decide_review"),
    path(C + "commissioner/", actions.commissioner, name="commissioner"),
    path(C + "erase/", actions.erase, name="erase"),
    path(C + "attachments/", attachments.upload, name="upload"),
    path(C + "attachments/<int:attachment_id>/clean/", attachments.clean, name="clean"),
    path(C + "attachments/<int:attachment_id>/redact/", attachments.redact, name="redact"),
    path(C + "attachments/<int:attachment_id>/override/", attachments.override,
         name="override"),
    path(C + "attachments/<int:attachment_id>/remove/", attachments.remove, name="remove"),
    path(C + "attachments/<int:attachment_id>/download/", attachments.download,
         name="download"),
]
