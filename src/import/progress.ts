import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A bar with rate and ETA on a terminal (cli-progress); elsewhere (CI logs, pipes) one plain line
 * every `intervalMs`, so logs stay readable.
 */
export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr, intervalMs = 2_000): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} {bar} {percentage}% | {value}/{total} lines | {rate} lines/s | ETA {eta_formatted}`, stream, etaBuffer: 50, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    const started = Date.now();
    bar.start(total, 0, { rate: 0 });
    return {
      update: (done) => bar.update(done, { rate: rate(done, started) }),
      stop: () => bar.stop(),
    };
  }
  const started = Date.now();
  let last = 0;
  let latest = 0;
  const line = (done: number) => {
    const perSecond = rate(done, started);
    const eta = perSecond > 0 ? Math.ceil((total - done) / perSecond) : null;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    stream.write(`${label}: ${done}/${total} lines (${percent}%), ${perSecond} lines/s, ETA ${eta === null ? '?' : `${eta}s`}\n`);
  };
  return {
    update(done) {
      latest = done;
      if (Date.now() - last >= intervalMs) {
        last = Date.now();
        line(done);
      }
    },
    stop: () => line(latest),
  };
}

function rate(done: number, started: number): number {
  const seconds = (Date.now() - started) / 1000;
  return seconds > 0 ? Math.round(done / seconds) : 0;
}
