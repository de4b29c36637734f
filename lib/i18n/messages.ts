// The catalogs are split by area so that each area's strings live in one
// file per language; every file holds distinct top-level namespaces.
import enCore from "./messages/en/core.json";
import enRegistration from "./messages/en/registration.json";
import enReview from "./messages/en/review.json";
import enTeam from "./messages/en/team.json";
import enSkus from "./messages/en/skus.json";
import enDashboard from "./messages/en/dashboard.json";
import enEvents from "./messages/en/events.json";
import enSignin from "./messages/en/signin.json";
import enSessions from "./messages/en/sessions.json";
import enDeviceSessions from "./messages/en/device-sessions.json";
import enMembership from "./messages/en/membership.json";
import enDeployment from "./messages/en/deployment.json";
import enMaps from "./messages/en/maps.json";
import enFigures from "./messages/en/figures.json";
import enObservability from "./messages/en/observability.json";
import enAlerts from "./messages/en/alerts.json";
import enLimits from "./messages/en/limits.json";
import enAudit from "./messages/en/audit.json";
import enImportsQueue from "./messages/en/imports-queue.json";
import enPasswordNotice from "./messages/en/password-notice.json";
import enPasswordToggle from "./messages/en/password-toggle.json";
import enMerchantLists from "./messages/en/merchant-lists.json";
import enSecondFactor from "./messages/en/second-factor.json";
import enSecurityKeys from "./messages/en/security-keys.json";
import enLists from "./messages/en/lists.json";
import enSearch from "./messages/en/search.json";
import enMerchantStatus from "./messages/en/merchant-status.json";
import enFigureScales from "./messages/en/figure-scales.json";
import enFormats from "./messages/en/formats.json";
import enApiDocs from "./messages/en/api-docs.json";
import enSafeguards from "./messages/en/safeguards.json";
import enTickets from "./messages/en/tickets.json";
import enApiContract from "./messages/en/api-contract.json";
import enMerchantHome from "./messages/en/merchant-home.json";
import enDataQuality from "./messages/en/data-quality.json";
import enJobs from "./messages/en/jobs.json";
import enSheets from "./messages/en/sheets.json";
import enPrivacy from "./messages/en/privacy.json";
import enPrivacyRetention from "./messages/en/privacy-retention.json";
import enSite from "./messages/en/site.json";
import enAccessibility from "./messages/en/accessibility.json";
import enPrivacyRights from "./messages/en/privacy-rights.json";
import zhCore from "./messages/zh-CN/core.json";
import zhRegistration from "./messages/zh-CN/registration.json";
import zhReview from "./messages/zh-CN/review.json";
import zhTeam from "./messages/zh-CN/team.json";
import zhSkus from "./messages/zh-CN/skus.json";
import zhDashboard from "./messages/zh-CN/dashboard.json";
import zhEvents from "./messages/zh-CN/events.json";
import zhSignin from "./messages/zh-CN/signin.json";
import zhSessions from "./messages/zh-CN/sessions.json";
import zhDeviceSessions from "./messages/zh-CN/device-sessions.json";
import zhMembership from "./messages/zh-CN/membership.json";
import zhDeployment from "./messages/zh-CN/deployment.json";
import zhMaps from "./messages/zh-CN/maps.json";
import zhFigures from "./messages/zh-CN/figures.json";
import zhObservability from "./messages/zh-CN/observability.json";
import zhAlerts from "./messages/zh-CN/alerts.json";
import zhLimits from "./messages/zh-CN/limits.json";
import zhAudit from "./messages/zh-CN/audit.json";
import zhImportsQueue from "./messages/zh-CN/imports-queue.json";
import zhPasswordNotice from "./messages/zh-CN/password-notice.json";
import zhPasswordToggle from "./messages/zh-CN/password-toggle.json";
import zhMerchantLists from "./messages/zh-CN/merchant-lists.json";
import zhSecondFactor from "./messages/zh-CN/second-factor.json";
import zhSecurityKeys from "./messages/zh-CN/security-keys.json";
import zhLists from "./messages/zh-CN/lists.json";
import zhSearch from "./messages/zh-CN/search.json";
import zhMerchantStatus from "./messages/zh-CN/merchant-status.json";
import zhFigureScales from "./messages/zh-CN/figure-scales.json";
import zhFormats from "./messages/zh-CN/formats.json";
import zhApiDocs from "./messages/zh-CN/api-docs.json";
import zhSafeguards from "./messages/zh-CN/safeguards.json";
import zhTickets from "./messages/zh-CN/tickets.json";
import zhApiContract from "./messages/zh-CN/api-contract.json";
import zhMerchantHome from "./messages/zh-CN/merchant-home.json";
import zhDataQuality from "./messages/zh-CN/data-quality.json";
import zhJobs from "./messages/zh-CN/jobs.json";
import zhSheets from "./messages/zh-CN/sheets.json";
import zhPrivacy from "./messages/zh-CN/privacy.json";
import zhPrivacyRetention from "./messages/zh-CN/privacy-retention.json";
import zhSite from "./messages/zh-CN/site.json";
import zhAccessibility from "./messages/zh-CN/accessibility.json";
import zhPrivacyRights from "./messages/zh-CN/privacy-rights.json";
import type { Locale } from "./config";

const zhFiles = [
  zhCore,
  zhRegistration,
  zhReview,
  zhTeam,
  zhSkus,
  zhDashboard,
  zhEvents,
  zhSignin,
  zhSessions,
  zhDeviceSessions,
  zhMembership,
  zhDeployment,
  zhMaps,
  zhFigures,
  zhObservability,
  zhAlerts,
  zhLimits,
  zhAudit,
  zhImportsQueue,
  zhPasswordNotice,
  zhPasswordToggle,
  zhMerchantLists,
  zhSecondFactor,
  zhSecurityKeys,
  zhLists,
  zhSearch,
  zhMerchantStatus,
  zhFigureScales,
  zhFormats,
  zhApiDocs,
  zhSafeguards,
  zhTickets,
  zhApiContract,
  zhMerchantHome,
  zhDataQuality,
  zhJobs,
  zhSheets,
  zhPrivacy,
  zhPrivacyRetention,
  zhSite,
  zhAccessibility,
  zhPrivacyRights,
] as const;
const enFiles = [
  enCore,
  enRegistration,
  enReview,
  enTeam,
  enSkus,
  enDashboard,
  enEvents,
  enSignin,
  enSessions,
  enDeviceSessions,
  enMembership,
  enDeployment,
  enMaps,
  enFigures,
  enObservability,
  enAlerts,
  enLimits,
  enAudit,
  enImportsQueue,
  enPasswordNotice,
  enPasswordToggle,
  enMerchantLists,
  enSecondFactor,
  enSecurityKeys,
  enLists,
  enSearch,
  enMerchantStatus,
  enFigureScales,
  enFormats,
  enApiDocs,
  enSafeguards,
  enTickets,
  enApiContract,
  enMerchantHome,
  enDataQuality,
  enJobs,
  enSheets,
  enPrivacy,
  enPrivacyRetention,
  enSite,
  enAccessibility,
  enPrivacyRights,
] as const;

const zhCN = {
  ...zhCore,
  ...zhRegistration,
  ...zhReview,
  ...zhTeam,
  ...zhSkus,
  ...zhDashboard,
  ...zhEvents,
  ...zhSignin,
  ...zhSessions,
  ...zhDeviceSessions,
  ...zhMembership,
  ...zhDeployment,
  ...zhMaps,
  ...zhFigures,
  ...zhObservability,
  ...zhAlerts,
  ...zhLimits,
  ...zhAudit,
  ...zhImportsQueue,
  ...zhPasswordNotice,
  ...zhPasswordToggle,
  ...zhMerchantLists,
  ...zhSecondFactor,
  ...zhSecurityKeys,
  ...zhLists,
  ...zhSearch,
  ...zhMerchantStatus,
  ...zhFigureScales,
  ...zhFormats,
  ...zhApiDocs,
  ...zhSafeguards,
  ...zhTickets,
  ...zhApiContract,
  ...zhMerchantHome,
  ...zhDataQuality,
  ...zhJobs,
  ...zhSheets,
  ...zhPrivacy,
  ...zhPrivacyRetention,
  ...zhSite,
  ...zhAccessibility,
  ...zhPrivacyRights,
};
const en = {
  ...enCore,
  ...enRegistration,
  ...enReview,
  ...enTeam,
  ...enSkus,
  ...enDashboard,
  ...enEvents,
  ...enSignin,
  ...enSessions,
  ...enDeviceSessions,
  ...enMembership,
  ...enDeployment,
  ...enMaps,
  ...enFigures,
  ...enObservability,
  ...enAlerts,
  ...enLimits,
  ...enAudit,
  ...enImportsQueue,
  ...enPasswordNotice,
  ...enPasswordToggle,
  ...enMerchantLists,
  ...enSecondFactor,
  ...enSecurityKeys,
  ...enLists,
  ...enSearch,
  ...enMerchantStatus,
  ...enFigureScales,
  ...enFormats,
  ...enApiDocs,
  ...enSafeguards,
  ...enTickets,
  ...enApiContract,
  ...enMerchantHome,
  ...enDataQuality,
  ...enJobs,
  ...enSheets,
  ...enPrivacy,
  ...enPrivacyRetention,
  ...enSite,
  ...enAccessibility,
  ...enPrivacyRights,
};

export type Messages = typeof zhCN;
const catalogs: Record<Locale, Messages> = { "zh-CN": zhCN, en: en as Messages };

export function loadMessages(locale: Locale): Messages {
  return catalogs[locale];
}

/** The files behind each catalog, for the test that keeps them in step. */
export const catalogFiles = { "zh-CN": zhFiles, en: enFiles };
