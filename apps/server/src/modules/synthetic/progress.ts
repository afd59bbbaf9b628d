/**
 * Progress of a long load: a redrawn bar with rows, rate and time left on a terminal, plain lines (about
 * every ten per cent, at most every few seconds) when the output goes to a file or a CI log.
 */
export interface Progress {
  update(done: number): void;
  finish(done: number): void;
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

const number = (value: number) => value.toLocaleString('en-US');

export function createProgress(options: {
  total: number;
  start: number;
  unit: string;
  stream?: NodeJS.WriteStream;
  now?: () => number;
}): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  const interactive = Boolean(stream.isTTY);
  let lastLine = startedAt;
  let lastShare = -1;

  const describe = (done: number) => {
    const seconds = (now() - startedAt) / 1000;
    const rate = seconds > 0 ? (done - options.start) / seconds : 0;
    const eta = rate > 0 ? (options.total - done) / rate : Number.POSITIVE_INFINITY;
    return { rate, eta, share: options.total > 0 ? done / options.total : 1 };
  };

  return {
    update(done) {
      const { rate, eta, share } = describe(done);
      const text = `${number(done)}/${number(options.total)} ${options.unit} · ${number(Math.round(rate))}/s · ETA ${clock(eta)}`;
      if (interactive) {
        const width = 28;
        const filled = Math.round(share * width);
        stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}\x1b[K`);
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth > lastShare && now() - lastLine >= 2000) {
        stream.write(`${Math.round(share * 100)} % — ${text}\n`);
        lastShare = tenth;
        lastLine = now();
      }
    },
    finish(done) {
      const seconds = (now() - startedAt) / 1000;
      const rate = seconds > 0 ? (done - options.start) / seconds : 0;
      const text = `${number(done)}/${number(options.total)} ${options.unit} in ${clock(seconds)} (${number(Math.round(rate))}/s)`;
      stream.write(interactive ? `\r${text}\x1b[K\n` : `${text}\n`);
    },
  };
}
