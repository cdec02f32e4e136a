// The designer's Save, under `npm run storybook` only: POST /__caf-designer/save writes
// forms/<id>.json. Only from this machine (a loopback address, a localhost Host, and no other
// site's Origin, so a web page cannot use it), only forms/*.json, only a definition that passes
// checkDefinition, and laid out like the file it replaces (stories/designer/format-like.ts), so
// a diff shows only what changed. The static build has no server: the designer offers Download.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const SAVE_PATH = '/__caf-designer/save';
const MAX_BODY = 2_000_000;
const FORM_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export interface SaveDeps {
  formsDir: string;
  /** checkDefinition's problems (none: the definition may be saved). */
  check(definition: unknown): Promise<{ path: string; message: string }[]>;
  format(definition: unknown, original: string | undefined): Promise<string>;
  /** Told of each file written, so that the dev server does not reload the designer for it. */
  written?(file: string): void;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

/** Only this machine: a loopback peer, a localhost Host (against DNS rebinding), no other origin. */
function fromThisMachine(req: IncomingMessage): boolean {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return false;
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (!['localhost', '127.0.0.1', '[::1]'].includes(host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function saveHandler(deps: SaveDeps) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    if ((req.url ?? '').split('?')[0] !== SAVE_PATH) return next();
    if (!fromThisMachine(req)) return reply(res, 403, { ok: false, message: 'Saving is only possible from this machine.' });
    if (req.method !== 'POST') return reply(res, 405, { ok: false, message: 'POST a definition.' });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return reply(res, 415, { ok: false, message: 'Send JSON.' });
    const body = await readBody(req);
    let request: { definition?: unknown; from?: unknown };
    try {
      request = JSON.parse(body ?? '') as typeof request;
    } catch {
      return reply(res, 400, { ok: false, message: body === undefined ? 'Too large.' : 'Not JSON.' });
    }
    const definition = request.definition as { id?: unknown } | undefined;
    const id = definition?.id;
    if (typeof id !== 'string' || !FORM_ID.test(id))
      return reply(res, 400, { ok: false, message: "The form's id must be lower-case words joined by hyphens." });
    const problems = await deps.check(definition);
    if (problems.length) return reply(res, 422, { ok: false, message: `${problems.length} problem(s): fix them first.`, problems });
    const file = join(deps.formsDir, `${id}.json`);
    const exists = existsSync(file);
    // A new id must not overwrite another form: only the form the designer started from is replaced.
    if (exists && request.from !== id) return reply(res, 409, { ok: false, message: `forms/${id}.json is another form: give this one another id.` });
    const text = await deps.format(definition, exists ? readFileSync(file, 'utf8') : undefined);
    deps.written?.(file);
    writeFileSync(file, text);
    reply(res, 200, { ok: true, file: `forms/${id}.json`, text });
  };
}

interface DevServer {
  middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): void };
  ssrLoadModule(url: string): Promise<Record<string, unknown>>;
}

/** The Vite plugin that adds the endpoint to Storybook's dev server (not to the static build). */
export function designerSavePlugin(formsDir: string, modules: { check: string; format: string }) {
  const justWritten = new Map<string, number>();
  return {
    name: 'caf-designer-save',
    apply: 'serve' as const,
    configureServer(server: DevServer) {
      // The engine is TypeScript with the workspace's "source" condition: Vite loads it, as it does for the stories.
      const check = async (definition: unknown) => {
        const core = await server.ssrLoadModule(modules.check);
        return (core.checkDefinition as (d: unknown) => { problems: { path: string; message: string }[] })(definition).problems;
      };
      const format = async (definition: unknown, original: string | undefined) => {
        const module = await server.ssrLoadModule(modules.format);
        return (module.formatLike as (d: unknown, o: string | undefined) => string)(definition, original);
      };
      // Connect ignores the handler's promise; the handler answers every request itself, errors included.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      server.middlewares.use(saveHandler({ formsDir, check, format, written: (file) => justWritten.set(file, Date.now()) }));
    },
    // The designer already shows what it saved: reloading the stories would lose its undo history.
    handleHotUpdate(ctx: { file: string }) {
      const at = justWritten.get(ctx.file);
      if (at !== undefined && Date.now() - at < 5000) {
        justWritten.delete(ctx.file);
        return [];
      }
      return undefined;
    },
  };
}
