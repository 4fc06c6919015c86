/**
 * BrowserWindows alive while Limber shows nothing: the composition root on the typed Electron
 * fake, through first run (welcome shown, answered, closed) and a whole reminder (card shown,
 * routine played and reported, window closed), then left idle.
 */
import { FakeBrowserWindow } from '../support/electronFake';
import { memoryStores } from '../support/memoryStores';
import { startTestApp } from '../support/testApp';

export async function measure(): Promise<{ windowsAliveIdle: number }> {
  const app = await startTestApp({ stores: memoryStores({ state: { firstRunComplete: false } }) });
  await app.call(
    'completeWelcome',
    { workDays: ['mon'], workStart: '09:00', workEnd: '17:00', positions: ['seated'], equipment: [] },
    'app://limber/welcome.html',
  );
  app.clock.advance(60 * 60_000);
  await app.settle();
  const card = FakeBrowserWindow.alive()[0];
  if (!card) throw new Error('no reminder came within the first hour of work');
  await app.call('respondToReminder', { action: 'start' });
  const session = app.handle.snapshot().session;
  await app.call('reportRoutineOutcome', { outcome: 'completed', activeSeconds: 150, exerciseIds: session?.plan.routine.exerciseIds ?? [] });
  await app.call('closeWindow', undefined, 'app://limber/reminder.html', card.webContents.id);
  app.clock.advance(10 * 60_000);
  return { windowsAliveIdle: FakeBrowserWindow.alive().length };
}
