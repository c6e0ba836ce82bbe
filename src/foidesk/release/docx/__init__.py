"""Word documents (docx): find tracked changes, comments, hidden text and what hides in
headers, properties and custom XML; and remove them."""
