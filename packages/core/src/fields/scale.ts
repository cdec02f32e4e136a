// One point on a labelled scale ("Not at all" … "A lot"), shown as radios in a row.
import type { ScaleField } from '../definition.js';
import type { FieldModule } from './field-module.js';
import { optionChoice } from './single-choice.js';

export const scale: FieldModule<ScaleField> = optionChoice<ScaleField>();
