// The admin side of the receiver: roles per form, and every list, read, export, erasure and
// correction, each recorded in the audit trail before the answer goes out (signing in and out,
// and who is asking, are sign-in.ts's). Paths are relative to the receiver's basePath:
//   GET /submissions, GET|DELETE /submissions/<id>          the JSON API
//   GET /admin, /admin/submissions/<id>, /admin/audit, /admin/export   pages and downloads
//   POST /admin/submissions/<id>/erase, …/supersede, /admin/sign-out   forms (with the CSRF token)
//   GET|POST /admin/sign-in, GET /admin/callback                        signing in
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ADMIN_CSP, type Viewer, listPage, submissionPage } from '../admin-pages.js';
import { AuditTrail } from '../audit.js';
import type { FormRegistry } from '../forms.js';
import { HttpError, readJsonText, sendHtml, sendJson } from '../http.js';
import type { SubmissionStore } from '../store/index.js';
import { streamExport } from './export.js';
import { checkedId, dayRange, idFromPath, pageParams, readForm } from './input.js';
import { auditPage, messagePage } from './pages.js';
import { type Role, can, formsWith } from './roles.js';
import { type SessionStore, sameCsrf } from './session.js';
import { type SignInOptions, type Who, createSignIn, redirect } from './sign-in.js';

/** What the admin side needs: what signing in needs (sign-in.ts), plus the forms and the store. */
export interface AdminOptions extends Omit<SignInOptions, 'audit'> {
  forms: FormRegistry;
  store: SubmissionStore;
}

export interface Admin {
  handle(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<boolean>;
  readonly sessions: SessionStore;
  readonly audit: AuditTrail;
}

const FORM_ID = /^[A-Za-z0-9_.-]{1,100}$/;

export function createAdmin(o: AdminOptions): Admin {
  const { forms, store } = o;
  const adminBase = `${o.basePath}/admin`;
  const audit = new AuditTrail(store, o.now);
  const { sessions, who, current, signInPage, tokenSignIn, callback, signOut } = createSignIn({ ...o, audit });
  const formIds = (): string[] => [...new Set(forms.all().map((f) => f.definition.id))];

  const viewerOf = (w: Who): Viewer => ({ actor: w.principal.actor, csrf: w.session?.csrf ?? '', base: adminBase, mayAudit: can(w.grants, 'audit', '*') });
  /** Refusals are audited too: information governance wants to know who tried to open what. */
  const need = async (w: Who, role: Role, formId: string, submissionIds: string[] = []): Promise<void> => {
    if (can(w.grants, role, formId)) return;
    await audit.record(w.principal.actor, 'refused', { formId, submissionIds, detail: { role } });
    throw new HttpError(403, `You do not have the ${role} role for the form "${formId}".`);
  };

  /** A form post from a signed-in page must carry the session's CSRF token (a bearer token cannot be sent by another site). */
  async function postedForm(req: IncomingMessage, w: Who): Promise<URLSearchParams> {
    const form = await readForm(req);
    if (w.session && !sameCsrf(form.get('csrf'), w.session.csrf)) throw new HttpError(403, 'This form has expired: go back, reload the page and try again.');
    return form;
  }

  async function list(w: Who, query: URLSearchParams) {
    const { limit, offset } = pageParams(query);
    const formId = query.get('formId') || undefined;
    if (formId !== undefined && !FORM_ID.test(formId)) throw new HttpError(400, 'That is not a form id.');
    const readable = formsWith(w.grants, 'read', formIds());
    let result;
    if (formId !== undefined) {
      await need(w, 'read', formId);
      result = await store.list({ formId, limit, offset });
    } else if (can(w.grants, 'read', '*')) result = await store.list({ limit, offset });
    else if (readable.length) result = await store.listForms(readable, { limit, offset });
    else throw new HttpError(403, 'You have no role that lets you read submissions.');
    await audit.record(w.principal.actor, 'list', { ...(formId ? { formId } : {}), detail: { shown: result.items.length, offset } });
    return { ...result, limit, offset, formId, readable };
  }

  async function read(w: Who, segment: string) {
    const id = idFromPath(segment);
    const record = await store.get(id);
    if (!record) throw new HttpError(404, 'No submission has this id.');
    await need(w, 'read', record.formId, [id]);
    await audit.record(w.principal.actor, 'read', { formId: record.formId, submissionIds: [id] });
    return record;
  }

  async function erase(w: Who, segment: string, reason: unknown): Promise<string> {
    const id = idFromPath(segment);
    const why = typeof reason === 'string' ? reason.trim() : '';
    if (!why) throw new HttpError(400, 'Give the reason for the erasure.');
    if (why.length > 1000) throw new HttpError(400, 'Keep the reason under 1,000 characters.');
    const record = await store.get(id);
    if (!record) throw new HttpError(404, 'No submission has this id.');
    await need(w, 'erase', record.formId, [id]);
    const erased = await store.erase(id, audit.entry(w.principal.actor, 'erase', { formId: record.formId, submissionIds: [id], reason: why }));
    if (!erased) throw new HttpError(404, 'No submission has this id.');
    return record.formId;
  }

  async function supersede(w: Who, segment: string, earlierRaw: unknown): Promise<string> {
    const id = idFromPath(segment);
    const earlier = checkedId(typeof earlierRaw === 'string' ? earlierRaw.trim() : '');
    if (earlier === id) throw new HttpError(400, 'A submission cannot supersede itself.');
    const [record, previous] = [await store.get(id), await store.get(earlier)];
    if (!record) throw new HttpError(404, 'No submission has this id.');
    if (!previous) throw new HttpError(400, 'No submission has the earlier id given.');
    if (previous.formId !== record.formId) throw new HttpError(400, 'A correction must be of the same form as what it supersedes.');
    await need(w, 'correct', record.formId, [id, earlier]);
    if ((await store.corrections(id)).supersedes) throw new HttpError(409, 'This submission already supersedes another.');
    if ((await store.corrections(earlier)).supersedes === id) throw new HttpError(409, 'The earlier submission already supersedes this one.');
    await store.linkCorrection({ submissionId: id, supersedes: earlier, linkedAt: o.now().toISOString(), linkedBy: w.principal.actor });
    await audit.record(w.principal.actor, 'supersede', { formId: record.formId, submissionIds: [id, earlier] });
    return id;
  }

  async function route(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<boolean> {
    const method = req.method ?? 'GET';
    const allow = (methods: string): void => {
      if (!methods.split(', ').includes(method)) throw new HttpError(405, `Use ${methods} here.`, { Allow: methods });
    };
    const api = /^\/submissions\/([^/]+)$/.exec(path);
    const one = /^\/admin\/submissions\/([^/]+)(?:\/(erase|supersede))?$/.exec(path);
    if (path === '/submissions') {
      allow('GET, POST'); // POST is the receiver's own
      const { items, total } = await list(await who(req, false), query);
      sendJson(res, 200, { items, total });
    } else if (api) {
      allow('GET, DELETE');
      const w = await who(req, false);
      if (method === 'GET') sendJson(res, 200, await read(w, api[1]!));
      else {
        let body: unknown;
        try {
          body = JSON.parse(await readJsonText(req, 16 * 1024));
        } catch (error) {
          if (error instanceof HttpError) throw error;
          throw new HttpError(400, 'Send { "reason": "…" } as JSON.');
        }
        await erase(w, api[1]!, (body as { reason?: unknown } | null)?.reason);
        sendJson(res, 200, { message: 'Erased.', submissionId: idFromPath(api[1]!) });
      }
    } else if (path === '/admin' || path === '/admin/') {
      allow('GET');
      const w = await who(req, true);
      const view = await list(w, query);
      sendHtml(
        res,
        200,
        listPage(forms, { ...view, exportable: formsWith(w.grants, 'export', formIds()), today: o.now().toISOString().slice(0, 10) }, viewerOf(w)),
        ADMIN_CSP,
      );
    } else if (one && !one[2]) {
      allow('GET');
      const w = await who(req, true);
      const record = await read(w, one[1]!);
      const corrections = await store.corrections(record.submissionId);
      const named = [...(corrections.supersedes ? [corrections.supersedes] : []), ...corrections.supersededBy];
      const present = new Set<string>();
      for (const id of named) if (await store.get(id)) present.add(id);
      sendHtml(
        res,
        200,
        submissionPage(
          forms,
          {
            record,
            corrections,
            present,
            mayErase: can(w.grants, 'erase', record.formId),
            mayCorrect: can(w.grants, 'correct', record.formId),
            mayAudit: can(w.grants, 'audit', '*'),
          },
          viewerOf(w),
        ),
        ADMIN_CSP,
      );
    } else if (one) {
      allow('POST');
      const w = await who(req, true);
      const form = await postedForm(req, w);
      if (one[2] === 'erase') {
        await erase(w, one[1]!, form.get('reason'));
        sendHtml(
          res,
          200,
          messagePage('Erased', `Submission ${idFromPath(one[1]!)} has been erased. The audit trail records who erased it, when and why.`, viewerOf(w)),
          ADMIN_CSP,
        );
      } else {
        const id = await supersede(w, one[1]!, form.get('supersedes'));
        redirect(res, `${adminBase}/submissions/${encodeURIComponent(id)}`);
      }
    } else if (path === '/admin/audit') {
      allow('GET');
      const w = await who(req, true);
      if (!can(w.grants, 'audit', '*')) {
        await audit.record(w.principal.actor, 'refused', { detail: { role: 'audit' } });
        throw new HttpError(403, 'You do not have the audit role.');
      }
      const { limit, offset } = pageParams(query);
      const raw = query.get('submissionId');
      const submissionId = raw ? checkedId(raw) : undefined;
      const { items, total } = await store.listAudit({ limit, offset, submissionId });
      sendHtml(res, 200, auditPage(items, total, limit, offset, viewerOf(w), submissionId), ADMIN_CSP);
    } else if (path === '/admin/export') {
      allow('GET');
      const w = await who(req, true);
      const formId = query.get('formId') ?? '';
      if (!FORM_ID.test(formId)) throw new HttpError(400, 'Choose the form to export ("formId").');
      const format = query.get('format') || 'csv';
      if (format !== 'csv' && format !== 'json') throw new HttpError(400, '"format" must be csv or json.');
      await need(w, 'export', formId);
      const range = dayRange(query, o.now());
      await streamExport(res, {
        format,
        formId,
        fromDay: range.fromDay,
        toDay: range.toDay,
        versions: forms.all().filter((f) => f.definition.id === formId),
        records: store.exportRange({ formId, from: range.from, to: range.to }),
        beforeEnd: (result) =>
          audit.record(w.principal.actor, 'export', {
            formId,
            submissionIds: result.submissionIds,
            detail: { format, from: range.fromDay, to: range.toDay, count: result.submissionIds.length, complete: result.complete },
          }),
      });
    } else if (path === '/admin/sign-in') {
      allow('GET, POST');
      if (method === 'GET') await signInPage(req, res, query);
      else await tokenSignIn(req, res);
    } else if (path === '/admin/callback') {
      allow('GET');
      await callback(req, res, new URL(req.url ?? '/', 'http://receiver.invalid').search);
    } else if (path === '/admin/sign-out') {
      allow('POST');
      await signOut(req, res);
    } else return false;
    return true;
  }

  return {
    sessions,
    audit,
    async handle(req, res, path, query) {
      try {
        return await route(req, res, path, query);
      } catch (error) {
        // The pages answer a refusal as a page (a redirect stays a redirect); the API as JSON (by the receiver).
        if (!(error instanceof HttpError) || error.status < 400 || !path.startsWith('/admin') || res.headersSent) throw error;
        const headers = { ...error.headers };
        if (!req.complete) {
          headers.Connection = 'close';
          req.resume();
        }
        const signedIn = current(req);
        const viewer = signedIn && viewerOf(signedIn);
        sendHtml(res, error.status, messagePage(error.status === 403 ? 'Not allowed' : 'That did not work', error.message, viewer), ADMIN_CSP, headers);
        return true;
      }
    },
  };
}
