// The panels under the properties: the problems checkDefinition finds (each linking to its item),
// what changed since the file in forms/ and whether it breaks submissions already made
// (diffDefinitions), and the seed's wordings an edit removed.
import { html, nothing, type TemplateResult } from 'lit';
import { diffDefinitions, type DefinitionProblem, type FormDefinition } from '@caf-forms/core';
import { seedWording, wordingRemoved } from './form-files.js';
import { nodeFor, type OutlineNode } from './outline.js';

export function problemsPanel(problems: readonly DefinitionProblem[], outline: readonly OutlineNode[], select: (pointer: string) => void): TemplateResult {
  const n = problems.length;
  return html`<section aria-labelledby="problems-heading"><h2 id="problems-heading">Problems</h2>
    <p class=${n ? 'status has-problems' : 'status'} role="status">${n === 0 ? 'No problems: the form passes checkDefinition.' : `${n} ${n === 1 ? 'problem' : 'problems'} to fix before saving.`}</p>
    ${
      n
        ? html`<ul class="problems">${problems.map((p) => {
            const node = nodeFor(outline, p.path);
            return html`<li>${
              node
                ? html`<a href="#" @click=${(e: Event) => {
                    e.preventDefault();
                    select(node.pointer);
                  }}>In ‘${node.name}’</a>: `
                : nothing
            }${p.message} <code>${p.path}</code></li>`;
          })}</ul>`
        : nothing
    }
  </section>`;
}

/** `checked`: the definition, when it passes checkDefinition (the diff needs one). */
export function versionsPanel(saved: FormDefinition | undefined, checked: FormDefinition | undefined, setVersion: (version: string) => void): TemplateResult {
  const section = (body: TemplateResult): TemplateResult =>
    html`<section aria-labelledby="versions-heading"><h2 id="versions-heading">Versions</h2>${body}</section>`;
  if (!saved) return section(html`<p class="note">A new form: nothing in forms/ to compare with.</p>`);
  if (!checked) return section(html`<p class="note">Fix the problems to compare with forms/${saved.id}.json.</p>`);
  const diff = diffDefinitions(saved, checked);
  if (diff.changes.length === 0) return section(html`<p class="note">No changes from forms/${saved.id}.json (version ${saved.version}).</p>`);
  return section(html`
    <p>Compared with forms/${saved.id}.json (version ${saved.version}): ${diff.breaking ? html`<strong class="invalid">breaking for submissions already made</strong>` : 'nothing breaks submissions already made'}; this needs a ${diff.bump} version, ${diff.suggestedVersion}.
      ${checked.version === diff.suggestedVersion ? html` The version is ${checked.version}.` : html`<button type="button" @click=${() => setVersion(diff.suggestedVersion)}>Set the version to ${diff.suggestedVersion}</button>`}</p>
    <ul class="changes">${diff.changes.map((c) => html`<li class=${c.breaking ? 'breaking' : ''}><strong>${c.breaking ? 'Breaking' : c.level === 'minor' ? 'Addition' : 'Wording or layout'}:</strong> ${c.message}</li>`)}</ul>`);
}

export function wordingPanel(saved: FormDefinition | undefined, definition: unknown): TemplateResult | typeof nothing {
  const id = saved?.id;
  const wording = id ? seedWording(id) : undefined;
  if (!wording) return nothing;
  const removed = wordingRemoved(wording, saved, definition);
  return html`<section aria-labelledby="wording-heading"><h2 id="wording-heading">Seed wording</h2>
    ${
      removed.length === 0
        ? html`<p class="note">Every wording from the council's seed document that forms/${id}.json had is still here.</p>`
        : html`<p class="invalid">Your edits removed ${removed.length} of the seed's wordings (the wording test will fail unless forms/samples/${id}.wording.json changes too):</p>
        <ul>${removed.map((w) => html`<li>“${w}”</li>`)}</ul>`
    }
  </section>`;
}
