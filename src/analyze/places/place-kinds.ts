// Groups of gazetteer feature codes that several steps of resolution treat alike (areas versus points).

import type { GazetteerEntry } from './gazetteer.js';

/** Areas, not points: they anchor countries and divisions, but are never the 'nearby place' that pulls others. */
export const BROAD_FEATURES: ReadonlySet<string> = new Set(['CONT', 'RGN', 'PCLI', 'ADM1', 'OCN', 'SEA', 'LK', 'MTS']);

/** A division or country matched by its own name. */
export const isNamedArea = (entry: GazetteerEntry): boolean => entry.matchedBy === 'name' && (entry.place.featureCode === 'ADM1' || entry.place.featureCode === 'PCLI');

/** Areas too wide or too watery to place a town beside them. */
export const NATURAL_OR_WIDE: ReadonlySet<string> = new Set(['CONT', 'RGN', 'OCN', 'SEA', 'LK', 'MTS', 'ISL']);
