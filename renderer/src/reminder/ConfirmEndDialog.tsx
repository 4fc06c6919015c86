/**
 * "End this routine?" — asked inside the page (a native modal <dialog>: it traps focus and
 * hides the rest from screen readers), never with window.confirm, which would freeze timers
 * and look foreign in a frameless card.
 */
import { useEffect, useRef } from 'react';

export interface ConfirmEndDialogProps {
  readonly open: boolean;
  readonly onKeepGoing: () => void;
  readonly onEnd: () => void;
}

export function ConfirmEndDialog({ open, onKeepGoing, onEnd }: ConfirmEndDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // The safe choice has focus, so a second Esc or a stray Enter keeps the routine going.
      keep.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      onCancel={(event) => {
        // Esc inside the dialog means "no, keep going"; component state decides when it closes.
        event.preventDefault();
        onKeepGoing();
      }}
    >
      <h2 id="confirm-title">End this routine?</h2>
      <p id="confirm-text">The timer is paused. If you have moved for a minute or more, it still counts as a break.</p>
      <div className="confirm__actions">
        <button type="button" ref={keep} className="primary" onClick={onKeepGoing}>
          Keep going
        </button>
        <button type="button" onClick={onEnd}>
          End routine
        </button>
      </div>
    </dialog>
  );
}
