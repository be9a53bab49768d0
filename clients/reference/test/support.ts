// What the reference client's tests share: the environment, logging in, and reading failures.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';

import { FetchError, ResponseError } from '../generated/src/index';

const url = process.env.CORPORA_URL;
if (!url) {
  throw new Error('CORPORA_URL is not set: point it at a running Corpora, e.g. http://127.0.0.1:18080');
}
export const basePath = url.replace(/\/+$/, '');
export const clientId = process.env.CORPORA_CLIENT_ID ?? 'ci-admin';
export const clientSecret = process.env.CORPORA_CLIENT_SECRET ?? 'ci-admin-secret';

/** A prefix unique to the run (`scn_ref_<8 hex>_`): every name a test creates starts with it. */
export function runPrefix(): string {
  return `scn_ref_${randomBytes(4).toString('hex')}_`;
}

/**
 * POST /api/v0/login with HTTP Basic and `{"grant_type": "client_credentials"}`, through plain fetch: the reference
 * spec has no login operation (its tokens come from elsewhere), so its generated client cannot log in.
 */
export function login(): Promise<Response> {
  return fetch(`${basePath}/api/v0/login`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ grant_type: 'client_credentials' }),
  });
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

/**
 * Awaits a call that must fail with this HTTP status; returns the response for its body. The reference declares only
 * 200 and 422, so every other status reaches the caller as the generated client's untyped ResponseError.
 */
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

/** What an earlier step left for a later one; fails naming that step when it did not get that far. */
export function from<T>(value: T | undefined, step: string): T {
  assert.ok(value !== undefined, `needs what ${step} creates, and ${step} did not get that far`);
  return value;
}
