import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { ApiController } from './api-controller.js';
import { ApiClient } from './api-client.js';
import { getDefaults, setDefaults, defaultsKey } from './defaults.js';
import { define as defineConfig } from './config/define.js';
import type { OsallistuConfigElement } from './config/config-element.js';

defineConfig();

class ApiProbe extends LitElement {
  @property() api?: string;
  @property() tenant?: string;
  @property({ attribute: false }) client?: ApiClient;
  readonly connection = new ApiController(this);
}
customElements.define('api-probe', ApiProbe);

describe('ApiController', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[defaultsKey];
  });

  it('prefers the element’s own attributes', async () => {
    setDefaults({ api: 'https://defaults.example.fi', tenant: 'joensuu' });
    const el = await fixture<ApiProbe>(html`<osallistu-config api="https://config.example.fi" tenant="kuopio">
      <api-probe api="https://own.example.fi" tenant="oulu"></api-probe>
    </osallistu-config>`);
    const probe = el.querySelector<ApiProbe>('api-probe')!;
    expect(probe.connection.api).to.equal('https://own.example.fi');
    expect(probe.connection.tenant).to.equal('oulu');
    expect(probe.connection.client.url('/areas')).to.equal('https://own.example.fi/v1/oulu/areas');
  });

  it('then the nearest <osallistu-config>, following its changes', async () => {
    setDefaults({ api: 'https://defaults.example.fi', tenant: 'joensuu' });
    const config = await fixture<OsallistuConfigElement>(html`<osallistu-config api="https://config.example.fi" tenant="kuopio">
      <api-probe></api-probe>
    </osallistu-config>`);
    const probe = config.querySelector<ApiProbe>('api-probe')!;
    expect(probe.connection.api).to.equal('https://config.example.fi');
    expect(probe.connection.tenant).to.equal('kuopio');
    const before = probe.connection.client;
    expect(probe.connection.client, 'the client is memoised').to.equal(before);
    config.tenant = 'siilinjarvi';
    await config.updateComplete;
    expect(probe.connection.tenant).to.equal('siilinjarvi');
    expect(probe.connection.client).not.to.equal(before);
  });

  it('then the loader’s page defaults, then the page origin', async () => {
    setDefaults({ api: 'https://defaults.example.fi', tenant: 'joensuu' });
    const probe = await fixture<ApiProbe>(html`<api-probe></api-probe>`);
    expect(probe.connection.api).to.equal('https://defaults.example.fi');
    expect(probe.connection.tenant).to.equal('joensuu');
    delete (globalThis as Record<symbol, unknown>)[defaultsKey];
    expect(getDefaults()).to.deep.equal({});
    expect(probe.connection.api).to.equal(location.origin);
  });

  it('<osallistu-config lang> sets the lang attribute, never an empty one', async () => {
    const config = await fixture<OsallistuConfigElement>(html`<osallistu-config tenant="kuopio"></osallistu-config>`);
    expect(config.hasAttribute('lang')).to.equal(false);
    config.lang = 'sv';
    await config.updateComplete;
    expect(config.getAttribute('lang')).to.equal('sv');
  });

  it('uses an injected client as is', async () => {
    const client = new ApiClient({ api: 'https://injected.example.fi', tenant: 'kuopio', fetch: () => Promise.reject(new Error('unused')) });
    const probe = await fixture<ApiProbe>(html`<api-probe api="https://own.example.fi" .client=${client}></api-probe>`);
    expect(probe.connection.client).to.equal(client);
    expect(probe.connection.tenant).to.equal('kuopio');
  });
});
