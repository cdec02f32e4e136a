// The form designer: build and change a form without writing JSON. See stories/docs/designer.mdx.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FORM_IDS } from './support/forms.js';
import './designer/caf-designer.js';

interface Args {
  start: string;
}

const meta: Meta<Args> = {
  title: 'Designer',
  component: 'caf-designer',
  parameters: { layout: 'fullscreen' },
  argTypes: {
    start: { control: { type: 'select' }, options: ['blank', ...FORM_IDS], description: "The form in forms/ the designer starts from, or 'blank'." },
  },
  args: { start: 'consent' },
  render: ({ start }) => html`<caf-designer .start=${start}></caf-designer>`,
};
export default meta;

/** The consent form, ready to change: outline on the left, properties in the middle, the form itself on the right. */
export const Designer: StoryObj<Args> = {};

/** A new form, from blank. */
export const Blank: StoryObj<Args> = { name: 'A blank form', args: { start: 'blank' } };

/** The CAF, the largest form. */
export const Caf: StoryObj<Args> = { name: 'The CAF form', args: { start: 'caf' } };
