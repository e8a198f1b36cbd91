import { ProjectDetail } from './project-detail.js';

/**
 * Defines `<osallistu-project-detail>` (or `tag`) in `registry`. The follow form it shows for a
 * running project is loaded and defined with that project.
 */
export function define(tag = 'osallistu-project-detail', registry: CustomElementRegistry = customElements): void {
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-project-detail' ? ProjectDetail : class extends ProjectDetail {});
}
