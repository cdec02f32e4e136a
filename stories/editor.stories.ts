// The definition editor: a designer pastes or edits a definition and sees it rendered at once.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FORM_IDS } from './support/forms.js';
import './editor/definition-editor.js';

interface Args {
  start: string;
}

const meta: Meta<Args> = {
  title: 'Definition editor',
  component: 'caf-definition-editor',
  parameters: { layout: 'fullscreen' },
  argTypes: { start: { control: { type: 'select' }, options: [...FORM_IDS], description: 'The form in forms/ the editor starts from.' } },
  args: { start: 'example' },
  render: ({ start }) => html`<div style="padding: 1rem"><caf-definition-editor .start=${start}></caf-definition-editor></div>`,
};
export default meta;

/** Edit the JSON on the left; the form renders on the right; problems are listed under the text. */
export const Editor: StoryObj<Args> = {};

/** Starting from the CAF form itself, the largest definition. */
export const StartFromCaf: StoryObj<Args> = { name: 'Starting from the CAF form', args: { start: 'caf' } };
