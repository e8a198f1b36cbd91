/**
 * End to end in Chromium: the ideas block on a WordPress page loads the bundled element, which
 * talks to the worker (wrangler dev); an editor publishes a resident's pending idea from WP admin
 * (the plugin signs the call) and reviews it; a visitor then sees it on the WordPress page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { launchChromium } from '../../helpers/browser.mjs';
import { api, browserLogin, items, site } from './site.mjs';

const suffix = randomUUID().slice(0, 8);
const TITLE = `Uimalaituri Väinölänniemeen ${suffix}`;
let browser;
let ideaId;

// The machine may be busy with other suites: generous timeouts, no sleeps.
const TIMEOUT = 90_000;

before(async () => {
  browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(TIMEOUT);
    return context;
  };
});
after(async () => {
  await browser?.close();
});

/** In the page: whether the text (shadow roots included) contains `title`. */
const showsText = (title) => {
  const walk = (n) => [...n.childNodes].map((c) => (c.shadowRoot ? walk(c.shadowRoot) : c.nodeType === 3 ? c.textContent : walk(c))).join('');
  return walk(document.body).includes(title);
};

/** Text of the whole page including open shadow roots. */
const deepText = (page) =>
  page.evaluate(() => {
    const walk = (node) => {
      let text = '';
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) text += child.textContent;
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.localName === 'script' || child.localName === 'style') continue;
          if (child.shadowRoot) text += walk(child.shadowRoot);
          else text += walk(child);
        }
      }
      return text;
    };
    return walk(document.body);
  });

const pagePath = (url) => new URL(url).pathname + new URL(url).search;

async function visit(path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${site.home}${path}`);
  return { context, page, errors };
}

test('the ideas block comes alive on the WordPress page with ideas from the worker', async () => {
  const published = await api('GET', '/processes/pb-2027/ideas?limit=5');
  assert.equal(published.status, 200);
  const first = items(published.json)[0];
  assert.ok(first, 'the seed has published ideas');

  const { context, page, errors } = await visit(pagePath(site.pages.ideas.url));
  try {
    await page.waitForFunction(() => customElements.get('osallistu-ideas') !== undefined && document.querySelector('osallistu-ideas')?.shadowRoot);
    await page.waitForFunction(showsText, first.title);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('an editor publishes a pending idea from WP admin and a visitor then sees it', async () => {
  const themes = await api('GET', '/processes/pb-2027/themes');
  const created = await api('POST', '/processes/pb-2027/ideas', {
    body: {
      title: TITLE,
      description: 'Väinölänniemen rantaan tarvitaan uimalaituri, josta pääsee veteen myös liikuntarajoitteisena.',
      themeId: items(themes.json)[0].id,
      consent: true,
    },
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  ideaId = created.json.id;

  const before = await visit(pagePath(site.pages.ideas.url));
  // once the board shows the newest published idea, the pending one must not be there
  const newest = items((await api('GET', '/processes/pb-2027/ideas?limit=1')).json)[0];
  await before.page.waitForFunction(showsText, newest.title);
  assert.ok(!(await deepText(before.page)).includes(TITLE), 'pending ideas are not shown');
  await before.context.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await browserLogin(page, 'editor');
    await page.goto(`${site.home}/wp-admin/admin.php?page=osallistu`);
    const card = page.locator(`article[data-idea="${ideaId}"]`);
    await card.waitFor();
    assert.match(await card.innerText(), new RegExp(suffix));
    await card.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.locator('.notice-success').filter({ hasText: TITLE }).waitFor();
    // the queue is reloaded without it
    await page.locator(`article[data-idea="${ideaId}"]`).waitFor({ state: 'detached' });
  } finally {
    await context.close();
  }

  const idea = await api('GET', `/ideas/${ideaId}`);
  assert.equal(idea.json.status, 'published');

  const after = await visit(pagePath(site.pages.ideas.url));
  try {
    await after.page.waitForFunction(showsText, TITLE);
  } finally {
    await after.context.close();
  }
});

test('an editor reviews the idea from WP admin: feasible with a cost', async () => {
  assert.ok(ideaId, 'the previous test created the idea');
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await browserLogin(page, 'editor');
    await page.goto(`${site.home}/wp-admin/admin.php?page=osallistu-review`);
    const card = page.locator(`article[data-idea="${ideaId}"]`);
    await card.waitFor();
    await card.getByLabel('Feasible', { exact: true }).check();
    await card.getByLabel(/Cost estimate/).fill('18000');
    await card.getByLabel('Responsible unit').fill('Liikuntapalvelut');
    await card.getByRole('button', { name: 'Save review' }).click();
    await page.locator('.notice-success').filter({ hasText: TITLE }).waitFor();
  } finally {
    await context.close();
  }
  const idea = await api('GET', `/ideas/${ideaId}`);
  assert.equal(idea.json.review?.feasibility, 'feasible');
  assert.equal(idea.json.review?.costEur, 18000);
  assert.equal(idea.json.review?.responsibleUnit, 'Liikuntapalvelut');
});

test('the block editor offers the processes from the API and previews the live element', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await browserLogin(page, 'editor');
    await page.goto(`${site.home}/wp-admin/post.php?post=${site.pages.ideas.id}&action=edit`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('osallistu/ideas')?.edit !== undefined);
    // every generated block is registered in the editor
    const names = await page.evaluate(() => window.osallistuBlocks);
    for (const name of names) assert.ok(await page.evaluate((n) => !!window.wp.blocks.getBlockType(n)?.edit, name), name);
    // select the ideas block: the inspector lists processes fetched through the plugin's route
    await page.evaluate(() => {
      window.wp.data.dispatch('core/edit-post').closeGeneralSidebar?.();
      const block = window.wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'osallistu/ideas');
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    const select = page.getByLabel('Participation process');
    await select.waitFor();
    const options = await select.locator('option').allInnerTexts();
    const processes = await api('GET', '/processes');
    const pb = items(processes.json).find((p) => p.id === 'pb-2027');
    const title = pb.title.en || pb.title.fi;
    assert.ok(options.includes(title), `options: ${options.join(' | ')}`);
    assert.equal(await select.inputValue(), 'pb-2027');
    // the server-rendered preview is upgraded by the loader in the editor
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper osallistu-ideas, iframe')?.shadowRoot || document.querySelector('osallistu-ideas')?.shadowRoot);
  } finally {
    await context.close();
  }
  assert.deepEqual(errors, []);
});

test('a Finnish-speaking editor gets the admin page and its script in Finnish', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await browserLogin(page, 'toimittaja');
    await page.goto(`${site.home}/wp-admin/admin.php?page=osallistu`);
    await page.getByRole('heading', { level: 1, name: 'Osallistu – moderointi' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Moderointia odottavat ideat: \d+$/ }).waitFor();
    assert.ok((await page.getByRole('button', { name: 'Julkaise', exact: true }).count()) > 0);
  } finally {
    await context.close();
  }
});

test('an editor publishes a project update from WP admin', async () => {
  const projects = items((await api('GET', '/projects')).json);
  const project = projects.find((p) => p.status === 'in-progress');
  assert.ok(project, 'the seed has a project in progress');
  const text = `Leikkivälineet asennettiin tällä viikolla (${suffix}).`;
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await browserLogin(page, 'editor');
    await page.goto(`${site.home}/wp-admin/admin.php?page=osallistu-progress`);
    const card = page.locator(`article[data-project="${project.id}"]`);
    await card.waitFor();
    await card.getByLabel('Update in Finnish').fill(text);
    await card.getByRole('button', { name: 'Publish update' }).click();
    await page.locator('.notice-success').waitFor();
  } finally {
    await context.close();
  }
  const detail = await api('GET', `/projects/${project.id}`);
  assert.equal(detail.json.updates[0].text.fi, text);
});
