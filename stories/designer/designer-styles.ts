// The designer's layout: outline, properties and preview side by side, each scrolling alone.
import { css } from 'lit';

export const designerStyles = css`
  :host { display: block; font-family: system-ui, sans-serif; color: #0b0c0c; font-size: 0.95rem; }
  .designer { display: grid; grid-template-columns: minmax(16rem, 22rem) minmax(20rem, 1fr) minmax(24rem, 1.3fr); grid-template-rows: auto 1fr; height: 100vh; }
  .bar { grid-column: 1 / -1; display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; padding: 0.5rem 1rem; border-bottom: 2px solid #0b0c0c; background: #f3f2f1; }
  .outline, .properties, .preview { overflow: auto; padding: 0.5rem 1rem 2rem; min-height: 0; }
  .outline { border-right: 1px solid #b1b4b6; }
  .properties { border-right: 1px solid #b1b4b6; }
  h2 { font-size: 1.15rem; margin: 0.75rem 0 0.5rem; }
  h3 { font-size: 1rem; margin: 0.5rem 0 0.25rem; }
  label { font-weight: 600; }
  .inline { display: inline; font-weight: 600; }
  select, button, input, textarea { font: inherit; }
  button { cursor: pointer; border: 2px solid #0b0c0c; background: #fff; color: #0b0c0c; padding: 0.15rem 0.5rem; }
  button.primary { background: #00703c; color: #fff; border-color: #00703c; }
  button[disabled] { opacity: 0.5; cursor: not-allowed; }
  :focus-visible { outline: 3px solid #ffdd00; outline-offset: 0; box-shadow: 0 0 0 5px #0b0c0c; }
  [role='treeitem']:focus { outline: none; box-shadow: none; }
  [role='treeitem']:focus > .node { outline: 3px solid #ffdd00; box-shadow: 0 0 0 5px #0b0c0c; }
  .message { margin: 0 0 0 auto; font-weight: 600; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-bottom: 0.5rem; }
  [role='tree'], [role='group'] { list-style: none; margin: 0; padding: 0; }
  [role='treeitem'] { padding-left: calc(var(--depth, 0) * 1rem); }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  [role='treeitem'] { cursor: pointer; }
  .node { display: flex; gap: 0.25rem; align-items: baseline; padding: 0.15rem 0.25rem; }
  [aria-selected='true'] > .node { background: #1d70b8; color: #fff; }
  .twisty { width: 1rem; display: inline-block; }
  .name { flex: 1; }
  .kind { font-size: 0.75rem; color: #505a5f; border: 1px solid currentColor; padding: 0 0.25rem; border-radius: 2px; }
  [aria-selected='true'] > .node .kind { color: #fff; }
  .keys, .note, .hint, .optional { color: #505a5f; font-weight: 400; }
  .hint { display: block; font-size: 0.85rem; }
  .picker { border: 2px solid #0b0c0c; padding: 0.5rem; margin-bottom: 0.5rem; max-height: 24rem; overflow: auto; }
  .types { list-style: none; padding: 0; margin: 0; }
  button.type { display: block; width: 100%; text-align: left; border: 0; border-bottom: 1px solid #b1b4b6; padding: 0.25rem; }
  button.type span { color: #505a5f; font-size: 0.85rem; }
  .prop { margin: 0 0 0.75rem; border: 0; padding: 0; }
  .prop > label, .prop > legend { display: block; margin-bottom: 0.15rem; }
  .prop input[type='text'], .prop input[type='number'], .prop textarea, .prop select { box-sizing: border-box; width: 100%; border: 2px solid #0b0c0c; padding: 0.2rem 0.35rem; }
  .prop.check { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; }
  fieldset.nested, fieldset.list, fieldset.entry, fieldset.group { border: 1px solid #b1b4b6; padding: 0.5rem; }
  fieldset legend { font-weight: 600; }
  .entries { padding-left: 1.25rem; }
  .entry-actions, .rule-actions { display: flex; flex-wrap: wrap; gap: 0.25rem; margin-top: 0.25rem; }
  .condition .sentence { font-style: italic; }
  .rule { display: grid; gap: 0.15rem; border-left: 4px solid #1d70b8; padding-left: 0.5rem; margin: 0.5rem 0; }
  .rule select, .rule input { border: 2px solid #0b0c0c; }
  .status { font-weight: 600; }
  .status.has-problems, .invalid { color: #d4351c; }
  .valid { color: #00703c; }
  .problems a { color: #1d70b8; }
  .changes .breaking { color: #d4351c; }
  .envelope { background: #f3f2f1; padding: 0.5rem; max-height: 24rem; overflow: auto; font-size: 0.8rem; }
  .json textarea { box-sizing: border-box; width: 100%; height: 28rem; font: 0.8rem/1.4 ui-monospace, monospace; border: 2px solid #0b0c0c; }
  code { font-size: 0.8rem; color: #505a5f; }
`;
