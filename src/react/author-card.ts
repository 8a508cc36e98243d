import { createComponent } from '@lit/react';
import * as React from 'react';
import { SabbaAuthorCard as SabbaAuthorCardElement } from '../components/author-card/author-card.js';
import '../components/author-card/author-card.define.js';

/**
 * `<sabba-author-card>` as a React component: props named like properties (`name`, `jobTitle`,
 * `strings`) are set on the element. It fires no events. Importing it defines the element.
 */
export const SabbaAuthorCard = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'sabba-author-card',
  elementClass: SabbaAuthorCardElement,
});
