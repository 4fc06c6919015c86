/**
 * BrowserWindows alive while Limber shows nothing: the composition root on the typed Electron
 * fake, taken through first run (welcome shown, answered, closed), then left idle.
 */
import { methodChannel } from '../../common/ipcChannels';
import { startLimber } from '../../main/limberApp';
import { createFakeElectron, FakeBrowserWindow } from '../support/electronFake';

export async function measure(): Promise<{ windowsAliveIdle: number }> {
  const electron = createFakeElectron();
  const handle = startLimber(electron, { rendererRoot: '/nonexistent', preloadPath: '/p.js', devServerUrl: null, logger: { warn: () => {} } });
  if (!handle) throw new Error('Limber did not start');
  electron.app.ready();
  await handle.ready;
  await electron.ipcMain.invoke(
    methodChannel('completeWelcome'),
    { workDays: ['mon'], workStart: '09:00', workEnd: '17:00', positions: ['seated'], equipment: [] },
    { frameUrl: 'app://limber/welcome.html' },
  );
  return { windowsAliveIdle: FakeBrowserWindow.alive().length };
}
