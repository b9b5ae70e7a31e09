/**
 * Inline Markdown of the spec's subset: `**bold**`, `*italic*`, `[text](https://…)` links,
 * backslash escapes, hard line breaks (two or more spaces, or a backslash, before a newline).
 * A single newline is a soft break and becomes a space, as in CommonMark.
 *
 * Emphasis follows CommonMark's delimiter-run algorithm (flanking, the rule of 3, openers_bottom)
 * for `*` only: `_` is not in the subset and stays text, so snake_case and file names survive.
 * Everything else — HTML tags, entities, code spans, autolinks, images, link titles, links to
 * other protocols — is literal text. Nothing here ever produces HTML.
 *
 * Nodes live in a linked list so wrapping a range in emphasis or a link is O(1); the flattening
 * into ProseMirror text nodes is iterative, so deeply nested emphasis cannot overflow the stack.
 */
import { isAllowedHref, MAX_HREF_CHARS, type InlineNode, type RichMark } from './proseMirror';

interface Base { prev: MdNode | null; next: MdNode | null }
interface TextMd extends Base { kind: 'text'; text: string }
interface BreakMd extends Base { kind: 'br' }
interface WrapMd extends Base { kind: 'em' | 'strong' | 'link'; href: string; first: MdNode | null; last: MdNode | null }
type MdNode = TextMd | BreakMd | WrapMd;

interface Delim {
  node: TextMd;
  count: number;
  orig: number;
  canOpen: boolean;
  canClose: boolean;
  prev: Delim | null;
  next: Delim | null;
}
interface Bracket { node: TextMd; prevDelim: Delim | null; active: boolean; prev: Bracket | null }

const asciiPunct = /[!-/:-@[-`{-~]/;
const punct = /[\p{P}\p{S}]/u;
const space = /\s/u;

class Sequence {
  first: MdNode | null = null;
  last: MdNode | null = null;
  append(node: MdNode): void {
    node.prev = this.last;
    node.next = null;
    if (this.last) this.last.next = node;
    else this.first = node;
    this.last = node;
  }
  remove(node: MdNode): void {
    if (node.prev) node.prev.next = node.next;
    else this.first = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.last = node.prev;
    node.prev = node.next = null;
  }
  /** Moves the nodes strictly after `after` (up to and excluding `before`, or to the end) into `wrap`, which takes their place. */
  wrapBetween(after: MdNode, before: MdNode | null, wrap: WrapMd): void {
    const first = after.next === before ? null : after.next;
    const last = first ? (before ? before.prev : this.last) : null;
    wrap.first = first;
    wrap.last = last;
    if (first) first.prev = null;
    if (last) last.next = null;
    after.next = wrap;
    wrap.prev = after;
    wrap.next = before;
    if (before) before.prev = wrap;
    else this.last = wrap;
  }
}

/** The code point before index `i` (a whole surrogate pair), or a space at the start. */
function charBefore(s: string, i: number): string {
  if (i === 0) return ' ';
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.slice(i - 2, i);
  }
  return s[i - 1] as string;
}

function text(t: string): TextMd {
  return { kind: 'text', text: t, prev: null, next: null };
}

/** The destination of `[text](dest)` starting at `(`; null when there is none (the brackets stay text). */
function parseDestination(s: string, at: number): { href: string; end: number } | null {
  if (s[at] !== '(') return null;
  let i = at + 1;
  while (s[i] === ' ' || s[i] === '\t') i++;
  let href = '';
  let depth = 0;
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && i + 1 < s.length && asciiPunct.test(s[i + 1] as string)) {
      href += s[++i];
    } else if (c === '(') {
      if (++depth > 32) return null;
      href += c;
    } else if (c === ')') {
      if (depth === 0) break;
      depth--;
      href += c;
    } else if (c <= ' ' || (c >= '\u007f' && (c <= '\u009f' || space.test(c))) || href.length >= MAX_HREF_CHARS) {
      break;
    } else {
      href += c;
    }
  }
  while (s[i] === ' ' || s[i] === '\t') i++;
  if (s[i] !== ')' || href === '') return null;
  return { href, end: i + 1 };
}

export function parseInline(s: string): InlineNode[] {
  const seq = new Sequence();
  let delims: Delim | null = null;
  let brackets: Bracket | null = null;
  let buf = '';
  const flush = () => {
    if (buf !== '') seq.append(text(buf));
    buf = '';
  };
  const removeDelim = (d: Delim) => {
    if (d.prev) d.prev.next = d.next;
    if (d.next) d.next.prev = d.prev;
    else delims = d.prev;
  };

  const processEmphasis = (bottom: Delim | null) => {
    const openersBottom: Array<Delim | null> = [bottom, bottom, bottom, bottom, bottom, bottom];
    // Nothing above the bottom: return at once (walking down from it would cost O(n) per link).
    if (delims === bottom) return;
    let closer: Delim | null = delims;
    while (closer && closer.prev !== bottom) closer = closer.prev;
    while (closer) {
      if (!closer.canClose) {
        closer = closer.next;
        continue;
      }
      const index = (closer.canOpen ? 3 : 0) + (closer.orig % 3);
      let opener: Delim | null = closer.prev;
      let found = false;
      while (opener && opener !== bottom && opener !== openersBottom[index]) {
        const oddMatch = (closer.canOpen || opener.canClose) && closer.orig % 3 !== 0 && (opener.orig + closer.orig) % 3 === 0;
        if (opener.canOpen && !oddMatch) {
          found = true;
          break;
        }
        opener = opener.prev;
      }
      const oldCloser: Delim = closer;
      if (found && opener) {
        const use = closer.count >= 2 && opener.count >= 2 ? 2 : 1;
        opener.count -= use;
        closer.count -= use;
        opener.node.text = opener.node.text.slice(0, opener.count);
        closer.node.text = closer.node.text.slice(0, closer.count);
        const wrap: WrapMd = { kind: use === 1 ? 'em' : 'strong', href: '', first: null, last: null, prev: null, next: null };
        seq.wrapBetween(opener.node, closer.node, wrap);
        // Delimiters between opener and closer are now inside the wrap: they can match nothing.
        opener.next = closer;
        closer.prev = opener;
        if (opener.count === 0) {
          seq.remove(opener.node);
          removeDelim(opener);
        }
        if (closer.count === 0) {
          const next: Delim | null = closer.next;
          seq.remove(closer.node);
          removeDelim(closer);
          closer = next;
        }
      } else {
        closer = closer.next;
        openersBottom[index] = oldCloser.prev;
        if (!oldCloser.canOpen) removeDelim(oldCloser);
      }
    }
    while (delims && delims !== bottom) removeDelim(delims);
  };

  let i = 0;
  const n = s.length;
  const skipIndent = () => {
    while (s[i] === ' ' || s[i] === '\t') i++;
  };
  while (i < n) {
    const c = s[i] as string;
    if (c === '\\') {
      const next = s[i + 1];
      if (next === '\n') {
        flush();
        seq.append({ kind: 'br', prev: null, next: null });
        i += 2;
        skipIndent();
      } else if (next !== undefined && asciiPunct.test(next)) {
        buf += next;
        i += 2;
      } else {
        buf += c;
        i++;
      }
    } else if (c === '\n') {
      // buf holds at most this line (it is flushed at every newline), so this stays linear.
      let end = buf.length;
      while (end > 0 && (buf[end - 1] === ' ' || buf[end - 1] === '\t')) end--;
      const hard = buf.endsWith('  ');
      if (end < buf.length) buf = buf.slice(0, end);
      flush();
      if (hard) seq.append({ kind: 'br', prev: null, next: null });
      else buf = ' ';
      i++;
      skipIndent();
    } else if (c === '*') {
      let j = i;
      while (s[j] === '*') j++;
      const before = charBefore(s, i);
      const after = j >= n ? ' ' : String.fromCodePoint(s.codePointAt(j) as number);
      const left = !space.test(after) && (!punct.test(after) || space.test(before) || punct.test(before));
      const right = !space.test(before) && (!punct.test(before) || space.test(after) || punct.test(after));
      flush();
      const node = text(s.slice(i, j));
      seq.append(node);
      const d: Delim = { node, count: j - i, orig: j - i, canOpen: left, canClose: right, prev: delims, next: null };
      if (delims) delims.next = d;
      delims = d;
      i = j;
    } else if (c === '[') {
      // `![alt](src)` is an image, which the subset does not have: it stays text whole, rather
      // than turning into "!" and a link. An escaped `\!` (odd backslashes before it) is text
      // and may be followed by a link.
      let slashes = 0;
      while (i - 2 - slashes >= 0 && s[i - 2 - slashes] === '\\') slashes++;
      const image = i > 0 && s[i - 1] === '!' && slashes % 2 === 0;
      flush();
      const node = text('[');
      seq.append(node);
      brackets = { node, prevDelim: delims, active: !image, prev: brackets };
      i++;
    } else if (c === ']') {
      flush();
      const opener = brackets as Bracket | null;
      // An empty `[](…)` stays text: a link nobody can see or click is not worth keeping.
      const dest = opener && opener.active && opener.node.next ? parseDestination(s, i + 1) : null;
      if (opener && dest && isAllowedHref(dest.href)) {
        processEmphasis(opener.prevDelim);
        const link: WrapMd = { kind: 'link', href: dest.href, first: null, last: null, prev: null, next: null };
        seq.wrapBetween(opener.node, null, link);
        seq.remove(opener.node);
        brackets = opener.prev;
        // No links inside links: earlier brackets can no longer make one.
        for (let b = brackets; b; b = b.prev) b.active = false;
        i = dest.end;
      } else {
        if (opener) brackets = opener.prev;
        seq.append(text(']'));
        i++;
      }
    } else {
      buf += c;
      i++;
    }
  }
  flush();
  processEmphasis(null);
  return flatten(seq.first);
}

interface Frame { node: MdNode | null; bold: boolean; italic: boolean; href: string | null }

function flatten(first: MdNode | null): InlineNode[] {
  const out: InlineNode[] = [];
  const stack: Frame[] = [{ node: first, bold: false, italic: false, href: null }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const node = frame.node;
    if (!node) {
      stack.pop();
      continue;
    }
    frame.node = node.next;
    if (node.kind === 'text') {
      if (node.text === '') continue;
      const marks: RichMark[] = [];
      if (frame.href !== null) marks.push({ type: 'link', attrs: { href: frame.href } });
      if (frame.bold) marks.push({ type: 'bold' });
      if (frame.italic) marks.push({ type: 'italic' });
      out.push(marks.length > 0 ? { type: 'text', marks, text: node.text } : { type: 'text', text: node.text });
    } else if (node.kind === 'br') {
      out.push({ type: 'hardBreak' });
    } else {
      stack.push({
        node: node.first,
        bold: frame.bold || node.kind === 'strong',
        italic: frame.italic || node.kind === 'em',
        href: node.kind === 'link' ? node.href : frame.href,
      });
    }
  }
  return out;
}
