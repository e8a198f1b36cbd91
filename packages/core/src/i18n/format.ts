import type { Language } from '@osallistu/contract';

/** The Intl locale each language formats with: Finnish conventions for all three. */
export const intlLocales: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = cache.get(key) as F | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** "12 000" in Finnish, "12,000" in English. */
export function formatNumber(lang: Language, value: number): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(intlLocales[lang])).format(value);
}

/** Whole euros: "12 000 €" in Finnish. */
export function formatCurrency(lang: Language, euros: number): string {
  return cached(
    `c:${lang}`,
    () => new Intl.NumberFormat(intlLocales[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  ).format(euros);
}

/** A calendar date, "29.11.2026" in Finnish. */
export function formatDate(lang: Language, date: string | Date): string {
  return cached(`d:${lang}`, () => new Intl.DateTimeFormat(intlLocales[lang], { dateStyle: 'medium' })).format(
    typeof date === 'string' ? new Date(date) : date,
  );
}
