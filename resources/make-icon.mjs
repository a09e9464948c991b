// Draws resources/icon.png (the same picture as icon.svg) with no dependencies and no
// network: shapes are rasterised with 4×4 supersampling and written as a PNG by hand.
// Run: node resources/make-icon.mjs [size]
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const size = Number(process.argv[2] ?? 512);
const S = size / 512; // the design is drawn on a 512 grid
const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), a];

const roundRect = (x0, y0, w, h, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x0 + w - r));
  const dy = Math.max(y0 + r - y, 0, y - (y0 + h - r));
  return dx * dx + dy * dy <= r * r && x >= x0 && x <= x0 + w && y >= y0 && y <= y0 + h;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

// Painted in order, each over the last (source-over).
const layers = [
  [roundRect(16, 16, 480, 480, 96), hex('#1d2330')],
  [circle(206, 240, 132), hex('#2bb3a3', 0.85)],
  [circle(306, 240, 132), hex('#f2a93b', 0.85)],
  [roundRect(136, 414, 240, 18, 9), hex('#e8ecf3')],
];

function over(dst, [r, g, b, a]) {
  const outA = a + dst[3] * (1 - a);
  if (outA === 0) return [0, 0, 0, 0];
  const mix = (s, d) => (s * a + d * dst[3] * (1 - a)) / outA;
  return [mix(r, dst[0]), mix(g, dst[1]), mix(b, dst[2]), outA];
}

const SS = 4;
const raw = Buffer.alloc((size * 4 + 1) * size);
for (let py = 0; py < size; py++) {
  raw[py * (size * 4 + 1)] = 0; // filter: none
  for (let px = 0; px < size; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const x = (px + (sx + 0.5) / SS) / S;
        const y = (py + (sy + 0.5) / SS) / S;
        let c = [0, 0, 0, 0];
        for (const [inside, color] of layers) if (inside(x, y)) c = over(c, color);
        // premultiplied accumulation keeps edges free of dark fringes
        acc[0] += c[0] * c[3];
        acc[1] += c[1] * c[3];
        acc[2] += c[2] * c[3];
        acc[3] += c[3];
      }
    const o = py * (size * 4 + 1) + 1 + px * 4;
    const a = acc[3] / (SS * SS);
    raw[o] = a ? Math.round(acc[0] / acc[3]) : 0;
    raw[o + 1] = a ? Math.round(acc[1] / acc[3]) : 0;
    raw[o + 2] = a ? Math.round(acc[2] / acc[3]) : 0;
    raw[o + 3] = Math.round(a * 255);
  }
}

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(size, 0);
ihdr.writeUInt32BE(size, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${size}×${size}, ${png.length} bytes)`);
