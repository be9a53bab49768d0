// Merges the reference API's three OpenAPI files (shared/reference: datasets, dataset config, encoders) into one
// document that openapi-generator's typescript-fetch can read, and writes it to build/reference-openapi.yml.
// The files themselves are never edited: their quirks are worked around here, each one named below, and anything
// this script does not know how to carry over stops it, so a new quirk cannot slip into the client unnoticed.
//
//   1. Schema names carry a `datasets:` prefix; the generator rejects the colon. The prefix goes, and every $ref
//      with it. Schemas that several files declare (HTTPValidationError, VisualEncoderNameEnum, ...) must be
//      identical, and are kept once.
//   2. The files are OpenAPI 3.1 (`type: [string, 'null']`, `oneOf: [X, {type: 'null'}]`); the document is
//      written as 3.0.3, where the same thing is `nullable: true`.
//   3. Every operation declares a required `Authorization` header parameter, and the `HTTPBearer` scheme is
//      declared but applied nowhere: the generated client would want the header as an argument of every call.
//      The parameter goes, and HTTPBearer applies to every operation, so the token is set once, in the
//      client's Configuration (accessToken), as a client of that API would do.
//
// Usage: node scripts/reference-spec.mjs [REFERENCE_DIR]   (default: $CORPORA_REFERENCE_DIR, else ../shared/reference
// beside the repository)
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const clientDir = resolve(here, '..');
const repo = resolve(clientDir, '../..');
const referenceDir = resolve(process.argv[2] ?? process.env.CORPORA_REFERENCE_DIR ?? join(repo, '../shared/reference'));
const files = ['dataset', 'datasetconfig', 'encoder'].map((part) => `coactive-datasets-${part}-api-openapi.yml`);
const output = join(clientDir, 'build/reference-openapi.yml');

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
// Keywords of OpenAPI 3.1 / JSON Schema 2020-12 that 3.0 does not have and that this script does not rewrite.
const UNSUPPORTED = ['const', 'prefixItems', '$defs', 'unevaluatedProperties', 'unevaluatedItems', 'contentMediaType',
  'contentEncoding', 'if', 'then', 'else', 'dependentSchemas', 'dependentRequired', 'patternProperties', 'examples',
  '$schema', '$id', '$anchor', '$dynamicRef'];

function fail(message) {
  console.error(`reference-spec: ${message}`);
  process.exit(1);
}

function schemaName(name, file) {
  const plain = name.replace(/^[A-Za-z0-9_]+:/, '');
  if (!/^[A-Za-z0-9_.-]+$/.test(plain)) {
    fail(`${file}: schema name ${name} still has characters the generator rejects once its prefix is gone`);
  }
  return plain;
}

function renameRef(ref, where) {
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
  if (!match) {
    fail(`${where}: a $ref this script does not know: ${ref}`);
  }
  return `#/components/schemas/${schemaName(match[1], where)}`;
}

const isNull = (schema) => schema && typeof schema === 'object' && schema.type === 'null'
  && Object.keys(schema).length === 1;

/** A schema of 3.1 as the same schema of 3.0.3, recursively; `where` names the place for error messages. */
function toOpenApi30(node, where) {
  if (Array.isArray(node)) {
    return node.map((item, i) => toOpenApi30(item, `${where}/${i}`));
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const nullable = withoutNullOption(node, where);
  if (nullable !== node) {
    return toOpenApi30(nullable, where);
  }
  const result = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref') {
      result.$ref = renameRef(value, where);
    } else if (key === 'properties' || key === 'schemas') {
      // names of properties (and of schemas) are not keywords: only their values are schemas
      result[key] = {};
      for (const [name, schema] of Object.entries(value)) {
        const plain = key === 'schemas' ? schemaName(name, where) : name;
        if (plain in result[key]) {
          fail(`${where}: two schemas named ${plain} once their prefixes are gone`);
        }
        result[key][plain] = toOpenApi30(schema, `${where}/${name}`);
      }
    } else if (key === 'example' || key === 'default' || key === 'enum' || key === 'required') {
      result[key] = value;
    } else if (UNSUPPORTED.includes(key) && (key !== 'examples' || Array.isArray(value))) {
      // (`examples` is a 3.0 map beside a parameter or a media type, and a 3.1 array only in a schema)
      fail(`${where}: the 3.1 keyword ${key} has no rewrite here`);
    } else {
      result[key] = toOpenApi30(value, `${where}/${key}`);
    }
  }
  if (Array.isArray(result.type)) {
    const types = result.type.filter((type) => type !== 'null');
    if (types.length !== 1) {
      fail(`${where}: type ${JSON.stringify(result.type)} is no single type, nullable or not`);
    }
    if (types.length !== result.type.length) {
      result.nullable = true;
    }
    result.type = types[0];
  }
  if (result.type === 'null') {
    fail(`${where}: a schema of type null alone has no 3.0 form`);
  }
  return result;
}

/** `oneOf` / `anyOf` [X, {type: 'null'}] as X made nullable; the node itself when it has no such option. */
function withoutNullOption(node, where) {
  for (const combiner of ['oneOf', 'anyOf']) {
    const options = node[combiner];
    if (!Array.isArray(options) || !options.some(isNull)) {
      continue;
    }
    const rest = options.filter((option) => !isNull(option));
    const { [combiner]: _dropped, ...siblings } = node;
    if (rest.length === 1 && rest[0].$ref) {
      // 3.0 ignores what stands beside a $ref, so the reference goes into an allOf that can be nullable
      return { ...siblings, allOf: [rest[0]], nullable: true };
    }
    if (rest.length === 1) {
      const clash = Object.keys(rest[0]).filter((key) => key in siblings);
      if (clash.length) {
        fail(`${where}: ${clash.join(', ')} both beside and inside ${combiner}`);
      }
      return { ...siblings, ...rest[0], nullable: true };
    }
    return { ...siblings, [combiner]: rest, nullable: true };
  }
  return node;
}

/** The operation without its Authorization header parameter, and with the bearer scheme that stands for it. */
function withBearer(operation, where) {
  const parameters = (operation.parameters ?? []).filter((parameter) =>
    !(parameter.in === 'header' && parameter.name.toLowerCase() === 'authorization'));
  if (parameters.length === (operation.parameters ?? []).length) {
    fail(`${where}: no Authorization header parameter; has the reference started declaring security properly?`);
  }
  const { parameters: _old, ...rest } = operation;
  return { ...rest, ...(parameters.length ? { parameters } : {}), security: [{ HTTPBearer: [] }] };
}

const merged = {
  openapi: '3.0.3',
  info: {
    title: 'Datasets API (reference)',
    description: `Merged by clients/reference/scripts/reference-spec.mjs from ${files.join(', ')}.`,
    version: undefined,
  },
  servers: undefined,
  tags: [],
  paths: {},
  components: { schemas: {}, securitySchemes: {} },
};
const origin = { schemas: {}, securitySchemes: {} };

for (const file of files) {
  const path = join(referenceDir, file);
  if (!existsSync(path)) {
    fail(`${path} is missing (set CORPORA_REFERENCE_DIR to the folder with the reference's three files)`);
  }
  const document = parse(readFileSync(path, 'utf8'));
  if (!/^3\.1\./.test(document.openapi)) {
    fail(`${file}: openapi ${document.openapi}; this script rewrites 3.1 into 3.0.3`);
  }
  const known = new Set(['openapi', 'info', 'servers', 'tags', 'paths', 'components']);
  const unknown = Object.keys(document).filter((key) => !known.has(key));
  if (unknown.length) {
    fail(`${file}: top-level ${unknown.join(', ')} not merged by this script`);
  }
  merged.info.version ??= document.info.version;
  if (merged.info.version !== document.info.version) {
    fail(`${file}: version ${document.info.version}, another file has ${merged.info.version}`);
  }
  merged.servers ??= document.servers;
  for (const tag of document.tags ?? []) {
    if (!merged.tags.some((known) => known.name === tag.name)) {
      merged.tags.push(tag);
    }
  }
  for (const [route, item] of Object.entries(document.paths ?? {})) {
    merged.paths[route] ??= {};
    for (const [method, operation] of Object.entries(item)) {
      const where = `${file} ${method.toUpperCase()} ${route}`;
      if (!METHODS.includes(method)) {
        fail(`${where}: path-level ${method} not merged by this script`);
      }
      if (merged.paths[route][method]) {
        fail(`${where}: declared by two files`);
      }
      merged.paths[route][method] = toOpenApi30(withBearer(operation, where), where);
    }
  }
  const components = document.components ?? {};
  const otherComponents = Object.keys(components).filter((key) => !(key in origin));
  if (otherComponents.length) {
    fail(`${file}: components ${otherComponents.join(', ')} not merged by this script`);
  }
  for (const kind of Object.keys(origin)) {
    const converted = kind === 'schemas'
      ? toOpenApi30({ schemas: components.schemas ?? {} }, `${file} components`).schemas
      : components[kind] ?? {};
    for (const [name, value] of Object.entries(converted)) {
      const existing = merged.components[kind][name];
      if (existing && !isDeepStrictEqual(existing, value)) {
        fail(`${file}: ${kind} ${name} differs from the one in ${origin[kind][name]}`);
      }
      merged.components[kind][name] = value;
      origin[kind][name] ??= file;
    }
  }
}

if (!merged.components.securitySchemes.HTTPBearer) {
  fail('no HTTPBearer security scheme to apply');
}
const text = stringify(merged, { lineWidth: 0, aliasDuplicateObjects: false });
if (/datasets:[A-Z]/.test(text)) {
  fail('a `datasets:` name survived the rewrite');
}
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output,
  `# Generated by clients/reference/scripts/reference-spec.mjs from ${relative(clientDir, referenceDir)}: never edit,\n`
  + '# never commit. Rebuilt by `npm run generate`.\n' + text);
const operations = Object.values(merged.paths).reduce((n, item) => n + Object.keys(item).length, 0);
console.log(`reference-spec: ${files.length} files -> ${relative(process.cwd(), output)} (OpenAPI 3.0.3, `
  + `${operations} operations, ${Object.keys(merged.components.schemas).length} schemas)`);
