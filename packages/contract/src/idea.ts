import * as v from 'valibot';
import { limits } from './limits.js';
import { boundedText } from './text.js';
import { PointSchema, type Point } from './geo.js';
import { languages, type Language } from './localized-text.js';

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid-value'));

/** What a resident sends to propose an idea. No account; name and email are optional. */
export const IdeaInputSchema = v.strictObject({
  title: boundedText(limits.ideaTitle.min, limits.ideaTitle.max),
  description: boundedText(limits.ideaDescription.min, limits.ideaDescription.max),
  themeId: Id,
  areaId: v.optional(v.nullable(Id)),
  location: v.optional(v.nullable(PointSchema)),
  authorName: v.optional(boundedText(0, limits.authorName.max)),
  /** Only for updates about this idea; never shown, removed when no longer needed. */
  email: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(limits.email.max), v.email('invalid-email')),
  ),
  lang: v.optional(v.picklist(languages)),
  /** The resident accepts the privacy notice and that the idea is published after moderation. */
  consent: v.literal(true, 'consent-required'),
});
export type IdeaInput = v.InferInput<typeof IdeaInputSchema>;

export const ideaStatuses = ['pending', 'published', 'rejected', 'merged'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

/** Filters of the public list: reviewed ideas are published ideas with a review. */
export const publicIdeaFilters = ['published', 'feasible', 'not-feasible', 'merged', 'rejected'] as const;
export type PublicIdeaFilter = (typeof publicIdeaFilters)[number];

export const ideaSorts = ['newest', 'supported'] as const;
export type IdeaSort = (typeof ideaSorts)[number];

export const feasibilities = ['feasible', 'not-feasible'] as const;
export type Feasibility = (typeof feasibilities)[number];

export interface IdeaReview {
  feasibility: Feasibility;
  /** Why it is not feasible, or notes on a feasible idea. */
  reason: string | null;
  costEur: number | null;
  responsibleUnit: string;
  reviewedAt: string;
}

/** An idea as the public API returns it. Emails are never part of it. */
export interface Idea {
  id: string;
  processId: string;
  title: string;
  description: string;
  themeId: string;
  areaId: string | null;
  location: Point | null;
  authorName: string | null;
  lang: Language;
  status: IdeaStatus;
  createdAt: string;
  publishedAt: string | null;
  supportCount: number;
  commentCount: number;
  rejectionReason: string | null;
  mergedInto: { id: string; title: string } | null;
  review: IdeaReview | null;
  edit: { note: string; editedAt: string } | null;
}

const QueryInt = (min: number, max: number) =>
  v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'invalid-type'), v.transform(Number), v.minValue(min), v.maxValue(max));

/** Query string of the public idea list. */
export const IdeaListQuerySchema = v.strictObject({
  area: v.optional(Id),
  theme: v.optional(Id),
  status: v.optional(v.picklist(publicIdeaFilters)),
  q: v.optional(boundedText(0, limits.search.max)),
  sort: v.optional(v.picklist(ideaSorts), 'newest'),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(QueryInt(1, limits.pageSize.max)),
});
export type IdeaListQuery = v.InferOutput<typeof IdeaListQuerySchema>;

/** A page of a cursor-paginated list; pass `nextCursor` back as `cursor` for the next page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Supporting an idea: `supporterId` is a random id the browser keeps, one support per browser. */
export const SupportInputSchema = v.strictObject({
  supporterId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{16,64}$/, 'invalid-value')),
});
export type SupportInput = v.InferInput<typeof SupportInputSchema>;

export interface SupportResult {
  supportCount: number;
}

export const ideaEventKinds = [
  'submitted',
  'published',
  'rejected',
  'edited',
  'merged',
  'absorbed',
  'reviewed',
] as const;
export type IdeaEventKind = (typeof ideaEventKinds)[number];

/** One entry of an idea's public history. `data` depends on the kind (reason, target, cost…). */
export interface IdeaEvent {
  id: number;
  ideaId: string;
  kind: IdeaEventKind;
  at: string;
  data: Record<string, string | number | null>;
}
