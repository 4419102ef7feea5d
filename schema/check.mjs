#!/usr/bin/env node
// Checks conversation scripts against attune-script.schema.json.
//
//   node schema/check.mjs FILE...
//
// Prints one line per file, `PASS FILE` or `FAIL FILE: LINE:COLUMN: REASON`,
// and exits 1 when any file failed (2 on a usage error). The [schema] test
// runs it over scripts/ and tests/data/broken/ so that the schema and the C++
// loader are known to agree.
//
// YAML is read the way attune's loader reads it, not with a YAML 1.1/1.2
// type table: a plain `true`/`false` is a boolean, a plain whole number a
// number, an empty value, `~` or `null` is nothing (the schema lets optional
// keys be empty, as the loader does), and everything else (anything quoted, decimals, `yes`/`no`, `+5`)
// is text. Anchors, aliases, tags, duplicate keys and more than one document
// are refused, as the loader refuses them. What only the loader checks (goto
// targets, unique ids, partner ids, thresholds within the scale) is listed in
// the schema's top description.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';

const max_bytes = 1024 * 1024;

class ScriptError extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
}

// The loader's reading of one plain (unquoted) scalar.
function plain_value(source) {
  if (source === '' || source === '~' || source === 'null') return null;
  if (source === 'true') return true;
  if (source === 'false') return false;
  if (/^-?[0-9]+$/.test(source)) return Number(source);
  return source;
}

// Turns the YAML tree into plain data, refusing what the loader refuses.
function to_data(node) {
  if (node === null || node === undefined) return null;
  const offset = node.range ? node.range[0] : 0;
  if (isAlias(node)) throw new ScriptError('aliases (*name) are not allowed', offset);
  if (node.anchor) throw new ScriptError('anchors (&name) are not allowed', offset);
  if (node.tag) throw new ScriptError(`tags (${node.tag}) are not allowed`, offset);
  if (isScalar(node)) {
    const quoted = node.type !== 'PLAIN';
    return quoted ? String(node.value) : plain_value(String(node.value));
  }
  if (isSeq(node)) return node.items.map(to_data);
  if (isMap(node)) {
    const out = {};
    for (const pair of node.items) {
      if (!isScalar(pair.key)) {
        const at = pair.key && pair.key.range ? pair.key.range[0] : offset;
        throw new ScriptError('keys must be plain text', at);
      }
      out[String(pair.key.value)] = to_data(pair.value);
    }
    return out;
  }
  throw new ScriptError('unexpected YAML node', offset);
}

// The YAML node at a JSON pointer such as `/agenda/0/steps/1/turn/time`.
function node_at(doc, pointer) {
  let node = doc.contents;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (isSeq(node)) node = node.items[Number(key)];
    else if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      node = pair ? pair.value : null;
    } else return null;
    if (!node) return null;
  }
  return node;
}

const step_kinds = ['say', 'turn', 'reflect', 'exchange', 'checkin', 'breathe', 'agreement', 'choice'];

function value_at(data, pointer) {
  let value = data;
  for (const raw of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

// Among errors at the same place: an unknown key explains a missing one (a
// typo), and a type or enum mismatch is usually a branch the writer did not
// mean.
function rank(error) {
  if (error.keyword === 'additionalProperties') return 3;
  if (error.keyword === 'required') return 1;
  if (['type', 'enum', 'const', 'anyOf', 'oneOf'].includes(error.keyword)) return 0;
  return 2;
}

// One sentence for the most telling of ajv's errors. ajv reports every
// failed branch of a oneOf/anyOf; the deepest error is usually the branch the
// writer meant, and a few shapes get a plainer sentence than ajv's.
function explain(errors, data) {
  const depth = (e) => e.instancePath.split('/').length;
  for (const error of errors) {
    if (error.keyword !== 'oneOf') continue;
    const value = value_at(data, error.instancePath);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    if (/\/steps\/[0-9]+$/.test(error.instancePath)) {
      const kinds = Object.keys(value).filter((key) => step_kinds.includes(key));
      if (kinds.length > 1) {
        return { error, message: `a step has exactly one kind, found ${kinds.join(' and ')}` };
      }
      if (kinds.length === 0) {
        const keys = Object.keys(value).join(', ') || 'nothing';
        return { error, message: `a step needs one kind (${step_kinds.join(', ')}), found ${keys}` };
      }
    }
    if (/\/options\/[0-9]+$/.test(error.instancePath)) {
      const has = (key) => value[key] !== undefined && value[key] !== null;
      if (!has('goto') && !has('end')) {
        return { error, message: 'an option needs either goto: ITEM-ID or end: true' };
      }
      if (has('goto') && has('end')) {
        return { error, message: 'an option either goes to an item (goto) or ends (end: true), not both' };
      }
    }
  }
  // "must be null" only says that a key may also be left empty: never the point.
  const telling = errors.filter((e) => !(e.keyword === 'type' && e.params.type === 'null'));
  const candidates = telling.length > 0 ? telling : errors;
  const error = [...candidates].sort((x, y) => depth(y) - depth(x) || rank(y) - rank(x))[0];
  const where = error.instancePath || '(top level)';
  if (value_at(data, error.instancePath) === null) {
    return { error, message: `${where} has no value (an empty value counts as missing)` };
  }
  if (error.schemaPath.startsWith('#/definitions/duration/')) {
    return { error, message: `${where} is not a duration: write seconds (90) or e.g. 20m, 1m30s, 1h5m; zero is not allowed` };
  }
  if (error.keyword === 'additionalProperties') {
    return { error, message: `unknown key '${error.params.additionalProperty}' in ${where}` };
  }
  let message = `${where} ${error.message}`;
  if (error.keyword === 'enum') message += `: ${error.params.allowedValues.join(', ')}`;
  if (error.keyword === 'const') message += `: ${JSON.stringify(error.params.allowedValue)}`;
  return { error, message };
}

function check_file(validate, file) {
  const text = readFileSync(file);
  if (text.length > max_bytes) return { ok: false, reason: '1:1: the file is larger than 1 MiB' };
  const source = text.toString('utf8');
  const lines = new LineCounter();
  const position = (offset) => {
    const { line, col } = lines.linePos(offset);
    return `${line}:${col}`;
  };
  const docs = parseAllDocuments(source, { schema: 'failsafe', uniqueKeys: true, lineCounter: lines });
  const all = Array.isArray(docs) ? docs : [docs];
  if (all.length === 0) return { ok: false, reason: '1:1: the file is empty' };
  if (all.length > 1) return { ok: false, reason: `${position(all[1].range[0])}: more than one document` };
  const doc = all[0];
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const message = error.message.split('\n')[0].replace(/ at line [0-9]+, column [0-9]+:?$/, '');
    return { ok: false, reason: `${position(error.pos[0])}: ${message}` };
  }
  let data;
  try {
    data = to_data(doc.contents);
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    return { ok: false, reason: `${position(error.offset)}: ${error.message}` };
  }
  if (validate(data)) return { ok: true };
  const { error, message } = explain(validate.errors, data);
  let node = node_at(doc, error.instancePath);
  if (error.keyword === 'additionalProperties' && isMap(node)) {
    const key = error.params.additionalProperty;
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    if (pair) node = pair.key;
  }
  const at = node && node.range ? position(node.range[0]) : '1:1';
  return { ok: false, reason: `${at}: ${message}` };
}

function main(files) {
  if (files.length === 0) {
    process.stderr.write('usage: node check.mjs FILE...\n');
    return 2;
  }
  const here = dirname(fileURLToPath(import.meta.url));
  const schema = JSON.parse(readFileSync(join(here, 'attune-script.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strict: true });
  const validate = ajv.compile(schema);
  let failed = 0;
  for (const file of files) {
    let result;
    try {
      result = check_file(validate, file);
    } catch (error) {
      result = { ok: false, reason: `1:1: cannot read the file: ${error.message}` };
    }
    if (result.ok) {
      process.stdout.write(`PASS ${file}\n`);
    } else {
      ++failed;
      process.stdout.write(`FAIL ${file}: ${result.reason}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
