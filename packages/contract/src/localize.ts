import type { Language } from './languages.js';
import type { LocalizedText } from './localized-text.js';

/**
 * Picks the text in `lang`, falling back to Finnish. A module of its own (no valibot): nearly every
 * widget calls it, and a widget that only shows texts should not load the schemas.
 */
export function localize(text: LocalizedText, lang: Language): string {
  return text[lang] || text.fi;
}
