import { createContext } from '@lit/context';

/** What `<osallistu-config>` provides to the widgets inside it. */
export interface OsallistuConfig {
  api?: string | undefined;
  tenant?: string | undefined;
  lang?: string | undefined;
}

/**
 * The context key of `<osallistu-config>`. A registered symbol, so widgets bundled with another
 * copy of core still find the provider.
 */
export const configContext = createContext<OsallistuConfig>(Symbol.for('osallistu.config'));
