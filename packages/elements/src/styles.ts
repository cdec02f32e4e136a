// The element's styles: govuk-frontend's own CSS for the components used (compiled at build
// time by scripts/build-css.mjs), then the theme custom properties and caf- additions.
import { css } from 'lit';
import { govukCss } from './generated/govuk.css.js';

export const styles = [
  govukCss,
  css`
    /* The theme: a host page sets --caf-* and the govuk colours follow (defaults are GOV.UK's). */
    :host {
      display: block;
      font-family: var(--caf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
      --govuk-brand-colour: var(--caf-brand-colour, #1d70b8);
      --govuk-link-colour: var(--caf-link-colour, #1a65a6);
      --govuk-focus-colour: var(--caf-focus-colour, #ffdd00);
      --govuk-error-colour: var(--caf-error-colour, #ca3535);
    }
    :host([hidden]) { display: none; }
    .caf-repeat__row { margin-bottom: 20px; }
    .caf-repeat:focus, .caf-repeat__row:focus { outline: 3px solid var(--caf-focus-colour, #ffdd00); outline-offset: 0; }
    /* Long words (an email address in a hint, a long heading) wrap rather than push the page
       sideways at 320 px (WCAG 1.4.10). */
    .govuk-label, .govuk-hint, .govuk-fieldset__legend, .govuk-heading-l, .govuk-heading-m, .govuk-heading-s, .govuk-body,
    .govuk-error-message, .govuk-error-summary__list, .govuk-summary-list__key, .govuk-summary-list__value,
    .govuk-summary-card__title, .govuk-notification-banner__heading, .govuk-inset-text, .govuk-warning-text__text, .govuk-details__text { overflow-wrap: anywhere; }
    .caf-grid__row { margin-bottom: 15px; }
    .caf-letter__paragraph { white-space: pre-line; }
    .caf-letter { border-left: 5px solid #b1b4b6; padding-left: 15px; margin-bottom: 30px; }

    /* Print: black on white, nothing to press, no question split from its answer. (@page
       rules are ignored inside a shadow root: the page's own print settings give A4.) */
    @media print {
      :host { font-size: 11pt; color: #000; }
      .govuk-button, .caf-back, .caf-no-print, .govuk-summary-list__actions, .caf-repeat__add, .caf-repeat__remove { display: none !important; }
      h2, h3, caption { break-after: avoid; }
      .govuk-summary-list__row, .govuk-table__row, .caf-matrix { break-inside: avoid; }
      a { color: #000; text-decoration: none; }
    }
    /* govuk-frontend's override classes are not compiled in (they are most of its CSS). */
    .caf-width-full { width: 100%; }
    /* An input is alone on its line in a form group anyway; as a block it needs no anonymous
       line box around it, which halves the layout work of a long form (bench/: 2000 fields). */
    .govuk-input { display: block; }

    .caf-unknown-type { border-left: 5px solid var(--caf-error-colour, #d4351c); padding-left: 10px; }
  `,
];
