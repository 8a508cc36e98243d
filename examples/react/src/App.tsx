import { useState } from 'react';
import type { CommentSubmitter } from 'sabba-widgets';
// Each define module registers one element; importing only those you use keeps the bundle small.
// Import them before React renders, so React sees the elements' properties (e.g. `submitter`).
import 'sabba-widgets/author-card.js';
import 'sabba-widgets/back-to-top.js';
import 'sabba-widgets/comment-form.js';

/** A back end that is not WordPress: the form calls it instead of posting to a site. */
const submitter: CommentSubmitter = () => Promise.resolve({ ok: true, id: 101, status: 'hold' });

export function App() {
  const [log, setLog] = useState('');

  return (
    <main style={{ maxWidth: '42rem', margin: '0 auto', padding: '1rem', font: '1.0625rem/1.6 Georgia, serif' }}>
      <article>
        <h1>Warga Gotong Royong Bersihkan Saluran Air Jelang Musim Hujan</h1>
        <p>Puluhan warga bergotong royong membersihkan saluran air di lingkungan mereka pada Minggu pagi.</p>
      </article>

      {/* Attributes are written as in HTML (kebab-case strings). */}
      <sabba-author-card
        name="Redaksi"
        job-title="Tim Redaksi Sabba"
        href="https://sabba.id/author/redaksi/"
        bio="Redaksi Sabba menyajikan berita terkini dari daerah."
      />

      {/* React 19 sets `submitter` as a property (the element has one) and listens for
          `sabba-comment-success` through the `onsabba-comment-success` prop. */}
      <sabba-comment-form
        post-id="1"
        submitter={submitter}
        onsabba-comment-success={(event) => {
          setLog(`Komentar #${String(event.detail.id)} diterima (${event.detail.status})`);
        }}
        onsabba-comment-error={(event) => {
          setLog(`Gagal: ${event.detail.code}`);
        }}
      />

      {/* `threshold` is also a property, so React sets the property: pass a number, not "400". */}
      <sabba-back-to-top
        threshold={400}
        onsabba-back-to-top={() => {
          setLog('Kembali ke atas');
        }}
      />

      <p>
        <output data-testid="log" aria-live="polite">
          {log}
        </output>
      </p>
    </main>
  );
}
