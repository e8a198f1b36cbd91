/**
 * Area-map part of the demo seed (called by scripts/seed.mjs): map settings (no tiles,
 * Kuopio's municipal border from data/kuopio_kuntaraja_2023.geojson), four needs-assessment
 * indicators and the need index components.
 *
 * THE INDICATOR VALUES ARE INVENTED. They are plausible for Finnish postal-code areas (the city's
 * own areas get higher unemployment and more low-income households, the rural ones an older
 * population and longer service distances), generated deterministically from the postal code.
 * They are not statistics and must not be read as facts about any area of Kuopio.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './sql.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export const indicators = [
  { id: 'unemployment', unit: '%', name: { fi: 'Työttömyysaste', sv: 'Arbetslöshetsgrad', en: 'Unemployment rate' } },
  { id: 'low_income', unit: '%', name: { fi: 'Pienituloiset kotitaloudet', sv: 'Låginkomsthushåll', en: 'Low-income households' } },
  { id: 'age_65_plus', unit: '%', name: { fi: 'Yli 65-vuotiaiden osuus', sv: 'Andel över 65 år', en: 'Share aged 65 or over' } },
  { id: 'service_distance', unit: 'km', name: { fi: 'Etäisyys lähipalveluihin', sv: 'Avstånd till närservice', en: 'Distance to local services' } },
];

export const needIndexComponents = [
  { indicator: 'unemployment', weight: 2, direction: 'higher-is-more-need' },
  { indicator: 'low_income', weight: 2, direction: 'higher-is-more-need' },
  { indicator: 'age_65_plus', weight: 1, direction: 'higher-is-more-need' },
  { indicator: 'service_distance', weight: 1, direction: 'higher-is-more-need' },
];

const one = (n) => Math.round(n * 10) / 10;

/** Invented values for one area (see the file comment). */
export function inventedValues(area) {
  const city = /^Kuopio /.test(area.name);
  const r = rng(Number(area.id) * 7 + 11); // seeded per area
  return {
    unemployment: one(city ? 6 + r() * 10 : 4 + r() * 7),
    low_income: one(city ? 8 + r() * 17 : 6 + r() * 12),
    age_65_plus: one(city ? 14 + r() * 16 : 22 + r() * 18),
    service_distance: one(city ? 0.3 + r() * 2.5 : 4 + r() * 26),
  };
}

/**
 * @param {{ tenantId: string, areas: { id: string, name: string }[], insert: (table: string, row: object) => string, at: string }} options
 * @returns {string[]} SQL statements
 */
export function areaMapSeedSql({ tenantId, areas, insert, at }) {
  const out = [];
  const border = JSON.parse(readFileSync(join(here, 'data', 'kuopio_kuntaraja_2023.geojson'), 'utf8'));
  const boundary = border.type === 'FeatureCollection' ? border.features[0].geometry : border.geometry ?? border;
  out.push(
    insert('area_map_settings', {
      tenant_id: tenantId,
      // No tile layer in the demo: it runs offline (and in the tests) on a plain background. A city
      // with a tile service sets it with PUT /v1/{tenant}/admin/map; a tenant without settings
      // gets OpenStreetMap (worker/src/db/map-settings.ts).
      tiles: null,
      boundary: JSON.stringify(boundary),
      data_attribution: '© Tilastokeskus, © Maanmittauslaitos, CC BY 4.0; indicator values invented for the demo',
      updated_at: at,
    }),
  );
  for (const indicator of indicators) {
    out.push(insert('area_indicators', { tenant_id: tenantId, id: indicator.id, name: JSON.stringify(indicator.name), unit: indicator.unit }));
  }
  for (const area of areas) {
    const values = inventedValues(area);
    for (const indicator of indicators) {
      out.push(insert('area_indicator_values', { tenant_id: tenantId, indicator_id: indicator.id, area_id: area.id, value: values[indicator.id] }));
    }
  }
  needIndexComponents.forEach((c, i) => {
    out.push(insert('need_index_components', { tenant_id: tenantId, indicator_id: c.indicator, weight: c.weight, direction: c.direction, position: i + 1 }));
  });
  return out;
}
