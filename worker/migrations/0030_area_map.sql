-- Area map and needs assessment (issue 4): the tenant's map settings (tiles, boundary), per-area
-- indicators with their values, and the need index components chosen by staff.

-- One row per tenant; no row = OpenStreetMap tiles and no boundary.
CREATE TABLE area_map_settings (
  tenant_id TEXT PRIMARY KEY REFERENCES tenants(id),
  tiles TEXT,                 -- JSON {url, attribution, maxZoom}; NULL = no tiles (plain background)
  boundary TEXT,              -- JSON GeoJSON Polygon or MultiPolygon (WGS84); NULL = none
  data_attribution TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);

CREATE TABLE area_indicators (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,         -- JSON LocalizedText
  unit TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE area_indicator_values (
  tenant_id TEXT NOT NULL,
  indicator_id TEXT NOT NULL,
  area_id TEXT NOT NULL,
  value REAL NOT NULL,
  PRIMARY KEY (tenant_id, indicator_id, area_id),
  FOREIGN KEY (tenant_id, indicator_id) REFERENCES area_indicators (tenant_id, id),
  FOREIGN KEY (tenant_id, area_id) REFERENCES areas (tenant_id, id)
) WITHOUT ROWID;

-- The need index: weighted, standardised combination of these indicators (docs/api.md).
CREATE TABLE need_index_components (
  tenant_id TEXT NOT NULL,
  indicator_id TEXT NOT NULL,
  weight REAL NOT NULL CHECK (weight > 0),
  direction TEXT NOT NULL CHECK (direction IN ('higher-is-more-need', 'lower-is-more-need')),
  position INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, indicator_id),
  FOREIGN KEY (tenant_id, indicator_id) REFERENCES area_indicators (tenant_id, id)
) WITHOUT ROWID;
