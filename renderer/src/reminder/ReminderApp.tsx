/**
 * The reminder window: a due reminder's card, the routine player it turns into, and what comes
 * after (summary, or the "this hurts" guidance). Main owns the session (AppSnapshot.session);
 * once the user starts a routine, this window owns the flow until it closes itself.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AppSnapshot, LimberBridge, RoutineOutcome, RoutinePlan, SessionView } from '../../../common/ipc';
import type { Exercise } from '../../../common/routine';
import { useTheme } from '../shared/theme';
import { useSnapshot } from '../shared/useSnapshot';
import type { PlayerEnd, VoiceGuide } from './afterStart';
import { IdleScreen } from './IdleScreen';
import { PlayerUnavailable } from './PlayerUnavailable';
import { ReminderCard } from './ReminderCard';
import type { Recording } from './recording';
import { createCuePlayer, type CuePlayer } from './sound';
import { useAfterStart } from './useAfterStart';

type Flow =
  | { readonly kind: 'player'; readonly plan: RoutinePlan }
  | { readonly kind: 'summary'; readonly outcome: RoutineOutcome; readonly recording: Recording }
  | { readonly kind: 'hurt'; readonly exercise: Exercise | null; readonly outcome: RoutineOutcome; readonly recording: Recording };

export interface ReminderAppProps {
  readonly bridge: LimberBridge;
  /** Injected in tests; by default soft Web Audio tones that follow the sound preferences. */
  readonly cues?: CuePlayer;
  /** Injected in tests; by default the system's speech, silent unless voice guidance is on. */
  readonly voice?: VoiceGuide;
  /** The snapshot main.tsx read before the first render, so that render is already the card. */
  readonly initial?: AppSnapshot | null;
}

export function ReminderApp({ bridge, cues: injectedCues, voice: injectedVoice, initial = null }: ReminderAppProps) {
  const { snapshot, loadError } = useSnapshot(bridge, undefined, initial);
  const [flow, setFlow] = useState<Flow | null>(null);
  useTheme(snapshot?.preferences.theme);

  const cues = useMemo(() => injectedCues ?? createCuePlayer(), [injectedCues]);
  useEffect(() => () => cues.dispose(), [cues]);
  // Every snapshot carries the preferences: a change of sound or volume applies to the next cue.
  const soundEnabled = snapshot?.preferences.soundEnabled ?? false;
  const soundVolume = snapshot?.preferences.soundVolume ?? 0;
  useEffect(() => cues.configure({ enabled: soundEnabled, volume: soundVolume }), [cues, soundEnabled, soundVolume]);
  // Voice follows the sound setting too: it never speaks while sounds are off.
  // The player, the screens after it and the voice come in their own chunk (afterStart.ts):
  // wanted at once when a routine plays, else fetched as soon as the card is on screen, so
  // the card's first paint does not wait for them and Start finds them loaded.
  const session: SessionView | null = snapshot?.session ?? null;
  const chunk = useAfterStart(flow !== null || session?.kind === 'routine' ? 'now' : session?.kind === 'reminder' ? 'afterPaint' : 'later');
  const after = chunk.module;
  const voice = useMemo(() => injectedVoice ?? after?.createVoiceGuide() ?? null, [injectedVoice, after]);
  useEffect(() => () => voice?.dispose(), [voice]);
  const voiceOn = soundEnabled && (snapshot?.preferences.voiceGuidance ?? false);
  // A layout effect: when the chunk arrives with the player in the same commit (Start beat the
  // prefetch), the voice is configured before the player's first step speaks in its effects.
  useLayoutEffect(() => voice?.configure({ enabled: voiceOn, volume: soundVolume, lang: document.documentElement.lang || navigator.language }), [voice, voiceOn, soundVolume]);

  // The card grows into the player (its size a preference; main keeps it in its corner).
  const playing = flow?.kind === 'player';
  useEffect(() => {
    if (playing) void bridge.setReminderLayout({ layout: 'player' }).catch(() => undefined);
  }, [bridge, playing]);

  // A routine main started directly ("Start a routine now") plays as soon as it arrives. Only
  // once: after the summary the session may still say "routine" until the window closes.
  const startedPlan = useRef<RoutinePlan | null>(null);
  useEffect(() => {
    if (flow === null && session?.kind === 'routine' && startedPlan.current === null) {
      startedPlan.current = session.plan;
      setFlow({ kind: 'player', plan: session.plan });
    }
  }, [flow, session]);

  const close = useCallback(() => {
    void bridge.closeWindow().catch(() => undefined);
  }, [bridge]);

  const [busy, setBusy] = useState(false);
  const [cardError, setCardError] = useState<string | null>(null);

  const start = useCallback(
    (plan: RoutinePlan) => {
      cues.unlock();
      startedPlan.current = plan;
      // The player starts at once, on the plan the card showed: waiting for main's round trip
      // would make the click feel slow, and main plays the same plan.
      setFlow({ kind: 'player', plan });
      void bridge.respondToReminder({ action: 'start' }).catch(() => undefined);
    },
    [bridge, cues],
  );

  const answer = useCallback(
    async (action: 'snooze' | 'skip') => {
      setBusy(true);
      setCardError(null);
      try {
        await bridge.respondToReminder({ action });
        close();
      } catch (error) {
        setCardError(error instanceof Error ? error.message : String(error));
      } finally {
        setBusy(false);
      }
    },
    [bridge, close],
  );

  const record = useCallback(
    (outcome: RoutineOutcome, update: (recording: Recording) => void) => {
      bridge
        .reportRoutineOutcome(outcome)
        .then((r) => update(r))
        .catch((error: unknown) => update({ error: error instanceof Error ? error.message : String(error) }));
    },
    [bridge],
  );

  const end = useCallback(
    (result: PlayerEnd) => {
      const outcome: RoutineOutcome = { outcome: result.outcome, activeSeconds: result.activeSeconds, exerciseIds: result.exerciseIds };
      if (result.reason === 'hurts') {
        voice?.hush();
        setFlow({ kind: 'hurt', exercise: result.exercise, outcome, recording: 'pending' });
        record(outcome, (recording) => setFlow((f) => (f?.kind === 'hurt' ? { ...f, recording } : f)));
      } else {
        if (result.outcome === 'completed') {
          cues.play('end');
          if (after) voice?.say([after.END_LINE], { interrupt: true });
        } else voice?.hush();
        setFlow({ kind: 'summary', outcome, recording: 'pending' });
        record(outcome, (recording) => setFlow((f) => (f?.kind === 'summary' ? { ...f, recording } : f)));
      }
    },
    [cues, voice, after, record],
  );

  // Only if Start beat the prefetch: the calm loading shell for the moment the chunk takes,
  // or, when it could not be loaded, a way to try again.
  if (flow !== null && !after && chunk.failed !== null) return <PlayerUnavailable onRetry={chunk.retry} onClose={close} />;
  if (flow !== null && !after) return <IdleScreen loading error={null} statusText={null} onStartNow={() => undefined} onClose={close} />;
  if (flow?.kind === 'player' && after) return <after.Player plan={flow.plan} cues={cues} voice={voice ?? undefined} onEnd={end} />;
  if (flow?.kind === 'summary' && after) return <after.Summary outcome={flow.outcome} recording={flow.recording} onClose={close} />;
  if (flow?.kind === 'hurt' && after) {
    return (
      <after.HurtScreen
        exercise={flow.exercise}
        recording={flow.recording}
        onExclude={(exerciseId) => bridge.excludeExercise({ exerciseId })}
        onClose={close}
      />
    );
  }
  if (session?.kind === 'reminder') {
    return (
      <ReminderCard
        session={session}
        busy={busy}
        error={cardError}
        onStart={() => start(session.plan)}
        onSnooze={() => void answer('snooze')}
        onSkip={() => void answer('skip')}
        onClose={close}
      />
    );
  }
  return (
    <IdleScreen
      loading={snapshot === null && loadError === null}
      error={loadError}
      statusText={snapshot?.statusText ?? null}
      onStartNow={() => {
        cues.unlock();
        void bridge.startRoutineNow().catch(() => undefined);
      }}
      onClose={close}
    />
  );
}
