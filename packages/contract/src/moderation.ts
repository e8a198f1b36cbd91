import * as v from 'valibot';
import { limits } from './limits.js';
import { boundedText } from './text.js';
import { PointSchema } from './geo.js';
import { feasibilities } from './idea.js';

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid-value'));

/** Rejecting an idea or a comment: the reason is shown to the public. */
export const RejectInputSchema = v.strictObject({
  reason: boundedText(limits.reason.min, limits.reason.max),
});

/** Staff edit of an idea; the edit note is shown beside the idea. */
export const EditIdeaInputSchema = v.strictObject({
  title: v.optional(boundedText(limits.ideaTitle.min, limits.ideaTitle.max)),
  description: v.optional(boundedText(limits.ideaDescription.min, limits.ideaDescription.max)),
  themeId: v.optional(Id),
  areaId: v.optional(v.nullable(Id)),
  location: v.optional(v.nullable(PointSchema)),
  editNote: boundedText(limits.editNote.min, limits.editNote.max),
});

/** Merging an idea into another: the merged idea points to the survivor from then on. */
export const MergeInputSchema = v.strictObject({
  into: Id,
  note: v.optional(boundedText(0, limits.reason.max)),
});

/** Staff review: feasible ideas need a cost, ideas that are not feasible need a reason. */
export const ReviewInputSchema = v.pipe(
  v.strictObject({
    feasibility: v.picklist(feasibilities),
    reason: v.optional(boundedText(limits.reason.min, limits.reason.max)),
    costEur: v.optional(
      v.pipe(v.number(), v.integer(), v.minValue(limits.costEur.min), v.maxValue(limits.costEur.max)),
    ),
    responsibleUnit: boundedText(2, limits.responsibleUnit.max),
  }),
  v.forward(
    v.partialCheck([['feasibility'], ['costEur']], (i) => i.feasibility !== 'feasible' || i.costEur !== undefined, 'required'),
    ['costEur'],
  ),
  v.forward(
    v.partialCheck([['feasibility'], ['reason']], (i) => i.feasibility !== 'not-feasible' || i.reason !== undefined, 'required'),
    ['reason'],
  ),
);

export type RejectInput = v.InferInput<typeof RejectInputSchema>;
export type EditIdeaInput = v.InferInput<typeof EditIdeaInputSchema>;
export type MergeInput = v.InferInput<typeof MergeInputSchema>;
export type ReviewInput = v.InferInput<typeof ReviewInputSchema>;

export const roles = ['admin', 'moderator', 'reviewer'] as const;
export type Role = (typeof roles)[number];

export const ApiKeyInputSchema = v.strictObject({
  role: v.picklist(roles),
  label: boundedText(1, 80),
});
export type ApiKeyInput = v.InferInput<typeof ApiKeyInputSchema>;

/** A new API key; `key` is shown once and stored only as a hash. */
export interface ApiKeyCreated {
  id: string;
  key: string;
  role: Role;
  label: string;
}
