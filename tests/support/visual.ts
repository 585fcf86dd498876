/**
 * The visual suite's tolerance: at most 0.025 % of pixels may differ (MapLibre's render tests),
 * and a pixel differs when its colour moves more than 2 % (pixelmatch's YIQ threshold). Rendering
 * is deterministic here (SwiftShader, static mode), so a low threshold catches a changed shade.
 */
export const TOLERANCE = { maxDiffPixelRatio: 0.00025, threshold: 0.02 } as const;
