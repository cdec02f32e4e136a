// Registers <caf-form>. Kept apart from the class so that importing the class has no side effects.
import { CafForm } from './caf-form.js';

if (!customElements.get('caf-form')) customElements.define('caf-form', CafForm);

declare global {
  interface HTMLElementTagNameMap {
    'caf-form': CafForm;
  }
}
