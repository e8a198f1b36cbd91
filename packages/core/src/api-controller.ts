import type { ReactiveController, ReactiveElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { configContext } from './context.js';
import { getDefaults } from './defaults.js';
import { ApiClient } from './api-client.js';

/** Properties a widget exposes so a page (or a test) can point it at an API. */
export interface ApiHost {
  /** Base URL of the API (attribute `api`). */
  api?: string | undefined;
  /** Tenant id (attribute `tenant`). */
  tenant?: string | undefined;
  /** A ready client (property only): wins over everything else; tests inject `fetch` this way. */
  client?: ApiClient | undefined;
}

/**
 * Resolves where a widget's API is: its own `api` / `tenant` → the nearest `<osallistu-config>`
 * (context) → the loader's page defaults → the page's origin. `client` is memoised, so it is a
 * stable `Task` argument that changes only when the API or tenant does.
 */
export class ApiController implements ReactiveController {
  readonly #host: ReactiveElement & ApiHost;
  readonly #config: ContextConsumer<typeof configContext, ReactiveElement>;
  #client: ApiClient | undefined;

  constructor(host: ReactiveElement & ApiHost) {
    this.#host = host;
    this.#config = new ContextConsumer(host, { context: configContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {}

  get api(): string {
    if (this.#host.client) return this.#host.client.api;
    return this.#host.api || this.#config.value?.api || getDefaults().api || globalThis.location.origin;
  }

  get tenant(): string {
    if (this.#host.client) return this.#host.client.tenant;
    return this.#host.tenant || this.#config.value?.tenant || getDefaults().tenant || '';
  }

  get client(): ApiClient {
    if (this.#host.client) return this.#host.client;
    const { api, tenant } = this;
    if (!this.#client || this.#client.api !== api.replace(/\/+$/, '') || this.#client.tenant !== tenant) {
      this.#client = new ApiClient({ api, tenant });
    }
    return this.#client;
  }
}
