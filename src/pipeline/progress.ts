// Progress of a long build on stderr: a bar on a terminal, plain lines with --progress.
const WIDTH = 30;

export interface Progress {
  update: (done: number, total: number) => void;
  done: () => void;
}

export function progressReporter(
  total: number,
  options: { force: boolean; quiet: boolean },
): Progress {
  const tty = process.stderr.isTTY;
  const show = !options.quiet && (options.force || (tty && total >= 100));
  if (!show) return { update: () => undefined, done: () => undefined };
  let lastLine = -1;
  return {
    update(done, all) {
      if (tty && !options.force) {
        const filled = Math.round((done / all) * WIDTH);
        process.stderr.write(
          `\r  [${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${all} articles`,
        );
      } else {
        const step = Math.floor((done / all) * 10);
        if (step !== lastLine) {
          lastLine = step;
          process.stderr.write(`building: ${done}/${all} articles\n`);
        }
      }
    },
    done() {
      if (tty && !options.force) process.stderr.write('\n');
    },
  };
}
