import type * as v from 'valibot';
import { fieldErrorCodes, type FieldError, type FieldErrorCode } from './problem.js';

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.');
}

/**
 * Turns valibot issues into field errors with stable codes. Checks made with `boundedText` carry
 * their code in the message (`too-long:120`); built-in valibot actions map by their type.
 */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    let path = issuePath(issue);
    let code: FieldErrorCode = 'invalid-value';
    let limit: number | undefined;
    const [tag, arg] = issue.message.split(':');
    if ((fieldErrorCodes as readonly string[]).includes(tag ?? '')) {
      code = tag as FieldErrorCode;
      if (arg !== undefined) limit = Number(arg);
    } else if (issue.type === 'strict_object' && issue.kind === 'schema' && issue.input !== undefined && issue.expected === 'never') {
      code = 'unknown-field';
    } else if (issue.received === 'undefined') {
      code = 'required';
    } else if (issue.type === 'email') {
      code = 'invalid-email';
    } else if (issue.type === 'min_length' || issue.type === 'min_value') {
      code = issue.type === 'min_length' ? 'too-short' : 'out-of-range';
      limit = Number(issue.requirement);
    } else if (issue.type === 'max_length' || issue.type === 'max_value') {
      code = issue.type === 'max_length' ? 'too-long' : 'out-of-range';
      limit = Number(issue.requirement);
    } else if (issue.kind === 'schema' && issue.type !== 'picklist' && issue.type !== 'literal' && issue.type !== 'variant') {
      code = 'invalid-type';
    }
    if (code === 'unknown-field' && !path) path = String(issue.input);
    errors.push(limit === undefined ? { path, code } : { path, code, limit });
  }
  // One message per field is enough for a person; keep the first.
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.path) ? false : (seen.add(e.path), true)));
}
