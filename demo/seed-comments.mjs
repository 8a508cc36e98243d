// @ts-check
/**
 * A conversation for the demo article, stored once when the demo's WordPress stand-in is new, so
 * `npm start` shows the thread as readers of sabba.id would see it: replies three levels deep,
 * emoji, a link, and a reply from the newsroom. Comments posted in the demo are kept beside them.
 */

const BASE = Date.UTC(2022, 2, 14, 10, 12);
const MINUTE = 60_000;

/** @typedef {{ author: string, url?: string, minutes: number, html: string, replies?: Seed[] }} Seed */

/** @type {Seed[]} */
const THREAD = [
  {
    author: 'Rina Kartika',
    url: 'https://rina.example.id/',
    minutes: 45,
    html: '<p>Semoga workshop ini benar-benar ditindaklanjuti, bukan hanya seremonial. OMS di Lebak sudah lama menunggu ruang seperti ini.</p>',
    replies: [
      {
        author: 'Redaksi',
        minutes: 70,
        html: '<p>Terima kasih, Bu Rina. Kami akan mengikuti tindak lanjutnya dan melaporkannya di sini.</p>',
        replies: [
          {
            author: 'Rina Kartika',
            url: 'https://rina.example.id/',
            minutes: 95,
            html: '<p>Siap, ditunggu liputannya 🙏</p>',
          },
        ],
      },
    ],
  },
  {
    author: 'Dedi Supriadi',
    minutes: 130,
    html: '<p>Literasi digital penting sekali untuk desa-desa di Lebak selatan.<br>Apakah ada jadwal pelatihan di Malingping?</p>',
  },
  {
    author: 'Ujang',
    minutes: 240,
    html: '<p>Materinya bisa dilihat di <a href="https://lebakkab.go.id/">situs Pemkab</a>? <em>Mantap</em> 👍</p>',
  },
];

/**
 * Stores the demo thread on post `post` unless the site already has comments.
 * @param {{ list(): unknown[], insert(comment: Record<string, unknown>): { id: number } }} site
 * @param {number} post
 */
export function seedDemoComments(site, post) {
  if (site.list().length > 0) return;
  /** @param {Seed} seed @param {number} parent */
  const add = (seed, parent) => {
    const { id } = site.insert({
      post,
      parent,
      userId: 0,
      author: seed.author,
      authorEmail: `${seed.author.toLowerCase().replace(/\W+/g, '')}@contoh.id`,
      authorUrl: seed.url ?? '',
      authorIp: '127.0.0.1',
      content: seed.html.replace(/<[^>]+>/g, ''),
      rendered: seed.html,
      dateGmt: BASE + seed.minutes * MINUTE,
      approved: true,
      via: 'rest',
    });
    for (const reply of seed.replies ?? []) add(reply, id);
  };
  for (const seed of THREAD) add(seed, 0);
}
