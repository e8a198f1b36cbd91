import { expect } from '@open-wc/testing';
import { waitUntil } from '@osallistu/core/testing/wait-until.js';
import { getDefaults } from '@osallistu/core/defaults.js';
import { widgets } from './widgets.js';

describe('osallistu.js loader', () => {
  it('reads its script tag and defines only the widgets on the page, then later ones', async () => {
    const board = document.createElement('osallistu-ideas');
    board.setAttribute('process', 'pb-2027');
    document.body.append(board);

    const script = document.createElement('script');
    script.type = 'module';
    script.src = new URL('./osallistu.ts', import.meta.url).pathname;
    script.dataset['tenant'] = 'kuopio';
    // a value the loader could not have guessed from its own URL
    const api = location.origin.replace('localhost', '127.0.0.1');
    script.dataset['api'] = api;
    document.head.append(script);

    await customElements.whenDefined('osallistu-ideas');
    expect(getDefaults()).to.include({ api, tenant: 'kuopio' });
    expect(customElements.get('osallistu-idea-form')).to.equal(undefined);
    expect(customElements.get('osallistu-config')).to.equal(undefined);

    const form = document.createElement('osallistu-idea-form');
    document.body.append(form);
    await waitUntil(() => customElements.get('osallistu-idea-form'), 'later widget never defined');
    board.remove();
    form.remove();
  });

  it('lists every widget once, with its package and a loader', () => {
    const tags = widgets.map((w) => w.tag);
    expect(tags).to.include.members(['osallistu-idea-form', 'osallistu-ideas']);
    expect(new Set(tags).size).to.equal(tags.length);
    for (const widget of widgets) {
      expect(widget.tag).to.match(/^osallistu-[a-z0-9-]+$/);
      expect(widget.package).to.match(/^@osallistu\/[a-z0-9-]+$/);
      expect(widget.attributes).to.include.members(['api', 'tenant', 'lang']);
      expect(widget.load).to.be.a('function');
    }
  });
});
