import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOCALES = path.join(ROOT, 'shared/i18n/locales');

type Catalogue = { [key: string]: string | Catalogue };

/** Every key of a catalogue as a dotted path, with its message. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const full = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') keys.set(full, value);
    else for (const [inner, message] of flatten(value, full)) keys.set(inner, message);
  }
  return keys;
}

function readCatalogues(directory: string): Map<string, Map<string, string>> {
  const all = new Map<string, Map<string, string>>();
  for (const language of fs.readdirSync(directory)) {
    for (const file of fs.readdirSync(path.join(directory, language)).filter((name) => name.endsWith('.json'))) {
      const namespace = file.replace(/\.json$/, '');
      all.set(`${language}/${namespace}`, flatten(JSON.parse(fs.readFileSync(path.join(directory, language, file), 'utf8')) as Catalogue));
    }
  }
  return all;
}

/**
 * The catalogues hold exactly the keys the code uses, in every language, each with a message. The
 * same extraction as `npm run i18n:extract` runs into a copy; any difference is a missing or unused key.
 */
describe('translation catalogues', () => {
  let scratch: string;
  let extracted: Map<string, Map<string, string>>;
  const committed = readCatalogues(LOCALES);

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-i18n-'));
    fs.cpSync(LOCALES, scratch, { recursive: true });
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/i18next-parser/bin/cli.js'), '--silent', '--config', 'i18next-parser.config.js'], {
      cwd: ROOT,
      env: { ...process.env, ACCORD_I18N_OUTPUT: scratch },
      stdio: 'pipe',
    });
    extracted = readCatalogues(scratch);
  }, 60_000);

  afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('has a catalogue for every namespace in every language', () => {
    const namespaces = new Set([...committed.keys()].map((name) => name.split('/')[1]));
    for (const language of LANGUAGES) {
      for (const namespace of namespaces) expect(committed.has(`${language}/${namespace}`), `${language}/${namespace}.json`).toBe(true);
    }
  });

  it('has every key the code uses (none missing)', () => {
    const missing: string[] = [];
    for (const [name, keys] of extracted) {
      for (const key of keys.keys()) if (!committed.get(name)?.has(key)) missing.push(`${name}: ${key}`);
    }
    expect(missing, 'keys used in the code but missing from the catalogues (npm run i18n:extract adds them)').toEqual([]);
  });

  it('has no key the code does not use (none unused)', () => {
    const unused: string[] = [];
    for (const [name, keys] of committed) {
      for (const key of keys.keys()) if (!extracted.get(name)?.has(key)) unused.push(`${name}: ${key}`);
    }
    expect(unused, 'keys in the catalogues that no code uses').toEqual([]);
  });

  it('has a message for every key in every language', () => {
    const empty: string[] = [];
    for (const [name, keys] of committed) for (const [key, message] of keys) if (message.trim() === '') empty.push(`${name}: ${key}`);
    expect(empty, 'keys without a translation').toEqual([]);
  });

  it('wraps no words in a tag Trans would take for a void HTML element (<link> leaves the link empty)', () => {
    const voidTags: string[] = [];
    for (const [name, keys] of committed) {
      for (const [key, message] of keys) if (VOID_ELEMENTS.some((tag) => message.includes(`<${tag}>`))) voidTags.push(`${name}: ${key}`);
    }
    expect(voidTags, 'use another tag name, e.g. <anchor>').toEqual([]);
  });

  it('has messages that are valid ICU, with the same placeholders in every language', () => {
    const problems: string[] = [];
    for (const [name, keys] of committed) {
      const namespace = name.split('/')[1];
      const english = committed.get(`en/${namespace}`);
      for (const [key, message] of keys) {
        const original = english?.get(key);
        try {
          if (original !== undefined && placeholders(original) !== placeholders(message)) problems.push(`${name}: ${key}: placeholders differ from English`);
        } catch (error) {
          problems.push(`${name}: ${key}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

// Void HTML elements: Trans reads <link>…</link> as one of them and leaves the words outside it.
const VOID_ELEMENTS = ['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'];

/** The names of a message's arguments (`{name}`, `{n, plural, …}`), sorted; throws on invalid ICU. */
function placeholders(message: string): string {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        visit(element.children);
        continue;
      }
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) visit(option.value);
    }
  };
  visit(parse(message));
  return [...names].sort().join(',');
}
