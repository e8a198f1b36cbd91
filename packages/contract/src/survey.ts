import * as v from 'valibot';
import { LocalizedTextSchema } from './localized-text.js';

/** Every question type a survey can hold (issue 5). `info` is a text without an answer. */
export const surveyQuestionTypes = [
  'short-text',
  'long-text',
  'single-choice',
  'multiple-choice',
  'scale',
  'ranking',
  'number',
  'date',
  'map',
  'budget',
  'info',
] as const;
export type SurveyQuestionType = (typeof surveyQuestionTypes)[number];

/** Ids of pages, questions, options and budget items: short, stable, usable as CSV column names. */
export const SurveyId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'invalid-value'));

/**
 * Show a page or question only when the answer to an earlier question matches: a single answer
 * (choice id, number, text, area id) equal to one of `anyOf`, or a multiple-choice answer holding one.
 */
export const SurveyConditionSchema = v.strictObject({
  question: SurveyId,
  anyOf: v.pipe(v.array(v.union([v.string(), v.number()])), v.minLength(1), v.maxLength(50)),
});
export type SurveyCondition = v.InferOutput<typeof SurveyConditionSchema>;

export const SurveyOptionSchema = v.strictObject({ id: SurveyId, label: LocalizedTextSchema });
export type SurveyOption = v.InferOutput<typeof SurveyOptionSchema>;

const Options = v.pipe(v.array(SurveyOptionSchema), v.minLength(2), v.maxLength(40));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(40));

const common = {
  id: SurveyId,
  text: LocalizedTextSchema,
  help: v.optional(LocalizedTextSchema),
  required: v.optional(v.boolean(), false),
  showIf: v.optional(SurveyConditionSchema),
};

export const SurveyQuestionSchema = v.variant('type', [
  v.strictObject({ ...common, type: v.literal('short-text'), maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(200)), 200) }),
  v.strictObject({ ...common, type: v.literal('long-text'), maxLength: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(4000)), 2000) }),
  v.strictObject({ ...common, type: v.literal('single-choice'), options: Options, allowOther: v.optional(v.boolean(), false) }),
  v.strictObject({ ...common, type: v.literal('multiple-choice'), options: Options, min: v.optional(Count), max: v.optional(Count) }),
  v.strictObject({
    ...common,
    type: v.literal('scale'),
    /** 1–5 Likert or 0–10. */
    scale: v.picklist(['1-5', '0-10']),
    minLabel: v.optional(LocalizedTextSchema),
    maxLabel: v.optional(LocalizedTextSchema),
  }),
  v.strictObject({ ...common, type: v.literal('ranking'), options: Options }),
  v.strictObject({
    ...common,
    type: v.literal('number'),
    min: v.optional(v.pipe(v.number(), v.finite())),
    max: v.optional(v.pipe(v.number(), v.finite())),
    integer: v.optional(v.boolean(), false),
    unit: v.optional(LocalizedTextSchema),
  }),
  v.strictObject({ ...common, type: v.literal('date') }),
  /** A point on the map, or one of the tenant's areas (by id). */
  v.strictObject({ ...common, type: v.literal('map'), mode: v.picklist(['point', 'area']) }),
  v.strictObject({
    ...common,
    type: v.literal('budget'),
    items: Options,
    /** Euros or points to share among the items. */
    total: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000_000)),
    unit: v.picklist(['eur', 'points']),
    /** When true the shares must add up to exactly `total`; otherwise at most `total`. */
    spendAll: v.optional(v.boolean(), true),
  }),
  v.strictObject({ ...common, type: v.literal('info') }),
]);
export type SurveyQuestion = v.InferOutput<typeof SurveyQuestionSchema>;

export const SurveyPageSchema = v.strictObject({
  id: SurveyId,
  title: v.optional(LocalizedTextSchema),
  showIf: v.optional(SurveyConditionSchema),
  questions: v.pipe(v.array(SurveyQuestionSchema), v.minLength(1), v.maxLength(50)),
});
export type SurveyPage = v.InferOutput<typeof SurveyPageSchema>;

/** Checks that ids are unique, conditions point to earlier questions, and ranges are sane. */
function definitionProblems(pages: SurveyPage[]): string | null {
  const seen = new Set<string>();
  const pageIds = new Set<string>();
  for (const page of pages) {
    if (pageIds.has(page.id)) return `duplicate page id ${page.id}`;
    pageIds.add(page.id);
    if (page.showIf && !seen.has(page.showIf.question)) return `page ${page.id}: condition on a question that is not earlier`;
    for (const q of page.questions) {
      if (seen.has(q.id)) return `duplicate question id ${q.id}`;
      if (q.showIf && !seen.has(q.showIf.question)) return `question ${q.id}: condition on a question that is not earlier`;
      if (q.type === 'info' && q.required) return `question ${q.id}: an info text cannot be required`;
      const opts = 'options' in q ? q.options : q.type === 'budget' ? q.items : [];
      if (new Set(opts.map((o) => o.id)).size !== opts.length) return `question ${q.id}: duplicate option ids`;
      if (q.type === 'multiple-choice' && q.min !== undefined && q.max !== undefined && q.min > q.max) return `question ${q.id}: min > max`;
      if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) return `question ${q.id}: min > max`;
      seen.add(q.id);
    }
  }
  return null;
}

/** A survey definition (one version): pages of questions, texts in fi (sv, en optional). */
export const SurveyDefinitionSchema = v.pipe(
  v.strictObject({
    title: LocalizedTextSchema,
    intro: v.optional(LocalizedTextSchema),
    /** Shown after answering: thanks and what happens next. */
    thanks: v.optional(LocalizedTextSchema),
    pages: v.pipe(v.array(SurveyPageSchema), v.minLength(1), v.maxLength(20)),
  }),
  v.forward(v.check((d) => definitionProblems(d.pages) === null, 'invalid-value'), ['pages']),
);
export type SurveyDefinition = v.InferOutput<typeof SurveyDefinitionSchema>;
export type SurveyDefinitionInput = v.InferInput<typeof SurveyDefinitionSchema>;

/** Exported for messages: the first structural problem of a definition, in English, or null. */
export function surveyDefinitionProblem(definition: SurveyDefinition): string | null {
  return definitionProblems(definition.pages);
}

export const surveyStatuses = ['draft', 'open', 'closed'] as const;
export type SurveyStatus = (typeof surveyStatuses)[number];

/**
 * Who may answer: `browser` = anyone, once per browser (soft, a respondent id in local storage);
 * `verified` = once per verified person (strict): the respondent proves an email address with the
 * same one-time code check as voting and answers with the survey-scoped token it gets
 * (`survey-verification.ts`).
 */
export const surveyRespondentRules = ['browser', 'verified'] as const;
export type SurveyRespondentRule = (typeof surveyRespondentRules)[number];

/** Staff create a survey (`POST /admin/surveys`). */
export const SurveyInputSchema = v.strictObject({
  id: SurveyId,
  processId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  areaId: v.optional(v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(64)))),
  respondents: v.optional(v.picklist(surveyRespondentRules), 'browser'),
  definition: SurveyDefinitionSchema,
});
export type SurveyInput = v.InferInput<typeof SurveyInputSchema>;

/**
 * Staff edit a survey (`PUT /admin/surveys/{id}`): the definition, and who may answer — the latter
 * only while nobody has answered (a survey must not mix soft and strict responses).
 */
export const SurveyEditSchema = v.strictObject({ definition: SurveyDefinitionSchema, respondents: v.optional(v.picklist(surveyRespondentRules)) });

/** A survey as the API returns it: the current version's definition. */
export interface Survey {
  id: string;
  processId: string;
  areaId: string | null;
  status: SurveyStatus;
  respondents: SurveyRespondentRule;
  version: number;
  definition: SurveyDefinition;
  responseCount?: number;
}
