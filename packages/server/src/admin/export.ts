// Exports of a form's submissions, CSV or JSON, written to the response as rows arrive from the
// store (a batch at a time, with the response's backpressure respected): an export of any size
// holds one batch in memory, never the whole file.
import type { ServerResponse } from 'node:http';
import type { FormModel } from '@caf-forms/core';
import { baseHeaders } from '../http.js';
import type { LoadedForm } from '../forms.js';
import type { ExportedSubmission } from '../store/index.js';

export type ExportFormat = 'csv' | 'json';

const META = ['submissionId', 'formVersion', 'startedAt', 'submittedAt', 'receivedAt', 'supersedes'] as const;

/** The CSV's columns: the envelope's own fields (and the submission a correction supersedes), then `section.field` for every field of every loaded version of the form. */
export function csvColumns(versions: readonly LoadedForm[]): { header: string[]; fields: [string, string][] } {
  const fields = new Map<string, [string, string]>();
  for (const form of versions) {
    const model: FormModel = form.model;
    for (const [sectionId, nodes] of model.sectionFields) for (const node of nodes) fields.set(`${sectionId}.${node.id}`, [sectionId, node.id]);
  }
  return { header: [...META, ...fields.keys()], fields: [...fields.values()] };
}

/**
 * One CSV cell. A text that starts with = + - @ (or a tab or carriage return) is prefixed with a
 * single quote: spreadsheet programs read such a cell as a formula and run it when the file is
 * opened, so an answer typed as "=HYPERLINK(…)" or a DDE command could send data elsewhere or
 * start a program on the reader's computer ("CSV injection"). The quote makes it plain text; the
 * cost is a visible quote before such answers (numbers are never prefixed: they are numbers).
 */
export function csvCell(value: unknown): string {
  let text: string;
  if (value === undefined || value === null) text = '';
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else if (typeof value === 'string') text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return csvCell(value.join('; '));
  else return csvCell(JSON.stringify(value)); // a repeatable group's rows, a grid, a signature: as JSON text
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(record: ExportedSubmission, fields: readonly [string, string][]): string {
  const e = record.envelope;
  const data = e.data as Record<string, Record<string, unknown> | undefined>;
  const cells = [e.submissionId, e.formVersion, e.startedAt, e.submittedAt, record.receivedAt, record.supersedes, ...fields.map(([s, f]) => data[s]?.[f])];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Writes, waiting for the client when its buffer is full; false once the client has gone. */
async function write(res: ServerResponse, chunk: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(chunk)) return true;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
  return !res.destroyed;
}

/** Streams the export; tells `beforeEnd` the ids written and whether it reached the end. */
export async function streamExport(
  res: ServerResponse,
  options: {
    format: ExportFormat;
    formId: string;
    versions: readonly LoadedForm[];
    fromDay: string;
    toDay: string;
    records: AsyncIterable<ExportedSubmission>;
    /** Runs before the response ends (to write the audit row first: the client sees the end of the file only once it is recorded). */
    beforeEnd: (result: { submissionIds: string[]; complete: boolean }) => Promise<void>;
  },
): Promise<void> {
  const { format, formId, fromDay, toDay } = options;
  baseHeaders(res);
  res.writeHead(200, {
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Disposition': `attachment; filename="${formId}-${fromDay}-to-${toDay}.${format}"`,
  });
  const submissionIds: string[] = [];
  const columns = csvColumns(options.versions);
  // The byte-order mark tells Excel the file is UTF-8 (it guesses a legacy code page otherwise).
  let open = await write(
    res,
    format === 'csv'
      ? `\uFEFF${columns.header.map(csvCell).join(',')}\r\n`
      : `{"formId":${JSON.stringify(formId)},"from":"${fromDay}","to":"${toDay}","submissions":[`,
  );
  for await (const record of options.records) {
    if (!open) break;
    const { bodyHash: _, ...kept } = record;
    open = await write(res, format === 'csv' ? csvLine(record, columns.fields) : `${submissionIds.length ? ',' : ''}\n${JSON.stringify(kept)}`);
    if (open) submissionIds.push(record.submissionId);
  }
  if (open && format === 'json') open = await write(res, '\n]}\n');
  await options.beforeEnd({ submissionIds, complete: open });
  res.end();
}
