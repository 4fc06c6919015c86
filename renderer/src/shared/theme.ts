import { useEffect } from 'react';
import type { Theme } from '../../../common/preferences';

/** "system" leaves the choice to prefers-color-scheme (see base.css). */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === undefined || theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
}
