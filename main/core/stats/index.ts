/** Stats from the history: pure, time and zone passed in. */
export { computeStats, figuresOf, todayOf, type StatsContext } from './statsView';
export { summaryAfter } from './summary';
export { streakOf, type Streak } from './streak';
export { recordDay, totalsByDay, type DayTotals } from './dayTotals';
export { isWorkDay } from './workDays';
