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
  /**
   * Sentences of the API problem codes (and `network`). Partial: the Finnish sentences of the
   * feature problems load on first need; show a problem with `LocalizeController.problem(error)`.
   */
  problems: Partial<Record<ClientProblemCode, string>>;
  /** Translations of every field error code; `limit` is the broken limit when there is one. */
  fieldErrors: Record<FieldErrorCode, (limit?: number) => string>;
}

/**
 * Problem codes only the feature widgets meet (participatory budgeting, progress, surveys). Their
 * Finnish sentences are not bundled with every widget but loaded on first need (problem-sentences.ts);
 * a new code of a feature belongs here, a code any widget may meet (HTTP, ideas) does not.
 */
export type FeatureProblemCode =
  // participatory budgeting (issue 3)
  | 'budget-not-found'
  | 'voting-closed'
  | 'ballot-rejected'
  | 'voter-token-invalid'
  | 'voter-token-wrong-process'
  | 'code-invalid'
  | 'code-expired'
  | 'code-locked'
  | 'not-eligible'
  | 'results-not-available'
  // progress (issue 6)
  | 'project-not-found'
  | 'signup-full'
  | 'signup-closed'
  | 'already-evaluated'
  | 'evaluation-closed'
  // surveys (issue 5)
  | 'survey-not-found'
  | 'survey-closed'
  | 'already-answered'
  | 'version-outdated'
  | 'survey-verification-required'
  | 'survey-token-wrong-survey'
  // mail that could not be sent (follows, voting and survey codes)
  | 'mail-unavailable';

/** The bundled Finnish dictionary: every string but the feature problems' sentences. */
export type CommonTranslation = Translation & { problems: Record<Exclude<ClientProblemCode, FeatureProblemCode>, string> };

/** A dictionary loaded whole on first use (Swedish, English): every problem's sentence. */
export type CompleteTranslation = Translation & { problems: Record<ClientProblemCode, string> };
