import { defineElement } from '../../internal/define-element.js';
import { SabbaBackToTop } from './back-to-top.js';

defineElement('sabba-back-to-top', SabbaBackToTop);

declare global {
  interface HTMLElementTagNameMap {
    'sabba-back-to-top': SabbaBackToTop;
  }
}
