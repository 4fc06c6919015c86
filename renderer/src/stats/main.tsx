import '../shared/effectTiming';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridge } from '../shared/bridge';
import { StatsApp } from './StatsApp';
import '../shared/base.css';
import './stats.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StatsApp bridge={getBridge()} />
  </StrictMode>,
);
