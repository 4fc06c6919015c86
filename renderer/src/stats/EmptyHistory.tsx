/**
 * No breaks in the last 30 days (a new install, or a long holiday): say what will appear here
 * and how it fills up, instead of drawing thirty empty bars.
 */
export function EmptyHistory({ goal }: { readonly goal: number }) {
  return (
    <div className="empty">
      <svg className="empty__art" viewBox="0 0 120 72" aria-hidden="true" focusable="false">
        <line className="empty__axis" x1="6" x2="114" y1="64" y2="64" />
        {[14, 30, 46, 62, 78, 94].map((x, i) => (
          <rect key={x} className="empty__bar" x={x} y={64 - [18, 30, 24, 40, 34, 48][i]!} width="10" height={[18, 30, 24, 40, 34, 48][i]!} rx="2" />
        ))}
        <line className="empty__goal" x1="6" x2="114" y1="34" y2="34" />
      </svg>
      <div>
        <p className="empty__title">Nothing recorded in the last 30 days yet</p>
        <p className="empty__text">
          Each routine you finish and each break you take when a reminder is up lands here, day by day. Do {goal === 1 ? 'a routine' : `${goal} routines`} on a work day to
          start a streak.
        </p>
      </div>
    </div>
  );
}
