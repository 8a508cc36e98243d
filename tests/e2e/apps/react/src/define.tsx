// The define modules, imported before React renders: React 19 sees the elements' properties and
// sets `submitter` and `threshold` as properties.
import 'sabba-widgets/ad-slot.js';
import 'sabba-widgets/adblock-notice.js';
import 'sabba-widgets/author-card.js';
import 'sabba-widgets/back-to-top.js';
import 'sabba-widgets/comment-form.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { creativeUrl, submitter } from './app-shared';

function App() {
  const [log, setLog] = useState('');
  return (
    <main>
      <sabba-author-card name="Redaksi" job-title="Tim Redaksi Sabba" href="https://sabba.id/author/redaksi/" />
      <sabba-ad-slot provider="html" src={creativeUrl} sizes="300x250" />
      <sabba-adblock-notice no-probe />
      <sabba-comment-form
        post-id="1"
        site-url="https://wordpress.invalid"
        submitter={submitter}
        onsabba-comment-success={(event) => {
          setLog(`Komentar #${String(event.detail.id)} diterima (${event.detail.status})`);
        }}
      />
      <sabba-back-to-top threshold={400} />
      <output id="log">{log}</output>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
