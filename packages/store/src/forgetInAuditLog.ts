/**
 * What erasure does to the audit log, the one change its rows ever get: the rows about the
 * customer keep who did what and when, but no longer say which customer (object_id becomes
 * null). Plain SQL both engines run; `$1` is the customer id.
 */
export const FORGET_IN_AUDIT_LOG = "UPDATE audit_log SET object_id = NULL WHERE object_type = 'customer' AND object_id = $1";
