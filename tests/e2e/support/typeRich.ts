import type { Page } from '@playwright/test';
import type { BlockNode, InlineNode, ListNode, RichDoc } from '../../../src-main/shared/richText/proseMirror';

/**
 * Types a rich document into the focused editor with the keyboard only, as a referent would:
 * paragraphs with Enter, lists started with "- " or "1. ", nested lists with Tab (and the list
 * shortcut when the nested kind differs), leaving a list with Enter on an empty item, bold and
 * italic with Ctrl+B / Ctrl+I, line breaks with Shift+Enter.
 */
export async function typeRich(page: Page, doc: RichDoc | null): Promise<void> {
  if (!doc) return;
  let previous: 'paragraph' | 'list-text' | 'list-empty' | null = null;
  for (const block of doc.content) {
    if (previous === 'paragraph') await page.keyboard.press('Enter');
    if (previous === 'list-text') await page.keyboard.press('Enter');
    if (previous === 'list-text' || previous === 'list-empty') await page.keyboard.press('Enter');
    previous = await typeBlock(page, block);
  }
}

async function typeBlock(page: Page, block: BlockNode): Promise<'paragraph' | 'list-text' | 'list-empty'> {
  if (block.type === 'paragraph') {
    await typeInline(page, block.content ?? []);
    return 'paragraph';
  }
  if (block.type === 'heading') {
    await page.keyboard.type(`${'#'.repeat(block.attrs.level)} `);
    await typeInline(page, block.content ?? []);
    return 'paragraph';
  }
  const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 1;
  await page.keyboard.type(block.type === 'orderedList' ? `${start}. ` : '- ');
  return (await typeListBody(page, block)) === 'text' ? 'list-text' : 'list-empty';
}

async function typeListBody(page: Page, list: ListNode): Promise<'text' | 'empty'> {
  let state: 'text' | 'empty' = 'empty';
  for (const item of list.content) {
    if (state === 'text') await page.keyboard.press('Enter');
    const [first, ...nested] = item.content;
    if (first?.type === 'paragraph') await typeInline(page, first.content ?? []);
    state = 'text';
    for (const inner of nested) {
      if (inner.type !== 'bulletList' && inner.type !== 'orderedList') continue;
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      if (inner.type !== list.type) await page.keyboard.press(inner.type === 'bulletList' ? 'Control+Shift+8' : 'Control+Shift+7');
      const s = await typeListBody(page, inner);
      if (s === 'text') await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      state = 'empty';
    }
  }
  return state;
}

async function typeInline(page: Page, content: InlineNode[]): Promise<void> {
  for (const node of content) {
    if (node.type === 'hardBreak') {
      await page.keyboard.press('Shift+Enter');
      continue;
    }
    const marks = (node.marks ?? []).map((m) => m.type).filter((m) => m === 'bold' || m === 'italic');
    for (const m of marks) await page.keyboard.press(m === 'bold' ? 'Control+b' : 'Control+i');
    await page.keyboard.type(node.text);
    for (const m of marks) await page.keyboard.press(m === 'bold' ? 'Control+b' : 'Control+i');
  }
}
