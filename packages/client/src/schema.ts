/**
 * The Stayflow HTTP API's types, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: run `pnpm --filter @stayflow/client generate` after changing a route's schema.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer with metrics, segments, tags, coupons and tasks */
        get: operations["getCustomer"];
        /** Create or update a customer (attributes merged) */
        put: operations["putCustomer"];
        post?: never;
        /**
         * Erase a customer and everything held about them
         * @description Removes the customer, their events, runs and steps, messages, coupons, tasks, pending waits and deliveries (with their attempts), and every other row that carries their id, in one transaction. Deliveries not yet sent are cancelled. An event that arrives later starts a new customer with that id.
         */
        delete: operations["eraseCustomer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create or update many customers in one transaction */
        post: operations["putCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers in id order, optionally searched */
        get: operations["listCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/customers/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about a customer, as JSON (data access and portability requests) */
        get: operations["exportCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one event, or { events: [...] } in one transaction */
        post: operations["sendEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Test run: what the playbook would do to one customer over the next days (nothing is stored or sent) */
        post: operations["testRunPlaybook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every playbook with its status and counts */
        get: operations["listPlaybooks"];
        put?: never;
        /** Create a playbook draft */
        post: operations["createPlaybook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a playbook without saving it */
        post: operations["validatePlaybook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The draft, the published version and the status */
        get: operations["getPlaybook"];
        /** Save a new draft */
        put: operations["savePlaybook"];
        post?: never;
        /** Delete a playbook that is not live */
        delete: operations["deletePlaybook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published versions, newest first */
        get: operations["listPlaybookVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published version */
        get: operations["getPlaybookVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate the draft and make it the live version (recording any overlaps published anyway) */
        post: operations["publishPlaybook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop new entries; customers inside finish their journey */
        post: operations["pausePlaybook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take new entries again */
        post: operations["resumePlaybook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/enroll": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enrol customers (manual trigger) */
        post: operations["enrollCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/playbooks/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-step counts, runs, goal conversion, variants and holdout; with `days`, only customers who entered in the last N days */
        get: operations["getPlaybookStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every segment with its member count, kept as customers change and as time alone moves them (members_counted_at: the last full recount) */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or change a segment */
        put: operations["putSegment"];
        post?: never;
        /** Delete a segment */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Runs, newest first, each with its step timeline */
        get: operations["listRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The message log: every message playbooks sent, newest first */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-up tasks created by playbooks */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close or reopen a task */
        post: operations["setTaskStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retention, churn and repurchase rates, NPS and average customer lifetime value for a window (default: the last 90 days) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/metrics/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers by first-purchase month × months since, with the share still buying (default: the last 12 months) */
        get: operations["getCohorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs, newest first: enrolment, date arming, schedule firings, sweeps, pruning */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One background job and its progress */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The churn and value models fitted on the order history, and what scoring every customer found */
        get: operations["getModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/fit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refits the models on the order history up to now; answers once fitted (with the testing clock, once every customer is scored too) */
        post: operations["fitModels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/models/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Defines the default "at_risk" segment by silence or by probability alive; the segment is recounted */
        put: operations["setAtRiskRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Template playbooks to start from */
        get: operations["listTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The testing clock */
        get: operations["getClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move the testing clock forward, firing every timer and sweep on the way, in time order, and answer once every background job is done */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description What went wrong, for a person to read; `errors` lists each problem for validation failures. */
        Error: {
            error: {
                code: string;
                message: string;
            };
            errors?: {
                code: string;
                message: string;
                /** @description Where, as a JSON path such as $.nodes[2].wait. */
                path?: string;
                node?: string;
                edge?: string;
                severity?: "error" | "warning";
            }[];
        };
        /** @description Metrics from the customer’s events, as of the server clock. */
        CustomerMetrics: {
            orders: number;
            total_spent: number;
            avg_order_value: number | null;
            first_order_at: string | null;
            last_order_at: string | null;
            days_since_last_order: number | null;
            last_nps: number | null;
            negative_feedback_90d: number;
            days_since_last_seen: number | null;
            p_alive: number | null;
            expected_orders_30d: number | null;
            expected_orders_90d: number | null;
            expected_orders_365d: number | null;
            expected_order_value: number | null;
            predicted_clv: number | null;
        };
        Coupon: {
            code: string;
            percent: number | null;
            amount: number | null;
            currency: string | null;
            playbook: string;
            issued_at: string | null;
            valid_until: string | null;
            redeemed_at: string | null;
        };
        CustomerSummary: {
            id: string;
            attributes: {
                [key: string]: unknown;
            };
            tags: string[];
            metrics: components["schemas"]["CustomerMetrics"];
            /** @description Names of the segments the customer is in. */
            segments: string[];
            updated_at: string | null;
        };
        PlaybookSummary: {
            id: string;
            name: string;
            description: string;
            tags: string[];
            meta: {
                [key: string]: unknown;
            };
            status: "draft" | "live" | "paused";
            published_version: number | null;
            published_at: string | null;
            /** Format: date-time */
            updated_at: string;
            entered: number;
            converted: number;
            /** @description Its background jobs still queued or running, oldest first. */
            jobs: components["schemas"]["Job"][];
        };
        /** @description A background job and its progress. */
        Job: {
            id: string;
            /** @description enrol: customers matching a segment trigger enter, after publishing; arm_dates: date triggers are scheduled for everyone; schedule: a schedule firing; sweep: the periodic re-check of segment triggers and exit rules; prune: removing records past their retention period; fit_models: fitting the churn and value models, then scoring every customer. */
            kind: "enrol" | "arm_dates" | "arm_schedule" | "sweep" | "schedule" | "recount" | "prune" | "fit_models";
            playbook: string | null;
            status: "queued" | "running" | "done" | "failed" | "cancelled";
            /** @description Customers done so far (for prune: rows removed). */
            done: number;
            total: number | null;
            /** Format: date-time */
            created_at: string;
            started_at: string | null;
            finished_at: string | null;
            error: string | null;
        };
        Problem: {
            code: string;
            message: string;
            node?: string;
            edge?: string;
            /** @description A JSON path into the document, such as $.nodes[2].wait. */
            path: string;
            severity: "error" | "warning";
        };
        /** @description What the validator found. */
        Validation: {
            valid: boolean;
            errors: components["schemas"]["Problem"][];
            warnings: components["schemas"]["Problem"][];
        };
        /** Stayflow playbook v1 */
        Playbook: {
            /** @enum {string} */
            schema: "stayflow/playbook@1";
            /** @description Lower-case letters, digits and dashes; at most 64 characters. */
            id: string;
            name: string;
            description?: string;
            tags?: string[];
            settings?: {
                /** @description An IANA time zone such as Asia/Shanghai. */
                timezone?: string;
                reentry?: {
                    mode: "never" | "after_exit" | "always";
                    /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                    cooldown?: string;
                };
                goal?: {
                    event: string;
                    /** @description A JSON Logic condition. */
                    where?: unknown;
                    /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                    within: string;
                    exit?: boolean;
                };
                /** @description A JSON Logic condition. */
                exit_when?: unknown;
                quiet_hours?: {
                    /** @description A time of day, HH:MM on a 24-hour clock. */
                    start: string;
                    /** @description A time of day, HH:MM on a 24-hour clock. */
                    end: string;
                };
                frequency_cap?: {
                    max: number;
                    /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                    per: string;
                };
                holdout?: number;
            };
            nodes: ({
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "trigger";
                /** @enum {string} */
                on: "event";
                event: string;
                /** @description A JSON Logic condition. */
                where?: unknown;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "trigger";
                /** @enum {string} */
                on: "segment";
                /** @description A JSON Logic condition. */
                if: unknown;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "trigger";
                /** @enum {string} */
                on: "schedule";
                /** @description Five fields: minute hour day-of-month month day-of-week. */
                cron?: string;
                /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                every?: string;
                /** @description A JSON Logic condition. */
                audience?: unknown;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "trigger";
                /** @enum {string} */
                on: "date";
                attribute: string;
                /** @description An ISO 8601 duration that may be negative, such as -P7D. */
                offset?: string;
                /** @description A time of day, HH:MM on a 24-hour clock. */
                at?: string;
                yearly?: boolean;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "trigger";
                /** @enum {string} */
                on: "manual";
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "condition";
                /** @description A JSON Logic condition. */
                if: unknown;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "switch";
                cases: {
                    /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                    port: string;
                    /** @description A JSON Logic condition. */
                    if: unknown;
                    label?: string;
                }[];
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "wait";
                /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                for?: string;
                until?: {
                    attribute: string;
                    /** @description An ISO 8601 duration that may be negative, such as -P7D. */
                    offset?: string;
                };
                /** @description A time of day, HH:MM on a 24-hour clock. */
                untilTime?: string;
                days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "wait_event";
                event: string;
                /** @description A JSON Logic condition. */
                where?: unknown;
                /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                timeout: string;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "split";
                variants: {
                    /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                    port: string;
                    weight: number;
                    label?: string;
                }[];
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "action";
                /** @enum {string} */
                action: "send_message";
                channel: "email" | "sms" | "push" | "inbox";
                template: {
                    subject?: string;
                    body: string;
                };
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "action";
                /** @enum {string} */
                action: "webhook";
                url: string;
                method?: "POST" | "PUT" | "PATCH" | "GET" | "DELETE";
                headers?: {
                    [key: string]: string;
                };
                body?: string;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "action";
                /** @enum {string} */
                action: "update_customer";
                set: {
                    [key: string]: unknown;
                };
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "action";
                /** @enum {string} */
                action: "add_tag";
                tag: string;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "action";
                /** @enum {string} */
                action: "remove_tag";
                tag: string;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "action";
                /** @enum {string} */
                action: "issue_coupon";
                percent?: number;
                amount?: number;
                currency?: string;
                /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                valid_for?: string;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "action";
                /** @enum {string} */
                action: "create_task";
                title: string;
                assignee?: string;
                /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                due_in?: string;
            } | {
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                id: string;
                label?: string;
                position?: {
                    x: number;
                    y: number;
                };
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
                /** @enum {string} */
                type: "exit";
            })[];
            edges: {
                id?: string;
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                from: string;
                /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                to: string;
                /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                port?: string;
                /** @description Free-form; ignored by the runtime. */
                meta?: {
                    [key: string]: unknown;
                };
            }[];
            /** @description Free-form; ignored by the runtime. */
            meta?: {
                [key: string]: unknown;
            };
        };
        Segment: {
            name: string;
            /** @description The JSON Logic rule. */
            if: unknown;
            description: string | null;
            members: number;
            updated_at: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The migrations are applied and the database answered: this process can take traffic. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not ready (`not_ready`): the database did not answer within 2 s, or failed; or the server is shutting down (`shutting_down`). A load balancer sends this process no traffic until it answers 200 again. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer with metrics, segments, tags, coupons, tasks and active runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        attributes: {
                            [key: string]: unknown;
                        };
                        tags: string[];
                        metrics: components["schemas"]["CustomerMetrics"];
                        /** @description Names of the segments the customer is in. */
                        segments: string[];
                        updated_at: string | null;
                        coupons: components["schemas"]["Coupon"][];
                        /** @description Up to 100 of their tasks, newest first. */
                        tasks: {
                            id: string;
                            title: string;
                            assignee: string | null;
                            status: "open" | "done" | "cancelled";
                            playbook: string;
                            created_at: string | null;
                            due_at: string | null;
                        }[];
                        active_runs: {
                            id: string;
                            playbook: string;
                            node: string;
                            entered_at: string | null;
                        }[];
                        created_at: string | null;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Merged into the stored attributes. */
                    attributes?: {
                        [key: string]: unknown;
                    };
                    /** @description Replaces the tags when given. */
                    tags?: string[];
                };
            };
        };
        responses: {
            /** @description The customer with metrics, segments, tags, coupons, tasks and active runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        attributes: {
                            [key: string]: unknown;
                        };
                        tags: string[];
                        metrics: components["schemas"]["CustomerMetrics"];
                        /** @description Names of the segments the customer is in. */
                        segments: string[];
                        updated_at: string | null;
                        coupons: components["schemas"]["Coupon"][];
                        /** @description Up to 100 of their tasks, newest first. */
                        tasks: {
                            id: string;
                            title: string;
                            assignee: string | null;
                            status: "open" | "done" | "cancelled";
                            playbook: string;
                            created_at: string | null;
                            due_at: string | null;
                        }[];
                        active_runs: {
                            id: string;
                            playbook: string;
                            node: string;
                            entered_at: string | null;
                        }[];
                        created_at: string | null;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    eraseCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased: nothing about the customer is left (no body). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customers: {
                        /** @description Your own id for the customer. */
                        id: string;
                        attributes?: {
                            [key: string]: unknown;
                        };
                        tags?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Customers created or updated. */
                        upserted: number;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                q?: string;
                after?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every stored customer (the search does not narrow it). */
                        total: number;
                        customers: components["schemas"]["CustomerSummary"][];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Everything Stayflow holds about one customer, for a person to read (times in ISO 8601, UTC). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "stayflow/customer-export@1";
                        /** Format: date-time */
                        exported_at: string;
                        customer: {
                            id: string;
                            attributes: {
                                [key: string]: unknown;
                            };
                            tags: string[];
                            metrics: {
                                [key: string]: unknown;
                            };
                            segments: string[];
                            created_at: string | null;
                            updated_at: string | null;
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description What the runtime keeps to decide what happens next. */
                        state: {
                            first_order_at: string | null;
                            last_order_at: string | null;
                            last_nps: number | null;
                            last_nps_at: string | null;
                            last_seen_at: string | null;
                            negative_feedback_at: string[];
                            messages_sent_at: string[];
                            runs_started: {
                                [key: string]: number;
                            };
                            segment_triggers_matched: {
                                [key: string]: boolean;
                            };
                        } & {
                            [key: string]: unknown;
                        };
                        /** @description Every stored event, oldest first. */
                        events: ({
                            id: string;
                            type: string;
                            at: string | null;
                            received_at: string | null;
                            properties: {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Every journey through a playbook, oldest first, with its steps. */
                        runs: ({
                            id: string;
                            playbook: string;
                            version: number;
                            status: string;
                            exit_reason: string | null;
                            control: boolean;
                            variant: string | null;
                            waiting_at: string | null;
                            entered_at: string | null;
                            ended_at: string | null;
                            converted_at: string | null;
                            steps: {
                                visit: number;
                                node: string;
                                port: string | null;
                                at: string | null;
                                left_at: string | null;
                            }[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Every message playbooks produced. */
                        messages: ({
                            id: string;
                            playbook: string;
                            run: string;
                            channel: string;
                            subject: string | null;
                            body: string;
                            status: string;
                            at: string | null;
                            sent_at: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Coupons issued. */
                        coupons: ({
                            code: string;
                            playbook: string;
                            run: string;
                            issued_at: string | null;
                            valid_until: string | null;
                            redeemed_at: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Follow-up tasks about the customer. */
                        tasks: ({
                            id: string;
                            title: string;
                            playbook: string;
                            status: string;
                            created_at: string | null;
                            due_at: string | null;
                            closed_at: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Waits and date triggers still to fire. */
                        pending_timers: ({
                            id: string;
                            kind: string;
                            playbook: string | null;
                            due_at: string | null;
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Messages and webhooks handed to channels, pending ones included, with every attempt. */
                        deliveries: ({
                            id: string;
                            kind: string;
                            status: string;
                            attempts: number;
                            payload: {
                                [key: string]: unknown;
                            };
                            created_at: string | null;
                            next_attempt_at: string | null;
                            delivered_at: string | null;
                            attempt_log: {
                                [key: string]: unknown;
                            }[];
                        } & {
                            [key: string]: unknown;
                        })[];
                        /** @description Rows of further tables that hold the customer's id, by table (times as ISO 8601). */
                        other: {
                            [key: string]: {
                                [key: string]: unknown;
                            }[];
                        };
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for the event; the same id twice is accepted once. */
                    id?: string;
                    /** @description Your own id for the customer. */
                    customer_id: string;
                    /** @description order_placed, nps_submitted, feedback_submitted, or any of your own. */
                    type: string;
                    /** @description ISO 8601; defaults to now. More than 72 hours ago: history, which feeds metrics only; more than 24 hours ahead of the server clock: refused. */
                    at?: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                } | {
                    events: {
                        /** @description Your id for the event; the same id twice is accepted once. */
                        id?: string;
                        /** @description Your own id for the customer. */
                        customer_id: string;
                        /** @description order_placed, nps_submitted, feedback_submitted, or any of your own. */
                        type: string;
                        /** @description ISO 8601; defaults to now. More than 72 hours ago: history, which feeds metrics only; more than 24 hours ahead of the server clock: refused. */
                        at?: string;
                        properties?: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description Stored (or already stored). */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: number;
                        /** @description Events whose id was already stored: accepted once only. */
                        duplicates: number;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testRunPlaybook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The playbook to test; defaults to the saved draft. */
                    document?: unknown;
                    /** @description A stored customer: their attributes and history are used. */
                    customer_id?: string;
                    /** @description A sample profile, or changes to the stored customer for this test. */
                    customer?: {
                        attributes?: {
                            [key: string]: unknown;
                        };
                        tags?: string[];
                        predictions?: {
                            /** @description Probability still active, 0–1. */
                            p_alive: number;
                            expected_orders_30d?: number;
                            expected_orders_90d?: number;
                            expected_orders_365d?: number;
                            expected_order_value?: number;
                            predicted_clv?: number;
                        };
                        history?: {
                            /** @description Orders placed before the test. */
                            orders?: number;
                            /** @description Days from the last order to the start of the test (with orders ≥ 1). */
                            days_since_last_order?: number;
                            /** @description Spent over those orders, in the currency attribute (default: 100 per order). */
                            total_spent?: number;
                            /** @description The last NPS answer, given a week before the test. */
                            nps?: number;
                        };
                    };
                    /** @default 30 */
                    days?: number;
                    /** @description Events to happen during the test. */
                    events?: {
                        type: string;
                        /** @description ISO 8601 duration after the start, e.g. P3D. */
                        after?: string;
                        properties?: {
                            [key: string]: unknown;
                        };
                    }[];
                    /** @description Language of validation messages. */
                    locale?: "en" | "zh-CN";
                };
            };
        };
        responses: {
            /** @description What the playbook would do to the customer (nothing was stored or sent). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entered: boolean;
                        /** @description Why the customer would not enter, in English. */
                        reason?: string;
                        /** @description `exit_when`, or the kind of trigger that kept the customer out. */
                        reason_code?: "exit_when" | "segment" | "schedule" | "date" | "event" | "manual";
                        /** @description `completed`, `exited`, `active` (still inside at the end) or `not_entered`. */
                        status: string;
                        ended: {
                            /** Format: date-time */
                            at: string;
                            reason: string;
                        } | null;
                        /** @description The customer would be in the holdout group: nothing is done for them. */
                        control: boolean;
                        converted: boolean;
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        simulated_trigger_event?: string;
                        path: {
                            nodes: string[];
                            edges: {
                                from: string;
                                to: string;
                                port: string;
                            }[];
                        };
                        steps: {
                            node: string;
                            port: string | null;
                            /** Format: date-time */
                            at: string;
                            left_at?: string | null;
                        }[];
                        messages: {
                            channel: string;
                            subject?: string | null;
                            body: string;
                            /** Format: date-time */
                            at: string;
                            node: string;
                        }[];
                        coupons: {
                            node: string;
                            /** Format: date-time */
                            at: string;
                            detail: string;
                        }[];
                        tasks: {
                            node: string;
                            /** Format: date-time */
                            at: string;
                            detail: string;
                        }[];
                        tags: {
                            added: string[];
                            removed: string[];
                        };
                        /** @description Every action the playbook would take, in order. */
                        actions: {
                            node: string;
                            /** @description The action type, such as issue_coupon or add_tag. */
                            action: string;
                            /** Format: date-time */
                            at: string;
                            detail: string;
                        }[];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlaybooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every playbook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        playbooks: components["schemas"]["PlaybookSummary"][];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPlaybook: {
        parameters: {
            query?: {
                /** @description Save work in progress even if it has problems (they block publishing, not saving). The editor autosaves this way. */
                partial?: boolean;
                /** @description Language of validation messages. */
                locale?: "en" | "zh-CN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    schema: "stayflow/playbook@1";
                    /** @description Lower-case letters, digits and dashes; at most 64 characters. */
                    id: string;
                    name: string;
                    description?: string;
                    tags?: string[];
                    settings?: {
                        /** @description An IANA time zone such as Asia/Shanghai. */
                        timezone?: string;
                        reentry?: {
                            mode: "never" | "after_exit" | "always";
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            cooldown?: string;
                        };
                        goal?: {
                            event: string;
                            /** @description A JSON Logic condition. */
                            where?: unknown;
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            within: string;
                            exit?: boolean;
                        };
                        /** @description A JSON Logic condition. */
                        exit_when?: unknown;
                        quiet_hours?: {
                            /** @description A time of day, HH:MM on a 24-hour clock. */
                            start: string;
                            /** @description A time of day, HH:MM on a 24-hour clock. */
                            end: string;
                        };
                        frequency_cap?: {
                            max: number;
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            per: string;
                        };
                        holdout?: number;
                    };
                    nodes: ({
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "event";
                        event: string;
                        /** @description A JSON Logic condition. */
                        where?: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "segment";
                        /** @description A JSON Logic condition. */
                        if: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "schedule";
                        /** @description Five fields: minute hour day-of-month month day-of-week. */
                        cron?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        every?: string;
                        /** @description A JSON Logic condition. */
                        audience?: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "date";
                        attribute: string;
                        /** @description An ISO 8601 duration that may be negative, such as -P7D. */
                        offset?: string;
                        /** @description A time of day, HH:MM on a 24-hour clock. */
                        at?: string;
                        yearly?: boolean;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "manual";
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "condition";
                        /** @description A JSON Logic condition. */
                        if: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "switch";
                        cases: {
                            /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                            port: string;
                            /** @description A JSON Logic condition. */
                            if: unknown;
                            label?: string;
                        }[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "wait";
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        for?: string;
                        until?: {
                            attribute: string;
                            /** @description An ISO 8601 duration that may be negative, such as -P7D. */
                            offset?: string;
                        };
                        /** @description A time of day, HH:MM on a 24-hour clock. */
                        untilTime?: string;
                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "wait_event";
                        event: string;
                        /** @description A JSON Logic condition. */
                        where?: unknown;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        timeout: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "split";
                        variants: {
                            /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                            port: string;
                            weight: number;
                            label?: string;
                        }[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "send_message";
                        channel: "email" | "sms" | "push" | "inbox";
                        template: {
                            subject?: string;
                            body: string;
                        };
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "webhook";
                        url: string;
                        method?: "POST" | "PUT" | "PATCH" | "GET" | "DELETE";
                        headers?: {
                            [key: string]: string;
                        };
                        body?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "update_customer";
                        set: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "add_tag";
                        tag: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "remove_tag";
                        tag: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "issue_coupon";
                        percent?: number;
                        amount?: number;
                        currency?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        valid_for?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "create_task";
                        title: string;
                        assignee?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        due_in?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "exit";
                    })[];
                    edges: {
                        id?: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        from: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        to: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                        port?: string;
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                    }[];
                    /** @description Free-form; ignored by the runtime. */
                    meta?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The draft, its problems, the published version and the status. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description The draft as saved: a stayflow/playbook@1 document, which may still have problems when saved with ?partial=true. */
                        draft: unknown;
                        status: "draft" | "live" | "paused";
                        published_version: number | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        validation: components["schemas"]["Validation"];
                        /** @description Its background jobs still queued or running, oldest first. */
                        jobs: components["schemas"]["Job"][];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    validatePlaybook: {
        parameters: {
            query?: {
                /** @description Language of validation messages. */
                locale?: "en" | "zh-CN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    schema: "stayflow/playbook@1";
                    /** @description Lower-case letters, digits and dashes; at most 64 characters. */
                    id: string;
                    name: string;
                    description?: string;
                    tags?: string[];
                    settings?: {
                        /** @description An IANA time zone such as Asia/Shanghai. */
                        timezone?: string;
                        reentry?: {
                            mode: "never" | "after_exit" | "always";
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            cooldown?: string;
                        };
                        goal?: {
                            event: string;
                            /** @description A JSON Logic condition. */
                            where?: unknown;
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            within: string;
                            exit?: boolean;
                        };
                        /** @description A JSON Logic condition. */
                        exit_when?: unknown;
                        quiet_hours?: {
                            /** @description A time of day, HH:MM on a 24-hour clock. */
                            start: string;
                            /** @description A time of day, HH:MM on a 24-hour clock. */
                            end: string;
                        };
                        frequency_cap?: {
                            max: number;
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            per: string;
                        };
                        holdout?: number;
                    };
                    nodes: ({
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "event";
                        event: string;
                        /** @description A JSON Logic condition. */
                        where?: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "segment";
                        /** @description A JSON Logic condition. */
                        if: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "schedule";
                        /** @description Five fields: minute hour day-of-month month day-of-week. */
                        cron?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        every?: string;
                        /** @description A JSON Logic condition. */
                        audience?: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "date";
                        attribute: string;
                        /** @description An ISO 8601 duration that may be negative, such as -P7D. */
                        offset?: string;
                        /** @description A time of day, HH:MM on a 24-hour clock. */
                        at?: string;
                        yearly?: boolean;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "manual";
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "condition";
                        /** @description A JSON Logic condition. */
                        if: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "switch";
                        cases: {
                            /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                            port: string;
                            /** @description A JSON Logic condition. */
                            if: unknown;
                            label?: string;
                        }[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "wait";
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        for?: string;
                        until?: {
                            attribute: string;
                            /** @description An ISO 8601 duration that may be negative, such as -P7D. */
                            offset?: string;
                        };
                        /** @description A time of day, HH:MM on a 24-hour clock. */
                        untilTime?: string;
                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "wait_event";
                        event: string;
                        /** @description A JSON Logic condition. */
                        where?: unknown;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        timeout: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "split";
                        variants: {
                            /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                            port: string;
                            weight: number;
                            label?: string;
                        }[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "send_message";
                        channel: "email" | "sms" | "push" | "inbox";
                        template: {
                            subject?: string;
                            body: string;
                        };
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "webhook";
                        url: string;
                        method?: "POST" | "PUT" | "PATCH" | "GET" | "DELETE";
                        headers?: {
                            [key: string]: string;
                        };
                        body?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "update_customer";
                        set: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "add_tag";
                        tag: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "remove_tag";
                        tag: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "issue_coupon";
                        percent?: number;
                        amount?: number;
                        currency?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        valid_for?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "create_task";
                        title: string;
                        assignee?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        due_in?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "exit";
                    })[];
                    edges: {
                        id?: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        from: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        to: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                        port?: string;
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                    }[];
                    /** @description Free-form; ignored by the runtime. */
                    meta?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description What the validator found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        errors: components["schemas"]["Problem"][];
                        warnings: components["schemas"]["Problem"][];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlaybook: {
        parameters: {
            query?: {
                /** @description Language of validation messages. */
                locale?: "en" | "zh-CN";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft, its problems, the published version and the status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description The draft as saved: a stayflow/playbook@1 document, which may still have problems when saved with ?partial=true. */
                        draft: unknown;
                        status: "draft" | "live" | "paused";
                        published_version: number | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        validation: components["schemas"]["Validation"];
                        /** @description Its background jobs still queued or running, oldest first. */
                        jobs: components["schemas"]["Job"][];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    savePlaybook: {
        parameters: {
            query?: {
                /** @description Save work in progress even if it has problems (they block publishing, not saving). The editor autosaves this way. */
                partial?: boolean;
                /** @description Language of validation messages. */
                locale?: "en" | "zh-CN";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    schema: "stayflow/playbook@1";
                    /** @description Lower-case letters, digits and dashes; at most 64 characters. */
                    id: string;
                    name: string;
                    description?: string;
                    tags?: string[];
                    settings?: {
                        /** @description An IANA time zone such as Asia/Shanghai. */
                        timezone?: string;
                        reentry?: {
                            mode: "never" | "after_exit" | "always";
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            cooldown?: string;
                        };
                        goal?: {
                            event: string;
                            /** @description A JSON Logic condition. */
                            where?: unknown;
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            within: string;
                            exit?: boolean;
                        };
                        /** @description A JSON Logic condition. */
                        exit_when?: unknown;
                        quiet_hours?: {
                            /** @description A time of day, HH:MM on a 24-hour clock. */
                            start: string;
                            /** @description A time of day, HH:MM on a 24-hour clock. */
                            end: string;
                        };
                        frequency_cap?: {
                            max: number;
                            /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                            per: string;
                        };
                        holdout?: number;
                    };
                    nodes: ({
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "event";
                        event: string;
                        /** @description A JSON Logic condition. */
                        where?: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "segment";
                        /** @description A JSON Logic condition. */
                        if: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "schedule";
                        /** @description Five fields: minute hour day-of-month month day-of-week. */
                        cron?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        every?: string;
                        /** @description A JSON Logic condition. */
                        audience?: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "date";
                        attribute: string;
                        /** @description An ISO 8601 duration that may be negative, such as -P7D. */
                        offset?: string;
                        /** @description A time of day, HH:MM on a 24-hour clock. */
                        at?: string;
                        yearly?: boolean;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "trigger";
                        /** @enum {string} */
                        on: "manual";
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "condition";
                        /** @description A JSON Logic condition. */
                        if: unknown;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "switch";
                        cases: {
                            /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                            port: string;
                            /** @description A JSON Logic condition. */
                            if: unknown;
                            label?: string;
                        }[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "wait";
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        for?: string;
                        until?: {
                            attribute: string;
                            /** @description An ISO 8601 duration that may be negative, such as -P7D. */
                            offset?: string;
                        };
                        /** @description A time of day, HH:MM on a 24-hour clock. */
                        untilTime?: string;
                        days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "wait_event";
                        event: string;
                        /** @description A JSON Logic condition. */
                        where?: unknown;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        timeout: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "split";
                        variants: {
                            /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                            port: string;
                            weight: number;
                            label?: string;
                        }[];
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "send_message";
                        channel: "email" | "sms" | "push" | "inbox";
                        template: {
                            subject?: string;
                            body: string;
                        };
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "webhook";
                        url: string;
                        method?: "POST" | "PUT" | "PATCH" | "GET" | "DELETE";
                        headers?: {
                            [key: string]: string;
                        };
                        body?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "update_customer";
                        set: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "add_tag";
                        tag: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "remove_tag";
                        tag: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "issue_coupon";
                        percent?: number;
                        amount?: number;
                        currency?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        valid_for?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "action";
                        /** @enum {string} */
                        action: "create_task";
                        title: string;
                        assignee?: string;
                        /** @description An ISO 8601 duration such as P3D, PT2H or P1M. */
                        due_in?: string;
                    } | {
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        id: string;
                        label?: string;
                        position?: {
                            x: number;
                            y: number;
                        };
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "exit";
                    })[];
                    edges: {
                        id?: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        from: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters; unique in the playbook. */
                        to: string;
                        /** @description Letters, digits, "_" and "-"; at most 64 characters. */
                        port?: string;
                        /** @description Free-form; ignored by the runtime. */
                        meta?: {
                            [key: string]: unknown;
                        };
                    }[];
                    /** @description Free-form; ignored by the runtime. */
                    meta?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The draft, its problems, the published version and the status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description The draft as saved: a stayflow/playbook@1 document, which may still have problems when saved with ?partial=true. */
                        draft: unknown;
                        status: "draft" | "live" | "paused";
                        published_version: number | null;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        validation: components["schemas"]["Validation"];
                        /** @description Its background jobs still queued or running, oldest first. */
                        jobs: components["schemas"]["Job"][];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePlaybook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPlaybookVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published versions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        versions: {
                            version: number;
                            /** Format: date-time */
                            published_at: string;
                            acknowledged: {
                                /** @description The horizon of the preview the overlaps come from, in days. */
                                horizon_days: number;
                                /** @description Live playbooks whose audiences overlap this one’s, as the preview listed them. */
                                overlaps: {
                                    playbook_id: string;
                                    name: string;
                                    customers_in_both: number;
                                    contacted_by_both: number;
                                }[];
                                /** @description Live playbooks made from the same template, as the preview listed them. */
                                same_template: {
                                    playbook_id: string;
                                    name: string;
                                    template: string;
                                }[];
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlaybookVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version as published. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        /** Format: date-time */
                        published_at: string;
                        acknowledged: {
                            /** @description The horizon of the preview the overlaps come from, in days. */
                            horizon_days: number;
                            /** @description Live playbooks whose audiences overlap this one’s, as the preview listed them. */
                            overlaps: {
                                playbook_id: string;
                                name: string;
                                customers_in_both: number;
                                contacted_by_both: number;
                            }[];
                            /** @description Live playbooks made from the same template, as the preview listed them. */
                            same_template: {
                                playbook_id: string;
                                name: string;
                                template: string;
                            }[];
                        } | null;
                        document: components["schemas"]["Playbook"];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publishPlaybook: {
        parameters: {
            query?: {
                /** @description Language of validation messages. */
                locale?: "en" | "zh-CN";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    acknowledged?: {
                        /** @description The horizon of the preview the overlaps come from, in days. */
                        horizon_days: number;
                        /** @description Live playbooks whose audiences overlap this one’s, as the preview listed them. */
                        overlaps: {
                            playbook_id: string;
                            name: string;
                            customers_in_both: number;
                            contacted_by_both: number;
                        }[];
                        /** @description Live playbooks made from the same template, as the preview listed them. */
                        same_template: {
                            playbook_id: string;
                            name: string;
                            template: string;
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description Live. `job` is the enrolment or arming still under way when the answer was sent (null when none is). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        job: components["schemas"]["Job"] | null;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pausePlaybook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Paused: no new entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "paused";
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resumePlaybook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Live again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "live";
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    enrollCustomers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customer_ids: string[];
                };
            };
        };
        responses: {
            /** @description Enrolment accepted. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The number of customer ids sent. */
                        enrolled: number;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPlaybookStats: {
        parameters: {
            query?: {
                /** @description Count only runs that entered in the last N days (by the server clock) */
                days?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per-step counts, runs, goal conversion, holdout and variants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Per node id: how many steps entered it, and left by each port. */
                        nodes: {
                            [key: string]: {
                                entered: number;
                                ports: {
                                    [key: string]: number;
                                };
                            };
                        };
                        runs: {
                            active: number;
                            completed: number;
                            exited: number;
                            started: number;
                            treatment: number;
                            control: number;
                        };
                        goal: {
                            converted: number;
                            rate: number | null;
                            treatment_rate?: number | null;
                            control_rate?: number | null;
                            uplift?: number | null;
                        };
                        holdout?: {
                            treatment: {
                                runs: number;
                                converted: number;
                                rate: number | null;
                            };
                            control: {
                                runs: number;
                                converted: number;
                                rate: number | null;
                            };
                            comparison: {
                                difference: number | null;
                                ci_low: number | null;
                                ci_high: number | null;
                                p_value: number | null;
                                significant: boolean;
                                needed_per_group: number | null;
                                verdict: "no_data" | "not_enough_data" | "significant" | "no_difference";
                            };
                        };
                        variants?: {
                            [key: string]: {
                                runs: number;
                                converted: number;
                                rate: number | null;
                            };
                        };
                        variant_test?: {
                            alpha: number;
                            comparisons: {
                                difference: number | null;
                                ci_low: number | null;
                                ci_high: number | null;
                                p_value: number | null;
                                significant: boolean;
                                needed_per_group: number | null;
                                verdict: "no_data" | "not_enough_data" | "significant" | "no_difference";
                                a: string;
                                b: string;
                            }[];
                            winner: string | null;
                        };
                        definitions: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSegments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every segment with its member count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        segments: components["schemas"]["Segment"][];
                        members_counted_at: string | null;
                        /** @description A full recount is under way: counts may still move. */
                        recounting: boolean;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putSegment: {
        parameters: {
            query?: {
                /** @description Language of validation messages. */
                locale?: "en" | "zh-CN";
            };
            header?: never;
            path: {
                /** @description Lower-case letters, digits, "_" and "-". */
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A JSON Logic condition over the customer (no event). */
                    if: unknown;
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Saved; its members are recounted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        if: unknown;
                        description: string | null;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lower-case letters, digits, "_" and "-". */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; members are recounted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRuns: {
        parameters: {
            query?: {
                playbook?: string;
                customer?: string;
                status?: "active" | "completed" | "exited";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runs: {
                            id: string;
                            playbook: string;
                            version: number;
                            customer: string;
                            status: "active" | "completed" | "exited";
                            exit_reason: string | null;
                            control: boolean;
                            variant: string | null;
                            entered_at: string | null;
                            ended_at: string | null;
                            converted_at: string | null;
                            steps: {
                                visit: number;
                                node: string;
                                port: string | null;
                                at: string | null;
                                left_at: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                customer?: string;
                playbook?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            id: string;
                            customer: string;
                            playbook: string;
                            run: string;
                            node: string;
                            channel: string;
                            subject: string | null;
                            body: string;
                            /** @description sent: delivered by a channel adapter; logged: kept here only. */
                            status: string;
                            delivered_externally: boolean;
                            at: string | null;
                            created_at: string | null;
                        }[];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                customer?: string;
                status?: "open" | "done" | "cancelled";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tasks: {
                            id: string;
                            customer: string;
                            playbook: string;
                            node: string;
                            title: string;
                            assignee: string | null;
                            status: "open" | "done" | "cancelled";
                            created_at: string | null;
                            due_at: string | null;
                            closed_at: string | null;
                        }[];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setTaskStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    status: "open" | "done" | "cancelled";
                };
            };
        };
        responses: {
            /** @description The task’s new status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        status: "open" | "done" | "cancelled";
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: {
                /** @description ISO 8601 */
                from?: string;
                /** @description ISO 8601 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The window’s figures, with what each means. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        retention_rate: number | null;
                        churn_rate: number | null;
                        repurchase_rate: number | null;
                        nps: number | null;
                        average_clv: number | null;
                        average_clv_currency: string | null;
                        /** @description Per currency of the orders ("unspecified" for none). */
                        currencies: {
                            [key: string]: {
                                customers_with_orders: number;
                                total_spent: number;
                                average_clv: number | null;
                                orders: number;
                                revenue: number;
                                coupons_issued: number;
                                coupon_value: number;
                            };
                        };
                        base_currency: {
                            customers_with_orders: number;
                            total_spent: number;
                            average_clv: number | null;
                            orders: number;
                            revenue: number;
                            coupons_issued: number;
                            coupon_value: number;
                            currency: string;
                            rates: {
                                [key: string]: number;
                            };
                            missing_rates: string[];
                        } | null;
                        counts: {
                            customers_at_start: number;
                            retained: number;
                            new_customers: number;
                            buyers: number;
                            repeat_buyers: number;
                            nps_responses: number;
                            promoters: number;
                            detractors: number;
                            customers_with_orders: number;
                        };
                        definitions: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCohorts: {
        parameters: {
            query?: {
                /** @description ISO 8601; cohorts of first purchases from then (default: the start of the month 11 months before `to`) */
                from?: string;
                /** @description ISO 8601; orders before then (default: now) */
                to?: string;
                /** @description Only customers in this segment (as last evaluated) */
                segment?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Customers by first-purchase month × months since. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        from: string;
                        /** Format: date-time */
                        to: string;
                        segment: string | null;
                        cohorts: {
                            /** @description YYYY-MM */
                            month: string;
                            customers: number;
                            active: number[];
                            retention: number[];
                        }[];
                        definitions: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                playbook?: string;
                /** @description active: queued or running; finished: done, failed or cancelled. */
                status?: "active" | "finished";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Jobs, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobs: components["schemas"]["Job"][];
                        /** @description Always null: the newest `limit` jobs are the whole answer. */
                        next_cursor: null;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A background job and its progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description enrol: customers matching a segment trigger enter, after publishing; arm_dates: date triggers are scheduled for everyone; schedule: a schedule firing; sweep: the periodic re-check of segment triggers and exit rules; prune: removing records past their retention period; fit_models: fitting the churn and value models, then scoring every customer. */
                        kind: "enrol" | "arm_dates" | "arm_schedule" | "sweep" | "schedule" | "recount" | "prune" | "fit_models";
                        playbook: string | null;
                        status: "queued" | "running" | "done" | "failed" | "cancelled";
                        /** @description Customers done so far (for prune: rows removed). */
                        done: number;
                        total: number | null;
                        /** Format: date-time */
                        created_at: string;
                        started_at: string | null;
                        finished_at: string | null;
                        error: string | null;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It does not exist (`not_found`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer-base models fitted on the order history (`null` with the reason when one cannot be fitted yet). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        churn: {
                            /** @enum {string} */
                            model: "bg-nbd";
                            params: {
                                r: number;
                                alpha: number;
                                a: number;
                                b: number;
                            };
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        } | null;
                        value: {
                            /** @enum {string} */
                            model: "gamma-gamma";
                            params: {
                                p: number;
                                q: number;
                                v: number;
                            };
                            currency: string;
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        } | null;
                        /** @description Every currency’s value model (`value` is the one with the most repeat buyers). */
                        values: {
                            /** @enum {string} */
                            model: "gamma-gamma";
                            params: {
                                p: number;
                                q: number;
                                v: number;
                            };
                            currency: string;
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        }[];
                        /** @description Why a model is null. */
                        reasons: {
                            churn?: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            };
                            value?: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            };
                            /** @description Currencies whose value model could not be fitted. */
                            values: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            }[];
                        };
                        predictions: {
                            /** Format: date-time */
                            scored_at: string;
                            /** @description Customers with scores. */
                            customers: number;
                            /** @description Sum of p_alive: the expected number of customers still active. */
                            expected_active: number;
                            by_currency: {
                                currency: string;
                                customers: number;
                                total_clv: number;
                                bands: {
                                    from: number;
                                    to: number | null;
                                    customers: number;
                                }[];
                            }[];
                        } | null;
                        fitting: components["schemas"]["Job"] | null;
                        /** @description How the default "at_risk" segment is defined: days of silence, or probability alive below `below`. */
                        at_risk: {
                            rule: "silence" | "p_alive";
                            below: number | null;
                        };
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fitModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer-base models fitted on the order history (`null` with the reason when one cannot be fitted yet). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        churn: {
                            /** @enum {string} */
                            model: "bg-nbd";
                            params: {
                                r: number;
                                alpha: number;
                                a: number;
                                b: number;
                            };
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        } | null;
                        value: {
                            /** @enum {string} */
                            model: "gamma-gamma";
                            params: {
                                p: number;
                                q: number;
                                v: number;
                            };
                            currency: string;
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        } | null;
                        /** @description Every currency’s value model (`value` is the one with the most repeat buyers). */
                        values: {
                            /** @enum {string} */
                            model: "gamma-gamma";
                            params: {
                                p: number;
                                q: number;
                                v: number;
                            };
                            currency: string;
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        }[];
                        /** @description Why a model is null. */
                        reasons: {
                            churn?: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            };
                            value?: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            };
                            /** @description Currencies whose value model could not be fitted. */
                            values: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            }[];
                        };
                        predictions: {
                            /** Format: date-time */
                            scored_at: string;
                            /** @description Customers with scores. */
                            customers: number;
                            /** @description Sum of p_alive: the expected number of customers still active. */
                            expected_active: number;
                            by_currency: {
                                currency: string;
                                customers: number;
                                total_clv: number;
                                bands: {
                                    from: number;
                                    to: number | null;
                                    customers: number;
                                }[];
                            }[];
                        } | null;
                        fitting: components["schemas"]["Job"] | null;
                        /** @description How the default "at_risk" segment is defined: days of silence, or probability alive below `below`. */
                        at_risk: {
                            rule: "silence" | "p_alive";
                            below: number | null;
                        };
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setAtRiskRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description silence: 2 or more orders but none for 60 to 180 days (the default); p_alive: probability alive below `below`. */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    rule: "silence";
                } | {
                    /** @enum {string} */
                    rule: "p_alive";
                    /** @description Probability alive, e.g. 0.3 for 30%. */
                    below: number;
                };
            };
        };
        responses: {
            /** @description The customer-base models fitted on the order history (`null` with the reason when one cannot be fitted yet). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        churn: {
                            /** @enum {string} */
                            model: "bg-nbd";
                            params: {
                                r: number;
                                alpha: number;
                                a: number;
                                b: number;
                            };
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        } | null;
                        value: {
                            /** @enum {string} */
                            model: "gamma-gamma";
                            params: {
                                p: number;
                                q: number;
                                v: number;
                            };
                            currency: string;
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        } | null;
                        /** @description Every currency’s value model (`value` is the one with the most repeat buyers). */
                        values: {
                            /** @enum {string} */
                            model: "gamma-gamma";
                            params: {
                                p: number;
                                q: number;
                                v: number;
                            };
                            currency: string;
                            /** @description Customers the fit saw (value models: repeat buyers in the currency). */
                            customers: number;
                            time_unit: "day" | "week";
                            /** Format: date-time */
                            fitted_at: string;
                            /**
                             * Format: date-time
                             * @description The instant the order history was cut at (the clock when the fit was asked for).
                             */
                            as_of: string;
                            log_likelihood: number;
                            iterations: number;
                            converged: boolean;
                        }[];
                        /** @description Why a model is null. */
                        reasons: {
                            churn?: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            };
                            value?: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            };
                            /** @description Currencies whose value model could not be fitted. */
                            values: {
                                code: "not_fitted_yet" | "too_few_customers" | "too_few_repeaters" | "did_not_converge" | "degenerate";
                                message: string;
                                /** @description Customers (value: repeat buyers) the data had. */
                                customers: number;
                                needs: number | null;
                                currency?: string;
                            }[];
                        };
                        predictions: {
                            /** Format: date-time */
                            scored_at: string;
                            /** @description Customers with scores. */
                            customers: number;
                            /** @description Sum of p_alive: the expected number of customers still active. */
                            expected_active: number;
                            by_currency: {
                                currency: string;
                                customers: number;
                                total_clv: number;
                                bands: {
                                    from: number;
                                    to: number | null;
                                    customers: number;
                                }[];
                            }[];
                        } | null;
                        fitting: components["schemas"]["Job"] | null;
                        /** @description How the default "at_risk" segment is defined: days of silence, or probability alive below `below`. */
                        at_risk: {
                            rule: "silence" | "p_alive";
                            below: number | null;
                        };
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template playbooks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        templates: components["schemas"]["Playbook"][];
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The testing clock’s time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        now: string;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description ISO 8601 duration, e.g. P3D */
                    by?: string;
                    /** @description ISO 8601 time */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description Moved; `fired` counts the timers and sweeps fired on the way. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        now: string;
                        fired: number;
                    };
                };
            };
            /** @description Bad input: a field of the wrong type or size (`validation_failed`, with each problem in `errors`), JSON nested over 128 levels (`too_deep`), a malformed percent-escape in the URL (`bad_url`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No API key, or an unknown one (only when the server requires keys). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over the 10 MB limit (`payload_too_large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The URL is over 8,192 characters, or an id in it over its limit (customer ids: 200 characters) (`uri_too_long`). */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not sent as application/json (`unsupported_media_type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many failed API-key attempts from this address; wait for Retry-After seconds (`too_many_requests`). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on the server (`internal`); it is logged. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The server is shutting down (`shutting_down`); retry in a moment. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
