import { defineElement } from '../../internal/define-element.js';
import { SabbaCommentForm } from './comment-form.js';

defineElement('sabba-comment-form', SabbaCommentForm);

declare global {
  interface HTMLElementTagNameMap {
    'sabba-comment-form': SabbaCommentForm;
  }
}
