/**
 * Fetches a script or stylesheet a page references and checks it is served by this API and pulls
 * nothing from elsewhere at run time (no remote import, @import or url()). A module import needs
 * quotes (`from "https://…"`), so a comment saying "from https://…" is not counted as a load.
 * Returns the file's text.
 */
export async function fetchLocalAsset(base: string, ref: string): Promise<string> {
  const asset = await fetch(`${base}${ref}`);
  expect({ ref, status: asset.status }).toEqual({ ref, status: 200 });
  expect(asset.headers.get('content-type')).toMatch(/javascript|css/);
  const text = await asset.text();
  expect(text).not.toMatch(/(?:import\(|@import|url\()\s*["']?https?:\/\/|from\s*["']https?:\/\//);
  return text;
}
