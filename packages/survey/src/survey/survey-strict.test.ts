import { expect, fixture, html } from '@open-wc/testing';
import { ApiClient } from '@osallistu/core';
import { fakeApi, problem, type FakeApi } from '@osallistu/core/testing/fake-api.js';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { define } from './define.js';
import type { OsallistuSurvey } from './survey.js';
import { strictSurvey } from '../testing/fixtures.js';

define();

const API = 'https://osallistu.example.fi';
const tokenKey = `osallistu:survey-token:${API}:kuopio:tarkka`;
const inHalfAnHour = () => new Date(Date.now() + 30 * 60 * 1000).toISOString();

function api(extra: Parameters<typeof fakeApi>[0] = {}): FakeApi {
  return fakeApi({
    'GET /surveys/tarkka': { json: strictSurvey },
    'POST /surveys/tarkka/verification/email-code': { status: 202, json: { expiresAt: inHalfAnHour() } },
    'POST /surveys/tarkka/verification': { status: 201, json: { token: 'vt_kysely', surveyId: 'tarkka', expiresAt: inHalfAnHour(), answered: false } },
    'POST /surveys/tarkka/responses': { status: 201, json: { id: 9, surveyId: 'tarkka', version: 1 } },
    ...extra,
  });
}

async function mount(fake: FakeApi, lang = 'fi'): Promise<OsallistuSurvey> {
  const client = new ApiClient({ api: API, tenant: 'kuopio', fetch: fake.fetch });
  const el = await fixture<OsallistuSurvey>(html`<osallistu-survey survey="tarkka" lang=${lang} .client=${client}></osallistu-survey>`);
  await waitUntil(() => el.shadowRoot?.querySelector('form'), 'survey never loaded');
  await el.updateComplete;
  return el;
}

const root = (el: OsallistuSurvey) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: OsallistuSurvey, selector: string) => root(el).querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const step = (el: OsallistuSurvey) => text($(el, '#survey-step'));

async function click(el: OsallistuSurvey, selector: string): Promise<void> {
  $(el, selector)!.click();
  await el.updateComplete;
}

async function type(el: OsallistuSurvey, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

const buttonNamed = (el: OsallistuSurvey, name: string) => [...root(el).querySelectorAll('button')].find((b) => text(b) === name)!;

/** Answers the page and presses "send": a strict survey turns to the verification first. */
async function answerAndSend(el: OsallistuSurvey): Promise<void> {
  await click(el, '[data-question="viihtyvyys"] input[value="4"]');
  await type(el, '#q-terveiset', 'Hyvä alue');
  await click(el, 'button[type="submit"]');
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('osallistu-survey, strict (once per verified person)', () => {
  it('says up front that answering needs an email code', async () => {
    const el = await mount(api());
    expect(text($(el, '.help'))).to.contain('vahvistat sähköpostiosoitteesi koodilla');
  });

  it('asks for the email code before sending: request → code → verified, then sends with the token; axe clean', async () => {
    const fake = api({ 'POST /surveys/tarkka/verification': problem(422, 'code-invalid') });
    const el = await mount(fake);
    await answerAndSend(el);
    expect(step(el)).to.equal('Vahvista sähköpostiosoitteesi');
    await waitUntil(() => root(el).activeElement?.id === 'survey-step', 'focus never moved to the verification');
    expect(fake.sent('POST /surveys/tarkka/responses')).to.have.length(0);
    expect($(el, '#verify-code')).to.equal(null);
    await expect(el).to.be.accessible();

    // An address that cannot be one: a translated error tied to the field, nothing sent.
    await type(el, '#verify-email', 'asukas@');
    await click(el, '.inline button');
    expect(text($(el, '#verify-email-error'))).to.equal('Tarkista sähköpostiosoite (esimerkiksi nimi@esimerkki.fi).');
    expect($(el, '#verify-email')!.getAttribute('aria-describedby')).to.equal('verify-email-error');
    expect(fake.sent('POST /surveys/tarkka/verification/email-code')).to.have.length(0);

    await type(el, '#verify-email', 'asukas@example.fi');
    await click(el, '.inline button');
    await waitUntil(() => $(el, '#verify-code'), 'no code field');
    expect(fake.sent('POST /surveys/tarkka/verification/email-code')[0]!.body).to.deep.equal({ email: 'asukas@example.fi', lang: 'fi' });
    expect(text($(el, '[role="status"]'))).to.equal('Koodi lähetettiin osoitteeseen asukas@example.fi. Koodi on voimassa 10 minuuttia.');
    await waitUntil(() => root(el).activeElement?.id === 'verify-code', 'focus never moved to the code');
    await expect(el).to.be.accessible();

    // Not six digits: said at once, tied to the field, nothing sent.
    await type(el, '#verify-code', '12345');
    await click(el, 'form button[type="submit"]');
    expect(text($(el, '#verify-code-error'))).to.equal('Koodissa on kuusi numeroa. Tarkista koodi sähköpostista.');
    expect($(el, '#verify-code')!.getAttribute('aria-describedby')).to.equal('verify-code-error');
    expect(fake.sent('POST /surveys/tarkka/verification')).to.have.length(0);

    // A wrong code from the server: translated, the code field marked.
    await type(el, '#verify-code', '123456');
    await click(el, 'form button[type="submit"]');
    await waitUntil(() => $(el, '#verify-problem'), 'no error for a wrong code');
    expect(text($(el, '#verify-problem'))).to.equal('Koodi ei kelpaa. Tarkista koodi.');
    expect($(el, '#verify-code')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#verify-code')!.getAttribute('aria-describedby')).to.equal('verify-problem');
    await expect(el).to.be.accessible();

    fake.routes['POST /surveys/tarkka/verification'] = { status: 201, json: { token: 'vt_kysely', surveyId: 'tarkka', expiresAt: inHalfAnHour(), answered: false } };
    await type(el, '#verify-code', '654321');
    await click(el, 'form button[type="submit"]');
    await waitUntil(() => root(el).querySelector('.notice.success'), 'no thank-you');
    expect(fake.sent('POST /surveys/tarkka/verification')[1]!.body).to.deep.equal({ email: 'asukas@example.fi', code: '654321' });
    const [sent] = fake.sent('POST /surveys/tarkka/responses');
    expect(sent!.headers.get('authorization')).to.equal('Bearer vt_kysely');
    expect((sent!.body as { answers: unknown }).answers).to.deep.equal({ viihtyvyys: 4, terveiset: 'Hyvä alue' });
    await expect(el).to.be.accessible();
  });

  it('the draft survives the detour (back to the answers, a reload), and a kept token sends without a new code', async () => {
    const fake = api();
    let el = await mount(fake);
    await answerAndSend(el);
    await click(el, '.actions button.secondary');
    expect(step(el)).to.equal('Kysymykset');
    expect($<HTMLInputElement>(el, '[data-question="viihtyvyys"] input[value="4"]')!.checked).to.equal(true);
    await click(el, 'button[type="submit"]');
    expect(step(el)).to.equal('Vahvista sähköpostiosoitteesi');

    // The resident reloads the page (to fetch the code from another tab, say): the answers wait.
    el.remove();
    el = await mount(fake);
    expect($<HTMLTextAreaElement>(el, '#q-terveiset')!.value).to.equal('Hyvä alue');
    await click(el, 'button[type="submit"]');
    await type(el, '#verify-email', 'asukas@example.fi');
    await click(el, '.inline button');
    await waitUntil(() => $(el, '#verify-code'), 'no code field');
    await type(el, '#verify-code', '111111');
    await click(el, 'form button[type="submit"]');
    await waitUntil(() => root(el).querySelector('.notice.success'), 'no thank-you');
    expect((fake.sent('POST /surveys/tarkka/responses')[0]!.body as { answers: unknown }).answers).to.deep.equal({ viihtyvyys: 4, terveiset: 'Hyvä alue' });

    // In a tab that verified a moment ago (and did not send yet) the kept token is used as is.
    sessionStorage.setItem(tokenKey, JSON.stringify({ token: 'vt_kept', expiresAt: inHalfAnHour() }));
    el.remove();
    el = await mount(fake);
    await answerAndSend(el);
    await waitUntil(() => root(el).querySelector('.notice.success'), 'kept token not used');
    expect(fake.sent('POST /surveys/tarkka/responses')[1]!.headers.get('authorization')).to.equal('Bearer vt_kept');
    expect(fake.sent('POST /surveys/tarkka/verification/email-code')).to.have.length(1);
  });

  it('an expired verification on sending leads back to the code step with a translated message', async () => {
    sessionStorage.setItem(tokenKey, JSON.stringify({ token: 'vt_old', expiresAt: inHalfAnHour() }));
    const fake = api({ 'POST /surveys/tarkka/responses': problem(401, 'survey-verification-required') });
    const el = await mount(fake, 'en');
    await answerAndSend(el);
    await waitUntil(() => step(el) === 'Confirm your email address', 'never back to the verification');
    expect(text($(el, '#verify-problem'))).to.not.equal('');
    expect(sessionStorage.getItem(tokenKey)).to.equal(null);
    expect(buttonNamed(el, 'Back to the answers')).to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says when the verified person has answered already, and sends nothing', async () => {
    const fake = api({ 'POST /surveys/tarkka/verification': { status: 201, json: { token: 'vt_x', surveyId: 'tarkka', expiresAt: inHalfAnHour(), answered: true } } });
    const el = await mount(fake);
    await answerAndSend(el);
    await type(el, '#verify-email', 'asukas@example.fi');
    await click(el, '.inline button');
    await waitUntil(() => $(el, '#verify-code'), 'no code field');
    await type(el, '#verify-code', '222222');
    await click(el, 'form button[type="submit"]');
    await waitUntil(() => $(el, '#verify-problem'), 'no message');
    expect(text($(el, '#verify-problem'))).to.equal('Olet jo vastannut tähän kyselyyn. Kiitos osallistumisesta!');
    expect(fake.sent('POST /surveys/tarkka/responses')).to.have.length(0);
  });
});
