// The editor's own layout: the definition beside its preview, wide enough for a form.
import { css } from 'lit';

export const editorStyles = css`
  :host { display: block; font-family: system-ui, sans-serif; color: #0b0c0c; }
  .editor { display: grid; grid-template-columns: minmax(22rem, 1fr) minmax(24rem, 1fr); gap: 1.5rem; align-items: start; }
  @media (max-width: 60rem) { .editor { grid-template-columns: 1fr; } }
  h2 { font-size: 1.25rem; margin: 0.5rem 0; }
  label { display: block; font-weight: 600; margin: 0.5rem 0 0.25rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; }
  .row label { flex-basis: 100%; }
  select, button { font: inherit; padding: 0.25rem 0.5rem; }
  button { cursor: pointer; border: 2px solid #0b0c0c; background: #f3f2f1; color: #0b0c0c; }
  button:focus, select:focus, textarea:focus, .envelope:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
  textarea { box-sizing: border-box; width: 100%; height: 32rem; font: 0.85rem/1.4 ui-monospace, monospace; tab-size: 2; border: 2px solid #0b0c0c; padding: 0.5rem; }
  .status { font-weight: 600; }
  .status.has-problems { color: #d4351c; }
  .problems { list-style: none; padding: 0; margin: 0; }
  .problem { border-left: 5px solid #d4351c; padding: 0.25rem 0 0.5rem 0.75rem; margin-bottom: 0.75rem; }
  .problem-path { display: block; font-weight: 600; }
  .excerpt { background: #f3f2f1; padding: 0.25rem 0.5rem; overflow-x: auto; white-space: pre; margin: 0.25rem 0; }
  .line-number { color: #505a5f; margin-right: 1rem; user-select: none; }
  mark { background: #ffdd00; color: #0b0c0c; }
  .show { font-size: 0.85rem; }
  .note { color: #505a5f; }
  .valid { color: #00703c; }
  .invalid { color: #d4351c; }
  .envelope { background: #f3f2f1; padding: 0.5rem; max-height: 24rem; overflow: auto; font-size: 0.8rem; }
`;
