/**
 * Where to go after signing in: the page the user asked for when it lies in
 * their own area, else their home. Only same-site paths are followed.
 */
export function safeCallbackPath(requested: string, home: string): string {
  if (!requested.startsWith("/") || requested.startsWith("//") || requested.includes("\\")) return home;
  const area = home.startsWith("/admin") ? "/admin" : home;
  if (requested === area || requested.startsWith(area + "/") || requested.startsWith(area + "?")) return requested;
  return home;
}
