import * as v from 'valibot';

/** The languages every widget and every public text supports; Finnish is the default. */
export { languages, defaultLanguage, type Language } from './languages.js';
export { localize } from './localize.js';

/** A text in Finnish, optionally also in Swedish and English (names of areas, themes, processes). */
export const LocalizedTextSchema = v.strictObject({
  fi: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(4000)),
  sv: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(4000))),
  en: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(4000))),
});
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>;
