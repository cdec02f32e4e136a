// The one-file bundle's entry: defines <caf-form> and exposes what a page may call
// (registerRenderer, registerMessages) for hosts without a bundler.
import './define.js';

export * from './index.js';
