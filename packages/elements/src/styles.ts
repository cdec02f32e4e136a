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
    .caf-repeat:focus { outline: 3px solid var(--caf-focus-colour, #ffdd00); }
    .caf-grid__row { margin-bottom: 15px; }
    .caf-unknown-type { border-left: 5px solid var(--caf-error-colour, #d4351c); padding-left: 10px; }
  `,
];
