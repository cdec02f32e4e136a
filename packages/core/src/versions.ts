// The order of a form's versions (semantic versioning's precedence, as the meta-schema's
// `version` pattern allows them: MAJOR.MINOR.PATCH with an optional -prerelease). The CLI's
// `publish` refuses a version lower than the latest published, and a receiver finds which
// published version replaced the one a submission names; both need the same order.

/** Negative when a comes before b, positive when after, 0 when they are the same version. */
export function compareVersions(a: string, b: string): number {
  const [coreA, preA] = split(a);
  const [coreB, preB] = split(b);
  for (let i = 0; i < 3; i++) {
    const diff = (coreA[i] ?? 0) - (coreB[i] ?? 0);
    if (diff !== 0) return Math.sign(diff);
  }
  // A prerelease comes before its release: 1.0.0-rc.1 < 1.0.0.
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const partsA = preA.split('.');
  const partsB = preB.split('.');
  for (let i = 0; i < Math.max(partsA.length, partsB.length); i++) {
    const x = partsA[i];
    const y = partsB[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const numeric = /^\d+$/;
    if (numeric.test(x) && numeric.test(y)) {
      const diff = Number(x) - Number(y);
      if (diff !== 0) return Math.sign(diff);
    } else if (numeric.test(x) !== numeric.test(y)) {
      return numeric.test(x) ? -1 : 1; // numeric identifiers come first
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

function split(version: string): [number[], string | undefined] {
  const dash = version.indexOf('-');
  const core = dash < 0 ? version : version.slice(0, dash);
  return [core.split('.').map((n) => Number(n) || 0), dash < 0 ? undefined : version.slice(dash + 1)];
}
