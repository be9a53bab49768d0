package scenario

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"corpora.dev/clients/go/corpora"
)

const embeddingID = "2ef58577-557b-5edf-8ad8-8cf6254c0480"

// scenario is clients/scenario.md; its steps run in order as subtests named after them and hand each other what
// they created. A step whose input an earlier step failed to make fails at once, saying which.
type scenario struct {
	env     settings
	api     *corpora.APIClient
	ctx     context.Context // the bearer token of step 1
	minimal *corpora.DatasetResponse
	full    *corpora.DatasetResponse
}

func TestScenario(t *testing.T) {
	env := settingsFromEnv(t)
	s := &scenario{env: env, api: newClient(env.url)}
	t.Logf("against %s; names start with %s", env.url, prefix)
	steps := []struct {
		name string
		run  func(*testing.T)
	}{
		{"01_Log_in", s.logIn},
		{"02_Create_minimal", s.createMinimal},
		{"03_Create_full", s.createFull},
		{"04_Get", s.get},
		{"05_List_with_filters_and_paging", s.listWithFiltersAndPaging},
		{"06_Patch_with_If-Match", s.patchWithIfMatch},
		{"07_Delete", s.delete},
		{"08_A_422_read_as_typed_data", s.validationErrorAsTypedData},
		{"09_409_for_a_taken_name", s.conflictForTakenName},
		{"10_404_for_another_organizations_dataset", s.notFoundForAnotherOrganization},
		{"11_Encoders", s.encoders},
	}
	for _, step := range steps {
		t.Run(step.name, step.run)
	}
}

// 1. Log in.
func (s *scenario) logIn(t *testing.T) {
	token, resp, err := login(s.api, s.env)
	succeeded(t, "login", resp, err)
	if token.AccessToken == "" {
		t.Fatal("access_token is empty")
	}
	equal(t, "token_type", token.TokenType, "Bearer")
	if token.ExpiresIn <= 0 {
		t.Errorf("expires_in = %d, want more than 0", token.ExpiresIn)
	}
	s.ctx = bearer(token.AccessToken)
}

// 2. Create, minimal.
func (s *scenario) createMinimal(t *testing.T) {
	ctx := s.loggedIn(t)
	// A literal, not NewDatasetCreateRequest: that constructor fills in the schema's defaults (add_to_permit,
	// store_original, store_preview), and this step sends the two required fields only.
	request := corpora.DatasetCreateRequest{Name: prefix + "minimal", EncoderName: corpora.VISUALENCODERNAMEENUM_MULTIMODAL}
	created, resp, err := s.api.DatasetsAPI.CreateDataset(ctx).DatasetCreateRequest(request).Execute()
	succeeded(t, "create "+request.Name, resp, err)
	s.minimal = created

	equal(t, "ETag", resp.Header.Get("ETag"), `"1"`)
	equal(t, "name", created.Name, request.Name)
	equal(t, "status", statusOf(created), string(corpora.DATASETSTATUSENUM_ACTIVE))
	deepEqual(t, "allowed_asset_types", created.AllowedAssetTypes,
		[]corpora.AssetTypeEnum{corpora.ASSETTYPEENUM_IMAGE, corpora.ASSETTYPEENUM_VIDEO})
	equal(t, "keyframe_sampling_method", created.KeyframeSamplingMethod, corpora.KEYFRAMESAMPLINGMETHODENUM_INTELLIGENT)
	equal(t, "store_original", created.StoreOriginal, true)
	equal(t, "store_preview", created.StorePreview, true)
	if config := created.DatasetConfig.Get(); config == nil {
		t.Error("dataset_config is null")
	} else {
		deepEqual(t, "dataset_config.encoder_name", config.EncoderName,
			map[string]string{"image": "multimodal", "video": "multimodal"})
	}
	if len(created.Encoders) == 0 {
		t.Error("encoders is empty")
	} else {
		equal(t, "encoders[0].name", created.Encoders[0].Name, "multimodal")
	}
}

// 3. Create, full: every request field.
func (s *scenario) createFull(t *testing.T) {
	ctx := s.loggedIn(t)
	request := corpora.DatasetCreateRequest{
		Name:                   prefix + "full",
		EncoderName:            corpora.VISUALENCODERNAMEENUM_MULTIMODAL,
		AllowedAssetTypes:      []corpora.AssetTypeEnum{corpora.ASSETTYPEENUM_IMAGE},
		KeyframeSamplingMethod: corpora.KEYFRAMESAMPLINGMETHODENUM_UNIFORM.Ptr(),
		StoreOriginal:          corpora.PtrBool(false),
		StorePreview:           corpora.PtrBool(true),
		MetadataFieldsToIndex:  []string{"sku", "brand"},
		MetadataFieldsToEmbed:  []string{"title"},
		AddToPermit:            corpora.PtrBool(true),
	}
	request.SetDescription("Product photos of the Go client's scenario")
	request.SetKeyframeUniformFpsSamplingRate(0.5)
	config := corpora.NewDatasetConfig(map[string]string{"image": embeddingID}, map[string]string{"image": "multimodal"})
	config.SetCelebrityDetectionEnabled(true)
	config.SetHybridSearch(corpora.HybridSearchConfig{Weights: map[string]float64{"image": 1.0}})
	request.SetDatasetConfig(*config)

	created, resp, err := s.api.DatasetsAPI.CreateDataset(ctx).DatasetCreateRequest(request).Execute()
	succeeded(t, "create "+request.Name, resp, err)
	s.full = created

	// add_to_permit is not echoed
	equal(t, "name", created.Name, request.Name)
	deepEqual(t, "description", created.Description.Get(), request.Description.Get())
	deepEqual(t, "allowed_asset_types", created.AllowedAssetTypes, request.AllowedAssetTypes)
	equal(t, "keyframe_sampling_method", created.KeyframeSamplingMethod, *request.KeyframeSamplingMethod)
	deepEqual(t, "keyframe_uniform_fps_sampling_rate", created.KeyframeUniformFpsSamplingRate.Get(), corpora.PtrFloat64(0.5))
	equal(t, "store_original", created.StoreOriginal, false)
	equal(t, "store_preview", created.StorePreview, true)
	deepEqual(t, "metadata_fields_to_index", created.MetadataFieldsToIndex, request.MetadataFieldsToIndex)
	deepEqual(t, "metadata_fields_to_embed", created.MetadataFieldsToEmbed, request.MetadataFieldsToEmbed)
	echoed := created.DatasetConfig.Get()
	if echoed == nil {
		t.Fatal("dataset_config is null")
	}
	deepEqual(t, "dataset_config.embedding_id", echoed.EmbeddingId, config.EmbeddingId)
	deepEqual(t, "dataset_config.encoder_name", echoed.EncoderName, config.EncoderName)
	deepEqual(t, "dataset_config.celebrity_detection_enabled", echoed.CelebrityDetectionEnabled.Get(), corpora.PtrBool(true))
	deepEqual(t, "dataset_config.hybrid_search", echoed.HybridSearch.Get(), config.HybridSearch.Get())
}

// 4. Get: the full dataset again, field for field as created.
func (s *scenario) get(t *testing.T) {
	ctx := s.loggedIn(t)
	full := s.needFull(t)
	got, resp, err := s.api.DatasetsAPI.GetDatasetById(ctx, full.Id).Execute()
	succeeded(t, "get "+full.Name, resp, err)
	sameFields(t, "get "+full.Name, got, full)
}

// 5. List with filters and paging.
func (s *scenario) listWithFiltersAndPaging(t *testing.T) {
	ctx := s.loggedIn(t)
	full := s.needFull(t)
	for _, name := range []string{"page_1", "page_2", "page_3"} {
		request := corpora.DatasetCreateRequest{Name: prefix + name, EncoderName: corpora.VISUALENCODERNAMEENUM_MULTIMODAL}
		_, resp, err := s.api.DatasetsAPI.CreateDataset(ctx).DatasetCreateRequest(request).Execute()
		succeeded(t, "create "+request.Name, resp, err)
	}

	first, resp, err := s.api.DatasetsAPI.GetDatasets(ctx).NamePattern(prefix + "page_*").Limit(2).Execute()
	succeeded(t, "list page 1", resp, err)
	deepEqual(t, "page 1 names", namesOf(first), []string{prefix + "page_1", prefix + "page_2"})
	if meta := first.Meta.Get(); meta == nil {
		t.Error("page 1: meta is null")
	} else {
		want := corpora.PagedPageDetailsResponse{CurrentPage: 1, Limit: 2, Offset: 0}
		want.SetLastPage(2)
		want.SetTotal(3)
		deepEqual(t, "page 1 meta.page", meta.Page, want)
	}

	second, resp, err := s.api.DatasetsAPI.GetDatasets(ctx).NamePattern(prefix + "page_*").Limit(2).Skip(2).Execute()
	succeeded(t, "list page 2", resp, err)
	deepEqual(t, "page 2 names", namesOf(second), []string{prefix + "page_3"})
	if meta := second.Meta.Get(); meta == nil {
		t.Error("page 2: meta is null")
	} else {
		equal(t, "page 2 meta.page.current_page", meta.Page.CurrentPage, int32(2))
	}

	videos, resp, err := s.api.DatasetsAPI.GetDatasets(ctx).NamePattern(prefix + "*").
		AllowedAssetTypes([]corpora.AssetTypeEnum{corpora.ASSETTYPEENUM_VIDEO}).Execute()
	succeeded(t, "list allowed_asset_types=video", resp, err)
	names := namesOf(videos)
	if contains(names, full.Name) {
		t.Errorf("allowed_asset_types=video answers %v, with %s (images only)", names, full.Name)
	}
	if s.minimal != nil && !contains(names, s.minimal.Name) {
		t.Errorf("allowed_asset_types=video answers %v, without %s (images and videos)", names, s.minimal.Name)
	}

	inactive, resp, err := s.api.DatasetsAPI.GetDatasets(ctx).NamePattern(prefix + "*").
		Status([]corpora.DatasetStatusEnum{corpora.DATASETSTATUSENUM_INACTIVE}).Execute()
	succeeded(t, "list status=inactive", resp, err)
	deepEqual(t, "status=inactive names", namesOf(inactive), []string{})
}

// 6. Patch with If-Match.
func (s *scenario) patchWithIfMatch(t *testing.T) {
	ctx := s.loggedIn(t)
	minimal := s.needMinimal(t)
	patch := corpora.DatasetUpdateRequest{Status: corpora.DATASETUPDATEREQUESTSTATUS_INACTIVE.Ptr()}
	patch.SetDescription("patched")

	patched, resp, err := s.api.DatasetsAPI.UpdateDatasetById(ctx, minimal.Id).IfMatch(`"1"`).
		DatasetUpdateRequest(patch).Execute()
	succeeded(t, `patch with If-Match "1"`, resp, err)
	equal(t, "ETag", resp.Header.Get("ETag"), `"2"`)
	deepEqual(t, "description", patched.Description.Get(), corpora.PtrString("patched"))
	equal(t, "status", statusOf(patched), string(corpora.DATASETSTATUSENUM_INACTIVE))

	_, resp, err = s.api.DatasetsAPI.UpdateDatasetById(ctx, minimal.Id).IfMatch(`"1"`).
		DatasetUpdateRequest(patch).Execute()
	failsWith(t, `the same patch with If-Match "1" again`, http.StatusPreconditionFailed, resp, err)
}

// 7. Delete: deleting at once, deleted within 15 s, then 404 unless include_deleted.
func (s *scenario) delete(t *testing.T) {
	ctx := s.loggedIn(t)
	minimal := s.needMinimal(t)
	deleting, resp, err := s.api.DatasetsAPI.DeleteDatasetById(ctx, minimal.Id).Execute()
	succeeded(t, "delete "+minimal.Name, resp, err)
	equal(t, "status", statusOf(deleting), string(corpora.DATASETSTATUSENUM_DELETING))

	deadline := time.Now().Add(15 * time.Second)
	for {
		dataset, resp, err := s.api.DatasetsAPI.GetDatasetById(ctx, minimal.Id).IncludeDeleted(true).Execute()
		succeeded(t, "get with include_deleted=true", resp, err)
		if statusOf(dataset) == string(corpora.DATASETSTATUSENUM_DELETED) {
			if dataset.DeletedDt.Get() == nil {
				t.Error("deleted, but deleted_dt is null")
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("still %s 15 s after the delete", statusOf(dataset))
		}
		time.Sleep(250 * time.Millisecond)
	}

	_, resp, err = s.api.DatasetsAPI.GetDatasetById(ctx, minimal.Id).Execute()
	failsWith(t, "get the deleted dataset without include_deleted", http.StatusNotFound, resp, err)
}

// 8. A 422, read through the generated HTTPValidationError.
func (s *scenario) validationErrorAsTypedData(t *testing.T) {
	ctx := s.loggedIn(t)
	// "audio" is an encoder, but no visual one: the generated enum type does not check the value it holds.
	request := corpora.DatasetCreateRequest{Name: "bad-name", EncoderName: corpora.VisualEncoderNameEnum("audio")}
	_, resp, err := s.api.DatasetsAPI.CreateDataset(ctx).DatasetCreateRequest(request).Execute()
	apiErr := failsWith(t, "create bad-name with encoder audio", http.StatusUnprocessableEntity, resp, err)
	invalid, isValidationError := apiErr.Model().(corpora.HTTPValidationError)
	if !isValidationError {
		t.Fatalf("the 422 is not an HTTPValidationError (%v): %s", apiErr, apiErr.Body())
	}

	// The order of the problems follows the body's, and the generated client writes its keys in its own order.
	got := map[string]string{}
	for _, problem := range invalid.Detail {
		got[locOf(problem)] = problem.Type
	}
	equal(t, "number of problems", len(invalid.Detail), 2)
	deepEqual(t, "problems (loc: type)", got, map[string]string{
		`["body","name"]`:         "string_pattern_mismatch",
		`["body","encoder_name"]`: "enum",
	})
}

// locOf is a problem's loc as JSON, each step read from the generated oneOf (a name or a list index).
func locOf(problem corpora.ValidationError) string {
	steps := []interface{}{}
	for _, step := range problem.Loc {
		steps = append(steps, step.GetActualInstanceValue())
	}
	text, _ := json.Marshal(steps)
	return string(text)
}

// 9. 409 for a name taken, compared without regard to case.
func (s *scenario) conflictForTakenName(t *testing.T) {
	ctx := s.loggedIn(t)
	taken := corpora.DatasetCreateRequest{Name: prefix + "minimal2", EncoderName: corpora.VISUALENCODERNAMEENUM_MULTIMODAL}
	_, resp, err := s.api.DatasetsAPI.CreateDataset(ctx).DatasetCreateRequest(taken).Execute()
	succeeded(t, "create "+taken.Name, resp, err)

	upper := corpora.DatasetCreateRequest{Name: prefix + "MINIMAL2", EncoderName: corpora.VISUALENCODERNAMEENUM_MULTIMODAL}
	_, resp, err = s.api.DatasetsAPI.CreateDataset(ctx).DatasetCreateRequest(upper).Execute()
	conflict := httpError(t, failsWith(t, "create "+upper.Name, http.StatusConflict, resp, err))
	if strings.TrimSpace(conflict.Detail) == "" {
		t.Error("the 409's detail is empty")
	}
}

// 10. 404 for another organization's dataset, exactly as for an id that does not exist.
func (s *scenario) notFoundForAnotherOrganization(t *testing.T) {
	full := s.needFull(t)
	if s.env.jwtSecret == "" {
		t.Fatal("CORPORA_JWT_SECRET is not set: this step signs a token of another organization with it")
	}
	now := time.Now().Unix()
	stranger := bearer(signHS256([]byte(s.env.jwtSecret), map[string]interface{}{
		"sub":    "scenario-stranger",
		"org_id": prefix + "other_org",
		"roles":  []string{"reader", "writer"},
		"iss":    "corpora",
		"aud":    "corpora",
		"iat":    now,
		"exp":    now + 600,
	}))

	_, resp, err := s.api.DatasetsAPI.GetDatasetById(stranger, full.Id).Execute()
	theirs := httpError(t, failsWith(t, "another organization gets "+full.Name, http.StatusNotFound, resp, err))
	unknown := randomUUID()
	_, resp, err = s.api.DatasetsAPI.GetDatasetById(stranger, unknown).Execute()
	nobodys := httpError(t, failsWith(t, "get an id that does not exist", http.StatusNotFound, resp, err))
	equal(t, "detail, the id left out",
		strings.ReplaceAll(theirs.Detail, full.Id, "<id>"), strings.ReplaceAll(nobodys.Detail, unknown, "<id>"))
}

// 11. Encoders: nine, multimodal among them with modality image.
func (s *scenario) encoders(t *testing.T) {
	ctx := s.loggedIn(t)
	encoders, resp, err := s.api.EncodersAPI.ListAvailableEncoders(ctx).Execute()
	succeeded(t, "list encoders", resp, err)
	equal(t, "number of encoders", len(encoders), 9)
	for _, encoder := range encoders {
		if encoder.Name == corpora.ENCODERNAMEENUM_MULTIMODAL {
			equal(t, "multimodal's modality", encoder.Modality, corpora.MODALITYENUM_IMAGE)
			return
		}
	}
	t.Errorf("multimodal is not among %s", jsonOf(encoders))
}

func (s *scenario) loggedIn(t *testing.T) context.Context {
	t.Helper()
	if s.ctx == nil {
		t.Fatal("needs the token of step 1 (log in), which failed")
	}
	return s.ctx
}

func (s *scenario) needMinimal(t *testing.T) *corpora.DatasetResponse {
	t.Helper()
	if s.minimal == nil {
		t.Fatal("needs the dataset of step 2 (create, minimal), which failed")
	}
	return s.minimal
}

func (s *scenario) needFull(t *testing.T) *corpora.DatasetResponse {
	t.Helper()
	if s.full == nil {
		t.Fatal("needs the dataset of step 3 (create, full), which failed")
	}
	return s.full
}

func contains(names []string, name string) bool {
	for _, each := range names {
		if each == name {
			return true
		}
	}
	return false
}
