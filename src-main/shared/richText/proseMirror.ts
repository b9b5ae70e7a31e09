/**
 * The ProseMirror JSON that Referent accepts for rich text (meeting-file spec, "Rich text"): the
 * shape tiptap writes, restricted to the nodes and marks the spec lists. Anything else is refused
 * with the JSON path of the offending node, because a rich field is rendered into the PDF and the
 * editor, and an unknown node (an image, raw HTML, a script-bearing link) must never get that far.
 *
 * The validator is written by hand rather than as nested zod unions: union errors in zod say only
 * "matches none of the allowed types", while a person fixing a file needs "unknown mark 'strike'
 * at content[2].content[0].marks[0]". It is iterative over a bounded depth, so a hostile file
 * nested 100,000 levels deep is refused instead of overflowing the stack.
 */
import { z } from 'zod';

export interface BoldMark { type: 'bold' }
export interface ItalicMark { type: 'italic' }
export interface UnderlineMark { type: 'underline' }
export interface LinkMark { type: 'link'; attrs: { href: string } }
export type RichMark = BoldMark | ItalicMark | UnderlineMark | LinkMark;
export type RichMarkType = RichMark['type'];

export interface TextNode { type: 'text'; text: string; marks?: RichMark[] }
/** Marks on a hard break are accepted (tiptap can write them) and dropped by `toRichDoc`. */
export interface HardBreakNode { type: 'hardBreak'; marks?: RichMark[] }
export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode { type: 'paragraph'; content?: InlineNode[] }
export interface HeadingNode { type: 'heading'; attrs: { level: 3 | 4 }; content?: InlineNode[] }
export interface BulletListNode { type: 'bulletList'; content: ListItemNode[] }
export interface OrderedListNode { type: 'orderedList'; attrs?: { start?: number }; content: ListItemNode[] }
export type ListNode = BulletListNode | OrderedListNode;
/** As in tiptap: the first child is always a paragraph, then paragraphs and lists. */
export interface ListItemNode { type: 'listItem'; content: Array<ParagraphNode | ListNode> }
export type BlockNode = ParagraphNode | HeadingNode | ListNode;
export interface RichDoc { type: 'doc'; content: BlockNode[] }

/** Canonical order of marks on a text node: the order tiptap's schema gives them (link first). */
export const markOrder: readonly RichMarkType[] = ['link', 'bold', 'italic', 'underline'];
export const blockTypes = ['paragraph', 'heading', 'bulletList', 'orderedList'] as const;
export const headingLevels = [3, 4] as const;

/** Limits that keep one field from exhausting memory or the stack. */
export const MAX_RICH_DEPTH = 20;
export const MAX_RICH_TEXT_CHARS = 1_000_000;
export const MAX_RICH_NODES = 200_000;
export const MAX_HREF_CHARS = 2_000;

const hrefPattern = /^(?:https?:\/\/[^\s\p{Cc}]+|mailto:[^\s\p{Cc}]+)$/iu;

/** True for the links the spec allows: http, https and mailto, with no whitespace or controls. */
export function isAllowedHref(href: string): boolean {
  return href.length <= MAX_HREF_CHARS && hrefPattern.test(href);
}

export type RichPath = Array<string | number>;
export interface RichProblem { path: RichPath; message: string }

/** 1000000 → "1.000.000", the Danish way, without relying on Intl data. */
export function danishNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

type Place = 'doc' | 'inline' | 'list' | 'listItem';
const allowedIn: Record<Place, readonly string[]> = {
  doc: blockTypes,
  inline: ['text', 'hardBreak'],
  list: ['listItem'],
  listItem: ['paragraph', 'bulletList', 'orderedList'],
};
const markTypes: readonly string[] = markOrder;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function quote(v: unknown): string {
  const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
  if (typeof v === 'string') return JSON.stringify(cut(v));
  return v === undefined ? 'ingenting' : cut(JSON.stringify(v) ?? String(v));
}

interface Pending { node: unknown; path: RichPath; place: Place; depth: number; first: boolean }

/**
 * Checks a value against the accepted ProseMirror subset. Returns the first problem found (in
 * document order) or null. Unknown keys on nodes and unknown attrs (tiptap's link `target`, `rel`,
 * `class`; orderedList `type`) are ignored here and dropped by `toRichDoc`.
 */
export function checkRichDoc(value: unknown): RichProblem | null {
  if (!isRecord(value)) return { path: [], message: 'forventede et ProseMirror-dokument: {"type":"doc","content":[…]}' };
  if (value.type !== 'doc') return { path: ['type'], message: `forventede "doc", fik ${quote(value.type)}` };
  // ProseMirror's toJSON leaves `content` out of an empty node, the doc included: that is an empty document.
  if (value.content != null && !Array.isArray(value.content)) return { path: ['content'], message: 'content skal være en liste af afsnit, overskrifter og lister' };
  let chars = 0;
  let nodes = 0;
  const stack: Pending[] = [];
  const pushChildren = (node: Record<string, unknown>, path: RichPath, place: Place, depth: number): RichProblem | null => {
    // Optional keys may be null as well as absent (meeting-file.md, Rules).
    if (node.content == null) return null;
    if (!Array.isArray(node.content)) return { path: [...path, 'content'], message: 'content skal være en liste' };
    if (nodes + stack.length + node.content.length > MAX_RICH_NODES) {
      return { path: [...path, 'content'], message: `dokumentet har for mange elementer (højst ${danishNumber(MAX_RICH_NODES)})` };
    }
    for (let i = node.content.length - 1; i >= 0; i--) {
      stack.push({ node: node.content[i], path: [...path, 'content', i], place, depth, first: i === 0 });
    }
    return null;
  };
  const top = pushChildren(value, [], 'doc', 2);
  if (top) return top;
  while (stack.length > 0) {
    const { node, path, place, depth, first } = stack.pop() as Pending;
    if (depth > MAX_RICH_DEPTH) return { path, message: `dokumentet er for dybt indlejret (højst ${MAX_RICH_DEPTH} niveauer)` };
    if (++nodes > MAX_RICH_NODES) return { path, message: `dokumentet har for mange elementer (højst ${danishNumber(MAX_RICH_NODES)})` };
    if (!isRecord(node)) return { path, message: 'forventede en node: et objekt med "type"' };
    const type = node.type;
    if (typeof type !== 'string') return { path: [...path, 'type'], message: 'forventede en nodetype (tekst)' };
    const allowed = allowedIn[place];
    if (!allowed.includes(type)) {
      const known = [...blockTypes, 'listItem', 'text', 'hardBreak'].includes(type as never);
      return {
        path: [...path, 'type'],
        message: `${known ? `${quote(type)} kan ikke stå her` : `ukendt nodetype ${quote(type)}`}; tilladt her: ${allowed.join(', ')}`,
      };
    }
    if (place === 'listItem' && first && type !== 'paragraph') {
      return { path: [...path, 'type'], message: 'et listepunkt skal begynde med et afsnit (paragraph)' };
    }
    switch (type) {
      case 'text': {
        if (typeof node.text !== 'string' || node.text.length === 0) {
          return { path: [...path, 'text'], message: 'en tekstnode skal have en ikke-tom tekst' };
        }
        chars += node.text.length;
        if (chars > MAX_RICH_TEXT_CHARS) return { path, message: `teksten er for lang: højst ${danishNumber(MAX_RICH_TEXT_CHARS)} tegn` };
        if (node.content != null) return { path: [...path, 'content'], message: 'en tekstnode kan ikke have content' };
        const bad = checkMarks(node.marks, path);
        if (bad) return bad;
        break;
      }
      case 'hardBreak': {
        if (node.content != null) return { path: [...path, 'content'], message: 'et linjeskift kan ikke have content' };
        const bad = checkMarks(node.marks, path);
        if (bad) return bad;
        break;
      }
      case 'heading':
      case 'paragraph': {
        const level = isRecord(node.attrs) ? node.attrs.level : undefined;
        if (type === 'heading' && level !== 3 && level !== 4) {
          return { path: [...path, 'attrs', 'level'], message: `overskriftsniveau skal være 3 eller 4, fik ${quote(level)}` };
        }
        if (node.marks != null) return { path: [...path, 'marks'], message: 'et afsnit kan ikke have mærker' };
        const bad = pushChildren(node, path, 'inline', depth + 1);
        if (bad) return bad;
        break;
      }
      case 'orderedList':
      case 'bulletList':
      case 'listItem': {
        const start = type === 'orderedList' && isRecord(node.attrs) ? node.attrs.start : undefined;
        if (start !== undefined && start !== null && !(Number.isInteger(start) && (start as number) >= 0 && (start as number) <= 999_999_999)) {
          return { path: [...path, 'attrs', 'start'], message: `start skal være et helt tal fra 0 til 999999999, fik ${quote(start)}` };
        }
        if (!Array.isArray(node.content) || node.content.length === 0) {
          return {
            path: [...path, 'content'],
            message: type === 'listItem' ? 'et listepunkt skal have indhold (først et afsnit)' : 'en liste skal have mindst ét punkt (listItem)',
          };
        }
        const bad = pushChildren(node, path, type === 'listItem' ? 'listItem' : 'list', depth + 1);
        if (bad) return bad;
        break;
      }
    }
  }
  return null;
}

function checkMarks(marks: unknown, path: RichPath): RichProblem | null {
  if (marks == null) return null;
  if (!Array.isArray(marks)) return { path: [...path, 'marks'], message: 'marks skal være en liste' };
  const seen = new Set<string>();
  for (let i = 0; i < marks.length; i++) {
    const mark: unknown = marks[i];
    const at = [...path, 'marks', i];
    if (!isRecord(mark) || typeof mark.type !== 'string') return { path: at, message: 'forventede et mærke: et objekt med "type"' };
    if (!markTypes.includes(mark.type)) {
      return { path: [...at, 'type'], message: `ukendt mærke ${quote(mark.type)}; tilladt: bold, italic, underline, link` };
    }
    if (seen.has(mark.type)) return { path: [...at, 'type'], message: `mærket ${quote(mark.type)} står to gange` };
    seen.add(mark.type);
    if (mark.type === 'link') {
      const href = isRecord(mark.attrs) ? mark.attrs.href : undefined;
      if (typeof href !== 'string' || !isAllowedHref(href)) {
        return { path: [...at, 'attrs', 'href'], message: `et link skal være en http-, https- eller mailto-adresse, fik ${quote(href)}` };
      }
    }
  }
  return null;
}

/**
 * Zod schema of a rich document in ProseMirror form. It validates and passes the value through
 * unchanged (extra attrs included); use `toRichDoc` for the canonical form.
 */
export const richDocSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    const problem = checkRichDoc(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  })
  .transform((v) => v as RichDoc);
