/**
 * @module Help
 * The keyboard help dialog (`?`).
 */
import { useEffect, useRef } from 'react';

/** The shortcuts, shown by `?` and documented in the README. */
export const SHORTCUTS: [string, string][] = [
  ['j / k', 'next / previous event in the table, or in the open document'],
  ['a', 'accept the selected event'],
  ['r', 'reject the selected event'],
  ['e', 'edit the selected event'],
  ['o', 'open the selected event’s document'],
  ['Esc', 'close the editor, the document or this help'],
  ['?', 'show this help'],
];

/**
 * The help dialog.
 *
 * @param props
 *   `onClose`.
 */
export function Help({ onClose }: { onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="help" aria-label="Keyboard shortcuts" onClose={onClose}>
      <h2>Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([k, v]) => (
          <div key={k}>
            <dt>
              <kbd>{k}</kbd>
            </dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Shortcuts are off while typing in a field. Every control is also reachable with Tab.
      </p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
