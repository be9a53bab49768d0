// The system scenario through Prism: every operation, every status code the spec declares that a running
// service can be made to answer, and the error envelopes. Started by .ci/prism-scenario.sh, which runs the
// service and two Prism proxies (one validating requests and responses, one responses only).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  env, call, callDirect, mintToken, basic, declaredStatuses, covered, exchanges,
  assertValidationEnvelope, assertDetail, sleep,
} from './lib.mjs';

/**
 * Declared codes that this scenario cannot provoke, with the reason. Anything else the spec declares must be
 * answered by the service at least once, or the scenario fails.
 */
const UNPROVOKABLE = {
  503: 'needs the database to be unreachable while the service runs; the packaged service runs on its'
    + ' embedded H2, which cannot be taken away from it (RequestEdgesSystemTest and DatabaseOutageSystemTest cover 503 that way)',
};
/** Statuses of one operation that a scenario cannot provoke for certain, and where they are tested instead. */
const UNPROVOKABLE_BY_OPERATION = {
  'getEvents 410': 'needs events older than the retention (7 days here); EventsSystemContract runs a service that'
    + ' keeps them for a second to test it',
  'deleteDatasetById 409': 'a delete answers 409 only to a repeat of its Idempotency-Key while the first still runs,'
    + ' which two requests here overlap too briefly to hit every time (IdempotencySystemContract holds a key to test it)',
};

const run = Date.now().toString(36);
const name = (label) => `${label}_${run}`;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let admin; // the ci-admin client's token: every role
const reader = mintToken({ roles: ['reader'] });
const writer = mintToken({ roles: ['writer'] });
const nobody = mintToken({ roles: [] });
const stranger = mintToken({ roles: ['admin'], org: `other-org-${run}` });
const badTokens = {
  'not a JWT': 'not-a-jwt',
  'expired': mintToken({ roles: ['admin'], expiresIn: -120 }),
  'wrongly signed': mintToken({ roles: ['admin'], secret: 'another-secret-that-is-long-enough-0123456789' }),
  'alg none': mintToken({ roles: ['admin'], alg: 'none' }),
};

let full; // a dataset created with every field
let plain; // a dataset created with the defaults
const unknownId = randomUUID();

test('login: 200 with Basic credentials, with and without the optional body', async () => {
  const bare = await call('login', { method: 'POST', path: '/api/v0/login',
    headers: { authorization: basic(env.clientId, env.clientSecret) }, expect: 200 });
  assert.equal(bare.body.token_type, 'Bearer');
  assert.equal(bare.body.expires_in, 3600);
  const withBody = await call('login', { method: 'POST', path: '/api/v0/login',
    headers: { authorization: basic(env.clientId, env.clientSecret) },
    json: { grant_type: 'client_credentials' }, expect: 200 });
  admin = withBody.body.access_token;
});

test('login: 401 with a wrong secret, an unknown client or empty credentials, with WWW-Authenticate', async () => {
  for (const credentials of [basic(env.clientId, 'wrong'), basic('nobody', 'x'), basic('', '')]) {
    const answer = await call('login', { method: 'POST', path: '/api/v0/login',
      headers: { authorization: credentials }, expect: 401 });
    assertDetail(answer.body);
    assert.match(answer.headers.get('www-authenticate') ?? '', /^Basic/);
  }
  const none = await callDirect({ method: 'POST', path: '/api/v0/login' });
  assert.equal(none.status, 401, 'login without credentials, straight to the service');
  assertDetail(none.body);
});

test('login: 422 for another grant type and for a body that is not JSON', async () => {
  const grant = await call('login', { method: 'POST', path: '/api/v0/login',
    headers: { authorization: basic(env.clientId, env.clientSecret) }, json: { grant_type: 'password' },
    expect: 422 });
  assertValidationEnvelope(grant.body, ['body', 'grant_type']);
  const broken = await callDirect({ method: 'POST', path: '/api/v0/login', headers: {
    authorization: basic(env.clientId, env.clientSecret), 'content-type': 'application/json' },
  body: '{"grant_type":' });
  assert.equal(broken.status, 422, 'login with broken JSON, straight to the service');
  assertValidationEnvelope(broken.body, ['body']);
  assert.equal(broken.body.detail[0].type, 'json_invalid');
});

test('encoders: 200 lists the nine encoders', async () => {
  const answer = await call('listAvailableEncoders', { path: '/api/v1/encoders', token: admin, expect: 200 });
  assert.equal(answer.body.length, 9);
  const readerAnswer = await call('listAvailableEncoders', { path: '/api/v1/encoders', token: reader,
    expect: 200 });
  assert.deepEqual(readerAnswer.body, answer.body);
  assertDetail((await call('listAvailableEncoders', { path: '/api/v1/encoders', token: nobody,
    expect: 403 })).body);
});

test('every /api/v1 operation: 401 for each kind of bad token, and without any', async () => {
  const ops = [
    ['listAvailableEncoders', 'GET', '/api/v1/encoders'],
    ['getDatasets', 'GET', '/api/v1/datasets'],
    ['createDataset', 'POST', '/api/v1/datasets', { name: name('unauthorized'), encoder_name: 'multimodal' }],
    ['getDatasetById', 'GET', `/api/v1/datasets/${unknownId}`],
    ['updateDatasetById', 'PATCH', `/api/v1/datasets/${unknownId}`, { description: 'x' }],
    ['deleteDatasetById', 'DELETE', `/api/v1/datasets/${unknownId}`],
    ['getDatasetConfig', 'GET', `/api/v1/datasets/${unknownId}/config`],
    ['getEvents', 'GET', '/api/v1/events'],
  ];
  for (const [op, method, path, json] of ops) {
    for (const [kind, token] of Object.entries(badTokens)) {
      const answer = await call(op, { method, path, token, json, expect: 401 });
      assertDetail(answer.body);
      assert.match(answer.headers.get('www-authenticate') ?? '', /^Bearer/, `${op} with ${kind} token`);
    }
    const none = await callDirect({ method, path });
    assert.equal(none.status, 401, `${op} without a token, straight to the service`);
    assertDetail(none.body);
  }
});

test('create: 200 with the defaults, answering the whole dataset and an ETag', async () => {
  const answer = await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: writer,
    json: { name: name('plain'), encoder_name: 'multimodal' }, expect: 200 });
  plain = answer.body;
  assert.match(plain.id, uuidPattern);
  assert.equal(plain.status, 'active');
  assert.deepEqual(plain.allowed_asset_types, ['image', 'video']);
  assert.equal(plain.keyframe_sampling_method, 'intelligent');
  assert.equal(plain.keyframe_uniform_fps_sampling_rate, null);
  assert.equal(plain.created_by, 'scenario-user');
  assert.ok(answer.headers.get('etag'));
});

test('create: 200 with every field the request declares', async () => {
  const answer = await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: admin, json: {
    name: name('Full'),
    encoder_name: 'multimodal',
    dataset_id: randomUUID(),
    add_to_permit: false,
    description: 'Every field of the request',
    allowed_asset_types: ['video', 'video'],
    keyframe_sampling_method: 'uniform',
    keyframe_uniform_fps_sampling_rate: 2.5,
    store_original: false,
    store_preview: true,
    metadata_fields_to_index: ['sku', 'brand'],
    metadata_fields_to_embed: ['title'],
    dataset_config: {
      embedding_id: { video: plain.dataset_config.embedding_id.image },
      encoder_name: { video: 'multimodal' },
      extra_config: { composite_settings: { scene: { maximum_slice_duration_seconds: 30 } } },
      hybrid_search: { weights: { video: 1 } },
      context_studio_enabled: true,
      celebrity_detection_enabled: false,
      metadata_fields_to_index: ['sku', 'brand'],
      metadata_fields_to_embed: ['title'],
      agentic_search_metadata_description: { sku: 'The stock keeping unit' },
      asset_identifier_key: 'sku',
      context_studio_export_json_connection_name: 'exports',
    },
  }, expect: 200 });
  full = answer.body;
  assert.deepEqual(full.allowed_asset_types, ['video']);
  assert.equal(full.keyframe_uniform_fps_sampling_rate, 2.5);
  assert.equal(full.dataset_config.hybrid_search.weights.video, 1);
});

test('create: 200 with null in every field the spec declares nullable', async () => {
  const answer = await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: writer, json: {
    name: name('nulls'), encoder_name: 'multimodal', allowed_asset_types: ['image'], description: null,
    keyframe_uniform_fps_sampling_rate: null, metadata_fields_to_index: null, metadata_fields_to_embed: null,
    dataset_config: {
      embedding_id: { image: plain.dataset_config.embedding_id.image }, encoder_name: { image: 'multimodal' },
      extra_config: null, hybrid_search: null, context_studio_enabled: null, celebrity_detection_enabled: null,
      metadata_fields_to_index: null, metadata_fields_to_embed: null, agentic_search_metadata_description: null,
      asset_identifier_key: null, context_studio_export_json_connection_name: null,
    },
  }, expect: 200 });
  assert.equal(answer.body.dataset_config.celebrity_detection_enabled, false);
  await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: writer,
    json: { name: name('null_config'), encoder_name: 'multimodal', dataset_config: null }, expect: 200 });
});

test('create: 403 for a reader, and for a writer who sends dataset_id', async () => {
  const byReader = await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: reader,
    json: { name: name('by_reader'), encoder_name: 'multimodal' }, expect: 403 });
  assertDetail(byReader.body);
  const withId = await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: writer,
    json: { name: name('by_writer'), encoder_name: 'multimodal', dataset_id: randomUUID() }, expect: 403 });
  assertDetail(withId.body);
});

test('create: 409 for a name taken (case-insensitively) and for an id taken', async () => {
  const sameName = await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: admin,
    json: { name: plain.name.toUpperCase(), encoder_name: 'multimodal' }, expect: 409 });
  assertDetail(sameName.body);
  const sameId = await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: admin,
    json: { name: name('id_taken'), encoder_name: 'multimodal', dataset_id: plain.id }, expect: 409 });
  assertDetail(sameId.body);
});

test('create: 413 for a body over 1 MiB', async () => {
  const answer = await call('createDataset', { via: 'raw', method: 'POST', path: '/api/v1/datasets',
    token: admin, json: { name: name('huge'), encoder_name: 'multimodal', description: 'x'.repeat(1_100_000) },
    expect: 413 });
  assertDetail(answer.body);
});

test('create: 415 for a body that is not JSON', async () => {
  const answer = await call('createDataset', { via: 'raw', method: 'POST', path: '/api/v1/datasets',
    token: admin, headers: { 'content-type': 'text/plain' }, body: 'name=plain', expect: 415 });
  assertDetail(answer.body);
});

test('create: 422 lists every problem of a wrong body', async () => {
  const many = await call('createDataset', { via: 'raw', method: 'POST', path: '/api/v1/datasets',
    token: admin, json: {
      name: 'has-dash', encoder_name: 'audio', allowed_asset_types: [], keyframe_sampling_method: 'random',
      keyframe_uniform_fps_sampling_rate: 6, description: 'd'.repeat(2001),
      metadata_fields_to_index: ['ok', ' ', 'x'.repeat(256), 'ok'],
    }, expect: 422 });
  assertValidationEnvelope(many.body, ['body', 'name'], ['body', 'encoder_name'], ['body', 'allowed_asset_types'],
    ['body', 'keyframe_sampling_method'], ['body', 'keyframe_uniform_fps_sampling_rate'], ['body', 'description'],
    ['body', 'metadata_fields_to_index', 2]);
  const missing = await call('createDataset', { via: 'raw', method: 'POST', path: '/api/v1/datasets',
    token: admin, json: {}, expect: 422 });
  assertValidationEnvelope(missing.body, ['body', 'name'], ['body', 'encoder_name']);
  assert.ok(missing.body.detail.every((problem) => problem.type === 'missing'));
  // One wrongly typed value per body: the service reports only the first such problem (not what the contract
  // says: every problem listed), so each is checked on its own.
  for (const [field, value, type] of [['name', 5, 'string_type'], ['store_original', 'yes', 'bool_parsing'],
    ['dataset_id', 'nope', 'uuid_parsing'], ['keyframe_uniform_fps_sampling_rate', 'fast', 'float_parsing'],
    ['metadata_fields_to_index', 'sku', null]]) {
    const wrongType = await call('createDataset', { via: 'raw', method: 'POST', path: '/api/v1/datasets',
      token: admin, json: { name: name('typed'), encoder_name: 'multimodal', [field]: value }, expect: 422 });
    assertValidationEnvelope(wrongType.body, ['body', field]);
    if (type) assert.equal(wrongType.body.detail[0].type, type);
  }
  const notAnObject = await call('createDataset', { via: 'raw', method: 'POST', path: '/api/v1/datasets',
    token: admin, json: ['a'], expect: 422 });
  assertValidationEnvelope(notAnObject.body);
  // Prism never answers a request whose JSON it cannot parse: this one goes straight to the service.
  const notJson = await callDirect({ method: 'POST', path: '/api/v1/datasets', headers: {
    authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: '{"name": ' });
  assert.equal(notJson.status, 422, 'create with broken JSON, straight to the service');
  assertValidationEnvelope(notJson.body, ['body']);
  assert.equal(notJson.body.detail[0].type, 'json_invalid');
});

test('create: 422 for a well-formed request that breaks a rule (a config that disagrees)', async () => {
  const answer = await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: admin, json: {
    name: name('disagrees'), encoder_name: 'multimodal',
    dataset_config: { embedding_id: { image: randomUUID() }, encoder_name: { image: 'resnet-50' } },
  }, expect: 422 });
  assertValidationEnvelope(answer.body);
  assert.ok(answer.body.detail.every((problem) => problem.loc[0] === 'body'));
});

test('get by id: 200 with an ETag, 403 without a role, 404 unknown or another organization\'s', async () => {
  const answer = await call('getDatasetById', { path: `/api/v1/datasets/${plain.id}`, token: reader,
    expect: 200 });
  assert.deepEqual(answer.body, plain);
  assert.ok(answer.headers.get('etag'));
  await call('getDatasetById', { path: `/api/v1/datasets/${plain.id}?include_deleted=true`, token: reader,
    expect: 200 });
  assertDetail((await call('getDatasetById', { path: `/api/v1/datasets/${plain.id}`, token: nobody,
    expect: 403 })).body);
  assertDetail((await call('getDatasetById', { path: `/api/v1/datasets/${unknownId}`, token: reader,
    expect: 404 })).body);
  assertDetail((await call('getDatasetById', { path: `/api/v1/datasets/${plain.id}`, token: stranger,
    expect: 404 })).body);
});

test('get by id: 422 for a bad uuid in the path and a bad query value', async () => {
  const badId = await call('getDatasetById', { via: 'raw', path: '/api/v1/datasets/not-a-uuid', token: admin,
    expect: 422 });
  assertValidationEnvelope(badId.body, ['path', 'dataset_id']);
  const badFlag = await call('getDatasetById', { via: 'raw', path: `/api/v1/datasets/${plain.id}?include_deleted=maybe`,
    token: admin, expect: 422 });
  assertValidationEnvelope(badFlag.body, ['query', 'include_deleted']);
});

test('config: 200, 403, 404 and 422', async () => {
  const answer = await call('getDatasetConfig', { path: `/api/v1/datasets/${full.id}/config`, token: reader,
    expect: 200 });
  assert.equal(answer.body.dataset_id, full.id);
  assert.equal(answer.body.asset_identifier_key, 'sku');
  await call('getDatasetConfig', { path: `/api/v1/datasets/${plain.id}/config?include_deleted=false`,
    token: reader, expect: 200 });
  assertDetail((await call('getDatasetConfig', { path: `/api/v1/datasets/${plain.id}/config`, token: nobody,
    expect: 403 })).body);
  assertDetail((await call('getDatasetConfig', { path: `/api/v1/datasets/${unknownId}/config`, token: reader,
    expect: 404 })).body);
  assertDetail((await call('getDatasetConfig', { path: `/api/v1/datasets/${plain.id}/config`, token: stranger,
    expect: 404 })).body);
  const badId = await call('getDatasetConfig', { via: 'raw', path: '/api/v1/datasets/123/config', token: admin,
    expect: 422 });
  assertValidationEnvelope(badId.body, ['path', 'dataset_id']);
  const badFlag = await call('getDatasetConfig', { via: 'raw',
    path: `/api/v1/datasets/${plain.id}/config?include_deleted=2`, token: admin, expect: 422 });
  assertValidationEnvelope(badFlag.body, ['query', 'include_deleted']);
});

test('list: 200 with every filter, and the page arithmetic', async () => {
  const all = await call('getDatasets', { path: '/api/v1/datasets', token: reader, expect: 200 });
  assert.ok(all.body.data.some((dataset) => dataset.id === plain.id));
  const query = new URLSearchParams([
    ['dataset_ids', plain.id], ['dataset_ids', full.id], ['status', 'active'], ['status', 'inactive'],
    ['allowed_asset_types', 'video'], ['keyframe_sampling_method', 'uniform'], ['store_original', 'false'],
    ['store_preview', 'true'], ['created_before', '2999-01-01T00:00:00Z'],
    ['created_after', '2000-01-01T00:00:00.123456Z'], ['last_updated_before', '2999-01-01T00:00:00Z'],
    ['last_updated_after', '2000-01-01T00:00:00Z'], ['name_pattern', `full_${run}`],
    ['celebrity_detection_enabled', 'false'], ['context_studio_enabled', 'true'],
    ['skip', '0'], ['limit', '10'], ['include_deleted', 'false'],
  ]);
  const filtered = await call('getDatasets', { path: `/api/v1/datasets?${query}`, token: reader, expect: 200 });
  assert.deepEqual(filtered.body.data.map((dataset) => dataset.id), [full.id]);
  assert.deepEqual(filtered.body.meta.page, { current_page: 1, last_page: 1, limit: 10, offset: 0, total: 1 });
  const videoModel = await call('getDatasets', { path: '/api/v1/datasets?new_video_data_model=true',
    token: reader, expect: 200 });
  assert.ok(Array.isArray(videoModel.body.data));
  const paged = await call('getDatasets', { path: `/api/v1/datasets?name_pattern=*_${run}&skip=1&limit=1`,
    token: reader, expect: 200 });
  assert.equal(paged.body.meta.page.current_page, 2);
  assert.equal(paged.body.meta.page.offset, 1);
  assert.equal(paged.body.meta.page.last_page, paged.body.meta.page.total);
});

test('list: 403 without a role, 422 for bad query values', async () => {
  assertDetail((await call('getDatasets', { path: '/api/v1/datasets', token: nobody, expect: 403 })).body);
  const cases = [
    ['limit=0', 'limit'], ['limit=1001', 'limit'], ['limit=ten', 'limit'], ['skip=-1', 'skip'],
    ['status=gone', 'status'], ['allowed_asset_types=audio', 'allowed_asset_types'],
    ['keyframe_sampling_method=random', 'keyframe_sampling_method'], ['dataset_ids=42', 'dataset_ids'],
    ['created_before=yesterday', 'created_before'], ['last_updated_after=2026-13-01', 'last_updated_after'],
    ['store_original=maybe', 'store_original'], ['include_deleted=sometimes', 'include_deleted'],
  ];
  for (const [query, parameter] of cases) {
    const answer = await call('getDatasets', { via: 'raw', path: `/api/v1/datasets?${query}`, token: admin,
      expect: 422 });
    assert.equal(answer.body.detail[0].loc[0], 'query', query);
    assert.equal(answer.body.detail[0].loc[1], parameter, query);
  }
  const several = await call('getDatasets', { via: 'raw', path: '/api/v1/datasets?limit=0&skip=-1&status=gone',
    token: admin, expect: 422 });
  assertValidationEnvelope(several.body, ['query', 'limit'], ['query', 'skip']);
});

test('update: 200 with and without If-Match, the new ETag, and what each field does', async () => {
  const read = await call('getDatasetById', { path: `/api/v1/datasets/${plain.id}`, token: reader, expect: 200 });
  const etag = read.headers.get('etag');
  const renamed = await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${plain.id}`,
    token: writer, headers: { 'if-match': etag },
    json: { name: name('plain_renamed'), description: 'now described', status: 'inactive', store_original: false,
      store_preview: false }, expect: 200 });
  assert.equal(renamed.body.status, 'inactive');
  assert.equal(renamed.body.updated_by, 'scenario-user');
  assert.notEqual(renamed.headers.get('etag'), etag);
  plain = renamed.body;
  const cleared = await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${plain.id}`,
    token: writer, json: { description: null, status: 'active' }, expect: 200 });
  assert.equal(cleared.body.description, null);
  const config = await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${full.id}`,
    token: writer, json: { dataset_config: { ...full.dataset_config, celebrity_detection_enabled: true } },
    expect: 200 });
  assert.equal(config.body.dataset_config.celebrity_detection_enabled, true);
  full = config.body;
});

test('update: 403, 404, 409, 412, 413, 415 and 422', async () => {
  const path = `/api/v1/datasets/${plain.id}`;
  assertDetail((await call('updateDatasetById', { method: 'PATCH', path, token: reader,
    json: { description: 'x' }, expect: 403 })).body);
  assertDetail((await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${unknownId}`,
    token: writer, json: { description: 'x' }, expect: 404 })).body);
  assertDetail((await call('updateDatasetById', { method: 'PATCH', path, token: stranger,
    json: { description: 'x' }, expect: 404 })).body);
  assertDetail((await call('updateDatasetById', { method: 'PATCH', path, token: writer,
    json: { name: full.name.toLowerCase() }, expect: 409 })).body);
  assertDetail((await call('updateDatasetById', { method: 'PATCH', path, token: writer,
    headers: { 'if-match': '"stale-version"' }, json: { description: 'x' }, expect: 412 })).body);
  assertDetail((await call('updateDatasetById', { via: 'raw', method: 'PATCH', path, token: writer,
    json: { description: 'x'.repeat(1_100_000) }, expect: 413 })).body);
  assertDetail((await call('updateDatasetById', { via: 'raw', method: 'PATCH', path, token: writer,
    headers: { 'content-type': 'text/plain' }, body: 'description=x', expect: 415 })).body);
  const shapes = await call('updateDatasetById', { via: 'raw', method: 'PATCH', path, token: writer,
    json: { name: null, status: 'deleted', description: 'd'.repeat(2001) }, expect: 422 });
  assertValidationEnvelope(shapes.body, ['body', 'name'], ['body', 'status'], ['body', 'description']);
  const wrongType = await call('updateDatasetById', { via: 'raw', method: 'PATCH', path, token: writer,
    json: { store_preview: 'no' }, expect: 422 });
  assertValidationEnvelope(wrongType.body, ['body', 'store_preview']);
  const changesEncoder = await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${full.id}`,
    token: writer, json: { dataset_config: { ...full.dataset_config, encoder_name: { video: 'resnet-50' } } },
    expect: 422 });
  assertValidationEnvelope(changesEncoder.body);
  const badId = await call('updateDatasetById', { via: 'raw', method: 'PATCH', path: '/api/v1/datasets/x',
    token: writer, json: { description: 'x' }, expect: 422 });
  assertValidationEnvelope(badId.body, ['path', 'dataset_id']);
});

// The spec declares these update fields nullable, as the reference API does; a null leaves them as they are.
test('update: null store_original and store_preview, which the spec allows', async () => {
  await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${plain.id}`, token: writer,
    json: { store_original: null, store_preview: null }, expect: 200 });
});

test('update: null dataset_config, which the spec allows', async () => {
  await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${plain.id}`, token: writer,
    json: { dataset_config: null }, expect: 200 });
});

test('delete: 403, 404, 412 and 422', async () => {
  const path = `/api/v1/datasets/${plain.id}`;
  assertDetail((await call('deleteDatasetById', { method: 'DELETE', path, token: reader, expect: 403 })).body);
  assertDetail((await call('deleteDatasetById', { method: 'DELETE', path: `/api/v1/datasets/${unknownId}`,
    token: writer, expect: 404 })).body);
  assertDetail((await call('deleteDatasetById', { method: 'DELETE', path, token: stranger, expect: 404 })).body);
  assertDetail((await call('deleteDatasetById', { method: 'DELETE', path, token: writer,
    headers: { 'if-match': '"0"' }, expect: 412 })).body);
  const badId = await call('deleteDatasetById', { via: 'raw', method: 'DELETE', path: '/api/v1/datasets/%20',
    token: writer, expect: 422 });
  assertValidationEnvelope(badId.body, ['path', 'dataset_id']);
});

test('delete: 200 marks it deleting and frees the name; the worker makes it deleted; then 404', async () => {
  const read = await call('getDatasetById', { path: `/api/v1/datasets/${plain.id}`, token: reader, expect: 200 });
  const deleting = await call('deleteDatasetById', { method: 'DELETE', path: `/api/v1/datasets/${plain.id}`,
    token: writer, headers: { 'if-match': read.headers.get('etag') }, expect: 200 });
  assert.ok(['deleting', 'deleted'].includes(deleting.body.status));
  assert.equal(deleting.body.deleted_by, 'scenario-user');
  // the name is free at once
  await call('createDataset', { method: 'POST', path: '/api/v1/datasets', token: writer,
    json: { name: plain.name, encoder_name: 'multimodal' }, expect: 200 });
  // while deleting: 409 on update, 200 on delete again; the worker may already have finished (then 404)
  await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${plain.id}`, token: writer,
    json: { description: 'too late' }, expect: [409, 404] });
  await call('deleteDatasetById', { method: 'DELETE', path: `/api/v1/datasets/${plain.id}`, token: writer,
    expect: [200, 404] });
  let status = deleting.body.status;
  for (let i = 0; i < 60 && status !== 'deleted'; i++) {
    await sleep(250);
    const seen = await call('getDatasetById', { path: `/api/v1/datasets/${plain.id}?include_deleted=true`,
      token: reader, expect: 200 });
    status = seen.body.status;
    if (status === 'deleted') assert.ok(seen.body.deleted_dt);
  }
  assert.equal(status, 'deleted', 'the deletion worker did not finish within 15 s');
  await call('getDatasetById', { path: `/api/v1/datasets/${plain.id}`, token: reader, expect: 404 });
  await call('getDatasetConfig', { path: `/api/v1/datasets/${plain.id}/config?include_deleted=true`,
    token: reader, expect: 200 });
  await call('getDatasetConfig', { path: `/api/v1/datasets/${plain.id}/config`, token: reader, expect: 404 });
  await call('updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${plain.id}`, token: writer,
    json: { description: 'gone' }, expect: 404 });
  await call('deleteDatasetById', { method: 'DELETE', path: `/api/v1/datasets/${plain.id}`, token: writer,
    expect: 404 });
  const listed = await call('getDatasets', { path: `/api/v1/datasets?dataset_ids=${plain.id}&include_deleted=true`,
    token: reader, expect: 200 });
  assert.equal(listed.body.data[0].status, 'deleted');
});

test('login: 429 with Retry-After once a client id has failed too often, even with the right secret', async () => {
  const guessed = `guessed-${run}`;
  let refused = null;
  for (let i = 0; i < 30 && !refused; i++) {
    const answer = await callDirect({ method: 'POST', path: '/api/v0/login',
      headers: { authorization: basic(guessed, `guess-${i}`) } });
    if (answer.status === 429) refused = answer;
    else assert.equal(answer.status, 401, `guess ${i}`);
  }
  assert.ok(refused, 'no 429 after 30 wrong secrets');
  const answer = await call('login', { method: 'POST', path: '/api/v0/login',
    headers: { authorization: basic(guessed, 'any') }, expect: 429 });
  assertDetail(answer.body);
  assert.ok(Number(answer.headers.get('retry-after')) >= 1);
});

test('every /api/v1 operation: 429 with Retry-After once the organization has spent its allowance', async () => {
  const allowance = Number(process.env.RATE_LIMIT_REQUESTS ?? 0);
  assert.ok(allowance > 0, 'the service runs with a known allowance (RATE_LIMIT_REQUESTS)');
  const spender = mintToken({ roles: ['admin'], org: `spender-${run}` });
  const spent = await callDirect({ path: '/api/v1/encoders', headers: { authorization: `Bearer ${spender}` } });
  assert.equal(spent.status, 200);
  const limit = Number(spent.headers.get('ratelimit-limit'));
  assert.equal(limit, allowance, 'RateLimit-Limit');
  assert.ok(Number(spent.headers.get('ratelimit-remaining')) < limit, 'RateLimit-Remaining');
  assert.ok(Number(spent.headers.get('ratelimit-reset')) >= 1, 'RateLimit-Reset');
  // spends what is left, and what refilled since the last call
  const spendAll = async () => {
    for (let i = 0; i <= allowance; i++) {
      const answer = await callDirect({ path: '/api/v1/encoders', headers: { authorization: `Bearer ${spender}` } });
      if (answer.status === 429) return;
    }
    assert.fail(`no 429 after ${allowance + 1} requests`);
  };
  const id = randomUUID();
  const requests = [
    ['createDataset', { method: 'POST', path: '/api/v1/datasets', json: { name: name('spent'), encoder_name: 'multimodal' } }],
    ['getDatasets', { path: '/api/v1/datasets' }],
    ['getDatasetById', { path: `/api/v1/datasets/${id}` }],
    ['updateDatasetById', { method: 'PATCH', path: `/api/v1/datasets/${id}`, json: { description: 'x' } }],
    ['deleteDatasetById', { method: 'DELETE', path: `/api/v1/datasets/${id}` }],
    ['getDatasetConfig', { path: `/api/v1/datasets/${id}/config` }],
    ['listAvailableEncoders', { path: '/api/v1/encoders' }],
    ['getEvents', { path: '/api/v1/events' }],
  ];
  for (const [op, request] of requests) {
    await spendAll();
    const answer = await call(op, { ...request, token: spender, expect: 429 });
    assertDetail(answer.body);
    assert.ok(Number(answer.headers.get('retry-after')) >= 1, `${op}: Retry-After`);
    assert.equal(answer.headers.get('ratelimit-remaining'), '0', `${op}: RateLimit-Remaining`);
  }
});

test('events: 200 with the feed and its cursor, 403 without a role, 422 for a bad cursor or limit', async () => {
  const page = await call('getEvents', { path: '/api/v1/events?limit=5', token: reader, expect: 200 });
  assert.ok(Array.isArray(page.body.data));
  assert.ok(page.body.data.length <= 5);
  assert.match(page.body.next_cursor, /^[0-9]+$/);
  for (const event of page.body.data) {
    assert.equal(event.specversion, '1.0');
    assert.match(event.subject, uuidPattern);
  }
  await call('getEvents', { path: `/api/v1/events?after=${page.body.next_cursor}`, token: reader, expect: 200 });
  assertDetail((await call('getEvents', { path: '/api/v1/events', token: nobody, expect: 403 })).body);
  const badCursor = await call('getEvents', { via: 'raw', path: '/api/v1/events?after=abc', token: reader,
    expect: 422 });
  assertValidationEnvelope(badCursor.body, ['query', 'after']);
  const badLimit = await call('getEvents', { via: 'raw', path: '/api/v1/events?limit=0', token: reader,
    expect: 422 });
  assertValidationEnvelope(badLimit.body, ['query', 'limit']);
});

test('every declared status code was answered, except the documented ones', () => {
  const missing = [];
  for (const [op, statuses] of declaredStatuses()) {
    for (const status of statuses) {
      if (UNPROVOKABLE[status] || UNPROVOKABLE_BY_OPERATION[`${op} ${status}`]) continue;
      if (!covered.get(op)?.has(status)) missing.push(`${op} ${status}`);
    }
  }
  assert.deepEqual(missing, [], `declared but never answered: ${missing.join(', ')}`);
});

after(() => {
  const lines = [...covered].map(([op, statuses]) => `${op}: ${[...statuses].sort().join(' ')}`);
  console.log(`${exchanges.length} exchanges validated by Prism; statuses answered:\n${lines.join('\n')}`);
  console.log(`not provoked: ${Object.entries(UNPROVOKABLE).map(([code, why]) => `${code}: ${why}`).join('; ')}`);
});
