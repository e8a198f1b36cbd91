import type { Language } from '@osallistu/contract';
import type { Translation } from './translation.js';
import { fi } from './fi.js';

/**
 * The shared dictionaries. Finnish (the default) is bundled; Swedish and English load on first
 * use, each its own small chunk, so a Finnish page never downloads them.
 */
const loaded: Partial<Record<Language, Translation>> = { fi };
const loading = new Map<Language, Promise<Translation>>();
const importers: Record<Language, () => Promise<Translation>> = {
  fi: () => Promise.resolve(fi),
  sv: () => import('./sv.js').then((m) => m.sv),
  en: () => import('./en.js').then((m) => m.en),
};

/** The dictionary of `lang` when it has loaded, else `undefined` (see {@link loadCoreTranslation}). */
export function coreTranslation(lang: Language): Translation | undefined {
  return loaded[lang];
}

/** Loads the dictionary of `lang` once; later calls return the same promise. */
export function loadCoreTranslation(lang: Language): Promise<Translation> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = importers[lang]().then(
      (translation) => (loaded[lang] = translation),
      (error: unknown) => {
        loading.delete(lang); // let a later render try again
        throw error;
      },
    );
    loading.set(lang, promise);
  }
  return promise;
}
