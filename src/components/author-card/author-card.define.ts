import { defineElement } from '../../internal/define-element.js';
import { SabbaAuthorCard } from './author-card.js';

defineElement('sabba-author-card', SabbaAuthorCard);

declare global {
  interface HTMLElementTagNameMap {
    'sabba-author-card': SabbaAuthorCard;
  }
}
