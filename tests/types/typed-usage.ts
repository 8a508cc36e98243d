/**
 * Compile-time checks of what TypeScript users get (`tsc -p tests/tsconfig.json`, part of
 * `npm run typecheck`); nothing here runs. Each `@ts-expect-error` line must fail to compile, so
 * if the types got looser, tsc reports the directive as unused.
 */
import type { SabbaCommentForm, SabbaCommentSuccessDetail, SabbaCommentSuccessEvent } from '../../src/index.js';
import '../../src/sabba.js';

export function typedUsage(): void {
  // The tag name gives the class, not a plain HTMLElement.
  const form = document.querySelector('sabba-comment-form');
  const typed: SabbaCommentForm | null = form;
  if (typed === null) return;
  typed.postId = '12';
  // @ts-expect-error postId mirrors an attribute and is a string
  typed.postId = 12;

  // Event names map to their event classes, so the detail is typed.
  typed.addEventListener('sabba-comment-success', (event) => {
    const id: number | null = event.detail.id;
    const status: 'approved' | 'hold' = event.detail.status;
    const whole: SabbaCommentSuccessDetail = event.detail;
    const asClass: SabbaCommentSuccessEvent = event;
    console.info(id, status, whole, asClass);
    // @ts-expect-error a success has no error code
    console.info(event.detail.code);
  });
  document.addEventListener('sabba-comment-success', (event) => {
    // @ts-expect-error the id is a number or null, not a string
    const wrong: string = event.detail.id;
    console.info(wrong);
  });

  // Every element's tag is known.
  const card: HTMLElement | null = document.querySelector('sabba-author-card');
  // A misspelt tag is a plain Element, without the form's properties.
  const misspelt = document.querySelector('sabba-comments-form');
  // @ts-expect-error Element has no postId
  console.info(card, misspelt?.postId);
}
