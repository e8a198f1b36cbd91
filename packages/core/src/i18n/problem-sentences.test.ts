import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ApiProblem } from '../api-problem.js';
import { LocalizeController } from './localize-controller.js';
import { finnishProblemsComplete } from './problem-sentences.js';
import { waitUntil } from '../testing/wait-until.js';

// Its own test file, so its page starts without the feature sentences loaded.

class ProblemProbe extends LitElement {
  readonly l = new LocalizeController(this);
  error: unknown = null;
  protected override render() {
    return html`<p role="alert">${this.l.problem(this.error)}</p>`;
  }
}
customElements.define('problem-probe', ProblemProbe);

describe('problem sentences', () => {
  it('loads a feature problem’s Finnish sentence on first need and re-renders with it, never showing the code', async () => {
    expect(finnishProblemsComplete(), 'the feature sentences must not be loaded yet').to.equal(false);
    const probe = await fixture<ProblemProbe>(html`<problem-probe lang="fi"></problem-probe>`);
    probe.error = new ApiProblem('signup-full', 409, null);
    probe.requestUpdate();
    await probe.updateComplete;
    const first = probe.shadowRoot!.textContent!.trim();
    // the sentence may already be there; if not, the general heading stands in, never the code
    expect(['Jotain meni vikaan', 'Kaikki paikat on jo varattu.']).to.include(first);
    await waitUntil(() => probe.shadowRoot!.textContent!.trim() === 'Kaikki paikat on jo varattu.', 'no re-render with the sentence');
    expect(finnishProblemsComplete()).to.equal(true);
    // a code nobody knows still gets the general sentence
    probe.error = new ApiProblem('no-such-code' as never, 500, null);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent!.trim()).to.equal('Palvelussa tapahtui virhe. Yritä myöhemmin uudelleen.');
    await expect(probe).to.be.accessible();
  });
});
