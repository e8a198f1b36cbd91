import type { ClientProblemCode } from '../api-problem.js';
import { fi } from './fi.js';

/**
 * The Finnish problem sentences, of which only the common ones are bundled: the feature widgets'
 * ones (fi-feature-problems.ts, see `FeatureProblemCode`) load the first time one is needed. Swedish
 * and English dictionaries load whole, so they need nothing from here.
 */
let featureProblems: Partial<Record<ClientProblemCode, string>> | undefined;
let loading: Promise<void> | undefined;

/** The Finnish sentence of `code` if it is bundled or has loaded, else `undefined`. */
export function finnishProblem(code: ClientProblemCode): string | undefined {
  return fi.problems[code] ?? featureProblems?.[code];
}

/** Whether every Finnish problem sentence is here (a code still without one is unknown). */
export function finnishProblemsComplete(): boolean {
  return featureProblems !== undefined;
}

/**
 * Resolves once the Finnish sentence of `code` is here, loading the feature sentences if needed.
 * Never rejects (offline, say): the caller then shows a general sentence.
 */
export function problemSentenceReady(code: ClientProblemCode): Promise<void> {
  if (finnishProblem(code) !== undefined || featureProblems) return Promise.resolve();
  loading ??= import('./fi-feature-problems.js').then(
    (m) => {
      featureProblems = m.fiFeatureProblems;
    },
    (error: unknown) => {
      loading = undefined; // a later problem may try again
      console.error('osallistu: could not load the Finnish problem sentences', error);
    },
  );
  return loading;
}
