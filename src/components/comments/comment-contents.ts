import { sanitizeCommentHtml, sanitizeCommentNodes } from './comment-html.js';
import type { ThreadComment } from './comment-tree.js';

/**
 * Each comment's sanitized text, built once: re-renders reuse the node (and the reader's text
 * selection in it). A comment read from the server's list is copied from its nodes, any other
 * from the REST API's HTML; both through the same allow-list.
 */
export class CommentContents {
  private readonly nodes = new Map<number, HTMLElement>();
  private readonly doc: Document;
  private readonly server: (id: number) => Element | undefined;

  constructor(doc: Document, server: (id: number) => Element | undefined) {
    this.doc = doc;
    this.server = server;
  }

  /** The `part="content"` node of `comment`. */
  of(comment: ThreadComment): HTMLElement {
    let node = this.nodes.get(comment.id);
    if (!node) {
      node = this.doc.createElement('div');
      node.setAttribute('part', 'content');
      node.className = 'content';
      const server = comment.html === '' ? this.server(comment.id) : undefined;
      node.append(server ? sanitizeCommentNodes(server, this.doc) : sanitizeCommentHtml(comment.html, this.doc));
      this.nodes.set(comment.id, node);
    }
    return node;
  }

  /** Forgets every built node (a new first page). */
  clear(): void {
    this.nodes.clear();
  }
}
