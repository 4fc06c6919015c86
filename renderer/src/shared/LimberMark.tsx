/** Limber's mark (the app icon's figure), drawn inline in the theme's colours. */
export function LimberMark({ className, size = 40 }: { className?: string; size?: number }) {
  return (
    <svg className={className} viewBox="0 0 48 48" width={size} height={size} aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="12" fill="var(--accent)" />
      <circle cx="26" cy="11" r="4" fill="var(--accent-text)" />
      <path
        d="M26 17 C 22 24, 22 28, 25 33 M25 33 L 18 41 M25 33 L 32 40 M24 21 L 14 17 M24 21 L 34 15"
        stroke="var(--accent-text)"
        strokeWidth="3.2"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}
