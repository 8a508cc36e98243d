// The React components of `sabba-widgets/react.js`: props are set as properties whatever the
// order, and events are `on<EventName>` props.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  SabbaAdSlot,
  SabbaAdblockNotice,
  SabbaAuthorCard,
  SabbaBackToTop,
  SabbaCommentForm,
} from 'sabba-widgets/react.js';
import { creativeUrl, submitter } from './app-shared';

function App() {
  const [log, setLog] = useState('');
  return (
    <main>
      <SabbaAuthorCard name="Redaksi" jobTitle="Tim Redaksi Sabba" href="https://sabba.id/author/redaksi/" />
      <SabbaAdSlot provider="html" src={creativeUrl} sizes="300x250" />
      <SabbaAdblockNotice noProbe />
      <SabbaCommentForm
        postId="1"
        siteUrl="https://wordpress.invalid"
        submitter={submitter}
        onSabbaCommentSuccess={(event) => {
          setLog(`Komentar #${String(event.detail.id)} diterima (${event.detail.status})`);
        }}
      />
      <SabbaBackToTop threshold={400} />
      <output id="log">{log}</output>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
