export { OsallistuSurvey } from './survey/survey.js';
export { define } from './survey/define.js';
export { SurveySubmittedEvent } from './survey/survey-submitted-event.js';
export { surveyTranslations } from './i18n/survey-translations.js';
export type { SurveyTranslation } from './i18n/survey-translation.js';
