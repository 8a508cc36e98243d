import { defineElement } from '../../internal/define-element.js';
import { SabbaAdSlot } from './ad-slot.js';

defineElement('sabba-ad-slot', SabbaAdSlot);

declare global {
  interface HTMLElementTagNameMap {
    'sabba-ad-slot': SabbaAdSlot;
  }
}
