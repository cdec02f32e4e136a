// @caf-forms/elements: the <caf-form> class, its events and the renderer registry.
// Import '@caf-forms/elements/define' (or define.ts) to register the tag.
export { CafForm } from './caf-form.js';
export { registerRenderer, rendererFor, type FieldRenderer, type RenderContext } from './registry.js';
export * from './events.js';
export { registerMessages, messagesFor, type ElementMessages, type Translate } from './messages.js';
export type { Translations } from './controllers/language-wanted.js';
export type { FieldError, ServerResponse } from './delivery/response.js';
export type { RetryPolicy } from './delivery/post.js';
export type { FlushResult, OutboxEntry, OutboxStatus } from './delivery/outbox.js';
export { clearDeviceStorage, clearPersonStorage } from './device-storage.js';
export type { CafFormDashedAttributes, CafFormHandlerProps, CafFormProperties, PascalEventName } from './frameworks/properties.js';
