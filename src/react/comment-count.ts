import { createComponent } from '@lit/react';
import * as React from 'react';
import { SabbaCommentCount as SabbaCommentCountElement } from '../components/comment-count/comment-count.js';
import '../components/comment-count/comment-count.define.js';

/** `<sabba-comment-count>` as a React component (`siteUrl`, `postId`, `href`). Importing it defines the element. */
export const SabbaCommentCount = /* @__PURE__ */ createComponent({
  react: React,
  tagName: 'sabba-comment-count',
  elementClass: SabbaCommentCountElement,
});
