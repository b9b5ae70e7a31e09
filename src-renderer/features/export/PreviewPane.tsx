import { useEffect, useRef, useState } from 'react';
import type { Client } from '../../../src-main/shared/api/client';
import type { PreviewHtml } from '../../../src-main/shared/export/types';
import { useI18n } from '../../i18n/I18nContext';
import { previewCss } from './previewDocument';
import { addPreviewFonts } from './previewFonts';
import type { ExportChoice } from './useExportRun';

/**
 * The preview: the same HTML the PDF is printed from, in a shadow root (see previewDocument.ts
 * for why not an iframe). `body` is our own renderer's output with every text escaped, so it is
 * set as HTML; it holds no script, and the CSP would refuse any anyway. The region scrolls and
 * can be focused, so it can be read with the keyboard.
 */
export function PreviewPane({ client, meetingId, choice }: { client: Client; meetingId: string; choice: Pick<ExportChoice, 'variant' | 'public'> }) {
  const { t } = useI18n();
  const host = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<PreviewHtml | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { variant } = choice;
  const isPublic = choice.public;

  useEffect(() => {
    let live = true;
    setPreview(null);
    setError(null);
    client.call('export.html', { meetingId, variant, public: isPublic }).then(
      async (p) => {
        await addPreviewFonts(p.html);
        if (live) setPreview(p);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [client, meetingId, variant, isPublic]);

  useEffect(() => {
    const el = host.current;
    if (!el || !preview) return;
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(previewCss(preview.css));
    shadow.adoptedStyleSheets = [sheet];
    shadow.innerHTML = `<div class="sheet" lang="da">${preview.body}</div>`;
    // The document's own <main> would be a second main landmark inside the app's: a plain div here.
    for (const main of shadow.querySelectorAll('main')) {
      const div = document.createElement('div');
      for (const { name, value } of main.attributes) div.setAttribute(name, value);
      div.append(...main.childNodes);
      main.replaceWith(div);
    }
    // The contents' and Bilagsoversigt's links are #anchors inside the shadow root; letting them
    // through would change the app's own #/route. Scroll to the target instead; other links stay put.
    const onClick = (e: Event) => {
      const a = (e.composedPath()[0] as Element | undefined)?.closest?.('a');
      if (!a) return;
      e.preventDefault();
      const href = a.getAttribute('href') ?? '';
      if (href.startsWith('#')) shadow.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start' });
    };
    shadow.addEventListener('click', onClick);
    return () => shadow.removeEventListener('click', onClick);
  }, [preview]);

  return (
    <section className="export-preview" aria-labelledby="export-preview-heading">
      <h3 id="export-preview-heading">{preview ? t('export.previewOf', { title: preview.title }) : t('export.preview')}</h3>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!preview && !error && <p className="muted">{t('export.previewLoading')}</p>}
      {/* A focusable scrolling region (tabIndex 0) so keyboard users can scroll it. */}
      <div ref={host} className="preview-scroll" role="region" aria-label={t('export.preview')} tabIndex={0} hidden={!preview} />
    </section>
  );
}
