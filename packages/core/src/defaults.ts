/**
 * Page-wide defaults for every widget, published by the loader (`osallistu.js`) from its own
 * `<script data-api data-tenant>`. Kept on `globalThis` under a registered symbol so that two
 * copies of this module (a page that bundles its own core) still share one value.
 * No Lit here: the loader imports this file.
 */
export interface OsallistuDefaults {
  /** Base URL of the API, e.g. `https://osallistu.example.fi`. */
  api?: string;
  /** Tenant (municipality) id, e.g. `kuopio`. */
  tenant?: string;
  /** Language when neither the element nor the page says. */
  lang?: string;
}

export const defaultsKey: unique symbol = Symbol.for('osallistu.defaults') as never;

type DefaultsHolder = { [defaultsKey]?: OsallistuDefaults };

/** The defaults the loader published, or an empty object. */
export function getDefaults(): OsallistuDefaults {
  return (globalThis as DefaultsHolder)[defaultsKey] ?? {};
}

/** Publishes defaults, merged over what was there. */
export function setDefaults(defaults: OsallistuDefaults): void {
  (globalThis as DefaultsHolder)[defaultsKey] = { ...getDefaults(), ...defaults };
}
