import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Project } from '@osallistu/contract';
import type { LocalizeController } from '@osallistu/core';
import type { ProgressTranslation } from '../i18n/progress-translation.js';

/** Progress bar with its number as text, and the budget used. */
export function progressBlock(
  p: Pick<Project, 'progressPercent' | 'budgetAllocatedEur' | 'budgetSpentEur'>,
  l: LocalizeController<ProgressTranslation>,
): TemplateResult {
  const { t } = l;
  return html`<div class="progress">
    <div class="bar" aria-hidden="true"><span style=${styleMap({ width: `${p.progressPercent}%` })}></span></div>
    <span class="progress-text">${t.progressText(p.progressPercent)}</span>
    <span class="budget">${t.budgetUsed(l.currency(p.budgetSpentEur), l.currency(p.budgetAllocatedEur))}</span>
  </div>`;
}

