-- `batch`: quotes of the articles just cleared by delete_quotes.
INSERT INTO quotes BY NAME SELECT * FROM batch;
