// The tables caf-forms ships beyond English, loaded on first use (a chunk of its own): a page in
// English never downloads the Welsh and the Urdu.
import { cy, ur } from '@caf-forms/core/runtime';
import { elementCy } from './cy.js';
import { elementUr } from './ur.js';

export const shipped = { cy: { ...cy, ...elementCy }, ur: { ...ur, ...elementUr } };
