/**
 * The email that carries the code for answering a strict survey, in the respondent's language.
 */
import { localize, type Language, type LocalizedText } from '@osallistu/contract';

export function surveyCodeMessage(lang: Language, code: string, surveyTitle: LocalizedText, tenantName: string): { subject: string; text: string } {
  const title = localize(surveyTitle, lang);
  switch (lang) {
    case 'sv':
      return {
        subject: `Din bekräftelsekod: ${code}`,
        text: `Hej!\n\nDin engångskod för enkäten "${title}" (${tenantName}) är:\n\n${code}\n\nKoden gäller i 10 minuter. Om du inte bad om koden kan du ignorera det här meddelandet.\n`,
      };
    case 'en':
      return {
        subject: `Your confirmation code: ${code}`,
        text: `Hello,\n\nYour one-time code for the survey "${title}" (${tenantName}) is:\n\n${code}\n\nThe code works for 10 minutes. If you did not ask for it, you can ignore this message.\n`,
      };
    default:
      return {
        subject: `Vahvistuskoodisi: ${code}`,
        text: `Hei!\n\nKertakäyttöinen koodisi kyselyyn ”${title}” (${tenantName}) on:\n\n${code}\n\nKoodi on voimassa 10 minuuttia. Jos et pyytänyt koodia, voit jättää tämän viestin huomiotta.\n`,
      };
  }
}
