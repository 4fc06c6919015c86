/** Small inline icons (no image files: the CSP allows none from the network anyway). */
export { LimberMark as Mark } from '../shared/LimberMark';


const icon = (d: string, filled = false) =>
  function Icon() {
    return (
      <svg className="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={d} fill={filled ? 'currentColor' : 'none'} stroke={filled ? 'none' : 'currentColor'} strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    );
  };

export const PauseIcon = icon('M4.5 3h2.2v10H4.5zM9.3 3h2.2v10H9.3z', true);
export const PlayIcon = icon('M5 2.8v10.4L13 8z', true);
export const BackIcon = icon('M10 3.5 5.5 8l4.5 4.5');
export const SkipIcon = icon('M6 3.5 10.5 8 6 12.5');
export const CloseIcon = icon('M4 4l8 8M12 4l-8 8');
export const BreathIcon = icon('M2 6.5h7.5a2 2 0 1 0-2-2M2 9.5h10a2 2 0 1 1-2 2');
export const SwitchIcon = icon('M2.5 5.5h10M9.5 2.5l3 3-3 3M13.5 10.5h-10M6.5 7.5l-3 3 3 3');
