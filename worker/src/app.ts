/**
 * The Hono app: `/v1/openapi.json`, the tenant API under `/v1/{tenant}`, and the built assets
 * (element bundles, demo page) for everything else. Every error is problem+json.
 */
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './env.js';
import { ProblemError } from './lib/problem-error.js';
import { problemResponse } from './lib/problem-response.js';
import { tenant } from './middleware/tenant.js';
import { cors } from './middleware/cors.js';
import { body } from './middleware/body.js';
import { idempotency } from './middleware/idempotency.js';
import { adminAuth } from './middleware/admin-auth.js';
import { tenants } from './routes/tenants.js';
import { processes } from './routes/processes.js';
import { areas } from './routes/areas.js';
import { ideas, processIdeas } from './routes/ideas.js';
import { supports } from './routes/supports.js';
import { comments } from './routes/comments.js';
import { adminIdeas } from './routes/admin-ideas.js';
import { adminComments } from './routes/admin-comments.js';
import { adminSetup } from './routes/admin-setup.js';
import { openapi } from './routes/openapi.js';
import { assets } from './routes/assets.js';
import { bench } from './routes/bench.js';
import { budgets } from './routes/budgets.js';
import { voters } from './routes/voters.js';
import { adminPb } from './routes/admin-pb.js';
import { devOutbox } from './routes/dev-outbox.js';
import { pbBench } from './routes/pb-bench.js';
import { areaMap } from './routes/area-map.js';
import { adminAreaMap } from './routes/admin-area-map.js';
import { projects } from './routes/projects.js';
import { adminProjects } from './routes/admin-projects.js';
import { adminEvaluations } from './routes/admin-evaluations.js';
import { followLinks, follows } from './routes/follows.js';
import { ideaTimelines } from './routes/idea-timeline.js';
import { projectFeeds } from './routes/project-feeds.js';
import { surveys } from './routes/surveys.js';
import { adminSurveys } from './routes/admin-surveys.js';

const api = new Hono<AppEnv>()
  .use(tenant, cors, body)
  .use('/admin/*', adminAuth)
  .use(idempotency)
  .route('/', tenants)
  .route('/processes', processes)
  .route('/processes/:process/ideas', processIdeas)
  .route('/areas', areas)
  .route('/', areaMap)
  .route('/ideas', ideas)
  .route('/ideas', supports)
  .route('/ideas', comments)
  .route('/admin/ideas', adminIdeas)
  .route('/admin/comments', adminComments)
  .route('/admin', adminSetup)
  .route('/admin', adminAreaMap)
  .route('/processes/:process', budgets)
  .route('/processes/:process', voters)
  .route('/admin/processes/:process', adminPb)
  .route('/admin/dev-outbox', devOutbox)
  .route('/dev/outbox', devOutbox)
  .route('/projects', projects)
  .route('/ideas', ideaTimelines)
  .route('/processes/:process', projectFeeds)
  .route('/follows', follows)
  .route('/admin/projects', adminProjects)
  .route('/admin/evaluations', adminEvaluations)
  .route('/surveys', surveys)
  .route('/admin/surveys', adminSurveys);

export const app = new Hono<AppEnv>()
  .route('/v1/openapi.json', openapi)
  .route('/v1/_bench/pb', pbBench)
  .route('/v1/_bench', bench)
  // HTML pages behind the links in follow emails: form POSTs, no JSON body, no CORS (follows.ts)
  .route('/v1/:tenant/follows', followLinks)
  .route('/v1/:tenant', api)
  .route('/', assets);

app.notFound(() => problemResponse(404, 'not-found'));

app.onError((error) => {
  if (error instanceof ProblemError) return problemResponse(error.status, error.code, error.options);
  if (error instanceof HTTPException) {
    const status = error.status;
    if (status === 413) return problemResponse(413, 'payload-too-large');
    if (status === 415) return problemResponse(415, 'unsupported-media-type');
    if (status === 404) return problemResponse(404, 'not-found');
    if (status === 405) return problemResponse(405, 'method-not-allowed');
    if (status === 400) return problemResponse(400, 'malformed-json');
  }
  console.error('unexpected error', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  return problemResponse(500, 'internal');
});
