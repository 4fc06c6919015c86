/**
 * The first run: whether the welcome screen was completed (owned here, saved in the app state),
 * and how its answers become preferences.
 */
import type { WelcomeChoices } from '../../common/ipc';
import type { PreferencesPatch, WorkHours } from '../../common/preferences';

export function workHoursFromWelcome(choices: WelcomeChoices, base: WorkHours): WorkHours {
  const days = { ...base.days };
  for (const day of Object.keys(days) as (keyof WorkHours['days'])[]) {
    days[day] = choices.workDays.includes(day) ? [{ start: choices.workStart, end: choices.workEnd }] : [];
  }
  return { enabled: true, days };
}

export function welcomePatch(choices: WelcomeChoices, base: WorkHours): PreferencesPatch {
  return { workHours: workHoursFromWelcome(choices, base), positions: choices.positions, equipment: choices.equipment };
}

export class FirstRun {
  #complete: boolean;
  constructor(
    complete: boolean,
    private readonly save: (complete: boolean) => void,
  ) {
    this.#complete = complete;
  }

  get complete(): boolean {
    return this.#complete;
  }

  finish(): void {
    this.#complete = true;
    this.save(true);
  }
}
