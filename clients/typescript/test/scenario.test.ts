// The consumer scenario of clients/scenario.md, all eleven steps in order, with the client generated from api-spec
// (typescript-fetch) against a running Corpora. CORPORA_URL is the service's base address; CORPORA_CLIENT_ID /
// CORPORA_CLIENT_SECRET default to the CI client; CORPORA_JWT_SECRET is the service's signing secret (step 10).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';

import {
  AssetTypeEnum,
  DatasetResponse,
  DatasetsApi,
  DatasetStatusEnum,
  DatasetUpdateRequestStatus,
  EncoderNameEnum,
  EncodersApi,
  HTTPErrorFromJSON,
  KeyframeSamplingMethodEnum,
  ModalityEnum,
  VisualEncoderNameEnum,
} from '../generated/src/index';
import {
  apisWith,
  authApi,
  failsWith,
  from,
  problemAt,
  runPrefix,
  signHs256,
  validationErrorOf,
} from './support';

const P = runPrefix();
const multimodalId = '2ef58577-557b-5edf-8ad8-8cf6254c0480';

// What a step leaves for the later ones; node:test runs the tests of a describe one after the other.
let datasets: DatasetsApi | undefined;
let encoders: EncodersApi | undefined;
let minimal: DatasetResponse | undefined;
let full: DatasetResponse | undefined;

function api(): DatasetsApi {
  return from(datasets, 'step 1 (log in)');
}

describe('Corpora TypeScript client: the consumer scenario (clients/scenario.md)', { timeout: 90_000 }, () => {
  test('1. Log in', async () => {
    const answer = await authApi().loginRaw({ loginRequest: { grantType: 'client_credentials' } });
    assert.equal(answer.raw.status, 200);
    const token = await answer.value();
    assert.ok(token.accessToken, 'an access_token');
    assert.equal(token.tokenType, 'Bearer');
    assert.ok(token.expiresIn > 0, `a positive expires_in, got ${token.expiresIn}`);
    ({ datasets, encoders } = apisWith(token.accessToken));
  });

  test('2. Create, minimal', async () => {
    const answer = await api().createDatasetRaw({
      datasetCreateRequest: { name: `${P}minimal`, encoderName: VisualEncoderNameEnum.Multimodal },
    });
    assert.equal(answer.raw.status, 200);
    assert.equal(answer.raw.headers.get('ETag'), '"1"');
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
    const created = await api().createDataset({
      datasetCreateRequest: {
        name: `${P}full`,
        encoderName: VisualEncoderNameEnum.Multimodal,
        description: 'every request field, from the TypeScript client',
        allowedAssetTypes: [AssetTypeEnum.Image],
        keyframeSamplingMethod: KeyframeSamplingMethodEnum.Uniform,
        keyframeUniformFpsSamplingRate: 0.5,
        storeOriginal: false,
        storePreview: true,
        metadataFieldsToIndex: ['sku', 'brand'],
        metadataFieldsToEmbed: ['title'],
        addToPermit: true,
        datasetConfig: {
          embeddingId: { image: multimodalId },
          encoderName: { image: 'multimodal' },
          celebrityDetectionEnabled: true,
          hybridSearch: { weights: { image: 1.0 } },
        },
      },
    });
    assert.equal(created.name, `${P}full`);
    assert.equal(created.description, 'every request field, from the TypeScript client');
    assert.deepEqual(created.allowedAssetTypes, [AssetTypeEnum.Image]);
    assert.equal(created.keyframeSamplingMethod, KeyframeSamplingMethodEnum.Uniform);
    assert.equal(created.keyframeUniformFpsSamplingRate, 0.5);
    assert.equal(created.storeOriginal, false);
    assert.equal(created.storePreview, true);
    assert.deepEqual(created.metadataFieldsToIndex, ['sku', 'brand']);
    assert.deepEqual(created.metadataFieldsToEmbed, ['title']);
    assert.ok(!('addToPermit' in created), 'add_to_permit is not echoed');
    assert.deepEqual(created.datasetConfig?.embeddingId, { image: multimodalId });
    assert.deepEqual(created.datasetConfig?.encoderName, { image: 'multimodal' });
    assert.equal(created.datasetConfig?.celebrityDetectionEnabled, true);
    assert.deepEqual(created.datasetConfig?.hybridSearch, { weights: { image: 1.0 } });
    full = created;
  });

  test('4. Get', async () => {
    const created = from(full, 'step 3 (create, full)');
    const fetched = await api().getDatasetById({ datasetId: created.id });
    assert.deepEqual(fetched, created, 'field for field as created');
  });

  test('5. List with filters and paging', async () => {
    const pages: DatasetResponse[] = [];
    for (const n of [1, 2, 3]) {
      pages.push(await api().createDataset({
        datasetCreateRequest: { name: `${P}page_${n}`, encoderName: VisualEncoderNameEnum.Multimodal },
      }));
    }
    const namePattern = `${P}page_*`;

    const first = await api().getDatasets({ namePattern, limit: 2 });
    assert.deepEqual(first.data.map((d) => d.name), [`${P}page_1`, `${P}page_2`]);
    assert.deepEqual(first.meta?.page, { currentPage: 1, lastPage: 2, limit: 2, offset: 0, total: 3 });

    const second = await api().getDatasets({ namePattern, limit: 2, skip: 2 });
    assert.deepEqual(second.data.map((d) => d.name), [`${P}page_3`]);
    assert.equal(second.meta?.page.currentPage, 2);

    const videos = await api().getDatasets({ namePattern: `${P}*`, allowedAssetTypes: [AssetTypeEnum.Video] });
    const videoNames = videos.data.map((d) => d.name);
    assert.ok(!videoNames.includes(`${P}full`), `the full dataset allows images only: ${videoNames}`);
    assert.ok(videoNames.includes(`${P}page_1`), `datasets that allow videos are listed: ${videoNames}`);

    const inactive = await api().getDatasets({ namePattern: `${P}*`, status: [DatasetStatusEnum.Inactive] });
    assert.deepEqual(inactive.data, []);
  });

  test('6. Patch with If-Match', async () => {
    const dataset = from(minimal, 'step 2 (create, minimal)');
    const patch = {
      datasetId: dataset.id,
      ifMatch: '"1"',
      datasetUpdateRequest: { description: 'patched', status: DatasetUpdateRequestStatus.Inactive },
    };
    const answer = await api().updateDatasetByIdRaw(patch);
    assert.equal(answer.raw.status, 200);
    assert.equal(answer.raw.headers.get('ETag'), '"2"');
    const patched = await answer.value();
    assert.equal(patched.description, 'patched');
    assert.equal(patched.status, DatasetStatusEnum.Inactive);

    await failsWith(api().updateDatasetById(patch), 412);
  });

  test('7. Delete', async () => {
    const dataset = from(minimal, 'step 2 (create, minimal)');
    const answer = await api().deleteDatasetByIdRaw({ datasetId: dataset.id });
    assert.equal(answer.raw.status, 200);
    let current = await answer.value();
    assert.equal(current.status, DatasetStatusEnum.Deleting);

    const deadline = Date.now() + 15_000;
    while (current.status !== DatasetStatusEnum.Deleted) {
      assert.ok(Date.now() < deadline, `still ${current.status} after 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      current = await api().getDatasetById({ datasetId: dataset.id, includeDeleted: true });
    }
    assert.ok(current.deletedDt instanceof Date && !Number.isNaN(current.deletedDt.getTime()), 'deleted_dt is set');

    await failsWith(api().getDatasetById({ datasetId: dataset.id }), 404);
  });

  test('8. A 422, read as typed data', async () => {
    const error = await validationErrorOf(api().createDataset({
      // 'audio' is no visual encoder: the generated type forbids it, so it is sent past the type.
      datasetCreateRequest: { name: 'bad-name', encoderName: 'audio' as VisualEncoderNameEnum },
    }));
    assert.deepEqual(
      error.detail.map((problem) => [problem.loc, problem.type]),
      [[['body', 'name'], 'string_pattern_mismatch'], [['body', 'encoder_name'], 'enum']],
    );
    assert.equal(typeof problemAt(error, 'body', 'name').msg, 'string');
  });

  test('9. 409 for a taken name', async () => {
    await api().createDataset({
      datasetCreateRequest: { name: `${P}minimal2`, encoderName: VisualEncoderNameEnum.Multimodal },
    });
    const conflict = await failsWith(api().createDataset({
      datasetCreateRequest: { name: `${P}MINIMAL2`, encoderName: VisualEncoderNameEnum.Multimodal },
    }), 409);
    const detail = HTTPErrorFromJSON(await conflict.json()).detail;
    assert.equal(typeof detail, 'string');
    assert.ok(detail.length > 0, 'a detail sentence');
  });

  test("10. 404 for another organization's dataset", async () => {
    const secret = process.env.CORPORA_JWT_SECRET;
    assert.ok(secret, 'CORPORA_JWT_SECRET is not set: the service\'s signing secret is needed to sign a stranger\'s token');
    const dataset = from(full, 'step 3 (create, full)');
    const now = Math.floor(Date.now() / 1000);
    const token = signHs256({
      sub: 'scenario-stranger',
      org_id: `${P}other_org`,
      roles: ['reader', 'writer'],
      iss: 'corpora',
      aud: 'corpora',
      iat: now,
      exp: now + 600,
    }, secret);
    const stranger = apisWith(token).datasets;

    const elsewhere = await failsWith(stranger.getDatasetById({ datasetId: dataset.id }), 404);
    const unknownId = randomUUID();
    const nowhere = await failsWith(stranger.getDatasetById({ datasetId: unknownId }), 404);
    // Exactly as for an id that does not exist: the same answer, but for the id it names.
    assert.equal(
      (await elsewhere.text()).replaceAll(dataset.id, '<id>'),
      (await nowhere.text()).replaceAll(unknownId, '<id>'),
    );
  });

  test('11. Encoders', async () => {
    const list = await from(encoders, 'step 1 (log in)').listAvailableEncoders();
    assert.equal(list.length, 9, `nine encoders: ${list.map((e) => e.name)}`);
    const multimodal = list.find((encoder) => encoder.name === EncoderNameEnum.Multimodal);
    assert.ok(multimodal, 'multimodal is listed');
    assert.equal(multimodal.modality, ModalityEnum.Image);
  });
});
