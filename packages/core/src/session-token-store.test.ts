import { expect } from '@open-wc/testing';
import { SessionTokenStore } from './session-token-store.js';

const store = new SessionTokenStore('osallistu:test-token');
const api = 'https://osallistu.example.fi';
const later = '2099-01-01T00:00:00.000Z';

describe('SessionTokenStore', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps a token per API, tenant and id under its prefix until cleared', () => {
    store.set(api, 'kuopio', 'pb-2026', { token: 't1', expiresAt: later });
    expect(sessionStorage.getItem(`osallistu:test-token:${api}:kuopio:pb-2026`)).to.contain('t1');
    expect(store.get(api, 'kuopio', 'pb-2026')).to.deep.equal({ token: 't1', expiresAt: later });
    expect(store.get(api, 'kuopio', 'other')).to.equal(null);
    store.clear(api, 'kuopio', 'pb-2026');
    expect(store.get(api, 'kuopio', 'pb-2026')).to.equal(null);
  });

  it('forgets an expired token', () => {
    store.set(api, 'kuopio', 'pb-2026', { token: 't1', expiresAt: '2000-01-01T00:00:00.000Z' });
    expect(store.get(api, 'kuopio', 'pb-2026')).to.equal(null);
  });

  it('reads a broken stored value as no token', () => {
    sessionStorage.setItem(`osallistu:test-token:${api}:kuopio:pb-2026`, '{not json');
    expect(store.get(api, 'kuopio', 'pb-2026')).to.equal(null);
  });
});
