#!/usr/bin/env node
/**
 * Generates the demo seed as SQL for D1: tenant `kuopio`, the process `pb-2027` (its ideation
 * phase always open at seed time), 7 themes, Kuopio's 65 postal-code areas, and 27 ideas in every
 * state with events, comments and supports. `extraIdeas` adds generated published ideas for the
 * benchmark (support counts without support rows).
 *
 * @example
 *   node scripts/seed.mjs > seed.sql                 # the demo
 *   node scripts/seed.mjs --extra 5000 > bench.sql   # plus 5 000 ideas
 *   import { buildSeedSql } from './scripts/seed.mjs'; buildSeedSql({ extraIdeas: 5000 })
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as content from '../worker/seed/seed-content.mjs';
import { pbSeedSql } from '../worker/seed/pb-seed.mjs';
import { areaMapSeedSql } from '../worker/seed/area-map-seed.mjs';
import { progressSeedSql } from '../worker/seed/progress-seed.mjs';
import { surveySeedSql } from '../worker/seed/survey-seed.mjs';
import { day, dayClock, insert, insertMany, pastClock, processRow, rng, themeInserts } from '../worker/seed/sql.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function titleCase(name) {
  return name
    .toLowerCase()
    .split(/([ -])/)
    .map((part) => (part.length > 1 ? part[0].toUpperCase() + part.slice(1) : part))
    .join('');
}

function hash(text) {
  return createHash('sha256').update(text).digest('hex');
}

export function loadAreas() {
  const file = join(root, 'worker', 'seed', 'data', 'kuopio_postinumeroalueet.geojson');
  const collection = JSON.parse(readFileSync(file, 'utf8'));
  return collection.features.map((feature) => {
    const p = feature.properties;
    const place = titleCase(p.postitoimipaikka);
    const name = `${place} ${p.postinumero}`;
    const random = rng(Number(p.postinumero));
    const city = place === 'Kuopio';
    // Invented populations (see worker/seed/data/README.md).
    const population = city ? 2000 + Math.round(random() * 10000) : 150 + Math.round(random() * 2350);
    return {
      id: p.postinumero,
      name,
      population,
      geometry: feature.geometry,
      label: [p.label_lon, p.label_lat],
    };
  });
}

/**
 * @param {{ now?: Date, extraIdeas?: number }} [options]
 * @returns {string} SQL statements, one per line
 */
export function buildSeedSql(options = {}) {
  const now = (options.now ?? new Date()).getTime();
  const extraIdeas = options.extraIdeas ?? 0;
  const at = pastClock(now);
  const createdAt = new Date(now - 30 * day).toISOString();
  const out = [];
  const t = content.tenant;

  out.push(insert('tenants', { id: t.id, name: t.name, allowed_origins: JSON.stringify(t.allowedOrigins), created_at: createdAt }));
  const p = content.process;
  out.push(insert('processes', processRow({ tenantId: t.id, ...p, phaseAt: dayClock(now), createdAt })));
  out.push(...themeInserts(t.id, p.id, content.themes));
  const areas = loadAreas();
  for (const area of areas) {
    out.push(
      insert('areas', {
        tenant_id: t.id,
        id: area.id,
        name_fi: area.name,
        name_sv: area.name,
        name_en: area.name,
        population: area.population,
        geometry: JSON.stringify(area.geometry),
        label_lon: area.label[0],
        label_lat: area.label[1],
      }),
    );
  }
  const labelOf = new Map(areas.map((a) => [a.id, a.label]));

  const ids = new Map(content.ideas.map((idea, i) => [idea.key, `k27-${String(i + 1).padStart(3, '0')}`]));
  const titles = new Map(content.ideas.map((idea) => [idea.key, idea.title]));
  const publishedComments = new Map();
  for (const [key, state] of content.comments) {
    if (state === 'published') publishedComments.set(key, (publishedComments.get(key) ?? 0) + 1);
  }
  const events = [];
  content.ideas.forEach((idea, i) => {
    const id = ids.get(idea.key);
    const created = at(idea.day, i * 7 * 60_000);
    const published = at(idea.day, i * 7 * 60_000 + 5 * 3600_000);
    const state = idea.state;
    const isPublic = state !== 'pending' && state !== 'rejected';
    const reviewed = state === 'feasible' || state === 'not-feasible';
    const reviewedAt = at(idea.day + 3, i * 7 * 60_000);
    const label = idea.pin ? labelOf.get(idea.area) : null;
    out.push(
      insert('ideas', {
        id,
        tenant_id: t.id,
        process_id: p.id,
        title: idea.title,
        description: idea.description,
        theme_id: idea.theme,
        area_id: idea.area,
        location_lon: label ? label[0] : null,
        location_lat: label ? label[1] : null,
        author_name: idea.author,
        lang: 'fi',
        status: state === 'feasible' || state === 'not-feasible' ? 'published' : state,
        created_at: created,
        published_at: isPublic ? published : null,
        support_count: idea.supports,
        comment_count: publishedComments.get(idea.key) ?? 0,
        rejection_reason: state === 'rejected' ? idea.reason : null,
        merged_into: state === 'merged' ? ids.get(idea.into) : null,
        feasibility: reviewed ? state : null,
        review_reason: reviewed ? idea.review.reason : null,
        cost_eur: reviewed ? idea.review.costEur : null,
        responsible_unit: reviewed ? idea.review.unit : null,
        reviewed_at: reviewed ? reviewedAt : null,
      }),
    );
    events.push({ idea_id: id, kind: 'submitted', at: created, data: {}, actor: 'resident' });
    if (isPublic) events.push({ idea_id: id, kind: 'published', at: published, data: {}, actor: 'seed' });
    if (reviewed) {
      const r = idea.review;
      events.push({
        idea_id: id,
        kind: 'reviewed',
        at: reviewedAt,
        data: { feasibility: state, reason: r.reason, costEur: r.costEur, responsibleUnit: r.unit },
        actor: 'seed',
      });
    }
    if (state === 'rejected') events.push({ idea_id: id, kind: 'rejected', at: published, data: { reason: idea.reason }, actor: 'seed' });
    if (state === 'merged') {
      const mergedAt = at(idea.day + 1, i * 7 * 60_000);
      const note = idea.note ?? null;
      events.push({ idea_id: id, kind: 'merged', at: mergedAt, data: { into: ids.get(idea.into), intoTitle: titles.get(idea.into), note }, actor: 'seed' });
      events.push({ idea_id: ids.get(idea.into), kind: 'absorbed', at: mergedAt, data: { from: id, fromTitle: idea.title, note }, actor: 'seed' });
    }
    for (let n = 0; n < idea.supports; n++) {
      out.push(insert('supports', { idea_id: id, supporter_hash: hash(`seed:${idea.key}:${n}`), created_at: at(idea.day + 1, n * 60_000) }));
    }
  });
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const e of events) out.push(insert('idea_events', { ...e, data: JSON.stringify(e.data) }));

  content.comments.forEach(([key, state, d, author, body, reason], i) => {
    const created = at(d, i * 11 * 60_000);
    out.push(
      insert('comments', {
        id: `c27-${String(i + 1).padStart(3, '0')}`,
        idea_id: ids.get(key),
        tenant_id: t.id,
        body,
        author_name: author,
        status: state,
        rejection_reason: state === 'rejected' ? reason : null,
        created_at: created,
        moderated_at: state === 'pending' ? null : at(d, i * 11 * 60_000 + 3600_000),
      }),
    );
  });

  out.push(...areaMapSeedSql({ tenantId: t.id, areas, insert, at: createdAt }));
  out.push(...pbSeedSql({ now, tenantId: t.id, insert, themes: content.themes }));
  // after pbSeedSql (one project comes from a winning proposal of pb-2025), before the surveys (in lahiot-2026)
  out.push(...progressSeedSql({ tenantId: t.id, insert, now, ideaIds: ids }));
  out.push(...surveySeedSql({ tenantId: t.id, insert, now }));
  if (extraIdeas > 0) out.push(...extraIdeaSql(extraIdeas, { now, tenantId: t.id, processId: p.id, areas, themes: content.themes }));
  return out.join('\n') + '\n';
}

/** `count` generated ideas spread over areas, themes, 20 days and support counts (benchmark). */
function extraIdeaSql(count, { now, tenantId, processId, areas, themes }) {
  const random = rng(2027);
  const ideaRows = [];
  const eventRows = [];
  for (let n = 0; n < count; n++) {
    const id = `x${String(n + 1).padStart(6, '0')}`;
    const area = areas[Math.floor(random() * areas.length)];
    const theme = themes[Math.floor(random() * themes.length)];
    const created = new Date(now - 20 * day + Math.floor(random() * 19 * day)).toISOString();
    const roll = random();
    const status = roll < 0.04 ? 'pending' : roll < 0.07 ? 'rejected' : 'published';
    const feasibility = status === 'published' && random() < 0.15 ? (random() < 0.7 ? 'feasible' : 'not-feasible') : null;
    const title = `${content.extraTitles[n % content.extraTitles.length]} (${area.name}) #${n + 1}`;
    ideaRows.push({
        id,
        tenant_id: tenantId,
        process_id: processId,
        title,
        description: `Generoitu testi-idea numero ${n + 1}: ${title}. Tämä idea on luotu suorituskykymittausta varten.`,
        theme_id: theme.id,
        area_id: area.id,
        author_name: null,
        lang: 'fi',
        status,
        created_at: created,
        published_at: status === 'published' ? created : null,
        support_count: status === 'published' ? Math.floor(random() * random() * 80) : 0,
        comment_count: 0,
        rejection_reason: status === 'rejected' ? 'Generoitu hylkäysperuste.' : null,
        feasibility,
        review_reason: feasibility === 'not-feasible' ? 'Generoitu perustelu.' : null,
        cost_eur: feasibility === 'feasible' ? 1000 * Math.ceil(random() * 150) : null,
        responsible_unit: feasibility ? 'Kaupunkiympäristön palvelut' : null,
        reviewed_at: feasibility ? created : null,
    });
    eventRows.push({ idea_id: id, kind: 'submitted', at: created, data: '{}', actor: 'resident' });
    if (status !== 'pending') eventRows.push({ idea_id: id, kind: status, at: created, data: status === 'rejected' ? '{"reason":"Generoitu hylkäysperuste."}' : '{}', actor: 'seed' });
  }
  return [...insertMany('ideas', ideaRows), ...insertMany('idea_events', eventRows)];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const extraAt = args.indexOf('--extra');
  const outAt = args.indexOf('--out');
  const extraIdeas = extraAt >= 0 ? Number(args[extraAt + 1]) : Number(process.env.SEED_EXTRA_IDEAS ?? 0);
  const sql = buildSeedSql({ extraIdeas });
  if (outAt >= 0) writeFileSync(args[outAt + 1], sql);
  else process.stdout.write(sql);
}
