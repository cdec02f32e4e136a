// Editor support made from the custom elements manifest, so the three never disagree:
// - vscode.html-custom-data.json: VS Code's HTML custom data ("html.customData" in settings)
//   completes <caf-form>, its attributes and their values, with the descriptions on hover;
// - web-types.json: the same for JetBrains IDEs (found through package.json's "web-types").
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The custom elements the manifest declares, each with its tag, description, attributes and events. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

/** '"a" | "b"' → ['a', 'b'] for an attribute whose type is a union of string literals. */
function literalValues(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => /^(['"]).*\1$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

const isBoolean = (a) => /^boolean( \| undefined)?$/.test(a.type?.text ?? '');

export function vscodeData(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elementsOf(manifest).map((el) => ({
      name: el.tagName,
      description: [el.summary, el.description].filter(Boolean).join('\n\n'),
      attributes: (el.attributes ?? []).map((a) => {
        const values = literalValues(a.type?.text);
        return {
          name: a.name,
          description: a.description ?? '',
          ...(isBoolean(a) ? { valueSet: 'v' } : values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

export function webTypes(manifest) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((el) => ({
          name: el.tagName,
          description: [el.summary, el.description].filter(Boolean).join('\n\n'),
          attributes: (el.attributes ?? []).map((a) => ({
            name: a.name,
            description: a.description ?? '',
            value: isBoolean(a) ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: a.type?.text ?? 'string' },
          })),
          events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '', ...(e.type ? { type: e.type.text } : {}) })),
          js: {
            properties: (el.members ?? [])
              .filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected')
              .map((m) => ({ name: m.name, description: m.description ?? '', ...(m.type ? { type: m.type.text } : {}) })),
            events: (el.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
        })),
      },
    },
  };
}

export function writeEditorData(manifest, outDir) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'vscode.html-custom-data.json'), `${JSON.stringify(vscodeData(manifest), null, 2)}\n`);
  writeFileSync(join(outDir, 'web-types.json'), `${JSON.stringify(webTypes(manifest), null, 2)}\n`);
}
