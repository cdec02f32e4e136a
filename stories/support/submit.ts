// Submitting a story's form the way a user does (its submit button), for the "after a failed
// submit" and "error" states. expectErrors throws when no error summary appears, so the
// automated check fails if validation broke; a form with nothing required submits instead,
// which is accepted.
import type { CafForm } from '@caf-forms/elements';

const submitted = new WeakSet<CafForm>();

export async function submitForm(form: CafForm): Promise<void> {
  // Called as the story renders: wait until the form has been given its definition and drawn.
  // renderRoot is undefined until the element first connects, whatever its type says.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
  for (let i = 0; i < 100 && !form.renderRoot?.querySelector('form button[type="submit"]'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await form.updateComplete;
  }
  form.addEventListener(
    'caf-submit',
    (event) => {
      submitted.add(form);
      event.preventDefault(); // a story never posts
    },
    { once: true },
  );
  const button = form.renderRoot.querySelector<HTMLButtonElement>('form button[type="submit"]');
  if (!button) throw new Error('the form has no submit button');
  button.click();
}

export async function expectErrors(form: CafForm): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await form.updateComplete;
    if (form.renderRoot.querySelector('.govuk-error-summary') || submitted.has(form)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('submitting the empty form showed no error summary');
}

export function formIn(canvas: HTMLElement, selector = 'caf-form'): CafForm {
  const form = canvas.querySelector<CafForm>(selector);
  if (!form) throw new Error(`no ${selector} in the story`);
  return form;
}

/** A Lit ref callback: submit the form once it is rendered (again after each re-render). */
export function submitOnRender(element: Element | undefined): void {
  // The ref is on a <caf-form>, which the browser made from the registered class.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  if (element) void submitForm(element as CafForm);
}
