// Empties dist/ before a build: rollup never removes what it wrote before, so the hashed chunks
// of earlier builds would pile up beside caf-forms.js (and ship, since "files" lists dist).
import { rmSync } from 'node:fs';

rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
