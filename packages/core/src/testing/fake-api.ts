/**
 * A scripted `fetch` for component tests: routes answer with contract-shaped JSON, and every
 * request is recorded (method, URL, headers, parsed body) so tests can assert what was sent.
 * Not used at run time and not exported from the package index.
 */
export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export type Reply =
  | { status?: number; json?: unknown; headers?: Record<string, string> }
  | 'network-error'
  | Promise<never>;

export type Handler = (request: RecordedRequest) => Reply | Promise<Reply>;

/** `GET /processes/pb-2027` → handler, matched against the path after `/v1/{tenant}`. */
export type Routes = Record<string, Handler | Reply>;

export interface FakeApi {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** Requests whose method and tenant path match, e.g. `POST /processes/pb/ideas`. */
  sent(route: string): RecordedRequest[];
  routes: Routes;
}

/** Problem document as the API sends it. */
export function problem(status: number, code: string, errors?: unknown[]): Reply {
  return {
    status,
    json: { type: `https://osallistu.fi/problems/${code}`, title: code, status, code, ...(errors ? { errors } : {}) },
    headers: { 'content-type': 'application/problem+json' },
  };
}

export function fakeApi(routes: Routes, tenant = 'kuopio'): FakeApi {
  const requests: RecordedRequest[] = [];
  const prefix = `/v1/${tenant}`;
  const routeOf = (r: RecordedRequest) => `${r.method} ${r.url.pathname.slice(prefix.length) || '/'}`;
  const api: FakeApi = {
    requests,
    routes,
    sent: (route) => requests.filter((r) => routeOf(r) === route),
    fetch: async (input, init) => {
      const url = new URL(String(input));
      const text = typeof init?.body === 'string' ? init.body : null;
      const request: RecordedRequest = {
        method: init?.method ?? 'GET',
        url,
        headers: new Headers(init?.headers),
        body: text ? JSON.parse(text) : null,
      };
      requests.push(request);
      if (init?.signal?.aborted) throw init.signal.reason;
      const entry = api.routes[routeOf(request)];
      if (!url.pathname.startsWith(prefix) || entry === undefined) {
        const reply = problem(404, 'not-found') as { json: unknown; status: number };
        return new Response(JSON.stringify(reply.json), { status: 404, headers: { 'content-type': 'application/problem+json' } });
      }
      const reply = await (typeof entry === 'function' ? entry(request) : entry);
      if (reply === 'network-error') throw new TypeError('Failed to fetch');
      const { status = 200, json = null, headers = {} } = reply as Exclude<Reply, 'network-error' | Promise<never>>;
      return new Response(json === null ? null : JSON.stringify(json), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      });
    },
  };
  return api;
}

/** A promise that never settles, for holding a widget in its loading state. */
export function never(): Promise<never> {
  return new Promise<never>(() => {});
}
