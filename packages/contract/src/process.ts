import * as v from 'valibot';
import { LocalizedTextSchema } from './localized-text.js';

export const phaseKinds = ['ideation', 'co-creation', 'voting', 'implementation', 'evaluation'] as const;
export type PhaseKind = (typeof phaseKinds)[number];

const IsoDateTime = v.pipe(v.string(), v.isoTimestamp());

export const PhaseSchema = v.strictObject({
  kind: v.picklist(phaseKinds),
  startsAt: IsoDateTime,
  endsAt: IsoDateTime,
});
export type Phase = v.InferOutput<typeof PhaseSchema>;

export const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'invalid-value'));

/** What staff send to create or replace a process. */
export const ProcessInputSchema = v.strictObject({
  id: Slug,
  kind: v.picklist(['participatory-budgeting', 'area-development']),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  budgetEur: v.pipe(v.number(), v.integer(), v.minValue(0)),
  phases: v.pipe(v.array(PhaseSchema), v.minLength(1), v.maxLength(10)),
});
export type ProcessInput = v.InferOutput<typeof ProcessInputSchema>;

/** A process as the API returns it; `currentPhase` is decided by the server's clock. */
export interface Process extends ProcessInput {
  currentPhase: PhaseKind | null;
}
