-- `batch`: figures of the articles just cleared by delete_figures.
INSERT INTO figures BY NAME SELECT * FROM batch;
