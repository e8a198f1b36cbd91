import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError, Language } from '@osallistu/contract';
import { ApiProblem } from '../api-problem.js';
import type { Translation } from './translation.js';
import { coreTranslations } from './core-translations.js';
import { dictionaryFor, loadDictionary, type Dictionaries } from './dictionaries.js';
import { resolveLang } from './resolve-lang.js';
import { formatCurrency, formatDate, formatNumber } from './format.js';
import { finnishProblem, finnishProblemsComplete, problemSentenceReady } from './problem-sentences.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Every connected controller; one observer tells them when any `lang` attribute changes. */
const connected = new Set<LocalizeController<object>>();
let observer: MutationObserver | undefined;

function watchLang(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Gives an element its language and strings: the core `Translation` merged with the package's own
 * dictionaries. Follows the element's `lang`, the closest `[lang]` ancestor and `<html lang>`,
 * and re-renders the host when any of them changes.
 *
 * @example
 * private l = new LocalizeController(this, ideasTranslations);
 * render() { return html`<h2>${this.l.t.formHeading}</h2>`; }
 */
export class LocalizeController<T extends object = Record<never, never>> implements ReactiveController {
  readonly #host: Host;
  readonly #translations: Dictionaries<T> | undefined;
  readonly #merged = new Map<Language, Translation & T>();
  #lang: Language = 'fi';

  constructor(host: Host, translations?: Dictionaries<T>) {
    this.#host = host;
    this.#translations = translations;
    host.addController(this);
  }

  /** The current language. */
  get lang(): Language {
    return this.#lang;
  }

  /**
   * Strings in the current language. While a language's shared strings are still loading (a
   * first Swedish or English render), those fall back to Finnish and the host re-renders when
   * they arrive; the package's own strings are always in the right language.
   */
  get t(): Translation & T {
    const lang = this.#lang;
    let merged = this.#merged.get(lang);
    if (merged) return merged;
    const core = dictionaryFor(coreTranslations, lang);
    const own = this.#translations ? dictionaryFor(this.#translations, lang) : ({} as T);
    merged = { ...(core ?? coreTranslations.fi), ...(own ?? this.#translations?.fi) } as Translation & T;
    if (core && own) this.#merged.set(lang, merged);
    else this.#load(lang);
    return merged;
  }

  #load(lang: Language): void {
    const translations = this.#translations;
    if (dictionaryFor(coreTranslations, lang) && (!translations || dictionaryFor(translations, lang))) return;
    Promise.all([loadDictionary(coreTranslations, lang), translations && loadDictionary(translations, lang)]).then(
      () => {
        if (this.#lang === lang) this.#host.requestUpdate();
      },
      (error: unknown) => console.error(`osallistu: could not load the ${lang} strings`, error),
    );
  }

  hostConnected(): void {
    this.#lang = resolveLang(this.#host);
    this.#load(this.#lang);
    connected.add(this as LocalizeController<object>);
    watchLang();
  }

  hostDisconnected(): void {
    connected.delete(this as LocalizeController<object>);
  }

  hostUpdate(): void {
    this.#lang = resolveLang(this.#host);
    this.#load(this.#lang);
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh(): void {
    const lang = resolveLang(this.#host);
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.#load(lang);
      this.#host.requestUpdate();
    }
  }

  number(value: number): string {
    return formatNumber(this.#lang, value);
  }

  currency(euros: number): string {
    return formatCurrency(this.#lang, euros);
  }

  date(value: string | Date): string {
    return formatDate(this.#lang, value);
  }

  /**
   * A sentence for any error thrown by an API call. The ApiClient loads a problem's Finnish
   * sentence before it throws, so it is here at once; for a problem made elsewhere whose sentence
   * is still loading, this gives the general error heading and re-renders the host when it arrives.
   */
  problem(error: unknown): string {
    const code = error instanceof ApiProblem ? error.code : 'internal';
    const t = this.t;
    const sentence = t.problems[code] ?? finnishProblem(code);
    if (sentence !== undefined) return sentence;
    if (finnishProblemsComplete()) return t.problems.internal ?? finnishProblem('internal') ?? t.errorHeading;
    void problemSentenceReady(code).then(() => this.#host.requestUpdate());
    return t.errorHeading;
  }

  /** A sentence for one field error, with its limit ("Enintään 120 merkkiä."). */
  fieldError(error: Pick<FieldError, 'code' | 'limit'>): string {
    const message = this.t.fieldErrors[error.code] ?? this.t.fieldErrors['invalid-value'];
    return message(error.limit);
  }
}
