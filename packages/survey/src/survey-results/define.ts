import { OsallistuSurveyResults } from './survey-results.js';

/** Defines `<osallistu-survey-results>` (or `tag`) in `registry`. */
export function define(tag = 'osallistu-survey-results', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-survey-results' ? OsallistuSurveyResults : class extends OsallistuSurveyResults {});
}
