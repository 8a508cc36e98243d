import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type {
  SabbaAdblockDismissEvent,
  SabbaAdblockResultEvent,
} from '../components/adblock-notice/adblock-notice.events.js';
import { SabbaAdblockNotice as SabbaAdblockNoticeElement } from '../components/adblock-notice/adblock-notice.js';
import '../components/adblock-notice/adblock-notice.define.js';

/**
 * `<sabba-adblock-notice>` as a React component: props named like properties (`mode`,
 * `rememberDays`) are set on the element, `onSabbaAdblockResult` and `onSabbaAdblockDismiss`
 * receive the typed events. Importing it defines the element.
 */
export const SabbaAdblockNotice = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'sabba-adblock-notice',
  elementClass: SabbaAdblockNoticeElement,
  events: {
    onSabbaAdblockResult: 'sabba-adblock-result' as EventName<SabbaAdblockResultEvent>,
    onSabbaAdblockDismiss: 'sabba-adblock-dismiss' as EventName<SabbaAdblockDismissEvent>,
  },
});
