// The element's lazily loaded parts (see lazy-part.ts). Each is one dynamic import, so the
// one-file bundle makes it a chunk of its own that a form fetches only when it needs it.
export const matrixPart = () => import('./renderers/matrix.js');
export const answersPart = () => import('./answers-part.js');
export const languageSwitchPart = () => import('./language-switch.js');
export const contentLanguagePart = () => import('./controllers/content-language.js');
export const translationPart = () => import('./translation-part.js');
export const gridPart = () => import('./renderers/grid.js');
export const signaturePart = () => import('./renderers/signature.js');
export const timePart = () => import('./renderers/time.js');
export const rtlPart = () => import('./rtl-styles.js');
export const pagedPart = () => import('./paged-styles.js');
