import { defineElement } from '../../internal/define-element.js';
import { SabbaCommentCount } from './comment-count.js';

defineElement('sabba-comment-count', SabbaCommentCount);

declare global {
  interface HTMLElementTagNameMap {
    'sabba-comment-count': SabbaCommentCount;
  }
}
