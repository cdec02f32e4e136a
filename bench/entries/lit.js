// The floor: a bare Lit element rendering N labelled native inputs in fieldsets, re-rendering on
// every key (as <caf-form> does), with native constraint validation. No styles, no engine.
import { LitElement, html } from 'lit';
import { live } from 'lit/directives/live.js';

class BareForm extends LitElement {
  static properties = { form: { attribute: false } };
  values = new Map();

  render() {
    return html`<form novalidate @submit=${(e) => e.preventDefault()}>
      ${this.form.sections.map(
        (s) => html`<fieldset><legend>${s.title}</legend>
        ${s.fields.map(
          (f) => html`<div><label for=${f.id}>${f.label}</label>
          <input id=${f.id} name=${f.id} type="text" required .value=${live(this.values.get(f.id) ?? '')}
            @input=${(e) => {
              this.values.set(f.id, e.target.value);
              this.requestUpdate();
            }}></div>`,
        )}
      </fieldset>`,
      )}
      <button type="submit">Submit</button>
    </form>`;
  }
}
customElements.define('bare-form', BareForm);

export async function mount(container, form, data) {
  const el = document.createElement('bare-form');
  el.form = form;
  if (data) for (const [k, v] of Object.entries(data)) el.values.set(k, v);
  container.append(el);
  await el.updateComplete;
  const root = el.shadowRoot;
  return {
    root,
    input: (i) => root.getElementById(`f${i}`),
    value: (i) => el.values.get(`f${i}`),
    async validate() {
      const form = root.querySelector('form');
      const valid = form.checkValidity();
      return { valid, errors: valid ? 0 : root.querySelectorAll('input:invalid').length };
    },
  };
}
