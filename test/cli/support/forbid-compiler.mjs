// Loaded with --import: makes the CLI's heavy build-time dependencies unloadable, so a command
// that does not need them proves it does not load them.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
  const FORBIDDEN = new Set(['esbuild', 'json-schema-to-typescript']);
  export async function resolve(specifier, context, next) {
    if (FORBIDDEN.has(specifier)) throw new Error('caf-forms test: ' + specifier + ' must not be loaded by this command');
    return next(specifier, context);
  }
`),
);
