// What the TypeScript client's tests checked before clients/scenario.md existed and the scenario does not: wrong
// credentials, the derived config and Get Dataset Config, more list filters, the ETag flow after a 412, what delete
// leaves behind, and 422s of the query and the path. Same environment as scenario.test.ts.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';

import {
  AssetTypeEnum,
  Configuration,
  DatasetResponse,
  DatasetsApi,
  DatasetStatusEnum,
  DatasetUpdateRequestStatus,
  HTTPErrorFromJSON,
  KeyframeSamplingMethodEnum,
  VisualEncoderNameEnum,
} from '../generated/src/index';
import {
  apisWith,
  authApi,
  basePath,
  clientId,
  failsWith,
  logIn,
  problemAt,
  runPrefix,
  validationErrorOf,
} from './support';

const P = runPrefix();
let datasets: DatasetsApi;

function create(name: string, allowedAssetTypes?: AssetTypeEnum[]): Promise<DatasetResponse> {
  return datasets.createDataset({
    datasetCreateRequest: { name, encoderName: VisualEncoderNameEnum.Multimodal, allowedAssetTypes },
  });
}

describe('Corpora TypeScript client: beyond the scenario', { timeout: 60_000 }, () => {
  before(async () => {
    datasets = apisWith(await logIn()).datasets;
  });

  test('login: the token is a JWT for 3600 s; a wrong secret and no token are 401', async () => {
    const token = await authApi().login();
    assert.equal(token.expiresIn, 3600);
    assert.equal(token.accessToken.split('.').length, 3, 'a JWT has three parts');

    const response = await failsWith(authApi('not-the-secret').login(), 401);
    assert.ok(response.headers.get('WWW-Authenticate'), 'a 401 names its scheme');
    assert.equal(typeof HTTPErrorFromJSON(await response.json()).detail, 'string');

    await failsWith(new DatasetsApi(new Configuration({ basePath })).getDatasets(), 401);
  });

  test('create: the derived config, who and when, and Get Dataset Config', async () => {
    const created = await datasets.createDataset({
      datasetCreateRequest: {
        name: `${P}created`,
        encoderName: VisualEncoderNameEnum.Multimodal,
        allowedAssetTypes: [AssetTypeEnum.Image],
        metadataFieldsToIndex: ['sku', 'brand'],
      },
    });
    assert.equal(created.keyframeSamplingMethod, KeyframeSamplingMethodEnum.Intelligent);
    assert.equal(created.keyframeUniformFpsSamplingRate, null);
    assert.equal(created.createdBy, clientId);
    assert.ok(created.createdDt instanceof Date && !Number.isNaN(created.createdDt.getTime()));
    assert.equal(created.deletedDt, null);
    assert.equal(created.encoders.length, 1);
    assert.deepEqual(created.datasetConfig?.encoderName, { image: 'multimodal' });
    assert.deepEqual(created.datasetConfig?.embeddingId, { image: created.encoders[0].id });

    const raw = await datasets.getDatasetByIdRaw({ datasetId: created.id });
    assert.match(raw.raw.headers.get('ETag') ?? '', /^"[^"]+"$/, 'a quoted ETag');
    assert.deepEqual(await raw.value(), created);

    const config = await datasets.getDatasetConfig({ datasetId: created.id });
    assert.equal(config.datasetId, created.id);
    assert.deepEqual(config.encoderName, { image: 'multimodal' });
    assert.deepEqual(config.metadataFieldsToIndex, ['sku', 'brand']);
  });

  test('list: a pattern without wildcards, dataset_ids with status, and the meta of an empty page', async () => {
    const first = await create(`${P}list_a`, [AssetTypeEnum.Image]);
    const second = await create(`${P}list_b`, [AssetTypeEnum.Image, AssetTypeEnum.Video]);
    const third = await create(`${P}list_c`, [AssetTypeEnum.Video]);

    const oneName = await datasets.getDatasets({ namePattern: `${P.slice(4)}list_b`.toUpperCase() });
    assert.deepEqual(oneName.data.map((d) => d.id), [second.id], 'case-insensitive, no wildcard matches anywhere');

    const byIds = await datasets.getDatasets({ datasetIds: [first.id, third.id], status: [DatasetStatusEnum.Active] });
    assert.deepEqual(byIds.data.map((d) => d.id), [first.id, third.id]);

    const none = await datasets.getDatasets({ namePattern: `${P}list_*`, status: [DatasetStatusEnum.Inactive] });
    assert.deepEqual(none.data, []);
    assert.deepEqual(none.meta?.page, { currentPage: 1, lastPage: 1, limit: 100, offset: 0, total: 0 });
  });

  test('patch: a 412 changes nothing; the fresh ETag works, null clears, an absent field stays', async () => {
    const created = await create(`${P}patched`);
    const updated = await datasets.updateDatasetByIdRaw({
      datasetId: created.id,
      ifMatch: '"1"',
      datasetUpdateRequest: { description: 'first change', status: DatasetUpdateRequestStatus.Inactive },
    });
    const freshEtag = updated.raw.headers.get('ETag');
    assert.ok(freshEtag, 'PATCH answers the new ETag');
    assert.equal((await updated.value()).updatedBy, clientId);

    const stale = await failsWith(datasets.updateDatasetById({
      datasetId: created.id,
      ifMatch: '"1"',
      datasetUpdateRequest: { description: 'lost update' },
    }), 412);
    assert.equal(typeof HTTPErrorFromJSON(await stale.json()).detail, 'string');
    assert.equal((await datasets.getDatasetById({ datasetId: created.id })).description, 'first change');

    const second = await datasets.updateDatasetById({
      datasetId: created.id,
      ifMatch: freshEtag,
      datasetUpdateRequest: { description: null, name: `${P}renamed` },
    });
    assert.equal(second.description, null, 'description: null clears it');
    assert.equal(second.name, `${P}renamed`);
    assert.equal(second.status, DatasetStatusEnum.Inactive, 'an absent field is left as it is');
  });

  test('delete: who deleted it, the name free at once, and a deleted dataset seen only with include_deleted', async () => {
    const created = await create(`${P}deleted`);
    const deleting = await datasets.deleteDatasetById({ datasetId: created.id });
    assert.equal(deleting.deletedBy, clientId);
    assert.equal(deleting.deletedDt, null, 'deleted_dt waits for the worker');

    const successor = await create(`${P}deleted`);
    assert.notEqual(successor.id, created.id);

    let current = deleting;
    const deadline = Date.now() + 30_000;
    while (current.status !== DatasetStatusEnum.Deleted) {
      assert.ok(Date.now() < deadline, `still ${current.status} after 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      current = await datasets.getDatasetById({ datasetId: created.id, includeDeleted: true });
    }
    assert.equal(current.deletedBy, clientId);
    await failsWith(datasets.deleteDatasetById({ datasetId: created.id }), 404);
    const listed = await datasets.getDatasets({ datasetIds: [created.id], includeDeleted: true });
    assert.deepEqual(listed.data.map((d) => d.status), [DatasetStatusEnum.Deleted]);
  });

  test('422: a list index in loc, a query value and a path value', async () => {
    const body = await validationErrorOf(datasets.createDataset({
      datasetCreateRequest: {
        name: `${P}long_field`,
        encoderName: VisualEncoderNameEnum.Multimodal,
        metadataFieldsToIndex: ['fine', 'x'.repeat(256)],
      },
    }));
    const tooLong = problemAt(body, 'body', 'metadata_fields_to_index', 1);
    assert.equal(tooLong.type, 'string_too_long');
    assert.equal(typeof tooLong.loc[2], 'number', 'a list index stays a number');

    const query = await validationErrorOf(datasets.getDatasets({ limit: 0 }));
    assert.equal(problemAt(query, 'query', 'limit').type, 'greater_than_equal');

    const badPath = await validationErrorOf(datasets.getDatasetById({ datasetId: 'not-a-uuid' }));
    assert.equal(problemAt(badPath, 'path', 'dataset_id').type, 'uuid_parsing');
  });
});
