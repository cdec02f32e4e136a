// What a framework may set on <caf-form>, for the React and Vue typings: the element's public
// properties (objects go in as properties, never attributes) and its dashed attribute names.
import type { CafForm } from '../caf-form.js';
import type { CafFormEventMap } from '../events.js';

export type CafFormProperties = Partial<
  Pick<
    CafForm,
    | 'definition'
    | 'src'
    | 'data'
    | 'readonly'
    | 'paged'
    | 'lang'
    | 'submission'
    | 'lightDom'
    | 'action'
    | 'headers'
    | 'autosave'
    | 'draftKey'
    | 'storageScope'
    | 'storageKey'
    | 'draftTtl'
    | 'outboxTtl'
    | 'keepPageTitle'
    | 'renderers'
    | 'retry'
  >
>;

/** The attributes whose names differ from their property's, as written in HTML. */
export interface CafFormDashedAttributes {
  'light-dom'?: boolean;
  'draft-key'?: string;
  'storage-scope'?: string;
  'draft-ttl'?: string;
  'outbox-ttl'?: string;
  'keep-page-title'?: boolean;
}

/** 'caf-submit' → 'CafSubmit': the event names as framework handler names spell them. */
export type PascalEventName<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalEventName<Tail>}` : Capitalize<S>;

/** onCafSubmit, onCafChange…: one handler prop per event, typed with its detail. */
export type CafFormHandlerProps = { [K in keyof CafFormEventMap as `on${PascalEventName<K>}`]?: (event: CafFormEventMap[K]) => void };
