import * as v from 'valibot';
import type { FieldError } from './problem.js';
import type { SurveyCondition, SurveyDefinition, SurveyPage, SurveyQuestion } from './survey.js';
import { textLength } from './text.js';

/**
 * One answer. Per question type: text → string; single choice → option id, or `{ other }` when
 * "other, what?" is allowed; multiple choice and ranking → option ids; scale and number → number;
 * date → `YYYY-MM-DD`; map → a GeoJSON Point (`point`) or an area id (`area`); budget → item id →
 * share (non-negative integers).
 */
export type SurveyAnswer =
  | string
  | number
  | string[]
  | { other: string }
  | { type: 'Point'; coordinates: [number, number] }
  | Record<string, number>;

export type SurveyAnswers = Record<string, SurveyAnswer>;

/** `POST /surveys/{id}/responses`: the answers to the version the resident saw. */
export const SurveyResponseInputSchema = v.strictObject({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Random id kept in the browser; the API stores only its HMAC (soft once-per-browser). Strict surveys ignore it: the verified person's token decides. */
  respondentId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{16,64}$/, 'invalid-value')),
  answers: v.record(v.string(), v.unknown()),
});
export type SurveyResponseInput = v.InferOutput<typeof SurveyResponseInputSchema>;

export interface SurveyResponseCreated {
  id: number;
  surveyId: string;
  version: number;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !('type' in value) && !('other' in value)) return Object.keys(value).length === 0;
  return false;
}

/** Does the (already given) answer match the condition? */
export function conditionHolds(condition: SurveyCondition | undefined, answers: Readonly<Record<string, unknown>>): boolean {
  if (!condition) return true;
  const answer = answers[condition.question];
  if (isEmpty(answer)) return false;
  const values = Array.isArray(answer) ? answer : [answer];
  return values.some((value) => (condition.anyOf as unknown[]).includes(value));
}

/** The pages shown for these answers (a page's condition refers to earlier answers). */
export function visiblePages(definition: SurveyDefinition, answers: Readonly<Record<string, unknown>>): SurveyPage[] {
  return definition.pages.filter((page) => conditionHolds(page.showIf, answers));
}

/** The questions shown on a visible page for these answers. */
export function visibleQuestions(page: SurveyPage, answers: Readonly<Record<string, unknown>>): SurveyQuestion[] {
  return page.questions.filter((q) => conditionHolds(q.showIf, answers));
}

export interface SurveyCheckContext {
  /** The tenant's area ids, for map questions in `area` mode (the worker passes them). */
  areaIds?: ReadonlySet<string>;
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((i) => typeof i === 'string');
const badText = (s: string) => /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s);

/** The error (without path) of one answer to one question, or null when it fits. */
function answerProblem(q: SurveyQuestion, a: unknown, ctx: SurveyCheckContext): Omit<FieldError, 'path'> | null {
  switch (q.type) {
    case 'short-text':
    case 'long-text':
      if (typeof a !== 'string') return { code: 'invalid-type' };
      if (badText(a)) return { code: 'control-characters' };
      return textLength(a.trim()) > q.maxLength ? { code: 'too-long', limit: q.maxLength } : null;
    case 'single-choice':
      if (typeof a === 'string') return q.options.some((o) => o.id === a) ? null : { code: 'invalid-value' };
      if (q.allowOther && typeof a === 'object' && a !== null && !Array.isArray(a) && Object.keys(a).length === 1 && typeof (a as { other?: unknown }).other === 'string') {
        const other = (a as { other: string }).other.trim();
        if (!other) return { code: 'required' };
        if (badText(other)) return { code: 'control-characters' };
        return textLength(other) > 200 ? { code: 'too-long', limit: 200 } : null;
      }
      return { code: 'invalid-type' };
    case 'multiple-choice':
    case 'ranking': {
      if (!isStringArray(a)) return { code: 'invalid-type' };
      if (new Set(a).size !== a.length || !a.every((id) => q.options.some((o) => o.id === id))) return { code: 'invalid-value' };
      if (q.type === 'ranking') return a.length === q.options.length ? null : { code: 'invalid-value' };
      if (q.min !== undefined && a.length < q.min) return { code: 'too-short', limit: q.min };
      if (q.max !== undefined && a.length > q.max) return { code: 'too-long', limit: q.max };
      return null;
    }
    case 'scale': {
      if (typeof a !== 'number') return { code: 'invalid-type' };
      const [min, max] = q.scale === '1-5' ? [1, 5] : [0, 10];
      return Number.isInteger(a) && a >= min && a <= max ? null : { code: 'out-of-range' };
    }
    case 'number':
      if (typeof a !== 'number' || !Number.isFinite(a)) return { code: 'invalid-type' };
      if (q.integer && !Number.isInteger(a)) return { code: 'invalid-value' };
      if (q.min !== undefined && a < q.min) return { code: 'out-of-range', limit: q.min };
      if (q.max !== undefined && a > q.max) return { code: 'out-of-range', limit: q.max };
      return null;
    case 'date':
      if (typeof a !== 'string') return { code: 'invalid-type' };
      return isDate(a) ? null : { code: 'invalid-value' };
    case 'map':
      if (q.mode === 'area') {
        if (typeof a !== 'string') return { code: 'invalid-type' };
        return !ctx.areaIds || ctx.areaIds.has(a) ? null : { code: 'unknown-area' };
      } else {
        const p = a as { type?: unknown; coordinates?: unknown };
        if (typeof a !== 'object' || a === null || p.type !== 'Point' || !Array.isArray(p.coordinates) || p.coordinates.length !== 2 || Object.keys(a).length !== 2) {
          return { code: 'invalid-type' };
        }
        const [lon, lat] = p.coordinates as unknown[];
        if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) return { code: 'invalid-type' };
        return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? null : { code: 'out-of-range' };
      }
    case 'budget': {
      if (typeof a !== 'object' || a === null || Array.isArray(a)) return { code: 'invalid-type' };
      let sum = 0;
      for (const [item, share] of Object.entries(a)) {
        if (!q.items.some((i) => i.id === item)) return { code: 'invalid-value' };
        if (typeof share !== 'number' || !Number.isInteger(share) || share < 0) return { code: 'invalid-value' };
        sum += share;
      }
      if (sum > q.total) return { code: 'over-budget', limit: q.total };
      if (q.spendAll && sum !== q.total) return { code: 'budget-not-spent', limit: q.total };
      return null;
    }
    case 'info':
      return { code: 'unknown-question' };
  }
}

/**
 * Checks answers against a definition — the same function in the widget (per page) and in the
 * worker (the whole response). Errors name the question by id (`path`): `unknown-question`, a type
 * or range problem, `condition-not-met` (an answer to a question that is not shown), `required`,
 * `over-budget` / `budget-not-spent` (budget sum). Empty when the answers fit.
 *
 * @param onlyPages check only these pages (the widget validates the page it shows).
 */
export function checkSurveyAnswers(
  definition: SurveyDefinition,
  answers: Readonly<Record<string, unknown>>,
  ctx: SurveyCheckContext = {},
  onlyPages?: readonly string[],
): FieldError[] {
  const errors: FieldError[] = [];
  const all = new Map<string, SurveyQuestion>();
  for (const page of definition.pages) for (const q of page.questions) all.set(q.id, q);
  if (!onlyPages) {
    for (const id of Object.keys(answers)) if (!all.has(id)) errors.push({ path: id, code: 'unknown-question' });
  }
  const shownPages = new Set(visiblePages(definition, answers).map((p) => p.id));
  for (const page of definition.pages) {
    if (onlyPages && !onlyPages.includes(page.id)) continue;
    for (const q of page.questions) {
      const a = answers[q.id];
      const shown = shownPages.has(page.id) && conditionHolds(q.showIf, answers);
      if (isEmpty(a)) {
        if (shown && q.required) errors.push({ path: q.id, code: 'required' });
        continue;
      }
      if (!shown) {
        errors.push({ path: q.id, code: q.type === 'info' ? 'unknown-question' : 'condition-not-met' });
        continue;
      }
      const problem = answerProblem(q, a, ctx);
      if (problem) errors.push({ path: q.id, ...problem });
    }
  }
  return errors;
}
