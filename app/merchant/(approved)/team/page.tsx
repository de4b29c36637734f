import { getTranslations } from "next-intl/server";
import { Card, PageHeading } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmAction } from "@/components/ui/confirm-dialog";
import { requireMerchantPage } from "@/lib/server/auth/guards";
import { db } from "@/lib/server/db";
import { getTeam } from "@/lib/server/team/get-team";
import { getUiLocale } from "@/lib/i18n/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { InviteForm } from "./invite-form";
import { removeMemberAction, revokeInvitationAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("team");
  return { title: t("title") };
}

const td = "px-3 py-2 align-top";

export default async function TeamPage() {
  const user = await requireMerchantPage("/merchant/team");
  const [t, tc, tr, locale, team] = await Promise.all([
    getTranslations("team"),
    getTranslations("common"),
    getTranslations("roles"),
    getUiLocale(),
    getTeam(db, user.merchant.id),
  ]);
  const isOwner = user.membershipRole === "OWNER";
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {isOwner ? null : (
        <p className="mb-6 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t("readOnly")}
        </p>
      )}
      <div className="space-y-6">
        <Card title={t("membersTitle")}>
          <DataTable
            boxed={false}
            head="ruled"
            scrollLabel={t("membersTitle")}
            columns={[
              ...(["name", "email", "role", "joined"] as const).map((c) => ({ key: c, label: t(`columns.${c}`) })),
              isOwner && { key: "actions", label: t("columns.actions") },
            ]}
          >
            {team.members.map((m) => (
              <tr key={m.id}>
                <td className={td}>
                  {m.user.name}
                  {m.user.id === user.id ? <span className="ml-1 text-slate-500">{t("you")}</span> : null}
                </td>
                <td className={`${td} break-all`}>{m.user.email}</td>
                <td className={td}>
                  <Badge tone={m.role === "OWNER" ? "info" : "neutral"}>{tr(m.role)}</Badge>
                </td>
                <td className={`${td} whitespace-nowrap`}>{formatDate(m.createdAt, locale)}</td>
                {isOwner ? (
                  <td className={td}>
                    {m.role === "MEMBER" ? (
                      <ConfirmAction
                        action={removeMemberAction}
                        fields={{ membershipId: m.id }}
                        label={t("remove.button")}
                        question={t("remove.confirmText", { name: m.user.name })}
                        confirmLabel={t("remove.confirm")}
                        cancelLabel={tc("cancel")}
                        pendingLabel={t("working")}
                      />
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        </Card>

        <Card title={t("invitationsTitle")}>
          {team.invitations.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noInvitations")}</p>
          ) : (
            <DataTable
              boxed={false}
              head="ruled"
              scrollLabel={t("invitationsTitle")}
              columns={[
                { key: "email", label: t("columns.email") },
                { key: "expiresAt", label: t("columns.expiresAt") },
                isOwner && { key: "actions", label: t("columns.actions") },
              ]}
            >
              {team.invitations.map((inv) => (
                <tr key={inv.id}>
                  <td className={`${td} break-all`}>{inv.email}</td>
                  <td className={`${td} whitespace-nowrap tabular-nums`}>{formatDateTime(inv.expiresAt, locale)}</td>
                  {isOwner ? (
                    <td className={td}>
                      <ConfirmAction
                        action={revokeInvitationAction}
                        fields={{ invitationId: inv.id }}
                        label={t("revoke.button")}
                        question={t("revoke.confirmText", { email: inv.email })}
                        confirmLabel={t("revoke.confirm")}
                        cancelLabel={tc("cancel")}
                        pendingLabel={t("working")}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </DataTable>
          )}
        </Card>

        {isOwner ? (
          <Card title={t("invite.title")}>
            <p className="mb-4 text-sm text-slate-600">{t("invite.lead")}</p>
            <InviteForm />
          </Card>
        ) : null}
      </div>
    </>
  );
}
