// The one-file bundle's size budget (issue 15): caf-forms.js, what every page loads at start,
// at most BUDGET bytes with gzip -9; every other file of the build is a chunk loaded by need,
// never imported statically by it. Run after the build (npm test does); it fails when the
// entry grows past the budget, so a change that adds to every page's download is a decision.
// Prints the entry and each chunk, gzip -9.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** Bytes, gzip -9: the size reached by issue 15's work (36,581 B), with a little room. */
export const BUDGET = 37_000;

const dist = new URL('../dist/', import.meta.url);
const gz = (name) => gzipSync(readFileSync(new URL(name, dist)), { level: 9 }).length;
const entry = 'caf-forms.js';
const chunks = readdirSync(dist).filter((f) => f.startsWith('caf-forms-') && f.endsWith('.js'));
const code = readFileSync(new URL(entry, dist), 'utf8');
// A static import in the minified entry ("import{…}from"./caf-forms-x.js"" or a bare import "./x"):
// the chunk would load with every page.
const staticImports = [...code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)].map((m) => m[1]);

const size = gz(entry);
console.log(`${entry}: ${size} B gzip -9 (budget ${BUDGET} B)`);
for (const chunk of chunks.sort()) console.log(`  by need: ${chunk}: ${gz(chunk)} B`);
const problems = [];
if (size > BUDGET) problems.push(`${entry} is ${size} B gzip -9, over its budget of ${BUDGET} B`);
if (staticImports.length) problems.push(`${entry} imports ${staticImports.join(', ')} statically: every page would load it`);
if (!chunks.length) problems.push('no lazily loaded chunks found beside the entry: was dist built by rollup -c?');
if (problems.length) {
  for (const p of problems) console.error(`size check: ${p}`);
  process.exit(1);
}
