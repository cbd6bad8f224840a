"""Reader comments: `candidates` (which elements are comments), `fields` (one comment's author,
date, text), `parent` (threading, with `depth` and `permalink`, and across comment
pages), `links` (next page, counts), `discussion` (a page whose main content is a thread);
`extract` puts them together."""
