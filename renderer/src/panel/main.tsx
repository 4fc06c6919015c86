import '../shared/effectTiming';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridge } from '../shared/bridge';
import { PanelApp } from './PanelApp';
import '../shared/base.css';
import './panel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PanelApp bridge={getBridge()} />
  </StrictMode>,
);
