/** The map region: a fact of the record's geography that the app, the validator and the basemap build share. */

/** `[west, south, east, north]` in degrees. */
export type BBox = [west: number, south: number, east: number, north: number];

/**
 * The map region, `[west, south, east, north]` in degrees: the basemap is clipped to it, and the
 * map's camera may not leave it (`maxBounds`), so no view ever ends in a straight edge of land.
 * It spans Belarus' western border (23.2°E; Minsk 27.6°E) to beyond Kazakhstan's eastern tip
 * (87.3°E), and Armenia's and Tajikistan's southern borders (38.8°N, 36.7°N) to north of Moscow,
 * with margins for wide screens (the region view at 16:9 shows about 80° of longitude) and for
 * tall ones (a phone in portrait sees more latitude than the view asks for).
 */
export const REGION_BBOX: BBox = [8, 28, 108, 66];
