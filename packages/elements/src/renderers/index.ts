// The built-in renderers by field type. The registry starts from this table (an import, not a
// side effect, so that bundlers honouring "sideEffects" keep it).
import type { Renderers } from '../registry.js';
import { checkboxes, radios, rating, scale, select, yesno } from './choices.js';
import { dateField } from './date.js';
import { emailField } from './email.js';
import { grid } from './grid.js';
import { numberField } from './number.js';
import { postcodeField } from './postcode.js';
import { repeatGroup } from './repeat.js';
import { signature } from './signature.js';
import { telField } from './tel.js';
import { textField } from './text.js';
import { textarea } from './textarea.js';
import { timeField } from './time.js';

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
