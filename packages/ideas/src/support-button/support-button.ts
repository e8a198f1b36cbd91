import { LitElement, css, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiProblem, LocalizeController, baseStyles, tokens, type ApiClient } from '@osallistu/core';
import { ideasTranslations } from '../i18n/ideas-translations.js';
import { IdeaSupportedEvent } from '../events/idea-supported-event.js';
import { supporterStore } from './supporter-store.js';

/**
 * Supports an idea, once per browser: a toggle (`aria-pressed`) that stays pressed, the count,
 * and a polite message after each press.
 *
 * @summary Support button of one idea.
 * @tagname osallistu-support-button
 * @fires osallistu-idea-supported - `IdeaSupportedEvent` with the idea id and the new count.
 * @csspart button - The button.
 * @csspart count - The number of supporters.
 * @csspart message - Thanks or error after pressing.
 */
export class SupportButton extends LitElement {
  static override styles = [
    tokens,
    baseStyles,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_o-space-2);
        container-type: normal;
      }
      .button[aria-pressed='true'] {
        background: var(--osallistu-button-background, var(--_o-primary));
        color: var(--osallistu-button-color, var(--_o-on-primary));
      }
      .check {
        display: none;
      }
      .button[aria-pressed='true'] .check {
        display: inline;
      }
      [part='message'] {
        flex-basis: 100%;
        font-size: 0.9em;
      }
    `,
  ];

  /** The API client (property only). */
  @property({ attribute: false }) client?: ApiClient;
  @property({ attribute: 'idea-id' }) ideaId = '';
  @property({ attribute: 'idea-title' }) ideaTitle = '';
  @property({ type: Number }) count = 0;

  @state() private pressed = false;
  @state() private pending = false;
  @state() private message = '';
  @state() private failed = false;

  readonly #l = new LocalizeController(this, ideasTranslations);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('ideaId') || changed.has('client')) && this.client) {
      this.pressed = supporterStore.hasSupported(this.client.tenant, this.ideaId);
      if (changed.get('ideaId') !== undefined) {
        this.message = '';
        this.failed = false;
      }
    }
  }

  protected override render() {
    const { t } = this.#l;
    return html`<button
        part="button"
        class="button secondary"
        type="button"
        aria-pressed=${this.pressed ? 'true' : 'false'}
        aria-disabled=${this.pending ? 'true' : 'false'}
        @click=${this.#support}
      >
        <span class="check" aria-hidden="true">✓</span>${t.support}<span class="visually-hidden"> ${t.supportIdea(this.ideaTitle)}</span>
      </button>
      <span part="count">${t.supportCount(this.count)}</span>
      <span part="message" class=${this.failed ? 'error' : ''} role="status">${this.message}</span>`;
  }

  async #support(): Promise<void> {
    const client = this.client;
    if (!client || this.pressed || this.pending) return;
    this.pending = true;
    this.failed = false;
    try {
      const result = await client.supportIdea(this.ideaId, { supporterId: supporterStore.supporterId() });
      supporterStore.remember(client.tenant, this.ideaId);
      this.pressed = true;
      this.count = result.supportCount;
      this.message = this.#l.t.supportThanks(result.supportCount);
      this.dispatchEvent(new IdeaSupportedEvent(this.ideaId, result.supportCount));
    } catch (error) {
      if (error instanceof ApiProblem && error.code === 'already-supported') {
        supporterStore.remember(client.tenant, this.ideaId);
        this.pressed = true;
      } else {
        this.failed = true;
      }
      this.message = this.#l.problem(error);
    } finally {
      this.pending = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-support-button': SupportButton;
  }
}
