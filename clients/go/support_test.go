package scenario

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"corpora.dev/clients/go/corpora"
)

// Every name this run creates starts with it (clients/scenario.md), so runs against one service never collide.
var prefix = func() string {
	random := make([]byte, 4)
	if _, err := rand.Read(random); err != nil {
		panic(err)
	}
	return "scn_go_" + hex.EncodeToString(random) + "_"
}()

// settings is what the tests get from their environment (clients/scenario.md).
type settings struct {
	url, clientID, clientSecret, jwtSecret string
}

func settingsFromEnv(t *testing.T) settings {
	t.Helper()
	env := settings{
		url:          strings.TrimRight(os.Getenv("CORPORA_URL"), "/"),
		clientID:     envOr("CORPORA_CLIENT_ID", "ci-admin"),
		clientSecret: envOr("CORPORA_CLIENT_SECRET", "ci-admin-secret"),
		jwtSecret:    os.Getenv("CORPORA_JWT_SECRET"),
	}
	if env.url == "" {
		t.Fatal("CORPORA_URL is not set: point it at a running Corpora, e.g. http://127.0.0.1:18092")
	}
	return env
}

func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

func newClient(baseURL string) *corpora.APIClient {
	cfg := corpora.NewConfiguration()
	cfg.Servers = corpora.ServerConfigurations{{URL: baseURL}}
	// a hung service fails the call instead of the whole run
	cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	return corpora.NewAPIClient(cfg)
}

// login is POST /api/v0/login with HTTP Basic client_id:client_secret and {"grant_type": "client_credentials"}.
func login(api *corpora.APIClient, env settings) (*corpora.AccessTokenResponse, *http.Response, error) {
	basic := context.WithValue(context.Background(), corpora.ContextBasicAuth,
		corpora.BasicAuth{UserName: env.clientID, Password: env.clientSecret})
	return api.AuthAPI.Login(basic).
		LoginRequest(corpora.LoginRequest{GrantType: corpora.PtrString("client_credentials")}).
		Execute()
}

// bearer is the context under which the generated client sends Authorization: Bearer <token>.
func bearer(token string) context.Context {
	return context.WithValue(context.Background(), corpora.ContextAccessToken, token)
}

// succeeded stops the test when a call that must answer 200 did not, saying what came back instead.
func succeeded(t *testing.T, what string, resp *http.Response, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %s", what, failure(resp, err))
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: HTTP %d, want 200", what, resp.StatusCode)
	}
}

// failsWith stops the test unless a call answered this status; it returns the generated client's error, whose
// Model() is the answer's body as the spec's type for that status.
func failsWith(t *testing.T, what string, status int, resp *http.Response, err error) *corpora.GenericOpenAPIError {
	t.Helper()
	var apiErr *corpora.GenericOpenAPIError
	switch {
	case err == nil:
		t.Fatalf("%s: HTTP %d, want %d", what, resp.StatusCode, status)
	case resp == nil || !errors.As(err, &apiErr):
		t.Fatalf("%s: %v, want HTTP %d", what, err, status)
	case resp.StatusCode != status:
		t.Fatalf("%s: %s, want HTTP %d", what, failure(resp, err), status)
	}
	return apiErr
}

// httpError is the body of an error answer as the generated HTTPError.
func httpError(t *testing.T, apiErr *corpora.GenericOpenAPIError) corpora.HTTPError {
	t.Helper()
	problem, isHTTPError := apiErr.Model().(corpora.HTTPError)
	if !isHTTPError {
		t.Fatalf("the answer is not an HTTPError (%v): %s", apiErr, apiErr.Body())
	}
	return problem
}

// failure says why a call failed: the HTTP status and body, or the error of the transport or of decoding.
func failure(resp *http.Response, err error) string {
	var apiErr *corpora.GenericOpenAPIError
	if resp != nil && errors.As(err, &apiErr) {
		return fmt.Sprintf("HTTP %d (%v) %s", resp.StatusCode, apiErr, apiErr.Body())
	}
	return err.Error()
}

func equal[T comparable](t *testing.T, what string, got, want T) {
	t.Helper()
	if got != want {
		t.Errorf("%s = %v, want %v", what, got, want)
	}
}

func deepEqual(t *testing.T, what string, got, want interface{}) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %s, want %s", what, jsonOf(got), jsonOf(want))
	}
}

// jsonOf shows a model as it travels, through its generated MarshalJSON.
func jsonOf(value interface{}) string {
	text, err := json.Marshal(value)
	if err != nil {
		return fmt.Sprintf("%#v", value)
	}
	return string(text)
}

// sameFields reports every property whose JSON differs between two models of the same type.
func sameFields(t *testing.T, what string, got, want interface{}) {
	t.Helper()
	gotFields, wantFields := fieldsOf(t, got), fieldsOf(t, want)
	names := map[string]bool{}
	for name := range gotFields {
		names[name] = true
	}
	for name := range wantFields {
		names[name] = true
	}
	sorted := make([]string, 0, len(names))
	for name := range names {
		sorted = append(sorted, name)
	}
	sort.Strings(sorted)
	for _, name := range sorted {
		gotValue, gotHas := gotFields[name]
		wantValue, wantHas := wantFields[name]
		if gotHas != wantHas || string(gotValue) != string(wantValue) {
			t.Errorf("%s: %s = %s, want %s", what, name, orAbsent(gotValue, gotHas), orAbsent(wantValue, wantHas))
		}
	}
}

func fieldsOf(t *testing.T, model interface{}) map[string]json.RawMessage {
	t.Helper()
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(jsonOf(model)), &fields); err != nil {
		t.Fatalf("%T is no JSON object: %v", model, err)
	}
	return fields
}

func orAbsent(value json.RawMessage, present bool) string {
	if !present {
		return "(absent)"
	}
	return string(value)
}

func statusOf(dataset *corpora.DatasetResponse) string {
	if status := dataset.Status.Get(); status != nil {
		return string(*status)
	}
	return "null"
}

func namesOf(page *corpora.DatasetGetManyResponse) []string {
	names := []string{}
	for _, dataset := range page.Data {
		names = append(names, dataset.Name)
	}
	return names
}

// signHS256 is a JWT signed with HMAC-SHA256: header {"alg": "HS256", "typ": "JWT"}, then the claims.
func signHS256(secret []byte, claims map[string]interface{}) string {
	encode := base64.RawURLEncoding.EncodeToString
	header, _ := json.Marshal(map[string]string{"alg": "HS256", "typ": "JWT"})
	payload, err := json.Marshal(claims)
	if err != nil {
		panic(err)
	}
	signed := encode(header) + "." + encode(payload)
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(signed))
	return signed + "." + encode(mac.Sum(nil))
}

// randomUUID is a version 4 UUID, an id that no dataset has.
func randomUUID() string {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
