// The built-in renderers by field type. The registry starts from this table (an import, not a
// side effect, so that bundlers honouring "sideEffects" keep it).
import { html } from 'lit';
import type { FieldRenderer, Renderers } from '../registry.js';
import { loaded } from '../lazy-part.js';
import { gridPart, signaturePart, timePart } from '../parts.js';
import { checkboxes, radios, rating, scale, select, yesno } from './choices.js';
import { dateField } from './date.js';
import { emailField } from './email.js';
import { numberField } from './number.js';
import { postcodeField } from './postcode.js';
import { repeatGroup } from './repeat.js';
import { telField } from './tel.js';
import { textField } from './text.js';
import { textarea } from './textarea.js';

/**
 * Grids, signatures and times are in few forms: their renderers are lazy parts (parts.ts),
 * which a form asks for when its definition has one (needs.ts) and waits for before it is
 * ready (updateComplete). Until then the field draws as nothing.
 */
const grid: FieldRenderer<'grid'> = (view, ctx) => loaded(gridPart)?.grid(view, ctx) ?? html``;
const signature: FieldRenderer<'signature'> = (view, ctx) => loaded(signaturePart)?.signature(view, ctx) ?? html``;
const timeField: FieldRenderer<'time'> = (view, ctx) => loaded(timePart)?.timeField(view, ctx) ?? html``;

export const builtinRenderers: Readonly<Renderers> = {
  text: textField,
  email: emailField,
  tel: telField,
  postcode: postcodeField,
  number: numberField,
  textarea,
  date: dateField,
  time: timeField,
  radios,
  yesno,
  scale,
  rating,
  checkboxes,
  select,
  grid,
  repeat: repeatGroup,
  signature,
};
