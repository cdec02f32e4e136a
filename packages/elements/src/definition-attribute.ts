// The `definition` attribute. A definition is an object, so it is a property; but a page may
// write it as JSON text in the attribute, and a framework that renders <caf-form> before its
// script has loaded (React 19 does, and React 18 always) writes "[object Object]" there. JSON
// text is taken; anything else becomes a NotJsonDefinition, which the element explains (what
// it got, and how to fix it) instead of showing nothing.
import type { ComplexAttributeConverter } from 'lit';
import type { DefinitionProblem } from '@caf-forms/core/runtime';

export class NotJsonDefinition {
  constructor(readonly text: string) {}

  /** The problem shown in place of the form, and sent with caf-definition-error. */
  problem(): DefinitionProblem {
    const shown = this.text.length > 60 ? `${this.text.slice(0, 60)}…` : this.text;
    const hint = this.text.startsWith('[object ')
      ? 'An object was written as text: set the definition property instead (in React, load the caf-forms script before the component renders, or set the property on a ref).'
      : 'Give the definition as JSON text, set the definition property to the object, or use src with its URL.';
    return { path: '', message: `The definition attribute is not a JSON definition ("${shown}"). ${hint}` };
  }
}

export const definitionAttribute: ComplexAttributeConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return new NotJsonDefinition(value);
    }
  },
  // Never written back: a definition can be large, and the property is the source of truth.
  toAttribute: () => null,
};
