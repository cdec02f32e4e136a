// One of several options, shown as radios; an option may reveal follow-up questions.
import type { RadiosField } from '../definition.js';
import type { FieldModule } from './field-module.js';
import { optionChoice } from './single-choice.js';

export const radios: FieldModule<RadiosField> = optionChoice<RadiosField>();
