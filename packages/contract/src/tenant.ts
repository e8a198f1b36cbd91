import type { Language } from './localized-text.js';

/** What `GET /v1/{tenant}` returns. */
export interface Tenant {
  id: string;
  name: string;
  languages: Language[];
}
