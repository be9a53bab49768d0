// Uses the client generated from api-spec (typescript-fetch) against a running Corpora.
// CORPORA_URL is the service's base address; CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET default to the CI client.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import {
  AssetTypeEnum,
  AuthApi,
  Configuration,
  DatasetResponse,
  DatasetsApi,
  DatasetStatusEnum,
  FetchError,
  HTTPErrorFromJSON,
  HTTPValidationError,
  HTTPValidationErrorFromJSON,
  KeyframeSamplingMethodEnum,
  ResponseError,
  ValidationError,
  VisualEncoderNameEnum,
} from '../generated/src/index';

const baseUrl = process.env.CORPORA_URL;
if (!baseUrl) {
  throw new Error('CORPORA_URL is not set: point it at a running Corpora, e.g. http://127.0.0.1:18080');
}
const clientId = process.env.CORPORA_CLIENT_ID ?? 'ci-admin';
const clientSecret = process.env.CORPORA_CLIENT_SECRET ?? 'ci-admin-secret';

// Every name this run creates starts with it, so reruns against one service do not collide.
const run = `ts_${randomBytes(4).toString('hex')}`;
const basePath = baseUrl.replace(/\/+$/, '');

let datasets: DatasetsApi;

/** Why a call failed, in a sentence: the HTTP status and body, or the network error under the generated FetchError. */
async function reason(error: unknown): Promise<string> {
  if (error instanceof ResponseError) {
    return `HTTP ${error.response.status} ${await error.response.text()}`;
  }
  if (error instanceof FetchError) {
    const cause = error.cause as { message?: string; cause?: { code?: string } } | undefined;
    return `${cause?.message ?? error.message}${cause?.cause?.code ? ` (${cause.cause.code})` : ''}`;
  }
  return String(error);
}

/** Awaits a call that must fail with this HTTP status; returns the response for its body. */
async function failsWith(call: Promise<unknown>, status: number): Promise<Response> {
  try {
    await call;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `expected a ResponseError, got ${String(error)}`);
    assert.equal(error.response.status, status, `expected ${status}, got ${error.response.status}`);
    return error.response;
  }
  assert.fail(`expected HTTP ${status}, but the call succeeded`);
}

/** The 422 body as the generated type. */
async function validationErrorOf(call: Promise<unknown>): Promise<HTTPValidationError> {
  const response = await failsWith(call, 422);
  return HTTPValidationErrorFromJSON(await response.json());
}

function problemAt(error: HTTPValidationError, ...loc: Array<string | number>): ValidationError {
  const found = error.detail.find((problem) => JSON.stringify(problem.loc) === JSON.stringify(loc));
  assert.ok(found, `no problem at ${JSON.stringify(loc)} in ${JSON.stringify(error.detail)}`);
  return found;
}

function create(name: string, allowedAssetTypes?: AssetTypeEnum[]): Promise<DatasetResponse> {
  return datasets.createDataset({
    datasetCreateRequest: { name, encoderName: VisualEncoderNameEnum.Multimodal, allowedAssetTypes },
  });
}

describe('Corpora TypeScript client', { timeout: 60_000 }, () => {
  before(async () => {
    const auth = new AuthApi(new Configuration({ basePath, username: clientId, password: clientSecret }));
    const token = await auth.login().catch(async (error: unknown) => {
      throw new Error(`cannot log in to Corpora at ${basePath} as ${clientId}: ${await reason(error)}`);
    });
    datasets = new DatasetsApi(new Configuration({ basePath, accessToken: token.accessToken }));
  });

  test('login: HTTP Basic through AuthApi gives a Bearer token; a wrong secret is 401', async () => {
    const auth = new AuthApi(new Configuration({ basePath, username: clientId, password: clientSecret }));
    const token = await auth.login({ loginRequest: { grantType: 'client_credentials' } });
    assert.equal(token.tokenType, 'Bearer');
    assert.equal(token.expiresIn, 3600);
    assert.equal(token.accessToken.split('.').length, 3, 'a JWT has three parts');

    const wrong = new AuthApi(new Configuration({ basePath, username: clientId, password: 'not-the-secret' }));
    const response = await failsWith(wrong.login(), 401);
    assert.ok(response.headers.get('WWW-Authenticate'), 'a 401 names its scheme');
    assert.equal(typeof HTTPErrorFromJSON(await response.json()).detail, 'string');

    const anonymous = new DatasetsApi(new Configuration({ basePath }));
    await failsWith(anonymous.getDatasets(), 401);
  });

  test('create and get: defaults, the derived config and the ETag', async () => {
    const created = await datasets.createDataset({
      datasetCreateRequest: {
        name: `${run}_created`,
        encoderName: VisualEncoderNameEnum.Multimodal,
        description: 'made by the TypeScript client',
        allowedAssetTypes: [AssetTypeEnum.Image],
        metadataFieldsToIndex: ['sku', 'brand'],
      },
    });
    assert.equal(created.name, `${run}_created`);
    assert.equal(created.status, DatasetStatusEnum.Active);
    assert.deepEqual(created.allowedAssetTypes, [AssetTypeEnum.Image]);
    assert.equal(created.keyframeSamplingMethod, KeyframeSamplingMethodEnum.Intelligent);
    assert.equal(created.keyframeUniformFpsSamplingRate, null);
    assert.equal(created.storeOriginal, true);
    assert.equal(created.storePreview, true);
    assert.deepEqual(created.metadataFieldsToIndex, ['sku', 'brand']);
    assert.equal(created.createdBy, clientId);
    assert.ok(created.createdDt instanceof Date && !Number.isNaN(created.createdDt.getTime()));
    assert.equal(created.deletedDt, null);
    assert.equal(created.encoders.length, 1);
    assert.equal(created.encoders[0].name, 'multimodal');
    assert.deepEqual(created.datasetConfig?.encoderName, { image: 'multimodal' });
    assert.deepEqual(created.datasetConfig?.embeddingId, { image: created.encoders[0].id });

    const raw = await datasets.getDatasetByIdRaw({ datasetId: created.id });
    assert.match(raw.raw.headers.get('ETag') ?? '', /^"[^"]+"$/, 'a quoted ETag');
    const fetched = await raw.value();
    assert.deepEqual(fetched, created);

    const config = await datasets.getDatasetConfig({ datasetId: created.id });
    assert.equal(config.datasetId, created.id);
    assert.deepEqual(config.encoderName, { image: 'multimodal' });
    assert.deepEqual(config.metadataFieldsToIndex, ['sku', 'brand']);

    await failsWith(datasets.createDataset({
      datasetCreateRequest: { name: `${run}_CREATED`, encoderName: VisualEncoderNameEnum.Multimodal },
    }), 409);
  });

  test('list: name_pattern, allowed_asset_types, status, dataset_ids and the paging meta', async () => {
    const first = await create(`${run}_list_a`, [AssetTypeEnum.Image]);
    const second = await create(`${run}_list_b`, [AssetTypeEnum.Image, AssetTypeEnum.Video]);
    const third = await create(`${run}_list_c`, [AssetTypeEnum.Video]);
    const namePattern = `${run}_list_*`;

    const page1 = await datasets.getDatasets({ namePattern, limit: 2 });
    assert.deepEqual(page1.data.map((d) => d.id), [first.id, second.id], 'oldest first');
    assert.deepEqual(page1.meta?.page, { currentPage: 1, lastPage: 2, limit: 2, offset: 0, total: 3 });

    const page2 = await datasets.getDatasets({ namePattern, limit: 2, skip: 2 });
    assert.deepEqual(page2.data.map((d) => d.id), [third.id]);
    assert.deepEqual(page2.meta?.page, { currentPage: 2, lastPage: 2, limit: 2, offset: 2, total: 3 });

    const videos = await datasets.getDatasets({ namePattern, allowedAssetTypes: [AssetTypeEnum.Video] });
    assert.deepEqual(videos.data.map((d) => d.id), [second.id, third.id]);
    assert.equal(videos.meta?.page.total, 2);

    const oneName = await datasets.getDatasets({ namePattern: `${run.slice(3)}_list_b`.toUpperCase() });
    assert.deepEqual(oneName.data.map((d) => d.id), [second.id], 'case-insensitive, no wildcard matches anywhere');

    const byIds = await datasets.getDatasets({
      datasetIds: [first.id, third.id],
      status: [DatasetStatusEnum.Active],
    });
    assert.deepEqual(byIds.data.map((d) => d.id), [first.id, third.id]);

    const none = await datasets.getDatasets({ namePattern, status: [DatasetStatusEnum.Inactive] });
    assert.deepEqual(none.data, []);
    assert.deepEqual(none.meta?.page, { currentPage: 1, lastPage: 1, limit: 100, offset: 0, total: 0 });
  });

  test('patch with If-Match: a stale ETag is 412, the fresh one works', async () => {
    const created = await create(`${run}_patched`);
    const read = await datasets.getDatasetByIdRaw({ datasetId: created.id });
    const etag = read.raw.headers.get('ETag');
    assert.ok(etag, 'GET answers an ETag');

    const updated = await datasets.updateDatasetByIdRaw({
      datasetId: created.id,
      ifMatch: etag,
      datasetUpdateRequest: { description: 'first change', status: 'inactive' },
    });
    const freshEtag = updated.raw.headers.get('ETag');
    assert.ok(freshEtag, 'PATCH answers the new ETag');
    assert.notEqual(freshEtag, etag);
    const afterFirst = await updated.value();
    assert.equal(afterFirst.description, 'first change');
    assert.equal(afterFirst.status, DatasetStatusEnum.Inactive);
    assert.equal(afterFirst.updatedBy, clientId);

    const stale = await failsWith(datasets.updateDatasetById({
      datasetId: created.id,
      ifMatch: etag,
      datasetUpdateRequest: { description: 'lost update' },
    }), 412);
    assert.equal(typeof HTTPErrorFromJSON(await stale.json()).detail, 'string');
    assert.equal((await datasets.getDatasetById({ datasetId: created.id })).description, 'first change');

    const second = await datasets.updateDatasetById({
      datasetId: created.id,
      ifMatch: freshEtag,
      datasetUpdateRequest: { description: null, name: `${run}_renamed` },
    });
    assert.equal(second.description, null, 'description: null clears it');
    assert.equal(second.name, `${run}_renamed`);
    assert.equal(second.status, DatasetStatusEnum.Inactive, 'an absent field is left as it is');
  });

  test('delete: deleting at once, then deleted by the worker', async () => {
    const created = await create(`${run}_deleted`);
    const deleting = await datasets.deleteDatasetById({ datasetId: created.id });
    assert.equal(deleting.status, DatasetStatusEnum.Deleting);
    assert.equal(deleting.deletedBy, clientId);
    assert.equal(deleting.deletedDt, null);

    // The name is free again at once.
    const successor = await create(`${run}_deleted`);
    assert.notEqual(successor.id, created.id);

    let current = deleting;
    const deadline = Date.now() + 30_000;
    while (current.status !== DatasetStatusEnum.Deleted) {
      assert.ok(Date.now() < deadline, `still ${current.status} after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      current = await datasets.getDatasetById({ datasetId: created.id, includeDeleted: true });
    }
    assert.ok(current.deletedDt instanceof Date, 'deleted_dt is set when the deletion completes');
    assert.equal(current.deletedBy, clientId);

    await failsWith(datasets.getDatasetById({ datasetId: created.id }), 404);
    await failsWith(datasets.deleteDatasetById({ datasetId: created.id }), 404);
    const listed = await datasets.getDatasets({ datasetIds: [created.id], includeDeleted: true });
    assert.deepEqual(listed.data.map((d) => d.status), [DatasetStatusEnum.Deleted]);
  });

  test('422: the validation envelope read as typed HTTPValidationError', async () => {
    const body = await validationErrorOf(datasets.createDataset({
      datasetCreateRequest: {
        name: 'not a valid name!',
        encoderName: VisualEncoderNameEnum.Multimodal,
        metadataFieldsToIndex: ['fine', 'x'.repeat(256)],
      },
    }));
    assert.equal(problemAt(body, 'body', 'name').type, 'string_pattern_mismatch');
    const tooLong = problemAt(body, 'body', 'metadata_fields_to_index', 1);
    assert.equal(tooLong.type, 'string_too_long');
    assert.equal(typeof tooLong.loc[2], 'number', 'a list index stays a number');
    assert.equal(typeof tooLong.msg, 'string');

    const query = await validationErrorOf(datasets.getDatasets({ limit: 0 }));
    assert.equal(problemAt(query, 'query', 'limit').type, 'greater_than_equal');

    // What the TypeScript types forbid, sent anyway: still typed data, never a 500.
    const wrongEnum = await validationErrorOf(datasets.createDataset({
      datasetCreateRequest: { name: `${run}_enum`, encoderName: 'audio' as VisualEncoderNameEnum },
    }));
    assert.equal(problemAt(wrongEnum, 'body', 'encoder_name').type, 'enum');

    const badPath = await validationErrorOf(datasets.getDatasetById({ datasetId: 'not-a-uuid' }));
    assert.equal(problemAt(badPath, 'path', 'dataset_id').type, 'uuid_parsing');
  });
});
