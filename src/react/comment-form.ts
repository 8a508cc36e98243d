import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type {
  SabbaCommentErrorEvent,
  SabbaCommentReplyCancelEvent,
  SabbaCommentSubmitEvent,
  SabbaCommentSuccessEvent,
} from '../components/comment-form/comment-form.events.js';
import { SabbaCommentForm as SabbaCommentFormElement } from '../components/comment-form/comment-form.js';
import '../components/comment-form/comment-form.define.js';

/**
 * `<sabba-comment-form>` as a React component: every prop named like a property (`submitter`,
 * `postId`, `strings`) is set on the element, even before its definition runs, and
 * `onSabbaCommentSuccess` etc. receive the typed events. Importing it defines the element.
 */
export const SabbaCommentForm = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'sabba-comment-form',
  elementClass: SabbaCommentFormElement,
  events: {
    onSabbaCommentSubmit: 'sabba-comment-submit' as EventName<SabbaCommentSubmitEvent>,
    onSabbaCommentSuccess: 'sabba-comment-success' as EventName<SabbaCommentSuccessEvent>,
    onSabbaCommentError: 'sabba-comment-error' as EventName<SabbaCommentErrorEvent>,
    onSabbaCommentReplyCancel: 'sabba-comment-reply-cancel' as EventName<SabbaCommentReplyCancelEvent>,
  },
});
