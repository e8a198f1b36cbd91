import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { CommentInput } from '@osallistu/contract';
import { ApiClient } from './api-client.js';
import { ApiProblem } from './api-problem.js';
import { DraftController } from './draft-controller.js';
import { SubmitController, type SubmitAttempt } from './submit-controller.js';
import { fakeApi, problem, type FakeApi, type Reply } from './testing/fake-api.js';

interface Draft {
  body: string;
  attempt: SubmitAttempt | null;
}

const route = 'POST /ideas/i1/comments';
const draftStore = 'osallistu-test:submit-controller';

class SubmitProbe extends LitElement {
  client!: ApiClient;
  readonly draft = new DraftController<Draft>(this, { key: () => draftStore, empty: () => ({ body: '', attempt: null }) });
  readonly sender = new SubmitController(this, {
    draft: this.draft,
    fields: ['body', 'authorName'] as const,
    send: (input: CommentInput, idempotencyKey) => this.client.createComment('i1', input, { idempotencyKey }),
  });
  protected override render() {
    return html`<p>${this.sender.submitting ? 'sending' : 'idle'}</p>`;
  }
}
customElements.define('submit-probe', SubmitProbe);

async function mount(replies: Reply[]): Promise<{ el: SubmitProbe; api: FakeApi }> {
  let i = 0;
  const api = fakeApi({ [route]: () => replies[Math.min(i++, replies.length - 1)]! });
  const el = await fixture<SubmitProbe>(html`<submit-probe></submit-probe>`);
  el.client = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
  return { el, api };
}

const created = { status: 201, json: { id: 'c1', ideaId: 'i1', body: 'Hyvä idea!', status: 'pending' } };
const keys = (api: FakeApi) => api.sent(route).map((r) => r.headers.get('idempotency-key'));

describe('SubmitController', () => {
  beforeEach(() => localStorage.removeItem(draftStore));
  afterEach(() => localStorage.removeItem(draftStore));

  it('retries after a network failure with the same Idempotency-Key, keeping the text until the API accepts it', async () => {
    const { el, api } = await mount(['network-error', created]);
    el.draft.update({ body: 'Hyvä idea!' });
    const first = await el.sender.submit({ body: el.draft.value.body });
    expect(first.kind).to.equal('failed');
    expect((el.sender.error as ApiProblem).code).to.equal('network');
    expect(el.sender.retryable()).to.equal(true);
    expect(el.draft.value.body, 'the text stays').to.equal('Hyvä idea!');
    expect(JSON.parse(localStorage.getItem(draftStore)!).attempt.key, 'the key is kept with the draft').to.equal(keys(api)[0]);

    const second = await el.sender.submit({ body: el.draft.value.body });
    expect(second.kind).to.equal('sent');
    const [a, b] = keys(api);
    expect(a).to.match(/^[0-9a-f]{32}$/);
    expect(b).to.equal(a);
    expect(el.sender.error).to.equal(null);
    expect(el.draft.value, 'the draft is forgotten only now').to.deep.equal({ body: '', attempt: null });
  });

  it('uses a fresh key once the text changed, and after the API says the key met another body', async () => {
    const { el, api } = await mount(['network-error', problem(422, 'idempotency-key-reused'), created]);
    await el.sender.submit({ body: 'Ensimmäinen versio' });
    await el.sender.submit({ body: 'Toinen versio' });
    expect(el.sender.retryable()).to.equal(true);
    await el.sender.submit({ body: 'Toinen versio' });
    const [a, b, c] = keys(api);
    expect(b).not.to.equal(a);
    expect(c).not.to.equal(b);
  });

  it('maps problem+json field errors onto the form’s fields, the first per field', async () => {
    const errors = [
      { path: 'body', code: 'too-long', limit: 2000 },
      { path: 'body', code: 'control-characters' },
      { path: 'authorName', code: 'too-long', limit: 80 },
    ];
    const { el } = await mount([problem(422, 'validation-failed', errors)]);
    const outcome = await el.sender.submit({ body: 'x'.repeat(2001), authorName: 'A'.repeat(81) });
    expect(outcome).to.deep.equal({
      kind: 'invalid',
      fieldErrors: { body: errors[0], authorName: errors[2] },
    });
    expect(el.sender.error, 'shown at the fields, not as a general error').to.equal(null);
  });

  it('reports field errors on fields the form does not show as a general problem', async () => {
    const { el } = await mount([problem(422, 'validation-failed', [{ path: 'ideaId', code: 'unknown-idea' }])]);
    const outcome = await el.sender.submit({ body: 'Hyvä idea!' });
    expect(outcome.kind).to.equal('failed');
    expect((el.sender.error as ApiProblem).code).to.equal('validation-failed');
    expect(el.sender.retryable(), 'the same input would fail again').to.equal(false);
  });

  it('ignores a second submit while the first is on its way, and renders the sending state', async () => {
    let release!: (reply: Reply) => void;
    const { el, api } = await mount([new Promise<Reply>((resolve) => (release = resolve)) as unknown as Reply]);
    const first = el.sender.submit({ body: 'Hyvä idea!' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('sending');
    expect(await el.sender.submit({ body: 'Hyvä idea!' })).to.deep.equal({ kind: 'busy' });
    release(created);
    expect((await first).kind).to.equal('sent');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('idle');
    expect(api.sent(route)).to.have.length(1);
  });

  it('forgets the last error on reset', async () => {
    const { el } = await mount([problem(409, 'phase-closed')]);
    await el.sender.submit({ body: 'Hyvä idea!' });
    expect(el.sender.retryable()).to.equal(false);
    el.sender.reset();
    expect(el.sender.error).to.equal(null);
  });
});
