/**
 * The routine player: one step at a time, timed from timestamps (see playback.ts), with the
 * figure, the cues, a countdown ring, back / pause / skip, and an always-visible
 * "Stop — this hurts".
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { RoutinePlan } from '../../../common/ipc';
import type { Exercise, RoutineStep } from '../../../common/routine';
import { ExerciseFigure } from '../figure/ExerciseFigure';
import { ConfirmEndDialog } from './ConfirmEndDialog';
import { exercisePosition, formatClock, PHASE_LABEL, sideLabel, spokenDuration, stepAnnouncement } from './describe';
import { useFocusOnMount, useScrollableFocus } from './focus';
import { BackIcon, BreathIcon, CloseIcon, PauseIcon, PlayIcon, SkipIcon } from './icons';
import { useShortcuts } from './keyboard';
import {
  activeSeconds,
  doneExerciseIds,
  elapsedInStep,
  exerciseToLeaveOut,
  goToStep,
  isFinished,
  isPaused,
  msUntilNextChange,
  nextStepIndex,
  pause,
  previousStepIndex,
  resume,
  startPlayback,
  sync,
  togglePause,
  view,
  type Playback,
} from './playback';
import type { CuePlayer } from './sound';

/** The player's figure box is wider than tall (see .stage__figure .figure in reminder.css). */
const FIGURE_ASPECT = 196 / 122;

export type PlayerEnd = {
  readonly outcome: 'completed' | 'stopped';
  readonly activeSeconds: number;
  readonly exerciseIds: string[];
} & (
  | { readonly reason: 'completed' | 'ended' }
  /** "Stop — this hurts", with the exercise it happened in (to offer leaving it out). */
  | { readonly reason: 'hurts'; readonly exercise: Exercise | null }
);

export interface PlayerProps {
  readonly plan: RoutinePlan;
  readonly cues: CuePlayer;
  readonly onEnd: (end: PlayerEnd) => void;
  /** The clock; performance.now is monotonic, so a changed system time cannot stretch a step. */
  readonly now?: () => number;
}

interface Clocked {
  readonly pb: Playback;
  /** When this state was computed: what the display shows. */
  readonly at: number;
}

export function Player({ plan, cues, onEnd, now = () => performance.now() }: PlayerProps) {
  const clock = useRef(now);
  const [state, setState] = useState<Clocked>(() => {
    const at = now();
    return { pb: startPlayback(plan.routine.steps, at), at };
  });
  const pbRef = useRef(state.pb);
  useEffect(() => {
    pbRef.current = state.pb;
  }, [state.pb]);

  const exercises = useMemo(() => new Map(plan.exercises.map((e) => [e.id, e])), [plan.exercises]);
  const [confirming, setConfirming] = useState(false);
  const resumeAfterConfirm = useRef(false);

  /** Applies a user action at the current time (pure updater: safe under StrictMode). */
  const act = useCallback((fn: (pb: Playback, at: number) => Playback) => {
    setState((s) => {
      const at = clock.current();
      return { pb: fn(s.pb, at), at };
    });
  }, []);

  // Wake once per displayed second (or at the step's end), never by counting ticks: each wake
  // recomputes where the routine is from the time that has really passed. A wake arms the
  // next one itself, so the cadence does not wait for React to re-render.
  const timer = useRef<number | undefined>(undefined);
  const tickRef = useRef<() => void>(() => undefined);
  const arm = useCallback((pb: Playback) => {
    window.clearTimeout(timer.current);
    const delay = msUntilNextChange(pb, clock.current());
    timer.current = delay === null ? undefined : window.setTimeout(() => tickRef.current(), delay);
  }, []);
  const tick = useCallback(() => {
    const at = clock.current();
    const { playback, change } = sync(pbRef.current, at);
    if (change && change.kind !== 'end') cues.play(change.kind === 'switchSides' ? 'switch' : 'next');
    pbRef.current = playback;
    arm(playback);
    setState({ pb: playback, at });
  }, [cues, arm]);
  useEffect(() => {
    tickRef.current = tick;
  }, [tick]);

  // After a user action (pause, back, skip…) the next wake moves.
  useEffect(() => {
    arm(state.pb);
  }, [state.pb, arm]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // A hidden or throttled window may have slept through several timers: catch up on return.
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [tick]);

  const ended = useRef(false);
  const finish = useCallback(
    (reason: 'completed' | 'ended' | 'hurts', exercise: Exercise | null = null) => {
      if (ended.current) return;
      ended.current = true;
      const at = clock.current();
      const pb = sync(pbRef.current, at).playback;
      const base = {
        outcome: reason === 'completed' ? ('completed' as const) : ('stopped' as const),
        activeSeconds: activeSeconds(pb, at),
        exerciseIds: doneExerciseIds(pb, at),
      };
      onEnd(reason === 'hurts' ? { ...base, reason, exercise } : { ...base, reason });
    },
    [onEnd],
  );

  useEffect(() => {
    if (isFinished(state.pb)) finish('completed');
  }, [state.pb, finish]);

  const v = view(state.pb, state.at);
  const step = v.step;

  const askToEnd = useCallback(() => {
    resumeAfterConfirm.current = !isPaused(pbRef.current);
    act(pause);
    setConfirming(true);
  }, [act]);
  const keepGoing = useCallback(() => {
    setConfirming(false);
    if (resumeAfterConfirm.current) act(resume);
  }, [act]);
  const back = useCallback(() => act((pb, at) => goToStep(pb, previousStepIndex(sync(pb, at).playback), at)), [act]);
  const skip = useCallback(() => act((pb, at) => goToStep(pb, nextStepIndex(sync(pb, at).playback), at)), [act]);
  const hurts = useCallback(() => {
    const id = exerciseToLeaveOut(sync(pbRef.current, clock.current()).playback);
    finish('hurts', (id && exercises.get(id)) || null);
  }, [finish, exercises]);

  useShortcuts((key) => {
    if (confirming || ended.current) return false;
    if (key === 'enter' || key === 'space') act(togglePause);
    else if (key === 'left') back();
    else if (key === 'right') skip();
    else if (key === 'escape') askToEnd();
  });

  const heading = useFocusOnMount<HTMLHeadingElement>();
  const stageFocus = useScrollableFocus<HTMLElement>(v.index, 'Step details');
  const figureClock = useCallback(() => elapsedInStep(pbRef.current, clock.current()), []);

  if (!step) return <main className="screen player" aria-busy="true" />;
  const exercise = exercises.get(step.exerciseId);
  const position = exercisePosition(plan, step);
  const upcoming = nextExercise(plan.routine.steps, state.pb.index, exercises);
  const announcement = v.paused ? 'Paused.' : stepAnnouncement(step, exercise, position);

  return (
    <main className={`screen player player--${step.kind}${v.paused ? ' is-paused' : ''}`} aria-labelledby="step-title">
      <header className="player__top">
        <p className="player__where">
          <span className="chip">{PHASE_LABEL[step.phase]}</span>
          <span>
            Exercise {position.exercise} of {position.of}
          </span>
        </p>
        <p className="player__left">
          <span className="visually-hidden">Routine time left: </span>
          {formatClock(v.routineSecondsLeft)}
          <span aria-hidden="true"> left</span>
        </p>
        <button type="button" className="icon-button" onClick={askToEnd} aria-label="End routine" title="End routine (Esc)">
          <CloseIcon />
        </button>
      </header>
      <Progress steps={plan.routine.steps} index={v.index} remaining={v.stepRemaining} secondsLeft={v.routineSecondsLeft} />

      <section className="player__stage" {...stageFocus}>
        <div className="stage__figure">
          {exercise ? (
            <ExerciseFigure
              key={`figure-${v.index}`}
              exercise={exercise}
              side={step.side}
              mode={step.kind === 'exercise' ? 'player' : 'still'}
              {...(step.kind === 'exercise' ? {} : { pose: 0 })}
              frame="move"
              aspect={FIGURE_ASPECT}
              clock={figureClock}
              playing={!v.paused}
              label={`${exercise.name}${sideLabel(step.side) ? `, ${sideLabel(step.side)!.toLowerCase()}` : ''}`}
            />
          ) : null}
          <Ring key={`ring-${v.index}`} remaining={v.stepRemaining} seconds={v.stepSecondsLeft} total={step.seconds} paused={v.paused} />
          {v.paused && <p className="stage__paused">Paused</p>}
        </div>
        <StepText step={step} exercise={exercise} upcoming={upcoming} headingRef={heading} />
      </section>

      <footer className="player__controls">
        <div className="controls__row">
          <button type="button" onClick={back} title="Previous exercise (←)">
            <BackIcon /> Back
          </button>
          <button type="button" className="primary controls__pause" onClick={() => act(togglePause)} title="Pause or resume (Space)">
            {v.paused ? (
              <>
                <PlayIcon /> Resume
              </>
            ) : (
              <>
                <PauseIcon /> Pause
              </>
            )}
          </button>
          <button type="button" onClick={skip} title="Next step (→)">
            Skip <SkipIcon />
          </button>
        </div>
        <button type="button" className="hurts" onClick={hurts}>
          Stop — this hurts
        </button>
      </footer>

      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <ConfirmEndDialog open={confirming} onKeepGoing={keepGoing} onEnd={() => finish('ended')} />
    </main>
  );
}

function StepText({
  step,
  exercise,
  upcoming,
  headingRef,
}: {
  step: RoutineStep;
  exercise: Exercise | undefined;
  upcoming: Exercise | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const side = sideLabel(step.side);
  const name = exercise?.name ?? 'Next exercise';
  const cues = exercise?.cues ?? [];
  if (step.kind === 'switchSides') {
    return (
      <div className="stage__text">
        <p className="eyebrow">{name}</p>
        <h1 id="step-title" ref={headingRef} tabIndex={-1}>
          Switch sides
        </h1>
        <p className="stage__lede">Now the {side ? side.toLowerCase() : 'other side'}: the same moves, mirrored.</p>
        <Cues cues={cues} />
      </div>
    );
  }
  if (step.kind === 'transition') {
    return (
      <div className="stage__text">
        <p className="eyebrow">Next up · get ready{side ? ` · ${side.toLowerCase()}` : ''}</p>
        <h1 id="step-title" ref={headingRef} tabIndex={-1}>
          {name}
        </h1>
        {exercise?.why && <p className="stage__lede">{exercise.why}</p>}
        {cues[0] && (
          <p className="stage__first">
            <span className="stage__first-label">Get into position:</span> {cues[0]}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="stage__text">
      <div className="eyebrow eyebrow--split">
        <p>{[side, doseLabel(step, exercise)].filter(Boolean).join(' · ')}</p>
        <p className="eyebrow__next">{upcoming ? `Up next: ${upcoming.name}` : 'Last one'}</p>
      </div>
      <h1 id="step-title" ref={headingRef} tabIndex={-1}>
        {name}
      </h1>
      <Cues cues={cues} />
      {exercise?.breathing && (
        <p className="stage__breath">
          <BreathIcon />
          <span>
            <span className="visually-hidden">Breathing: </span>
            {exercise.breathing}
          </span>
        </p>
      )}
      {exercise?.safety && <p className="stage__safety">{exercise.safety}</p>}
    </div>
  );
}

/** "Hold 20 s" or "6 reps": how the step is dosed (the composer may have fitted the reps). */
function doseLabel(step: RoutineStep, exercise: Exercise | undefined): string {
  if (!exercise) return '';
  if (exercise.dosage.kind === 'hold') return `Hold ${step.seconds} s`;
  const reps = Math.max(1, Math.round(step.seconds / exercise.dosage.secondsPerRep));
  return `${reps} slow reps`;
}

function Cues({ cues }: { cues: readonly string[] }) {
  if (cues.length === 0) return null;
  return (
    <ol className="stage__cues">
      {cues.map((cue) => (
        <li key={cue}>{cue}</li>
      ))}
    </ol>
  );
}

/** The step's countdown: a ring that empties, with the seconds in the middle. Not announced. */
function Ring({ remaining, seconds, total, paused }: { remaining: number; seconds: number; total: number; paused: boolean }) {
  const r = 26;
  const c = 2 * Math.PI * r;
  return (
    <div className={`ring${paused ? ' ring--paused' : ''}`} role="timer" aria-label={`${spokenDuration(seconds)} left of ${spokenDuration(total)}`}>
      <svg viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <circle className="ring__track" cx="32" cy="32" r={r} />
        <circle
          className="ring__fill"
          cx="32"
          cy="32"
          r={r}
          strokeDasharray={c.toFixed(2)}
          strokeDashoffset={(c * (1 - remaining)).toFixed(2)}
          transform="rotate(-90 32 32)"
        />
      </svg>
      <span className="ring__seconds" aria-hidden="true">
        {seconds}
      </span>
    </div>
  );
}

/** A bar of the routine's steps, widths by duration: where you are and how much is left. */
function Progress({ steps, index, remaining, secondsLeft }: { steps: readonly RoutineStep[]; index: number; remaining: number; secondsLeft: number }) {
  const total = steps.reduce((s, st) => s + st.seconds, 0) || 1;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label="Routine progress"
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={Math.max(0, total - secondsLeft)}
      aria-valuetext={`${spokenDuration(secondsLeft)} left`}
    >
      {steps.map((step, i) => (
        <span key={i} className={`progress__seg progress__seg--${step.kind}`} style={{ flexGrow: step.seconds / total }}>
          <span className="progress__fill" style={{ width: `${i < index ? 100 : i > index ? 0 : Math.round((1 - remaining) * 1000) / 10}%` }} />
        </span>
      ))}
    </div>
  );
}

/** The exercise after the current one (for "then …"), or null on the last. */
function nextExercise(steps: readonly RoutineStep[], index: number, exercises: ReadonlyMap<string, Exercise>): Exercise | null {
  const current = steps[index]?.exerciseId;
  for (let i = index + 1; i < steps.length; i++) {
    const id = steps[i]!.exerciseId;
    if (id !== current) return exercises.get(id) ?? null;
  }
  return null;
}
