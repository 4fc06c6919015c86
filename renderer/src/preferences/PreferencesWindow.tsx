import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { LimberBridge } from '../../../common/ipc';
import { formatTodaysPlan } from '../../../common/preferencesForm';
import { timeFormatter } from '../../../common/timeFormat';
import { useTheme } from '../shared/theme';
import { AboutSection } from './sections/AboutSection';
import { BusySection } from './sections/BusySection';
import { RemindersSection } from './sections/RemindersSection';
import { RoutinesSection } from './sections/RoutinesSection';
import { SoundLookSection } from './sections/SoundLookSection';
import { WorkHoursSection } from './sections/WorkHoursSection';
import { useAppSnapshot } from './useAppSnapshot';
import { LimberMark } from '../shared/LimberMark';

const SECTIONS = [
  { id: 'reminders', title: 'Reminders' },
  { id: 'workHours', title: 'Work hours' },
  { id: 'busy', title: 'Don’t interrupt' },
  { id: 'routines', title: 'Routines' },
  { id: 'soundLook', title: 'Sound & look' },
  { id: 'about', title: 'About & safety' },
] as const;
type SectionId = (typeof SECTIONS)[number]['id'];

export function PreferencesWindow({ bridge }: { bridge: LimberBridge }) {
  const { snapshot, loadError, saver } = useAppSnapshot(bridge);
  const [section, setShownSection] = useState<SectionId>('reminders');
  const contentRef = useRef<HTMLElement>(null);
  const ids = useId();
  // A newly chosen section starts at its top, not where the previous one was scrolled to.
  const setSection = (id: SectionId) => {
    setShownSection(id);
    contentRef.current?.scrollTo({ top: 0 });
  };
  useTheme(snapshot?.preferences.theme);

  if (!snapshot) {
    return (
      <main className="prefs prefs--loading" aria-busy={!loadError}>
        <p role={loadError ? 'alert' : undefined}>{loadError ? `Could not load your preferences: ${loadError}` : 'Loading…'}</p>
      </main>
    );
  }

  const { preferences } = snapshot;
  const tabId = (id: SectionId) => `${ids}-tab-${id}`;
  const panelId = `${ids}-panel`;

  // A vertical tab list: arrows move between sections, Tab moves into the section.
  function onTabKey(event: KeyboardEvent) {
    const index = SECTIONS.findIndex((s) => s.id === section);
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    let next: number | null = step === undefined ? null : (index + step + SECTIONS.length) % SECTIONS.length;
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = SECTIONS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const target = SECTIONS[next]!.id;
    setSection(target);
    document.getElementById(tabId(target))?.focus();
  }

  const current = SECTIONS.find((s) => s.id === section)!;
  const format = timeFormatter(snapshot.timeFormat);
  return (
    <div className="prefs">
      <nav className="sidebar" aria-label="Preferences">
        <div className="sidebar__brand">
          <LimberMark className="logo" size={28} />
          <span>Limber</span>
        </div>
        <div role="tablist" aria-orientation="vertical" aria-label="Sections" className="tabs" onKeyDown={onTabKey}>
          {SECTIONS.map((s) => (
            <button
              key={s.id}
              id={tabId(s.id)}
              type="button"
              role="tab"
              className="tab"
              aria-selected={s.id === section}
              aria-controls={panelId}
              tabIndex={s.id === section ? 0 : -1}
              onClick={() => setSection(s.id)}
            >
              {s.title}
            </button>
          ))}
        </div>
        <p className="sidebar__status">{snapshot.statusText}</p>
      </nav>

      <main className="content" ref={contentRef}>
        {snapshot.notice ? (
          <div className="notice" role="status">
            <p>{snapshot.notice}</p>
            <button type="button" className="small" onClick={() => void bridge.dismissNotice()}>
              Dismiss
            </button>
          </div>
        ) : null}
        {saver.error ? (
          <div className="save-error" role="alert">
            Not saved: {saver.error}
          </div>
        ) : null}
        <header className="content__header">
          <h1>{current.title}</h1>
          <p className="plan" aria-live="polite">
            {formatTodaysPlan(snapshot.todaysPlan, format)}
          </p>
        </header>
        <div id={panelId} role="tabpanel" aria-labelledby={tabId(section)} className="panel">
          {section === 'reminders' ? <RemindersSection preferences={preferences} save={saver.save} /> : null}
          {section === 'workHours' ? <WorkHoursSection preferences={preferences} save={saver.save} format={format} /> : null}
          {section === 'busy' ? <BusySection preferences={preferences} save={saver.save} availability={snapshot.busyAvailability} /> : null}
          {section === 'routines' ? <RoutinesSection bridge={bridge} preferences={preferences} save={saver.save} /> : null}
          {section === 'soundLook' ? <SoundLookSection preferences={preferences} save={saver.save} focusedWindowDisplay={snapshot.focusedWindowDisplay} /> : null}
          {section === 'about' ? <AboutSection bridge={bridge} limits={snapshot.desktop.limits} /> : null}
        </div>
      </main>
    </div>
  );
}

