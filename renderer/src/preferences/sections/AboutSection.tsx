import { useEffect, useState } from 'react';
import type { AboutInfo, LimberBridge } from '../../../../common/ipc';
import { DISC_CAUTION, NOT_MEDICAL_ADVICE } from '../../../../common/safetyAdvice';
import { Group } from '../controls';

export function AboutSection({ bridge, limits }: { bridge: LimberBridge; limits: readonly string[] }) {
  return (
    <>
      {limits.length > 0 ? (
        <Group title="On this desktop" hint="What your desktop keeps Limber from doing (also in the diagnostics).">
          <ul className="desktop-limits">
            {limits.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Group>
      ) : null}
      <Group title="Move gently">
        <ul className="safety-list">
          <li>Aim for a mild stretch or a “good” ache. Nothing should feel sharp.</li>
          <li>Stop at once with “Stop — this hurts” if you feel sharp or spreading pain, numbness, tingling or weakness.</li>
          <li>See a health professional if that happens, if pain follows an injury, if it does not settle, or if it disturbs your daily life or your sleep.</li>
          <li>{DISC_CAUTION}</li>
          <li>{NOT_MEDICAL_ADVICE}</li>
        </ul>
      </Group>
      <Group title="Welcome screen" hint="The safety note and the three first-run choices: work hours, where you can move, what you have nearby.">
        <button type="button" onClick={() => void bridge.openWindow({ window: 'welcome' })}>
          Show the welcome screen again
        </button>
      </Group>
      <Group title="Your data">
        <p className="plain">Limber keeps your preferences and history on this computer only. Nothing is sent anywhere.</p>
      </Group>
      <DiagnosticsGroup bridge={bridge} />
    </>
  );
}

/** Which Limber this is, where its log is, and the text to send to someone helping. */
function DiagnosticsGroup({ bridge }: { bridge: LimberBridge }) {
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    let live = true;
    bridge.getAbout().then(
      (info) => live && setAbout(info),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [bridge]);
  const copy = () =>
    bridge.copyDiagnostics().then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  return (
    <Group title="Limber" hint="If something goes wrong, “Copy diagnostics” puts versions, your system and your settings (no app or exercise names) and the last log lines on the clipboard, to paste into a message.">
      <dl className="about-facts">
        <dt>Version</dt>
        <dd>{about?.version ?? '…'}</dd>
        <dt>Log file</dt>
        <dd className="about-facts__path">{about ? (about.logFile ?? 'none') : '…'}</dd>
      </dl>
      <button type="button" onClick={() => void copy()}>
        Copy diagnostics
      </button>
      <p className="plain" role="status">
        {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy the diagnostics.' : ''}
      </p>
    </Group>
  );
}
