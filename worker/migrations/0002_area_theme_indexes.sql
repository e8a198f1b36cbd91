-- The idea board filters by area and theme at once; without these a page would read through
-- every idea of the area to find the theme's.
CREATE INDEX ideas_area_theme_new ON ideas (tenant_id, process_id, area_id, theme_id, status, created_at DESC, id DESC);
CREATE INDEX ideas_area_theme_sup ON ideas (tenant_id, process_id, area_id, theme_id, status, support_count DESC, created_at DESC, id DESC);
