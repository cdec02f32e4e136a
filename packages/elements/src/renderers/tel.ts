// A telephone number: the browser's telephone keypad.
import type { FieldRenderer } from '../registry.js';
import { lineInput } from './text.js';

export const telField: FieldRenderer<'tel'> = (view, ctx) => lineInput(view, ctx, { type: 'tel', width: '20' });
