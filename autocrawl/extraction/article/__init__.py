"""The article's fields, one module per field: `title`, `authors` (with `bylines`), `published`,
`body` (with `scripted` and `furniture`), `is_article`, `meta` (the rest), `language`; `extract`
puts them together and `finish` makes every field what is stored."""
