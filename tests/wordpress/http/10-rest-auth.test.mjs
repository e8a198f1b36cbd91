/**
 * The plugin's REST routes over real HTTP: cookie authentication needs the nonce, subscribers are
 * refused, editors reach the API (signed calls included).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { client } from './site.mjs';

const clients = {};
before(async () => {
  for (const who of [null, 'subscriber', 'editor']) clients[who ?? 'anonymous'] = await client(who);
});
after(async () => {
  for (const c of Object.values(clients)) await c.ctx.dispose();
});

// Valid requests (WordPress validates arguments before it checks permissions).
const routes = [
  ['GET', '/wp-json/osallistu/v1/processes'],
  ['GET', '/wp-json/osallistu/v1/ideas?status=pending'],
  ['POST', '/wp-json/osallistu/v1/ideas/k27-001/publish'],
  ['POST', '/wp-json/osallistu/v1/ideas/k27-001/reject', { reason: 'Ei kuulu tähän prosessiin' }],
  ['POST', '/wp-json/osallistu/v1/ideas/k27-001/review', { feasibility: 'feasible', costEur: 100, responsibleUnit: 'Tilakeskus' }],
];

test('anonymous requests are refused with 403', async () => {
  for (const [method, path, data] of routes) {
    const res = await clients.anonymous.ctx.fetch(path, { method, data });
    assert.equal(res.status(), 403, `${method} ${path}`);
  }
});

test('a logged-in editor without the nonce is refused with 403', async () => {
  for (const [method, path, data] of routes) {
    const res = await clients.editor.ctx.fetch(path, { method, data });
    assert.equal(res.status(), 403, `${method} ${path}`);
  }
});

test('a subscriber with a valid nonce is refused with 403', async () => {
  for (const [method, path, data] of routes) {
    const res = await clients.subscriber.ctx.fetch(path, { method, data, headers: { 'X-WP-Nonce': clients.subscriber.nonce } });
    assert.equal(res.status(), 403, `${method} ${path}`);
  }
});

test('an editor with the nonce gets processes and pending ideas from the API', async () => {
  const { ctx, nonce } = clients.editor;
  const processes = await ctx.get('/wp-json/osallistu/v1/processes', { headers: { 'X-WP-Nonce': nonce } });
  assert.equal(processes.status(), 200);
  assert.ok((await processes.json()).some((p) => p.id === 'pb-2027'));
  const ideas = await ctx.get('/wp-json/osallistu/v1/ideas?status=pending', { headers: { 'X-WP-Nonce': nonce } });
  assert.equal(ideas.status(), 200, await ideas.text());
  const body = await ideas.json();
  const list = Array.isArray(body) ? body : body.items;
  assert.ok(list.length > 0 && list.every((i) => i.status === 'pending'));
});

test('a forged nonce is refused', async () => {
  const res = await clients.editor.ctx.get('/wp-json/osallistu/v1/ideas', { headers: { 'X-WP-Nonce': '0123456789' } });
  assert.equal(res.status(), 403);
});
