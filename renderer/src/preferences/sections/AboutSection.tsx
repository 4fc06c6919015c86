import type { LimberBridge } from '../../../../common/ipc';
import { Group } from '../controls';

export function AboutSection({ bridge }: { bridge: LimberBridge }) {
  return (
    <>
      <Group title="Move gently">
        <ul className="safety-list">
          <li>Aim for a mild stretch or a “good” ache. Nothing should feel sharp.</li>
          <li>Stop at once with “Stop — this hurts” if you feel sharp or spreading pain, numbness, tingling or weakness.</li>
          <li>See a health professional if that happens, if pain follows an injury, or if it does not settle.</li>
          <li>Limber reminds you to move; it is not medical advice.</li>
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
    </>
  );
}
