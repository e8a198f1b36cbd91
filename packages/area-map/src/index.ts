export { AreaMap } from './area-map/area-map.js';
export type { AreaMapMode, AreaMapProject } from './area-map/area-map.js';
export { define } from './area-map/define.js';
export { AreaMapIdeaLinkEvent } from './events/idea-link-event.js';
export { AreaMapDrawnEvent } from './events/map-drawn-event.js';
export { areaMapTranslations } from './i18n/area-map-translations.js';
export type { AreaMapTranslation } from './i18n/area-map-translation.js';
export { pointInGeometry as pointInArea } from '@osallistu/contract/point-in-geometry.js';
export { choroplethClasses, choroplethColors } from './choropleth-classes.js';
