/**
 * What the node tests of the WordPress suite share: the running site's description (written by
 * run.mjs), logged-in HTTP clients with a REST nonce, a browser login, and calls to the API.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { request } from 'playwright-core';

export const site = JSON.parse(readFileSync(process.env.OSALLISTU_WP_CONTEXT ?? '', 'utf8'));

export const passwords = {
  admin: 'admin-pass-123',
  editor: 'editor-pass-123',
  author: 'author-pass-123',
  subscriber: 'subscriber-pass-123',
  toimittaja: 'toimittaja-pass-123',
};

/** An HTTP client with a cookie jar, logged in as `login` (or anonymous), and its REST nonce. */
export async function client(login) {
  const ctx = await request.newContext({ baseURL: site.home, maxRedirects: 0 });
  let nonce = null;
  if (login) {
    await ctx.get('/wp-login.php');
    const res = await ctx.post('/wp-login.php', {
      form: { log: login, pwd: passwords[login], 'wp-submit': 'Log In', testcookie: '1', redirect_to: `${site.home}/wp-admin/` },
    });
    if (res.status() !== 302) throw new Error(`login as ${login} failed: ${res.status()}`);
    const n = await ctx.get('/wp-admin/admin-ajax.php?action=rest-nonce');
    nonce = (await n.text()).trim();
    if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`no REST nonce for ${login}: ${nonce}`);
  }
  return { ctx, nonce };
}

/** Logs a browser page in through wp-login.php. */
export async function browserLogin(page, login) {
  await page.goto(`${site.home}/wp-login.php`);
  await page.fill('#user_login', login);
  await page.fill('#user_pass', passwords[login]);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.click('#wp-submit')]);
}

/** Calls the Osallistu API directly (a resident's browser or a staff tool would). */
export async function api(method, path, { key, body } = {}) {
  const headers = { accept: 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['idempotency-key'] = randomUUID();
  }
  const res = await fetch(`${site.api}/v1/${site.tenant}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

export const items = (json) => (Array.isArray(json) ? json : (json?.items ?? []));
