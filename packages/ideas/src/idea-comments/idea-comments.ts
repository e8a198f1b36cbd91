import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task, TaskStatus } from '@lit/task';
import * as v from 'valibot';
import { CommentInputSchema, toFieldErrors, type Comment, type CommentInput, type FieldError } from '@osallistu/contract';
import {
  ApiProblem,
  DraftController,
  LocalizeController,
  baseStyles,
  draftKey,
  SubmitController,
  tokens,
  type ApiClient,
} from '@osallistu/core';
import { ideasTranslations } from '../i18n/ideas-translations.js';
import { CommentSubmittedEvent } from '../events/comment-submitted-event.js';
import { ideaCommentsStyles } from './idea-comments.styles.js';

interface CommentDraft {
  body: string;
  authorName: string;
  attempt: { key: string; body: string } | null;
}

/**
 * The published comments of one idea, oldest first, and a form to add one (published after
 * moderation). The comment being written is kept as a draft in the browser.
 *
 * @summary Comments of an idea, with a comment form.
 * @tagname osallistu-idea-comments
 * @fires osallistu-comment-submitted - `CommentSubmittedEvent` with the new (pending) comment.
 * @csspart comments - The wrapper.
 * @csspart comment - Each comment.
 * @csspart form - The comment form.
 * @csspart label - Labels.
 * @csspart input - The textarea and the name input.
 * @csspart error - Error messages.
 * @csspart button - Buttons.
 */
export class IdeaComments extends LitElement {
  static override styles = [tokens, baseStyles, ideaCommentsStyles];

  /** The API client (property only). */
  @property({ attribute: false }) client?: ApiClient;
  @property({ attribute: 'idea-id' }) ideaId = '';

  @state() private more: Comment[] = [];
  @state() private cursor: string | null = null;
  @state() private error: FieldError | null = null;
  @state() private sent = false;

  @query('#comment-thanks') private thanksEl?: HTMLElement;

  readonly #l = new LocalizeController(this, ideasTranslations);
  readonly #draft = new DraftController<CommentDraft>(this, {
    key: () => (this.client && this.ideaId ? draftKey(this.client.tenant, this.ideaId, 'comment') : null),
    empty: () => ({ body: '', authorName: '', attempt: null }),
  });

  /** Posts the comment with an idempotency key kept in the draft; a body error comes back as such. */
  readonly #sender = new SubmitController(this, {
    draft: this.#draft,
    fields: ['body'] as const,
    send: (input: CommentInput, idempotencyKey) => this.client!.createComment(this.ideaId, input, { idempotencyKey }),
  });

  readonly #list = new Task(this, {
    args: () => [this.client, this.ideaId] as const,
    task: async ([client, ideaId], { signal }) => {
      if (!client || !ideaId) throw new ApiProblem('idea-not-found', 404, null);
      const page = await client.listComments(ideaId, {}, { signal });
      this.more = [];
      this.cursor = page.nextCursor;
      return page.items;
    },
  });

  readonly #loadMore = new Task(this, {
    autoRun: false,
    args: () => [this.client, this.ideaId, this.cursor] as const,
    task: async ([client, ideaId, cursor], { signal }) => {
      if (!client || !cursor) return;
      const page = await client.listComments(ideaId, { cursor }, { signal });
      this.more = [...this.more, ...page.items];
      this.cursor = page.nextCursor;
    },
  });

  protected override render() {
    const { t } = this.#l;
    return html`<section part="comments" aria-labelledby="comments-heading">
      <h4 id="comments-heading">${t.commentsHeading}</h4>
      ${this.#list.render({
        pending: () => html`<p aria-busy="true">${t.loading}</p>`,
        error: (error) => html`<div class="notice danger">
          <p>${this.#l.problem(error)}</p>
          <button part="button" class="button secondary" type="button" @click=${() => this.#list.run()}>${t.retry}</button>
        </div>`,
        complete: (items) => this.#renderList([...items, ...this.more]),
      })}
      ${this.#renderForm()}
    </section>`;
  }

  #renderList(items: Comment[]): TemplateResult {
    const { t } = this.#l;
    if (items.length === 0) return html`<p>${t.noComments}</p>`;
    return html`<ol>
        ${items.map(
          (c) => html`<li part="comment">
            <p class="meta">${c.authorName || t.anonymous} · ${this.#l.date(c.createdAt)}</p>
            <p class="body">${c.body}</p>
          </li>`,
        )}
      </ol>
      ${this.cursor
        ? html`<button
            part="button"
            class="button secondary"
            type="button"
            aria-disabled=${this.#loadMore.status === TaskStatus.PENDING ? 'true' : 'false'}
            @click=${() => this.#loadMore.run()}
          >
            ${t.loadMore}
          </button>`
        : nothing}`;
  }

  #renderForm(): TemplateResult {
    const { t } = this.#l;
    const d = this.#draft.value;
    return html`<form part="form" novalidate @submit=${this.#submit}>
      <div class="field">
        <label part="label" for="body">${t.commentLabel}</label>
        <span class="hint" id="moderation">${t.commentModeration}</span>
        <textarea
          part="input"
          id="body"
          name="body"
          required
          aria-invalid=${this.error ? 'true' : 'false'}
          aria-describedby=${this.error ? 'moderation body-error' : 'moderation'}
          .value=${live(d.body)}
          @input=${(e: Event) => this.#onInput('body', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${this.error ? html`<span part="error" class="error" id="body-error">${this.#l.fieldError(this.error)}</span>` : nothing}
      </div>
      <div class="field">
        <label part="label" for="author">${t.commentNameLabel} <span class="hint">(${t.optional})</span></label>
        <input
          part="input"
          id="author"
          name="authorName"
          autocomplete="name"
          .value=${live(d.authorName)}
          @input=${(e: Event) => this.#onInput('authorName', (e.target as HTMLInputElement).value)}
        />
      </div>
      ${this.#sender.error
        ? html`<p part="error" class="error" role="alert">${this.#l.problem(this.#sender.error)}</p>`
        : nothing}
      <button part="button" class="button" type="submit" aria-disabled=${this.#sender.submitting ? 'true' : 'false'}>
        ${t.commentSubmit}
      </button>
      <p id="comment-thanks" role="status" tabindex="-1" class=${ifDefined(this.sent ? 'notice success' : undefined)}>
        ${this.sent ? t.commentThanks : ''}
      </p>
    </form>`;
  }

  #onInput(name: 'body' | 'authorName', value: string): void {
    this.#draft.update({ [name]: value });
    this.sent = false;
    if (this.error && name === 'body') this.error = this.#validate();
  }

  #input(): CommentInput {
    const d = this.#draft.value;
    return d.authorName.trim() ? { body: d.body, authorName: d.authorName } : { body: d.body };
  }

  #validate(): FieldError | null {
    const result = v.safeParse(CommentInputSchema, this.#input());
    if (result.success) return null;
    const error = toFieldErrors(result.issues).find((e) => e.path === 'body') ?? null;
    return error && this.#draft.value.body.trim() === '' && error.code === 'too-short' ? { path: 'body', code: 'required' } : error;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.client || this.#sender.submitting) return;
    this.error = this.#validate();
    if (this.error) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#body')?.focus();
      return;
    }
    const outcome = await this.#sender.submit(this.#input());
    if (outcome.kind === 'sent') {
      this.sent = true;
      this.dispatchEvent(new CommentSubmittedEvent(outcome.result));
      await this.updateComplete;
      this.thanksEl?.focus();
    } else if (outcome.kind === 'invalid') {
      this.error = outcome.fieldErrors.body ?? null;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-idea-comments': IdeaComments;
  }
}
