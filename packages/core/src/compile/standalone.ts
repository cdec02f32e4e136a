// Node-only (build time): ajv standalone code as a self-contained browser ES module. ajv's
// "esm" output still require()s runtime helpers (string length, date formats), so esbuild
// inlines them. Used for the definition validator (npm run gen) and every form's submission
// validator (caf-forms build).
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

type AjvClass = typeof import('ajv/dist/2020.js').default;
/** A CommonJS module's export as ESM sees it: under `default`, or itself. */
const interop = (m: unknown): unknown => (m as { default?: unknown }).default ?? m;
const Ajv2020 = interop(Ajv2020Module) as AjvClass;
const addFormats = interop(addFormatsModule) as typeof import('ajv-formats').default;
const standaloneCode = interop(standaloneCodeModule) as typeof import('ajv/dist/standalone/index.js').default;

export type Ajv = InstanceType<AjvClass>;

/** ajv configured as caf-forms validates: 2020-12, all errors, the formats the compiler emits. */
export function createAjv(options: { discriminator?: boolean; inlineRefs?: boolean; source?: boolean } = {}): Ajv {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: false,
    discriminator: options.discriminator ?? false,
    inlineRefs: options.inlineRefs ?? true,
    // A section's long "required" list becomes a loop rather than a block of code per field.
    loopRequired: 8,
    code: { source: options.source ?? false, esm: true },
  });
  addFormats(ajv, { mode: 'full', formats: ['date', 'date-time'], keywords: true });
  return ajv;
}

/** An ES module whose default export validates `schema` (with `.errors` after a failure). */
export async function standaloneModule(schema: object, options: { discriminator?: boolean; resolveDir: string; minify?: boolean }): Promise<string> {
  // inlineRefs: false keeps each $ref a function of its own, which makes the meta-schema's
  // validator a fraction of the size.
  const ajv = createAjv({ discriminator: options.discriminator, inlineRefs: false, source: true });
  const raw = standaloneCode(ajv, ajv.compile(schema));
  const out = await build({
    stdin: { contents: raw, resolveDir: options.resolveDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    minify: options.minify ?? false,
    legalComments: 'none',
  });
  const code = out.outputFiles[0]!.text;
  if (/\bnew Function\(|[^.\w]eval\(/.test(code)) throw new Error('the standalone validator would evaluate code at run time');
  return code;
}
