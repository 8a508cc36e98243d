import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { SabbaBackToTopEvent } from '../components/back-to-top/back-to-top.events.js';
import { SabbaBackToTop as SabbaBackToTopElement } from '../components/back-to-top/back-to-top.js';
import '../components/back-to-top/back-to-top.define.js';

/**
 * `<sabba-back-to-top>` as a React component: props named like properties (`threshold`,
 * `progress`) are set on the element, `onSabbaBackToTop` receives the typed event. Importing it
 * defines the element.
 */
export const SabbaBackToTop = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'sabba-back-to-top',
  elementClass: SabbaBackToTopElement,
  events: {
    onSabbaBackToTop: 'sabba-back-to-top' as EventName<SabbaBackToTopEvent>,
  },
});
