import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves focus to a screen's heading when the screen appears, but only if this window already
 * has focus: the card is shown without taking focus, and must never grab it. When the user
 * did click or type here, the heading tells a screen reader what just changed.
 */
export function useFocusOnMount<T extends HTMLElement>(when = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when && document.hasFocus()) ref.current?.focus({ preventScroll: true });
  }, [when]);
  return ref;
}

/**
 * A region that scrolls only when its content is too long (very long cues, large system
 * text) must then be reachable by keyboard to scroll it; when everything fits it should not
 * be a pointless extra Tab stop. Returns the props to spread on the region.
 */
export function useScrollableFocus<T extends HTMLElement>(contentKey: unknown, label: string) {
  const [node, setNode] = useState<T | null>(null);
  const [scrolls, setScrolls] = useState(false);
  const ref = useCallback((el: T | null) => setNode(el), []);
  useEffect(() => {
    if (!node) return;
    const measure = () => setScrolls(node.scrollHeight > node.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    for (const child of Array.from(node.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [node, contentKey]);
  return scrolls ? { ref, tabIndex: 0, 'aria-label': label } : { ref };
}
