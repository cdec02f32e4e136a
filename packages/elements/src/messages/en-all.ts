// Every English word of the element, its lazy parts' included: what a complete translation
// covers (the tests compare the shipped languages with it). Not imported by the element.
import { deliveryEn } from './en-delivery.js';
import { elementEn, type ElementMessageKey } from './en.js';
import { matrixEn } from './en-matrix.js';
import type { MessageText } from '@caf-forms/core/runtime';

export const allElementEn: Record<ElementMessageKey, MessageText> = { ...elementEn, ...deliveryEn, ...matrixEn };
