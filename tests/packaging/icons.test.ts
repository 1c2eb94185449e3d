// The app icon as the build renders it: every size the platforms need, and .ico / .icns containers that hold
// what they claim (parsed back here, as Windows and macOS would read them).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIcons, ICNS_TYPES, ICO_SIZES, LINUX_SIZES, renderIcon, sourceFor } from '../../main/build/icons';
import { tempDir } from '../helpers/temp-dir';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer): [number, number] => {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};

let out: string;
let written: string[];

beforeAll(async () => {
  out = await tempDir();
  written = await buildIcons(out);
}, 60_000);

describe('app icons', () => {
  it('draws the small sizes from their own pixel-grid sources', () => {
    expect([16, 24, 32, 48, 1024].map(sourceFor)).toEqual(['icon-16.svg', 'icon-small.svg', 'icon-small.svg', 'icon.svg', 'icon.svg']);
  });

  it('writes the Linux PNGs, 16 to 512, each at its size', async () => {
    expect((await readdir(path.join(out, 'png'))).sort()).toEqual(LINUX_SIZES.map((s) => `${s}x${s}.png`).sort());
    for (const size of LINUX_SIZES) expect(pngSize(await readFile(path.join(out, 'png', `${size}x${size}.png`)))).toEqual([size, size]);
    expect(written.map((f) => path.relative(out, f)).sort()).toEqual([...LINUX_SIZES.map((s) => `png/${s}x${s}.png`), 'icon.icns', 'icon.ico'].sort());
  });

  it('writes a .ico of 32-bit BMPs below 256 px and a PNG at 256, with transparent corners masked', async () => {
    const ico = await readFile(path.join(out, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, ICO_SIZES.length]);
    ICO_SIZES.forEach((size, i) => {
      const entry = 6 + 16 * i;
      expect(ico.readUInt8(entry) || 256, `width of entry ${i}`).toBe(size);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      const image = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      if (size === 256) return void expect(pngSize(image)).toEqual([256, 256]);
      // BITMAPINFOHEADER: 40 bytes, height counts the colour rows and the mask rows.
      expect([image.readUInt32LE(0), image.readInt32LE(4), image.readInt32LE(8), image.readUInt16LE(14)]).toEqual([40, size, 2 * size, 32]);
      const maskStride = Math.ceil(size / 32) * 4;
      expect(image.length).toBe(40 + size * size * 4 + maskStride * size);
      // Bottom-left pixel (first in a bottom-up bitmap): outside the rounded tile, transparent and masked.
      expect(image.readUInt8(40 + 3)).toBe(0);
      expect(image.readUInt8(40 + size * size * 4) & 0x80).toBe(0x80);
      // The centre is opaque.
      const centre = 40 + ((size >> 1) * size + (size >> 1)) * 4;
      expect(image.readUInt8(centre + 3)).toBe(255);
    });
  });

  it('stores straight (not premultiplied) colours in the BMP entries', async () => {
    const { rgba } = await renderIcon(16);
    const alphas = [...Array(256).keys()].map((i) => rgba[i * 4 + 3]!);
    expect(alphas.some((a) => a > 0 && a < 255)).toBe(true); // the rounded corners are antialiased…
    // …and their colour is the tile's, not darkened towards black by its alpha.
    const edge = alphas.findIndex((a) => a > 0 && a < 128);
    expect(Math.max(rgba[edge * 4]!, rgba[edge * 4 + 1]!, rgba[edge * 4 + 2]!)).toBeGreaterThan(0x30);
  });

  it('writes a .icns whose entries are PNGs of the sizes their type codes mean', async () => {
    const icns = await readFile(path.join(out, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries: Array<[string, number]> = [];
    for (let offset = 8; offset < icns.length; ) {
      const length = icns.readUInt32BE(offset + 4);
      const [width, height] = pngSize(icns.subarray(offset + 8, offset + length));
      expect(height).toBe(width);
      entries.push([icns.toString('latin1', offset, offset + 4), width]);
      offset += length;
    }
    expect(entries).toEqual(ICNS_TYPES.map(([type, size]) => [type, size]));
  });
});
