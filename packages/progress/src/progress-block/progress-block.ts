import { html, type TemplateResult } from 'lit';
import type { Project } from '@osallistu/contract';
import type { LocalizeController } from '@osallistu/core';
import type { ProgressTranslation } from '../i18n/progress-translation.js';

/**
 * Progress bar with its number as text, and the budget used. The bar is a native `<progress>`
 * hidden from assistive technology (the text says the same): no inline style, so a strict CSP
 * (no 'unsafe-inline' styles) keeps it, and no style directive to load.
 */
export function progressBlock(
  p: Pick<Project, 'progressPercent' | 'budgetAllocatedEur' | 'budgetSpentEur'>,
  l: LocalizeController<ProgressTranslation>,
): TemplateResult {
  const { t } = l;
  return html`<div class="progress">
    <progress class="bar" aria-hidden="true" max="100" .value=${p.progressPercent}></progress>
    <span class="progress-text">${t.progressText(p.progressPercent)}</span>
    <span class="budget">${t.budgetUsed(l.currency(p.budgetSpentEur), l.currency(p.budgetAllocatedEur))}</span>
  </div>`;
}

