/**
 * The one list of Osallistu widgets: each tag, the package it comes from, its attributes, and
 * how to load it. The loader (`osallistu.ts`) defines a tag from this list when it first appears
 * on a page; the build writes the same list, enriched from the packages' custom-elements
 * manifests, to `widgets.json` for the WordPress plugin. A new widget is one more entry here.
 * (No other tag names in this file: scripts/widget-list.mjs reads every quoted tag in it.)
 */
export interface Widget {
  tag: string;
  package: string;
  /** Attributes an embedder sets (details in the package's custom-elements.json). */
  attributes: string[];
  /** Imports the widget's define module and defines the tag. */
  load: () => Promise<unknown>;
}

export const widgets: Widget[] = [
  {
    tag: 'osallistu-idea-form',
    package: '@osallistu/ideas',
    attributes: ['process', 'board-url', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/ideas/idea-form/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-ideas',
    package: '@osallistu/ideas',
    attributes: ['process', 'page-size', 'project-url', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/ideas/idea-board/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-progress',
    package: '@osallistu/progress',
    attributes: ['process', 'area', 'results-href', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/progress/progress-tracker/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-project-detail',
    package: '@osallistu/progress',
    attributes: ['project-id', 'area-name', 'results-href', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/progress/project-detail/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-idea-timeline',
    package: '@osallistu/progress',
    attributes: ['idea', 'heading-level', 'compact', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/progress/idea-timeline/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-area-map',
    package: '@osallistu/area-map',
    attributes: ['mode', 'process', 'name', 'value', 'required', 'indicator', 'tiles', 'label', 'pickable-areas', 'pickable-label', 'idea-url', 'project-url', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/area-map/area-map/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-ballot',
    package: '@osallistu/ballot',
    attributes: ['process', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/ballot/ballot/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-results',
    package: '@osallistu/ballot',
    attributes: ['process', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/ballot/results/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-survey',
    package: '@osallistu/survey',
    attributes: ['survey', 'heading-level', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/survey/survey/define.js').then((m) => m.define()),
  },
  {
    tag: 'osallistu-survey-results',
    package: '@osallistu/survey',
    attributes: ['survey', 'heading-level', 'api', 'tenant', 'lang'],
    load: () => import('@osallistu/survey/survey-results/define.js').then((m) => m.define()),
  },
];
