// Package scenario runs the consumer scenario (clients/scenario.md) and the README's Go example against a running
// Corpora with the client that go generate makes from the spec into ./corpora (package corpora, never committed).
package scenario

// The API tests and docs the generator would add are stubs; the scenario is the test.
//go:generate rm -rf corpora
//go:generate ../../.ci/openapi-generator.sh generate -g go -i ../../api-spec/src/main/resources/openapi.yml -o corpora -c generator-config.yaml --global-property apiTests=false,modelTests=false,apiDocs=false,modelDocs=false
