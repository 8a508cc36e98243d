import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type {
  SabbaAdAuctionEvent,
  SabbaAdConsentEvent,
  SabbaAdErrorEvent,
  SabbaAdRenderEvent,
  SabbaAdRequestEvent,
  SabbaAdViewableEvent,
} from '../components/ad-slot/ad-slot.events.js';
import { SabbaAdSlot as SabbaAdSlotElement } from '../components/ad-slot/ad-slot.js';
import '../components/ad-slot/ad-slot.define.js';

/**
 * `<sabba-ad-slot>` as a React component: props named like properties (`provider`, `src`,
 * `sizeMap`) are set on the element, `onSabbaAdRender` etc. receive the typed events. Importing it
 * defines the element.
 */
export const SabbaAdSlot = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'sabba-ad-slot',
  elementClass: SabbaAdSlotElement,
  events: {
    onSabbaAdAuction: 'sabba-ad-auction' as EventName<SabbaAdAuctionEvent>,
    onSabbaAdConsent: 'sabba-ad-consent' as EventName<SabbaAdConsentEvent>,
    onSabbaAdRequest: 'sabba-ad-request' as EventName<SabbaAdRequestEvent>,
    onSabbaAdRender: 'sabba-ad-render' as EventName<SabbaAdRenderEvent>,
    onSabbaAdViewable: 'sabba-ad-viewable' as EventName<SabbaAdViewableEvent>,
    onSabbaAdError: 'sabba-ad-error' as EventName<SabbaAdErrorEvent>,
  },
});
