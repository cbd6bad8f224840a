"""What article and comment extraction share: `page` (bytes decoded and parsed once), `decode`,
`dom`, `structured` (JSON-LD, microdata, meta), `dates` (the one date parser), `boilerplate`,
`plaintext`, `guard`."""
