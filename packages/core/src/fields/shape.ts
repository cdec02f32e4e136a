// Guards for a definition read as plain JSON, before anything vouches for its shape: quickCheck
// (check/quick-check.ts) uses them, and each field module's `wellShaped` uses them to say what
// its renderer and rules read beyond the id and label.
export type Json = Record<string, unknown>;

/** Checks one nested item (an option's follow-up question): quickCheck's own, passed in. */
export type ItemGuard = (item: unknown) => boolean;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown): v is string => typeof v === 'string';
export const isArrayOf = (v: unknown, each: (x: unknown) => boolean, min = 0): boolean => Array.isArray(v) && v.length >= min && v.every(each);

/** At least one option, each a value and a label, any follow-up questions well shaped. */
export const hasOptions = (field: Json, isItem: ItemGuard): boolean =>
  isArrayOf(field.options, (o) => isObject(o) && isString(o.value) && isString(o.label) && (o.reveal === undefined || isArrayOf(o.reveal, isItem)), 1);
