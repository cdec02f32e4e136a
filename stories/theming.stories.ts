// The theming custom properties, as controls on a live form. The list of properties comes from
// the element's manifest (its @cssprop JSDoc), so a new one appears here by itself.
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { elementDoc } from './docs/manifest.js';
import { formDefinition } from './support/forms.js';

type Args = Record<string, string>;

const cssProperties = elementDoc().cssProperties;
const argTypes: ArgTypes<Args> = Object.fromEntries(
  cssProperties.map((p) => [
    p.name,
    {
      description: p.description,
      control: { type: p.name.endsWith('colour') ? 'color' : 'text' },
    },
  ]),
);

const meta: Meta<Args> = {
  title: 'Theming',
  component: 'caf-form',
  argTypes,
  // Values that keep the GOV.UK contrast ratios, so the story itself passes the a11y check.
  args: {
    '--caf-brand-colour': '#1d4f91',
    '--caf-link-colour': '#4c2c92',
    '--caf-focus-colour': '#ffbf47',
    '--caf-error-colour': '#a8200d',
    '--caf-font-family': 'Georgia, serif',
  },
  parameters: { layout: 'padded' },
  render: (args) =>
    html`<caf-form style=${styleMap(Object.fromEntries(Object.entries(args).filter(([k, v]) => k.startsWith('--caf-') && v)))} .definition=${formDefinition('consent')}></caf-form>`,
};
export default meta;

/** The consent form with the theme in the controls. */
export const Themed: StoryObj<Args> = {};
