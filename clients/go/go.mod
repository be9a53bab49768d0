module corpora.dev/clients/go

// Debian bookworm's golang-go; the generated client and the tests need nothing newer, and no other module.
go 1.19
