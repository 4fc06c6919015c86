/**
 * Window-wide shortcuts (Enter, Space, Esc, ←/→). They listen on the window, not on a focused
 * element, because the card is shown without focus: when the user then focuses the window,
 * nothing inside it has focus yet and the keys must still work.
 */
import { useLayoutEffect, useRef } from 'react';

export type ShortcutKey = 'enter' | 'space' | 'escape' | 'left' | 'right';

/** Only what the decision needs from a KeyboardEvent (so it is testable without a DOM). */
export interface KeyLike {
  readonly key: string;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly repeat?: boolean;
  readonly defaultPrevented?: boolean;
  /** The focused element's tag and role, if any. */
  readonly targetTag?: string;
  readonly targetRole?: string | null;
  /** True when the key was pressed inside an open dialog (the dialog handles its own keys). */
  readonly inDialog?: boolean;
}

const CONTROL_TAGS = new Set(['BUTTON', 'A', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY']);

/**
 * Which shortcut a key press is, or null to leave it alone. Enter and Space on a focused
 * button belong to that button (Enter on "Skip" must skip, not start), so they are left to
 * the browser; arrows and Esc are never a button's own keys here.
 */
export function shortcutFor(e: KeyLike): ShortcutKey | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.inDialog) return null;
  const onControl = (e.targetTag !== undefined && CONTROL_TAGS.has(e.targetTag.toUpperCase())) || e.targetRole === 'button';
  switch (e.key) {
    case 'Enter':
      return onControl || e.repeat ? null : 'enter';
    case ' ':
    case 'Spacebar':
      return onControl || e.repeat ? null : 'space';
    case 'Escape':
      return e.repeat ? null : 'escape';
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    default:
      return null;
  }
}

export function keyLike(event: KeyboardEvent): KeyLike {
  const target = event.target instanceof Element ? event.target : null;
  return {
    key: event.key,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    repeat: event.repeat,
    defaultPrevented: event.defaultPrevented,
    ...(target ? { targetTag: target.tagName, targetRole: target.getAttribute('role') } : {}),
    inDialog: !!target?.closest('dialog[open]'),
  };
}

/**
 * Calls `onKey` for each shortcut while the component is mounted; the handler may change freely.
 * Layout effects, not effects: the listener and the latest handler are in place before the
 * browser paints, so a key pressed as soon as the card is visible is never lost.
 */
export function useShortcuts(onKey: (key: ShortcutKey) => boolean | void): void {
  const handler = useRef(onKey);
  useLayoutEffect(() => {
    handler.current = onKey;
  });
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const key = shortcutFor(keyLike(event));
      if (key && handler.current(key) !== false) event.preventDefault();
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
