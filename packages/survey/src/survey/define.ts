import { OsallistuSurvey } from './survey.js';

/** Defines `<osallistu-survey>` (or `tag`) in `registry`. */
export function define(tag = 'osallistu-survey', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-survey' ? OsallistuSurvey : class extends OsallistuSurvey {});
}
