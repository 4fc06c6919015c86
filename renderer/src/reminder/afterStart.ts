/**
 * Everything the reminder window needs only once a routine starts: the player, the screens
 * after it and the voice guide. Loaded on its own (ReminderApp imports it dynamically) so the
 * card's first paint waits for the card alone; the card prefetches it as soon as it is painted,
 * so Start does not wait for it.
 */
export { HurtScreen } from './HurtScreen';
export { Player, type PlayerEnd } from './Player';
export { Summary } from './Summary';
export { createVoiceGuide, END_LINE, type VoiceGuide } from './voice';
