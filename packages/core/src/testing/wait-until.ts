import { waitUntil as owcWaitUntil } from '@open-wc/testing';

/**
 * `waitUntil` with a timeout for busy machines (open-wc's default is 1 s, too short when the dev
 * server compiles a lazily imported chunk on a loaded 2-core CI box). Polls; never a fixed sleep.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return owcWaitUntil(predicate, message, { interval: 20, timeout: 20000, ...options });
}
