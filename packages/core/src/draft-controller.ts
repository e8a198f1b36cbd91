import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps what a resident typed in `localStorage` so that nothing is lost on reload, on a failed
 * submit or when the network drops. Keyed by tenant + process + widget; saved on every change,
 * restored when the host connects (or when the key changes), cleared only after success.
 *
 * @example
 * private draft = new DraftController(this, {
 *   key: () => draftKey(this.api.tenant, this.process, 'idea-form'),
 *   empty: () => ({ title: '', description: '' }),
 * });
 * onInput(e) { this.draft.update({ title: e.target.value }); }
 */
export class DraftController<T extends object> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #key: () => string | null;
  readonly #empty: () => T;
  #loadedKey: string | null = null;
  #value: T;

  constructor(host: ReactiveControllerHost, options: { key: () => string | null; empty: () => T }) {
    this.#host = host;
    this.#key = options.key;
    this.#empty = options.empty;
    this.#value = options.empty();
    host.addController(this);
  }

  /** The current draft. */
  get value(): T {
    return this.#value;
  }

  hostConnected(): void {
    this.#load();
  }

  hostUpdate(): void {
    if (this.#key() !== this.#loadedKey) this.#load();
  }

  /** Merges `patch` into the draft, saves it and re-renders the host. */
  update(patch: Partial<T>): void {
    this.#value = { ...this.#value, ...patch };
    this.#save();
    this.#host.requestUpdate();
  }

  /** Forgets the draft (after a successful submission). */
  clear(): void {
    this.#value = this.#empty();
    const key = this.#key();
    if (key) {
      try {
        localStorage.removeItem(key);
      } catch {
        // Storage unavailable (private mode, disabled): the draft lived in memory only.
      }
    }
    this.#host.requestUpdate();
  }

  #load(): void {
    const key = this.#key();
    this.#loadedKey = key;
    let stored: Partial<T> = {};
    if (key) {
      try {
        const raw = localStorage.getItem(key);
        const parsed: unknown = raw ? JSON.parse(raw) : null;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) stored = parsed as Partial<T>;
      } catch {
        stored = {};
      }
    }
    this.#value = { ...this.#empty(), ...stored };
  }

  #save(): void {
    const key = this.#key();
    if (!key) return;
    try {
      localStorage.setItem(key, JSON.stringify(this.#value));
    } catch {
      // Full or unavailable storage: keep the draft in memory.
    }
  }
}

/** The storage key of a widget's draft: `osallistu:draft:{tenant}:{process}:{widget}`. */
export function draftKey(tenant: string, process: string, widget: string): string {
  return `osallistu:draft:${tenant}:${process}:${widget}`;
}
