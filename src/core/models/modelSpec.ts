/** Model specifications as they appear in a validated scenario (`scenario.model`). */

export interface IndependentCascadeSpec {
  kind: 'independent-cascade';
  /** Per-arc transmission probability p: each newly activated node tries each out-neighbour once. */
  probability: number;
}

export interface LinearThresholdSpec {
  kind: 'linear-threshold';
  /** Mean activation threshold φ: share of in-neighbours that must be active. */
  threshold: number;
  /** Thresholds are drawn uniformly from [φ − spread, φ + spread] (clipped to [0, 1]); 0 = Watts 2002. */
  thresholdSpread: number;
}

export interface BassSpec {
  kind: 'bass';
  /** p: per-step probability of adopting from external influence (ads, media). */
  innovation: number;
  /** q: per-step adoption probability when every neighbour has adopted (word of mouth). */
  imitation: number;
}

export type CanonicalModelSpec = IndependentCascadeSpec | LinearThresholdSpec | BassSpec;
/** Extended with the dividend model in a later module. */
export type ModelSpec = CanonicalModelSpec;
export type ModelKind = ModelSpec['kind'];
