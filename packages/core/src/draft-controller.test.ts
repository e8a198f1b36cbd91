import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DraftController, draftKey } from './draft-controller.js';

class DraftProbe extends LitElement {
  @property() process = 'pb-2027';
  readonly draft = new DraftController(this, {
    key: () => draftKey('kuopio', this.process, 'probe'),
    empty: () => ({ text: '', checked: false }),
  });
}
customElements.define('draft-probe', DraftProbe);

describe('DraftController', () => {
  beforeEach(() => localStorage.clear());

  it('saves every change and restores it in a new element', async () => {
    const first = await fixture<DraftProbe>(html`<draft-probe></draft-probe>`);
    first.draft.update({ text: 'Hei' });
    expect(JSON.parse(localStorage.getItem('osallistu:draft:kuopio:pb-2027:probe')!)).to.deep.equal({ text: 'Hei', checked: false });
    first.remove();
    const second = await fixture<DraftProbe>(html`<draft-probe></draft-probe>`);
    expect(second.draft.value).to.deep.equal({ text: 'Hei', checked: false });
  });

  it('keeps drafts apart per process and reloads when the key changes', async () => {
    localStorage.setItem('osallistu:draft:kuopio:other:probe', JSON.stringify({ text: 'Toinen' }));
    const el = await fixture<DraftProbe>(html`<draft-probe></draft-probe>`);
    el.draft.update({ text: 'Eka' });
    el.process = 'other';
    await el.updateComplete;
    expect(el.draft.value).to.deep.equal({ text: 'Toinen', checked: false });
  });

  it('forgets the draft only when cleared', async () => {
    const el = await fixture<DraftProbe>(html`<draft-probe></draft-probe>`);
    el.draft.update({ text: 'Lähetetty' });
    el.draft.clear();
    expect(el.draft.value.text).to.equal('');
    expect(localStorage.getItem('osallistu:draft:kuopio:pb-2027:probe')).to.equal(null);
  });

  it('starts empty from a corrupted draft instead of failing', async () => {
    localStorage.setItem('osallistu:draft:kuopio:pb-2027:probe', '{not json');
    const el = await fixture<DraftProbe>(html`<draft-probe></draft-probe>`);
    expect(el.draft.value).to.deep.equal({ text: '', checked: false });
  });
});
