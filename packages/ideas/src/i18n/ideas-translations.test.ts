import { expect } from '@open-wc/testing';
import { publicIdeaFilters, ideaSorts } from '@osallistu/contract';
import { shapeDifferences } from '@osallistu/core/testing/same-shape.js';
import { fi } from './fi.js';
import { sv } from './sv.js';
import { en } from './en.js';
import { ideasTranslations } from './ideas-translations.js';
import { loadDictionary } from '@osallistu/core';

describe('idea widget translations', () => {
  it('load Swedish and English on demand, Finnish at once', async () => {
    expect(ideasTranslations.fi).to.equal(fi);
    expect(await loadDictionary(ideasTranslations, 'sv')).to.equal(sv);
    expect(await loadDictionary(ideasTranslations, 'en')).to.equal(en);
  });

  it('have every string in fi, sv and en', () => {
    const ideasTranslations = { fi, sv, en };
    expect(shapeDifferences(ideasTranslations.fi, ideasTranslations.sv)).to.deep.equal([]);
    expect(shapeDifferences(ideasTranslations.fi, ideasTranslations.en)).to.deep.equal([]);
  });

  it('name every status filter and sort of the contract', () => {
    const ideasTranslations = { fi, sv, en };
    for (const t of Object.values(ideasTranslations)) {
      expect(Object.keys(t.statusFilters).sort()).to.deep.equal([...publicIdeaFilters].sort());
      expect(Object.keys(t.sorts).sort()).to.deep.equal([...ideaSorts].sort());
    }
  });

  it('inflect counts', () => {
    const ideasTranslations = { fi, sv, en };
    expect(ideasTranslations.fi.supportCount(1)).to.equal('1 kannatus');
    expect(ideasTranslations.fi.supportCount(13)).to.equal('13 kannatusta');
    expect(ideasTranslations.en.supportCount(1)).to.equal('1 supporter');
    expect(ideasTranslations.sv.resultsCount(1, false)).to.equal('Visar 1 idé.');
  });
});
