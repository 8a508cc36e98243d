/**
 * WordPress stores a comment in MySQL columns of fixed byte size and refuses anything longer
 * (`wp_check_comment_data_max_lengths()`, counted with `mb_strlen($s, '8bit')`, i.e. UTF-8 bytes).
 * A character limit would let an emoji-heavy comment through the form and fail on the server, so
 * the form counts exactly what WordPress counts.
 */

/** The fields WordPress limits, by the names of its form controls. */
export type LimitedField = 'comment' | 'author' | 'email' | 'url';

/** Byte limits of a default WordPress schema: tinytext/text columns minus WordPress's 10-byte margin. */
export const MAX_BYTES: Readonly<Record<LimitedField, number>> = {
  author: 245,
  email: 100,
  url: 200,
  comment: 65525,
};

/** Share of the limit from which the live counter is shown (the reader needs no counter earlier). */
export const COUNTER_FROM = 0.8;

let encoder: TextEncoder | undefined;

/** Length of `text` in UTF-8 bytes, as PHP's `strlen()` counts it. Lone surrogates count 3 (U+FFFD). */
export function byteLength(text: string): number {
  encoder ??= new TextEncoder();
  return encoder.encode(text).length;
}

/** How a value stands against its field's limit. */
export interface ByteBudget {
  /** Bytes used. */
  used: number;
  /** The field's limit. */
  max: number;
  /** Bytes left; negative when over the limit. */
  left: number;
  /** Whether the value no longer fits. */
  over: boolean;
  /** Whether a counter should be shown (near or over the limit). */
  near: boolean;
}

/** Measures `text` against the limit of `field`. */
export function byteBudget(field: LimitedField, text: string): ByteBudget {
  const max = MAX_BYTES[field];
  const used = byteLength(text);
  return { used, max, left: max - used, over: used > max, near: used >= max * COUNTER_FROM };
}
