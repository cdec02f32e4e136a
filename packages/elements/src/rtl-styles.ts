// Right-to-left layout, a part loaded only by a form whose content is in a language written
// right to left (Urdu, Arabic…: see lazy-part.ts and caf-form.ts's askForParts).
import { css } from 'lit';

export const styles = css`
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
`;
