// Helpers for the Prism scenario: calls through the validating proxies, tokens, and the coverage ledger.
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { parse } from 'yaml';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; run the scenario through .ci/prism-scenario.sh`);
  return value;
}

export const env = {
  /** Prism validating requests and responses: a request the spec forbids is answered by Prism, not forwarded. */
  strict: required('PRISM_URL'),
  /** Prism validating responses only: deliberately broken requests reach the service, its answer is checked. */
  raw: required('PRISM_RAW_URL'),
  /** The service itself, only for the few calls that Prism never forwards (see callDirect). */
  service: required('CORPORA_URL'),
  spec: required('SPEC'),
  clientId: process.env.CORPORA_CLIENT_ID ?? 'ci-admin',
  clientSecret: process.env.CORPORA_CLIENT_SECRET ?? 'ci-admin-secret',
  org: process.env.CORPORA_ORG ?? 'ci-org',
  jwtSecret: required('CORPORA_JWT_SECRET'),
};

const spec = parse(readFileSync(env.spec, 'utf8'));
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options', 'trace'];
const operations = new Map(Object.values(spec.paths).flatMap((item) => Object.entries(item)
  .filter(([method]) => METHODS.includes(method)).map(([, op]) => [op.operationId, op])));

function resolve(node) {
  let resolved = node;
  while (resolved && resolved.$ref) {
    resolved = resolved.$ref.slice(2).split('/').reduce((at, key) => at[key], spec);
  }
  return resolved;
}

/** Every operationId with the status codes its responses declare. */
export function declaredStatuses() {
  return new Map([...operations].map(([id, op]) => [id, Object.keys(op.responses)]));
}

/**
 * The properties a value has that its schema does not declare. Prism cannot see them: the spec leaves
 * additionalProperties open (the reference API's schemas do too), so a field the service adds, or a typo in a
 * field's name next to an optional one, would pass. Walks $ref, allOf, arrays and maps.
 */
export function undeclaredFields(value, schemaNode, where = '$') {
  const schema = resolve(schemaNode);
  if (!schema || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) {
    return schema.items ? value.flatMap((item, i) => undeclaredFields(item, schema.items, `${where}[${i}]`)) : [];
  }
  const parts = [schema, ...(schema.allOf ?? []).map(resolve)];
  if (parts.some((part) => part.oneOf || part.anyOf)) return [];
  const properties = Object.assign({}, ...parts.map((part) => part.properties ?? {}));
  const extra = parts.map((part) => part.additionalProperties).find((open) => open !== undefined);
  return Object.entries(value).flatMap(([key, child]) => {
    if (properties[key]) return undeclaredFields(child, properties[key], `${where}.${key}`);
    if (extra && typeof extra === 'object') return undeclaredFields(child, extra, `${where}.${key}`);
    return extra === true ? [] : [`${where}.${key}`];
  });
}

function responseSchema(op, status) {
  const response = resolve(operations.get(op)?.responses?.[String(status)]);
  return response?.content?.['application/json']?.schema;
}

/** operationId -> set of statuses the service answered through Prism, checked and valid. */
export const covered = new Map();
/** Every exchange, for the summary. */
export const exchanges = [];

function record(op, status) {
  if (!covered.has(op)) covered.set(op, new Set());
  covered.get(op).add(String(status));
}

/**
 * One call through a Prism proxy. Fails on anything Prism said about the exchange (an sl-violations header,
 * warnings included), on an answer Prism made itself (problem+json: a violation with --errors, or a request
 * it refused to forward), on 501 (Prism would re-mock it), and on any status other than the expected ones.
 */
export async function call(op, { via = 'strict', method = 'GET', path, token, headers = {}, json, body,
  expect }) {
  const base = via === 'raw' ? env.raw : env.strict;
  const sent = { ...headers };
  if (token !== undefined && token !== null) sent.authorization = `Bearer ${token}`;
  let payload = body;
  if (json !== undefined) {
    payload = JSON.stringify(json);
    sent['content-type'] ??= 'application/json';
  }
  const response = await fetch(base + path, { method, headers: sent, body: payload });
  const text = await response.text();
  const what = `${op}: ${method} ${path} via ${via} proxy answered ${response.status}`;
  exchanges.push(`${op} ${method} ${path} -> ${response.status}`);
  assert.notEqual(response.status, 501, `${what}; 501 must never appear`);
  const violations = response.headers.get('sl-violations');
  assert.equal(violations, null, `${what} with violations: ${violations}\n${text}`);
  const type = response.headers.get('content-type') ?? '';
  assert.ok(!type.includes('problem+json'), `${what}; Prism answered itself:\n${text}`);
  const expected = [expect].flat().map(Number);
  assert.ok(expected.includes(response.status), `${what}, expected ${expected.join(' or ')}:\n${text}`);
  let parsed = null;
  if (text.length > 0) {
    assert.match(type, /^application\/json/, `${what} with content-type ${type}`);
    parsed = JSON.parse(text);
    const undeclared = undeclaredFields(parsed, responseSchema(op, response.status));
    assert.deepEqual(undeclared, [], `${what} with fields the spec does not declare`);
  }
  record(op, response.status);
  return { status: response.status, headers: response.headers, body: parsed };
}

/**
 * A call straight to the service, for the only requests Prism never forwards: no credentials at all (Prism's
 * own security check answers 401 first) and a body that is not JSON (Prism never answers it). The caller checks
 * the service's answer by hand against the envelope.
 */
export async function callDirect({ method = 'GET', path, headers = {}, body }) {
  const response = await fetch(env.service + path, { method, body, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

function base64url(value) {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** An HS256 access token with the contract's claims, signed with the service's secret (or another). */
export function mintToken({ roles = ['reader'], org = env.org, sub = 'scenario-user', expiresIn = 600,
  secret = env.jwtSecret, alg = 'HS256' } = {}) {
  const now = Math.floor(Date.now() / 1000);
  const head = base64url({ alg });
  const claims = base64url({ sub, org_id: org, roles, iss: 'corpora', aud: 'corpora', iat: now,
    exp: now + expiresIn, jti: randomUUID() });
  if (alg === 'none') return `${head}.${claims}.`;
  const signature = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${head}.${claims}`)
    .digest('base64url');
  return `${head}.${claims}.${signature}`;
}

export function basic(id, secret) {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

/** The 422 envelope: every item has a loc starting with body, query, path or header, a msg and a type. */
export function assertValidationEnvelope(body, ...expectedLocs) {
  assert.ok(Array.isArray(body.detail) && body.detail.length > 0, JSON.stringify(body));
  for (const problem of body.detail) {
    assert.ok(['body', 'query', 'path', 'header'].includes(problem.loc[0]), JSON.stringify(problem));
    assert.equal(typeof problem.msg, 'string');
    assert.equal(typeof problem.type, 'string');
  }
  const locs = body.detail.map((problem) => JSON.stringify(problem.loc));
  for (const loc of expectedLocs) {
    assert.ok(locs.includes(JSON.stringify(loc)), `no problem at ${JSON.stringify(loc)} in ${locs.join(' ')}`);
  }
}

/** Any other error: {"detail": "a sentence"}. */
export function assertDetail(body) {
  assert.equal(typeof body.detail, 'string', JSON.stringify(body));
  assert.ok(body.detail.length > 0);
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
