import type { Language } from '@osallistu/contract';

/** Loads one language's dictionary (a dynamic `import()`, so it becomes its own small chunk). */
export type DictionaryLoader<T> = () => Promise<T>;

/**
 * A package's dictionaries. Finnish, the default and the fallback, is always bundled; Swedish and
 * English may be bundled too or loaded on first use.
 *
 * @example
 * export const ideasTranslations: Dictionaries<IdeasTranslation> = {
 *   fi,
 *   sv: () => import('./sv.js').then((m) => m.sv),
 *   en: () => import('./en.js').then((m) => m.en),
 * };
 */
export type Dictionaries<T> = { fi: T } & Record<Exclude<Language, 'fi'>, T | DictionaryLoader<T>>;

const loaded = new WeakMap<object, Partial<Record<Language, unknown>>>();
const loading = new WeakMap<object, Map<Language, Promise<unknown>>>();

function loadedOf<T>(dictionaries: Dictionaries<T>): Partial<Record<Language, T>> {
  let values = loaded.get(dictionaries) as Partial<Record<Language, T>> | undefined;
  if (!values) loaded.set(dictionaries, (values = {}));
  return values;
}

/** The dictionary of `lang` if it is bundled or has loaded, else `undefined`. */
export function dictionaryFor<T>(dictionaries: Dictionaries<T>, lang: Language): T | undefined {
  const entry = dictionaries[lang];
  if (typeof entry !== 'function') return entry;
  return loadedOf(dictionaries)[lang];
}

/** Loads the dictionary of `lang` once (later calls share the promise) and returns it. */
export function loadDictionary<T>(dictionaries: Dictionaries<T>, lang: Language): Promise<T> {
  const ready = dictionaryFor(dictionaries, lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(dictionaries);
  if (!pending) loading.set(dictionaries, (pending = new Map()));
  let promise = pending.get(lang) as Promise<T> | undefined;
  if (!promise) {
    const load = dictionaries[lang] as DictionaryLoader<T>;
    promise = load().then(
      (value) => (loadedOf(dictionaries)[lang] = value),
      (error: unknown) => {
        pending.delete(lang); // a later render may try again
        throw error;
      },
    );
    pending.set(lang, promise);
  }
  return promise;
}
