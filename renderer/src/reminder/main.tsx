import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridge } from '../shared/bridge';
import { ReminderApp } from './ReminderApp';
import './reminder.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReminderApp bridge={getBridge()} />
  </StrictMode>,
);
