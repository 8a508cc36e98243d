import { expect } from '@open-wc/testing';
import { formatCommentDate, isoInstant } from '../../src/components/comments/comment-date.js';
import { buildThread, countShown, type ThreadComment } from '../../src/components/comments/comment-tree.js';
import { routeUrl } from '../../src/internal/wordpress-rest.js';

/** The thread's pure parts: WordPress's threading, its date formats and its REST URLs. */

const c = (id: number, parent: number, minute: number): ThreadComment => ({
  id,
  parent,
  authorName: `A${id}`,
  authorUrl: '',
  date: `2022-03-14T10:${String(minute).padStart(2, '0')}:00`,
  dateGmt: `2022-03-14T10:${String(minute).padStart(2, '0')}:00`,
  html: '',
});

const shape = (nodes: ReturnType<typeof buildThread>): unknown =>
  nodes.map((n) => (n.replies.length ? [n.comment.id, shape(n.replies)] : n.comment.id));

describe('comment threading', () => {
  it('nests replies oldest first whatever order they arrive in', () => {
    expect(shape(buildThread([c(1, 0, 0), c(2, 0, 1)], [c(4, 1, 9), c(3, 1, 5), c(5, 3, 6)], 5))).to.deep.equal([
      [1, [[3, [5]], 4]],
      2,
    ]);
  });

  it('continues replies deeper than max-depth at the deepest level, right after their parent', () => {
    const chain = [c(2, 1, 1), c(3, 2, 2), c(4, 3, 3), c(9, 1, 9)];
    expect(shape(buildThread([c(1, 0, 0)], chain, 2))).to.deep.equal([[1, [2, 3, 4, 9]]]);
    expect(shape(buildThread([c(1, 0, 0)], chain, 1))).to.deep.equal([1, 2, 3, 4, 9]);
  });

  it('leaves out orphans and shows a loop in broken data once', () => {
    const tree = buildThread([c(1, 0, 0)], [c(2, 99, 1), c(3, 1, 2), c(1, 3, 3)], 5);
    expect(shape(tree)).to.deep.equal([[1, [3]]]);
    expect(countShown(tree)).to.equal(2);
  });
});

describe('comment dates', () => {
  it('formats as WordPress id_ID and en_US do', () => {
    expect(formatCommentDate('2022-03-14T10:12:00', 'id')).to.equal('14 Maret 2022 pukul 10.12');
    expect(formatCommentDate('2022-03-14T10:12:00', 'en')).to.equal('March 14, 2022 at 10:12 am');
    expect(formatCommentDate('2022-12-01T00:05:00', 'en')).to.equal('December 1, 2022 at 12:05 am');
    expect(formatCommentDate('2022-12-01T12:30:00', 'en')).to.equal('December 1, 2022 at 12:30 pm');
    expect(formatCommentDate('2022-01-09T07:03:00', 'id')).to.equal('9 Januari 2022 pukul 07.03');
  });

  it('gives nothing for dates it cannot read', () => {
    for (const bad of ['', 'kemarin', '2022-13-01T10:00:00', '2022-03-14T25:00:00'])
      expect(formatCommentDate(bad, 'id')).to.equal('');
    expect(isoInstant('2022-03-14T10:12:00')).to.equal('2022-03-14T10:12:00Z');
    expect(isoInstant('<script>')).to.equal(undefined);
  });
});

describe('REST URLs', () => {
  it('builds routes for /wp-json/ and ?rest_route=/ roots alike', () => {
    expect(routeUrl('https://s.id/wp-json/', 'wp/v2/comments', [['post', '1']])).to.equal(
      'https://s.id/wp-json/wp/v2/comments?post=1',
    );
    expect(routeUrl('https://s.id/?rest_route=/', 'wp/v2/comments', [['post', '1']])).to.equal(
      'https://s.id/?rest_route=%2Fwp%2Fv2%2Fcomments&post=1',
    );
  });
});
