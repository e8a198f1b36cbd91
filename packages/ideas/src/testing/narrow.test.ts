import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { setViewport } from '@web/test-runner-commands';
import { ApiClient } from '@osallistu/core';
import { fakeApi } from '@osallistu/core/testing/fake-api.js';
import { define as defineForm } from '../idea-form/define.js';
import { define as defineBoard } from '../idea-board/define.js';
import { areas, firstPage, process, themes } from './fixtures.js';

defineForm();
defineBoard();

/** Elements wider than their widget: what would make a phone scroll sideways. */
function overflowing(root: ShadowRoot, width: number): string[] {
  return [...root.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > width + 1)
    .map((el) => `${el.localName}#${el.id}.${el.className}`);
}

describe('at 320 px wide', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 1280, height: 800 }));
  beforeEach(() => localStorage.clear());

  const api = fakeApi({
    'GET /processes/pb-2027': { json: process },
    'GET /processes/pb-2027/themes': { json: themes },
    'GET /areas': { json: areas },
    'GET /processes/pb-2027/ideas': { json: firstPage },
  });
  const client = new ApiClient({ api: 'https://osallistu.example.fi', tenant: 'kuopio', fetch: api.fetch });

  it('the idea form fits without sideways scrolling', async () => {
    document.body.style.margin = '0';
    const el = await fixture(html`<osallistu-idea-form process="pb-2027" .client=${client}></osallistu-idea-form>`);
    await waitUntil(() => el.shadowRoot?.querySelector('form'));
    expect(overflowing(el.shadowRoot!, 320)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the idea board fits without sideways scrolling', async () => {
    document.body.style.margin = '0';
    const el = await fixture(html`<osallistu-ideas process="pb-2027" .client=${client}></osallistu-ideas>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="card"]'));
    expect(overflowing(el.shadowRoot!, 320)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
