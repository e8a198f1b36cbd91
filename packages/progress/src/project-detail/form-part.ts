import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import * as v from 'valibot';
import { toFieldErrors, type FieldError } from '@osallistu/contract';
import { ApiController, ApiProblem, LocalizeController, randomId, type ApiHost, type Dictionaries } from '@osallistu/core';

/** The element a part renders into: the project detail view. */
export type PartHost = ReactiveElement & ApiHost & { projectId: string };

/**
 * What the detail view's two forms (sign-up, evaluation) share: strings of their own (each part
 * brings its dictionary, so neither loads the other's), field errors, the error summary, and one
 * submit flow (check with the contract's schema, focus the first invalid field, POST once with an
 * idempotency key, map the API's field errors back). A part is
 * a controller rendered inside the host's shadow root, so the host's styles and ids apply; it is
 * loaded (dynamic import) only for a project that shows it. Listeners in a part's templates are
 * arrow functions: lit calls a plain method with `this` set to the host element.
 */
export abstract class FormPart<F extends string, T extends { errorCount: (n: number) => string }> implements ReactiveController {
  protected readonly l: LocalizeController<T>;
  protected readonly api: ApiController;
  protected errors = new Map<F, FieldError>();
  protected problem = '';
  protected busy = false;
  #key = randomId();

  constructor(
    protected readonly host: PartHost,
    translations: Dictionaries<T>,
  ) {
    host.addController(this);
    this.l = new LocalizeController(host, translations);
    this.api = new ApiController(host);
  }

  hostConnected(): void {}

  /** The alert above a form: the API's problem, or how many fields need fixing. */
  protected summary(): TemplateResult | typeof nothing {
    if (!this.problem && this.errors.size === 0) return nothing;
    return html`<p class="notice danger" role="alert">${this.problem || this.l.t.errorCount(this.errors.size)}</p>`;
  }

  /** A field's error message, tied to its input with `aria-describedby="<id>-error"`. */
  protected error(id: string, field: F): TemplateResult | typeof nothing {
    const e = this.errors.get(field);
    return e ? html`<span class="error" id="${id}-error">${this.l.fieldError(e)}</span>` : nothing;
  }

  protected async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Checks `body` against `schema`, then POSTs it to `path`. Returns the answer, or null after
   * showing what went wrong. `fields` in the order of the form; `selector(f)` finds a field's input.
   */
  protected async submit<T>(
    path: string,
    schema: v.GenericSchema,
    body: object,
    fields: readonly F[],
    selector: (f: F) => string,
    onProblem?: (error: unknown) => void,
  ): Promise<T | null> {
    if (this.busy) return null;
    this.problem = '';
    const parsed = v.safeParse(schema, body);
    if (!parsed.success) {
      this.errors = new Map(toFieldErrors(parsed.issues).map((e) => [e.path as F, e]));
      this.host.requestUpdate();
      const first = fields.find((f) => this.errors.has(f));
      if (first) await this.focus(selector(first));
      return null;
    }
    this.errors = new Map();
    this.busy = true;
    this.host.requestUpdate();
    try {
      return await this.api.client.post<T>(path, parsed.output, { idempotencyKey: this.#key });
    } catch (error) {
      onProblem?.(error);
      const fieldErrors = error instanceof ApiProblem ? error.fieldErrors : [];
      if (fieldErrors.length > 0) this.errors = new Map(fieldErrors.map((e) => [e.path as F, e]));
      else this.problem = this.l.problem(error);
      this.#key = randomId();
      return null;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
