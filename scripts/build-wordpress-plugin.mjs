// @ts-check
/**
 * Builds the WordPress plugin: wordpress/ (without its development files) plus the autoloader,
 * its chunks from dist/cdn/ and the list of files each element runs from (assets/preload.json,
 * for the ad slot's modulepreload links; the ad slots' CSS is computed per slot in PHP, by
 * includes/ad-css.php), into dist/wordpress/sabba-widgets/ and dist/wordpress/sabba-widgets.zip
 * (top folder `sabba-widgets/`, as WordPress expects).
 * Run by `npm run build` after the CDN builds.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { elementPreloads } from './lib/chunk-graph.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const source = join(root, 'wordpress');
const outDir = join(root, 'dist/wordpress');
const plugin = join(outDir, 'sabba-widgets');
/** Development files that stay out of the plugin. */
const DEV_FILES = new Set(['phpcs.xml']);

const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const header = readFileSync(join(source, 'sabba-widgets.php'), 'utf8');
for (const [file, text] of [
  ['sabba-widgets.php', header],
  ['readme.txt', readFileSync(join(source, 'readme.txt'), 'utf8')],
]) {
  if (!text.includes(version)) throw new Error(`wordpress/${file} does not name version ${version} (package.json)`);
}
for (const asset of ['loader.js', 'chunks']) {
  if (!existsSync(join(root, 'dist/cdn', asset)))
    throw new Error(`dist/cdn/${asset} is missing: run the CDN builds first`);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(plugin, { recursive: true });
cpSync(source, plugin, { recursive: true, filter: (path) => !DEV_FILES.has(relative(source, path)) });
for (const asset of ['loader.js', 'chunks']) {
  cpSync(join(root, 'dist/cdn', asset), join(plugin, 'assets', asset), { recursive: true });
}
// The files each element runs from, for the modulepreload links includes/assets.php prints.
writeFileSync(
  join(plugin, 'assets/preload.json'),
  `${JSON.stringify(elementPreloads(join(plugin, 'assets')), null, 2)}\n`,
);

/** Every file under `dir`, sorted, as paths relative to `base`. @param {string} dir @param {string} base @returns {string[]} */
function files(dir, base) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
    });
}

/**
 * A plain zip archive (deflate, no extras): local headers, central directory, end record.
 * @param {{ name: string, data: Buffer }[]} entries
 */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // The build time: PHP's opcache tells an upgraded plugin file from the old one by its mtime.
  const now = new Date();
  const dosTime = (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2);
  const dosDate = ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate();
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix, zip 3.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const entries = files(plugin, outDir).map((name) => ({
  name: name.split('\\').join('/'),
  data: readFileSync(join(outDir, name)),
}));
const archive = zip(entries);
writeFileSync(join(outDir, 'sabba-widgets.zip'), archive);
console.log(
  `wordpress: dist/wordpress/sabba-widgets.zip, ${entries.length} files, ${(archive.length / 1024).toFixed(1)} kB`,
);
