// Progress of long CLI runs on stderr: a self-updating line on a terminal, nothing when stderr is a pipe or a file.

/** Runs shorter than this finish before a progress line would help. */
const MIN_ITEMS = 20;

export interface ProgressReporter {
  step(): void;
  done(): void;
}

export function progressReporter(verb: string, total: number): ProgressReporter {
  const stream = process.stderr;
  if (!stream.isTTY || total < MIN_ITEMS) return { step() {}, done() {} };
  let count = 0;
  return {
    step() {
      count++;
      stream.write(`\r${verb} ${count}/${total}`);
    },
    done() {
      stream.write('\r\x1b[2K');
    },
  };
}

/** Streams have no known total: a running count, redrawn at most ten times a second. */
export function progressCounter(noun: string): ProgressReporter {
  const stream = process.stderr;
  if (!stream.isTTY) return { step() {}, done() {} };
  let count = 0;
  let drawn = 0;
  return {
    step() {
      count++;
      const now = Date.now();
      if (now - drawn < 100) return;
      drawn = now;
      stream.write(`\r${count} ${noun}`);
    },
    done() {
      if (drawn > 0) stream.write('\r\x1b[2K');
    },
  };
}
