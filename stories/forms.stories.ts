// Every form in forms/, in five variants. These exports are written once; .storybook/
// per-form-indexer.ts lists them under "Forms/<id>" for each definition file, and under
// "Forms/<id> (<lang>)" for each of its translations (forms/i18n/); each story reads its form id
// and language back from that title. The toolbar's language (globe) shows the English ones in
// another language: the form's translation when it has one, the element's own words always.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { formDefinition, formSample, formTranslations } from './support/forms.js';
import { expectErrors, formIn, submitForm } from './support/submit.js';

interface Variant {
  filled?: boolean;
  paged?: boolean;
  readonly?: boolean;
}

/** "Forms/consent (cy)" → consent in Welsh; "Forms/consent" → consent in the toolbar's language. */
function formOf(context: StoryContext): { id: string; lang: string } {
  const match = /^Forms\/([^ ]+)(?: \(([^)]+)\))?$/.exec(context.title);
  if (!match) throw new Error(`not a form story title: ${context.title}`);
  return { id: match[1]!, lang: match[2] ?? (context.globals.lang as string | undefined) ?? 'en' };
}

function renderForm(variant: Variant, context: StoryContext): TemplateResult {
  const { id, lang } = formOf(context);
  const definition = formDefinition(id);
  const sample = formSample(id);
  if ((variant.filled || variant.readonly) && !sample) throw new Error(`forms/${id}.json has no sample at forms/samples/${id}.valid.json`);
  return html`<caf-form .definition=${definition} lang=${lang} .translations=${formTranslations(id)} .data=${variant.filled ? sample?.data : undefined}
    .submission=${variant.readonly ? sample : undefined} ?paged=${variant.paged ?? false} ?readonly=${variant.readonly ?? false}></caf-form>`;
}

const meta: Meta = {
  component: 'caf-form',
  parameters: { layout: 'padded', controls: { disable: true } },
};
export default meta;

/** The form as a practitioner first sees it. */
export const Empty: StoryObj = { render: (_args, context) => renderForm({}, context) };

/** Filled with the form's sample submission, forms/samples/<id>.valid.json. */
export const Filled: StoryObj = { render: (_args, context) => renderForm({ filled: true }, context) };

/** Submitted empty: the error summary at the top and a message at each field that needs one. */
export const AfterFailedSubmit: StoryObj = {
  name: 'After a failed submit',
  render: (_args, context) => renderForm({}, context),
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement);
    await submitForm(form);
    await expectErrors(form);
  },
};

/** One section at a time, with Continue and Back, then "Check your answers". */
export const Paged: StoryObj = { render: (_args, context) => renderForm({ paged: true }, context) };

/** The sample as a read-only document, to read, keep and print. */
export const Document: StoryObj = { name: 'Document (read-only)', render: (_args, context) => renderForm({ readonly: true }, context) };
