/**
 * Texts of follow emails and of the pages behind their links, in the follower's language.
 * Every message ends with the one-click unsubscribe link, except the last one of a follow (the
 * project ended, the idea was merged or rejected): that one says the address is deleted now.
 *
 * @example const { subject, text } = followMessages.fi.confirm('Kuntoportaat', confirmUrl);
 */
import type { Language, ProjectStatus } from '@osallistu/contract';

export interface FollowTexts {
  statuses: Record<ProjectStatus, string>;
  confirm(title: string, url: string): { subject: string; text: string };
  /** `unsubscribeUrl` null: the last message, following ends with it. */
  projectStatus(title: string, status: ProjectStatus, reason: string | null, unsubscribeUrl: string | null): { subject: string; text: string };
  ideaChanged(title: string, changes: string[], unsubscribeUrl: string | null): { subject: string; text: string };
  ideaEvents: Record<'published' | 'rejected' | 'merged' | 'reviewed' | 'project', string>;
  pages: {
    /** Behind the confirmation link (GET): mail scanners open links, so only the button confirms. */
    confirm: [string, string, string];
    confirmed: [string, string];
    /** Behind the unsubscribe link (GET); the button, or a mail client's RFC 8058 POST, ends it. */
    unsubscribe: [string, string, string];
    unsubscribed: [string, string];
    invalid: [string, string];
  };
}

/** The closing lines: the one-click unsubscribe link, or (null) that following ends here. */
const fiEnd = (url: string | null) =>
  url ? `Lopeta seuraaminen yhdellä napsautuksella (osoitteesi poistetaan):\n${url}\n` : 'Tämä oli viimeinen viesti: seuraaminen päättyi, ja sähköpostiosoitteesi poistetaan nyt.\n';
const svEnd = (url: string | null) =>
  url ? `Sluta följa med ett klick (din adress raderas):\n${url}\n` : 'Detta var det sista meddelandet: bevakningen har upphört och din e-postadress raderas nu.\n';
const enEnd = (url: string | null) =>
  url ? `Stop following with one click (your address is deleted):\n${url}\n` : 'This was the last message: following has ended, and your email address is deleted now.\n';

const fi: FollowTexts = {
  statuses: { planned: 'suunniteltu', designing: 'suunnittelussa', 'in-progress': 'toteutuksessa', completed: 'valmis', cancelled: 'peruttu' },
  confirm: (title, url) => ({
    subject: `Vahvista seuraaminen: ${title}`,
    text: `Hei!\n\nPyysit ilmoitukset sähköpostiisi, kun kohteen ”${title}” tila muuttuu. Vahvista tilaus avaamalla linkki:\n\n${url}\n\nJos et pyytänyt tätä, voit jättää viestin huomiotta: osoitteesi poistetaan viikon kuluttua.\n`,
  }),
  projectStatus: (title, status, reason, url) => ({
    subject: `${title}: ${fi.statuses[status]}`,
    text: `Hei!\n\nSeuraamasi hankkeen ”${title}” tila on nyt: ${fi.statuses[status]}.${reason ? `\nPerustelu: ${reason}` : ''}\n\n${fiEnd(url)}`,
  }),
  ideaChanged: (title, changes, url) => ({
    subject: `Idean ”${title}” tilanne on muuttunut`,
    text: `Hei!\n\nSeuraamasi idea ”${title}”:\n\n${changes.map((c) => `- ${c}`).join('\n')}\n\n${fiEnd(url)}`,
  }),
  ideaEvents: {
    published: 'Idea on julkaistu.',
    rejected: 'Ideaa ei julkaistu.',
    merged: 'Idea on yhdistetty toiseen ideaan.',
    reviewed: 'Kaupunki on arvioinut idean toteutettavuuden.',
    project: 'Ideasta on tullut hanke.',
  },
  pages: {
    confirm: ['Vahvista seuraaminen', 'Saat sähköpostia, kun tila muuttuu. Voit lopettaa seuraamisen milloin tahansa.', 'Vahvista seuraaminen'],
    confirmed: ['Seuraaminen vahvistettu', 'Saat sähköpostia, kun tila muuttuu. Jokaisessa viestissä on linkki, jolla lopetat seuraamisen.'],
    unsubscribe: ['Lopeta seuraaminen', 'Sähköpostiosoitteesi poistetaan, etkä saa enää viestejä tästä.', 'Lopeta seuraaminen'],
    unsubscribed: ['Et enää seuraa tätä', 'Sähköpostiosoitteesi on poistettu. Emme lähetä sinulle enää viestejä tästä.'],
    invalid: ['Linkki ei ole voimassa', 'Seuraamista ei löytynyt. Se on ehkä jo lopetettu tai vanhentunut.'],
  },
};

const sv: FollowTexts = {
  statuses: { planned: 'planerat', designing: 'planeras', 'in-progress': 'genomförs', completed: 'klart', cancelled: 'inställt' },
  confirm: (title, url) => ({
    subject: `Bekräfta att du följer: ${title}`,
    text: `Hej!\n\nDu bad om e-post när statusen för ”${title}” ändras. Bekräfta genom att öppna länken:\n\n${url}\n\nOm du inte bad om detta kan du ignorera meddelandet: din adress raderas efter en vecka.\n`,
  }),
  projectStatus: (title, status, reason, url) => ({
    subject: `${title}: ${sv.statuses[status]}`,
    text: `Hej!\n\nProjektet ”${title}” som du följer har nu statusen: ${sv.statuses[status]}.${reason ? `\nMotivering: ${reason}` : ''}\n\n${svEnd(url)}`,
  }),
  ideaChanged: (title, changes, url) => ({
    subject: `Idén ”${title}” har ändrats`,
    text: `Hej!\n\nIdén ”${title}” som du följer:\n\n${changes.map((c) => `- ${c}`).join('\n')}\n\n${svEnd(url)}`,
  }),
  ideaEvents: {
    published: 'Idén har publicerats.',
    rejected: 'Idén publicerades inte.',
    merged: 'Idén har slagits ihop med en annan idé.',
    reviewed: 'Staden har bedömt om idén kan genomföras.',
    project: 'Idén har blivit ett projekt.',
  },
  pages: {
    confirm: ['Bekräfta att du följer', 'Du får e-post när statusen ändras. Du kan sluta följa när som helst.', 'Bekräfta'],
    confirmed: ['Du följer nu', 'Du får e-post när statusen ändras. Varje meddelande har en länk för att sluta följa.'],
    unsubscribe: ['Sluta följa', 'Din e-postadress raderas och du får inga fler meddelanden om detta.', 'Sluta följa'],
    unsubscribed: ['Du följer inte längre', 'Din e-postadress har raderats. Vi skickar inga fler meddelanden om detta.'],
    invalid: ['Länken gäller inte', 'Vi hittade ingen sådan prenumeration. Den kan redan ha avslutats eller gått ut.'],
  },
};

const en: FollowTexts = {
  statuses: { planned: 'planned', designing: 'being designed', 'in-progress': 'in progress', completed: 'completed', cancelled: 'cancelled' },
  confirm: (title, url) => ({
    subject: `Confirm following: ${title}`,
    text: `Hello,\n\nYou asked to be emailed when the status of "${title}" changes. Confirm by opening this link:\n\n${url}\n\nIf you did not ask for this, ignore this message: your address is deleted after a week.\n`,
  }),
  projectStatus: (title, status, reason, url) => ({
    subject: `${title}: ${en.statuses[status]}`,
    text: `Hello,\n\nThe project "${title}" you follow is now: ${en.statuses[status]}.${reason ? `\nReason: ${reason}` : ''}\n\n${enEnd(url)}`,
  }),
  ideaChanged: (title, changes, url) => ({
    subject: `News about the idea "${title}"`,
    text: `Hello,\n\nThe idea "${title}" you follow:\n\n${changes.map((c) => `- ${c}`).join('\n')}\n\n${enEnd(url)}`,
  }),
  ideaEvents: {
    published: 'The idea has been published.',
    rejected: 'The idea was not published.',
    merged: 'The idea has been merged into another idea.',
    reviewed: 'The city has assessed whether the idea can be carried out.',
    project: 'The idea has become a project.',
  },
  pages: {
    confirm: ['Confirm following', 'You will get an email when the status changes. You can stop following at any time.', 'Confirm'],
    confirmed: ['You are now following', 'You will get an email when the status changes. Every message has a link to stop following.'],
    unsubscribe: ['Stop following', 'Your email address will be deleted and you will get no more messages about this.', 'Stop following'],
    unsubscribed: ['You no longer follow this', 'Your email address has been deleted. We will send you no more messages about this.'],
    invalid: ['This link is not valid', 'No such follow was found. It may already have ended or expired.'],
  },
};

export const followMessages: Record<Language, FollowTexts> = { fi, sv, en };

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * A small self-contained HTML page behind a follow link. With a button label (`[heading, text,
 * button]`) it holds a form that POSTs back to the same link (`action` is its query string), so
 * only a person's click acts, never a mail scanner's GET.
 */
export function followPage(lang: Language, [heading, text, button]: [string, string, string?], status = 200, action = ''): Response {
  const form = button
    ? `<form method="post" action="${escape(action)}"><button type="submit">${escape(button)}</button></form>`
    : '';
  const body = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(heading)}</title>
<style>body{font:1.0625rem/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}h1{font-size:1.5rem}
button{font:inherit;padding:.6rem 1.2rem;min-height:2.75rem;border:0;border-radius:.25rem;background:#00528a;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}</style>
</head><body><main><h1>${escape(heading)}</h1><p>${escape(text)}</p>${form}</main></body></html>`;
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' },
  });
}
