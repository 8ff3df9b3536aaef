import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { plainText } from './plain-text';

describe('plainText', () => {
  it('keeps the words a reader sees and no Markdown syntax, GitHub’s included', () => {
    const markdown = 'A *claim*[^1] and ~~struck~~ [link](https://x.example) `code`.\n\n- [x] done\n- [ ] open\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n[^1]: The note.';
    assert.equal(plainText(markdown), 'A claim and struck link code. done open a b 1 2 The note.');
  });

  it('reads HTML as its text and keeps blocks apart', () => {
    assert.equal(plainText('First <b>bold</b> line.\n\n# Next'), 'First bold line. Next');
  });
});
