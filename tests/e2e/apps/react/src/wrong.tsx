// Mistakes the shipped types must catch; tsc -p tsconfig.wrong.json must fail on each marked line.
import { SabbaCommentForm } from 'sabba-widgets/react.js';

export const plainTag = <sabba-comment-form submitter={42} />; // WRONG: submitter-not-a-function
export const unknownTag = <sabba-coment-form />; // WRONG: misspelt-tag
// The test finds each mistake by its marker on the line the compiler reports: keep it one line.
// prettier-ignore
export const wrongEvent = <sabba-comment-form onsabba-comment-success={(event: { detail: { code: string } }) => event.detail.code} />; // WRONG: event-detail
export const component = <SabbaCommentForm submitter="https://example.com" />; // WRONG: component-submitter
export const wrongHandler = <SabbaCommentForm onSabbaCommentSuccess={(event) => event.detail.code} />; // WRONG: component-event-detail
