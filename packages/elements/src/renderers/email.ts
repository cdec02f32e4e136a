// An email address: the browser's email keyboard, and no spelling marks under addresses.
import type { FieldRenderer } from '../registry.js';
import { lineInput } from './text.js';

export const emailField: FieldRenderer<'email'> = (view, ctx) => lineInput(view, ctx, { type: 'email', spellcheck: false, width: '30' });
