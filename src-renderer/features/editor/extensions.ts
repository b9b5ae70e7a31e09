import StarterKit from '@tiptap/starter-kit';
import type { AnyExtension } from '@tiptap/core';
import { Initials, type InitialsOptions } from './initials';
import { Spelling } from '../spelling/spellingExtension';

/**
 * The editor's schema is exactly the meeting file's rich text: paragraphs, headings 3–4, bullet
 * and numbered lists, hard breaks, bold, italic, underline, links (http, https, mailto). Anything
 * pasted that is not in it (tables, images, fonts, colours, Word's styles) is dropped by the
 * schema itself, so foreign HTML never reaches the minutes.
 */
export function richExtensions(initials: InitialsOptions, options: { spelling?: boolean } = {}): AnyExtension[] {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      trailingNode: false,
      dropcursor: false,
      gapcursor: false,
      heading: { levels: [3, 4] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url: string) => /^(https?:\/\/|mailto:)/i.test(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    Initials.configure(initials),
    ...(options.spelling ? [Spelling] : []),
  ];
}

/**
 * Word, Outlook and web pages paste HTML full of styles, conditional comments and Office
 * namespaces. The schema drops unknown markup; this removes what it would otherwise keep as text
 * (style sheets, comments) before parsing.
 */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<script[\s\S]*?<\/script>/gi, '')
    .replace(/<\/?o:p>/gi, '')
    .replace(/<xml[\s\S]*?<\/xml>/gi, '');
}
