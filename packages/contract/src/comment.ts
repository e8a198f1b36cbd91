import * as v from 'valibot';
import { limits } from './limits.js';
import { boundedText } from './text.js';

export const CommentInputSchema = v.strictObject({
  body: boundedText(limits.commentBody.min, limits.commentBody.max),
  authorName: v.optional(boundedText(0, limits.authorName.max)),
});
export type CommentInput = v.InferInput<typeof CommentInputSchema>;

export const commentStatuses = ['pending', 'published', 'rejected'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export interface Comment {
  id: string;
  ideaId: string;
  body: string;
  authorName: string | null;
  status: CommentStatus;
  createdAt: string;
}
