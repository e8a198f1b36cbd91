import * as v from 'valibot';
import { textLength } from './text-length.js';

export { textLength } from './text-length.js';

/**
 * A trimmed string of `min`..`max` code points. Control characters other than newline and tab are
 * refused: they are never part of honest text and break CSV exports and terminals.
 */
export function boundedText(min: number, max: number) {
  return v.pipe(
    v.string(),
    v.trim(),
    v.check((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'control-characters'),
    v.check((s) => textLength(s) >= min, `too-short:${min}`),
    v.check((s) => textLength(s) <= max, `too-long:${max}`),
  );
}
