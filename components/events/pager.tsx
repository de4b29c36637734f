import { getTranslations } from "next-intl/server";
import { Pager as ListPager } from "@/components/ui/pager";

/** The shared pager, labelled from the events catalog. */
export async function Pager({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = await getTranslations("events.pager");
  return (
    <ListPager
      page={page}
      pages={pages}
      href={href}
      labels={{ previous: t("previous"), next: t("next"), position: t("page", { page, pages }) }}
    />
  );
}
