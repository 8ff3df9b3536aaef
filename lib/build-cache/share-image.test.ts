import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { drawingVersion, shareImageKey } from './share-image';

const drawing = { code: Buffer.from('draw()'), fonts: [Buffer.from('regular'), Buffer.from('bold')], versions: { next: '16.4.6', sharp: '0.35.5' } };
const site = { name: 'Distributed Bytes', host: 'example.com' };
const words = { title: 'Paxos Made Simple', kicker: 'Paper · lamport.azurewebsites.net' };
const key = shareImageKey(words, site, drawingVersion(drawing));

describe("a share image's key", () => {
  it('is the same for the same words drawn the same way', () => {
    assert.equal(shareImageKey({ ...words }, { ...site }, drawingVersion({ ...drawing, fonts: [...drawing.fonts] })), key);
  });

  it('changes with anything the image shows', () => {
    for (const changed of [{ ...words, title: 'Paxos Made Simpler' }, { ...words, kicker: 'Article · lamport.azurewebsites.net' }, { title: words.title }]) {
      assert.notEqual(shareImageKey(changed, site, drawingVersion(drawing)), key, JSON.stringify(changed));
    }
    assert.notEqual(shareImageKey(words, { ...site, host: 'example.org' }, drawingVersion(drawing)), key);
    assert.notEqual(shareImageKey(words, { ...site, name: 'Bytes' }, drawingVersion(drawing)), key);
  });

  it('changes with the drawing code, a font or the renderer', () => {
    for (const changed of [
      { ...drawing, code: Buffer.from('draw(bigger)') },
      { ...drawing, fonts: [Buffer.from('regular'), Buffer.from('bold v2')] },
      { ...drawing, versions: { ...drawing.versions, next: '16.5.0' } },
      { ...drawing, versions: { ...drawing.versions, sharp: '0.36.0' } },
    ]) {
      assert.notEqual(shareImageKey(words, site, drawingVersion(changed)), key);
    }
  });
});
