"""Reading Office Open XML packages (xlsx, xlsm, docx) safely: a bounded zip, defused XML."""
