/**
 * Keeps a verification token for this tab only (sessionStorage), per API, tenant and one id (a
 * process, a survey), until it expires: a reload does not ask for a new code, another tab or a
 * closed browser does. No cookies. When storage is blocked nothing is kept and the person
 * verifies each time.
 *
 * @example const voterStore = new SessionTokenStore('osallistu:voter');
 */
export interface StoredSessionToken {
  token: string;
  expiresAt: string;
}

export class SessionTokenStore {
  readonly #prefix: string;

  /** @param prefix of the storage key, e.g. `osallistu:voter` → `osallistu:voter:<api>:<tenant>:<id>`. */
  constructor(prefix: string) {
    this.#prefix = prefix;
  }

  #key(api: string, tenant: string, id: string): string {
    return `${this.#prefix}:${api}:${tenant}:${id}`;
  }

  /** The stored token, or null when there is none, it has expired or storage is blocked. */
  get(api: string, tenant: string, id: string): StoredSessionToken | null {
    try {
      const raw = sessionStorage.getItem(this.#key(api, tenant, id));
      const value = raw ? (JSON.parse(raw) as StoredSessionToken) : null;
      if (value && Date.parse(value.expiresAt) > Date.now()) return value;
    } catch {
      /* storage blocked */
    }
    return null;
  }

  set(api: string, tenant: string, id: string, value: StoredSessionToken): void {
    try {
      sessionStorage.setItem(this.#key(api, tenant, id), JSON.stringify(value));
    } catch {
      /* storage blocked */
    }
  }

  clear(api: string, tenant: string, id: string): void {
    try {
      sessionStorage.removeItem(this.#key(api, tenant, id));
    } catch {
      /* storage blocked */
    }
  }
}
