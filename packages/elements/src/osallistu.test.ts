import { expect, waitUntil } from '@open-wc/testing';
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

  it('lists every widget with its package and a loader', () => {
    expect(widgets.map((w) => w.tag)).to.deep.equal(['osallistu-idea-form', 'osallistu-ideas']);
    for (const widget of widgets) {
      expect(widget.package).to.equal('@osallistu/ideas');
      expect(widget.attributes).to.include('process');
      expect(widget.load).to.be.a('function');
    }
  });
});
