import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import nextPackage from 'next/package.json';
import sharp from 'sharp';
import { readCached, SHARE_IMAGE_CACHE, writeCached } from '@/lib/build-cache/store';
import { drawingVersion, shareImageKey, type ShareImageWords } from '@/lib/build-cache/share-image';
import { site } from '@/lib/site';

/** Open Graph and Twitter cards are 1200×630 everywhere. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

// A committed font: next/og would otherwise need the network or fall back to Latin-only glyphs.
const fontFiles = Promise.all(
  (['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] as const).map((file) =>
    readFile(join(process.cwd(), 'assets/fonts', file)),
  ),
);
const fonts = fontFiles.then(([regular, bold]) => [
  { name: 'DejaVu Sans', data: regular, weight: 400 as const, style: 'normal' as const },
  { name: 'DejaVu Sans', data: bold, weight: 700 as const, style: 'normal' as const },
]);

/**
 * The card is flat colours and anti-aliased text: 16 palette colours draw it the same as the
 * renderer's true-colour PNG at a quarter of the bytes (about 12 kB instead of 50 kB).
 */
async function paletteCompressed(image: Response): Promise<Response> {
  return png(
    await sharp(Buffer.from(await image.arrayBuffer()))
      .png({ palette: true, colors: 16, effort: 2, dither: 0, compressionLevel: 9 })
      .toBuffer(),
  );
}

/**
 * Everything an image is drawn with besides its words: this file (the drawing), the fonts, and
 * the renderer's and the quantiser's versions. A change to any of them draws every image again.
 */
const drawing = Promise.all([readFile(join(process.cwd(), 'components/ShareImage.tsx')), fontFiles]).then(([code, fonts]) =>
  // sharp.versions: sharp's own and its libraries' (libvips, libimagequant, libpng).
  drawingVersion({ code, fonts, versions: { next: nextPackage.version, sharp: sharp.versions } }),
);

const png = (bytes: Uint8Array) => new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/png' } });

/**
 * The card a link to this site unfurls into: what is shared, from where, and by whom. Drawn
 * once: kept in the build cache under exactly what it shows and how it is drawn, and copied
 * from there by later builds (lib/build-cache/store.ts).
 */
export async function shareImage(props: ShareImageWords): Promise<Response> {
  const key = shareImageKey(props, { name: site.name, host: new URL(site.url).host }, await drawing);
  const kept = readCached(SHARE_IMAGE_CACHE, key);
  if (kept) return png(kept);
  const drawn = new Uint8Array(await (await drawShareImage(props)).arrayBuffer());
  writeCached(SHARE_IMAGE_CACHE, key, drawn);
  return png(drawn);
}

async function drawShareImage({ title, kicker }: ShareImageWords): Promise<Response> {
  const size = title.length > 90 ? 44 : title.length > 50 ? 56 : 68;
  const image = new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '72px 80px',
          background: '#fafafa',
          color: '#18181b',
          fontFamily: 'DejaVu Sans',
          borderTop: '16px solid #3b4fc4',
        }}
      >
        <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
          {kicker && <div style={{ fontSize: 30, color: '#52525b' }}>{kicker}</div>}
          <div style={{ fontSize: size, fontWeight: 700, lineHeight: 1.15, display: 'flex' }}>
            {title.length > 160 ? `${title.slice(0, 157)}…` : title}
          </div>
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', fontSize: 32 }}>
          <div style={{ fontWeight: 700, color: '#3b4fc4' }}>{site.name}</div>
          <div style={{ color: '#52525b', fontSize: 26 }}>{new URL(site.url).host}</div>
        </div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: await fonts },
  );
  return paletteCompressed(image);
}
