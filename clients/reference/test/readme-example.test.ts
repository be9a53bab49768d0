// Runs the example of README.md (the ```js block between `<!-- example:reference -->` and
// `<!-- /example:reference -->`) exactly as written, as the ES module a reader would save in clients/reference, in its
// own node process against the running Corpora; then reads back what it created. A broken example fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { Configuration, DatasetsDatasetApi, DatasetStatusEnum } from '../generated/src/index';
import { basePath, clientId, clientSecret, login, runPrefix } from './support';

const clientDir = resolve(__dirname, '../..');
const readme = join(clientDir, '../../README.md');

/** The one ```js block between the reference markers of README.md. */
function readmeExample(): string {
  const text = readFileSync(readme, 'utf8');
  const block = /<!-- example:reference -->\n([\s\S]*?)<!-- \/example:reference -->/.exec(text);
  assert.ok(block, `${readme} has no <!-- example:reference --> ... <!-- /example:reference --> block`);
  const code = [...block[1].matchAll(/^```js\n([\s\S]*?)^```$/gm)];
  assert.equal(code.length, 1, 'the reference block holds exactly one ```js example');
  return code[0][1];
}

test('README example: log in with fetch, create and get with the reference client', { timeout: 60_000 }, async () => {
  // Inside the package, so that its name ('@corpora/reference-datasets-client') resolves to the built client.
  const file = join(clientDir, 'dist/readme-example.mjs');
  writeFileSync(file, readmeExample());
  const name = `${runPrefix()}readme`;

  const { stdout } = await promisify(execFile)(process.execPath, [file], {
    cwd: clientDir,
    timeout: 30_000,
    env: {
      ...process.env,
      CORPORA_URL: basePath,
      CORPORA_CLIENT_ID: clientId,
      CORPORA_CLIENT_SECRET: clientSecret,
      DATASET_NAME: name,
    },
  }).catch((error: { code?: number; stdout?: string; stderr?: string }) => {
    assert.fail(`the README example exited with ${error.code}:\n${error.stderr ?? ''}${error.stdout ?? ''}`);
  });

  const printed = /^([0-9a-f-]{36}) (\S+) (\S+)\n$/.exec(stdout);
  assert.ok(printed, `the example prints "<id> <name> <status>", not ${JSON.stringify(stdout)}`);
  const [, id, printedName, status] = printed;
  assert.equal(printedName, name);
  assert.equal(status, DatasetStatusEnum.Active);

  const token = await (await login()).json() as { access_token: string };
  const datasets = new DatasetsDatasetApi(new Configuration({ basePath, accessToken: token.access_token }));
  const stored = await datasets.getDatasetByIdApiV1DatasetsDatasetIdGet({ datasetId: id });
  assert.equal(stored.name, name);
  assert.equal(stored.createdBy, clientId);
});
