// The autoloader: each element's code arrives after React rendered its tag, so React 19 writes
// attributes only. Properties (the submitter) go through a ref, which Lit keeps until the upgrade.
import 'sabba-widgets/loader.js';
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
        ref={(form) => {
          if (form) form.submitter = submitter;
        }}
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
