// Languages named in themselves ('cy' → 'Cymraeg'), for the language switch and the document's note.

export const primary = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';

/**
 * The names of the languages caf-forms ships, in each of them: browsers trim their locale
 * data, and Chromium names Welsh "Welsh" even in Welsh.
 */
const NAMES: Record<string, Record<string, string>> = {
  en: { en: 'English', cy: 'Welsh', ur: 'Urdu' },
  cy: { en: 'Saesneg', cy: 'Cymraeg', ur: 'Wrdw' },
  ur: { en: 'انگریزی', cy: 'ویلش', ur: 'اردو' },
};

/** A language's name in that language ('cy' → 'Cymraeg'), or in another ('ur' in English → 'Urdu'). */
export function nameOf(lang: string, inLanguage: string = lang): string {
  const known = NAMES[primary(inLanguage)]?.[primary(lang)];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([inLanguage, 'en'], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1);
  } catch {
    return lang;
  }
}
