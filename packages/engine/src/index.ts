/**
 * @stayflow/engine — the pure, deterministic interpreter of playbooks.
 * No IO, no clock, no randomness: time and the customer are inputs, and what
 * should happen comes back as data (effects).
 */

// Preparing a playbook version
export { compilePlaybook } from './compile/compilePlaybook.ts';
export type { CompiledPlaybook, CompiledNode, CompiledTrigger, CompiledSettings, CompiledAction, WaitTarget } from './compile/CompiledPlaybook.ts';

// One run: the interpreter
export { step, MAX_VISITS_PER_INPUT, type StepResult } from './run/step.ts';
export { createRun, type NewRun } from './run/createRun.ts';
export type { RunState, RunInput, StepEnv, RunWaiting, RunStatus, EndReason, IssuedCoupon } from './run/RunState.ts';

// One customer: the reactor
export { react, type ReactResult } from './react/react.ts';
export { newWorld, type CustomerWorld, type WorldCustomer, type WorldInput, type ReactEnv } from './react/CustomerWorld.ts';
export { compileSegment, type CompiledSegment } from './react/compileSegment.ts';
export { describeCustomer } from './react/describeCustomer.ts';
export { nextTimeChange, needsTimeSweep } from './react/nextTimeChange.ts';

// Rules and what the engine could not do as written
export { compileRule, type CompiledRule } from './rules/compileRule.ts';
export { ruleTiming, earliest, type RuleTiming, type NextChange, type TimingInput } from './rules/ruleTiming.ts';
export type { EngineDiagnostic, ReactionBudgetSpent, RuleSite, RuleStopped, ValueTooLarge } from './rules/EngineDiagnostic.ts';
export { REACTION_OPERATIONS, reactionBudget, type ReactionBudget } from './rules/ReactionBudget.ts';
export { MAX_ATTRIBUTE_SIZE } from './run/performAction.ts';

// Many customers over a simulated calendar
export { simulate, type SimulationInput, type SimulationResult, type SimulatedCustomer, type SimulatedEvent, type SimulationIssue } from './simulate/simulate.ts';
export type { PlaybookStats, SimulatedMessage, JourneyStep } from './simulate/SimulationReport.ts';

// The publish preview: what a draft would do to the stored customers, and whom it shares with other live playbooks
export { previewPublish, PREVIEW_SWEEP_EVERY, PREVIEW_EXAMPLES, type PreviewPublishInput } from './simulate/preview/previewPublish.ts';
export { previewFigures, type PublishPreview, type PreviewFiguresInput } from './simulate/preview/previewFigures.ts';
export { simulatePreviews, type SimulatePreviewsInput, type PreviewedSimulation } from './simulate/preview/simulatePreviews.ts';
export { PreviewTally, type PreviewJourneyStep, type CouponAmounts } from './simulate/preview/PreviewTally.ts';
export { previewSample, PREVIEW_SAMPLE_SIZE } from './simulate/preview/previewSample.ts';

// How sure a result is: one module for the server's stats, the simulator's and the CLI's
export { goalResults, type GoalResults, type RunGroup, type RateFigures, type VariantComparison } from './stats/goalResults.ts';
export { compareProportions, ALPHA, POWER, MIN_DETECTABLE_DIFFERENCE, type GroupCounts, type ProportionComparison } from './stats/compareProportions.ts';
export { sampleSizePerGroup } from './stats/sampleSizePerGroup.ts';
export { wilsonInterval } from './stats/wilsonInterval.ts';
export { normalCdf, normalQuantile } from './stats/normalDistribution.ts';

// What runs read
export { applyEvent } from './metrics/applyEvent.ts';
export { metricsAt, type CustomerMetrics } from './metrics/metricsAt.ts';
export { emptyMetrics, type MetricsState } from './metrics/MetricsState.ts';
export { samePredictions, type CustomerPredictions } from './predictions/CustomerPredictions.ts';
export { buildContext } from './buildContext.ts';
export type { CustomerView } from './CustomerView.ts';
export type { EngineEvent } from './EngineEvent.ts';
export { renderTemplate, type TemplateContext, type RenderOptions } from './template/renderTemplate.ts';
export { looksLikeHtml, mailBodies } from './template/mailBodies.ts';

// What runs do
export { isActionEffect } from './Effect.ts';
export type {
  Effect,
  EffectType,
  ActionEffect,
  RunRef,
  ActionRef,
  SendMessageEffect,
  WebhookEffect,
  UpdateCustomerEffect,
  TagEffect,
  IssueCouponEffect,
  CreateTaskEffect,
  RecordStepEffect,
  StartRunEffect,
  ScheduleTimerEffect,
  CancelTimerEffect,
  RecordConversionEffect,
  EndRunEffect,
  ScheduleDateEffect,
} from './Effect.ts';

// When triggers fire, for the runtime's scheduler
export { nextDateFire } from './schedule/nextDateFire.ts';
export { nextScheduleFire } from './schedule/nextScheduleFire.ts';

// Calendar arithmetic the runtime shares with the engine
export { addDuration } from './time/addDuration.ts';
export { calendarDuration, type CalendarDuration } from './time/CalendarDuration.ts';
export { timeZoneFor } from './time/timeZoneFor.ts';
