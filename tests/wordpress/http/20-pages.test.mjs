/**
 * Pages as visitors and staff receive them: the loader only where a widget is, and the shared
 * secret in no page's HTML, front or admin.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { client, site } from './site.mjs';

const clients = {};
before(async () => {
  for (const who of [null, 'admin', 'editor']) clients[who ?? 'anonymous'] = await client(who);
});
after(async () => {
  for (const c of Object.values(clients)) await c.ctx.dispose();
});

const path = (url) => new URL(url).pathname + new URL(url).search;

test('a page with the ideas block prints the element and the loader module with the API and tenant', async () => {
  const res = await clients.anonymous.ctx.get(path(site.pages.ideas.url));
  assert.equal(res.status(), 200);
  const html = await res.text();
  assert.match(html, /<osallistu-ideas class="wp-block-osallistu-ideas[^"]*"[^>]* process="pb-2027"/);
  const script = /<script type="module" data-api="([^"]+)" data-tenant="([^"]+)"[^>]*src=['"]([^'"]+osallistu\.js[^'"]*)['"]/.exec(html);
  assert.ok(script, 'module script tag');
  assert.equal(script[1], site.api);
  assert.equal(script[2], site.tenant);
  assert.ok(script[3].startsWith(`${site.home}/wp-content/plugins/osallistu/assets/elements/`), 'bundled, not loaded from elsewhere');
  const loader = await clients.anonymous.ctx.get(path(script[3]));
  assert.equal(loader.status(), 200);
  assert.match(loader.headers()['content-type'], /javascript/);
  assert.match(html, /--osallistu-color-primary:#7a1f5c/);
});

test('the shortcode page prints the same element', async () => {
  const html = await (await clients.anonymous.ctx.get(path(site.pages.shortcode.url))).text();
  assert.match(html, /<osallistu-ideas [^>]*process="pb-2027"/);
  assert.match(html, /osallistu\.js/);
});

test('a page without widgets loads nothing of Osallistu', async () => {
  const html = await (await clients.anonymous.ctx.get(path(site.pages.plain.url))).text();
  assert.doesNotMatch(html, /osallistu\.js/);
  assert.doesNotMatch(html, /--osallistu-/);
  assert.doesNotMatch(html, /<osallistu-/);
});

test('the shared secret appears in no page, front or admin', async () => {
  const front = ['/', path(site.pages.ideas.url), path(site.pages.shortcode.url), path(site.pages.plain.url), '/wp-json/', '/?feed=rss2'];
  const admin = [
    '/wp-admin/',
    '/wp-admin/admin.php?page=osallistu',
    '/wp-admin/admin.php?page=osallistu-review',
    '/wp-admin/admin.php?page=osallistu-progress',
    '/wp-admin/admin.php?page=osallistu-settings',
    '/wp-admin/options-general.php',
    '/wp-admin/options.php',
    '/wp-admin/plugins.php',
    '/wp-admin/profile.php',
    `/wp-admin/post.php?post=${site.pages.ideas.id}&action=edit`,
    '/wp-admin/post-new.php?post_type=page',
  ];
  const checked = [];
  for (const [who, paths] of [
    ['anonymous', front],
    ['editor', [...front, ...admin.filter((p) => !p.includes('settings') && !p.includes('options') && !p.includes('plugins'))]],
    ['admin', [...front, ...admin]],
  ]) {
    for (const p of paths) {
      const res = await clients[who].ctx.get(p);
      assert.ok(res.status() < 500, `${who} ${p}: ${res.status()}`);
      const body = await res.text();
      assert.ok(!body.includes(site.secret), `${who} ${p} contains the secret`);
      checked.push(`${who} ${p} ${res.status()}`);
    }
  }
  const settings = await (await clients.admin.ctx.get('/wp-admin/admin.php?page=osallistu-settings')).text();
  assert.match(settings, /id="osallistu-secret-state"/, 'the settings page was really rendered');
  const rest = await clients.admin.ctx.get('/wp-json/wp/v2/settings', { headers: { 'X-WP-Nonce': clients.admin.nonce } });
  assert.equal(rest.status(), 200);
  assert.ok(!(await rest.text()).includes(site.secret));
  assert.ok(checked.length > 20);
});

test('saving the settings form with the secret left empty keeps the secret working', async () => {
  const { ctx } = clients.admin;
  const form = await (await ctx.get('/wp-admin/admin.php?page=osallistu-settings')).text();
  const field = (name) => new RegExp(`name="${name}" value="([^"]*)"`).exec(form)?.[1];
  const res = await ctx.post('/wp-admin/options.php', {
    form: {
      option_page: 'osallistu',
      action: 'update',
      _wpnonce: field('_wpnonce'),
      _wp_http_referer: '/wp-admin/admin.php?page=osallistu-settings',
      'osallistu_settings[api_url]': site.api,
      'osallistu_settings[tenant]': site.tenant,
      'osallistu_settings[secret]': '',
      'osallistu_settings[color_primary]': '#7a1f5c',
    },
  });
  assert.equal(res.status(), 302);
  const { ctx: editor, nonce } = clients.editor;
  const ideas = await editor.get('/wp-json/osallistu/v1/ideas?status=pending', { headers: { 'X-WP-Nonce': nonce } });
  assert.equal(ideas.status(), 200, 'signed calls still work: the stored secret was kept');
});

test('editors cannot open the settings page', async () => {
  const res = await clients.editor.ctx.get('/wp-admin/admin.php?page=osallistu-settings');
  assert.equal(res.status(), 403);
});
