// A UK postcode: plain text, as wide as a postcode.
import type { FieldRenderer } from '../registry.js';
import { lineInput } from './text.js';

export const postcodeField: FieldRenderer<'postcode'> = (view, ctx) => lineInput(view, ctx, { type: 'text', width: '10' });
