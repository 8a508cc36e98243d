// Compiled alone (no other import, no `types`): the autoloader's types alone must name every tag
// and event, as a page that only imports `sabba-widgets/loader.js` gets them.
import 'sabba-widgets/loader.js';

const form = document.querySelector('sabba-comment-form');
form?.addEventListener('sabba-comment-success', (event) => {
  const id: number | null = event.detail.id;
  console.info(id, form.postId);
});
const slot = document.querySelector('sabba-ad-slot');
console.info(
  slot?.sizeMap,
  document.querySelector('sabba-author-card')?.jobTitle,
  document.querySelector('sabba-back-to-top')?.threshold,
);
console.info(document.querySelector('sabba-adblock-notice')?.rememberDays);
