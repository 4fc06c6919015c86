/**
 * Electron entry point: hands the real Electron modules to the composition root. Nothing else
 * belongs here, so that everything below can run against a typed fake in tests.
 */
import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import { startLimber } from './limberApp';

startLimber(
  { app, BrowserWindow, ipcMain, protocol, session, shell },
  {
    rendererRoot: path.join(__dirname, '../renderer'),
    preloadPath: path.join(__dirname, '../preload/index.js'),
    devServerUrl: !app.isPackaged && process.env['ELECTRON_RENDERER_URL'] ? process.env['ELECTRON_RENDERER_URL'] : null,
    logger: { warn: (message) => console.warn(`[limber] ${message}`) },
  },
);
