/**
 * The loader: `<script type="module" src="https://API/elements/osallistu.js" data-tenant="kuopio">`.
 * Publishes page defaults from its own script tag (`data-api`, default: the origin it was loaded
 * from; `data-tenant`; `data-lang`) and defines each Osallistu tag when it first appears.
 * Keep it tiny: no Lit here, only the lazy loader, the defaults and the widget list.
 */
import { lazyDefine, type LazyRegistry } from '@osallistu/core/lazy-loader.js';
import { getDefaults, setDefaults } from '@osallistu/core/defaults.js';
import { widgets } from './widgets.js';

const withoutQuery = (url: string) => url.split(/[?#]/)[0];

/** This module's own `<script>`, found by its resolved `src`. */
function ownScript(): HTMLScriptElement | undefined {
  const self = withoutQuery(import.meta.url);
  return [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => withoutQuery(s.src) === self);
}

const data = ownScript()?.dataset ?? {};
const current = getDefaults();
setDefaults({
  api: data['api'] || current.api || new URL('/', import.meta.url).origin,
  tenant: data['tenant'] || current.tenant,
  lang: data['lang'] || current.lang,
});

const registry: LazyRegistry = {
  'osallistu-config': () => import('@osallistu/core/config/define.js').then((m) => m.define()),
};
for (const widget of widgets) registry[widget.tag] = widget.load;

lazyDefine(registry);
