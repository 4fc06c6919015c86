/**
 * Matching the apps the user listed against running process names, the same on every OS:
 * case-insensitive, ".exe" and ".app" ignored, and Linux's 15-character /proc comm limit
 * honoured ("microsoft-teams" is listed, "microsoft-teams" truncated to 15 is what runs).
 */
const LINUX_COMM_MAX = 15;

export function normalizeAppName(name: string): string {
  return name.trim().toLowerCase().replace(/\.(exe|app)$/, '');
}

/** The listed names that are running, in the user's order, or [] when none is. */
export function runningListedApps(listed: readonly string[], running: Iterable<string>, options: { truncatedTo?: number } = {}): string[] {
  const names = new Set<string>();
  for (const r of running) names.add(normalizeAppName(r));
  return listed.filter((l) => {
    const want = normalizeAppName(l);
    if (!want) return false;
    return names.has(want) || (options.truncatedTo !== undefined && want.length > options.truncatedTo && names.has(want.slice(0, options.truncatedTo)));
  });
}

export const listedAppDetail = (found: readonly string[]) => `${found.join(', ')} ${found.length === 1 ? 'is' : 'are'} running`;

export { LINUX_COMM_MAX };
