/**
 * The email that carries a one-time code, in the recipient's language: for voting (a process) or
 * for answering a strict survey. Only what the code is for differs between the two messages.
 *
 * @example emailCodeMessage('sv', '123456', { kind: 'vote', title: process.title }, 'Kuopio');
 * @example emailCodeMessage('fi', '123456', { kind: 'survey', title: survey.definition.title }, 'Kuopio');
 */
import { localize, type Language, type LocalizedText } from '@osallistu/contract';

export interface EmailCodePurpose {
  kind: 'vote' | 'survey';
  /** The process's or the survey's title. */
  title: LocalizedText;
}

/** Per language and purpose: the subject's words before the code, and the words before the title. */
const words = {
  fi: { vote: ['Äänestyskoodisi', 'äänestykseen'], survey: ['Vahvistuskoodisi', 'kyselyyn'] },
  sv: { vote: ['Din röstkod', 'omröstningen'], survey: ['Din bekräftelsekod', 'enkäten'] },
  en: { vote: ['Your voting code', 'the vote'], survey: ['Your confirmation code', 'the survey'] },
} as const;

export function emailCodeMessage(lang: Language, code: string, purpose: EmailCodePurpose, tenantName: string): { subject: string; text: string } {
  const title = localize(purpose.title, lang);
  const [subject, what] = words[lang === 'sv' || lang === 'en' ? lang : 'fi'][purpose.kind];
  switch (lang) {
    case 'sv':
      return {
        subject: `${subject}: ${code}`,
        text: `Hej!\n\nDin engångskod för ${what} "${title}" (${tenantName}) är:\n\n${code}\n\nKoden gäller i 10 minuter. Om du inte bad om koden kan du ignorera det här meddelandet.\n`,
      };
    case 'en':
      return {
        subject: `${subject}: ${code}`,
        text: `Hello,\n\nYour one-time code for ${what} "${title}" (${tenantName}) is:\n\n${code}\n\nThe code works for 10 minutes. If you did not ask for it, you can ignore this message.\n`,
      };
    default:
      return {
        subject: `${subject}: ${code}`,
        text: `Hei!\n\nKertakäyttöinen koodisi ${what} ”${title}” (${tenantName}) on:\n\n${code}\n\nKoodi on voimassa 10 minuuttia. Jos et pyytänyt koodia, voit jättää tämän viestin huomiotta.\n`,
      };
  }
}
