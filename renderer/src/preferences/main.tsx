import '../shared/effectTiming';
import '../shared/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridge } from '../shared/bridge';
import { PreferencesWindow } from './PreferencesWindow';
import '../shared/base.css';
import './preferences.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PreferencesWindow bridge={getBridge()} />
  </StrictMode>,
);
