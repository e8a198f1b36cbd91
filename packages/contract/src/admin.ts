import * as v from 'valibot';
import { limits } from './limits.js';
import { ideaStatuses, type Idea } from './idea.js';
import { commentStatuses, type Comment } from './comment.js';
import { Slug } from './process.js';

const QueryInt = (min: number, max: number) =>
  v.pipe(v.string(), v.regex(/^\d{1,4}$/, 'invalid-type'), v.transform(Number), v.minValue(min), v.maxValue(max));

/** Query string of `GET /admin/ideas`: every status, newest first, cursor-paginated. */
export const AdminIdeaListQuerySchema = v.strictObject({
  status: v.optional(v.picklist(ideaStatuses)),
  process: v.optional(Slug),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(QueryInt(1, limits.pageSize.max)),
});
export type AdminIdeaListQuery = v.InferOutput<typeof AdminIdeaListQuerySchema>;

/** Query string of `GET /admin/comments`: oldest first (a moderation queue). */
export const AdminCommentListQuerySchema = v.strictObject({
  status: v.optional(v.picklist(commentStatuses), 'pending'),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(QueryInt(1, limits.pageSize.max)),
});
export type AdminCommentListQuery = v.InferOutput<typeof AdminCommentListQuerySchema>;

/** Query string of the public comment list (oldest first). */
export const CommentListQuerySchema = v.strictObject({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(QueryInt(1, limits.pageSize.max)),
});
export type CommentListQuery = v.InferOutput<typeof CommentListQuerySchema>;

/** An idea as staff see it: also pending ones, and whether the author left an email (never the email). */
export interface AdminIdea extends Idea {
  hasEmail: boolean;
}

/** A comment as staff see it, with the idea it belongs to and the rejection reason. */
export interface AdminComment extends Comment {
  ideaTitle: string;
  rejectionReason: string | null;
}
