import type { FeatureProblemCode } from './translation.js';

/**
 * Finnish sentences of the problems only the feature widgets meet (participatory budgeting,
 * progress, surveys). Not in the shared chunk: `problem-sentences.ts` loads them the first time
 * one is needed, and the ApiClient waits for them before it reports such a problem.
 */
export const fiFeatureProblems: Record<FeatureProblemCode, string> = {
  'budget-not-found': 'Budjettia ei löytynyt.',
  'voting-closed': 'Äänestys ei ole nyt auki.',
  'ballot-rejected': 'Äänesi ei noudata äänestyksen sääntöjä. Tarkista valintasi.',
  'voter-token-invalid': 'Tunnistautumisesi on vanhentunut. Tunnistaudu uudelleen.',
  'voter-token-wrong-process': 'Tunnistautumisesi koskee toista äänestystä. Tunnistaudu uudelleen.',
  'code-invalid': 'Koodi ei kelpaa. Tarkista koodi.',
  'code-expired': 'Koodi on vanhentunut. Pyydä uusi koodi.',
  'code-locked': 'Liian monta väärää yritystä. Pyydä uusi koodi.',
  'not-eligible': 'Et voi äänestää tässä äänestyksessä.',
  'results-not-available': 'Tulokset julkaistaan, kun äänestys on päättynyt.',
  'project-not-found': 'Hanketta ei löytynyt.',
  'signup-full': 'Kaikki paikat on jo varattu.',
  'signup-closed': 'Tähän hankkeeseen ei voi enää ilmoittautua.',
  'already-evaluated': 'Olet jo arvioinut tämän hankkeen tällä selaimella.',
  'evaluation-closed': 'Hanketta voi arvioida, kun se on valmis.',
  'survey-not-found': 'Kyselyä ei löytynyt.',
  'survey-closed': 'Kysely ei ole avoinna.',
  'already-answered': 'Tähän kyselyyn on jo vastattu tällä selaimella tai samalla sähköpostiosoitteella. Kyselyyn voi vastata vain kerran.',
  'version-outdated': 'Kysely on muuttunut. Lataa sivu uudelleen ja tarkista vastauksesi.',
  'survey-verification-required': 'Vahvista ensin sähköpostiosoitteesi, sitten voit vastata.',
  'survey-token-wrong-survey': 'Vahvistuksesi koskee toista kyselyä tai äänestystä. Vahvista osoitteesi tätä kyselyä varten.',
  'mail-unavailable': 'Sähköpostia ei voi juuri nyt lähettää. Tietosi ovat tallessa lomakkeella: yritä myöhemmin uudelleen.',
};
