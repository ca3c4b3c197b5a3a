// CPU accounting shared by stages.mjs and compare.mjs: this process's CPU time (user + system, so
// other processes on a shared machine do not count) and a per-stage tally of a pipeline's stages.

/** CPU milliseconds this process has used so far. */
export function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The median of a list of numbers (the upper one of an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Wraps each stage's `run` of `pipeline` so it adds its CPU milliseconds to the returned map
 * (stage name → ms); reset the map's values to 0 before each measured pass.
 */
export function instrumentStages(pipeline) {
  const spent = new Map();
  for (const stage of pipeline.stages) {
    const run = stage.run.bind(stage);
    spent.set(stage.name, 0);
    stage.run = (doc, context) => {
      const start = process.cpuUsage();
      try {
        return run(doc, context);
      } finally {
        const d = process.cpuUsage(start);
        spent.set(stage.name, spent.get(stage.name) + (d.user + d.system) / 1000);
      }
    };
  }
  return spent;
}
