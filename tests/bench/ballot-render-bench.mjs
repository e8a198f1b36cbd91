/**
 * Ballot render benchmark (issue 3: "fast with 300 proposals"): how long the built
 * `<osallistu-ballot>` takes, in Chromium, to open a budget of 300 proposals and to take one pick.
 * Numbers, not pass/fail; the component test (packages/ballot) proves the behaviour, this file the
 * speed. Meant to be called by tests/bench/ballot-bench.mjs or run.mjs (key `ballotRender`):
 *
 *   const { runBallotRenderBench } = await import('./ballot-render-bench.mjs');
 *   results.ballotRender = await runBallotRenderBench();
 *
 * Self-contained: no worker and no port. The page, the built elements (build/assets/elements, so
 * run `npm run build` first) and the four read-only API answers the ballot needs (budgets, 300
 * proposals, themes, areas: synthetic, contract-shaped) are served by Playwright's request routing.
 * It measures rendering only; the API's own speed is ballot-bench.mjs's throughput.
 *
 * - openMs: click on the budget's "Äänestä" → its 300 proposals rendered, laid out and painted
 *   (the element's updateComplete, then the next animation frame and task);
 * - pickMs: one pick (the checkbox's change, as Space or a click fires it) → budget bar and live
 *   region updated and painted;
 * - medians (and all samples) over `rounds` fresh pages, `picks` picks per page.
 *
 * Run alone: `node tests/bench/ballot-render-bench.mjs` (prints JSON).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../helpers/start-worker.mjs';
import { launchChromium } from '../helpers/browser.mjs';

const elementsDir = join(repoRoot, 'build', 'assets', 'elements');
const origin = 'http://ballot-render.bench';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round1 = (n) => Math.round(n * 10) / 10;

/** Contract-shaped answers: one city-wide knapsack budget with `count` proposals. */
function api(count) {
  const rule = { kind: 'knapsack', minProposals: 1, maxProposals: null, minSharePercent: 0 };
  const themes = ['liikunta', 'kulttuuri', 'luonto', 'liikenne'];
  return {
    '/v1/kuopio/processes/pb-bench/budgets': {
      processId: 'pb-bench',
      settings: { minAge: 13, municipality: 'Kuopio', emailCodes: true, printedCodes: true },
      votingStartsAt: '2026-01-01T00:00:00.000Z',
      votingEndsAt: '2099-01-01T00:00:00.000Z',
      votingOpen: true,
      budgets: [
        { id: 'city', processId: 'pb-bench', name: { fi: 'Koko kaupunki' }, areaId: null, amountEur: 1_000_000, ballotRule: rule, countingRule: 'greedy', eligibility: 'all', position: 0, proposalCount: count },
      ],
    },
    '/v1/kuopio/processes/pb-bench/proposals': Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      processId: 'pb-bench',
      budgetId: 'city',
      title: `Ehdotus numero ${i + 1}: parannus lähiön puistoon ja kulkureitteihin`,
      summary: `Ehdotuksen ${i + 1} kuvaus: mitä tehdään, missä ja kenelle siitä on hyötyä. `.repeat(3).trim(),
      themeId: themes[i % themes.length],
      areaId: null,
      costEur: 5_000 + ((i * 7919) % 60) * 1_000,
      originIdeas: [{ id: `idea-${i}`, title: `Asukkaan idea ${i + 1}` }],
    })),
    '/v1/kuopio/processes/pb-bench/themes': themes.map((id) => ({ id, name: { fi: id } })),
    '/v1/kuopio/areas': [],
  };
}

const pageHtml = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Ballot render bench</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="${origin}/elements/osallistu.js" data-tenant="kuopio" data-api="${origin}"></script></head>
<body><main><osallistu-ballot process="pb-bench"></osallistu-ballot></main></body></html>`;

/** In the page: open the budget, then pick `picks` proposals; returns milliseconds. */
async function measureInPage(page, picks) {
  return page.evaluate(async (picks) => {
    const el = document.querySelector('osallistu-ballot');
    const root = el.shadowRoot;
    const painted = async () => {
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    };
    const open = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Äänestä');
    const t0 = performance.now();
    open.click();
    await painted();
    const openMs = performance.now() - t0;
    const shown = root.querySelectorAll('.proposal').length;
    const pickMs = [];
    for (let i = 0; i < picks; i++) {
      const box = root.querySelector(`#pick-p${i * 7}`);
      const t = performance.now();
      box.click(); // the change a Space press fires
      await painted();
      pickMs.push(performance.now() - t);
    }
    const announced = root.querySelector('[role="status"][aria-live="polite"]').textContent.trim();
    return { openMs, pickMs, shown, announced };
  }, picks);
}

/**
 * Opens a 300-proposal budget `rounds` times (fresh page each) and picks `picks` proposals each
 * time. Returns medians in milliseconds with every sample.
 */
export async function runBallotRenderBench({ proposals = 300, rounds = 5, picks = 10 } = {}) {
  if (!existsSync(join(elementsDir, 'osallistu.js'))) throw new Error('build/assets/elements/osallistu.js is missing: run `npm run build` first');
  const answers = api(proposals);
  const browser = await launchChromium();
  const opens = [];
  const pickSamples = [];
  let last;
  try {
    for (let r = 0; r < rounds; r++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin !== origin) return route.abort();
        if (url.pathname === '/') return route.fulfill({ status: 200, contentType: 'text/html', body: pageHtml });
        if (url.pathname.startsWith('/elements/')) {
          const file = join(elementsDir, url.pathname.slice('/elements/'.length));
          if (!file.startsWith(elementsDir) || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
          return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
        }
        const json = answers[url.pathname];
        if (json === undefined) return route.fulfill({ status: 404, contentType: 'application/problem+json', body: JSON.stringify({ status: 404, code: 'not-found', title: 'not-found' }) });
        return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(json) });
      });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.locator('osallistu-ballot').getByRole('button', { name: 'Äänestä', exact: true }).waitFor({ timeout: 60_000 });
      last = await measureInPage(page, picks);
      if (last.shown !== proposals) throw new Error(`rendered ${last.shown} proposals, expected ${proposals}`);
      opens.push(last.openMs);
      pickSamples.push(...last.pickMs);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    proposals,
    rounds,
    picksPerRound: picks,
    openMedianMs: round1(median(opens)),
    pickMedianMs: round1(median(pickSamples)),
    pickMaxMs: round1(Math.max(...pickSamples)),
    openSamplesMs: opens.map(round1),
    lastAnnouncement: last?.announced ?? '',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await runBallotRenderBench(), null, 2));
}
