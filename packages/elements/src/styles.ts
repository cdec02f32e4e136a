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
    /* The back link is a button here (it changes the page without a URL), drawn as GOV.UK's link. */
    button.govuk-back-link { background: none; border: 0; border-radius: 0; cursor: pointer; }
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

    /* Right to left (Urdu, Arabic…): govuk-frontend draws for left to right with physical
       properties, so each left is mirrored here. Text alignment and the order of inline and
       flex items follow dir by themselves; what is positioned or bordered on one side does not. */
    [dir='rtl'] .govuk-radios__label::before, [dir='rtl'] .govuk-checkboxes__label::before { left: auto; right: 2px; }
    [dir='rtl'] .govuk-radios__label::after { left: auto; right: 12px; }
    [dir='rtl'] .govuk-checkboxes__label::after { left: auto; right: 10px; }
    [dir='rtl'] .govuk-radios__hint, [dir='rtl'] .govuk-checkboxes__hint { padding-left: 15px; padding-right: 59px; }
    [dir='rtl'] .govuk-radios--inline .govuk-radios__item { margin-right: 0; margin-left: 20px; }
    [dir='rtl'] .govuk-radios__conditional, [dir='rtl'] .govuk-checkboxes__conditional {
      margin-left: 0; margin-right: 20px; padding-left: 0; padding-right: 35px;
      border-left: 0; border-right: 4px solid var(--govuk-border-colour, #cecece);
    }
    [dir='rtl'] .govuk-radios--small .govuk-radios__input, [dir='rtl'] .govuk-checkboxes--small .govuk-checkboxes__input { margin-left: 0; margin-right: -10px; }
    [dir='rtl'] .govuk-radios--small .govuk-radios__label, [dir='rtl'] .govuk-checkboxes--small .govuk-checkboxes__label { padding-left: 15px; padding-right: 1px; }
    [dir='rtl'] .govuk-radios--small .govuk-radios__label::before, [dir='rtl'] .govuk-checkboxes--small .govuk-checkboxes__label::before { left: auto; right: 0; }
    [dir='rtl'] .govuk-radios--small .govuk-radios__label::after { left: auto; right: 7px; }
    [dir='rtl'] .govuk-checkboxes--small .govuk-checkboxes__label::after { left: auto; right: 6px; }
    [dir='rtl'] .govuk-radios--small .govuk-radios__hint, [dir='rtl'] .govuk-checkboxes--small .govuk-checkboxes__hint { padding-left: 15px; padding-right: 34px; }
    [dir='rtl'] .govuk-radios--small .govuk-radios__conditional, [dir='rtl'] .govuk-checkboxes--small .govuk-checkboxes__conditional { margin-right: 10px; padding-right: 20px; }
    [dir='rtl'] .govuk-form-group--error { padding-left: 0; border-left: 0; padding-right: 15px; border-right: 5px solid var(--govuk-error-colour, #ca3535); }
    [dir='rtl'] .govuk-error-summary, [dir='rtl'] .govuk-error-summary__list { text-align: right; }
    [dir='rtl'] .govuk-date-input__item { margin-right: 0; margin-left: 20px; }
    [dir='rtl'] .govuk-back-link { padding-left: 0; padding-right: .875em; }
    [dir='rtl'] .govuk-back-link::before { left: auto; right: .1875em; transform: rotate(45deg); }
    [dir='rtl'] .govuk-inset-text { border-left: 0; border-right: 10px solid var(--govuk-border-colour, #cecece); }
    [dir='rtl'] .govuk-details__summary { padding-left: 0; padding-right: 25px; }
    [dir='rtl'] .govuk-details__summary::before { left: auto; right: 0; transform: scaleX(-1); }
    [dir='rtl'] .govuk-details__text { padding-left: 0; padding-right: 20px; border-left: 0; border-right: 5px solid var(--govuk-border-colour, #cecece); }
    [dir='rtl'] .govuk-summary-list__key, [dir='rtl'] .govuk-summary-list__value, [dir='rtl'] .govuk-summary-list__actions { padding-right: 0; padding-left: 20px; }
    [dir='rtl'] .govuk-summary-list__actions { text-align: left; }
    [dir='rtl'] .caf-letter { border-left: 0; padding-left: 0; border-right: 5px solid #b1b4b6; padding-right: 15px; }
    .caf-unknown-type { border-left: 5px solid var(--caf-error-colour, #d4351c); padding-left: 10px; }
  `,
];
