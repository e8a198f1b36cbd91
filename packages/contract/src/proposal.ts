import * as v from 'valibot';
import { limits } from './limits.js';
import { boundedText } from './text.js';
import { Slug } from './process.js';

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid-value'));

/**
 * Staff turn one or more ideas reviewed as feasible (with a cost) into a proposal on a budget's
 * ballot. Title, summary, theme and area default to the first idea's; the cost to the sum of
 * the ideas' reviewed costs.
 */
export const ProposalInputSchema = v.strictObject({
  budgetId: Slug,
  ideaIds: v.pipe(v.array(Id), v.minLength(1), v.maxLength(20)),
  title: v.optional(boundedText(limits.ideaTitle.min, limits.ideaTitle.max)),
  summary: v.optional(boundedText(limits.ideaDescription.min, limits.ideaDescription.max)),
  costEur: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(limits.costEur.max))),
  themeId: v.optional(Id),
  areaId: v.optional(v.nullable(Id)),
});
export type ProposalInput = v.InferInput<typeof ProposalInputSchema>;

/** A proposal on the ballot. */
export interface Proposal {
  id: string;
  processId: string;
  budgetId: string;
  title: string;
  summary: string;
  themeId: string;
  areaId: string | null;
  costEur: number;
  /** The ideas it grew from (their public pages tell the history). */
  originIdeas: { id: string; title: string }[];
}
