import { getTranslations } from "next-intl/server";
import { Pager } from "@/components/ui/pager";

/** The shared pager, labelled from the SKU catalog. */
export async function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  const t = await getTranslations("skus.pagination");
  return (
    <Pager
      page={page}
      pages={pages}
      href={href}
      labels={{ previous: t("previous"), next: t("next"), position: t("page", { page, pages }) }}
    />
  );
}
