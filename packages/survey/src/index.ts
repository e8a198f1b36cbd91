export { OsallistuSurvey } from './survey/survey.js';
export { define } from './survey/define.js';
export { SurveySubmittedEvent } from './survey/survey-submitted-event.js';
export { OsallistuSurveyResults } from './survey-results/survey-results.js';
export { define as defineResults } from './survey-results/define.js';
export { surveyTranslations } from './i18n/survey-translations.js';
export type { SurveyTranslation } from './i18n/survey-translation.js';
export { surveyResultsTranslations } from './i18n/survey-results-translations.js';
export type { SurveyResultsTranslation } from './i18n/survey-results-translation.js';
