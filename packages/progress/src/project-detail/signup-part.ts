import { html, nothing, type TemplateResult } from 'lit';
import { SignupInputSchema, localize, type Project, type SignupResult } from '@osallistu/contract';
import { SignedUpEvent } from '../events/signed-up-event.js';
import { FormPart, type PartHost } from './form-part.js';
import { signupTranslations } from '../i18n/signup-translations.js';
import type { SignupTranslation } from '../i18n/signup-translation.js';

type Field = 'name' | 'email' | 'participants' | 'consent';
const fields = ['name', 'email', 'participants', 'consent'] as const;
interface Values {
  name: string;
  email: string;
  participants: string;
  consent: boolean;
}

/**
 * The detail view's "take part in implementing it" section: what, when, where, places left, and
 * the sign-up form. Loaded only for a running project that has a sign-up.
 *
 * @example this.#signup = new SignupPart(this); … ${this.#signup.render(project)}
 */
export class SignupPart extends FormPart<Field, SignupTranslation> {
  constructor(host: PartHost) {
    super(host, signupTranslations);
  }

  #values: Values = { name: '', email: '', participants: '1', consent: false };
  #done: SignupResult | null = null;

  render(p: Project): TemplateResult {
    const { t, lang } = this.l;
    const part = p.participation!;
    const left = this.#done ? this.#done.spotsLeft : part.spotsLeft;
    return html`<section aria-labelledby="participation-heading">
      <h4 id="participation-heading">${t.participationHeading}: ${t.participationKinds[part.kind]}</h4>
      <p>${localize(part.description, lang)}</p>
      ${part.startsAt ? html`<p>${t.participationWhen(this.l.date(part.startsAt))}</p>` : nothing}
      ${part.place ? html`<p>${t.participationWhere(part.place)}</p>` : nothing}
      <p><strong>${t.spotsLeft(left, part.capacity)}</strong></p>
      ${this.#done
        ? html`<p class="notice success" role="status" tabindex="-1" id="signup-done">${t.signupThanks(this.#done.participants)}</p>`
        : left === 0
          ? html`<p class="notice">${t.full}</p>`
          : html`<form novalidate @submit=${(e: SubmitEvent) => this.#submit(e)} aria-labelledby="participation-heading">
              ${this.summary()} ${this.#input('name', t.nameLabel, 'text', 'name')} ${this.#input('email', t.emailLabel, 'email', 'email')}
              ${this.#input('participants', t.participantsLabel, 'number', 'off')}
              <div class="field">
                <div class="choice">
                  <input
                    id="signup-consent"
                    type="checkbox"
                    .checked=${this.#values.consent}
                    aria-invalid=${this.errors.has('consent') ? 'true' : 'false'}
                    aria-describedby=${this.errors.has('consent') ? 'signup-consent-error' : nothing}
                    @change=${(e: Event) => this.#set('consent', (e.target as HTMLInputElement).checked)}
                  />
                  <label for="signup-consent">${t.signupConsent}</label>
                </div>
                ${this.error('signup-consent', 'consent')}
              </div>
              <button part="button" class="button" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${t.signupSubmit}</button>
            </form>`}
    </section>`;
  }

  #set<K extends keyof Values>(key: K, value: Values[K]): void {
    this.#values = { ...this.#values, [key]: value };
    this.host.requestUpdate();
  }

  #input(field: 'name' | 'email' | 'participants', label: string, type: string, autocomplete: string): TemplateResult {
    const id = `signup-${field}`;
    const invalid = this.errors.has(field);
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type=${type}
        autocomplete=${autocomplete}
        min=${type === 'number' ? '1' : nothing}
        max=${type === 'number' ? '10' : nothing}
        .value=${this.#values[field]}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${id}-error` : nothing}
        @input=${(e: Event) => this.#set(field, (e.target as HTMLInputElement).value)}
      />
      ${this.error(id, field)}
    </div>`;
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { name, email, participants, consent } = this.#values;
    const body = { name, email: email.trim(), participants: Number(participants), consent };
    const id = this.host.projectId;
    const done = await this.submit<SignupResult>(`/projects/${encodeURIComponent(id)}/signups`, SignupInputSchema, body, fields, (f) => `#signup-${f}`);
    if (!done) return;
    this.#done = done;
    this.host.requestUpdate();
    this.host.dispatchEvent(new SignedUpEvent(id, body.participants));
    await this.focus('#signup-done');
  }
}
