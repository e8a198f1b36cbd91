import * as v from 'valibot';
import { limits } from './limits.js';
import { boundedText } from './text.js';
import { LocalizedTextSchema, type LocalizedText } from './localized-text.js';
import { PointSchema, type Point } from './geo.js';
import { Slug } from './process.js';

const Id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid-value'));
const IsoDate = v.pipe(v.string(), v.isoDate('invalid-value'));
const Euros = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(limits.costEur.max));
const Percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));

/**
 * Where a project is. The status machine (docs/api.md, enforced by the API):
 * planned → designing | in-progress | cancelled; designing → in-progress | cancelled;
 * in-progress → completed | cancelled; completed and cancelled are final. Cancelling needs a reason.
 */
export const projectStatuses = ['planned', 'designing', 'in-progress', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

export const projectTransitions: Record<ProjectStatus, readonly ProjectStatus[]> = {
  planned: ['designing', 'in-progress', 'cancelled'],
  designing: ['in-progress', 'cancelled'],
  'in-progress': ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** Whether the status machine allows `from` → `to`. */
export function canTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return projectTransitions[from].includes(to);
}

/** How residents can take part in carrying a project out. */
export const participationKinds = ['volunteering', 'talkoot', 'workshop'] as const;
export type ParticipationKind = (typeof participationKinds)[number];

export const ParticipationSchema = v.strictObject({
  kind: v.picklist(participationKinds),
  description: LocalizedTextSchema,
  /** How many people can sign up in all. */
  capacity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  startsAt: v.optional(v.nullable(v.pipe(v.string(), v.isoTimestamp('invalid-value')))),
  place: v.optional(v.nullable(boundedText(0, 200))),
});
export type ParticipationInput = v.InferOutput<typeof ParticipationSchema>;

export const MilestoneInputSchema = v.strictObject({
  id: Slug,
  title: LocalizedTextSchema,
  plannedDate: IsoDate,
  actualDate: v.optional(v.nullable(IsoDate)),
});
export type MilestoneInput = v.InferInput<typeof MilestoneInputSchema>;

const editable = {
  title: v.optional(LocalizedTextSchema),
  description: v.optional(LocalizedTextSchema),
  areaId: v.optional(v.nullable(Id)),
  location: v.optional(v.nullable(PointSchema)),
  ideaIds: v.optional(v.pipe(v.array(Id), v.maxLength(20))),
  responsibleUnit: v.optional(boundedText(1, limits.responsibleUnit.max)),
  budgetAllocatedEur: v.optional(Euros),
  budgetSpentEur: v.optional(Euros),
  progressPercent: v.optional(Percent),
  milestones: v.optional(v.pipe(v.array(MilestoneInputSchema), v.maxLength(30))),
  participation: v.optional(v.nullable(ParticipationSchema)),
};

/**
 * Staff create a project: from a winning proposal (`proposalId`: title, ideas, area and budget
 * default to the proposal's) or for area-based development (then `title`, `description` and
 * `responsibleUnit` are required). A new project starts planned, designing or in progress.
 */
export const ProjectInputSchema = v.strictObject({
  id: v.optional(Slug),
  processId: Slug,
  proposalId: v.optional(Id),
  status: v.optional(v.picklist(['planned', 'designing', 'in-progress'])),
  ...editable,
});
export type ProjectInput = v.InferOutput<typeof ProjectInputSchema>;

/** Staff change a project's fields (not its status). Milestones, when sent, replace the list. */
export const ProjectEditInputSchema = v.strictObject(editable);
export type ProjectEditInput = v.InferOutput<typeof ProjectEditInputSchema>;

export const ProjectStatusInputSchema = v.strictObject({
  status: v.picklist(projectStatuses),
  /** Required when cancelling; shown to residents. */
  reason: v.optional(boundedText(limits.reason.min, limits.reason.max)),
});
export type ProjectStatusInput = v.InferOutput<typeof ProjectStatusInputSchema>;

/** A dated update: text, optionally an image (https) with its alternative text. */
export const ProjectUpdateInputSchema = v.strictObject({
  text: LocalizedTextSchema,
  imageUrl: v.optional(v.pipe(v.string(), v.maxLength(1000), v.url('invalid-value'), v.startsWith('https://', 'invalid-value'))),
  imageAlt: v.optional(boundedText(1, 300)),
});
export type ProjectUpdateInput = v.InferOutput<typeof ProjectUpdateInputSchema>;

/** A resident signs up for taking part. Name and email are for the organisers only. */
export const SignupInputSchema = v.strictObject({
  name: boundedText(1, limits.authorName.max),
  email: v.pipe(v.string(), v.trim(), v.maxLength(limits.email.max), v.email('invalid-email')),
  participants: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)), 1),
  consent: v.literal(true, 'consent-required'),
});
export type SignupInput = v.InferInput<typeof SignupInputSchema>;

/** A resident rates a completed project once per browser (`evaluatorId` kept only as an HMAC). */
export const EvaluationInputSchema = v.strictObject({
  evaluatorId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{16,64}$/, 'invalid-value')),
  rating: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  comment: v.optional(boundedText(0, 1000)),
});
export type EvaluationInput = v.InferInput<typeof EvaluationInputSchema>;

export const ProjectListQuerySchema = v.strictObject({
  process: v.optional(Slug),
  area: v.optional(Id),
  status: v.optional(v.picklist(projectStatuses)),
});
export type ProjectListQuery = v.InferOutput<typeof ProjectListQuerySchema>;

export interface Milestone {
  id: string;
  title: LocalizedText;
  plannedDate: string;
  actualDate: string | null;
}

export interface ProjectUpdate {
  id: number;
  at: string;
  text: LocalizedText;
  imageUrl: string | null;
  imageAlt: string | null;
}

export interface Participation extends ParticipationInput {
  /** People signed up so far, and how many more fit. */
  taken: number;
  spotsLeft: number;
}

/** The public aggregate of evaluations; comments appear after moderation. */
export interface EvaluationSummary {
  count: number;
  /** Mean rating with one decimal, null when nobody has rated yet. */
  average: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  distribution: [number, number, number, number, number];
  comments: { rating: number; comment: string; at: string }[];
}

/**
 * `budget`: allocated or spent changed (`allocatedFrom/To`, `spentFrom/To`); `edited`: other public
 * fields changed (`fields`, comma-separated names).
 */
export const projectEventKinds = ['created', 'status', 'progress', 'update', 'milestone', 'budget', 'edited'] as const;
export type ProjectEventKind = (typeof projectEventKinds)[number];

/** One change of a project, kept for timelines and feeds. `data` depends on the kind. */
export interface ProjectEvent {
  id: number;
  projectId: string;
  kind: ProjectEventKind;
  at: string;
  data: Record<string, string | number | null>;
}

/** A project in a list. */
export interface ProjectSummary {
  id: string;
  processId: string;
  title: LocalizedText;
  description: LocalizedText;
  areaId: string | null;
  /**
   * Where exactly, when staff placed it (a map pin); null when only the area is known. The API
   * always sends it; optional for lists built elsewhere (a map draws those at their area).
   */
  location?: Point | null;
  status: ProjectStatus;
  cancelReason: string | null;
  progressPercent: number;
  budgetAllocatedEur: number;
  budgetSpentEur: number;
  responsibleUnit: string;
  nextMilestone: Milestone | null;
  updatedAt: string;
}

/** A project with everything its detail view shows. */
export interface Project extends ProjectSummary {
  location: Point | null;
  /** The winning proposal it came from (null: created by staff), and its ideas. */
  proposalId: string | null;
  ideas: { id: string; title: string }[];
  milestones: Milestone[];
  /** Newest first. */
  updates: ProjectUpdate[];
  participation: Participation | null;
  evaluation: EvaluationSummary;
  /** Oldest first. */
  events: ProjectEvent[];
  createdAt: string;
  completedAt: string | null;
}

/** A resident's signup, as staff see it (`GET /admin/projects/{id}/signups`). */
export interface Signup {
  id: number;
  name: string;
  email: string;
  participants: number;
  createdAt: string;
}

export interface SignupResult {
  participants: number;
  spotsLeft: number;
}

/** An evaluation comment waiting for (or past) moderation. */
export interface AdminEvaluation {
  id: number;
  projectId: string;
  rating: number;
  comment: string;
  commentStatus: 'pending' | 'published' | 'rejected';
  createdAt: string;
}
