import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as v from 'valibot';
import { FollowInputSchema, toFieldErrors, type FieldError, type FollowRequested } from '@osallistu/contract';
import { ApiController, ApiProblem, LocalizeController, baseStyles, randomId, tokens, type ApiClient } from '@osallistu/core';
import { progressTranslations } from '../i18n/progress-translations.js';
import { progressStyles } from '../progress-styles.js';
import { FollowRequestedEvent } from '../events/follow-requested-event.js';

/**
 * Follow a project or an idea by email: one field, double opt-in (the API emails a confirmation
 * link first). Used inside `<osallistu-progress>` and `<osallistu-idea-timeline>`.
 *
 * @summary Follow a project or an idea by email.
 * @tagname osallistu-follow-form
 * @fires osallistu-follow-requested - `FollowRequestedEvent` after the confirmation link was sent.
 * @csspart form - The form.
 * @csspart button - The submit button.
 */
export class FollowForm extends LitElement {
  static override styles = [tokens, baseStyles, progressStyles];

  /** What to follow. */
  @property() target: 'project' | 'idea' = 'project';
  /** Its id. */
  @property({ attribute: 'target-id' }) targetId = '';
  @property() api?: string;
  @property() tenant?: string;
  @property({ attribute: false }) client?: ApiClient;

  @state() private email = '';
  @state() private error: FieldError | null = null;
  @state() private problem = '';
  @state() private sentTo = '';
  @state() private busy = false;

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, progressTranslations);
  #key = randomId();

  protected override render() {
    const { t } = this.#l;
    if (this.sentTo) return html`<p class="notice success" role="status">${t.followSent(this.sentTo)}</p>`;
    return html`<form part="form" novalidate @submit=${this.#submit} aria-labelledby="follow-heading">
      <h4 id="follow-heading">${t.followHeading}</h4>
      <p>${this.target === 'project' ? t.followProjectIntro : t.followIdeaIntro}</p>
      <div class="field">
        <label for="follow-email">${t.emailLabel}</label>
        <span class="hint" id="follow-hint">${t.followEmailHint}</span>
        <input
          id="follow-email"
          type="email"
          autocomplete="email"
          maxlength="254"
          .value=${this.email}
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.error ? 'follow-hint follow-error' : 'follow-hint'}
          @input=${(e: Event) => (this.email = (e.target as HTMLInputElement).value)}
        />
        ${this.error ? html`<span class="error" id="follow-error">${this.#l.fieldError(this.error)}</span>` : nothing}
      </div>
      ${this.problem ? html`<p class="notice danger" role="alert">${this.problem}</p>` : nothing}
      <button part="button" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t.followSubmit}</button>
    </form>`;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const body = { target: this.target, id: this.targetId, email: this.email.trim(), lang: this.#l.lang };
    const parsed = v.safeParse(FollowInputSchema, body);
    this.problem = '';
    if (!parsed.success) {
      this.error = toFieldErrors(parsed.issues).find((e) => e.path === 'email') ?? { path: 'email', code: 'invalid-value' };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#follow-email')?.focus();
      return;
    }
    this.error = null;
    this.busy = true;
    try {
      await this.#api.client.post<FollowRequested>('/follows', parsed.output, { idempotencyKey: this.#key });
      this.sentTo = body.email;
      this.#key = randomId();
      this.dispatchEvent(new FollowRequestedEvent(this.target, this.targetId));
    } catch (error) {
      const field = error instanceof ApiProblem ? error.fieldErrors.find((e) => e.path === 'email') : undefined;
      if (field) this.error = field;
      else this.problem = this.#l.problem(error);
      this.#key = randomId();
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-follow-form': FollowForm;
  }
}
