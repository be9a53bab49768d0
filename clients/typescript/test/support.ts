// What the scenario and the checks beyond it share: the environment, logging in, and reading failures as typed data.
import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';

import {
  AuthApi,
  Configuration,
  DatasetsApi,
  EncodersApi,
  FetchError,
  HTTPValidationError,
  HTTPValidationErrorFromJSON,
  ResponseError,
  ValidationError,
} from '../generated/src/index';

const url = process.env.CORPORA_URL;
if (!url) {
  throw new Error('CORPORA_URL is not set: point it at a running Corpora, e.g. http://127.0.0.1:18080');
}
export const basePath = url.replace(/\/+$/, '');
export const clientId = process.env.CORPORA_CLIENT_ID ?? 'ci-admin';
export const clientSecret = process.env.CORPORA_CLIENT_SECRET ?? 'ci-admin-secret';

/** A prefix unique to the run (`scn_ts_<8 hex>_`): every name a test creates starts with it, so runs never collide. */
export function runPrefix(): string {
  return `scn_ts_${randomBytes(4).toString('hex')}_`;
}

export function authApi(secret = clientSecret): AuthApi {
  return new AuthApi(new Configuration({ basePath, username: clientId, password: secret }));
}

/** The generated APIs, sending `Authorization: Bearer <token>`. */
export function apisWith(accessToken: string): { datasets: DatasetsApi; encoders: EncodersApi } {
  const configuration = new Configuration({ basePath, accessToken });
  return { datasets: new DatasetsApi(configuration), encoders: new EncodersApi(configuration) };
}

/** Why a call failed, in a sentence: the HTTP status and body, or the network error under the generated FetchError. */
export async function reason(error: unknown): Promise<string> {
  if (error instanceof ResponseError) {
    return `HTTP ${error.response.status} ${await error.response.text()}`;
  }
  if (error instanceof FetchError) {
    const cause = error.cause as { message?: string; cause?: { code?: string } } | undefined;
    return `${cause?.message ?? error.message}${cause?.cause?.code ? ` (${cause.cause.code})` : ''}`;
  }
  return String(error);
}

/** Logs in through the generated AuthApi; a failure names the service and the cause. */
export async function logIn(): Promise<string> {
  const token = await authApi().login({ loginRequest: { grantType: 'client_credentials' } }).catch(async (error: unknown) => {
    throw new Error(`cannot log in to Corpora at ${basePath} as ${clientId}: ${await reason(error)}`);
  });
  return token.accessToken;
}

/** Awaits a call that must fail with this HTTP status; returns the response for its body. */
export async function failsWith(call: Promise<unknown>, status: number): Promise<Response> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof ResponseError) || error.response.status !== status) {
      assert.fail(`expected HTTP ${status}, got ${await reason(error)}`);
    }
    return error.response;
  }
  assert.fail(`expected HTTP ${status}, but the call succeeded`);
}

/** The 422 body as the generated type. */
export async function validationErrorOf(call: Promise<unknown>): Promise<HTTPValidationError> {
  const response = await failsWith(call, 422);
  return HTTPValidationErrorFromJSON(await response.json());
}

export function problemAt(error: HTTPValidationError, ...loc: Array<string | number>): ValidationError {
  const found = error.detail.find((problem) => JSON.stringify(problem.loc) === JSON.stringify(loc));
  assert.ok(found, `no problem at ${JSON.stringify(loc)} in ${JSON.stringify(error.detail)}`);
  return found;
}

/** A token the service did not issue, signed with its secret (HS256), as an identity provider's would be. */
export function signHs256(claims: object, secret: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** What an earlier step left for a later one; fails naming that step when it did not get that far. */
export function from<T>(value: T | undefined, step: string): T {
  assert.ok(value !== undefined, `needs what ${step} creates, and ${step} did not get that far`);
  return value;
}
