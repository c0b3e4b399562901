import { ReferenceIndex, type ReferenceServices } from './reference-index.ts';

/** Rows read per query while preloading; bounds the memory a page of raw rows takes on the way in. */
export const DEFAULT_PAGE_SIZE = 2_000;

async function eachPage<T>(
  read: (after: string | null) => Promise<T[]>,
  limit: number,
  cursor: (last: T) => string,
  add: (page: T[]) => void,
): Promise<void> {
  for (let after: string | null = null; ; ) {
    const page = await read(after);
    add(page);
    const last = page.at(-1);
    if (page.length < limit || last === undefined) return;
    after = cursor(last);
  }
}

/**
 * Loads every certificate, agency qualification, catalogue item and benchmark into one in-memory
 * index for the full evaluation of all cases: the three registers page in side by side, each page
 * turned into timelines by its own module and then compacted, so the raw rows never pile up.
 */
export async function loadReferenceIndex(
  services: ReferenceServices,
  options: { pageSize?: number } = {},
): Promise<ReferenceIndex> {
  const limit = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const index = new ReferenceIndex();
  // Orgs first, so an agency without items is still known to the catalogue answers.
  index.addQualifications(await services.agencies.qualificationTimelines());
  await Promise.all([
    eachPage(
      (after) => services.certificates.timelines({ after, limit }),
      limit,
      (last) => last.number,
      (page) => index.addCertificates(page),
    ),
    eachPage(
      (after) => services.catalogue.timelines({ after, limit }),
      limit,
      (last) => last.itemId,
      (page) => index.addItems(page),
    ),
  ]);
  return index;
}
