import type { FieldErrorCode, Language } from '@osallistu/contract';
import type { ClientProblemCode } from '../api-problem.js';

/**
 * Strings every widget shares. Each widget package adds its own interface; the
 * `LocalizeController` merges both. Strings that depend on a number are functions.
 */
export interface Translation {
  /** The language of this dictionary. */
  lang: Language;
  loading: string;
  retry: string;
  errorHeading: string;
  /** Shown after an optional field's label, e.g. "(valinnainen)". */
  optional: string;
  loadMore: string;
  charactersLeft: (n: number) => string;
  charactersOver: (n: number) => string;
  /** Translations of every API problem code (and `network`). */
  problems: Record<ClientProblemCode, string>;
  /** Translations of every field error code; `limit` is the broken limit when there is one. */
  fieldErrors: Record<FieldErrorCode, (limit?: number) => string>;
}
