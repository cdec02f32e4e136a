// The styles only paged mode draws (the back link), a part loaded by paged forms (lazy-part.ts).
import { css } from 'lit';
import { govukBackLinkCss } from './generated/govuk-back-link.css.js';

export const styles = css`
  ${govukBackLinkCss}
  /* The back link is a button here (it changes the page without a URL), drawn as GOV.UK's link. */
  button.govuk-back-link { background: none; border: 0; border-radius: 0; cursor: pointer; }
`;
