/**
 * The routine player: one step at a time, timed from timestamps (see playback.ts), with the
 * figure, the cues, a countdown ring, back / pause / skip, and an always-visible
 * "Stop — this hurts".
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { RoutinePlan } from '../../../common/ipc';
import type { Exercise, RoutineStep } from '../../../common/routine';
import { ExerciseFigure } from '../figure/ExerciseFigure';
import { ConfirmEndDialog } from './ConfirmEndDialog';
import { exercisePosition, formatClock, PHASE_LABEL, sideLabel, spokenDuration, stepAnnouncement } from './describe';
import { useFocusOnMount, useScrollableFocus } from './focus';
import { BackIcon, BreathIcon, CloseIcon, PauseIcon, PlayIcon, SkipIcon, SwitchIcon } from './icons';
import { useShortcuts } from './keyboard';
import { cueAt, msToNextBeat, repAt, stepPace, type StepPace } from './pace';
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
  sync,
  togglePause,
  view,
  type Playback,
} from './playback';
import type { CuePlayer } from './sound';
import { usePlayback, type Advance } from './usePlayback';
import { linesDue, stepScript, type VoiceGuide } from './voice';

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
  /** Speaks the steps (voice guidance); silent unless the preferences turn it on. */
  readonly voice?: VoiceGuide | undefined;
  readonly onEnd: (end: PlayerEnd) => void;
  /** The clock; performance.now is monotonic, so a changed system time cannot stretch a step. */
  readonly now?: () => number;
}

const SILENT: VoiceGuide = { configure: () => undefined, say: () => undefined, hush: () => undefined, dispose: () => undefined };

const performanceNow = () => performance.now();

export function Player({ plan, cues, voice = SILENT, onEnd, now = performanceNow }: PlayerProps) {
  const steps = plan.routine.steps;
  const exercises = useMemo(() => new Map(plan.exercises.map((e) => [e.id, e])), [plan.exercises]);
  const paces = useMemo(() => steps.map((s) => stepPace(s, exercises.get(s.exerciseId))), [steps, exercises]);
  const scripts = useMemo(() => steps.map((s, i) => stepScript(s, exercises.get(s.exerciseId), paces[i]!)), [steps, exercises, paces]);
  const [confirming, setConfirming] = useState(false);
  const resumeAfterConfirm = useRef(false);

  // Wake at the next displayed second, rep or cue, whichever comes first.
  const wake = useCallback(
    (pb: Playback, at: number) => {
      const second = msUntilNextChange(pb, at);
      const pace = paces[pb.index];
      const beat = second === null || !pace ? null : msToNextBeat(pace, elapsedInStep(pb, at));
      return beat === null ? second : Math.min(second!, beat);
    },
    [paces],
  );
  const onAdvance = useCallback(
    ({ from, to, change, cause }: Advance) => {
      if (cause === 'time' && change && change.kind !== 'end') cues.play(change.kind === 'switchSides' ? 'switch' : 'next');
      if (isFinished(to.pb)) return voice.hush(); // The end is spoken by whoever shows the summary.
      if (isPaused(to.pb)) return voice.hush();
      const entered = from === null || from.pb.index !== to.pb.index;
      const fromMs = entered ? null : elapsedInStep(from.pb, from.at);
      const lines = linesDue(scripts[to.pb.index] ?? [], fromMs, elapsedInStep(to.pb, to.at));
      if (lines.length > 0 || entered) voice.say(lines.map((l) => l.text), { interrupt: entered });
    },
    [cues, voice, scripts],
  );
  const state = usePlayback(steps, { now, wake, onAdvance });
  const { store } = state;
  const act = store.act;

  const ended = useRef(false);
  const finish = useCallback(
    (reason: 'completed' | 'ended' | 'hurts', exercise: Exercise | null = null) => {
      if (ended.current) return;
      ended.current = true;
      const at = now();
      const pb = sync(store.get().pb, at).playback;
      const base = {
        outcome: reason === 'completed' ? ('completed' as const) : ('stopped' as const),
        activeSeconds: activeSeconds(pb, at),
        exerciseIds: doneExerciseIds(pb, at),
      };
      onEnd(reason === 'hurts' ? { ...base, reason, exercise } : { ...base, reason });
    },
    [onEnd, now, store],
  );

  useEffect(() => {
    if (isFinished(state.pb)) finish('completed');
  }, [state.pb, finish]);

  const v = view(state.pb, state.at);
  const step = v.step;
  const pace = paces[v.index];
  const elapsed = elapsedInStep(state.pb, state.at);

  const askToEnd = useCallback(() => {
    resumeAfterConfirm.current = !isPaused(store.get().pb);
    act(pause);
    setConfirming(true);
  }, [act, store]);
  const keepGoing = useCallback(() => {
    setConfirming(false);
    if (resumeAfterConfirm.current) act(resume);
  }, [act]);
  const back = useCallback(() => act((pb, at) => goToStep(pb, previousStepIndex(sync(pb, at).playback), at)), [act]);
  const skip = useCallback(() => act((pb, at) => goToStep(pb, nextStepIndex(sync(pb, at).playback), at)), [act]);
  const hurts = useCallback(() => {
    const id = exerciseToLeaveOut(sync(store.get().pb, now()).playback);
    finish('hurts', (id && exercises.get(id)) || null);
  }, [finish, exercises, store, now]);

  useShortcuts((key) => {
    if (confirming || ended.current) return false;
    if (key === 'enter' || key === 'space') act(togglePause);
    else if (key === 'left') back();
    else if (key === 'right') skip();
    else if (key === 'escape') askToEnd();
  });

  const heading = useFocusOnMount<HTMLHeadingElement>();
  const stageFocus = useScrollableFocus<HTMLElement>(v.index, 'Step details');
  const figureClock = useCallback(() => elapsedInStep(store.get().pb, now()), [store, now]);
  const [attachFigureBox, figureAspect] = useBoxAspect<HTMLDivElement>();

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
          {/* The person is drawn in a box of its own and everything else goes in the strip beside it,
              so nothing ever covers the person (docs/decisions/0017-countdown-beside-the-figure.md). */}
          <div className="stage__drawing" ref={attachFigureBox}>
            {exercise ? (
              <ExerciseFigure
                key={`figure-${v.index}`}
                exercise={exercise}
                side={step.side}
                mode={step.kind === 'exercise' ? 'player' : 'still'}
                {...(step.kind === 'exercise' ? {} : { pose: 0 })}
                frame="move"
                aspect={figureAspect}
                clock={figureClock}
                playing={!v.paused}
                label={`${exercise.name}${sideLabel(step.side) ? `, ${sideLabel(step.side)!.toLowerCase()}` : ''}`}
              />
            ) : null}
          </div>
          {/* Reading order as before (timer, reps, switch, paused); the strip's CSS orders them for the eye. */}
          <div className="stage__meter">
            <Ring key={`ring-${v.index}`} remaining={v.stepRemaining} seconds={v.stepSecondsLeft} total={step.seconds} paused={v.paused} />
            {pace?.reps != null && <Reps rep={repAt(pace, elapsed)!} of={pace.reps} />}
            {step.kind === 'switchSides' && (
              <p className="stage__switch" aria-hidden="true">
                <SwitchIcon /> <span>Switch sides</span>
              </p>
            )}
            {v.paused && <p className="stage__paused">Paused</p>}
          </div>
        </div>
        <StepText step={step} exercise={exercise} upcoming={upcoming} headingRef={heading} pace={pace} elapsed={elapsed} />
      </section>

      <footer className="player__controls">
        <div className="controls__row">
          <button type="button" onClick={back} title="Previous exercise (←)">
            <BackIcon /> <span className="controls__label">Back</span>
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
            <span className="controls__label">Skip</span> <SkipIcon />
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
  pace,
  elapsed,
}: {
  step: RoutineStep;
  exercise: Exercise | undefined;
  upcoming: Exercise | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  pace: StepPace | undefined;
  elapsed: number;
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
        {exercise?.safety && <Safety text={exercise.safety} />}
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
        {cues[0] && (
          <p className="stage__first">
            <span className="stage__first-label">Get into position:</span> {cues[0]}
          </p>
        )}
        {exercise?.safety && <Safety text={exercise.safety} />}
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
      <Cues cues={cues} current={pace ? cueAt(pace, elapsed) : 0} />
      {exercise?.breathing && (
        <p className="stage__breath">
          <BreathIcon />
          <span>
            <span className="visually-hidden">Breathing: </span>
            {exercise.breathing}
          </span>
        </p>
      )}
      {exercise?.safety && <Safety text={exercise.safety} />}
    </div>
  );
}

/** The exercise's safety note: on every step of the exercise, never below the fold. */
function Safety({ text }: { text: string }) {
  return (
    <p className="stage__safety">
      <span className="stage__safety-label">Safety:</span> {text}
    </p>
  );
}

/** "3 of 6", in time with the pace: big enough to count along with from across the room. */
function Reps({ rep, of }: { rep: number; of: number }) {
  return (
    <p className="stage__reps">
      <span className="visually-hidden">Rep </span>
      <span className="stage__rep-now">{rep}</span> <span className="stage__rep-of">of {of}</span>
    </p>
  );
}

/** "Hold 20 s" or "6 reps": how the step is dosed (the composer may have fitted the reps). */
function doseLabel(step: RoutineStep, exercise: Exercise | undefined): string {
  if (!exercise) return '';
  if (exercise.dosage.kind === 'hold') return `Hold ${step.seconds} s`;
  const reps = Math.max(1, Math.round(step.seconds / exercise.dosage.secondsPerRep));
  return `${reps} slow reps`;
}

/**
 * The cues, the current one highlighted and the only one shown: it advances with the hold or
 * the reps (pace.ts). The others stay in the list for screen readers, which read it whole.
 */
function Cues({ cues, current }: { cues: readonly string[]; current: number }) {
  if (cues.length === 0) return null;
  return (
    <ol className="stage__cues" aria-label={`Cues, ${Math.max(0, current) + 1} of ${cues.length} now`}>
      {cues.map((cue, i) => (
        <li key={cue} className={i === current ? 'is-current' : 'visually-hidden'} aria-current={i === current ? 'step' : undefined}>
          {cue}
        </li>
      ))}
    </ol>
  );
}

/**
 * The figure's box changes with the window (card or player size): the figure is framed to the
 * box it is given, so it is told the box's aspect.
 */
function useBoxAspect<T extends HTMLElement>() {
  const [node, setNode] = useState<T | null>(null);
  const [aspect, setAspect] = useState(1.4);
  const attach = useCallback((el: T | null) => setNode(el), []);
  useLayoutEffect(() => {
    if (!node) return;
    const measure = () => {
      const { width, height } = node.getBoundingClientRect();
      // Rounded down: a frame a hair narrower than the box lets its height bind, so the figure
      // is drawn at the one scale; rounded up, the width would bind and shrink it a little.
      if (width > 0 && height > 0) setAspect(Math.floor((width / height) * 100) / 100);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return [attach, aspect] as const;
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
