// "As known on a day": the dashboard as it could have been seen then (known= in the URL), a
// day or a week back and forward, and Play, which steps through the span of publication days
// until the last one or until stopped. Under prefers-reduced-motion play steps more slowly.
import { memo, useEffect } from 'react';
import { formatDay } from '../format/format.ts';
import type { SetView } from '../url/useViewState.ts';
import { DayField } from '../filters/DayField.tsx';
import {
  canStep,
  playNext,
  playStart,
  playStep,
  stepKnownOn,
  type PublishedSpan,
} from './knownOn.ts';
import { usePlayStore } from './playStore.ts';
import { useReducedMotion } from './useReducedMotion.ts';

/** Milliseconds between steps of play; slower when the reader asked for less motion. */
export const PLAY_INTERVAL_MS = 900;
export const PLAY_INTERVAL_REDUCED_MS = 3000;

interface Props {
  knownOn: string | null;
  span: PublishedSpan;
  setView: SetView;
}

const STEPS = [
  [-7, '−1 wk', 'A week back'],
  [-1, '−1 day', 'A day back'],
  [1, '+1 day', 'A day forward'],
  [7, '+1 wk', 'A week forward'],
] as const;

function KnownOnControlView({ knownOn, span, setView }: Props) {
  const playing = usePlayStore((s) => s.playing);
  const setPlaying = usePlayStore((s) => s.setPlaying);
  const reduced = useReducedMotion();
  // One step at a time: each day shown schedules the next, so a step never runs ahead of what
  // is drawn, and stopping (or any change of the day by hand) cancels the step pending.
  useEffect(() => {
    if (!playing || knownOn === null) return;
    const timer = window.setTimeout(
      () => {
        const next = playNext(knownOn, span);
        if (next === null) setPlaying(false);
        // Steps of play replace the address: Back leaves the played view whole.
        else setView({ knownOn: next }, 'replace');
      },
      reduced ? PLAY_INTERVAL_REDUCED_MS : PLAY_INTERVAL_MS,
    );
    return () => {
      window.clearTimeout(timer);
    };
  }, [playing, knownOn, reduced, span, setView, setPlaying]);
  // Leaving the dashboard stops play.
  useEffect(
    () => () => {
      setPlaying(false);
    },
    [setPlaying],
  );

  const set = (next: string | null) => {
    setPlaying(false);
    setView({ knownOn: next });
  };
  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    const start = playStart(knownOn, span);
    if (start === null) return;
    if (start !== knownOn) setView({ knownOn: start });
    setPlaying(true);
  };
  const step = playStep(span);

  return (
    <section
      aria-labelledby="known-title"
      className="panel flex flex-wrap items-center gap-x-3 gap-y-2 py-2 sm:py-2"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && playing) {
          event.preventDefault();
          setPlaying(false);
        }
      }}
    >
      <h2 id="known-title" className="sr-only">
        As known on a day
      </h2>
      <div className="w-40">
        <DayField
          label="As known on"
          value={knownOn}
          onCommit={(day) => {
            set(day);
          }}
        />
      </div>
      <div role="group" aria-label="Step through time" className="flex flex-wrap gap-1">
        {STEPS.map(([days, text, label]) => (
          <button
            key={days}
            type="button"
            className="btn px-2 py-1"
            aria-label={label}
            disabled={!canStep(knownOn, days, span)}
            onClick={() => {
              set(stepKnownOn(knownOn, days, span));
            }}
          >
            {text}
          </button>
        ))}
        <button
          type="button"
          className="btn px-2 py-1"
          aria-pressed={playing}
          disabled={span === null}
          onClick={togglePlay}
        >
          {playing ? 'Stop' : 'Play'}
        </button>
        {knownOn !== null && (
          <button
            type="button"
            className="btn-quiet"
            onClick={() => {
              set(null);
            }}
          >
            Show all
          </button>
        )}
      </div>
      <p className="muted w-full text-xs" role="status">
        {playing
          ? `Playing: ${step === 7 ? 'a week' : 'a day'} ${reduced ? 'every three seconds' : 'a second'}. Stop (or Escape) to stay on a day.`
          : knownOn === null
            ? 'Every article so far. Pick a day to see only what had been published by then.'
            : `Only articles published on or before ${formatDay(knownOn)}; undated articles are left out.`}
      </p>
    </section>
  );
}

/** Memoized: only its day, the span and play change what it shows. */
export const KnownOnControl = memo(KnownOnControlView);
