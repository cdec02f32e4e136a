// The built-in renderers by field type. The registry starts from this table (an import, not a
// side effect, so that bundlers honouring "sideEffects" keep it).
import type { Renderers } from '../registry.js';
import { checkboxes, radios, rating, scale, select, yesno } from './choices.js';
import { dateField } from './date.js';
import { grid } from './grid.js';
import { repeatGroup } from './repeat.js';
import { signature } from './signature.js';
import { textInput, textarea } from './text.js';
import { timeField } from './time.js';

export const builtinRenderers: Readonly<Renderers> = {
  text: textInput,
  email: textInput,
  tel: textInput,
  postcode: textInput,
  number: textInput,
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
