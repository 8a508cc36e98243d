import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type {
  SabbaCommentReplyEvent,
  SabbaCommentsErrorEvent,
  SabbaCommentsLoadEvent,
} from '../components/comments/comments.events.js';
import { SabbaComments as SabbaCommentsElement } from '../components/comments/comments.js';
import '../components/comments/comments.define.js';

/**
 * `<sabba-comments>` as a React component: props named like properties (`siteUrl`, `postId`,
 * `maxDepth`) are set on the element; `onSabbaCommentsLoad`, `onSabbaCommentsError` and
 * `onSabbaCommentReply` receive the typed events. Importing it defines the element.
 */
export const SabbaComments = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'sabba-comments',
  elementClass: SabbaCommentsElement,
  events: {
    onSabbaCommentsLoad: 'sabba-comments-load' as EventName<SabbaCommentsLoadEvent>,
    onSabbaCommentsError: 'sabba-comments-error' as EventName<SabbaCommentsErrorEvent>,
    onSabbaCommentReply: 'sabba-comment-reply' as EventName<SabbaCommentReplyEvent>,
  },
});
