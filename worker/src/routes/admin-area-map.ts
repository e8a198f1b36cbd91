/**
 * Admin area-map routes (role admin), mounted at `/v1/{tenant}/admin`:
 * - `POST /areas/import`: a GeoJSON FeatureCollection of areas (Polygon/MultiPolygon, WGS84; properties
 *   `id`, `name` or `name_fi`/`name_sv`/`name_en`, `population`), validated as a whole: one bad
 *   feature and nothing is stored (422 with an error per feature); over 1 MiB → 413.
 * - `PUT /indicators/{id}`: an indicator's names and unit.
 * - `POST /indicators/import`: CSV (`text/csv`), header `area,<indicator ids…>`, one row per area;
 *   bad rows are reported by line number and nothing is imported.
 * - `PUT /need-index`: the need index components (indicator, weight, direction).
 * - `PUT /map`: tile layer and tenant boundary.
 */
import { Hono } from 'hono';
import {
  IndicatorInputSchema,
  MapSettingsInputSchema,
  NeedIndexInputSchema,
  limits,
  type AreaGeometry,
  type AreaImportResult,
  type FieldError,
  type IndicatorImportResult,
  type LocalizedText,
} from '@osallistu/contract';
import type { AppEnv } from '../env.js';
import { requireRole } from '../middleware/admin-auth.js';
import { validate } from '../middleware/validate.js';
import { fieldProblem } from '../lib/problem-error.js';
import { nowIso } from '../lib/now.js';
import { geometryProblems } from '../geo/geometry-problems.js';
import { labelPoint } from '../geo/label-point.js';
import { listAreas } from '../db/areas.js';
import { getMapSettings, putMapSettings } from '../db/map-settings.js';
import { listIndicatorIds, putIndicator, putIndicatorValues, putNeedIndexComponents } from '../db/indicators.js';
import { parseCsv } from '../needs/parse-csv.js';

const admins = requireRole('admin');
const areaId = /^[A-Za-z0-9_-]{1,40}$/;
const maxErrors = 50;

interface ParsedArea {
  id: string;
  name: LocalizedText;
  population: number | null;
  geometry: AreaGeometry;
}

function text(value: unknown, max = 200): string | undefined {
  return typeof value === 'string' && value.trim() !== '' && value.trim().length <= max ? value.trim() : undefined;
}

/** Reads one feature; pushes errors with paths like `features.3.properties.id`. */
function readFeature(feature: unknown, i: number, errors: FieldError[]): ParsedArea | null {
  const at = `features.${i}`;
  if (typeof feature !== 'object' || feature === null || (feature as { type?: unknown }).type !== 'Feature') {
    errors.push({ path: at, code: 'invalid-type', detail: 'not a GeoJSON Feature' });
    return null;
  }
  const { properties, geometry, id: featureId } = feature as { properties?: Record<string, unknown> | null; geometry?: unknown; id?: unknown };
  const p = properties ?? {};
  const before = errors.length;
  const rawId = p['id'] ?? featureId;
  const id = typeof rawId === 'number' ? String(rawId) : rawId;
  if (typeof id !== 'string' || !areaId.test(id)) errors.push({ path: `${at}.properties.id`, code: rawId === undefined ? 'required' : 'invalid-value', detail: 'id: 1–40 letters, digits, _ or -' });
  const nameObject = typeof p['name'] === 'object' && p['name'] !== null ? (p['name'] as Record<string, unknown>) : {};
  const fi = text(p['name_fi']) ?? text(p['name']) ?? text(nameObject['fi']);
  const sv = text(p['name_sv']) ?? text(nameObject['sv']);
  const en = text(p['name_en']) ?? text(nameObject['en']);
  if (!fi) errors.push({ path: `${at}.properties.name_fi`, code: 'required', detail: 'a Finnish name (name or name_fi) of at most 200 characters' });
  const population = p['population'] ?? null;
  if (population !== null && (typeof population !== 'number' || !Number.isInteger(population) || population < 0)) {
    errors.push({ path: `${at}.properties.population`, code: 'invalid-value', detail: 'population: a whole number ≥ 0, or null' });
  }
  for (const problem of geometryProblems(geometry)) errors.push({ path: `${at}.geometry`, code: 'invalid-value', detail: problem });
  if (errors.length > before) return null;
  const name: LocalizedText = { fi: fi! };
  if (sv) name.sv = sv;
  if (en) name.en = en;
  const { type, coordinates } = geometry as AreaGeometry;
  return { id: id as string, name, population: population as number | null, geometry: { type, coordinates } as AreaGeometry };
}

/** Numbers as staff type them: `8.5`, `8,5` (when `;` separates), `1 234`; empty = no value. */
function readNumber(cell: string, separator: string): number | null | undefined {
  const trimmed = cell.trim().replace(/[\s\u00a0]/g, '');
  if (trimmed === '') return null;
  const normalised = separator === ';' ? trimmed.replace(',', '.') : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(normalised)) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

export const adminAreaMap = new Hono<AppEnv>()
  .post('/areas/import', admins, async (c) => {
    const body = c.var.body as { type?: unknown; features?: unknown } | undefined;
    if (typeof body !== 'object' || body === null || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
      throw fieldProblem([{ path: 'type', code: 'invalid-value', detail: 'expected a GeoJSON FeatureCollection' }], 'The body must be a GeoJSON FeatureCollection');
    }
    if (body.features.length === 0 || body.features.length > limits.importAreas) {
      throw fieldProblem([{ path: 'features', code: 'out-of-range', limit: limits.importAreas }], `Between 1 and ${limits.importAreas} features`);
    }
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    const parsed: ParsedArea[] = [];
    body.features.forEach((feature, i) => {
      const area = readFeature(feature, i, errors);
      if (!area) return;
      if (seen.has(area.id)) errors.push({ path: `features.${i}.properties.id`, code: 'invalid-value', detail: `duplicate id ${area.id}` });
      seen.add(area.id);
      parsed.push(area);
    });
    if (errors.length > 0) throw fieldProblem(errors.slice(0, maxErrors), `${errors.length} problem(s) in the file; nothing was imported`);
    const db = c.env.DB;
    const tenantId = c.var.tenant.id;
    const existing = new Set((await listAreas(db, tenantId, false)).map((a) => a.id));
    const upsert = db.prepare(
      `INSERT INTO areas (tenant_id, id, name_fi, name_sv, name_en, population, geometry, label_lon, label_lat)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
       ON CONFLICT (tenant_id, id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv,
         name_en = excluded.name_en, population = excluded.population, geometry = excluded.geometry,
         label_lon = excluded.label_lon, label_lat = excluded.label_lat`,
    );
    await db.batch(
      parsed.map((a) => {
        const [lon, lat] = labelPoint(a.geometry).coordinates;
        return upsert.bind(tenantId, a.id, a.name.fi, a.name.sv ?? null, a.name.en ?? null, a.population, JSON.stringify(a.geometry), lon, lat);
      }),
    );
    const result: AreaImportResult = {
      created: parsed.filter((a) => !existing.has(a.id)).map((a) => a.id),
      updated: parsed.filter((a) => existing.has(a.id)).map((a) => a.id),
    };
    return c.json(result, result.created.length > 0 ? 201 : 200);
  })
  .put('/indicators/:indicator', admins, validate('json', IndicatorInputSchema), async (c) => {
    const input = c.req.valid('json');
    if (input.id !== c.req.param('indicator')) throw fieldProblem([{ path: 'id', code: 'invalid-value' }], 'The id in the body must match the path');
    const created = await putIndicator(c.env.DB, c.var.tenant.id, input);
    return c.json({ id: input.id, name: input.name, unit: input.unit }, created ? 201 : 200);
  })
  .post('/indicators/import', admins, async (c) => {
    const csv = c.var.body;
    if (typeof csv !== 'string') throw fieldProblem([{ path: 'body', code: 'invalid-type', detail: 'send the CSV with Content-Type: text/csv' }]);
    const { separator, rows } = parseCsv(csv);
    const [header, ...data] = rows;
    const errors: FieldError[] = [];
    if (!header) throw fieldProblem([{ path: 'line.1', code: 'required', detail: 'the CSV is empty' }]);
    const columns = header.cells.map((cell) => cell.trim());
    if (!/^(area|area_id|id)$/i.test(columns[0] ?? '')) errors.push({ path: 'line.1.column.1', code: 'invalid-value', detail: 'the first column must be "area"' });
    const known = new Set(await listIndicatorIds(c.env.DB, c.var.tenant.id));
    const indicators = columns.slice(1);
    if (indicators.length === 0) errors.push({ path: 'line.1', code: 'required', detail: 'no indicator columns' });
    indicators.forEach((id, k) => {
      if (!known.has(id)) errors.push({ path: `line.1.${id || `column.${k + 2}`}`, code: 'invalid-value', detail: `unknown indicator "${id}" (define it with PUT /admin/indicators/{id})` });
      else if (indicators.indexOf(id) !== k) errors.push({ path: `line.1.${id}`, code: 'invalid-value', detail: `column "${id}" appears twice` });
    });
    if (errors.length > 0) throw fieldProblem(errors, 'The header is not valid; nothing was imported');
    const areas = new Set((await listAreas(c.env.DB, c.var.tenant.id, false)).map((a) => a.id));
    const seen = new Set<string>();
    const values: { indicator: string; area: string; value: number | null }[] = [];
    for (const row of data) {
      if (row.cells.length !== columns.length) {
        errors.push({ path: `line.${row.line}`, code: 'invalid-value', detail: `${row.cells.length} cells, expected ${columns.length}` });
        continue;
      }
      const area = row.cells[0]!.trim();
      if (!areas.has(area)) errors.push({ path: `line.${row.line}.area`, code: 'unknown-area', detail: `unknown area "${area}"` });
      else if (seen.has(area)) errors.push({ path: `line.${row.line}.area`, code: 'invalid-value', detail: `area "${area}" appears twice` });
      seen.add(area);
      indicators.forEach((indicator, k) => {
        const cell = row.cells[k + 1]!;
        const value = readNumber(cell, separator);
        if (value === undefined) errors.push({ path: `line.${row.line}.${indicator}`, code: 'invalid-type', detail: `"${cell}" is not a number` });
        else if (value !== null && Math.abs(value) > 1e12) errors.push({ path: `line.${row.line}.${indicator}`, code: 'out-of-range', detail: `"${cell}" is too large` });
        else values.push({ indicator, area, value });
      });
    }
    if (data.length === 0) errors.push({ path: 'line.2', code: 'required', detail: 'no data rows' });
    if (errors.length > 0) throw fieldProblem(errors.slice(0, maxErrors), `${errors.length} problem(s) in the CSV; nothing was imported`);
    await putIndicatorValues(c.env.DB, c.var.tenant.id, values);
    const result: IndicatorImportResult = { rows: data.length, indicators, values: values.filter((v) => v.value !== null).length };
    return c.json(result);
  })
  .put('/need-index', admins, validate('json', NeedIndexInputSchema), async (c) => {
    const { components } = c.req.valid('json');
    const known = new Set(await listIndicatorIds(c.env.DB, c.var.tenant.id));
    const errors: FieldError[] = [];
    components.forEach((component, i) => {
      if (!known.has(component.indicator)) errors.push({ path: `components.${i}.indicator`, code: 'invalid-value', detail: `unknown indicator "${component.indicator}"` });
      else if (components.findIndex((other) => other.indicator === component.indicator) !== i) errors.push({ path: `components.${i}.indicator`, code: 'invalid-value', detail: 'listed twice' });
    });
    if (errors.length > 0) throw fieldProblem(errors);
    await putNeedIndexComponents(c.env.DB, c.var.tenant.id, components);
    return c.json({ components });
  })
  .put('/map', admins, validate('json', MapSettingsInputSchema), async (c) => {
    const input = c.req.valid('json');
    if (input.boundary) {
      const problems = geometryProblems(input.boundary);
      if (problems.length > 0) throw fieldProblem(problems.map((detail) => ({ path: 'boundary', code: 'invalid-value', detail })));
    }
    await putMapSettings(c.env.DB, c.var.tenant.id, input, nowIso());
    return c.json(await getMapSettings(c.env.DB, c.var.tenant.id));
  });
