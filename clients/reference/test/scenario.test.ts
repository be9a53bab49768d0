// Steps 1 to 8 of clients/scenario.md against a running Corpora, with the client generated from the reference API's
// own OpenAPI files (shared/reference, merged by scripts/reference-spec.mjs), unchanged: a client written for that API
// must work against Corpora. CORPORA_URL is the service's base address; CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET
// default to the CI client.
//
// What the reference spec cannot say, and how these steps still check it:
// - no login operation: step 1 logs in with plain fetch, and the token goes into the client's Configuration;
// - no `ETag` response header and no `If-Match` request header: the ETag is read from the *Raw methods' response,
//   and If-Match is added through the generated client's per-call init override;
// - no `add_to_permit` on create (the files predate it): added to the JSON body through the same override;
// - only 200 and 422 responses: the 412 and the 404 are the generated client's untyped ResponseError, read by status.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  AssetTypeEnum,
  Configuration,
  DatasetResponse,
  DatasetsDatasetApi,
  DatasetStatusEnum,
  DatasetUpdateRequestStatus,
  HTTPValidationErrorFromJSON,
  InitOverrideFunction,
  KeyframeSamplingMethodEnum,
  VisualEncoderNameEnum,
} from '../generated/src/index';
import { basePath, failsWith, from, login, runPrefix } from './support';

const P = runPrefix();
const multimodalId = '2ef58577-557b-5edf-8ad8-8cf6254c0480';

// What a step leaves for the later ones; node:test runs the tests of a describe one after the other.
let datasets: DatasetsDatasetApi | undefined;
let minimal: DatasetResponse | undefined;
let full: DatasetResponse | undefined;

function api(): DatasetsDatasetApi {
  return from(datasets, 'step 1 (log in)');
}

/** The request as the client built it, with these headers added (the reference declares none of them). */
function withHeaders(headers: Record<string, string>): InitOverrideFunction {
  return async ({ init }) => ({ headers: { ...init.headers, ...headers } });
}

/** The request as the client built it, with these fields added to its JSON body (the reference's model lacks them). */
function withBodyFields(fields: Record<string, unknown>): InitOverrideFunction {
  return async ({ init }) => ({ body: { ...(init.body as Record<string, unknown>), ...fields } as unknown as BodyInit });
}

describe('Reference API client: the consumer scenario, steps 1 to 8 (clients/scenario.md)', { timeout: 90_000 }, () => {
  test('1. Log in', async () => {
    const response = await login();
    assert.equal(response.status, 200, `login answered ${response.status} ${await response.clone().text()}`);
    const token = await response.json() as { access_token?: string; token_type?: string; expires_in?: number };
    assert.ok(token.access_token, 'an access_token');
    assert.equal(token.token_type, 'Bearer');
    assert.ok((token.expires_in ?? 0) > 0, `a positive expires_in, got ${token.expires_in}`);
    // The merged spec applies the reference's HTTPBearer scheme to every operation, so the client sends the token.
    datasets = new DatasetsDatasetApi(new Configuration({ basePath, accessToken: token.access_token }));
  });

  test('2. Create, minimal', async () => {
    const answer = await api().createDatasetApiV1DatasetsPostRaw({
      datasetCreateRequest: { name: `${P}minimal`, encoderName: VisualEncoderNameEnum.Multimodal },
    });
    assert.equal(answer.raw.status, 200);
    assert.equal(answer.raw.headers.get('ETag'), '"1"', 'the ETag, read from the raw response');
    const created = await answer.value();
    assert.equal(created.name, `${P}minimal`);
    assert.equal(created.status, DatasetStatusEnum.Active);
    assert.deepEqual(created.allowedAssetTypes, [AssetTypeEnum.Image, AssetTypeEnum.Video]);
    assert.equal(created.keyframeSamplingMethod, KeyframeSamplingMethodEnum.Intelligent);
    assert.equal(created.storeOriginal, true);
    assert.equal(created.storePreview, true);
    assert.deepEqual(created.datasetConfig?.encoderName, { image: 'multimodal', video: 'multimodal' });
    assert.equal(created.encoders[0].name, 'multimodal');
    minimal = created;
  });

  test('3. Create, full', async () => {
    const answer = await api().createDatasetApiV1DatasetsPostRaw({
      datasetCreateRequest: {
        name: `${P}full`,
        encoderName: VisualEncoderNameEnum.Multimodal,
        description: 'every request field, from the reference client',
        allowedAssetTypes: [AssetTypeEnum.Image],
        keyframeSamplingMethod: KeyframeSamplingMethodEnum.Uniform,
        keyframeUniformFpsSamplingRate: 0.5,
        storeOriginal: false,
        storePreview: true,
        metadataFieldsToIndex: ['sku', 'brand'],
        metadataFieldsToEmbed: ['title'],
        datasetConfig: {
          embeddingId: { image: multimodalId },
          encoderName: { image: 'multimodal' },
          celebrityDetectionEnabled: true,
          hybridSearch: { weights: { image: 1.0 } },
        },
      },
    }, withBodyFields({ add_to_permit: true }));
    assert.equal(answer.raw.status, 200);
    const wire = await answer.raw.clone().json() as Record<string, unknown>;
    assert.ok(!('add_to_permit' in wire), 'add_to_permit is not echoed');
    const created = await answer.value();
    assert.equal(created.name, `${P}full`);
    assert.equal(created.description, 'every request field, from the reference client');
    assert.deepEqual(created.allowedAssetTypes, [AssetTypeEnum.Image]);
    assert.equal(created.keyframeSamplingMethod, KeyframeSamplingMethodEnum.Uniform);
    assert.equal(created.keyframeUniformFpsSamplingRate, 0.5);
    assert.equal(created.storeOriginal, false);
    assert.equal(created.storePreview, true);
    assert.deepEqual(created.metadataFieldsToIndex, ['sku', 'brand']);
    assert.deepEqual(created.metadataFieldsToEmbed, ['title']);
    assert.deepEqual(created.datasetConfig?.embeddingId, { image: multimodalId });
    assert.deepEqual(created.datasetConfig?.encoderName, { image: 'multimodal' });
    assert.equal(created.datasetConfig?.celebrityDetectionEnabled, true);
    assert.deepEqual(created.datasetConfig?.hybridSearch, { weights: { image: 1.0 } });
    full = created;
  });

  test('4. Get', async () => {
    const created = from(full, 'step 3 (create, full)');
    const fetched = await api().getDatasetByIdApiV1DatasetsDatasetIdGet({ datasetId: created.id });
    assert.deepEqual(fetched, created, 'field for field as created');
  });

  test('5. List with filters and paging', async () => {
    for (const n of [1, 2, 3]) {
      await api().createDatasetApiV1DatasetsPost({
        datasetCreateRequest: { name: `${P}page_${n}`, encoderName: VisualEncoderNameEnum.Multimodal },
      });
    }
    const namePattern = `${P}page_*`;

    const first = await api().getDatasetsApiV1DatasetsGet({ namePattern, limit: 2 });
    assert.deepEqual(first.data.map((d) => d.name), [`${P}page_1`, `${P}page_2`]);
    assert.deepEqual(first.meta?.page, { currentPage: 1, lastPage: 2, limit: 2, offset: 0, total: 3 });

    const second = await api().getDatasetsApiV1DatasetsGet({ namePattern, limit: 2, skip: 2 });
    assert.deepEqual(second.data.map((d) => d.name), [`${P}page_3`]);
    assert.equal(second.meta?.page.currentPage, 2);

    const videos = await api().getDatasetsApiV1DatasetsGet({
      namePattern: `${P}*`,
      allowedAssetTypes: [AssetTypeEnum.Video],
    });
    const videoNames = videos.data.map((d) => d.name);
    assert.ok(!videoNames.includes(`${P}full`), `the full dataset allows images only: ${videoNames}`);
    assert.ok(videoNames.includes(`${P}page_1`), `datasets that allow videos are listed: ${videoNames}`);

    const inactive = await api().getDatasetsApiV1DatasetsGet({
      namePattern: `${P}*`,
      status: [DatasetStatusEnum.Inactive],
    });
    assert.deepEqual(inactive.data, []);
  });

  test('6. Patch with If-Match', async () => {
    const dataset = from(minimal, 'step 2 (create, minimal)');
    const patch = {
      datasetId: dataset.id,
      datasetUpdateRequest: { description: 'patched', status: DatasetUpdateRequestStatus.Inactive },
    };
    // The reference has no If-Match parameter: the header goes in through the init override.
    const answer = await api().updateDatasetByIdApiV1DatasetsDatasetIdPatchRaw(patch, withHeaders({ 'If-Match': '"1"' }));
    assert.equal(answer.raw.status, 200);
    assert.equal(answer.raw.headers.get('ETag'), '"2"', 'the new ETag, read from the raw response');
    const patched = await answer.value();
    assert.equal(patched.description, 'patched');
    assert.equal(patched.status, DatasetStatusEnum.Inactive);

    // 412 is not in the reference: the client throws its generic ResponseError.
    await failsWith(api().updateDatasetByIdApiV1DatasetsDatasetIdPatch(patch, withHeaders({ 'If-Match': '"1"' })), 412);
  });

  test('7. Delete', async () => {
    const dataset = from(minimal, 'step 2 (create, minimal)');
    const answer = await api().deleteDatasetByIdApiV1DatasetsDatasetIdDeleteRaw({ datasetId: dataset.id });
    assert.equal(answer.raw.status, 200);
    let current = await answer.value();
    assert.equal(current.status, DatasetStatusEnum.Deleting);

    const deadline = Date.now() + 15_000;
    while (current.status !== DatasetStatusEnum.Deleted) {
      assert.ok(Date.now() < deadline, `still ${current.status} after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      current = await api().getDatasetByIdApiV1DatasetsDatasetIdGet({ datasetId: dataset.id, includeDeleted: true });
    }
    assert.ok(current.deletedDt instanceof Date && !Number.isNaN(current.deletedDt.getTime()), 'deleted_dt is set');

    // 404 is not in the reference either: a ResponseError read by its status.
    await failsWith(api().getDatasetByIdApiV1DatasetsDatasetIdGet({ datasetId: dataset.id }), 404);
  });

  test('8. A 422, read as typed data', async () => {
    const response = await failsWith(api().createDatasetApiV1DatasetsPost({
      // 'audio' is no visual encoder: the generated type forbids it, so it is sent past the type.
      datasetCreateRequest: { name: 'bad-name', encoderName: 'audio' as VisualEncoderNameEnum },
    }), 422);
    // 422 is declared, but typescript-fetch still throws on it: the body is read through the reference's own type.
    const error = HTTPValidationErrorFromJSON(await response.json());
    assert.ok(error.detail, 'detail (optional in the reference) is there');
    assert.deepEqual(
      error.detail.map((problem) => [problem.loc, problem.type]),
      [[['body', 'name'], 'string_pattern_mismatch'], [['body', 'encoder_name'], 'enum']],
    );
    assert.ok(error.detail.every((problem) => typeof problem.msg === 'string' && problem.msg.length > 0));
  });
});
