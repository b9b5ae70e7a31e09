/**
 * Items to HTML: an item is an H2 (a sub-item an H3) carrying the anchor the table of contents
 * links to; its section labels are one level below, and the referent's own headings below those.
 */
import type { ExportItem, Part, Section } from './modelTypes';
import { esc } from './htmlEscape';
import { richTextHtml } from './richTextHtml';

function partHtml(part: Part, richBase: number): string {
  switch (part.type) {
    case 'rich':
      return richTextHtml(part.doc, richBase);
    case 'text':
      return part.strong ? `<p><strong>${esc(part.text)}</strong></p>` : `<p>${esc(part.text)}</p>`;
    case 'list':
      return `<ul${part.plain ? ' class="plain"' : ''}>${part.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`;
    case 'speaker': {
      const detail = part.detail ? `, ${esc(part.detail)}` : '';
      return `<div class="speaker"><p class="who"><strong>${esc(part.name)}</strong>${detail}:</p>${richTextHtml(part.doc, richBase)}</div>`;
    }
  }
}

function sectionHtml(section: Section, labelLevel: number): string {
  const label = section.label === null ? '' : `<h${labelLevel} class="label">${esc(section.label)}</h${labelLevel}>`;
  // Without a label the referent's headings sit directly under the item.
  const richBase = section.label === null ? labelLevel : labelLevel + 1;
  const cls = section.field === 'absent' ? 'part absence' : `part ${section.field}`;
  return `<section class="${cls}">${label}${section.parts.map((p) => partHtml(p, richBase)).join('')}</section>`;
}

export function itemHtml(item: ExportItem, level: 2 | 3): string {
  if (item.isBreak) return `<p class="break" id="${item.anchor}">${esc(item.heading)}</p>`;
  const cls = level === 2 ? 'item' : 'sub-item';
  const heading = `<h${level} id="${item.anchor}">${esc(item.heading)}</h${level}>`;
  if (item.closedPlaceholder) return `<section class="${cls} closed">${heading}<p class="closed-note">Lukket punkt</p></section>`;
  const lines = [
    item.subtitle ? `<p class="subtitle">${esc(item.subtitle)}</p>` : '',
    item.presenterLine ? `<p class="presenter">${esc(item.presenterLine)}</p>` : '',
    item.meta.length ? `<p class="meta">${item.meta.map(esc).join(' · ')}</p>` : '',
  ].join('');
  const body = item.sections.map((s) => sectionHtml(s, level + 1)).join('');
  const subs = item.subItems.map((s) => itemHtml(s, 3)).join('');
  return `<section class="${cls}">${heading}${lines}${body}${subs}</section>`;
}
