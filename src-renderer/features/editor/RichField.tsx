import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { EditorContent, useEditor } from '@tiptap/react';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { cleanPastedHtml, richExtensions } from './extensions';
import { useNearViewport } from './useNearViewport';
import { staticHtml } from './staticHtml';
import { spellChecker } from '../spelling/spellChecker';

export interface RichFieldProps {
  /** The field's visible label (and the editor's accessible name). */
  label: string;
  value: RichDoc | null;
  onChange(doc: RichDoc): void;
  onBlur?(): void;
  names?: () => string[];
  readOnly?: boolean;
  /** Set to focus the field (e.g. by a shortcut); the id lets shortcuts find it. */
  fieldId: string;
}

const noNames = () => [];

/**
 * One small editor per field (measured: typing stays fast; one editor for a whole meeting does
 * not). Off screen the field is static HTML from the same schema, and becomes an editor when it
 * comes near the viewport or gets focus, so a 60-item meeting opens at once.
 */
export const RichField = memo(function RichField(props: RichFieldProps) {
  const [ref, near] = useNearViewport<HTMLDivElement>();
  const [wanted, setWanted] = useState(false);
  const live = near || wanted;
  return (
    <div className="rich-field" ref={ref}>
      <div className="field-label" id={`${props.fieldId}-label`}>
        {props.label}
      </div>
      {live ? (
        <LiveEditor {...props} autoFocus={wanted} />
      ) : (
        // flushSync: the editor must exist and hold the focus before the next key arrives, or the
        // first letter typed into a field that was just focused would be lost.
        <StaticRich {...props} onWake={() => flushSync(() => setWanted(true))} />
      )}
    </div>
  );
});

function StaticRich({ value, fieldId, label, onWake }: RichFieldProps & { onWake(): void }) {
  const html = staticHtml(value);
  return (
    <div
      className="rich-editor static"
      id={fieldId}
      tabIndex={0}
      role="textbox"
      aria-multiline="true"
      aria-label={label}
      onFocus={onWake}
      // generateHTML writes only the schema's nodes and marks, with text escaped.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function LiveEditor({ value, onChange, onBlur, label, fieldId, names, readOnly, autoFocus }: RichFieldProps & { autoFocus: boolean }) {
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const namesRef = useRef(names ?? noNames);
  namesRef.current = names ?? noNames;
  const editor = useEditor({
    extensions: richExtensions({ names: () => namesRef.current() }, { spelling: !readOnly }),
    content: value ?? '',
    editable: !readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    injectCSS: false,
    editorProps: {
      // spellcheck off: Chromium's own checker needs a download; ours runs offline in a worker.
      attributes: { id: fieldId, role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'rich-editor', spellcheck: 'false', lang: 'da' },
      transformPastedHTML: cleanPastedHtml,
    },
    // Only a change of the text is saved: opening a field never writes (or bumps the revision).
    onUpdate: ({ editor: e, transaction }) => {
      if (transaction.docChanged) changeRef.current(e.getJSON() as RichDoc);
    },
    onBlur: () => onBlur?.(),
  });
  useLayoutEffect(() => {
    // Focus now, not in tiptap's focus command (it waits for an animation frame, and a key typed
    // in between would go to no field).
    if (!autoFocus || !editor) return;
    editor.view.focus();
    editor.commands.setTextSelection(editor.state.doc.content.size);
  }, [autoFocus, editor]);
  useEffect(() => editor?.setEditable(!readOnly), [editor, readOnly]);
  // The meeting's own names are right even when the dictionary does not know them.
  useEffect(() => spellChecker.accept(namesRef.current().flatMap((n) => n.split(/[\s-]+/)).filter((w) => w.length > 1)), []);
  return <EditorContent editor={editor} />;
}
