import { ProjectDetail } from './project-detail.js';
import { define as defineFollowForm } from '../follow-form/define.js';

/** Defines `<osallistu-project-detail>` (or `tag`) in `registry`, with the follow form it uses. */
export function define(tag = 'osallistu-project-detail', registry: CustomElementRegistry = customElements): void {
  defineFollowForm(undefined, registry);
  if (!registry.get(tag)) registry.define(tag, tag === 'osallistu-project-detail' ? ProjectDetail : class extends ProjectDetail {});
}
