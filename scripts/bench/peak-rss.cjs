// Preloaded into a benchmarked CLI run (`node -r`): reports the process's peak resident memory and CPU time (worker
// threads included) on stderr at exit.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\npeak-rss-kb ${usage.maxRSS} cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
