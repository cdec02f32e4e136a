// React 19 typings for <caf-form> in JSX: `import '@caf-forms/elements/react'` registers the tag
// (so React sees a defined element and sets objects as properties, not "[object Object]"
// attributes) and declares what the tag takes. React 19 adds a listener for a custom element's
// `on<event name>` prop, so the events are `oncaf-submit={…}`, typed with their detail.
// A separate entry from '/define': it names 'react', which only a React project can resolve.
import '../define.js';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CafForm } from '../caf-form.js';
import type { CafFormEventMap } from '../events.js';
import type { CafFormDashedAttributes, CafFormProperties } from './properties.js';

/** `oncaf-submit`, `oncaf-change`…: React 19's spelling of a listener for the element's events. */
export type CafFormJsxEventProps = { [K in keyof CafFormEventMap as `on${K}`]?: (event: CafFormEventMap[K]) => void };

export type CafFormJsxProps = DetailedHTMLProps<HTMLAttributes<CafForm>, CafForm> & CafFormProperties & CafFormDashedAttributes & CafFormJsxEventProps;

declare module 'react' {
  // React 19's types declare JSX as a namespace: adding an element means merging into it.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'caf-form': CafFormJsxProps;
    }
  }
}
