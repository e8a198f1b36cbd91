import { expect, fixture, html } from '@open-wc/testing';
import { ApiClient } from '@osallistu/core';
import { fakeApi, never, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { define } from './define.js';
import type { IdeaTimeline } from './idea-timeline.js';
import { timelines } from '../testing/fixtures.js';
import { fi } from '../i18n/fi.js';
import { sv } from '../i18n/sv.js';
import { en } from '../i18n/en.js';
import { fi as timelineFi } from '../i18n/timeline-fi.js';
import { sv as timelineSv } from '../i18n/timeline-sv.js';
import { en as timelineEn } from '../i18n/timeline-en.js';
import { fi as signupFi } from '../i18n/signup-fi.js';
import { sv as signupSv } from '../i18n/signup-sv.js';
import { en as signupEn } from '../i18n/signup-en.js';
import { fi as evaluationFi } from '../i18n/evaluation-fi.js';
import { sv as evaluationSv } from '../i18n/evaluation-sv.js';
import { en as evaluationEn } from '../i18n/evaluation-en.js';
import { shapeDifferences } from '@osallistu/core/testing/same-shape.js';
import { ideaOutcomes, projectStatuses } from '@osallistu/contract';

define();

function api(timeline: (typeof timelines)[keyof typeof timelines], extra: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  return fakeApi({ 'GET /ideas/idea-1/timeline': { json: timeline }, 'POST /follows': { status: 202, json: { status: 'confirmation-sent' } }, ...extra });
}

async function mount(fake: FakeApi, options: { lang?: string; compact?: boolean } = {}): Promise<IdeaTimeline> {
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: fake.fetch });
  const el = await fixture<IdeaTimeline>(
    html`<osallistu-idea-timeline idea="idea-1" lang=${options.lang ?? 'fi'} ?compact=${options.compact ?? false} .client=${client}></osallistu-idea-timeline>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="list"], .notice.danger'), 'timeline never loaded');
  await el.updateComplete;
  return el;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const steps = (el: IdeaTimeline) => [...el.shadowRoot!.querySelectorAll('[part~="list"] li')].map((li) => text(li.querySelector('p')));
const kinds = (el: IdeaTimeline) => [...el.shadowRoot!.querySelectorAll('[part~="list"] li')].map((li) => li.getAttribute('data-kind'));
const outcome = (el: IdeaTimeline) => text(el.shadowRoot!.querySelector('[part~="outcome"]'));

describe('osallistu-idea-timeline', () => {
  it('shows an accessible loading state', async () => {
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api(timelines.rejected, { 'GET /ideas/idea-1/timeline': () => never() }).fetch });
    const el = await fixture<IdeaTimeline>(html`<osallistu-idea-timeline idea="idea-1" .client=${client}></osallistu-idea-timeline>`);
    expect(text(el.shadowRoot!.querySelector('[aria-busy="true"]'))).to.equal('Ladataan…');
    await expect(el).to.be.accessible();
  });

  it('a pending idea: waiting for moderation, no follow form', async () => {
    const el = await mount(api(timelines.pending));
    expect(outcome(el)).to.equal('Idea odottaa tarkistusta. Se julkaistaan, kun ylläpito on tarkistanut sen.');
    expect(steps(el)).to.deep.equal(['Idea jätettiin.']);
    expect(el.shadowRoot!.querySelector('osallistu-follow-form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('rejected: says so, with the reason', async () => {
    const el = await mount(api(timelines.rejected));
    expect(outcome(el)).to.equal('Ideaa ei julkaistu.');
    expect(steps(el)).to.deep.equal(['Idea jätettiin.', 'Ideaa ei julkaistu. Perustelu: Ei kuulu kaupungin päätösvaltaan.']);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2025-01-10T10:00:00.000Z');
    await expect(el).to.be.accessible();
  });

  it('merged: names the idea it went into and opens that one’s timeline', async () => {
    const fake = api(timelines.merged, {
      'GET /ideas/idea-2/timeline': { json: { ...timelines.notFeasible, idea: { ...timelines.notFeasible.idea, id: 'idea-2', title: 'Portaat ja valot rinteeseen' } } },
    });
    const el = await mount(fake);
    expect(outcome(el)).to.equal('Idea yhdistettiin toiseen ideaan ja jatkaa sen mukana.');
    expect(steps(el)).to.deep.equal(['Idea jätettiin.', 'Idea julkaistiin.', 'Idea yhdistettiin ideaan Portaat ja valot rinteeseen.']);
    await expect(el).to.be.accessible();
    const link = el.shadowRoot!.querySelector<HTMLButtonElement>('.link-button')!;
    expect(link.getAttribute('aria-label')).to.equal('Näytä idean ”Portaat ja valot rinteeseen” vaiheet');
    link.click();
    await waitUntil(() => el.idea === 'idea-2' && outcome(el) === 'Kaupunki arvioi, ettei ideaa voi toteuttaa.', 'target timeline never shown');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'timeline-heading', 'focus never moved to the heading');
    expect(fake.sent('GET /ideas/idea-2/timeline')).to.have.length(1);
  });

  it('not feasible: the reason', async () => {
    const el = await mount(api(timelines.notFeasible));
    expect(outcome(el)).to.equal('Kaupunki arvioi, ettei ideaa voi toteuttaa.');
    expect(steps(el).at(-1)).to.equal('Kaupunki arvioi, ettei ideaa voi toteuttaa. Perustelu: Rinne on suojelualuetta.');
    await expect(el).to.be.accessible();
  });

  it('lost the vote: on the ballot, votes, did not win', async () => {
    const el = await mount(api(timelines.lostVote));
    expect(outcome(el)).to.equal('Idea ei voittanut äänestystä.');
    expect(kinds(el)).to.deep.equal(['submitted', 'published', 'reviewed', 'on-ballot', 'vote-result']);
    expect(steps(el).slice(2).map((s) => s.replace(/\s/g, ' '))).to.deep.equal([
      'Kaupunki arvioi idean toteuttamiskelpoiseksi. Kustannusarvio 85 000 €. Vastuutaho: Liikuntapalvelut.',
      'Idea pääsi äänestykseen ehdotuksena ”Kuntoportaat Väinölänniemeen” (Koko kaupunki).',
      'Ehdotus ei voittanut äänestystä: 412 ääntä, äänestäjiä 2 210.',
    ]);
    expect(el.shadowRoot!.querySelector('osallistu-follow-form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('won and completed: every step in order, in plain language', async () => {
    const el = await mount(api(timelines.completed));
    expect(outcome(el)).to.equal('Ideasta tullut hanke on valmis.');
    expect(text(el.shadowRoot!.querySelector('.idea-title'))).to.equal('Kuntoportaat rinteeseen');
    expect(steps(el).map((s) => s.replace(/\s/g, ' '))).to.deep.equal([
      'Idea jätettiin.',
      'Idea julkaistiin.',
      'Kaupunki arvioi idean toteuttamiskelpoiseksi. Kustannusarvio 85 000 €. Vastuutaho: Liikuntapalvelut.',
      'Idea pääsi äänestykseen ehdotuksena ”Kuntoportaat Väinölänniemeen” (Koko kaupunki).',
      'Ehdotus voitti äänestyksen: 1 204 ääntä, äänestäjiä 2 210.',
      'Ideasta tuli hanke ”Väinölänniemen kuntoportaat”.',
      'Hankkeen toteutus alkoi.',
      'Hanke on 70 % valmis.',
      'Hanke valmistui.',
      'Asukkaat arvioivat hankkeen: 4,6/5 (38 arviota).',
    ]);
    await expect(el).to.be.accessible();
  });

  it('in English', async () => {
    const el = await mount(api(timelines.completed), { lang: 'en' });
    await waitUntil(() => outcome(el) === 'The project the idea became is completed.', 'no English');
    expect(steps(el)[4]).to.equal('The proposal won the vote: 1,204 votes, 2,210 voters.');
    expect(steps(el)[5]).to.equal('The idea became the project “Väinölänniemi fitness stairs”.');
    await expect(el).to.be.accessible();
  });

  it('an open idea can be followed by email; compact mode (inside the board) has no title or form', async () => {
    const open = { ...timelines.notFeasible, outcome: 'open' as const, entries: timelines.notFeasible.entries.slice(0, 2) };
    const fake = api(open);
    const el = await mount(fake);
    const follow = el.shadowRoot!.querySelector('osallistu-follow-form')!;
    await waitUntil(() => follow.shadowRoot?.querySelector('form'));
    const input = follow.shadowRoot!.querySelector<HTMLInputElement>('#follow-email')!;
    input.value = 'aino@example.fi';
    input.dispatchEvent(new Event('input'));
    follow.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => follow.shadowRoot!.querySelector('[role="status"]'));
    expect(fake.sent('POST /follows')[0]!.body).to.deep.equal({ target: 'idea', id: 'idea-1', email: 'aino@example.fi', lang: 'fi' });
    await expect(el).to.be.accessible();

    const compact = await mount(api(open), { compact: true });
    expect(compact.shadowRoot!.querySelector('osallistu-follow-form')).to.equal(null);
    expect(compact.shadowRoot!.querySelector('.idea-title')).to.equal(null);
  });

  it('uses the heading level it is given', async () => {
    const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api(timelines.rejected).fetch });
    const el = await fixture<IdeaTimeline>(html`<osallistu-idea-timeline idea="idea-1" heading-level="4" .client=${client}></osallistu-idea-timeline>`);
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('shows an error when the idea is not there', async () => {
    const el = await mount(fakeApi({}));
    expect(text(el.shadowRoot!.querySelector('.notice.danger p'))).to.not.equal('');
    await expect(el).to.be.accessible();
  });
});

describe('progress translations', () => {
  it('have every string in fi, sv and en, for every status and outcome', () => {
    expect(shapeDifferences(fi, sv)).to.deep.equal([]);
    expect(shapeDifferences(fi, en)).to.deep.equal([]);
    expect(shapeDifferences(timelineFi, timelineSv)).to.deep.equal([]);
    expect(shapeDifferences(timelineFi, timelineEn)).to.deep.equal([]);
    for (const [a, b] of [[signupFi, signupSv], [signupFi, signupEn], [evaluationFi, evaluationSv], [evaluationFi, evaluationEn]] as const) {
      expect(shapeDifferences(a, b)).to.deep.equal([]);
    }
    for (const t of [fi, sv, en]) expect(Object.keys(t.statuses)).to.deep.equal([...projectStatuses]); // in order: the status filter lists them so
    for (const t of [timelineFi, timelineSv, timelineEn]) {
      expect(Object.keys(t.entry.projectStatus).sort()).to.deep.equal([...projectStatuses].sort());
      expect(Object.keys(t.outcomes).sort()).to.deep.equal([...ideaOutcomes].sort());
    }
  });
});
