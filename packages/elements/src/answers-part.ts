// The answers as a document — "Check your answers" in paged mode and the read-only document —
// a part loaded only by forms that show one (see parts.ts): the document's model from core,
// the summary lists that draw it, the note on the language a submission was written in.
import { css } from 'lit';
import { govukSummaryListCss } from './generated/govuk-summary-list.css.js';
import { govukSummaryCardCss } from './generated/govuk-summary-card.css.js';

export { documentOf } from '@caf-forms/core/runtime';
export { answersView } from './answers-view.js';
export { languageNote } from './language-note.js';

export const styles = css`
  ${govukSummaryListCss}
  ${govukSummaryCardCss}
  .caf-document__meta { margin: 0 0 30px; }
  .caf-document__meta div { display: flex; gap: 0.5em; }
  .caf-document__meta dt { font-weight: bold; }
  .caf-document__meta dt::after { content: ':'; }
  .caf-document__meta dd { margin: 0; }
`;
