// <CafForm> for React, made with @lit/react: props are set as the element's properties (objects
// included) and onCafSubmit-style props listen to its DOM events, typed with their detail.
// Importing this module registers <caf-form> first, so React never renders the tag before it
// is defined (the trap where an object prop reaches the element as "[object Object]").
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CafForm as CafFormElement, type CafFormEventMap, type PascalEventName } from '@caf-forms/elements';
import '@caf-forms/elements/define';

/** One onCafX prop per event the element fires: a new event is a compile error here until mapped. */
type EventProps = { [K in keyof CafFormEventMap as `on${PascalEventName<K>}`]: EventName<CafFormEventMap[K]> };
const event = <K extends keyof CafFormEventMap>(name: K) => name as EventName<CafFormEventMap[K]>;
const events: EventProps = {
  onCafChange: event('caf-change'),
  onCafInvalid: event('caf-invalid'),
  onCafSubmit: event('caf-submit'),
  onCafDefinitionError: event('caf-definition-error'),
  onCafLoadError: event('caf-load-error'),
  onCafSubmitted: event('caf-submitted'),
  onCafSubmitError: event('caf-submit-error'),
  onCafStorageExpired: event('caf-storage-expired'),
  onCafLanguageChange: event('caf-language-change'),
};

export const CafForm = createComponent({ tagName: 'caf-form', elementClass: CafFormElement, react: React, displayName: 'CafForm', events });

export type CafFormProps = React.ComponentProps<typeof CafForm>;
export { CafFormElement };
export type {
  CafChangeDetail,
  CafDefinitionErrorDetail,
  CafFormEventMap,
  CafInvalidDetail,
  CafLoadErrorDetail,
  CafStorageExpiredDetail,
  CafSubmitDetail,
  CafSubmitErrorDetail,
  CafSubmittedDetail,
} from '@caf-forms/elements';
