// A 422's field errors → the engine's problems, so that the store shows them at their fields and
// in the error summary exactly as it shows its own. Servers name answers in different ways; the
// engine's paths ('dob', 'people.0.who'), 'section.field' and JSON pointers into the envelope
// ('/data/section/field') all come out as engine paths.
import { type FieldError, type FormModel, type Problem, focusPartOf, unescapePointerSegment } from '@caf-forms/core/runtime';

export function problemsOf(model: FormModel, errors: readonly FieldError[]): Problem[] {
  return errors.map((error) => {
    const path = enginePath(model, error.path);
    const parts = path.split('.');
    const leafId = parts.filter((p) => model.fields.has(p)).pop();
    const field = leafId === undefined ? undefined : model.fields.get(leafId)?.field;
    // The summary's link must reach an input: a whole date's is its day, a signature's the name.
    const whole = leafId !== undefined && parts[parts.length - 1] === leafId;
    const focus = whole && field ? focusPartOf(field) : undefined;
    return focus ? { path, message: error.message, focus } : { path, message: error.message };
  });
}

export function enginePath(model: FormModel, raw: string): string {
  const pointer = raw.startsWith('/') || raw.startsWith('#/');
  let parts = pointer
    ? raw
        .replace(/^#?\//, '')
        .split('/')
        .map((p) => unescapePointerSegment(decodePointerPart(p)))
    : raw.split('.');
  parts = parts.filter((p) => p !== '');
  if (parts[0] === 'data' && !model.fields.has('data')) parts = parts.slice(1);
  // 'section.field': drop the section when the field is in it.
  if (parts.length > 1 && model.fields.get(parts[1]!)?.section.id === parts[0] && !model.fields.has(parts[0]!)) parts = parts.slice(1);
  return parts.join('.');
}

/** A pointer part as a URI fragment may encode it; a server's malformed "%" is read as written. */
function decodePointerPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
