import { defineElement } from '../../internal/define-element.js';
import { SabbaComments } from './comments.js';

defineElement('sabba-comments', SabbaComments);

declare global {
  interface HTMLElementTagNameMap {
    'sabba-comments': SabbaComments;
  }
}
