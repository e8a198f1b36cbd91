/**
 * OpenAPI entries of the progress tracker (docs/api.md, "Progress tracker"): projects, sign-ups,
 * evaluations, idea timelines, follows (double opt-in, one-click unsubscribe) and the project
 * feeds; staff manage projects and moderate evaluations. Request schemas from the contract's
 * valibot schemas in project.ts and follow.ts.
 */
import {
  EvaluationInputSchema,
  FollowInputSchema,
  ProjectEditInputSchema,
  ProjectInputSchema,
  ProjectListQuerySchema,
  ProjectStatusInputSchema,
  ProjectUpdateInputSchema,
  SignupInputSchema,
  ideaOutcomes,
  projectEventKinds,
  projectStatuses,
} from '@osallistu/contract';
import { arrayOf, int, json, mapOf, object, oneOf, operation, query, queryParameters, ref, str, time, type Paths } from './operation.js';

const tag = 'progress';
const staff = ['admin', 'reviewer'];
const mods = ['admin', 'moderator'];
const html = { type: 'text/html' };
const token = [query('token', { type: 'string' }, true)];
const lang = [query('lang', { enum: ['fi', 'sv', 'en'] })];

export function progressPaths(): Paths {
  return {
    '/v1/{tenant}/projects': {
      get: operation({ summary: 'Projects (active first) with their next milestone', tag, query: queryParameters(ProjectListQuerySchema), ok: [200, 'ProjectSummary[]'] }),
    },
    '/v1/{tenant}/projects/{id}': {
      get: operation({ summary: 'A project: milestones, updates, participation, evaluation, events', tag, params: ['id'], ok: [200, 'Project'] }),
    },
    '/v1/{tenant}/projects/{id}/signups': {
      post: operation({ summary: 'Sign up for a participation event (capacity checked atomically)', tag, params: ['id'], body: 'SignupInput', ok: [201, 'SignupResult'], idempotent: true }),
    },
    '/v1/{tenant}/projects/{id}/evaluations': {
      post: operation({ summary: 'Rate a completed project, once per browser', tag, params: ['id'], body: 'EvaluationInput', ok: [201, 'EvaluationSummary'], idempotent: true }),
    },
    '/v1/{tenant}/ideas/{id}/timeline': {
      get: operation({ summary: "An idea's way from submission to project, oldest first", tag, params: ['id'], ok: [200, 'IdeaTimeline'] }),
    },
    '/v1/{tenant}/follows': {
      post: operation({ summary: 'Follow a project or idea by email (a confirmation is sent)', tag, body: 'FollowInput', ok: [202, 'FollowRequested'], idempotent: true }),
    },
    '/v1/{tenant}/follows/confirm': {
      get: operation({ summary: 'The confirmation link: a small page (a button that confirms)', tag, query: token, ok: [200, html] }),
      post: operation({ summary: 'Confirm a follow (form POST from the page)', tag, query: token, ok: [200, html] }),
    },
    '/v1/{tenant}/follows/unsubscribe': {
      get: operation({ summary: 'The unsubscribe link: a small page (a button that unsubscribes)', tag, query: token, ok: [200, html] }),
      post: operation({ summary: 'Unsubscribe and delete the address: the page\'s button, or RFC 8058 one-click (List-Unsubscribe-Post); no login', tag, query: token, ok: [200, html] }),
    },
    '/v1/{tenant}/processes/{process}/projects/feed.atom': {
      get: operation({ summary: 'Atom 1.0 of project creations and status changes (newest 50)', tag, params: ['process'], query: lang, ok: [200, { type: 'application/atom+xml' }] }),
    },
    '/v1/{tenant}/processes/{process}/projects/feed.json': {
      get: operation({ summary: 'The same as JSON Feed 1.1', tag, params: ['process'], query: lang, ok: [200, { type: 'application/feed+json', schema: { type: 'object' } }] }),
    },
    '/v1/{tenant}/admin/projects': {
      post: operation({ summary: 'Create a project from a winning proposal or for area-based development', tag, body: 'ProjectInput', ok: [201, 'Project'], roles: staff, idempotent: true }),
    },
    '/v1/{tenant}/admin/projects/{id}': {
      get: operation({ summary: 'A project', tag, params: ['id'], ok: [200, 'Project'], roles: ['admin', 'moderator', 'reviewer'] }),
      patch: operation({ summary: 'Edit fields, progress, budget, milestones, participation', tag, params: ['id'], body: 'ProjectEditInput', ok: [200, 'Project'], roles: staff }),
    },
    '/v1/{tenant}/admin/projects/{id}/status': {
      post: operation({ summary: 'Change the status (cancelling needs a public reason)', tag, params: ['id'], body: 'ProjectStatusInput', ok: [200, 'Project'], roles: staff, idempotent: true }),
    },
    '/v1/{tenant}/admin/projects/{id}/updates': {
      post: operation({ summary: 'Post a progress update (an image needs its alt text)', tag, params: ['id'], body: 'ProjectUpdateInput', ok: [201, 'Project'], roles: staff, idempotent: true }),
    },
    '/v1/{tenant}/admin/projects/{id}/signups': {
      get: operation({ summary: "A project's sign-ups (deleted when it ends)", tag, params: ['id'], ok: [200, 'Signup[]'], roles: staff }),
    },
    '/v1/{tenant}/admin/evaluations': {
      get: operation({ summary: 'Evaluation comments by status', tag, query: [query('status', { enum: ['pending', 'published', 'rejected'] })], ok: [200, 'AdminEvaluation[]'], roles: mods }),
    },
    '/v1/{tenant}/admin/evaluations/{id}/publish': {
      post: operation({ summary: 'Publish an evaluation comment', tag, params: ['id'], ok: [200, 'EvaluationDecision'], roles: mods, idempotent: true }),
    },
    '/v1/{tenant}/admin/evaluations/{id}/reject': {
      post: operation({ summary: 'Reject an evaluation comment', tag, params: ['id'], ok: [200, 'EvaluationDecision'], roles: mods, idempotent: true }),
    },
  };
}

const localized = ref('LocalizedText');
const milestone = object({ id: str, title: localized, plannedDate: { type: 'string', format: 'date' }, actualDate: { type: ['string', 'null'], format: 'date' } });
const summary = {
  id: str,
  processId: str,
  title: localized,
  description: localized,
  areaId: { type: ['string', 'null'] },
  location: { oneOf: [ref('Point'), { type: 'null' }], description: 'Exact position (a map pin); null when only the area is known' },
  status: oneOf(...projectStatuses),
  cancelReason: { type: ['string', 'null'] },
  progressPercent: int,
  budgetAllocatedEur: int,
  budgetSpentEur: int,
  responsibleUnit: str,
  nextMilestone: { oneOf: [milestone, { type: 'null' }] },
  updatedAt: time,
};
const pair = object({ id: str, title: str });

export const progressSchemas: Record<string, unknown> = {
  ProjectInput: json(ProjectInputSchema),
  ProjectEditInput: json(ProjectEditInputSchema),
  ProjectStatusInput: json(ProjectStatusInputSchema),
  ProjectUpdateInput: json(ProjectUpdateInputSchema),
  SignupInput: json(SignupInputSchema),
  EvaluationInput: json(EvaluationInputSchema),
  FollowInput: json(FollowInputSchema),
  ProjectSummary: object(summary),
  'ProjectSummary[]': arrayOf(ref('ProjectSummary')),
  EvaluationSummary: object({
    count: int,
    average: { type: ['number', 'null'] },
    distribution: { type: 'array', items: int, minItems: 5, maxItems: 5 },
    comments: arrayOf(object({ rating: int, comment: str, at: time })),
  }),
  Project: object({
    ...summary,
    proposalId: { type: ['string', 'null'] },
    ideas: arrayOf(pair),
    milestones: arrayOf(milestone),
    updates: arrayOf(object({ id: int, at: time, text: localized, imageUrl: { type: ['string', 'null'] }, imageAlt: { type: ['string', 'null'] } })),
    participation: { type: ['object', 'null'], description: 'ParticipationInput with taken and spotsLeft' },
    evaluation: ref('EvaluationSummary'),
    events: arrayOf(object({ id: int, projectId: str, kind: oneOf(...projectEventKinds), at: time, data: mapOf({ type: ['string', 'number', 'null'] }) })),
    createdAt: time,
    completedAt: { type: ['string', 'null'], format: 'date-time' },
  }),
  SignupResult: object({ participants: int, spotsLeft: int }),
  Signup: object({ id: int, name: str, email: str, participants: int, createdAt: time }),
  'Signup[]': arrayOf(ref('Signup')),
  AdminEvaluation: object({ id: int, projectId: str, rating: int, comment: str, commentStatus: oneOf('pending', 'published', 'rejected'), createdAt: time }),
  'AdminEvaluation[]': arrayOf(ref('AdminEvaluation')),
  EvaluationDecision: object({ id: int, commentStatus: oneOf('published', 'rejected') }),
  IdeaTimeline: object({
    idea: object({ id: str, processId: str, title: str, status: str }),
    outcome: oneOf(...ideaOutcomes),
    entries: arrayOf({ type: 'object', required: ['kind', 'at'], properties: { kind: str, at: time }, description: 'One of the IdeaTimelineEntry kinds (packages/contract/src/idea-timeline.ts)' }),
  }),
  FollowRequested: object({ status: { const: 'confirmation-sent' } }),
};


