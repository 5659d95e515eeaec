// Preloaded into a benchmarked CLI run (`node -r`): reports the process's peak resident memory (worker threads included) on stderr at exit.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
