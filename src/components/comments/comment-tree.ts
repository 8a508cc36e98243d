/**
 * WordPress's threading (`Walker_Comment`), as pure functions: replies nest under their parent up
 * to `max-depth`; a reply deeper than that is shown after its parent at the deepest allowed level,
 * as WordPress does when the depth setting is lowered; replies are always oldest first, whatever
 * the order of the top-level threads.
 */

/** One comment as the thread renders it. */
export interface ThreadComment {
  /** The comment's ID. */
  readonly id: number;
  /** The ID of the comment it answers; 0 for a top-level comment. */
  readonly parent: number;
  /** The author's display name. */
  readonly authorName: string;
  /** The author's website as WordPress stored it (checked before it becomes a link). */
  readonly authorUrl: string;
  /** Site-local date and time, `YYYY-MM-DDTHH:MM:SS` (what the site shows). */
  readonly date: string;
  /** The same moment in UTC, for `<time datetime>`. */
  readonly dateGmt: string;
  /** `content.rendered`: untrusted HTML. */
  readonly html: string;
  /** `true` for the reader's own comment that waits for moderation (shown only to them). */
  readonly held?: boolean;
}

/** A comment with the replies shown inside its list item. */
export interface ThreadNode {
  /** The comment. */
  readonly comment: ThreadComment;
  /** Its replies, in the order they are shown. */
  readonly replies: ThreadNode[];
}

/** WordPress's default thread depth (Settings → Discussion). */
export const DEFAULT_MAX_DEPTH = 5;

const byDate = (a: ThreadComment, b: ThreadComment): number =>
  a.dateGmt < b.dateGmt ? -1 : a.dateGmt > b.dateGmt ? 1 : a.id - b.id;

/**
 * Builds the shown tree. `roots` are the top-level comments in their shown order; `replies` are
 * every reply fetched for them, in any order. A reply whose parent is not among them (on another
 * page, or not approved) is left out, as WordPress leaves it out.
 */
export function buildThread(
  roots: readonly ThreadComment[],
  replies: readonly ThreadComment[],
  maxDepth: number,
): ThreadNode[] {
  const children = new Map<number, ThreadComment[]>();
  for (const reply of [...replies].sort(byDate)) {
    const list = children.get(reply.parent);
    if (list) list.push(reply);
    else children.set(reply.parent, [reply]);
  }
  const seen = new Set<number>();
  /** The node of `comment` at `depth` (1 = top level) and, into `siblings`, what overflows. */
  const build = (comment: ThreadComment, depth: number, siblings: ThreadNode[]): void => {
    if (seen.has(comment.id)) return; // a loop in broken data is shown once
    seen.add(comment.id);
    const node: ThreadNode = { comment, replies: [] };
    siblings.push(node);
    for (const child of children.get(comment.id) ?? []) {
      // At the deepest level, replies continue as siblings in the same list.
      build(child, depth + 1, depth < maxDepth ? node.replies : siblings);
    }
  };
  const tree: ThreadNode[] = [];
  for (const root of roots) build(root, 1, tree);
  return tree;
}

/** How many comments a tree shows. */
export function countShown(nodes: readonly ThreadNode[]): number {
  let count = 0;
  const stack = [...nodes];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    count++;
    stack.push(...node.replies);
  }
  return count;
}
