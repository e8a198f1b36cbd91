import { beforeEach, describe, expect, it } from 'vitest';
import { call, json, seedFixture, submitIdea, validIdea } from './fixture.js';

beforeEach(seedFixture);

describe('smoke', () => {
  it('answers the tenant', async () => {
    const r = await call('');
    expect(r.status).toBe(200);
    expect(await json(r)).toEqual({ id: 'testcity', name: 'Testikaupunki', languages: ['fi', 'sv', 'en'] });
  });
  it('creates an idea', async () => {
    const r = await call('/processes/pb-test/ideas', { body: validIdea });
    const body = await r.text();
    expect(r.status, body).toBe(201);
    const id = await submitIdea();
    expect(id).toMatch(/^[a-z0-9]+$/);
  });
});
