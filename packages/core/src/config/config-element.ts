import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { configContext } from '../context.js';

/**
 * Sets the API, tenant and language for every Osallistu widget inside it.
 *
 * @summary Shared settings for the widgets it wraps.
 * @slot - The widgets (and any other content).
 *
 * @example
 * <osallistu-config api="https://osallistu.example.fi" tenant="kuopio" lang="sv">
 *   <osallistu-ideas process="pb-2027"></osallistu-ideas>
 * </osallistu-config>
 */
export class OsallistuConfigElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the API. */
  @property({ reflect: true }) api?: string;

  /** Tenant (municipality) id. */
  @property({ reflect: true }) tenant?: string;

  /**
   * Language of the widgets inside (`fi`, `sv`, `en`). Kept as the `lang` attribute, so the
   * widgets (and screen readers) inherit it as usual; never written as an empty `lang=""`.
   */
  @property() override lang = '';

  readonly #provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(): void {
    if (this.lang && this.getAttribute('lang') !== this.lang) this.setAttribute('lang', this.lang);
    this.#provider.setValue({ api: this.api, tenant: this.tenant, lang: this.lang || undefined });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'osallistu-config': OsallistuConfigElement;
  }
}
