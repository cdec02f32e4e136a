// Server-side commands for the browser tests (called with executeServerCommand):
// - 'caf-print-pdf': prints the test page through Chromium's own print path (page.pdf, A4,
//   print media) and returns the PDF's text, read back with pdf.js, so a test can check
//   what a printed document really contains.
// - 'caf-form-ids': the ids of every form definition in forms/, so a test covers new forms
//   without being edited.
// - 'caf-ax-tree': Chromium's accessibility tree of the test page (shadow roots flattened, as
//   assistive technology meets it), as a flat list of nodes { role, name, description,
//   invalid, level, expanded, depth }, so a test can check what a screen reader is told.
import { readdirSync } from 'node:fs';

export function cafCommandsPlugin() {
  return {
    name: 'caf-commands',
    async executeCommand({ command, session }) {
      if (command === 'caf-form-ids') {
        return readdirSync(new URL('../../forms/', import.meta.url))
          .filter((f) => f.endsWith('.json'))
          .map((f) => f.replace(/\.json$/, ''))
          .sort();
      }
      if (command === 'caf-ax-tree') {
        const page = session.browser.getPage(session.id);
        const root = await page.accessibility.snapshot({ interestingOnly: false });
        const nodes = [];
        const walk = (node, depth) => {
          if (!node) return;
          nodes.push({
            role: node.role,
            name: node.name ?? '',
            description: node.description ?? '',
            invalid: node.invalid ?? '',
            level: node.level,
            expanded: node.expanded,
            depth,
          });
          for (const child of node.children ?? []) walk(child, depth + 1);
        };
        walk(root, 0);
        return nodes;
      }
      if (command === 'caf-print-pdf') {
        const page = session.browser.getPage(session.id);
        const pdf = await page.pdf({ format: 'A4', printBackground: false });
        return { pages: await pdfPages(pdf) };
      }
      return undefined;
    },
  };
}

/** The text of each page of a PDF, lines joined by spaces. */
async function pdfPages(bytes) {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}
