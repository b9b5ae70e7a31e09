import { describe, expect, it } from 'vitest';
import { markdownToDoc } from '../../../../src-main/shared/richText/markdown';
import { docToPlainText } from '../../../../src-main/shared/richText/plainText';

describe('docToPlainText', () => {
  it('writes paragraphs, lists and breaks as plain text without marks or link addresses', () => {
    const doc = markdownToDoc('### Indstilling\n\nFormanden **indstiller**, at [forummet](https://x.dk):\n\n3. Fastlægger\n4. Drøfter:\n   - emner\n   - oplæg\n\nRingsted  \nKommune');
    expect(docToPlainText(doc)).toBe('Indstilling\n\nFormanden indstiller, at forummet:\n\n3. Fastlægger\n4. Drøfter:\n   - emner\n   - oplæg\n\nRingsted\nKommune');
  });

  it('gives the empty string for no document', () => {
    expect(docToPlainText(null)).toBe('');
    expect(docToPlainText(markdownToDoc(''))).toBe('');
  });
});
