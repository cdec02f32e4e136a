// One of many options, shown as a drop-down list.
import type { SelectField } from '../definition.js';
import type { FieldModule } from './field-module.js';
import { optionChoice } from './single-choice.js';

export const select: FieldModule<SelectField> = optionChoice<SelectField>();
