// Vue 3 typings for <caf-form> in templates: `import '@caf-forms/elements/vue'` registers the tag
// and declares it among Vue's GlobalComponents, so vue-tsc / Volar check its props and type
// `@caf-submit="…"` handlers with their detail. Vue's compiler must still be told the tag is a
// custom element (compilerOptions.isCustomElement), and objects bound with `.prop`.
// A separate entry from '/define': it names 'vue', which only a Vue project can resolve.
import '../define.js';
import type { DefineComponent } from 'vue';
import type { CafFormDashedAttributes, CafFormHandlerProps, CafFormProperties } from './properties.js';

export type CafFormVueProps = CafFormProperties & CafFormDashedAttributes & CafFormHandlerProps;

declare module 'vue' {
  interface GlobalComponents {
    'caf-form': DefineComponent<CafFormVueProps>;
  }
}
