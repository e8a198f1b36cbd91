import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import * as v from 'valibot';
import {
  IdeaInputSchema,
  limits,
  localize,
  textLength,
  toFieldErrors,
  type Area,
  type FieldError,
  type Idea,
  type IdeaInput,
  type Theme,
} from '@osallistu/contract';
import {
  ApiController,
  ApiProblem,
  DraftController,
  loadNested,
  LocalizeController,
  baseStyles,
  draftKey,
  SubmitController,
  tokens,
  type ApiClient,
} from '@osallistu/core';
import { ideasTranslations } from '../i18n/ideas-translations.js';
import { IdeaSubmittedEvent } from '../events/idea-submitted-event.js';
import { ideaFormStyles } from './idea-form.styles.js';

/** What the form keeps in the browser between visits and after a failed submission. */
export interface IdeaDraft {
  title: string;
  description: string;
  themeId: string;
  areaId: string;
  authorName: string;
  email: string;
  consent: boolean;
  /** The idea's place as GeoJSON Point text (from `<osallistu-area-map mode="pin">`), or ''. */
  location?: string;
  /** The key of the last attempt and the body it was sent with: a retry of that body reuses it. */
  attempt: { key: string; body: string } | null;
}

type FieldName = 'title' | 'description' | 'themeId' | 'areaId' | 'location' | 'authorName' | 'email' | 'consent';
const fieldOrder: FieldName[] = ['title', 'description', 'themeId', 'areaId', 'location', 'authorName', 'email', 'consent'];
const maxLengths: Partial<Record<FieldName, number>> = {
  title: limits.ideaTitle.max,
  description: limits.ideaDescription.max,
};
/** Remaining characters at which the polite live region speaks up. */
const countThresholds = [50, 20, 10, 0];

const emptyDraft = (): IdeaDraft => ({
  title: '',
  description: '',
  themeId: '',
  areaId: '',
  authorName: '',
  email: '',
  consent: false,
  location: '',
  attempt: null,
});

/**
 * A resident proposes an idea to a participatory-budgeting process: title, description, theme,
 * optional area, name and email, and consent. Validates with the contract's schemas as the
 * resident goes, keeps a draft in the browser on every change, and tells what happens next.
 *
 * @summary Form for proposing an idea; nothing typed is ever lost.
 * @tagname osallistu-idea-form
 *
 * @fires osallistu-idea-submitted - `IdeaSubmittedEvent` with the new (pending) idea.
 *
 * @csspart base - The wrapper of every state.
 * @csspart form - The native form.
 * @csspart field - Each field's wrapper (label, hint, control, error).
 * @csspart label - Field labels.
 * @csspart input - Text inputs, the textarea and selects.
 * @csspart error - Field error messages.
 * @csspart counter - Character counters.
 * @csspart button - Buttons.
 * @csspart notice - Loading, error and phase-closed notices.
 * @csspart success - The confirmation shown after sending.
 *
 * @cssprop --osallistu-color-primary - Buttons and focus.
 * @cssprop --osallistu-color-danger - Errors.
 * @cssprop --osallistu-form-max-width - Width of the form (default 48rem).
 */
export class IdeaForm extends LitElement {
  static override styles = [tokens, baseStyles, ideaFormStyles];

  /** Id of the process the idea is proposed to, e.g. `pb-2027`. */
  @property({ reflect: true }) process = '';

  /** Base URL of the API; else the nearest `<osallistu-config>`, the loader's default or the page's origin. */
  @property() api?: string;

  /** Tenant id; else the nearest `<osallistu-config>` or the loader's default. */
  @property() tenant?: string;

  /** Where the idea board is (link in the success and phase-closed states). */
  @property({ attribute: 'board-url' }) boardUrl?: string;

  /** A ready API client (property only), e.g. with an injected `fetch`. */
  @property({ attribute: false }) client?: ApiClient;

  @state() private errors: Partial<Record<FieldName, FieldError>> = {};
  @state() private submitted: Idea | null = null;
  @state() private areaFilter = '';
  @state() private announcement = '';
  @state() private restored = false;

  @query('[part~="success"]') private successEl?: HTMLElement;
  @query('#submit-error') private submitErrorEl?: HTMLElement;

  readonly #api = new ApiController(this);
  readonly #l = new LocalizeController(this, ideasTranslations);
  readonly #draft = new DraftController<IdeaDraft>(this, {
    key: () => (this.process ? draftKey(this.#api.tenant, this.process, 'idea-form') : null),
    empty: emptyDraft,
  });
  /** Posts the idea with an idempotency key kept in the draft; API field errors come back per field. */
  readonly #sender = new SubmitController(this, {
    draft: this.#draft,
    fields: fieldOrder,
    send: (input: IdeaInput, idempotencyKey) => this.#api.client.createIdea(this.process, input, { idempotencyKey }),
  });
  readonly #counted = new Map<FieldName, number>();
  /** Whether the successful submission left an email (the success message then says so). */
  #sentEmail = false;
  /** Whether `<osallistu-area-map>` can be used (a loader knows it): then the area and place are picked on a map with its list. */
  #mapAvailable = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#mapAvailable = loadNested('osallistu-area-map');
  }

  readonly #setup = new Task(this, {
    args: () => [this.#api.client, this.process] as const,
    task: async ([client, process], { signal }) => {
      if (!process) throw new ApiProblem('process-not-found', 404, null);
      const [processInfo, themes, areas] = await Promise.all([
        client.getProcess(process, { signal }),
        client.listThemes(process, { signal }),
        client.listAreas({}, { signal }),
      ]);
      return { process: processInfo, themes, areas };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('process')) {
      const d = this.#draft.value;
      this.restored = Boolean(d.title || d.description || d.authorName || d.email);
    }
  }

  protected override render() {
    const { t } = this.#l;
    return html`<div part="base" lang=${this.#l.lang}>
      ${this.#setup.render({
        pending: () => html`<p part="notice" class="notice" aria-busy="true">${t.loading}</p>`,
        error: (error) => this.#renderLoadError(error),
        complete: ({ process, themes, areas }) => {
          if (this.submitted) return this.#renderSuccess();
          if (process.currentPhase !== 'ideation') return this.#renderPhaseClosed();
          return this.#renderForm(themes, areas);
        },
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  #renderLoadError(error: unknown): TemplateResult {
    const { t } = this.#l;
    return html`<div part="notice" class="notice danger">
      <h2>${t.errorHeading}</h2>
      <p>${this.#l.problem(error)}</p>
      <button part="button" class="button" type="button" @click=${() => this.#setup.run()}>${t.retry}</button>
    </div>`;
  }

  #renderPhaseClosed(): TemplateResult {
    const { t } = this.#l;
    return html`<div part="notice" class="notice">
      <h2>${t.phaseClosedHeading}</h2>
      <p>${t.phaseClosedText}</p>
      ${this.boardUrl ? html`<p><a href=${this.boardUrl}>${t.boardLink}</a></p>` : nothing}
    </div>`;
  }

  #renderSuccess(): TemplateResult {
    const { t } = this.#l;
    return html`<div part="success" class="notice success" role="status" tabindex="-1">
      <h2>${t.successHeading}</h2>
      <p>${t.successNext}</p>
      ${this.submitted?.status === 'pending' && this.#sentEmail ? html`<p>${t.successEmail}</p>` : nothing}
      <div class="actions">
        ${this.boardUrl ? html`<a part="link" href=${this.boardUrl}>${t.boardLink}</a>` : nothing}
        <button part="button" class="button secondary" type="button" @click=${this.#again}>${t.proposeAnother}</button>
      </div>
    </div>`;
  }

  #renderForm(themes: Theme[], areas: Area[]): TemplateResult {
    const { t, lang } = this.#l;
    const d = this.#draft.value;
    const errorCount = Object.keys(this.errors).length;
    const filter = this.areaFilter.trim().toLocaleLowerCase(lang);
    const areaOptions = areas
      .map((a) => ({ id: a.id, name: localize(a.name, lang) }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
    const shownAreas = filter
      ? areaOptions.filter((a) => a.id === d.areaId || a.name.toLocaleLowerCase(lang).includes(filter))
      : areaOptions;
    return html`<form part="form" novalidate @submit=${this.#submit} aria-labelledby="form-heading">
      <h2 id="form-heading">${t.formHeading}</h2>
      <p class="intro">${t.formIntro}</p>
      ${this.restored ? html`<p class="notice">${t.draftRestored}</p>` : nothing}
      ${this.#sender.error ? this.#renderSubmitError() : nothing}
      ${errorCount > 0 && this.#sender.error === null ? html`<p class="error" part="error">${t.errorCount(errorCount)}</p>` : nothing}

      ${this.#textField('title', t.titleLabel, t.titleHint, d.title)}
      ${this.#textField('description', t.descriptionLabel, t.descriptionHint, d.description, true)}

      <div part="field" class="field">
        <label part="label" for="themeId">${t.themeLabel}</label>
        <select
          part="input"
          id="themeId"
          name="themeId"
          required
          aria-invalid=${this.errors.themeId ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.errors.themeId ? 'themeId-error' : undefined)}
          @change=${this.#onInput}
          @blur=${this.#onBlur}
        >
          <option value="" ?selected=${!d.themeId}>${t.themePlaceholder}</option>
          ${themes.map((theme) => html`<option value=${theme.id} ?selected=${theme.id === d.themeId}>${localize(theme.name, lang)}</option>`)}
        </select>
        ${this.#error('themeId')}
      </div>

      ${this.#mapAvailable
        ? this.#mapFields(d)
        : html`<div part="field" class="field">
        <label part="label" for="areaId">${t.areaLabel} <span class="optional">(${t.optional})</span></label>
        <span class="hint" id="areaId-hint">${t.areaHint}</span>
        ${areaOptions.length > 8
          ? html`<label class="hint" for="area-filter">${t.areaFilterLabel}</label>
              <input
                part="input"
                id="area-filter"
                type="search"
                autocomplete="off"
                aria-controls="areaId"
                aria-describedby="area-filter-count"
                .value=${live(this.areaFilter)}
                @input=${(e: Event) => (this.areaFilter = (e.target as HTMLInputElement).value)}
              />
              <span class="hint" id="area-filter-count">${t.areaFilterCount(shownAreas.length)}</span>`
          : nothing}
        <select
          part="input"
          id="areaId"
          name="areaId"
          aria-invalid=${this.errors.areaId ? 'true' : 'false'}
          aria-describedby=${this.errors.areaId ? 'areaId-hint areaId-error' : 'areaId-hint'}
          @change=${this.#onInput}
        >
          <option value="" ?selected=${!d.areaId}>${t.areaWholeCity}</option>
          ${shownAreas.map((a) => html`<option value=${a.id} ?selected=${a.id === d.areaId}>${a.name}</option>`)}
        </select>
        ${this.#error('areaId')}
      </div>`}

      <div class="row">
        ${this.#plainField('authorName', t.nameLabel, t.nameHint, d.authorName, 'text', 'name')}
        ${this.#plainField('email', t.emailLabel, t.emailHint, d.email, 'email', 'email')}
      </div>

      <fieldset part="field">
        <legend>${t.privacyHeading}</legend>
        <p class="hint" id="privacy-text">${t.privacyText}</p>
        <div class="consent">
          <input
            id="consent"
            name="consent"
            type="checkbox"
            .checked=${live(d.consent)}
            aria-invalid=${this.errors.consent ? 'true' : 'false'}
            aria-describedby=${this.errors.consent ? 'privacy-text consent-error' : 'privacy-text'}
            @change=${this.#onInput}
          />
          <label part="label" for="consent">${t.consentLabel}</label>
        </div>
        ${this.#error('consent')}
      </fieldset>

      <div class="actions">
        <button part="button" class="button" type="submit" aria-disabled=${this.#sender.submitting ? 'true' : 'false'}>
          ${this.#sender.submitting ? t.submitting : t.submit}
        </button>
      </div>
    </form>`;
  }

  /** Area (pick-area) and optional place (pin) on `<osallistu-area-map>`, each with its own list route. */
  #mapFields(d: IdeaDraft): TemplateResult {
    const { t } = this.#l;
    return html`<div part="field" class="field">
        <osallistu-area-map
          id="areaId"
          mode="pick-area"
          name="areaId"
          style="--osallistu-map-height: 18rem"
          .label=${t.areaLabel}
          .value=${d.areaId}
          @change=${this.#onMapChange}
        ></osallistu-area-map>
        ${this.#error('areaId')}
      </div>
      <div part="field" class="field">
        <osallistu-area-map id="location" mode="pin" name="location" style="--osallistu-map-height: 18rem" .value=${d.location ?? ''} @change=${this.#onMapChange}></osallistu-area-map>
        ${this.#error('location')}
      </div>`;
  }

  /** A pick on a map: the pin's area becomes the idea's area too (the API decides the same way). */
  #onMapChange(event: Event): void {
    const map = event.target as HTMLElement & { name: string; value: string; areaId: string };
    const update: Partial<IdeaDraft> = map.name === 'location' ? { location: map.value } : { areaId: map.value };
    if (map.name === 'location' && map.areaId) update.areaId = map.areaId;
    this.#draft.update(update);
    this.#validate(map.name === 'location' ? ['location', 'areaId'] : ['areaId']);
  }

  #renderSubmitError(): TemplateResult {
    const { t } = this.#l;
    return html`<div id="submit-error" part="notice" class="notice danger" role="alert" tabindex="-1">
      <p>${this.#l.problem(this.#sender.error)}</p>
      ${this.#sender.retryable()
        ? html`<button part="button" class="button secondary" type="submit">${t.retry}</button>`
        : nothing}
    </div>`;
  }

  #textField(name: 'title' | 'description', label: string, hint: string, value: string, multiline = false): TemplateResult {
    const max = maxLengths[name] ?? 0;
    const length = textLength(value);
    const left = max - length;
    const describedBy = [`${name}-hint`, `${name}-count`, this.errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ');
    const common = {
      invalid: this.errors[name] ? 'true' : 'false',
    };
    return html`<div part="field" class="field">
      <label part="label" for=${name}>${label}</label>
      <span class="hint" id="${name}-hint">${hint}</span>
      ${multiline
        ? html`<textarea
            part="input"
            id=${name}
            name=${name}
            required
            rows="8"
            aria-invalid=${common.invalid}
            aria-describedby=${describedBy}
            .value=${live(value)}
            @input=${this.#onInput}
            @blur=${this.#onBlur}
          ></textarea>`
        : html`<input
            part="input"
            id=${name}
            name=${name}
            type="text"
            required
            autocomplete="off"
            aria-invalid=${common.invalid}
            aria-describedby=${describedBy}
            .value=${live(value)}
            @input=${this.#onInput}
            @blur=${this.#onBlur}
          />`}
      <span part="counter" class="counter ${left < 0 ? 'over' : ''}" id="${name}-count">
        ${left >= 0 ? this.#l.t.charactersLeft(left) : this.#l.t.charactersOver(-left)}
      </span>
      ${this.#error(name)}
    </div>`;
  }

  #plainField(name: 'authorName' | 'email', label: string, hint: string, value: string, type: string, autocomplete: string): TemplateResult {
    const describedBy = [`${name}-hint`, this.errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div part="field" class="field">
      <label part="label" for=${name}>${label} <span class="optional">(${this.#l.t.optional})</span></label>
      <span class="hint" id="${name}-hint">${hint}</span>
      <input
        part="input"
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        aria-invalid=${this.errors[name] ? 'true' : 'false'}
        aria-describedby=${describedBy}
        .value=${live(value)}
        @input=${this.#onInput}
        @blur=${this.#onBlur}
      />
      ${this.#error(name)}
    </div>`;
  }

  #error(name: FieldName): TemplateResult | typeof nothing {
    const error = this.errors[name];
    return error ? html`<span part="error" class="error" id="${name}-error">${this.#l.fieldError(error)}</span>` : nothing;
  }

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const name = target.name as FieldName;
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    this.#draft.update({ [name]: value } as Partial<IdeaDraft>);
    if (this.errors[name] || name === 'consent' || target instanceof HTMLSelectElement) this.#validate([name]);
    const max = maxLengths[name];
    if (max !== undefined && typeof value === 'string') this.#announceCount(name, max - textLength(value));
  }

  #onBlur(event: Event): void {
    const name = (event.target as HTMLElement).getAttribute('name') as FieldName;
    const d = this.#draft.value;
    // An untouched empty field is not an error yet: wait for submit.
    if (d[name] === '' && !this.errors[name]) return;
    this.#validate([name]);
  }

  /** Speaks the remaining count politely, only when it crosses a threshold. */
  #announceCount(name: FieldName, left: number): void {
    const bucket = countThresholds.findIndex((limit) => left <= limit);
    const previous = this.#counted.get(name) ?? -1;
    this.#counted.set(name, bucket);
    if (bucket !== -1 && bucket !== previous) {
      this.announcement = left >= 0 ? this.#l.t.charactersLeft(left) : this.#l.t.charactersOver(-left);
    }
  }

  /** The draft as the API wants it: empty optional fields left out, the language added. */
  #input(): IdeaInput {
    const d = this.#draft.value;
    const input: Record<string, unknown> = {
      title: d.title,
      description: d.description,
      consent: d.consent,
      lang: this.#l.lang,
    };
    if (d.themeId) input['themeId'] = d.themeId;
    if (d.areaId) input['areaId'] = d.areaId;
    if (d.location) input['location'] = JSON.parse(d.location) as unknown;
    if (d.authorName.trim()) input['authorName'] = d.authorName;
    if (d.email.trim()) input['email'] = d.email.trim();
    return input as IdeaInput;
  }

  /** Validates with the contract schema; updates the errors of `fields` (all when omitted). */
  #validate(fields: FieldName[] = fieldOrder): Partial<Record<FieldName, FieldError>> {
    const result = v.safeParse(IdeaInputSchema, this.#input());
    const found: Partial<Record<FieldName, FieldError>> = {};
    if (!result.success) {
      for (const error of toFieldErrors(result.issues)) {
        const name = error.path.split('.')[0] as FieldName;
        if (!fieldOrder.includes(name) || found[name]) continue;
        const value = this.#draft.value[name];
        found[name] = value === '' && error.code === 'too-short' ? { path: name, code: 'required' } : error;
      }
    }
    const next = { ...this.errors };
    for (const name of fields) {
      if (found[name]) next[name] = found[name];
      else delete next[name];
    }
    this.errors = next;
    return found;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.#sender.submitting) return;
    this.restored = false;
    const errors = this.#validate();
    if (Object.keys(errors).length > 0) {
      this.#sender.reset();
      await this.updateComplete;
      this.#focusFirstInvalid();
      return;
    }
    const input = this.#input();
    const outcome = await this.#sender.submit(input);
    if (outcome.kind === 'sent') {
      this.#sentEmail = Boolean(input.email);
      this.#counted.clear();
      this.errors = {};
      this.submitted = outcome.result;
      this.announcement = '';
      this.dispatchEvent(new IdeaSubmittedEvent(outcome.result));
      await this.updateComplete;
      this.successEl?.focus();
    } else if (outcome.kind === 'invalid') {
      this.errors = outcome.fieldErrors;
      await this.updateComplete;
      this.#focusFirstInvalid();
    } else if (outcome.kind === 'failed') {
      await this.updateComplete;
      this.submitErrorEl?.focus();
    }
  }

  #focusFirstInvalid(): void {
    const first = fieldOrder.find((name) => this.errors[name]);
    if (first) this.renderRoot.querySelector<HTMLElement>(`#${first}`)?.focus();
  }

  async #again(): Promise<void> {
    this.submitted = null;
    this.#sender.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-idea-form': IdeaForm;
  }
}
