// What <caf-form> understands in the server's answer to a submission.
//
// The receiver contract: a submission is delivered only when the answer is 2xx, JSON, and names
// the same submission: { "submissionId": "<the envelope's id>", … } (any other members are passed
// on in caf-submitted). Anything else is "not confirmed" (see post.ts).
// A 4xx may explain itself, as JSON:
//
//   { "message": "This child's record is closed.",                    (optional)
//     "errors": [ { "path": "dateOfBirth", "message": "Enter a date of birth in the past" } ] }
//
// or as a text/plain body (the message). "errors" is read from a 422: each path names the answer
// as the engine's problems do ('childName', 'dob', 'people.0.who' for a repeatable group's row);
// 'section.field' and JSON pointers into the envelope ('/data/section/field') are accepted too.
// Those messages are shown at their fields and in the error summary, worded as GOV.UK error
// messages ("Enter …", "… must be …"). Errors whose path names no field are shown with the message.

export type { FieldError };

import { type FieldError, confirms as confirmsBody } from '@caf-forms/core/runtime';

export interface ServerResponse {
  status: number;
  /** The parsed JSON body, or the text, or undefined when there was none. */
  body: unknown;
  /** The server's own message, when it gave one (JSON "message", or a short text/plain body). */
  message?: string;
  /** A 422's field errors. */
  errors: FieldError[];
}

/** Longer texts are probably pages (a proxy's HTML error page), not messages for a person. */
const MAX_MESSAGE = 500;

export async function readResponse(raw: Response): Promise<ServerResponse> {
  const text = await raw.text();
  const type = raw.headers.get('Content-Type') ?? '';
  let body: unknown = text === '' ? undefined : text;
  if (text !== '' && /\bjson\b/i.test(type)) {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      // A body that says it is JSON but is not: keep the text, which holds no usable message.
    }
  }
  return { status: raw.status, body, message: messageOf(body, type, raw.statusText), errors: raw.status === 422 ? fieldErrorsOf(body) : [] };
}

/** The server's words for a person; a bare status text ("Bad Request", as many servers send) says nothing more than the status. */
function messageOf(body: unknown, type: string, statusText: string): string | undefined {
  const message =
    typeof body === 'string'
      ? /^text\/plain\b/i.test(type)
        ? body
        : undefined
      : isRecord(body) && typeof body.message === 'string'
        ? body.message
        : undefined;
  const trimmed = message?.trim();
  if (!trimmed || trimmed.length > MAX_MESSAGE || trimmed.toLowerCase() === statusText.toLowerCase()) return undefined;
  return trimmed;
}

/** A 2xx body that confirms this submission arrived: JSON naming its id (the protocol's confirms). */
export function confirms(response: ServerResponse, submissionId: string): boolean {
  return confirmsBody(response.body, submissionId);
}

function fieldErrorsOf(body: unknown): FieldError[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors
    .filter((e): e is FieldError => isRecord(e) && typeof e.path === 'string' && typeof e.message === 'string' && e.message.trim() !== '')
    .map((e) => ({ path: e.path, message: e.message.trim() }));
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
