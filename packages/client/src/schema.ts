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
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is asking: local mode, a signed-in person, a key, or no one */
        get: operations["getSession"];
        put?: never;
        /** Sign in with email and password; sets the session cookie */
        post: operations["signIn"];
        /** Sign out: the session ends and its cookie is cleared */
        delete: operations["signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password; your other sessions end */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the people who sign in */
        get: operations["listPeople"];
        put?: never;
        /** Add a person with a role and a first password */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a person; their sessions end at once */
        delete: operations["deletePerson"];
        options?: never;
        head?: never;
        /** Change a person's name, role, or whether they are disabled */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/api/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys (never their text) */
        get: operations["listKeys"];
        put?: never;
        /** Create an API key with a role; its text is shown once */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key: it stops working at once */
        delete: operations["deleteKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read the workspace settings */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the workspace settings */
        patch: operations["updateSettings"];
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
    "/api/integrations/segment/v1/identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Segment identify: traits become customer attributes */
        post: operations["segmentIdentify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/segment/v1/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Segment track: an event (Order Completed becomes order_placed) */
        post: operations["segmentTrack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/segment/v1/page": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Segment page: a page_viewed event */
        post: operations["segmentPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/segment/v1/screen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Segment screen: a screen_viewed event */
        post: operations["segmentScreen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/segment/v1/group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Segment group: group_id and group_* attributes */
        post: operations["segmentGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/segment/v1/alias": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Segment alias: not supported, answered success and skipped */
        post: operations["segmentAlias"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/segment/v1/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Segment batch: many messages of any type; unusable ones are skipped, not refused */
        post: operations["segmentBatch"];
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
        /** Playbooks in id order with their status and counts */
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
        /** Validate the draft and make it the live version (recording any overlaps published anyway); with four-eyes publishing on, ask for it to be approved instead (202) */
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
    "/api/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Publish requests, newest first (`?status=pending`: those waiting for a decision) */
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One publish request */
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a publish request: publishes exactly the requested draft (not one’s own request) */
        post: operations["approvePublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a publish request, with the reason (the requester rejecting their own withdraws it) */
        post: operations["rejectPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log: who changed what, newest first */
        get: operations["listAudit"];
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
        /** Segments in name order with their member counts, kept as customers change and as time alone moves them (members_counted_at: the last full recount) */
        get: operations["listSegments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/segments/{name}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The members of a segment, a page at a time in id order (what its CSV export walks) */
        get: operations["listSegmentMembers"];
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
        /** Follow-up tasks created by playbooks, newest first */
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
    "/api/playbooks/{id}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview publishing the draft: who enters, what they receive, overlaps with live playbooks (a background job) */
        post: operations["previewPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/previews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A publish preview: its progress, and its result once done */
        get: operations["getPreview"];
        put?: never;
        post?: never;
        /** Cancel a publish preview */
        delete: operations["cancelPreview"];
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
            /** @description The same as playbook_id (the v1 name). */
            playbook: string;
            playbook_id: string;
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
        /** @description The draft, its problems, the published version and the status. */
        PlaybookView: {
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
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is asking. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description local: loopback with no person yet, everyone is the local admin; signed_in: a session cookie; key: an API key; signed_out: none of these. */
                        mode: "local" | "signed_in" | "key" | "signed_out";
                        person: {
                            id: string;
                            /** @description Lower-cased. */
                            email: string;
                            name: string;
                            /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                            role: "ingest" | "viewer" | "editor" | "admin";
                            /** Format: date-time */
                            created_at: string;
                            last_sign_in_at: string | null;
                            disabled: boolean;
                        } | null;
                        role: ("ingest" | "viewer" | "editor" | "admin") | null;
                        /** @description Send it as X-CSRF-Token with every change made with the session cookie. */
                        csrf_token: string | null;
                        /** @description Whether publishing needs a second person's approval (GET /api/settings). */
                        four_eyes: boolean;
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
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in; the session cookie is set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A person who signs in. Their password is never shown. */
                        person: {
                            id: string;
                            /** @description Lower-cased. */
                            email: string;
                            name: string;
                            /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                            role: "ingest" | "viewer" | "editor" | "admin";
                            /** Format: date-time */
                            created_at: string;
                            last_sign_in_at: string | null;
                            disabled: boolean;
                        };
                        /** @description Send it as X-CSRF-Token with every change. */
                        csrf_token: string;
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
            /** @description The email or password is not right, or the account is disabled (`unauthorized`). */
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
            /** @description Too many failed sign-ins from this address or for this email (10 within 15 minutes); wait for Retry-After seconds (`too_many_requests`). */
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
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current_password: string;
                    /** @description At least 10 characters. */
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Changed; every other session of yours has ended. */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    listPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description Lower-cased. */
                            email: string;
                            name: string;
                            /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                            role: "ingest" | "viewer" | "editor" | "admin";
                            /** Format: date-time */
                            created_at: string;
                            last_sign_in_at: string | null;
                            disabled: boolean;
                        }[];
                        /** @description Always null: every person is in one page. */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @description Defaults to the part of the email before "@". */
                    name?: string;
                    /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                    role: "ingest" | "viewer" | "editor" | "admin";
                    /** @description The first password: at least 10 characters; the person can change it. */
                    password: string;
                };
            };
        };
        responses: {
            /** @description A person who signs in. Their password is never shown. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Lower-cased. */
                        email: string;
                        name: string;
                        /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                        role: "ingest" | "viewer" | "editor" | "admin";
                        /** Format: date-time */
                        created_at: string;
                        last_sign_in_at: string | null;
                        disabled: boolean;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    deletePerson: {
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
            /** @description Deleted; their sessions have ended. */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    updatePerson: {
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
                    name?: string;
                    /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                    role?: "ingest" | "viewer" | "editor" | "admin";
                    /** @description A disabled person cannot sign in; their sessions end at once. */
                    disabled?: boolean;
                };
            };
        };
        responses: {
            /** @description A person who signs in. Their password is never shown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Lower-cased. */
                        email: string;
                        name: string;
                        /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                        role: "ingest" | "viewer" | "editor" | "admin";
                        /** Format: date-time */
                        created_at: string;
                        last_sign_in_at: string | null;
                        disabled: boolean;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    listKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                            role: "ingest" | "viewer" | "editor" | "admin";
                            /** Format: date-time */
                            created_at: string;
                            /** @description Updated at most once a minute. */
                            last_used_at: string | null;
                        }[];
                        /** @description Always null: every key is in one page. */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who or what uses the key, e.g. "shop-backend". */
                    name: string;
                    /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                    role: "ingest" | "viewer" | "editor" | "admin";
                };
            };
        };
        responses: {
            /** @description Created; copy `key` now. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        /** @description ingest: customers and events only; viewer: read everything but people, keys, settings and audit; editor: viewer plus every change to playbooks, segments, customers, tasks; admin: everything. */
                        role: "ingest" | "viewer" | "editor" | "admin";
                        /** Format: date-time */
                        created_at: string;
                        /** @description The key itself: shown only in this answer (only its hash is stored). */
                        key: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    deleteKey: {
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
            /** @description Revoked. */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Four-eyes publishing: a publish becomes a request another editor or an admin approves. */
                        four_eyes: boolean;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    four_eyes?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Four-eyes publishing: a publish becomes a request another editor or an admin approves. */
                        four_eyes: boolean;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
                            /** @description The same as playbook_id (the v1 name). */
                            playbook: string;
                            playbook_id: string;
                            created_at: string | null;
                            due_at: string | null;
                        }[];
                        active_runs: {
                            id: string;
                            /** @description The same as playbook_id (the v1 name). */
                            playbook: string;
                            playbook_id: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
                            /** @description The same as playbook_id (the v1 name). */
                            playbook: string;
                            playbook_id: string;
                            created_at: string | null;
                            due_at: string | null;
                        }[];
                        active_runs: {
                            id: string;
                            /** @description The same as playbook_id (the v1 name). */
                            playbook: string;
                            playbook_id: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
                /** @description Only customers whose id or attributes contain this text. */
                q?: string;
                /** @description Only customers after this id (the v1 way to page; `cursor` does the same for every list). */
                after?: string;
                limit?: number;
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of customers, in id order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every customer the list walks through: those matching `q` when searched, else every stored customer. */
                        total: number;
                        customers: components["schemas"]["CustomerSummary"][];
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description Stored (or already stored); conflicting events are counted and not stored. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accepted: number;
                        /** @description Events whose id was already stored with the same content: accepted once only. */
                        duplicates: number;
                        /** @description Batches only: events not stored because their id was already used by an event with another customer, type, time or properties (a single such event is answered 409). */
                        conflicts?: number;
                        /** @description Batches only: the ids of the conflicts (the first 100). */
                        conflict_ids?: string[];
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    segmentIdentify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A Segment identify message. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type?: "identify";
                    /** @description Become customer attributes (README, "Segment, RudderStack, Jitsu"). */
                    traits?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Taken (Segment's `{ "success": true }`, with what became of each message). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description As Segment answers: the request was taken.
                         * @enum {boolean}
                         */
                        success: true;
                        /** @description Messages stored: customers updated and new events. */
                        accepted: number;
                        /** @description Events whose messageId was stored already: stored once only. */
                        duplicates: number;
                        /** @description Events whose messageId was stored already with other content: the first stays. */
                        conflicts: number;
                        /** @description Messages not stored, each with why. */
                        skipped: {
                            /** @description The message's place in the batch. */
                            index?: number;
                            type?: string;
                            /** @description `anonymous`: no userId; `unsupported`: alias; `conflict`: its messageId was stored before with other content; the others: the message cannot be used (in a batch only; a single call answers 400 or 413). */
                            code: "anonymous" | "unsupported" | "conflict" | "validation_failed" | "bad_event" | "payload_too_large";
                            message: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 32 KB, Segment's limit for one call (`payload_too_large`). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    segmentTrack: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A Segment track message. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type?: "track";
                    /** @description "Order Completed" becomes order_placed; any other name its snake case. */
                    event: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Taken (Segment's `{ "success": true }`, with what became of each message). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description As Segment answers: the request was taken.
                         * @enum {boolean}
                         */
                        success: true;
                        /** @description Messages stored: customers updated and new events. */
                        accepted: number;
                        /** @description Events whose messageId was stored already: stored once only. */
                        duplicates: number;
                        /** @description Events whose messageId was stored already with other content: the first stays. */
                        conflicts: number;
                        /** @description Messages not stored, each with why. */
                        skipped: {
                            /** @description The message's place in the batch. */
                            index?: number;
                            type?: string;
                            /** @description `anonymous`: no userId; `unsupported`: alias; `conflict`: its messageId was stored before with other content; the others: the message cannot be used (in a batch only; a single call answers 400 or 413). */
                            code: "anonymous" | "unsupported" | "conflict" | "validation_failed" | "bad_event" | "payload_too_large";
                            message: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 32 KB, Segment's limit for one call (`payload_too_large`). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    segmentPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A Segment page message. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type?: "page";
                    name?: string;
                    category?: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Taken (Segment's `{ "success": true }`, with what became of each message). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description As Segment answers: the request was taken.
                         * @enum {boolean}
                         */
                        success: true;
                        /** @description Messages stored: customers updated and new events. */
                        accepted: number;
                        /** @description Events whose messageId was stored already: stored once only. */
                        duplicates: number;
                        /** @description Events whose messageId was stored already with other content: the first stays. */
                        conflicts: number;
                        /** @description Messages not stored, each with why. */
                        skipped: {
                            /** @description The message's place in the batch. */
                            index?: number;
                            type?: string;
                            /** @description `anonymous`: no userId; `unsupported`: alias; `conflict`: its messageId was stored before with other content; the others: the message cannot be used (in a batch only; a single call answers 400 or 413). */
                            code: "anonymous" | "unsupported" | "conflict" | "validation_failed" | "bad_event" | "payload_too_large";
                            message: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 32 KB, Segment's limit for one call (`payload_too_large`). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    segmentScreen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A Segment screen message. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type?: "screen";
                    name?: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Taken (Segment's `{ "success": true }`, with what became of each message). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description As Segment answers: the request was taken.
                         * @enum {boolean}
                         */
                        success: true;
                        /** @description Messages stored: customers updated and new events. */
                        accepted: number;
                        /** @description Events whose messageId was stored already: stored once only. */
                        duplicates: number;
                        /** @description Events whose messageId was stored already with other content: the first stays. */
                        conflicts: number;
                        /** @description Messages not stored, each with why. */
                        skipped: {
                            /** @description The message's place in the batch. */
                            index?: number;
                            type?: string;
                            /** @description `anonymous`: no userId; `unsupported`: alias; `conflict`: its messageId was stored before with other content; the others: the message cannot be used (in a batch only; a single call answers 400 or 413). */
                            code: "anonymous" | "unsupported" | "conflict" | "validation_failed" | "bad_event" | "payload_too_large";
                            message: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 32 KB, Segment's limit for one call (`payload_too_large`). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    segmentGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A Segment group message. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type?: "group";
                    groupId: string | number;
                    traits?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Taken (Segment's `{ "success": true }`, with what became of each message). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description As Segment answers: the request was taken.
                         * @enum {boolean}
                         */
                        success: true;
                        /** @description Messages stored: customers updated and new events. */
                        accepted: number;
                        /** @description Events whose messageId was stored already: stored once only. */
                        duplicates: number;
                        /** @description Events whose messageId was stored already with other content: the first stays. */
                        conflicts: number;
                        /** @description Messages not stored, each with why. */
                        skipped: {
                            /** @description The message's place in the batch. */
                            index?: number;
                            type?: string;
                            /** @description `anonymous`: no userId; `unsupported`: alias; `conflict`: its messageId was stored before with other content; the others: the message cannot be used (in a batch only; a single call answers 400 or 413). */
                            code: "anonymous" | "unsupported" | "conflict" | "validation_failed" | "bad_event" | "payload_too_large";
                            message: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 32 KB, Segment's limit for one call (`payload_too_large`). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    segmentAlias: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A Segment alias message. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type?: "alias";
                    previousId?: string | number;
                };
            };
        };
        responses: {
            /** @description Taken (Segment's `{ "success": true }`, with what became of each message). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description As Segment answers: the request was taken.
                         * @enum {boolean}
                         */
                        success: true;
                        /** @description Messages stored: customers updated and new events. */
                        accepted: number;
                        /** @description Events whose messageId was stored already: stored once only. */
                        duplicates: number;
                        /** @description Events whose messageId was stored already with other content: the first stays. */
                        conflicts: number;
                        /** @description Messages not stored, each with why. */
                        skipped: {
                            /** @description The message's place in the batch. */
                            index?: number;
                            type?: string;
                            /** @description `anonymous`: no userId; `unsupported`: alias; `conflict`: its messageId was stored before with other content; the others: the message cannot be used (in a batch only; a single call answers 400 or 413). */
                            code: "anonymous" | "unsupported" | "conflict" | "validation_failed" | "bad_event" | "payload_too_large";
                            message: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 32 KB, Segment's limit for one call (`payload_too_large`). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    segmentBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    batch: ({
                        /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                        userId?: (string | number) | null;
                        /** @description Read only to tell an anonymous call apart; never stored. */
                        anonymousId?: (string | number) | null;
                        /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                        messageId?: (string | number) | null;
                        timestamp?: string | null;
                        originalTimestamp?: string | null;
                        sentAt?: string | null;
                        context?: {
                            [key: string]: unknown;
                        };
                        integrations?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "identify";
                        /** @description Become customer attributes (README, "Segment, RudderStack, Jitsu"). */
                        traits?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                        userId?: (string | number) | null;
                        /** @description Read only to tell an anonymous call apart; never stored. */
                        anonymousId?: (string | number) | null;
                        /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                        messageId?: (string | number) | null;
                        timestamp?: string | null;
                        originalTimestamp?: string | null;
                        sentAt?: string | null;
                        context?: {
                            [key: string]: unknown;
                        };
                        integrations?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "track";
                        /** @description "Order Completed" becomes order_placed; any other name its snake case. */
                        event: string;
                        properties?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                        userId?: (string | number) | null;
                        /** @description Read only to tell an anonymous call apart; never stored. */
                        anonymousId?: (string | number) | null;
                        /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                        messageId?: (string | number) | null;
                        timestamp?: string | null;
                        originalTimestamp?: string | null;
                        sentAt?: string | null;
                        context?: {
                            [key: string]: unknown;
                        };
                        integrations?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "page";
                        name?: string;
                        category?: string;
                        properties?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                        userId?: (string | number) | null;
                        /** @description Read only to tell an anonymous call apart; never stored. */
                        anonymousId?: (string | number) | null;
                        /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                        messageId?: (string | number) | null;
                        timestamp?: string | null;
                        originalTimestamp?: string | null;
                        sentAt?: string | null;
                        context?: {
                            [key: string]: unknown;
                        };
                        integrations?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "screen";
                        name?: string;
                        properties?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                        userId?: (string | number) | null;
                        /** @description Read only to tell an anonymous call apart; never stored. */
                        anonymousId?: (string | number) | null;
                        /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                        messageId?: (string | number) | null;
                        timestamp?: string | null;
                        originalTimestamp?: string | null;
                        sentAt?: string | null;
                        context?: {
                            [key: string]: unknown;
                        };
                        integrations?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "group";
                        groupId: string | number;
                        traits?: {
                            [key: string]: unknown;
                        };
                    } | {
                        /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                        userId?: (string | number) | null;
                        /** @description Read only to tell an anonymous call apart; never stored. */
                        anonymousId?: (string | number) | null;
                        /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                        messageId?: (string | number) | null;
                        timestamp?: string | null;
                        originalTimestamp?: string | null;
                        sentAt?: string | null;
                        context?: {
                            [key: string]: unknown;
                        };
                        integrations?: {
                            [key: string]: unknown;
                        };
                        /** @enum {string} */
                        type: "alias";
                        previousId?: string | number;
                    })[];
                    context?: {
                        [key: string]: unknown;
                    };
                    /** @description ISO 8601, such as 2026-03-01T09:30:00.000Z. */
                    sentAt?: string;
                    integrations?: {
                        [key: string]: unknown;
                    };
                } | ({
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "identify";
                    /** @description Become customer attributes (README, "Segment, RudderStack, Jitsu"). */
                    traits?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "track";
                    /** @description "Order Completed" becomes order_placed; any other name its snake case. */
                    event: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "page";
                    name?: string;
                    category?: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "screen";
                    name?: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "group";
                    groupId: string | number;
                    traits?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "alias";
                    previousId?: string | number;
                })[] | ({
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "identify";
                    /** @description Become customer attributes (README, "Segment, RudderStack, Jitsu"). */
                    traits?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "track";
                    /** @description "Order Completed" becomes order_placed; any other name its snake case. */
                    event: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "page";
                    name?: string;
                    category?: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "screen";
                    name?: string;
                    properties?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "group";
                    groupId: string | number;
                    traits?: {
                        [key: string]: unknown;
                    };
                } | {
                    /** @description Your id for the person: the Stayflow customer id (1–200 characters). Without one the call is not stored (`skipped` says so). */
                    userId?: (string | number) | null;
                    /** @description Read only to tell an anonymous call apart; never stored. */
                    anonymousId?: (string | number) | null;
                    /** @description The event id (de-duplication key): the same messageId twice is stored once. */
                    messageId?: (string | number) | null;
                    timestamp?: string | null;
                    originalTimestamp?: string | null;
                    sentAt?: string | null;
                    context?: {
                        [key: string]: unknown;
                    };
                    integrations?: {
                        [key: string]: unknown;
                    };
                    /** @enum {string} */
                    type: "alias";
                    previousId?: string | number;
                });
            };
        };
        responses: {
            /** @description Taken (Segment's `{ "success": true }`, with what became of each message). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description As Segment answers: the request was taken.
                         * @enum {boolean}
                         */
                        success: true;
                        /** @description Messages stored: customers updated and new events. */
                        accepted: number;
                        /** @description Events whose messageId was stored already: stored once only. */
                        duplicates: number;
                        /** @description Events whose messageId was stored already with other content: the first stays. */
                        conflicts: number;
                        /** @description Messages not stored, each with why. */
                        skipped: {
                            /** @description The message's place in the batch. */
                            index?: number;
                            type?: string;
                            /** @description `anonymous`: no userId; `unsupported`: alias; `conflict`: its messageId was stored before with other content; the others: the message cannot be used (in a batch only; a single call answers 400 or 413). */
                            code: "anonymous" | "unsupported" | "conflict" | "validation_failed" | "bad_event" | "payload_too_large";
                            message: string;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is over 500 KB, Segment's limit for a batch (`payload_too_large`). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            query?: {
                limit?: number;
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of playbooks, in id order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        playbooks: components["schemas"]["PlaybookSummary"][];
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            query?: {
                limit?: number;
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
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
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description Four-eyes publishing is on: the publish is a request, waiting for another editor or an admin. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A four-eyes publish request. */
                        approval: {
                            id: string;
                            playbook_id: string;
                            playbook_name: string;
                            /** @description `withdrawn`: the requester turned it down; `superseded`: a newer request for the same playbook replaced it. */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "superseded";
                            requested_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            };
                            /** Format: date-time */
                            requested_at: string;
                            decided_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            } | null;
                            decided_at: string | null;
                            reason: string | null;
                            version: number | null;
                            /** @description What the approver is shown: what the requester’s publish dialog showed (the preview’s overlaps they acknowledged), and whether the draft changed since. */
                            summary: {
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
                                /** @description The draft is no longer the requested snapshot: approving answers 409; ask again. While false, the publish preview of the draft is the preview of what approving publishes. */
                                draft_changed: boolean;
                                published_version: number | null;
                            };
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
                    /**
                     * @description Create the customers not stored yet (with no attributes) and enrol them; by default they are skipped as `unknown`.
                     * @default false
                     */
                    create_missing?: boolean;
                };
            };
        };
        responses: {
            /** @description What the enrolment did, customer by customer. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Customers who entered the playbook now (a run started and takes its actions). */
                        enrolled: number;
                        /** @description Their ids, in the order sent. */
                        enrolled_ids: string[];
                        /** @description Customers sent who did not enter, each once, in the order sent. */
                        skipped: {
                            customer_id: string;
                            /** @description unknown: no such customer (nothing was created; send create_missing: true to create them); reentry: the playbook’s reentry rule keeps them out (already inside, entered before with `never`, or within the cooldown); exit_condition: they already meet exit_when; holdout: they fell in the holdout group (a control run counts them in the results, but takes no action); not_live: the playbook stopped being live meanwhile. */
                            reason: "unknown" | "reentry" | "exit_condition" | "holdout" | "not_live";
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    listApprovals: {
        parameters: {
            query?: {
                status?: "pending" | "approved" | "rejected" | "withdrawn" | "superseded";
                playbook?: string;
                limit?: number;
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first. */
                        items: {
                            id: string;
                            playbook_id: string;
                            playbook_name: string;
                            /** @description `withdrawn`: the requester turned it down; `superseded`: a newer request for the same playbook replaced it. */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "superseded";
                            requested_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            };
                            /** Format: date-time */
                            requested_at: string;
                            decided_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            } | null;
                            decided_at: string | null;
                            reason: string | null;
                            version: number | null;
                            /** @description What the approver is shown: what the requester’s publish dialog showed (the preview’s overlaps they acknowledged), and whether the draft changed since. */
                            summary: {
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
                                /** @description The draft is no longer the requested snapshot: approving answers 409; ask again. While false, the publish preview of the draft is the preview of what approving publishes. */
                                draft_changed: boolean;
                                published_version: number | null;
                            };
                        }[];
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    getApproval: {
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
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A four-eyes publish request. */
                        approval: {
                            id: string;
                            playbook_id: string;
                            playbook_name: string;
                            /** @description `withdrawn`: the requester turned it down; `superseded`: a newer request for the same playbook replaced it. */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "superseded";
                            requested_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            };
                            /** Format: date-time */
                            requested_at: string;
                            decided_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            } | null;
                            decided_at: string | null;
                            reason: string | null;
                            version: number | null;
                            /** @description What the approver is shown: what the requester’s publish dialog showed (the preview’s overlaps they acknowledged), and whether the draft changed since. */
                            summary: {
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
                                /** @description The draft is no longer the requested snapshot: approving answers 409; ask again. While false, the publish preview of the draft is the preview of what approving publishes. */
                                draft_changed: boolean;
                                published_version: number | null;
                            };
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    approvePublish: {
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
            /** @description Approved and published: the playbook as it is now; `job` is the enrolment or arming still under way (null when none is). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A four-eyes publish request. */
                        approval: {
                            id: string;
                            playbook_id: string;
                            playbook_name: string;
                            /** @description `withdrawn`: the requester turned it down; `superseded`: a newer request for the same playbook replaced it. */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "superseded";
                            requested_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            };
                            /** Format: date-time */
                            requested_at: string;
                            decided_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            } | null;
                            decided_at: string | null;
                            reason: string | null;
                            version: number | null;
                            /** @description What the approver is shown: what the requester’s publish dialog showed (the preview’s overlaps they acknowledged), and whether the draft changed since. */
                            summary: {
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
                                /** @description The draft is no longer the requested snapshot: approving answers 409; ask again. While false, the publish preview of the draft is the preview of what approving publishes. */
                                draft_changed: boolean;
                                published_version: number | null;
                            };
                        };
                        playbook: components["schemas"]["PlaybookView"];
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    rejectPublish: {
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
                    /** @description Why, for the requester: what to change before asking again. */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A four-eyes publish request. */
                        approval: {
                            id: string;
                            playbook_id: string;
                            playbook_name: string;
                            /** @description `withdrawn`: the requester turned it down; `superseded`: a newer request for the same playbook replaced it. */
                            status: "pending" | "approved" | "rejected" | "withdrawn" | "superseded";
                            requested_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            };
                            /** Format: date-time */
                            requested_at: string;
                            decided_by: {
                                /** @description A signed-in person, an API key, or the local operator (local mode). */
                                kind: "person" | "key" | "local";
                                id: string | null;
                                name: string;
                            } | null;
                            decided_at: string | null;
                            reason: string | null;
                            version: number | null;
                            /** @description What the approver is shown: what the requester’s publish dialog showed (the preview’s overlaps they acknowledged), and whether the draft changed since. */
                            summary: {
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
                                /** @description The draft is no longer the requested snapshot: approving answers 409; ask again. While false, the publish preview of the draft is the preview of what approving publishes. */
                                draft_changed: boolean;
                                published_version: number | null;
                            };
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    listAudit: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
                /** @description Only changes by this actor: a person’s email, a key’s name, or "local". */
                actor?: string;
                /** @description Only this action, e.g. `playbook.publish`. */
                action?: string;
                /** @description Only changes to this kind of object, e.g. `playbook`. */
                object_type?: string;
                /** @description Only changes to this object (with or without object_type). */
                object_id?: string;
                /** @description ISO 8601: only changes at or after this time. */
                from?: string;
                /** @description ISO 8601: only changes before this time. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Newest first. */
                        items: {
                            /** @description Orders the log: a later write has a greater id. */
                            id: number;
                            /** Format: date-time */
                            at: string;
                            /** @description Who made the change: the person’s email, the key’s name, or "local". */
                            actor: string;
                            /** @description A signed-in person, an API key, or the local operator (local mode). */
                            actor_kind: "person" | "key" | "local";
                            actor_id: string | null;
                            /** @description What was done, e.g. `playbook.publish`, `customer.erase` (server README, "Audit log"). */
                            action: string;
                            /** @description e.g. `playbook`, `segment`, `customer`, `key`, `person`. */
                            object_type: string;
                            object_id: string | null;
                            version: number | null;
                            detail: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            query?: {
                limit?: number;
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of segments with their member counts, in name order. */
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
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    listSegmentMembers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Lower-case letters, digits, "_" and "-". */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the segment’s members in id order, as maintained (the memberships its `members` count counts): a rule on time alone moves them at the next recount, as it moves the count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        segment: string;
                        customers: components["schemas"]["CustomerSummary"][];
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs, newest entered first (then by id, descending). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runs: {
                            id: string;
                            /** @description The same as playbook_id (the v1 name). */
                            playbook: string;
                            playbook_id: string;
                            version: number;
                            /** @description The same as customer_id (the v1 name). */
                            customer: string;
                            customer_id: string;
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
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Messages, newest created first (then by id, descending). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: {
                            id: string;
                            /** @description The same as customer_id (the v1 name). */
                            customer: string;
                            customer_id: string;
                            /** @description The same as playbook_id (the v1 name). */
                            playbook: string;
                            playbook_id: string;
                            /** @description The same as run_id (the v1 name). */
                            run: string;
                            run_id: string;
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
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks, newest created first (then by id, descending). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tasks: {
                            id: string;
                            /** @description The same as customer_id (the v1 name). */
                            customer: string;
                            customer_id: string;
                            /** @description The same as playbook_id (the v1 name). */
                            playbook: string;
                            playbook_id: string;
                            node: string;
                            title: string;
                            assignee: string | null;
                            status: "open" | "done" | "cancelled";
                            created_at: string | null;
                            due_at: string | null;
                            closed_at: string | null;
                        }[];
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
                /** @description The `next_cursor` of the page before, unchanged; omit it for the first page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Jobs, newest queued first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        jobs: components["schemas"]["Job"][];
                        /** @description Pass as `cursor` to read the next page; null on the last page. */
                        next_cursor: string | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    previewPublish: {
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
        requestBody: {
            content: {
                "application/json": {
                    /** @description How many days ahead to look: 7, 30 or 90. */
                    horizon_days: 7 | 30 | 90;
                    /**
                     * @description What to preview: the saved draft (the only choice for now).
                     * @enum {string}
                     */
                    version?: "draft";
                };
            };
        };
        responses: {
            /** @description The preview job. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        playbook_id: string;
                        horizon_days: number;
                        status: "queued" | "running" | "done" | "failed" | "cancelled";
                        progress: number;
                        /** Format: date-time */
                        created_at: string;
                        finished_at: string | null;
                        error: string | null;
                        result: {
                            [key: string]: unknown;
                        } | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    getPreview: {
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
            /** @description The preview job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        playbook_id: string;
                        horizon_days: number;
                        status: "queued" | "running" | "done" | "failed" | "cancelled";
                        progress: number;
                        /** Format: date-time */
                        created_at: string;
                        finished_at: string | null;
                        error: string | null;
                        result: {
                            [key: string]: unknown;
                        } | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
    cancelPreview: {
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
            /** @description The preview job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        playbook_id: string;
                        horizon_days: number;
                        status: "queued" | "running" | "done" | "failed" | "cancelled";
                        progress: number;
                        /** Format: date-time */
                        created_at: string;
                        finished_at: string | null;
                        error: string | null;
                        result: {
                            [key: string]: unknown;
                        } | null;
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
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
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
            /** @description No credentials, or unknown or expired ones (`unauthorized`): an API key (`Authorization: Bearer KEY`) or a session cookie is needed unless the server is in local mode (loopback, no person created). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key or person lacks the role this operation needs (`forbidden`, naming the role), or a change sent with a session cookie lacks its `X-CSRF-Token` (`csrf_failed`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state: the message says what to do first (with an Idempotency-Key: the first request with the key is still being handled, `idempotency_key_in_use`; retry in a moment). */
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
            /** @description The Idempotency-Key was used in the last 24 hours for a different request (`idempotency_key_reused`): choose a new key for a new request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests with a wrong API key from this address, or too many failed sign-ins; wait for Retry-After seconds (`too_many_requests`). */
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
