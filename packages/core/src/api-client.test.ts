import { expect } from '@open-wc/testing';
import type { Idea, IdeaInput } from '@osallistu/contract';
import { ApiClient } from './api-client.js';
import { ApiProblem } from './api-problem.js';
import { fakeApi, problem } from './testing/fake-api.js';
import { finnishProblem } from './i18n/problem-sentences.js';

const input: IdeaInput = {
  title: 'Penkkejä rantaraitille',
  description: 'Väinölänniemen rantaraitille lisää penkkejä ikäihmisille levähdyspaikoiksi.',
  themeId: 'liikunta',
  consent: true,
};

describe('ApiClient', () => {
  it('builds tenant URLs with the query, leaving out empty values', async () => {
    const api = fakeApi({ 'GET /processes/pb-2027/ideas': { json: { items: [], nextCursor: null } } });
    const client = new ApiClient({ api: 'https://api.example.fi/', tenant: 'kuopio', fetch: api.fetch });
    await client.listIdeas('pb-2027', { q: 'puisto', sort: 'supported', area: undefined, cursor: '' });
    const [request] = api.requests;
    expect(request?.url.href).to.equal('https://api.example.fi/v1/kuopio/processes/pb-2027/ideas?q=puisto&sort=supported');
    expect(request?.method).to.equal('GET');
  });

  it('posts JSON with the idempotency key the caller gives', async () => {
    const api = fakeApi({ 'POST /processes/pb-2027/ideas': { status: 201, json: { id: 'i1', status: 'pending' } } });
    const client = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const idea: Idea = await client.createIdea('pb-2027', input, { idempotencyKey: 'key-12345678' });
    expect(idea.id).to.equal('i1');
    const [request] = api.sent('POST /processes/pb-2027/ideas');
    expect(request?.headers.get('idempotency-key')).to.equal('key-12345678');
    expect(request?.headers.get('content-type')).to.equal('application/json');
    expect(request?.body).to.deep.equal(input);
  });

  it('makes a fresh idempotency key when none is given', async () => {
    const api = fakeApi({ 'POST /ideas/i1/supports': { status: 201, json: { supportCount: 3 } } });
    const client = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
    await client.supportIdea('i1', { supporterId: 'abcdefabcdefabcdef' });
    await client.supportIdea('i1', { supporterId: 'abcdefabcdefabcdef' });
    const [a, b] = api.requests.map((r) => r.headers.get('idempotency-key'));
    expect(a).to.match(/^[0-9a-f]{32}$/);
    expect(a).not.to.equal(b);
  });

  it('turns problem+json answers into an ApiProblem carrying the problem', async () => {
    const errors = [{ path: 'title', code: 'too-long', limit: 120 }];
    const api = fakeApi({ 'POST /processes/pb-2027/ideas': problem(422, 'validation-failed', errors) });
    const client = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const error = await client.createIdea('pb-2027', input).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(ApiProblem);
    const p = error as ApiProblem;
    expect(p.code).to.equal('validation-failed');
    expect(p.status).to.equal(422);
    expect(p.fieldErrors).to.deep.equal(errors);
  });

  it('has a feature problem’s Finnish sentence loaded by the time it rejects', async () => {
    // first in this file to meet a feature problem: nothing has loaded the feature sentences yet
    expect(finnishProblem('voting-closed')).to.equal(undefined);
    const api = fakeApi({ 'POST /processes/pb-2026/budgets/city/ballot': problem(409, 'voting-closed') });
    const client = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const error = await client.post('/processes/pb-2026/budgets/city/ballot', { proposalIds: [] }).catch((e: unknown) => e);
    expect((error as ApiProblem).code).to.equal('voting-closed');
    expect(finnishProblem('voting-closed')).to.equal('Äänestys ei ole nyt auki.');
  });

  it('reports a non-problem error page by its status', async () => {
    const api = fakeApi({ 'GET /areas': { status: 502, json: null } });
    const client = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const error = (await client.listAreas().catch((e: unknown) => e)) as ApiProblem;
    expect(error.code).to.equal('internal');
    expect(error.status).to.equal(502);
  });

  it('turns a network failure into an ApiProblem with code network', async () => {
    const api = fakeApi({ 'GET /processes': 'network-error' });
    const client = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const error = (await client.listProcesses().catch((e: unknown) => e)) as ApiProblem;
    expect(error).to.be.instanceOf(ApiProblem);
    expect(error.code).to.equal('network');
    expect(error.status).to.equal(0);
  });

  it('lets an abort through as the AbortError, not as a problem', async () => {
    const api = fakeApi({ 'GET /processes': { json: [] } });
    const client = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
    const controller = new AbortController();
    controller.abort();
    const error = (await client.listProcesses({ signal: controller.signal }).catch((e: unknown) => e)) as Error;
    expect(error).not.to.be.instanceOf(ApiProblem);
    expect(error.name).to.equal('AbortError');
  });

  it('covers every public route of docs/api.md', async () => {
    const ok = { json: {} };
    const api = fakeApi({
      'GET /': ok,
      'GET /processes': ok,
      'GET /processes/p': ok,
      'GET /processes/p/themes': ok,
      'GET /areas': ok,
      'GET /processes/p/ideas': ok,
      'POST /processes/p/ideas': ok,
      'GET /ideas/i': ok,
      'GET /ideas/i/events': ok,
      'POST /ideas/i/supports': ok,
      'GET /ideas/i/comments': ok,
      'POST /ideas/i/comments': ok,
    });
    const c = new ApiClient({ api: 'https://api.example.fi', tenant: 'kuopio', fetch: api.fetch });
    await c.getTenant();
    await c.listProcesses();
    await c.getProcess('p');
    await c.listThemes('p');
    await c.listAreas({ geometry: true });
    await c.listIdeas('p');
    await c.createIdea('p', input);
    await c.getIdea('i');
    await c.listIdeaEvents('i');
    await c.supportIdea('i', { supporterId: 'abcdefabcdefabcdef' });
    await c.listComments('i', { cursor: 'c2' });
    await c.createComment('i', { body: 'Hyvä idea!' });
    expect(api.requests.map((r) => r.url.pathname + r.url.search)).to.deep.equal([
      '/v1/kuopio',
      '/v1/kuopio/processes',
      '/v1/kuopio/processes/p',
      '/v1/kuopio/processes/p/themes',
      '/v1/kuopio/areas?geometry=1',
      '/v1/kuopio/processes/p/ideas',
      '/v1/kuopio/processes/p/ideas',
      '/v1/kuopio/ideas/i',
      '/v1/kuopio/ideas/i/events',
      '/v1/kuopio/ideas/i/supports',
      '/v1/kuopio/ideas/i/comments?cursor=c2',
      '/v1/kuopio/ideas/i/comments',
    ]);
  });
});
