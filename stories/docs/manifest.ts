/// <reference types="vite/client" />
// The element's custom-elements manifest (dist/custom-elements.json, written by `cem analyze`
// from caf-form.ts's JSDoc before Storybook starts), so the docs never retype the API.

interface Described {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
export interface ElementDoc {
  tagName: string;
  summary?: string;
  attributes: (Described & { fieldName?: string })[];
  members: (Described & { kind: string; privacy?: string; static?: boolean })[];
  events: Described[];
  cssProperties: Described[];
}
interface Manifest {
  modules: { declarations?: (Partial<ElementDoc> & { name: string })[] }[];
}

const found = Object.values(import.meta.glob<Manifest>('../../dist/custom-elements.json', { eager: true, import: 'default' }));

export function elementDoc(tagName = 'caf-form'): ElementDoc {
  const manifest = found[0];
  if (!manifest) throw new Error('dist/custom-elements.json is missing: run `npm run storybook` or `npm run build-storybook`, which generate it');
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
  if (!declaration) throw new Error(`the manifest has no <${tagName}>`);
  return {
    tagName,
    summary: declaration.summary,
    attributes: declaration.attributes ?? [],
    members: declaration.members ?? [],
    events: declaration.events ?? [],
    cssProperties: declaration.cssProperties ?? [],
  };
}

/** Public properties that have no attribute: set them from script (definition, data, …). */
export function propertiesOnly(doc: ElementDoc): ElementDoc['members'] {
  const withAttribute = new Set(doc.attributes.map((a) => a.fieldName));
  return doc.members.filter((m) => m.kind === 'field' && !m.privacy && !m.static && !withAttribute.has(m.name));
}

export function publicMethods(doc: ElementDoc): ElementDoc['members'] {
  return doc.members.filter((m) => m.kind === 'method' && !m.privacy && !m.static);
}
