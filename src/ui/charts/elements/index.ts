/** Registers every chart element: import this once from the app shell. */
export { ChartElement, type ChartRenderedDetail } from './chartElement';
export { DlChartFrame, type ChartExportDetail } from './dlChartFrame';
export { DlTimeSeries } from './dlTimeSeries';
export { DlFunnel } from './dlFunnel';
export { DlOutcomeDistribution } from './dlOutcomeDistribution';
export { DlIntervals } from './dlIntervals';
export { DlPairedComparison } from './dlPairedComparison';
export { DlAttribution } from './dlAttribution';
export { DlDecomposition } from './dlDecomposition';
export { DlDegreeDistribution } from './dlDegreeDistribution';
export { DlSweepCurve } from './dlSweepCurve';
export { DlSweepHeatmap } from './dlSweepHeatmap';
export { DlBudgetFrontier, type FrontierPickDetail } from './dlBudgetFrontier';
