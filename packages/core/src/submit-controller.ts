import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError } from '@osallistu/contract';
import { ApiProblem } from './api-problem.js';
import type { DraftController } from './draft-controller.js';
import { randomId } from './random-id.js';

/** The idempotency key of the last try and the body it was sent with, kept in the draft. */
export interface SubmitAttempt {
  key: string;
  body: string;
}

/** What one `submit()` came to; the host moves focus and shows success from it. */
export type SubmitOutcome<R, F extends string> =
  /** The API accepted it; the draft is cleared. */
  | { kind: 'sent'; result: R }
  /** The API refused fields the form shows: the first error of each, for the host to display. */
  | { kind: 'invalid'; fieldErrors: Partial<Record<F, FieldError>> }
  /** Anything else (network, phase closed…): `error` holds it until the next try. */
  | { kind: 'failed'; error: unknown }
  /** A submission was already on its way: this one was ignored. */
  | { kind: 'busy' };

export interface SubmitOptions<I, R, F extends string> {
  /** The form's draft; its `attempt` holds the key, so a retry (even after a reload) reuses it. */
  draft: DraftController<{ attempt: SubmitAttempt | null }>;
  /** The fields the form shows errors on: API field errors on these are mapped onto them. */
  fields: readonly F[];
  /** Sends the input with the given `Idempotency-Key` (an `ApiClient` call). */
  send: (input: I, idempotencyKey: string) => Promise<R>;
}

/** Problems after which the same submission may well succeed when tried again. */
const retryableCodes = new Set(['network', 'internal', 'rate-limited', 'idempotency-key-in-flight', 'idempotency-key-reused']);

/**
 * Sends a form's input to the API the way every Osallistu form should: with an `Idempotency-Key`
 * kept in the draft until the API accepts the submission, so a retry after a network failure (or a
 * reload) cannot create a duplicate; the same key for the same body, a fresh one when the text
 * changed or the API said the key met another body. The resident's text stays in the draft until
 * the API accepted it. problem+json field errors come back mapped onto the form's fields.
 *
 * The host renders `submitting` and `error`; it moves focus from the outcome.
 *
 * @example
 * readonly #sender = new SubmitController(this, {
 *   draft: this.#draft,
 *   fields: ['body'],
 *   send: (input: CommentInput, idempotencyKey) => this.client!.createComment(this.ideaId, input, { idempotencyKey }),
 * });
 * const outcome = await this.#sender.submit(this.#input());
 * if (outcome.kind === 'invalid') this.error = outcome.fieldErrors.body ?? null;
 */
export class SubmitController<I, R, F extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SubmitOptions<I, R, F>;
  #submitting = false;
  #error: unknown = null;

  constructor(host: ReactiveControllerHost, options: SubmitOptions<I, R, F>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** True while a submission is on its way. */
  get submitting(): boolean {
    return this.#submitting;
  }

  /** The error of the last try, unless it was mapped onto fields; `null` otherwise. */
  get error(): unknown {
    return this.#error;
  }

  /** Whether trying the same submission again may help (offline, overloaded, key in use). */
  retryable(error: unknown = this.#error): boolean {
    return !(error instanceof ApiProblem) || retryableCodes.has(error.code);
  }

  /** Forgets the last error (e.g. when the resident starts over). */
  reset(): void {
    this.#error = null;
    this.#host.requestUpdate();
  }

  /** Sends `input`; see {@link SubmitOutcome}. Never rejects. */
  async submit(input: I): Promise<SubmitOutcome<R, F>> {
    if (this.#submitting) return { kind: 'busy' };
    const { draft, fields, send } = this.#options;
    const body = JSON.stringify(input);
    let attempt = draft.value.attempt;
    if (!attempt || attempt.body !== body) {
      attempt = { key: randomId(), body };
      draft.update({ attempt });
    }
    this.#submitting = true;
    this.#error = null;
    this.#host.requestUpdate();
    try {
      const result = await send(input, attempt.key);
      draft.clear();
      return { kind: 'sent', result };
    } catch (error) {
      const fieldErrors: Partial<Record<F, FieldError>> = {};
      for (const fe of error instanceof ApiProblem ? error.fieldErrors : []) {
        const name = fe.path.split('.')[0] as F;
        if (fields.includes(name) && !fieldErrors[name]) fieldErrors[name] = fe;
      }
      if (Object.keys(fieldErrors).length > 0) return { kind: 'invalid', fieldErrors };
      // The key met a different body on the server: the next try needs a fresh one.
      if (error instanceof ApiProblem && error.code === 'idempotency-key-reused') draft.update({ attempt: null });
      this.#error = error;
      return { kind: 'failed', error };
    } finally {
      this.#submitting = false;
      this.#host.requestUpdate();
    }
  }
}
