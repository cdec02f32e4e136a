// Plural forms, chosen by the language's own rules (Intl.PluralRules, CLDR's data): English
// has 'one' and 'other'; Welsh has 'zero', 'one', 'two', 'few', 'many' and 'other'
// (0, 1, 2, 3, 6 and everything else); Urdu 'one' and 'other'. A table gives the forms its
// language has; 'other' is always there, for any form a table leaves out.

export type PluralForms = { readonly other: string } & Partial<Readonly<Record<Intl.LDMLPluralRule, string>>>;

const rules = new Map<string, Intl.PluralRules>();

/** The form for n in this language (an unknown language tag counts as English). */
export function choosePlural(forms: PluralForms, lang: string, n: number): string {
  let rule = rules.get(lang);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(lang || 'en');
    } catch {
      rule = new Intl.PluralRules('en'); // a malformed lang attribute
    }
    rules.set(lang, rule);
  }
  return forms[rule.select(n)] ?? forms.other;
}
