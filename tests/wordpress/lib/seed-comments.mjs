// @ts-check
/**
 * The seeded comment thread of the real-WordPress suites: 7 top-level comments (two pages of 5),
 * the first with replies 4 levels deep, an administrator's comment with a script and an onerror
 * image, one in Indonesian with emoji, and a held comment with an approved reply below it.
 */
import { resetComments, sql } from './wordpress.mjs';

/** @param {string} value */
const quote = (value) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * One comment row, dated minutes after 2022-03-14 10:12 UTC.
 * @param {number} post @param {number} id @param {number} parent @param {number} minutes @param {string} author
 * @param {string} content @param {{ approved?: string, userId?: number, url?: string }} [options]
 */
function row(post, id, parent, minutes, author, content, options = {}) {
  const date = new Date(Date.UTC(2022, 2, 14, 10, 12 + minutes)).toISOString().slice(0, 19).replace('T', ' ');
  return `(${id}, ${post}, ${quote(author)}, ${quote(`${author.toLowerCase().replace(/\W+/g, '')}@example.com`)}, ${quote(options.url ?? '')},
    '127.0.0.1', '${date}', '${date}', ${quote(content)}, ${quote(options.approved ?? '1')}, 'comment', ${parent}, ${options.userId ?? 0})`;
}

/**
 * Replaces every comment with the thread the suites read (see comments.wordpress.test.mjs).
 * @param {import('./wordpress.mjs').WordPressState} state @param {number} post
 */
export function seedThread(state, post) {
  const p = state.db.tablePrefix;
  resetComments(state);
  const rows = [
    row(post, 101, 0, 0, 'Budi', 'Langkah yang baik untuk Lebak.', { url: 'https://budi.example/' }),
    row(post, 102, 101, 10, 'Sari', 'Setuju dengan Budi.'),
    row(post, 103, 102, 11, 'Tono', 'Level tiga.'),
    row(post, 104, 103, 12, 'Wati', 'Level empat.'),
    row(
      post,
      105,
      0,
      1,
      'admin',
      '<p>Pengumuman <script>window.__sabbaPwned = 1</script><img src="x" onerror="window.__sabbaPwned = 2"></p>',
      { userId: state.admin.id },
    ),
    row(post, 106, 0, 2, 'Ayu', 'Mantap sekali, terima kasih! 🇮🇩🎉 Semoga kabupaten Lebak makin maju.'),
    row(post, 107, 0, 3, 'Held', 'Menunggu.', { approved: '0' }),
    row(post, 108, 107, 4, 'Orphan', 'Balasan untuk komentar yang ditahan.'),
    row(post, 109, 0, 5, 'Dedi', 'Komentar kelima.'),
    row(post, 110, 0, 6, 'Eka', 'Komentar keenam.'),
    row(post, 111, 0, 7, 'Fajar', 'Komentar ketujuh, di halaman dua.'),
    row(post, 112, 0, 8, 'Gita', 'Komentar kedelapan, di halaman dua.'),
  ];
  sql(
    state,
    `INSERT INTO ${p}comments (comment_ID, comment_post_ID, comment_author, comment_author_email, comment_author_url,
    comment_author_IP, comment_date, comment_date_gmt, comment_content, comment_approved, comment_type, comment_parent, user_id)
    VALUES ${rows.join(',\n')};
    UPDATE ${p}posts SET comment_count = 11 WHERE ID = ${post};`,
  );
}
