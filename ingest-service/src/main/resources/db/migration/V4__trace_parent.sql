-- The W3C traceparent of the request that submitted the article, so that its later processing
-- joins the same trace (one trace per article, from submission to index).
ALTER TABLE article ADD COLUMN trace_parent text;
