import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../testing/wait-until.js';
import { LitElement } from 'lit';
import { fieldErrorCodes, problemCodes } from '@osallistu/contract';
import { LocalizeController } from './localize-controller.js';
import { loadCoreTranslation } from './core-translations.js';
import type { Translation } from './translation.js';
import type { Language } from '@osallistu/contract';
import { resolveLang } from './resolve-lang.js';
import { formatCurrency, formatDate, formatNumber } from './format.js';
import { defaultsKey, setDefaults } from '../defaults.js';
import { define as defineConfig } from '../config/define.js';
import { ApiProblem } from '../api-problem.js';
import { shapeDifferences } from '../testing/same-shape.js';

defineConfig();

class LocalizeProbe extends LitElement {
  readonly l = new LocalizeController(this, {
    fi: { hello: 'Hei' },
    sv: { hello: 'Hej' },
    en: { hello: 'Hello' },
  });
  renders = 0;
  protected override render() {
    this.renders++;
    return html`<p>${this.l.t.hello} · ${this.l.t.loading}</p>`;
  }
}
customElements.define('localize-probe', LocalizeProbe);

const spaces = (s: string) => s.replace(/\s/g, ' ');

describe('i18n', () => {
  const coreTranslations = {} as Record<Language, Translation>;
  before(async () => {
    for (const lang of ['fi', 'sv', 'en'] as const) coreTranslations[lang] = await loadCoreTranslation(lang);
    // Finnish comes in two parts: the bundled one and the feature problems' sentences
    const { fiFeatureProblems } = await import('./fi-feature-problems.js');
    const fi = coreTranslations.fi;
    coreTranslations.fi = { ...fi, problems: { ...fi.problems, ...fiFeatureProblems } };
  });

  it('bundles no feature problem sentence with the Finnish strings every widget loads', async () => {
    const { fi } = await import('./fi.js');
    const { fiFeatureProblems } = await import('./fi-feature-problems.js');
    const overlap = Object.keys(fiFeatureProblems).filter((code) => code in fi.problems);
    expect(overlap).to.deep.equal([]);
    expect(Object.keys(fiFeatureProblems)).to.include.members(['voting-closed', 'signup-full', 'survey-closed']);
  });

  it('has every core string in fi, sv and en', () => {
    expect(shapeDifferences(coreTranslations.fi, coreTranslations.sv)).to.deep.equal([]);
    expect(shapeDifferences(coreTranslations.fi, coreTranslations.en)).to.deep.equal([]);
  });

  it('translates every problem code and field error code of the contract', () => {
    for (const t of Object.values(coreTranslations)) {
      expect(Object.keys(t.problems).sort()).to.deep.equal([...problemCodes, 'network'].sort());
      expect(Object.keys(t.fieldErrors).sort()).to.deep.equal([...fieldErrorCodes].sort());
    }
  });

  it('puts the broken limit into field errors', () => {
    expect(coreTranslations.fi.fieldErrors['too-long'](120)).to.equal('Enintään 120 merkkiä.');
    expect(coreTranslations.sv.fieldErrors['too-long'](120)).to.equal('Högst 120 tecken.');
    expect(coreTranslations.en.fieldErrors['too-short'](5)).to.equal('At least 5 characters.');
  });

  it('formats numbers, euros and dates for the language', () => {
    expect(spaces(formatCurrency('fi', 12000))).to.equal('12 000 €');
    expect(spaces(formatNumber('fi', 200000))).to.equal('200 000');
    expect(formatCurrency('en', 12000)).to.equal('€12,000');
    expect(formatDate('fi', '2026-11-29T10:00:00Z')).to.equal('29.11.2026');
  });

  it('resolves the language from the element, its ancestors across shadow roots, and the defaults', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="sv"><span id="inner"></span><span lang="de" id="german"></span></div>`);
    expect(resolveLang(host.querySelector('#inner')!)).to.equal('sv');
    // unsupported languages fall through to the next ancestor that is supported
    expect(resolveLang(host.querySelector('#german')!)).to.equal('sv');
    const shadowHost = document.createElement('div');
    shadowHost.lang = 'en-GB';
    host.append(shadowHost);
    const inShadow = document.createElement('p');
    shadowHost.attachShadow({ mode: 'open' }).append(inShadow);
    expect(resolveLang(inShadow)).to.equal('en');
    const orphan = document.createElement('p');
    setDefaults({ lang: 'sv' });
    expect(resolveLang(orphan)).to.equal('sv');
    delete (globalThis as Record<symbol, unknown>)[defaultsKey];
    expect(resolveLang(orphan)).to.equal('fi');
  });

  it('re-renders when <html lang> or an enclosing <osallistu-config lang> changes', async () => {
    const root = document.documentElement;
    const original = root.lang;
    try {
      root.lang = 'fi';
      const wrapper = await fixture<HTMLElement>(html`<osallistu-config><localize-probe></localize-probe></osallistu-config>`);
      const probe = wrapper.querySelector<LocalizeProbe>('localize-probe')!;
      await probe.updateComplete;
      expect(probe.shadowRoot!.textContent).to.contain('Hei · Ladataan…');
      root.lang = 'en';
      await waitUntil(() => probe.shadowRoot!.textContent!.includes('Hello · Loading…'), 'did not follow <html lang>');
      wrapper.setAttribute('lang', 'sv');
      await waitUntil(() => probe.shadowRoot!.textContent!.includes('Hej · Laddar…'), 'did not follow <osallistu-config lang>');
      const renders = probe.renders;
      root.lang = 'de';
      await Promise.resolve();
      await probe.updateComplete;
      expect(probe.renders, 'an unrelated change must not re-render').to.equal(renders);
    } finally {
      root.lang = original;
    }
  });

  it('turns errors into sentences', async () => {
    const probe = await fixture<LocalizeProbe>(html`<localize-probe lang="fi"></localize-probe>`);
    expect(probe.l.problem(ApiProblem.network(new TypeError('x')))).to.equal(
      'Yhteys palveluun ei onnistunut. Tarkista verkkoyhteys ja yritä uudelleen.',
    );
    expect(probe.l.problem(new Error('boom'))).to.equal('Palvelussa tapahtui virhe. Yritä myöhemmin uudelleen.');
    expect(probe.l.fieldError({ code: 'too-long', limit: 120 })).to.equal('Enintään 120 merkkiä.');
  });
});
