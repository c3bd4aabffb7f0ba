-- What the last run learned about each feed: validators for a conditional GET.
SELECT name, url, etag, last_modified FROM feeds;
