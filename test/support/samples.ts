// The sample submissions beside each form: forms/samples/<id>.valid.json is a complete valid
// envelope; forms/samples/<id>.invalid.json lists changes to it, each with the errors it must produce.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { FormDefinition, SubmissionEnvelope } from '@caf-forms/core';

export interface InvalidCase {
  description: string;
  /** 'section.field' (or deeper, e.g. 'section.grid.row', 'section.repeat.0.field') → new value. */
  set?: Record<string, unknown>;
  remove?: string[];
  /** Top-level envelope keys to change (e.g. formVersion). */
  envelope?: Record<string, unknown>;
  errors: { path: string; message: string }[];
}

export interface FormFixture {
  file: string;
  definition: FormDefinition;
  valid: SubmissionEnvelope;
  invalid: { description: string; envelope: SubmissionEnvelope; errors: { path: string; message: string }[] }[];
}

const formsDir = new URL('../../forms/', import.meta.url);

function read<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

function applyCase(valid: SubmissionEnvelope, change: InvalidCase): SubmissionEnvelope {
  const envelope = structuredClone(valid);
  Object.assign(envelope, change.envelope ?? {});
  const walk = (path: string): [Record<string, unknown>, string] => {
    const keys = path.split('.');
    const last = keys.pop()!;
    let target = envelope.data as Record<string, unknown>;
    for (const key of keys) target = (target[key] ??= {}) as Record<string, unknown>;
    return [target, last];
  };
  for (const [path, value] of Object.entries(change.set ?? {})) {
    const [target, key] = walk(path);
    target[key] = value;
  }
  for (const path of change.remove ?? []) {
    const [target, key] = walk(path);
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  }
  return envelope;
}

export function formFixtures(): FormFixture[] {
  return readdirSync(formsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const definition = read<FormDefinition>(new URL(name, formsDir));
      const validUrl = new URL(`samples/${definition.id}.valid.json`, formsDir);
      const invalidUrl = new URL(`samples/${definition.id}.invalid.json`, formsDir);
      if (!existsSync(validUrl)) throw new Error(`forms/${name}: no sample at forms/samples/${definition.id}.valid.json`);
      const valid = read<SubmissionEnvelope>(validUrl);
      const cases = existsSync(invalidUrl) ? read<InvalidCase[]>(invalidUrl) : [];
      return {
        file: `forms/${name}`,
        definition,
        valid,
        invalid: cases.map((c) => ({ description: c.description, envelope: applyCase(valid, c), errors: c.errors })),
      };
    });
}
