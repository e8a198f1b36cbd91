/**
 * Atom 1.0 (RFC 4287) and JSON Feed 1.1 of a process's project status changes (a project created,
 * or moved to another status), newest first, in one language, so city news and social-media
 * tools can pick them up.
 *
 * @example atomFeed({ ... }) // '<?xml version="1.0" encoding="utf-8"?><feed xmlns=…'
 */
import { localize, type Language, type LocalizedText, type ProjectEvent, type ProjectStatus } from '@osallistu/contract';
import { followMessages } from './follow-messages.js';

export interface FeedInput {
  lang: Language;
  /** Absolute URL of this feed, and of the other format. */
  selfUrl: string;
  alternateUrl: string;
  /** Absolute URL of a project's public JSON. */
  projectUrl: (id: string) => string;
  tenantId: string;
  tenantName: string;
  processId: string;
  processTitle: LocalizedText;
  events: ProjectEvent[];
  projects: Map<string, LocalizedText>;
  now: string;
}

interface Item {
  id: string;
  url: string;
  title: string;
  text: string;
  at: string;
}

const headings: Record<Language, { feed: (p: string) => string; created: string; reason: string }> = {
  fi: { feed: (p) => `${p}: hankkeiden tilanne`, created: 'Uusi hanke', reason: 'Perustelu' },
  sv: { feed: (p) => `${p}: projektens status`, created: 'Nytt projekt', reason: 'Motivering' },
  en: { feed: (p) => `${p}: project status`, created: 'New project', reason: 'Reason' },
};

function items(input: FeedInput): Item[] {
  const h = headings[input.lang];
  const statuses = followMessages[input.lang].statuses;
  return input.events.map((e) => {
    const name = localize(input.projects.get(e.projectId) ?? { fi: e.projectId }, input.lang);
    const status = (e.kind === 'created' ? e.data.status : e.data.to) as ProjectStatus;
    const reason = typeof e.data.reason === 'string' ? e.data.reason : null;
    const word = statuses[status] ?? String(status);
    return {
      id: `tag:osallistu,2026:${input.tenantId}/project-event/${e.id}`,
      url: input.projectUrl(e.projectId),
      title: e.kind === 'created' ? `${h.created}: ${name} (${word})` : `${name}: ${word}`,
      text: reason ? `${name}: ${word}. ${h.reason}: ${reason}` : `${name}: ${word}.`,
      at: e.at,
    };
  });
}

const xml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

export function atomFeed(input: FeedInput): string {
  const title = headings[input.lang].feed(localize(input.processTitle, input.lang));
  const list = items(input);
  const updated = list[0]?.at ?? input.now;
  const entries = list
    .map(
      (i) => `  <entry>
    <id>${xml(i.id)}</id>
    <title>${xml(i.title)}</title>
    <updated>${xml(i.at)}</updated>
    <link rel="alternate" type="application/json" href="${xml(i.url)}"/>
    <summary>${xml(i.text)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${input.lang}">
  <id>tag:osallistu,2026:${xml(input.tenantId)}/processes/${xml(input.processId)}/projects</id>
  <title>${xml(title)}</title>
  <updated>${xml(updated)}</updated>
  <author><name>${xml(input.tenantName)}</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(input.selfUrl)}"/>
  <link rel="alternate" type="application/feed+json" href="${xml(input.alternateUrl)}"/>
${entries}
</feed>
`;
}

export function jsonFeed(input: FeedInput): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: headings[input.lang].feed(localize(input.processTitle, input.lang)),
    feed_url: input.selfUrl,
    language: input.lang,
    authors: [{ name: input.tenantName }],
    items: items(input).map((i) => ({ id: i.id, url: i.url, title: i.title, content_text: i.text, date_published: i.at })),
  };
}
