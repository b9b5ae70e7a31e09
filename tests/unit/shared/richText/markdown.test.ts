import { describe, expect, it } from 'vitest';
import { markdownToDoc } from '../../../../src-main/shared/richText/markdown';
import type { BlockNode, InlineNode, RichDoc } from '../../../../src-main/shared/richText/proseMirror';

const t = (text: string, ...marks: Array<'bold' | 'italic' | { href: string }>): InlineNode => {
  const m = marks.map((x) => (typeof x === 'string' ? { type: x } : { type: 'link' as const, attrs: { href: x.href } }));
  const order = ['link', 'bold', 'italic'];
  m.sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  return m.length > 0 ? ({ type: 'text', marks: m, text } as InlineNode) : { type: 'text', text };
};
const br: InlineNode = { type: 'hardBreak' };
const p = (...content: InlineNode[]): BlockNode => ({ type: 'paragraph', content });
const h = (level: 3 | 4, ...content: InlineNode[]): BlockNode => ({ type: 'heading', attrs: { level }, content });
const li = (...content: BlockNode[]) => ({ type: 'listItem' as const, content: content as never });
const ul = (...items: ReturnType<typeof li>[]): BlockNode => ({ type: 'bulletList', content: items });
const ol = (start: number, ...items: ReturnType<typeof li>[]): BlockNode =>
  start === 1 ? { type: 'orderedList', content: items } : { type: 'orderedList', attrs: { start }, content: items };
const doc = (...content: BlockNode[]): RichDoc => ({ type: 'doc', content });
const md = (s: string) => markdownToDoc(s);

describe('markdownToDoc: blocks', () => {
  it('empty and blank input give the empty document', () => {
    expect(md('')).toEqual(doc());
    expect(md('  \n\n\t\n')).toEqual(doc());
  });

  it('splits paragraphs at blank lines; a single newline is a soft break (a space)', () => {
    expect(md('Første afsnit\nfortsætter her.\n\nAndet afsnit.')).toEqual(doc(p(t('Første afsnit fortsætter her.')), p(t('Andet afsnit.'))));
  });

  it('keeps ### and #### as headings of level 3 and 4', () => {
    expect(md('### Sagsfremstilling\n#### Indstilling\nTekst')).toEqual(doc(h(3, t('Sagsfremstilling')), h(4, t('Indstilling')), p(t('Tekst'))));
  });

  it('keeps #, ## and ##### as plain text', () => {
    expect(md('# Dagsorden')).toEqual(doc(p(t('# Dagsorden'))));
    expect(md('## Dagsorden')).toEqual(doc(p(t('## Dagsorden'))));
    expect(md('##### Dagsorden')).toEqual(doc(p(t('##### Dagsorden'))));
    expect(md('###Dagsorden')).toEqual(doc(p(t('###Dagsorden'))));
  });

  it('reads - and * bullet lists as one kind', () => {
    expect(md('- Lars Seeberg\n* Peter B. Lyng')).toEqual(doc(ul(li(p(t('Lars Seeberg'))), li(p(t('Peter B. Lyng'))))));
  });

  it('reads numbered lists and keeps the first number', () => {
    expect(md('1. Fastlægger mødedatoer\n2. Drøfter emner')).toEqual(doc(ol(1, li(p(t('Fastlægger mødedatoer'))), li(p(t('Drøfter emner'))))));
    expect(md('3. Tredje\n4. Fjerde')).toEqual(doc(ol(3, li(p(t('Tredje'))), li(p(t('Fjerde'))))));
  });

  it('nests lists by indentation, also when the indentation is short of the content column', () => {
    const expected = doc(ol(1, li(p(t('COVID-19:')), ul(li(p(t('a. Hvad betød nedlukningen'))), li(p(t('b. Erfaring'))))), li(p(t('Kommende fokuspunkter')))));
    expect(md('1. COVID-19:\n   - a. Hvad betød nedlukningen\n   - b. Erfaring\n2. Kommende fokuspunkter')).toEqual(expected);
    // As the Norddjurs example has it: one space of indentation.
    expect(md('1. COVID-19:\n - a. Hvad betød nedlukningen\n - b. Erfaring\n2. Kommende fokuspunkter')).toEqual(expected);
  });

  it('lets a list interrupt a paragraph, a numbered one only from 1', () => {
    expect(md('Emner:\n- a\n- b')).toEqual(doc(p(t('Emner:')), ul(li(p(t('a'))), li(p(t('b'))))));
    expect(md('Mødet holdes den\n4. oktober i Grenaa')).toEqual(doc(p(t('Mødet holdes den 4. oktober i Grenaa'))));
  });

  it('keeps paragraphs inside a list item and lazy continuation lines', () => {
    expect(md('- Første linje\nfortsat\n\n  Andet afsnit\n- Næste')).toEqual(
      doc(ul(li(p(t('Første linje fortsat')), p(t('Andet afsnit'))), li(p(t('Næste'))))),
    );
  });

  it('does not read headings inside list items', () => {
    expect(md('- ### ikke en overskrift')).toEqual(doc(ul(li(p(t('### ikke en overskrift'))))));
  });

  it('drops empty list items', () => {
    expect(md('- a\n-\n- b')).toEqual(doc(ul(li(p(t('a'))), li(p(t('b'))))));
  });

  it('stops nesting lists at 8 levels', () => {
    const deep = Array.from({ length: 12 }, (_, i) => `${' '.repeat(i * 2)}- n${i}`).join('\n');
    let depth = 0;
    let node: BlockNode | undefined = md(deep).content[0];
    while (node && node.type === 'bulletList') {
      depth++;
      node = node.content[0]?.content[1] as BlockNode | undefined;
    }
    expect(depth).toBe(8);
  });
});

describe('markdownToDoc: inline', () => {
  it('reads bold, italic and both', () => {
    expect(md('**Godkendt** og *udsat* og ***begge***')).toEqual(
      doc(p(t('Godkendt', 'bold'), t(' og '), t('udsat', 'italic'), t(' og '), t('begge', 'bold', 'italic'))),
    );
  });

  it('reads http, https and mailto links', () => {
    expect(md('[Norddjurs](https://www.norddjurs.dk/) [mail](mailto:kia@ringsted.dk) [x](http://x.dk/a_(b))')).toEqual(
      doc(p(t('Norddjurs', { href: 'https://www.norddjurs.dk/' }), t(' '), t('mail', { href: 'mailto:kia@ringsted.dk' }), t(' '), t('x', { href: 'http://x.dk/a_(b)' }))),
    );
  });

  it('keeps links to other protocols as text', () => {
    for (const s of ['[klik](javascript:alert(1))', '[klik](file:///etc/passwd)', '[klik](data:text/html,x)', '[klik](vbscript:x)']) {
      expect(md(s)).toEqual(doc(p(t(s))));
    }
  });

  it('keeps HTML, quotes, code and other Markdown as literal text', () => {
    expect(md('<b>fed</b> <script>alert(1)</script>')).toEqual(doc(p(t('<b>fed</b> <script>alert(1)</script>'))));
    expect(md('> citat')).toEqual(doc(p(t('> citat'))));
    expect(md('`kode` og ~~streg~~ og _kursiv_ og &amp;')).toEqual(doc(p(t('`kode` og ~~streg~~ og _kursiv_ og &amp;'))));
    // An image is not in the subset: it stays text whole (not "!" and a link).
    expect(md('![billede](https://x.dk/a.png)')).toEqual(doc(p(t('![billede](https://x.dk/a.png)'))));
    expect(md('Se ![kort](https://x.dk/k.png) og [siden](https://x.dk)')).toEqual(doc(p(t('Se ![kort](https://x.dk/k.png) og '), t('siden', { href: 'https://x.dk' }))));
    // An escaped "!" is text, and the link after it a link.
    expect(md('\\![billede](https://x.dk/a.png)')).toEqual(doc(p(t('!'), t('billede', { href: 'https://x.dk/a.png' }))));
    expect(md('<https://x.dk>')).toEqual(doc(p(t('<https://x.dk>'))));
  });

  it('reads hard breaks: two trailing spaces or a backslash before the newline', () => {
    expect(md('Ringsted  \nKommune')).toEqual(doc(p(t('Ringsted'), br, t('Kommune'))));
    expect(md('Ringsted\\\nKommune')).toEqual(doc(p(t('Ringsted'), br, t('Kommune'))));
    expect(md('Ringsted \nKommune')).toEqual(doc(p(t('Ringsted Kommune'))));
  });

  it('reads the Ringsted round table the way the example writes it', () => {
    const s = '- Carli, Venligboerne og Mødrehjælpen:  \nVenligboerne har hjulpet flygtninge.\n\nMødrehjælpen udvikler flere tilbud, bl.a.:\n\n- Samarbejde med motorcykelklub\n- Ture til Legoland';
    expect(md(s)).toEqual(
      doc(
        ul(li(p(t('Carli, Venligboerne og Mødrehjælpen:'), br, t('Venligboerne har hjulpet flygtninge.')))),
        p(t('Mødrehjælpen udvikler flere tilbud, bl.a.:')),
        ul(li(p(t('Samarbejde med motorcykelklub'))), li(p(t('Ture til Legoland')))),
      ),
    );
  });

  it('does not make emphasis of stars that touch spaces, and unescapes backslashes', () => {
    expect(md('5 * 3 * 2')).toEqual(doc(p(t('5 * 3 * 2'))));
    expect(md('** ikke fed **')).toEqual(doc(p(t('** ikke fed **'))));
    expect(md('\\*ikke kursiv\\* og \\[ikke link\\](https://x.dk) og C:\\Users')).toEqual(doc(p(t('*ikke kursiv* og [ikke link](https://x.dk) og C:\\Users'))));
  });

  it('keeps underscores, so file names and snake_case survive', () => {
    expect(md('arbejdsplan_2021_final.pdf')).toEqual(doc(p(t('arbejdsplan_2021_final.pdf'))));
  });

  it('lets emphasis cross a link but not the other way round', () => {
    expect(md('**a [b](https://x.dk) c**')).toEqual(doc(p(t('a ', 'bold'), t('b', 'bold', { href: 'https://x.dk' }), t(' c', 'bold'))));
    expect(md('[a *b](https://x.dk) c*')).toEqual(doc(p(t('a *b', { href: 'https://x.dk' }), t(' c*'))));
  });
});
