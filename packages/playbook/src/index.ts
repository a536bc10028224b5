export * from './schema/index.ts';
export { validate, type ValidationResult, type ValidateOptions } from './validate/validate.ts';
export { type ValidationIssue, type Severity } from './issue.ts';
export { MESSAGES, LOCALES, formatMessage, type Locale, type MessageCode } from './messages.ts';
export { portsOf, isWaitingNode, DEFAULT_PORT } from './ports.ts';
export { parseTemplate, type ParsedTemplate, type TemplatePart } from './template.ts';
export { CUSTOMER_METRICS, COUPON_FIELDS, isKnownPlaceholder, type CustomerMetric } from './context.ts';
export { parseDuration, isValidTimeZone } from './duration.ts';
export { translatePlaybook } from './translatePlaybook.ts';
