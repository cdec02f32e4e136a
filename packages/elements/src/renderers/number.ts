// A number, with its unit after the input when the definition gives one ("hours", "£").
import type { FieldRenderer } from '../registry.js';
import { lineInput } from './text.js';

// GOV.UK advises type=text with inputmode for numbers: type=number rounds and scrolls values.
export const numberField: FieldRenderer<'number'> = (view, ctx) => lineInput(view, ctx, { type: 'text', inputmode: 'decimal', width: '5' }, view.field.suffix);
