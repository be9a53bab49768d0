// The docs pages of a running Corpora, used in Debian's headless Chromium as a person would: Swagger UI lists
// every operation of the spec, takes a bearer token through "Authorize" and runs Create Dataset against this
// service; Redoc renders every operation. Every request the pages make must stay on the service's origin: the
// docs have to work offline.
//
//   CORPORA_URL=http://127.0.0.1:18080 npm test
//
// CORPORA_CLIENT_ID / CORPORA_CLIENT_SECRET (default ci-admin / ci-admin-secret, see .ci/service.sh) name a client
// allowed to create datasets; CHROMIUM overrides /usr/bin/chromium. Screenshots go to <repo>/target/browser/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = (process.env.CORPORA_URL ?? 'http://127.0.0.1:18080').replace(/\/$/, '');
const clientId = process.env.CORPORA_CLIENT_ID ?? 'ci-admin';
const clientSecret = process.env.CORPORA_CLIENT_SECRET ?? 'ci-admin-secret';
const screenshots = fileURLToPath(new URL('../../target/browser/', import.meta.url));

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

let userDataDir;
let browser;
let operations;
let token;
const offOrigin = [];
const pageErrors = [];

before(async () => {
  operations = operationsOf(await (await fetch(`${base}/openapi.json`)).json());
  assert.ok(operations.length > 0, 'the served spec has no operations');
  token = await logIn();

  // launchPersistentContext passes --user-data-dir itself: a fresh profile for every run
  userDataDir = await mkdtemp(join(tmpdir(), 'corpora-chromium-'));
  browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 1000 },
  });
  browser.setDefaultTimeout(20_000);
  await browser.route('**/*', (route) => {
    if (new URL(route.request().url()).origin === new URL(base).origin) {
      return route.continue();
    }
    offOrigin.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await mkdir(screenshots, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (userDataDir) {
    await rm(userDataDir, { recursive: true, force: true });
  }
});

test('Swagger UI at /docs lists every operation of the spec', async () => {
  const page = await open('/docs');
  await page.locator('.opblock').first().waitFor();

  for (const { tag, operationId, method, path } of operations) {
    const block = page.locator(`[id="operations-${tag}-${operationId}"]`);
    assert.equal(await block.count(), 1, `${operationId} is not listed`);
    assert.equal((await block.locator('.opblock-summary-method').textContent()).toLowerCase(), method);
    assert.equal(await block.locator('.opblock-summary-path').getAttribute('data-path'), path);
  }
  assert.equal(await page.locator('.opblock').count(), operations.length, 'the page lists operations the spec does not');
  console.log(`Swagger UI lists all ${operations.length} operations: ${operations.map((o) => o.operationId).join(', ')}`);
  assertCleanPage();
  await page.close();
});

test('Swagger UI authorizes with a bearer token and runs Create Dataset against this service', async () => {
  const page = await open('/docs');

  await page.locator('.scheme-container button.authorize').click();
  const bearer = page.locator('.modal-ux .auth-container').filter({ hasText: 'bearerAuth' });
  await bearer.locator('input').fill(token);
  await bearer.locator('button.authorize').click();
  await bearer.getByText('Authorized').waitFor();
  await bearer.locator('button.btn-done').click();
  await page.locator('.modal-ux').waitFor({ state: 'detached' });

  const create = page.locator('[id="operations-datasets-createDataset"]');
  await create.locator('.opblock-summary-control').click();
  await create.locator('button.try-out__btn').click();
  const name = `browser_${Date.now()}`;
  await create.locator('textarea.body-param__text').fill(JSON.stringify(
    { name, encoder_name: 'multimodal', description: 'Created from Swagger UI by the browser test.' }, null, 2));
  await create.locator('button.execute').click();

  const status = create.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor();
  const body = await create.locator('.live-responses-table tbody .response-col_description pre').first().textContent();
  assert.equal((await status.textContent()).trim(), '200', `Create Dataset answered: ${body}`);
  assert.equal(JSON.parse(body).name, name);
  assert.equal((await create.locator('.request-url pre').textContent()).trim(), `${base}/api/v1/datasets`,
    '"Try it out" must call the service that serves the page');

  // from the top (servers, Authorize) down to the live response, not the whole long page
  const response = await create.locator('.live-responses-table').first().boundingBox();
  const scroll = await page.evaluate(() => window.scrollY);
  await page.screenshot({ path: join(screenshots, 'docs.png'), fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: Math.ceil(scroll + response.y + response.height + 16) } });
  console.log(`created ${name} from Swagger UI; screenshots in ${screenshots}`);
  assertCleanPage();
  await page.close();
});

test('Redoc at /redoc renders every operation of the spec', async () => {
  const page = await open('/redoc');
  await page.locator('[id="tag/datasets/operation/createDataset"]').waitFor();

  for (const { tag, operationId } of operations) {
    assert.equal(await page.locator(`[id="tag/${tag}/operation/${operationId}"]`).count(), 1,
      `${operationId} is not rendered`);
  }
  await page.screenshot({ path: join(screenshots, 'redoc.png') });
  assertCleanPage();
  await page.close();
});

async function open(path) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  const response = await page.goto(`${base}${path}`);
  assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
  return page;
}

function assertCleanPage() {
  assert.deepEqual(offOrigin, [], 'the docs pages must not load anything from elsewhere');
  assert.deepEqual(pageErrors, [], 'the docs pages threw errors');
}

async function logIn() {
  const response = await fetch(`${base}/api/v0/login`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ grant_type: 'client_credentials' }),
  });
  const body = await response.text();
  assert.equal(response.status, 200, `login answered ${response.status}: ${body}`);
  return JSON.parse(body).access_token;
}

function operationsOf(spec) {
  const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
  return Object.entries(spec.paths).flatMap(([path, item]) => Object.entries(item)
    .filter(([method]) => methods.includes(method))
    .map(([method, operation]) => ({ tag: operation.tags?.[0] ?? 'default', operationId: operation.operationId, method, path })));
}
