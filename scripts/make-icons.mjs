// Draws the app icons (a stack of two cards on the brand colour) as PNGs with no image tools,
// so a fresh checkout can redraw them: node scripts/make-icons.mjs. The PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const BRAND = [0x1f, 0x4e, 0x79];
const CARD = [0xff, 0xff, 0xff];
const BACK = [0xa9, 0xc7, 0xe8];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** `safe` shrinks the drawing into the maskable safe zone (the inner 80%). */
function draw(size, safe) {
  const s = size / 100;
  const inset = safe ? 0.2 : 0;
  const m = (v) => (50 + (v - 50) * (1 - inset)) * s;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      let c = BRAND;
      if (inRoundRect(x, y, m(30), m(18), m(84), m(66), 6 * s)) c = BACK;
      if (inRoundRect(x, y, m(16), m(32), m(70), m(82), 6 * s)) c = CARD;
      const lines = [44, 54, 64].some((ly) => y >= m(ly) && y < m(ly) + 4 * s) && x >= m(24) && x <= m(60);
      if (lines) c = BRAND;
      row.set(c, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', draw(192, false));
writeFileSync('public/icons/icon-512.png', draw(512, false));
writeFileSync('public/icons/maskable-512.png', draw(512, true));
writeFileSync('public/apple-touch-icon.png', draw(180, false));
console.log('icons written to public/icons');
