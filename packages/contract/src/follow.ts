import * as v from 'valibot';
import { limits } from './limits.js';
import { languages } from './localized-text.js';

/** What a resident may follow by email. */
export const followTargets = ['project', 'idea'] as const;
export type FollowTarget = (typeof followTargets)[number];

/**
 * A resident asks to be told by email when a project or an idea changes status. Double opt-in:
 * the API sends a confirmation link first; every message carries a one-click unsubscribe link.
 * The address is deleted when the resident unsubscribes, when an unconfirmed request is a week
 * old, and when what they follow reaches its end (project completed or cancelled).
 */
export const FollowInputSchema = v.strictObject({
  target: v.picklist(followTargets),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'invalid-value')),
  email: v.pipe(v.string(), v.trim(), v.maxLength(limits.email.max), v.email('invalid-email')),
  lang: v.optional(v.picklist(languages)),
});
export type FollowInput = v.InferInput<typeof FollowInputSchema>;

/** `POST /follows` answers the same whether or not the address already follows (no probing). */
export interface FollowRequested {
  status: 'confirmation-sent';
}
