// Every action the portal writes to the audit log, in the order the search's
// action filter lists them. Each has a label in the `auditLog.actions`
// catalog; a test scans the code for actions missing here.

/** Reads of personal data that are audited (OWASP ASVS 8.3.5): views and exports, never changes. */
export const READ_AUDIT_ACTIONS = [
  "merchant.view",
  "event.view_attendees",
  "event.export_attendees",
  "audit_log.export",
  "review_queue.export",
] as const;

export const AUDIT_ACTIONS = [
  "merchant.register",
  "merchant.register_conflict",
  "merchant.resubmit",
  "merchant.approve",
  "merchant.reject",
  "merchant.request_revisions",
  "merchant.suspend",
  "merchant.reinstate",
  "merchant.profile_update",
  "merchant.profile_resubmit",
  "merchant.logo_update",
  "merchant.logo_remove",
  "team.invite",
  "team.revoke",
  "team.remove",
  "team.join",
  "team.rejoin",
  "sku.create",
  "sku.update",
  "sku.archive",
  "sku.restore",
  "sku.delete",
  "sku.create_batch",
  "sku.bulk_markets",
  "sku.import",
  "declaration.create",
  "declaration.delete",
  "declaration.import",
  "declaration.import_failed",
  "api_token.create",
  "api_token.revoke",
  "event.create",
  "event.update",
  "event.publish",
  "event.cancel",
  "event.complete",
  "event.follow_up",
  "signup.confirm",
  "signup.waitlist",
  "signup.withdraw",
  "signup.promote",
  "signup.check_in",
  "signup.undo_check_in",
  "partner.create",
  "partner.update",
  "partner.activate",
  "partner.deactivate",
  "rate.set",
  "official_stat.set",
  "official_stat.delete",
  "official_stat.import",
  "goal.create",
  "goal.update",
  "zone.create",
  "zone.designate",
  "park.create",
  "park.move",
  "account.password_change",
  "account.password_reset",
  "account.password_setup",
  "account.sign_out_everywhere",
  "account.mfa_enable",
  "account.mfa_disable",
  "account.mfa_recovery_renew",
  "account.mfa_sign_in",
  "account.mfa_failure",
  "account.mfa_recovery_use",
  "account.mfa_reset",
  "account.security_key_add",
  "account.security_key_remove",
  "retention.prune",
  "user.create_staff",
  "job.retry",
  "rollups.rebuild",
  "privacy.closure_request",
  "privacy.closure_withdraw",
  "privacy.closure_reject",
  "privacy.closure_complete",
  // Reads of personal data (lib/server/audit/audit-read.ts).
  ...READ_AUDIT_ACTIONS,
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * Entries only commission staff see, never a park operator: registration
 * conflicts name an outsider's email and attempt (as in the review queue's
 * conflicts list, lib/server/merchants/registration-conflicts.ts).
 */
export const STAFF_ONLY_ACTIONS: readonly AuditAction[] = ["merchant.register_conflict"];
