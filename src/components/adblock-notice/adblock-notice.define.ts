import { defineElement } from '../../internal/define-element.js';
import { SabbaAdblockNotice } from './adblock-notice.js';

defineElement('sabba-adblock-notice', SabbaAdblockNotice);

declare global {
  interface HTMLElementTagNameMap {
    'sabba-adblock-notice': SabbaAdblockNotice;
  }
}
