/**
 * The fate of one idea, in order: its own events (submitted, published, edited, rejected, merged,
 * absorbed, reviewed), the proposals it went on the ballot in, their vote results once voting has
 * ended, the projects it became (from the idea or its proposal) with their status changes and
 * progress, and the evaluation. A pending idea shows only that it was submitted (no title: it has
 * not been moderated yet).
 *
 * @example const timeline = await ideaTimeline(env.DB, 'kuopio', idea);
 */
import type { IdeaEvent, IdeaOutcome, IdeaTimeline, IdeaTimelineEntry, LocalizedText, ProjectStatus } from '@osallistu/contract';
import type { IdeaRecord } from '../db/ideas.js';
import { listIdeaEvents } from '../db/idea-events.js';
import { getProcess } from '../db/processes.js';
import { currentResults } from '../pb/process-results.js';
import { votingEnded, votingPhase } from '../pb/voting-window.js';
import { listProjectEvents } from '../db/project-events.js';
import { evaluationSummary } from '../db/project-evaluations.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function fromIdeaEvent(e: IdeaEvent): IdeaTimelineEntry | null {
  const d = e.data;
  switch (e.kind) {
    case 'submitted':
    case 'published':
      return { kind: e.kind, at: e.at };
    case 'edited':
      return { kind: 'edited', at: e.at, note: str(d.note) };
    case 'rejected':
      return { kind: 'rejected', at: e.at, reason: str(d.reason) };
    case 'merged':
      return { kind: 'merged', at: e.at, into: { id: String(d.into ?? ''), title: String(d.intoTitle ?? '') }, note: str(d.note) };
    case 'absorbed':
      return { kind: 'absorbed', at: e.at, from: { id: String(d.from ?? ''), title: String(d.fromTitle ?? '') } };
    case 'reviewed':
      return {
        kind: 'reviewed',
        at: e.at,
        feasibility: d.feasibility === 'not-feasible' ? 'not-feasible' : 'feasible',
        costEur: num(d.costEur),
        reason: str(d.reason),
        responsibleUnit: str(d.responsibleUnit),
      };
    default:
      return null;
  }
}

export async function ideaTimeline(db: D1Database, tenantId: string, idea: IdeaRecord, now = new Date()): Promise<IdeaTimeline> {
  if (idea.status === 'pending') {
    return {
      idea: { id: idea.id, processId: idea.processId, title: '', status: 'pending' },
      outcome: 'in-moderation',
      entries: [{ kind: 'submitted', at: idea.createdAt }],
    };
  }
  const entries: IdeaTimelineEntry[] = [];
  for (const e of await listIdeaEvents(db, idea.id)) {
    const entry = fromIdeaEvent(e);
    if (entry) entries.push(entry);
  }

  // On the ballot: proposals that grew from this idea, and how the vote went for them.
  const { results: proposals } = await db
    .prepare(
      `SELECT p.id, p.title, p.budget_id, p.created_at, b.name AS budget_name FROM proposals AS p
       LEFT JOIN budgets AS b ON b.tenant_id = p.tenant_id AND b.process_id = p.process_id AND b.id = p.budget_id
       WHERE p.tenant_id = ?1 AND p.process_id = ?2 AND ?3 IN (SELECT value FROM json_each(p.origin_idea_ids)) ORDER BY p.created_at`,
    )
    .bind(tenantId, idea.processId, idea.id)
    .all<{ id: string; title: string; budget_id: string; created_at: string; budget_name: string | null }>();
  let vote: 'won' | 'lost' | null = null;
  if (proposals.length > 0) {
    for (const p of proposals) {
      entries.push({
        kind: 'on-ballot',
        at: p.created_at,
        proposal: { id: p.id, title: p.title },
        budgetName: p.budget_name ? (JSON.parse(p.budget_name) as LocalizedText) : null,
      });
    }
    const process = await getProcess(db, tenantId, idea.processId);
    if (process && votingEnded(process, now)) {
      const results = await currentResults(db, tenantId, process, now);
      const endsAt = votingPhase(process)?.endsAt ?? now.toISOString();
      for (const p of proposals) {
        const budget = results.find((b) => b.budgetId === p.budget_id);
        const result = budget?.proposals.find((r) => r.proposalId === p.id);
        if (!budget || !result) continue;
        entries.push({ kind: 'vote-result', at: endsAt, proposalId: p.id, votes: result.votes, ballots: budget.ballots, selected: result.selected });
        vote = result.selected || vote === 'won' ? 'won' : 'lost';
      }
    }
  }

  // The projects it became: named by the idea itself or by one of its proposals.
  const { results: projects } = await db
    .prepare(
      `SELECT id, title, status FROM projects WHERE tenant_id = ?1
       AND (?2 IN (SELECT value FROM json_each(idea_ids)) OR proposal_id IN (SELECT value FROM json_each(?3))) ORDER BY created_at`,
    )
    .bind(tenantId, idea.id, JSON.stringify(proposals.map((p) => p.id)))
    .all<{ id: string; title: string; status: ProjectStatus }>();
  const titles = new Map(projects.map((p) => [p.id, JSON.parse(p.title) as LocalizedText]));
  for (const e of await listProjectEvents(db, projects.map((p) => p.id))) {
    if (e.kind === 'created') entries.push({ kind: 'project', at: e.at, project: { id: e.projectId, title: titles.get(e.projectId) ?? { fi: '' } } });
    else if (e.kind === 'status')
      entries.push({ kind: 'project-status', at: e.at, projectId: e.projectId, status: e.data.to as ProjectStatus, reason: str(e.data.reason) });
    else if (e.kind === 'progress') entries.push({ kind: 'progress', at: e.at, projectId: e.projectId, percent: num(e.data.to) ?? 0 });
  }
  for (const p of projects) {
    if (p.status !== 'completed') continue;
    const evaluation = await evaluationSummary(db, p.id);
    if (evaluation.count > 0 && evaluation.average !== null && evaluation.lastAt) {
      entries.push({ kind: 'evaluated', at: evaluation.lastAt, projectId: p.id, average: evaluation.average, count: evaluation.count });
    }
  }

  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    idea: { id: idea.id, processId: idea.processId, title: idea.title, status: idea.status },
    outcome: outcomeOf(idea, proposals.length > 0, vote, projects.map((p) => p.status)),
    entries,
  };
}

function outcomeOf(idea: IdeaRecord, onBallot: boolean, vote: 'won' | 'lost' | null, projectStatuses: ProjectStatus[]): IdeaOutcome {
  if (idea.status === 'rejected') return 'rejected';
  if (idea.status === 'merged') return 'merged';
  if (projectStatuses.length > 0) {
    if (projectStatuses.includes('completed')) return 'completed';
    if (projectStatuses.every((s) => s === 'cancelled')) return 'cancelled';
    return 'in-project';
  }
  if (vote === 'won') return 'won-vote';
  if (vote === 'lost') return 'lost-vote';
  if (onBallot) return 'on-ballot';
  if (idea.review?.feasibility === 'not-feasible') return 'not-feasible';
  if (idea.review?.feasibility === 'feasible') return 'feasible';
  return 'open';
}
