// In a document, the note that says in which language a submission was filled in.
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from './messages.js';
import { nameOf, primary } from './language-names.js';

/** "This form was filled in in Urdu…", when a submission is shown in another language than its own. */
export function languageNote(written: string | undefined, shown: string, t: Translate): TemplateResult | typeof nothing {
  if (!written || primary(written) === primary(shown)) return nothing;
  return html`<div class="govuk-inset-text caf-written-in">${t('form.writtenIn', { language: nameOf(written, shown) })}</div>`;
}
