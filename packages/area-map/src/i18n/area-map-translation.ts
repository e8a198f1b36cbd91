import type { Language, ProjectStatus } from '@osallistu/contract';

/** Strings of `<osallistu-area-map>`. Number-dependent strings are functions. */
export interface AreaMapTranslation {
  lang: Language;
  /** Default label of each mode (the `label` attribute overrides it). */
  modeLabels: { view: string; 'pick-area': string; pin: string; needs: string };
  /** Default label of `view` mode when it shows projects only, or ideas and projects. */
  viewLabels: { projects: string; both: string };
  mapLabel: (label: string) => string;
  searchAreas: string;
  searchIdeas: string;
  shownCount: (shown: number, total: number) => string;
  noMatches: string;
  wholeCity: string;
  selectedArea: (name: string) => string;
  noAreaSelected: string;
  valueMissingArea: string;
  valueMissingPin: string;
  // pin
  pinHint: string;
  pinPlace: string;
  pinRemove: string;
  pinNone: string;
  pinAt: (lat: string, lon: string, area: string) => string;
  pinOutside: string;
  pinToArea: string;
  outsideAreas: string;
  // view
  ideasHeading: (n: number) => string;
  noIdeas: string;
  openIdea: string;
  /** Title of a cluster of `ideas` ideas and `projects` projects. */
  cluster: (ideas: number, projects: number) => string;
  legend: string;
  legendIdea: string;
  legendFeasible: string;
  legendProject: string;
  // view: funded projects
  searchAll: string;
  projectsHeading: (n: number) => string;
  openProject: string;
  projectStatuses: Record<ProjectStatus, string>;
  /** Card and list line of a project: its status and how far along it is. */
  projectState: (status: string, percent: number) => string;
  legendArea: string;
  legendBoundary: string;
  // pick-area with `pickable`
  /** Legend of the pickable areas, unless the host names them (`pickable-label`). */
  legendPickable: string;
  /** Legend, list heading, tooltip and announcement of an area that cannot be picked. */
  notPickable: string;
  // needs
  indicatorLabel: string;
  needIndex: string;
  needIndexHint: string;
  rank: string;
  area: string;
  value: string;
  noValue: string;
  tableCaption: (what: string) => string;
  legendRange: (from: string, to: string) => string;
  moreNeed: string;
  lessNeed: string;
  // map chrome
  zoomIn: string;
  zoomOut: string;
  close: string;
  mapUnavailable: string;
}
