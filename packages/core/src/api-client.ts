import type {
  Area,
  Comment,
  CommentInput,
  Idea,
  IdeaEvent,
  IdeaInput,
  IdeaListQuery,
  Page,
  Problem,
  Process,
  SupportInput,
  SupportResult,
  Tenant,
  Theme,
} from '@osallistu/contract';
// the module, not the barrel: importing the barrel would pull every schema into the shared chunk
import { problemCodes } from '@osallistu/contract/problem.js';
import { ApiProblem } from './api-problem.js';
import { problemSentenceReady } from './i18n/problem-sentences.js';
import { randomId } from './random-id.js';

export interface ApiClientOptions {
  /** Base URL of the API (origin, optionally with a path prefix), e.g. `https://osallistu.example.fi`. */
  api: string;
  /** Tenant id, e.g. `kuopio`. */
  tenant: string;
  /** Injected `fetch` (tests); defaults to the global one. */
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Extra request headers, e.g. a voter token (`authorization: Bearer vt_…`). */
  headers?: Record<string, string>;
}

export interface PostOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key`. Keep the same key when retrying the same submission, so the API
   * returns the first answer instead of creating a duplicate. A fresh key is made when omitted.
   */
  idempotencyKey?: string;
}

/** List query as the widgets build it (the API's `IdeaListQuery`, before parsing). */
export type IdeaListParams = Partial<Omit<IdeaListQuery, 'limit'>> & { limit?: number };

type Query = Record<string, string | number | boolean | null | undefined>;

/**
 * Typed client of the public API in docs/api.md. Every call takes an `AbortSignal`; failures
 * throw {@link ApiProblem} (aborts throw the signal's `AbortError` unchanged).
 *
 * @example
 * const client = new ApiClient({ api: 'http://127.0.0.1:8787', tenant: 'kuopio' });
 * const page = await client.listIdeas('pb-2027', { sort: 'supported' }, { signal });
 */
export class ApiClient {
  readonly api: string;
  readonly tenant: string;
  readonly #fetch: typeof fetch;

  constructor(options: ApiClientOptions) {
    this.api = options.api.replace(/\/+$/, '');
    this.tenant = options.tenant;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  }

  /** `GET /v1/{tenant}` */
  getTenant(options?: CallOptions): Promise<Tenant> {
    return this.#get('', undefined, options);
  }

  /** `GET /v1/{tenant}/processes` */
  listProcesses(options?: CallOptions): Promise<Process[]> {
    return this.#get('/processes', undefined, options);
  }

  /** `GET /v1/{tenant}/processes/{process}` */
  getProcess(process: string, options?: CallOptions): Promise<Process> {
    return this.#get(`/processes/${enc(process)}`, undefined, options);
  }

  /** `GET /v1/{tenant}/processes/{process}/themes` */
  listThemes(process: string, options?: CallOptions): Promise<Theme[]> {
    return this.#get(`/processes/${enc(process)}/themes`, undefined, options);
  }

  /** `GET /v1/{tenant}/areas`; geometry only when asked for. */
  listAreas(query: { geometry?: boolean } = {}, options?: CallOptions): Promise<Area[]> {
    return this.#get('/areas', { geometry: query.geometry ? 1 : undefined }, options);
  }

  /** `GET /v1/{tenant}/processes/{process}/ideas`: published ideas, filtered and paged. */
  listIdeas(process: string, query: IdeaListParams = {}, options?: CallOptions): Promise<Page<Idea>> {
    return this.#get(`/processes/${enc(process)}/ideas`, query, options);
  }

  /** `POST /v1/{tenant}/processes/{process}/ideas`: a new idea, pending moderation. */
  createIdea(process: string, input: IdeaInput, options?: PostOptions): Promise<Idea> {
    return this.#post(`/processes/${enc(process)}/ideas`, input, options);
  }

  /** `GET /v1/{tenant}/ideas/{id}` */
  getIdea(id: string, options?: CallOptions): Promise<Idea> {
    return this.#get(`/ideas/${enc(id)}`, undefined, options);
  }

  /** `GET /v1/{tenant}/ideas/{id}/events`, oldest first. */
  listIdeaEvents(id: string, options?: CallOptions): Promise<IdeaEvent[]> {
    return this.#get(`/ideas/${enc(id)}/events`, undefined, options);
  }

  /** `POST /v1/{tenant}/ideas/{id}/supports`: once per browser (`already-supported` after). */
  supportIdea(id: string, input: SupportInput, options?: PostOptions): Promise<SupportResult> {
    return this.#post(`/ideas/${enc(id)}/supports`, input, options);
  }

  /** `GET /v1/{tenant}/ideas/{id}/comments`: published comments, oldest first. */
  listComments(id: string, query: { cursor?: string; limit?: number } = {}, options?: CallOptions): Promise<Page<Comment>> {
    return this.#get(`/ideas/${enc(id)}/comments`, query, options);
  }

  /** `POST /v1/{tenant}/ideas/{id}/comments`: a new comment, pending moderation. */
  createComment(id: string, input: CommentInput, options?: PostOptions): Promise<Comment> {
    return this.#post(`/ideas/${enc(id)}/comments`, input, options);
  }

  /** `GET` of any tenant path, for widgets whose routes have no method here (e.g. `/need-index`). */
  get<T>(path: string, query?: Query, options?: CallOptions): Promise<T> {
    return this.#get<T>(path, query, options);
  }

  /** `POST` to any tenant path, for widgets whose routes have no method here (e.g. `/follows`). */
  post<T>(path: string, body: unknown, options?: PostOptions): Promise<T> {
    return this.#post<T>(path, body, options);
  }

  /** The absolute URL of a tenant path with its query (empty values left out). */
  url(path: string, query?: Query): string {
    const url = new URL(`${this.api}/v1/${enc(this.tenant)}${path}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  #get<T>(path: string, query: Query | undefined, options: CallOptions = {}): Promise<T> {
    return this.#send<T>(this.url(path, query), {
      method: 'GET',
      headers: { ...options.headers, accept: 'application/json' },
      signal: options.signal ?? null,
    });
  }

  #post<T>(path: string, body: unknown, options: PostOptions = {}): Promise<T> {
    return this.#send<T>(this.url(path), {
      method: 'POST',
      headers: {
        ...options.headers,
        accept: 'application/json',
        'content-type': 'application/json',
        'idempotency-key': options.idempotencyKey ?? randomId(),
      },
      body: JSON.stringify(body),
      signal: options.signal ?? null,
    });
  }

  async #send<T>(url: string, init: RequestInit): Promise<T> {
    let response: Response;
    try {
      response = await this.#fetch(url, init);
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason ?? error;
      throw ApiProblem.network(error);
    }
    let body: unknown = null;
    const text = await readText(response, init.signal);
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = null;
      }
    }
    if (response.ok) return body as T;
    const problem = toApiProblem(response, body);
    // A feature problem's Finnish sentence loads on first need: have it here before the widget
    // shows the error, so the render that follows the rejection already has the right sentence.
    await problemSentenceReady(problem.code);
    throw problem;
  }
}

async function readText(response: Response, signal: AbortSignal | null | undefined): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason ?? error;
    throw ApiProblem.network(error);
  }
}

function toApiProblem(response: Response, body: unknown): ApiProblem {
  const problem = isProblem(body) ? body : null;
  if (problem) return new ApiProblem(problem.code, response.status, problem);
  // Not a problem document (a proxy's HTML error page, say): keep the status, say what kind.
  const code = response.status === 404 ? 'not-found' : response.status === 429 ? 'rate-limited' : 'internal';
  const fallback: Problem = { type: 'about:blank', title: response.statusText || code, status: response.status, code };
  const retryAfter = Number(response.headers.get('retry-after'));
  if (retryAfter > 0) fallback.retryAfter = retryAfter;
  return new ApiProblem(code, response.status, fallback);
}

function isProblem(body: unknown): body is Problem {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Problem).code === 'string' &&
    (problemCodes as readonly string[]).includes((body as Problem).code)
  );
}

const enc = encodeURIComponent;
