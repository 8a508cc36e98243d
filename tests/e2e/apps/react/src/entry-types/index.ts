// Compiled alone (no other import, no `types`): the index's types must name every tag and event,
// though it defines nothing.
import { VERSION } from 'sabba-widgets';

const form = document.querySelector('sabba-comment-form');
form?.addEventListener('sabba-comment-error', (event) => {
  const code: string = event.detail.code;
  console.info(VERSION, code, form.postId);
});
console.info(document.querySelector('sabba-ad-slot')?.sizeMap, document.querySelector('sabba-back-to-top')?.threshold);
