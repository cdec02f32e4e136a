// The writing direction of a language: the form and each answer are laid out by it.

/** Languages written right to left, by primary subtag (Arabic, Urdu, Persian, Pashto, Hebrew, Sindhi, Kurdish (Sorani), Dhivehi, Yiddish, Uyghur). */
const RTL = new Set(['ar', 'ur', 'fa', 'ps', 'he', 'sd', 'ckb', 'dv', 'yi', 'ug']);

export function directionOf(lang: string | undefined): 'ltr' | 'rtl' {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}
