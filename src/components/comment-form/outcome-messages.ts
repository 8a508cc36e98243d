import { byteBudget, type LimitedField } from './byte-limits.js';
import type { CommentFormTexts } from './comment-form.texts.js';
import type { CommentRefused } from './submitter.js';
import { phpTrim, type FieldName, type FieldProblem } from './validation.js';
import { placeError } from './wp-errors.js';

/**
 * What the reader is told about an attempt: the message for each field the form refused, the
 * field and message for an error the site (or the way to it) answered, and the status line after
 * success. Pure functions of the outcome, the texts and what the reader typed.
 */

/** The kind of message the status line shows (its class, and the error/success states). */
export type StatusKind = 'idle' | 'error' | 'approved' | 'hold' | 'unconfirmed';

/** An error as the reader sees it: the field it is shown next to (none: the summary only) and its text. */
export interface ShownError {
  field: FieldName | undefined;
  message: string;
}

/** The message for a field the form refused before sending. */
export function problemMessage(problem: FieldProblem, t: CommentFormTexts): string {
  if (problem.reason === 'too-long') return t.errTooLong(problem.over);
  if (problem.reason === 'email') return t.errEmailInvalid;
  if (problem.reason === 'url') return t.errUrlInvalid;
  const required: Record<FieldName, string> = {
    comment: t.errCommentRequired,
    author: t.errNameRequired,
    email: t.errEmailRequired,
    url: t.errUrlInvalid,
    terms: t.errTermsRequired,
  };
  return required[problem.field];
}

/** Where and how a refused comment is reported, given what the reader typed (`values`). */
export function refusalMessage(
  outcome: CommentRefused,
  t: CommentFormTexts,
  values: Readonly<Record<LimitedField, string>>,
): ShownError {
  const placement = placeError(outcome.code, outcome.params);
  const field = placement.field;
  if (placement.key === 'errNameRequired') {
    // WordPress reports "name and e-mail required" as one error: point at the empty one.
    return phpTrim(values.author) === ''
      ? { field: 'author', message: t.errNameRequired }
      : { field: 'email', message: t.errEmailRequired };
  }
  if (placement.key === 'errTooLong') {
    const limited = (field ?? 'comment') as LimitedField;
    return { field, message: t.errTooLong(Math.max(1, -byteBudget(limited, phpTrim(values[limited])).left)) };
  }
  return { field, message: placement.useServerMessage && outcome.message ? outcome.message : t[placement.key] };
}

/** The status line after the site accepted a comment; `confirmed: false`: delivered, but the answer was unreadable. */
export function acceptedStatus(
  status: 'approved' | 'hold',
  confirmed: boolean,
  t: CommentFormTexts,
): [StatusKind, string] {
  if (!confirmed) return ['unconfirmed', t.sentUnconfirmed];
  return status === 'hold' ? ['hold', t.held] : ['approved', t.posted];
}
