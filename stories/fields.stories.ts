// One story per field type, showing its states side by side: empty, filled, with its error
// (after a submit) and read-only. The controls are the field's definition options, from the
// meta-schema; the story starts from the field's example in forms/example.json.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Field } from '@caf-forms/core';
import { fieldArgTypes, fieldTypeDescription } from './support/field-controls.js';
import { fieldExample, singleFieldForm } from './support/field-example.js';
import { expectErrors, formIn, submitOnRender } from './support/submit.js';

type Args = Record<string, unknown>;

function fieldStory(type: Field['type']): StoryObj<Args> {
  const { field, answer } = fieldExample(type);
  const { type: _type, id, visibleWhen: _v, requiredWhen: _r, ...options } = field;
  const argTypes = fieldArgTypes(type);
  const fieldWith = (args: Args, extra: Args = {}): Field => {
    // Only the definition options: Storybook adds args of its own (the element's event
    // handlers, from its manifest). A control cleared to nothing leaves the option out.
    const set = Object.fromEntries(Object.entries(args).filter(([k, v]) => k in argTypes && v !== undefined && v !== ''));
    return { type, id, ...set, ...extra } as Field;
  };
  return {
    args: options,
    argTypes,
    parameters: { docs: { description: { story: fieldTypeDescription(type) } } },
    render: (args) => {
      const filled = { story: { [id]: answer } };
      return html`<div class="field-states">
        <caf-form class="state-empty" .definition=${singleFieldForm('Empty', fieldWith(args))}></caf-form>
        <caf-form class="state-filled" .definition=${singleFieldForm('Filled', fieldWith(args))} .data=${filled}></caf-form>
        <caf-form class="state-error" ${ref((el) => submitOnRender(el))} .definition=${singleFieldForm('With an error (required, submitted empty)', fieldWith(args, { required: true }))}></caf-form>
        <caf-form class="state-readonly" readonly .definition=${singleFieldForm('Read-only', fieldWith(args))} .data=${filled}></caf-form>
      </div>`;
    },
    play: ({ canvasElement }) => expectErrors(formIn(canvasElement, 'caf-form.state-error')),
  };
}

const meta: Meta<Args> = {
  title: 'Fields',
  component: 'caf-form',
  parameters: { layout: 'padded' },
};
export default meta;

// Export names end in "Field" so that Date and Number do not shadow the globals.
export const TextField = fieldStory('text');
export const TextareaField = fieldStory('textarea');
export const DateField = fieldStory('date');
export const TimeField = fieldStory('time');
export const EmailField = fieldStory('email');
export const TelField = fieldStory('tel');
export const PostcodeField = fieldStory('postcode');
export const NumberField = fieldStory('number');
export const RadiosField = fieldStory('radios');
export const CheckboxesField = fieldStory('checkboxes');
export const SelectField = fieldStory('select');
export const YesnoField = fieldStory('yesno');
export const GridField = fieldStory('grid');
export const RatingField = fieldStory('rating');
export const ScaleField = fieldStory('scale');
export const RepeatField = fieldStory('repeat');
export const SignatureField = fieldStory('signature');
