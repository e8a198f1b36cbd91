import * as v from 'valibot';

/** The languages every widget and every public text supports; Finnish is the default. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fi';

/** A text in Finnish, optionally also in Swedish and English (names of areas, themes, processes). */
export const LocalizedTextSchema = v.strictObject({
  fi: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(4000)),
  sv: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(4000))),
  en: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(4000))),
});
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;

/** Picks the text in `lang`, falling back to Finnish. */
export function localize(text: LocalizedText, lang: Language): string {
  return text[lang] || text.fi;
}
