import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';

const rows: [string, string][] = [
  ['Alt+↓ / Alt+↑', 'shortcut.nextPrev'],
  ['Alt+B', 'shortcut.decision'],
  ['Alt+1 … Alt+7', 'shortcut.outcome'],
  ['Alt+O', 'shortcut.action'],
  ['Alt+I', 'shortcut.absence'],
  ['Ctrl+Mellemrum', 'shortcut.initials'],
  ['T / A / F', 'shortcut.attendance'],
  ['1 … 7', 'shortcut.outcomeChips'],
  ['Alt+Shift+↑ / ↓', 'shortcut.reorder'],
  ['Delete', 'shortcut.delete'],
  ['Ctrl+Z', 'shortcut.undo'],
  ['Ctrl+B / Ctrl+I / Ctrl+U', 'shortcut.format'],
  ['?', 'shortcut.help'],
];

/** The shortcuts overview, opened with `?`. A native modal dialog: focus stays inside, Esc closes. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal?.();
  }, []);
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-heading" onClose={onClose} onCancel={onClose}>
      <h2 id="shortcuts-heading">{t('shortcut.heading')}</h2>
      <table>
        <tbody>
          {rows.map(([keys, label]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{t(label as never)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" autoFocus onClick={onClose}>
        {t('shortcut.close')}
      </button>
    </dialog>
  );
}
