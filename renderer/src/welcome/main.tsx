import '../shared/effectTiming';
import '../shared/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridge } from '../shared/bridge';
import { WelcomeScreen } from './WelcomeScreen';
import '../shared/base.css';
import './welcome.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WelcomeScreen bridge={getBridge()} />
  </StrictMode>,
);
