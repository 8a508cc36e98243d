// @ts-check
import { mkdirSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * One stored comment, as the stub's "wp_comments" row.
 * @typedef {object} StoredComment
 * @property {number} id
 * @property {number} post
 * @property {number} parent
 * @property {number} userId        0 for an anonymous reader
 * @property {string} author        as saved by WordPress (tags stripped, `&` as `&amp;`)
 * @property {string} authorEmail
 * @property {string} authorUrl     after esc_url_raw()
 * @property {string} authorIp
 * @property {string} content       trimmed text as the reader sent it (escaped only when rendered)
 * @property {number} dateGmt       milliseconds since the epoch
 * @property {boolean} approved     false = held for moderation ('hold' in REST)
 * @property {'rest' | 'classic'} via
 */

/**
 * Comments in memory, optionally mirrored to one JSON file. Writes are synchronous: the stub serves
 * one developer or one test run, and a synchronous write keeps handle() free of races.
 * @param {string | undefined} dataFile
 */
export function createStore(dataFile) {
  const file = dataFile === undefined ? undefined : resolve(dataFile);
  /** @type {{ nextId: number, comments: StoredComment[] }} */
  let state = { nextId: 1, comments: [] };

  if (file) state = load(file) ?? state;

  function save() {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    // Write a sibling temp file, then rename: a crash or a reader mid-write never sees half a file.
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
      renameSync(temp, file);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
  }

  return {
    /** @returns {StoredComment[]} copies, so callers cannot change the store by accident */
    all: () => state.comments.map((c) => ({ ...c })),
    /** @param {number} id */
    get: (id) => state.comments.find((c) => c.id === id),
    /** @param {Omit<StoredComment, 'id'>} fields */
    insert(fields) {
      const comment = { id: state.nextId, ...fields };
      state = { nextId: state.nextId + 1, comments: [...state.comments, comment] };
      save();
      return { ...comment };
    },
    approveAll() {
      state = { ...state, comments: state.comments.map((c) => ({ ...c, approved: true })) };
      save();
    },
    reset() {
      state = { nextId: 1, comments: [] };
      save();
    },
  };
}

/**
 * A missing file is a fresh site; a damaged one is reported and replaced on the next write rather
 * than stopping the demo server.
 * @param {string} file
 */
function load(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text);
    if (Number.isInteger(data?.nextId) && Array.isArray(data?.comments)) return data;
  } catch {
    // fall through to the warning
  }
  console.warn(`[comments-endpoint] ${file} is not a comments file; starting with no comments.`);
  return undefined;
}
