import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './testing/wait-until.js';
import { lazyDefine } from './lazy-loader.js';

let n = 0;

describe('lazyDefine', () => {
  it('loads only the tags present, and later-added ones on sight', async () => {
    n++;
    const [present, absent, later] = [`lazy-present-${n}`, `lazy-absent-${n}`, `lazy-later-${n}`];
    const loaded: string[] = [];
    const root = await fixture<HTMLDivElement>(html`<div></div>`);
    root.append(document.createElement(present));
    const loader = (tag: string) => async () => {
      loaded.push(tag);
      customElements.define(tag, class extends HTMLElement {});
    };
    const stop = lazyDefine({ [present]: loader(present), [absent]: loader(absent), [later]: loader(later) }, root);
    expect(loaded).to.deep.equal([present]);

    const wrapper = document.createElement('section');
    wrapper.innerHTML = `<p><${later}></${later}></p>`;
    root.append(wrapper);
    await waitUntil(() => loaded.includes(later), 'later tag was not loaded');
    expect(loaded).to.deep.equal([present, later]);
    await customElements.whenDefined(later);
    expect(customElements.get(absent)).to.equal(undefined);

    root.append(document.createElement(present));
    await Promise.resolve();
    expect(loaded.filter((t) => t === present)).to.have.length(1);
    stop();
  });
});
