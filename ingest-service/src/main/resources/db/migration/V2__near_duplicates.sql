-- MinHash signature of each article's visible text, for near-duplicate detection.
ALTER TABLE article ADD COLUMN minhash bytea;
