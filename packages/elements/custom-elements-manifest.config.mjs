// The published dist/custom-elements.json (`cem analyze` in `npm run build`): analysed from src/,
// but describing what the package ships, so tools that follow its paths find real files:
// module paths point at dist/lib/*.js, and modules with no JavaScript there (the one-file
// bundle's entry, type-only files) are left out. Then the editors' files are made from it.
import { existsSync } from 'node:fs';
import { writeEditorData } from './scripts/editor-data.mjs';

const shipped = (path) => path.replace(/^src\//, 'dist/lib/').replace(/\.ts$/, '.js');

function publishedPaths() {
  return {
    name: 'caf-forms-published-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      manifest.modules = manifest.modules.filter((m) => existsSync(shipped(m.path)));
      const fix = (ref) => {
        if (ref?.module) ref.module = shipped(ref.module);
      };
      for (const m of manifest.modules) {
        m.path = shipped(m.path);
        for (const e of m.exports ?? []) fix(e.declaration);
        for (const d of m.declarations ?? []) {
          fix(d.superclass);
          for (const member of d.members ?? []) fix(member.inheritedFrom);
          for (const a of d.attributes ?? []) fix(a.inheritedFrom);
        }
      }
    },
  };
}

function editorData() {
  return {
    name: 'caf-forms-editor-data',
    packageLinkPhase({ customElementsManifest: manifest }) {
      writeEditorData(manifest, 'dist');
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [publishedPaths(), editorData()],
};
