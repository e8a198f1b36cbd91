/**
 * The email that carries a voting code, in the voter's language.
 */
import { localize, type Language, type Process } from '@osallistu/contract';

export function emailCodeMessage(lang: Language, code: string, process: Process, tenantName: string): { subject: string; text: string } {
  const title = localize(process.title, lang);
  switch (lang) {
    case 'sv':
      return {
        subject: `Din röstkod: ${code}`,
        text: `Hej!\n\nDin engångskod för omröstningen "${title}" (${tenantName}) är:\n\n${code}\n\nKoden gäller i 10 minuter. Om du inte bad om koden kan du ignorera det här meddelandet.\n`,
      };
    case 'en':
      return {
        subject: `Your voting code: ${code}`,
        text: `Hello,\n\nYour one-time code for the vote "${title}" (${tenantName}) is:\n\n${code}\n\nThe code works for 10 minutes. If you did not ask for it, you can ignore this message.\n`,
      };
    default:
      return {
        subject: `Äänestyskoodisi: ${code}`,
        text: `Hei!\n\nKertakäyttöinen koodisi äänestykseen ”${title}” (${tenantName}) on:\n\n${code}\n\nKoodi on voimassa 10 minuuttia. Jos et pyytänyt koodia, voit jättää tämän viestin huomiotta.\n`,
      };
  }
}
